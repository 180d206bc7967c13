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


# Lists whose rows mix exchanges with parties that are no venues: places, issuers, holders,
# market makers. A row's own label names a venue only for a figure of a metric that happens
# at a venue, and never under a lead that names holders, issuers, funds or market makers.
TAXES = (
    "Crypto-related payments to treasuries in 2025:\n"
    "- Binance: $4 million settlement\n"
    "- Kraken: $2 million settlement\n"
    "- Italy: €1.4 billion\n"
    "- Spain: €620 million\n"
)
ETF_SHARE = (
    "Share of spot bitcoin ETF trading, week to Friday\n"
    "Coinbase | 41%\n"
    "Kraken | 19%\n"
    "BlackRock | 11%\n"
    "VanEck | 3%\n"
)
HOLDERS = (
    "Biggest bitcoin holders by entity:\n"
    "- Binance: 612,000 BTC\n"
    "- Coinbase: 790,000 BTC\n"
    "- Bhutan: 9,200 BTC\n"
    "- Cumberland: 14,500 BTC\n"
)
MAKERS = (
    "Market makers' balances on exchanges, end of November:\n"
    "- Binance: $1.4 billion\n"
    "- OKX: $650 million\n"
    "- Flowdesk: $380 million\n"
    "- GSR: $190 million\n"
)
NOT_VENUES = [
    row(TAXES, "€1.4 billion", venue=None),
    row(TAXES, "€620 million", venue=None),
    row(ETF_SHARE, "11%", venue=None),
    row(ETF_SHARE, "3%", venue=None),
    row(HOLDERS, "9,200 BTC", venue=None),
    row(HOLDERS, "14,500 BTC", venue=None),
    row(MAKERS, "$380 million", venue=None),
    row(MAKERS, "$190 million", venue=None),
    # a city among exchanges in a volume list is a place, no venue
    row("Spot volume by venue, Monday:\n- Upbit: $2.1 billion\n- Bithumb: $900 million\n"
        "- Seoul: $3.4 billion\n", "$3.4 billion", venue=None),
    # the exchanges' own rows keep their venues
    row(ETF_SHARE, "41%", venue="Coinbase"),
    row(MAKERS, "$650 million", venue="OKX"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS + NOT_VENUES)
def test_list_row_venue(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)
