"""An undated page's bounds and estimates beside its news event's day.

A page with no publication day cannot date "this year", "in March" or "a decade ago", so
its figures of a longer stretch come out undated. Stated exactly, an undated figure is
judged as news of the event's days (a slip of a day's figure is named, within the day's
bound's reach). A bound or an estimate of its own ("more than", "nearly", "below",
"about") meets the day only with the same digits: its reach over a day's figure a thousand
times smaller is a year's total or an old milestone, not a slipped scale word.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run, suspects
from pydantic import ValidationError

from extractor.audit.stretches import StretchCue, names_a_stretch
from extractor.models import AuditReport

TUESDAY = (date(2025, 3, 11), date(2025, 3, 11))
WEDNESDAY = (date(2025, 3, 12), date(2025, 3, 12))


def _day_and_undated(
    event: str,
    dated: tuple[tuple[str, str, str], tuple[str, str, str]],
    undated: str,
    quote: str,
    value: float,
    qualifier: str,
    labels: dict[str, str],
    day: tuple[date, date] | str = TUESDAY,
    dated_qualifier: str = "exact",
) -> AuditReport:
    """Two dated outlets give the day's figure (publisher, sentence, quote); an undated
    page of the same news gives ``quote`` in ``undated``."""
    stories: list[Story] = []
    claims = []
    for n, (publisher, sentence, dated_quote) in enumerate(dated):
        story = Story(f"{event}-{n}", publisher, date(2025, 3, 12), event=event)
        story.say(sentence)
        stories.append(story)
        size = float(dated_quote.split()[0].strip("$").replace(",", ""))
        scale = {"million": 1e6, "billion": 1e9, "trillion": 1e12}[dated_quote.split()[1]]
        claims.append(
            story.claim(
                dated_quote,
                size * scale,
                qualifier=dated_qualifier,
                period=day,
                **labels,  # type: ignore[arg-type]
            )
        )
    page = Story(f"{event}-undated", "cryptonewsz.example", None, event=event)
    page.say(undated)
    stories.append(page)
    claims.append(page.claim(quote, value, qualifier=qualifier, period=None, **labels))  # type: ignore[arg-type]
    return run(claims, stories)


BTC_INFLOW = {"metric": "etf_flow", "side": "inflow", "asset": "BTC"}
BTC_DAY = (
    (
        "coindesk.com",
        "US spot bitcoin ETFs recorded net inflows of $12 million on Tuesday.",
        "$12 million",
    ),
    (
        "theblock.co",
        "Spot bitcoin funds took in just $12 million on Tuesday, Farside says.",
        "$12 million",
    ),
)


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "qualifier"),
    [
        (
            "Spot bitcoin ETFs have taken in more than $10 billion this year, but the pace "
            "has slowed sharply.",
            "$10 billion",
            10e9,
            "more_than",
        ),
        (
            "The funds have drawn nearly $15 billion this year, the bulk of it in January.",
            "$15 billion",
            15e9,
            "less_than",
        ),
    ],
)
def test_a_years_bound_on_an_undated_page_is_no_slip_of_the_day(
    sentence: str, quote: str, value: float, qualifier: str
) -> None:
    report = _day_and_undated("btc-etf-day", BTC_DAY, sentence, quote, value, qualifier, BTC_INFLOW)
    assert report.findings == []


def test_a_months_bound_on_an_undated_page_is_no_slip_of_the_day() -> None:
    dated = (
        (
            "decrypt.co",
            "US ether ETFs drew net inflows of $1.2 million on Wednesday.",
            "$1.2 million",
        ),
        ("coindesk.com", "Ether funds added only $1.2 million on Wednesday.", "$1.2 million"),
    )
    sentence = (
        "Ether funds have pulled in roughly $10.3 billion this year, and more than $1 billion "
        "in March alone."
    )
    labels = {"metric": "etf_flow", "side": "inflow", "asset": "ETH"}
    report = _day_and_undated(
        "eth-etf-day", dated, sentence, "$1 billion", 1e9, "more_than", labels, day=WEDNESDAY
    )
    assert report.findings == []


def test_an_old_milestone_on_an_undated_explainer_is_no_slip_of_the_day() -> None:
    dated = (
        (
            "coindesk.com",
            "Bitcoin's market capitalization fell to $1.3 trillion on Tuesday as the price "
            "dropped 4%.",
            "$1.3 trillion",
        ),
        (
            "theblock.co",
            "Bitcoin's market cap dropped to $1.3 trillion on Tuesday, according to CoinMarketCap.",
            "$1.3 trillion",
        ),
    )
    sentence = (
        "Bitcoin's market value first topped $1 billion more than a decade ago, when a single "
        "coin cost about $90."
    )
    labels = {"metric": "market_cap", "asset": "BTC"}
    report = _day_and_undated(
        "btc-mcap-day", dated, sentence, "$1 billion", 1e9, "more_than", labels
    )
    assert report.findings == []


def test_a_funds_assets_ceiling_on_an_undated_page_is_no_slip_of_the_days_inflow() -> None:
    dated = (
        ("coindesk.com", "XRP funds took in $1.5 million on Tuesday.", "$1.5 million"),
        (
            "theblock.co",
            "XRP products added $1.5 million on Tuesday, CoinShares data show.",
            "$1.5 million",
        ),
    )
    labels = {"metric": "etf_flow", "side": "inflow", "asset": "XRP"}
    report = _day_and_undated(
        "xrp-etf-day",
        dated,
        "Total XRP fund assets remain below $2 billion.",
        "$2 billion",
        2e9,
        "less_than",
        labels,
    )
    assert report.findings == []


LIQUIDATED = {"metric": "liquidations", "asset": "CRYPTO"}


def test_one_orders_lower_bound_on_an_undated_page_is_no_slip_of_the_days_total() -> None:
    dated = (
        (
            "coindesk.com",
            "$1.3 billion was liquidated in 24 hours, CoinGlass data show.",
            "$1.3 billion",
        ),
        ("theblock.co", "Liquidations reached $1.3 billion over the day.", "$1.3 billion"),
    )
    sentence = "More than $1 million was liquidated in a single order on Binance's ETH pair."
    report = _day_and_undated(
        "liq-day", dated, sentence, "$1 million", 1e6, "more_than", LIQUIDATED, day="last_24h"
    )
    assert report.findings == []


def test_an_undated_pages_estimate_with_other_digits_is_no_slip_of_the_days_bound() -> None:
    """ "About $2.7 million" since a venue opened, beside a day's "more than $2.5 billion":
    an estimate of another stretch, whatever its scale word; only the same digits meet."""
    dated = (
        ("coindesk.com", "More than $2.5 billion was liquidated in 24 hours.", "$2.5 billion"),
        ("theblock.co", "Liquidations topped $2.5 billion over the past day.", "$2.5 billion"),
    )
    sentence = "Traders have lost about $2.7 million to liquidations on the venue since it opened."
    report = _day_and_undated(
        "liq-est",
        dated,
        sentence,
        "$2.7 million",
        2.7e6,
        "approx",
        LIQUIDATED,
        day="last_24h",
        dated_qualifier="more_than",
    )
    assert report.findings == []


def test_an_undated_pages_exact_figure_within_the_days_bound_reach_is_a_slip() -> None:
    dated = (
        ("coindesk.com", "More than $2.5 billion was liquidated in 24 hours.", "$2.5 billion"),
        ("theblock.co", "Liquidations topped $2.5 billion over the past day.", "$2.5 billion"),
    )
    sentence = "Some $2.6 million in positions were liquidated as bitcoin dropped."
    report = _day_and_undated(
        "liq-slip",
        dated,
        sentence,
        "$2.6 million",
        2.6e6,
        "exact",
        LIQUIDATED,
        day="last_24h",
        dated_qualifier="more_than",
    )
    assert [f.verdict for f in report.findings] == ["scale_error"]
    assert suspects(report) == ["$2.6 million"]


def test_an_undated_pages_exact_thousandth_of_the_days_hack_is_a_slip() -> None:
    labels = {"metric": "hack_amount", "asset": "ETH", "venue": "Bybit"}
    a = Story("hack-a", "coindesk.com", date(2025, 3, 11), event="hack-day")
    a.say("Hackers stole $2.65 billion from the exchange on Tuesday.")
    b = Story("hack-b", "theblock.co", date(2025, 3, 11), event="hack-day")
    b.say("The exploit drained about $2.7 billion.")
    c = Story("hack-c", "cryptowire.example", None, event="hack-day")
    c.say("The attacker made off with $2.65 million in ether.")
    claims = [
        a.claim("$2.65 billion", 2.65e9, period=TUESDAY, **labels),  # type: ignore[arg-type]
        b.claim("$2.7 billion", 2.7e9, qualifier="approx", period=TUESDAY, **labels),  # type: ignore[arg-type]
        c.claim("$2.65 million", 2.65e6, period=None, **labels),  # type: ignore[arg-type]
    ]
    report = run(claims, [a, b, c])
    assert [f.verdict for f in report.findings] == ["scale_error"]
    assert suspects(report) == ["$2.65 million"]


@pytest.mark.xfail(
    strict=True,
    reason="a part filed under its total's labels and stated exactly meets the total's bound "
    "within its reach (as the must-flag slip above does): the labels, not the window, tell a "
    "part from the whole",
)
def test_a_traced_part_of_the_hack_on_an_undated_page_is_no_slip() -> None:
    labels = {"metric": "hack_amount", "asset": "ETH", "venue": "Bybit"}
    dated = (
        (
            "coindesk.com",
            "Hackers stole more than $1.4 billion from Bybit on Tuesday.",
            "$1.4 billion",
        ),
        (
            "theblock.co",
            "Bybit lost more than $1.4 billion in ether to the attack.",
            "$1.4 billion",
        ),
    )
    sentence = "Investigators traced $1.5 million of the Bybit loot to a mixer."
    report = _day_and_undated(
        "bybit",
        dated,
        sentence,
        "$1.5 million",
        1.5e6,
        "exact",
        labels,
        dated_qualifier="more_than",
    )
    assert report.findings == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The funds have drawn $1.6 billion this year, Farside data show.",
        "Cumulative flows since their January 2024 launch reached $1.6 billion.",
        "In March, the products took in $1.6 billion, the most since they began trading.",
        "Over the past twelve months the funds have drawn $1.6 billion.",
    ],
)
def test_an_exact_total_of_a_stretch_on_an_undated_page_is_no_slip_of_the_days_bound(
    sentence: str,
) -> None:
    """A day's "more than $1.5 million"; the undated page's exact "$1.6 billion" is dated
    by a stretch its page could not place: another fact, not the day's figure slipped."""
    dated = (
        (
            "coindesk.com",
            "Spot bitcoin ETFs drew more than $1.5 million on Tuesday.",
            "$1.5 million",
        ),
        (
            "theblock.co",
            "Net inflows topped $1.5 million on Tuesday, Farside says.",
            "$1.5 million",
        ),
    )
    report = _day_and_undated(
        "btc-etf-stretch",
        dated,
        sentence,
        "$1.6 billion",
        1.6e9,
        "exact",
        BTC_INFLOW,
        dated_qualifier="more_than",
    )
    assert report.findings == []


def test_a_stretch_cue_must_match_its_example() -> None:
    with pytest.raises(ValidationError, match="does not match its example"):
        StretchCue(pattern=r"\bthis year\b", example="Funds drew $1 billion on Tuesday.")
    assert names_a_stretch("Bitcoin first topped $1,000 more than a decade ago.")
    assert not names_a_stretch("On Tuesday, a record $1.1 million flowed into the funds.")
