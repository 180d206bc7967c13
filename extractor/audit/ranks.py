"""A figure its sentence ranks the least among its article's figures of the same kind.

"The least-funded group in 2024 was decentralized autonomous organizations, which had
received only $3 million": the figure is the smallest of those its article gives under the
same labels and window ($1.7 billion for infrastructure, $626 million for DeFi). A rank
word of ``audit_ranks.jsonl`` anywhere in the sentence ranks its figure; one after "at"
("at least $1 billion") is a bound, and a sentence that ranks over time ("the lowest
since 2020", "in history") ranks nothing among the article's figures. Only the least is
read: "OFAC's largest settlement" is the largest of OFAC's, not of the article's fines,
and a superlative of size names a scope far more often than one of smallness does.

Used only to tell which of two split figures slipped its scale word
(:mod:`extractor.audit.tiebreak`): a "$3 billion" called the least beside "$626 million"
broke its own article's ranking, a "$3 million" did not.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from extractor.lexicon import load

Rank = Literal["least"]
_WORD = re.compile(r"[a-z]+")


class RankWords(BaseModel):
    """Words that rank a figure ("least"), make a rank word a bound ("bound"), or make a
    sentence's rank one over time ("time")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rank: Literal["least", "bound", "time"]
    words: frozenset[str] = Field(min_length=1)
    why: str = Field(min_length=1)


@cache
def _words() -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {}
    for entry in load("audit_ranks.jsonl", RankWords):
        found[entry.rank] = found.get(entry.rank, frozenset()) | entry.words
    return found


def rank_of(sentence: str) -> Rank | None:
    """How the sentence ranks its figure among its article's: "least", or None."""
    words = _WORD.findall(sentence.lower())
    table = _words()
    if table.get("time", frozenset()).intersection(words):
        return None
    bound = table.get("bound", frozenset())
    least = table.get("least", frozenset())
    ranked = any(w in least and not (i and words[i - 1] in bound) for i, w in enumerate(words))
    return "least" if ranked else None
