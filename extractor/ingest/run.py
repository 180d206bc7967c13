"""One ingestion run: feeds → links → pages → articles and claims → store.

Feeds are read first (conditional GET), their links canonicalized and de-duplicated
with the ``--url`` pages; pages are fetched by worker threads, one host at a time per
worker so per-host pacing holds, while this thread extracts claims and writes to the
store (one transaction per article). Every failure is recorded with its URL, stage,
reason and HTTP status, and the run goes on.

Kill safety: a page's validators are saved with its article, and a feed's validators
only once every entry of the feed was handled, so a run killed at any point and
started again re-reads the feed and skips (304) exactly the pages already stored.
"""

from __future__ import annotations

import queue
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from extractor.errors import FetchError, InputError
from extractor.ingest.feeds import parse_feed
from extractor.ingest.http import FetchConfig, Fetcher
from extractor.ingest.pages import PageFailure, PageResult, PageTask, fetch_page
from extractor.ingest.robots import RobotsPolicy, RobotsRefusal
from extractor.ingest.urls import canonicalize, host_key
from extractor.models import Article, Claim
from extractor.store import Failure, Store, Validators

Extract = Callable[[Article], list[Claim]]


def extract_claims(article: Article) -> list[Claim]:
    """The project's claim extraction (imported here: spaCy loads only when needed)."""
    from extractor.claims import extract_article

    return extract_article(article)


class Progress(Protocol):
    """Where a run reports how far it is (a progress bar, or nothing)."""

    def start(self, total: int) -> None: ...

    def advance(self, url: str) -> None: ...


class _Silent:
    def start(self, total: int) -> None:
        pass

    def advance(self, url: str) -> None:
        pass


@dataclass
class RunReport:
    """Counts of a run and its failures."""

    run_id: int
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # stored without a publication date

    @property
    def succeeded(self) -> bool:
        """True when anything was read (stored, unchanged, copy or not modified)."""
        done = ("stored", "updated", "unchanged", "duplicate", "not_modified", "feeds_read")
        return any(self.counts[key] for key in (*done, "feeds_not_modified")) or not self.failures

    def lines(self) -> list[str]:
        """A short human summary: totals, then one line per failure."""
        c = self.counts
        head = (
            f"feeds: read {c['feeds_read']}, not modified {c['feeds_not_modified']}; "
            f"pages: stored {c['stored']}, updated {c['updated']}, unchanged {c['unchanged']}, "
            f"syndicated copies {c['duplicate']}, not modified {c['not_modified']}; "
            f"claims stored {c['claims']}; failed {len(self.failures)}"
        )
        rows = [
            f"  {f.stage:<10} {f.url}: {f.reason}" + (f" (HTTP {f.status})" if f.status else "")
            for f in self.failures
        ]
        return [head, *rows, *self.undated_lines()]

    def undated_lines(self) -> list[str]:
        """A warning naming the articles stored without a publication date, if any."""
        if not self.undated:
            return []
        head = (
            f"warning: {len(self.undated)} articles stored without a publication date "
            "(no date in the page, its feed or its metadata; relative dates in them stay "
            "unresolved):"
        )
        return [head, *(f"  {url}" for url in self.undated)]


def blocks_feed_cache(failure: PageFailure) -> bool:
    """A failure worth retrying next run (so its feed must be read again)."""
    if failure.stage not in ("fetch", "extract"):
        return False
    status = failure.status
    return status is None or status >= 500 or status in (408, 425, 429)


class IngestRun:
    """Run ingestion into a store (see the module docstring)."""

    def __init__(
        self,
        store: Store,
        config: FetchConfig | None = None,
        *,
        workers: int = 4,
        extract: Extract | None = extract_claims,
        progress: Progress | None = None,
    ) -> None:
        self.store = store
        self.config = config or FetchConfig()
        self.workers = max(1, workers)
        self.extract = extract
        self.progress = progress or _Silent()
        self.report = RunReport(0)
        self._retry_feeds: set[str] = set()

    def run(self, feeds: Sequence[str], urls: Sequence[str]) -> RunReport:
        """Read ``feeds`` and ``urls`` into the store; return counts and failures."""
        self.report = RunReport(self.store.start_run())
        with Fetcher(self.config) as fetcher:
            robots = RobotsPolicy(fetcher)
            feed_tasks, feed_validators = self._read_feeds(fetcher, robots, feeds)
            tasks = self._dedupe([*feed_tasks, *(PageTask(url) for url in urls)])
            self.progress.start(len(tasks))
            self._fetch_pages(fetcher, robots, tasks)
        for feed, validators in feed_validators.items():
            if feed not in self._retry_feeds:
                self.store.save_validators(feed, validators)
        summary = {**self.report.counts, "failed": len(self.report.failures)}
        self.store.finish_run(self.report.run_id, summary)
        return self.report

    def _fail(self, url: str, stage: str, reason: str, status: int | None = None) -> None:
        failure = Failure(self.report.run_id, url, stage, reason, status)
        self.report.failures.append(failure)
        self.store.record_failure(failure)

    # --- feeds ----------------------------------------------------------------------

    def _read_feeds(
        self, fetcher: Fetcher, robots: RobotsPolicy, feeds: Sequence[str]
    ) -> tuple[list[PageTask], dict[str, Validators]]:
        tasks: list[PageTask] = []
        validators: dict[str, Validators] = {}
        for feed in dict.fromkeys(feeds):
            read = self._read_feed(fetcher, robots, feed)
            if read is not None:
                tasks.extend(read[0])
                validators[feed] = read[1]
        return tasks, validators

    def _read_feed(
        self, fetcher: Fetcher, robots: RobotsPolicy, feed: str
    ) -> tuple[list[PageTask], Validators] | None:
        """The pages a feed lists and its validators; None when not modified or failed."""
        known = self.store.validators(feed) or Validators()
        try:
            result = fetcher.fetch(
                feed, etag=known.etag, last_modified=known.last_modified, check=robots.check
            )
            if result.not_modified:
                self.report.counts["feeds_not_modified"] += 1
                return None
            parsed = parse_feed(result.body, result.final_url, result.content_type)
        except FetchError as exc:
            stage = "robots" if isinstance(exc, RobotsRefusal) else "feed"
            self._fail(feed, stage, exc.reason, exc.status)
            return None
        except InputError as exc:
            self._fail(feed, "feed", str(exc).removeprefix(f"{result.final_url}: "))
            return None
        self.report.counts["feeds_read"] += 1
        for link, reason in parsed.refused:
            self._fail(link or feed, "feed-entry", reason)
        tasks = [
            PageTask(entry.url, feed, feed_published=entry.published) for entry in parsed.entries
        ]
        return tasks, Validators(result.etag, result.last_modified)

    def _dedupe(self, tasks: list[PageTask]) -> list[PageTask]:
        """One task per canonical URL (tracking variants collapse), with stored validators."""
        unique: dict[str, PageTask] = {}
        for task in tasks:
            try:
                url = canonicalize(task.url)
            except FetchError as exc:
                self._fail(task.url, "url", exc.reason)
                continue
            if url not in unique:
                unique[url] = PageTask(
                    url, task.feed, self.store.validators(url), task.feed_published
                )
        return list(unique.values())

    # --- pages ----------------------------------------------------------------------

    def _fetch_pages(self, fetcher: Fetcher, robots: RobotsPolicy, tasks: list[PageTask]) -> None:
        """Workers fetch and parse (one host each at a time); this thread stores."""
        by_host: dict[str, list[PageTask]] = {}
        for task in tasks:
            by_host.setdefault(host_key(task.url), []).append(task)
        results: queue.Queue[PageResult] = queue.Queue(maxsize=self.workers * 2)
        stop = threading.Event()

        def work(host_tasks: list[PageTask]) -> None:
            for task in host_tasks:
                result = _safe_fetch(fetcher, robots, task)
                while not stop.is_set():
                    try:
                        results.put(result, timeout=0.1)
                        break
                    except queue.Full:
                        continue

        with ThreadPoolExecutor(self.workers, thread_name_prefix="ingest") as pool:
            for host_tasks in by_host.values():
                pool.submit(work, host_tasks)
            try:
                for _ in range(len(tasks)):
                    self._handle(results.get())
            finally:
                stop.set()  # a store error stops the run; let the workers drain out

    def _handle(self, result: PageResult) -> None:
        task = result.task
        self.progress.advance(task.url)
        if result.failure is not None:
            self._page_failed(task, result.failure)
            return
        if result.not_modified or result.page is None:
            self.report.counts["not_modified"] += 1
            return
        article = result.page.article
        try:
            claims = self.extract(article) if self.extract else []
        except Exception as exc:  # one article's extraction bug must not end the run
            self._page_failed(task, PageFailure("extract", f"{type(exc).__name__}: {exc}"))
            return
        saved = self.store.save_article(
            article,
            claims,
            fetched_url=task.url,
            validators=result.validators,
            canonical_link=result.page.canonical_link,
        )
        self.report.counts[saved.outcome] += 1
        if saved.outcome in ("stored", "updated"):
            self.report.counts["claims"] += len(claims)
            if article.published is None:
                self.report.undated.append(article.url or task.url)

    def _page_failed(self, task: PageTask, failure: PageFailure) -> None:
        self._fail(task.url, failure.stage, failure.reason, failure.status)
        if task.feed and blocks_feed_cache(failure):
            self._retry_feeds.add(task.feed)


def _safe_fetch(fetcher: Fetcher, robots: RobotsPolicy, task: PageTask) -> PageResult:
    """fetch_page, with an unexpected error turned into a failure so no result goes missing."""
    try:
        return fetch_page(fetcher, robots, task)
    except Exception as exc:  # a parser bug on one page must not hang or end the run
        return PageResult(task, failure=PageFailure("parse", f"{type(exc).__name__}: {exc}"))
