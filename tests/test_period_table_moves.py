"""An undated cell of a table is a reading of the table's own moment: it takes no window
from a move of its metric told in the prose before the table ("balances rose 12% in the
third quarter" does not date the balances a snapshot table lists). A flow of the prose
still dates the table's flows, and a move in a cell is dated as a move is.

Rows give the publication date, a news-style text, the quote and the period its claim
must take.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check

NOV5 = date(2026, 11, 5)

RESERVE_TABLE = (
    "Lumen Exchange published its reserve report on October 31.\n"
    "User balances rose 12% in the third quarter, the exchange said.\n\n"
    "| Asset | User balances | Reserves | Ratio |\n"
    "|---|---|---|---|\n"
    "| BTC | 21,400 BTC | 22,050 BTC | 103.0% |\n"
    "| ETH | 310,200 ETH | 318,900 ETH | 102.8% |"
)

FLOW_TABLE = (
    "Inflows reached $1.2 billion in the week to Friday.\n\n"
    "| Fund | Flow |\n"
    "|---|---|\n"
    "| IBIT | $640 million |\n"
    "| FBTC | $210 million |"
)


def case(text: str, quote: str, period: str) -> Any:
    return pytest.param(text, quote, period, id=f"{quote}|{text[:40]}")


CASES = [
    # the table's undated levels: the report's day, not the prose move's quarter
    case(RESERVE_TABLE, "21,400 BTC", "2026-10-31..2026-10-31"),
    case(RESERVE_TABLE, "318,900 ETH", "2026-10-31..2026-10-31"),
    # the move keeps its own window
    case(RESERVE_TABLE, "12%", "2026-07-01..2026-09-30"),
    # twin: a flow of the prose still dates the table's flows
    case(FLOW_TABLE, "$640 million", "2026-10-26..2026-10-30"),
]


@pytest.mark.parametrize(("text", "quote", "period"), CASES)
def test_table_cell_period(text: str, quote: str, period: str) -> None:
    check(text, quote, 1, {"period": period}, published=NOV5)
