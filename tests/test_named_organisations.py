"""Who a name closing a figure's sentence is ("..., Holdings Lens said"), read from how the
article uses the name elsewhere.

* A name of a person's shape that the article calls by an organisation's kind noun
  elsewhere ("research firm Holdings Lens", "the exchange Harbor Point") is that
  organisation wherever it speaks again: two plain capitalized words are not a person
  when the article says they are a firm.
* A one-word name right before an officer's title and a person's name ("Kindling chief
  executive Tomas Brandt") is the officer's company, as "Kindling's board" makes it one:
  "Kindling said" is that company speaking, not a surname.
* A name of a person's shape with "the" before it is a body ("according to data from the
  Receita Federal"): a person takes no article. A measure a body publishes ("the Altcoin
  Season Index") is none.

Rows are a fund-ownership study, a donation platform, a payments start-up, a mining pool,
a bank's research desk, an energy market and a freight index, on names no corpus article
uses; twins keep what they had (a person's role before a name, a name never called a firm,
an officer title with no person after it).
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

DESCRIBED_NAMES = [
    row("The study by research firm Holdings Lens covers 13F filings. Together the advisers "
        "held ETF shares worth $41.3 billion, Holdings Lens said.", "$41.3 billion",
        source="Holdings Lens"),
    row("Figures come from the data provider Copper Ridge, which tracks 40 pools. The largest "
        "pool mined 31% of blocks last month, Copper Ridge said.", "31%",
        source="Copper Ridge"),
    row("Freight rates are compiled by the shipping platform Tidal Ledger. Spot container "
        "rates fell 12% in the week to Friday, Tidal Ledger said.", "12%",
        source="Tidal Ledger"),
    row("Power prices are published by grid operator Northern Span. Peak demand reached "
        "61.4 gigawatts on Monday evening, Northern Span said.", "61.4 gigawatts",
        source="Northern Span"),
    row("The custodian Harbor Point holds the reserves. Of the $2.3 billion backing the token, "
        "84% sits in Treasury bills, Harbor Point said.", "84%", source="Harbor Point"),
]  # fmt: skip

OFFICER_NAMES = [
    row('"Donors give like major funds," said Kindling chief executive Tomas Brandt. '
        "Education groups took the biggest share, $9.8 million, Kindling said.",
        "$9.8 million", source="Kindling"),
    row('"Our hubs carry maybe two-thirds of our volume," said Voltaire chief technology '
        "officer Ruben Esquivel.", "two-thirds", source="Voltaire"),
    row("Paylane chief financial officer Ines Moreau spoke on the call. Card volume rose "
        "27% in the quarter, Paylane said.", "27%", source="Paylane"),
    row("Lumos CEO Hana Ito opened the conference. Active merchants passed 14,000 in "
        "October, Lumos said.", "14,000", source="Lumos"),
]  # fmt: skip

TWINS = [
    # a person's role before a name is no firm's kind noun
    row("Hedge fund manager Kyle Davies sold early. Bitcoin fell to $60,000 by Friday, Kyle "
        "Davies said.", "$60,000", source=None),
    # a person's name never called a firm stays a person tied to none
    row("Analyst Mia Cole covers miners. Hashprice rose 8% on the week, Mia Cole said.", "8%",
        source=None),
    # an officer's title with no name after it says nothing of the word before it
    row("Brandt spoke as chief executive for a decade. Donations rose 37% on the day, Brandt "
        "said.", "37%", source=None),
    # the same sentences, the name never described: unknown, no source
    row("Together the advisers held ETF shares worth $41.3 billion, Holdings Lens said.",
        "$41.3 billion", source=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), DESCRIBED_NAMES + OFFICER_NAMES + TWINS
)
def test_named_organisation(text: str, quote: str, occurrence: int, expected: dict) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]


# A name of a person's shape with "the" before it is a body ("according to data from the
# Receita Federal", "figures the Capital Markets Board published"), as a person takes no
# article; a measure a body publishes ("the Altcoin Season Index") is no body.
BODIES_BY_ARTICLE = [
    row("Markets\n\nBrazilians declared R$41.8 billion in crypto transactions in July, according "
        "to data from the Receita Federal, the country's tax authority.", "R$41.8 billion",
        source="Receita Federal"),
    row("Markets\n\nThe state paid R$12.4 billion in interest in August, according to data from "
        "the Tesouro Nacional.", "R$12.4 billion", source="Tesouro Nacional"),
    row("Markets\n\nHousehold deposits fell 2.4% in the quarter, according to the Banco Popular "
        "Norte.", "2.4%", source="Banco Popular Norte"),
    row("Markets\n\nFreight volumes rose 6% in October, according to figures from the Hamburg "
        "Hafen Verwaltung.", "6%", source="Hamburg Hafen Verwaltung"),
    row("Markets\n\nWholesale prices rose 0.4% in September, according to the Statistik "
        "Austria.", "0.4%", source="Statistik Austria"),
]  # fmt: skip

BODIES_TWINS = [
    # a measure a body publishes is no body
    row("Markets\n\nAccording to the Altcoin Season Index from blockchaincenter.net, the season "
        "has come. The gauge shows 75% of the top 50 altcoins beat bitcoin over 90 days.",
        "75%", source=None),
    # a person's name, no article before it, tied to no firm
    row("Markets\n\nHousehold deposits fell 2.4% in the quarter, Maria Popular Norte said on "
        "Friday.", "2.4%", source=None),
    row("Markets\n\nThe index rose 6% in October, according to Hamburg Port.", "6%",
        source=None),
    # a person's name before a noun of its own is a modifier, no body
    row("Markets\n\nSmall donors gave $4 million in a week, according to the Donald Trump "
        "campaign.", "$4 million", source=None),
    row("Markets\n\nThe fund bought 2,000 BTC in March, according to the Michael Saylor "
        "playbook.", "2,000 BTC", source=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), BODIES_BY_ARTICLE + BODIES_TWINS
)
def test_body_by_article(text: str, quote: str, occurrence: int, expected: dict) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
