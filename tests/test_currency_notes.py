"""An article-wide note on what its dollars are makes a bare "$" that dollar.

Canadian, Australian, Singaporean and Hong Kong desks and company releases write their own
dollar as "$" and say so once, before or after the figures: "All figures are in Canadian
dollars unless otherwise stated", "(Amounts in A$)", "$ refers to Australian dollars",
"Reporting currency: HKD". FORMAT.md: money takes its ISO 4217 code. A figure marked as the
US dollar keeps USD; twins are sentences that name another dollar about one price or venue,
not about the article's figures.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

NOTE_ROWS = [
    row("Maple Hash Corp. said quarterly mining revenue climbed to $61.4 million.\n"
        "All figures are in Canadian dollars unless otherwise stated.", "$61.4 million",
        unit="CAD", value=61.4e6),
    row("(All amounts in Australian dollars.)\nThe exchange's retail volume rose to $2.2 "
        "billion in the June quarter.", "$2.2 billion", unit="AUD"),
    row("Unless otherwise indicated, dollar figures in this release are in Singapore dollars. "
        "The payments firm booked a profit of $7 million.", "$7 million", unit="SGD"),
    row("Harbourline Digital widened its loss to $3.8 million (all figures in C$) as the "
        "bitcoin price fell.", "$3.8 million", unit="CAD"),
    row("Note: $ refers to Australian dollars.\n\nThe ETF drew $55 million in its first "
        "week, the issuer said.", "$55 million", unit="AUD"),
    row("The card issuer handled $640 million of spending over the half.\n\nAll dollar "
        "amounts are Canadian.", "$640 million", unit="CAD"),
    row("Reporting currency: HKD\nThe brokerage's virtual-asset desk earned $120 million in "
        "commissions.", "$120 million", unit="HKD"),
    row("The lender took $9 million in fees and repaid US$2 million of a loan. Figures are in "
        "New Zealand dollars unless stated.", "$9 million", unit="NZD"),
]  # fmt: skip

NOTE_TWINS = [
    # a figure marked as the US dollar keeps it under a note
    row("The lender took $9 million in fees and repaid US$2 million of a loan. Figures are in "
        "New Zealand dollars unless stated.", "US$2 million", unit="USD"),
    # another dollar named for one venue's prices or one figure: no note on the article
    row("Prices on the local venue are quoted in Canadian dollars, the exchange said. "
        "Bitcoin traded at $98,000 on Coinbase.", "$98,000", unit="USD"),
    row("The fund's Canadian-dollar units rose 3% to C$12.40, while its US-listed class hit "
        "$9.10.", "$9.10", unit="USD"),
    row("Bitcoin in Australian dollars hit a record A$160,000 as the coin touched $104,000.",
        "$104,000", unit="USD"),
    row("All figures are in US dollars. The miner earned $4 million in March.", "$4 million",
        unit="USD"),
    row("Revenue was $48 million. The company reports in Canadian dollars and in US dollars.",
        "$48 million", unit="USD"),
    # a sentence naming one thing's dollar, on a line of its own: no note on the article
    row("Tetra Trust launched QCAD, a digital currency denominated in Canadian dollars.\n"
        "Circle's USDC supply rose to $60 billion this month.", "$60 billion", unit="USD"),
    row("The token's reserve currency is the Hong Kong dollar.\nThe issuer said it raised "
        "$40 million from investors.", "$40 million", unit="USD"),
    row("Prices are in Canadian dollars at the Toronto venue, traders said.\nBitcoin slipped "
        "to $58,000 on Coinbase.", "$58,000", unit="USD"),
    row("The currency of the project is the Singapore dollar, its founder said.\nThe "
        "protocol's TVL reached $500 million.", "$500 million", unit="USD"),
    row("Values are in Canadian dollars for the Canadian fund and in US dollars for the rest."
        "\nThe fund holds $1 billion.", "$1 billion", unit="USD"),
    # two notes naming different dollars decide nothing
    row("Amounts for the Toronto unit are in Canadian dollars unless noted.\nAmounts for the "
        "Sydney unit are in Australian dollars unless noted.\nGroup revenue was $30 million.",
        "$30 million", unit="USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), NOTE_ROWS + NOTE_TWINS)
def test_currency_note(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
