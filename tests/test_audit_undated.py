"""Pages that give no publication day: what their undated figures are compared with.

A figure written without a date is a reading as of its article's publication day. A page
that gives none leaves that day unknown, so its undated figures are in no window: they
are never in a conflict. Within their news event they meet the other figures by the
event's rule (figures alike within the tolerance once scaled; a bound with the same
digits), and, as news of the event's days, the figures of its windows of a week or less
by the window's rule (a bound within its reach). A quarter's median round is no news of
the day, so a year's total is never its slip (below); nor is a figure of a metric anyone
may own (a round, a fund's target) that names no holder.
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


def test_an_undated_pages_slip_against_the_bounds_of_its_event() -> None:
    """The undated page's figure is news of the event's day: within the day's bound's reach."""
    findings = record_day("$1.1 million", 1.1e6).findings
    assert [f.verdict for f in findings] == ["scale_error"]
    assert [c.quote for c in findings[0].claims if c.role == "suspect"] == ["$1.1 million"]


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


def _fund_day(round_quote: str, round_value: float, **labels: str) -> AuditReport:
    """A dated outlet: a fund raised more than $1 billion on Tuesday. An undated page of
    the same news: a startup's seed round."""
    event = "vc-fund-close"
    kw = {"metric": "funding_raised", **labels}
    a = Story("fund-a", "theblockwire.example", date(2024, 3, 13), event=event)
    a.say("Paradigm said on Tuesday it had raised more than $1 billion for its third fund.")
    b = Story("fund-b", "startupdesk.example", None, event=event)
    b.say(f"Separately, a Berlin wallet startup closed a {round_quote} seed round led by Paradigm.")
    claims = [
        a.claim("$1 billion", 1e9, qualifier="more_than", period=TUESDAY, **kw),  # type: ignore[arg-type]
        b.claim(round_quote, round_value, period=None, **kw),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b])


def test_a_round_naming_no_holder_on_an_undated_page_is_no_slip_of_a_funds_bound() -> None:
    assert _fund_day("$1.2 million", 1.2e6).findings == []
    assert _fund_day("$1.1 million", 1.1e6).findings == []


def _week_and_undated(bound_period: tuple[date, date], quote: str, value: float) -> AuditReport:
    """A dated outlet's bound over ``bound_period``; an undated page's figure of the news."""
    event = "btc-etf-outflow-weeks"
    a = Story("wk-a", "fundflows.example", date(2026, 2, 2), event=event)
    a.say("Redemptions from spot bitcoin ETFs topped $1.5 billion in the week to January 30.")
    b = Story("wk-b", "tokenwire.example", None, event=event)
    b.say(f"The funds have now bled {quote} in five straight weeks of outflows.")
    kw = {"metric": "etf_flow", "side": "outflow", "asset": "BTC"}
    claims = [
        a.claim("$1.5 billion", 1.5e9, qualifier="more_than", period=bound_period, **kw),  # type: ignore[arg-type]
        b.claim(quote, value, period=None, **kw),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b])


WEEK = (date(2026, 1, 24), date(2026, 1, 30))
MONTH = (date(2026, 1, 1), date(2026, 1, 31))


def test_an_undated_pages_slip_against_a_weeks_bound_is_found() -> None:
    """One source each way: the pair is cited, neither side named."""
    findings = _week_and_undated(WEEK, "$1.6 million", 1.6e6).findings
    assert [f.verdict for f in findings] == ["scale_error"]
    assert {c.quote: c.role for c in findings[0].claims} == {
        "$1.6 million": "disputed",
        "$1.5 billion": "disputed",
    }


@pytest.mark.parametrize(
    ("period", "quote", "value"),
    [
        (WEEK, "$3.8 billion", 3.8e9),  # five weeks' total beside a week's bound
        (WEEK, "$1.6 billion", 1.6e9),  # the same figure
        (WEEK, "$160 million", 160e6),  # a tenth, no scale word slipped
        (MONTH, "$1.6 million", 1.6e6),  # a month is no news of the day: the pool's rule only
    ],
)
def test_an_undated_pages_figure_and_a_bound_of_its_news_left_alone(
    period: tuple[date, date], quote: str, value: float
) -> None:
    assert _week_and_undated(period, quote, value).findings == []


def test_an_undated_pages_staked_token_volume_is_no_slip_of_the_coins_day() -> None:
    """Staked ether's volume on an undated page is the token's own, a thousandth of
    ether's day: wrapped and staked forms are not the coin for trading volume."""
    event = "eth-volume-day"
    a = Story("vol-a", "theblock.co", date(2024, 3, 13), event=event)
    a.say("Ether's 24-hour trading volume climbed to $24.5 billion on Tuesday.")
    b = Story("vol-b", "defiwire.example", None, event=event)
    b.say("Lido staked ether (stETH) saw $24.4 million in trading volume on Curve and Uniswap.")
    kw = {"metric": "trading_volume"}
    claims = [
        a.claim("$24.5 billion", 24.5e9, asset="ETH", period=TUESDAY, **kw),  # type: ignore[arg-type]
        b.claim("$24.4 million", 24.4e6, asset="STETH", period=None, **kw),  # type: ignore[arg-type]
    ]
    assert run(claims, [a, b]).findings == []


@pytest.mark.xfail(
    strict=True,
    reason="a part filed under its total's labels meets the total's bound within its reach, "
    "as it does in a dated window: the labels, not the window, tell a part from the whole",
)
def test_an_undated_pages_part_is_no_slip_of_the_days_total() -> None:
    """One fund's inflow on an undated page, filed under the funds' coin, is a part of the
    day's total, not the total slipped."""
    a = Story("part-a", "asiamarkets.example", date(2024, 3, 13), event=RECORD_DAY)
    a.say("Net inflows into US spot Bitcoin ETFs on Tuesday topped US$1 billion.")
    b = Story("part-b", "fundwire.example", None, event=RECORD_DAY)
    b.say("Of that, a small fund from Valkyrie took in $1.3 million on the day.")
    claims = [
        a.claim("US$1 billion", 1e9, qualifier="more_than", period=TUESDAY, **INFLOW),  # type: ignore[arg-type]
        b.claim("$1.3 million", 1.3e6, period=None, **INFLOW),  # type: ignore[arg-type]
    ]
    assert run(claims, [a, b]).findings == []
