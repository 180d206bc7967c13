"""A provider's own count given in brackets beside another's ("per CryptoQuant (Glassnode:
27,400 BTC)"): the bracket's label names the provider of the figure inside it, whoever the
sentence cites. Rows are a wire's ETF story, a derivatives newsletter, a DeFi blog, an
on-chain note, a stablecoin digest and a security bulletin, on topics no corpus article
covers; twins keep the sentence's provider where the label is a weekday, an exchange, a
fund's ticker or a quarter.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

BRACKET_ROWS = [
    row("Spot ETFs took in $412 million on Monday, per Farside Investors (SoSoValue: "
        "$398 million).", "$398 million", source="SoSoValue"),
    row("Open interest climbed to $31.2 billion, CoinGlass data show (Laevitas: $29.8 billion).",
        "$29.8 billion", source="Laevitas"),
    row("DEX volume hit $4.1 billion on Sunday, according to DefiLlama (Artemis: $3.9 billion).",
        "$3.9 billion", source="Artemis"),
    row("Exchange reserves fell by 18,000 BTC this week, per Glassnode (CryptoQuant: 21,500 "
        "BTC; Kaiko: 19,900 BTC).", "19,900 BTC", source="Kaiko"),
    row("Stablecoin supply reached $301 billion, per Kaiko (Artemis: $298 billion), a record.",
        "$298 billion", source="Artemis"),
    row("Hack losses totalled $94 million in May, CertiK said (PeckShield: $101 million).",
        "$101 million", source="PeckShield"),
]  # fmt: skip

TWINS = [
    row("Open interest rose to $31 billion (Binance: $8.2 billion), per CoinGlass.",
        "$8.2 billion", source="CoinGlass"),
    row("Tokens launched fell to 31,412 (Sunday: 33,420), per DefiLlama.", "33,420",
        source="DefiLlama"),
    row("ETF inflows were $412 million (IBIT: $290 million), according to SoSoValue.",
        "$290 million", source="SoSoValue"),
    row("Spot ETFs took in $412 million on Monday, per Farside Investors (SoSoValue: "
        "$398 million).", "$412 million", source="Farside Investors"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), [*BRACKET_ROWS, *TWINS])
def test_bracket_provider(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
