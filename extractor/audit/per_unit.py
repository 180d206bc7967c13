"""A figure counted per unit is another fact than its metric's total
(``audit_per_unit.jsonl``).

"41 cents a share" and "$410 million" of net income are both profit, one per share and
one over the company: their ratio is the share count, never a slipped scale word. A figure
the words right after it count per something ("a share", "per diluted share", "per active
cardholder", "on the dollar"), or one written in cents, is filed under its unit "per unit"
(``USD per unit``), so it meets only figures counted the same way. A metric counted per
coin by nature (a price, a cost basis: ``per_unit`` in ``audit_metrics.jsonl``) and
percentages are never split, and a rate over time ("$4.2 million a day") is a total of its
window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from extractor.lexicon import load

PER_UNIT = " per unit"  # the suffix of a unit whose figures are counted per unit
_LOOK_AHEAD = 48  # characters after the figure its per-unit words stand in


class PerUnitCue(BaseModel):
    """A pattern (matched case-insensitively) on the words right after a figure (from
    their start) or anywhere in its quote, and text it must match."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    example: str
    where: Literal["after", "quote"]
    note: str = ""

    @model_validator(mode="after")
    def _matches_example(self) -> PerUnitCue:
        try:
            compiled = re.compile(self.pattern, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from None
        found = compiled.match if self.where == "after" else compiled.search
        if not found(self.example):
            raise ValueError("pattern does not match its example")
        return self


@cache
def _cues(where: str) -> re.Pattern[str]:
    cues = [c.pattern for c in load("audit_per_unit.jsonl", PerUnitCue) if c.where == where]
    return re.compile("|".join(f"(?:{p})" for p in cues), re.IGNORECASE)


def counted_per_unit(quote: str, sentence: str) -> bool:
    """Whether the figure is counted per unit: written in cents, or followed by words
    that count it per share, token, user... (not per stretch of time)."""
    in_quote, after_it = _compiled()
    if in_quote(quote):
        return True
    at = sentence.find(quote)
    if at < 0:
        return False
    after = at + len(quote)
    return after_it(sentence, after, after + _LOOK_AHEAD) is not None


@cache
def _compiled() -> tuple[Callable[[str], object], Callable[[str, int, int], object]]:
    """The quote's search and the words' match, looked up once (this runs per figure)."""
    return _cues("quote").search, _cues("after").match


def per_unit(unit: str) -> str:
    """The unit of figures counted per unit: 'USD' → 'USD per unit'."""
    return unit + PER_UNIT


def base_unit(unit: str) -> str:
    """The unit a figure is written in: 'USD per unit' → 'USD'."""
    return unit.removesuffix(PER_UNIT)
