"""URLs: canonical form (tracking parameters dropped) and the SSRF address policy.

The canonical URL is the store's identity of an article: the same story reached through
a feed link with ``utm_*`` parameters, an AMP variant or a mixed-case host is one row.
The address policy refuses every non-public target (loopback, private, link-local,
CGNAT, IPv4-mapped IPv6, NAT64, ...) unless private targets are explicitly allowed.
"""

from __future__ import annotations

import fnmatch
import ipaddress
from collections.abc import Iterable
from functools import cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field
from w3lib.url import canonicalize_url

from extractor.errors import FetchError
from extractor.lexicon import load

ALLOWED_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}
AMP_SUFFIX = ".amp.html"
AMP_PREFIX = "/amp/"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class TrackingParam(BaseModel):
    """A query parameter that only tracks the reader; ``*`` matches any suffix."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    param: str = Field(min_length=1)


@cache
def _tracking_patterns() -> tuple[str, ...]:
    return tuple(entry.param.lower() for entry in load("tracking_params.jsonl", TrackingParam))


def is_tracking_param(name: str) -> bool:
    """True for parameters such as ``utm_source``, ``fbclid`` or ``amp``."""
    lowered = name.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern) for pattern in _tracking_patterns())


def check_scheme(url: str) -> None:
    """Refuse anything but absolute http(s) URLs with a host and a valid port.

    ``file:``, ``gopher:``, ``data:`` are refused, and so are ``http://[::1`` (a broken
    IPv6 host) and ports outside 0-65535 (httpx would silently wrap ``:99999``).
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- reading it validates the port
    except ValueError as exc:
        raise FetchError(url, f"invalid URL: {exc}") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(url, f"scheme {parts.scheme or '(none)'!r} is not http or https")
    if not parts.hostname:
        raise FetchError(url, "URL has no host")


def canonicalize(url: str, base: str | None = None) -> str:
    """The canonical form of an http(s) URL.

    w3lib's canonical form (lowercase scheme and host, percent-encoding normalized, ``.``
    and ``..`` resolved, query parameters sorted, no fragment), then without the default
    port, tracking parameters and AMP variants (``/amp/...``, ``.../amp``, ``.amp.html``).
    """
    absolute = urljoin(base, url.strip()) if base else url.strip()
    check_scheme(absolute)
    parts = urlsplit(canonicalize_url(absolute))
    scheme = parts.scheme
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = [(k, v) for k, v in query if not is_tracking_param(k)]
    return urlunsplit((scheme, netloc, _without_amp(parts.path or "/"), urlencode(kept), ""))


def _without_amp(path: str) -> str:
    """The path of the regular page behind an AMP variant (``/amp/...``, ``.../amp``,
    ``.amp.html``)."""
    while path.startswith(AMP_PREFIX) and len(path) > len(AMP_PREFIX):
        path = path[len(AMP_PREFIX) - 1 :]
    while True:  # until no AMP form is left, so that canonical forms are fixed points
        if path.endswith(AMP_SUFFIX):
            path = path[: -len(AMP_SUFFIX)] + ".html"
            continue
        suffix = next((s for s in ("/amp/", "/amp") if path.endswith(s)), None)
        if suffix is None or len(path) == len(suffix):
            return path
        path = path[: -len(suffix)] + ("/" if suffix.endswith("/") else "")


def host_key(url: str) -> str:
    """A host name for comparisons and per-host politeness (lowercase, no ``www.``).

    A URL too broken to have a host (``http://[::1``) gives "" (fetching it fails).
    """
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    return host.removeprefix("www.")


def origin(url: str) -> str:
    """``scheme://host[:port]`` of a URL: the scope of a robots.txt."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Networks from strings such as ``127.0.0.1`` or ``10.0.0.0/8``."""
    return tuple(ipaddress.ip_network(value, strict=False) for value in values)


# IPv6 forms that carry an IPv4 address in their last 32 bits: IPv4-compatible (::/96,
# deprecated), IPv4-translated (RFC 2765) and NAT64 (RFC 6052 well-known prefix).
_EMBEDDED_IPV4 = tuple(
    ipaddress.IPv6Network(net) for net in ("::/96", "::ffff:0:0:0/96", "64:ff9b::/96")
)
_LOCAL_NAT64 = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: local use only
# Never fetched even with --allow-private: link-local ranges, where cloud metadata
# services answer (169.254.169.254, fd00:ec2::254 on AWS, 100.100.100.200 on Alibaba).
METADATA_NETWORKS: tuple[IPNetwork, ...] = tuple(
    ipaddress.ip_network(net)
    for net in ("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128", "100.100.100.200/32")
)


def is_public(address: IPAddress) -> bool:
    """True when an address is globally routable (IPv4 embedded in IPv6 is unwrapped)."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_public(address.ipv4_mapped)
        if address in _LOCAL_NAT64:
            return False
        if int(address) > 1 and any(address in net for net in _EMBEDDED_IPV4):  # not ::, ::1
            return is_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if address.sixtofour is not None:
            return is_public(address.sixtofour)
    return address.is_global and not address.is_multicast


def is_metadata(address: IPAddress) -> bool:
    """True for link-local and cloud metadata addresses (IPv4 embedded in IPv6 included)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped
        if embedded is None and any(address in net for net in _EMBEDDED_IPV4):
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return is_metadata(embedded)
    return any(address in network for network in METADATA_NETWORKS)


def address_allowed(
    address: IPAddress,
    allow_private: bool,
    allowed_networks: tuple[IPNetwork, ...] = (),
) -> bool:
    """True when the policy lets a connection go to ``address``.

    Public addresses always; a network listed in ``allowed_networks`` always;
    ``allow_private`` adds loopback and private ranges but never link-local or cloud
    metadata addresses (list those in ``allowed_networks`` to reach them on purpose).
    """
    if is_public(address) or any(address in network for network in allowed_networks):
        return True
    return allow_private and not is_metadata(address)
