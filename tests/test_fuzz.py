"""Fuzzing (hypothesis) of the amount grammar, the date rules, the HTML parser and the feed
reader (matrix row 25): on any input each raises nothing but the project's documented
errors, and what it returns is well formed.

Inputs are assembled from the pieces real pages and feeds are made of (tags, entities,
numbers, scale words, dates, XML declarations) mixed with arbitrary text and bytes, which
reaches the parsers' corners far more often than random bytes alone.
"""

from __future__ import annotations

import math
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.errors import ExtractionError, FetchError, InputError
from extractor.ingest.feeds import parse_feed
from extractor.ingest.html import parse_page
from extractor.ingest.urls import check_scheme
from extractor.nlp.amounts import find_amounts
from extractor.nlp.periods import find_time_expressions

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

NUMBER_PIECES = [
    "$", "€", "US$", "-", "+", "~", "–", "(", ")", "%", "x", " ", "\n", "…", "...", ". ",
    ", ", "0", "7", "1.5", "2.65", "60,000", "1,806.5", "0.0001", "1e9", "99999999999999999999",
    ".5", "5.", "1,2,3", "1..2", "$$", " billion", " billi", " million", " mill", "bn", "m", "K",
    "B+", " percent", " BTC", " sats", " more than ", " between ", " and ", " to ", " half a ",
    " dozen", " basis points", "¼", "٣", "１２", "\u00a0", "\u202f", "−",
]  # fmt: skip
DATE_PIECES = [
    " ", "\n", ", ", " on ", "Friday", "Thursday", " February 5", "Feb. 29", "2024", "2026",
    "0000-00-00", "9999-12-31", "2025-13-45", "Q1", "Q4 2025", "H2", "FY2025", " quarter",
    " the first quarter of ", " last ", " 24 hours", " week", " month", " year", " since ",
    " by ", " a day earlier", " yesterday", " today", "31/02/2026", "12/31/2025", " 3 p.m.",
    " year-to-date", " YTD", " so far this ", " mid-", " early ", " late ", "March", "Dec 19",
]  # fmt: skip
HTML_PIECES = [
    "<html>", "<head>", "<title>", "</title>", "<body>", "<div>", "</div>", "<p>", "</p>",
    "<article>", "<table><tr><td>", "</td></tr></table>", "<a href='/x'>", "</a>", "<br>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<meta charset='",
    "utf-8'>", "koi8-r'>", "x\x00'>", '<script type="application/ld+json">', '{"@type":',
    '"NewsArticle", "datePublished": "0000-00-00", "headline": ', '"publisher": {"name": [',
    "]}}", "</script>", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "Bitcoin fell 5% to $60,000",
    " as $2.1 billion was liquidated.", "\ufeff", "\x00", "<svg><foreignObject><p>", "<math>",
]  # fmt: skip
FEED_PIECES = [
    '<?xml version="1.0" encoding="', "utf-8", "UTF\x00-8", "\xff\xfe", "koi8-r", '"?>',
    "<rss version=\"2.0\">", "<channel>", "<title>Wire</title>", "<item>", "</item>",
    "<link>", "</link>", "https://wire.example/a", "http://[::1", "http://x:99999/",
    "javascript:alert(1)", "file:///etc/passwd", "<pubDate>", "</pubDate>", "0000-00-00",
    "Fri, 31 Feb 2026 25:61:00 +9999", "</channel></rss>", '<feed xmlns="http://www.w3.org/2005/Atom">',
    "<entry>", "</entry>", '<link href="', '"/>', "<updated>", "</updated>", "</feed>",
    "<!DOCTYPE rss>", "&amp;", "&bogus;", "<![CDATA[", "]]>", "\x00", "<rdf:RDF>",
]  # fmt: skip


def assembled(pieces: list[str], max_size: int = 40) -> st.SearchStrategy[str]:
    piece = st.sampled_from(pieces) | st.text(max_size=6)
    return st.lists(piece, max_size=max_size).map("".join)


@FUZZ
@given(assembled(NUMBER_PIECES))
@example("Crypto liquidations top $1.46 billi")
@example("9" * 400 + " billion")
def test_amount_grammar_never_raises_and_spans_are_sound(text):
    for amount in find_amounts(text):
        assert 0 <= amount.start < amount.end <= len(text)
        assert math.isfinite(amount.value)


dates = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@FUZZ
@given(assembled(DATE_PIECES), dates, st.none() | st.integers(1, 9999))
@example("so far this year", date(1, 1, 1), None)
@example("in the last 24 hours", date(9999, 12, 31), None)
@example("Q4 2025 and a day earlier", None, 9999)
@example(" the first quarter of  a day earlier", None, 1)
def test_date_rules_never_raise_and_periods_are_ordered(text, published, year):
    for expression in find_time_expressions(text, published, year):
        assert 0 <= expression.start < expression.end <= len(text)
        if expression.period is not None:
            start, end = expression.period
            assert start <= end


@FUZZ
@given(st.one_of(assembled(HTML_PIECES).map(str.encode), st.binary(max_size=300)))
@example(b"<html><body>" + b"<div>" * 3000 + b"<p>$2 billion</p>")
@example(b"\xef\xbb\xbf<p>BOM then text \xff\xfe</p>")
def test_html_parser_raises_only_extraction_errors(data):
    try:
        page = parse_page(data, "https://news.example/story")
    except ExtractionError:
        return
    assert page.article.text.strip()
    assert page.encoding


@FUZZ
@given(
    st.one_of(
        assembled(FEED_PIECES).map(lambda s: s.encode("utf-8", "surrogatepass")),
        st.binary(max_size=300),
    )
)
@example(b'<?xml version="1.0" encoding="UTF\x00-8"?><rss><channel><item><link>x</link></item>')
def test_feed_reader_raises_only_input_errors_and_lists_fetchable_links(data):
    try:
        feed = parse_feed(data, "https://wire.example/feed")
    except InputError:
        return
    for entry in feed.entries:
        try:
            check_scheme(entry.url)
        except FetchError as exc:  # pragma: no cover - a failure message worth reading
            raise AssertionError(f"{entry.url!r} was listed: {exc}") from None
