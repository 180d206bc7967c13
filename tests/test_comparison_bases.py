"""The base of a change set off from a forecast ("expected to be about 6.8%, up from 4.5% at
the July review") is a reading already made: a date written without a year in it is the last
such date, not the coming one the forecast's verb would put it at. A date that dates the
change itself ("will rise to 0.3% in March") or a forecast's own target keeps its future."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

# published 2026-02-06, a Friday (nlp_cases.PUBLISHED)

ROWS: list[Any] = [
    # reach: the base's yearless date is behind publication
    row(
        "Turnover at the December rebalance is expected to reach 7.1% of index value, up from "
        "5.2% at the September review.",
        "5.2%",
        period="2025-09-01..2025-09-30",
    ),
    row(
        "Analysts expect Coinbase to report $2.1 billion of revenue, down from $2.3 billion in "
        "November.",
        "$2.3 billion",
        period="2025-11-01..2025-11-30",
    ),
    row(
        "Deribit expects open interest to climb toward $50 billion, up from $38 billion in "
        "December.",
        "$38 billion",
        period="2025-12-01..2025-12-31",
    ),
    row(
        "The DAO will vote to raise the fee to 0.3%, up from 0.25% in October.",
        "0.25%",
        period="2025-10-01..2025-10-31",
    ),
    row(
        "Lido's share of staked ether is forecast to slip to 26%, down from 28.5% at the end of "
        "June.",
        "28.5%",
        period="2025-06-30..2025-06-30",
    ),
    row(
        "Hashprice is expected to fall to $38, from $45 in September, after the next difficulty "
        "adjustment.",
        "$45",
        period="2025-09-01..2025-09-30",
    ),
    row(
        "Grayscale expects the fund's fee to drop to 0.15%, down from 0.25% in August.",
        "0.25%",
        period="2025-08-01..2025-08-31",
    ),
    row(
        "Standard Chartered sees ether ending the year at $7,500, up from $4,000 at the end of "
        "September.",
        "$4,000",
        period="2025-09-30..2025-09-30",
    ),
    row(
        "Circle's reserve income will likely fall to $600 million, from $658 million in the "
        "third quarter.",
        "$658 million",
        period="2025-07-01..2025-09-30",
    ),
    row(
        "Analysts expect the network's hashrate to top 1,100 EH/s, up from 980 EH/s on "
        "November 14.",
        "980 EH/s",
        period="2025-11-14..2025-11-14",
    ),
    # twins: the change's own date, a forecast's target and a base of a present reading
    row(
        "The fee will rise to 0.3% in March, up from 0.25%.",
        "0.3%",
        period="2026-03-01..2026-03-31",
    ),
    row(
        "Ether is expected to trade near $3,000 in September, up from $2,400 this week.",
        "$3,000",
        period="2026-09-01..2026-09-30",
    ),
    row(
        "Trading volume will reach $3 billion in April, analysts expect.",
        "$3 billion",
        period="2026-04-01..2026-04-30",
    ),
    row(
        "Bitcoin is at $110,000, up from $92,000 on January 5.",
        "$92,000",
        period="2026-01-05..2026-01-05",
    ),
    row(
        "Tether's market value is expected to top $200 billion, compared with $186 billion in "
        "October.",
        "$186 billion",
        period="2025-10-01..2025-10-31",
    ),
    row(
        "The exchange expects volume to reach €5 billion in March, up from €4 billion.",
        "€5 billion",
        period="2026-03-01..2026-03-31",
    ),
    row(
        "Ether is forecast to hit $5,000 by the end of June, up from $3,200 today.",
        "$5,000",
        period="2026-06-30..2026-06-30",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_a_comparisons_base_is_behind_its_forecast(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
