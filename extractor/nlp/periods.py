"""Date and period expressions found by rules (what each resolves to: ``period_rules``).

Patterns run in priority order and an expression overlapping an earlier one is dropped;
month patterns are tried only around month names, and patterns whose words are absent
are skipped. A date after "since"/"until" bounds a comparison and dates no figure; one
before "peak"/"high" dates that level only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from extractor.nlp.amounts import MONTHS
from extractor.nlp.period_rules import Period, resolve

__all__ = ["Period", "TimeExpr", "default_year", "find_time_expressions"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CAP_MONTHS = "|".join(m.capitalize() for m in MONTHS.split("|"))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "between",
        re.compile(
            rf"(?i)\b(?:between|from)\s+(?P<mon>{MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"\s+(?:and|to|through)\s+(?:(?P<mon2>{MONTHS})\.?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
            r"(?:,?\s+(?P<y>20\d\d))?\b"
        ),
    ),
    (
        "month_range",
        re.compile(
            rf"\b(?P<mon>{_CAP_MONTHS})\s+(?P<y>20\d\d)\s?[–-]\s?(?P<mon2>{_CAP_MONTHS})\s+(?P<y2>20\d\d)\b"
        ),
    ),
    (
        "week_ending",
        re.compile(rf"(?i)\bweek\s+end(?:ing|ed)\s+(?P<mon>{MONTHS})\.?\s+(?P<d>\d{{1,2}})\b"),
    ),
    ("iso", re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    (
        "day_range",
        re.compile(
            rf"\b(?P<mon>{_CAP_MONTHS})\.?\s+(?P<d1>\d{{1,2}})\s?[–-]\s?(?P<d2>\d{{1,2}})"
            r"(?:,?\s+(?P<y>20\d\d))?\b"
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"\b(?P<mon>{_CAP_MONTHS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s?%)"
            r"(?:,?\s+(?P<y>20\d\d)\b)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_CAP_MONTHS})\b"
            r"(?:(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\.)?"  # the stop of "5 Feb." only
            r"(?:,?\s+(?P<y>20\d\d)\b)?"
        ),
    ),
    (
        "quarter",
        re.compile(
            r"(?i)\b(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth)[\s-]quarter)"
            r"(?:\s+(?:of\s+)?(?:FY\s?)?'?(?P<y>20\d\d|\d\d))?\b"
        ),
    ),
    ("month", re.compile(rf"\b(?P<mon>{_CAP_MONTHS})\b(?:\s+(?P<y>20\d\d)\b)?")),
    (
        "window",
        re.compile(
            r"(?i)\b(?:(?:in|over|during|within|for)\s+)?(?:just\s+)?(?:the\s+)?"
            r"(?:(?:past|previous|prior|trailing)\s+(?P<n>\d+|a|one|two|three|four|five|seven)?"
            r"|last\s+(?P<n2>\d+|two|three|four|five|seven))\s*"
            r"-?(?P<u>hours?|days?|weeks?|months?|years?)\b"
        ),
    ),
    (
        "day24",
        re.compile(
            r"(?i)\b(?:24[\s-]?hours?|24h|in\s+(?:a\s+)?single\s+day|in\s+one\s+day|intraday)\b"
        ),
    ),
    (
        "this",
        re.compile(
            r"(?i)\b(?:(?:so\s+far|earlier|later)\s+)?(?P<rel>this|last|the|for\s+the)\s+"
            r"(?P<u>week|month|year|quarter)\b(?!\s+(?:ending|ended|of|before))"
        ),
    ),
    (
        "to_date",
        re.compile(r"(?i)\b(?P<u>week|month|year|quarter)[\s-]to[\s-]date\b|\b(?P<ytd>YTD|MTD)\b"),
    ),
    ("year", re.compile(r"(?i)\b(?:in|during|for|of|throughout)\s+(?P<y>20\d\d)\b")),
    ("numeric", re.compile(r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>20\d\d)\b")),
    ("today", re.compile(r"(?i)\b(?P<w>today|yesterday|tonight|this\s+morning)\b")),
    (
        "day_before",
        re.compile(
            r"(?i)\b(?:a|one)\s+day\s+(?:earlier|before)|\bthe\s+(?:previous|prior)\s+day\b"
            r"|\bthe\s+day\s+before\b"
        ),
    ),
    (
        "weekday",
        re.compile(rf"\b(?P<wd>{'|'.join(w.capitalize() for w in _WEEKDAYS)})(?:’s|'s)?\b"),
    ),
    (
        "now",
        re.compile(
            r"(?i)\b(?:at\s+the\s+time\s+of\s+(?:writing|publication|press)|at\s+press\s+time|"
            r"as\s+of\s+(?:press\s+time|writing)|currently|right\s+now|now|at\s+the\s+moment|"
            r"at\s+current\s+(?:prices|levels))\b"
        ),
    ),
]


# Case-insensitive patterns run faster lower-cased on lower-cased text (same offsets).
_FOLDED = {
    kind: re.compile(p.pattern.replace("(?i)", "").lower().replace("(?p<", "(?P<"))
    for kind, p in _PATTERNS
    if p.pattern.startswith("(?i)") and "\\" + "B" not in p.pattern
}
_MONTH_ANCHOR = re.compile(rf"\b(?:{MONTHS})\b")  # run on lower-cased text
_MONTH_ANCHOR_CI = re.compile(rf"(?i)\b(?:{MONTHS})\b")
# Patterns that contain a month name, with how far before the name a match may start.
_BEFORE_MONTH = {
    "between": 24,
    "month_range": 0,
    "week_ending": 16,
    "day_range": 0,
    "month_day": 0,
    "day_month": 12,
    "month": 0,
}
_MONTH_HINTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words one of which a pattern cannot match without: a substring test skips most regex scans.
_HINTS: dict[str, tuple[str, ...]] = {
    "between": ("between", "from"),
    "month_range": _MONTH_HINTS,
    "week_ending": ("week end",),
    "day_range": _MONTH_HINTS,
    "month_day": _MONTH_HINTS,
    "day_month": _MONTH_HINTS,
    "month": _MONTH_HINTS,
    "quarter": ("q1", "q2", "q3", "q4", "quarter"),
    "window": ("last", "past", "previous", "prior", "trailing"),
    "day24": ("24", "single day", "one day", "intraday"),
    "this": ("week", "month", "year", "quarter"),
    "to_date": ("to-date", "to date", "ytd", "mtd"),
    "numeric": ("/",),
    "today": ("today", "yesterday", "tonight", "this morning"),
    "day_before": ("day",),
    "weekday": ("day",),
    "now": ("now", "current", "time of", "press time", "moment"),
}


@dataclass(slots=True)
class TimeExpr:
    """A date or period expression and what it resolved to (None: unresolvable)."""

    start: int
    end: int
    kind: str
    period: Period | None


_SINCE = re.compile(
    r"(?i)\b(?:since|until|till|by|before)\s+(?:(?:its|the|their|early|late|mid-?|last)\s*)*$"
)


_LEVEL_AFTER = re.compile(r"(?i)\s+(?:peak|high|low|top|bottom|record)\b")


def find_time_expressions(
    text: str, published: date | None, default_year: int | None
) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved; overlapping matches keep the first rule's."""
    found: list[TimeExpr] = []
    taken = _Taken()
    lower = text.lower()
    same_offsets = len(lower) == len(text)
    anchor = _MONTH_ANCHOR.finditer(lower) if same_offsets else _MONTH_ANCHOR_CI.finditer(text)
    months = [m.start() for m in anchor]
    for kind, pattern in _PATTERNS:
        hints = _HINTS.get(kind)
        if hints and not any(h in lower for h in hints):
            continue
        folded = _FOLDED.get(kind) if same_offsets else None
        if kind in _BEFORE_MONTH:
            matches = _near_months(pattern, text, months, _BEFORE_MONTH[kind])
        else:
            matches = list(folded.finditer(lower) if folded else pattern.finditer(text))
        for m in matches:
            if taken.overlaps(m.start(), m.end()):
                continue
            taken.add(m.start(), m.end())
            found.append(_expression(text, kind, m, published, default_year))
    found.sort(key=lambda t: t.start)
    _resolve_day_before(found)
    return found


class _Taken:
    """Disjoint spans already matched, kept sorted: an overlap test is a bisection, not a
    scan of every earlier match (a text of thousands of dates was quadratic)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _near_months(
    pattern: re.Pattern[str], text: str, months: list[int], before: int
) -> list[re.Match[str]]:
    """Matches of a pattern that names a month, looked for only around the month names
    (one scan for the names instead of a full scan per pattern)."""
    seen: dict[int, re.Match[str]] = {}
    for pos in months:
        for m in pattern.finditer(text, max(0, pos - before), min(len(text), pos + 60)):
            if m.start() <= pos < m.end():
                seen.setdefault(m.start(), m)
    return [seen[s] for s in sorted(seen)]


def _expression(
    text: str, kind: str, m: re.Match[str], published: date | None, year: int | None
) -> TimeExpr:
    period = resolve(kind, m, published, year)
    if _LEVEL_AFTER.match(text, m.end()):
        kind = "level"  # "its October peak near $126,000" dates that level only
    elif _SINCE.search(text, max(0, m.start() - 16), m.start()):
        kind, period = "bound", None  # "largest since July 2025" dates no figure
    return TimeExpr(m.start(), m.end(), kind, period)


def _resolve_day_before(found: list[TimeExpr]) -> None:
    """ "a day earlier" is the day before the last single date mentioned before it."""
    last: date | None = None
    for expr in found:
        if expr.kind == "day_before":
            expr.period = (last - timedelta(days=1),) * 2 if last else None
        elif expr.period and expr.period[0] == expr.period[1] and expr.kind != "now":
            last = expr.period[0]


def default_year(text: str) -> int | None:
    """The year dates without one take when the article has no publication date."""
    m = re.search(rf"\b(?:{_CAP_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(20\d\d)\b", text)
    if m:
        return int(m[1])
    m = re.search(r"\b(20\d\d)-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(20\d\d)\b", text)
    return int(m[1] or m[2]) if m else None
