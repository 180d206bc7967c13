"""Which dated frame is open over a figure: block-level state read once per text.

A sentence dates its figures with its own words; a table's cell has none, and is dated by
the structure it stands in. A column whose header names a period ("Q3 2025", "2024",
"Sep 30, 2025", "A year earlier") holds that period's figures, whatever the prose above
the table dates; a table turned on its side, whose row labels are periods, holds each
row's figures for its label's period. The frames are found once for all the text's
tables, and a cell's own time phrase still wins.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from extractor.nlp.blocks import table_cells
from extractor.nlp.context import Context, Span
from extractor.nlp.layers import Period

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
    cells = ctx.remember("table_cells", None, lambda: table_cells(ctx.text, ctx.lines))
    named: dict[Span, Period | None] = {}
    found: list[Frame] = []
    for cell in cells:
        if cell.header is None and cell.label is None:
            continue
        # the row's label first (a table on its side), else the column's header
        for opener in (cell.label, cell.header):
            if opener is None:
                continue
            if opener not in named:
                named[opener] = _named_period(ctx, opener)
            if (period := named[opener]) is not None:
                found.append(Frame(cell.span, period, opener))
                break
    return found


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
