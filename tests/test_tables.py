"""Flattened tables: a figure in a cell takes its metric from the column's header and its
asset from the row's label (or, in a table turned on its side, the other way round) when
its own cell names none; the cell's own words always win."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check, known, row

from extractor.nlp.blocks import table_cells

PUBLISHED = date(2026, 11, 20)

# an exchange's research note: venues down the side, quantities across the top
VENUES = (
    "Derivatives desk: leverage is rebuilding after the November flush.\n\n"
    "Venue | Open interest | 24h volume\n"
    "Binance | $8.1B | $21.4B\n"
    "Bybit | $5.2B | $11.9B\n"
    "OKX | $3.7B | $9.6B\n"
)
# a data provider's weekly fund report with tickers as row labels
FUNDS = (
    "Weekly fund wrap: US spot products took in money for a third week.\n\n"
    "Ticker | Net flows (week) | Assets under management\n"
    "IBIT | $412.6M | $71.2B\n"
    "FBTC | $88.3M | $19.4B\n"
)
# a newsletter's market board with coins as row labels
BOARD = (
    "Markets at the close\n\n"
    "Coin | Last price | 7-day change\n"
    "Bitcoin | $91,240 | -3.1%\n"
    "Ether | $3,115 | -5.4%\n"
    "Solana | $142.80 | +2.2%\n"
)
# an exchange's reserve attestation, one row per asset, coin amounts without a ticker
RESERVES = (
    "The attestation covered every asset with customer balances above $1 million.\n\n"
    "Asset | Client liabilities | Exchange reserves | Coverage\n"
    "BTC | 18,240 BTC | 18,910 BTC | 103.7%\n"
    "USDC | 611 million | 640 million | 104.7%\n"
)
# a miner's monthly production table in markdown, quantities down the side
MINERS = (
    "November production update\n\n"
    "| Metric | Corvid Mining | Halden Hash |\n"
    "| --- | --- | --- |\n"
    "| Hashrate | 31.2 EH/s | 18.7 EH/s |\n"
    "| Revenue | $48.3 million | $27.9 million |\n"
)
# a venture tracker's table by sector (row labels are no coins)
SECTORS = (
    "Venture money by sector, October\n\n"
    "Sector | Capital raised | Deals\n"
    "Infrastructure | $612M | 41\n"
    "Payments | $388M | 23\n"
)

REACH = [
    row(VENUES, "$5.2B", metric="open_interest"),
    row(VENUES, "$11.9B", metric="trading_volume"),
    row(VENUES, "$9.6B", metric="trading_volume"),
    row(FUNDS, "$88.3M", metric="etf_flow", asset="FBTC"),
    row(BOARD, "$3,115", metric="price", asset="ETH"),
    row(BOARD, "+2.2%", metric="price_change", asset="SOL"),
    row(RESERVES, "18,910 BTC", metric="reserves", asset="BTC"),
    row(RESERVES, "104.7%", asset="USDC"),
    row(RESERVES, "640 million", asset="USDC"),
    known("a bare count in a coin's row is not yet counted in that coin, so no coin amount's "
          "metric fits it", RESERVES, "640 million", metric="reserves"),
    row(MINERS, "$27.9 million", metric="revenue"),
    row(MINERS, "18.7 EH/s", metric="hashrate"),
    row(SECTORS, "$388M", metric="funding_raised", asset=None),
    # a row labelled with an exchange is that venue's figure, not the whole market's
    row("Won volumes, November\n\nExchange | Spot volume | Share\n"
        "Upbit | ₩4.9T | 61%\nBithumb | ₩2.4T | 30%\n", "₩2.4T", metric="trading_volume",
        asset=None),
    # the table's lead line names the coin of rows labelled with exchanges
    row("Bitcoin futures open interest by venue:\n\nVenue | Open interest\n"
        "Binance | $8.1B\nCME | $11.6B\n", "$11.6B", metric="open_interest", asset="BTC"),
]  # fmt: skip

TWINS = [
    # a cell's own words win over its column's header
    row("Venue | Open interest | 24h volume\n"
        "Binance | $8.1B | $21.4B\n"
        "Bybit | $5.2B | liquidations of $310M\n", "$310M", metric="liquidations"),
    # a line with a bar that is no table: a byline and a price
    row("Published: November 20, 2026 | Markets desk\n"
        "Bitcoin slipped to $90,100 on Thursday as funds sold.\n", "$90,100", metric="price",
        asset="BTC"),
    # a header that names no quantity leaves the row's own reading
    row("Date | Event\n"
        "Nov. 3 | Ether ETFs shed $96 million in outflows\n"
        "Nov. 4 | Bitcoin ETFs draw $240 million\n", "$96 million", metric="etf_flow"),
    # a prose cell is no row label: the user-facing lead says nothing of the settings' figures
    row("Player settings for every user\n\nOption | Value\n"
        "Sets the top sprint speed of the squad you control. | 40\n"
        "Sets how often your players are injured in a match. | 65\n", "65", metric="other",
        asset=None),
    # a row whose cells do not line up with the header (a cell missing) takes nothing from it
    row("Coin | Last price | 7-day change\n"
        "Bitcoin | $91,240 | -3.1%\n"
        "Ether | -5.4%\n", "-5.4%", metric="price_change"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_table_cell(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)


def test_cells_know_their_header_and_label() -> None:
    cells = {RESERVES[c.span[0] : c.span[1]]: c for c in table_cells(RESERVES)}
    cell = cells["640 million"]
    assert cell.header is not None and cell.label is not None
    assert RESERVES[slice(*cell.header)] == "Exchange reserves"
    assert RESERVES[slice(*cell.label)] == "USDC"
    markdown = {MINERS[c.span[0] : c.span[1]]: c for c in table_cells(MINERS)}
    assert MINERS[slice(*markdown["$27.9 million"].header)] == "Halden Hash"  # type: ignore[misc]
    assert "---" not in markdown  # the rule under a markdown header is no row


def test_no_table_without_rows() -> None:
    assert table_cells("Published: November 20, 2026 | Markets desk\nBitcoin fell.\n") == []


# A list's lead sentence ending with a colon names what its items measure, however long its
# line: timeline bullets of a time and a bare figure, label lines of venues.
TIMELINE = (
    "A quiet Sunday turned into the stablecoin's worst day since launch.\n\n"
    "Here is how the morning went for the token, with prices taken from the order books of "
    "three large exchanges:\n"
    "- 09:14 UTC: $0.982.\n"
    "- 09:40 UTC: $0.951. Redemptions were paused by the issuer.\n"
)
FUNDING = (
    "Shorts piled in as the rally stalled. Our desk logged these funding prints over the session "
    "for the perpetual contract on the largest offshore venue by volume:\n"
    "• 08:00 UTC: 0.012%\n"
    "• 16:00 UTC: -0.004%\n"
)
VENUE_OI = (
    "Positioning eased into the weekend. The open interest on the largest derivatives venues, "
    "from our aggregated feed, stood as follows at the close of Thursday's session:\n"
    "- Binance: $8.4 billion\n"
    "- Bybit: $5.1 billion\n"
)

LEADS = [
    row(TIMELINE, "$0.982", metric="price"),
    row(TIMELINE, "$0.951", metric="price"),
    known("a signed percentage reads as a price move before the lead's quantity is asked",
          FUNDING, "-0.004%", metric="funding_rate"),
    row(VENUE_OI, "$5.1 billion", metric="open_interest"),
    row(VENUE_OI, "$8.4 billion", metric="open_interest"),
    # twins: a colon sentence naming no quantity leaves its items their own reading, even when
    # the sentence before it names one
    row("Spot volumes fell 20% over the week, the exchange said in its monthly report. Its "
        "listing plans for the coming week were also published on the blog:\n"
        "- Monday: 3 tokens\n- Tuesday: 5 tokens\n", "5", metric="other"),
    row("Analysts were split on the outlook for the coin. Their calls, gathered by the newsroom "
        "from notes sent to clients this week, were these:\n"
        "- Standard Chartered: $150,000\n- Bernstein: $200,000\n", "$200,000", metric="other"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), LEADS)
def test_lead_sentence(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)
