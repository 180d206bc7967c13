"""robots.txt policy (RFC 9309 statuses, Crawl-delay, size cap, caching) on 127.0.0.1."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from ingest_servers import SITE, RawServer, loopback_config, never_answer

from extractor.errors import FetchError
from extractor.ingest.http import Fetcher
from extractor.ingest.robots import RobotsPolicy, RobotsRefusal

FAST = loopback_config(retries=1, max_bytes=10 * 1024 * 1024, retry_after_cap=120.0)


@pytest.fixture
def fetcher(sleeps):
    with Fetcher(FAST, sleep=sleeps.append) as client:
        yield client


def test_site_robots_disallows_account_pages_only(web, fetcher):
    web.expect_request("/robots.txt").respond_with_data((SITE / "robots.txt").read_bytes())
    policy = RobotsPolicy(fetcher)
    policy.check(web.url_for("/bitcoin-liquidations.html"))
    with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
        policy.check(web.url_for("/account/settings"))


def test_group_for_our_token_applies(web, fetcher):
    web.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nAllow: /\n\nUser-agent: cryptoclaims\nDisallow: /\n"
    )
    with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
        RobotsPolicy(fetcher).check(web.url_for("/news/1"))


STATUSES = [
    # robots.txt status → may we fetch? (RFC 9309: 4xx allow, 5xx disallow; 429 is not "gone")
    (404, True),
    (403, True),
    (410, True),
    (429, False),
    (500, False),
    (503, False),
]


@pytest.mark.parametrize(("status", "allowed"), STATUSES)
def test_robots_status_policy(web, fetcher, status, allowed):
    web.expect_request("/robots.txt").respond_with_data("", status=status)
    policy = RobotsPolicy(fetcher)
    if allowed:
        policy.check(web.url_for("/news/1"))
    else:
        with pytest.raises(FetchError, match=rf"robots\.txt unavailable .*{status}"):
            policy.check(web.url_for("/news/1"))


def test_unreachable_robots_disallows():
    raw = RawServer()
    raw.routes["/robots.txt"] = never_answer
    try:
        with (
            Fetcher(replace(FAST, retries=0)) as client,
            pytest.raises(
                FetchError, match=r"127\.0\.0\.1:\d+ is unreachable .*ReadTimeout"
            ) as caught,
        ):
            RobotsPolicy(client).check(raw.url("/news/1"))
        assert not isinstance(caught.value, RobotsRefusal)  # not a robots.txt verdict
    finally:
        raw.close()


def test_huge_robots_is_parsed_up_to_the_cap(web, fetcher):
    body = "User-agent: *\nDisallow: /secret/\n" + "#" * 5_000_000 + "\nDisallow: /late/\n"
    web.expect_request("/robots.txt").respond_with_data(body)
    policy = RobotsPolicy(fetcher)
    with pytest.raises(FetchError, match="disallowed"):
        policy.check(web.url_for("/secret/a"))
    policy.check(web.url_for("/late/a"))  # past the first 500 KiB: not read


def test_excessive_crawl_delay_skips_the_host(web, fetcher):
    web.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 3600\n")
    with pytest.raises(FetchError, match=r"skipped for this run: robots\.txt Crawl-delay 3600 s"):
        RobotsPolicy(fetcher).check(web.url_for("/news/1"))
    assert fetcher.pacer.skipped() == {"127.0.0.1": "robots.txt Crawl-delay 3600 s exceeds 30 s"}
    with pytest.raises(FetchError, match="skipped for this run"):
        fetcher.fetch(web.url_for("/news/2"))  # no request reaches the host
    assert [request.path for request, _ in web.log] == ["/robots.txt"]


def test_crawl_delay_spaces_requests_to_the_host(web, fetcher, sleeps):
    web.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 2\n")
    web.expect_request("/p").respond_with_data("<p>ok</p>")
    policy = RobotsPolicy(fetcher)
    started = time.monotonic()
    for _ in range(2):
        fetcher.fetch(web.url_for("/p"), check=policy.check)
    elapsed = time.monotonic() - started
    # the second request waits what is left of 2 s after the first one's start: the time the
    # first took (long on a loaded machine) is not waited again, so no fixed margin holds
    assert len(sleeps) == 1
    assert 2 - elapsed <= sleeps[0] <= 2 + 1e-6  # 1e-6: float rounding of clock readings


def test_robots_is_fetched_once_per_origin(web, fetcher):
    web.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /x/\n")
    policy = RobotsPolicy(fetcher)
    for path in ("/a", "/b", "/c"):
        policy.check(web.url_for(path))
    assert [request.path for request, _ in web.log] == ["/robots.txt"]


def test_cache_expires_after_ttl(web, fetcher):
    now = [0.0]
    web.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow:\n")
    policy = RobotsPolicy(fetcher, ttl=60, clock=lambda: now[0])
    policy.check(web.url_for("/a"))
    now[0] = 61.0
    policy.check(web.url_for("/b"))
    assert len(web.log) == 2
