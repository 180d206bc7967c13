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
from nlp_cases import known, link_for, row

REACH_ROWS = [
    row("The South African Revenue Service (SARS) recovered R410 million of undeclared crypto "
        "gains last year, the revenue service said in a statement.", "R410 million",
        source="SARS"),
    row("The Australian Taxation Office sent letters to 300,000 crypto holders this year, the "
        "tax office said.", "300,000", source="Australian Taxation Office"),
    row("Turkey's Capital Markets Board (SPK) has licensed 11 crypto platforms so far. The "
        "regulator said it rejected 9 applications in October.", "9", source="SPK"),
    row("The Superintendencia Financiera de Colombia said 27 platforms are registered. The "
        "regulator said complaints rose 12% in the year.", "12%",
        source="Superintendencia Financiera de Colombia"),
    row("The Himalaya Family Office bought 300 BTC in May, the office said.", "300 BTC",
        source="Himalaya Family Office"),
    row("Germany's Federal Statistical Office counted 1,240 crypto-related insolvencies last "
        "year, the office said.", "1,240", source="Federal Statistical Office"),
    row("Spain's National Statistics Institute surveyed 8,000 households in the spring. Some "
        "7% of adults own crypto, the institute said.", "7%",
        source="National Statistics Institute"),
    row("The Internal Revenue Service opened 390 crypto cases in fiscal 2025. Most involved "
        "unreported gains of over $50,000, the revenue service said.", "$50,000", source="IRS"),
    row("Turkey's Financial Crimes Investigation Board (MASAK) froze 1,200 accounts last year. "
        "The regulator said it had opened 310 cases.", "310", source="MASAK"),
    row("Colombia's Financial Superintendence (SFC) said 27 platforms are registered. The "
        "regulator said complaints rose 18% in the year.", "18%", source="SFC"),
    known("a comma inside the body's name ends it before its bracket",
          "Peru's Superintendencia de Banca, Seguros y AFP (SBS) registered 140 virtual-asset "
          "providers. The regulator said 35 had been struck off.", "35", source="SBS"),
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
    # a product called a service, an office no body owns, a regulator never named
    row("Coinbase launched its staking service in Brazil. The service handled $40 million in "
        "the first week, the company said.", "$40 million", source="Coinbase"),
    row("Coinbase posted $2.1 billion of revenue last quarter. The office said it added 300 "
        "staff.", "300", source=None),
    row("Kraken opened an office in Dublin in March. The exchange said it had 45,000 users in "
        "Ireland.", "45,000", source="Kraken"),
    row("Binance said it had 250 million users. The regulator said 12 complaints were filed.",
        "12", source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS + TWIN_ROWS)
def test_body_reference(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    x = link_for(text, quote, occurrence)
    assert {"source": x.source} == expected
