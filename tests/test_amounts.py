"""Amounts: value, unit, qualifier and bounds of every amount form crypto news writes.

Rows come from the seed articles first (corpus/000, corpus/004), then crypto-news
sentences for each form the extractor must read. Bounds follow the written precision
("$2.65 billion" is 2.645-2.655 billion; "$60,000" is a round figure, ±5,000) and the
qualifier ("about" widens to ±5 %, "more than" opens the top).
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, quotes, row

S000_HEADLINE = (
    "Crypto market loses $2.65 billion as Bitcoin dips to $60,000 amid bearish sentiment"
)
S000_WIPED = (
    "More than $2.60 billion was wiped out of the crypto market over the last 24 hours as "
    "Bitcoin touched $60,000 on Friday."
)
S000_LIQ = (
    "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 traders were "
    "liquidated in derivatives, resulting in a $2.62 billion wipeout of bullish positions."
)
S000_OI = (
    "Consistent with the liquidations, the derivatives market Open Interest (OI) has dropped to "
    "$95.73 billion on Friday, extending a decline since the October 7 peak of $233.50 billion."
)
S000_RATIO = (
    "Additionally, the long-to-short ratio is at 0.9594 over the last 24 hours, indicating more "
    "short positions compared to the long positions."
)
S000_FNG = (
    "The Fear and Greed Index reading falls to 5 on Friday, reflecting extreme fear in the market."
)
S000_MCAP = (
    "At the time of writing, the total crypto market capitalization is above $2 trillion ($2.18 "
    "trillion), whereas the altcoin market is below $1 trillion ($900 billion)."
)
S000_MSTR = (
    "This caused the MSTR shares to decline by 17% on Thursday, closing at approximately $106."
)
S004_RESERVES = (
    "Bitcoin miner Reserves have fallen consistently over the past months and now stand near "
    "1.806 million $BTC."
)
S004_WEEK = (
    "Although this was lower than the $544.9 million outflow seen a day earlier, the total "
    "outflows for the week have already crossed $1.07 billion."
)
S004_LONGS = (
    "Around 82% of these liquidations came from long traders who were betting on higher prices."
)
S004_STRATEGY = (
    "Michael Saylor’s Strategy reported an unrealized loss of about $9 billion, equal to 16% of "
    "its massive Bitcoin holdings."
)

SEED_ROWS = [
    row(S000_HEADLINE, "$2.65 billion", value=2.65e9, unit="USD", qualifier="exact",
        low=2.645e9, high=2.655e9),
    row(S000_HEADLINE, "$60,000", value=60_000, unit="USD", low=55_000, high=65_000),
    row(S000_WIPED, "$2.60 billion", value=2.6e9, qualifier="more_than", low=2.595e9, high=None),
    row(S000_LIQ, "$2.65 million", value=2.65e6, unit="USD", low=2.645e6, high=2.655e6),
    row(S000_LIQ, "585,000", value=585_000, unit="count", qualifier="approx",
        low=555_750, high=614_250),
    row(S000_LIQ, "$2.62 billion", value=2.62e9, qualifier="exact"),
    row(S000_OI, "$95.73 billion", value=95.73e9, low=95.725e9, high=95.735e9),
    row(S000_OI, "$233.50 billion", value=233.5e9, low=233.495e9, high=233.505e9),
    row(S000_RATIO, "0.9594", value=0.9594, unit="ratio", low=0.95935, high=0.95945),
    row(S000_FNG, "5", value=5, unit="index", qualifier="exact"),
    row(S000_MCAP, "$2 trillion", value=2e12, qualifier="more_than", low=1.5e12, high=None),
    row(S000_MCAP, "$2.18 trillion", value=2.18e12, qualifier="exact"),
    row(S000_MCAP, "$1 trillion", value=1e12, qualifier="less_than", low=None, high=1.5e12),
    row(S000_MCAP, "$900 billion", value=900e9, low=850e9, high=950e9),
    row(S000_MSTR, "17%", value=17, unit="%", qualifier="exact", low=16.5, high=17.5),
    row(S000_MSTR, "$106", value=106, qualifier="approx", low=100.7, high=111.3),
    row(S004_RESERVES, "1.806 million $BTC", value=1.806e6, unit="BTC", kind="crypto",
        qualifier="approx"),
    row(S004_WEEK, "$544.9 million", value=544.9e6, qualifier="exact"),
    row(S004_WEEK, "$1.07 billion", value=1.07e9, qualifier="more_than", low=1.065e9, high=None),
    row(S004_LONGS, "82%", value=82, unit="%", qualifier="approx", low=77.9, high=86.1),
    row(S004_STRATEGY, "$9 billion", value=9e9, qualifier="approx", low=8.5e9, high=9.5e9),
    row(S004_STRATEGY, "16%", value=16, unit="%", qualifier="exact"),
]  # fmt: skip

MONEY_ROWS = [
    row("Bitcoin slipped below $60K for the first time since October.", "$60K", value=60_000,
        unit="USD", qualifier="less_than", low=None, high=65_000),
    row("Liquidations hit $2B+ across exchanges on Friday.", "$2B+", value=2e9, unit="USD",
        qualifier="more_than", low=1.5e9, high=None),
    row("Weekly ETF outflows reached $1.07bn, Farside data shows.", "$1.07bn", value=1.07e9,
        unit="USD", low=1.065e9, high=1.075e9),
    row("The Berlin-based custody startup raised €3.4m in a seed round.", "€3.4m", value=3.4e6,
        unit="EUR", kind="money"),
    row("US spot bitcoin ETFs posted net outflows of USD 258.8 million on Thursday.",
        "USD 258.8 million", value=258.8e6, unit="USD", low=258.75e6, high=258.85e6),
    row("Bitcoin's market value shrank to 1.5 trillion dollars.", "1.5 trillion dollars",
        value=1.5e12, unit="USD"),
    row("Hackers drained half a billion dollars from the cross-chain bridge.",
        "half a billion dollars", value=5e8, unit="USD", kind="money"),
    row("Binance users withdrew $12.02 million in a single hour.", "$12.02 million",
        value=12.02e6, low=12.015e6, high=12.025e6),
    row("Fees on Ethereum fell to US$3.2 million on Sunday.", "US$3.2 million", value=3.2e6,
        unit="USD"),
]  # fmt: skip

CRYPTO_ROWS = [
    row("Miners held 1.806 million BTC at the end of January.", "1.806 million BTC",
        value=1.806e6, unit="BTC", kind="crypto", low=1.8055e6, high=1.8065e6),
    row("Long-term holders sold 46,000 bitcoin last week.", "46,000 bitcoin", value=46_000,
        unit="BTC", low=45_500, high=46_500),
    row("The Ethereum Foundation still holds 401,000 ETH.", "401,000 ETH", value=401_000,
        unit="ETH", kind="crypto"),
    row("At least 1,200 BTC was moved to Coinbase.", "1,200 BTC", value=1_200, unit="BTC",
        qualifier="at_least", low=1_150, high=None),
    row("A whale bought 2,000 $ETH on Friday.", "2,000 $ETH", value=2_000, unit="ETH"),
]  # fmt: skip

PERCENT_ROWS = [
    row("Bitcoin plunged 15% on Friday.", "15%", value=15, unit="%", kind="percent"),
    row("82 percent of liquidations hit long traders.", "82 percent", value=82, unit="%",
        low=81.5, high=82.5),
    # A minus sign is the direction of a move: the value is its size, the side says "down".
    row("Solana fell -14.16% over the past week.", "-14.16%", value=14.16, unit="%",
        side="down", low=14.155, high=14.165),
    row("Ether is up +5.2% since Monday.", "+5.2%", value=5.2, side="up"),
]  # fmt: skip

OTHER_KIND_ROWS = [
    row("The Crypto Fear and Greed Index sits at 5, its lowest reading on record.", "5",
        value=5, unit="index"),
    row("Traders piled into 25x leveraged longs on Hyperliquid.", "25x", value=25, unit="x",
        kind="multiple", low=24.5, high=25.5),
    row("Trading volume jumped 3 times in an hour.", "3 times", value=3, unit="x"),
    row("Roughly 585,000 traders were liquidated.", "585,000", value=585_000, unit="count",
        qualifier="approx"),
    row("The long/short ratio fell to 0.87 on Binance.", "0.87", value=0.87, unit="ratio"),
]  # fmt: skip

RANGE_ROWS = [
    row("Analysts expect Bitcoin to trade in a $60,000–$65,000 range this week.", "$60,000",
        value=60_000, qualifier="range", low=60_000, high=65_000),
    row("Analysts expect Bitcoin to trade in a $60,000–$65,000 range this week.", "$65,000",
        value=65_000, qualifier="range", low=60_000, high=65_000),
    row("Bitcoin swung between $60,000 and $65,000 on Friday.", "$60,000", qualifier="range",
        low=60_000, high=65_000),
    row("Bitcoin swung between $60,000 and $65,000 on Friday.", "$65,000", qualifier="range",
        low=60_000, high=65_000),
    row("ETH traded between $1,800 and $2,100 on Thursday.", "$2,100", value=2_100,
        qualifier="range", low=1_800, high=2_100),
]  # fmt: skip

QUALIFIER_ROWS = [
    row("Over $1 billion left crypto funds last week.", "$1 billion", qualifier="more_than"),
    row("Nearly $500 million left spot ETFs.", "$500 million", qualifier="approx",
        low=450e6, high=550e6),
    row("Bitcoin trades around $62,500 on Coinbase.", "$62,500", qualifier="approx"),
    row("Up to $3 billion in longs could be liquidated below $58,000.", "$3 billion",
        qualifier="at_most", low=None, high=3.5e9),
    row("Liquidations topped $2.65 billion on Friday.", "$2.65 billion", qualifier="more_than"),
    row("Bitcoin crossed $70,000 on Monday.", "$70,000", qualifier="more_than", high=None),
    row("Ether fell below $1,800 for the first time since 2023.", "$1,800",
        qualifier="less_than", low=None),
]  # fmt: skip

SIGN_AND_RANGE_ROWS = [
    row("Solana changed -14.16% over the past week.", "-14.16%", value=14.16, side="down"),
    row("Funding rates on Bitcoin perpetuals turned negative at -0.0051%.", "-0.0051%",
          value=-0.0051),
    row("Analysts put the losses at $1.3-1.5 billion.", "$1.3", value=1.3e9, unit="USD",
          qualifier="range", low=1.3e9, high=1.5e9),
    row("Analysts put the losses at $1.3-1.5 billion.", "1.5 billion", unit="USD",
          qualifier="range"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    SEED_ROWS
    + MONEY_ROWS
    + CRYPTO_ROWS
    + PERCENT_ROWS
    + OTHER_KIND_ROWS
    + RANGE_ROWS
    + QUALIFIER_ROWS
    + SIGN_AND_RANGE_ROWS,
)
def test_amount(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# Whole sentences and exactly the amounts they state: dates, years, times, windows,
# quarters, moving averages, ordinals and list counters are not amounts.
NON_CLAIM_ROWS = [
    ("On February 6, the crypto market saw a sharp crash as Bitcoin plunged nearly 15%, wiping "
     "out around $350 billion in total market value in a single day.", ["15%", "$350 billion"]),
    ("This drop also wiped out the entire “Trump bump” rally from November 2024, as selling "
     "pressure increased from miners.", []),
    ("In just 24 hours, more than $2.65 billion worth of leveraged crypto positions were wiped "
     "out.", ["$2.65 billion"]),
    ("Strategy posted a $12.6 billion loss in Q4 2025.", ["$12.6 billion"]),
    ("Bitcoin is trading below its 50-day moving average of $98,000.", ["$98,000"]),
    ("Bitcoin traded at $64,000 at 14:30 UTC on Feb. 5.", ["$64,000"]),
    ("Ether dropped 8% at 9:30 a.m. ET.", ["8%"]),
    ("It was the third-largest liquidation event of 2025.", []),
    ("Pi Network crashed on Dec 19, 2025.", []),
    ("Bitcoin has not been this low since 2024.", []),
    ("ETFs lost $1 billion over the past 7 days.", ["$1 billion"]),
    ("Liquidations reached $1.2 billion in a 24-hour period.", ["$1.2 billion"]),
    ("BTC fell to $60,000 on 6 February 2026.", ["$60,000"]),
    ("The top 10 tokens lost $200 billion this week.", ["$200 billion"]),
    ("1. Bitcoin fell 5% on Friday.\n2. Ether dropped 8% on Friday.", ["5%", "8%"]),
    ("BTC is down 3% week-over-week and 12% YTD.", ["3%", "12%"]),
    ("It was the 3rd largest liquidation event in 2025.", []),
    ("Solana fell for the 5th straight day.", []),
    ("Binance processed $12 billion in 24h volume.", ["$12 billion"]),
    ("Strategy's 10-K filing shows a $17.4 billion operating loss.", ["$17.4 billion"]),
    pytest.param("Yesterday 06:19 Cardano dropped 4%.", ["4%"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NON_CLAIM_ROWS)
def test_only_quantities_are_amounts(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected
