"""Classes of text whose metric or side the linker reads from grammar, not from one noun:
the size of a change, counts of people, money raised, and coins moved between wallets. Each
class has must-not-match twins: the same words where the reading must not apply."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

# The size of a change: "by X", "a X increase", "a decrease of X" move the thing named, in the
# direction the change word says, whatever the unit (money, coins, users, basis points).
CHANGE_SIZE_ROWS = [
    row("The Federal Reserve lowered its benchmark rate by 25 basis points on Wednesday.",
        "25 basis points", side="down"),
    row("Analysts now price in a 50-basis-point rate cut at the December meeting.",
        "50-basis-point", side="down"),
    row("The Bank of Japan surprised markets with a 25bps hike, its first since 2007.",
        "25bps", side="up"),
    row("Solana's market cap jumped by $9.4 billion within hours of the ETF approval.",
        "$9.4 billion", metric="market_cap_change", side="up"),
    row("CME bitcoin futures open interest saw a decrease of around 12,300 BTC last week.",
        "12,300 BTC", metric="open_interest", side="down"),
    row("Circle's reserves posted a $620 million increase over the quarter.", "$620 million",
        metric="reserves", side="up"),
    row("The exchange says its user base grew by 8 million in the first half of the year.",
        "8 million", side="up"),
    row("Dogecoin plunged $0.04 in minutes after the tweet was deleted.", "$0.04",
        metric="price_change", side="down"),
    # twins: a level reached, a loss, a bound and a plain total are no change
    row("The Federal Reserve lowered its benchmark rate to 4.25% on Wednesday.", "4.25%",
        side=None),
    row("The protocol reported a loss of $3.1 million after the oracle failure.",
        "$3.1 million", metric="loss", side=None),
    row("The lending protocol was drained, resulting in a loss of nearly $4.5 million.",
        "$4.5 million", side=None),
    row("The miner booked unrealized gains of over $90 million on its bitcoin in the quarter.",
        "$90 million", side=None),
    row("Circle's reserves rose to $62 billion over the quarter.", "$62 billion",
        metric="reserves", side=None),
    row("Its market cap dropped below $400 billion for the first time since March.",
        "$400 billion", side=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    CHANGE_SIZE_ROWS,
)
def test_metric_classes(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
