"""Syndicated copies count as one source, never as corroboration."""

from __future__ import annotations

import pytest
from audit_claims import Story

from extractor.audit import ArticleInfo, AuditSettings, audit
from extractor.audit.independence import source_groups
from extractor.models import Claim

BODY = [
    "Liquidations also played a major role in pushing prices lower.",
    "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 traders "
    "were liquidated in derivatives, resulting in a wipeout of bullish positions.",
    "The largest single liquidation occurred on Binance, with an entity losing $12.02 million "
    "in the BTC-USDT pair, according to CoinGlass data.",
]
BOILERPLATE = (
    "Disclaimer: The content is provided for informational purposes only and does not "
    "constitute investment advice. This article first appeared on a partner site."
)


def copy_of(story: Story, new_id: str, publisher: str, extra: list[str]) -> Story:
    return Story(new_id, publisher, story.published, [*story.sentences, *extra])


def wire_story() -> Story:
    return Story("fx", "FXStreet", sentences=list(BODY))


def billion(story_id: str, publisher: str, sentence: str) -> tuple[Story, Claim]:
    story = Story(story_id, publisher).say(sentence)
    return story, story.claim("$2.65 billion", 2.65e9)


def syndicated_run(copies: list[Story]) -> list[str]:
    """Suspect quotes when one wire story (and its copies) meet two independent reports."""
    wire = wire_story()
    b, b_claim = billion("cp", "Coinpedia", "More than $2.65 billion was wiped out in 24 hours.")
    c, c_claim = billion("cd", "CryptoDesk", "CoinGlass counted $2.65 billion in liquidations.")
    stories = [wire, *copies, b, c]
    claims = [s.claim("$2.65 million", 2.65e6, sentence=1) for s in [wire, *copies]]
    report = audit([*claims, b_claim, c_claim], {s.id: s.info() for s in stories})
    (finding,) = report.findings
    return [c.quote for c in finding.claims if c.role == "suspect"]


@pytest.mark.parametrize(
    "extra",
    [[], [BOILERPLATE], ["Read more: Bitcoin price prediction for 2026.", BOILERPLATE]],
    ids=["identical", "with-disclaimer", "with-related-links"],
)
def test_three_copies_of_one_story_do_not_outvote_two_sources(extra: list[str]) -> None:
    wire = wire_story()
    copies = [
        copy_of(wire, "mt", "Mitrade", extra),
        copy_of(wire, "bn", "bitcoinethereumnews.com", extra),
    ]
    assert syndicated_run(copies) == ["$2.65 million"] * 3


def test_same_hash_and_near_duplicate_texts_share_a_source() -> None:
    wire = wire_story()
    rewrapped = Story("rw", "Aggregator", sentences=[" ".join(BODY)])  # same words, new lines
    padded = copy_of(wire, "pd", "Mitrade", [BOILERPLATE])
    other = Story("ot", "Coinpedia").say("In just 24 hours, $2.65 billion was wiped out.")
    infos = {s.id: s.info() for s in (wire, rewrapped, padded, other)}
    groups = source_groups(infos, [], AuditSettings().near_duplicate)
    assert groups == {"fx": "fx", "rw": "fx", "pd": "fx", "ot": "ot"}


def test_claims_alone_reveal_copies_by_their_sentences() -> None:
    wire = wire_story()
    copy = copy_of(wire, "mt", "Mitrade", [BOILERPLATE])
    own = Story("ot", "Coinpedia", sentences=["The crypto market lost $2.65 million today."])
    claims = [
        wire.claim("$2.65 million", 2.65e6, sentence=1),
        wire.claim("$12.02 million", 12.02e6, sentence=2, asset="BTC", venue="Binance"),
        copy.claim("$2.65 million", 2.65e6, sentence=1),
        copy.claim("$12.02 million", 12.02e6, sentence=2, asset="BTC", venue="Binance"),
        own.claim("$2.65 million", 2.65e6),
    ]
    thin = {c.article_id: ArticleInfo.from_claim(c) for c in claims}  # no text, no hash
    groups = source_groups(thin, claims, AuditSettings().near_duplicate)
    assert groups == {"fx": "fx", "mt": "fx", "ot": "ot"}


def test_one_publisher_printing_the_same_sentence_twice_is_one_source() -> None:
    first = Story("p1", "Coinpedia").say("Around 82% of these liquidations came from long traders.")
    second = Story("p2", "Coinpedia").say(
        "Around 82% of these liquidations came from long traders."
    )
    second.say("Bitcoin later recovered to $65,000.")
    claims = [
        s.claim("82%", 82, unit="%", side="long", qualifier="approx", sentence=0)
        for s in (first, second)
    ]
    infos = {c.article_id: ArticleInfo.from_claim(c) for c in claims}
    assert source_groups(infos, claims, 0.5) == {"p1": "p1", "p2": "p1"}


def test_independent_reports_of_one_figure_stay_apart() -> None:
    a = Story("a", "Coinpedia").say("In just 24 hours, more than $2.65 billion was wiped out.")
    b = Story("b", "CryptoDesk").say("CoinGlass counted $2.65 billion in liquidations on Friday.")
    claims = [a.claim("$2.65 billion", 2.65e9), b.claim("$2.65 billion", 2.65e9)]
    infos = {s.id: s.info() for s in (a, b)}
    assert source_groups(infos, claims, 0.5) == {"a": "a", "b": "b"}
    (summary,) = audit(claims, infos).consensus
    assert (summary.sources, summary.agreeing) == (2, 2)
