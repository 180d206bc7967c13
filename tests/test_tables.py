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
    row(RESERVES, "640 million", metric="reserves", unit="USDC"),  # the row's coin counts it
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
    # a header is read through the same noun table as a figure's own phrase
    row("Layer-2s by value secured, end of October\n\nNetwork | Value secured | Stage\n"
        "Base | $17.9B | Stage 1\nArbitrum One | $15.2B | Stage 1\n", "$15.2B", metric="tvl"),
    row("Collection | Sales | Royalties paid\nAzuki | $3.1M | $120K\n"
        "Doodles | $1.4M | $41K\n", "$41K", metric="fees"),
    row("Collection | Sales | Royalties paid\nAzuki | $3.1M | $120K\n"
        "Doodles | $1.4M | $41K\n", "$1.4M", metric="trading_volume"),
    row("Provider | Reward rate (APR) | Commission\nLido | 2.74% | 10%\n"
        "Rocket Pool | 2.58% | 14%\n", "2.58%", metric="other"),
    row("Provider | Reward rate (APR) | Commission\nLido | 2.74% | 10%\n"
        "Rocket Pool | 2.58% | 14%\n", "14%", metric="fees"),
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
    # a header whose head is no noun of the table ("Customer balances") counts no customers
    row("Asset | Customer balances | Reserves\nUSDT | 2.31 billion | 2.40 billion\n"
        "USDC | 884 million | 912 million\n", "884 million", asset="USDC"),
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
    known("a bare price call under a lead naming no quantity is not yet read as a price",
          "Analysts were split on the outlook for the coin. Their calls, gathered by the newsroom "
          "from notes sent to clients this week, were these:\n"
          "- Standard Chartered: $150,000\n- Bernstein: $200,000\n", "$200,000", metric="price"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), LEADS)
def test_lead_sentence(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)


# Narrowed readings: a header speaks only for the quantity its column holds, a coin only when
# the header or label is that coin, a flow column's sign is its side, a row label that names a
# quantity leaves a market-wide figure market-wide, and a block's rows keep the lead's date.
ETHER_FUNDS = (
    "US spot ether fund flows, Nov. 18\n\n"
    "Fund | Net flow | Assets\n"
    "ETHA | -$64.1M | $11.2B\n"
    "FETH | +$12.7M | $2.9B\n"
)
BY_COIN = (
    "Digital asset fund flows last week by coin:\n\n"
    "Coin | Inflows | Outflows\n"
    "Bitcoin | $212.4M | $98.1M\n"
    "Ether | $40.0M | $61.3M\n"
)
WRECKED = (
    "Liquidations over the past 24 hours:\n\n"
    "Coin | Longs | Shorts\n"
    "Bitcoin | $84.2M | $12.9M\n"
    "Solana | $20.5M | $3.3M\n"
)
DAILY = "Date | ETF flows\nNov. 3 | -$96M (BTC at $88,000)\nNov. 4 | +$41M (BTC at $89,900)\n"
STAKING = (
    "Staking providers, ranked by ether staked\n\n"
    "Validator | Stake | Near-term yield\n"
    "Figment | 1.2 million ETH | 3.1%\n"
    "Kiln | 0.9 million ETH | 2.8%\n"
)
TIERS = (
    "The exchange charges by volume tier on its advanced trading screen.\n\n"
    "Pricing tier (30-day volume) | Taker | Maker\n"
    "Under $50,000 | 0.50% | 0.30%\n"
    "$50,000-$1 million | 0.35% | 0.15%\n"
)
NETFLOWS = (
    "Exchange netflows, Nov. 19\n\n"
    "Exchange | Net flow | Reserve\n"
    "Binance | -$120M | $41.2B\n"
    "Coinbase | +$35M | $18.9B\n"
)
SNAPSHOT = (
    "Market snapshot\n\n"
    "Metric | Value\n"
    "Total crypto market cap | $3.12T\n"
    "24h liquidations | $412M\n"
    "Fear & Greed Index | 28\n"
)
SIDEWAYS = (
    "Two largest coins at a glance\n\n"
    "Metric | Bitcoin | Ether\n"
    "Price | $91,240 | $3,115\n"
    "Market cap | $1.81T | $376B\n"
)
ATTESTED = (
    "Reserves were attested as of Sept. 30, the auditor said in a letter posted on Tuesday.\n\n"
    "Asset | Liabilities | Reserves\n"
    "BTC | 20,110 BTC | 20,840 BTC\n"
    "ETH | 301,500 ETH | 310,200 ETH\n"
)
SATURDAY = (
    "The token lost its peg over the weekend.\n\n"
    "Here is how Saturday unfolded for the token, with prices from the order books of the main "
    "exchanges:\n"
    "- 13:05 UTC: $0.998.\n"
    "- 13:20 UTC: $0.981.\n"
)
AS_OF = (
    "Exchange balances kept shrinking.\n\n"
    "Exchange reserves as of Nov. 16:\n"
    "- Binance: 581,000 BTC\n"
    "- Coinbase: 842,000 BTC\n"
)
WEEK = (
    "Week of Nov. 9-13\n\n"
    "Asset | Price | Reserves\n"
    "BTC | $91,240 | 18,910 BTC\n"
    "ETH | $3,115 | 301,000 ETH\n"
)
OWN_DAYS = (
    "Spot bitcoin ETF flows, week of Nov. 9\n\n"
    "Date | Net flow | Bitcoin price\n"
    "Nov. 10 | $240M | $90,100\n"
    "Nov. 11 | $96M | $91,400\n"
)
PERP_DEX = (
    "Perpetual futures volume kept moving on chain. Trading volume on decentralised perpetual "
    "venues over the past 30 days, from DefiLlama's dashboard, came in as follows:\n"
    "- dYdX: $21.2 billion\n"
    "- edgeX: $9.8 billion\n"
)
CLOCK_PROSE = (
    "The stablecoin slipped for most of the day.\n\n"
    "Here is how the morning went for the token, with prices taken from the order books of three "
    "large exchanges:\n"
    "- 09:14 UTC: $0.982.\n"
    "- 10:02 UTC: the issuer's treasury wallet sends $3.1 million to a market maker.\n"
)
TWO_QUANTITIES = (
    "Bitcoin led a broad rebound. The ten most traded coins on Binance, where spot trading volume "
    "rose 12% on the day, closed at these prices on Friday evening:\n"
    "- BTC: $91,240\n"
    "- ETH: $3,115\n"
)

NARROWED = [
    # one fund's flow is an ETF flow where its row names an ETF (FORMAT: one fund, its ticker)
    row(ETHER_FUNDS, "-$64.1M", metric="etf_flow", side="outflow", value=64_100_000),
    row(ETHER_FUNDS, "+$12.7M", metric="etf_flow", side="inflow", value=12_700_000),
    row(BY_COIN, "$98.1M", side="outflow", asset="BTC"),
    row(BY_COIN, "$40.0M", side="inflow", asset="ETH"),
    row(WRECKED, "$84.2M", metric="liquidations", side="long", asset="BTC"),
    row(WRECKED, "$3.3M", metric="liquidations", side="short", asset="SOL"),
    row(DAILY, "$88,000", metric="price", asset="BTC"),
    row(DAILY, "$89,900", metric="price"),
    row(STAKING, "3.1%", asset="ETH"),
    row(TIERS, "0.30%", asset=None),
    row(NETFLOWS, "-$120M", venue="Binance"),
    row(NETFLOWS, "+$35M", venue="Coinbase"),
    row(SNAPSHOT, "$412M", metric="liquidations", asset="CRYPTO"),
    row(ATTESTED, "20,840 BTC", metric="reserves", period="2026-09-30..2026-09-30"),
    row(ATTESTED, "310,200 ETH", metric="reserves", period="2026-09-30..2026-09-30"),
    row(SATURDAY, "$0.981", metric="price", period="2026-11-14..2026-11-14"),
    row(SATURDAY, "$0.998", metric="price", period="2026-11-14..2026-11-14"),
    row(AS_OF, "842,000 BTC", period="2026-11-16..2026-11-16"),
    row(WEEK, "18,910 BTC", metric="reserves", period="2026-11-09..2026-11-15"),
    row(PERP_DEX, "$21.2 billion", metric="trading_volume"),
    row(PERP_DEX, "$9.8 billion", metric="trading_volume"),
    # a sentence of prose above a list (longer than a lead line) lends the items none of
    # its quantities: a list of coins' money is their prices
    row(TWO_QUANTITIES, "$91,240", metric="price"),
    row(TWO_QUANTITIES, "$3,115", metric="price"),
]
NARROWED_TWINS = [
    # a change column keeps its sign and no flow side
    row(BOARD, "-5.4%", metric="price_change", side="down"),
    # the cell's lone figure still takes its column's flow
    row(DAILY, "-$96M", metric="etf_flow"),
    # a header that is a coin gives that coin
    row(SIDEWAYS, "$376B", metric="market_cap", asset="ETH"),
    # a row labelled with a sector or exchange is still no market-wide figure
    row(SECTORS, "$612M", asset=None),
    # a range's second bound is not its cell's lone figure: no price from "Pricing tier"
    row(TIERS, "$1 million", metric="other"),
    # the row's own date wins over the lead's week
    row(OWN_DAYS, "$96M", period="2026-11-11..2026-11-11"),
    row(OWN_DAYS, "$91,400", metric="price", period="2026-11-11..2026-11-11"),
    # prose after a clock time is no label: the lead's price does not reach it
    row(CLOCK_PROSE, "$0.982", metric="price"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), NARROWED + NARROWED_TWINS)
def test_narrowed_block(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)
