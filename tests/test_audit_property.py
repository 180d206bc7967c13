"""Property: swapping million ↔ billion in one article of a consistent group is always caught.

A consistent group is three to six independent articles stating one liquidation or ETF
flow figure, each in its own words, rounded to its own precision and sometimes hedged
("more than", "about"). Swapping the scale word in one of them must give a
``scale_error`` that names exactly that claim and supports the others' figure.
"""

from __future__ import annotations

from datetime import date

from audit_claims import Story
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.audit import audit
from extractor.models import Claim

TEMPLATES = [
    "In just 24 hours, {q} worth of leveraged crypto positions were wiped out.",
    "CoinGlass data shows {q} in liquidations over the past day, most of it longs.",
    "The crypto market lost {q} in the last 24 hours as traders were liquidated.",
    "Roughly {q} in leveraged positions were liquidated on Friday, CoinGlass data show.",
    "Derivatives traders saw {q} liquidated across exchanges in a single day.",
    "Over the past 24 hours, liquidations across the crypto market totalled {q}.",
    "A wave of selling forced {q} of liquidations within a day, led by bitcoin longs.",
]
HEDGES = {"exact": "", "more_than": "more than ", "approx": "about "}
PUBLISHERS = ["Coinpedia", "CryptoDesk", "Markets Brief", "BlockBeat", "Ledgerline", "Mitrade"]
SCALES = {"million": 1e6, "billion": 1e9}


def quote_for(value: float, decimals: int, word: str) -> str:
    return f"${value:.{decimals}f} {word}"


@st.composite
def consistent_groups(draw: st.DrawFn) -> tuple[float, str, list[tuple[int, str, int]]]:
    """A true figure, its scale word, and per article: template, hedge and precision."""
    figure = draw(st.integers(min_value=1000, max_value=99999)) / 100  # 10.00 to 999.99
    word = draw(st.sampled_from(sorted(SCALES)))
    size = draw(st.integers(min_value=3, max_value=6))
    templates = draw(st.permutations(range(len(TEMPLATES))))[:size]
    articles = [
        (t, draw(st.sampled_from(sorted(HEDGES))), draw(st.integers(min_value=1, max_value=2)))
        for t in templates
    ]
    return figure, word, articles


def build(figure: float, word: str, articles: list[tuple[int, str, int]], swapped: int):
    claims: list[Claim] = []
    stories: list[Story] = []
    for i, (template, qualifier, decimals) in enumerate(articles):
        scale_word = word if i != swapped else ("billion" if word == "million" else "million")
        rounded = round(figure, decimals)
        quote = quote_for(rounded, decimals, scale_word)
        story = Story(f"art{i}", PUBLISHERS[i], date(2026, 2, 6))
        story.say(TEMPLATES[template].format(q=HEDGES[qualifier] + quote))
        claims.append(story.claim(quote, rounded * SCALES[scale_word], qualifier=qualifier))
        stories.append(story)
    return claims, stories


@settings(max_examples=150, deadline=None)
@given(group=consistent_groups(), data=st.data())
def test_swapped_scale_word_is_a_scale_error_naming_that_claim(group, data) -> None:
    figure, word, articles = group
    swapped = data.draw(st.integers(min_value=0, max_value=len(articles) - 1), label="swapped")
    claims, stories = build(figure, word, articles, swapped)
    report = audit(claims, {s.id: s.info() for s in stories})
    slips = [f for f in report.findings if f.verdict == "scale_error"]
    assert len(slips) == 1, report.findings
    named = [c.claim_id for c in slips[0].claims if c.role == "suspect"]
    assert named == [claims[swapped].id]
    assert slips[0].supported_value is not None
    assert abs(slips[0].supported_value / (figure * SCALES[word]) - 1) < 0.05


@settings(max_examples=50, deadline=None)
@given(group=consistent_groups())
def test_consistent_group_has_no_findings(group) -> None:
    figure, word, articles = group
    claims, stories = build(figure, word, articles, swapped=-1)
    report = audit(claims, {s.id: s.info() for s in stories})
    assert report.findings == []
    (summary,) = report.consensus
    assert summary.agreeing == summary.sources == len(articles)
