"""Dates and periods: found by rules, resolved against the publication date.

The seeds were published on Friday 2026-02-06: "on Friday" is that day, "Thursday" the
day before, "in the last 24 hours" the two days 02-05..02-06, "this week" Monday
02-02 to the publication day. Without a publication date, relative dates stay unresolved.
"""

from __future__ import annotations

from datetime import date

import pytest
from nlp_cases import PUBLISHED, check, period_text, row

from extractor.nlp.periods import default_year, find_time_expressions


def expression(text: str, phrase: str, published: date | None) -> str | None:
    """The period ``phrase`` resolves to in ``text`` (it must be found as one expression)."""
    found = find_time_expressions(text, published, default_year(text))
    for t in found:
        if text[t.start : t.end] == phrase:
            return period_text(t.period)
    raise AssertionError(f"{phrase!r} not found; got {[text[t.start : t.end] for t in found]}")


SEED_ROWS = [
    ("More than $2.60 billion was wiped out of the crypto market over the last 24 hours as "
     "Bitcoin touched $60,000 on Friday.", "over the last 24 hours", "2026-02-05..2026-02-06"),
    ("Bitcoin touched $60,000 on Friday.", "Friday", "2026-02-06..2026-02-06"),
    ("An outflow of $258 million on Thursday, amounting to more than $500 million so far this "
     "month.", "Thursday", "2026-02-05..2026-02-05"),
    ("An outflow of $258 million on Thursday, amounting to more than $500 million so far this "
     "month.", "so far this month", "2026-02-01..2026-02-06"),
    ("Strategy (MSTR) posted a $12.6 billion loss in Q4 2025.", "Q4 2025",
     "2025-10-01..2025-12-31"),
    ("extending a decline since the October 7 peak of $233.50 billion.", "October 7",
     "2025-10-07..2025-10-07"),
    ("On February 5, spot Bitcoin ETFs recorded $258.8 million in net withdrawals.",
     "February 5", "2026-02-05..2026-02-05"),
    ("On February 5, ETFs recorded outflows. Lower than the $544.9 million outflow seen a day "
     "earlier.", "a day earlier", "2026-02-04..2026-02-04"),
    # "for the week" is the seven days up to publication (FORMAT.md's window convention).
    ("the total outflows for the week have already crossed $1.07 billion.", "for the week",
     "2026-01-30..2026-02-06"),
    ("Author FXStreet\nYesterday 06:19\nCardano (ADA) is extending its correction.", "Yesterday",
     "2026-02-05..2026-02-05"),
    ("Pi Network (PI) crashed by over 90% in 2025. Author FXStreet\nDec 19, 2025",
     "Dec 19, 2025", "2025-12-19..2025-12-19"),
]  # fmt: skip

NEWS_ROWS = [
    ("ETFs saw $1.1 billion in outflows this week.", "this week", "2026-02-02..2026-02-06"),
    ("Liquidations reached $400 million this month.", "this month", "2026-02-01..2026-02-06"),
    ("Bitcoin fell 3% in the last 24 hours.", "in the last 24 hours", "2026-02-05..2026-02-06"),
    ("Ether lost 20% over the past 7 days.", "over the past 7 days", "2026-01-30..2026-02-06"),
    ("Bitcoin is down 12% year-to-date.", "year-to-date", "2026-01-01..2026-02-06"),
    ("Strategy bought bitcoin on Feb. 2.", "Feb. 2", "2026-02-02..2026-02-02"),
    ("The fund launched on 2026-01-15.", "2026-01-15", "2026-01-15..2026-01-15"),
    ("Flows for the week ending Jan 30 were negative.", "week ending Jan 30",
     "2026-01-26..2026-01-30"),
    ("Between Jan 26-30, ETFs shed $1.5 billion.", "Jan 26-30", "2026-01-26..2026-01-30"),
    ("Revenue doubled in the first quarter of 2025.", "first quarter of 2025",
     "2025-01-01..2025-03-31"),
    ("Outflows hit $3 billion in January.", "January", "2026-01-01..2026-01-31"),
    ("ETFs took in $35 billion in 2025.", "in 2025", "2025-01-01..2025-12-31"),
    ("Bitcoin trades at $64,000 at the time of writing.", "at the time of writing",
     "2026-02-06..2026-02-06"),
    ("Liquidations hit $2 billion on Saturday.", "Saturday", "2026-01-31..2026-01-31"),
    ("Strategy reported a loss for Q4.", "Q4", "2025-10-01..2025-12-31"),  # latest Q4 past
    ("ETF flows turned positive in December.", "December", "2025-12-01..2025-12-31"),
    ("Strategy lost $12.6 billion last quarter.", "last quarter", "2025-10-01..2025-12-31"),
    ("ETF outflows totaled $3 billion last month.", "last month", "2026-01-01..2026-01-31"),
    ("Bitcoin rose 120% last year.", "last year", "2025-01-01..2025-12-31"),
    pytest.param("BTC fell to $60,000 on 5 February.", "5 February", "2026-02-05..2026-02-05"),
    # A year or month span after publication is a forecast: kept whole, as written; so is
    # the running year a forecast names; a past one is the part so far.
    ("Analysts expect $5 billion in inflows in 2027.", "in 2027", "2027-01-01..2027-12-31"),
    ("The Fed projects two cuts during 2026.", "during 2026", "2026-01-01..2026-12-31"),
    ("The Fed made two cuts during 2026.", "during 2026", "2026-01-01..2026-02-06"),
    ("Unlocks run from March 2026 - June 2027.", "from March 2026 - June 2027",
     "2026-03-01..2027-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "period"), SEED_ROWS + NEWS_ROWS)
def test_resolved_against_publication(text: str, phrase: str, period: str) -> None:
    assert expression(text, phrase, PUBLISHED) == period


UNPUBLISHED_ROWS = [
    ("Bitcoin touched $60,000 on Friday.", "Friday", None),
    ("An outflow of $258 million on Thursday.", "Thursday", None),
    ("Bitcoin fell 3% in the last 24 hours.", "in the last 24 hours", None),
    ("ETFs saw $1.1 billion in outflows this week.", "this week", None),
    ("Liquidations reached $400 million this month.", "this month", None),
    ("On February 5, ETFs recorded outflows.", "February 5", None),
    ("Yesterday 06:19", "Yesterday", None),
    # Explicit years need no publication date; a year elsewhere completes "February 5".
    ("Strategy posted a $12.6 billion loss in Q4 2025.", "Q4 2025", "2025-10-01..2025-12-31"),
    ("Dec 19, 2025", "Dec 19, 2025", "2025-12-19..2025-12-19"),
    (
        "On February 5, 2026, ETFs lost $258 million. On February 4, they lost more.",
        "February 4",
        "2026-02-04..2026-02-04",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "period"), UNPUBLISHED_ROWS)
def test_without_publication_date(text: str, phrase: str, period: str | None) -> None:
    assert expression(text, phrase, None) == period


@pytest.mark.parametrize(
    "text",
    ["Bitcoin is trading below its 50-day moving average.", "Bitcoin swung wildly over the past "
     "months.", "Bitcoin traded at $64,000."],
)  # fmt: skip
def test_not_a_period(text: str) -> None:
    assert [t.period for t in find_time_expressions(text, PUBLISHED, None)] in ([], [None])


# The period a claim takes: the time expression of its own sentence.
CLAIM_ROWS = [
    row("Bitcoin touched $60,000 on Friday.", "$60,000", period="2026-02-06..2026-02-06"),
    row("An outflow of $258 million on Thursday, amounting to more than $500 million so far "
        "this month.", "$258 million", period="2026-02-05..2026-02-05"),
    row("An outflow of $258 million on Thursday, amounting to more than $500 million so far "
        "this month.", "$500 million", period="2026-02-01..2026-02-06"),
    row("On February 5, spot Bitcoin ETFs recorded $258.8 million in net withdrawals.\nAlthough "
        "this was lower than the $544.9 million outflow seen a day earlier, the total outflows "
        "for the week have already crossed $1.07 billion.", "$544.9 million",
        period="2026-02-04..2026-02-04"),
    row("Strategy (MSTR) posted a $12.6 billion loss in Q4 2025.", "$12.6 billion",
        period="2025-10-01..2025-12-31"),
    row("The Fear and Greed Index reading falls to 5 on Friday.", "5",
        period="2026-02-06..2026-02-06"),
    row("Bitcoin fell 5% to $60,000 on Friday.", "5%", period="2026-02-06..2026-02-06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), CLAIM_ROWS)
def test_claim_period(text: str, quote: str, occurrence: int, expected: dict[str, str]) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(
    ("text", "quote"),
    [("Bitcoin touched $60,000 on Friday.", "$60,000"),
     ("ETF outflows reached $258 million this week.", "$258 million"),
     ("Liquidations topped $2.65 billion in the last 24 hours.", "$2.65 billion")],
)  # fmt: skip
def test_claim_period_unresolved_without_publication(text: str, quote: str) -> None:
    check(text, quote, 1, {"period": None}, published=None)
