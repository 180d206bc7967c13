"""What each explicit date or calendar period resolves to (relative ones: ``period_relative``).

Explicit dates are read from the pattern's month name and day number (dateparser took
about 2 ms per new date string, more than the rest of an article's extraction; its
``search_dates`` 80 ms an article, reading "$91" as 1991). A date or period written
without a year is the most recent one on or before publication (or in the article's
year when it has no publication date), never a future one; a period still running at
publication ends then, and one after publication (a forecast) keeps the span it names.
"""

from __future__ import annotations

import calendar
import logging
import re
from datetime import date, timedelta

from extractor.lexicon import HolidayEntry
from extractor.nlp.period_patterns import WEEKDAYS, holiday_names, unit_edge_verbs
from extractor.nlp.period_relative import (
    RELATIVE,
    STEP,
    Period,
    count_of,
    month_end,
    shift_months,
)

log = logging.getLogger(__name__)

_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_NAMES["sept"] = 9
_ORDINAL = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 4,  # "the last quarter of 2023"
    "final": 4,
}
_WEEKDAY_OF = {w[:3]: i for i, w in enumerate(WEEKDAYS)}


def resolve(kind: str, m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """The period a matched expression of ``kind`` names (None: unresolvable)."""
    resolver = _RESOLVERS.get(kind) or RELATIVE.get(kind)
    if resolver is None:
        return None
    try:
        return resolver(m, pub, year)
    except (KeyError, ValueError, OverflowError, IndexError) as exc:
        # a form no resolver foresaw loses its own date, never the article's other claims
        log.warning(
            "date %r at %d not resolved: %s: %s", m.group(), m.start(), type(exc).__name__, exc
        )
        return None


def month_of(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(st|nd|rd|th)\b")


def _month_day(m: re.Match[str]) -> tuple[int, int] | None:
    """Month and day of an explicit date's words ("Feb. 5", "5th of February")."""
    day = _day(m["d"])
    return (month_of(m["mon"]), day) if 1 <= day <= 31 else None


def _dated_ci(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "11 sept. 2014", "july 13, 2016": a day, month and year in any case."""
    mon, day = (m["mon"], m["d"]) if m["mon"] else (m["mon2"], m["d2"])
    found = _valid(int(m["y"]), month_of(mon), _day(day))
    return (found, found) if found else None


def _explicit(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """A day written with its month ("Feb. 5", "5 February 2026", "Thursday, May 9")."""
    md = _month_day(m)
    if md is None:
        return None
    weekday = _WEEKDAY_OF.get((m["wd"] or "")[:3].lower())
    day = dated(md[0], md[1], m["y"], pub, year, weekday)
    return (day, day) if day else None


def dated(
    month: int, day: int, y: str | None, pub: date | None, year: int | None, weekday: int | None
) -> date | None:
    """The date of a month and day: in the year written, else the last one on or before
    publication (one falling on ``weekday`` when a weekday is written beside it)."""
    if y:
        return _valid(int(y), month, day)
    if pub is None:
        return _valid(year, month, day) if year else None
    candidates = [d for y2 in range(pub.year, pub.year - 8, -1) if (d := _valid(y2, month, day))]
    past = [d for d in candidates if d <= pub]
    if weekday is not None:  # the latest of the two most recent on that weekday, if either is
        return next((d for d in past[:2] if d.weekday() == weekday), past[0] if past else None)
    return past[0] if past else None


def _valid(y: int, month: int, day: int) -> date | None:
    try:
        return date(y, month, day)
    except ValueError:  # 29 February, 31 April
        return None


def _year_of(y: str | None, pub: date | None, year: int | None) -> int | None:
    if y:
        return int(y) + (2000 if len(y) == 2 else 0)
    return pub.year if pub else year


def _past_year(first: date, pub: date | None) -> int:
    """The year of a period written without one that starts after publication: the one before."""
    return first.year - 1 if pub and first > pub else first.year


def up_to_publication(start: date, end: date, pub: date | None) -> Period:
    """A period still running at publication ends then; a past or future one stays whole
    (a forecast "in 2027" keeps the year it names)."""
    return (start, pub) if pub and start <= pub < end else (start, end)


def _calendar(start: date, end: date, written: bool, pub: date | None) -> Period:
    """A calendar span: shifted a year back if it was written without a year and would
    start after publication, and cut at publication while still running."""
    if not written and pub and start > pub:
        start, end = shift_months(start, -12), month_end(shift_months(end, -12))
    return up_to_publication(start, end, pub)


def _first_year(y: str | None, crosses: bool) -> str | None:
    """The year of a range's first day when the year is written after its last: the one
    before when the range crosses New Year ("from December 30 to January 2, 2026")."""
    return str(int(_year_of(y, None, None) or 0) - 1) if y and crosses else y


def _day_range(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    first_month = month_of(m["mon"])
    last_month = month_of(m["mon2"]) if m["mon2"] else first_month
    return _days_between(m, first_month, last_month, pub, year)


def _day_first_range(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "9-12 June", "from 30 June to 2 July": the month written last is the first day's
    too unless that day has its own."""
    last_month = month_of(m["mon"])
    first_month = month_of(m["mon1"]) if m["mon1"] else last_month
    return _days_between(m, first_month, last_month, pub, year)


def _days_between(
    m: re.Match[str], first_month: int, last_month: int, pub: date | None, year: int | None
) -> Period | None:
    """Days d1 of the first month to d2 of the last, written either order: a last month
    before the first crosses New Year, and a year written after the last day is its own."""
    crosses = last_month < first_month
    first = dated(first_month, _day(m["d1"]), _first_year(m["y"], crosses), pub, year, None)
    if first is None:
        return None
    second = _valid(first.year + crosses, last_month, _day(m["d2"]))
    return (first, second) if second and first <= second else None


def _holiday(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "Christmas", "last Thanksgiving", "Black Friday 2024": that day in the year written,
    else the latest on or before publication ("last": before it, "this": in its year,
    "next": after it), or in the article's year when it has no publication date."""
    entry = holiday_names()[m["h"]]
    rel = (m["rel"] or "").lower()
    if m["y"] or pub is None:
        y = int(m["y"]) if m["y"] else year
        day = _holiday_in(entry, y) if y else None
    elif rel == "this":
        day = _holiday_in(entry, pub.year)
    else:
        days = [_holiday_in(entry, y) for y in (pub.year + 1, pub.year, pub.year - 1)]
        if rel == "next":
            day = min((d for d in days if d > pub), default=None)
        else:
            day = max((d for d in days if d < pub or (d == pub and not rel)), default=None)
    return (day, day) if day else None


def next_holiday(m: re.Match[str], pub: date) -> Period:
    """The first day after ``pub`` a named day falls on ("markets will close on Good
    Friday")."""
    entry = holiday_names()[m["h"]]
    day = min(d for y in (pub.year, pub.year + 1) if (d := _holiday_in(entry, y)) > pub)
    return day, day


def _holiday_in(entry: HolidayEntry, y: int) -> date:
    """The day a named day falls on in year ``y``."""
    if entry.easter is not None:
        return _easter(y) + timedelta(days=entry.easter)
    assert entry.month is not None
    if entry.day is not None:
        return date(y, entry.month, entry.day)
    assert entry.weekday is not None and entry.nth is not None
    if entry.nth > 0:
        first = date(y, entry.month, 1)
        day = first + timedelta(days=(entry.weekday - first.weekday()) % 7 + 7 * (entry.nth - 1))
    else:  # the last such weekday of the month
        last = month_end(date(y, entry.month, 1))
        day = last - timedelta(days=(last.weekday() - entry.weekday) % 7)
    return day + timedelta(days=entry.offset)


def _easter(y: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    L = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * L) // 433
    month = (h + L - 7 * m + 90) // 25
    return date(y, month, (h + L - 7 * m + 33 * month + 19) % 32)


def _day(text: str) -> int:
    return int(_ORDINAL_SUFFIX.sub("", text))


def _quarter(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    q = int(m["qy"] or m["q"] or m["qn"] or _ORDINAL[m["qw"].lower()])
    if m["ry"]:  # "the first quarter of last year"
        if pub is None:
            return None
        start = date(pub.year + STEP[m["ry"].lower()], 3 * q - 2, 1)
        return up_to_publication(start, month_end(shift_months(start, 2)), pub)
    span = _quarter_span(q, m["yq"] or m["y"], pub, year)
    return up_to_publication(*span, pub) if span else None


def _quarter_span(q: int, y: str | None, pub: date | None, year: int | None) -> Period | None:
    """A whole calendar quarter, in the year written or the last one begun by publication."""
    yy = _year_of(y, pub, year)
    if yy is None:
        return None
    start = date(yy, 3 * q - 2, 1)
    if not y and pub and start > pub:
        start = date(yy - 1, 3 * q - 2, 1)
    return start, month_end(shift_months(start, 2))


def _half(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    h = int(m["hy"] or m["h"] or m["hn"] or _ORDINAL[m["hw"].lower()])
    written = m["yh"] or m["y"] or m["y2"]
    y = _year_of(written, pub, year)
    if y is None:
        return None
    start = date(y, 6 * h - 5, 1)
    return _calendar(start, month_end(date(y, 6 * h, 1)), bool(written), pub)


def _month_half(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    month = _month_span(month_of(m["mon"]), m["y"], pub, year)
    if month is None:
        return None
    start, end = month
    middle = start.replace(day=15)
    half = (start, middle) if _ORDINAL[m["hw"].lower()] == 1 else (middle + timedelta(1), end)
    return up_to_publication(*half, pub) if half[0] <= (pub or half[0]) else None


def _month_span(mon: int, y: str | None, pub: date | None, year: int | None) -> Period | None:
    """A whole calendar month, in the year written or the last one begun by publication."""
    yy = _year_of(y, pub, year)
    if yy is None:
        return None
    start = date(yy, mon, 1)
    if not y and pub and start > pub:
        start = date(yy - 1, mon, 1)
    return start, month_end(start)


def _month(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    span = _month_span(month_of(m["mon"]), m["y"], pub, year)
    rel = (m["rel"] or "").lower()
    if span and pub and rel == "next":  # "next March": the first one after publication
        while span[0] <= pub:
            span = shift_months(span[0], 12), month_end(shift_months(span[0], 12))
    elif span and pub and rel == "last" and span[1] >= pub:  # "last March", said in March
        span = shift_months(span[0], -12), month_end(shift_months(span[0], -12))
    return up_to_publication(*span, pub) if span else None


def _month_quarter(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the September quarter": the calendar quarter that ends with that month."""
    span = _quarter_span(month_of(m["mon"]) // 3, m["y"], pub, year)
    return up_to_publication(*span, pub) if span else None


def _month_of_year(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "March last year": that month of the year before publication's (cut at publication)."""
    if pub is None:
        return None
    start = date(pub.year + STEP[m["ry"].lower()], month_of(m["mon"]), 1)
    return up_to_publication(start, month_end(start), pub)


def _weekday_day(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "Tuesday the 19th": the latest 19th on or before publication that is a Tuesday."""
    if pub is None:
        return None
    weekday = _WEEKDAY_OF[m["wd"][:3].lower()]
    month = pub.replace(day=1)
    for _ in range(14):
        day = _valid(month.year, month.month, _day(m["d"]))
        if day and day <= pub and day.weekday() == weekday:
            return day, day
        month = shift_months(month, -1)
    return None


def _months(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "from April to June 2025", "between April and June": first to last month; a year
    written at the end only is the last month's (and the first's, unless it wraps)."""
    mon, mon2 = month_of(m["mon"]), month_of(m["mon2"])
    y, y2 = m["y"], m["y2"]
    if y2 and not y:
        y = str(int(y2) - (1 if mon > mon2 else 0))
    if y:
        start = date(int(y), mon, 1)
        end = month_end(date(int(y2) if y2 else int(y) + (1 if mon2 < mon else 0), mon2, 1))
        return up_to_publication(start, end, pub) if start <= end else None
    last = _month_span(mon2, None, pub, year)
    if last is None:
        return None
    start = date(last[0].year - (1 if mon > mon2 else 0), mon, 1)
    return up_to_publication(start, last[1], pub)


def _period_ending(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the week ending Jan 30", "the quarter ended December 2024": the unit up to that day."""
    mon = month_of(m["mon"])
    if m["d"]:
        end = dated(mon, _day(m["d"]), m["y"], pub, year, None)
    else:
        span = _month_span(mon, m["y"], pub, year)
        end = span[1] if span else None
    if end is None:
        return None
    unit = m["u"].lower()
    if unit == "week":  # the week ended on that day, from its Monday
        return end - timedelta(days=end.weekday()), end
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}.get(unit) or int(
        {"three": 3, "six": 6, "nine": 9, "twelve": 12}.get(unit.split()[0], unit.split()[0])
    )
    return shift_months(end.replace(day=1), 1 - months), end


def _week_from(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the week beginning February 5": seven days from that day, up to publication."""
    start = dated(month_of(m["mon"] or m["mon2"]), _day(m["d"] or m["d2"]), m["y"], pub, year, None)
    return None if start is None else up_to_publication(start, start + timedelta(days=6), pub)


def _months_of(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the first six months of 2024", "the last three months of the year": the first or
    last months of a calendar year (the year written, else publication's or the one before)."""
    n = count_of(m)
    months = (n or 0) * (3 if m["u"].lower().startswith("quarter") else 1)
    y = int(m["y"]) if m["y"] else (pub.year if pub else year)
    if y is None or not 1 <= months <= 12:
        return None
    y -= 1 if m["prev"] and not m["y"] else 0
    first = m["edge"].lower() in ("first", "opening")
    start = date(y, 1, 1) if first else date(y, 13 - months, 1)
    end = month_end(date(y, months, 1)) if first else date(y, 12, 31)
    return up_to_publication(start, end, pub) if start <= (pub or start) else None


_WEEK_OF_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _week_of_month(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the first week of January": its days 1–7 (8–14, ...); "the last week": its last 7."""
    span = _month_span(month_of(m["mon"]), m["y"], pub, year)
    if span is None:
        return None
    k = _WEEK_OF_MONTH.get(m["ord"].lower())
    start = span[1] - timedelta(days=6) if k is None else span[0] + timedelta(days=7 * k)
    if pub and start > pub:
        return None
    return up_to_publication(start, min(start + timedelta(days=6), span[1]), pub)


def _days_of_month(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the first 15 days of May": that month's days 1-15; "the last two weeks": its last 14."""
    span = _month_span(month_of(m["mon"]), m["y"], pub, year)
    n = count_of(m)
    if span is None or not n:
        return None
    days = timedelta(days=n * (7 if m["u"].lower().startswith("week") else 1) - 1)
    first = m["edge"].lower() in ("first", "opening")
    start, end = (span[0], span[0] + days) if first else (span[1] - days, span[1])
    start, end = max(start, span[0]), min(end, span[1])
    if pub and start > pub:
        return None
    return up_to_publication(start, end, pub)


def _days_to(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the seven days to Jan. 30": the days counted back from that day, inclusive."""
    end = dated(month_of(m["mon"]), _day(m["d"]), m["y"], pub, year, None)
    n = count_of(m)
    if end is None or not n:
        return None
    days = n * (7 if m["u"].lower().startswith("week") else 1)
    return end - timedelta(days=days - 1), end


def _days_to_day(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the seven days to Sunday": the days counted back from the latest such day by
    publication, inclusive."""
    n = count_of(m)
    if pub is None or not n:
        return None
    end = pub - timedelta(days=(pub.weekday() - _WEEKDAY_OF[m["wd"][:3].lower()]) % 7)
    days = n * (7 if m["u"].lower().startswith("week") else 1)
    return end - timedelta(days=days - 1), end


def _week_to_day(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the week to Friday": from that week's Monday to the latest such day by publication."""
    if pub is None:
        return None
    end = pub - timedelta(days=(pub.weekday() - _WEEKDAY_OF[m["wd"][:3].lower()]) % 7)
    return end - timedelta(days=end.weekday()), end


def _weekday_span(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "from Monday to Wednesday": the latest such run of days by publication."""
    if pub is None:
        return None
    last = _WEEKDAY_OF[m["wd2"][:3].lower()]
    end = pub - timedelta(days=(pub.weekday() - last) % 7)
    first = _WEEKDAY_OF[(m["wd"] or m["wdb"])[:3].lower()]
    return end - timedelta(days=(end.weekday() - first) % 7), end


def _week_of(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    day = dated(month_of(m["mon"]), _day(m["d"]), m["y"], pub, year, None)
    if day is None:
        return None
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _part(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "early March", "mid-2024", "the end of the year": a part of a month, year or unit."""
    whole = _whole(m, pub, year)
    if whole is None:
        return None
    start, end = whole
    part = " ".join(m["part"].lower().split())
    if part in ("beginning", "start", "first day"):
        return start, start
    if part in ("end", "close", "last day", "final day"):
        written = m["y"] or m["y2"] or m["y3"] or m["u"]
        if pub and end > pub and not written:  # "held $759 million at the end of the first quarter"
            end = month_end(shift_months(end, -12))
        return end, end
    third = {"early": 0, "mid": 1, "middle": 1, "late": 2}[part]
    lo, hi = _third(start, end, third)
    return up_to_publication(lo, hi, pub)


def middle_day(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "by mid-2027", "by the middle of April": the day the unit's first half ends (a
    year's June 30, a month's 15th), as "by the end of 2026" is the unit's last day."""
    whole = _whole(m, pub, year)
    if whole is None:
        return None
    start, end = whole
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        day = date(start.year, 6, 30)
    else:
        day = start + timedelta(days=((end - start).days + 1) // 2 - 1)
    return day, day


def _unit_edge(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "began the month holding 198,200 ETH", "closed 2024 at $93,400": the unit's first or
    last day; the close of a unit not over at publication ("could close the week above
    $4,100") is no day yet: the unit up to publication."""
    whole = _whole(m, pub, year)
    if whole is None:
        return None
    start, end = whole
    if unit_edge_verbs()[m["part"].lower()] == "beginning":
        return start, start
    return up_to_publication(start, end, pub) if pub and end > pub else (end, end)


def unit_of_edge(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """The unit a "unit_edge" match opens ("began the month" → the month, up to
    publication), for figures of its paragraph the edge's day does not date; none for a
    unit's close ("closed 2024 at $3,330 and has lost 40% since": what follows is later)."""
    if unit_edge_verbs()[m["part"].lower()] != "beginning":
        return None
    whole = _whole(m, pub, year)
    return None if whole is None else up_to_publication(*whole, pub)


def whole_of_edge(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """The whole unit of a "unit_edge" match told with "with" ("ended the quarter with",
    "started 2025 with"), up to publication: what a move or a flow told after it spans
    ("closed October with a 4% loss", "ended the week with $1.2 billion of inflows"), while
    a level it held is on the edge's day."""
    if m.groupdict().get("with") is None:
        return None
    whole = _whole(m, pub, year)
    return None if whole is None else up_to_publication(*whole, pub)


def _third(start: date, end: date, third: int) -> Period:
    """Early, mid or late part of a span: a month's days 1–10, 11–20, 21–end; a year's
    January–April, May–August, September–December; a week's Monday–Tuesday,
    Wednesday–Thursday, Friday–Sunday; other spans by thirds of their days."""
    after = end + timedelta(days=1)
    cuts: list[date]
    if (end - start).days == 6 and start.weekday() == 0:
        cuts = [start + timedelta(days=k) for k in (0, 2, 4, 7)]
    elif start.day == 1 and (start.year, start.month) == (end.year, end.month):
        cuts = [start, start.replace(day=11), start.replace(day=21), after]
    elif (start.month, end.month) == (1, 12) and start.year == end.year:
        cuts = [date(start.year, mon, 1) for mon in (1, 5, 9)] + [after]
    else:
        days = (end - start).days + 1
        cuts = [start + timedelta(days=round(days * k / 3)) for k in range(4)]
    return cuts[third], cuts[third + 1] - timedelta(days=1)


def _day_only(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "on the 14th": the last 14th of a month on or before publication."""
    if pub is None:
        return None
    month = pub.replace(day=1)
    for _ in range(3):
        if (day := _valid(month.year, month.month, int(m["d"]))) and day <= pub:
            return day, day
        month = shift_months(month, -1)
    return None


def _whole(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """The month, year or calendar unit a part of is taken of (uncut at publication)."""
    if m["mon"]:
        return _month_span(month_of(m["mon"]), m["y"], pub, year)
    if m["y2"]:
        y = int(m["y2"])
        return date(y, 1, 1), date(y, 12, 31)
    if m["q"] or m["qw"]:
        return _quarter_span(int(m["q"] or _ORDINAL[m["qw"].lower()]), m["y3"], pub, year)
    if pub is None:
        return None
    unit, rel = m["u"].lower(), (m["rel"] or "this").lower()
    step = STEP.get(rel, 0)
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    first = date(pub.year, 1 + (pub.month - 1) // months * months, 1)
    first = shift_months(first, step * months)
    return first, month_end(shift_months(first, months - 1))


def _year_end(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "year-end 2025", "by year-end", "month-end": the last day of that unit."""
    unit = m["u"].lower()
    if m["y"]:
        y = int(m["y"])
        return (date(y, 12, 31),) * 2 if unit == "year" else None
    base = pub or (date(year, 12, 31) if year else None)
    if base is None:
        return None
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    first = date(base.year, 1 + (base.month - 1) // months * months, 1)
    end = month_end(shift_months(first, months - 1))
    return end, end


def _century(yy: int, pub: date | None) -> int:
    """A two-digit year in the century that puts it nearest publication ("FY99" is 1999,
    "FY27" 2027 in a 2026
    story; this century's with no date of publication)."""
    if pub is None:
        return 2000 + yy
    return min((pub.year // 100 * 100 + k + yy for k in (-100, 0, 100)),
               key=lambda y: abs(y - pub.year))  # fmt: skip


def _year(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    y = int(m["y"]) if m["y"] else _century(int(m["yy"]), pub)  # "FY25", "FY99"
    return up_to_publication(date(y, 1, 1), date(y, 12, 31), pub)


def _year_span(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    y, y2 = int(m["y"]), int(m["y2"])
    return up_to_publication(date(y, 1, 1), date(y2, 12, 31), pub) if y <= y2 else None


def _year_range(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "2020-2021", "the 2022-23 cycle": the years from one to the next ones, a few at
    most ("2020-2100" is a range of counts, not of news years)."""
    y = int(m["y"])
    y2 = int(m["y"][:2] + m["y2"]) if len(m["y2"]) == 2 else int(m["y2"])
    if not 0 < y2 - y <= _YEARS_RANGED:
        return None
    return up_to_publication(date(y, 1, 1), date(y2, 12, 31), pub)


_YEARS_RANGED = 10


def _iso(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    day = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    return (day, day) if day else None


def _numeric(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """12/03/2024 month first as US news writes it; 13/03/2024 can only be day first;
    03.02.2026 with dots is day first, as European news writes it."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:  # "3/3/94": the latest such year not after publication
        y += 2000 if 2000 + y <= (pub.year if pub else 2049) else 1900
    month, day = (b, a) if a > 12 or (m["sep"] == "." and b <= 12) else (a, b)
    found = _valid(y, month, day)
    return (found, found) if found else None


_RESOLVERS = {
    "numeric": _numeric,
    "dated_ci": _dated_ci,
    "between": _day_range,
    "month_between": _months,
    "month_span": _months,
    "months_of": _months_of,
    "period_ending": _period_ending,
    "week_of_month": _week_of_month,
    "days_of_month": _days_of_month,
    "days_to": _days_to,
    "days_to_day": _days_to_day,
    "week_to_day": _week_to_day,
    "weekday_marks": _weekday_span,
    "weekday_span": _weekday_span,
    "week_of": _week_of,
    "iso": _iso,
    "day_range": _day_range,
    "holiday": _holiday,
    "day_first_range": _day_first_range,
    "month_day": _explicit,
    "weekday_day": _weekday_day,
    "day_month": _explicit,
    "month_half": _month_half,
    "half": _half,
    "day_only": _day_only,
    "quarter": _quarter,
    "part": _part,
    "day_of": _part,
    "unit_edge": _unit_edge,
    "year_end": _year_end,
    "month_quarter": _month_quarter,
    "month_of_year": _month_of_year,
    "month": _month,
    "year_span": _year_span,
    "year_range": _year_range,
    "week_from": _week_from,
    "year_noun": _year,
    "year_described": _year,
    "year": _year,
}
