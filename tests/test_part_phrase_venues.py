"""A venue that opens a phrase of its own after a total, set off by a comma and "with",
"while" or "whereas" and stating its own figure ("topped $2.6 billion across venues, with
Binance accounting for about 41%"), names where a part happened, not the total: the total
keeps no venue, the part keeps its own. A phrase with no figure of its own ("with most of it
on Binance") still says where the total happened. Rows in the words of a market wrap, a
derivatives desk, a liquidation tracker, a Korean wire and a DEX newsletter.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

ROWS = [
    (
        "Spot turnover hit $4.1 billion across exchanges on Monday, with Binance taking roughly "
        "38%.",
        "$4.1 billion",
        None,
    ),
    (
        "Spot turnover hit $4.1 billion across exchanges on Monday, with Binance taking roughly "
        "38%.",
        "38%",
        "Binance",
    ),
    (
        "Perpetual futures volume climbed to $19 billion, with Hyperliquid handling $7 billion "
        "of it.",
        "$19 billion",
        None,
    ),
    (
        "Total bitcoin open interest stood at $31 billion, while Bybit held 22%.",
        "$31 billion",
        None,
    ),
    (
        "Traders were liquidated for $410 million over the day, with OKX accounting for $120 "
        "million.",
        "$410 million",
        None,
    ),
    (
        "Traders were liquidated for $410 million over the day, with OKX accounting for $120 "
        "million.",
        "$120 million",
        "OKX",
    ),
    (
        "Won-denominated volume rose to ₩3.2 trillion, whereas Upbit alone saw ₩2.1 trillion.",
        "₩3.2 trillion",
        None,
    ),
    # twins: a phrase saying where the total happened, the venue before the total, one venue
    # in each clause
    ("Volume topped $2.6 billion, with most of it on Binance.", "$2.6 billion", "Binance"),
    (
        "Binance handled $2.6 billion of volume, with 41% in stablecoin pairs.",
        "$2.6 billion",
        "Binance",
    ),
    ("Volume on Bybit reached $9 billion, with OKX at $6 billion.", "$9 billion", "Bybit"),
]


@pytest.mark.parametrize(("text", "quote", "venue"), ROWS)
def test_part_phrase_venue(text: str, quote: str, venue: str | None) -> None:
    assert link_for(text, quote).venue == venue
