"""An article's own bound governs its shorthand of the same figure.

A headline has no room for "more than": "$500M Wiped Out as Gaming Tokens Crash" over a
body that says "more than $500 million" states a floor, not a total of $500 million. An
exact figure whose own article gives the same amount of the same fact as an open bound
is read as that bound, so another outlet's larger figure, or a part above it, is no
disagreement with it. A headline whose body gives the figure exactly, or bounds another
amount or another fact, keeps its figure as written.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run

from extractor.models import AuditReport

DAY = (date(2026, 3, 10), date(2026, 3, 10))
EVENT = "own-bounds-2026-03-10"

# (headline, its figure, body, its figure, qualifier) of outlet A; (sentence, figure) of B
Pair = tuple[str, tuple[str, float], str, tuple[str, float, str], str, tuple[str, float]]


def _audit(pair: Pair, labels: dict[str, str | None], side_b: str | None = None) -> AuditReport:
    headline, head_fig, body, body_fig, other, other_fig = pair
    a = Story("ob-a", "Token Desk", date(2026, 3, 11), event=EVENT).say(headline).say(body)
    b = Story("ob-b", "Chain Wire", date(2026, 3, 11), event=EVENT).say(other)
    quote, value, qualifier = body_fig
    claims = [
        a.claim(head_fig[0], head_fig[1], period=DAY, sentence=0, **labels),  # type: ignore[arg-type]
        a.claim(quote, value, qualifier=qualifier, period=DAY, sentence=1, **labels),  # type: ignore[arg-type]
        b.claim(
            other_fig[0],
            other_fig[1],
            period=DAY,
            **{**labels, **({"side": side_b} if side_b else {})},  # type: ignore[arg-type]
        ),
    ]
    return run(claims, [a, b])


LIQ = {"metric": "liquidations", "asset": "CRYPTO"}
HACK = {"metric": "hack_amount", "asset": None, "venue": "Verdant Bridge"}
RAISE = {"metric": "funding_raised", "asset": None, "venue": "Ledgerline"}
SOL_IN = {"metric": "etf_flow", "side": "inflow", "asset": "SOL"}
CARDS = {"metric": "transaction_value", "asset": None, "venue": "Orbit Card"}

REACH = [
    pytest.param(
        (
            "Crypto Traders Lose $500M as Gaming Tokens Crash",
            ("$500M", 5e8),
            "More than $500 million in leveraged positions were wiped out on Tuesday.",
            ("$500 million", 5e8, "more_than"),
            "Liquidations reached $640 million on Tuesday, CoinGlass data show.",
            ("$640 million", 6.4e8),
        ),
        LIQ,
        id="wire-liquidations",
    ),
    pytest.param(
        (
            "Bridge Exploit Drains $80M From Carbon-Credit Chain",
            ("$80M", 8e7),
            "Attackers drained over $80 million from the bridge, the team said in a post.",
            ("$80 million", 8e7, "more_than"),
            "The exploit cost Verdant Bridge $97 million, according to a security firm.",
            ("$97 million", 9.7e7),
        ),
        HACK,
        id="blog-hack",
    ),
    pytest.param(
        (
            "CBDC Pilot Vendor Ledgerline Raises $30M",
            ("$30M", 3e7),
            "Ledgerline raised north of $30 million in a round led by two central-bank funds.",
            ("$30 million", 3e7, "more_than"),
            "Ledgerline closed a $36.5 million Series B on Tuesday.",
            ("$36.5 million", 3.65e7),
        ),
        RAISE,
        id="newsletter-raise",
    ),
    pytest.param(
        (
            "Solana ETFs Pull In $200M on Options Expiry Day",
            ("$200M", 2e8),
            "Spot solana funds drew upwards of $200 million on Tuesday, Farside data show.",
            ("$200 million", 2e8, "more_than"),
            "US solana ETFs took in $246 million on Tuesday.",
            ("$246 million", 2.46e8),
        ),
        SOL_IN,
        id="research-note-etf",
    ),
    pytest.param(
        (
            "Orbit Card Spending Hits $300M in a Day",
            ("$300M", 3e8),
            "Card holders spent just under $300 million in crypto on Tuesday, the issuer said.",
            ("$300 million", 3e8, "less_than"),
            "Orbit Card users spent $246 million on Tuesday.",
            ("$246 million", 2.46e8),
        ),
        CARDS,
        id="regional-upper-bound",
    ),
]


@pytest.mark.parametrize(("pair", "labels"), REACH)
def test_a_headline_figure_its_body_bounds_is_that_bound(
    pair: Pair, labels: dict[str, str | None]
) -> None:
    report = _audit(pair, labels)
    assert not report.findings, [f.explanation for f in report.findings]


def test_a_part_above_a_headline_total_its_body_bounds_is_no_finding() -> None:
    pair = (
        "Bitcoin Slides as $900M Vanishes in Hours",
        ("$900M", 9e8),
        "Over $900 million in positions were liquidated on Tuesday.",
        ("$900 million", 9e8, "more_than"),
        "Long positions accounted for $1.1 billion of the day's liquidations.",
        ("$1.1 billion", 1.1e9),
    )
    report = _audit(pair, LIQ, side_b="long")
    assert not report.findings, [f.explanation for f in report.findings]


TWINS = [
    pytest.param(
        "More than $300 million in leveraged positions were wiped out by noon.",
        ("$300 million", 3e8, "more_than"),
        LIQ,
        id="body-bounds-another-amount",
    ),
    pytest.param(
        "Exactly $500 million in leveraged positions were wiped out on Tuesday.",
        ("$500 million", 5e8, "exact"),
        LIQ,
        id="body-states-it-exactly",
    ),
]


@pytest.mark.parametrize(("body", "body_fig", "labels"), TWINS)
def test_a_headline_figure_its_body_does_not_bound_keeps_its_disagreement(
    body: str, body_fig: tuple[str, float, str], labels: dict[str, str | None]
) -> None:
    pair = (
        "Crypto Traders Lose $500M as Gaming Tokens Crash",
        ("$500M", 5e8),
        body,
        body_fig,
        "Liquidations reached $640 million on Tuesday, CoinGlass data show.",
        ("$640 million", 6.4e8),
    )
    report = _audit(pair, labels)
    assert [f.verdict for f in report.findings] == ["conflict"], [
        f.explanation for f in report.findings
    ]


def test_a_bound_of_another_fact_leaves_the_headline_as_written() -> None:
    a = Story("ob-a", "Token Desk", date(2026, 3, 11), event=EVENT)
    a.say("Crypto Traders Lose $500M as Gaming Tokens Crash")
    a.say("More than $500 million of gaming tokens changed hands on Tuesday.")
    b = Story("ob-b", "Chain Wire", date(2026, 3, 11), event=EVENT)
    b.say("Liquidations reached $640 million on Tuesday, CoinGlass data show.")
    claims = [
        a.claim("$500M", 5e8, period=DAY, sentence=0, **LIQ),  # type: ignore[arg-type]
        a.claim(
            "$500 million",
            5e8,
            qualifier="more_than",
            period=DAY,
            sentence=1,
            metric="trading_volume",
            asset="CRYPTO",
        ),
        b.claim("$640 million", 6.4e8, period=DAY, **LIQ),  # type: ignore[arg-type]
    ]
    report = run(claims, [a, b])
    assert [f.verdict for f in report.findings] == ["conflict"], [
        f.explanation for f in report.findings
    ]
