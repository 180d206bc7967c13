"""Where readings of one fact key can be compared: windows of time and news events.

*Windows* (for every verdict): two readings are about one moment or span when their
periods are the same window. A window counted back from the moment of writing ("in the
last 24 hours", "so far this month") may end a day later or earlier in an article
published a day apart; any other period must be equal, and so must two single days. Windows
of different lengths never compare: a week is not a day, and a 24-hour window (two
calendar dates) is not one calendar day. A reading written without a date is a level as
of its article's publication day (metrics whose ``undated`` policy says so) or is in no
window at all: it is never compared across publication days.

*Pools* (for scale slips only): every reading of the key in one news event (the
articles' ``event``), or else of one publication day. Across the windows of a pool only
a figure whose digits are written alike after a factor of 10^3, 10^6 or 10^9 is a slip,
and only between periods of about one length (:func:`by_length`): a year's revenue of
$6.6 billion and a new venue's $6.6 million in a quarter are two honest figures. A figure
filed without a period still names its length when its sentence names a stretch longer
than a week ("this year", "since launch", "February's"): it meets no day's or week's figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from datetime import date, timedelta

from extractor.audit.readings import LENGTH_RATIO, Reading, period_length
from extractor.audit.stretches import STRETCH_DAYS, counts_a_stretch, names_a_week

WEEK_DAYS = 7

Period = tuple[date, date]


def window_of(reading: Reading, as_published: bool) -> Period | None:
    """The period a reading is compared over; None when it is compared in no window."""
    if reading.period is not None:
        return reading.period
    if as_published and reading.published is not None:
        return (reading.published, reading.published)
    return None


def windows(
    readings: Sequence[Reading], as_published: bool, slack_days: int
) -> list[list[Reading]]:
    """Readings grouped by window, in sorted order of their periods.

    Counted-back periods of one length whose ends lie within ``slack_days`` join the
    most common of them (its anchor); a window is never chained further than the slack
    from its anchor. A reading with an explicit period joins the window of that exact
    period.
    """
    by_period: dict[Period, list[tuple[Reading, bool]]] = defaultdict(list)
    counted: dict[Period, int] = defaultdict(int)
    for reading in readings:  # window_of inlined: this runs once per reading of the key
        period = reading.period
        if period is not None:
            # a single calendar day is explicit: "today" in two papers a day apart is two days
            back = period[1] == reading.published and period[0] != period[1]
        elif as_published and reading.published is not None:
            period, back = (reading.published, reading.published), False
        else:
            continue
        by_period[period].append((reading, back))
        counted[period] += back
    anchor_of = _anchors(counted, slack_days)
    frames: dict[Period, list[Reading]] = defaultdict(list)
    for period, members in by_period.items():
        anchor = anchor_of.get(period, period)
        for reading, back in members:
            frames[anchor if back else period].append(reading)
    return [frames[p] for p in sorted(frames)]


def _anchors(counted: dict[Period, int], slack_days: int) -> dict[Period, Period]:
    """Each counted-back period → the anchor period of its window (most common first)."""
    anchors: dict[tuple[int, date], Period] = {}  # (length, end) → anchor
    anchor_of: dict[Period, Period] = {}
    for period in sorted((p for p, n in counted.items() if n), key=lambda p: (-counted[p], p)):
        length = (period[1] - period[0]).days
        home = None
        for shift in range(-slack_days, slack_days + 1):
            home = anchors.get((length, period[1] + timedelta(days=shift)))
            if home is not None:
                break
        if home is None:
            home = anchors[length, period[1]] = period
        anchor_of[period] = home
    return anchor_of


def pools(readings: Sequence[Reading], label: Callable[[Reading], Hashable]) -> list[list[Reading]]:
    """Readings grouped by their pool label (news event, or publication day). The label
    is a reading's article's and publication day's: it is asked once per run of readings
    of one article and day (a fact key's readings come in article order)."""
    found: dict[Hashable, list[Reading]] = defaultdict(list)
    article, published, pool = -1, None, None
    for reading in readings:
        if pool is None or reading.article != article or reading.published != published:
            article, published = reading.article, reading.published
            pool = found[label(reading)]
        pool.append(reading)
    return [p for p in found.values() if len(p) > 1]


def overlap(a: Period | None, b: Period | None, slack_days: int) -> bool:
    """Whether two periods may be about one moment or span: they share a day, give or take
    the slack (a period unknown to either side rules nothing out)."""
    if a is None or b is None:
        return True
    slack = timedelta(days=slack_days)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _one_length(short: int, long: int, slack_days: int) -> bool:
    """Whether two lengths in days are about one (see :func:`readings.one_length`)."""
    return long <= short * LENGTH_RATIO + slack_days


def by_length(readings: Sequence[Reading], slack_days: int) -> list[list[Reading]]:
    """A pool's readings split by the length of their periods (a day and a 24-hour window
    are one length, so are two months; a quarter and a year are not). A reading without a
    period goes with every length, unless its sentence counts a stretch longer than a week
    (``audit_stretches.jsonl``): then it goes only with lengths longer than a week, and
    with the other readings without a period. A reading of fewer days than a week whose
    clause calls it a week's ("this week" counted from Monday, "weekly losses") goes with
    its own length and with a week's. One list when the periods are all of about one
    length and no such stretch is left out.
    """
    known = sorted({period_length(r.period) for r in readings if r.period is not None})
    class_of: dict[int, int] = {}  # each length → the shortest length of its class
    longest: dict[int, int] = {}  # each class's shortest length → its longest length
    start: int | None = None
    for length in known:
        if start is None or not _one_length(start, length, slack_days):
            start = length
        class_of[length] = start
        longest[start] = length
    if not longest or (len(longest) < 2 and max(longest.values()) > STRETCH_DAYS):
        return [list(readings)]  # one length, longer than any stretch's reach: nothing to read
    # a stretch decides a figure's place only beside a class no longer than a week: with
    # every class longer, a figure without a period goes with all of them either way
    stretched = (
        {r.id for r in readings if r.period is None and counts_a_stretch(r.sentence, r.quote)}
        if min(longest.values()) <= STRETCH_DAYS
        else set()
    )
    if len(longest) < 2 and not stretched:
        return [list(readings)]
    # the classes of the known lengths that hold a week's window: a shorter "this week"
    # figure joins them, and never changes how the known lengths chain
    # (read only now: a single list above holds every figure, whatever its clause says)
    weeks = {class_of[n] for n in known if n >= WEEK_DAYS and _one_length(WEEK_DAYS, n, slack_days)}
    weekly = (
        {
            r.id
            for r in readings
            if r.period is not None
            and period_length(r.period) < WEEK_DAYS
            and names_a_week(r.sentence, r.quote)
        }
        if weeks
        else set()
    )
    groups = [
        [
            r
            for r in readings
            if (
                class_of[period_length(r.period)] == start
                if r.period is not None
                else r.id not in stretched
            )
            or (r.id in stretched and length > STRETCH_DAYS)
            or (r.id in weekly and start in weeks)
        ]
        for start, length in longest.items()
    ]
    if stretched and min(longest.values()) <= STRETCH_DAYS:
        # figures without a period still meet each other, whatever stretch they name
        groups.append([r for r in readings if r.period is None])
    return groups
