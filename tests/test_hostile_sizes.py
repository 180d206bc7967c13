"""Hostile pages and texts by size class: 10x the input may cost about 10x the time, never
100x (matrix rows 21, 22, 37). Times are this process's CPU time, so other load on the
machine does not decide the outcome; the bounds are generous for a slow CI.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

import pytest
from hostile_inputs import (
    PARAGRAPH,
    bullet_rows,
    figures_list,
    nested_divs,
    one_line,
    quoted_posts,
    sections,
    short_sentences,
    table_rows,
)

from extractor.claims import extract_article
from extractor.errors import ExtractionError
from extractor.ingest.feeds import parse_feed
from extractor.ingest.html import parse_page
from extractor.models import Article
from extractor.nlp.amounts import find_amounts
from extractor.nlp.periods import find_time_expressions

T = TypeVar("T")

LINEAR = 25  # 10x input: a linear cost is about 10x, a quadratic one about 100x


def cpu_seconds(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def assert_linear(make: Callable[[int], object], run: Callable[[object], T], n: int) -> T:
    """Time ``run`` on inputs of size n and 10n; the larger may cost at most LINEAR times.

    Returns the larger input's result, so a test can also check what was read from it."""
    small, large = make(n), make(10 * n)
    run(small)  # warm-up: caches, lexicons, the spaCy pipeline
    once = cpu_seconds(lambda: run(small))
    started = time.process_time()
    result = run(large)
    tenfold = time.process_time() - started
    assert tenfold <= LINEAR * once + 0.5, f"{once:.3f} s -> {tenfold:.3f} s for 10x the input"
    return result


def nested_links(n: int) -> str:
    cards = "".join(f"<div><a href='/n/{i}'>Story {i}</a>{PARAGRAPH}</div>" for i in range(n))
    return "<html><body><main>" + "<section>" * 50 + cards + "</section>" * 50 + "</main></body>"


@pytest.mark.parametrize(
    ("make", "n"),
    [(nested_divs, 200), (table_rows, 300), (nested_links, 150)],
    ids=["nested-divs", "table-rows", "link-cards"],
)
def test_hostile_pages_cost_linear_time(make, n):
    assert_linear(make, lambda html: parse_page(html, "https://news.example/a"), n)


def test_nesting_past_the_parsers_depth_limit_is_refused_with_the_reason():
    # libxml2 stops at 2,048 levels: deeper text is cut off, and the page says so
    page = nested_divs(200_000)
    started = time.process_time()
    with pytest.raises(ExtractionError, match="elements nest more than 2,048 deep"):
        parse_page(page, "https://news.example/deep")
    assert time.process_time() - started < 10
    assert "$2.1 billion" in parse_page(nested_divs(2_000), "https://news.example/d").article.text


def test_an_article_before_a_hostile_nest_is_kept_and_its_cut_flagged():
    html = nested_divs(3_000).replace("<body>", f"<body><article>{PARAGRAPH * 3}</article>")
    started = time.process_time()
    page = parse_page(html, "https://news.example/nest")
    assert time.process_time() - started < 10
    assert "$2.1 billion" in page.article.text
    assert page.cut_off is not None and "nest more than 2,048 deep" in page.cut_off
    whole = parse_page(nested_divs(2_000), "https://news.example/d")
    assert whole.cut_off is None


def test_a_page_over_the_character_limit_is_refused_not_parsed():
    huge = "<html><body><p>" + "Bitcoin " * 3_000_000 + "</p></body></html>"
    started = time.process_time()
    with pytest.raises(ExtractionError, match="over the limit"):
        parse_page(huge, "https://news.example/big")
    assert time.process_time() - started < 5


def quarters(n: int) -> str:
    return "Revenue rose in Q1 2025 and Q2 2025, then fell in the third quarter of 2025. " * n


@pytest.mark.parametrize(
    ("make", "n"),
    [(figures_list, 300), (quarters, 40), (short_sentences, 4_000)],
    ids=["one-comma-space-run", "repeated-quarters", "short-sentences"],
)
def test_hostile_texts_cost_linear_time(make, n):
    assert_linear(make, lambda text: extract_article(Article(id="h", text=text)), n)


def test_a_text_of_twenty_thousand_figures_extracts_in_linear_time():
    # each figure used to search its whole (1,000-character) sentence several times and
    # scan 400 neighbours for a repeat: 0.8 ms a figure, 16 s at 20,000
    claims = assert_linear(
        figures_list, lambda t: extract_article(Article(id="list", text=t)), 2_000
    )
    assert len(claims) == 20_000


def test_a_list_of_fifteen_thousand_rows_extracts_in_linear_time():
    # a list is one paragraph: each row's figure looked at every summary line for a source
    # and at every date of the paragraph before it; 19 s at 15,000 rows
    published = datetime(2024, 6, 10)
    claims = assert_linear(
        bullet_rows,
        lambda t: extract_article(Article(id="rows", text=t, published=published)),
        1_500,
    )
    assert len(claims) == 15_000
    assert {(c.period_start, c.period_end) for c in claims} == {(date(2024, 6, 7),) * 2}


def test_three_thousand_sentences_on_one_line_extract_in_linear_time():
    # each name on the line read the whole line to tell a headline, and each figure looked
    # at every mention of the article for a coin: 25 s at 3,000 sentences
    claims = assert_linear(one_line, lambda t: extract_article(Article(id="line", text=t)), 300)
    assert len(claims) == 9_000
    assert {c.asset for c in claims if c.quote == "$30,000"} == {"BTC"}


def test_twelve_thousand_sections_with_captions_extract_in_linear_time():
    # each figure's paragraph looked at every heading for its section's date, and each line
    # rebuilt the article's captions: 19 s at 12,000 sections
    claims = assert_linear(
        sections, lambda t: extract_article(Article(id="sections", text=t)), 1_200
    )
    interest = [c for c in claims if c.quote.startswith("$")]
    assert len(interest) == 12_000 and {c.source for c in interest} == {"CoinGlass"}


def moves_over_weeks(n: int) -> str:
    return "Ether rose 20% over three weeks. It fell on May 3. " * n


def test_thousands_of_durations_are_dated_in_linear_time():
    # each duration looked at every date of the text for one in its sentence
    published = date(2024, 6, 10)
    assert_linear(moves_over_weeks, lambda t: find_time_expressions(t, published, None), 300)
    found = find_time_expressions(moves_over_weeks(6_000), published, None)
    weeks = [t.period for t in found if t.kind == "duration"]
    assert weeks == [(date(2024, 5, 20), published)] * 6_000


def test_thousands_of_quarter_expressions_are_found_in_linear_time():
    assert_linear(quarters, lambda text: find_time_expressions(text, None, None), 500)
    found = find_time_expressions(quarters(2_000), None, None)
    assert len(found) == 6_000


def test_thousands_of_quoted_posts_are_dated_in_linear_time():
    # each post's lines used to run over the posts above it, whose lines were dated again
    # inside it: the work doubled with each post a post's 320 characters held
    published = date(2024, 6, 10)
    found = assert_linear(
        quoted_posts, lambda text: find_time_expressions(text, published, None), 500
    )
    today = [t.period for t in found if t.kind == "today"]
    assert len(today) == 5_000 and set(today) == {(date(2024, 6, 8), date(2024, 6, 8))}


@pytest.mark.parametrize(
    "text", ["1," * 100_000 + "x", "?" * 100_000 + "x", "9" * 100_000], ids=["1,", "?", "9"]
)
def test_runs_without_spaces_are_refused_at_once(text):
    started = time.process_time()
    with pytest.raises(ExtractionError, match="without a space"):
        extract_article(Article(id="r", text=text))
    assert time.process_time() - started < 2


def test_amount_grammar_on_a_long_figure_list_is_linear():
    assert_linear(figures_list, find_amounts, 2_000)


def feed_of(n: int) -> bytes:
    items = "".join(
        f"<item><title>Story {i}</title><link>https://wire.example/{i}</link>"
        f"<pubDate>Fri, 06 Feb 2026 09:{i % 60:02d}:00 +0000</pubDate></item>"
        for i in range(n)
    )
    channel = f"<channel><title>Wire</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def test_a_feed_of_many_entries_is_read_in_linear_time():
    assert_linear(feed_of, lambda data: parse_feed(data, "https://wire.example/feed"), 200)


def test_a_text_over_a_million_characters_is_refused_and_the_others_extracted():
    from extractor.claims import extract_many
    from extractor.corpus import ArticleError

    long_text = "Bitcoin fell 5% to $60,000 on Friday. " * 30_000  # 1.14 million characters
    results = list(
        extract_many(
            [Article(id="long", text=long_text), Article(id="ok", text="ETH rose 3% to $1,900.")]
        )
    )
    assert isinstance(results[0], ArticleError) and "over 1,000,000" in str(results[0])
    assert [c.quote for c in results[1]] == ["3%", "$1,900"]
