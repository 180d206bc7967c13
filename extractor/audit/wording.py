"""Figures, facts and sources in the words a journalist reads them in."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from extractor.models import FactKey

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
FACTOR_WORDS = {1e2: "100", 1e3: "1,000", 1e6: "a million", 1e9: "a billion"}


def number(value: float) -> str:
    """A number with a scale word when large: 2650000000 → '2.65 billion'."""
    for size, word in SCALE_WORDS:
        if abs(value) >= size:
            return f"{value / size:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def amount(value: float, unit: str) -> str:
    """A figure with its unit: '$2.65 billion', '82%', '1.806 million BTC', '585,000'."""
    if unit in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[unit] + number(value)
    if unit == "%":
        return number(value) + "%"
    if unit in ("count", "ratio", "index"):
        return number(value)
    if unit == "x":
        return number(value) + "x"
    return f"{number(value)} {unit}"


def factor_words(factor: float) -> str:
    """A scale factor in words: 1000 → '1,000'."""
    size = max(factor, 1 / factor)
    return FACTOR_WORDS.get(round(size), f"{size:,.0f}")


def percent(share: float) -> str:
    """A fraction as a percentage: 0.473 → '47.3%'."""
    return f"{share * 100:.1f}%".replace(".0%", "%")


def period_words(start: date | None, end: date | None) -> str:
    """A period: '6 Feb 2026', '5–6 Feb 2026', or 'no date given'."""
    if start is None or end is None:
        return "no date given"
    if start == end:
        return _day(end)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{_day(end)}"
    return f"{_day(start)} – {_day(end)}"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def fact_words(fact: FactKey) -> str:
    """A fact: 'liquidations (long) of CRYPTO at Binance, 5–6 Feb 2026'."""
    words = fact.metric.replace("_", " ")
    if fact.side:
        words += f" ({fact.side})"
    if fact.asset:
        words += f" of {fact.asset}"
    if fact.venue:
        words += f" at {fact.venue}"
    return f"{words}, {period_words(fact.period_start, fact.period_end)}"


def names(items: Iterable[str]) -> str:
    """Names joined in prose: 'A', 'A and B', 'A, B and C'."""
    unique = list(dict.fromkeys(items))
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]
