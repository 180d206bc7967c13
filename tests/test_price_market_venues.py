"""A venue "on" names right after a price is that price's market, not where the main
clause's figures happened when the price stands in a clause a subordinator opens ("The
plunge, when it dropped to $58,900 on Kraken, set off 2,300 margin calls"). A reading of
the price in its own clause (a premium, an implied chance) and a figure a relative "where"
puts at the market keep it. Rows in the words of a lender's note, a wire, a regional desk
and a prediction-market newsletter.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

PLUNGE = (
    "Bitcoin's plunge on Friday, when it dropped 7% to $58,900 on Kraken, set off 2,300 "
    "margin calls at the lender."
)
ROWS = [
    (PLUNGE, "2,300", None),
    ("Ether's wick, as it briefly touched $2,410 on Bybit, forced 380 borrowers to add "
     "collateral.", "380", None),
    ("The sell-off, after SOL slid to $121 on OKX, left 96 vaults under water.", "96", None),
    ("Monday's drop, when XRP touched $0.48 on Bitstamp, prompted 1,050 collateral top-ups, "
     "the desk said.", "1,050", None),
    ("The rally, once bitcoin cleared $70,000 on Coinbase, pulled in 5,200 new depositors "
     "within a day.", "5,200", None),
    # twins: the price itself, a reading of it, a figure "where" puts at the market
    (PLUNGE, "$58,900", "Kraken"),
    ("BTC changed hands at 98.2 million won on Bithumb on Friday, a premium of about 2.1% "
     "over global venues.", "2.1%", "Bithumb"),
    ("Yes shares traded at 64 cents on Kalshi on Tuesday, implying a 64% chance of a cut.",
     "64%", "Kalshi"),
    ("Bitcoin fell to $58,900 on Kraken, where 2,300 positions were closed.", "2,300", "Kraken"),
    # the main clause points back to the market: it happened there
    ("Bitcoin's slide, when it fell to $97,400 on Binance, triggered $300 million of long "
     "liquidations on the exchange.", "$300 million", "Binance"),
    ("The flush, as ETH dipped to $3,050 on OKX, wiped out $45 million of positions on the "
     "platform.", "$45 million", "OKX"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "venue"), ROWS)
def test_price_market_venue(text: str, quote: str, venue: str | None) -> None:
    assert link_for(text, quote).venue == venue


@pytest.mark.xfail(
    strict=True,
    reason="'there' after the aside points back to the market, but also opens existential "
    "clauses ('there were 900 calls'); no reading tells them apart yet",
)
def test_there_points_back_to_the_market() -> None:
    text = "The selloff, as ETH dropped to $3,100 on Bybit, wiped out 12,000 positions there."
    assert link_for(text, "12,000").venue == "Bybit"
