"""Date and period expressions: found by rules, resolved against the publication date.

Explicit dates ("February 5", "Dec 19, 2025") are parsed by dateparser, once per
(string, base) pair. Windows ("in the last 24 hours", "this week", "so far this
month"), quarters ("Q4 2025") and weekdays ("on Friday": the last such day on or before
publication) are rules of our own: dateparser returns nothing or the wrong day for them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from extractor.nlp.amounts import MONTHS

Period = tuple[date, date]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_NAMES["sept"] = 9
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "single": 1}
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
    taken: list[tuple[int, int]] = []
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
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            found.append(_expression(text, kind, m, published, default_year))
    found.sort(key=lambda t: t.start)
    _resolve_day_before(found)
    return found


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
    period = _resolve(kind, m, published, year)
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


def _resolve(kind: str, m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    resolver = _RESOLVERS.get(kind)
    return resolver(m, pub, year) if resolver else None


def _explicit(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    day = _parse_date(m.group(0), pub, year)
    return (day, day) if day else None


_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(st|nd|rd|th)\b")
_HAS_YEAR = re.compile(r"20\d\d")
_NEUTRAL_BASE = date(2000, 12, 31)  # a leap year's last day: every month and day exists before it


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date) -> date | None:
    import dateparser

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _parse_date(text: str, pub: date | None, year: int | None) -> date | None:
    """An explicit date; one without a year is the last such day on or before publication
    (or in the article's year). dateparser reads each string once, whatever the base."""
    text = _ORDINAL_SUFFIX.sub("", text)
    if _HAS_YEAR.search(text):
        return _dateparser(text, _NEUTRAL_BASE)
    day = _dateparser(text, _NEUTRAL_BASE)  # month and day; the year is decided here
    if day is None or (pub is None and year is None):
        return None
    return _last_on_or_before(day.month, day.day, pub) if pub else _in_year(day, year)


def _last_on_or_before(month: int, day: int, pub: date) -> date | None:
    for y in (pub.year, pub.year - 1):
        try:
            candidate = date(y, month, day)
        except ValueError:  # 29 February
            continue
        if candidate <= pub:
            return candidate
    return None


def _in_year(day: date, year: int | None) -> date | None:
    try:
        return day.replace(year=year) if year else None
    except ValueError:
        return None


def _year_of(m: re.Match[str], pub: date | None, year: int | None) -> int | None:
    y = m.groupdict().get("y")
    if y:
        return int(y) + (2000 if len(y) == 2 else 0)
    return pub.year if pub else year


def _day_range(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    y = _year_of(m, pub, year)
    if y is None:
        return None
    mon = _MONTH_NAMES[m["mon"].lower()]
    try:
        return date(y, mon, int(m["d1"])), date(y, mon, int(m["d2"]))
    except ValueError:
        return None


def _quarter(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    q = int(m["q"]) if m["q"] else _ORDINAL[m["qw"].lower()]
    y = _year_of(m, pub, year)
    if y is None:
        return None
    if not m["y"] and pub and date(y, 3 * q - 2, 1) > pub:
        y -= 1
    return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)


def _month_end(y: int, month: int) -> date:
    return date(y, month, calendar.monthrange(y, month)[1])


def _month(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    mon = _MONTH_NAMES[m["mon"].lower()]
    y = _year_of(m, pub, year)
    if y is None:
        return None
    if not m["y"] and pub and date(y, mon, 1) > pub:
        y -= 1
    end = _month_end(y, mon)
    return date(y, mon, 1), min(end, pub) if pub and not m["y"] and end > pub else end


def _window(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    written = m["n"] or m["n2"]
    if pub is None or (written is None and m["u"].endswith("s")):
        return None  # "over the past months": too vague to date
    n_text = (written or "1").lower()
    n = int(n_text) if n_text.isdigit() else _COUNT.get(n_text, 1)
    unit = m["u"].lower().rstrip("s")
    days = {"hour": n / 24, "day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}[unit]
    return pub - timedelta(days=max(1, round(days))), pub


def _day24(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    return (pub - timedelta(days=1), pub) if pub else None


def _this(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    if pub is None:
        return None
    unit, rel = m["u"].lower(), m["rel"].lower()
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        if rel == "last":
            return monday - timedelta(days=7), monday - timedelta(days=1)
        return monday, pub
    if unit == "month":
        first = pub.replace(day=1)
        if rel == "last":
            prev = first - timedelta(days=1)
            return prev.replace(day=1), prev
        return first, pub
    if unit == "quarter":
        first = date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
        if rel == "last":
            end = first - timedelta(days=1)
            return date(end.year, end.month - 2, 1), end
        return first, pub
    if rel == "last":
        return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
    return date(pub.year, 1, 1), pub


def _to_date(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    if pub is None:
        return None
    unit = (m["u"] or ("year" if (m["ytd"] or "").upper() == "YTD" else "month")).lower()
    if unit == "week":
        return pub - timedelta(days=pub.weekday()), pub
    if unit == "month":
        return pub.replace(day=1), pub
    if unit == "quarter":
        return date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1), pub
    return date(pub.year, 1, 1), pub


def _week_ending(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    end = _parse_date(f"{m['mon']} {m['d']}", pub, year)
    return (end - timedelta(days=end.weekday()), end) if end else None


def _year(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    y = int(m["y"])
    end = date(y, 12, 31)
    return date(y, 1, 1), min(end, pub) if pub else end


def _today(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    if pub is None:
        return None
    day = pub - timedelta(days=1) if m["w"].lower() == "yesterday" else pub
    return day, day


def _weekday(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    if pub is None:
        return None
    back = (pub.weekday() - _WEEKDAYS.index(m["wd"].lower())) % 7
    day = pub - timedelta(days=back)
    return day, day


def _now(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    return (pub, pub) if pub else None


def _between(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    first = _parse_date(f"{m['mon']} {m['d1']}" + (f", {m['y']}" if m["y"] else ""), pub, year)
    second = _parse_date(
        f"{m['mon2'] or m['mon']} {m['d2']}" + (f", {m['y']}" if m["y"] else ""), pub, year
    )
    return (first, second) if first and second and first <= second else None


def _month_range(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    start = date(int(m["y"]), _MONTH_NAMES[m["mon"].lower()], 1)
    end = _month_end(int(m["y2"]), _MONTH_NAMES[m["mon2"].lower()])
    return (start, min(end, pub) if pub else end) if start <= end else None


def _numeric(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """US-style 8/24/2025."""
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return day, day


_RESOLVERS = {
    "numeric": _numeric,
    "between": _between,
    "month_range": _month_range,
    "iso": _explicit,
    "day_range": _day_range,
    "month_day": _explicit,
    "day_month": _explicit,
    "quarter": _quarter,
    "month": _month,
    "window": _window,
    "day24": _day24,
    "this": _this,
    "to_date": _to_date,
    "week_ending": _week_ending,
    "year": _year,
    "today": _today,
    "weekday": _weekday,
    "now": _now,
}
