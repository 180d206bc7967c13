"""Connect only to addresses the policy allows, and only to the address that was checked.

The guard sits where httpcore opens TCP connections, so it sees every connection,
including each redirect hop. It resolves the host once, refuses the connection when any
resolved address is non-public (unless allowed), and connects to the checked address:
a DNS answer that changes between a check and the connect (rebinding) cannot slip
through. TLS still verifies the certificate against the original host name.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

from extractor.ingest.urls import IPAddress, IPNetwork, address_allowed

Resolver = Callable[[str, int], list[str]]


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

    def checked_addresses(self, host: str, port: int) -> list[str]:
        """Every address of ``host``, or BlockedAddress if the policy refuses any of them."""
        try:
            answers = self._resolver(host.strip("[]"), port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses: list[IPAddress] = [ipaddress.ip_address(a.split("%")[0]) for a in answers]
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}: no addresses")
        for address in addresses:
            if not address_allowed(address, self._allow_private, self._allowed):
                raise BlockedAddress(f"{host} resolves to non-public address {address}")
        return [str(address) for address in addresses]

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
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
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
