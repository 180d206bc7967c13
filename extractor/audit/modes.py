"""Robust consensus within one window: modes of agreeing readings and the honest spread.

The readings that pin a value down (both bounds finite, read without doubt) are sorted
and chained: a reading joins the mode before it when its interval comes within the
tolerance of the mode's hull. A large cluster of outlets whose "24-hour" figures drift
from $2.2 billion to $2.7 billion as the window moves is one mode, its hull the honest
spread. Open bounds ("more than $2.6 billion") never chain; each backs the best-supported
mode it is consistent with. The main mode is the one most independent sources back; its
centre is the median over those sources, and the figure it supports is the one most of
them back *as written*.
"""

from __future__ import annotations

import math
import statistics
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from extractor.audit.readings import Reading

SAME_DIGITS = 0.005  # figures this close after scaling have the same digits as written
MAX_BACKING_VALUES = 64  # beyond this many distinct figures, the centre stands for them
_LOW = attrgetter("lo")


def statements(readings: Iterable[Reading]) -> set[tuple[int, str, str]]:
    """Distinct statements: a headline and its body are two, a copy's repeat is none."""
    return {(r.source, r.quote, r.sentence) for r in readings}


def relative_gap(alo: float, ahi: float, blo: float, bhi: float) -> float:
    """How far apart two intervals are, relative to the larger near end; 0 when they meet."""
    if ahi < blo:
        near, far = ahi, blo
    elif bhi < alo:
        near, far = bhi, alo
    else:
        return 0.0
    scale = max(abs(near), abs(far))
    return (far - near) / scale if scale else 0.0


@dataclass
class Mode:
    """Readings that agree: the chained values and the open bounds consistent with them."""

    members: list[Reading]
    lo: float
    hi: float
    bounds: list[Reading] = field(default_factory=list)
    doubtful: list[Reading] = field(default_factory=list)

    @property
    def values(self) -> tuple[float, float] | None:
        """The lowest and highest figure as written (None for a mode of bounds alone)."""
        if not self.members:
            return None
        written = [r.value for r in self.members]
        return min(written), max(written)

    @property
    def backing(self) -> list[Reading]:
        """Readings that count as support (never a doubtful one)."""
        return self.members + self.bounds

    @property
    def readings(self) -> list[Reading]:
        """Every reading the mode stands for, as a finding cites them."""
        return self.members + self.bounds + self.doubtful

    @property
    def sources(self) -> set[int]:
        return {r.source for r in self.backing}

    @property
    def open(self) -> bool:
        """A mode of open bounds alone: it states no value."""
        return not self.members

    def support(self) -> tuple[int, int, int]:
        """Independent sources, then statements, then values pinned down."""
        return (len(self.sources), len(statements(self.backing)), len(self.members))

    def centre(self) -> float:
        """The (low) median over sources of their median values; a value someone states."""
        pool = self.members or self.bounds or self.doubtful
        by_source: dict[int, list[float]] = defaultdict(list)
        for reading in pool:
            by_source[reading.source].append(reading.value)
        medians = [statistics.median_low(v) for v in by_source.values()]
        return float(statistics.median_low(medians))

    def supported(self, tolerance: float) -> Reading:
        """The figure most sources back as written (nearest the centre among equals)."""
        pool = self.members or self.bounds or self.doubtful
        if len(pool) == 1:  # most modes: nothing to weigh
            return pool[0]
        values = {r.value: r for r in sorted(pool, key=lambda r: (r.qualifier != "exact", r.id))}
        if len(values) == 1:  # one figure, the last of its statements in that order
            return next(iter(values.values()))
        centre = self.centre()
        if len(values) > MAX_BACKING_VALUES:
            return min(values.values(), key=lambda r: abs(r.value - centre))

        def rank(reading: Reading) -> tuple[int, float]:
            v, slack = reading.value, tolerance * abs(reading.value)
            backers = {r.source for r in self.backing if r.lo - slack <= v <= r.hi + slack}
            return (-len(backers), abs(v - centre))

        return min(values.values(), key=rank)

    def holds(self, value: float, tolerance: float) -> bool:
        """Whether a value lies in the mode's hull, widened by the tolerance."""
        return self.lo - tolerance * abs(self.lo) <= value <= self.hi + tolerance * abs(self.hi)


@dataclass
class Frame:
    """The modes of one window, best-supported first, and the open bounds none can hold."""

    modes: list[Mode]
    violating: list[Reading]
    stray: list[Reading]  # doubtful readings that fall in no mode

    @property
    def main(self) -> Mode | None:
        """The best-supported mode, if it is better supported than every other."""
        if not self.modes:
            return None
        if len(self.modes) > 1 and self.modes[0].support()[:2] == self.modes[1].support()[:2]:
            return None
        return self.modes[0]


def frame(readings: Sequence[Reading], tolerance: float, max_ratio: float) -> Frame:
    """Chain a window's readings into modes and attach its open bounds.

    An open bound backs the best-supported mode it holds for, if it is within
    ``max_ratio`` of it ("more than $10 million" does not back $10 billion: it is a
    figure of its own, out by a factor of 1,000). Bounds that back no mode are
    *violating* when the window has values; when it has none, bounds alike in their
    digits form open modes of their own.
    """
    finite = math.isfinite  # Reading.bounded, inlined: each reading of each frame asks
    valued = sorted(
        [r for r in readings if finite(r.lo) and finite(r.hi) and not r.doubtful], key=_LOW
    )
    modes = _chain(valued, tolerance, lambda r: (r.lo, r.hi))
    if len(modes) > 1:
        modes.sort(key=Mode.support, reverse=True)
    placed = False  # a bound joined a mode: their support, so their order, may change
    written: list[tuple[Mode, tuple[float, float] | None]] | None = None
    unplaced: list[Reading] = []
    for reading in readings:
        if reading.doubtful or reading.bounded:
            continue
        if written is None:  # worked out once, when a bound first asks
            written = [(m, m.values) for m in modes]
        home = next(
            (m for m, values in written if _backs(reading, m, values, tolerance, max_ratio)), None
        )
        if home is not None:
            home.bounds.append(reading)
            placed = True
        else:
            unplaced.append(reading)
    violating: list[Reading] = []
    if modes:
        violating = unplaced
    else:
        for side in (True, False):
            alike = sorted((r for r in unplaced if r.lower_only == side), key=attrgetter("value"))
            for mode in _chain(alike, tolerance, lambda r: (r.value, r.value)):
                mode.bounds, mode.members = mode.members, []
                modes.append(mode)
                placed = True
    if placed and len(modes) > 1:  # a stable sort on unchanged support keeps the order
        modes.sort(key=Mode.support, reverse=True)
    stray = _place_doubtful(readings, modes)
    return Frame(modes, violating, stray)


def _chain(
    ordered: Sequence[Reading], tolerance: float, span: Callable[[Reading], tuple[float, float]]
) -> list[Mode]:
    """Sorted readings chained into modes: each joins the last when within the tolerance."""
    modes: list[Mode] = []
    for reading in ordered:
        lo, hi = span(reading)
        last = modes[-1] if modes else None
        if last and relative_gap(last.lo, last.hi, lo, hi) <= tolerance:
            last.members.append(reading)
            last.hi = max(last.hi, hi)
        else:
            modes.append(Mode([reading], lo, hi))
    return modes


def _backs(
    bound: Reading,
    mode: Mode,
    values: tuple[float, float] | None,
    tolerance: float,
    max_ratio: float,
) -> bool:
    """Whether an open bound holds for one of the mode's figures (within the tolerance)
    and is near it.

    The figures as written, not their intervals: a coarse "$3 billion" allows up to $3.5
    billion, and the tolerance beyond that would let "over $3.67 billion" (another fact,
    the year's total) back it; each slack alone is honest, the two together are not.
    """
    low, high = values or (mode.lo, mode.hi)
    if relative_gap(bound.lo, bound.hi, low, high) > tolerance:
        return False
    near = min(abs(mode.lo), abs(mode.hi)) or max(abs(mode.lo), abs(mode.hi))
    value = abs(bound.value)
    return bool(value and near) and max(value, near) / min(value, near) <= max_ratio


def _place_doubtful(readings: Sequence[Reading], modes: list[Mode]) -> list[Reading]:
    """Doubtful readings go with the mode whose hull holds them; the rest are stray."""
    ordered = sorted((m for m in modes if not m.open), key=lambda m: m.lo)
    starts = [m.lo for m in ordered]
    stray: list[Reading] = []
    for reading in readings:
        if not reading.doubtful:
            continue
        at = bisect_right(starts, reading.value) - 1
        if at >= 0 and ordered[at].lo <= reading.value <= ordered[at].hi:
            ordered[at].doubtful.append(reading)
        else:
            stray.append(reading)
    return stray
