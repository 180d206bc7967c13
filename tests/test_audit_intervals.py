"""Intervals, gaps and scale slips between two figures, and when two periods are one window."""

from __future__ import annotations

import math
from datetime import date

import pytest
from audit_claims import Story

from extractor.audit.intervals import Interval, plausible, relative_gap, scale_slip, stated
from extractor.audit.periods import same_window


def figure(quote: str, value: float, qualifier: str = "exact"):
    story = Story("a", "Coinpedia").say(f"Liquidations reached {quote} in 24 hours.")
    return story.claim(quote, value, qualifier=qualifier)


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        ((258.75e6, 258.85e6), (257.5e6, 258.5e6), 0.25e6 / 258.75e6),
        ((93.45e6, 93.55e6), (71.35e6, 71.45e6), 22e6 / 93.45e6),
        ((2.595e9, math.inf), (2.645e9, 2.655e9), 0.0),
        ((-math.inf, 1e12), (0.9e12, 1.1e12), 0.0),
    ],
)
def test_relative_gap(a: tuple[float, float], b: tuple[float, float], gap: float) -> None:
    assert relative_gap(Interval(*a), Interval(*b)) == pytest.approx(gap)
    assert relative_gap(Interval(*b), Interval(*a)) == pytest.approx(gap)


def test_open_bounds_are_capped_only_when_weighing_support() -> None:
    more = figure("$2.60 billion", 2.6e9, "more_than")
    assert stated(more) == Interval(2.595e9, math.inf)
    assert plausible(more, cap=2.0) == Interval(2.595e9, 5.2e9)


@pytest.mark.parametrize(
    ("suspect", "other", "factor"),
    [
        (("$2.65 million", 2.65e6), ("$2.65 billion", 2.65e9), 1000),
        (("$2.6 million", 2.6e6), ("$2.65 billion", 2.65e9), 1000),  # nearly the same digits
        (("$1.46 billion", 1.46e9), ("$1.46 trillion", 1.46e12), 1000),
        (("$66,400", 66400), ("$66.4", 66.4), 0.001),
        (("$1.5 million", 1.5e6), ("$1.5 quadrillion", 1.5e15), 1e9),
        (("$2 million", 2e6), ("$2 billion", 2e9), 1000),  # coarse but the same digits
        (("$2.65 million", 2.65e6), ("$3.1 billion", 3.1e9), None),  # other digits
        (("$2M", 2e6), ("$2,050", 2050), None),  # coarse and only nearly the same
        (("$2.65 million", 2.65e6), ("$26.5 million", 26.5e6), None),  # 10x is not a scale word
        (("$2.65 million", 2.65e6), ("$2.65 million", 2.65e6), None),  # agreement is no slip
    ],
)
def test_scale_slip(suspect, other, factor) -> None:
    found = scale_slip(figure(*suspect), figure(*other), (1e3, 1e6, 1e9), 0.05)
    if factor is None:
        assert found is None
    else:
        assert found is not None and found[0] == pytest.approx(factor)


@pytest.mark.parametrize(
    ("a", "b", "counted", "same"),
    [
        (("2026-02-05", "2026-02-06"), ("2026-02-05", "2026-02-06"), False, True),
        (("2026-02-05", "2026-02-06"), ("2026-02-06", "2026-02-07"), True, True),  # a day apart
        (("2026-02-05", "2026-02-06"), ("2026-02-07", "2026-02-08"), True, False),  # two days
        (("2026-02-05", "2026-02-05"), ("2026-02-06", "2026-02-06"), True, False),  # single days
        (("2026-02-06", "2026-02-06"), ("2026-02-05", "2026-02-06"), True, True),  # Friday vs 24h
        (("2026-02-25", "2026-02-25"), ("2026-02-24", "2026-02-26"), True, False),  # day vs 3 days
        (
            ("2026-02-01", "2026-02-06"),
            ("2026-02-02", "2026-02-06"),
            True,
            True,
        ),  # month/week to date
        (("2026-02-01", "2026-02-06"), ("2025-11-01", "2026-01-31"), True, False),
        (
            ("2026-03-09", "2026-03-10"),
            ("2026-03-10", "2026-03-10"),
            False,
            False,
        ),  # Mon-Tue vs Tue
    ],
)
def test_same_window(a: tuple[str, str], b: tuple[str, str], counted: bool, same: bool) -> None:
    days = [tuple(date.fromisoformat(d) for d in p) for p in (a, b)]
    assert same_window(days[0], days[1], 1, counted) is same
    assert same_window(days[1], days[0], 1, counted) is same
