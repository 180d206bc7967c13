"""Venues of list rows and table rows: a row's own label names its venue, else the list's
lead line does; a row never takes the venue of the row above it. A label is a venue when
its siblings are ("- OpenSea: 38%", "- Tensor: 6%": Tensor is a marketplace like the
others), a name, not a phrase ("Everyone else", "Other venues")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check, row

PUBLISHED = date(2026, 11, 20)

# a newsletter's marketplace share, labels of venues the lexicon lacks among known ones
NFT = (
    "Marketplace share, November (by volume)\n\n"
    "- OpenSea: 38.2% ($121.4 million)\n"
    "- Sudoswap: 27.9% ($88.7 million)\n"
    "- Magic Eden: 18.4%\n"
    "- Tensor: 5.6%\n"
    "- Everyone else: 9.9%\n"
)
# an exchange research note's numbered liquidation board, a dash between label and figure
BOARD = (
    "Liquidations by exchange over the past 24 hours:\n"
    "1. Binance - $212 million\n"
    "2. Zoomex - $41 million\n"
    "3. Bybit - $98 million\n"
    "4. Bitunix - $17 million\n"
)
# a regional site's table of spot volumes
TABLE = (
    "Spot volume by venue, Tuesday\n\n"
    "Venue | 24h volume\n"
    "Upbit | $2.9B\n"
    "Bithumb | $1.1B\n"
    "Korbit | $64M\n"
)

REACH = [
    row(NFT, "27.9%", venue="Sudoswap"),
    row(NFT, "$88.7 million", venue="Sudoswap"),
    row(NFT, "5.6%", venue="Tensor"),
    row(BOARD, "$41 million", venue="Zoomex"),
    row(BOARD, "$17 million", venue="Bitunix"),
    # a phrase, not a name: no venue of its own, and not the row above's either
    row(NFT, "9.9%", venue=None),
]  # fmt: skip

TWINS = [
    # a row label the lexicon knows keeps its venue; the rest of a table is no party
    row(TABLE, "$64M", venue="Korbit"),
    row(TABLE + "Others | $12M\n", "$12M", venue=None),
    # known venues keep their own
    row(NFT, "18.4%", venue="Magic Eden"),
    row(BOARD, "$98 million", venue="Bybit"),
    # coins as labels under a lead naming one exchange: the exchange's, the coins no venues
    row("Top gainers on Binance today:\n- Solana: +8.1%\n- Dogecoin: +6.3%\n", "+6.3%",
        asset="DOGE"),
    # analysts' calls: firms as labels are no venues of a price
    row("Year-end bitcoin calls from the banks:\n- Standard Chartered: $150,000\n"
        "- Bernstein: $200,000\n", "$200,000", venue=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_list_row_venue(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)
