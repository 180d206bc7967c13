"""Whole ingestion runs under faults, against the fixture site on 127.0.0.1 and 127.0.0.2.

Rows of the reliability matrix at run level: a huge Retry-After in the middle of a run
(33), hostile entries among good ones (34), a truncated feed, an unreachable feed host,
a store error (workers stop), the run's time budget, feeds read concurrently, feed
autodiscovery, and the ``ingest --json`` summary against its schema.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace

import jsonschema
import pytest
from click.testing import CliRunner
from ingest_servers import RUN_LIMITS, SITE_ARTICLES, free_port, loopback_config
from werkzeug import Request, Response

from extractor.cli import main
from extractor.errors import StoreError
from extractor.ingest.discover import feed_links
from extractor.ingest.run import IngestRun
from extractor.schemas import SCHEMA_DIR
from extractor.store import Store

CONFIG = loopback_config("127.0.0.0/8", **RUN_LIMITS)
ARTICLES = SITE_ARTICLES


def _run(store, feeds=(), urls=(), config=CONFIG, **kwargs):
    return IngestRun(store, config, workers=2, extract=None, **kwargs).run(list(feeds), list(urls))


def _stored(store):
    return {
        (a.url.split("/")[2], a.url.rsplit("/", 1)[1].removesuffix(".html"))
        for a in store.articles()
    }


def _host(site):
    return site.origin.removeprefix("http://")


# --- row 33: a huge Retry-After on one page, then more pages of that host and another ---


def test_huge_retry_after_mid_run_skips_that_host_and_the_run_ends_in_budget(site, site2, store):
    site.overrides["/bitcoin-liquidations.html"] = lambda request: Response(
        "come back tomorrow", status=503, headers={"Retry-After": "86400"}
    )
    config = replace(CONFIG, run_budget=30.0)
    started = time.monotonic()
    report = _run(store, [f"{site.origin}/feed.xml", f"{site2.origin}/feed.xml"], config=config)
    assert time.monotonic() - started < 15
    assert not report.budget_spent
    assert report.skipped_hosts == {"127.0.0.1": "Retry-After 86400 s exceeds the 5 s cap"}
    # the other host is unaffected: each of its six pages is fetched and stored (as its
    # own article, or as a syndicated copy where host 1 already gave the same text)
    pages = {path for path, status in site2.log if path.endswith(".html") and status == 200}
    assert {p.removeprefix("/").removesuffix(".html") for p in pages} >= ARTICLES
    assert report.counts["stored"] + report.counts["duplicate"] == 1 + 6
    # on the skipped host nothing after the 503 was requested
    served = [path for path, _ in site.log if path.endswith(".html")]
    assert served[-1] == "/bitcoin-liquidations.html"
    stages = {f.stage for f in report.failures}
    assert {"fetch", "skipped-host"} <= stages
    assert any(f.stage == "skipped-host" and f.url == "127.0.0.1" for f in store.failures())
    # the feed of the skipped host is read again next run (its validators were held back)
    assert store.validators(f"{site.origin}/feed.xml") is None
    assert store.validators(f"{site2.origin}/feed.xml") is not None


def test_cli_retry_after_86400_is_recorded_skipped_and_the_json_summary_validates(
    site, site2, tmp_path
):
    site.overrides["/funding-rates-negative.html"] = lambda request: Response(
        "later", status=429, headers={"Retry-After": "86400"}
    )
    db = tmp_path / "news.db"
    started = time.monotonic()
    result = CliRunner().invoke(
        main,
        [
            *("ingest", "--feed", f"{site.origin}/feed.xml", "--feed", f"{site2.origin}/feed.xml"),
            *("--db", str(db), "--allow-private", "--delay", "0", "--budget", "60s", "--json"),
            "--no-claims",
        ],
    )
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 30
    summary = json.loads(result.stdout)
    schema = json.loads((SCHEMA_DIR / "ingest-summary.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(summary, schema)
    assert summary["skipped_hosts"] == [
        {"host": "127.0.0.1", "reason": "Retry-After 86400 s exceeds the 120 s cap"}
    ]
    assert summary["pages"]["stored"] >= 5 and not summary["budget_exceeded"]
    assert "skipped host 127.0.0.1: Retry-After 86400 s exceeds the 120 s cap" in result.stderr


# --- row 34: hostile entries among good ones ------------------------------------------

HOSTILE_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Coin Ledger Daily - Markets</title>
  <id>tag:coinledger.example,2026:markets</id>
  <updated>2026-02-06T11:40:00Z</updated>
  <entry><title>Bad port</title><id>tag:coinledger.example,2026:a</id><link href="http://127.0.0.1:99999/x.html"/>
    <updated>2026-02-06T09:00:00Z</updated></entry>
  <entry><title>Negative port</title><id>tag:coinledger.example,2026:b</id><link href="http://127.0.0.1:-1/y.html"/>
    <updated>2026-02-06T09:00:00Z</updated></entry>
  <entry><title>Broken IPv6 host</title><id>tag:coinledger.example,2026:c</id><link href="http://[::1"/>
    <updated>2026-02-06T09:00:00Z</updated></entry>
  <entry><title>Bitcoin Slides Below $64K as Crypto Liquidations Top $2.1B</title>
    <id>tag:coinledger.example,2026:d</id>
    <link href="{origin}/bitcoin-liquidations.html"/>
    <published>0000-00-00</published><updated>0000-00-00</updated></entry>
  <entry><title>Strategy Buys 4,225 BTC</title><id>tag:coinledger.example,2026:e</id>
    <link href="{origin}/strategy-bitcoin-purchase.html"/>
    <updated>2026-02-02T14:20:03Z</updated></entry>
</feed>
"""


def test_hostile_entries_are_recorded_and_the_good_ones_stored(site, store):
    site.overrides["/hostile.xml"] = lambda request: Response(
        HOSTILE_ATOM.format(origin=site.origin), content_type="application/atom+xml"
    )
    feed = site.body("/feed.xml").replace(b'encoding="UTF-8"', b'encoding="UTF\x00-8\xff"')
    site.overrides["/nul-encoding.xml"] = lambda request: Response(
        feed, content_type="application/rss+xml"
    )
    report = _run(store, [f"{site.origin}/hostile.xml", f"{site.origin}/nul-encoding.xml"])
    assert {slug for _, slug in _stored(store)} == ARTICLES
    refused = [(f.url, f.reason) for f in report.failures if f.stage == "feed-entry"]
    assert [url for url, _ in refused] == [
        "http://127.0.0.1:99999/x.html",
        "http://127.0.0.1:-1/y.html",
        # feedparser drops the broken IPv6 link and offers the entry's id instead
        "tag:coinledger.example,2026:c",
    ]
    assert all("invalid URL" in reason for _, reason in refused[:2])
    (undated,) = [(f.url, f.reason) for f in report.failures if f.stage == "feed-date"]
    assert undated == (
        f"{site.origin}/bitcoin-liquidations.html",
        "entry date '0000-00-00' is not a real date; the page's own is used",
    )
    problem = next(f for f in report.failures if f.stage == "feed-problem")
    assert problem.url == f"{site.origin}/nul-encoding.xml"
    assert "names no usable encoding" in problem.reason


def test_hostile_feed_entries_through_the_cli_end_without_a_traceback(site, tmp_path):
    site.overrides["/hostile.xml"] = lambda request: Response(
        HOSTILE_ATOM.format(origin=site.origin), content_type="application/atom+xml"
    )
    result = CliRunner().invoke(
        main,
        [
            *("ingest", "--feed", f"{site.origin}/hostile.xml", "--feed", "http://[::1"),
            *("--feed", f"{site.origin}:99999/feed.xml", "--db", str(tmp_path / "n.db")),
            *("--allow-private", "--delay", "0", "--no-claims"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "http://[::1: invalid URL" in result.stderr
    assert "stored 2," in result.stderr


# --- row 21: a page nested past the parser's depth limit -----------------------------


def test_a_page_cut_off_by_deep_nesting_is_stored_and_flagged(site, store):
    page = site.body("/solana-dex-volume.html")
    tail = b"<div>" * 3_000 + b"<p>Related: Solana fees hit $1M.</p>" + b"</div>" * 3_000
    site.overrides["/solana-dex-volume.html"] = lambda request: Response(
        page.replace(b"</body>", tail + b"</body>"), content_type="text/html"
    )
    report = _run(store, [f"{site.origin}/feed.xml"])
    assert {slug for _, slug in _stored(store)} == ARTICLES
    (flag,) = [f for f in report.failures if f.stage == "truncated"]
    assert flag.url == f"{site.origin}/solana-dex-volume.html"
    assert "nest more than 2,048 deep" in flag.reason
    text = next(a.text for a in store.articles() if a.url.endswith("solana-dex-volume.html"))
    assert "Solana" in text and "Solana fees hit" not in text


# --- a truncated feed: entries kept, problem recorded, validators not saved ----------


def test_truncated_feed_keeps_its_entries_and_is_read_again_next_run(site, store):
    whole = site.body("/feed.xml")
    cut = whole[: whole.index(b"<title>Solana DEX")]
    site.overrides["/feed.xml"] = lambda request: Response(
        cut, content_type="application/rss+xml", headers={"ETag": '"cut"'}
    )
    first = _run(store, [f"{site.origin}/feed.xml"])
    # the cut-off item has no link yet; the feed's problem is recorded
    assert [f.stage for f in first.failures] == ["feed-entry", "feed-problem"]
    assert first.counts["stored"] == 3
    assert store.validators(f"{site.origin}/feed.xml") is None

    del site.overrides["/feed.xml"]
    site.log.clear()
    second = _run(store, [f"{site.origin}/feed.xml"])
    assert ("/feed.xml", 200) in site.log  # read whole, not answered 304
    assert {slug for _, slug in _stored(store)} == ARTICLES
    assert second.failures == []


# --- an unreachable feed host is a feed failure, not a robots.txt one -----------------


def test_unreachable_feed_host_is_reported_as_unreachable(store):
    feed = f"http://127.0.0.1:{free_port()}/feed.xml"
    report = _run(store, [feed])
    assert [(f.url, f.stage) for f in report.failures] == [(feed, "feed")]
    assert "is unreachable (ConnectError" in report.failures[0].reason
    assert "robots" not in report.failures[0].reason


# --- a store error stops the workers as well as the run -------------------------------


def test_workers_stop_fetching_after_a_store_error(site, store, monkeypatch):
    site.page_delay = 0.3

    def broken_disk(*args, **kwargs):
        raise StoreError(f"{store.path}: write failed and was rolled back: disk I/O error")

    monkeypatch.setattr(store, "save_article", broken_disk)
    with pytest.raises(StoreError, match="disk I/O error"):
        IngestRun(store, CONFIG, workers=1, extract=None).run([f"{site.origin}/feed.xml"], [])
    time.sleep(1.0)  # a worker that went on would fetch more pages meanwhile
    pages = [path for path, _ in site.log if path.endswith(".html")]
    assert len(pages) <= 2, pages


# --- the run's time budget ----------------------------------------------------------


def test_run_budget_stops_fetching_and_leaves_the_rest_for_next_run(site, store):
    site.page_delay = 0.5
    config = replace(CONFIG, run_budget=1.2)
    started = time.monotonic()
    report = _run(store, [f"{site.origin}/feed.xml"], config=config)
    elapsed = time.monotonic() - started
    assert elapsed < 1.2 + CONFIG.deadline + 1.0
    assert report.budget_spent
    left = [f for f in report.failures if f.stage == "budget"]
    assert left and report.counts["not_fetched"] == len(left)
    assert report.counts["stored"] + len(left) + report.counts["duplicate"] <= 7
    assert any("time budget of 1.2 s exceeded" in line for line in report.lines())
    assert store.validators(f"{site.origin}/feed.xml") is None  # read again next run


# --- feeds are read concurrently, one request at a time per host ------------------------


def test_feeds_of_different_hosts_are_fetched_at_the_same_time(site, site2, store):
    spans: dict[str, list[float]] = {}
    lock = threading.Lock()

    def slow_feed(handler):
        def respond(request: Request) -> Response:
            start = time.monotonic()
            time.sleep(0.6)
            with lock:
                spans[handler.origin] = [start, time.monotonic()]
            return Response(handler.body("/feed.xml"), content_type="application/rss+xml")

        return respond

    site.overrides["/feed.xml"] = slow_feed(site)
    site2.overrides["/feed.xml"] = slow_feed(site2)
    _run(store, [f"{site.origin}/feed.xml", f"{site2.origin}/feed.xml"])
    (a_start, a_end), (b_start, b_end) = spans.values()
    assert a_start < b_end and b_start < a_end  # the two requests overlapped


def test_two_feeds_of_one_host_are_not_fetched_at_the_same_time(site, store):
    spans: list[tuple[float, float]] = []

    def slow(path):
        def respond(request: Request) -> Response:
            start = time.monotonic()
            time.sleep(0.3)
            spans.append((start, time.monotonic()))
            return Response(site.body(path), content_type="application/xml")

        return respond

    site.overrides["/feed.xml"] = slow("/feed.xml")
    site.overrides["/atom.xml"] = slow("/atom.xml")
    _run(store, [f"{site.origin}/feed.xml", f"{site.origin}/atom.xml"])
    (_, first_end), (second_start, _) = sorted(spans)
    assert first_end <= second_start


# --- feed autodiscovery ------------------------------------------------------------------


def test_feed_links_reads_alternate_links_of_feed_types_only():
    html = """<html><head><base href="https://wire.example/news/">
    <link rel="alternate" type="application/rss+xml" href="feed/">
    <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="/atom.xml">
    <link rel="alternate" type="application/json+oembed" href="/oembed">
    <link rel="alternate" hreflang="de" href="/de/">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    <link rel="stylesheet alternate" type="application/rss+xml" href="feed/">
    </head></html>"""
    assert feed_links(html, "https://wire.example/") == [
        "https://wire.example/news/feed/",
        "https://wire.example/atom.xml",
    ]


def test_ingest_discover_finds_the_sites_feeds_and_reads_them(site, tmp_path):
    result = CliRunner().invoke(
        main,
        [
            *("ingest", "--discover", f"{site.origin}/home/", "--db", str(tmp_path / "n.db")),
            *("--allow-private", "--delay", "0", "--no-claims"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert f"discovered feed {site.origin}/feed.xml on {site.origin}/home/" in result.stderr
    assert f"discovered feed {site.origin}/atom.xml on {site.origin}/home/" in result.stderr
    assert "stored 5," in result.stderr


def test_discover_on_a_page_without_a_feed_is_a_clear_error(site, tmp_path):
    result = CliRunner().invoke(
        main,
        [
            *("ingest", "--discover", f"{site.origin}/solana-dex-volume.html"),
            *("--db", str(tmp_path / "n.db"), "--allow-private", "--delay", "0"),
        ],
    )
    assert result.exit_code == 2
    assert "the page announces no RSS or Atom feed" in result.stderr


# --- one stray byte does not turn a UTF-8 page into cp852; the encoding is stored ------

STRAY = (
    (
        "<html><head><title>CoinShares: digital asset funds draw €2.5 billion</title></head><body>"
        "<article><h1>CoinShares: digital asset funds draw €2.5 billion</h1>"
        "<p>Digital asset investment products took in €2.5 billion last week — the most since "
        "March — CoinShares said on Monday, with bitcoin funds drawing €2.1 billion.</p>"
        "<p>Ether products saw outflows of €61 million.\x00</p><p>Solana funds took in "
        "€12 million, while multi-asset products lost €4 million as investors trimmed.</p>"
        "</article></body></html>"
    )
    .encode()
    .replace(b"\x00", b" \x96 ")
)  # a cp1252 dash pasted into a UTF-8 page


def test_a_utf8_page_with_one_stray_byte_keeps_its_euros_and_its_encoding(site, tmp_path):
    from extractor.ingest.charset import decode_html

    text, encoding = decode_html(STRAY, "text/html")
    assert encoding == "utf-8" and "€2.5 billion" in text and "—" in text
    site.overrides["/funds.html"] = lambda request: Response(STRAY, content_type="text/html")
    with Store(tmp_path / "news.db") as store:
        report = IngestRun(store, CONFIG, workers=1).run([], [f"{site.origin}/funds.html"])
        assert report.counts["stored"] == 1, report.failures
        row = store._db.execute("SELECT encoding, text FROM articles").fetchone()
        assert row[0] == "utf-8" and "€2.5 billion" in row[1]
        quotes = {c.quote for c in store.claims()}
        assert {"€2.5 billion", "€2.1 billion", "€61 million"} <= quotes


def test_a_page_without_valid_utf8_sequences_is_not_taken_for_utf8():
    from extractor.ingest.charset import decode_html

    page = "<p>Le fonds a levé 2,5 milliards € – un record.</p>".encode("cp1252")
    text, encoding = decode_html(page, "text/html; charset=windows-1252")
    assert (text, encoding) == (page.decode("cp1252"), "cp1252")
    assert decode_html(page)[1] != "utf-8"  # left to detection, not read as UTF-8


# --- rows 2-8, 31, 32 at run level: byte-level faults among good pages -------------------

GOOD_PAGE = (
    b"<html><head><title>Bitcoin ETFs take in $1.02 billion</title></head><body><article>"
    b"<h1>Bitcoin ETFs take in $1.02 billion</h1><p>Spot bitcoin ETFs took in $1.02 billion "
    b"on Monday, SoSoValue data show, the most since January.</p><p>BlackRock's IBIT drew "
    b"$611 million of the total, and Fidelity's FBTC added $242 million, while Grayscale's "
    b"GBTC saw $48 million of outflows as investors rotated into cheaper funds.</p>"
    b"</article></body></html>"
)


def _raw_feed(server, paths):
    items = "".join(f"<item><title>{p}</title><link>{server.url(p)}</link></item>" for p in paths)
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Raw</title>{items}'
    return (body + "</channel></rss>").encode()


def test_byte_level_faults_in_a_run_are_recorded_and_nothing_partial_is_stored(store):
    from ingest_servers import (
        RawServer,
        answer,
        drip,
        endless,
        gzip_bomb,
        huge_content_length,
        never_answer,
        reset_mid_body,
        short_body,
    )
    from test_reliability_fetch import gzip_cut, gzip_members, trickle_headers

    faults = {
        "/never.html": never_answer,
        "/drip.html": drip,
        "/short.html": short_body,
        "/reset.html": reset_mid_body,
        "/huge.html": huge_content_length,
        "/endless.html": endless,
        "/bomb.html": gzip_bomb(1),
        "/headers.html": trickle_headers(0.1),
        "/cut.html": gzip_cut(GOOD_PAGE * 20),
    }
    good = {
        "/good.html": answer(GOOD_PAGE, {"Content-Type": "text/html; charset=utf-8"}),
        "/members.html": gzip_members(GOOD_PAGE[:100], GOOD_PAGE[100:]),
    }
    server = RawServer()
    try:
        server.routes.update({**faults, **good})
        server.routes["/feed.xml"] = answer(
            _raw_feed(server, [*faults, *good]), {"Content-Type": "application/rss+xml"}
        )
        config = replace(CONFIG, read_timeout=0.3, deadline=1.5, max_bytes=1_000_000)
        started = time.monotonic()
        report = IngestRun(store, config, workers=2, extract=None).run(
            [server.url("/feed.xml")], []
        )
    finally:
        server.close()
    assert time.monotonic() - started < 60
    failed = {f.url.rsplit("/", 1)[1]: f for f in report.failures}
    assert set(failed) == {path.lstrip("/") for path in faults}, report.lines()
    assert all(f.stage == "fetch" for f in failed.values())
    assert "total deadline exceeded" in failed["headers.html"].reason
    assert "cut off" in failed["cut.html"].reason
    stored = {a.url.rsplit("/", 1)[1] for a in store.articles()}
    assert stored == {"good.html"}  # the two-member gzip is the same text: a copy of it
    assert report.counts["duplicate"] == 1


# --- row 10 at run level: a host answering 5xx to everything is skipped for the run -------


def test_a_host_failing_every_request_is_skipped_and_the_other_host_goes_on(site, site2, store):
    site.overrides["/robots.txt"] = lambda request: Response("", status=404)
    for name in ARTICLES | {"ether-etf-outflows-syndicated"}:
        site.overrides[f"/{name}.html"] = lambda request: Response("down", status=502)
    config = replace(CONFIG, retries=0, breaker=3)
    report = _run(store, [f"{site.origin}/feed.xml", f"{site2.origin}/feed.xml"], config=config)
    assert report.skipped_hosts == {"127.0.0.1": "3 consecutive failures"}
    statuses = [status for path, status in site.log if path.endswith(".html")]
    assert statuses == [502, 502, 502]  # nothing more was asked of the failing host
    assert report.counts["stored"] == 5  # host 2's articles


# --- row 24: titles never name files -------------------------------------------------------


def test_hostile_titles_never_name_files(site, tmp_path):
    title = "../../../etc/passwd\x00CON " + "A" * 300
    page = site.body("/bitcoin-liquidations.html").replace(
        b"<title>", f"<title>{title}".encode(), 1
    )
    site.overrides["/bitcoin-liquidations.html"] = lambda request: Response(
        page, content_type="text/html"
    )
    (tmp_path / "store").mkdir()
    with Store(tmp_path / "store" / "news.db") as store:
        report = IngestRun(store, CONFIG, workers=1, extract=None).run(
            [], [f"{site.origin}/bitcoin-liquidations.html"]
        )
        assert report.counts["stored"] == 1
    # the store is the only thing written: no file is ever named after a title
    names = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")}
    assert names <= {"store", "store/news.db", "store/news.db-wal", "store/news.db-shm"}
