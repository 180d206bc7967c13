"""A public body referred to by the noun that closes its name or by what it is: "the revenue
service said" after the South African Revenue Service, "the tax office said" after the
Australian Taxation Office, "the institute said" after a statistics institute, and "the
regulator said" after a body the entity layer types as one (a "Board", a "Superintendencia")
cite that body, by the short form it goes by. A reference to a noun no body named before
closes cites no one, and "the board" is a company's own.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import link_for, row

REACH_ROWS = [
    row("The South African Revenue Service (SARS) collected R2.14 billion from crypto "
        "traders in the tax year, the revenue service said in a parliamentary reply.",
        "R2.14 billion", source="SARS"),
    row("The Australian Taxation Office sent letters to 300,000 crypto holders this year, the "
        "tax office said.", "300,000", source="Australian Taxation Office"),
    row("Turkish-lira trading reached ₺4.27 trillion in the quarter, according to the Capital "
        "Markets Board (SPK). The regulator said 84 platforms had applied for licences.", "84",
        source="SPK"),
    row("The Superintendencia Financiera de Colombia said 27 platforms are registered. The "
        "regulator said complaints rose 12% in the year.", "12%",
        source="Superintendencia Financiera de Colombia"),
    row("The Himalaya Family Office bought 300 BTC in May, the office said.", "300 BTC",
        source="Himalaya Family Office"),
]  # fmt: skip

TWIN_ROWS = [
    row("The Turkish Statistical Institute put annual inflation at 31.4% in September. About "
        "19% of adults hold crypto, the statistical institute said.", "19%",
        source="Turkish Statistical Institute"),
    # a company's board is the company's: its earlier statement carries, as before
    row("Coinbase said revenue rose 20% in the quarter. The board said it approved a $1 "
        "billion buyback.", "$1 billion", source="Coinbase"),
    row("Kraken posted record revenue last quarter. The association said its 40 members hold "
        "$6 billion of client assets.", "$6 billion", source=None),
    row("The Korea Blockchain Industry Association met in Seoul on Tuesday. The association "
        "said members processed ₩3.1 trillion in the quarter.", "₩3.1 trillion",
        source="Korea Blockchain Industry Association"),
    row("Hong Kong's Securities and Futures Commission (SFC) fined the broker HK$4 million, "
        "the regulator said.", "HK$4 million", source="SFC"),
    row("The Federal Tax Service counted 14,200 registered miners in June. Registered miners "
        "paid 3.1 billion rubles in tax in the first half, the tax service said.",
        "3.1 billion rubles", source="Federal Tax Service"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS + TWIN_ROWS)
def test_body_reference(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    x = link_for(text, quote, occurrence)
    assert {"source": x.source} == expected
