"""A list item that goes on past its first sentence is the body's own text (a round's
terms, then what the firm does), not a one-line summary of it: its figures keep the
source their own sentences give (none for a bare fact), rather than the source a later
paragraph gives the same figure. One-sentence bullets ("Key points", "In brief") still
take the body's source for the figure they repeat. Rows are a venture roundup and a
payments newsletter; twins are an ETF digest, a liquidations flash and a DeFi brief.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

BODY_ITEM_ROWS = [
    row("Rounds this week\n\n1. Kestrel Labs (rollup tooling) - $30 million Series A led by "
        "Brume Capital. The round values the firm at $250 million, two people familiar said."
        '\n\n"At $250 million it is cheap," said Ines Dorado, a partner at Brume Capital.',
        "$250 million", source=None),
    row("Deals\n\n- Orvane Pay: a $12 million seed from Tallis. It settles about $90 million "
        "of payments a month.\n\nVoss Data puts Orvane's monthly volume at $90 million.",
        "$90 million", source=None),
]  # fmt: skip

# Twins: one-sentence summary bullets take the body's source for the same figure.
SUMMARY_TWINS = [
    row("Key points\n- Bitcoin ETFs took in $1.2 billion this week\n- Ether funds lost $140 "
        "million\n\nSpot bitcoin ETFs took in $1.2 billion over the week, according to "
        "Farline Data.", "$1.2 billion", source="Farline Data"),
    row("• Liquidations hit $410 million on Tuesday.\n\nTraders lost $410 million to "
        "liquidations on Tuesday, CoinGlass data show.", "$410 million", source="CoinGlass"),
    row("In brief:\n* Stablecoin supply rose to $312 billion.\n* DEX volume slipped 4%.\n\n"
        "Stablecoin supply rose to $312 billion, per DefiLlama, while DEX volume slipped 4% "
        "on the week.", "$312 billion", source="DefiLlama"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), [*BODY_ITEM_ROWS, *SUMMARY_TWINS]
)
def test_body_item_is_no_summary(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
