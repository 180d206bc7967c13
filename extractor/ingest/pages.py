"""One page: robots check, conditional fetch, HTML → Article. Runs in worker threads.

Every outcome is a :class:`PageResult`: an article, "not modified", or a failure with
its stage (``robots``, ``skipped``, ``budget``, ``fetch``, ``parse``), reason and HTTP status.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from extractor.errors import ExtractionError, FetchError
from extractor.ingest.html import ParsedPage, parse_page
from extractor.ingest.http import BudgetSpent, Fetcher, FetchResult, SkippedHost
from extractor.ingest.robots import RobotsPolicy, RobotsRefusal
from extractor.store import Validators

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class PageTask:
    """A page to fetch: its canonical URL, the feed that listed it (and the date the feed
    gives it), its last validators."""

    url: str
    feed: str | None = None
    validators: Validators | None = None
    feed_published: datetime | None = None


@dataclass(frozen=True)
class PageFailure:
    """Why a page was not stored."""

    stage: str
    reason: str
    status: int | None = None


@dataclass(frozen=True)
class PageResult:
    """What fetching and parsing one page gave."""

    task: PageTask
    fetched: FetchResult | None = None
    page: ParsedPage | None = None
    failure: PageFailure | None = None

    @property
    def not_modified(self) -> bool:
        return self.fetched is not None and self.fetched.not_modified

    @property
    def validators(self) -> Validators | None:
        if self.fetched is None:
            return None
        return Validators(self.fetched.etag, self.fetched.last_modified)


def failure_stage(exc: FetchError, default: str = "fetch") -> str:
    """The stage a fetch failure is recorded under: robots, skipped, budget, or ``default``."""
    if isinstance(exc, RobotsRefusal):
        return "robots"
    if isinstance(exc, SkippedHost):
        return "skipped"
    if isinstance(exc, BudgetSpent):
        return "budget"
    return default


def fetch_page(fetcher: Fetcher, robots: RobotsPolicy, task: PageTask) -> PageResult:
    """Fetch (conditionally) and parse one page; failures are results, not exceptions."""
    known = task.validators or Validators()
    try:
        fetched = fetcher.fetch(
            task.url, etag=known.etag, last_modified=known.last_modified, check=robots.check
        )
    except FetchError as exc:
        return PageResult(task, failure=PageFailure(failure_stage(exc), exc.reason, exc.status))
    if fetched.not_modified:
        return PageResult(task, fetched)
    kind = (fetched.content_type or "text/html").split(";")[0].strip().lower()
    if kind not in HTML_TYPES:
        reason = f"not an HTML page (Content-Type {kind})"
        return PageResult(task, fetched, failure=PageFailure("parse", reason, fetched.status))
    try:
        page = parse_page(fetched.body, fetched.final_url, content_type=fetched.content_type)
    except ExtractionError as exc:
        reason = str(exc).removeprefix(f"{fetched.final_url}: ")
        return PageResult(task, fetched, failure=PageFailure("parse", reason, fetched.status))
    return PageResult(task, fetched, with_feed_date(page, task.feed_published))


def with_feed_date(page: ParsedPage, published: datetime | None) -> ParsedPage:
    """The page, dated by its feed entry when the page itself states no date."""
    if page.article.published is not None or published is None:
        return page
    dated = page.article.model_copy(update={"published": published, "published_source": "feed"})
    return replace(page, article=dated)
