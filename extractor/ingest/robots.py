"""robots.txt: protego parses the rules; the RFC 9309 status policy is ours.

- 2xx: the rules apply (the first ``max_bytes`` are parsed; RFC 9309 asks for 500 KiB);
- 4xx (other than 429): no usable robots.txt, everything is allowed;
- 429 or 5xx: everything on that origin is disallowed (a robots.txt refusal);
- a timeout or an unreachable host: nothing on that origin is fetched either, and the
  failure says the host is unreachable (it is not a robots.txt verdict);
- a ``Crawl-delay`` for us sets the host's delay; one over ``max_crawl_delay`` skips the
  host for the run (the fetcher's pacer keeps the reason for the run's report).

Answers are cached per origin for ``ttl`` seconds (RFC 9309: at most 24 hours).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

from extractor.errors import FetchError
from extractor.ingest.http import ROBOTS_TOKEN, BudgetSpent, Fetcher, SkippedHost
from extractor.ingest.urls import host_key, origin

ROBOTS_MAX_BYTES = 500 * 1024


class RobotsRefusal(FetchError):
    """robots.txt (or its absence under RFC 9309) does not let us fetch a URL."""


@dataclass(frozen=True)
class _Rules:
    """A parsed robots.txt, or a blanket verdict with its reason."""

    parser: Protego | None
    allow_all: bool
    reason: str
    fetched_at: float
    blocked: bool = False  # the origin itself is refused by the address policy or unreachable
    skipped: bool = False  # the host is skipped for the run (an excessive Crawl-delay)


class RobotsPolicy:
    """Decide whether a URL may be fetched; :meth:`check` raises FetchError if not."""

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        ttl: float = 24 * 3600,
        max_bytes: int = ROBOTS_MAX_BYTES,
        max_crawl_delay: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetcher = fetcher
        self._ttl = ttl
        self._max_bytes = max_bytes
        self._max_crawl_delay = max_crawl_delay
        self._clock = clock
        self._cache: dict[str, _Rules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def check(self, url: str) -> None:
        """Raise RobotsRefusal(url, reason) when robots.txt does not let us fetch ``url``."""
        rules = self._rules(origin(url))
        if rules.parser is not None:
            if not rules.parser.can_fetch(url, ROBOTS_TOKEN):
                raise RobotsRefusal(url, "disallowed by robots.txt")
        elif rules.skipped:
            raise SkippedHost(url, f"{host_key(url)} is skipped for this run: {rules.reason}")
        elif rules.blocked:
            raise FetchError(url, rules.reason)
        elif not rules.allow_all:
            raise RobotsRefusal(url, rules.reason)

    def _rules(self, site: str) -> _Rules:
        with self._guard:
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:  # one robots.txt fetch per origin, however many workers ask
            cached = self._cache.get(site)
            if cached is None or self._clock() - cached.fetched_at > self._ttl:
                cached = self._cache[site] = self._load(site)
            return cached

    def _load(self, site: str) -> _Rules:
        now = self._clock()
        try:
            result = self._fetcher.fetch(
                f"{site}/robots.txt", max_bytes=self._max_bytes, truncate=True
            )
        except (BudgetSpent, SkippedHost):
            raise  # not a verdict about the site: nothing is cached
        except FetchError as exc:
            if exc.reason.startswith("blocked:"):
                return _Rules(None, False, exc.reason, now, blocked=True)
            status = exc.status
            if status is None:
                reason = f"{site} is unreachable ({exc.reason}); nothing on it is fetched"
                return _Rules(None, False, reason, now, blocked=True)
            if 400 <= status < 500 and status != 429:
                return _Rules(None, True, f"robots.txt answered {status}", now)
            reason = f"robots.txt unavailable ({exc.reason}); RFC 9309 says disallow"
            return _Rules(None, False, reason, now)
        parser = Protego.parse(result.body.decode("utf-8", errors="replace"))
        return self._with_delay(site, parser, now)

    def _with_delay(self, site: str, parser: Protego, now: float) -> _Rules:
        delay = parser.crawl_delay(ROBOTS_TOKEN)
        if delay is None:
            return _Rules(parser, False, "", now)
        if delay > self._max_crawl_delay:
            reason = f"robots.txt Crawl-delay {delay:g} s exceeds {self._max_crawl_delay:g} s"
            self._fetcher.pacer.skip(host_key(site), reason)
            return _Rules(None, False, reason, now, skipped=True)
        self._fetcher.pacer.set_delay(host_key(site), delay)
        return _Rules(parser, False, "", now)
