"""A name with a listing in brackets after it is a company, whatever shape its words have.

"Hashgrove Mining (HGRV) said it sold 410 BTC": two plain capitalized words read like a
person's name, and a person saying "it sold" is no company speaking; a ticker in brackets
("(HGRV)", "(Nasdaq: TMRK)", "(TSX: CPLE)", "(2291.HK)"), or a body's initials ("Banco
Central do Brasil (BCB)"), is something no person has. Rows are a miner, an energy producer,
a freight group, a mining company, a retailer and a central bank; twins keep what they had
(a person, the same company with no listing written, a company that does not speak).
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

LISTED = [
    row("Markets\n\nHashgrove Mining (HGRV) said it sold 410 BTC of the 452 BTC it mined in "
        "February.", "410 BTC", source="Hashgrove Mining"),
    row("Markets\n\nCopperline Energy (TSX: CPLE) said it sold 1.2 million barrels in the "
        "quarter.", "1.2 million", source="Copperline Energy"),
    row("Markets\n\nIn a report released in August, the Banco Central do Brasil (BCB) estimated "
        "that stablecoins made up about 11% of foreign-exchange outflows.", "11%",
        source="BCB"),
    row("Markets\n\nHallam Freight (LSE: HLMF) said its container volumes rose 8% in October.",
        "8%", source="Hallam Freight"),
    row("Markets\n\nSarn Minerals (ASX: SRN) said it shipped 2.1 million tonnes of ore in the "
        "quarter.", "2.1 million tonnes", source="Sarn Minerals"),
    row("Markets\n\nPemberton Retail (NYSE: PMBR) said its same-store sales rose 4.2% in the "
        "holiday quarter.", "4.2%", source="Pemberton Retail"),
]  # fmt: skip

TWINS = [
    row("Markets\n\nTom Lee said it sold 410 BTC of the 452 BTC it mined in February.",
        "410 BTC", source=None),
    row("Markets\n\nHashgrove Mining said it sold 410 BTC of the 452 BTC it mined in February.",
        "410 BTC", source=None),
    row("Markets\n\nHashgrove Mining (HGRV) sold 410 BTC in February, traders said.", "410 BTC",
        source=None),
    # a person's initials in brackets are no listing
    row("Markets\n\nSam Bankman-Fried (SBF) said it lost $8 billion of customer funds.",
        "$8 billion", source=None),
    row("Markets\n\nChangpeng Zhao (CZ) said it would take 20% of the fees.", "20%",
        source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), LISTED + TWINS)
def test_listed_speaker(text: str, quote: str, occurrence: int, expected: dict) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
