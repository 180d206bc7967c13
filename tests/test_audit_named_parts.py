"""A figure its own clause gives to one narrower holder is no statement of its labels' fact.

An outlet files "$1.3 million hit one whale's short" under the market's liquidations, or
"a new memecoin launchpad handled $5.2 million in SOL volume" under solana's volume, when
no venue could be named: a part of the market, never the twin of the market's "$1.3
billion" or "$5.2 billion" with a slipped scale word. A figure whose clause names the
market's own total still is, and so is one beside a part in another clause.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run

from extractor.audit.holders import names_a_part
from extractor.models import AuditReport

TUESDAY = (date(2025, 3, 11), date(2025, 3, 11))
LIQ = ({"metric": "liquidations", "asset": "CRYPTO"}, "$1.3 billion", 1.3e9)
SOL_VOLUME = ({"metric": "trading_volume", "asset": "SOL"}, "$5.2 billion", 5.2e9)
BTC_OI = ({"metric": "open_interest", "asset": "BTC"}, "$55 billion", 55e9)
ETH_HACK = ({"metric": "hack_amount", "asset": "ETH"}, "$1.46 billion", 1.46e9)
BTC_OUT = ({"metric": "etf_flow", "side": "outflow", "asset": "BTC"}, "$1.2 billion", 1.2e9)

Fact = tuple[dict[str, str], str, float]


def _audit(fact: Fact, sentence: str, quote: str) -> AuditReport:
    """Two outlets state the fact's figure on Tuesday; a third states ``quote`` (a
    thousandth of it) in ``sentence`` under the same labels and day."""
    labels, said, value = fact
    stories, claims = [], []
    for n, publisher in enumerate(["coindesk.com", "theblock.co"]):
        text = f"The figure stood at {said} on Tuesday, {publisher} data show."
        story = Story(f"p-{n}", publisher, date(2025, 3, 12), event="parts").say(text)
        stories.append(story)
        claims.append(story.claim(said, value, period=TUESDAY, **labels))  # type: ignore[arg-type]
    page = Story("p-page", "u.today", date(2025, 3, 12), event="parts").say(sentence)
    stories.append(page)
    claims.append(page.claim(quote, value / 1000, period=TUESDAY, **labels))  # type: ignore[arg-type]
    return run(claims, stories)


REACH: list[tuple[Fact, str, str]] = [
    (
        SOL_VOLUME,
        "A new memecoin launchpad handled $5.2 million in SOL volume on Tuesday.",
        "$5.2 million",
    ),
    (
        BTC_OI,
        "Open interest on the new perpetual venue climbed to $55 million on Tuesday.",
        "$55 million",
    ),
    (LIQ, "$1.3 million hit one whale's short as bitcoin spiked on Tuesday.", "$1.3 million"),
    (LIQ, "A single trader lost $1.3 million on a leveraged ether bet on Tuesday.", "$1.3 million"),
    (
        ETH_HACK,
        "In a separate exploit, one wallet drained $1.46 million from a lending pool.",
        "$1.46 million",
    ),
    (BTC_OUT, "One unnamed fund saw $1.2 million of outflows on Tuesday.", "$1.2 million"),
]

TWINS: list[tuple[Fact, str, str]] = [
    (LIQ, "Liquidations across the market reached $1.3 million on Tuesday.", "$1.3 million"),
    (
        LIQ,
        "Traders saw $1.3 million in liquidations, with one whale alone losing $40 million.",
        "$1.3 million",
    ),
    (SOL_VOLUME, "New data show $5.2 million of SOL changed hands on Tuesday.", "$5.2 million"),
]


@pytest.mark.parametrize(("fact", "sentence", "quote"), REACH)
def test_a_figure_of_one_narrower_holder_is_no_slip_of_the_markets(
    fact: Fact, sentence: str, quote: str
) -> None:
    assert names_a_part(sentence, quote)
    assert _audit(fact, sentence, quote).findings == []


@pytest.mark.parametrize(("fact", "sentence", "quote"), TWINS)
def test_the_markets_own_figure_is_still_named(fact: Fact, sentence: str, quote: str) -> None:
    assert not names_a_part(sentence, quote)
    suspects = [
        c.quote
        for f in _audit(fact, sentence, quote).findings
        for c in f.claims
        if c.role == "suspect"
    ]
    assert suspects == [quote]
