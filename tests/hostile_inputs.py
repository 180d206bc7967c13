"""Hostile inputs by size: the pages and texts the size tests bound and
``bench/bench_hostile.py`` times, built in one place so both measure the same thing."""

from __future__ import annotations

PARAGRAPH = (
    "<p>Bitcoin fell 5% to $60,000 on Friday as liquidations topped $2.1 billion, "
    "CoinGlass data show.</p>"
)


def nested_divs(n: int) -> str:
    """An article paragraph inside ``n`` nested ``<div>`` elements."""
    return "<html><body>" + "<div>" * n + PARAGRAPH * 3 + "</div>" * n + "</body></html>"


def table_rows(n: int) -> str:
    """An article with a table of ``n`` price rows."""
    rows = "".join(f"<tr><td>BTC</td><td>${i},000</td><td>{i % 90}%</td></tr>" for i in range(n))
    return f"<html><body><article>{PARAGRAPH}<table>{rows}</table></article></body></html>"


def links_in_paragraph(n: int) -> str:
    """An article paragraph holding ``n`` links (a tag cloud run into the text)."""
    links = "".join(f'<a href="/tag/{i}">tag {i}</a> ' for i in range(n))
    return f"<html><body><article><p>{links}</p>{PARAGRAPH * 3}</article></body></html>"


def figures_list(n: int) -> str:
    """``n`` bare figures in one comma run: every "1" is an amount."""
    return "1, " * n + "x"


def short_sentences(n: int) -> str:
    """``n`` short sentences without a figure."""
    return "Markets were calm. " * n


def quoted_posts(n: int) -> str:
    """``n`` embedded posts, each a short line with its link over its signature, with no
    blank line between them (a live blog of quoted posts)."""
    post = "BTC is up 4% today t.co/a1\n— Whale Watch (@whales) June 8, 2024\n"
    return "Bitcoin traders watched these posts on Monday.\n" + post * n


def bullet_rows(n: int) -> str:
    """A list of ``n`` bulleted flow rows under one lead line: one paragraph."""
    rows = "".join(f"- ${i % 900 + 100},{i % 1000:03d} on Friday\n" for i in range(n))
    return "Weekly flows into spot bitcoin funds:\n" + rows


def one_line(n: int) -> str:
    """``n`` sentences on one line: a page whose paragraphs lost their breaks."""
    return "Luna lost 99% in six days in May 2022, and Bitcoin fell 5% to $30,000. " * n


def sections(n: int) -> str:
    """``n`` sections, each a heading, a figure and a chart caption under it."""
    return "".join(
        f"## Week {i}\nBitcoin open interest hit ${i % 90 + 10} billion.\nSource: CoinGlass\n"
        for i in range(n)
    )
