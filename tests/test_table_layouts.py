"""Table layouts beyond bar rows: columns set apart by tabs or aligned with runs of spaces,
an HTML table whose empty corner cell the page reader drops (its header one cell short of
its rows), and two tables back to back, the second's header ending the first."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check, row

from extractor.nlp.lines import read_lines

PUBLISHED = date(2026, 11, 20)

# a newsletter's plain-text board, columns aligned with spaces
ALIGNED = (
    "Layer-2 activity this week\n\n"
    "Network      Value locked    Weekly change\n"
    "Arbitrum     $2.9B           -4.1%\n"
    "Base         $3.4B           +6.2%\n"
)
# the same board pasted with tabs
TABBED = (
    "Derivatives board, Friday close\n\n"
    "Venue\tOpen interest\t24h volume\n"
    "Binance\t$8.1B\t$21.4B\n"
    "OKX\t$3.7B\t$9.6B\n"
)
# an HTML table with venues across the top and an empty corner: the reader drops the empty
# cell, so the header holds one cell fewer than the rows
CORNER = (
    "Exchange snapshot\n\n"
    "Binance | Bybit | OKX\n"
    "Open interest | $8.1B | $5.2B | $3.7B\n"
    "24h volume | $21.4B | $11.9B | $9.6B\n"
)
# two tables back to back: the second header starts a table of its own
TWO_TABLES = (
    "Market wrap\n\n"
    "Venue | Open interest\n"
    "Binance | $8.1B\n"
    "Bybit | $5.2B\n"
    "Coin | Last price\n"
    "Bitcoin | $91,240\n"
    "Ether | $3,115\n"
)

REACH = [
    row(ALIGNED, "$3.4B", metric="tvl"),
    row(ALIGNED, "$2.9B", metric="tvl"),
    row(TABBED, "$3.7B", metric="open_interest", venue="OKX"),
    row(TABBED, "$9.6B", metric="trading_volume"),
    row(CORNER, "$11.9B", metric="trading_volume"),
    row(CORNER, "$5.2B", metric="open_interest", venue="Bybit"),
    row(TWO_TABLES, "$3,115", metric="price", asset="ETH"),
    row(TWO_TABLES, "$91,240", metric="price", asset="BTC"),
]  # fmt: skip

TWINS = [
    # prose with two spaces after its stops is no aligned table
    row("Bitcoin fell 3% to $88,400 on Monday.  Ether lost 5%.\n"
        "Funds pulled $300 million.  Analysts blamed the Fed.\n", "$300 million",
        metric="fund_flow"),
    # a header as long as its rows still heads the first table of two
    row(TWO_TABLES, "$5.2B", metric="open_interest"),
    # a row one cell short of its header (a cell missing) still takes nothing from it
    row("Coin | Last price | 7-day change\n"
        "Bitcoin | $91,240 | -3.1%\n"
        "Ether | -5.4%\n", "-5.4%", metric="price_change"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_table_layout(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)


def test_aligned_columns_need_a_neighbour_of_as_many_cells() -> None:
    kinds = [line.kind for line in read_lines(ALIGNED)]
    assert kinds == ["heading", "row", "row", "row"]
    lone = "Weekly close:   $91,240   (+2.1%)\nBitcoin ended the week higher on ETF demand.\n"
    assert [line.kind for line in read_lines(lone)] != ["row", "row"]
