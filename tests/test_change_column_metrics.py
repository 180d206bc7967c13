"""A change column measures what its row's level measures: "+3.1%" under "7d" beside a
"TVL" cell is a move of the total value locked (metric tvl), "-6.0%" under "Chg" beside
"Active addresses" a move of a count of addresses (participants). A price's or market
cap's move stays price_change / market_cap_change, and a change column beside no level
column that names a quantity keeps the reading it has (a signed percentage is a move).
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

REACH = [
    # a DeFi newsletter's chain leaderboard: the window column moves the TVL beside it
    row(
        "| # | Chain | TVL | 7d | Fees, 7d |\n|---|---|---|---|---|\n"
        "| 1 | Ethereum | $97.2bn | +2.4% | $36.1m |\n| 2 | Tron | $9.3bn | -1.1% | $12.0m |",
        "+2.4%",
        metric="tvl",
        side="up",
    ),
    # an exchange research note: open interest and its 24h change
    row(
        "Open interest by venue, Friday close\n| Venue | Open interest | 24h change |\n"
        "|---|---|---|\n| Binance | $14.2bn | -3.8% |\n| Bybit | $6.9bn | +1.5% |",
        "-3.8%",
        metric="open_interest",
        side="down",
    ),
    # a wire desk's stablecoin table: supply and its monthly move
    row(
        "| Stablecoin | Supply | MoM |\n| --- | --- | --- |\n| USDC | $74.6bn | +4.9% |\n"
        "| FDUSD | $1.1bn | -22.0% |",
        "-22.0%",
        metric="supply",
        side="down",
    ),
    # an on-chain weekly: a count of addresses and its change
    row(
        "| Network | Active addresses | WoW |\n|---|---|---|\n| Solana | 3.9M | +6.2% |\n"
        "| Polygon | 0.8M | -9.4% |",
        "-9.4%",
        metric="participants",
        side="down",
    ),
    # a regional site's tab table of fees with a year-on-year column
    row(
        "Protocol\tFees (Q3)\tYoY\nLido\t$38.4M\t-14%\nJito\t$21.7M\t+63%",
        "+63%",
        metric="fees",
        side="up",
    ),
    # a miners' monthly: hashrate and its move since the month before
    row(
        "| Miner | Hashrate (EH/s) | Chg |\n|---|---|---|\n| Miner A | 41.2 | +6.7% |\n"
        "| Miner B | 28.9 | -0.3% |",
        "+6.7%",
        metric="hashrate",
        side="up",
    ),
    # a sector table: a market cap's move is a market cap change's move is a market cap change
    row(
        "| Sector | Market cap | 7d |\n|---|---|---|\n| Memecoins | $61.0bn | -8.2% |\n"
        "| AI tokens | $24.3bn | +5.5% |",
        "-8.2%",
        metric="market_cap_change",
        side="down",
    ),
]

TWINS = [
    # a row with no level column: the window's move stays a price move
    row(
        "| Coin | 7d |\n|---|---|\n| BTC | -4.1% |\n| ETH | +2.2% |", "-4.1%", metric="price_change"
    ),
    # a price list's change column stays a price move
    row(
        "Majors at the close\n| Coin | Price | 24h % |\n|---|---|---|\n| BTC | $90,850 | -1.9% |\n"
        "| SOL | $141.2 | +3.4% |",
        "-1.9%",
        metric="price_change",
        side="down",
    ),
    # a change column beside a column that names nothing ("Last") keeps its move reading
    row(
        "Majors at the close\nCoin | Last | 24h %\nBTC | $90,850 | -1.9%\nSOL | $141.2 | +3.4%",
        "+3.4%",
        metric="price_change",
        side="up",
    ),
    # the level cell itself keeps its column's metric
    row(
        "| # | Chain | TVL | 7d | Fees, 7d |\n|---|---|---|---|---|\n"
        "| 1 | Ethereum | $97.2bn | +2.4% | $36.1m |\n| 2 | Tron | $9.3bn | -1.1% | $12.0m |",
        "$9.3bn",
        metric="tvl",
    ),
    # a funding rate column is a level with a window, no change column
    row(
        "| Venue | Open interest | Funding rate (24h) |\n|---|---|---|\n"
        "| OKX | $5.1bn | -0.0031% |\n| Binance | $14.2bn | 0.0065% |",
        "-0.0031%",
        metric="funding_rate",
        side=None,
    ),
    # a change column whose header names what moved ("Price change") is that quantity's
    # move, not the row's volume
    row(
        "Venue snapshot\n| Exchange | Spot volume | Price change |\n|---|---|---|\n"
        "| Kraken | $1.8bn | +2.6% |\n| Bitstamp | $0.4bn | -0.7% |",
        "+2.6%",
        metric="price_change",
        side="up",
    ),
]

# a change column's header with a spelled window and no quantity of its own still moves
# the row's level
REACH += [
    row(
        "| Network | TVL | Change (7 days) |\n|---|---|---|\n| Sui | $1.6bn | -3.9% |",
        "-3.9%",
        metric="tvl",
        side="down",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_change_column_metric(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
