"""Blocks of text: the cells of a table flattened to lines.

A table reaches the text as one line per row with its cells joined by bars ("BTC |
41,230 BTC | 102.3%", the form HTML pages are read into, and a markdown table's "| a | b
|" rows). A figure in a cell is told by the structure, not by a sentence: what it
measures stands in its column's header, what it is about in its row's label (or the
other way round in a table turned on its side). Each cell knows both, so the linker can
give a figure whose own cell names nothing the reading of its column and row.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context, Span
from extractor.nlp.cues import cue_words
from extractor.nlp.lines import ITEM_MARKER, Line, ListBlocks, abbreviated, read_lines

__all__ = [
    "ITEM_MARKER",
    "Cell",
    "block_row",
    "block_rows",
    "cell_at",
    "cells_before",
    "change_header",
    "context_block_rows",
    "context_cells",
    "header_words",
    "table_cells",
]


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell's span, the header cell above it, the label cell of its row and the
    table's lead line (a short line right above it: "Reserves by asset, Oct. 31:")."""

    span: Span
    header: Span | None
    label: Span | None
    lead: Span | None = None


_RULE = re.compile(r":?-{2,}:?")  # a markdown header's underline cell ("---", ":--:")
# a cell that is a figure, not a name: "$8.1B", "-3.1%", "18,240 BTC", "611 million"
_FIGURE = re.compile(
    r"[~≈]?[-+−]?[$€£]?\d[\d,.]*\s*(?:%|[kKmMbB]n?|[a-zA-Z]{2,8}(?:/[a-zA-Z]{1,3})?)?"
    r"(?:\s+[A-Z]{2,6})?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # a column of a year is a header's name, no figure
_MIN_ROWS = 2  # a header and a row, or two rows
_NAME_MAX = 48  # characters: a longer cell is prose (a description), no column's or row's name


@per_lexicon
def header_words(name: str) -> re.Pattern[str]:
    """The header words of the cue list ``name`` ("change_headers": "MoM", "30d change";
    "window_headers": "7d", "24h"), whole: not inside "7d/30d" or a longer word."""
    return re.compile(rf"(?i)(?<![\w/])(?:{cue_words(name)})(?![\w/])")


def change_header(header: str) -> bool:
    """The header names a change ("30d change", "MoM") or a time window and nothing else
    ("7d", "24h %", "(YTD)"); beside a level's name the window is the level's ("Funding rate
    (24h)" keeps its sign)."""
    if header_words("change_headers").search(header):
        return True
    rest = header_words("window_headers").sub(" ", header)
    return rest != header and not re.search(r"[^\W\d_]", rest)


def _is_figure(text: str, span: Span) -> bool:
    cell = text[span[0] : span[1]]
    return _FIGURE.fullmatch(cell) is not None and _YEAR.fullmatch(cell) is None


def _is_name(text: str, span: Span) -> bool:
    """A short cell that is neither a figure nor a sentence ("Reserve ratio", "USDC")."""
    short = span[1] - span[0] <= _NAME_MAX and not _sentence_end(text[span[0] : span[1]])
    return short and not _is_figure(text, span)


_LAST_WORD = re.compile(r"[\w&.]+(?=\.$)")


def _sentence_end(cell: str) -> bool:
    """The cell ends as a sentence does: a stop, not the dot of an abbreviation that ends a
    header's name ("Fee p.a.", "Chg.", "Avg. cost")."""
    if cell.endswith(("!", "?")):
        return True
    if not cell.endswith("."):
        return False
    word = _LAST_WORD.search(cell)
    return word is None or not abbreviated(word.group().lower())


def naming_cell(text: str, cells: Sequence[Span]) -> int | None:
    """The index of the cell that names a row: its first cell when that is a name, else the
    first name after the figures that open it ("| 3 | BNB Chain | $8.1bn |": a rank)."""
    for i, span in enumerate(cells):
        if _is_name(text, span):
            return i
        if not _is_figure(text, span):
            return None  # a long cell of prose opens the row: it names nothing
    return None


def _is_rule(text: str, cells: list[Span]) -> bool:
    return all(_RULE.fullmatch(text[s:e]) for s, e in cells)


def _table_lead(leads: ListBlocks, first: Line) -> Span | None:
    """The lead line of a table whose first row is ``first`` (lines.ListBlocks): none for a
    table that starts under the rows of another (a header under rows of figures)."""
    if leads.block(first)[0] != leads.index(first):
        return None
    lead = leads.lead(first)
    return None if lead is None else lead.span


def _blank_lines(text: str, above: Line | None, line: Line) -> int:
    """How many blank lines stand between two lines of the layer."""
    return 0 if above is None else max(0, text.count("\n", above.end, line.start) - 1)


def _runs(text: str, lines: Sequence[Line]) -> list[tuple[Line, list[list[Span]]]]:
    """Runs of table rows (a blank line may stand between rows), each as its first row's
    line and its rows' cells."""
    runs: list[list[list[Span]]] = [[]]
    firsts: list[Line | None] = [None]
    above: Line | None = None
    for line in lines:
        if _blank_lines(text, above, line) >= 2 and runs[-1]:
            runs.append([])  # two blank lines end a table
            firsts.append(None)
        above = line
        if line.kind == "row":
            cells = list(line.cells)
            if runs[-1] and _names_only(text, cells) and not _names_only(text, runs[-1][-1]):
                runs.append([])  # a header under rows of figures starts a table of its own
                firsts.append(None)
            if firsts[-1] is None:
                firsts[-1] = line
            if not _is_rule(text, cells):
                runs[-1].append(cells)
        elif runs[-1]:
            runs.append([])
            firsts.append(None)
    return [(f, run) for f, run in zip(firsts, runs, strict=True) if f and len(run) >= _MIN_ROWS]


def _names_only(text: str, cells: list[Span]) -> bool:
    """A row of names, no figure after its first cell: a header."""
    return not any(_is_figure(text, c) for c in cells[1:])


def table_cells(
    text: str, lines: Sequence[Line] | None = None, leads: ListBlocks | None = None
) -> list[Cell]:
    """Every cell of the text's bar tables, in text order. The first row is the header when
    none of its cells is a figure; a row takes headers only when it has as many cells as
    the header (a row that lost an empty cell no longer lines up), and its first cell is
    its label when that is a name, not a figure."""
    found: list[Cell] = []
    layer = read_lines(text) if lines is None else lines
    leads = ListBlocks.read(text, layer) if leads is None else leads
    for first, run in _runs(text, layer):
        header = run[0] if _names_only(text, run[0]) else None
        lead = _table_lead(leads, first)
        for cells in run[1:] if header else run:
            label = cells[0] if _is_name(text, cells[0]) else None
            heads = _heads(header, cells, label)
            for i, span in enumerate(cells):
                head = heads[i]
                head = head if head is not None and _is_name(text, head) else None
                found.append(Cell(span, head, label if i else None, lead))
    return found


def _heads(header: list[Span] | None, cells: list[Span], label: Span | None) -> list[Span | None]:
    """The header cell above each cell of a row: none unless the row has as many cells as
    the header (a row that lost a cell no longer lines up), or one more with a label first
    (an HTML table's empty corner cell, which the page reader drops)."""
    if header is not None and len(cells) == len(header):
        return list(header)
    if header is not None and label is not None and len(cells) == len(header) + 1:
        return [None, *header]
    return [None] * len(cells)


def context_cells(ctx: Context) -> list[Cell]:
    """The table cells of the context's text, read once, on the context's list leads."""
    return ctx.remember(
        "table_cells", None, lambda: table_cells(ctx.text, ctx.lines, ctx.list_blocks)
    )


def _cell_starts(ctx: Context) -> list[int]:
    cells = context_cells(ctx)
    return ctx.remember("table_cell_starts", None, lambda: [c.span[0] for c in cells])


def cell_at(ctx: Context, pos: int) -> Cell | None:
    """The table cell holding ``pos``, if it stands in one."""
    cells = context_cells(ctx)
    if not cells:
        return None
    starts = _cell_starts(ctx)
    i = bisect.bisect_right(starts, pos) - 1
    return cells[i] if i >= 0 and cells[i].span[0] <= pos < cells[i].span[1] else None


def cells_before(ctx: Context, cell: Cell) -> list[Cell]:
    """The cells of ``cell``'s row to its left, nearest first."""
    cells, starts = context_cells(ctx), _cell_starts(ctx)
    i = bisect.bisect_left(starts, cell.span[0]) - 1
    found: list[Cell] = []
    while i >= 0 and "\n" not in ctx.text[cells[i].span[1] : cells[i + 1].span[0]]:
        found.append(cells[i])
        i -= 1
    return found


def block_rows(
    text: str, lines: Sequence[Line], leads: ListBlocks | None = None
) -> list[tuple[Span, Span | None]]:
    """Every line that is a row of a table or an item of a list, in text order, with its
    block's lead line: the line above the table's first row (a heading, "Week of Nov.
    9-13", or a line ending with a colon) or the list's lead (lines.ListBlocks). One pass
    over the lines: a table's lead is found once for all its rows."""
    leads = ListBlocks.read(text, lines) if leads is None else leads
    rows: list[tuple[Span, Span | None]] = []
    table, lead = False, None
    above: Line | None = None
    for line in lines:
        blanks = _blank_lines(text, above, line)
        above = line
        if blanks > 1 or (blanks and not table):
            table = False  # one blank line may stand between a table's header and its rows
        if line.kind == "row":
            lead = lead if table else _table_lead(leads, line)
            table = True
            rows.append((line.span, lead))
        elif line.is_item:
            table = False
            listed = leads.lead(line)
            rows.append((line.span, None if listed is None else listed.span))
        else:
            table = False
    return rows


def context_block_rows(ctx: Context) -> list[tuple[Span, Span | None]]:
    """The table rows and list items of the context's text with their leads, read once."""
    return ctx.remember(
        "block_rows", None, lambda: block_rows(ctx.text, ctx.lines, ctx.list_blocks)
    )


def block_row(ctx: Context, pos: int) -> tuple[Span, Span | None] | None:
    """The table row or list item holding ``pos``, with its block's lead line."""
    rows = context_block_rows(ctx)
    if not rows:
        return None
    starts = ctx.remember("block_row_starts", None, lambda: [r[0][0] for r in rows])
    i = bisect.bisect_right(starts, pos) - 1
    return rows[i] if i >= 0 and rows[i][0][0] <= pos <= rows[i][0][1] else None
