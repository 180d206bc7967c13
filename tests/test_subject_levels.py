"""A level a subject reached is what the subject's noun measures even when an auxiliary
stands between the subject and its verb ("Outstanding loans ... had grown to", "Value
secured ... has reached") or the subject's phrase counts things ("on the two platforms"):
a count inside the subject is no figure the verb links instead. A metric word of a
neighbour clause ("users were forcibly liquidated") no longer decides.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

REACH = [
    # a regulator story: loans still owed are a balance, not liquidations
    row(
        "Outstanding loans on the two platforms had grown to 1.12 trillion won at the end of "
        "August, the regulator said, and 1,430 users were forcibly liquidated last week.",
        "1.12 trillion won",
        metric="other",
    ),
    # a wire: open loans with an auxiliary and a count of lenders
    row(
        "Open loans at the three lenders have climbed to $2.2 billion, while $80 million of "
        "longs were liquidated.",
        "$2.2 billion",
        metric="other",
    ),
    # a layer-2 newsletter: value secured, with a fee move in the next clause
    row(
        "Value secured across the five rollups has reached $52.3 billion, while fees fell 4%.",
        "$52.3 billion",
        metric="tvl",
    ),
    # an NFT market note: royalties are fees, not the sales volume of the next clause
    row(
        "Royalties paid to creators on the two marketplaces had fallen to 310 ETH by Friday, "
        "while sales volume jumped.",
        "310 ETH",
        metric="fees",
    ),
    # a regional site: loan balances, not reserves
    row(
        "Loan balances at the two exchanges have swelled to 640 billion won this year, with "
        "margin calls liquidating 210 accounts.",
        "640 billion won",
        metric="other",
    ),
    # a DeFi weekly: already read by its cue before
    row(
        "Total value locked on the four chains had risen to $9.8 billion by Sunday, though "
        "liquidations picked up.",
        "$9.8 billion",
        metric="tvl",
    ),
    known(
        "a stablecoin supply in dollars is read as a flow: 'supply' is not taken as the "
        "subject's noun for a money figure with 'ETF outflows' in the next clause",
        "Stablecoin supply on the two networks has grown to $41 billion, as ETF outflows "
        "continued.",
        "$41 billion",
        metric="supply",
    ),
]

TWINS = [
    # a coin's level stays its price
    row(
        "Bitcoin had risen to $91,200 by Friday, as liquidations mounted.",
        "$91,200",
        metric="price",
    ),
    row(
        "Liquidations on the two venues had reached $310 million by noon, CoinGlass data show.",
        "$310 million",
        metric="liquidations",
    ),
    # a mark between the subject and its verb: the coin's level stays its price
    row(
        "Bitcoin, which slid on Monday, had climbed back to $93,400 by Friday.",
        "$93,400",
        metric="price",
    ),
    # a sum between the subject and the verb: the verb's level is still the fees'
    row(
        "Fees of $2 million a day in March had risen to $3 million by June, the team said.",
        "$3 million",
        metric="fees",
    ),
    row(
        "ETF outflows on the two days had reached $1.1 billion, Farside data show.",
        "$1.1 billion",
        metric="etf_flow",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_subject_level(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
