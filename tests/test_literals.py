"""The literal scans find exactly what the patterns they replace find: on news sentences that
write a name inside other names, hyphenated, possessive, after a ticker sign or before a
capitalized word, and on generated texts and words over the characters that decide a match."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.nlp.literals import (
    ascii_lower,
    ascii_upper,
    bounded,
    space_then,
    standing_alone,
    word_char,
)
from extractor.nlp.speakers import _acts_after, _follows

SENTENCES = [
    "Keystone said its lending desk grew; Keystone's loans rose while Keystone Research held.",
    "Pre-Keystone filings and Keystone-branded notes are not the firm; KEYSTONE is a ticker.",
    "The $SOL rally lifted SOL.X and SOL-PERP, while SOL itself rose 4% and SOL_USD lagged.",
    "Quadra Capital bought 2,000 BTC; Quadra’s administrators said Quadra\tpaid $3 million.",
    "Ferrox Finance, a lending protocol, said Ferrox Finance users withdrew $12 million.",
    "Uphold.com and Uphold processed $9 million; the name Upholder is another firm's.",
    "Kizuna Coin (KZC) and Kizuna\nCoin trade; Kizuna\u00a0Labs said kizuna means bond.",
    "Tamarack, Tamarack’s and 'Tamarack' appear; Tamarack_2 is a wallet label, not a name.",
]
WORDS = ["Keystone", "SOL", "Quadra", "Ferrox Finance", "Uphold", "Kizuna", "Tamarack", "s", "-"]
BOUNDS = [("-", "-"), ("$", ""), ("$.-", "-"), ("", "")]


def _standing(text: str, word: str, before: str, after: str, start: int = 0) -> list[int]:
    b, a = re.escape(before), re.escape(after)
    pattern = re.compile(rf"(?<![\w{b}]){re.escape(word)}(?![\w{a}])")
    return [m.start() for m in pattern.finditer(text, start)]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("word", WORDS)
def test_standing_alone_as_its_pattern(text: str, word: str) -> None:
    for before, after in BOUNDS:
        for start in (0, 1, 30):
            expected = _standing(text, word, before, after, start)
            assert list(standing_alone(text, word, before=before, after=after, start=start)) == (
                expected
            )


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("word", WORDS)
def test_bounded_as_its_pattern(text: str, word: str) -> None:
    for start in (0, 1, 30):
        expected = [m.start() for m in re.compile(rf"\b{re.escape(word)}\b").finditer(text, start)]
        assert list(bounded(text, word, start)) == expected


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("word", WORDS)
def test_conditions_as_lookarounds(text: str, word: str) -> None:
    e = re.escape(word)
    not_named = re.compile(rf"(?<![\w-]){e}(?![\w-])(?!\s+[A-Z])")
    acting = re.compile(rf"(?<![\w-]){e}(?:\s+[a-z])")
    assert list(
        standing_alone(text, word, fits=lambda _, end: not space_then(text, end, ascii_upper))
    ) == [m.start() for m in not_named.finditer(text)]
    assert list(
        standing_alone(text, word, fits=lambda _, end: space_then(text, end, ascii_lower))
    ) == [m.start() for m in acting.finditer(text)]


def test_reads_what_it_should() -> None:
    text = SENTENCES[0]
    assert list(standing_alone(text, "Keystone")) == [0, 37, 65]
    assert list(
        standing_alone(text, "Keystone", fits=lambda _, end: not space_then(text, end, ascii_upper))
    ) == [0, 37]


_CHARS = st.sampled_from(list("Ab-_$. ’'sé1\n\tZ\u00a0²٣\u2028\x1cÉ(*"))


@settings(max_examples=400, deadline=None)
@given(
    st.text(_CHARS, max_size=40),
    st.text(_CHARS, max_size=4),
    st.sampled_from(BOUNDS),
    st.integers(0, 45),
)
def test_generated(text: str, word: str, bounds: tuple[str, str], start: int) -> None:
    before, after = bounds
    assert list(standing_alone(text, word, before=before, after=after, start=start)) == (
        _standing(text, word, before, after, start)
    )
    expected = [m.start() for m in re.compile(rf"\b{re.escape(word)}\b").finditer(text, start)]
    assert list(bounded(text, word, start)) == expected


def test_word_and_space_characters_are_the_patterns_over_all_of_unicode() -> None:
    r"""``\w`` and ``\s`` of a ``str`` pattern, character by character: digits of other
    scripts ("٣"), numerals ("Ⅻ", "²"), the no-break and ideographic spaces, separators."""
    word, space = re.compile(r"\w").match, re.compile(r"\s").match
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert bool(word(c)) == word_char(c), hex(code)
        assert bool(space(c)) == c.isspace(), hex(code)


# a firm's short form that acts or owns, as speakers.shortened scans it: the old pattern
# consumed the "'s" or the space and letter after the name; its names open with a capital
_ACTING = [
    "Norvik said; Norvik’s desk and Norvik\u00a0added that Norvik's'Norvik\u2028ran Norvik.",
    "Ostrava Ostrava's Ostrava\tsaw Ostrava-led Ostrava_s Ostrava’sx Ostrava É Ostrava\nhas",
]


@pytest.mark.parametrize(("text", "name"), list(zip(_ACTING, ["Norvik", "Ostrava"], strict=True)))
@pytest.mark.parametrize("start", [0, 7, 40])
def test_short_form_acting_as_its_pattern(text: str, name: str, start: int) -> None:
    pattern = re.compile(rf"(?<![\w-]){name}(?:['’]s\b|\s+[a-z])")
    expected = [m.start() for m in pattern.finditer(text, start)]
    assert expected  # the rows write the short form acting
    found = standing_alone(text, name, start=start, fits=lambda _, end: _acts_after(text, end))
    assert list(found) == expected


@pytest.mark.parametrize("text", _ACTING)
@pytest.mark.parametrize(("lead", "last"), [("Norvik", "said"), ("Ostrava", "saw"), ("O", "s")])
def test_surname_after_the_given_names_as_its_pattern(text: str, lead: str, last: str) -> None:
    pattern = re.compile(rf"(?<!{lead}\s)(?<![\w-]){last}(?![\w-])")
    found = standing_alone(text, last, fits=lambda at, _: not _follows(text, at, lead))
    assert list(found) == [m.start() for m in pattern.finditer(text)]
