"""What each kind of date or period expression resolves to, given the publication date.

Explicit dates are parsed by dateparser, once per string: a date without a year is the
last such day on or before publication. Windows ("the last 24 hours"), calendar periods
("last month", "Q4 2025"), weekdays and "today" are arithmetic of our own.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

Period = tuple[date, date]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_NAMES["sept"] = 9
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "single": 1}


def resolve(kind: str, m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """The period a matched expression of ``kind`` names (None: unresolvable)."""
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


def _up_to_publication(start: date, end: date, pub: date | None) -> Period:
    """A period still running at publication ends then; a past or future one stays whole
    (a forecast "in 2027" keeps the year it names)."""
    return (start, pub) if pub and start <= pub < end else (start, end)


def _year(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    y = int(m["y"])
    return _up_to_publication(date(y, 1, 1), date(y, 12, 31), pub)


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
    return _up_to_publication(start, end, pub) if start <= end else None


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
