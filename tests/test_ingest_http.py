"""Fetching under faults, against servers on 127.0.0.1 started by the tests.

Every fault must end as a FetchError with a reason (never a partial body), with a
bounded number of attempts; waits are recorded through an injected ``sleep`` so the
tests check Retry-After and backoff without waiting.
"""

from __future__ import annotations

import tracemalloc
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from ingest_servers import (
    SelfSignedTLSServer,
    drip,
    endless,
    free_port,
    gzip_bomb,
    huge_content_length,
    loopback_config,
    never_answer,
    reset_mid_body,
    short_body,
)

from extractor.errors import FetchError
from extractor.ingest.http import Fetcher, parse_retry_after
from extractor.ingest.urls import parse_networks

FAST = loopback_config()
PAGE = b"<html><body><p>Bitcoin rose 3% to $97,400, CoinGlass data show.</p></body></html>"


@pytest.fixture
def fetcher(sleeps):
    with Fetcher(FAST, sleep=sleeps.append) as client:
        yield client


RAW_FAULTS = [
    # path, behaviour, reason pattern, requests the server sees
    ("/never", never_answer, r"ReadTimeout.*after 3 attempts", 3),
    ("/drip", drip, r"total deadline exceeded", 1),
    ("/short", short_body, r"RemoteProtocolError.*after 3 attempts", 3),
    ("/reset", reset_mid_body, r"(ReadError|RemoteProtocolError).*after 3 attempts", 3),
    ("/huge", huge_content_length, r"Content-Length 10,737,418,240 exceeds", 1),
    ("/endless", endless, r"body exceeds the 1,000,000-byte cap", 1),
]


@pytest.mark.parametrize(("path", "behaviour", "reason", "hits"), RAW_FAULTS)
def test_byte_level_fault_is_a_fetch_error_after_bounded_attempts(
    raw, fetcher, path, behaviour, reason, hits
):
    raw.routes[path] = behaviour
    with pytest.raises(FetchError, match=reason) as caught:
        fetcher.fetch(raw.url(path))
    assert caught.value.url == raw.url(path)
    assert raw.hits[path] == hits


@pytest.mark.parametrize("layers", [1, 2])
def test_gzip_bomb_stops_at_the_cap_with_bounded_memory(raw, fetcher, layers):
    raw.routes["/bomb"] = gzip_bomb(layers)  # 64 MiB of zeros behind ~64 KiB on the wire
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="body exceeds the 1,000,000-byte cap"):
            fetcher.fetch(raw.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_small_gzip_body_is_decoded(raw, fetcher):
    raw.routes["/small"] = gzip_bomb(1, size=200_000)
    assert fetcher.fetch(raw.url("/small")).body == b"\0" * 200_000


def test_connection_refused_is_retried_then_recorded(fetcher, sleeps):
    url = f"http://127.0.0.1:{free_port()}/feed.xml"
    with pytest.raises(FetchError, match=r"ConnectError.*after 3 attempts"):
        fetcher.fetch(url)
    assert len(sleeps) == 2  # a backoff before each retry


def test_500_then_200_returns_the_second_answer(web, fetcher):
    web.expect_ordered_request("/p").respond_with_data("oops", status=500)
    web.expect_ordered_request("/p").respond_with_data(PAGE, content_type="text/html")
    result = fetcher.fetch(web.url_for("/p"))
    assert (result.status, result.body) == (200, PAGE)
    assert len(web.log) == 2


def test_5xx_every_time_gives_up_after_retries(web, fetcher):
    web.expect_request("/down").respond_with_data("busy", status=503)
    with pytest.raises(FetchError, match="server answered 503") as caught:
        fetcher.fetch(web.url_for("/down"))
    assert caught.value.status == 503
    assert len(web.log) == 3


def test_429_retry_after_is_honoured(web, fetcher, sleeps):
    web.expect_ordered_request("/p").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "2"}
    )
    web.expect_ordered_request("/p").respond_with_data(PAGE)
    assert fetcher.fetch(web.url_for("/p")).body == PAGE
    assert max(sleeps) == pytest.approx(2, abs=0.2)


def test_retry_after_over_the_cap_fails_fast_and_spares_other_hosts(web, fetcher, sleeps):
    web.expect_request("/p").respond_with_data("later", status=429, headers={"Retry-After": "3600"})
    web.expect_request("/other").respond_with_data(PAGE)
    with pytest.raises(FetchError, match="Retry-After 3600 s exceeds the 5 s cap") as caught:
        fetcher.fetch(web.url_for("/p"))
    assert caught.value.status == 429
    assert len(web.log) == 1
    # the host is skipped for the run: no wait, no request
    with pytest.raises(FetchError, match=r"127\.0\.0\.1 is skipped for this run: Retry-After 3600"):
        fetcher.fetch(web.url_for("/p"))
    assert len(web.log) == 1
    assert fetcher.pacer.skipped() == {"127.0.0.1": "Retry-After 3600 s exceeds the 5 s cap"}
    # same server reached by another host name: no wait inherited from 127.0.0.1
    other = web.url_for("/other").replace("127.0.0.1", "localhost")
    assert fetcher.fetch(other).body == PAGE
    assert sleeps == []


def test_breaker_skips_a_host_after_consecutive_failures(web, sleeps):
    web.expect_request("/down").respond_with_data("busy", status=500)
    config = replace(FAST, retries=0, breaker=3)
    with Fetcher(config, sleep=sleeps.append) as client:
        for _ in range(3):
            with pytest.raises(FetchError, match="server answered 500"):
                client.fetch(web.url_for("/down"))
        with pytest.raises(FetchError, match="skipped for this run: 3 consecutive failures"):
            client.fetch(web.url_for("/down"))
    assert len(web.log) == 3


def test_redirect_loop_is_stopped(web, fetcher):
    web.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    web.expect_request("/b").respond_with_data("", status=301, headers={"Location": "/a"})
    with pytest.raises(FetchError, match=r"redirect loop at .*/a"):
        fetcher.fetch(web.url_for("/a"))
    assert len(web.log) == 2


def test_long_redirect_chain_is_capped(web, fetcher):
    for hop in range(25):
        web.expect_request(f"/r{hop}").respond_with_data(
            "", status=307, headers={"Location": f"/r{hop + 1}"}
        )
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.fetch(web.url_for("/r0"))
    assert len(web.log) == 6


def test_redirect_is_followed_and_each_hop_checked(web, fetcher):
    web.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    web.expect_request("/new").respond_with_data(PAGE)
    seen = []
    result = fetcher.fetch(web.url_for("/old"), check=seen.append)
    assert result.final_url == web.url_for("/new")
    assert seen == [web.url_for("/old"), web.url_for("/new")]


PRIVATE_TARGETS = [
    "http://127.0.0.2:{port}/canary",
    "http://[::ffff:127.0.0.2]:{port}/canary",
    "http://2130706434:{port}/canary",
    "http://0x7f.0.0.2:{port}/canary",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:{port}/canary",
    "http://10.0.0.8:{port}/canary",
]


@pytest.mark.parametrize("target", PRIVATE_TARGETS)
def test_redirect_to_private_address_is_blocked(web, fetcher, canary, target):
    location = target.format(port=canary.port)
    web.expect_request("/go").respond_with_data("", status=302, headers={"Location": location})
    with pytest.raises(FetchError, match=r"blocked: .* resolves to non-public address"):
        fetcher.fetch(web.url_for("/go"))
    assert canary.hits["/canary"] == 0


def test_canary_is_reachable_when_its_address_is_allowed(web, canary, sleeps):
    location = f"http://127.0.0.2:{canary.port}/canary"
    web.expect_request("/go").respond_with_data("", status=302, headers={"Location": location})
    config = replace(FAST, allowed_networks=parse_networks(["127.0.0.0/8"]))
    with Fetcher(config, sleep=sleeps.append) as client:
        assert client.fetch(web.url_for("/go")).body == b"ok"
    assert canary.hits["/canary"] == 1


def test_private_target_is_blocked_without_allow_flag(web, sleeps):
    web.expect_request("/p").respond_with_data(PAGE)
    config = replace(FAST, allowed_networks=())
    with (
        Fetcher(config, sleep=sleeps.append) as client,
        pytest.raises(FetchError, match=r"blocked: 127\.0\.0\.1 resolves to non-public"),
    ):
        client.fetch(web.url_for("/p"))
    assert web.log == []


def test_dns_is_resolved_once_and_the_checked_address_is_used(web, canary, sleeps):
    """A resolver whose answer flips (rebinding) cannot steer the connection to the canary."""
    answers = [["127.0.0.1"], ["127.0.0.2"]]
    calls = []

    def flipping(host, port):
        calls.append(host)
        return answers[min(len(calls) - 1, 1)]

    web.expect_request("/p").respond_with_data(PAGE)
    # one attempt with room to spare: under load a 0.3 s timeout made a retry, and the
    # retry's own (legitimate) second lookup met the flipped answer
    patient = replace(FAST, retries=0, connect_timeout=5.0, read_timeout=5.0, deadline=10.0)
    with Fetcher(patient, resolver=flipping, sleep=sleeps.append) as client:
        url = f"http://news.example:{web.port}/p"
        assert client.fetch(url).body == PAGE
    assert calls == ["news.example"]
    assert web.log[0][0].headers["Host"] == f"news.example:{web.port}"
    assert canary.hits == {}


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "gopher://127.0.0.1:70/", "data:text/html,<p>1</p>", "ftp://x/"]
)
def test_non_http_schemes_are_refused_before_any_connection(fetcher, url):
    with pytest.raises(FetchError, match="is not http or https"):
        fetcher.fetch(url)


def test_redirect_to_file_scheme_is_refused(web, fetcher):
    web.expect_request("/p").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"}
    )
    with pytest.raises(FetchError, match="scheme 'file' is not http or https"):
        fetcher.fetch(web.url_for("/p"))


def test_oversized_body_is_refused_by_content_length(web, fetcher):
    web.expect_request("/big").respond_with_data(b"a" * 2_000_000)
    with pytest.raises(FetchError, match="Content-Length 2,000,000 exceeds"):
        fetcher.fetch(web.url_for("/big"))


def test_truncate_cuts_at_the_cap_instead_of_failing(web, fetcher):
    web.expect_request("/robots.txt").respond_with_data(b"#" * 2_000_000)
    result = fetcher.fetch(web.url_for("/robots.txt"), max_bytes=500_000, truncate=True)
    assert (len(result.body), result.truncated) == (500_000, True)


def test_conditional_get_sends_validators_and_returns_304(web, fetcher):
    validators = {"If-None-Match": '"abc"', "If-Modified-Since": "Sat, 07 Feb 2026 10:20:00 GMT"}
    web.expect_request("/feed.xml", headers=validators).respond_with_data("", status=304)
    result = fetcher.fetch(
        web.url_for("/feed.xml"), etag='"abc"', last_modified=validators["If-Modified-Since"]
    )
    assert result.not_modified
    assert result.body == b""


def test_user_agent_is_honest(web, fetcher):
    web.expect_request("/p").respond_with_data(PAGE)
    fetcher.fetch(web.url_for("/p"))
    assert web.log[0][0].headers["User-Agent"].startswith("cryptoclaims/")


@pytest.mark.parametrize(
    ("header", "expected"),
    [("120", 120.0), ("0", 0.0), (" 7 ", 7.0), ("soon", None), ("-5", None), (None, None)],
)
def test_retry_after_in_seconds(header, expected):
    assert parse_retry_after(header) == expected


@pytest.mark.parametrize(("offset", "expected"), [(90, 90.0), (-86400, 0.0)])
def test_retry_after_as_http_date(offset, expected):
    header = format_datetime(datetime.now(UTC) + timedelta(seconds=offset), usegmt=True)
    assert parse_retry_after(header) == pytest.approx(expected, abs=2)


def test_self_signed_tls_is_a_hard_failure_without_insecure_retry(fetcher):
    """A certificate no trusted CA signed: one handshake, no retry, no CERT_NONE fallback."""
    server = SelfSignedTLSServer()
    try:
        with pytest.raises(FetchError, match="TLS certificate rejected"):
            fetcher.fetch(server.url("/feed.xml"))
    finally:
        server.close()
    assert server.handshakes == 1
