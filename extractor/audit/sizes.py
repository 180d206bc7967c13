"""How big the figures of one kind run in one news event: the coarse consensus on scale.

When the sources of a scale slip are split (one outlet writes "$1.49 billion", the other
"$1.49 million"), nothing in the fact itself says which scale word slipped. The other
figures of the same metric and unit in the same news event (or publication day) often
do: when dozens of other spot-ETF flows reported with them lie within a factor of ten of
$1.49 billion and none near $1.49 million, the million is the odd one (see
:mod:`extractor.audit.tiebreak` for when that decides). A metric sized by asset (a
coin's price) is compared within its asset only.

The profile is built once, in one pass over every reading, and kept compact: one float
per reading in a flat array per metric, unit (and asset, for a metric sized by asset),
holding its pool's number and its size together, so that one sort puts each pool's
figures in order of size and a query is two binary searches.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence

from extractor.audit.policy import metric_policy
from extractor.audit.readings import Reading

NEAR = 1.0  # decades either side of a figure within which others count as its neighbours
_WIDTH = 64.0  # room per pool in a column's key: sizes from 1e-31 to 1e31
_OFFSET = 32.0
_FLOOR, _CEILING = -_OFFSET + 1, _OFFSET - 1  # sizes beyond are clipped

ColumnKey = tuple[str, str, str | None]


class Sizes:
    """Sizes of every reading, by (metric, unit[, asset]) and pool."""

    def __init__(self) -> None:
        self._columns: dict[ColumnKey, array[float]] = {}
        self._sorted: set[ColumnKey] = set()
        self._pools: dict[Hashable, int] = {}

    def add_all(self, readings: Sequence[Reading], pool: Callable[[Reading], Hashable]) -> None:
        """The readings of one fact key (one metric, unit and asset), in article order."""
        if not readings:
            return
        key = _column(readings[0])
        column = self._columns.get(key)
        if column is None:
            column = self._columns[key] = array("d")
        pools, log10, add = self._pools, math.log10, column.append
        article, day, base = -1, None, 0.0  # base: the pool's place in the column (_at)
        for reading in readings:
            if reading.value:
                if reading.article != article or reading.published != day:  # one pool a day
                    article, day = reading.article, reading.published
                    base = pools.setdefault(pool(reading), len(pools)) * _WIDTH
                size = log10(abs(reading.value))  # kept within the column's floor and ceiling
                size = _FLOOR if size < _FLOOR else size  # (as _at does, without min/max calls)
                add(base + (_CEILING if size > _CEILING else size) + _OFFSET)

    def near(
        self,
        pools: Iterable[Hashable],
        reading: Reading,
        size: float,
        leave_out: Sequence[Reading],
    ) -> int:
        """How many of the pools' figures of the reading's kind lie within ``NEAR`` decades
        of ``size`` (log10), without ``leave_out`` (figures of the reading's own fact,
        which the profile holds too)."""
        key = _column(reading)
        column = self._columns.get(key)
        if column is None:
            return 0
        if key not in self._sorted:
            column = self._columns[key] = array("d", sorted(column))
            self._sorted.add(key)
        count = 0
        for label in set(pools):
            number = self._pools.get(label)
            if number is not None:
                low, high = _at(number, size - NEAR), _at(number, size + NEAR)
                count += bisect_right(column, high) - bisect_left(column, low)
        own = (math.log10(abs(r.value)) for r in leave_out if r.value)
        return count - sum(1 for at in own if size - NEAR <= at <= size + NEAR)


def _column(reading: Reading) -> ColumnKey:
    by_asset = metric_policy(reading.metric, reading.unit).sized_by == "asset"
    return (reading.metric, reading.unit, reading.asset if by_asset else None)


def _at(pool: int, size: float) -> float:
    """A pool's number and a size in one sortable float."""
    return pool * _WIDTH + min(max(size, _FLOOR), _CEILING) + _OFFSET
