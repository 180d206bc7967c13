"""Web archives in: HTML pages kept, filtered, parsed like fetched pages; damage reported."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from warc_files import (
    OFFTOPIC,
    chunked,
    gzip_records,
    http_response,
    page,
    plain_records,
    record,
    warcinfo,
)

from extractor.corpus import ArticleError
from extractor.ingest.html import parse_page
from extractor.ingest.page_filter import PageFilter, crypto_keywords
from extractor.ingest.warc import (
    DamagedRecord,
    WarcError,
    WarcPage,
    WarcStats,
    read_articles,
    read_pages,
)
from extractor.models import Article

BASE = "https://coinledger.example"
LIQ = f"{BASE}/markets/2026/02/06/bitcoin-liquidations"
ETF = f"{BASE}/etf/ether-etf-outflows"
SOL = f"{BASE}/defi/solana-dex-volume"
RUN = "https://news.riverside-courier.example/sport/2026/04/12/city-marathon"


def _archive_records() -> list[bytes]:
    """What a crawl of a news site holds: info, requests, pages, redirects, images, repeats."""
    etf = gzip.compress(page("ether-etf-outflows.html"), mtime=0)
    return [
        warcinfo(),
        record(
            LIQ,
            b"GET /markets HTTP/1.1\r\nHost: coinledger.example\r\n\r\n",
            "request",
            "application/http; msgtype=request",
        ),
        record(LIQ, http_response(page("bitcoin-liquidations.html"))),
        record(
            ETF,
            http_response(
                chunked(etf),
                extra=("Content-Encoding: gzip", "Transfer-Encoding: chunked"),
            ),
        ),
        record(
            f"{BASE}/old-link",
            http_response(b"", status="301 Moved Permanently", extra=(f"Location: {LIQ}",)),
        ),
        record(f"{BASE}/static/img/btc-liq.png", http_response(b"\x89PNG\r\n", "image/png")),
        record(RUN, http_response(page("city-marathon.html", OFFTOPIC))),
        record(SOL, http_response(page("solana-dex-volume.html"))),
        record(LIQ, b"", "revisit"),
    ]


def _pages(items: list[WarcPage | WarcError]) -> list[str]:
    return [item.url for item in items if isinstance(item, WarcPage)]


def test_response_records_with_html_are_the_pages(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = gzip_records(path, _archive_records())
    stats = WarcStats()
    items = list(read_pages([path], stats=stats))
    assert _pages(items) == [LIQ, ETF, RUN, SOL]
    first = items[0]
    assert isinstance(first, WarcPage)
    assert first.offset == offsets[2]  # the gzip member, as an index would give it
    assert first.html == page("bitcoin-liquidations.html")
    assert stats.counts["not_ok"] == 1 and stats.counts["not_html"] == 1


def test_chunked_gzip_payload_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    gzip_records(path, _archive_records())
    etf = next(p for p in read_pages([path]) if isinstance(p, WarcPage) and p.url == ETF)
    assert etf.html == page("ether-etf-outflows.html")


def test_pages_become_articles_as_fetched_pages_do(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    gzip_records(path, _archive_records())
    articles = [a for a in read_articles([path]) if isinstance(a, Article)]
    fetched = parse_page(page("bitcoin-liquidations.html"), LIQ).article
    assert articles[0] == fetched
    assert "liquidations" in articles[0].text.lower()
    assert articles[0].published is not None and articles[0].published.month == 2


def test_crypto_filter_drops_a_general_news_page_with_a_crypto_menu(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    gzip_records(path, _archive_records())
    stats = WarcStats()
    keep = PageFilter.build(keywords=crypto_keywords())
    urls = [a.url for a in read_articles([path], keep, stats) if isinstance(a, Article)]
    assert RUN not in urls  # its menu says "Crypto"; its story is a marathon
    assert len(urls) == 3
    assert stats.counts["off_topic"] == 1 and stats.counts["kept"] == 3


def test_site_list_keeps_hosts_and_their_subdomains() -> None:
    keep = PageFilter.build(sites=["coinledger.example", "https://www.theblock.example/"])
    assert keep.keeps_url(LIQ)
    assert keep.keeps_url("https://markets.coinledger.example/x")
    assert keep.keeps_url("https://theblock.example/post/1")
    assert not keep.keeps_url(RUN)
    assert not keep.keeps_url("https://notcoinledger.example/x")


def test_site_list_filters_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    gzip_records(path, _archive_records())
    stats = WarcStats()
    keep = PageFilter.build(sites=["riverside-courier.example"])
    assert _pages(list(read_pages([path], keep, stats))) == [RUN]
    assert stats.counts["off_site"] == 5  # the redirect and the image too


def test_corrupt_gzip_member_is_reported_and_the_next_records_read(tmp_path: Path) -> None:
    records = _archive_records()
    path = tmp_path / "damaged.warc.gz"
    offsets = gzip_records(path, records)
    data = bytearray(path.read_bytes())
    bad = offsets[3]  # the ether ETF page's member: zero a stretch of its deflate data
    data[bad + 40 : bad + 120] = bytes(80)
    path.write_bytes(bytes(data))
    items = list(read_pages([path]))
    errors = [i for i in items if isinstance(i, WarcError)]
    assert len(errors) == 1
    assert errors[0].path == str(path) and errors[0].offset == bad
    assert "corrupt gzip member" in errors[0].reason
    assert _pages(items) == [LIQ, RUN, SOL]
    assert f"{path}: offset {bad}: corrupt gzip member" in str(errors[0])


def test_truncated_archive_reports_its_last_record(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    offsets = gzip_records(path, _archive_records())
    data = path.read_bytes()
    path.write_bytes(data[: offsets[7] + 200])  # a copy stopped inside the Solana page
    items = list(read_pages([path]))
    assert _pages(items) == [LIQ, ETF, RUN]
    assert items[-1] == WarcError(
        str(path), offsets[7], "truncated: the file ends inside this gzip member"
    )


def test_record_shorter_than_its_length_is_truncated_not_a_short_page(tmp_path: Path) -> None:
    records = _archive_records()[:3]
    path = tmp_path / "cut.warc"
    offsets = plain_records(path, records)
    data = path.read_bytes()
    path.write_bytes(data[:-900])  # the page's last 900 bytes never written
    items = list(read_pages([path]))
    assert _pages(items) == []
    error = items[-1]
    assert isinstance(error, WarcError) and error.offset == offsets[2]
    assert error.reason.startswith("truncated: the record has ")


def test_plain_archive_with_garbage_and_a_lying_length(tmp_path: Path) -> None:
    liq = http_response(page("bitcoin-liquidations.html"))
    records = [
        record(LIQ, liq),
        b"<html>stray bytes a broken writer left</html>\r\n",
        record(ETF, http_response(page("ether-etf-outflows.html")), length=10),
        record(SOL, http_response(page("solana-dex-volume.html"))),
    ]
    path = tmp_path / "mixed.warc"
    offsets = plain_records(path, records)
    items = list(read_pages([path]))
    errors = [i for i in items if isinstance(i, WarcError)]
    assert [e.offset for e in errors] == [offsets[1], offsets[2]]
    assert "not a WARC record" in errors[0].reason
    assert "does not end where its Content-Length says" in errors[1].reason
    assert _pages(items) == [LIQ, SOL]


def test_damaged_records_are_article_errors_naming_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    offsets = gzip_records(path, _archive_records())
    path.write_bytes(path.read_bytes()[: offsets[3] + 50])
    items = list(read_articles([path]))
    errors = [i for i in items if isinstance(i, ArticleError)]
    assert len(errors) == 1 and isinstance(errors[0], DamagedRecord)
    assert str(errors[0]).startswith(f"{path}: offset {offsets[3]}: truncated")
    # the page's canonical link names the article
    assert [a.url for a in items if isinstance(a, Article)] == [f"{BASE}/bitcoin-liquidations.html"]


def test_page_without_article_text_is_an_error_naming_its_url(tmp_path: Path) -> None:
    empty = b"<html><head><title>Markets</title></head><body><nav>Home</nav></body></html>"
    path = tmp_path / "crawl.warc.gz"
    gzip_records(path, [record(f"{BASE}/markets", http_response(empty))])
    (error,) = list(read_articles([path]))
    assert isinstance(error, ArticleError) and not isinstance(error, DamagedRecord)
    assert f"{BASE}/markets" in error.where


def test_unreadable_file_is_one_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.warc.gz"
    (error,) = list(read_pages([missing]))
    assert isinstance(error, WarcError) and error.offset == 0
    assert "cannot read" in error.reason


@pytest.mark.parametrize("cut", [1, 3, 17, 60])
def test_any_cut_of_an_archive_reads_what_is_whole(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "cut.warc.gz"
    gzip_records(path, _archive_records())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * cut // 64])
    items = list(read_pages([path]))
    assert sum(isinstance(i, WarcError) for i in items) <= 1
    assert all(isinstance(i, WarcPage) for i in items[:-1])
