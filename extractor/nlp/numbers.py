"""Numbers as written: parsing, and the bounds their written precision implies."""

from __future__ import annotations

import math
import unicodedata
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from extractor.errors import InputError

# digit-group separators: commas ("1,806", Indian "28,95,454"), spaces, no-break or thin ones
_GROUPS = str.maketrans("", "", ", \u00a0\u202f\u2009")
# the vulgar fractions Unicode encodes ("½", "¾", "⅔"), and their values
FRACTIONS = {
    ch: Fraction(unicodedata.numeric(ch)).limit_denominator(16)
    for ch in map(chr, [*range(0xBC, 0xBF), *range(0x2150, 0x215F)])
    if 0 < unicodedata.numeric(ch) < 1
}


def parse_number(text: str, factor: float = 1.0) -> float:
    """ "1,806.5" → 1806.5, times ``factor`` without binary rounding noise ("1.07" x 1e9)."""
    if text[-1:] in FRACTIONS:  # "2½", "¾"
        part = FRACTIONS[text[-1]]
        whole = parse_number(text[:-1]) if text[:-1] else 0.0
        return float(
            (Decimal(repr(whole)) + Decimal(part.numerator) / part.denominator)
            * Decimal(repr(factor))
        )
    try:
        digits = text.translate(_GROUPS)
        if factor == 1.0:
            return float(digits)  # correctly rounded, as Decimal's float() is
        return float(Decimal(digits) * Decimal(repr(factor)))
    except (ValueError, InvalidOperation):
        raise InputError(f"not a number: {text!r}") from None


def half_step(text: str) -> float:
    """Half the unit of the last written digit: "2.65" → 0.005, "60,000" → 5000, "7" → 0.5.

    Trailing zeros of a whole number are read as rounding ("$60,000" is a round figure).
    """
    if text[-1:] in FRACTIONS:
        return 0.5 / FRACTIONS[text[-1]].denominator  # "2½" is written to the nearest half
    digits = text.translate(_GROUPS).lstrip("+-−")
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return 0.5 * 10.0**zeros


def bounds(
    value: float, step: float, qualifier: str, approx_share: float = 0.05
) -> tuple[float | None, float | None]:
    """Interval (low, high) a figure allows; None is an open side.

    ``step`` is the half-step in base units. "about" widens to at least ``approx_share``
    of the value; "more than" opens the top, "below" the bottom.
    """
    low, high = value - step, value + step
    if qualifier == "approx":
        spread = max(step, abs(value) * approx_share)
        low, high = value - spread, value + spread
    elif qualifier in ("more_than", "at_least"):
        high = math.inf
    elif qualifier in ("less_than", "at_most"):
        low = -math.inf
    return (None if low == -math.inf else low, None if high == math.inf else high)
