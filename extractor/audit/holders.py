"""A figure its own clause gives one narrower holder than its labels name.

When an outlet names no venue or coin the labels could carry, "$1.3 million hit one
whale's short", "a new memecoin launchpad handled $5.2 million in SOL volume" or "in a
separate exploit, one wallet drained $1.46 million" are filed under the market's, the
coin's or the story's own labels. Such a figure is a part of that fact (or another
incident), never a statement of it: it meets no other source's figure as its twin or its
rival. Cues are ``audit_holders.jsonl``, read in the figure's clause (see
:func:`stretches.clause_of`), so "Traders saw $1.3 million in liquidations, with one whale
alone losing $40 million" keeps its first figure.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.audit.stretches import StretchCue, clause_of
from extractor.lexicon import load


@cache
def _holders() -> re.Pattern[str]:
    cues = load("audit_holders.jsonl", StretchCue)
    return re.compile("|".join(f"(?:{c.pattern})" for c in cues), re.IGNORECASE)


def names_a_part(sentence: str, quote: str | None = None) -> bool:
    """Whether ``quote``'s clause gives its figure one narrower holder (one whale, a single
    order, a new unnamed venue, a separate incident)."""
    holders = _holders()
    return holders.search(sentence) is not None and (
        holders.search(clause_of(sentence, quote)) is not None
    )
