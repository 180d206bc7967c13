"""A percent move against the from/to levels the same sentence gives.

"Bitcoin fell 12% from $125,000 to $113,000" is a fall of 9.6%, not 12%. Three word
orders are read: the percent before "from X to Y" (or "to Y from X"), "at Y, up Z% from
X", and "from X to Y, a Z% drop".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from extractor.audit import explain_arithmetic as words
from extractor.audit.arithmetic_links import (
    MOVES,
    Figure,
    arithmetic_finding,
    connectors,
    gap_words,
    linked,
)
from extractor.audit.context import AuditContext
from extractor.audit.modes import relative_gap
from extractor.models import Finding


def percent_moves(figures: Sequence[Figure], sentence: str, ctx: AuditContext) -> Iterator[Finding]:
    """'fell 12% from $125,000 to $113,000': the percent against the two levels.

    The levels are figures of one unit; figures of another unit between them are set
    aside when the text gives them in parentheses ("from 3.09 million BTC ($190.01
    billion) to 2.47 million BTC").
    """
    units = {f.reading.unit for f in figures if f.reading.unit != "%"}
    seen: set[tuple[int, int, int]] = set()
    for unit in units:
        chosen = [f for f in figures if f.reading.unit in (unit, "%")]
        for i in range(len(chosen) - 2):
            a, b, c = chosen[i : i + 3]
            move = _move(a, b, c, sentence)
            key = (a.at, b.at, c.at)
            if move is not None and key not in seen:
                seen.add(key)
                yield from _check_move(*move, ctx)


def _move(a: Figure, b: Figure, c: Figure, sentence: str) -> tuple[Figure, Figure, Figure] | None:
    """(percent, from-level, to-level) when three consecutive figures read as one move."""
    if _is_percent_move(a) and _levels(b, c):
        first, second = sentence[a.end : b.at], sentence[b.end : c.at]
        if lead(first, "from") and linked(second, "move_level", "to"):
            return a, b, c
        if lead(first, "to") and linked(second, "move_level", "from"):
            return a, c, b
    if _is_percent_move(b) and _levels(a, c):  # "trading at $0.91, up 4% from $0.87"
        first, second = sentence[a.end : b.at], sentence[b.end : c.at]
        if lead(first, None) and lead(second, "from"):
            return b, c, a
    if _is_percent_move(c) and _levels(a, b):
        before = sentence[max(0, a.at - 40) : a.at]
        if (
            _ends_with_from(before)
            and linked(sentence[a.end : b.at], "move_level", "to")
            and linked(sentence[b.end : c.at], "move_tail")
        ):
            return c, a, b
    return None


def _is_percent_move(figure: Figure) -> bool:
    reading = figure.reading
    return reading.unit == "%" and (reading.metric in MOVES or reading.side in ("up", "down"))


def _levels(x: Figure, y: Figure) -> bool:
    return (
        x.reading.unit == y.reading.unit
        and x.reading.unit != "%"
        and x.reading.bounded
        and y.reading.bounded
        and x.reading.value > 0
    )


def lead(text: str, marker: str | None) -> bool:
    """A gap between a percent and a level: connectors (and the marker word, if given)."""
    found = gap_words(text)
    if found is None or (marker is not None and marker not in found):
        return False
    allowed = connectors()["move_lead"].words | connectors()["move_level"].words
    return len(found) <= connectors()["move_lead"].max_words + 2 and all(
        w in allowed for w in found
    )


def _ends_with_from(text: str) -> bool:
    """'... from' or '... from a high of' just before a level."""
    found = gap_words(text.rsplit(",", 1)[-1]) or []
    if "from" not in found:
        return False
    tail = found[len(found) - found[::-1].index("from") :]
    return all(w in connectors()["move_level"].words for w in tail) and len(tail) <= 4


def _check_move(
    percent: Figure, start: Figure, end: Figure, ctx: AuditContext
) -> Iterator[Finding]:
    p, x, y = percent.reading, start.reading, end.reading
    ratios = (y.lo / x.hi, y.hi / x.lo) if x.lo > 0 else None
    if ratios is None or not p.bounded:
        return
    low, high = ratios
    moves = [abs(low - 1) * 100, abs(high - 1) * 100]
    computed_low = 0.0 if low <= 1 <= high else min(moves)
    computed_high = max(moves)
    if relative_gap(p.lo, p.hi, computed_low, computed_high) <= 0:
        return
    computed = abs(end.reading.value / start.reading.value - 1) * 100
    text = words.percent_move(percent, start, end, computed, (computed_low, computed_high), ctx)
    yield arithmetic_finding(percent, [(start, "operand"), (end, "operand")], computed, text, ctx)
