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
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_a_comparisons_base_is_behind_its_forecast(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
