"""Across a news event's windows a scale slip needs the same digits; a figure rounded to
fewer digits (two or more) has the digits of the figure it rounds.

"Redemptions topped $1.5 million in the week to January 30" on one page and "about $1.49
billion" for that week on two others: $1.49 billion written to two digits is $1.5
billion, so the slipped scale word is as plain as with "$1.5 billion". One written digit
says too little ("$1 million" beside "$1.2 billion"), and a figure that does not round to
the other's digits ("$1.44", "$1.6") is another figure.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run, suspects

from extractor.audit.scale import alike
from extractor.models import AuditReport

WEEK = (date(2025, 1, 24), date(2025, 1, 30))
BTC_OUT = {"metric": "etf_flow", "side": "outflow", "asset": "BTC"}


def _audit(
    majority: tuple[str, float], sentence: str, quote: str, value: float, qualifier: str
) -> AuditReport:
    """Two outlets give the week's ``majority`` figure; an undated page gives ``quote``."""
    said, big = majority
    stories, claims = [], []
    for n, (publisher, text) in enumerate(
        [
            ("coindesk.com", f"Spot bitcoin ETFs lost about {said} in the week to January 30."),
            ("theblock.co", f"The week ended January 30 saw outflows of about {said}."),
        ]
    ):
        story = Story(f"r-{n}", publisher, date(2025, 2, 3), event="btc-weeks").say(text)
        stories.append(story)
        claims.append(
            story.claim(said, big, qualifier="approx", period=WEEK, **BTC_OUT)  # type: ignore[arg-type]
        )
    page = Story("r-page", "cryptonewsz.com", None, event="btc-weeks").say(sentence)
    stories.append(page)
    claims.append(page.claim(quote, value, qualifier=qualifier, period=None, **BTC_OUT))  # type: ignore[arg-type]
    return run(claims, stories)


REACH = [
    (
        ("$1.49 billion", 1.49e9),
        "Spot bitcoin funds bled nearly $1.5 million in the seven days to Thursday.",
        "$1.5 million",
        1.5e6,
        "less_than",
    ),
    (
        ("$1.5 billion", 1.5e9),
        "At least $1.49 million left the funds over the week, data from SoSoValue show.",
        "$1.49 million",
        1.49e6,
        "at_least",
    ),
    (
        ("$1.49 billion", 1.49e9),
        "Redemptions topped $1.5 million in the week to January 30, the streak's worst.",
        "$1.5 million",
        1.5e6,
        "more_than",
    ),
    (
        ("$1.49 billion", 1.49e9),
        "Net redemptions of more than $1.5 million marked the week, SoSoValue data show.",
        "$1.5 million",
        1.5e6,
        "more_than",
    ),
    (
        ("$1.49 billion", 1.49e9),
        "BTC ETFs bleed roughly $1.5M in worst week of the year",
        "$1.5M",
        1.5e6,
        "approx",
    ),
    (
        ("$1.5 billion", 1.5e9),
        "Outflows reached about $1.49 million over the week, according to Farside Investors.",
        "$1.49 million",
        1.49e6,
        "approx",
    ),
    (
        ("$2.65 billion", 2.65e9),
        "Investors yanked more than $2.7 million from the spot funds that week.",
        "$2.7 million",
        2.7e6,
        "more_than",
    ),
]

TWINS = [
    (("$1.2 billion", 1.2e9), "Outflows topped $1 million in the week.", "$1 million", 1e6),
    (
        ("$1.5 billion", 1.5e9),
        "Outflows topped $1.44 million in the week.",
        "$1.44 million",
        1.44e6,
    ),
    (("$1.5 billion", 1.5e9), "Outflows topped $1.6 million in the week.", "$1.6 million", 1.6e6),
    (("$2.65 billion", 2.65e9), "Outflows topped $2.6 million in the week.", "$2.6 million", 2.6e6),
]


@pytest.mark.parametrize(("majority", "sentence", "quote", "value", "qualifier"), REACH)
def test_a_slip_rounded_to_fewer_or_more_digits_is_named(
    majority: tuple[str, float], sentence: str, quote: str, value: float, qualifier: str
) -> None:
    assert suspects(_audit(majority, sentence, quote, value, qualifier)) == [quote]


@pytest.mark.parametrize(("majority", "sentence", "quote", "value"), TWINS)
def test_other_digits_or_one_digit_are_no_slip(
    majority: tuple[str, float], sentence: str, quote: str, value: float
) -> None:
    assert _audit(majority, sentence, quote, value, "more_than").findings == []


def test_rounding_is_read_at_the_coarser_figures_digits() -> None:
    assert alike(1.5e9, 2, 1.49e9, 3)
    assert alike(2.65e9, 3, 2.7e9, 2)
    assert not alike(2.64e9, 3, 2.7e9, 2)
    assert not alike(1.2e9, 2, 1e9, 1)
    assert not alike(-1.5e9, 2, 1.49e9, 3)
