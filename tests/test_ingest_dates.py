"""A page's publication date is read only as precisely as the page writes it: a bare year
or a year and month names no day, and a relative date ("3 hours ago") names none without
the day the page was read, so neither takes a day from the day the tool runs (the claims
of a page would change with it); the date is unknown instead."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractor.ingest.feeds import parse_feed
from extractor.ingest.html import parse_page
from extractor.ingest.html_meta import parse_date


def _page(published: str, where: str = "json-ld") -> bytes:
    if where == "json-ld":
        head = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            f'"Pool hashrate share slips", "datePublished": "{published}"}}</script>'
        )
    else:
        head = f'<meta property="article:published_time" content="{published}">'
    body = (
        "<p>The mining pool's share of network hashrate slipped to 18.4% after the "
        "difficulty adjustment, its operator said in a note to members.</p>" * 3
    )
    return (
        f"<html><head><title>Pool hashrate share slips</title>{head}</head><body><article>"
        f"<h1>Pool hashrate share slips</h1>{body}</article></body></html>"
    ).encode()


DAYLESS = ["1988", "2019-07", "July 2019", "Published: 2019", "3 hours ago", "yesterday", "May 14"]


@pytest.mark.parametrize("written", DAYLESS)
def test_a_date_without_its_day_is_unknown(written: str) -> None:
    assert parse_date(written) is None


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2019-07-04", datetime(2019, 7, 4)),
        ("2019-07-04T09:30:00Z", datetime(2019, 7, 4, 9, 30, tzinfo=UTC)),
        ("Thu, 04 Jul 2019 09:30:00 GMT", datetime(2019, 7, 4, 9, 30, tzinfo=UTC)),
        ("4 July 2019", datetime(2019, 7, 4)),
        ("July 4, 2019", datetime(2019, 7, 4)),
    ],
)
def test_a_date_with_its_day_is_read(written: str, day: datetime) -> None:
    assert parse_date(written) == day


@pytest.mark.parametrize("where", ["json-ld", "meta"])
@pytest.mark.parametrize("written", ["1988", "2019-07", "July 2019"])
def test_a_page_dated_only_by_year_or_month_has_no_publication_day(where: str, written: str):
    article = parse_page(_page(written, where), "https://pools.example/news/hashrate").article
    assert article.published is None


def test_a_page_with_a_full_date_keeps_it() -> None:
    article = parse_page(_page("2019-07-04", "meta"), "https://pools.example/news/hashrate").article
    assert article.published == datetime(2019, 7, 4)


def test_a_feed_entry_dated_only_by_year_or_month_is_undated() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Pool Notes</title>
<item><title>Difficulty retarget</title><link>https://pools.example/a</link><pubDate>2019</pubDate></item>
<item><title>Payout schedule</title><link>https://pools.example/b</link><pubDate>2019-07</pubDate></item>
<item><title>Fee change</title><link>https://pools.example/c</link>
<pubDate>Thu, 04 Jul 2019 09:30:00 GMT</pubDate></item>
</channel></rss>"""
    feed = parse_feed(rss, "https://pools.example/feed")
    dates = {e.url.rsplit("/", 1)[1]: e.published for e in feed.entries}
    assert dates == {"a": None, "b": None, "c": datetime(2019, 7, 4, 9, 30, tzinfo=UTC)}


def _undeclared(time_tag: str) -> bytes:
    body = (
        "<p>Card spending on the programme rose 12% in the quarter, the issuer said.</p>"
        "<p>Cardholders in 31 countries can now top up with stablecoins, up from 19.</p>"
        "<p>The issuer charges a 0.9% conversion fee and has no monthly charge.</p>"
        "<p>About 210,000 cards were active at the end of the quarter, it said.</p>"
    )
    return (
        "<html><head><title>Card spending rises</title></head><body><article>"
        f"<h1>Card spending rises</h1><p class='byline'>By A. Writer {time_tag}</p>{body}"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("time_tag", "day"),
    [
        ('<time datetime="2019-07">July 2019</time>', None),
        ('<time datetime="2019">2019</time>', None),
        ('<time datetime="2019-07-04">July 4, 2019</time>', datetime(2019, 7, 4)),
        (
            '<time datetime="2019-07-04T09:30:00+00:00">4 Jul 2019</time>',
            datetime(2019, 7, 4, 9, 30, tzinfo=UTC),  # the tag's time and zone
        ),
    ],
)
def test_a_day_found_in_the_markup_counts_only_when_written_whole(time_tag, day):
    article = parse_page(_undeclared(time_tag), "https://cards.example/news/spend").article
    assert article.published == day
