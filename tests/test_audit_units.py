"""The audit's building blocks: readings, windows and modes, one rule a row."""

from __future__ import annotations

import math
from datetime import date

import pytest
from audit_claims import Story

from extractor.audit.modes import frame, relative_gap
from extractor.audit.readings import Reading, read, significant_digits
from extractor.audit.windows import windows


def reading(
    quote: str,
    value: float,
    sentence: str | None = None,
    qualifier: str = "exact",
    period=(date(2026, 2, 5), date(2026, 2, 6)),
    published=date(2026, 2, 6),
    source: int = 0,
    bounds=None,
) -> Reading:
    story = Story(f"s{source}", f"Outlet {source}", published).say(
        sentence or f"Liquidations reached {quote} in the last 24 hours."
    )
    claim = story.claim(quote, value, qualifier=qualifier, period=period, bounds=bounds)
    found = read(claim, source, claim.sentence)
    found.source = source
    return found


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        ((258.75e6, 258.85e6), (257.5e6, 258.5e6), 0.25e6 / 258.75e6),
        ((93.45e6, 93.55e6), (71.35e6, 71.45e6), 22e6 / 93.45e6),
        ((2.595e9, math.inf), (2.645e9, 2.655e9), 0.0),
        ((-math.inf, 1e12), (0.9e12, 1.1e12), 0.0),
    ],
)
def test_relative_gap(a, b, gap) -> None:
    assert relative_gap(*a, *b) == pytest.approx(gap)
    assert relative_gap(*b, *a) == pytest.approx(gap)


@pytest.mark.parametrize(
    ("quote", "digits"),
    [("$2.65 billion", 3), ("$60,000", 1), ("0.0100%", 3), ("$111,827", 6), ("$1.2B", 2)],
)
def test_significant_digits(quote: str, digits: int) -> None:
    assert significant_digits(quote) == digits


@pytest.mark.parametrize(
    ("quote", "value", "sentence", "qualifier", "bounds", "doubt"),
    [
        ("$66", 66, "BTC held the $66-67K range.", "range", (66, 67000), "a range end"),
        ("$220", 220e6, "Drained $220-223 million.", "range", (220e6, 223e6), "a range end"),
        ("$1.46", 1.46, "Bybit Hack: $1.46 billi", "exact", None, "its scale word is cut off"),
        ("$69", 69, "In late 2021 it rose to $69,00", "exact", None, "its number is cut off"),
        ("$1,0000", 10000, "The fund lost $1,0000 in fees.", "exact", None, "the digits"),
        ("$60,000", 60000, "BTC held the $60,000-$65,000 range.", "range", (6e4, 6.5e4), None),
        ("Rs 28,95,454", 2895454, "Bitcoin traded at Rs 28,95,454.", "exact", None, None),
        ("$2.65 billion", 2.65e9, "The market lost $2.65 billion.", "exact", None, None),
    ],
)
def test_doubtful_readings(quote, value, sentence, qualifier, bounds, doubt) -> None:
    found = reading(quote, value, sentence, qualifier, bounds=bounds).doubtful
    assert (found is None) if doubt is None else (found or "").startswith(doubt)


def test_a_range_whose_ends_are_a_scale_apart_says_nothing_of_this_end() -> None:
    end = reading(
        "$316 billion",
        316e9,
        "Losses ranged from $316 billion to $360 million.",
        "range",
        bounds=(360e6, 316e9),
    )
    assert (end.lo, end.hi) == (316e9, 316e9)


def days(start: str, end: str) -> tuple[date, date]:
    return date.fromisoformat(start), date.fromisoformat(end)


@pytest.mark.parametrize(
    ("a", "b", "published", "same"),
    [
        (days("2026-02-05", "2026-02-06"), days("2026-02-06", "2026-02-07"), (6, 7), True),
        (days("2026-02-05", "2026-02-06"), days("2026-02-07", "2026-02-08"), (6, 8), False),
        (days("2026-02-06", "2026-02-06"), days("2026-02-05", "2026-02-06"), (6, 6), False),
        (days("2026-02-25", "2026-02-25"), days("2026-02-24", "2026-02-26"), (26, 26), False),
        (days("2026-02-01", "2026-02-06"), days("2026-02-01", "2026-02-06"), (6, 9), True),
        (days("2026-03-09", "2026-03-10"), days("2026-03-10", "2026-03-10"), (11, 11), False),
        (days("2026-03-02", "2026-03-02"), days("2026-03-03", "2026-03-03"), (2, 3), False),
    ],
    ids=["24h a day apart", "24h two days apart", "24h vs its day", "day vs 3 days",
         "same explicit", "Mon-Tue vs Tue", "each paper's own day"],
)  # fmt: skip
def test_windows(a, b, published, same) -> None:
    first = reading(
        "$2.65 billion",
        2.65e9,
        period=a,
        published=date(2026, 2 if a[0].month == 2 else 3, published[0]),
    )
    second = reading(
        "$2.6 billion",
        2.6e9,
        period=b,
        published=date(2026, 2 if b[0].month == 2 else 3, published[1]),
        source=1,
    )
    grouped = windows([first, second], as_published=False, slack_days=1)
    assert (len(grouped) == 1) is same


def test_undated_levels_join_their_publication_day_and_flows_stay_out() -> None:
    dated = reading(
        "$3.68 trillion",
        3.68e12,
        period=days("2024-12-19", "2024-12-19"),
        published=date(2024, 12, 19),
    )
    undated = reading(
        "$3.52 trillion", 3.52e12, period=None, published=date(2024, 12, 19), source=1
    )
    assert len(windows([dated, undated], as_published=True, slack_days=1)) == 1
    assert windows([undated], as_published=False, slack_days=1) == []


def test_modes_chain_agreeing_readings_and_bounds_back_the_main_one() -> None:
    drift = [
        reading(f"${v} billion", v * 1e9, source=i) for i, v in enumerate([2.24, 2.31, 2.38, 2.45])
    ]
    bound = reading("$2 billion", 2e9, qualifier="more_than", source=9)
    far = reading("$2 million", 2e6, qualifier="more_than", source=10)
    modes = frame([*drift, bound, far], tolerance=0.05, max_ratio=3.0)
    assert len(modes.modes) == 1 and modes.main is not None
    assert bound in modes.main.bounds and far in modes.violating
    assert modes.main.centre() == 2.31e9  # the low median over four sources
