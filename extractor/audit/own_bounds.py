"""An article's own bound governs its shorthand of the same figure.

A headline has no room for "more than": "$900M Vanishes in Hours" over a body that says
"over $900 million" states a floor, not a total of $900 million. An exact figure whose own
article gives the same amount of the same fact (metric, side, asset, venue, unit; the same
period, or none given) as an open bound is that article's *shorthand* of the bound: in a
disagreement between sources (a conflict, a part above its whole) it is read as the bound,
so another outlet's larger figure, or a part above it, is no disagreement with it. Its
digits are still what they are: it is read as written for scale slips and for its own
article's arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extractor.audit.readings import LOWER, UPPER, Reading

Fact = tuple[str, str | None, str | None, str | None, str, float]


def shorthands(readings: Sequence[Reading]) -> dict[str, tuple[float, float]]:
    """The exact figures of one article its own bounds state (id → the bound's interval)."""
    bounds: dict[Fact, list[Reading]] = {}
    for reading in readings:
        if reading.qualifier in LOWER or reading.qualifier in UPPER:
            bounds.setdefault(_fact(reading), []).append(reading)
    found: dict[str, tuple[float, float]] = {}
    if not bounds:
        return found
    for reading in readings:
        if reading.qualifier != "exact":
            continue
        for bound in bounds.get(_fact(reading), ()):
            if reading.period is None or reading.period == bound.period:
                found[reading.id] = (bound.lo, bound.hi)
                break
    return found


def as_stated(
    reading: Reading, shorthand: Mapping[str, tuple[float, float]]
) -> tuple[float, float]:
    """A figure's interval in a disagreement between sources: its own bound's, for a
    shorthand of one."""
    return shorthand.get(reading.id, (reading.lo, reading.hi))


def bound_holds(
    readings: Sequence[Reading],
    lo: float,
    hi: float,
    shorthand: Mapping[str, tuple[float, float]],
    tolerance: float,
) -> bool:
    """Whether every figure of one side is a shorthand whose bound holds for the other
    side's interval (within the tolerance): then the two sides do not disagree."""
    if not readings:
        return False
    for reading in readings:
        bound = shorthand.get(reading.id)
        if bound is None or bound[0] > hi * (1 + tolerance) or bound[1] < lo * (1 - tolerance):
            return False
    return True


def _fact(reading: Reading) -> Fact:
    return (reading.metric, reading.side, reading.asset, reading.venue, reading.unit, reading.value)
