"""The literal scans find exactly what the patterns they replace find: on news sentences that
write a name inside other names, hyphenated, possessive, after a ticker sign or before a
capitalized word, and on generated texts and words over the characters that decide a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.nlp.literals import ascii_lower, ascii_upper, bounded, space_then, standing_alone

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


_CHARS = st.sampled_from(list("Ab-_$. ’'sé1\n\tZ\u00a0"))


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
