"""Bounded waiting and complete bodies, fetch by fetch, against servers on 127.0.0.1.

Rows of the reliability matrix (``../shared/RELIABILITY.md``) at the fetch level: response
headers trickled in (31), a gzip body cut mid-stream and a multi-member gzip (32), a huge
Retry-After (33), the deadline checked before any sleep, the run budget, and the address
policy's edges (--allow-private and metadata addresses, IPv6 forms, bad ports).
"""

from __future__ import annotations

import gzip
import ipaddress
import time
from dataclasses import replace

import pytest
from ingest_servers import gzip_cut, gzip_members, loopback_config, trickle_headers

from extractor.errors import FetchError
from extractor.ingest import netguard
from extractor.ingest.decoding import Decoder
from extractor.ingest.http import BudgetSpent, Fetcher
from extractor.ingest.pacing import HostPacer, HostSkipped, WaitTooLong
from extractor.ingest.urls import address_allowed, is_public, parse_networks

FAST = loopback_config(read_timeout=0.5, deadline=1.5)
ARTICLE = (
    b"<html><head><title>Bitcoin liquidations top $2.65 billion</title></head><body>"
    + b"<p>More than $2.65 billion of leveraged positions were liquidated on Thursday, "
    + b"CoinGlass data show, as bitcoin slid below $70,000.</p>" * 40
    + b"</body></html>"
)


@pytest.fixture
def fetcher(sleeps):
    with Fetcher(FAST, sleep=sleeps.append) as client:
        yield client


# --- row 31: the total deadline holds while headers trickle in ---------------------------


def test_trickled_headers_are_cut_by_the_total_deadline(raw, fetcher):
    raw.routes["/slow"] = trickle_headers(every=0.1)  # each byte well inside read_timeout
    started = time.monotonic()
    with pytest.raises(FetchError, match="total deadline exceeded"):
        fetcher.fetch(raw.url("/slow"))
    elapsed = time.monotonic() - started
    assert elapsed < FAST.deadline + 1.0
    assert raw.hits["/slow"] == 1  # a deadline is final: not retried


# --- row 32: a cut-off gzip body is a failure; every gzip member is read ----------------


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_gzip_body_cut_mid_stream_is_a_failure_not_a_short_article(raw, fetcher, keep):
    raw.routes["/cut"] = gzip_cut(ARTICLE, keep)
    with pytest.raises(FetchError, match="compressed body ends before its stream does"):
        fetcher.fetch(raw.url("/cut"))


def test_gzip_body_missing_only_its_trailer_is_a_failure(raw, fetcher):
    packed = gzip.compress(ARTICLE)
    raw.routes["/no-trailer"] = lambda conn, stop: conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s"
        % (len(packed) - 8, packed[:-8])
    )
    with pytest.raises(FetchError, match="cut off"):
        fetcher.fetch(raw.url("/no-trailer"))


def test_multi_member_gzip_is_decoded_whole(raw, fetcher):
    first, second = ARTICLE[:1000], ARTICLE[1000:]
    raw.routes["/two"] = gzip_members(first, second)
    assert fetcher.fetch(raw.url("/two")).body == ARTICLE


def test_padding_after_the_last_gzip_member_is_ignored(raw, fetcher):
    raw.routes["/padded"] = gzip_members(ARTICLE, padding=b"\0" * 512)
    assert fetcher.fetch(raw.url("/padded")).body == ARTICLE


def test_members_arriving_byte_by_byte_decode_the_same():
    packed = gzip.compress(ARTICLE[:700]) + gzip.compress(ARTICLE[700:]) + b"\0\0"
    decoder = Decoder("gzip", lambda why: FetchError("http://news.example/a", why))
    out = b"".join(piece for i in range(len(packed)) for piece in decoder.feed(packed[i : i + 1]))
    decoder.finish()
    assert out == ARTICLE


# --- row 33 and bounded waiting ----------------------------------------------------------


def test_huge_retry_after_skips_the_host_without_waiting(web, fetcher, sleeps):
    later = {"Retry-After": "86400"}
    web.expect_request("/a").respond_with_data("later", status=503, headers=later)
    web.expect_request("/b").respond_with_data(ARTICLE, content_type="text/html")
    started = time.monotonic()
    with pytest.raises(FetchError, match="Retry-After 86400 s exceeds the 5 s cap"):
        fetcher.fetch(web.url_for("/a"))
    with pytest.raises(FetchError, match="skipped for this run"):
        fetcher.fetch(web.url_for("/b"))
    assert time.monotonic() - started < 2
    assert sleeps == []
    assert [request.path for request, _ in web.log] == ["/a"]
    assert "Retry-After 86400" in fetcher.pacer.skipped()["127.0.0.1"]


def test_wait_for_a_host_is_checked_against_the_deadline_before_sleeping():
    now = [1000.0]
    slept: list[float] = []
    pacer = HostPacer(1.0, clock=lambda: now[0], sleep=slept.append, max_wait=120)
    pacer.defer("news.example", 100)
    with pytest.raises(WaitTooLong, match="may start in 100 s"):
        pacer.wait("news.example", deadline=now[0] + 60)
    assert slept == []
    pacer.wait("news.example", deadline=now[0] + 200)
    assert slept == [100]


def test_deferral_is_capped_and_skips_are_reported():
    slept: list[float] = []
    pacer = HostPacer(0.0, clock=lambda: 0.0, sleep=slept.append, max_wait=30)
    pacer.defer("a.example", 86400)
    pacer.wait("a.example")
    assert slept == [30]
    pacer.skip("b.example", "robots.txt Crawl-delay 3600 s exceeds 30 s")
    with pytest.raises(HostSkipped, match=r"b\.example is skipped for this run: robots\.txt"):
        pacer.wait("b.example")
    assert pacer.skipped() == {"b.example": "robots.txt Crawl-delay 3600 s exceeds 30 s"}


def test_retry_after_inside_the_cap_but_past_the_run_budget_is_not_waited_for(web, sleeps):
    web.expect_request("/p").respond_with_data("busy", status=429, headers={"Retry-After": "4"})
    config = replace(FAST, run_budget=1.0)
    with Fetcher(config, sleep=sleeps.append) as client:
        with pytest.raises(BudgetSpent, match="time budget of 1 s is spent"):
            client.fetch(web.url_for("/p"))
        assert sleeps == []
        assert len(web.log) == 1


def test_a_request_never_outlives_the_run_budget(raw, sleeps):
    raw.routes["/slow"] = trickle_headers(every=0.05)
    config = replace(FAST, deadline=30.0, read_timeout=5.0, run_budget=0.8)
    started = time.monotonic()
    with Fetcher(config, sleep=sleeps.append) as client:
        with pytest.raises(BudgetSpent):
            client.fetch(raw.url("/slow"))
        assert client.budget_spent
        with pytest.raises(BudgetSpent):
            client.fetch(raw.url("/other"))
    assert time.monotonic() - started < 2.5
    assert raw.hits["/other"] == 0


# --- addresses: --allow-private, metadata, IPv6 forms, ports ------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "::127.0.0.1",  # IPv4-compatible
        "::ffff:0:127.0.0.1",  # IPv4-translated
        "64:ff9b:1::7f00:1",  # local-use NAT64
        "::ffff:0:10.0.0.1",
        "::169.254.169.254",
    ],
)
def test_rare_ipv6_forms_of_private_ipv4_are_not_public(address):
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["::8.8.8.8", "::ffff:0:8.8.8.8", "64:ff9b::808:808"])
def test_the_same_forms_of_public_ipv4_stay_public(address):
    assert is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("127.0.0.1", True),
        ("10.0.0.8", True),
        ("169.254.169.254", False),
        ("::ffff:169.254.169.254", False),
        ("fe80::1", False),
        ("fd00:ec2::254", False),
        ("100.100.100.200", False),
    ],
)
def test_allow_private_never_opens_metadata_addresses(address, allowed):
    assert address_allowed(ipaddress.ip_address(address), True) is allowed


def test_metadata_address_is_reachable_only_when_listed_on_purpose():
    networks = parse_networks(["169.254.169.254"])
    assert address_allowed(ipaddress.ip_address("169.254.169.254"), False, networks)


def test_with_allow_private_a_public_page_still_cannot_redirect_into_private_space(
    web, canary, sleeps, monkeypatch
):
    """127.0.0.1 plays a public news site; its redirect to 127.0.0.2 is an SSRF pivot."""
    real = netguard.is_public
    monkeypatch.setattr(netguard, "is_public", lambda a: str(a) == "127.0.0.1" or real(a))
    target = f"http://127.0.0.2:{canary.port}/canary"
    web.expect_request("/go").respond_with_data("", status=302, headers={"Location": target})
    config = replace(FAST, allow_private=True, allowed_networks=())
    with Fetcher(config, sleep=sleeps.append) as client:
        with pytest.raises(FetchError, match="blocked: redirect from a public host"):
            client.fetch(web.url_for("/go"))
        assert client.fetch(target).body == b"ok"  # asked for directly, it is allowed
    assert canary.hits["/canary"] == 1


def test_with_allow_private_a_redirect_to_cloud_metadata_is_blocked(web, sleeps):
    target = "http://169.254.169.254/latest/meta-data/"
    web.expect_request("/go").respond_with_data("", status=302, headers={"Location": target})
    config = replace(FAST, allow_private=True, allowed_networks=())
    with (
        Fetcher(config, sleep=sleeps.append) as client,
        pytest.raises(FetchError, match=r"169\.254\.169\.254 resolves to non-public address"),
    ):
        client.fetch(web.url_for("/go"))


def test_loopback_refusal_says_how_to_allow_it(web, sleeps):
    web.expect_request("/p").respond_with_data(ARTICLE)
    with (
        Fetcher(replace(FAST, allowed_networks=()), sleep=sleeps.append) as client,
        pytest.raises(FetchError, match=r"non-public address 127\.0\.0\.1 \(pass --allow-private"),
    ):
        client.fetch(web.url_for("/p"))
    assert web.log == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:99999/feed.xml",
        "http://127.0.0.1:-1/feed.xml",
        "http://127.0.0.1:8a/feed.xml",
        "http://[::1",
        "http://[::1/feed.xml",
    ],
)
def test_bad_ports_and_broken_ipv6_hosts_are_refused_before_connecting(fetcher, url):
    with pytest.raises(FetchError, match="invalid URL"):
        fetcher.fetch(url)


def test_a_retry_after_inside_the_cap_is_waited_for_outside_the_request_deadline(web):
    """Retry-After 2 s with a 1 s deadline: the wait for the host is not the request's
    time (it used to end as a misleading 'total deadline exceeded')."""
    web.expect_ordered_request("/p").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "2"}
    )
    web.expect_ordered_request("/p").respond_with_data(ARTICLE, content_type="text/html")
    config = replace(FAST, deadline=1.0)
    started = time.monotonic()
    with Fetcher(config) as client:
        assert client.fetch(web.url_for("/p")).body == ARTICLE
    assert 1.8 < time.monotonic() - started < 10
