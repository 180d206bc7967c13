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
from extractor.store import Store


@dataclass
class WarcReport(RunReport):
    """The counts of a run over archives, and what the reader saw."""

    stats: WarcStats = field(default_factory=WarcStats)

    def lines(self) -> list[str]:
        return [self.stats.line(), *self.stored_lines("pages")]


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
            report.fail(store, item.where, stage, item.reason)
        else:
            report.take(store, item, extract, item.url or item.id)
    store.finish_run(report.run_id, {**report.counts, "failed": len(report.failures)})
    return report
