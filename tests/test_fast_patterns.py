"""Patterns and shortcuts written for speed decide exactly what their plain forms decide."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.nlp import attribution, citations, clauses, context, mentions, names, period_patterns
from extractor.nlp.amount_grammar import trie

# The clause pattern as it reads: a punctuation mark, or a whole conjunction.
_PLAIN_CLAUSE = re.compile(
    r"[;,–—:]|\b(?:a(?:fter|nd|s)|b(?:efore|ut)|w(?:h(?:ereas|ich|ile)|ith))\b"
)

NEWS = (
    "Bitcoin fell 4% to $91,500 as ETF outflows hit $1.2 billion, while ether, which "
    "dropped 6%, held above $3,000; analysts said the sell-off began after the Fed "
    "meeting and before the CPI print — but shorts (worth $171M) were squeezed. Basin "
    "traders watched whales withdraw, whereas Bwhile and awith are no words: after all."
)


def _spans(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


def test_clause_boundaries_match_the_plain_pattern_on_news() -> None:
    for pos in range(0, len(NEWS), 7):
        for endpos in range(pos, len(NEWS) + 1, 11):
            assert _spans(clauses.CLAUSE_SPLIT, NEWS, pos, endpos) == _spans(
                _PLAIN_CLAUSE, NEWS, pos, endpos
            )
    assert context.boundaries(" and, while it rose as before") == 5


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abwefterndsuhilc ;,–—:_9\n", max_size=40), st.integers(0, 40))
def test_clause_boundaries_match_the_plain_pattern_anywhere(text: str, pos: int) -> None:
    assert _spans(clauses.CLAUSE_SPLIT, text, pos, len(text)) == _spans(
        _PLAIN_CLAUSE, text, pos, len(text)
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .:\t\u2003", min_size=100, max_size=140))
def test_a_line_longer_than_a_headline_never_matches_the_headline_pattern(line: str) -> None:
    if len(line.strip()) > attribution._HEADLINE_MAX:
        assert attribution._HEADLINE.fullmatch(line) is None


def test_pairs_need_a_quote_currency_written() -> None:
    pairs = list(mentions._pairs("Longs on BTC-USDT and ETHPERP were wiped out."))
    assert [(m.value, m.asset_kind) for m in pairs] == [("BTC", "pair"), ("ETH", "pair")]
    assert list(mentions._pairs("Bitcoin traded near $91,500 on Binance.")) == []


def _names_read_word_by_word(text: str) -> list[names.Name]:
    return [n for m in names._CANDIDATE.finditer(text) for n in names._names_at(text, *m.span())]


NAMED = (
    "Of the $1.2 billion, The Block said Kronos Research CIO Vincent Liu and Bybit CEO Ben "
    "Zhou met Inc. staff. According to CoinGlass, Ether and Solana fell; Analyst Mr. Marcus "
    "of Halden Frey, Trump Media and Technology Group, eToro, 0xScope and blockchaincenter.net "
    "agreed. The SEC (Securities and Exchange Commission) fined LLC partners at 9 Capital."
)


def test_names_of_one_plain_word_are_read_as_word_by_word() -> None:
    assert names.names_in(NAMED, 0, len(NAMED)) == _names_read_word_by_word(NAMED)
    text = "The firm said Kestrel rose, Ether fell, and Mr. Analyst left."
    assert [n.text for n in names.names_in(text, 0, len(text))] == ["Kestrel"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["The", "Ether", "Inc", "Of", "Research", "Labs", "CEO", "said", "of",
                         "Mr.", "Ben's", "BTC", "eToro", "x.io", "9", ",", "."]),
        max_size=12,
    )
)  # fmt: skip
def test_names_match_the_word_by_word_reading_anywhere(words: list[str]) -> None:
    text = " ".join(words)
    assert names.names_in(text, 0, len(text)) == _names_read_word_by_word(text)


def _words_read_one_by_one(lowered: str, word: str, start: int, end: int) -> list[int]:
    """The plain reading: every run of word characters of the stretch, but one the start
    cuts in two."""
    runs = citations._WORDS.finditer(lowered, start, end)
    cut = start > 0 and citations._WORDS.match(lowered, start - 1) is not None
    return [m.start() for m in runs if m.group() == word and not (cut and m.start() == start)]


def test_citing_words_are_found_where_the_word_by_word_reading_finds_them() -> None:
    text = "per-share data, as per data from Farside, saidper said: 'said' (per) said"
    for word in ("per", "said", "data"):
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1, 5):
                assert list(citations._whole_word_at(text, word, start, end)) == (
                    _words_read_one_by_one(text, word, start, end)
                )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="pers -9.'", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_citing_words_are_found_as_whole_words_anywhere(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    for word in ("per", "pe", "p-s"):
        assert list(citations._whole_word_at(text, word, start, end)) == (
            _words_read_one_by_one(text, word, start, end)
        )


def _plain_trigger_scan() -> re.Pattern[str]:
    """The trigger scan as it reads: a slash, or a trigger word at a word boundary."""
    words = {w for ws, _ in period_patterns.TRIGGERS.values() for w in ws}
    tree = trie({w for w in words if w != "/" and not w.isdigit()} | {"24"})
    return re.compile(rf"/|\b(?:[1-4]q|[12]h|fy)(?=\d)|\b(?:(?:19|20)\d\d|{tree})\b")


DATED = (
    "2024 was flat; in q1/2025 (1q25, 2h24, fy2025) ether fell 24h/7 and over the past "
    "week. bitcoin's all-time high came in march, days after the halving — late in h1, "
    "mid-april. ago,earlier;before 12/03/2025 1990s 2100 h1x 4q\nmonday/friday/"
)


def test_trigger_words_are_found_where_the_plain_scan_finds_them() -> None:
    plain = _plain_trigger_scan()
    for start in range(0, len(DATED), 3):
        text = DATED[start:]
        found = period_patterns.trigger_words(text)
        assert found == [(m.start(), m.group()) for m in plain.finditer(text)]
    assert (0, "2024") in period_patterns.trigger_words(DATED)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="/ 2024hqfy1-é.\nweekago", max_size=30))
def test_trigger_words_match_the_plain_scan_anywhere(text: str) -> None:
    found = period_patterns.trigger_words(text)
    assert found == [(m.start(), m.group()) for m in _plain_trigger_scan().finditer(text)]
