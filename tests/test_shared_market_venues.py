"""Prices one subject reaches in a run of predicates share the market "on" names after one
of them: "opened at X on Bybit, jumped to Y and closed at Z" places all three on Bybit, and
"fell from X to Y on Kraken" places the start of the move as well as its end. A new subject,
another venue, a subordinate clause or a comparison after a comma ends the run. Rows in the
words of a listing report, a market wrap, a regional wire and an exchange note.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

LISTING = (
    "The token listed at $0.40 on Bybit, surged to $0.95 within minutes and ended the "
    "session at $0.61."
)
SOL = "SOL opened at $182.40 on Coinbase on Monday, jumped to $191 by noon and closed at $187.20."
ETHER = "Ether fell from $3,410 to $3,120 on Kraken over the weekend."
SLIDE = "Bitcoin slid from about $98,000 to $91,500 on Bitstamp in two hours."
NEW_SUBJECT = "Bitcoin hit $99,000 on Coinbase and the index closed at $97,000."
SUBORDINATE = "Bitcoin hit $99,000 on Coinbase before it slid to $96,000."
COMPARED = "Bitcoin rose to $99,000 on Coinbase, up from $97,000 a week earlier."
OTHER_COIN = "Bitcoin traded at $97,800 on Coinbase, and ether rose 3% to $3,410."

ROWS = [
    (LISTING, "$0.95", "Bybit"),
    (LISTING, "$0.61", "Bybit"),
    (SOL, "$191", "Coinbase"),
    (SOL, "$187.20", "Coinbase"),
    (ETHER, "$3,410", "Kraken"),
    (SLIDE, "$98,000", "Bitstamp"),
    # twins: a new subject, a subordinate clause, a comparison, another coin
    (NEW_SUBJECT, "$97,000", None),
    (SUBORDINATE, "$96,000", None),
    (COMPARED, "$97,000", None),
    (OTHER_COIN, "$3,410", None),
]


@pytest.mark.parametrize(("text", "quote", "venue"), ROWS)
def test_shared_market_venue(text: str, quote: str, venue: str | None) -> None:
    assert link_for(text, quote).venue == venue
