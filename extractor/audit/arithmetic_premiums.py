"""A premium or discount against the two values it compares.

"At a market capitalization of about $112 billion against $70 billion in bitcoin holdings,
Strategy trades at about a 60% premium": $112 billion is 60% above $70 billion. "GBTC
closed at $25.50, a 35% discount to its net asset value of $39.20": $25.50 is 35% below
$39.20. Two word orders are read, both with the word ``premium`` or ``discount`` right
after the percent (``audit_arithmetic.jsonl``):

- the two values side by side ("X against Y", ``premium_pair`` with a word of
  ``premium_compare``), then the percent, with no other amount between;
- a value, the percent right after it (``premium_lead``), then the value it is measured
  against (``premium_reference`` with a word of ``premium_to``).

A premium of P% says first ÷ second = 1 + P/100, a discount 1 − P/100, on the intervals
the figures' writing allows, so rounding is never flagged. A percent that adds up vouches
for its two values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from extractor.audit import explain_arithmetic as words
from extractor.audit.arithmetic_links import (
    NOT_AMOUNTS,
    Figure,
    arithmetic_finding,
    connectors,
    fits,
    gap_words,
    linked,
)
from extractor.audit.context import AuditContext
from extractor.audit.modes import relative_gap
from extractor.models import Finding

CUES = ("premium", "discount")
_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")  # the word right after a figure


@cache
def _cues() -> tuple[str, ...]:
    return tuple(sorted({w for cue in CUES for w in connectors()[cue].words}))


def mentions_premium(sentence: str) -> bool:
    """A quick test before the figures are placed: the sentence names a premium or discount
    (substring tests of the lowered sentence: several times faster than a pattern)."""
    lowered = sentence.lower()
    return any(word in lowered for word in _cues())


def premiums(figures: Sequence[Figure], sentence: str, ctx: AuditContext) -> Iterator[Finding]:
    """Each premium or discount of the sentence against the two values it compares."""
    for i, percent in enumerate(figures):
        cue = _cue(percent, sentence)
        if cue is None:
            continue
        pair = _pair_before(figures[:i], sentence) or _around(figures, i, sentence)
        if pair is not None:
            yield from _check(percent, *pair, cue == "premium", ctx)


def _cue(percent: Figure, sentence: str) -> str | None:
    """'premium' or 'discount' when that word comes right after a percent."""
    if percent.reading.unit != "%" or not percent.reading.bounded:
        return None
    after = _NEXT_WORD.match(sentence, percent.end)
    if after is None:
        return None
    word = after.group(1).lower()
    return next((cue for cue in CUES if word in connectors()[cue].words), None)


def _amount(figure: Figure) -> bool:
    reading = figure.reading
    return reading.unit not in NOT_AMOUNTS and reading.bounded and reading.value > 0


def _pair_before(before: Sequence[Figure], sentence: str) -> tuple[Figure, Figure] | None:
    """'X against Y ... a P% premium': the last two values of one unit before the percent,
    compared side by side."""
    amounts = [f for f in before if _amount(f)]
    if len(amounts) < 2:
        return None
    first, second = amounts[-2:]
    if first.reading.unit != second.reading.unit:
        return None
    words = gap_words(sentence[first.end : second.at])
    if not fits(words, "premium_pair") or not _has(words, "premium_compare"):
        return None
    return first, second


def _around(figures: Sequence[Figure], i: int, sentence: str) -> tuple[Figure, Figure] | None:
    """'X, a P% discount to its value of Y': the values right before and after the percent."""
    if i == 0 or i + 1 >= len(figures):
        return None
    first, percent, second = figures[i - 1], figures[i], figures[i + 1]
    if not (_amount(first) and _amount(second)) or first.reading.unit != second.reading.unit:
        return None
    if not linked(sentence[first.end : percent.at], "premium_lead"):
        return None
    after = gap_words(sentence[percent.end : second.at])
    reference = None if after is None else after[1:]  # the words after the cue
    if not fits(reference, "premium_reference") or not _has(reference, "premium_to"):
        return None
    return first, second


def _has(words: list[str] | None, name: str) -> bool:
    return any(w in connectors()[name].words for w in words or [])


def _check(
    percent: Figure, first: Figure, second: Figure, premium: bool, ctx: AuditContext
) -> Iterator[Finding]:
    p, x, y = percent.reading, first.reading, second.reading
    low, high = x.lo / y.hi, x.hi / y.lo
    if premium:
        span = ((low - 1) * 100, (high - 1) * 100)
        computed = (x.value / y.value - 1) * 100
    else:
        span = ((1 - high) * 100, (1 - low) * 100)
        computed = (1 - x.value / y.value) * 100
    if relative_gap(p.lo, p.hi, *span) <= 0:
        ctx.adds_up.update((p.id, x.id, y.id))  # three figures that vouch for each other
        return
    text = words.premium(percent, first, second, premium, computed, ctx)
    yield arithmetic_finding(
        percent, [(first, "operand"), (second, "operand")], computed, text, ctx
    )
