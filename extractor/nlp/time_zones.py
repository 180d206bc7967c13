"""Time zones written in capitals after a clock time ("at 0830 GMT", "by 9 a.m. ET") or
before an hour's offset ("GMT+2"): the zone, never a coin of the same letters (STEPN's GMT),
and the clock's four digits before it a time, never a count of that coin."""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.tries import alternation


def names_a_zone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a time zone: a zone's letters right after a clock time
    or right before an offset, and no coin noun after them ("1200 GMT tokens" are coins)."""
    if text[start:end] not in _zones():
        return False
    if _OFFSET_AFTER.match(text, end):
        return True
    if _coin_noun_after().match(text, end):
        return False
    clock = _CLOCK_BEFORE.search(text, max(0, start - 16), start)
    return clock is not None and not _a_year(text, clock.start())


def _a_year(text: str, at: int) -> bool:
    """ "In 2022 GMT soared": four digits that a year's lead word reads as a year are no
    clock ("at 2015 GMT" is a quarter past eight)."""
    digits = text[at : at + 4]
    if not digits.isdigit() or digits[:2] not in ("19", "20"):
        return False
    return _year_lead().search(text, max(0, at - 24), at) is not None


@per_lexicon
def _zones() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("time_zones"))


@per_lexicon
def _year_lead() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(lexicon.cue_phrases('year_leads'))})[ \t-]+$")


@per_lexicon
def _coin_noun_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?i:{alternation(lexicon.cue_phrases('ticker_nouns'))})\b")


# a clock time right before a zone: "08:30", "0830" (hours 00-23), "9 a.m.", "9pm", "noon"
_CLOCK_BEFORE = re.compile(
    r"(?:\b\d{1,2}[:.]\d{2}|\b(?:[01]\d|2[0-3])[0-5]\d|\b\d{1,2}\s?[ap]\.?m\.?"
    r"|\b(?i:noon|midnight))\s*\(?$"
)
# an hour's offset ("GMT+2", "UTC -05:00"), never a signed move in a list ("GMT +12.4%")
_OFFSET_AFTER = re.compile(r"\s?[+\-−]\s?\d{1,2}(?::?[0-5]\d)?(?![\d%]|[.,]\d)")
