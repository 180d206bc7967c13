"""'From X to Y' after a word of spread is one range, not a move and its level.

FORMAT.md's `range` qualifier marks both ends of a range ("between $61,000 and $63,500",
"a $29,000 to $30,000 range"). Forecasts, estimates, fee schedules and yield tables write the
same with "range from", "ranged from", "vary from", "anywhere from": both ends are a range,
whatever their ratio ("from $300 million to $1 billion"). "Rose from X to Y" and "grew from
X to Y" stay a move from one level to another (two exact figures).
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

RANGE_ROWS = [
    row("Desk strategists see bitcoin ranging from $58,000 to $64,000 into the weekend.",
        "$58,000", qualifier="range"),
    row("Desk strategists see bitcoin ranging from $58,000 to $64,000 into the weekend.",
        "$64,000", qualifier="range"),
    row("Estimates of what the attacker took ranged from $40 million to $55 million.",
        "$40 million", qualifier="range"),
    row("Gas on the rollup costs anywhere from $0.02 to $0.15 a swap, a developer wrote.",
        "$0.15", qualifier="range"),
    row("Forecasts for first-week inflows range from $300 million to $1 billion, brokers "
        "said.", "$300 million", qualifier="range"),
    row("Staking yields on the platform vary from 4% to 7%, depending on the lock-up.", "4%",
        qualifier="range"),
    row("Miner payouts fluctuated from 2.9 BTC to 3.6 BTC a day in October.", "3.6 BTC",
        qualifier="range"),
    known("'run from' is also a rally's run from one level to another: not read",
          "Booth packages at the summit run from $800 to $2,500.", "$800", qualifier="range"),
]  # fmt: skip

MOVE_TWINS = [
    row("Bitcoin rose from $58,000 to $64,000 in three days.", "$58,000", qualifier="exact"),
    row("The hack's losses grew from $40 million to $55 million as more wallets were drained.",
        "$55 million", qualifier="exact"),
    row("Open interest climbed from $8 billion to $11 billion over the week.", "$8 billion",
        qualifier="exact"),
    row("Fees fell from $3 to $0.50 after the upgrade.", "$3", qualifier="exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), RANGE_ROWS + MOVE_TWINS)
def test_range_from(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
