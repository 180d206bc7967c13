"""Intervals a claim allows, and how far apart two of them are.

A claim's ``low``/``high`` come from its qualifier and written precision ("$2.65 billion"
allows 2.645–2.655 billion; "more than $2.6 billion" has no upper bound). Three readings:

- *stated*: exactly ``low``–``high``, open sides unbounded — what the text strictly says;
- *plausible*: open sides capped ("more than X" is not said of 1,000 X) — used to weigh
  which figures back each other;
- *point*: the figure itself — used to compare digits for scale slips and shares.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from extractor.models import Claim

SAME_DIGITS = 0.005  # figures this close after scaling have the same digits as written


@dataclass(frozen=True)
class Interval:
    """A closed interval of values; infinite ends stand for an open side."""

    lo: float
    hi: float

    def scaled(self, factor: float) -> Interval:
        """The interval times a positive factor."""
        return Interval(self.lo * factor, self.hi * factor)

    def divided(self, other: Interval) -> Interval:
        """Every ratio ``self / other`` for positive intervals (a share of a whole)."""
        if other.lo <= 0:
            return Interval(self.lo / other.hi if other.hi > 0 else 0.0, math.inf)
        return Interval(self.lo / other.hi, self.hi / other.lo)

    @property
    def bounded(self) -> bool:
        """Both ends finite."""
        return math.isfinite(self.lo) and math.isfinite(self.hi)


def stated(claim: Claim) -> Interval:
    """What the text strictly allows."""
    lo = claim.low if claim.low is not None else -math.inf
    hi = claim.high if claim.high is not None else math.inf
    return Interval(min(lo, claim.value), max(hi, claim.value))


def plausible(claim: Claim, cap: float) -> Interval:
    """The stated interval with open sides capped at ``cap`` times the bound."""
    lo, hi = stated(claim).lo, stated(claim).hi
    if math.isinf(hi):
        hi = abs(claim.value) * cap if claim.value else math.inf
    if math.isinf(lo):
        lo = claim.value / cap if claim.value > 0 else -math.inf
    return Interval(lo, hi)


def point(claim: Claim) -> Interval:
    """The figure itself: its digits, without the latitude its rounding allows."""
    return Interval(claim.value, claim.value)


def relative_gap(a: Interval, b: Interval) -> float:
    """How far apart two intervals are, relative to the larger near end; 0 when they meet."""
    if a.hi < b.lo:
        near, far = a.hi, b.lo
    elif b.hi < a.lo:
        near, far = b.hi, a.lo
    else:
        return 0.0
    scale = max(abs(near), abs(far))
    return (far - near) / scale if scale else 0.0


def agree(a: Interval, b: Interval, tolerance: float) -> bool:
    """Whether two intervals agree within a relative tolerance."""
    return relative_gap(a, b) <= tolerance


def precision(claim: Claim) -> float:
    """How coarsely the figure is written: its bounds' distance from it, relative (0: exact)."""
    if not claim.value:
        return 0.0
    sides = [abs(bound - claim.value) for bound in (claim.low, claim.high) if bound is not None]
    return max(sides, default=0.0) / abs(claim.value)


def scale_slip(
    suspect: Claim, other: Claim, factors: tuple[float, ...], tolerance: float
) -> tuple[float, float] | None:
    """The factor ``f`` with ``suspect · f`` agreeing with ``other``, and the gap left.

    Both directions are tried (``f`` or ``1/f``); the best fit wins. None when no
    factor brings the digits within the tolerance. A figure written coarser than the
    tolerance ("$2M") says too little about its digits: it needs the same digits
    ("$2 billion"), not nearly the same ("$2,050").
    """
    best: tuple[float, float] | None = None
    for factor in factors:
        for f in (factor, 1 / factor):
            gap = relative_gap(point(suspect).scaled(f), point(other))
            if gap <= tolerance and (best is None or gap < best[1]):
                best = (f, gap)
    coarse = max(precision(suspect), precision(other)) > tolerance + 1e-9
    if best is not None and coarse and best[1] > SAME_DIGITS:
        return None
    return best
