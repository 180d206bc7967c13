"""Currency signs and names of ISO 4217 written after the number or apart before it.

FORMAT.md: money takes its ISO 4217 code. Many currencies are written with letters after
the figure ("500 million TL", "2 billion kr", "50 million Ft", "30 million lei") or with
letters set one space before it ("NIS 40 million", "TL 2.5 billion", "Fr. 1.5 million",
"GH₵ 1.2 trillion"). The ISO table (``data/iso4217.jsonl``: ``signs`` before, ``after``
and ``names`` after) gives them; each is read only where the article names its currency
(its name, country, people or capital), a word that is a word too only as written and at
the end of its noun phrase ("500 real estate deals" is no money), and a sign several
currencies write ("kr": Swedish, Norwegian, Danish, Icelandic) by the country the article
names, a count where it names none.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, quotes, row

AFTER_ROWS = [
    # a Turkish business desk: the lira's letters after the figure and before it
    row("Turkish exchange Paribu said users deposited 500 million TL in the first week of "
        "the year.", "500 million TL", value=5e8, unit="TRY"),
    row("Istanbul prosecutors said the Thodex founder moved TL 2.5 billion abroad before the "
        "exchange collapsed.", "TL 2.5 billion", value=2.5e9, unit="TRY"),
    # an Israeli daily: new Israeli shekels as NIS, before and after
    row("The Tel Aviv startup raised NIS 40 million from local pension funds, it said on "
        "Sunday.", "NIS 40 million", value=4e7, unit="ILS"),
    row("Israel's tax authority seized 12 million NIS in crypto from the suspects.",
        "12 million NIS", value=1.2e7, unit="ILS"),
    # a Nordic wire: "kr" after the figure is the money of the country named
    row("Norway's sovereign fund lost 2 billion kr on its indirect crypto exposure in the "
        "quarter.", "2 billion kr", value=2e9, unit="NOK"),
    row("A Swedish pensioner lost 850,000 kr to a fake bitcoin broker, Stockholm police "
        "said.", "850,000 kr", value=8.5e5, unit="SEK"),
    row("Danish authorities seized 3.4 million kr in cash and hardware wallets in "
        "Copenhagen.", "3.4 million kr", value=3.4e6, unit="DKK"),
    # a Swiss bank's release and a Hungarian regulator: "Fr." and "Ft"
    row("The Zurich private bank paid Fr. 1.5 million to settle the custody claim.",
        "Fr. 1.5 million", value=1.5e6, unit="CHF"),
    row("Hungary's central bank fined the broker 50 million Ft over misleading crypto "
        "ads.", "50 million Ft", value=5e7, unit="HUF"),
    # a currency's name the curated forms lack, after the figure
    row("Romania's tax agency ANAF collected 30 million lei from crypto traders last "
        "year.", "30 million lei", value=3e7, unit="RON"),
    row("Kazakhstan's miners paid 41 billion tenge in power levies, Astana's energy "
        "ministry said.", "41 billion tenge", value=4.1e10, unit="KZT"),
    # a symbol written after the figure needs no naming
    row("The Moscow exchange listed the bond at 1,000 ₽ per unit.", "1,000 ₽", value=1000,
        unit="RUB"),
    # letters or a symbol set one space before the figure
    row("Ghana's central bank said mobile money transfers reached GH₵ 1.2 trillion last "
        "year.", "GH₵ 1.2 trillion", value=1.2e12, unit="GHS"),
    row("Saudi Arabia's Aramco booked SR 12.3 billion of impairments, Riyadh said.",
        "SR 12.3 billion", value=1.23e10, unit="SAR"),
]  # fmt: skip

GAP_ROWS = [
    known("a currency's lower-case form before 'of' is dropped as a weight's is ('475 pounds "
          "of cocaine'), where the text names the currency too",
          "Denmark's Saxo Bank booked 400 million kr of revenue from crypto trading.",
          "400 million kr", value=4e8, unit="DKK"),
    known("a currency's lower-case form before 'of' is dropped as a weight's is",
          "Romania's ANAF collected 30 million lei of taxes from crypto traders.",
          "30 million lei", value=3e7, unit="RON"),
    known("a name of a currency followed by a participle ('lei held') is taken for a word "
          "going on as a noun phrase",
          "A Bucharest court froze 12 million lei held on Binance by the suspects.",
          "12 million lei", value=1.2e7, unit="RON"),
]  # fmt: skip

TWIN_ROWS = [
    # "R" as a letter: a model before a small number, no sum
    row("South Africa's largest miner runs R9 rigs bought for R1,500 each.", "R1,500",
        value=1500, unit="ZAR"),
    # "kr" where no country of a krona or krone is named: the figure stays a count
    row("The Kraken listing drew 2 million kr from early traders.", "2 million",
        value=2e6, unit="count"),
    # "kr" inside a name in a Swedish story: a company's shares, no kronor
    row("Stockholm-listed KR1 holders traded 300 KR1-linked notes, Swedish filings show.",
        "300", value=300, unit="count"),
    # "TL" as an abbreviation in a Turkish story: no sum after it
    row("TL;DR: Turkish regulators licensed 47 exchanges this year.", "47", value=47,
        unit="count"),
    row("Turkish exchange BtcTurk hired 40 TL engineers, team leads for its Istanbul office.",
        "40", value=40, unit="count"),
    # a currency's name that is a word too, going on as a noun phrase
    row("Brazilian developers closed 500 real estate deals on the chain last year.", "500",
        value=500, unit="count"),
    # a coin's ticker in capitals where a currency of that name's country is named
    row("A Peruvian fund bought 5,000 SOL tokens, the Lima firm said.", "5,000 SOL",
        value=5000, unit="SOL"),
    # a sign before a small number without a scale: a directive's name
    row("Israeli banks must meet the NIS 2 directive, and 14 firms already do.", "14",
        value=14, unit="count"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), AFTER_ROWS + GAP_ROWS + TWIN_ROWS
)
def test_currency_sign_after(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TL;DR: Turkish regulators licensed 47 exchanges this year.", ["47"]),
        ("Israeli banks must meet the NIS 2 directive, and 14 firms already do.", ["14"]),
        ("Brazilian developers closed 500 real estate deals on the chain last year.", ["500"]),
        ("A Peruvian fund bought 5,000 SOL tokens, the Lima firm said.", ["5,000 SOL"]),
    ],
)  # fmt: skip
def test_letters_after_that_are_no_currency(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected
