"""A part cannot exceed its whole: the market-wide totals of a news event bound its parts.

For a metric that adds up over time and holders (money raised, liquidations, volume: the
``additive`` metrics of ``audit_metrics.jsonl``), the crypto market's total for a window
is at least any figure of a window inside it, of any coin, company or venue it takes in
(``audit_wholes.jsonl``): a quarter's "$4.5 million" of venture funding cannot hold June's
"$2.5 billion" or one company's "$585 million" round of that quarter, and one company's
"$29 billion" cannot fit in the quarter's "$4.5 billion". Long and short liquidations are
parts of the total. A level that adds up over holders at one moment (``at_once``: market
value, open interest) is bounded the same way within one window only: the crypto
market's "$3.2 billion" cannot hold bitcoin's "$1.9 trillion" of the same day (a figure
written without a date is a level of its publication day).

Used only to tell which of two split figures slipped its scale word
(:mod:`extractor.audit.tiebreak`), and only by a clear margin (``MARGIN``): data
providers count totals differently, a scale slip is a factor of a thousand.

The profile is built in one pass and kept compact: per pool, metric, unit and side, one
flat array of seven floats per dated figure (article, asset, first and last day, low, high,
venue: ``_STRIDE``).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Hashable, Sequence

from extractor.audit.modes import relative_gap
from extractor.audit.policy import covers, metric_policy
from extractor.audit.readings import Reading
from extractor.audit.windows import window_of

MARGIN = 2.0  # a part must exceed its whole (or a whole fall short of a part) this many times
_STRIDE = 7
SAME = 0.05  # figures further apart than this are different figures

ColumnKey = tuple[Hashable, str, str, str | None]


class Wholes:
    """Dated figures of the additive metrics, by pool, metric, unit and side."""

    def __init__(self) -> None:
        self._columns: dict[ColumnKey, array[float]] = {}
        self._assets: dict[str | None, int] = {}
        self._names: list[str | None] = []
        self._mixed: dict[ColumnKey, set[tuple[float, ...]]] = {}  # per column, once asked

    def add_all(self, readings: Sequence[Reading], pool: Callable[[Reading], Hashable]) -> None:
        """The readings of one fact key, in article order."""
        if not readings:
            return
        first = readings[0]
        policy = metric_policy(first.metric, first.unit)
        if not (policy.additive or policy.at_once):
            return
        as_published = policy.undated == "as_published"
        asset, venue = self._number(first.asset), self._number(first.venue)
        columns, article = self._columns, -1
        column = array("d")
        for reading in readings:
            period = window_of(reading, as_published)
            if period is None:
                continue
            if reading.article != article:  # one pool per article: its event or day
                article = reading.article
                key = (pool(reading), first.metric, first.unit, first.side)
                column = columns.setdefault(key, array("d"))
                self._mixed.pop(key, None)  # the column grows: work its mixed figures out again
            begin, end = period
            column.extend(
                (article, asset, begin.toordinal(), end.toordinal(), reading.lo, reading.hi, venue)
            )

    def _number(self, asset: str | None) -> int:
        number = self._assets.get(asset)
        if number is None:
            number = self._assets[asset] = len(self._names)
            self._names.append(asset)
        return number

    def breaks(self, reading: Reading, pool: Hashable) -> tuple[str, float] | None:
        """A whole the reading is far above ("whole", its upper end) or a part it is far
        below ("part", its lower end): another asset or a window inside or around it."""
        policy = metric_policy(reading.metric, reading.unit)
        period = window_of(reading, policy.undated == "as_published")
        if period is None:
            return None
        begin, end = (d.toordinal() for d in period)
        parts = policy.parts
        at_once = policy.at_once and not policy.additive  # one moment: the same window only
        sides = [reading.side]
        if reading.side is None:
            sides += parts  # long and short are parts of a total
        elif reading.side in parts:
            sides.append(None)
        for side in sides:
            key = (pool, reading.metric, reading.unit, side)
            column = self._columns.get(key)
            if column is None:
                continue
            mixed = self._mixed.get(key)
            if mixed is None:
                mixed = self._mixed[key] = _mixed(column)
            own = self._assets.get(reading.asset), self._assets.get(reading.venue)
            whole = (reading.article, own[0], begin, end, own[1]) not in mixed
            for at in range(0, len(column), _STRIDE):
                article, number, first, last, lo, hi, place = column[at : at + _STRIDE]
                venue = self._names[int(place)]
                other = self._names[int(number)]
                same = (other, venue) == (reading.asset, reading.venue) and (first, last) == (
                    begin,
                    end,
                )
                if same and side == reading.side:
                    continue  # the same fact
                if at_once and ((first, last) != (begin, end) or other == reading.asset):
                    continue
                if (
                    (article, number, first, last, place) not in mixed
                    and venue in (None, reading.venue)  # a venue's total holds only its own
                    and covers(other, reading.asset)
                    and (side is None or side == reading.side)
                    and first <= begin
                    and end <= last
                    and math.isfinite(hi)
                    and reading.lo > MARGIN * hi
                ):
                    return "whole", hi
                if (
                    whole
                    and reading.venue in (None, venue)
                    and covers(reading.asset, other)
                    and (reading.side is None or side == reading.side)
                    and begin <= first
                    and last <= end
                    and math.isfinite(reading.hi)
                    and lo > MARGIN * reading.hi
                ):
                    return "part", lo
        return None


def _mixed(column: array[float]) -> set[tuple[float, ...]]:
    """Article, asset and window of the figures an article gives beside other, different
    figures (pinned down) of the same labels: each a part of something, none the whole."""
    seen: dict[tuple[float, ...], tuple[float, float]] = {}
    mixed: set[tuple[float, ...]] = set()
    for at in range(0, len(column), _STRIDE):
        key = (*column[at : at + 4], column[at + 6])
        lo, hi = column[at + 4], column[at + 5]
        if not (math.isfinite(lo) and math.isfinite(hi)):
            continue
        if key in seen and relative_gap(*seen[key], lo, hi) > SAME:
            mixed.add(key)
        seen.setdefault(key, (lo, hi))
    return mixed
