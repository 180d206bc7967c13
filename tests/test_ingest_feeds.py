"""Feeds: bytes only, entity declarations refused, ill-formed feeds recovered, links checked."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import pytest
from ingest_servers import SITE

from extractor.errors import InputError
from extractor.ingest.feeds import parse_feed

ORIGIN = "https://wire.example"


def _site_feed(name: str) -> bytes:
    return (SITE / name).read_bytes().replace(b"{{origin}}", ORIGIN.encode())


def test_rss_feed_entries_are_absolute_links_with_dates():
    feed = parse_feed(_site_feed("feed.xml"), f"{ORIGIN}/feed.xml")
    assert feed.title == "Crypto Markets Wire"
    assert feed.problem is None
    assert len(feed.entries) == 7
    first = feed.entries[0]
    assert first.url.startswith(f"{ORIGIN}/funding-rates-negative.html?utm_source=rss")
    assert first.published == datetime(2026, 2, 7, 8, 0, tzinfo=UTC)


def test_atom_feed_entries():
    feed = parse_feed(_site_feed("atom.xml"), f"{ORIGIN}/atom.xml")
    assert [e.url for e in feed.entries] == [
        f"{ORIGIN}/bitcoin-liquidations.html",
        f"{ORIGIN}/strategy-bitcoin-purchase.html",
    ]
    assert feed.entries[1].published == datetime(2026, 2, 2, 14, 20, 3, tzinfo=UTC)


def test_relative_links_resolve_against_the_feed_url():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>BTC ETF flows</title><link>/news/btc-etf-flows</link></item></channel></rss>"""
    feed = parse_feed(rss, f"{ORIGIN}/feeds/all.xml")
    assert [e.url for e in feed.entries] == [f"{ORIGIN}/news/btc-etf-flows"]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>https://wire.example/a</link></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote;]><rss/>"""


@pytest.mark.parametrize(
    "data",
    [
        BILLION_LAUGHS,
        XXE,
        PARAMETER_ENTITY,
        BILLION_LAUGHS.decode().encode("utf-16"),  # with BOM
        BILLION_LAUGHS.decode().encode("utf-16-le"),  # without BOM
        BILLION_LAUGHS.replace(b"<!ENTITY", b"<!entity"),
    ],
)
def test_entity_declarations_are_refused_with_a_clear_error(data):
    with pytest.raises(InputError, match=r"https://evil\.example/feed: feed declares XML entities"):
        parse_feed(data, "https://evil.example/feed")


def test_plain_rss_091_doctype_is_accepted():
    rss = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old Wire</title>
<item><title>BTC at $97K</title><link>https://wire.example/btc</link></item></channel></rss>"""
    assert [e.url for e in parse_feed(rss, f"{ORIGIN}/rss").entries] == ["https://wire.example/btc"]


MALFORMED = [
    # unescaped ampersand and a truncated last item: the loose parser keeps what it can
    b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire & Co</title>
<item><title>Ether ETFs shed $287M</title><link>https://wire.example/eth</link></item>
<item><title>Solana DEX volume</title><link>https://wire.example/sol</link></item>
<item><title>Strategy buys""",
    b"""<rss><channel><title>Wire</title><item><title>A</title><link>https://wire.example/eth</link>
</item><item><title>B</title><link>https://wire.example/sol</link></item>""",
]


@pytest.mark.parametrize("data", MALFORMED)
def test_ill_formed_feed_keeps_entries_and_reports_the_problem(data):
    feed = parse_feed(data, f"{ORIGIN}/feed")
    assert [e.url for e in feed.entries][:2] == [f"{ORIGIN}/eth", f"{ORIGIN}/sol"]
    assert feed.problem


@pytest.mark.parametrize("data", [b"\x00\xff\xfe garbage", b"", b"just text, no markup"])
def test_non_feed_bytes_are_an_input_error(data):
    with pytest.raises(InputError, match=r"https://wire\.example/feed: not a readable feed"):
        parse_feed(data, f"{ORIGIN}/feed")


def test_non_http_links_are_refused_not_fetched():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>a</title><link>file:///etc/passwd</link></item>
<item><title>b</title><link>gopher://127.0.0.1:70/1</link></item>
<item><title>c</title><link>data:text/html,hi</link></item>
<item><title>d</title><link>https://wire.example/ok</link></item></channel></rss>"""
    feed = parse_feed(rss, f"{ORIGIN}/feed")
    assert [e.url for e in feed.entries] == ["https://wire.example/ok"]
    assert [reason.split(" ")[1] for _, reason in feed.refused] == ["'file'", "'gopher'", "'data'"]


def test_an_entry_date_that_is_no_date_is_dropped_and_listed_with_the_entry():
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coin Ledger Daily</title>
<entry><title>Bitcoin Slides Below $64K as Liquidations Top $2.1B</title>
  <link href="https://wire.example/btc-liquidations"/>
  <published>0000-00-00</published><updated>0000-00-00</updated></entry>
<entry><title>Ether ETFs Log $120M Outflows</title><link href="https://wire.example/eth-etf"/>
  <published>00/00/0000</published><updated>2026-02-05T18:30:00Z</updated></entry>
<entry><title>Solana DEX Volume Hits $4.2B</title><link href="https://wire.example/sol-dex"/>
  <updated>2026-02-06T08:00:00Z</updated></entry>
</feed>"""
    feed = parse_feed(atom, f"{ORIGIN}/feed")
    dates = {e.url.rsplit("/", 1)[1]: e.published for e in feed.entries}
    assert dates == {
        "btc-liquidations": None,  # kept: the page's own date will be used
        "eth-etf": datetime(2026, 2, 5, 18, 30, tzinfo=UTC),  # the update date is real
        "sol-dex": datetime(2026, 2, 6, 8, 0, tzinfo=UTC),
    }
    assert feed.undated == [
        (
            "https://wire.example/btc-liquidations",
            "entry date '0000-00-00' is not a real date; the page's own is used",
        )
    ]
    assert feed.refused == []


def test_text_input_is_refused():
    with pytest.raises(TypeError, match="takes bytes"):
        parse_feed("https://wire.example/feed.xml", ORIGIN)  # type: ignore[arg-type]


OPENED: list[tuple[str, tuple]] = []
_WATCHING = [False]


def _audit(event, args):
    if _WATCHING[0] and event in ("open", "socket.connect", "urllib.Request"):
        OPENED.append((event, args))


sys.addaudithook(_audit)


@pytest.mark.parametrize(
    "data", [b"/etc/hostname", b"http://127.0.0.1:9/feed.xml", str(SITE / "feed.xml").encode()]
)
def test_feed_bytes_naming_a_path_or_url_are_never_opened(data):
    OPENED.clear()
    _WATCHING[0] = True
    try:
        with pytest.raises(InputError):
            parse_feed(data, f"{ORIGIN}/feed")
    finally:
        _WATCHING[0] = False
    assert [event for event in OPENED if data.decode() in str(event[1])] == []
    assert not any(event == "socket.connect" for event, _ in OPENED)
