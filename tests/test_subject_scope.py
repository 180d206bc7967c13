"""Whose market a market-wide figure is: the crypto market's, unless the article is about one
coin's derivatives market; sector-wide figures name the crypto sector."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

XRP_STORY = (
    "XRP futures open interest hits record $3.91 billion\n\n"
    "XRP, the native token of the XRP Ledger, set a record on Tuesday as futures open interest "
    "climbed to $3.91 billion, CoinGlass data shows. Binance leads with 535 million XRP in "
    "contracts.\n\n"
    "The 24-hour long/short ratio stands at 0.9932, while trading volume rose 12% to "
    "$6.2 billion."
)
CRASH_STORY = (
    "Bitcoin slides below $64,000 as leverage unwinds\n\n"
    "Bitcoin fell 4% to $63,800 on Thursday, dragging the broader crypto market lower.\n\n"
    "Open interest slid to $97.3 billion, and the long/short ratio fell to 0.91, CoinGlass "
    "data show. Roughly $1.2 billion in leveraged positions were liquidated."
)

# A coin the lexicon does not list is still a coin where the text reads it as one.
TICKER_ROWS = [
    row("MOVR token price jumps 50% on Upbit listing.", "50%", asset="MOVR"),
    # a listed coin needs no such word: IOST, DigiByte and Kadena are in the assets data
    row("IOST surged 50% on Monday after the Upbit listing.", "50%", asset="IOST"),
    row("DigiByte jumped 12% on Tuesday.", "12%", asset="DGB"),
    row("Kadena fell 20% after the team said it would wind down operations.", "20%",
        asset="KDA"),
    row("$PNUT rallied 31% in a day as memecoin traders piled in.", "31%", asset="PNUT"),
    row("The SEC token rule drew 1,200 comment letters.", "1,200", asset=None),
    row("At current BTC prices, Strategy's holdings are worth about $63.28 billion.",
        "$63.28 billion", asset="MSTR"),
]  # fmt: skip

# Macro figures are no coin's; a network's revenue and an indicator's reading are its coin's.
NETWORK_ROWS = [
    row("Bitcoin slipped to $58,900 after the report. Consumer prices rose 3% year on year, "
        "above forecasts.", "3%", asset=None, side="up"),
    row("Bitcoin briefly hit $61K. The Fed lowered its benchmark rate to 4.75%.", "4.75%",
        asset=None),
    row("Bitcoin's fourth halving cut the block subsidy.\n\nMiner revenue hit a record "
        "$107.7 million on the day.", "$107.7 million", asset="BTC", metric="revenue"),
    row("Ether is trading at $3,120.\n\nThe MACD indicator is currently holding at 70 on the "
        "four-hour chart.", "70", asset="ETH"),
]  # fmt: skip

# Whose figure a company, theft or funding total is.
OWNER_ROWS = [
    row("Stablecoin issuer Tether said it had a net profit of $850 million in the second quarter.",
        "$850 million", asset=None, metric="profit"),
    row("Hackers stole 401,000 ETH from Bybit's cold wallet.\n\nThe $1.46 billion theft is the "
        "largest in crypto history.", "$1.46 billion", asset="ETH", metric="hack_amount"),
    row("The stolen funds included 27,300 ETH, 12.6 million USDC and 2.8 million DAI.\n\nThe "
        "$71.4 million theft is this year's largest.", "$71.4 million", asset=None),
    row("Cetus, the largest exchange on the Sui blockchain, lost $223 million in the exploit.",
        "$223 million", asset=None, metric="hack_amount"),
    row("Venture funding for crypto startups rose in May.\n\nIn April, a total of $1.02 billion "
        "was raised across 161 rounds.", "$1.02 billion", asset="CRYPTO"),
    row("Venture funding for crypto startups rose in May.\n\nIn addition, Auradine received "
        "$80 million in funding.", "$80 million", asset=None),
    # a data provider's name that owns the round right before it is the raiser, not a cited
    # source ("Hypernative’s $40 million round"); a source cited stays no raiser
    row("Venture funding for crypto startups rose in May.\n\nOther significant rounds include "
        "Hypernative’s $40 million round and Symbiotic’s $29 million.", "$40 million",
        asset=None),
    row("Venture funding for crypto startups rose in May.\n\nAccording to DefiLlama data, crypto "
        "startups raised $2.5 billion in June.", "$2.5 billion", asset="CRYPTO"),
    row("Rival CoreFlux Inc. (CFLX) reported revenue of $61.2 million for the month.",
        "$61.2 million", asset="CFLX"),
    row("The Relative Strength Index (RSI) on the daily chart of Ether has dropped to 34.", "34",
        asset="ETH"),
]  # fmt: skip

ROWS = [
    row(XRP_STORY, "0.9932", asset="XRP"),
    row(XRP_STORY, "$6.2 billion", asset="XRP", metric="trading_volume"),
    row(CRASH_STORY, "$97.3 billion", asset="CRYPTO", metric="open_interest"),
    row("Within hours of the ruling, XRP's market cap skyrocketed by an astonishing $21.2 "
        "billion.", "$21.2 billion", asset="XRP"),
    row("Open interest for ETH futures across exchanges is currently over $10.1 billion.",
        "$10.1 billion", asset="ETH"),
    row(CRASH_STORY, "$1.2 billion", asset="CRYPTO", metric="liquidations"),
    row("Venture capital funding for crypto startups totaled $4.5 billion in the second quarter.",
        "$4.5 billion", asset="CRYPTO", metric="funding_raised"),
    row("Total crypto open interest slid to $97.3 billion, down from $104.9 billion on Wednesday.",
        "$97.3 billion", asset="CRYPTO"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), ROWS + TICKER_ROWS + NETWORK_ROWS + OWNER_ROWS
)
def test_market_of_a_figure(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
