"""A price move and the level it moved to are one quote of one market: the venue "on" names
after the level ("eased 1.6% to ₹58.20 on WazirX") is the move's too, past the level's
conversion in brackets. Rows in other outlets' words that must change, and twins that must
not (a day, an event at the exchange, a venue in another clause or phrase).
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

REACH = [
    # a wire's price line
    row("Solana slipped 3.4% to $182.40 on Coinbase in early trading.", "3.4%", venue="Coinbase"),
    # an Indian regional site: a rupee level with its dollar conversion before the venue
    row(
        "Cardano eased 1.6% to ₹58.20 ($0.65) on WazirX in afternoon deals.", "1.6%", venue="WazirX"
    ),
    row(
        "Cardano eased 1.6% to ₹58.20 ($0.65) on WazirX in afternoon deals.",
        "₹58.20",
        venue="WazirX",
    ),
    # a market wrap: a move "higher at" a level
    row(
        "BTC was trading 0.9% higher at ₹86.4 lakh on CoinDCX, data on the app showed.",
        "0.9%",
        venue="CoinDCX",
    ),
    # an exchange research note: "to trade at"
    row("BNB lost 2.6% to trade at $611 on Binance after the burn.", "2.6%", venue="Binance"),
    # a Korean wire: a won level on the local exchange
    row("XRP jumped 6% to 4,120 won on Upbit as retail volume surged.", "6%", venue="Upbit"),
    # a European newsletter: a euro level
    row(
        "Bitcoin dropped 4% to €81,200 on Bitstamp, its lowest since March.", "4%", venue="Bitstamp"
    ),
]

TWINS = [
    # "on" a day is no market
    row("XRP jumped 6% to $2.41 on Tuesday after the ruling.", "6%", venue=None),
    # an event at the exchange, not a market the price is quoted at
    row("Solana rose 5% to $190 on Binance listing news.", "5%", venue=None),
    # the exchange stands in another phrase after the level
    row("Ether fell 2% to $3,000 as traders on Bybit cut leverage.", "2%", venue=None),
    # the move's level is quoted with no venue; the venue names another clause's market
    row("Bitcoin fell 3% to $88,000, and on Kraken the spread widened.", "3%", venue=None),
    # a move of volume keeps the venue it took before
    row("Spot volume rose 12% to $2.1 billion on Binance.", "12%", venue="Binance"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_move_venue(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
