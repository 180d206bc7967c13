"""Numbers as written: parsing with a scale, the half-step of the last written digit,
and the interval a qualifier allows."""

from __future__ import annotations

import pytest

from extractor.errors import InputError
from extractor.nlp.numbers import bounds, half_step, parse_number

PARSE_ROWS = [
    ("2.65", 1e9, 2_650_000_000.0),  # "$2.65 billion"
    ("1.07", 1e9, 1_070_000_000.0),  # "$1.07bn": no binary noise (1.07 * 1e9 in floats is not)
    ("12.02", 1e6, 12_020_000.0),
    ("60,000", 1.0, 60_000.0),
    ("1,806.5", 1.0, 1_806.5),
    ("1.806", 1e6, 1_806_000.0),
    ("233.50", 1e9, 233_500_000_000.0),
    ("0.9594", 1.0, 0.9594),
    ("585,000", 1.0, 585_000.0),
    ("1.5", 1e12, 1_500_000_000_000.0),
    ("3.4", 1e6, 3_400_000.0),
]


@pytest.mark.parametrize(("text", "factor", "value"), PARSE_ROWS)
def test_parse_number(text: str, factor: float, value: float) -> None:
    assert parse_number(text, factor) == value


@pytest.mark.parametrize("text", ["", "1.2.3", "abc", "$5"])
def test_parse_number_names_the_bad_text(text: str) -> None:
    with pytest.raises(InputError, match="not a number"):
        parse_number(text)


HALF_STEP_ROWS = [
    ("2.65", 0.005),
    ("12.02", 0.005),
    ("0.9594", 0.00005),
    ("233.50", 0.005),  # a written trailing zero after the point is precision
    ("60,000", 5_000),  # a round whole number: "$60,000" is read as rounded
    ("60,030", 5),
    ("585,000", 500),
    ("126,000", 500),
    ("7", 0.5),
    ("5", 0.5),
    ("-14.16", 0.005),
    ("+5.2", 0.05),
]


@pytest.mark.parametrize(("text", "step"), HALF_STEP_ROWS)
def test_half_step(text: str, step: float) -> None:
    assert half_step(text) == pytest.approx(step)


BOUNDS_ROWS = [
    # value, half-step, qualifier → (low, high)
    (2.65e9, 0.005e9, "exact", (2.645e9, 2.655e9)),
    (2.6e9, 0.005e9, "more_than", (2.595e9, None)),
    (1e12, 0.5e12, "less_than", (None, 1.5e12)),
    (1_200, 50, "at_least", (1_150, None)),
    (3e9, 0.5e9, "at_most", (None, 3.5e9)),
    (82, 0.5, "approx", (77.9, 86.1)),  # "around 82%": 5 % of the value beats the half-step
    (9e9, 0.5e9, "approx", (8.5e9, 9.5e9)),  # "about $9 billion": the half-step is wider
    (585_000, 500, "approx", (555_750, 614_250)),
    (0.9594, 0.00005, "exact", (0.95935, 0.95945)),
]


@pytest.mark.parametrize(("value", "step", "qualifier", "expected"), BOUNDS_ROWS)
def test_bounds(
    value: float, step: float, qualifier: str, expected: tuple[float | None, float | None]
) -> None:
    low, high = bounds(value, step, qualifier)
    assert [low, high] == [None if x is None else pytest.approx(x) for x in expected]
