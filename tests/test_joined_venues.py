"""Venues named together ("on Binance and OKX", "across Deribit, OKX and Bybit", "Kalshi
and Polymarket together") share the figure: it is no one venue's. A venue after a
semicolon opens another statement ("volume hits $1.2bn; Kalshi open interest tops $650m")
and does not reach back. Rows in the words of a regional wire, a derivatives desk, a
prediction-market newsletter and a headline writer; twins keep their venue.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

HEADLINE = "Weekly prediction-market volume hits $1.2bn; Kalshi open interest tops $650m"
BOTH = "Volume on Binance rose to $12 billion and OKX handled $6 billion."
ROWS = [
    ("Rupee P2P volume on Binance and OKX reached about $410 million in August, Chainalysis "
     "estimates.", "$410 million", None),
    ("Traders on Bybit and Bitget opened $2.3 billion of new positions on Monday.",
     "$2.3 billion", None),
    ("Open interest across Deribit, OKX and Bybit stood at $18 billion on Friday.",
     "$18 billion", None),
    ("Kalshi and Polymarket together handled $940 million in contracts last week.",
     "$940 million", None),
    ("Liquidations on Hyperliquid or Binance topped $500 million, CoinGlass data showed.",
     "$500 million", None),
    (HEADLINE, "$1.2bn", None),
    ("Spot volume climbs to $9.4bn; Bybit reserves slip", "$9.4bn", None),
    # twins: one venue in each clause, a price with its own market, the venue's own statement
    ("Liquidations on Hyperliquid topped $500 million, while Binance saw $120 million.",
     "$500 million", "Hyperliquid"),
    (BOTH, "$12 billion", "Binance"),
    (BOTH, "$6 billion", "OKX"),
    ("Bitcoin traded at $64,100 on Coinbase and $64,180 on Kraken.", "$64,100", "Coinbase"),
    (HEADLINE, "$650m", "Kalshi"),
    ("Bybit handled $3.1 billion in spot volume; the exchange said demand came from Asia.",
     "$3.1 billion", "Bybit"),
    # a clause after a semicolon that takes up the figure says where it happened
    ("Liquidations hit $400 million in an hour; all of them were on Hyperliquid.",
     "$400 million", "Hyperliquid"),
    ("Spot volume reached $2.1 billion on Sunday; nearly all of it was on Binance.",
     "$2.1 billion", "Binance"),
    ("Open interest in ether options stood at $6 billion; Deribit held almost all of it.",
     "$6 billion", "Deribit"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "venue"), ROWS)
def test_joined_venue(text: str, quote: str, venue: str | None) -> None:
    assert link_for(text, quote).venue == venue


# the carries keep the abstention: a figure of venues named together takes no venue from
# a figure before it in its sentence or paragraph
CARRIED = [
    ("Upbit took 66% of won volume last month, Bithumb 29%, and Coinone, Korbit and Gopax "
     "the remaining 5%, CryptoQuant data show.", "5%", None),
    ("Binance handled $14 billion in spot trades on Monday. OKX and Bybit together cleared "
     "$9 billion.", "$9 billion", None),
    ("Volume on Binance hit $12 billion, while Coinbase and Kraken saw $3 billion between "
     "them.", "$3 billion", None),
    ("CME futures carry $355 million in open interest. FTX and Deribit, by contrast, hold a "
     "combined $2 billion in open interest.", "$2 billion", None),
    # twins: a figure with no venue of its own still takes the paragraph's
    ("Binance handled $14 billion in spot trades on Monday. By Tuesday, volume had reached "
     "$16 billion.", "$16 billion", "Binance"),
    ("Upbit took 66% of won volume last month, Bithumb 29%, and Coinone 3%.", "3%", "Coinone"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "venue"), CARRIED)
def test_joined_figure_keeps_no_venue(text: str, quote: str, venue: str | None) -> None:
    assert link_for(text, quote).venue == venue
