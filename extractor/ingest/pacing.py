"""Per-host politeness: a delay between requests, Retry-After deferrals and a breaker.

One :class:`HostPacer` is shared by every request of a run. Requests to one host start
at least ``delay`` seconds apart (a robots.txt ``Crawl-delay`` raises a host's delay), a
429/503 with ``Retry-After`` pushes that host's next slot back without touching other
hosts, and after ``breaker`` consecutive failures a host is skipped for the rest of the run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


class HostSkipped(Exception):
    """The breaker is open for a host: too many consecutive failures in this run."""


@dataclass
class _HostState:
    lock: threading.Lock
    next_start: float = 0.0
    delay: float | None = None
    failures: int = 0


class HostPacer:
    """Spacing, deferrals and failure counts per host (thread-safe)."""

    def __init__(
        self,
        delay: float,
        breaker: int = 5,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self.breaker = breaker
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, _HostState] = {}
        self._guard = threading.Lock()

    def _state(self, host: str) -> _HostState:
        with self._guard:
            return self._hosts.setdefault(host, _HostState(threading.Lock()))

    def set_delay(self, host: str, seconds: float) -> None:
        """Use ``seconds`` between requests to ``host`` when longer than the default."""
        self._state(host).delay = max(self.delay, seconds)

    def defer(self, host: str, seconds: float) -> None:
        """Start no request to ``host`` before ``seconds`` from now (Retry-After, backoff)."""
        state = self._state(host)
        with state.lock:
            state.next_start = max(state.next_start, self._clock() + seconds)

    def wait(self, host: str) -> None:
        """Block until a request to ``host`` may start; raise HostSkipped if its breaker is open."""
        state = self._state(host)
        with state.lock:
            if self.breaker and state.failures >= self.breaker:
                raise HostSkipped(f"{host}: skipped after {state.failures} consecutive failures")
            pause = state.next_start - self._clock()
            if pause > 0:
                self._sleep(pause)
            delay = self.delay if state.delay is None else state.delay
            state.next_start = self._clock() + delay

    def record(self, host: str, ok: bool) -> None:
        """Count a finished request: a success closes the breaker, a failure adds to it."""
        state = self._state(host)
        with state.lock:
            state.failures = 0 if ok else state.failures + 1
