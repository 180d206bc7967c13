"""A venue whose name is also an ordinary word ("Drift", "Curve", "Jupiter") is no venue where
it is the last word of a longer capitalized name: a game, a collection or a vault of that
name ("Players of Neon Drift"). After a function word, a month, a possessive, a word in
capitals, a coin's or chain's name, or a word that opens the sentence where no appositive
("Kitsune Drift, a racing game") follows it is still the venue."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

NAME_PART_ROWS = [
    row("Continental Drift, a strategy title, drew 45,000 players in its first week.",
        "45,000", venue=None),
    row("Sky Curve, an NFT collection, sold 3,200 items for 410 ETH on Saturday.",
        "410 ETH", venue=None),
    row("Polar Drift, a yield vault on Solana, attracted $18 million in deposits.",
        "$18 million", venue=None),
    row("Kitsune Drift, a racing game on Immutable, held steady at about 190,000 daily "
        "wallets.", "190,000", venue="Kitsune Drift"),
    row("Players of Neon Drift spent 310 ETH on skins in October, the studio said.",
        "310 ETH", venue=None),
]  # fmt: skip

NAME_PART_TWINS = [
    row("Traders on Drift opened $40 million of SOL perpetuals.", "$40 million",
        venue="Drift"),
    row("On Drift, open interest hit $300 million on Friday.", "$300 million", venue="Drift"),
    row("Solana's Drift logged $1.2 billion in volume last week.", "$1.2 billion",
        venue="Drift"),
    row("Perpetuals exchange Drift said volume topped $1 billion.", "$1 billion",
        venue="Drift"),
    row("In January Drift processed $2 billion of trades.", "$2 billion", venue="Drift"),
    # a word that opens the sentence (with no appositive after the name) or names a coin or
    # chain makes no longer name
    row("Yesterday Curve processed $400 million in stablecoin swaps.", "$400 million",
        venue="Curve Finance"),
    row("Rival Drift handled $500 million in perpetuals volume on Wednesday.", "$500 million",
        venue="Drift"),
    row("Aggregator Jupiter routed $1.5 billion in swaps on Sunday.", "$1.5 billion",
        venue="Jupiter"),
    row("Ethereum Curve pools lost $60 million in the July exploit.", "$60 million",
        venue="Curve Finance"),
    row("Solana Drift traders opened $80 million in new positions.", "$80 million",
        venue="Drift"),
    row("Separately Jupiter routed $900 million of trades over the weekend.", "$900 million",
        venue="Jupiter"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), NAME_PART_ROWS + NAME_PART_TWINS
)
def test_a_venue_word_inside_another_name(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
