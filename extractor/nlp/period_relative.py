"""What relative time expressions resolve to, counted from the publication date.

The windows follow the corpus conventions: "last week" is the previous Monday–Sunday,
"this week" Monday..publication, "over the past week" the seven days up to publication,
"last month" the previous calendar month, "the last 3 months" the same day three
calendar months back..publication. "Last Friday" is the latest Friday before the
publication day (a week back when said on a Friday); a plain "Friday" is the latest one
on or before it. Without a publication date none of these resolves.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.period_patterns import WEEKDAYS, count_words

Period = tuple[date, date]

_CALENDAR_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120}
STEP = {"last": -1, "this": 0, "next": 1}  # a calendar unit named relative to now


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def shift_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months away; a month's last day stays its month's
    last day ("three months before June 30" is March 31)."""
    index = day.year * 12 + day.month - 1 + months
    y, m = divmod(index, 12)
    last = calendar.monthrange(y, m + 1)[1]
    return date(y, m + 1, last if day == month_end(day) else min(day.day, last))


def count_of(m: re.Match[str]) -> int | None:
    """The count a match writes in its ``n`` (or ``na``) group, in digits or in words."""
    written = m["n"] or m.groupdict().get("na")
    if written is None:
        return None
    return int(written) if written.isdigit() else count_words().get(written.lower())


_ABBREVIATED = {"d": "day", "w": "week", "wk": "week", "mo": "month", "mon": "month", "y": "year",
                "yr": "year"}  # fmt: skip


def _unit(m: re.Match[str]) -> str:
    written = m["u"] or m.groupdict().get("ua") or ""
    if written.lower().startswith("business"):
        return "business day"
    unit = written.lower().split()[-1].rstrip("s")
    return "day" if unit == "session" else _ABBREVIATED.get(unit, unit)


def back(pub: date, n: int, unit: str) -> date:
    """The day ``n`` units before ``pub`` (months, quarters and years by the calendar;
    business days Monday to Friday)."""
    if unit == "business day":
        step = 1 if n >= 0 else -1
        day = pub
        for _ in range(abs(n)):
            day -= timedelta(days=step)
            while day.weekday() >= 5:  # a weekend is no business day
                day -= timedelta(days=step)
        return day
    if unit in _CALENDAR_MONTHS:
        return shift_months(pub, -n * _CALENDAR_MONTHS[unit])
    days = {"minute": 0, "hour": 0, "day": 1, "week": 7, "fortnight": 14}[unit]
    return pub - timedelta(days=n * days)


def calendar_unit(pub: date, unit: str, step: int) -> Period:
    """The whole calendar ``unit`` holding ``pub``, moved by ``step`` units."""
    if unit in ("minute", "hour"):  # "the very last minute": within its day, the day
        return pub, pub
    if unit == "day":
        day = pub + timedelta(days=step)
        return day, day
    if unit == "business day":  # "the next business day": the weekday after, weekends skipped
        day = back(pub, -step, unit)
        return day, day
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    months = _CALENDAR_MONTHS[unit]
    first = date(pub.year, 1 + (pub.month - 1) // months * months, 1) if months <= 12 else None
    if first is None:  # a decade
        first = date(pub.year - pub.year % 10, 1, 1)
    first = shift_months(first, step * months)
    return first, month_end(shift_months(first, months - 1))


def _window(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the past 24 hours", "last 3 months", "the previous quarter", "the next two weeks"."""
    if pub is None:
        return None
    unit, n, word = _unit(m), count_of(m), m["w"].lower()
    # "the following 24 hours" counts on from a time the text told (``periods`` moves it
    # there); without one it is read as the span up to publication
    forward = word in ("next", "coming")
    if n is None:
        if m["u"].lower().endswith("s"):
            return None  # "over the past months": too vague to date
        # "the last week" runs up to publication; "the last quarter" is the calendar one
        rolling = (
            word in ("past", "trailing")
            or (word == "last" and m["the"] and unit != "quarter")
            or unit == "fortnight"  # no calendar fortnight: "last fortnight" is 14 days back
        )
        if not rolling:  # "last month", "the previous quarter": the calendar unit before
            return calendar_unit(pub, unit, 1 if forward else -1)
        n = 1
    if unit in ("minute", "hour"):
        if n * (1 if unit == "hour" else 1 / 60) < 24:
            return pub, pub
        unit, n = "day", max(1, round(n / (24 if unit == "hour" else 1440)))
    if forward:
        return pub, back(pub, -n, unit)
    return back(pub, n, unit), pub


def _span(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "in 12 hours", "over four hours": within the publication day; "in 48 hours" the
    days up to it."""
    n = count_of(m)
    if pub is None or n is None:
        return None
    hours = n / 60 if _unit(m) == "minute" else n
    return (pub if hours < 24 else pub - timedelta(days=max(1, round(hours / 24)))), pub


def _duration(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "a 121% increase in four weeks": the span up to publication (a forecast's span is
    turned forward, and a span beside another date dropped, in ``periods``)."""
    n = count_of(m)
    if pub is None or n is None:
        return None
    return back(pub, n, _unit(m)), pub


def ahead(m: re.Match[str], pub: date) -> Period | None:
    """The span a duration names counted forward from publication ("could double in two
    years")."""
    n = count_of(m)
    return (pub, back(pub, -n, _unit(m))) if n is not None else None


def _day24(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "in the last 24 hours": the day before publication and publication day;
    "intraday": the publication day. "In a single day" or "in the first 24 hours" count
    from an event the text dates elsewhere."""
    if pub is None or m["any"]:
        return None
    return (pub, pub) if m["intraday"] else (pub - timedelta(days=1), pub)


_BACK = ("ago", "before", "earlier", "prior")


def _ago(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "two days ago", "a week ago": that day ("two days later" with no date before it:
    two days after publication). Counted from another date ("three days earlier") it is
    resolved against that date in ``periods``."""
    n = count_of(m)
    if pub is None or n is None:
        return None
    sign = 1 if m["dir"].lower() in _BACK else -1
    day = further(back(pub, sign * n, _unit(m)), m, sign, _unit(m))
    return day, day


def further(day: date, m: re.Match[str], sign: int, unit: str) -> date:
    """``day`` moved by the second part of a count of two units, back (``sign`` 1) or
    forward (-1): "a year and a half", "two weeks and three days"."""
    if m["half"]:
        return _half_more(day, sign, unit)
    written = m["n2"]
    if not written:
        return day
    n2 = int(written) if written.isdigit() else count_words().get(written.lower())
    return day if n2 is None else back(day, sign * n2, m["u2"].lower().rstrip("s"))


def _half_more(day: date, sign: int, unit: str) -> date:
    """The day half a ``unit`` further back (``sign`` 1) or forward (-1) from ``day``: whole
    calendar months for an even number of them (half a year), else half the unit's days in
    ``data/time_units.jsonl``, rounded down (half a month 15, half a quarter 45)."""
    if unit in _CALENDAR_MONTHS and _CALENDAR_MONTHS[unit] % 2 == 0:
        return shift_months(day, -sign * _CALENDAR_MONTHS[unit] // 2)
    return day - timedelta(days=sign * int(_unit_days().get(unit, 0) // 2))


@per_lexicon
def _unit_days() -> dict[str, float]:
    return {u.word: u.days for u in lexicon.time_units()}


def _from_now(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "two weeks from now": that day after publication."""
    n = count_of(m)
    if pub is None or n is None:
        return None
    day = back(pub, -n, _unit(m))
    return day, day


def _in_time(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "in three weeks' time": that day after publication (a forecast)."""
    n = count_of(m)
    if pub is None or n is None:
        return None
    day = back(pub, -n, _unit(m))
    return day, day


def _weekend(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """The latest Saturday–Sunday begun by publication ("next weekend": the coming one)."""
    if pub is None:
        return None
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    if (m["rel"] or "").lower() == "next":
        saturday += timedelta(days=7)
    return saturday, min(saturday + timedelta(days=1), max(pub, saturday))


def _this(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "this week" Monday..publication, "last month" the previous calendar month, "next
    year" the coming one, "later this week" the rest of it after publication."""
    if pub is None:
        return None
    unit, rel = m["u"].lower(), " ".join(m["rel"].lower().split())
    step = {"last": -1, "previous": -1, "prior": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    span = calendar_unit(pub, unit, step)
    if step:
        return span
    if rel.endswith(" the") and unit == "week":  # "for/over the week": seven days up to publication
        return pub - timedelta(days=7), pub
    if (m["pre"] or "").lower() == "later":
        return (pub + timedelta(days=1), span[1]) if span[1] > pub else (pub, pub)
    return span[0], pub


def _to_date(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    if pub is None:
        return None
    abbr = (m["ytd"] or "").upper()
    unit = (m["u"] or {"YTD": "year", "MTD": "month", "QTD": "quarter"}[abbr]).lower()
    return calendar_unit(pub, unit, 0)[0], pub


def _today(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    if pub is None:
        return None
    word = m["w"].lower()
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    if word.startswith("the day before"):
        offset = -2
    elif word.endswith("after tomorrow"):
        offset = 2
    day = pub + timedelta(days=offset)
    return day, day


def _weekday(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    if pub is None:
        return None
    written = (m["wd"] or m["wda"])[:3].lower()
    target = next(i for i, day in enumerate(WEEKDAYS) if day.startswith(written))
    rel = (m["rel"] or "").lower()
    if rel in ("next", "coming"):
        ahead = (target - pub.weekday()) % 7 or 7
        day = pub + timedelta(days=ahead)
    elif rel == "this":
        day = pub - timedelta(days=pub.weekday()) + timedelta(days=target)
    else:
        back_days = (pub.weekday() - target) % 7
        if rel in ("last", "past", "previous") and back_days == 0:
            back_days = 7  # "last Wednesday" said on a Wednesday is the week before's
        day = pub - timedelta(days=back_days)
    return day, day


def _weekday_week(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "Friday last week": that weekday of the calendar week named."""
    if pub is None:
        return None
    step = STEP[m["rel"].lower()]
    day = calendar_unit(pub, "week", step)[0] + timedelta(days=WEEKDAYS.index(m["wd"].lower()))
    return day, day


def _before_last(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "the week before last": the calendar unit two before publication's."""
    return calendar_unit(pub, m["u"].lower(), -2) if pub else None


def _time_last_year(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "this time last year": the same day a year before publication."""
    if pub is None:
        return None
    day = shift_months(pub, -12)
    return day, day


def _now(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    return (pub, pub) if pub else None


RELATIVE = {
    "window": _window,
    "span": _span,
    "duration": _duration,
    "day24": _day24,
    "ago": _ago,
    "from_now": _from_now,
    "in_time": _in_time,
    "weekday_week": _weekday_week,
    "before_last": _before_last,
    "unit_before": lambda m, pub, year: None,  # counted from the unit its sentence names
    "time_last_year": _time_last_year,
    "weekend": _weekend,
    "this": _this,
    "to_date": _to_date,
    "today": _today,
    "weekday": _weekday,
    "now": _now,
}
