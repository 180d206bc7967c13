"""Whom a "he"/"she" speaks for: the person named last before it, tied to their firm.

* A title with its field after it ("Kraken's head of economic research, Thomas Perfumo",
  "head of research for Asia") ties the person to the firm owning the title, as "Bybit
  CEO Ben Zhou" does.
* A city after the firm ("an economist at Capital Norte in Buenos Aires") is a place, not
  a second person the pronoun might stand for, though two capitalized words look like a
  person's name.

Rows are an exchange's research desk, an analytics firm, a consultancy, a brokerage and a
bank in other regions, on names no corpus article uses; twins keep what they had (a
second person named with the first, a title with no person).
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

TITLE_FIELDS = [
    row("Kraken's head of economic research, Thomas Perfumo, spoke on Monday. He expects spot "
        "volume to reach $2 billion a day by March.", "$2 billion", source="Kraken"),
    row("Glassnode's head of research for Asia, Mia Tan, joined the call. She expects exchange "
        "balances to fall to 2.2 million BTC by June.", "2.2 million BTC", source="Glassnode"),
]  # fmt: skip

CITIES = [
    row('"People do not think in bitcoin," said Valentina Ruiz, an economist at consultancy '
        "Capital Norte in Buenos Aires. She expects inflation of around 24% over the next 12 "
        "months.", "24%", source="Capital Norte"),
    row('"Retail is back," said Wei Lin, a strategist at Harbour Crest Securities in Hong Kong. '
        "He expects turnover to reach HK$1.5 billion a week by December.", "HK$1.5 billion",
        source="Harbour Crest Securities"),
    row('"The rand will hold," said Thandi Mokoena, an economist at Protea Capital in Cape '
        "Town. She expects inflation to ease to 4.1% next year.", "4.1%",
        source="Protea Capital"),
    row('"Remittances are moving on-chain," said Aisyah Rahman, head of research at Selat '
        "Digital in Kuala Lumpur. She estimates that stablecoin transfers reached $900 million "
        "in the quarter.", "$900 million", source="Selat Digital"),
]  # fmt: skip

TWINS = [
    # a second person named with the first: the pronoun may stand for either
    row('"Liquidity is thin," said Priya Natarajan, head of research at Oakfield Digital, with '
        "Dan Cole. He noted that stablecoin supply grew by $3.2 billion last week.",
        "$3.2 billion", source=None),
    # a title with no person: no one for the pronoun to stand for
    row("Kraken's head of economic research spoke on Monday. He expects spot volume to reach "
        "$2 billion a day by March.", "$2 billion", source=None),
    # a retail trader tied to no firm, in a city
    row("Retail trader Sam Patel in Hong Kong lost most of his savings. He said he had put "
        "$40,000 into the token.", "$40,000", source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TITLE_FIELDS + CITIES + TWINS)
def test_pronoun_employer(text: str, quote: str, occurrence: int, expected: dict) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
