"""The daily loop as one call: ingest, extract what is new, audit what is new.

One cycle holds the store's run lock (``store_lock``) from start to end, so a second
cycle started meanwhile (an overlapping cron job) gives up with StoreBusy instead of
fetching the same pages. Ingestion stores articles without claims; the articles whose
claims are still to be extracted (new, changed, or stored by ``ingest --no-claims``)
are then extracted in worker processes; the audit covers the whole store but reports
only the findings that involve an article stored since the cycle began.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from extractor.audit.records import ArticleInfo
from extractor.corpus import ArticleError
from extractor.ingest.http import FetchConfig
from extractor.ingest.run import IngestRun, RunReport
from extractor.ingest.summary import ingest_summary
from extractor.models import AuditReport, Finding
from extractor.progress import Progress
from extractor.store import Store
from extractor.store_lock import StoreLock
from extractor.summaries import AuditSummary, RunSummary


@dataclass(frozen=True)
class CycleResult:
    """What one cycle did: the ingest report, extraction counts, the audit of what is new."""

    since: datetime
    ingest: RunReport
    extracted: int
    claims: int
    extract_failures: list[ArticleError]
    audit: AuditReport
    elapsed: float

    def summary(self, exit_code: int) -> RunSummary:
        verdicts = Counter(f.verdict for f in self.audit.findings)
        return RunSummary(
            started=self.since,
            elapsed_seconds=round(self.elapsed, 3),
            since=self.since,
            ingest=ingest_summary(self.ingest),
            extracted_articles=self.extracted,
            extracted_claims=self.claims,
            audit=AuditSummary(
                articles=self.audit.articles,
                claims=self.audit.claims,
                findings=len(self.audit.findings),
                by_verdict=dict(sorted(verdicts.items())),
            ),
            exit_code=exit_code,
        )


def run_cycle(
    db: Path,
    feeds: list[str],
    config: FetchConfig,
    *,
    workers: int = 4,
    extract_workers: int = 1,
    lock_wait: float = 0.0,
    progress: Progress | None = None,
    tolerance: float = 0.05,
) -> CycleResult:
    """One cycle on the store at ``db`` (see the module docstring)."""
    started = time.monotonic()
    since = datetime.now(UTC)
    with StoreLock(db, wait=lock_wait), Store(db) as store:
        runner = IngestRun(store, config, workers=workers, extract=None, progress=progress)
        report = runner.run(feeds, [])
        extracted, claims, failures = extract_pending(store, extract_workers, progress)
        audited = audit_since(store, since, tolerance)
    return CycleResult(
        since, report, extracted, claims, failures, audited, time.monotonic() - started
    )


def extract_pending(
    store: Store, workers: int = 1, progress: Progress | None = None
) -> tuple[int, int, list[ArticleError]]:
    """Extract the claims of every stored article that has none extracted yet.

    Returns (articles extracted, claims stored, articles that failed).
    """
    from extractor.claims import extract_many

    pending = store.unextracted_articles()
    if progress is not None:
        progress.phase("extract", len(pending))
    done = claims = 0
    failures: list[ArticleError] = []
    for article, result in zip(pending, extract_many(pending, workers=workers), strict=True):
        if isinstance(result, ArticleError):
            failures.append(result)
            outcome = "failed"
        else:
            store.save_claims(article.id, result)
            done += 1
            claims += len(result)
            outcome = f"{len(result)} claims"
        if progress is not None:
            progress.advance(article.id, outcome)
    return done, claims, failures


def audit_since(store: Store, since: datetime, tolerance: float = 0.05) -> AuditReport:
    """The audit of the whole store, keeping what involves articles stored since ``since``."""
    from extractor.audit import AuditSettings, audit

    articles = {a.id: ArticleInfo.from_article(a) for a in store.articles()}
    report = audit(store.claims(), articles, AuditSettings(tolerance=tolerance))
    return restrict_to_articles(report, store.article_ids_stored_since(since))


def restrict_to_articles(report: AuditReport, article_ids: set[str]) -> AuditReport:
    """The findings citing one of ``article_ids``, and the consensus rows of their facts."""
    findings = [f for f in report.findings if _cites(f, article_ids)]
    kept = {f.id for f in findings}
    consensus = [
        c
        for c in report.consensus
        if kept.intersection(c.finding_ids) or any(o.article_id in article_ids for o in c.outliers)
    ]
    return report.model_copy(update={"findings": findings, "consensus": consensus})


def _cites(finding: Finding, article_ids: set[str]) -> bool:
    return any(claim.article_id in article_ids for claim in finding.claims)
