"""A claim as the audit weighs it: a compact reading of one figure.

A reading keeps what the verdicts need (the interval the words allow, the period, whether
the figure can be trusted as read) and what a finding cites (quote, sentence, place), and
nothing else, so a million of them fit in memory.

Three kinds of interval:

- *stated*: ``lo``–``hi`` from the claim's ``low``/``high`` (its written precision and
  qualifier), open sides infinite: what the text strictly says;
- *bound*: "more than X" is a lower bound only and "below X" an upper bound only; a bound
  never sets a centre, it is only checked against one;
- *point*: the figure itself, its digits as written.

A reading is *doubtful* when what we read may not be what the outlet wrote: a range end
that borrows its scale word from the other end ("$66" of "$66-67K"), a number whose digit
groups are malformed ("1,0000"), or a figure whose text is cut off ("$1.46 billi", "$69,00"
at the end of an excerpt). A doubtful reading never backs a figure against another; one
whose scale word or digits we did not read whole is never named as a slipped scale word.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from sys import intern

from extractor.models import Claim, Qualifier

LOWER = {"more_than", "at_least"}
UPPER = {"less_than", "at_most"}

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SCALE_MARK = re.compile(
    r"\d\s*(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|[kmbt])(?![a-z])", re.IGNORECASE
)
_GROUPS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_LAKH = re.compile(r"^\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?$")  # Indian grouping: 28,95,454
_MORE_DIGITS = re.compile(r"^[.,]\d")  # "$69,00" read as "$69": the text stops mid-number
_CUT_SCALE = re.compile(
    r"^\s?(?:b|bi|bil|bill|billi|billio|m|mi|mil|mill|milli|millio|tr|tri|tril|trill|trilli|trillio)(?![a-z])",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Reading:
    """One claim, compact: interval, period, publication day, and what a finding cites."""

    id: str
    article: int  # index into the audit's article table
    quote: str
    start: int
    end: int
    sentence: str
    value: float
    unit: str
    metric: str
    side: str | None
    asset: str | None
    venue: str | None
    low: float | None
    high: float | None
    qualifier: Qualifier
    lo: float  # stated interval; -inf/inf for an open side
    hi: float
    period: tuple[date, date] | None
    published: date | None
    precision: float  # how coarsely written: its bounds' distance from it, relative (0: exact)
    source: int = -1  # independent source (an article index), set once sources are known
    context: float = math.nan  # log10 size of the figures of its kind beside it (see below)
    _doubt: str | bool | None = False  # False until worked out (most readings never need it)
    _digits: int = -1

    @property
    def doubtful(self) -> str | None:
        """Why the figure may be misread, or None."""
        if self._doubt is False:
            self._doubt = doubt(
                self.quote, self.sentence, self.qualifier, self.value, self.low, self.high
            )
        return self._doubt  # type: ignore[return-value]

    @property
    def digits(self) -> int:
        """Significant digits written ("2.65" → 3, "$60,000" → 1)."""
        if self._digits < 0:
            self._digits = significant_digits(self.quote)
        return self._digits

    @property
    def lower_only(self) -> bool:
        """ "More than X": a lower bound, not a value."""
        return self.qualifier in LOWER or (math.isinf(self.hi) and not math.isinf(self.lo))

    @property
    def upper_only(self) -> bool:
        """ "Below X": an upper bound, not a value."""
        return self.qualifier in UPPER or (math.isinf(self.lo) and not math.isinf(self.hi))

    @property
    def bounded(self) -> bool:
        """A value the text pins down (both sides finite)."""
        return math.isfinite(self.lo) and math.isfinite(self.hi)


# A claim's fields read from its ``__dict__`` in one lookup: a pydantic model's attribute
# access costs about 1.7 times as much per field, and this runs once per claim.
_FIELDS = itemgetter(
    "id", "quote", "start", "end", "value", "unit", "metric", "side", "asset", "venue", "low",
    "high", "qualifier", "period_start", "period_end", "published",
)  # fmt: skip


def read(claim: Claim, article: int, sentence: str, published: date | None = None) -> Reading:
    """The reading of a claim; ``sentence`` is the claim's sentence, shared between claims,
    and ``published`` its publication day, when the caller knows it already."""
    # one pass over the claim's fields, no helper calls: this runs once per claim
    (ident, quote, at, until, value, unit, metric, side, asset, venue, low, high, qualifier,
     start, end, stamp) = _FIELDS(claim.__dict__)  # fmt: skip
    lo = low if low is not None else -math.inf
    hi = high if high is not None else math.inf
    if qualifier == "range" and lo > 0 and hi >= 10 * lo:
        lo = hi = value  # ends a scale apart: the range says nothing of this end
    if published is None and stamp is not None:
        published = stamp.date()
    if value:  # how coarsely written: its bounds' farthest distance from it, relative
        below = abs(value - low) if low is not None else 0.0
        above = abs(high - value) if high is not None else 0.0
        precision = (above if above > below else below) / abs(value)  # max(), without a call
    else:
        precision = 0.0
    return Reading(
        ident,
        article,
        quote,
        at,
        until,
        sentence,
        value,
        intern(unit),  # labels repeat across a million claims: one string each
        intern(metric),
        None if side is None else intern(side),
        None if asset is None else intern(asset),
        None if venue is None else intern(venue),
        low,
        high,
        qualifier,
        lo if lo < value else value,
        hi if hi > value else value,
        (start, end) if start is not None and end is not None else None,
        published,
        precision,
    )


def significant_digits(quote: str) -> int:
    """Digits that carry information in the written number: "2.65" 3, "60,000" 1, "0.0100" 3."""
    number = _NUMBER.search(quote)
    if number is None:
        return 0
    text = number.group(0).replace(",", "")
    whole, _, fraction = text.partition(".")
    if fraction:
        return len((whole + fraction).lstrip("0")) or 1
    return len(whole.strip("0")) or 1


def doubt(
    quote: str,
    sentence: str,
    qualifier: str,
    value: float,
    low: float | None,
    high: float | None,
) -> str | None:
    """Why the figure as read may not be what the outlet wrote, or None."""
    number = _NUMBER.search(quote)
    if number is None:
        return None
    if qualifier == "range" and _borrowed_scale(quote, number.group(0), value, low, high):
        return "a range end that shares its scale word with the other end"
    digits = number.group(0)
    if "," in digits and not (_GROUPS.match(digits) or _LAKH.match(digits)):
        return f"the digits “{digits}” are not grouped as a number is written"
    at = sentence.find(quote)
    rest = sentence[at + len(quote) : at + len(quote) + 12] if at >= 0 else ""
    if _CUT_SCALE.match(rest):
        return "its scale word is cut off"
    if _MORE_DIGITS.match(rest):
        return "its number is cut off"
    return None


def _borrowed_scale(
    quote: str, digits: str, value: float, lo: float | None, hi: float | None
) -> bool:
    """A range end without a scale word of its own whose range spans scales, or is scaled."""
    if _SCALE_MARK.search(quote):
        return False
    try:
        written = float(digits.replace(",", ""))
    except ValueError:
        return False
    scaled = written and abs(value / written) >= 1e3
    spans = lo is not None and hi is not None and lo > 0 and hi / lo >= 10
    return bool(scaled or spans)


def set_context(readings: list[Reading]) -> None:
    """Give each reading of one article the size of the figures of its kind beside it.

    The figures of one metric and unit in one sentence ("$105 million on Tuesday, $133
    million on Wednesday and $166 million on Thursday") are alike in size; a slipped scale
    word leaves one of them a thousand times off its neighbours. ``context`` is the median
    log10 size of a reading's neighbours (NaN without any).
    """
    kinds: dict[tuple[str, str, str], list[Reading]] = {}
    for reading in readings:
        if reading.value:
            kinds.setdefault((reading.sentence, reading.metric, reading.unit), []).append(reading)
    for members in kinds.values():
        if len(members) < 2:
            continue
        # the low median of the others, from one sort: leaving out a figure at or below
        # the middle moves the median one place up (equal sizes give the same median)
        sizes = [math.log10(abs(r.value)) for r in members]
        ordered = sorted(sizes)
        middle = (len(ordered) - 2) // 2
        for reading, size in zip(members, sizes, strict=True):
            below = bisect_left(ordered, size)
            reading.context = ordered[middle] if middle < below else ordered[middle + 1]


LENGTH_RATIO = 1.25  # periods of one length: a month of 28 to 31 days, a quarter, a year


def one_length(a: tuple[date, date] | None, b: tuple[date, date] | None, slack: int = 1) -> bool:
    """Whether two periods are of about one length (a day and a 24-hour window, two
    months; not a quarter and a year); a period unknown to either side rules nothing out."""
    if a is None or b is None:
        return True
    short, long = sorted((period_length(a), period_length(b)))
    return long <= short * LENGTH_RATIO + slack


def period_length(period: tuple[date, date]) -> int:
    """A period's length in days, both ends counted."""
    return (period[1] - period[0]).days + 1
