"""A report whose headline names the month it covers, published in the month after
("Corvid Credit September update" of October 6), tells its body's "during the month" and
"over the month" of that month, not of the month it went up in."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

# published 2026-02-06, a Friday (nlp_cases.PUBLISHED)

LENDER = (
    "Corvid Credit January update: loan book grows\n\n"
    "We originated $612 million of new loans during the month. Over the month we liquidated "
    "37 positions worth $8.9 million.\n"
)
RECAP = (
    "Harbor Lend's January recap: deposits climb\n\n"
    "New deposits reached $140 million over the month, the firm said.\n"
)
MONTHLY = "Kelp Finance monthly: January in numbers\n\nBorrowers repaid $95 million in the month.\n"
MINERS = (
    "Bitcoin miners' January haul\n\nMiners sold 4,200 BTC during the month, CryptoQuant said.\n"
)
ANNUAL = "Nordvik Exchange 2025 review\n\nSpot volume totalled $48 billion over the year.\n"

ROWS: list[Any] = [
    # reach
    row(LENDER, "$612 million", period="2026-01-01..2026-01-31"),
    row(LENDER, "$8.9 million", period="2026-01-01..2026-01-31"),
    row(RECAP, "$140 million", period="2026-01-01..2026-01-31"),
    row(MONTHLY, "$95 million", period="2026-01-01..2026-01-31"),
    row(MINERS, "4,200 BTC", period="2026-01-01..2026-01-31"),
    known(
        "a headline's year is not yet taken for a year-end review's 'over the year'",
        ANNUAL,
        "$48 billion",
        period="2025-01-01..2025-12-31",
    ),
    # twins: a headline naming no month, "this month", a headline of the current month or
    # of a month long past, a month named in the figure's own sentence
    row(
        "Bitcoin slides as funds bleed\n\nETFs lost $1.2 billion during the month.\n",
        "$1.2 billion",
        period="2026-02-01..2026-02-06",
    ),
    row(
        "Corvid Credit January update\n\nSo far this month, new loans total $40 million.\n",
        "$40 million",
        period="2026-02-01..2026-02-06",
    ),
    row(
        "Corvid Credit February update\n\nWe originated $70 million during the month.\n",
        "$70 million",
        period="2026-02-01..2026-02-06",
    ),
    row(
        "Corvid Credit October update\n\nWe originated $70 million during the month.\n",
        "$70 million",
        period="2026-02-01..2026-02-06",
    ),
    row(
        "Corvid Credit January update\n\nIn December we originated $70 million, and over the "
        "month deposits rose 4%.\n",
        "4%",
        period="2025-12-01..2025-12-31",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_report_month(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
