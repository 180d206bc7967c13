"""The most each coin's dollar price had been up to a day (``audit_price_highs.jsonl``).

Read by the audit (a holder's dollar figure far above its coins' dearest price is out of
scale) and by extraction (a money level a thousand times a coin's dearest price can be its
price written at the wrong scale, one far beyond cannot).
"""

from __future__ import annotations

from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from extractor.lexicon import load


class PriceHigh(BaseModel):
    """``coin`` never traded above ``at_most`` US dollars up to ``until``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    coin: str = Field(min_length=1)
    until: date
    at_most: float = Field(gt=0)
    why: str = Field(min_length=1)


def price_highs() -> tuple[PriceHigh, ...]:
    """Every known high, validated on first load."""
    return load("audit_price_highs.jsonl", PriceHigh)


@cache
def _highest() -> dict[str, float]:
    best: dict[str, float] = {}
    for e in price_highs():
        best[e.coin] = max(best.get(e.coin, 0.0), e.at_most)
    return best


def highest_price(coin: str | None, underlying: str | None = None) -> float | None:
    """The most a coin's dollar price is known to have been on any day, else its
    ``underlying`` coin's (a wrapped or staked coin trades near it); None: neither has
    known highs."""
    highs = _highest()
    return highs.get(coin or "") or highs.get(underlying or "")
