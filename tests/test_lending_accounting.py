"""A lending protocol's accounting: collateral its liquidators seize, liquidate or sell is
what was liquidated (metric liquidations, "Collateral seized" as a column's header too), loans
no collateral covers any longer ("bad debt") are the lender's loss, and loans still owed
("outstanding borrows", "total borrows") are a balance of no metric of ours (other). An
agency's seizure stays a fine, and a loan book stays other. Liquidations at a venue that
is no trading venue (a lending protocol) take no market-wide CRYPTO.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

REACH = [
    # a lending market's keepers selling what they seized
    row(
        "Keepers on Silo Finance sold 4,120 ETH of seized collateral on Monday as ether "
        "slid below $2,900.",
        "4,120 ETH",
        metric="liquidations",
    ),
    # a BNB Chain lender's shortfall after a collapse
    row(
        "Venus was left with roughly $11.4 million in bad debt after the THE token "
        "collapsed, the BNB Chain lender said.",
        "$11.4 million",
        metric="loss",
    ),
    # a headline's verb of liquidating, present tense
    row(
        "Keepers liquidate about $120 million of positions on Aave as ether breaks $3,000.",
        "$120 million",
        metric="liquidations",
    ),
    # a Solana lender's headline
    row(
        "Kamino liquidates $14 million as SOL slides below $150",
        "$14 million",
        metric="liquidations",
    ),
    # a post-mortem's table of collateral seized per market
    row(
        "| Market | Collateral seized |\n|---|---|\n| cbBTC | $7.7m |\n| rETH | $2.9m |",
        "$2.9m",
        metric="liquidations",
    ),
    # a lender's book of loans still owed, beside a cue of backing
    row(
        "Roughly $3.1 million of loans are now backed by too little collateral, against "
        "$640 million in outstanding borrows, Morpho's team said.",
        "$640 million",
        metric="other",
    ),
    # a shortfall after an oracle fault
    row(
        "Compound's USDC market booked about $430,000 of bad debt after the oracle "
        "hiccup, Gauntlet said.",
        "$430,000",
        metric="loss",
    ),
    row(
        "Bad debt of $3.4 million was left on Venus after the THE token crashed.",
        "$3.4 million",
        metric="loss",
    ),
    row(
        "Compound's liquidators seized collateral worth $6.8 million during Sunday's sell-off.",
        "$6.8 million",
        metric="liquidations",
    ),
    row(
        "Outstanding borrows on Morpho rose to $2.9 billion in August.",
        "$2.9 billion",
        metric="other",
    ),
]

TWINS = [
    # collateral absorbed by a stability pool stays liquidations
    row(
        "Liquity's stability pool absorbed 18,300 ETH of liquidated collateral during "
        "the drawdown.",
        "18,300 ETH",
        metric="liquidations",
    ),
    # a CeFi lender's loans outstanding stay a balance of no metric
    row(
        "Outstanding loans at Ledn rose to $1.9 billion at the end of the quarter, the "
        "lender said.",
        "$1.9 billion",
        metric="other",
    ),
    # a loan book stays a balance of no metric
    row(
        "Maple's loan book stood at $2.4 billion in November, up from $1.1 billion in June.",
        "$2.4 billion",
        metric="other",
    ),
    # an agency's seizure stays a fine
    row(
        "The US Marshals seized 2,400 BTC from a darknet vendor's wallets, court filings show.",
        "2,400 BTC",
        metric="fine",
    ),
    # a company's net loss stays a loss
    row(
        "The exchange posted a net loss of $41 million for the quarter.",
        "$41 million",
        metric="loss",
    ),
    # collateral seized, worth a sum: liquidations as before
    row(
        "Liquidation bots on Spark seized collateral worth $23.5 million in the hour "
        "after the drop, Chaos Labs estimated.",
        "$23.5 million",
        metric="liquidations",
    ),
    # a seizure by the authorities stays what it was
    row(
        "Authorities seized $25 million in USDT linked to the scam, Tether said.",
        "$25 million",
        metric="fine",
    ),
]


# a lending protocol's liquidations (a venue that is no exchange or derivatives venue) are
# the collateral it sold, no market-wide total: no CRYPTO; a trading venue's stay the market's
LENDER_REACH = [
    row(
        "Kamino saw $14 million of liquidations in an hour as prices fell, its dashboard shows.",
        "$14 million",
        metric="liquidations",
        asset=None,
    ),
    row(
        "Spark, the lending protocol, liquidated $9.6 million of positions on Tuesday.",
        "$9.6 million",
        metric="liquidations",
        asset=None,
    ),
    row(
        "Ardent, a lending protocol on Arbitrum, saw liquidations of $4.1 million on Friday as "
        "prices gapped lower.",
        "$4.1 million",
        metric="liquidations",
        asset=None,
    ),
    row(
        "Liquidations on Euler topped $2.7 million overnight, according to its dashboard.",
        "$2.7 million",
        metric="liquidations",
        asset=None,
    ),
    row(
        "Moonwell, the Base lender, recorded $1.9 million of liquidations on Tuesday.",
        "$1.9 million",
        metric="liquidations",
        asset=None,
    ),
    row(
        "Fluid, the lending protocol, liquidated $5.2 million of positions on Thursday.",
        "$5.2 million",
        metric="liquidations",
        asset=None,
    ),
    row(
        "Liquidations on Kamino reached $7.3 million on Saturday, its dashboard shows.",
        "$7.3 million",
        metric="liquidations",
        asset=None,
    ),
]

LENDER_TWINS = [
    row(
        "Liquidations on Bybit reached $210 million on Monday as the market slid.",
        "$210 million",
        metric="liquidations",
        asset="CRYPTO",
    ),
    row(
        "Binance saw $84 million in liquidations in four hours, CoinGlass data show.",
        "$84 million",
        metric="liquidations",
        asset="CRYPTO",
    ),
    row(
        "Liquidations on OKX reached $96 million on Tuesday, CoinGlass data show.",
        "$96 million",
        metric="liquidations",
        asset="CRYPTO",
    ),
    row(
        "Over the past 24 hours, $312 million of leveraged positions were liquidated across the "
        "market, CoinGlass data show.",
        "$312 million",
        metric="liquidations",
        asset="CRYPTO",
    ),
    row(
        "On Aave, $12 million of ETH collateral was liquidated as ether fell 9%.",
        "$12 million",
        metric="liquidations",
        asset="ETH",
    ),
    row(
        "Liquidations on Hyperliquid hit $180 million on Friday, CoinGlass data show.",
        "$180 million",
        metric="liquidations",
        asset="CRYPTO",
    ),
    row(
        "Liquidations on Toobit, a derivatives exchange based in the Cayman Islands, reached "
        "$31 million on Monday.",
        "$31 million",
        metric="liquidations",
        asset="CRYPTO",
    ),
    row(
        "Liquidations on WEEX hit $18 million in four hours as bitcoin slid, the exchange said.",
        "$18 million",
        metric="liquidations",
        asset="CRYPTO",
    ),
]


# a holder that sells its own coins is no forced close, but every form of "liquidate" reads
# as liquidations whoever its subject is
GAPS = [
    known(
        "a voluntary sale by an estate or a company reads as liquidations",
        "The FTX estate will liquidate $1.2 billion of SOL over the next year, a filing shows.",
        "$1.2 billion",
        metric="transaction_value",
    ),
]


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    REACH + TWINS + LENDER_REACH + LENDER_TWINS + GAPS,
)
def test_lending_accounting(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
