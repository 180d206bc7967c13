"""A list sorted by chain names where its figures sit, not what they are: an item labelled
"Optimism" under "Funds drained per network:" is no OP figure, and one labelled "Solana"
under "USDC supply by chain" is USDC's. A chain token's own price or move in such a list,
and lists sorted by anything else, keep the label's coin."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

DRAINED = (
    "Attackers drained about $6.1 million from the Kelpie bridge on Sunday, the team said.\n\n"
    "Funds drained per network:\n- Optimism: $4.2 million\n- Polygon: $1.1 million\n"
    "- Avalanche: $0.8 million\n"
)
USDC = (
    "Circle's dollar token kept growing in October.\n\nUSDC circulating supply by chain, Oct. 31:\n"
    "- Ethereum: $41.8 billion\n- Solana: $9.6 billion\n- Base: $4.4 billion\n"
)
LOCKED = (
    "DeFi deposits rose for a third month, a DefiLlama snapshot shows.\n\nValue locked by "
    "blockchain:\n• Ethereum: $62.4 billion\n• Tron: $7.9 billion\n• Arbitrum: $3.1 billion\n"
)
OUTFLOWS = (
    "Bridges saw net withdrawals this week.\n\nNet outflows by network this week:\n"
    "1. Arbitrum: $310 million\n2. Avalanche: $95 million\n"
)
PRICES = "Majors were mixed at 8 a.m. UTC.\n\nPrices:\n- Ethereum: $3,412\n- Solana: $141.20\n"
GAINERS = (
    "Altcoins led the rebound.\n\nTop gainers by market value:\n- Solana: +6.2%\n"
    "- Avalanche: +4.8%\n"
)
MOVES = (
    "Layer-2 tokens fell after the unlock news.\n\nToken moves by network:\n- Arbitrum: -4.1%\n"
    "- Optimism: +2.2%\n"
)

YIELDS = (
    "Staking stayed popular through the sell-off.\n\nStaking yields by network:\n"
    "- Ethereum: 3.1%\n- Solana: 7.2%\n"
)
FEES = (
    "Activity picked up in October.\n\nNetwork fees by chain in October:\n"
    "- Ethereum: $18.4 million\n- Solana: $9.1 million\n"
)
STABLES = (
    "Dollar tokens kept growing, per DefiLlama.\n\nStablecoin market value by chain:\n"
    "- Ethereum: $160.3 billion\n- Tron: $78.4 billion\n"
)
STAKED = "Staked supply by chain:\n- Ethereum: 34.2 million ETH\n- Solana: 392 million SOL\n"

REACH_ROWS = [
    row(DRAINED, "$4.2 million", asset=None),
    row(DRAINED, "$1.1 million", asset=None),
    row(USDC, "$9.6 billion", asset="USDC"),
    row(LOCKED, "$62.4 billion", asset=None),
    row(LOCKED, "$7.9 billion", asset=None),
    row(OUTFLOWS, "$310 million", asset=None),
    known(
        "a numbered list's second row takes the first row's coin before the chain rule can "
        "see its own label's",
        OUTFLOWS,
        "$95 million",
        asset=None,
    ),
    known(
        "a market value sorted by chain reads as each chain token's own market cap, which "
        "the rule leaves to the token, though the lead names the whole it divides",
        STABLES,
        "$160.3 billion",
        asset=None,
    ),
]

TWIN_ROWS = [
    # only money sits on a chain: a rate, a coin amount and the chain's own fees are the coin's
    row(YIELDS, "3.1%", asset="ETH"),
    row(YIELDS, "7.2%", asset="SOL"),
    row(FEES, "$18.4 million", asset="ETH"),
    row(STAKED, "34.2 million ETH", asset="ETH"),
    row(PRICES, "$3,412", asset="ETH"),
    row(PRICES, "$141.20", asset="SOL"),
    row(GAINERS, "+6.2%", asset="SOL"),
    row(MOVES, "-4.1%", asset="ARB"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_a_chain_in_a_list_by_chain_is_no_coin(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_a_coin_label_elsewhere_stays(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
