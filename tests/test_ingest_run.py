"""Ingestion runs against the fixture site served on 127.0.0.1, with faults injected."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from ingest_servers import RUN_LIMITS, SITE_ARTICLES, loopback_config
from werkzeug import Response

from extractor.errors import StoreError
from extractor.ingest.run import IngestRun
from extractor.store import load_articles, load_claims, load_syndication

# No test here is about timeouts, so a loaded machine gets room: a page read cut at half a
# second under load showed up as a spurious fetch failure beside the one injected.
CONFIG = loopback_config(
    **{**RUN_LIMITS, "connect_timeout": 5.0, "read_timeout": 5.0, "deadline": 10.0},
    retry_after_cap=120.0,
)
ARTICLES = SITE_ARTICLES


@pytest.fixture
def server(web):
    return web


def _run(store, feeds=(), urls=(), config=CONFIG, **kwargs):
    return IngestRun(store, config, workers=2, **kwargs).run(list(feeds), list(urls))


def _slugs(store):
    return {a.url.rsplit("/", 1)[1].removesuffix(".html") for a in store.articles()}


def test_feed_run_stores_every_article_once(site, store):
    report = _run(store, [f"{site.origin}/feed.xml"])
    assert report.failures == []
    # 7 entries: two tracking variants of one page, and one syndicated copy
    assert (report.counts["stored"], report.counts["duplicate"]) == (5, 1)
    assert _slugs(store) == ARTICLES
    assert all("utm_" not in a.url for a in store.articles())
    copy = f"{site.origin}/ether-etf-outflows-syndicated.html"
    assert copy in next(iter(load_syndication(store.path).values()))
    claims = list(store.claims())
    assert report.counts["claims"] == len(claims) > 20
    assert {c.article_id for c in claims} <= {a.id for a in store.articles()}


def test_second_run_fetches_nothing_new_and_stores_nothing_twice(site, store):
    _run(store, [f"{site.origin}/feed.xml"])
    articles, claims = load_articles(store.path), load_claims(store.path)
    site.log.clear()
    report = _run(store, [f"{site.origin}/feed.xml"])
    assert report.counts["feeds_not_modified"] == 1
    assert site.log == [("/robots.txt", 200), ("/feed.xml", 304)]
    assert (load_articles(store.path), load_claims(store.path)) == (articles, claims)


def test_pages_already_stored_are_not_modified_when_the_feed_changed(site, store):
    _run(store, [f"{site.origin}/feed.xml"])
    site.overrides["/feed.xml"] = lambda request: Response(
        site.body("/feed.xml") + b"<!-- rebuilt -->", content_type="application/rss+xml"
    )
    site.log.clear()
    report = _run(store, [f"{site.origin}/feed.xml"])
    assert (report.counts["not_modified"], report.counts["stored"]) == (6, 0)
    assert site.statuses("/") == {200: 2, 304: 6}  # robots.txt and the feed; pages unchanged


def test_atom_feed_and_direct_urls_share_canonical_urls(site, store):
    report = _run(
        store,
        [f"{site.origin}/atom.xml"],
        [f"{site.origin}/strategy-bitcoin-purchase.html?utm_source=newsletter"],
    )
    assert (report.counts["stored"], report.failures) == (2, [])


FEED_FAULTS = [
    # feed path, body, stage, reason pattern
    ("/laughs.xml", b'<!DOCTYPE r [<!ENTITY a "aaaa">]><rss/>', "feed", "declares XML entities"),
    ("/page.xml", b"<html><body><p>moved</p></body></html>", "feed", "HTML page.*--url"),
    ("/down.xml", None, "feed", "server answered 500"),
    ("/account/feed.xml", b"", "robots", "disallowed by robots.txt"),
]


@pytest.mark.parametrize(("path", "body", "stage", "reason"), FEED_FAULTS)
def test_a_bad_feed_is_recorded_and_the_good_one_still_read(site, store, path, body, stage, reason):
    if body is None:
        site.overrides[path] = lambda request: Response("busy", status=500)
    else:
        site.overrides[path] = lambda request: Response(body, content_type="application/xml")
    report = _run(store, [f"{site.origin}{path}", f"{site.origin}/feed.xml"])
    assert [(f.url, f.stage) for f in report.failures] == [(f"{site.origin}{path}", stage)]
    assert re.search(reason, report.failures[0].reason)
    assert _slugs(store) == ARTICLES
    assert store.failures(report.run_id) == report.failures


def test_a_failed_page_is_retried_next_run_and_nothing_is_lost(site, store):
    site.overrides["/solana-dex-volume.html"] = lambda request: Response("busy", status=503)
    first = _run(store, [f"{site.origin}/feed.xml"])
    assert [(f.stage, f.status) for f in first.failures] == [("fetch", 503)]
    assert _slugs(store) == ARTICLES - {"solana-dex-volume"}
    del site.overrides["/solana-dex-volume.html"]
    second = _run(store, [f"{site.origin}/feed.xml"])  # feed validators were held back
    assert (second.counts["stored"], second.counts["not_modified"]) == (1, 5)
    assert _slugs(store) == ARTICLES


PAGE_FAULTS = [
    # override of one page → stage and reason recorded; the other pages are stored
    (lambda r: Response("gone", status=404), "fetch", "server answered 404"),
    (lambda r: Response(b"a" * 3_000_000, content_type="text/html"), "fetch", "exceeds the"),
    (lambda r: Response(b"%PDF-1.7", content_type="application/pdf"), "parse", "not an HTML page"),
    (
        lambda r: Response("<html><nav>Home</nav></html>", content_type="text/html"),
        "parse",
        "no art",
    ),
    (
        lambda r: Response("", status=302, headers={"Location": "http://169.254.169.254/"}),
        "fetch",
        "blocked: 169.254.169.254 resolves to non-public",
    ),
]


@pytest.mark.parametrize(("respond", "stage", "reason"), PAGE_FAULTS)
def test_a_bad_page_is_recorded_and_the_run_goes_on(site, store, respond, stage, reason):
    site.overrides["/funding-rates-negative.html"] = respond
    report = _run(store, [f"{site.origin}/feed.xml"])
    assert [f.stage for f in report.failures] == [stage]
    assert reason in report.failures[0].reason
    assert _slugs(store) == ARTICLES - {"funding-rates-negative"}


def test_robots_disallow_of_a_page_is_recorded(site, store):
    site.overrides["/robots.txt"] = lambda r: Response("User-agent: *\nDisallow: /solana")
    report = _run(store, [f"{site.origin}/feed.xml"])
    assert [(f.stage, f.reason) for f in report.failures] == [
        ("robots", "disallowed by robots.txt")
    ]
    assert "solana-dex-volume" not in _slugs(store)


def test_robots_503_disallows_the_whole_site(site, store):
    site.overrides["/robots.txt"] = lambda r: Response("maintenance", status=503)
    report = _run(store, [f"{site.origin}/feed.xml"])
    assert [f.stage for f in report.failures] == ["robots"]
    assert "robots.txt unavailable" in report.failures[0].reason
    assert list(store.articles()) == []
    assert not report.succeeded


def test_wrong_charset_header_still_reads_utf8_text(site, store):
    page = site.body("/bitcoin-liquidations.html").replace(b"press time", "press time — €".encode())
    site.overrides["/bitcoin-liquidations.html"] = lambda r: Response(
        page, content_type="text/html; charset=iso-8859-1"
    )
    _run(store, urls=[f"{site.origin}/bitcoin-liquidations.html"])
    assert "press time — €" in next(store.articles()).text


def test_private_address_needs_the_allow_flag(site, store):
    report = _run(store, [f"{site.origin}/feed.xml"], config=replace(CONFIG, allowed_networks=()))
    assert [f.stage for f in report.failures] == ["feed"]
    assert "non-public address 127.0.0.1" in report.failures[0].reason
    assert site.log == []


def test_an_extraction_bug_on_one_article_does_not_stop_the_run(site, store):
    def extract(article):
        if "Solana" in article.text:
            raise ValueError("unexpected token")
        return []

    report = _run(store, [f"{site.origin}/feed.xml"], extract=extract)
    assert [(f.stage, f.reason) for f in report.failures] == [
        ("extract", "ValueError: unexpected token")
    ]
    assert _slugs(store) == ARTICLES - {"solana-dex-volume"}


def test_a_store_that_cannot_write_stops_the_run(site, store):
    page_count = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {page_count + 2}")
    with pytest.raises(StoreError, match="database or disk is full"):
        _run(store, [f"{site.origin}/feed.xml"])


UNDATED_PAGE = """<!DOCTYPE html><html><head><title>{title} | Block Ledger</title></head>
<body><main><article><h1>{title}</h1>
<p>Bitcoin miners moved 15,300 BTC to exchanges on Tuesday, the most in a single day since
March, according to on-chain data from CryptoQuant. The transfers came as hashprice fell to
$38 per petahash per day.</p>
<p>Analysts said the flows point to miners selling to cover power costs after the halving cut
block rewards, and warned that further sales could weigh on prices this week.</p>
</article></main></body></html>"""
UNDATED_FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Block Ledger</title><link>{origin}/</link><description>Mining</description>
<item><title>Miners send 15,300 BTC to exchanges</title><link>{origin}/miners-a.html</link>
<pubDate>Wed, 11 Feb 2026 07:30:00 +0000</pubDate></item>
<item><title>Miners keep selling</title><link>{origin}/miners-b.html</link></item>
</channel></rss>"""


def test_a_page_without_a_date_takes_its_feed_entry_date(site, store):
    origin = site.origin
    site.overrides["/mining.xml"] = lambda r: Response(
        UNDATED_FEED.format(origin=origin), content_type="application/rss+xml"
    )
    for slug, title in (("a", "Miners send 15,300 BTC to exchanges"), ("b", "Miners keep selling")):
        page = UNDATED_PAGE.format(title=title)
        site.overrides[f"/miners-{slug}.html"] = lambda r, page=page: Response(
            page, content_type="text/html"
        )
    report = _run(store, [f"{origin}/mining.xml"])
    dated = {a.url.rsplit("/", 1)[1]: (a.published, a.published_source) for a in store.articles()}
    assert dated["miners-a.html"] == (datetime(2026, 2, 11, 7, 30, tzinfo=UTC), "feed")
    # neither the page nor the feed dates the second story: stored, and the summary says so
    assert dated["miners-b.html"] == (None, None)
    assert report.undated == [f"{origin}/miners-b.html"]
    warning = next(line for line in report.lines() if line.startswith("warning:"))
    assert "1 articles stored without a publication date" in warning
    assert report.lines()[-1] == f"  {origin}/miners-b.html"


def test_a_page_date_beats_the_feed_date_and_says_where_it_came_from(site, store):
    _run(store, [f"{site.origin}/feed.xml"])
    sources = {a.url.rsplit("/", 1)[1]: a.published_source for a in store.articles()}
    # JSON-LD where the page has it; the Solana page has only OpenGraph and a <time>
    assert sources["bitcoin-liquidations.html"] == "json-ld"
    assert sources["solana-dex-volume.html"] == "markup"
