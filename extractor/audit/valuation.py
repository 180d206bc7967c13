"""Money over coins: a dollar figure and the coin amount it counts give a price per coin.

"GameStop bought 4,710 bitcoin, worth about $512 million" and "bitcoin around $108,800":
$512 million over 4,710 BTC is $108,700 a coin, at the news event's own price; "$512
billion" would be $108.7 million a coin. A metric's ``counted_in`` (``audit_metrics.jsonl``)
names the metrics whose coin amounts of the same asset its money counts: holdings in BTC
for holdings in dollars, a coin's supply for its market value ("$2 trillion" over 19.9
million BTC at $103,000); a holder is its asset and venue. The price of the coin is the
event's own ``price`` figures of it.

Where the event prices no such coin, the most the coin had ever traded at by the figure's
day (:mod:`extractor.audit.supply`) stands in: a price per coin ``FIT`` times above it is
out of scale. The same prices, times the coin's least supply, are the least a market value
that takes the coin in can be; and a company's market value bounds the money it raises
(``at_most``).

Used only to tell which of two split figures slipped its scale word
(:mod:`extractor.audit.tiebreak`): a figure fits when one of the coin amounts gives a price
within ``FIT`` of one of the event's prices of that coin.

The profile is built in one pass and kept compact: coin amounts per pool, metric and
asset (unit and value), prices per pool and coin and those prices times the coin's least
supply, and companies' market values per pool (each one flat array of values).
"""

from __future__ import annotations

import math
import statistics
from array import array
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractor.audit.policy import covers, metric_policies, metric_policy
from extractor.audit.readings import Reading
from extractor.audit.supply import MONEY, coins_with_floors, day_of, least_supply, price_high

FIT = 3.0  # an implied price within this factor of the event's price fits it
MARGIN = 2.0  # a figure this many times above its bound is beyond it
_NOT_COINS = frozenset({MONEY, "count", "%", "x", "ratio", "index"})

AmountKey = tuple[Hashable, str, str | None, str | None]


class Valuation:
    """Coin amounts and coin prices, by pool."""

    def __init__(self) -> None:
        self._amounts: dict[AmountKey, list[tuple[str, float]]] = {}
        self._prices: dict[tuple[Hashable, str], array[float]] = {}
        self._worth: dict[tuple[Hashable, str], array[float]] = {}  # price × least supply
        self._holders: dict[tuple[Hashable, str, str], array[float]] = {}  # a holder's worth
        # each store's medians, asked once all are added
        self._worth_medians: dict[tuple[Hashable, ...], float] = {}
        self._holder_medians: dict[tuple[Hashable, ...], float] = {}

    def add_all(self, readings: Sequence[Reading], pool: Callable[[Reading], Hashable]) -> None:
        """The readings of one fact key, in article order."""
        if not readings:
            return
        first = readings[0]
        if first.metric == "price" and first.unit == MONEY and first.asset:
            prices, article = array("d"), -1  # one pool per article: its event or day
            worth = array("d")
            for reading in readings:
                if reading.article != article:
                    article = reading.article
                    prices = self._prices.setdefault((pool(reading), first.asset), array("d"))
                    worth = self._worth.setdefault((pool(reading), first.asset), array("d"))
                if reading.value > 0 and -math.inf < reading.lo and reading.hi < math.inf:
                    prices.append(reading.value)
                    coins = least_supply(first.asset, day_of(reading))
                    if coins is not None:
                        worth.append(reading.value * coins)
        elif first.unit == MONEY and first.asset and first.metric in _bounding():
            for reading in readings:
                if reading.value > 0 and reading.bounded:
                    key = (pool(reading), first.metric, first.asset)
                    self._holders.setdefault(key, array("d")).append(reading.value)
        elif first.unit not in _NOT_COINS:
            for reading in readings:
                if reading.value > 0:
                    counted = (pool(reading), first.metric, first.asset, first.venue)
                    self._amounts.setdefault(counted, []).append((first.unit, reading.value))

    def _per_coin(self, reading: Reading, pool: Hashable) -> Iterator[tuple[str, float]]:
        """Each coin amount of the event that a dollar figure counts, as the price per coin
        the figure gives over it (nothing for a figure that is no dollar amount)."""
        if reading.unit != MONEY or reading.value <= 0:
            return
        for metric in metric_policy(reading.metric, reading.unit).counted_in:
            counted = (pool, metric, reading.asset, reading.venue)
            for coin, amount in self._amounts.get(counted, ()):
                yield coin, reading.value / amount

    def judged(self, reading: Reading, pool: Hashable) -> Priced | None:
        """The price per coin a dollar figure gives nearest the event's prices of that coin,
        and whether it fits them (None when the event gives no coin amount and price)."""
        best: Priced | None = None
        for coin, implied in self._per_coin(reading, pool):
            prices = self._prices.get((pool, coin))
            if not prices:
                continue
            off = min(abs(math.log10(implied / p)) for p in prices)
            if best is None or off < best.off:
                best = Priced(off <= math.log10(FIT), implied, coin, off)
        return best

    def above_high(self, reading: Reading, pool: Hashable) -> Priced | None:
        """The price per coin a dollar figure gives nearest the highest its coin had ever
        traded up to the reading's day, and whether it stays within ``FIT`` above it (None
        when the event gives no coin amount it counts, or the coin's high is unknown)."""
        day = day_of(reading)
        best: Priced | None = None
        for coin, implied in self._per_coin(reading, pool):
            high = price_high(coin, day)
            if high is None:
                continue
            above = math.log10(max(implied / high.at_most, 1.0))
            if best is None or above < best.off:
                best = Priced(above <= math.log10(FIT), implied, coin, above)
        return best

    def least_worth(self, reading: Reading, pool: Hashable) -> tuple[float, str] | None:
        """The least market value of a coin a market value takes in (the crypto market's
        takes in every coin, a coin's its own), at the event's own price of that coin
        (the median of its prices times its least supply), with that coin; None when the
        reading is no market value or the event prices no such coin."""
        if reading.unit != MONEY or "supply" not in metric_policy(reading.metric).counted_in:
            return None
        best: tuple[float, str] | None = None
        for coin in coins_with_floors():
            if self._worth.get((pool, coin)) and covers(reading.asset, coin):
                least = _median(self._worth, self._worth_medians, (pool, coin))
                if best is None or least > best[0]:
                    best = (least, coin)
        return best

    def above_bound(self, reading: Reading, pool: Hashable) -> tuple[float, str] | None:
        """The median of the event's figures of a metric that bounds the reading's from
        above for the same holder (``at_most``: a company's market value for the money it
        raises), with that metric, when the reading's low end is ``MARGIN`` times above it."""
        if reading.unit != MONEY or not reading.asset:
            return None
        for metric in metric_policy(reading.metric).at_most:
            key = (pool, metric, reading.asset)
            bound = (
                _median(self._holders, self._holder_medians, key)
                if self._holders.get(key)
                else None
            )
            if bound is not None and reading.lo > MARGIN * bound:
                return bound, metric
        return None


def _median(
    store: Mapping[Any, array[float]],
    medians: dict[tuple[Hashable, ...], float],
    key: tuple[Hashable, ...],
) -> float:
    """The median of a pool's figures in ``store``, worked out once into ``medians`` (every
    fact key is added before the first question)."""
    median = medians.get(key)
    if median is None:
        median = medians[key] = statistics.median(store[key])
    return median


@cache
def _bounding() -> frozenset[str]:
    """Metrics whose figures bound another metric's (``at_most``)."""
    return frozenset(m for p in metric_policies().values() for m in p.at_most)


@dataclass(frozen=True)
class Priced:
    """A dollar figure over a coin amount: the price per coin, and whether it fits."""

    fits: bool
    price: float
    coin: str
    off: float  # decades from the nearest of the event's prices
