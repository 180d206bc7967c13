"""Fetch one URL politely and within limits; every failure is a :class:`FetchError`.

What a request promises (httpx alone gives per-operation timeouts and no size cap):

- only http(s); every connection, redirect hops included, goes through the address
  guard (``netguard``); redirects are followed by hand, capped, loop-checked and each hop
  re-checked (scheme, address, and the caller's ``check`` such as robots.txt);
- connect and read timeouts, plus a total deadline for the request and its redirects
  that holds from the first byte sent to the last byte read (response headers
  included: ``netguard`` bounds every socket operation by it);
- bounded waiting: the wait for a host's next slot is checked against the deadline
  before sleeping; ``Retry-After`` (seconds or HTTP date) is honoured up to a cap, and
  a host asking for more is skipped for the rest of the run; an optional run budget
  bounds every wait and request of the run;
- a body cap enforced on the wire and again after decompression, which we do ourselves
  in bounded steps so a gzip bomb never expands past the cap in memory; a
  ``Content-Length`` over the cap is refused before reading; a compressed body whose
  stream does not end is a failure (a cut-off download), and every gzip member is read;
- retries with jittered exponential backoff on 429/5xx, timeouts and broken
  connections; a partial body is never returned;
- conditional GET with ``If-None-Match`` / ``If-Modified-Since``; 304 is a result.
"""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urljoin, urlsplit

import httpcore
import httpx

from extractor import __version__
from extractor.errors import FetchError
from extractor.ingest.decoding import Decoder
from extractor.ingest.netguard import (
    DEADLINE_EXCEEDED,
    BlockedAddress,
    GuardedBackend,
    Resolver,
    guarded_transport,
    system_resolver,
    total_deadline,
)
from extractor.ingest.pacing import HostPacer, HostSkipped, WaitTooLong
from extractor.ingest.urls import DEFAULT_PORTS, IPNetwork, check_scheme, host_key

USER_AGENT = f"cryptoclaims/{__version__} (news figure auditor; polite crawler; obeys robots.txt)"
ROBOTS_TOKEN = "cryptoclaims"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchConfig:
    """Limits and politeness of every request (short values make tests fast)."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 1.0
    retry_after_cap: float = 120.0
    host_delay: float = 1.0
    breaker: int = 5
    allow_private: bool = False
    allowed_networks: tuple[IPNetwork, ...] = ()
    run_budget: float | None = None  # seconds for every request and wait of a run


class BudgetSpent(FetchError):
    """The run's time budget is spent: the URL was not (completely) fetched."""


class SkippedHost(FetchError):
    """The URL's host is skipped for the rest of the run (the reason says why)."""


@dataclass(frozen=True)
class FetchResult:
    """A complete response (or a 304): final URL, status, headers and decoded body."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncated: bool = False

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")


class _Retryable(Exception):
    """A failure worth another attempt; ``retry_after`` is the server's wish in seconds."""

    def __init__(
        self, host: str, reason: str, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(reason)
        self.host, self.reason, self.status, self.retry_after = host, reason, status, retry_after


class Fetcher:
    """A polite HTTP client for one run (share it; it keeps per-host state)."""

    def __init__(
        self,
        config: FetchConfig | None = None,
        *,
        resolver: Resolver = system_resolver,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config or FetchConfig()
        cfg = self.config
        self.pacer = HostPacer(
            cfg.host_delay, cfg.breaker, sleep=sleep, max_wait=cfg.retry_after_cap
        )
        self.started = time.monotonic()
        self.run_deadline = None if cfg.run_budget is None else self.started + cfg.run_budget
        self._backend = GuardedBackend(cfg.allow_private, cfg.allowed_networks, resolver)
        self._client = httpx.Client(
            transport=guarded_transport(self._backend),
            headers={"User-Agent": cfg.user_agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            trust_env=False,  # an environment proxy would bypass the address guard
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    @property
    def budget_spent(self) -> bool:
        """True once the run's time budget (if any) is used up."""
        return self.run_deadline is not None and time.monotonic() >= self.run_deadline

    def _budget_error(self, url: str) -> BudgetSpent:
        return BudgetSpent(
            url, f"not fetched: the run's time budget of {self.config.run_budget:g} s is spent"
        )

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        check: Callable[[str], None] | None = None,
        max_bytes: int | None = None,
        truncate: bool = False,
    ) -> FetchResult:
        """GET ``url`` with retries; raise FetchError(url, reason, status) on failure.

        ``check`` is called with each URL before it is requested (first and every redirect)
        and raises FetchError to refuse it. With ``truncate`` a body over the cap is cut
        at the cap (robots.txt) instead of failing.
        """
        check_scheme(url)
        conditional = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        headers = {k: v for k, v in conditional.items() if v}
        limit = max_bytes or self.config.max_bytes
        for attempt in range(self.config.retries + 1):
            try:
                return self._attempt(url, headers, check, limit, truncate)
            except _Retryable as exc:
                self.pacer.record(exc.host, ok=False)
                self._before_retry(url, exc, attempt)
        raise AssertionError("unreachable: the last attempt raises")  # pragma: no cover

    def _before_retry(self, url: str, exc: _Retryable, attempt: int) -> None:
        """Defer the host for the next attempt, or give up with the final reason.

        A Retry-After over the cap is not waited for: the host is skipped for the run.
        """
        cfg = self.config
        if exc.retry_after is not None and exc.retry_after > cfg.retry_after_cap:
            why = f"Retry-After {exc.retry_after:.0f} s exceeds the {cfg.retry_after_cap:g} s cap"
            self.pacer.skip(exc.host, why)
            raise FetchError(url, f"{exc.reason}; {why}; host skipped for this run", exc.status)
        if attempt >= cfg.retries:
            tries = f"{cfg.retries + 1} attempts"
            raise FetchError(url, f"{exc.reason} (after {tries})", exc.status)
        backoff = cfg.backoff * (2**attempt) * random.uniform(0.5, 1.0)
        self.pacer.defer(exc.host, exc.retry_after if exc.retry_after is not None else backoff)

    def _attempt(
        self,
        url: str,
        headers: dict[str, str],
        check: Callable[[str], None] | None,
        limit: int,
        truncate: bool,
    ) -> FetchResult:
        """One request and its redirects, within the total deadline.

        The deadline starts once the host's first slot comes (waiting in the host's
        queue is bounded by the run budget and the Retry-After cap, not by it).
        """
        current, previous, seen = url, url, {urldefrag(url)[0]}
        deadline: float | None = None
        for _hop in range(self.config.max_redirects + 1):
            if check is not None:
                check(current)
            if current is not url:
                self._check_redirect(url, previous, current)
            self._wait_turn(url, current, deadline)
            if deadline is None:
                deadline = self._request_deadline(url)
            with total_deadline(deadline):
                response = self._send(url, current, headers, deadline)
                try:
                    location = _redirect_target(current, response)
                    if location is None:
                        return self._result(url, current, response, deadline, limit, truncate)
                finally:
                    response.close()
            check_scheme(location)
            if urldefrag(location)[0] in seen:
                raise FetchError(url, f"redirect loop at {location}", response.status_code)
            seen.add(urldefrag(location)[0])
            previous, current = current, location
        raise FetchError(url, f"more than {self.config.max_redirects} redirects")

    def _request_deadline(self, url: str) -> float:
        """Now plus the per-request deadline, within the run budget."""
        deadline = time.monotonic() + self.config.deadline
        if self.run_deadline is None:
            return deadline
        if time.monotonic() >= self.run_deadline:
            raise self._budget_error(url)
        return min(deadline, self.run_deadline)

    def _wait_turn(self, url: str, current: str, deadline: float | None) -> None:
        """Wait for the host's next slot, never past the request deadline or the run budget."""
        limit = deadline if deadline is not None else self.run_deadline
        try:
            self.pacer.wait(host_key(current), limit)
        except HostSkipped as exc:
            raise SkippedHost(url, str(exc)) from None
        except WaitTooLong as exc:
            if deadline is None:
                raise self._budget_error(url) from None
            raise FetchError(url, f"{DEADLINE_EXCEEDED}: {exc}") from None

    def _check_redirect(self, url: str, previous: str, current: str) -> None:
        """With private targets allowed, a redirect from a public host still may not lead
        into a private network (an SSRF pivot); the connect checks everything else."""
        if not self.config.allow_private:
            return
        before, after = urlsplit(previous), urlsplit(current)
        before_port = before.port or DEFAULT_PORTS[before.scheme.lower()]
        if not self._backend.is_public_origin(before.hostname or "", before_port):
            return
        port = after.port or DEFAULT_PORTS[after.scheme.lower()]
        try:
            self._backend.checked_addresses(after.hostname or "", port, allow_private=False)
        except BlockedAddress as exc:
            raise FetchError(url, f"blocked: redirect from a public host: {exc}") from None
        except httpcore.ConnectError:
            pass  # unresolvable: the connect reports it

    def _send(
        self, url: str, current: str, headers: dict[str, str], deadline: float
    ) -> httpx.Response:
        """Send one GET and return the streaming response."""
        host = host_key(current)
        remaining = _remaining(url, deadline)
        cfg = self.config
        timeout = httpx.Timeout(
            connect=min(cfg.connect_timeout, remaining),
            read=min(cfg.read_timeout, remaining),
            write=min(cfg.read_timeout, remaining),
            pool=min(cfg.connect_timeout, remaining),
        )
        try:
            request = self._client.build_request("GET", current, headers=headers, timeout=timeout)
            response = self._client.send(request, stream=True)
        except BlockedAddress as exc:
            raise FetchError(url, f"blocked: {exc}") from None
        except httpx.HTTPError as exc:
            raise self._network_failure(url, host, exc) from None
        if response.status_code in RETRY_STATUSES:
            response.close()
            reason = f"server answered {response.status_code}"
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise _Retryable(host, reason, response.status_code, retry_after)
        self.pacer.record(host, ok=True)
        return response

    def _result(
        self,
        url: str,
        current: str,
        response: httpx.Response,
        deadline: float,
        limit: int,
        truncate: bool,
    ) -> FetchResult:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        if status == 304:
            return FetchResult(url, current, status, headers)
        if status >= 400 or status < 200:
            raise FetchError(url, f"server answered {status}", status)
        try:
            body, cut = _read_body(url, response, deadline, limit, truncate)
        except httpx.HTTPError as exc:
            raise self._network_failure(url, host_key(current), exc) from None
        return FetchResult(url, current, status, headers, body, cut)

    def _network_failure(self, url: str, host: str, exc: httpx.HTTPError) -> Exception:
        """Map an httpx error: the deadline, bad URLs and certificates are final, other
        network errors retryable."""
        if DEADLINE_EXCEEDED in str(exc):
            if self.budget_spent:
                return self._budget_error(url)
            return FetchError(url, DEADLINE_EXCEEDED)
        return _network_failure(url, host, exc)


def _redirect_target(current: str, response: httpx.Response) -> str | None:
    if response.status_code not in REDIRECT_STATUSES:
        return None
    location = response.headers.get("location")
    return urljoin(current, location) if location else None


def _remaining(url: str, deadline: float) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(url, "total deadline exceeded")
    return remaining


def _network_failure(url: str, host: str, exc: httpx.HTTPError) -> Exception:
    """Map an httpx error: certificate failures are final, other network errors retryable."""
    if isinstance(exc.__context__, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY" in str(
        exc
    ):
        return FetchError(url, f"TLS certificate rejected: {exc}")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FetchError(url, f"invalid URL: {exc}")
    kind = type(exc).__name__
    return _Retryable(host, f"{kind}: {exc}" if str(exc) else kind)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _read_body(
    url: str, response: httpx.Response, deadline: float, limit: int, truncate: bool
) -> tuple[bytes, bool]:
    """The decoded body, capped (on the wire and decoded) and within the deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit and not truncate:
        raise FetchError(url, f"Content-Length {int(declared):,} exceeds the {limit:,}-byte cap")
    coding = response.headers.get("content-encoding", "")
    decoder = Decoder(coding, lambda why: FetchError(url, why))
    parts: list[bytes] = []
    size = wire = 0
    for raw in response.iter_raw():
        wire += len(raw)
        _remaining(url, deadline)
        for piece in decoder.feed(raw):
            parts.append(piece)
            size += len(piece)
            if size > limit:
                break
        if size > limit or wire > limit:
            if truncate:
                return b"".join(parts)[:limit], True
            raise FetchError(url, f"body exceeds the {limit:,}-byte cap")
    decoder.finish()
    return b"".join(parts), False
