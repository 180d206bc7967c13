"""A share column ("Share", "Weight", "% of reserves") holds shares of the whole its row's
level figure measures, and a share keeps the whole's metric (FORMAT.md): "9.2%" beside a
chain's "$9.7bn" under "TVL | Share" is tvl. A percentage of a stock held, a share of it or
its move under a change column ("AuM | Change w/w"), stays holdings. A level of no whole
(a price, a percentage, a figure of no metric) gives nothing, and the cell keeps its reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

REACH = [
    # a DAO's treasury report: what each asset is of the treasury
    row(
        "Treasury by asset, Nov. 30\nAsset | Value | Share\nARB | $41.0M | 52.1%\n"
        "USDC | $22.4M | 28.5%\nETH | $15.3M | 19.4%",
        "28.5%",
        metric="holdings",
    ),
    # a fund letter's top positions and their weights
    row(
        "Top holdings at quarter end\n| Holding | Value | Weight |\n|---|---|---|\n"
        "| BTC | $88.1m | 41.0% |\n| ETH | $52.3m | 24.3% |",
        "24.3%",
        metric="holdings",
    ),
    # a mining pool leaderboard: each pool's share of the hashrate
    row(
        "| Pool | Hashrate (EH/s) | Share |\n|---|---|---|\n| Foundry USA | 287.1 | 30.2% |\n"
        "| AntPool | 179.4 | 18.9% |",
        "18.9%",
        metric="hashrate",
    ),
    # a DeFi dashboard's chains by value locked
    row(
        "Where the money sits\n| Chain | TVL | Share |\n|---|---|---|\n"
        "| Ethereum | $61.2bn | 58.3% |\n| Solana | $9.7bn | 9.2% |",
        "9.2%",
        metric="tvl",
    ),
    # a derivatives desk's open interest by venue
    row(
        "| Venue | Open interest | Share |\n|---|---|---|\n| CME | $16.4bn | 27.1% |\n"
        "| Binance | $12.9bn | 21.3% |",
        "21.3%",
        metric="open_interest",
    ),
    # exchange reserves, coins counted, and each exchange's share
    row(
        "| Exchange | BTC reserves | Share |\n|---|---|---|\n| Coinbase | 812,400 BTC | 33.0% |\n"
        "| Binance | 571,900 BTC | 23.2% |",
        "23.2%",
        metric="reserves",
    ),
    # a stablecoin league table
    row(
        "| Stablecoin | Supply | Share |\n|---|---|---|\n| USDT | $184.0bn | 61.2% |\n"
        "| USDC | $75.1bn | 25.0% |",
        "25.0%",
        metric="supply",
    ),
    # treasury companies' coins held and their move over the quarter
    row(
        "| Treasury firm | Holdings (BTC) | Change q/q |\n|---|---|---|\n"
        "| Strategy | 640,031 | +3.4% |\n| Metaplanet | 30,823 | +61.0% |",
        "+3.4%",
        metric="holdings",
        side="up",
    ),
    # tokenised funds' net assets and their weekly move
    row(
        "| ETF | AuM | Change w/w |\n|---|---|---|\n| IBIT | $71.2bn | +2.3% |\n"
        "| FBTC | $19.8bn | -0.8% |",
        "-0.8%",
        metric="holdings",
        side="down",
    ),
    # an exchange league table: each venue's part of the day's volume
    row(
        "| Exchange | 24h volume | % of total |\n|---|---|---|\n| Binance | $21.4bn | 38.2% |\n"
        "| Coinbase | $4.9bn | 8.7% |",
        "8.7%",
        metric="trading_volume",
    ),
    # corporate treasuries weighted by coins held
    row(
        "| Company | BTC held | Weight |\n|---|---|---|\n| Metaplanet | 20,136 BTC | 3.1% |\n"
        "| Semler | 5,021 BTC | 0.8% |",
        "0.8%",
        metric="holdings",
    ),
    # DEX fee leaders and their share
    row(
        "| Protocol | Fees (30d) | Share |\n|---|---|---|\n| Uniswap | $72m | 34% |\n"
        "| PancakeSwap | $41m | 19% |",
        "19%",
        metric="fees",
    ),
]

TWINS = [
    # an index's weights beside prices: a price is no whole, the weight keeps its reading
    row(
        "| Coin | Price | Weight |\n|---|---|---|\n| BTC | $91,200 | 30% |\n| ETH | $3,050 | 20% |",
        "20%",
        metric="other",
    ),
    # a price list's change column stays a price move
    row(
        "| Coin | Price | 24h % |\n|---|---|---|\n| BTC | $91,200 | -1.4% |\n"
        "| ETH | $3,050 | +0.6% |",
        "-1.4%",
        metric="price_change",
    ),
    # a share beside a yield, a percentage of no whole
    row(
        "| Pool | APY | Share |\n|---|---|---|\n| stETH/ETH | 3.1% | 40% |\n"
        "| USDC/USDT | 5.2% | 60% |",
        "40%",
        metric="other",
    ),
    # a share column of a volume table read as before
    row(
        "Spot volume by exchange, 24h\n| Exchange | Volume | Share |\n|---|---|---|\n"
        "| Binance | $14.2bn | 38.5% |\n| Coinbase | $3.9bn | 10.6% |",
        "10.6%",
        metric="trading_volume",
    ),
    # coins added under a change column stay holdings
    row(
        "| Company | BTC held | Weekly change |\n|---|---|---|\n"
        "| Strategy | 640,031 BTC | +4,225 BTC |\n| Metaplanet | 30,823 BTC | +0 BTC |",
        "+4,225 BTC",
        metric="holdings",
    ),
    # a price is no whole: its share column keeps the cell's reading
    row(
        "| Coin | Price | Share |\n|---|---|---|\n| BTC | $104,200 | 58.1% |\n"
        "| ETH | $3,850 | 9.8% |",
        "9.8%",
        metric="other",
    ),
    # a yield beside a share has no whole either
    row("| Pool | APY | Share |\n|---|---|---|\n| stETH | 3.1% | 12% |", "12%", metric="other"),
    # issuers' supply by share, read as supply before and after
    row(
        "Stablecoin supply by issuer\n| Issuer | Supply | Share |\n|---|---|---|\n"
        "| Tether | $168bn | 61.4% |\n| Circle | $73bn | 26.7% |",
        "26.7%",
        metric="supply",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_share_column(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
