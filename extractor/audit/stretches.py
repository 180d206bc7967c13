"""Time phrases naming a stretch longer than the news's week (``audit_stretches.jsonl``).

On a page that gives no publication day the extractor cannot place "this year", "in March"
or "a decade ago", so the figure they date comes out undated: it is no news of the day.
Cues are of three kinds: a *total* counted over a long stretch ("this year", "since
launch"), an old *moment* ("a decade ago", "all-time high": a day's figure, of another
day) and the ground of a *comparison* ("the biggest since launch", "the largest theft to
date"), which names no stretch of the figure's own.

A cue dates the clause it stands in ("$1.05 million on the day, bringing this year's total
to $11.2 billion": the year is the second figure's), unless it opens the sentence before
its first figure ("This year, ..."): then it governs every clause. Clause breaks are the
``clause`` entries of the same file.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from extractor.caseless import Caseless, lowered
from extractor.lexicon import load

STRETCH_DAYS = 7  # every stretch the cues name is longer than this: a week's window is shorter


class StretchCue(BaseModel):
    """A pattern (matched case-insensitively) and a sentence it must match."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    example: str
    note: str = ""
    kind: Literal["total", "moment", "comparison", "clause", "week", "day", "time"] = "total"

    @model_validator(mode="after")
    def _matches_example(self) -> StretchCue:
        try:
            compiled = re.compile(self.pattern, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from None
        if not compiled.search(self.example):
            raise ValueError("pattern does not match its example")
        return self


@cache
def _cues(*kinds: str) -> Caseless:
    cues = [c for c in load("audit_stretches.jsonl", StretchCue) if c.kind in kinds]
    return Caseless("|".join(f"(?:{c.pattern})" for c in cues))


# a figure, not a year or a count of the opening phrase ("In 2025, ...", "Over the past
# 12 months, ..."): a currency sign, or a number with a scale word, a percent or a ticker
_FIRST_FIGURE = re.compile(
    r"[$€£¥]|\d[\d,.]*\s*(?:%|percent\b|(?:[mbk]|bn|mn|million|billion|trillion|thousand)\b"
    r"|[A-Z]{2,6}\b)"
)


def clause_of(
    sentence: str, quote: str | None, opening: tuple[str, ...] = ("total", "moment")
) -> str:
    """The part of ``sentence`` whose stretch phrases date ``quote``: its clause, or the
    whole sentence when a stretch opens it, when the quote is not found once, or when no
    quote is given."""
    start, end = _clause(sentence, quote, opening)
    return sentence[start:end]


@lru_cache(maxsize=1024)
def _sentence(
    sentence: str, opening: tuple[str, ...]
) -> tuple[str | None, tuple[tuple[int, int], ...], bool]:
    """What :func:`_clause` reads of a sentence whatever its figure: its :func:`lowered`
    form (the cues are searched there), its clause breaks, and whether a stretch of
    ``opening`` opens it before its first break and figure. Read once for the figures of a
    sentence, which are asked about one after another."""
    low = lowered(sentence)
    breaks = tuple(_cues("clause").spans(sentence, low))
    if not breaks:
        return low, breaks, False
    lead = breaks[0][0]
    if m := _FIRST_FIGURE.search(sentence, 0, lead):
        lead = m.start()
    return low, breaks, _search(_cues(*opening), sentence, low, 0, lead)


def _clause(sentence: str, quote: str | None, opening: tuple[str, ...]) -> tuple[int, int]:
    """Where :func:`clause_of` is in ``sentence``."""
    whole = (0, len(sentence))
    if not quote:
        return whole
    at = sentence.find(quote)
    if at < 0 or sentence.find(quote, at + 1) >= 0:
        return whole
    low, breaks, opened = _sentence(sentence, opening)
    if not breaks or opened:
        return whole
    start = max((end for _, end in breaks if end <= at), default=0)
    after = at + len(quote)
    end = min((begin for begin, _ in breaks if begin >= after), default=len(sentence))
    if _search(_cues("day", "time", "week"), sentence, low, start, end):
        return start, end  # its own time: "$1.05 million on the day, bringing this year's total"
    # a clause with no time of its own borrows a stretch told before it ("have amassed $36
    # billion since launch, while ether funds drew $9.4 billion") or after it in words about
    # it ("$9.4 billion — all of it since launch"); a later clause with a figure of its own
    # ("; year-to-date flows stand at $3.1 billion") tells that figure's stretch
    if _search(_cues(*opening), sentence, low, 0, start) or not _FIRST_FIGURE.search(
        sentence[end:]
    ):
        return whole
    return start, end


def _search(cues: Caseless, sentence: str, low: str | None, start: int, end: int) -> bool:
    """Whether ``cues`` match in ``sentence[start:end]`` (as a text of its own: its ends
    are the text's ends)."""
    part = None if low is None else low[start:end]
    return cues.search(sentence[start:end], part) is not None


def _part(sentence: str, quote: str | None, opening: tuple[str, ...]) -> tuple[str, str | None]:
    """:func:`clause_of` and its lowered form."""
    low = _sentence(sentence, opening)[0]
    start, end = _clause(sentence, quote, opening)
    return sentence[start:end], None if low is None else low[start:end]


def names_a_stretch(sentence: str, quote: str | None = None) -> bool:
    """Whether ``sentence`` dates its figures (``quote``'s clause, if given) by a stretch
    longer than a week or an old moment: either way no news of the day."""
    clause, low = _part(sentence, quote, ("total", "moment"))
    return _cues("total", "moment").search(clause, low) is not None


def counts_a_stretch(sentence: str, quote: str | None = None) -> bool:
    """Whether ``sentence`` counts its figures (``quote``'s clause, if given) over a
    stretch longer than a week, once the grounds of its comparisons ("the biggest since
    launch") are set aside."""
    clause, low = _part(sentence, quote, ("total", "moment"))
    rest = _cues("comparison").sub(" ", clause, low)  # lowercase when it could be lowered
    return _cues("total").search(rest) is not None


def names_a_week(sentence: str, quote: str | None = None) -> bool:
    """Whether ``quote``'s clause calls its figure a week's ("this week", "weekly
    outflows", "week-to-date"): of a week's length, however its days were counted, unless
    the clause names the figure's own day ("on Tuesday", "the worst day of the week")."""
    clause, low = _part(sentence, quote, ("week",))
    return (
        _cues("week").search(clause, low) is not None and _cues("day").search(clause, low) is None
    )
