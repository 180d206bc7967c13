"""Validated records: articles, claims and (for the audit) findings.

Field names, units, metrics, sides and qualifiers follow the corpus gold format
(``FORMAT.md``). A :class:`Claim` is flat so that it exports cleanly to JSONL, CSV
and Parquet: its period is ``period_start``/``period_end`` rather than a nested object.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractor import __version__

Metric = Literal[
    "price",
    "price_change",
    "market_cap",
    "market_cap_change",
    "liquidations",
    "open_interest",
    "funding_rate",
    "long_short_ratio",
    "trading_volume",
    "etf_flow",
    "fund_flow",
    "holdings",
    "reserves",
    "supply",
    "mining_cost",
    "average_cost",
    "hashrate",
    "loss",
    "profit",
    "revenue",
    "fees",
    "tvl",
    "hack_amount",
    "funding_raised",
    "fine",
    "sentiment_index",
    "participants",
    "transaction_value",
    "other",
]
Side = Literal["long", "short", "inflow", "outflow", "up", "down"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"]

METRICS: tuple[str, ...] = Metric.__args__  # type: ignore[attr-defined]
SIDES: tuple[str, ...] = Side.__args__  # type: ignore[attr-defined]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]


def text_hash(text: str) -> str:
    """Content hash of an article text (whitespace-normalized, so re-wrapping is no change)."""
    normalized = " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def claim_id(article_id: str, start: int, end: int) -> str:
    """Stable id: the same article and span always give the same id."""
    return hashlib.sha1(f"{article_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


class Article(BaseModel):
    """One news article: its text and the metadata dates are resolved against."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    text: str
    text_hash: str = ""
    event: str | None = None

    @model_validator(mode="after")
    def _fill_hash(self) -> Article:
        if not self.text_hash:
            self.text_hash = text_hash(self.text)
        return self


class Claim(BaseModel):
    """One figure an article states, normalized and attributed."""

    model_config = ConfigDict(extra="forbid")

    id: str
    article_id: str
    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    sentence: str
    value: float
    unit: str = Field(min_length=1)
    low: float | None = Field(description="lower bound implied by qualifier and precision; null: none")
    high: float | None = Field(description="upper bound implied by qualifier and precision; null: none")
    qualifier: Qualifier = "exact"
    metric: Metric = "other"
    side: Side | None = None
    asset: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    source: str | None = None
    venue: str | None = None
    publisher: str | None = None
    published: datetime | None = None
    url: str | None = None
    extractor_version: str = __version__

    @model_validator(mode="after")
    def _check_consistency(self) -> Claim:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        if len(self.quote) != self.end - self.start:
            raise ValueError("quote length does not match its span")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low}) exceeds high ({self.high})")
        if (self.period_start is None) != (self.period_end is None):
            raise ValueError("period_start and period_end are both set or both null")
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValueError("period_start is after period_end")
        return self
