"""Numbers as written: parsing with a scale, the half-step of the last written digit,
and the interval a qualifier allows."""

from __future__ import annotations

import pytest

from extractor.errors import InputError
from extractor.nlp.amount_grammar import vocabulary
from extractor.nlp.numbers import bounds, half_step, parse_number
from extractor.nlp.spelled import read_spelled

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
    ("28,95,454", 1.0, 2_895_454.0),  # Indian grouping: lakh and crore
    ("2,00,017.6", 1.0, 200_017.6),
    ("40\u202f000", 1.0, 40_000.0),  # thin-space groups
    ("2½", 1.0, 2.5),  # a vulgar fraction after the whole number
    ("1½", 1e6, 1_500_000.0),
    ("¾", 1.0, 0.75),
    ("⅔", 1.0, 2 / 3),
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
    ("2½", 0.25),  # half the fraction's unit: a half is written to the nearest half
    ("¾", 0.125),
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


SPELLED_ROWS = [
    # run as written, the words read as one number, its value, and the reading's flags
    ("thirty-four traders", "thirty-four", 34, ""),
    ("one hundred and two wallets", "one hundred and two", 102, ""),
    ("twenty one million four hundred thousand", "twenty one million four hundred thousand",
     21_400_000, "scaled"),
    ("a hundred", "a hundred", 100, ""),
    ("half a million", "half a million", 500_000, "scaled"),
    ("two thirds of a billion", "two thirds of a billion", 2e9 / 3, "scaled"),
    ("one and a half billion", "one and a half billion", 1.5e9, "scaled"),
    ("two-thirds", "two-thirds", 2 / 3, "share"),
    ("a quarter", "a quarter", 0.25, "share"),
    ("half", "half", 0.5, "share"),
    ("twice", "twice", 2, "multiple"),
    ("sevenfold", "sevenfold", 7, "multiple"),
    ("two three", "two", 2, ""),  # not one number: the rest is read again
    ("twenty thirty", "twenty", 20, ""),
    ("three thousand two million", "three thousand two", 3002, ""),
]  # fmt: skip


@pytest.mark.parametrize(("run", "read", "value", "flag"), SPELLED_ROWS)
def test_read_spelled(run: str, read: str, value: float, flag: str) -> None:
    reading = read_spelled(run, vocabulary())
    assert reading is not None
    assert run[: reading.end] == read
    assert reading.value == pytest.approx(value)
    assert [f for f in ("scaled", "share", "multiple") if getattr(reading, f)] == (
        [flag] if flag else []
    )


@pytest.mark.parametrize("run", ["million", "quarter", "third", "a", "and two"])
def test_words_that_are_no_number_alone(run: str) -> None:
    """A scale, "quarter" or "third" alone is a period or a rank, not a number."""
    assert read_spelled(run, vocabulary()) is None
