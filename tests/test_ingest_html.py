"""HTML → Article on pages built like real crypto news sites (tests/fixtures/site)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from extractor.errors import ExtractionError
from extractor.ingest.html import parse_article, parse_page

SITE = Path(__file__).parent / "fixtures" / "site"
BASE = "https://news.example"
# pages of the test site, and pages written later to check the extractor on unseen layouts
PAGES = sorted(p.stem for p in SITE.glob("*.html")) + sorted(
    f"heldout/{p.stem}" for p in (SITE / "heldout").glob("*.html")
)


def _page(name: str, url: str | None = None):
    return parse_page((SITE / f"{name}.html").read_bytes(), url or f"{BASE}/{name}.html")


def _gold(name: str) -> list[str]:
    folder, _, stem = name.rpartition("/")
    path = SITE / folder / "gold" / f"{stem}.txt"
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("name", PAGES)
def test_body_is_gold_text_after_title_line(name):
    article = _page(name).article
    lines = article.text.split("\n")
    assert lines[0] == article.title
    assert lines[1:] == _gold(name)


METADATA = [
    # page, title, publisher, author, published, updated
    (
        "bitcoin-liquidations",
        "Bitcoin Slides Below $64K as Crypto Liquidations Top $2.1B",
        "Coin Ledger Daily",
        "Helena Marsh, Omar Reyes",
        datetime(2026, 2, 6, 9, 12, tzinfo=UTC),
        datetime(2026, 2, 6, 11, 40, tzinfo=UTC),
    ),
    (
        "ether-etf-outflows",
        "Ether ETFs bleed $1.3B in February as ETH price tests $1,800",
        "Chain Telegraph",
        "Priya Nandakumar",
        datetime(2026, 2, 5, 16, 45, 10, tzinfo=timezone(timedelta(hours=1))),
        None,
    ),
    (
        "strategy-bitcoin-purchase",
        "Strategy Buys 4,225 BTC for $472.5 Million, Holdings Reach 713,502 BTC",
        "CoinPulse News",
        "Marcus Feld",  # JSON-LD author given as an @id reference into the @graph
        datetime(2026, 2, 2, 13, 5, 44, tzinfo=UTC),
        datetime(2026, 2, 2, 14, 20, 3, tzinfo=UTC),
    ),
    (
        "solana-dex-volume",  # no JSON-LD: OpenGraph, byline and <time> only
        "Solana DEX volume falls 41% in January as memecoin trading cools",
        "The Ledger Block",
        "Lin Zhou",
        datetime(2026, 2, 3, 14, 30, tzinfo=timezone(timedelta(hours=-5))),
        None,
    ),
    (
        "funding-rates-negative",  # article:author is a URL; JSON-LD names the person
        "Bitcoin Funding Rates Flip Negative as Shorts Pile In",
        "Decryptor",
        "Sam Okafor",
        datetime(2026, 2, 7, 8, 0, tzinfo=UTC),
        datetime(2026, 2, 7, 10, 15, tzinfo=UTC),
    ),
]


@pytest.mark.parametrize(("name", "title", "publisher", "author", "published", "updated"), METADATA)
def test_metadata_prefers_json_ld_then_meta_then_visible(
    name, title, publisher, author, published, updated
):
    article = _page(name).article
    assert (article.title, article.publisher, article.author) == (title, publisher, author)
    assert article.published == published
    assert article.updated == updated


BOILERPLATE = [
    ("bitcoin-liquidations", "Newsletters"),  # navigation
    ("bitcoin-liquidations", "BTC $63,912.40"),  # ticker bar in the site header
    ("bitcoin-liquidations", "Sign up for Markets Daily"),
    ("bitcoin-liquidations", "Read more:"),
    ("bitcoin-liquidations", "Disclosure:"),
    ("bitcoin-liquidations", "Miners Sold 8,200 BTC"),  # related list
    ("bitcoin-liquidations", "Dogecoin Whales"),  # sidebar
    ("bitcoin-liquidations", "Advertisement"),
    ("bitcoin-liquidations", "We use cookies"),
    ("ether-etf-outflows", "does not contain investment advice"),
    ("ether-etf-outflows", "Related:"),
    ("ether-etf-outflows", "12,481 views"),
    ("ether-etf-outflows", "Lido now controls 24.6%"),  # recommended teaser paragraph
    ("ether-etf-outflows", "Login to comment"),
    ("strategy-bitcoin-purchase", "Table of Contents"),
    ("strategy-bitcoin-purchase", "Disclaimer:"),
    ("strategy-bitcoin-purchase", "Also Read:"),
    ("strategy-bitcoin-purchase", "Share this:"),
    ("strategy-bitcoin-purchase", "2 million crypto readers"),  # sidebar text widget
    ("strategy-bitcoin-purchase", "covered markets and corporate finance for 11 years"),
    ("solana-dex-volume", "Subscribe to The Daily newsletter"),
    ("solana-dex-volume", "250x leverage"),  # more stories
    ("solana-dex-volume", "not offered or intended to be used as legal"),
    ("funding-rates-negative", "Daily Debrief newsletter"),  # blurb without a class
    ("funding-rates-negative", "0% fees for 30 days"),  # promo banner
    ("funding-rates-negative", "Hashprice Falls to $38"),  # read next card
    ("funding-rates-negative", "Edited by"),
    ("ether-etf-outflows-syndicated", "originally published on Chain Telegraph"),
    ("heldout/ghost-whale-accumulation", "Image: Shutterstock"),  # image credit
    ("heldout/ghost-whale-accumulation", "Miner outflows rose"),  # link card wrapping blocks
    ("heldout/markets-wrap-sections", "More from Crypto Markets Today"),  # heading of a link list
    ("heldout/markets-wrap-sections", "BTC 68,014.22"),  # price ticker
    ("heldout/markets-wrap-sections", "straight to your inbox"),
    ("heldout/drupal-exchange-hack", "Image credit"),
    ("heldout/drupal-exchange-hack", "Tether freezes $12 million"),  # most read
]


@pytest.mark.parametrize(("name", "snippet"), BOILERPLATE)
def test_boilerplate_is_left_out(name, snippet):
    assert snippet.lower() not in _page(name).article.text.lower()


CAPTIONS = [
    # page, caption, the line before it (the figure the caption attributes follows it)
    ("bitcoin-liquidations", "by exchange. Source: CoinGlass", "Longs accounted for $1.87 billion"),
    ("funding-rates-negative", "funding rate. Source: CoinGlass", "shorts pay longs"),
    ("ether-etf-outflows", "ETH/USD daily chart. Source: TradingView", "moving coins to exchanges"),
    ("solana-dex-volume", "Source: The Ledger Block Data Dashboard", "lowest since September 2024"),
]


@pytest.mark.parametrize(("name", "caption", "before"), CAPTIONS)
def test_figure_caption_stays_in_place(name, caption, before):
    lines = _page(name).article.text.split("\n")
    index = next(i for i, line in enumerate(lines) if caption in line)
    assert before in lines[index - 1]


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("strategy-bitcoin-purchase", "Jan 18, 2026 | 22,305 | $2.13B | $95,284"),
        ("strategy-bitcoin-purchase", "Week ending | BTC bought | Cost | Average price"),
        ("funding-rates-negative", "Binance | -0.015% | $11.8B"),
    ],
)
def test_table_rows_are_lines_with_cells_joined(name, row):
    assert row in _page(name).article.text.split("\n")


@pytest.mark.parametrize(
    ("name", "url", "expected_url", "canonical_link"),
    [
        # relative rel=canonical with tracking parameters resolves against the fetched URL
        (
            "strategy-bitcoin-purchase",
            f"{BASE}/strategy-bitcoin-purchase.html?utm_source=rss",
            f"{BASE}/strategy-bitcoin-purchase.html",
            None,
        ),
        # a canonical on another host marks a syndicated copy; the fetched URL is kept
        (
            "ether-etf-outflows-syndicated",
            "https://marketwire.example/crypto/ether-etfs?guccounter=1",
            "https://marketwire.example/crypto/ether-etfs",
            "https://chaintelegraph.example/news/ether-etf-outflows",
        ),
    ],
)
def test_article_url_is_canonical(name, url, expected_url, canonical_link):
    page = _page(name, url)
    assert page.article.url == expected_url
    assert page.canonical_link == canonical_link


def test_article_id_is_stable_hash_of_url_unless_given():
    html = (SITE / "solana-dex-volume.html").read_bytes()
    first = parse_article(html, f"{BASE}/solana-dex-volume.html?utm_medium=x")
    second = parse_article(html, f"{BASE}/solana-dex-volume.html")
    assert first.id == second.id
    assert parse_article(html, f"{BASE}/other.html").id != first.id
    assert parse_article(html, None, "sol-01").id == "sol-01"


# Two more paragraphs, so that a small page is long enough to be an article.
MORE = (
    "<p>Net inflows across the eleven U.S. spot bitcoin funds reached $4.7 billion for the "
    "month, according to Farside Investors, with BlackRock's IBIT taking the largest share.</p>"
    "<p>Analysts at a crypto trading desk said the flows tracked a rebound in bitcoin's price "
    "above $97,000 and a narrowing of the Coinbase premium over the same period.</p>"
)
SMALL_PAGES = [
    # (html, expected title, expected first body line)
    (
        "<html><head><title>BTC ETF inflows hit $1B - Crypto Wire</title>"
        '<meta property="og:site_name" content="Crypto Wire"></head><body><div class="story">'
        f"<p>Spot bitcoin ETFs took in $1.02 billion on Monday, the most since November.</p>{MORE}"
        "</div></body></html>",
        "BTC ETF inflows hit $1B",
        "Spot bitcoin ETFs took in $1.02 billion on Monday, the most since November.",
    ),
    (
        "<html><body><main><h1>Hyperliquid whale opens $200M short</h1>"
        "<p>A trader opened a 40x short worth $200 million on Hyperliquid.<br>"
        f"Lookonchain flagged the position.</p>{MORE}"
        '<ul class="related"><li><a href="/x">Whale closes $50M long</a></li></ul>'
        "</main></body></html>",
        "Hyperliquid whale opens $200M short",
        "A trader opened a 40x short worth $200 million on Hyperliquid. "
        "Lookonchain flagged the position.",
    ),
]


@pytest.mark.parametrize(("html", "title", "first_line"), SMALL_PAGES)
def test_title_fallbacks_and_line_breaks(html, title, first_line):
    article = parse_article(html, "https://wire.example/a")
    assert article.title == title
    assert article.text.split("\n")[1] == first_line


EURO = "<p>Tether minted €2.5 billion — a record</p>"
CHARSETS = [
    # (bytes, Content-Type header): every one must read as EURO
    (f'<meta charset="iso-8859-1">{EURO}{MORE}'.encode(), None),  # declared latin-1, really UTF-8
    (f"{EURO}{MORE}".encode("cp1252"), "text/html; charset=windows-1252"),
    (f'<meta charset="windows-1252">{EURO}{MORE}'.encode("cp1252"), None),
    (f"\ufeff{EURO}{MORE}".encode("utf-16-le"), "text/html; charset=utf-8"),  # BOM beats header
]


@pytest.mark.parametrize(("data", "content_type"), CHARSETS)
def test_wrong_or_missing_charset_declarations_decode_correctly(data, content_type):
    article = parse_article(data, "https://wire.example/eur", content_type=content_type)
    assert "Tether minted €2.5 billion — a record" in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav><footer>© 2026</footer></body></html>",
        "",
        "<p>Disclaimer: nothing here is financial advice.</p>",
    ],
)
def test_page_without_article_text_is_an_extraction_error(html):
    with pytest.raises(ExtractionError, match=r"https://wire\.example/empty: no article text"):
        parse_article(html, "https://wire.example/empty")


def test_deeply_nested_page_does_not_recurse_out():
    # deeper than the block walker descends, within what the HTML parser keeps
    html = "<div>" * 1500 + "<p>Bitcoin fell 5% to $61,000.</p>" + MORE + "</div>" * 1500
    assert "Bitcoin fell 5% to $61,000." in parse_article(html, "https://wire.example/deep").text


def test_page_nested_past_the_parser_limit_is_a_clean_error():
    html = "<div>" * 5000 + "<p>Bitcoin fell 5% to $61,000.</p>" + MORE + "</div>" * 5000
    reason = r"wire\.example/deeper: elements nest more than 2,048 deep"
    with pytest.raises(ExtractionError, match=reason):
        parse_article(html, "https://wire.example/deeper")
