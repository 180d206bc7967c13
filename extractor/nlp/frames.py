"""Which dated frame is open over a figure: block-level state read once per text.

A sentence dates its figures with its own words; a table's cell has none, and is dated by
the structure it stands in. A column whose header names a period ("Q3 2025", "2024",
"Sep 30, 2025", "A year earlier") holds that period's figures, whatever the prose above
the table dates; a table turned on its side, whose row labels are periods, holds each
row's figures for its label's period. A header naming a trailing window ("7d", "Fees,
24h", "30d change") holds that window, ending on the day the table's lead line gives (no
lead date, no window); a row label naming a unit's edge ("Hashrate, month-end") under a column of a
period ("Sep 2025") dates the cell on that edge of the column's period, not on the edge
nearest publication. The frames are found once for all the text's tables, and a cell's own
time phrase still wins.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from extractor.nlp.blocks import Cell, change_header, context_cells, header_words
from extractor.nlp.context import Context, Span
from extractor.nlp.layers import Period
from extractor.nlp.period_relative import back, month_end

__all__ = ["Frame", "cell_frame", "table_frames"]


@dataclass(frozen=True, slots=True)
class Frame:
    """A stretch of text (a table cell) and the period the header or label that opens it
    names."""

    span: Span
    period: Period
    opener: Span  # the header or row label that names the period


# a header cell that is a year alone, as filings' and research notes' tables write it
# ("2024", "FY2024", "FY 2023", "Fiscal 2025"); a year in a cell is no figure (blocks.py)
_YEAR_HEADER = re.compile(r"(?i)(?:FY\s?|fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)[*†]?")


def table_frames(ctx: Context) -> list[Frame]:
    """Every table cell a period header or label dates, in text order (computed once)."""
    return ctx.remember("table_frames", None, lambda: _frames(ctx))


def _frames(ctx: Context) -> list[Frame]:
    cells = context_cells(ctx)
    named: dict[Span, Period | None] = {}
    found: list[Frame] = []

    def period_of(opener: Span | None) -> Period | None:
        if opener is None:
            return None
        if opener not in named:
            named[opener] = _named_period(ctx, opener)
        return named[opener]

    for cell in cells:
        if cell.header is None and cell.label is None:
            continue
        label = period_of(cell.label)
        # a header's window ends on the table's day ("24h" under "..., Nov. 20"), not
        # on the day of publication its words alone would resolve to
        header = _header_window(ctx, cell) or period_of(cell.header)
        if cell.label and label and header and (edge := _edge_of(ctx, cell.label, label, header)):
            found.append(Frame(cell.span, edge, cell.label))  # "month-end" under "Sep 2025"
        elif cell.label and label:  # the row's label first (a table on its side)
            found.append(Frame(cell.span, label, cell.label))
        elif cell.header and header:
            found.append(Frame(cell.span, header, cell.header))
    return found


def _edge_of(ctx: Context, label: Span, day: Period, whole: Period) -> Period | None:
    """The edge of the column's period ``whole`` that a row label names as one day with no
    date written ("month-end", "end of quarter": the last day; "start of month": the first),
    read from the day the label resolved to alone: a unit's last or first day; a column of
    one day ("Sep 30, 2025") is that day."""
    if day[0] != day[1] or _DIGIT.search(ctx.text, *label):
        return None
    # only an edge's own words ("month-end", "start of month"): a day that merely falls on
    # one ("yesterday", "Monday" on the 1st of a month) is no edge of the column's period
    kinds = {t.kind for t in ctx.times_in(label) if t.period and t.role == "date"}
    if not kinds or not kinds <= _EDGE_KINDS:
        return None
    if whole[0] == whole[1]:
        return whole
    if day[0] == month_end(day[0]):
        return whole[1], whole[1]
    if day[0].day == 1:
        return whole[0], whole[0]
    return None


_DIGIT = re.compile(r"\d")
_EDGE_KINDS = frozenset({"year_end", "part"})  # "month-end", "quarter-end"; "end of month"
# a window a header names: "7d", "24h", "1w", "3m", "1y" (written in `window_headers`)
_WINDOW = re.compile(r"(?i)(?P<n>\d+)\s*(?P<u>[hdwmy])")
_UNITS = {"h": "hour", "d": "day", "w": "week", "m": "month", "y": "year"}


def _header_window(ctx: Context, cell: Cell) -> Period | None:
    """The trailing window a column's header names ("7d", "Fees, 7d", "24h volume", "YTD"),
    ending on the day the table's lead line gives ("Top chains by TVL, October 17") or on
    its window's last day ("this week"), as "the past seven days" runs."""
    if cell.header is None:
        return None
    words = header_words("window_headers").findall(ctx.text, *cell.header)
    if len(words) != 1:
        return None  # "7d/30d" or two windows: no one period
    end = _table_day(ctx, cell)
    if end is None:
        return None
    if words[0].lower() == "ytd":
        return date(end.year, 1, 1), end
    m = _WINDOW.fullmatch(words[0])
    if m is None:
        return None
    n, unit = int(m["n"]), _UNITS[m["u"].lower()]
    if unit in ("month", "year") and not change_header(ctx.text[cell.header[0] : cell.header[1]]):
        # beside other words "1m" and "1y" are as often a size ("Liquidations over $1m",
        # "1m+ tokens") or a term ahead ("Target (1y)", "3m lock APY") as a trailing window
        return None
    if unit == "hour":
        return end - timedelta(days=max(1, n // 24)), end
    return back(end, n, unit), end


def _table_day(ctx: Context, cell: Cell) -> date | None:
    """The day a table's figures stand on: the end of the one date its lead line gives.
    A lead naming no time leaves the window's end unknown (a newsletter's "7d" is often
    its issue's week, not the seven days to publication): no frame, the prose dates it."""
    if cell.lead is None:
        return None
    dated = [t for t in ctx.times_in(cell.lead) if t.period and t.role == "date"]
    return dated[0].period[1] if len(dated) == 1 and dated[0].period else None


def _named_period(ctx: Context, span: Span) -> Period | None:
    """The one period a header or label cell names, if it names exactly one."""
    text = ctx.text[span[0] : span[1]].strip()
    if m := _YEAR_HEADER.fullmatch(text):
        year = int(m["y"])
        return date(year, 1, 1), date(year, 12, 31)
    dated = [t for t in ctx.times_in(span) if t.period and t.role == "date" and t.end <= span[1]]
    return dated[0].period if len(dated) == 1 and dated[0].period else None


def cell_frame(ctx: Context, pos: int) -> Frame | None:
    """The frame holding ``pos``: the period its cell's header or row label names, unless
    the cell names a time of its own."""
    frames = table_frames(ctx)
    if not frames:
        return None
    starts = ctx.remember("table_frame_starts", None, lambda: [f.span[0] for f in frames])
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0 or not frames[i].span[0] <= pos < frames[i].span[1]:
        return None
    frame = frames[i]
    if any(t.period for t in ctx.times_in(frame.span)):
        return None  # "$48M (Q2)": the cell's own time phrase wins
    return frame
