"""Time phrases naming a stretch longer than the news's week (``audit_stretches.jsonl``).

On a page that gives no publication day the extractor cannot place "this year", "in March"
or "a decade ago", so the figure they date comes out undated: it is no news of the day.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, model_validator

from extractor.lexicon import load


class StretchCue(BaseModel):
    """A pattern (matched case-insensitively) and a sentence it must match."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    example: str
    note: str = ""

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
def _stretches() -> re.Pattern[str]:
    cues = load("audit_stretches.jsonl", StretchCue)
    return re.compile("|".join(f"(?:{c.pattern})" for c in cues), re.IGNORECASE)


def names_a_stretch(sentence: str) -> bool:
    """Whether ``sentence`` dates its figures by a stretch longer than a week."""
    return _stretches().search(sentence) is not None
