"""Currencies of ISO 4217 that the curated forms do not list, read from the ISO table.

FORMAT.md: money takes its ISO 4217 code. A code the curated forms lack ("KZT", "PEN",
"MAD") and a letter sign of a currency ("Kz", "Tk", "Q") is that currency where the article
names it (its name, its country, people or capital) and the figure is written as a sum (a
scale word, thousands or decimals); elsewhere the letters are a summit, a token, a word in
capitals, a grade or a model, and the figure keeps the reading it had without them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from nlp_cases import check, known, quotes, row

from extractor import lexicon as extractor_lexicon
from extractor.errors import LexiconError
from extractor.lexicon import Lexicon

CODE_ROWS = [
    row("Kazakhstan's licensed crypto exchanges handled KZT 1.8 trillion of trades in the "
        "first half, the Astana regulator said on Tuesday.", "KZT 1.8 trillion",
        value=1.8e12, unit="KZT"),
    row("Peruvian platforms settled PEN 640 million in stablecoin trades during September, "
        "according to the country's banking supervisor.", "PEN 640 million", value=6.4e8,
        unit="PEN"),
    row("Moroccan users still moved roughly 2.3 billion MAD through peer-to-peer desks last "
        "year despite the ban, a Casablanca consultancy estimates.", "2.3 billion MAD",
        value=2.3e9, unit="MAD", qualifier="approx"),
    row("Mongolia's central bank put local crypto turnover at MNT 950 billion for the "
        "quarter, up from MNT 610 billion.", "MNT 610 billion", value=6.1e11, unit="MNT"),
    row("The Tbilisi hosting firm, the largest in the country, said its power bill reached "
        "GEL 12.5 million in 2025.", "GEL 12.5 million", value=1.25e7, unit="GEL"),
    row("Icelandic miners paid ISK 3.1 billion for electricity, Reykjavik's grid operator "
        "said.", "ISK 3.1 billion", value=3.1e9, unit="ISK"),
    row("Turnover on Bogotá's two licensed desks was about COP 2,400 billion in the month.",
        "COP 2,400 billion", value=2.4e12, unit="COP", qualifier="approx"),
]  # fmt: skip

SIGN_ROWS = [
    row("The South African Revenue Service collected R2.3 billion from crypto traders in the "
        "tax year, up from R1.6 billion.", "R1.6 billion", value=1.6e9, unit="ZAR"),
    row("Angolan miners owe Kz12.6 billion in unpaid power bills, the Luanda utility said in "
        "a statement.", "Kz12.6 billion", value=1.26e10, unit="AOA"),
    row("Ethiopia's state power utility earned Br1.4 billion from bitcoin miners in the "
        "fiscal year, according to its annual report.", "Br1.4 billion", value=1.4e9,
        unit="ETB"),
    row("Guatemala's largest bank said clients bought Q310 million of bitcoin-linked notes "
        "since March.", "Q310 million", value=3.1e8, unit="GTQ"),
    row("Botswana's regulator fined the unlicensed exchange P2.5 million, the Gaborone "
        "watchdog said.", "P2.5 million", value=2.5e6, unit="BWP"),
    row("Bangladesh's central bank says informal crypto remittances cost the country "
        "Tk48,500 million a year.", "Tk48,500 million", value=4.85e10, unit="BDT"),
    row("Malawian lawmakers heard that the scheme took MK4.5 billion from savers in "
        "Lilongwe.", "MK4.5 billion", value=4.5e9, unit="MWK"),
]  # fmt: skip

# a currency symbol of another script is the money of the country the article names, with
# or without a scale: the symbol is no letter a model or a grade could be
SYMBOL_ROWS = [
    row("Thai exchanges' turnover rose 29% to ฿118.4bn in October, the Bangkok regulator "
        "said.", "฿118.4bn", value=1.184e11, unit="THB"),
    row("- Spot volume: ฿42,300m (+6% m/m), Thailand's SEC data show", "฿42,300m",
        value=4.23e10, unit="THB"),
    row("Kazakhstan's miners paid ₸41.2 billion in power levies last year, Astana's energy "
        "ministry said.", "₸41.2 billion", value=4.12e10, unit="KZT"),
    row("Ghana's SEC fined the unlicensed exchange GH₵1.2 million, the Accra watchdog said.",
        "GH₵1.2 million", value=1.2e6, unit="GHS"),
    row("In Paraguay, hosting firms pay the state utility ₲450 per kilowatt-hour.", "₲450",
        value=450, unit="PYG"),
    row("Costa Rica's central bank fined the remittance app ₡12 million for late reports.",
        "₡12 million", value=1.2e7, unit="CRC"),
    row("A Bangladeshi user lost ৳2.5 lakh in the Dhaka Ponzi scheme, police said.",
        "৳2.5 lakh", value=2.5e5, unit="BDT"),
    row("In Kazakhstan, miners paid ₸18 per kilowatt-hour under the new tariff.", "₸18",
        value=18, unit="KZT"),
    row("Georgian exchanges reported ₾310 million of crypto trades, Tbilisi data show.",
        "₾310 million", value=3.1e8, unit="GEL"),
    row("Mongolia's exchange listed the token at ₮3,400 as the tugrik slid.", "₮3,400",
        value=3400, unit="MNT"),
    row("Bitkub said its volume hit ฿42.5bn in October as the baht weakened.", "฿42.5bn",
        value=4.25e10, unit="THB"),
]  # fmt: skip

TWIN_ROWS = [
    # the baht's sign in a story naming no Thailand (bitcoin's old sign): the number is read
    # on its own as before
    row("Back in 2011 the forum priced a pizza at ฿0.5, a veteran recalled.", "0.5",
        value=0.5, unit="count"),
    # letter signs still need a sum where the country is named: "R9" is a model
    row("South Africa's largest miner runs R9 rigs bought for R1,500 each.", "R1,500",
        value=1500, unit="ZAR"),
    # a token's ticker that is a currency's code too, in a story naming no such country
    row("Mantle (MNT) holders staked 120 million MNT last week, the protocol said.",
        "120 million MNT", value=1.2e8, unit="MNT"),
    # a code that is a word, in capitals: the figure after it is read on its own
    row("ALL 21 MILLION BITCOIN: WHY THE CAP MATTERS", "21 MILLION BITCOIN", value=2.1e7,
        unit="BTC"),
    row("Australian exchange volume hit A$5 billion, while grade A 5-year notes fell.",
        "A$5 billion", value=5e9, unit="AUD"),
    # a line in capitals keeps its code a word even where the article names the currency's
    # country: the scale word or, with none, the word after the figure is in capitals too
    row("ALL 21 MILLION BITCOIN, the Tirana exchange's billboard says, and lek deposits "
        "rose 4%.", "21 MILLION BITCOIN", value=2.1e7, unit="BTC"),
    row("HODL: ALL 21,000,000 BTC WILL BE MINED BY 2140, an Albanian miner's banner reads.",
        "21,000,000 BTC", value=2.1e7, unit="BTC"),
    # a scale in lower case or a short abbreviation is no line in capitals
    row("Kenyan desks cleared KES 1.2BN of stablecoin trades, while Albania's lek held; "
        "Tirana funds put ALL 3.4 billion into miners.", "ALL 3.4 billion", value=3.4e9,
        unit="ALL"),
    # a symbol where no country of its currency is named is read as before
    row("Early forum posts priced coins at ฿0.5 each.", "0.5", value=0.5, unit="count"),
    row("Bitcoin traded at $67,200 in Bangkok on Monday.", "$67,200", unit="USD"),
    row("The fund bought ₿1,200 worth of coins.", "₿1,200", value=1200, unit="BTC"),
]  # fmt: skip

GAP_ROWS = [
    # a company whose ticker is the code of the country the article names: the code is read
    # as the currency; which one the writer meant needs more than the code's structure
    known("a listed company's ticker that is the named country's currency code reads as "
          "that currency", "Armenian miners cheered as AMD 7.5 billion in chip orders shipped "
          "to Yerevan data centres.", "7.5 billion", value=7.5e9, unit="count"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    CODE_ROWS + SIGN_ROWS + SYMBOL_ROWS + TWIN_ROWS + GAP_ROWS,
)
def test_iso_currency(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a climate summit, in a story that names the currency's country or not
        ("Delegates at COP 28 in Dubai debated mining's energy use as 2,000 observers "
         "watched.", ["2,000"]),
        ("Colombia hosted COP 16 in Cali, where 190 countries met.", ["190"]),
        # a grade, a rating, a model and a quarter where the country is named
        ("A South African fintech's notes were rated R1 by the agency, while its R2 tranche "
         "was unrated.", []),
        ("The South African miner runs 300 R9 rigs and grades its sites from R1 to R3.",
         ["300"]),
        ("Guatemala's Q3 2026 remittances rose 12%, the bank said.", ["12%"]),
        ("P2P volumes in Botswana rose 40% to 2 million trades.", ["40%", "2 million"]),
        # a sign before a figure with one decimal and no scale is a version, not a sum
        ("The Nigerian startup's N2.0 wallet shipped with 3 fixes, the Lagos team said.",
         ["3"]),
        ("South African exchange users moved to the R1.5 app, which cut fees by 20%.",
         ["20%"]),
        # a code in capitals before a small number is a name, not a sum
        ("Kazakhstan's KZT 2 stablecoin pilot launched with 12 banks.", ["12"]),
        # the code is no currency in lower or title case (the name "soles" after the figure
        # is, in a story naming Peru)
        ("The Peruvian artist sold a pen for 5 million soles? No: Pen 5 million copies.",
         ["5 million soles", "5 million"]),
    ],
)  # fmt: skip
def test_letters_that_are_no_currency_there(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


def _iso_copy(tmp_path: Path, extra: dict[str, Any]) -> Path:
    folder = tmp_path / "lexicon"
    Lexicon.bundled().to_disk(folder)
    with (folder / "iso4217.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps(extra) + "\n")
    return folder


def test_a_code_given_twice_is_an_error_naming_its_line(tmp_path: Path) -> None:
    folder = _iso_copy(tmp_path, {"code": "KZT", "countries": ["Kazakhstan"]})
    lines = (folder / "iso4217.jsonl").read_text(encoding="utf-8").count("\n")
    with pytest.raises(LexiconError, match=rf"iso4217\.jsonl:{lines}: code: 'KZT' is given twice"):
        Lexicon.from_disk(folder)


def test_a_sign_given_twice_is_an_error(tmp_path: Path) -> None:
    folder = _iso_copy(tmp_path, {"code": "XTS", "countries": ["Testland"], "signs": ["Kz"]})
    with pytest.raises(LexiconError, match=r"signs: 'Kz' is given twice"):
        Lexicon.from_disk(folder)


def test_a_sign_must_be_letters(tmp_path: Path) -> None:
    folder = _iso_copy(tmp_path, {"code": "XTS", "signs": ["S/"]})
    with pytest.raises(LexiconError, match=r"signs"):
        Lexicon.from_disk(folder)


# the symbols of the currencies in use (Unicode's currency symbols, bar the retired ones:
# the French franc, the lira, the peseta, the drachma, ...): each is a sign of one table
_CURRENT_SYMBOLS = "$€£¥₹₩₽₺₦₱₴₫₪฿₡₲₵₸₼₾₭₮៛৳؋֏₿"


def test_every_current_currency_symbol_is_a_sign() -> None:
    with Lexicon.bundled().active():
        signs = {c.form for c in extractor_lexicon.currencies()}
    assert [s for s in _CURRENT_SYMBOLS if s not in signs] == []


def test_a_sign_may_be_a_currency_symbol_after_capitals(tmp_path: Path) -> None:
    folder = _iso_copy(tmp_path, {"code": "XTS", "countries": ["Testland"], "signs": ["TS₮"]})
    Lexicon.from_disk(folder)  # no error
