"""An on-chain gauge's bare value is a ratio: MVRV, SOPR and NUPL are quotients (market value
over realized value, spent output's price over its cost), read like "an mNAV of 1.31"; and
the earlier value a ratio's reading is compared with ("down from 1.74", "from 0.91") is a
ratio too. A count, an index or a level in a unit compared with an earlier one keeps its own.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

GAUGE_ROWS = [
    row("- MVRV at 1.61, down from 1.74 two weeks ago.", "1.61", unit="ratio"),
    row("- MVRV at 1.61, down from 1.74 two weeks ago.", "1.74", unit="ratio"),
    row("The MVRV ratio fell to 1.61 from 1.74 two weeks ago.", "1.74", unit="ratio"),
    row("Short-term holder SOPR slipped to 0.97 on Friday, from 1.02 a week earlier.", "1.02",
        unit="ratio"),
    row("Bitcoin's MVRV sits near 2.1, up from 1.9 a month ago, a desk note said.", "2.1",
        unit="ratio"),
    row("NUPL stood at 0.52 versus 0.48 in October, Glassnode data show.", "0.48",
        unit="ratio"),
]  # fmt: skip

GAUGE_TWINS = [
    row("The put/call ratio rose to 0.82 from 0.74 on Deribit.", "0.74", unit="ratio"),
    row("The fear and greed index fell to 41 from 55 over the weekend.", "55", unit="index"),
    row("Active addresses fell to 0.9 million from 1.1 million.", "1.1 million", unit="count"),
    row("Hashrate rose to 812 EH/s from 790 EH/s.", "790 EH/s", unit="EH/s"),
    row("Exchange reserves fell to 2.31 million BTC from 2.40 million.", "2.40 million",
        unit="BTC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), GAUGE_ROWS + GAUGE_TWINS)
def test_gauge_ratio(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
