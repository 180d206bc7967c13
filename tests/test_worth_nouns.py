"""A quantity noun joined to its figure by "worth" names it as one joined by "of" does:
"payments worth $41.7 million" are a transaction value as "payments of $41.7 million" are,
"royalties worth 310 ETH" fees, "token unlocks worth $410 million" supply. A noun the
quantity table does not know ("ether worth $3.1 billion", "ETH worth $220 million") names
nothing, and neither does a noun of no metric ("a share buyback worth $115 million"): the
figure keeps its reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

REACH = [
    # a payment processor's quarter
    row(
        "Payments worth $41.7 million went through its terminals between July and September.",
        "$41.7 million",
        metric="transaction_value",
    ),
    # remittances over stablecoin rails
    row(
        "Remittances worth $2.3 billion were sent over stablecoin rails in the quarter, "
        "the central bank said.",
        "$2.3 billion",
        metric="transaction_value",
    ),
    # card payments settled in a stablecoin
    row(
        "Card transactions worth €88 million were settled in USDC last month.",
        "€88 million",
        metric="transaction_value",
    ),
    # an NFT marketplace's royalties
    row("Royalties worth 310 ETH were paid to creators in October.", "310 ETH", metric="fees"),
    # a bitcoin-backed lender's originations
    row(
        "Loans worth $150 million were originated against bitcoin collateral in the quarter.",
        "$150 million",
        metric="transaction_value",
    ),
    # a sponsorship's yearly payments
    row(
        "Sponsorship payments worth £6 million a year will flow to the club from 2027.",
        "£6 million",
        metric="transaction_value",
    ),
    # a week's token unlocks
    row(
        "Token unlocks worth $410 million are scheduled for next week, led by SUI and ZRO.",
        "$410 million",
        metric="supply",
    ),
    # an NFT marketplace's weekend
    row(
        "Sales worth $12 million were made on OpenSea over the weekend.",
        "$12 million",
        metric="trading_volume",
    ),
    # stablecoin settlement on a chain
    row(
        "Stablecoin payments worth $9.2 billion were settled on Tron in May, Artemis data show.",
        "$9.2 billion",
        metric="transaction_value",
    ),
    # priority tips paid to a chain's validators
    row(
        "Tips worth $1.3 million went to Solana validators on Monday.",
        "$1.3 million",
        metric="revenue",
    ),
]

TWINS = [
    # a noun of no metric before "worth" (a buyback) leaves the deal's sum to its reading
    row(
        "Coinbase approved a share buyback worth $1 billion on Thursday, the exchange said.",
        "$1 billion",
        metric="transaction_value",
    ),
    # a coin's name before "worth" is no quantity noun: the holding stays
    row("The fund now holds ether worth $3.1 billion.", "$3.1 billion", metric="holdings"),
    # a purchase of coins worth a sum stays a transaction
    row(
        "Whales bought ETH worth $220 million over the weekend, Lookonchain data show.",
        "$220 million",
        metric="transaction_value",
    ),
    # "is worth" after a company's coins stays holdings
    row(
        "Strategy's bitcoin is worth about $71 billion at current prices.",
        "$71 billion",
        metric="holdings",
    ),
    # a cue noun before "worth" read as before
    row(
        "Commissions worth about $9 million went to the platform's affiliates last year.",
        "$9 million",
        metric="fees",
    ),
    # a company's coins worth a sum stay its holdings
    row(
        "Tesla still holds bitcoin worth about $1.1 billion, filings show.",
        "$1.1 billion",
        metric="holdings",
    ),
    # a cue noun before "worth" read as before
    row(
        "Trading fees worth $63 million accrued to Hyperliquid in March.",
        "$63 million",
        metric="fees",
    ),
    # transfers over a payment rail read as before
    row(
        "Transfers worth R$900 million moved through Brazil's stablecoin rails in June.",
        "R$900 million",
        metric="transaction_value",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_worth_noun(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
