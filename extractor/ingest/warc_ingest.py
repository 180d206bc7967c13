"""``ingest --warc``: the pages of web archives into the store, like fetched pages.

Each kept page's article goes through :meth:`Store.save_article` with its claims, one
transaction per article, so the identity rules of fetched pages hold (the same page again
changes nothing, the same text at another URL is a syndicated copy). A damaged record or
a page without article text is a failure of the run (stage ``warc`` or ``parse``, its
file and offset named), and the reading goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractor.corpus import ArticleError
from extractor.ingest.page_filter import PageFilter
from extractor.ingest.run import Extract, RunReport
from extractor.ingest.warc import DamagedRecord, WarcStats, read_articles
from extractor.store import Failure, Store


@dataclass
class WarcReport(RunReport):
    """The counts of a run over archives, and what the reader saw."""

    stats: WarcStats = field(default_factory=WarcStats)

    def lines(self) -> list[str]:
        c = self.counts
        head = (
            f"pages: stored {c['stored']}, updated {c['updated']}, unchanged {c['unchanged']}, "
            f"syndicated copies {c['duplicate']}; claims stored {c['claims']}; "
            f"failed {len(self.failures)}"
        )
        rows = [f"  {f.stage:<10} {f.url}: {f.reason}" for f in self.failures]
        return [self.stats.line(), head, *rows]


def ingest_warcs(
    store: Store,
    paths: Sequence[Path],
    extract: Extract | None,
    page_filter: PageFilter | None = None,
) -> WarcReport:
    """Store the kept pages of ``paths`` (with their claims unless ``extract`` is None)."""
    report = WarcReport(store.start_run())
    for item in read_articles(paths, page_filter, report.stats):
        if isinstance(item, ArticleError):
            stage = "warc" if isinstance(item, DamagedRecord) else "parse"
            _fail(store, report, item.where, stage, item.reason)
            continue
        try:
            claims = extract(item) if extract else []
        except Exception as exc:  # one article's extraction bug must not end the run
            _fail(store, report, item.url or item.id, "extract", f"{type(exc).__name__}: {exc}")
            continue
        saved = store.save_article(item, claims)
        report.counts[saved.outcome] += 1
        if saved.outcome in ("stored", "updated"):
            report.counts["claims"] += len(claims)
    store.finish_run(report.run_id, {**report.counts, "failed": len(report.failures)})
    return report


def _fail(store: Store, report: RunReport, where: str, stage: str, reason: str) -> None:
    failure = Failure(report.run_id, where, stage, reason, None)
    report.failures.append(failure)
    store.record_failure(failure)
