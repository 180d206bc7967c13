"""Coins a holder holds, controls or owns, the figure the object of the verb, are its
holdings, whoever the holder is (a trustee, a government, a fund, an exploiter's wallet).
Twins: coins that size a noun of their own after them ("524 million XRP contracts"), coins
moved out of a contract, and money a company holds."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

HELD_ROWS = [
    row("The funds still hold roughly 5.9 million ETH, on-chain data show.",
        "5.9 million ETH", metric="holdings"),
    row("The trustee still controls 34,689 BTC, according to the filing.",
        "34,689 BTC", metric="holdings"),
    row("Metaplanet has said it aims to hold 100,000 BTC by the end of 2027.",
        "100,000 BTC", metric="holdings"),
    row("US government wallets still hold about 198,000 BTC across all cases, according to "
        "Arkham.",
        "198,000 BTC", metric="holdings"),
    row("The exploiter still holds 12,500 ETH stolen in the attack, PeckShield said.",
        "12,500 ETH", metric="holdings"),
    # reach: an estate in bankruptcy, a family office, a government, liquidators, a ministry
    row("The estate of the defunct lender still controls about 4,300 ETH, the bankruptcy "
        "filing shows.",
        "4,300 ETH", metric="holdings"),
    row("A family office in Zurich controls roughly 1,200 BTC through two custodians, "
        "according to the filing.",
        "1,200 BTC", metric="holdings"),
    row("The Royal Government of Bhutan controls 6,000 BTC across four wallets.",
        "6,000 BTC", metric="holdings"),
    row("Court-appointed liquidators hold 12,800 SOL pending the sale.",
        "12,800 SOL", metric="holdings"),
    row("The Ukrainian defence ministry's donation wallets now hold around 610 ETH.",
        "610 ETH", metric="holdings"),
]  # fmt: skip

HELD_TWINS = [
    row("Bybit comes second with holding 524 million XRP contracts, making up 31.27%.",
        "524 million XRP", metric="open_interest"),
    row("Within an hour, the exploiter had moved more than 27,000 ETH out of the bridge's "
        "Ethereum escrow contract.",
        "27,000 ETH", metric="transaction_value"),
    row("The company holds $2 billion in cash and short-term investments.",
        "$2 billion", metric="holdings"),
    row("Strategy holds 640,031 BTC, bought for about $47.4 billion.",
        "640,031 BTC", metric="holdings"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), HELD_ROWS + HELD_TWINS)
def test_coins_held(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
