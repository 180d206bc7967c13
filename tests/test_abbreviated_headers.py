"""A table header that ends with an abbreviation's dot ("Fee p.a.", "Chg.", "Volume, est.") is
still the name of its column, not a sentence: its cells read what it names, as under any
other header. A cell that ends as a sentence does ("Outflows slowed for a third day.")
names no column, and the figures beside it keep their prose reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

REACH = [
    # an issuer's product table: the yearly fee column
    row(
        "| Fund | Ticker | Mgmt fee p.a. |\n|---|---|---|\n| Nordic Bitcoin ETP | NBTC | 0.45% |\n"
        "| Nordic Solana ETP | NSOL | 0.95% |",
        "0.95%",
        metric="fees",
    ),
    # a staking desk's validator table: commission per year
    row(
        "| Validator | Stake (SOL) | Commission p.a. |\n|---|---|---|\n"
        "| Everstake | 12.4M | 7% |\n| Figment | 9.8M | 5% |",
        "5%",
        metric="fees",
    ),
    # an exchange leaderboard whose volume is an estimate, abbreviated
    row(
        "| Exchange | Spot volume, est. |\n|---|---|\n| Upbit | $3.4bn |\n| Bithumb | $1.1bn |",
        "$1.1bn",
        metric="trading_volume",
    ),
    # a derivatives desk's open interest with an abbreviated change column
    row(
        "| Venue | Open interest | Chg. |\n|---|---|---|\n| Deribit | $28.1bn | -6.4% |\n"
        "| CME | $11.9bn | +2.2% |",
        "-6.4%",
        metric="open_interest",
        side="down",
    ),
    # a DeFi weekly: protocol fees and their abbreviated week-on-week change
    row(
        "| Protocol | Fees (7d) | Chg. |\n|---|---|---|\n| Aave | $14.2m | -11% |\n"
        "| Jupiter | $9.6m | +18% |",
        "+18%",
        metric="fees",
        side="up",
    ),
    # a DeFi tracker's estimated value locked
    row(
        "| Protocol | TVL, est. |\n|---|---|\n| Pendle | $4.6bn |\n| Ethena | $5.9bn |",
        "$4.6bn",
        metric="tvl",
    ),
    # a token table's approximate circulating supply
    row(
        "| Token | Circulating supply, approx. |\n|---|---|\n| ARB | 4.9bn ARB |",
        "4.9bn ARB",
        metric="supply",
    ),
    # a launchpad league table's estimated monthly fees
    row(
        "| Platform | Fees (30d), est. |\n|---|---|\n| pump.fun | $38m |\n| Raydium | $27m |",
        "$38m",
        metric="fees",
    ),
]

TWINS = [
    # a price table's abbreviated change column stays a price move
    row(
        "| Coin | Price | Chg. |\n|---|---|---|\n| XRP | $2.41 | -3.3% |\n| ADA | $0.81 | +1.2% |",
        "-3.3%",
        metric="price_change",
        side="down",
    ),
    # a row that opens with a sentence names no column: the flow keeps its prose reading
    row(
        "| Spot bitcoin ETFs saw net outflows for a third day. | -$312M |\n"
        "| Ether funds took in money again. | +$41M |",
        "-$312M",
        metric="etf_flow",
    ),
    # an unabbreviated fee header reads as before
    row(
        "| Fund | Ticker | Fee |\n|---|---|---|\n| Nordic Bitcoin ETP | NBTC | 0.45% |\n"
        "| Nordic Solana ETP | NSOL | 0.95% |",
        "0.45%",
        metric="fees",
    ),
    # an abbreviation inside a header that ends without a dot
    row(
        "| Asset | Avg. cost |\n|---|---|\n| BTC | $71,300 |\n| ETH | $2,410 |",
        "$71,300",
        metric="average_cost",
    ),
    # a change column headed without a dot
    row(
        "| Coin | Price | Chg |\n|---|---|---|\n| DOGE | $0.21 | -5.5% |",
        "-5.5%",
        metric="price_change",
        side="down",
    ),
    # a sentence cell keeps its own reading
    row(
        "| Item | Detail |\n|---|---|\n| Raised | The company raised $40M. |",
        "$40M",
        metric="funding_raised",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_abbreviated_header(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
