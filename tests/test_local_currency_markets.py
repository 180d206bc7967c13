"""The whole crypto market (CRYPTO) is counted in dollars. A market-wide sum counted in another
currency ("118.4 billion baht", "COP 9.4 trillion", "₱182 billion") is one country's market,
its exchanges' or its residents' trades: no asset, as FORMAT.md keeps CRYPTO for the whole
market. A coin's price or a venue's book in that currency keeps its reading, and dollar sums
of the market stay the market's."""

from __future__ import annotations

import pytest
from nlp_cases import check, known, row

# reach: one country's market counted in its currency, in other outlets' words
REACH_ROWS = [
    row("Crypto trading on the Philippines' licensed exchanges rose to ₱182 billion in August, "
        "the central bank said.", "₱182 billion", asset=None),
    row("Vietnamese investors traded about VND 310 trillion of crypto in the third quarter, "
        "a ministry report shows.", "VND 310 trillion", asset=None),
    row("Spot crypto volume in Argentina reached ARS 1.9 trillion last month, according to "
        "the exchange association.", "ARS 1.9 trillion", asset=None),
    row("Crypto trading volume on Nigerian platforms reached ₦3.1 trillion in the second "
        "quarter, up 18% on the first.", "₦3.1 trillion", asset=None),
    row("Crypto turnover in Poland hit 41 billion zlotys in the first half, the regulator "
        "said.", "41 billion zlotys", asset=None),
    row("Turkish crypto exchanges handled TRY 2.4 trillion of trades in the first half, the "
        "regulator said.", "TRY 2.4 trillion", asset=None),
    row("South Koreans traded ₩1,900 trillion of crypto on local exchanges last year, a "
        "lawmaker's report showed.", "₩1,900 trillion", asset=None),
]  # fmt: skip

# reach: a change or share whose sentence counts every sum in one such currency
CHANGE_ROWS = [
    row("Crypto trading on the Philippines' licensed exchanges rose to ₱182 billion in August, "
        "up 14% from ₱160 billion in July.", "14%", asset=None),
    row("Spot crypto volume in Argentina reached ARS 1.9 trillion last month, 31% more than "
        "in September, the exchange association said.", "31%", asset=None),
    row("Crypto trading volume on Nigerian platforms reached ₦3.1 trillion in the second "
        "quarter, up 18% on the first.", "18%", asset=None),
    row("- Turnover: VND 310 trillion (+12.5% q/q)", "+12.5%", asset=None),
    row("Crypto turnover in Poland hit PLN 41 billion in the first half, a rise of 9% on the "
        "year, the regulator said.", "9%", asset=None),
    row("Trading on Indonesia's crypto exchanges rose 35% to Rp 62 trillion in the first "
        "quarter, the regulator said.", "35%", asset=None),
    row("Crypto trading in South Africa rose to R14 billion in March, up 22% from R11.5 billion "
        "in February.", "22%", asset=None),
]  # fmt: skip

# twins: the market in dollars, a coin's price in a local currency, a venue's book
TWIN_ROWS = [
    row("Liquidations across the crypto market reached $1.2 billion in 24 hours, CoinGlass "
        "data show.", "$1.2 billion", asset="CRYPTO"),
    row("The total crypto market capitalisation fell 4% to $3.1 trillion on Tuesday.",
        "$3.1 trillion", asset="CRYPTO"),
    row("Bitcoin traded at 3.4 million baht on Bitkub on Monday.", "3.4 million baht",
        asset="BTC"),
    row("Upbit handled ₩5.1 trillion of trades on Friday, more than its four rivals "
        "combined.", "₩5.1 trillion", asset=None),
    # a coin's move in a local currency, a change beside dollar sums, or sums in two currencies
    row("Bitcoin rose 3% to 3.4 million baht on Bitkub on Monday.", "3%", asset="BTC"),
    row("Liquidations across the crypto market rose 40% to $1.1 billion on Tuesday.", "40%",
        asset="CRYPTO"),
    row("The crypto market's value rose 2% to $3.2 trillion, or about ₩4,400 trillion, on "
        "Friday.", "2%", asset="CRYPTO"),
    # a sentence that names the whole market keeps it, in euros or pounds
    row("Ether fell 4% to ₩4.9 million on Upbit on Tuesday.", "4%", asset="ETH"),
    row("Liquidations across the crypto market reached €1.1 billion over the weekend, CoinGlass "
        "data show.", "€1.1 billion", asset="CRYPTO"),
    row("The crypto market lost £80 billion in value on Thursday.", "£80 billion",
        asset="CRYPTO"),
    known("the market's value named without a market mention is not read as the whole market's "
          "in a currency other than the dollar", "The total market capitalisation of "
          "cryptocurrencies fell 5% to €2.7 trillion on Monday.", "€2.7 trillion",
          asset="CRYPTO"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_local_currency_markets_take_no_asset(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), CHANGE_ROWS)
def test_local_currency_changes_take_no_asset(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_dollar_markets_and_coins_stay(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
