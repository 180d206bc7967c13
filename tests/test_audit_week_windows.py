"""A figure its own clause calls a week's is of a week's length, whatever span it was dated.

"This week" counted from Monday to a Wednesday's publication is three days; "weekly
outflows" counted back from the last trading day may be seven or eight. Both are the
week's figure, so across a news event's windows (where only figures with the same digits
a factor of a thousand apart meet) they are of one length. A figure of a few days that
names no week ("in the past 48 hours"), a day's figure beside "the first in a week" or "a
week ago", stays with its own length.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run, suspects

from extractor.audit.stretches import names_a_week
from extractor.models import AuditReport

WEEK_TO_WEDNESDAY = (date(2025, 2, 24), date(2025, 2, 26))
SEVEN_DAYS = (date(2025, 2, 19), date(2025, 2, 25))
TUESDAY = (date(2025, 2, 25), date(2025, 2, 25))
BTC_OUT = {"metric": "etf_flow", "side": "outflow", "asset": "BTC"}


def _audit(sentence: str, quote: str, period: tuple[date, date]) -> AuditReport:
    """Two outlets give the seven days' $1.5 billion; a third gives ``quote`` ($1.5
    million) in ``sentence`` over ``period``."""
    stories, claims = [], []
    for n, (publisher, said) in enumerate(
        [
            ("coindesk.com", "Spot bitcoin ETFs lost $1.5 billion over the seven days to Tuesday."),
            ("theblock.co", "Weekly outflows from the funds came to $1.5 billion through Tuesday."),
        ]
    ):
        story = Story(f"wk-{n}", publisher, date(2025, 2, 26), event="btc-week").say(said)
        stories.append(story)
        claims.append(story.claim("$1.5 billion", 1.5e9, period=SEVEN_DAYS, **BTC_OUT))  # type: ignore[arg-type]
    page = Story("wk-page", "u.today", date(2025, 2, 26), event="btc-week").say(sentence)
    stories.append(page)
    claims.append(page.claim(quote, 1.5e6, period=period, **BTC_OUT))  # type: ignore[arg-type]
    return run(claims, stories)


REACH = [
    (
        "Spot bitcoin ETFs have bled $1.5 million so far this week, Farside data show.",
        "$1.5 million",
    ),
    ("Weekly outflows from the funds reached $1.5 million by Wednesday.", "$1.5 million"),
    ("BTC ETFs: -$1.5M week-to-date as redemptions pile up", "$1.5M"),
    ("Bitcoin ETF Outflows Hit $1.5 Million This Week", "$1.5 Million"),
    ("Over the past week, investors pulled $1.5 million from the 11 funds.", "$1.5 million"),
    (
        "The funds shed $935 million on Tuesday, pushing weekly losses to $1.5 million.",
        "$1.5 million",
    ),
]

TWINS = [
    (
        "In the past 48 hours, the funds lost $1.5 million as bitcoin slid.",
        "$1.5 million",
        WEEK_TO_WEDNESDAY,
    ),
    (
        "Bitcoin ETFs lost $1.5 million on Tuesday, the first outflow in a week.",
        "$1.5 million",
        TUESDAY,
    ),
    (
        "The funds lost $1.5 million on Tuesday, a week after record inflows.",
        "$1.5 million",
        TUESDAY,
    ),
    (
        "The funds lost $1.5 million on Tuesday, while weekly outflows neared $2 billion.",
        "$1.5 million",
        TUESDAY,
    ),
]


@pytest.mark.parametrize(("sentence", "quote"), REACH)
def test_a_weeks_figure_dated_week_to_date_meets_the_weeks_figure(
    sentence: str, quote: str
) -> None:
    assert names_a_week(sentence, quote)
    assert suspects(_audit(sentence, quote, WEEK_TO_WEDNESDAY)) == [quote]


@pytest.mark.parametrize(("sentence", "quote", "period"), TWINS)
def test_a_few_days_figure_naming_no_week_of_its_own_stays_apart(
    sentence: str, quote: str, period: tuple[date, date]
) -> None:
    assert not names_a_week(sentence, quote)
    assert _audit(sentence, quote, period).findings == []


def _one_article(
    first: tuple[str, tuple[date, date]], second: tuple[str, tuple[date, date]]
) -> AuditReport:
    """One outlet's two statements of a fact ($1.5 billion, then $1.5 million), each with
    the window the article gave it."""
    page = Story("one", "coindesk.cc", date(2025, 2, 26), event="btc-week-one")
    page.say(first[0]).say(second[0])
    claims = [
        page.claim("$1.5 billion", 1.5e9, period=first[1], sentence=0, **BTC_OUT),  # type: ignore[arg-type]
        page.claim("$1.5 million", 1.5e6, period=second[1], sentence=1, **BTC_OUT),  # type: ignore[arg-type]
    ]
    return run(claims, [page])


def test_one_articles_week_told_twice_over_days_it_shares_is_one_fact() -> None:
    report = _one_article(
        (
            "Spot bitcoin ETFs shed $935 million on Tuesday, pushing weekly losses to "
            "$1.5 billion.",
            SEVEN_DAYS,
        ),
        (
            "Redemptions this week now total $1.5 million, the heaviest since the funds launched.",
            WEEK_TO_WEDNESDAY,
        ),
    )
    assert [f.verdict for f in report.findings] == ["scale_error"]


def test_one_articles_figures_of_two_days_are_two_facts() -> None:
    monday = (date(2025, 2, 24), date(2025, 2, 24))
    report = _one_article(
        ("Spot bitcoin ETFs shed $1.5 billion on Monday, Farside data show.", monday),
        ("On Tuesday the funds lost another $1.5 million as bitcoin steadied.", TUESDAY),
    )
    assert report.findings == []


# A day's figure whose clause mentions a week in passing: the day dates it, no week does.
DAYS_IN_A_WEEK = [
    ("The funds lost $1.5 million on Tuesday, the first trading day of the week.", TUESDAY),
    (
        "The funds lost $1.5 million on Tuesday, their third straight day of outflows this week.",
        TUESDAY,
    ),
    ("The funds lost $1.5 million on Tuesday after heavy inflows last week.", TUESDAY),
    (
        "Bitcoin ETFs recorded $1.5 million of outflows on Tuesday, the worst day of the week.",
        TUESDAY,
    ),
    ("The funds lost $1.5 million on Tuesday as bitcoin's weekly chart turned bearish.", TUESDAY),
    (
        "Outflows of $1.5 million hit the funds earlier in the week.",
        (date(2025, 2, 24), TUESDAY[1]),
    ),
    ("Weekly Recap: Bitcoin ETFs Bleed $1.5 million on Tuesday", TUESDAY),
]


@pytest.mark.parametrize(("sentence", "period"), DAYS_IN_A_WEEK)
def test_a_days_figure_mentioning_a_week_stays_a_days(
    sentence: str, period: tuple[date, date]
) -> None:
    assert _audit(sentence, "$1.5 million", period).findings == []


def test_a_this_week_figure_does_not_rechain_other_lengths() -> None:
    """Ten days' "$1.5 billion" twice and eight sessions' "$1.5 million" are one length
    (a slip); another outlet's "so far this week" figure must not split them."""
    ten = (date(2025, 2, 16), TUESDAY[1])
    eight = (date(2025, 2, 18), TUESDAY[1])
    said = [
        (
            "coindesk.com",
            "Spot bitcoin ETFs have lost $1.5 billion over the past ten days.",
            "$1.5 billion",
            1.5e9,
            ten,
        ),
        (
            "theblock.co",
            "The funds shed $1.5 billion in the ten days to Tuesday.",
            "$1.5 billion",
            1.5e9,
            ten,
        ),
        (
            "u.today",
            "The funds lost $1.5 million in the eight trading sessions to Tuesday.",
            "$1.5 million",
            1.5e6,
            eight,
        ),
        (
            "decrypt.co",
            "So far this week the funds have lost $420 million.",
            "$420 million",
            4.2e8,
            WEEK_TO_WEDNESDAY,
        ),
    ]
    stories, claims = [], []
    for n, (publisher, sentence, quote, value, period) in enumerate(said):
        story = Story(f"ch-{n}", publisher, date(2025, 2, 26), event="btc-ten").say(sentence)
        stories.append(story)
        claims.append(story.claim(quote, value, period=period, **BTC_OUT))  # type: ignore[arg-type]
    assert suspects(run(claims, stories)) == ["$1.5 million"]


def test_one_articles_day_inside_its_week_is_two_facts() -> None:
    story = Story("wk-one", "coindesk.cc", date(2025, 2, 26), event="btc-one")
    story.say("Spot bitcoin ETFs lost $2 billion over the seven days to Tuesday.")
    story.say("On Tuesday alone the funds shed $2 million, the quietest day this week.")
    claims = [
        story.claim("$2 billion", 2e9, period=SEVEN_DAYS, sentence=0, **BTC_OUT),  # type: ignore[arg-type]
        story.claim("$2 million", 2e6, period=TUESDAY, sentence=1, **BTC_OUT),  # type: ignore[arg-type]
    ]
    assert run(claims, [story]).findings == []


def test_a_days_token_price_and_a_24_hour_reward_are_two_facts() -> None:
    story = Story("abc", "coinblog.example", date(2025, 2, 26), event="abc")
    story.say("The ABC token traded at $0.024 on Tuesday, down 8%.")
    story.say("Validators earned about $24 per node in the past 24 hours, the project said.")
    claims = [
        story.claim("$0.024", 0.024, metric="price", asset="ABC", period=TUESDAY, sentence=0),
        story.claim(
            "$24",
            24.0,
            metric="price",
            asset="ABC",
            period=(TUESDAY[0], date(2025, 2, 26)),
            sentence=1,
        ),
    ]
    assert run(claims, [story]).findings == []
