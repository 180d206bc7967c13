"""Cue lists compiled as prefix trees find exactly what their longest-first alternations
find: on news sentences with every bundled cue list, and on generated phrases and texts
where case, spaces and shared beginnings make the two forms easiest to tell apart."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.nlp.tries import alternation, prefix_tree

DATA = Path(__file__).resolve().parent.parent / "extractor" / "data"

SENTENCES = [
    "According to data from blockchain analytics firm Arkham, the wallet moved 12,000 BTC.",
    "The report notes that ETF outflows reached $1.2 billion, per Farside Investors.",
    "Kronos Research CIO Vincent Liu said the liquidations wiped out $948 million.",
    "Analysts warn the rally could stall near $110,000 if inflows slow; the data shows it.",
    "Bitcoin fell 4% to $91,500 on Tuesday, while ether dropped 6.2% over the past 24 hours.",
    "The exchange said in a statement that 401,000 ETH were stolen in the hack.",
    "Strategy (NASDAQ: MSTR) bought 10,624 bitcoin for about $962 million, SEC filings show.",
    "Circle confirmed that USDC reserves stand at $44 billion, the attestation report says.",
    "Trading volume jumped  to $2.3 billion as shorts lost $171.4 million in a single session.",
    "THE COMPANY'S QUARTERLY REPORT: Net inflows of $3.4B — the largest since January 2025.",
]

WRAPS = ["{}", r"\b{}\b", r"\b{}\s+", "^{}", r"(?!{})\w+", r"\s{}(?:’s|'s)?\b"]


def _alternation(phrases: list[str], space: str | None = None) -> str:
    longest_first = sorted(phrases, key=len, reverse=True)
    escaped = [re.escape(p) for p in longest_first]
    if space is not None:
        escaped = [e.replace(r"\ ", space) for e in escaped]
    return "(?:" + "|".join(escaped) + ")"


def _same_matches(phrases: list[str], texts: list[str], space: str | None = None) -> None:
    tree = prefix_tree(phrases, space)
    assert tree is not None
    for flags in (0, re.IGNORECASE):
        for wrap in WRAPS:
            plain = re.compile(wrap.format(_alternation(phrases, space)), flags)
            fast = re.compile(wrap.format(tree), flags)
            for text in texts:
                assert [m.span() for m in fast.finditer(text)] == [
                    m.span() for m in plain.finditer(text)
                ], (phrases, wrap, text)
                for pos in range(len(text)):
                    a, b = fast.match(text, pos), plain.match(text, pos)
                    assert (a and a.span()) == (b and b.span()), (phrases, wrap, text, pos)


def _cue_lists() -> list[tuple[str, list[str]]]:
    lists = []
    for name in ("cues.jsonl", "attribution_cues.jsonl", "asset_cues.jsonl", "time_cues.jsonl"):
        for line in (DATA / name).read_text().splitlines():
            entry = json.loads(line)
            if entry.get("phrases"):
                lists.append((f"{name}:{entry['name']}", list(entry["phrases"])))
    return lists


@pytest.mark.parametrize(("name", "phrases"), _cue_lists(), ids=[n for n, _ in _cue_lists()])
def test_every_bundled_cue_list_matches_as_its_alternation(name: str, phrases: list[str]) -> None:
    texts = SENTENCES + [f"{p} and {p.upper()} then {p.title()}." for p in phrases[:40]]
    if prefix_tree(phrases) is not None:
        _same_matches(phrases, texts)
    if prefix_tree(phrases, r"\s+") is not None:
        _same_matches(phrases, texts, r"\s+")


def test_the_tree_shares_beginnings_and_tries_the_longest_first() -> None:
    tree = prefix_tree(["the data", "the dashboard", "the report", "the"])
    assert tree == r"(?:the(?:\ (?:da(?:shboard|ta)|report))?)"
    found = re.search(rf"\b{tree}\b", "as the dashboard shows", re.IGNORECASE)
    assert found is not None and found.group() == "the dashboard"


@pytest.mark.parametrize(
    ("phrases", "space"),
    [
        (["SEC", "sec filings"], None),  # one character in two cases: both branches match
        (["Kelvin", "\u212aelvin x"], None),  # the Kelvin sign folds to "k"
        (["a  b", "a b"], r"\s+"),  # two spaces: one space pattern may take both
        ([" leading"], r"\s+"),
        ([], None),
    ],
)
def test_declines_where_the_tree_could_choose_another_match(
    phrases: list[str], space: str | None
) -> None:
    assert prefix_tree(phrases, space) is None


_ALPHABET = "abAB sk\u212a\u017f-'"


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.text(_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=6),
    texts=st.lists(st.text(_ALPHABET + "S\n", max_size=12), min_size=1, max_size=4),
    spaced=st.booleans(),
)
def test_generated_phrases_match_as_their_alternation(
    phrases: list[str], texts: list[str], spaced: bool
) -> None:
    space = r"\s+" if spaced else None
    if prefix_tree(phrases, space) is not None:
        _same_matches(phrases, texts, space)


DATED = [
    "Bitcoin fell 2 Sept. 2025 and rose on Sept 5, 2025; the 3rd of sep 2024 was flat.",
    "In MARCH, a couple of weeks earlier, inflows hit $1 billion; a few months ago, Marchers.",
    "Twenty-five days ago the Mayday rally began; Junes and Julyx are no months, June is.",
]


def _period_word_lists() -> list[tuple[str, list[str]]]:
    from extractor.nlp import period_patterns

    months = period_patterns.MONTHS.split("|")
    return [
        ("months", months),
        ("capitalized months", period_patterns.CAP_MONTHS.split("|")),
        ("counts", list(period_patterns.count_words())),
    ]


@pytest.mark.parametrize(("name", "words"), _period_word_lists(), ids=lambda x: str(x)[:20])
def test_period_word_lists_match_as_their_alternations(name: str, words: list[str]) -> None:
    _same_matches(words, DATED + [f"{w} and {w.upper()} then {w.title()}." for w in words])


def test_the_month_alternation_tries_a_name_before_its_abbreviation() -> None:
    """What makes the patterns' month alternation (not sorted by length) match as its tree."""
    from extractor.nlp.period_patterns import MONTHS

    months = MONTHS.split("|")
    assert not [(a, b) for i, a in enumerate(months) for b in months[i + 1 :] if b.startswith(a)]


def test_the_alternation_is_the_tree_or_else_the_phrases_longest_first() -> None:
    assert alternation(["the", "the data", "per"]) == prefix_tree(["the data", "the", "per"])
    assert alternation(["SEC", "sec filings"]) == r"(?:sec\ filings|SEC)"  # no tree: cases
    assert alternation(["a  b", "a b"], r"\s+") == r"(?:a\s+\s+b|a\s+b)"
    assert alternation([]) == "(?:)"
    found = re.search(rf"\b{alternation(['per', 'as per'], r'[ ]+')}\b", "data as  per Farside")
    assert found is not None and found.group() == "as  per"
