"""What is known of a coin on a day: how many exist at least, how high its price had been.

Bitcoin's and ether's issuance is public, and so is their price history.

Bitcoin's supply follows its halvings (10.5 million mined by the first, 15.75 million by
the second, ...), ether's its genesis and issuance; ``audit_supply.jsonl`` keeps a floor
per coin from a day on, lower than the true supply. A price times that floor is the least
the coin's market value can be:

- the crypto market's value (or a coin's own) is at least that of any coin it takes in
  at the news event's own price: "$3.52 billion" cannot be the crypto market where the
  news prices ether at $3,647 (at least 72 million ether: $262 billion);
- a coin's price cannot make its coins worth more than all the wealth in the world
  (``audit_limits.jsonl``): "Bitcoin drops below 60M" in 2024 would value 19.7 million
  bitcoin at $1.2 quadrillion.

``audit_price_highs.jsonl`` keeps, per coin, the most its price had ever been up to a
day: a holder's dollar figure over the coins it counts far above it is out of scale
(``valuation``): "120,000 ether worth $320 billion" is $2.7 million an ether in 2022.

Used only to tell which of two split figures slipped its scale word
(:mod:`extractor.audit.tiebreak`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

from extractor.audit.policy import limit
from extractor.audit.readings import Reading
from extractor.lexicon import load
from extractor.price_highs import PriceHigh, price_highs


class Floor(BaseModel):
    """At least ``at_least`` coins of ``coin`` exist from ``since`` on."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    coin: str = Field(min_length=1)
    since: date
    at_least: float = Field(gt=0)
    why: str = Field(min_length=1)


Dated = TypeVar("Dated", "Floor", "PriceHigh")


def _by_coin(
    entries: Iterable[Dated], day: Callable[[Dated], date]
) -> dict[str, tuple[list[date], list[Dated]]]:
    """Per coin, its entries in order of their day, with those days (for bisection)."""
    by_coin: dict[str, list[Dated]] = {}
    for entry in entries:
        by_coin.setdefault(entry.coin, []).append(entry)
    found: dict[str, tuple[list[date], list[Dated]]] = {}
    for coin, listed in by_coin.items():
        listed.sort(key=day)
        found[coin] = ([day(e) for e in listed], listed)
    return found


@cache
def _floors() -> dict[str, tuple[list[date], list[Floor]]]:
    """Per coin, the days its floors start and the floors, in order of day."""
    return _by_coin(load("audit_supply.jsonl", Floor), lambda e: e.since)


@cache
def _highs() -> dict[str, tuple[list[date], list[PriceHigh]]]:
    """Per coin, the days its highs hold until and the highs, in order of day."""
    return _by_coin(price_highs(), lambda e: e.until)


def price_high(coin: str, day: date | None) -> PriceHigh | None:
    """The most a coin's dollar price had been up to a day (None: unknown day or coin, or a
    day after the last high known)."""
    highs = _highs().get(coin)
    if highs is None or day is None:
        return None
    days, entries = highs
    at = bisect_left(days, day)
    return entries[at] if at < len(entries) else None


def coins_with_floors() -> tuple[str, ...]:
    """The coins whose least supply is known."""
    return tuple(_floors())


def least_supply(coin: str | None, day: date | None) -> float | None:
    """The fewest coins that exist on a day (on an unknown day, the fewest ever priced:
    the first floor); None for a coin without floors."""
    floors = _floors().get(coin or "")
    if floors is None:
        return None
    days, entries = floors
    if day is None:
        return entries[0].at_least
    at = bisect_right(days, day)
    return entries[at - 1].at_least if at else None


def day_of(reading: Reading) -> date | None:
    """The day a reading is about: its period's last day, else its publication day."""
    return reading.period[1] if reading.period is not None else reading.published


MONEY = "USD"


def price_cap(reading: Reading) -> tuple[float, str] | None:
    """The highest price a coin's floor allows before its coins outweigh the world's wealth
    (and why), for a dollar price of a coin with floors."""
    if reading.metric != "price" or reading.unit != MONEY:
        return None
    coins = least_supply(reading.asset, day_of(reading))
    wealth = limit(reading.metric, MONEY)
    if coins is None or wealth is None:
        return None
    why = f"at that price {coins:,.0f} {reading.asset} would be worth {wealth.why}"
    return wealth.high / coins, why
