"""A coin's name speaking is the project behind the coin.

"Immutable said it would cut its fee to 1%": a coin says nothing, so a coin's name as the
subject of a verb of stating is the project that issues it, by the longer name the article
gives it or its own. A fund's ticker ("BlackRock's IBIT reported") is no project, and a
coin's name that only moves ("Chainlink rose 4%") or owns ("Chainlink's price") speaks for
no one. Rows are an oracle network, a data-availability chain, a rollup, a rendering
network and a gaming chain.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

PROJECTS = [
    row("Markets\n\nImmutable said it would cut its marketplace protocol fee to 1% from 2% on "
        "November 1.", "1%", source="Immutable"),
    row("Markets\n\nChainlink said its oracles secured $18 billion of value at the end of June.",
        "$18 billion", source="Chainlink"),
    row("Markets\n\nCelestia said it would burn 4% of the treasury's tokens next month.", "4%",
        source="Celestia"),
    row("Markets\n\nArbitrum said its grants programme had paid out $42 million since March.",
        "$42 million", source="Arbitrum"),
    row("Markets\n\nRender said its network processed 1.9 million frames in October.",
        "1.9 million", source="Render"),
]  # fmt: skip

TWINS = [
    row("Markets\n\nBlackRock's IBIT reported $58 million of inflows on Wednesday.",
        "$58 million", source=None),
    row("Markets\n\nChainlink rose 4% on Friday, traders said.", "4%", source=None),
    row("Markets\n\nChainlink's price rose 4% on Friday after the fund said it bought $18 "
        "million of tokens.", "$18 million", source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), PROJECTS + TWINS)
def test_coin_project(text: str, quote: str, occurrence: int, expected: dict) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
