"""Upper-case words that only look like tickers: a time zone after a clock time ("at 1530
GMT", where GMT is also STEPN's coin) and an acronym in brackets whose letters are the
initials of the words before it, a joining word between them ("Australian Securities and
Investments Commission (ASIC)", "tax deducted at source (TDS)"). Neither is the asset of a
figure, and a 24-hour clock before a zone is a time, not a count of coins."""

from __future__ import annotations

import pytest
from nlp_cases import check, doc_of, quotes, row

# reach: a zone after a clock time in a wire's, a newsletter's and a data note's words
ZONE_ROWS = [
    row("Bitcoin was trading at $91,240 at 1530 GMT, down 1.8% on the day.", "1.8%",
        asset="BTC"),
    row("ETH hit $3,390 by 7 a.m. GMT before slipping 2% into the US open.", "2%",
        asset="ETH"),
    row("Solana changed hands at $142.10 as of 1145 GMT on Monday, up 3.4% from a day "
        "earlier, according to CoinGecko.", "3.4%", asset="SOL"),
]  # fmt: skip

# twins: the coin GMT named as a coin, and a count of its tokens written in four digits
COIN_ROWS = [
    row("STEPN's GMT token rose 8% to $0.19 on Tuesday after the app added a new running "
        "mode.", "$0.19", asset="GMT"),
    row("Move-to-earn token GMT gained 6% to $0.21 by 10:00 UTC.", "$0.21", asset="GMT"),
    row("STEPN (GMT) was up 5% at $0.20 on Wednesday, CoinMarketCap data showed.", "5%",
        asset="GMT"),
    row("A whale bought 1200 GMT tokens at 0900 UTC, on-chain data showed.", "1200 GMT",
        unit="GMT"),
    # a signed move after the coin in a movers list is no hour's offset ("GMT+2")
    row("GMT +12.4% and APT -3.1% led Monday's movers on Binance.", "+12.4%", asset="GMT"),
    row("Top movers: GMT -8%, JST +5%, TRX +1%.", "-8%", asset="GMT"),
    row("Top movers: GMT -8%, JST +5%, TRX +1%.", "+5%", asset="JST"),
    # four digits a year's lead word reads as a year are no clock before the coin
    row("In 2022 GMT soared more than 4,000% before crashing 97%.", "4,000%", asset="GMT"),
    row("Since 2023 GMT has lost 60% of its value, CoinGecko data show.", "60%", asset="GMT"),
]  # fmt: skip

# reach: bodies and taxes whose bracketed acronym skips a joining word, in a regulator
# story, a tax story and a sanctions note; each once gave its figures the acronym as a coin
ACRONYM_TEXTS = [
    ("Since the 1% tax deducted at source (TDS) took effect, bitcoin has traded at an "
     "average premium of 3.1% on Indian platforms.", "TDS"),
    ("The Financial Services and Markets Authority (FSMA) said it had fined the broker "
     "€2.5 million, half the €5 million FSMA first proposed.", "FSMA"),
    ("Hong Kong's Securities and Futures Commission (SFC) has licensed 11 platforms. The "
     "exchange paid HK$12 million, well above the HK$3 million SFC demanded of smaller "
     "firms.", "SFC"),
    ("Spain's Comisión Nacional del Mercado de Valores (CNMV) warned about 22 unregistered "
     "crypto firms in October.", "CNMV"),
    ("The Australian Securities and Investments Commission (ASIC) fined the lender A$3 "
     "million on Thursday, well short of the A$10 million ASIC had sought.", "ASIC"),
]  # fmt: skip

# twins: a company's ticker that is no initials, and a coin's that is
TICKER_ROWS = [
    row("Bitcoin miner Hashwell Mining Corp. (HWM) said its fleet mined 312 BTC in October.",
        "312 BTC", asset="HWM"),
    row("Shares of Orion Digital and Mining Group (NASDAQ: ODMG) rose 7% to $4.12.", "$4.12",
        asset="ODMG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ZONE_ROWS)
def test_a_zone_after_a_clock_is_no_coin(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), COIN_ROWS)
def test_the_coin_named_as_a_coin_stays(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


def test_a_clock_before_a_zone_is_no_amount():
    found = quotes("Funding flipped negative around 2200 GMT, when bitcoin perpetuals traded at "
                   "$88,900 on Bybit.")  # fmt: skip
    assert found == ["$88,900"]


@pytest.mark.parametrize(("text", "acronym"), ACRONYM_TEXTS)
def test_an_acronym_of_the_words_before_it_is_no_asset(text: str, acronym: str):
    assets = {x.asset for x in doc_of(text)._.links}
    assert acronym not in assets, f"{acronym} read as the asset of a figure: {assets}"


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TICKER_ROWS)
def test_tickers_that_spell_no_name_stay(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
