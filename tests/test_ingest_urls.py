"""Canonical URLs and the address policy."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.errors import FetchError
from extractor.ingest.urls import address_allowed, canonicalize, host_key, is_public, parse_networks

CANONICAL = [
    (
        "https://www.CoinDesk.example/markets/2026/02/06/btc/?utm_source=rss&utm_medium=feed",
        "https://www.coindesk.example/markets/2026/02/06/btc/",
    ),
    ("HTTPS://news.example:443/a?b=2&a=1#comments", "https://news.example/a?a=1&b=2"),
    ("http://news.example:8080/a?fbclid=IwAR0&id=7", "http://news.example:8080/a?id=7"),
    ("https://news.example/story/amp/", "https://news.example/story/"),
    ("https://news.example/story/amp", "https://news.example/story"),
    ("https://news.example/story?amp=1&outputType=amp", "https://news.example/story"),
    ("https://news.example/a/./b/../c", "https://news.example/a/c"),
    ("https://news.example", "https://news.example/"),
    ("https://news.example/p?ref=twitter&gclid=x&page=2", "https://news.example/p?page=2"),
    # AMP forms of one story collapse into the regular page
    (
        "https://news.example/2026/02/06/btc-etf.amp.html",
        "https://news.example/2026/02/06/btc-etf.html",
    ),
    ("https://news.example/amp/2026/02/06/btc-etf/", "https://news.example/2026/02/06/btc-etf/"),
    ("https://news.example/amp/", "https://news.example/amp/"),  # nothing behind it: kept
    # percent-encoding normalized (w3lib): unreserved characters decoded, others upper-case
    (
        "https://news.example/caf%c3%a9/%7Eedge?q=a%20b",
        "https://news.example/caf%C3%A9/~edge?q=a+b",
    ),
]


@pytest.mark.parametrize(("url", "expected"), CANONICAL)
def test_canonical_form_drops_tracking_and_variants(url, expected):
    assert canonicalize(url) == expected


def test_relative_link_resolves_against_base():
    assert (
        canonicalize("../b?utm_campaign=x", "https://news.example/a/c") == "https://news.example/b"
    )


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "gopher://x/", "data:text/plain,1", "javascript:alert(1)", "/rel"]
)
def test_only_absolute_http_urls_are_accepted(url):
    with pytest.raises(FetchError):
        canonicalize(url)


@given(
    st.sampled_from(["http", "https"]),
    st.sampled_from(["news.example", "WWW.News.Example", "127.0.0.1:8000"]),
    st.lists(st.sampled_from(["a", "b", "amp", "..", ".", "x y", "ü"]), max_size=5),
    st.dictionaries(
        st.sampled_from(["utm_source", "id", "page", "fbclid", "q"]), st.text(max_size=5)
    ),
)
def test_canonicalize_is_idempotent(scheme, host, segments, params):
    from urllib.parse import urlencode

    url = f"{scheme}://{host}/{'/'.join(segments)}?{urlencode(params)}"
    once = canonicalize(url)
    assert canonicalize(once) == once
    assert "utm_source" not in once and "fbclid" not in once


def test_host_key_ignores_www_and_case():
    assert host_key("https://WWW.Decryptor.example/x") == host_key("http://decryptor.example:8080")


ADDRESSES = [
    ("8.8.8.8", True),
    ("2001:4860:4860::8888", True),
    ("127.0.0.1", False),
    ("10.1.2.3", False),
    ("172.16.0.1", False),
    ("192.168.1.1", False),
    ("100.64.0.1", False),  # CGNAT
    ("169.254.169.254", False),  # link-local (cloud metadata)
    ("0.0.0.0", False),
    ("::1", False),
    ("fe80::1", False),
    ("fc00::1", False),
    ("::ffff:127.0.0.1", False),  # IPv4-mapped
    ("64:ff9b::7f00:1", False),  # NAT64 of 127.0.0.1
    ("64:ff9b::808:808", True),  # NAT64 of 8.8.8.8
    ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
    ("224.0.0.1", False),  # multicast
]


@pytest.mark.parametrize(("address", "public"), ADDRESSES)
def test_public_addresses(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize(
    ("address", "allow_private", "networks", "allowed"),
    [
        ("127.0.0.1", False, [], False),
        ("127.0.0.1", True, [], True),
        ("127.0.0.1", False, ["127.0.0.1"], True),
        ("127.0.0.2", False, ["127.0.0.1"], False),
        ("10.0.0.5", False, ["10.0.0.0/8"], True),
    ],
)
def test_private_addresses_need_the_flag_or_an_allowed_network(
    address, allow_private, networks, allowed
):
    result = address_allowed(ipaddress.ip_address(address), allow_private, parse_networks(networks))
    assert result is allowed
