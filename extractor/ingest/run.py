"""One ingestion run: feeds → links → pages → articles and claims → store.

Feeds, then pages, are fetched by worker threads, one host per worker at a time so the
per-host pacing holds, while this thread extracts claims and writes to the store (one
transaction per article). Every failure is recorded with its URL, stage, reason and HTTP
status, and the run goes on; a failure of the store itself stops the workers and the run.

Kill safety: a page's validators are saved with its article, and a feed's validators
only once every entry of the feed was handled and the feed was read whole, so a run
killed at any point and started again re-reads the feed and skips (304) exactly the
pages already stored. Hosts skipped for the run (a huge Retry-After or Crawl-delay, a
run of failures) and an exhausted time budget are part of the report.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from extractor.errors import FetchError, InputError
from extractor.ingest.feeds import Feed, parse_feed
from extractor.ingest.http import FetchConfig, Fetcher, FetchResult
from extractor.ingest.pages import PageFailure, PageResult, PageTask, failure_stage, fetch_page
from extractor.ingest.robots import RobotsPolicy
from extractor.ingest.urls import canonicalize, host_key
from extractor.models import Article, Claim
from extractor.progress import Progress, Silent
from extractor.store import Failure, Store, Validators

Extract = Callable[[Article], list[Claim]]
T = TypeVar("T")
R = TypeVar("R")
RETRY_NEXT_RUN = frozenset({"fetch", "extract", "skipped", "budget"})


def extract_claims(article: Article) -> list[Claim]:
    """The project's claim extraction (imported here: spaCy loads only when needed)."""
    from extractor.claims import extract_article

    return extract_article(article)


@dataclass
class RunReport:
    """Counts of a run, its failures, the hosts it skipped and its time."""

    run_id: int
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # stored without a publication date
    skipped_hosts: dict[str, str] = field(default_factory=dict)
    budget: float | None = None
    budget_spent: bool = False
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    elapsed: float = 0.0

    @property
    def succeeded(self) -> bool:
        """True when anything was read (stored, unchanged, copy or not modified)."""
        done = ("stored", "updated", "unchanged", "duplicate", "not_modified", "feeds_read")
        return any(self.counts[key] for key in (*done, "feeds_not_modified")) or not self.failures

    def lines(self) -> list[str]:
        """A short human summary: totals, skipped hosts, the budget, one line per failure."""
        c = self.counts
        head = (
            f"feeds: read {c['feeds_read']}, not modified {c['feeds_not_modified']}; "
            f"pages: stored {c['stored']}, updated {c['updated']}, unchanged {c['unchanged']}, "
            f"syndicated copies {c['duplicate']}, not modified {c['not_modified']}; "
            f"claims stored {c['claims']}; failed {len(self.failures)}"
        )
        lines = [head]
        if self.budget_spent:
            lines.append(
                f"time budget of {self.budget:g} s exceeded after {self.elapsed:.0f} s: "
                f"{c['not_fetched']} pages left for the next run"
            )
        lines += [f"skipped host {host}: {why}" for host, why in sorted(self.skipped_hosts.items())]
        lines += [
            f"  {f.stage:<10} {f.url}: {f.reason}" + (f" (HTTP {f.status})" if f.status else "")
            for f in self.failures
        ]
        return [*lines, *self.undated_lines()]

    def stored_lines(self, what: str) -> list[str]:
        """The counts of a run over files (``what``: files or pages), then its failures."""
        c = self.counts
        head = (
            f"{what}: stored {c['stored']}, updated {c['updated']}, unchanged {c['unchanged']}, "
            f"syndicated copies {c['duplicate']}; claims stored {c['claims']}; "
            f"failed {len(self.failures)}"
        )
        return [head, *(f"  {f.stage:<10} {f.url}: {f.reason}" for f in self.failures)]

    def fail(self, store: Store, where: str, stage: str, reason: str) -> None:
        """Record a failure of this run, in the report and in the store."""
        failure = Failure(self.run_id, where, stage, reason, None)
        self.failures.append(failure)
        store.record_failure(failure)

    def take(self, store: Store, article: Article, extract: Extract | None, where: str) -> None:
        """Store an article read from a file (with its claims unless ``extract`` is None)
        and count what became of it; an extraction that raises is that article's failure
        (named by ``where``), not the run's."""
        try:
            claims = extract(article) if extract else []
        except Exception as exc:  # one article's extraction bug must not end the run
            self.fail(store, where, "extract", f"{type(exc).__name__}: {exc}")
            return
        saved = store.save_article(article, claims, extracted=extract is not None)
        self.counts[saved.outcome] += 1
        if saved.outcome in ("stored", "updated"):
            self.counts["claims"] += len(claims)
            if article.published is None:
                self.undated.append(article.url or article.id)

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
    if failure.stage not in RETRY_NEXT_RUN:
        return False
    status = failure.status
    return status is None or status >= 500 or status in (408, 425, 429)


@dataclass(frozen=True)
class _FeedRead:
    """What fetching and parsing one feed gave: a result, or the failure to record."""

    feed: str
    known: Validators
    fetched: FetchResult | None = None
    parsed: Feed | None = None
    failure: PageFailure | None = None


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
        self.progress = progress or Silent()
        self.report = RunReport(0)
        self._retry_feeds: set[str] = set()

    def run(self, feeds: Sequence[str], urls: Sequence[str]) -> RunReport:
        """Read ``feeds`` and ``urls`` into the store; return counts and failures."""
        self.report = RunReport(self.store.start_run(), budget=self.config.run_budget)
        started = time.monotonic()
        with Fetcher(self.config) as fetcher:
            robots = RobotsPolicy(fetcher)
            feed_tasks, feed_validators = self._read_feeds(fetcher, robots, feeds)
            tasks = self._dedupe([*feed_tasks, *(PageTask(url) for url in urls)])
            self.progress.phase("pages", len(tasks))
            self._fetch_pages(fetcher, robots, tasks)
            self.report.skipped_hosts = fetcher.pacer.skipped()
            self.report.budget_spent = fetcher.budget_spent or bool(self.report.counts["budget"])
        for host, why in sorted(self.report.skipped_hosts.items()):
            self._fail(host, "skipped-host", why)
        for feed, validators in feed_validators.items():
            if feed not in self._retry_feeds:
                self.store.save_validators(feed, validators)
        self.report.elapsed = time.monotonic() - started
        summary = {**self.report.counts, "failed": len(self.report.failures)}
        self.store.finish_run(self.report.run_id, summary)
        return self.report

    def _fail(self, url: str, stage: str, reason: str, status: int | None = None) -> None:
        failure = Failure(self.report.run_id, url, stage, reason, status)
        self.report.failures.append(failure)
        self.store.record_failure(failure)
        if stage == "budget":
            self.report.counts["not_fetched"] += 1

    # --- feeds ----------------------------------------------------------------------

    def _read_feeds(
        self, fetcher: Fetcher, robots: RobotsPolicy, feeds: Sequence[str]
    ) -> tuple[list[PageTask], dict[str, Validators]]:
        """Every feed fetched and parsed by the workers (per-host politeness holds)."""
        unique = list(dict.fromkeys(feeds))
        known = {feed: self.store.validators(feed) or Validators() for feed in unique}
        self.progress.phase("feeds", len(unique))
        tasks: list[PageTask] = []
        validators: dict[str, Validators] = {}

        def read(feed: str) -> _FeedRead:
            return _read_feed(fetcher, robots, feed, known[feed])

        with closing(self._by_host(unique, lambda feed: feed, read)) as results:
            for result in results:
                page_tasks = self._feed_done(result)
                if page_tasks is not None and result.fetched is not None:
                    tasks.extend(page_tasks)
                    fetched = result.fetched
                    validators[result.feed] = Validators(fetched.etag, fetched.last_modified)
        return tasks, validators

    def _feed_done(self, read: _FeedRead) -> list[PageTask] | None:
        """Record what a feed gave; its page tasks, or None when not modified or failed."""
        feed = read.feed
        if read.failure is not None:
            self._fail(feed, read.failure.stage, read.failure.reason, read.failure.status)
            self.progress.advance(feed, "failed")
            return None
        if read.fetched is not None and read.fetched.not_modified:
            self.report.counts["feeds_not_modified"] += 1
            self.progress.advance(feed, "not modified")
            return None
        parsed = read.parsed
        assert parsed is not None  # a read without failure has a parsed feed or a 304
        self.report.counts["feeds_read"] += 1
        self.progress.advance(feed, f"{len(parsed.entries)} entries")
        for link, reason in parsed.refused:
            self._fail(link or feed, "feed-entry", reason)
        for link, reason in parsed.undated:  # read all the same, dated by the page
            self._fail(link, "feed-date", reason)
        if parsed.problem is not None:
            # Entries of an ill-formed or cut-off feed are kept, but the feed is read
            # again next run (its validators are not saved): the rest may come then.
            self._fail(feed, "feed-problem", f"ill-formed or truncated feed: {parsed.problem}")
            self._retry_feeds.add(feed)
        return [
            PageTask(entry.url, feed, feed_published=entry.published) for entry in parsed.entries
        ]

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

        def fetch(task: PageTask) -> PageResult:
            if fetcher.budget_spent:
                budget = fetcher.config.run_budget
                reason = f"not fetched: the run's time budget of {budget:g} s is spent"
                return PageResult(task, failure=PageFailure("budget", reason))
            return _safe_fetch(fetcher, robots, task)

        with closing(self._by_host(tasks, lambda task: task.url, fetch)) as results:
            for result in results:
                self._handle(result)

    def _by_host(
        self, items: Sequence[T], url_of: Callable[[T], str], work: Callable[[T], R]
    ) -> Generator[R, None, None]:
        """``work`` on every item in worker threads, one host per worker at a time.

        Results come back in this thread as they finish. When the consumer stops (a
        store error), the workers stop too instead of fetching the rest.
        """
        by_host: dict[str, list[T]] = {}
        for item in items:
            by_host.setdefault(host_key(url_of(item)), []).append(item)
        results: queue.Queue[R] = queue.Queue(maxsize=self.workers * 2)
        stop = threading.Event()

        def run_host(host_items: list[T]) -> None:
            for item in host_items:
                if stop.is_set():
                    return
                result = work(item)
                while not stop.is_set():
                    try:
                        results.put(result, timeout=0.1)
                        break
                    except queue.Full:
                        continue

        with ThreadPoolExecutor(self.workers, thread_name_prefix="ingest") as pool:
            for host_items in by_host.values():
                pool.submit(run_host, host_items)
            try:
                for _ in range(len(items)):
                    yield results.get()
            finally:
                stop.set()  # a store error stops the run: the workers stop fetching

    def _handle(self, result: PageResult) -> None:
        task = result.task
        if result.failure is not None:
            self._page_failed(task, result.failure)
            self.progress.advance(task.url, f"failed ({result.failure.stage})")
            return
        if result.not_modified or result.page is None:
            self.report.counts["not_modified"] += 1
            self.progress.advance(task.url, "not modified")
            return
        article = result.page.article
        try:
            claims = self.extract(article) if self.extract else []
        except Exception as exc:  # one article's extraction bug must not end the run
            self._page_failed(task, PageFailure("extract", f"{type(exc).__name__}: {exc}"))
            self.progress.advance(task.url, "failed (extract)")
            return
        saved = self.store.save_article(
            article,
            claims,
            fetched_url=task.url,
            validators=result.validators,
            canonical_link=result.page.canonical_link,
            encoding=result.page.encoding,
            extracted=self.extract is not None,
        )
        self.report.counts[saved.outcome] += 1
        if result.page.cut_off is not None:  # stored, but its text may lack an end
            self._fail(task.url, "truncated", result.page.cut_off)
        if saved.outcome in ("stored", "updated"):
            self.report.counts["claims"] += len(claims)
            if article.published is None:
                self.report.undated.append(article.url or task.url)
        self.progress.advance(task.url, saved.outcome)

    def _page_failed(self, task: PageTask, failure: PageFailure) -> None:
        self._fail(task.url, failure.stage, failure.reason, failure.status)
        if task.feed and blocks_feed_cache(failure):
            self._retry_feeds.add(task.feed)


def _read_feed(fetcher: Fetcher, robots: RobotsPolicy, feed: str, known: Validators) -> _FeedRead:
    """Fetch and parse one feed in a worker; every outcome is a result, never an exception."""
    try:
        fetched = fetcher.fetch(
            feed, etag=known.etag, last_modified=known.last_modified, check=robots.check
        )
    except FetchError as exc:
        stage = failure_stage(exc, "feed")
        return _FeedRead(feed, known, failure=PageFailure(stage, exc.reason, exc.status))
    if fetched.not_modified:
        return _FeedRead(feed, known, fetched)
    try:
        parsed = parse_feed(fetched.body, fetched.final_url, fetched.content_type)
    except InputError as exc:
        reason = str(exc).removeprefix(f"{fetched.final_url}: ")
        return _FeedRead(feed, known, fetched, failure=PageFailure("feed", reason, fetched.status))
    except Exception as exc:  # a feed parser bug on one feed must not end the run
        reason = f"{type(exc).__name__}: {exc}"
        return _FeedRead(feed, known, fetched, failure=PageFailure("feed", reason, fetched.status))
    return _FeedRead(feed, known, fetched, parsed)


def _safe_fetch(fetcher: Fetcher, robots: RobotsPolicy, task: PageTask) -> PageResult:
    """fetch_page, with an unexpected error turned into a failure so no result goes missing."""
    try:
        return fetch_page(fetcher, robots, task)
    except Exception as exc:  # a parser bug on one page must not hang or end the run
        return PageResult(task, failure=PageFailure("parse", f"{type(exc).__name__}: {exc}"))
