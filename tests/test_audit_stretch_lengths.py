"""Across a news event's windows, a figure whose own sentence names a longer stretch.

The event-wide scale rule pairs figures whose digits are alike once scaled by a thousand,
but only between periods of about one length. A figure its article could not date still
says how long a stretch it counts when its sentence names one ("this year", "since
launch", "over the past twelve months", "February's"): such a total never meets a day's or
a week's figure for a scale slip, just as a year's window never meets a day's. A figure
whose sentence names no longer stretch is still judged against every window.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from audit_claims import Story, run, suspects

from extractor.audit.stretches import counts_a_stretch
from extractor.models import AuditReport

TUESDAY = (date(2025, 3, 11), date(2025, 3, 11))
LAST_WEEK = (date(2025, 3, 3), date(2025, 3, 9))
TWELVE_MONTHS = (date(2024, 3, 12), date(2025, 3, 11))


def _cluster(
    event: str,
    labels: dict[str, str],
    dated: list[tuple[str, str, str, float, tuple[date, date] | str]],
    other: tuple[str, date | None, str, str, float, str],
) -> AuditReport:
    """Dated outlets' figures (publisher, sentence, quote, value, period) and one more
    page's figure filed without a period (publisher, published, sentence, quote, value,
    qualifier)."""
    stories: list[Story] = []
    claims = []
    for n, (publisher, sentence, quote, value, period) in enumerate(dated):
        story = Story(f"{event}-{n}", publisher, date(2025, 3, 12), event=event).say(sentence)
        stories.append(story)
        qualifier = "approx" if sentence.count("about " + quote) else "exact"
        claims.append(story.claim(quote, value, qualifier=qualifier, period=period, **labels))  # type: ignore[arg-type]
    publisher, published, sentence, quote, value, qualifier = other
    page = Story(f"{event}-other", publisher, published, event=event).say(sentence)
    stories.append(page)
    claims.append(page.claim(quote, value, qualifier=qualifier, period=None, **labels))  # type: ignore[arg-type]
    return run(claims, stories)


BTC_IN = {"metric": "etf_flow", "side": "inflow", "asset": "BTC"}
BTC_OUT = {"metric": "etf_flow", "side": "outflow", "asset": "BTC"}
ETH_IN = {"metric": "etf_flow", "side": "inflow", "asset": "ETH"}
SOL_IN = {"metric": "fund_flow", "side": "inflow", "asset": "SOL"}
TRX_FEES = {"metric": "fees", "asset": "TRX"}


def _eth_day(
    quote: str, value: float
) -> list[tuple[str, str, str, float, tuple[date, date] | str]]:
    return [
        (
            "coindesk.com",
            f"Spot ether ETFs took in {quote} on Tuesday, Farside data show.",
            quote,
            value,
            TUESDAY,
        ),
        (
            "theblock.co",
            f"US ether ETFs drew net inflows of {quote} on Tuesday.",
            quote,
            value,
            TUESDAY,
        ),
    ]


@pytest.mark.parametrize(
    ("event", "labels", "dated", "other"),
    [
        pytest.param(
            "eth-ytd",
            ETH_IN,
            _eth_day("$10.6 million", 10.6e6),
            (
                "cryptonewsz.example",
                None,
                "The funds have pulled in about $11 billion this year.",
                "$11 billion",
                11e9,
                "approx",
            ),
            id="a year's estimate vs a day's flow",
        ),
        pytest.param(
            "eth-ytd-small",
            ETH_IN,
            _eth_day("$1.05 million", 1.05e6),
            (
                "cryptonewsz.example",
                None,
                "Ether products have gathered about $1.1 billion so far this year.",
                "$1.1 billion",
                1.1e9,
                "approx",
            ),
            id="a year's estimate vs a day's flow, other digits",
        ),
        pytest.param(
            "btc-launch",
            BTC_IN,
            [
                (
                    "coindesk.com",
                    "Spot bitcoin ETFs recorded $36.1 million of net inflows on Tuesday.",
                    "$36.1 million",
                    36.1e6,
                    TUESDAY,
                ),
                (
                    "decrypt.co",
                    "Bitcoin ETFs added $36 million on Tuesday, the first inflow in a week.",
                    "$36 million",
                    36e6,
                    TUESDAY,
                ),
            ],
            (
                "bitcoinist.example",
                None,
                "Cumulative net inflows since the January 2024 launch stand at $36.2 billion.",
                "$36.2 billion",
                36.2e9,
                "exact",
            ),
            id="a total since launch vs a day's flow",
        ),
        pytest.param(
            "btc-feb",
            BTC_OUT,
            [
                (
                    "coindesk.com",
                    "Bitcoin ETFs saw outflows of $3.5 million on Tuesday.",
                    "$3.5 million",
                    3.5e6,
                    TUESDAY,
                ),
                (
                    "theblock.co",
                    "Net outflows from spot bitcoin ETFs were a modest $3.5 million on Tuesday.",
                    "$3.5 million",
                    3.5e6,
                    TUESDAY,
                ),
            ],
            (
                "ambcrypto.example",
                None,
                "February's outflows totalled about $3.6 billion, the worst month on record.",
                "$3.6 billion",
                3.6e9,
                "approx",
            ),
            id="a named month's total vs a day's flow",
        ),
        pytest.param(
            "tron-fees",
            TRX_FEES,
            [
                (
                    "theblock.co",
                    "Tron earned $1.8 million in fees on Tuesday.",
                    "$1.8 million",
                    1.8e6,
                    TUESDAY,
                ),
                (
                    "coindesk.com",
                    "Tron's daily fees came to $1.8 million on Tuesday, Token Terminal data show.",
                    "$1.8 million",
                    1.8e6,
                    TUESDAY,
                ),
            ],
            (
                "defiwire.example",
                None,
                "Tron has generated $1.8 billion in fees over the past twelve months.",
                "$1.8 billion",
                1.8e9,
                "exact",
            ),
            id="twelve months' fees vs a day's",
        ),
        pytest.param(
            "sol-week",
            SOL_IN,
            [
                (
                    "coindesk.com",
                    "Solana funds saw inflows of $2.2 million last week, CoinShares said.",
                    "$2.2 million",
                    2.2e6,
                    LAST_WEEK,
                ),
                (
                    "theblock.co",
                    "Solana products drew $2.2 million in the week, CoinShares reported.",
                    "$2.2 million",
                    2.2e6,
                    LAST_WEEK,
                ),
            ],
            (
                "cryptonews.example",
                None,
                "Solana products have attracted about $2.3 billion since launch.",
                "$2.3 billion",
                2.3e9,
                "approx",
            ),
            id="a total since launch vs a week's flow",
        ),
        pytest.param(
            "btc-ytd-dated",
            BTC_IN,
            [
                (
                    "coindesk.com",
                    "Spot bitcoin ETFs took in $10.6 million on Tuesday.",
                    "$10.6 million",
                    10.6e6,
                    TUESDAY,
                ),
                (
                    "decrypt.co",
                    "Bitcoin funds added $10.6 million on Tuesday, Farside said.",
                    "$10.6 million",
                    10.6e6,
                    TUESDAY,
                ),
            ],
            (
                "u.today",
                date(2025, 3, 12),
                "Year-to-date, the funds have drawn $11 billion, down from last year's pace.",
                "$11 billion",
                11e9,
                "exact",
            ),
            id="a dated page's year-to-date total filed without a period",
        ),
    ],
)
def test_a_total_of_a_longer_stretch_is_no_slip_of_a_shorter_windows_figure(
    event: str,
    labels: dict[str, str],
    dated: list[tuple[str, str, str, float, tuple[date, date] | str]],
    other: tuple[str, date | None, str, str, float, str],
) -> None:
    assert counts_a_stretch(other[2])
    assert _cluster(event, labels, dated, other).findings == []


@pytest.mark.parametrize(
    ("event", "labels", "dated", "other", "suspect"),
    [
        pytest.param(
            "liq-24h",
            {"metric": "liquidations", "asset": "CRYPTO"},
            [
                (
                    "coindesk.com",
                    "Traders saw $2.65 billion in liquidations over 24 hours.",
                    "$2.65 billion",
                    2.65e9,
                    "last_24h",
                ),
                (
                    "theblock.co",
                    "Some $2.65 billion of positions were liquidated in the past 24 hours.",
                    "$2.65 billion",
                    2.65e9,
                    "last_24h",
                ),
            ],
            (
                "cryptopotato.example",
                date(2025, 3, 12),
                "A total of $2.65 million in longs and shorts was wiped out as bitcoin slid.",
                "$2.65 million",
                2.65e6,
                "exact",
            ),
            "$2.65 million",
            id="a 24 hours' liquidations slipped",
        ),
        pytest.param(
            "eth-day",
            ETH_IN,
            _eth_day("$1.05 billion", 1.05e9),
            (
                "cryptonewsz.example",
                date(2025, 3, 12),
                "Ether funds drew $1.05 million, their biggest haul in a week, Farside data show.",
                "$1.05 million",
                1.05e6,
                "exact",
            ),
            "$1.05 million",
            id="the day's flow slipped on a dated page",
        ),
        pytest.param(
            "eth-day-undated",
            ETH_IN,
            _eth_day("$1.05 billion", 1.05e9),
            (
                "cryptonewsz.example",
                None,
                "Ether funds drew $1.05 million as traders piled back in.",
                "$1.05 million",
                1.05e6,
                "exact",
            ),
            "$1.05 million",
            id="the day's flow slipped on an undated page",
        ),
        pytest.param(
            "fund-week",
            {"metric": "fund_flow", "side": "inflow", "asset": "CRYPTO"},
            [
                (
                    "coindesk.com",
                    "Digital asset funds saw inflows of $1.7 billion last week, CoinShares said.",
                    "$1.7 billion",
                    1.7e9,
                    LAST_WEEK,
                ),
                (
                    "theblock.co",
                    "Crypto products took in $1.7 billion in the week, CoinShares reported.",
                    "$1.7 billion",
                    1.7e9,
                    LAST_WEEK,
                ),
            ],
            (
                "cryptonews.example",
                date(2025, 3, 12),
                "Crypto funds took in $1.7 million last week, the CoinShares report showed.",
                "$1.7 million",
                1.7e6,
                "exact",
            ),
            "$1.7 million",
            id="a week's total slipped",
        ),
        pytest.param(
            "tron-year",
            TRX_FEES,
            [
                (
                    "theblock.co",
                    "Tron generated $1.8 billion in fees over the past twelve months.",
                    "$1.8 billion",
                    1.8e9,
                    TWELVE_MONTHS,
                ),
                (
                    "coindesk.com",
                    "Over the last twelve months Tron took $1.8 billion in fees.",
                    "$1.8 billion",
                    1.8e9,
                    TWELVE_MONTHS,
                ),
            ],
            (
                "defiwire.example",
                None,
                "Tron has generated $1.8 million in fees over the past twelve months.",
                "$1.8 million",
                1.8e6,
                "exact",
            ),
            "$1.8 million",
            id="twelve months' fees slipped: a stretch meets as long a window",
        ),
    ],
)
def test_a_figure_slipped_within_its_own_windows_length_is_still_named(
    event: str,
    labels: dict[str, str],
    dated: list[tuple[str, str, str, float, tuple[date, date] | str]],
    other: tuple[str, date | None, str, str, float, str],
    suspect: str,
) -> None:
    report = _cluster(event, labels, dated, other)
    assert [f.verdict for f in report.findings] == ["scale_error"]
    assert suspects(report) == [suspect]


def test_a_days_figure_compared_with_a_stretch_is_still_named() -> None:
    other = (
        "cryptonewsz.example",
        date(2025, 3, 12),
        "Ether funds drew $1.05 million, their biggest haul since launch, Farside data show.",
        "$1.05 million",
        1.05e6,
        "exact",
    )
    report = _cluster("eth-since", ETH_IN, _eth_day("$1.05 billion", 1.05e9), other)
    assert suspects(report) == ["$1.05 million"]


def test_undated_totals_of_one_stretch_still_meet_each_other() -> None:
    """Two pages without a period for a five weeks' total, one slipped, beside a day's
    figure: the stretch keeps them from the day, not from each other."""
    labels = BTC_OUT
    day = Story("five-day", "coindesk.com", date(2025, 3, 12), event="five-weeks")
    day.say("Spot bitcoin ETFs shed $3.8 million on Tuesday.")
    a = Story("five-a", "coindesk.com", date(2025, 3, 12), event="five-weeks")
    a.say("Cumulative outflows over the five-week streak reached $3.8 billion.")
    b = Story("five-b", "theblock.co", date(2025, 3, 12), event="five-weeks")
    b.say("Cumulative withdrawals over five straight weeks came to $3.8 billion.")
    c = Story("five-c", "u.today", date(2025, 3, 13), event="five-weeks")
    c.say("Cumulative outflows have reached $3.8 million over five straight weeks.")
    claims = [
        day.claim("$3.8 million", 3.8e6, period=TUESDAY, **labels),  # type: ignore[arg-type]
        a.claim("$3.8 billion", 3.8e9, period=None, **labels),  # type: ignore[arg-type]
        b.claim("$3.8 billion", 3.8e9, period=None, **labels),  # type: ignore[arg-type]
        c.claim("$3.8 million", 3.8e6, period=None, **labels),  # type: ignore[arg-type]
    ]
    report = run(claims, [day, a, b, c])
    assert suspects(report) == ["$3.8 million"]
    assert all(c.claim_id != claims[0].id for f in report.findings for c in f.claims)


def test_the_ground_of_a_comparison_is_no_stretch_of_the_figure() -> None:
    assert not counts_a_stretch(
        "This marks the largest cryptocurrency theft to date, with $1.5 billion stolen."
    )
    assert not counts_a_stretch("Funds lost $1.49 billion, the longest streak since the launch.")
    assert not counts_a_stretch("Outflows of $937.7 million beat December's $680 million mark.")
    assert counts_a_stretch("The funds have drawn $1.6 billion to date, the most of any issuer.")


def test_a_month_named_by_its_possessive_is_a_stretch() -> None:
    assert counts_a_stretch("February's outflows totalled about $3.6 billion.")
    assert counts_a_stretch("The month\u2019s inflows reached $1.2 billion.")
    assert not counts_a_stretch("The day's outflows reached $3.5 million.")
    assert not counts_a_stretch("Mayor's office said the fund lost $1 million.")


def test_a_week_ago_is_no_longer_stretch() -> None:
    assert not counts_a_stretch("Funds took in $1.7 million last week.")
    assert not counts_a_stretch(
        f"On {date(2025, 3, 11) - timedelta(days=1):%B} 10, funds drew $1 million."
    )


def test_a_moment_within_a_stretch_counts_no_stretch() -> None:
    assert not counts_a_stretch("ETH active addresses spiked to a record 1M+ earlier this month.")
    assert counts_a_stretch("ETH funds drew $1 billion this month.")
