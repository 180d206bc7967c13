"""Per-host politeness with bounded waiting: a delay between requests, deferrals, skips.

One :class:`HostPacer` is shared by every request of a run. Requests to one host start
at least ``delay`` seconds apart (a robots.txt ``Crawl-delay`` raises a host's delay), a
429/503 with ``Retry-After`` pushes that host's next slot back without touching other
hosts. No wait is unbounded: a host that asks for more than ``max_wait`` seconds, or
fails ``breaker`` times in a row, is skipped for the rest of the run with the reason
kept for the run's report, and :meth:`HostPacer.wait` refuses to sleep past a deadline
instead of sleeping first and finding out afterwards.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


class HostSkipped(Exception):
    """A host is skipped for the rest of the run (the message says why)."""


class WaitTooLong(Exception):
    """The host's next slot comes after the deadline the caller has to keep."""


@dataclass
class _HostState:
    lock: threading.Lock
    next_start: float = 0.0
    delay: float | None = None
    failures: int = 0
    skipped: str | None = None


class HostPacer:
    """Spacing, deferrals, skips and failure counts per host (thread-safe)."""

    def __init__(
        self,
        delay: float,
        breaker: int = 5,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        *,
        max_wait: float = 120.0,
    ) -> None:
        self.delay = delay
        self.breaker = breaker
        self.max_wait = max_wait
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
        """Start no request to ``host`` before ``seconds`` from now (at most ``max_wait``)."""
        state = self._state(host)
        with state.lock:
            wait = min(seconds, self.max_wait)
            state.next_start = max(state.next_start, self._clock() + wait)

    def skip(self, host: str, reason: str) -> None:
        """Fetch nothing more from ``host`` in this run (the first reason is kept)."""
        state = self._state(host)
        with state.lock:
            state.skipped = state.skipped or reason

    def skipped(self) -> dict[str, str]:
        """Hosts skipped for this run and why."""
        with self._guard:
            states = list(self._hosts.items())
        return {host: state.skipped for host, state in states if state.skipped}

    def wait(self, host: str, deadline: float | None = None) -> None:
        """Block until a request to ``host`` may start.

        Raises HostSkipped for a skipped host and WaitTooLong, without sleeping, when the
        host's next slot falls after ``deadline`` (a ``clock`` time).
        """
        state = self._state(host)
        with state.lock:
            if state.skipped:
                raise HostSkipped(f"{host} is skipped for this run: {state.skipped}")
            now = self._clock()
            pause = state.next_start - now
            if deadline is not None and now + max(pause, 0.0) > deadline:
                raise WaitTooLong(
                    f"the next request to {host} may start in {pause:.0f} s, after the deadline"
                )
            if pause > 0:
                self._sleep(pause)
            delay = self.delay if state.delay is None else state.delay
            state.next_start = self._clock() + delay

    def record(self, host: str, ok: bool) -> None:
        """Count a finished request: a success closes the breaker, a failure adds to it."""
        state = self._state(host)
        with state.lock:
            state.failures = 0 if ok else state.failures + 1
            if self.breaker and state.failures >= self.breaker and not state.skipped:
                state.skipped = f"{state.failures} consecutive failures"
