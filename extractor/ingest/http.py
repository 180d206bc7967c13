"""Fetch one URL politely and within limits; every failure is a :class:`FetchError`.

What a request promises (httpx alone gives per-operation timeouts and no size cap):

- only http(s); every connection, redirect hops included, goes through the address
  guard (``netguard``); redirects are followed by hand, capped, loop-checked and each hop
  re-checked (scheme, address, and the caller's ``check`` such as robots.txt);
- connect and read timeouts, plus a total deadline for the request and its redirects;
- a body cap enforced on the wire and again after decompression, which we do ourselves
  in bounded steps so a gzip bomb never expands past the cap in memory; a
  ``Content-Length`` over the cap is refused before reading;
- retries with jittered exponential backoff on 429/5xx, timeouts and broken
  connections, honouring ``Retry-After`` (seconds or HTTP date) up to a cap; a partial
  body is never returned;
- conditional GET with ``If-None-Match`` / ``If-Modified-Since``; 304 is a result.
"""

from __future__ import annotations

import random
import ssl
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urljoin

import httpx

from extractor import __version__
from extractor.errors import FetchError
from extractor.ingest.netguard import (
    BlockedAddress,
    GuardedBackend,
    Resolver,
    guarded_transport,
    system_resolver,
)
from extractor.ingest.pacing import HostPacer, HostSkipped
from extractor.ingest.urls import IPNetwork, check_scheme, host_key

USER_AGENT = f"cryptoclaims/{__version__} (news figure auditor; polite crawler; obeys robots.txt)"
ROBOTS_TOKEN = "cryptoclaims"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
BLOCK = 64 * 1024  # decompression step: memory per step stays near this size


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
        self.pacer = HostPacer(cfg.host_delay, cfg.breaker, sleep=sleep)
        backend = GuardedBackend(cfg.allow_private, cfg.allowed_networks, resolver)
        self._client = httpx.Client(
            transport=guarded_transport(backend),
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
        """Defer the host for the next attempt, or give up with the final reason."""
        cfg = self.config
        if exc.retry_after is not None and exc.retry_after > cfg.retry_after_cap:
            self.pacer.defer(exc.host, exc.retry_after)
            reason = f"{exc.reason}; Retry-After {exc.retry_after:.0f} s exceeds the cap"
            raise FetchError(url, reason, exc.status)
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
        """One request and its redirects, within the total deadline."""
        deadline = time.monotonic() + self.config.deadline
        current, seen = url, {urldefrag(url)[0]}
        for _hop in range(self.config.max_redirects + 1):
            if check is not None:
                check(current)
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
            current = location
        raise FetchError(url, f"more than {self.config.max_redirects} redirects")

    def _send(
        self, url: str, current: str, headers: dict[str, str], deadline: float
    ) -> httpx.Response:
        """Send one GET (paced per host) and return the streaming response."""
        host = host_key(current)
        try:
            self.pacer.wait(host)
        except HostSkipped as exc:
            raise FetchError(url, str(exc)) from None
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
            raise _network_failure(url, host, exc) from None
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
        body, cut = _read_body(url, host_key(current), response, deadline, limit, truncate)
        return FetchResult(url, current, status, headers, body, cut)


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
    url: str, host: str, response: httpx.Response, deadline: float, limit: int, truncate: bool
) -> tuple[bytes, bool]:
    """The decoded body, capped (on the wire and decoded) and within the deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit and not truncate:
        raise FetchError(url, f"Content-Length {int(declared):,} exceeds the {limit:,}-byte cap")
    decoder = _Decoder(url, response.headers.get("content-encoding", ""))
    parts: list[bytes] = []
    size = wire = 0
    try:
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
    except httpx.HTTPError as exc:
        raise _network_failure(url, host, exc) from None
    return b"".join(parts), False


class _Decoder:
    """Content-Encoding removal in bounded steps (gzip and deflate, stacked in any order)."""

    def __init__(self, url: str, header: str) -> None:
        self._url = url
        codings = [c.strip().lower() for c in header.split(",") if c.strip()]
        self._layers = [self._layer(c) for c in reversed(codings) if c != "identity"]

    def _layer(self, coding: str) -> zlib._Decompress:
        if coding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        if coding == "deflate":
            return zlib.decompressobj(zlib.MAX_WBITS)
        raise FetchError(self._url, f"unsupported Content-Encoding {coding!r}")

    def feed(self, data: bytes) -> Iterator[bytes]:
        pieces: Iterator[bytes] = iter([data])
        for layer in self._layers:
            pieces = self._through(layer, pieces)
        yield from pieces

    def _through(self, layer: zlib._Decompress, pieces: Iterator[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            data = piece
            while True:
                try:
                    out = layer.decompress(data, BLOCK)
                except zlib.error as exc:
                    raise FetchError(self._url, f"corrupt compressed body: {exc}") from None
                if out:
                    yield out
                data = layer.unconsumed_tail
                if not data and len(out) < BLOCK:
                    break  # input used up and no output pending
