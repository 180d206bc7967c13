"""Connect only to addresses the policy allows, and only to the address that was checked.

The guard sits where httpcore opens TCP connections, so it sees every connection,
including each redirect hop. It resolves the host once, refuses the connection when any
resolved address is non-public (unless allowed), and connects to the checked address:
a DNS answer that changes between a check and the connect (rebinding) cannot slip
through. TLS still verifies the certificate against the original host name.

Every stream it opens also keeps the caller's total deadline (:func:`total_deadline`):
each read, write and TLS handshake gets at most the time left, so a server that
trickles its response headers one byte at a time cannot hold a request past it (httpx
only has per-operation timeouts, which every byte resets).
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from extractor.ingest.urls import IPAddress, IPNetwork, address_allowed, is_metadata, is_public

Resolver = Callable[[str, int], list[str]]
DEADLINE_EXCEEDED = "total deadline exceeded"
_DEADLINE: ContextVar[float | None] = ContextVar("fetch_deadline", default=None)


@contextmanager
def total_deadline(at: float) -> Iterator[None]:
    """Bound every network operation in this block to end by ``at`` (``time.monotonic``)."""
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _bounded(timeout: float | None) -> float | None:
    """``timeout`` cut to the time left before the deadline; ReadTimeout once it passed."""
    at = _DEADLINE.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout(DEADLINE_EXCEEDED)
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the current total deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, _bounded(timeout))
        except httpcore.ReadTimeout:
            _bounded(0.0)  # the deadline, not the read timeout, when it has passed
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


_ALLOW_HINT = " (pass --allow-private to fetch from a local or private server)"


class BlockedAddress(Exception):
    """A connection the address policy refuses (private, loopback, link-local, ...)."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (numeric forms such as ``2130706433`` included)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class GuardedBackend(httpcore.NetworkBackend):
    """A network backend that applies the address policy before each TCP connect."""

    def __init__(
        self,
        allow_private: bool,
        allowed_networks: tuple[IPNetwork, ...] = (),
        resolver: Resolver = system_resolver,
    ) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._allowed = allowed_networks
        self._resolver = resolver
        self._public: dict[tuple[str, int], bool] = {}

    def checked_addresses(
        self, host: str, port: int, *, allow_private: bool | None = None
    ) -> list[str]:
        """Every address of ``host``, or BlockedAddress if the policy refuses any of them.

        ``allow_private=False`` applies the strict policy whatever the backend allows (a
        redirect from a public page may not lead into a private network).
        """
        private_ok = self._allow_private if allow_private is None else allow_private
        try:
            answers = self._resolver(host.strip("[]"), port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses: list[IPAddress] = [ipaddress.ip_address(a.split("%")[0]) for a in answers]
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}: no addresses")
        for address in addresses:
            if not address_allowed(address, private_ok, self._allowed):
                raise BlockedAddress(
                    f"{host} resolves to non-public address {address}"
                    + ("" if self._allow_private or is_metadata(address) else _ALLOW_HINT)
                )
        self._public[(host.strip("[]").lower(), port)] = all(is_public(a) for a in addresses)
        return [str(address) for address in addresses]

    def is_public_origin(self, host: str, port: int) -> bool:
        """Whether ``host:port`` was found public when connected (unknown: assume public)."""
        return self._public.get((host.strip("[]").lower(), port), True)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        """Open a TCP connection to the first checked address of ``host`` that answers."""
        error: Exception | None = None
        for address in self.checked_addresses(host, port):
            try:
                stream = self._inner.connect_tcp(
                    address, port, _bounded(timeout), local_address, socket_options
                )
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None  # checked_addresses never returns an empty list
        raise error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        """Unix sockets are never a fetch target."""
        raise BlockedAddress(f"unix socket {path} refused")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guarded_transport(backend: GuardedBackend) -> httpx.HTTPTransport:
    """An httpx transport whose connections all go through ``backend``."""
    transport = httpx.HTTPTransport(retries=0)
    # httpx does not expose httpcore's network_backend; the pool reads this attribute
    # each time it opens a connection, so setting it routes every connect through us.
    transport._pool._network_backend = backend
    return transport
