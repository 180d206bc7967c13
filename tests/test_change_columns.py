"""A signed cell under a column whose header names a change ("30d change", "7d", "MoM",
"Chg") moved by its sign: "-2.7%" is a fall of 2.7%, side down, value unsigned. A level's
column ("Funding rate", "Funding (8h)") keeps its minus and takes no side.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

REACH = [
    # a research note's markdown supply table
    row(
        "Dollar stablecoins, end of October:\n| Stablecoin | Supply | 30d change |\n|---|---|---|\n"
        "| USDT | $186.1bn | +1.2% |\n| DAI | $4.3bn | -2.7% |",
        "-2.7%",
        side="down",
        value=2.7,
    ),
    # a DeFi newsletter's TVL table with a window for a header
    row(
        "TVL by chain:\nChain | TVL | 7d\nArbitrum | $2.9bn | -4.4%\nBase | $3.6bn | +2.0%",
        "-4.4%",
        side="down",
        value=4.4,
    ),
    # an on-chain weekly: a metric row, a month column and a change column
    row(
        "| Metric | October | Chg |\n| --- | --- | --- |\n| Active addresses | 1.2M | -6.0% |\n"
        "| Transactions | 48.1M | +3.3% |",
        "-6.0%",
        side="down",
        value=6.0,
    ),
    # a regional site's tab table of fees
    row(
        "Network\tFees\tYoY\nSolana\t$61M\t-12%\nEthereum\t$140M\t-31%",
        "-31%",
        side="down",
        value=31,
    ),
    # a market wrap whose window header carries a percent sign
    row(
        "Majors at the close\nCoin | Last | 24h %\nBTC | $90,850 | -1.9%\nSOL | $141.2 | +3.4%",
        "-1.9%",
        side="down",
        value=1.9,
    ),
    # a treasury report: a month-on-month change in coins
    row(
        "| Holder | BTC | MoM |\n|---|---|---|\n| Fund A | 12,400 BTC | -850 BTC |\n"
        "| Fund B | 9,100 BTC | +120 BTC |",
        "-850 BTC",
        side="down",
        value=850,
    ),
]

TWINS = [
    # a funding rate is a level below zero: it keeps its sign and takes no side
    row(
        "| Exchange | Funding rate |\n|---|---|\n| Binance | -0.0051% |\n| OKX | 0.0100% |",
        "-0.0051%",
        side=None,
        value=-0.0051,
    ),
    row("Venue\tFunding (8h)\nBybit\t-0.0120%\nOKX\t0.0040%", "-0.0120%", side=None, value=-0.012),
    # a change column's rise stays up
    row(
        "Dollar stablecoins, end of October:\n| Stablecoin | Supply | 30d change |\n|---|---|---|\n"
        "| USDT | $186.1bn | +1.2% |\n| DAI | $4.3bn | -2.7% |",
        "+1.2%",
        side="up",
        value=1.2,
    ),
    # a window beside a level's name is the level's window: the rate keeps its sign
    row(
        "Perp funding by venue\n| Venue | Funding rate (24h avg) |\n|---|---|\n"
        "| Bybit | -0.0094% |",
        "-0.0094%",
        side=None,
        value=-0.0094,
    ),
    row(
        "Venue\tFunding, 7d\nOKX\t-0.0031%\nBinance\t0.0065%",
        "-0.0031%",
        side=None,
        value=-0.0031,
    ),
    # a signed flow keeps its flow side
    row(
        "| Fund | Net flow |\n|---|---|\n| IBIT | +$164.9M |\n| FBTC | -$41.2M |",
        "-$41.2M",
        side="outflow",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_change_column(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
