"""A lowercase pattern searched in lowercased text finds what re.IGNORECASE finds."""

from __future__ import annotations

import re
import string
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.audit import stretches
from extractor.caseless import Caseless, lowercase_form, lowered

_ODD = "\u0130\u0131\u017f\u212a"  # the characters lowered() refuses


def _every_character() -> list[str]:
    return [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_the_engine_folds_only_four_characters_onto_ascii_letters_otherwise_than_lower() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    folded = {c for c in _every_character() if letter.fullmatch(c)}
    assert folded - set(string.ascii_letters) == set(_ODD)
    assert all(c.lower() in string.ascii_lowercase for c in string.ascii_letters)


def test_lowering_keeps_every_place_and_every_class() -> None:
    word, space, digit = re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")
    for c in _every_character():
        low = c.lower()
        if c in _ODD:
            assert lowered(c) is None
            continue
        if low == c:
            continue
        assert len(low) == 1, hex(ord(c))
        for cls in (word, space, digit):
            assert bool(cls.fullmatch(c)) == bool(cls.fullmatch(low)), hex(ord(c))


def test_patterns_that_are_not_plain_lowercase_keep_the_folding_search() -> None:
    assert Caseless(r"\bthis (?:year|month)\b\W").plain is not None
    assert lowercase_form(r"\bOn [^]a-z]\S\W (?:Monday)") == r"\bon [^]a-z]\S\W (?:monday)"
    assert Caseless(r"[A-Z]{2}").plain is None
    assert Caseless(r"\x41").plain is None
    assert Caseless(r"(?i)year").plain is None
    assert Caseless(r"\b(?-i:May)\b").plain is None  # the month only, never "may"
    assert Caseless(r"\bsince (?-i:May)\b").search("so far since may") is None
    assert Caseless(r"\\W").plain is not None  # a backslash, then a W of either case
    assert Caseless(r"\bon (?:Monday|Tuesday)\b").plain is not None
    assert Caseless(r"[^]A]").plain is None
    assert Caseless("[’']s total").plain is not None  # an uncased character outside ASCII
    assert Caseless("année").plain is None  # a letter outside ASCII: the engine may fold it


NEWS = (
    "So far THIS YEAR, spot bitcoin funds drew $21.4 billion; Ether Funds took in $1.05 "
    "million on the day, bringing the Year-To-Date total to $11.2 billion — the biggest "
    "since LAUNCH. Weekly outflows hit $2 billion in March 2025, while ſtaking İnflows rose."
)


def _cue_patterns() -> list[str]:
    kinds = ("total", "moment", "comparison", "clause", "week", "day", "time")
    return [stretches._cues(kind).folding.pattern for kind in kinds]


def test_the_stretch_cues_are_searched_in_lowercase() -> None:
    assert all(Caseless(p).plain is not None for p in _cue_patterns())


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list(NEWS) + list("İıſKΣσςÉé’—")), min_size=0, max_size=80),
    st.sampled_from(["total", "moment", "comparison", "clause", "week", "day", "time"]),
)
def test_caseless_search_finds_what_ignorecase_finds(text: str, kind: str) -> None:
    cue = stretches._cues(kind)
    folding = cue.folding
    assert cue.spans(text) == [m.span() for m in folding.finditer(text)]
    found = cue.search(text)
    expected = folding.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert cue.sub(" ", text).lower() == folding.sub(" ", text).lower()


def test_a_backslash_and_a_capital_in_any_case() -> None:
    cue = Caseless(r"a\\W")
    for text in ("A\\W", "a\\w", "a\\x", "A\\ W"):
        assert cue.spans(text) == [m.span() for m in cue.folding.finditer(text)]


def test_caseless_search_on_news_in_any_case() -> None:
    for text in (NEWS, NEWS.upper(), NEWS.lower(), NEWS.title(), NEWS.swapcase()):
        for pattern in _cue_patterns():
            cue, folding = Caseless(pattern), re.compile(pattern, re.IGNORECASE)
            assert cue.spans(text) == [m.span() for m in folding.finditer(text)]
