"""Coins a holder moves between wallets or to an exchange are the value of a transfer: the
figure is the object of a verb of moving ("moved", "transferred", "sent", "shifted",
"relocated"), and a dollar value written right after the coins ("worth roughly $96 million")
is the same transfer's. The verb decides only for coins: money after "moved" is as often a
price's move. Coins held, bought, moved out of or into funds, or moved by a thief, and "the transfer
of" coins (a noun, no verb taking the figure) keep their readings.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

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
        metric="holdings",
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
    # coins moved out of or into funds are the funds' flow
    row(
        "Holders moved 3,900 BTC out of the spot bitcoin ETFs over the week, Farside data show.",
        "3,900 BTC",
        metric="etf_flow",
        side="outflow",
    ),
    row(
        "Allocators shifted 61,000 ETH into US-listed ether ETFs in the five days to Friday.",
        "61,000 ETH",
        metric="etf_flow",
    ),
    # coins withdrawn from an exchange are a flow
    row(
        "Users withdrew 31,000 BTC from Binance last week, CryptoQuant data show.",
        "31,000 BTC",
        metric="fund_flow",
    ),
]


# a transfer takes the exchange, mixer or estate its clause names, as exchanges' flows do
# ("moved 6,450 BTC to Coinbase Prime"); a company's purchase money stays free of venues
MOVED_VENUES = [
    row(
        "A whale address tied to an early ICO participant sent 18,000 ETH to Kraken on "
        "Friday, Lookonchain noted.",
        "18,000 ETH",
        metric="transaction_value",
        venue="Kraken",
    ),
    row(
        "Per Arkham, wallets of the defunct exchange's estate shifted 4,100 BTC to Bitstamp "
        "overnight.",
        "4,100 BTC",
        metric="transaction_value",
        venue="Bitstamp",
    ),
    # no place named: none taken
    row(
        "Miners sent roughly 21,000 BTC to exchanges over the past month, CryptoQuant data show.",
        "21,000 BTC",
        metric="transaction_value",
        venue=None,
    ),
]

MOVED_GAPS = [
    # the coins' worth written right after them is the same transfer's, at the same place
    known(
        "a transfer's dollar worth takes no venue",
        "Blockchain data show a fund transferred 2,600 BTC ($250 million) to OKX on Monday.",
        "$250 million",
        metric="transaction_value",
        venue="OKX",
    ),
    # money a price moves by is a price change, not a transfer (read so before this rule too)
    known(
        "'moved $N higher' reads as a transfer",
        "Bitcoin moved $2,400 higher in the hour after the inflation print.",
        "$2,400",
        metric="price_change",
    ),
]


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), MOVED + MOVED_TWINS + MOVED_VENUES + MOVED_GAPS
)
def test_moved_coins(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
