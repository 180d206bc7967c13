"""Pages that give no publication day: what their undated figures are compared with.

A figure written without a date is a reading as of its article's publication day. A page
that gives none leaves that day unknown, so its undated figures are in no window: they
are never in a conflict, and within their news event they meet the other figures only by
the event's rule (figures alike within the tolerance once scaled; a bound only with the
same digits). A bound meeting a figure within its reach across that unknown day would
find more slips, but it also calls a year's total the slip of a median round (below).
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run

from extractor.models import AuditReport

TUESDAY = (date(2024, 3, 12), date(2024, 3, 12))
QUARTER = (date(2025, 4, 1), date(2025, 6, 30))
INFLOW = {"metric": "etf_flow", "side": "inflow", "asset": "BTC"}
RECORD_DAY = "btc-etf-record-day"


def record_day(quote: str, value: float, event: str | None = RECORD_DAY) -> AuditReport:
    """Two dated outlets say Tuesday's inflows topped $1 billion; a third page, with no
    date of its own, writes "On Tuesday" (which it cannot pin to a day without one)."""
    a = Story("etf-a", "asiamarkets.example", date(2024, 3, 13), event=RECORD_DAY)
    a.say(
        "Net inflows into US spot Bitcoin ETFs on Tuesday topped US$1 billion, data compiled "
        "by Bloomberg show."
    )
    b = Story("etf-b", "farsidewatch.example", date(2024, 3, 13), event=RECORD_DAY)
    b.say("Spot bitcoin funds drew more than $1 billion on Tuesday, the most since launch.")
    c = Story("etf-c", "techwire.example", None, event=event)
    c.say(f"On Tuesday, a record {quote} flowed into spot bitcoin ETFs, excluding Grayscale.")
    bound = {"qualifier": "more_than", "period": TUESDAY, **INFLOW}
    claims = [
        a.claim("US$1 billion", 1e9, **bound),  # type: ignore[arg-type]
        b.claim("$1 billion", 1e9, **bound),  # type: ignore[arg-type]
        c.claim(quote, value, period=None, **INFLOW),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b, c])


@pytest.mark.xfail(
    strict=True,
    reason="an undated page's figure meets a bound only with the same digits: within the "
    "bound's reach it cannot be told from a year's total beside a median round",
)
def test_an_undated_pages_slip_against_the_bounds_of_its_event() -> None:
    assert [f.verdict for f in record_day("$1.1 million", 1.1e6).findings] == ["scale_error"]


def test_an_undated_pages_slip_with_the_bounds_digits_is_found() -> None:
    assert [f.verdict for f in record_day("$1 million", 1e6).findings] == ["scale_error"]


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("$1.1 billion", 1.1e9),  # the same figure
        ("$1.6 billion", 1.6e9),  # another figure of an unknown window: never a conflict
        ("$110 million", 110e6),  # a tenth: no scale word slipped
    ],
)
def test_an_undated_pages_honest_figure_is_left_alone(quote: str, value: float) -> None:
    assert record_day(quote, value).findings == []


def test_an_undated_page_outside_the_event_meets_nothing() -> None:
    assert record_day("$1 million", 1e6, event=None).findings == []
    assert record_day("$1 million", 1e6, event="btc-halving").findings == []


def test_a_years_total_on_an_undated_page_is_no_slip_of_a_median_round() -> None:
    """The quarter's median round stayed above $10 million; the undated page also gives
    the year-to-date total, about $10.3 billion: a thousand times the bound, within its
    reach, and another fact."""
    event = "crypto-vc-q2"
    kw = {"metric": "funding_raised", "asset": "CRYPTO"}
    a = Story("vc-a", "ainvest.com", date(2025, 7, 2), event=event)
    a.say("With only 62 rounds in May, the quarter's median round size stayed above $10 million.")
    b = Story("vc-b", "althunter.xyz", None, event=event)
    b.say("At 62 rounds in May, the quarter's median round size remained above $10 million.")
    b.say("The year-to-date total of roughly $10.3 billion already tops all of last year.")
    claims = [
        a.claim("$10 million", 10e6, qualifier="more_than", period=QUARTER, **kw),  # type: ignore[arg-type]
        b.claim("$10 million", 10e6, qualifier="more_than", period=QUARTER, sentence=0, **kw),  # type: ignore[arg-type]
        b.claim("$10.3 billion", 10.3e9, qualifier="approx", period=None, sentence=1, **kw),  # type: ignore[arg-type]
    ]
    assert run(claims, [a, b]).findings == []


def test_a_lone_coincidence_on_an_undated_page_is_two_facts() -> None:
    """A small coin's price and a reward in dollars, both read as the coin's price, on a
    page with no date: alike in one or two digits, each written once."""
    a = Story("iost", "hackedwire.example", None)
    a.say("IOST jumped 50% from its opening price of $0.024 in the early hours of the morning.")
    a.say("At today's token price the reward is worth around $18, but it could reach $24.")
    kw = {"metric": "price", "asset": "IOST", "period": None}
    claims = [
        a.claim("$0.024", 0.024, sentence=0, **kw),  # type: ignore[arg-type]
        a.claim("$24", 24.0, sentence=1, **kw),  # type: ignore[arg-type]
    ]
    assert run(claims, [a]).findings == []
