"""Venues the text says are venues: a prediction market, a layer-2 network or rollup, a
staking protocol named with what it is ("the prediction market Zentra", "on the layer-2
Corvex", "Halcyon, a liquid staking protocol,"), not by a list of names."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check, row

PUBLISHED = date(2026, 11, 20)

REACH = [
    row("Traders staked $4.2 million on the outcome on the prediction market Zentra in the "
        "final week of the race.", "$4.2 million", venue="Zentra"),
    row("Odds of a December rate cut reached 72% on Predicto, a prediction market, on Monday "
        "morning.", "72%", venue="Predicto"),
    row("Trading volume on the layer-2 network Corvex jumped 18% to $610 million last week, "
        "L2Beat data show.", "$610 million", venue="Corvex"),
    row("Swaps on the rollup Quillon totalled $212 million on Sunday, its busiest day since "
        "launch.", "$212 million", venue="Quillon"),
    row("Deposits at Halcyon, the largest liquid staking protocol on the chain, rose to "
        "$1.9 billion at the end of October.", "$1.9 billion", venue="Halcyon"),
    row("Daily volume on the layer-2 Vantor fell 31% to $1.2 million in November as incentives "
        "ended.", "$1.2 million", venue="Vantor"),
]  # fmt: skip

TWINS = [
    # no name after the kind word: no venue
    row("Layer-2 tokens fell 8% on the week as network fees dropped to $1.1 million.",
        "$1.1 million", venue=None),
    row("Prediction markets priced a 72% chance of a cut, a level traders had not seen since "
        "June.", "72%", venue=None),
    # the kind word alone points at no named venue
    row("The prediction market's odds of a cut fell to 41% after the jobs report.", "41%",
        venue=None),
]  # fmt: skip


# A network named as a venue by description is no venue of figures about its own token:
# an unlock, an airdrop or the supply are the token's, not events on the network.
ZENTRIX = (
    "Swaps on the layer-2 network Zentrix totalled $210 million last week, L2Beat data show.\n"
    "Zentrix's 450M-token unlock lands on Friday, and a second release of 90 million tokens "
    "follows in March.\n"
)
ODDSY = (
    "Traders on the prediction market Oddsy bet $3.1 million on the vote.\n"
    "Oddsy's airdrop sent 75 million tokens to 90,000 wallets on Monday.\n"
)
OWN_TOKEN = [
    row(ZENTRIX, "450M", venue=None),
    row(ZENTRIX, "90 million", venue=None),
    row(ODDSY, "75 million", venue=None),
    # the network's own activity keeps it
    row(ZENTRIX, "$210 million", venue="Zentrix"),
    row(ODDSY, "$3.1 million", venue="Oddsy"),
    row("Volume on the rollup Quillon rose 20% to $41 million on Tuesday as the token "
        "rallied.", "$41 million", venue="Quillon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS + OWN_TOKEN)
def test_described_venue(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)
