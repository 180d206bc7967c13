"""Machine-readable run summaries: ``ingest --json``, ``extract --json-summary``, ``run --json``.

Each is a pydantic model with a JSON Schema committed under ``schemas/`` (``make
schemas``), so scripts can rely on the shape. Times are UTC, durations in seconds.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, NonNegativeFloat, NonNegativeInt


class _Summary(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FailureRecord(_Summary):
    """One thing that failed (a feed, page, host, article) and why."""

    where: str = Field(description="URL, host, file:line or article id")
    stage: str = Field(
        description="feed, feed-entry, feed-date, feed-problem, robots, fetch, parse, "
        "extract, truncated, skipped, skipped-host, budget, url, read"
    )
    reason: str
    status: int | None = Field(default=None, description="HTTP status, when there was one")


class SkippedHost(_Summary):
    """A host skipped for the rest of a run (huge Retry-After or Crawl-delay, failures)."""

    host: str
    reason: str


class FeedCounts(_Summary):
    read: NonNegativeInt = 0
    not_modified: NonNegativeInt = 0


class PageCounts(_Summary):
    stored: NonNegativeInt = 0
    updated: NonNegativeInt = 0
    unchanged: NonNegativeInt = 0
    duplicate: NonNegativeInt = Field(default=0, description="syndicated copies of stored text")
    not_modified: NonNegativeInt = 0
    not_fetched: NonNegativeInt = Field(default=0, description="left when the budget ran out")


class IngestSummary(_Summary):
    """What one ``ingest`` run did (``cryptoclaims ingest --json``)."""

    command: str = "ingest"
    run_id: NonNegativeInt
    started: datetime
    elapsed_seconds: NonNegativeFloat
    budget_seconds: NonNegativeFloat | None = None
    budget_exceeded: bool = False
    feeds: FeedCounts
    pages: PageCounts
    claims_stored: NonNegativeInt
    skipped_hosts: list[SkippedHost]
    failures: list[FailureRecord]
    succeeded: bool = Field(description="something could be read (exit status 0)")


class ExtractSummary(_Summary):
    """What one ``extract`` run did (``cryptoclaims extract --json-summary FILE``)."""

    command: str = "extract"
    started: datetime
    elapsed_seconds: NonNegativeFloat
    articles: NonNegativeInt = Field(description="articles extracted")
    claims: NonNegativeInt
    failed: NonNegativeInt
    failures: list[FailureRecord]
    succeeded: bool = Field(description="at least one article extracted, or nothing to do")


class AuditSummary(_Summary):
    """The audit step of a daily ``run``."""

    articles: NonNegativeInt
    claims: NonNegativeInt
    findings: NonNegativeInt
    by_verdict: dict[str, NonNegativeInt]


class RunSummary(_Summary):
    """One cycle of ``cryptoclaims run``: ingest, extract what is new, audit what is new."""

    command: str = "run"
    started: datetime
    elapsed_seconds: NonNegativeFloat
    since: datetime = Field(description="the audit covers articles stored from this time on")
    ingest: IngestSummary
    extracted_articles: NonNegativeInt
    extracted_claims: NonNegativeInt
    audit: AuditSummary
    exit_code: NonNegativeInt
