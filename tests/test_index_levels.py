"""A stock or volatility index's level is an index reading, not a count.

FORMAT.md: `index` is the unit of index readings. Market wraps in crypto news quote the
Nasdaq, the S&P 500, the Nikkei or the VIX beside bitcoin: a bare number reached by a level
word ("closed at", "ended at", "spiked to", "hit") in the clause of the index named last
before it is the index's level. A move in points, a count of the index's members and a
figure of another subject stay counts, as does a number right before a plural noun it counts
in a sentence that names an index ("the index's 20 constituents").
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

LEVEL_ROWS = [
    row("Tech shares led: the Nasdaq Composite closed at 18,204.6 while bitcoin held $97,000.",
        "18,204.6", unit="index", value=18204.6),
    row("Stocks slipped and the S&P 500 ended at 5,702, a Wall Street note said.", "5,702",
        unit="index"),
    row("In Tokyo, the Nikkei 225 finished the session at 38,900, its best close in months.",
        "38,900", unit="index"),
    row("The Dow Jones Industrial Average shed 400 points to 42,100 as yields jumped.",
        "42,100", unit="index"),
    row("The VIX spiked to 27.5 as equities sold off and bitcoin slid 6%.", "27.5",
        unit="index"),
]  # fmt: skip

LEVEL_TWINS = [
    row("The Dow Jones Industrial Average shed 400 points to 42,100 as yields jumped.", "400",
        unit="count"),
    row("The Nasdaq 100 holds 101 stocks after the rebalance.", "101", unit="count"),
    row("Coinbase, which joined the S&P 500 in May, reported 9.3 million monthly users.",
        "9.3 million", unit="count"),
    row("The S&P 500 fell 1.2% on Monday.", "1.2%", unit="%"),
]  # fmt: skip


# a number right before the plural noun it counts, in a sentence that names an index
MEMBER_ROWS = [
    row("The combined value of the index's 20 constituents reached $3.1 trillion, CoinGecko "
        "data show.", "20", unit="count"),
    row("The CoinDesk 20 index tracks tokens on 14 exchanges, its methodology says.", "14",
        unit="count"),
    row("Nine of the index's 25 components fell on Friday, while bitcoin rose 2%.", "25",
        unit="count"),
    row("The MarketVector index added 4 tokens in its December rebalance, the firm said.",
        "4", unit="count"),
    row("The GMCI 30 index now spans 9 sectors after its quarterly review.", "9",
        unit="count"),
    row("The CoinDesk 20 index, whose 20 members include SOL, rose to 2,410 points.", "20",
        occurrence=2, unit="count"),
    row("The Bitwise 10 index spans 4 chains and rebalances monthly.", "4", unit="count"),
    row("S&P's new crypto index tracks 25 tokens and fell 3% on Monday.", "25", unit="count"),
]  # fmt: skip

MEMBER_TWINS = [
    row("The fear and greed index fell to 41 from 55 over the weekend.", "55", unit="index"),
    row("The Crypto Fear & Greed Index climbed to 72 as traders bought the dip.", "72",
        unit="index"),
    row("The sentiment index rose 12 points to 64 on Tuesday.", "64", unit="index"),
    row("The CoinDesk 20 index fell 45 points to 2,380 on Tuesday.", "2,380", unit="index"),
    row("The Fear & Greed Index read 71 Friday, up from 64 on Tuesday.", "64", unit="index"),
    row("The index read 38 weeks ago and now sits at 55.", "55", unit="index"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    LEVEL_ROWS + LEVEL_TWINS + MEMBER_ROWS + MEMBER_TWINS,
)
def test_index_level(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
