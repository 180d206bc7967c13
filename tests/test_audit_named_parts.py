"""A figure beside a holder word is still compared with its labels' fact.

A holder word in a figure's clause ("in a single transaction", "the largest single order",
"as one whale's short", "all but one of the funds", "to one address", "a new high across
exchanges") is most often an adjunct or an idiom, not the figure's own holder: a slipped
scale word there must still be named. Telling a true part ("$1.3 million hit one whale's
short" filed under the market's liquidations) from those needs the figure's own noun
phrase, which the audit does not read yet; those parts stay strict xfails.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run

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


HIDDEN: list[tuple[Fact, str, str]] = [
    (
        ETH_HACK,
        "The attacker drained $1.46 million from Bybit's cold wallet in a single transaction.",
        "$1.46 million",
    ),
    (
        LIQ,
        "CoinGlass data show $1.3 million was liquidated on Tuesday, the largest single order"
        " a $20 million BTC position on HTX.",
        "$1.3 million",
    ),
    (
        LIQ,
        "Liquidations hit $1.3 million on Tuesday as one whale's $98 million short on"
        " Hyperliquid was wiped out.",
        "$1.3 million",
    ),
    (
        BTC_OUT,
        "Spot bitcoin ETFs shed $1.2 million on Tuesday as redemptions hit all but one of the"
        " funds.",
        "$1.2 million",
    ),
    (
        ETH_HACK,
        "Lazarus moved the $1.46 million taken from Bybit to one address before splitting it.",
        "$1.46 million",
    ),
    (
        SOL_VOLUME,
        "Solana spot volume jumped to $5.2 million on Tuesday, a new high across exchanges.",
        "$5.2 million",
    ),
]


def _suspects(fact: Fact, sentence: str, quote: str) -> list[str]:
    return [
        c.quote
        for f in _audit(fact, sentence, quote).findings
        for c in f.claims
        if c.role == "suspect"
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a part needs the figure's own holder (its noun phrase: 'one whale's $1.3 million"
    " short'); a holder word anywhere in the clause hid real slips, so no holder rule applies",
)
@pytest.mark.parametrize(("fact", "sentence", "quote"), REACH)
def test_a_figure_of_one_narrower_holder_is_no_slip_of_the_markets(
    fact: Fact, sentence: str, quote: str
) -> None:
    assert _audit(fact, sentence, quote).findings == []


@pytest.mark.parametrize(("fact", "sentence", "quote"), HIDDEN)
def test_a_slip_beside_a_holder_word_is_named(fact: Fact, sentence: str, quote: str) -> None:
    assert _suspects(fact, sentence, quote) == [quote]


@pytest.mark.parametrize(("fact", "sentence", "quote"), TWINS)
def test_the_markets_own_figure_is_still_named(fact: Fact, sentence: str, quote: str) -> None:
    suspects = [
        c.quote
        for f in _audit(fact, sentence, quote).findings
        for c in f.claims
        if c.role == "suspect"
    ]
    assert suspects == [quote]
