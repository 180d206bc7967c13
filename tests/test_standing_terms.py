"""A term that stands (a minimum, a limit, a cap, a fee), told in the present with no time of
its own sentence, holds no reading of a day: it takes no period, though its figure reads as
a level (a price, a balance) that would otherwise hold as of publication."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

# published 2026-02-06, a Friday (nlp_cases.PUBLISHED); the opening dates a story two days back
OPENING = "Harrowgate opened its tokenized money-market fund on Wednesday, the manager said.\n\n"

ROWS: list[Any] = [
    # reach
    row(
        OPENING + "It charges a management fee of 0.15% a year and requires a minimum "
        "investment of $100,000.\n",
        "$100,000",
        period=None,
    ),
    row(
        OPENING + "The exchange caps withdrawals at $50,000 a day for unverified accounts.\n",
        "$50,000",
        period=None,
    ),
    row(
        OPENING + "Each card carries a monthly spending limit of €10,000.\n",
        "€10,000",
        period=None,
    ),
    row(
        OPENING + "The sale sets a maximum purchase of 5,000 USDC per wallet.\n",
        "5,000 USDC",
        period=None,
    ),
    row(
        OPENING + "Subscriptions open to professional investors only, with a minimum "
        "ticket of 25 BTC.\n",
        "25 BTC",
        period=None,
    ),
    # twins: levels told in the present (a balance, a rate, a price by a standing noun, a
    # reserve above a minimum): as of publication
    row(
        OPENING + "The protocol holds 12,400 ETH in its treasury.\n",
        "12,400 ETH",
        period="2026-02-06..2026-02-06",
    ),
    row(OPENING + "The funding rate is 0.01%.\n", "0.01%", period="2026-02-06..2026-02-06"),
    row(
        OPENING + "Bitcoin trades at $91,000, near the floor of its range.\n",
        "$91,000",
        period="2026-02-06..2026-02-06",
    ),
    row(
        OPENING + "The exchange holds $2.1 billion in reserves, above the regulatory minimum.\n",
        "$2.1 billion",
        period="2026-02-06..2026-02-06",
    ),
    # twins: a level told per unit or for each one is still the day's reading, not a term
    row(
        "Fund update\n\nThe fund's assets amount to $1.2 billion, or $24 per share.\n",
        "$24",
        period="2026-02-06..2026-02-06",
    ),
    row(
        "Reserves update\n\nThe exchange's reserves cover each customer balance at 104%.\n",
        "104%",
        period="2026-02-06..2026-02-06",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_standing_terms(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
