"""A comparison across quarters or halves often leaves the unit out of its second term:
"1.2 million in the second quarter, up from 870,000 in the first". The bare ordinal is the
unit its sentence named before, of the same year, or of the year before when it comes later
in the year (the comparison looks back). An ordinal with a noun of its own ("in the first
place", "in the first two weeks") or across a sentence's end names nothing new."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

# published 2026-02-06, a Friday (nlp_cases.PUBLISHED)

ROWS: list[Any] = [
    # reach: the bare ordinal's figure takes the unit the ordinal names
    row(
        "Kenya's central bank said 1.2 million mobile-money accounts paid crypto traders in "
        "the second quarter of 2025, up from 870,000 in the first.",
        "870,000",
        period="2025-01-01..2025-03-31",
    ),
    row(
        "Stablecoin transfers on Tron totalled $1.9 trillion in the fourth quarter of 2025, up "
        "from $1.6 trillion in the third, according to Artemis.",
        "$1.6 trillion",
        period="2025-07-01..2025-09-30",
    ),
    row(
        "Coinbase's subscription revenue rose to $700 million in the third quarter of 2025 from "
        "$650 million in the second.",
        "$650 million",
        period="2025-04-01..2025-06-30",
    ),
    row(
        "Lightning payments through the Chivo wallet fell to 1.1 million in the fourth quarter "
        "of 2025 from 1.4 million in the third, the central bank said.",
        "1.4 million",
        period="2025-07-01..2025-09-30",
    ),
    row(
        "Miner Aurelia Hash booked revenue of $12.1 million in the first quarter of 2025, "
        "against $9.8 million in the fourth.",
        "$9.8 million",
        period="2024-10-01..2024-12-31",
    ),
    row(
        "Net inflows into Hong Kong's ether funds were HK$3.2 billion in the second half of "
        "2025, versus HK$1.1 billion in the first.",
        "HK$1.1 billion",
        period="2025-01-01..2025-06-30",
    ),
    row(
        "Bitstamp's spot volume climbed to $28 billion in the fourth quarter of 2025, compared "
        "with $19 billion in the third, Kaiko data show.",
        "$19 billion",
        period="2025-07-01..2025-09-30",
    ),
    row(
        "Galaxy Digital posted a net loss of $295 million in the first quarter of 2025 after a "
        "profit of $1.1 billion in the fourth.",
        "$1.1 billion",
        period="2024-10-01..2024-12-31",
    ),
    row(
        "Polygon's daily active addresses averaged 1.5 million in the first half of 2025, "
        "compared with 2.1 million in the second.",
        "2.1 million",
        period="2024-07-01..2024-12-31",
    ),
    row(
        "Robinhood's crypto revenue rose to $358 million in the fourth quarter, up from $268 "
        "million in the third.",
        "$268 million",
        period="2025-07-01..2025-09-30",
    ),
    row(
        "Bithumb's fee income slipped to ₩98 billion in the second quarter of 2025 from "
        "₩131 billion in the first, the exchange's filing showed.",
        "₩131 billion",
        period="2025-01-01..2025-03-31",
    ),
    # twins: the figure of the named unit keeps it, "the same period" after the comparison
    # is still the unit named, and an ordinal with a noun of its own dates nothing
    row(
        "Kenya's central bank said 1.2 million mobile-money accounts paid crypto traders in "
        "the second quarter of 2025, up from 870,000 in the first.",
        "1.2 million",
        period="2025-04-01..2025-06-30",
    ),
    row(
        "The exchange raised $20 million in the third quarter of 2025, more than it sought in "
        "the first place.",
        "$20 million",
        period="2025-07-01..2025-09-30",
    ),
    row(
        "Ether gained 12% in the third quarter of 2025 and another 5% in the first two weeks "
        "of October 2025.",
        "5%",
        period="2025-10-01..2025-10-14",
    ),
    row(
        "Custodian banks settled HK$11.8 billion of tokenised deposits in the third quarter of "
        "2025, up from HK$3.1 billion in the second. Fund units worth HK$2.4 billion changed "
        "hands in the same period.",
        "HK$2.4 billion",
        period="2025-07-01..2025-09-30",
    ),
    row(
        "Fees reached $310 million in the first half of 2025, and $180 million of that came in "
        "the second quarter.",
        "$180 million",
        period="2025-04-01..2025-06-30",
    ),
    row(
        "Robinhood's crypto revenue rose to $358 million in the fourth quarter, up from $268 "
        "million in the third.",
        "$358 million",
        period="2025-10-01..2025-12-31",
    ),
    row(
        "Ether ETFs drew $9.6 billion in the third quarter of 2025, the most since they "
        "launched, and $3.1 billion in the first week of October.",
        "$3.1 billion",
        period="2025-10-01..2025-10-07",
    ),
    row(
        "Volume was $1.2 trillion in the third quarter of 2025, up from $0.9 trillion in the "
        "second, and $410 billion in October.",
        "$410 billion",
        period="2025-10-01..2025-10-31",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_a_bare_ordinal_is_the_unit_named_before(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
