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

# The names a claim's fields may take are the pipeline's own (defined once, in layers).
from extractor.nlp.layers import METRICS as METRICS
from extractor.nlp.layers import QUALIFIERS as QUALIFIERS
from extractor.nlp.layers import SIDES as SIDES
from extractor.nlp.layers import Metric as Metric
from extractor.nlp.layers import Qualifier as Qualifier
from extractor.nlp.layers import Side as Side


def text_hash(text: str) -> str:
    """Content hash of an article text (whitespace-normalized, so re-wrapping is no change)."""
    normalized = " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def claim_id(article_id: str, start: int, end: int) -> str:
    """Stable id: the same article and span always give the same id."""
    return hashlib.sha1(f"{article_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


# Where an article's publication date came from, most trusted first.
DateSource = Literal["json-ld", "meta", "markup", "feed", "given"]


class Article(BaseModel):
    """One news article: its text and the metadata dates are resolved against."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    published_source: DateSource | None = Field(
        default=None,
        description="where `published` came from: json-ld, meta (tags), markup (the page's "
        "visible dates, read by htmldate), feed (the feed entry), given (the user or meta.jsonl)",
    )
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
    low: float | None = Field(
        description="lower bound implied by qualifier and precision; null: none"
    )
    high: float | None = Field(
        description="upper bound implied by qualifier and precision; null: none"
    )
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


# --- Audit findings ------------------------------------------------------------------

Verdict = Literal["scale_error", "conflict", "part_whole", "arithmetic"]
Severity = Literal["high", "medium", "low"]
ClaimRole = Literal[
    "suspect", "supported", "disputed", "part", "whole", "share", "stated", "operand"
]

VERDICTS: tuple[str, ...] = Verdict.__args__  # type: ignore[attr-defined]


class FactKey(BaseModel):
    """What a group of comparable claims is about: metric, side, scope, unit and period."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    metric: Metric
    side: Side | None = None
    asset: str | None = None
    venue: str | None = None
    unit: str
    period_start: date | None = None
    period_end: date | None = None


class FindingClaim(BaseModel):
    """A claim as a finding cites it: where it stands, what it says and who published it."""

    model_config = ConfigDict(extra="forbid")

    claim_id: str
    article_id: str
    quote: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    value: float
    unit: str
    low: float | None
    high: float | None
    qualifier: Qualifier
    sentence: str
    quote_offset: int | None = Field(
        default=None, description="where the quote starts in sentence; null: not found there"
    )
    publisher: str | None = None
    published: datetime | None = None
    url: str | None = None
    source_group: str = Field(description="independent source; syndicated copies share it")
    role: ClaimRole


class Finding(BaseModel):
    """Figures about the same fact that cannot all be true, with a verdict in plain words."""

    model_config = ConfigDict(extra="forbid")

    id: str
    verdict: Verdict
    severity: Severity
    confidence: float = Field(ge=0, le=1)
    explanation: str
    fact: FactKey
    claims: list[FindingClaim] = Field(min_length=2)
    supported_value: float | None = Field(
        default=None, description="the value the other sources support; null: sources split"
    )
    supported_quote: str | None = Field(
        default=None, description="the best-backed figure as written, e.g. '$2.65 billion'"
    )
    spread_low: float | None = Field(
        default=None, description="lowest value the supporting sources' readings allow"
    )
    spread_high: float | None = Field(
        default=None, description="highest value the supporting sources' readings allow"
    )
    computed_value: float | None = Field(
        default=None, description="arithmetic: what the article's own figures compute to"
    )
    factor: float | None = Field(
        default=None, description="scale_error: the suspect value times factor is supported"
    )
    relative_difference: float | None = Field(
        default=None, description="gap between the figures beyond their precision, relative"
    )
    tolerance: float = Field(ge=0)


class Consensus(BaseModel):
    """What the independent sources agree on for one fact."""

    model_config = ConfigDict(extra="forbid")

    fact: FactKey
    value: float = Field(description="the figure most agreeing sources back, as a number")
    quote: str | None = Field(default=None, description="that figure as written")
    centre: float | None = Field(
        default=None, description="median over the agreeing independent sources"
    )
    spread_low: float | None = Field(default=None, description="lowest agreeing reading")
    spread_high: float | None = Field(default=None, description="highest agreeing reading")
    sources: int = Field(ge=1, description="independent sources stating the fact")
    agreeing: int = Field(ge=0, description="independent sources agreeing with value")
    claims: int = Field(ge=1)
    publishers: list[str] = Field(description="publishers of the agreeing sources")
    outliers: list[FindingClaim] = []
    finding_ids: list[str] = []


class AuditReport(BaseModel):
    """The result of one audit run: findings most severe first, and consensus per fact."""

    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(ge=0)
    articles: int = Field(ge=0)
    claims: int = Field(ge=0)
    sources: int = Field(ge=0)
    findings: list[Finding]
    findings_total: int | None = Field(
        default=None, ge=0, description="findings before the list was cut to the most severe"
    )
    consensus: list[Consensus]
    extractor_version: str = __version__
