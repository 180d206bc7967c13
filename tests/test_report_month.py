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
MINED = "Pit Hash mines 310 BTC in January\n\nIt sold 120 BTC over the month, the miner said.\n"
ANNUAL = "Nordvik Exchange 2025 review\n\nSpot volume totalled $48 billion over the year.\n"

ROWS: list[Any] = [
    # reach
    row(LENDER, "$612 million", period="2026-01-01..2026-01-31"),
    row(LENDER, "$8.9 million", period="2026-01-01..2026-01-31"),
    row(RECAP, "$140 million", period="2026-01-01..2026-01-31"),
    row(MONTHLY, "$95 million", period="2026-01-01..2026-01-31"),
    row(MINED, "120 BTC", period="2026-01-01..2026-01-31"),
    known(
        "a month that modifies the headline's own figure noun ('January haul', 'January "
        "volume') is not told from one that modifies an event ('January sell-off')",
        MINERS,
        "4,200 BTC",
        period="2026-01-01..2026-01-31",
    ),
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
    # a headline month that modifies another thing, or two months in the headline: the
    # body's "the month" stays the current one
    row(
        "Bitcoin rebounds after January sell-off\n\nBitcoin has gained 7% over the month.\n",
        "7%",
        period="2026-02-01..2026-02-06",
    ),
    row(
        "January's rally: what comes next\n\nEther rose 4% during the month.\n",
        "4%",
        period="2026-02-01..2026-02-06",
    ),
    row(
        "Stablecoin supply tops its January peak\n\nUSDT supply grew $4 billion over the month.\n",
        "$4 billion",
        period="2026-02-01..2026-02-06",
    ),
    row(
        "February flows already top January's record\n\nSpot ETFs took in $3 billion during "
        "the month.\n",
        "$3 billion",
        period="2026-02-01..2026-02-06",
    ),
    known(
        "a window preposition inside a headline's relative or participle clause ('funds "
        "stolen in January resurface') is read as the headline's own month",
        "Exchange hack: funds stolen in January resurface\n\nHackers moved $40 million during "
        "the month.\n",
        "$40 million",
        period="2026-02-01..2026-02-06",
    ),
    known(
        "a report noun that is the subject of news ('Lender's January report delayed') is "
        "read as the report's own title",
        "Lender's January report delayed\n\nWithdrawals rose 20% during the month.\n",
        "20%",
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
