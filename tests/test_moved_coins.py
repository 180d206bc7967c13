"""Coins a holder moves between wallets or to an exchange are the value of a transfer: the
figure is the object of a verb of moving ("moved", "transferred", "sent", "shifted",
"relocated"), and a dollar value written right after the coins ("worth roughly $96 million")
is the same transfer's. The verb decides only for coins: money after "moved" is as often a
price's move. Coins held, bought, withdrawn from funds or moved by a thief, and "the transfer
of" coins (a noun, no verb taking the figure) keep their readings.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

MOVED = [
    # an on-chain alert account's wording
    row(
        "A dormant 2014-era wallet transferred 3,250 BTC to a new address late on Sunday, "
        "Whale Alert flagged.",
        "3,250 BTC",
        metric="transaction_value",
    ),
    # a wire: a trustee's transfer with its value in an appositive
    row(
        "The bankruptcy trustee has moved another 1,820 BTC, worth about $164 million, to "
        "Kraken and Bitstamp.",
        "1,820 BTC",
        metric="transaction_value",
    ),
    row(
        "The bankruptcy trustee has moved another 1,820 BTC, worth about $164 million, to "
        "Kraken and Bitstamp.",
        "$164 million",
        metric="transaction_value",
    ),
    # a newsletter: a participle clause
    row(
        "On-chain records show a treasury wallet sending 55 million XRP to Bitstamp on Thursday.",
        "55 million XRP",
        metric="transaction_value",
    ),
    # a regional site
    row(
        "Die Stiftung relocated 28,000 ETH to a fresh multisig, per Arkham; the foundation "
        "gave no reason.",
        "28,000 ETH",
        metric="transaction_value",
    ),
    # an exchange research note
    row(
        "Over the weekend a long-term holder cohort shifted 9,600 BTC onto exchanges, the "
        "desk's note said.",
        "9,600 BTC",
        metric="transaction_value",
    ),
]

MOVED_TWINS = [
    # coins held stay holdings
    row(
        "Government wallets still hold roughly 196,000 BTC across all cases, Arkham says.",
        "196,000 BTC",
        metric="other",
    ),
    # a theft's coins stay the hack's
    row(
        "The attacker moved 7,400 ETH stolen in the bridge exploit through a mixer.",
        "7,400 ETH",
        metric="hack_amount",
    ),
    # money after "moved" is a price's level
    row(
        "Bitcoin moved above $98,000 in early Asian trading.",
        "$98,000",
        metric="price",
    ),
    # coins bought stay holdings
    row(
        "The miner bought 1,150 BTC in November, lifting its stack to 9,870 BTC.",
        "1,150 BTC",
        metric="holdings",
    ),
    # the noun: the event's figure is read by the rest of its sentence, as before
    row(
        "The trustee drew attention with the transfer of 12,300 BTC into a fresh wallet.",
        "12,300 BTC",
        metric="other",
    ),
    # coins withdrawn from an exchange are a flow
    row(
        "Users withdrew 31,000 BTC from Binance last week, CryptoQuant data show.",
        "31,000 BTC",
        metric="fund_flow",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), MOVED + MOVED_TWINS)
def test_moved_coins(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
