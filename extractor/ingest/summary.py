"""An ingestion run's report as the ``ingest --json`` summary (``schemas/ingest-summary``)."""

from __future__ import annotations

from extractor.ingest.run import RunReport
from extractor.summaries import FailureRecord, FeedCounts, IngestSummary, PageCounts, SkippedHost


def ingest_summary(report: RunReport) -> IngestSummary:
    """The machine-readable summary of one run."""
    counts = report.counts
    pages = {name: counts[name] for name in PageCounts.model_fields}
    return IngestSummary(
        run_id=report.run_id,
        started=report.started,
        elapsed_seconds=round(report.elapsed, 3),
        budget_seconds=report.budget,
        budget_exceeded=report.budget_spent,
        feeds=FeedCounts(read=counts["feeds_read"], not_modified=counts["feeds_not_modified"]),
        pages=PageCounts(**pages),
        claims_stored=counts["claims"],
        skipped_hosts=[
            SkippedHost(host=host, reason=why) for host, why in sorted(report.skipped_hosts.items())
        ],
        failures=[
            FailureRecord(where=f.url, stage=f.stage, reason=f.reason, status=f.status)
            for f in report.failures
        ],
        succeeded=report.succeeded,
    )
