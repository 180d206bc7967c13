"""A turnover counted in a currency other than the dollar ("Combined monthly volume on
India's largest exchanges fell to ₹9,450 crore") is one country's market, even in a story
about one coin: where its sentence names no coin it takes no asset, not the coin the article
is about (FORMAT.md: a figure about no asset leaves it unset). A coin the sentence names, a
dollar volume after the coin's move and the whole market named in any currency keep theirs."""

from __future__ import annotations

import pytest
from nlp_cases import check, known, row

_TURNOVER_CASES = [
    (  # an Indian market desk
        "Bitcoin holds ₹85 lakh as Indian buyers return\n\n"
        "Bitcoin rose 2% on Indian exchanges on Monday, and bitcoin buyers returned after a "
        "quiet month. Bitcoin led the gains.\n\n"
        "Combined monthly volume on the country's largest exchanges rose to ₹11,200 crore.\n",
        "₹11,200 crore",
        None,
    ),
    (  # a Turkish wire
        "Bitcoin slips in lira terms as traders book profits\n\n"
        "Bitcoin fell 3% against the lira on Tuesday, and bitcoin traders sold into strength. "
        "Bitcoin remains up for the month.\n\n"
        "Spot trading on Turkish platforms reached ₺96 billion over the week.\n",
        "₺96 billion",
        None,
    ),
    (  # a Korean market report
        "Bitcoin rallies on Upbit as retail returns\n\n"
        "Bitcoin climbed 4% on Korean exchanges on Wednesday, and bitcoin buyers were back. "
        "Bitcoin led the board.\n\n"
        "Daily spot volume on the five licensed exchanges averaged 6.2 trillion won.\n",
        "6.2 trillion won",
        None,
    ),
    (  # a South African business desk
        "Bitcoin steadies in rand terms\n\n"
        "Bitcoin held steady against the rand on Thursday, and bitcoin holders sat tight. "
        "Bitcoin is flat on the week.\n\n"
        "Local exchanges handled R4.8 billion of trades in October.\n",
        "R4.8 billion",
        None,
    ),
    (  # a Brazilian newsletter
        "Bitcoin hits a record in reais\n\n"
        "Bitcoin set a record against the real on Friday, and bitcoin buyers chased it. "
        "Bitcoin is up 9% this month.\n\n"
        "Monthly volume on Brazilian brokers climbed to R$12.4 billion.\n",
        "R$12.4 billion",
        None,
    ),
]
_TWIN_CASES = [
    (
        "Bitcoin rallies on Upbit as retail returns\n\n"
        "Bitcoin climbed 4% on Korean exchanges on Wednesday.\n\n"
        "Bitcoin volume on Upbit reached 2.1 trillion won.\n",
        "2.1 trillion won",
        "BTC",
    ),
    (
        "Bitcoin slides 7% as sellers take over\n\n"
        "Bitcoin is down 7% on the day. Trading volumes have surged, hitting $44 billion.\n",
        "$44 billion",
        "BTC",
    ),
    (
        "Crypto markets steady in Europe\n\n"
        "Prices held steady on Monday across digital assets.\n\n"
        "Trading volume across the crypto market reached €80 billion.\n",
        "€80 billion",
        "CRYPTO",
    ),
]

# reach: a country's turnover in its own currency, in other outlets' words (an Indian desk,
# a Turkish wire, a Korean report, a South African business desk, a Brazilian newsletter)
REACH_ROWS = [row(text, quote, asset=want) for text, quote, want in _TURNOVER_CASES]
TWIN_ROWS = [row(text, quote, asset=want) for text, quote, want in _TWIN_CASES]
KNOWN_ROWS = [
    known(
        "a dollar conversion in brackets of a local sum is read as a dollar sum, so it keeps "
        "the coin the article is about",
        "Bitcoin rallies on Upbit as retail returns\n\n"
        "Bitcoin climbed 4% on Korean exchanges on Wednesday, and bitcoin buyers were back. "
        "Bitcoin led the board.\n\n"
        "Daily spot volume on the five licensed exchanges averaged 6.2 trillion won ($4.4 "
        "billion).\n",
        "$4.4 billion",
        asset=None,
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_a_country_turnover_takes_no_coin(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_named_coin_dollar_and_whole_market_volumes_keep_their_asset(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), KNOWN_ROWS)
def test_known_gaps_of_local_turnover(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
