"""One venue's turnover or open interest ("Volume on Arcadia came to $14.6 million", "Open
interest on Deribit stood at $310 million") whose sentence names no coin is that venue's book,
not the whole crypto market's: it takes no asset rather than CRYPTO (FORMAT.md: a figure about
no asset leaves it unset). A coin the clause names, the market's liquidations on one venue and
a volume across all venues keep theirs."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

_HEAD = (
    "Exchange desk: what moved in digital-asset trading this week\n\n"
    "Our weekly look at trading venues, their volumes and their fees, compiled from public "
    "dashboards and exchange statements.\n\n"
)
_VENUE_CASES = [
    (
        _HEAD + "Kraken handled $1.8 billion in spot trades on Tuesday, a spokesperson said.\n",
        "$1.8 billion",
        None,
    ),
    (
        _HEAD + "Turnover at Bitstamp rose to EUR 640 million last month from EUR 560 million "
        "in September.\n",
        "EUR 640 million",
        None,
    ),
    (
        _HEAD
        + "Volume on Hyperliquid came to $9.4 billion over the weekend, its dashboard shows.\n",
        "$9.4 billion",
        None,
    ),
    (
        _HEAD + "Open interest on Deribit stood at $310 million at Friday's close.\n",
        "$310 million",
        None,
    ),
    (
        _HEAD
        + "Polymarket's weekly volume slipped to $212 million, according to Dune dashboards.\n",
        "$212 million",
        None,
    ),
    (
        _HEAD
        + "Spot volume at Upbit hit 3.1 trillion won on Thursday, nearly double a week earlier.\n",
        "3.1 trillion won",
        None,
    ),
]
_TWIN_CASES = [
    (_HEAD + "Bitcoin volume on Kraken reached $900 million on Tuesday.\n", "$900 million", "BTC"),
    (
        _HEAD + "Liquidations on Bybit reached $210 million as prices slid on Wednesday.\n",
        "$210 million",
        "CRYPTO",
    ),
    (
        _HEAD + "Crypto trading volume across all exchanges rose to $98 billion on Monday.\n",
        "$98 billion",
        "CRYPTO",
    ),
    (
        "Solana traders pile in as SOL breaks $250\n\n"
        "SOL rose 9% on Monday to a record, and traders on Binance chased it higher.\n\n"
        "Volume in the token on Binance came to $2 billion on the day.\n",
        "$2 billion",
        "SOL",
    ),
]

# reach: one venue's book in other outlets' words (a wire, a regional site, a newsletter, an
# exchange research note, a blog, a Korean market report)
REACH_ROWS = [row(text, quote, asset=want) for text, quote, want in _VENUE_CASES]
TWIN_ROWS = [row(text, quote, asset=want) for text, quote, want in _TWIN_CASES]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_one_venue_book_is_no_market_figure(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_named_coin_and_market_figures_keep_their_asset(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
