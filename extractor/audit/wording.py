"""Figures, facts and sources in the words a journalist reads them in.

Fact labels are human: "ETF outflows — spot bitcoin ETFs, in US dollars, 25 Feb 2025",
"liquidations — crypto market, in US dollars, 5–6 Feb 2026". The words for metrics,
scopes and units are data (``audit_labels.jsonl``); asset names come from the asset
lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from extractor.audit.per_unit import PER_UNIT, base_unit
from extractor.lexicon import assets, load
from extractor.models import FactKey

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
FACTOR_WORDS = {1e2: "100", 1e3: "1,000", 1e6: "a million", 1e9: "a billion"}


class Label(BaseModel):
    """Words for a metric (and its sides), an asset, a metric's scope template or a unit."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["metric", "asset", "scope", "unit"]
    key: str = Field(min_length=1)
    label: str = Field(min_length=1)
    sides: dict[str, str] = {}


@cache
def _labels() -> dict[tuple[str, str], Label]:
    return {(entry.kind, entry.key): entry for entry in load("audit_labels.jsonl", Label)}


@cache
def _asset_kinds() -> dict[str, str]:
    return {entry.id: entry.kind for entry in assets()}


@cache
def _asset_names() -> dict[str, str]:
    """Asset id → how to name it in prose ("bitcoin", "Strategy (MSTR)", "IBIT")."""
    names: dict[str, str] = {}
    for entry in assets():
        name = entry.names[0]
        if entry.kind == "crypto" or entry.kind in ("commodity", "scope"):
            names[entry.id] = name
        elif entry.kind == "stock":
            names[entry.id] = f"{name.title()} ({entry.id})"
        elif entry.kind == "stablecoin":
            names[entry.id] = f"{name} ({entry.id})" if name.upper() != entry.id else entry.id
        else:
            names[entry.id] = entry.id
    return names


def metric_words(metric: str, side: str | None) -> str:
    """'ETF outflows', 'long liquidations', 'price'."""
    label = _labels().get(("metric", metric))
    if label is None:
        words = metric.replace("_", " ")
        return f"{words} ({side})" if side else words
    if side and side in label.sides:
        return label.sides[side]
    return f"{label.label} ({side})" if side else label.label


def asset_words(asset: str, metric: str) -> str:
    """'crypto market', 'spot bitcoin ETFs' (for ETF flows of BTC), 'Strategy (MSTR)'."""
    labels = _labels()
    override = labels.get(("asset", asset))
    if override is not None:
        return override.label
    name = _asset_names().get(asset, asset)
    scope = labels.get(("scope", metric))
    if scope is not None and _asset_kinds().get(asset) == "crypto":
        return scope.label.format(name=name)
    return name


def unit_words(unit: str) -> str:
    """'US dollars', 'percent', 'BTC', 'US dollars per unit'."""
    written = base_unit(unit)
    label = _labels().get(("unit", written))
    words = label.label if label else written
    return words if written == unit else words + PER_UNIT


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
    unit = base_unit(unit)
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
    """A fact: 'ETF outflows — spot bitcoin ETFs at Binance, in US dollars, 5–6 Feb 2026'."""
    words = metric_words(fact.metric, fact.side)
    scope = asset_words(fact.asset, fact.metric) if fact.asset else ""
    if fact.venue:
        scope = f"{scope} at {fact.venue}" if scope else f"at {fact.venue}"
    if scope:
        words += f" — {scope}"
    return (
        f"{words}, in {unit_words(fact.unit)}, {period_words(fact.period_start, fact.period_end)}"
    )


def names(items: Iterable[str]) -> str:
    """Names joined in prose: 'A', 'A and B', 'A, B and C'."""
    unique = list(dict.fromkeys(items))
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]
