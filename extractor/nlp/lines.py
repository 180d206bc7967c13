"""The line layer: what kind of line each non-blank line of a text is, read once per text.

News text reaches the pipeline one paragraph, heading, list item or table row a line. A
rule that asks "is this line a list item?" or "which cells does this row hold?" reads the
answer here, so every rule means the same by it:

- ``item``: a bulleted or numbered line ("- ", "• ", "1. "), its ``marker`` the bullet;
- ``label``: a short label, its colon and a value ("Longs liquidated: $948M"), its
  ``label`` the words before the colon (a bulleted label line is an ``item`` with both);
  a label whose value is prose ("eBay: If money is no object, ... Good news, though.") is
  a ``prose`` line that keeps its ``label``;
- ``row``: a table row with its ``cells`` (cells set apart by bars, "BTC | $41,230", or by
  tabs);
- ``caption``: a "Source: X" line under a chart or a table;
- ``heading``: a short line with no end punctuation, or a "#" heading;
- ``prose``: any other line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from extractor import lexicon

__all__ = [
    "CAPTION",
    "ITEM_MARKER",
    "Line",
    "LineBounds",
    "LineKind",
    "ListBlocks",
    "caption_source",
    "is_heading",
    "line_at",
    "line_bounds",
    "read_lines",
]

Span = tuple[int, int]
LineKind = Literal["item", "label", "row", "caption", "heading", "prose"]


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: its span, its kind, and the parts its kind has."""

    start: int
    end: int
    kind: str  # a LineKind
    marker: Span | None = None  # the bullet or number of a list item
    label: Span | None = None  # the words before a label line's (or labelled prose's) colon
    cells: tuple[Span, ...] = ()  # a table row's trimmed cells

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def is_item(self) -> bool:
        """A list item or a label line: a line that stands in a list."""
        return self.kind in ("item", "label")


# a list item's marker: a bullet or a number ("- ", "• ", "1. "), then a space and text
ITEM_MARKER = r"(?:[-•●*▪◦·‣–]|\d{1,2}[.)])"
_MARKED = re.compile(rf"[ \t]*(?P<marker>{ITEM_MARKER})[ \t]+(?=\S)")
# a label: a few words before a colon and a value ("Longs liquidated: $948M", "Max pain,
# Feb. 13 expiry: $98,000"); its only dot closes a short word before a number. A line may
# open with the colon of a label a page cut off (": $439 billion versus ...").
_LABEL = re.compile(
    r"[ \t]*(?P<label>(?:[^\s.:|]|(?<=[A-Z][a-z]{2})\.(?=\s\d))"
    r"(?:[^.:|\n]|(?<=[A-Z][a-z]{2})\.(?=\s\d)){0,59}?)[ \t]?:[ \t]+(?=\S)"
    r"|[ \t]*(?P<cut>:)"
)
# an item's label set off by a spaced dash instead of a colon ("2. Bybit – $98 million")
_DASH_LABEL = re.compile(r"[ \t]*(?P<label>[^\s.:|\-–—][^.:|\n–—]{0,40}?)[ \t]+[-–—][ \t]+(?=\S)")
_LABEL_WORDS = 6  # words of the longest label: a longer run before a colon is a sentence
# a caption: "Source: X" anywhere in a short line ("Bitcoin ETF flows. Source: SoSoValue"); its
# provider may be a domain ("mempool.space"), its dots inside a word or before a word in lower
# case ("Marrow & Co. attestation report"; in lower case only, so "Chart: title. Data: X" ends
# the title at its dot), and an initial's dot ("R. J. Tolland")
_PROVIDER = (
    r"(?P<src>(?:[^\n.;|]|\.(?=\w|[ \t]+(?-i:[a-z]))|(?<=\b[A-Za-z])\.(?=[ \t]+[A-Za-z]))"
    r"{2,60}?)\s*\.?\s*$"
)
CAPTION = re.compile(rf"(?i)\bsources?\s*[:\-–]\s*{_PROVIDER}")
# "Data: X", "Data source: X", "Chart: X", "Prices: X" (a price list's provider) opening the
# line or a sentence of it
_NAMED_CAPTION = re.compile(
    rf"(?i)(?:^|(?<=[.)]\s))[ \t]*(?:data(?:[ \t]+sources?)?|charts?|graph|prices|price[ \t]+data)"
    rf"\s*[:\-–]\s*{_PROVIDER}"
)
# "(source: X)" closing a title, maybe with its end mark or a list lead's colon after it
_BRACKETED_CAPTION = re.compile(
    r"(?i)\(\s*sources?\s*[:\-–]\s*(?P<src>(?:[^\n.;|()]|\.(?=\w)){2,60}?)\s*\)[ \t]*[.:]?[ \t]*$"
)
_CAPTION_MAX = 160  # characters: a longer line is prose, not a "Source: X" caption
_HEADING_MAX = 110  # a line this short with no end punctuation reads as a heading
_BAR = re.compile(
    r"(?m)\s\|\s|^[ \t]*\|"
)  # cells are set apart by a bar with spaces, or a leading bar
_TAB = re.compile(r"\S\t+\S")  # or by tabs between text
_LINE = re.compile(r"[^\n]*\S[^\n]*")


def is_heading(line: str) -> bool:
    """A "#" heading, or a short line with no end punctuation."""
    stripped = line.strip().lstrip("#").strip()
    return line.lstrip().startswith("#") or (
        len(stripped) <= _HEADING_MAX and not re.search(r"[.!?:;,\"”]$", stripped)
    )


def caption_source(line: str) -> str | None:
    """The provider a caption line names ("Source: Kroll" → "Kroll"), or None. After "Data:"
    or "Chart:" only names may follow: a chart's title ("Chart: Won volume since January")
    or a label's value ("Data: 4,300 buyers") has words in lower case. A title's bracketed
    source ("Pool shares (source: Poolwatch)") ends at its closing bracket."""
    if m := _BRACKETED_CAPTION.search(line):
        return m["src"].strip()
    line = _without_tail(line)
    if m := CAPTION.search(line):
        return m["src"].strip()
    m = _NAMED_CAPTION.search(line)
    if m is None:
        return None
    src = m["src"].strip()
    if any(w not in _NAME_JOINERS and "." not in w for w in _LOWER_WORD.findall(src)):
        return None
    return src


def _without_tail(line: str) -> str:
    """The caption line up to the end of its provider's part: what follows the name is
    the date its data runs to ("Data: Ledgerline, as of March 3", "Source: Kovalt; data to
    June 30") or a note of its own sentence ("Source: Marrow & Co. attestation report.
    Balances in coin units."), neither of them part of the provider's name."""
    cues = list(_CAPTION_CUE.finditer(line))
    if not cues:
        return line
    cue = cues[-1]  # the provider follows the last cue: "Chart: supply by chain. Source: X"
    tail = _DATE_TAIL.search(line, cue.end())
    end = tail.start() if tail else len(line)
    for stop in _NOTE_STARTS.finditer(line, cue.end(), end):
        word = _WORD_BEFORE.search(line, 0, stop.start())
        if word is None or not abbreviated(word.group().lower()):
            end = stop.start() + 1
            break
    return line[:end]


_CAPTION_CUE = re.compile(
    r"(?i)(?:\bsources?|(?:^|(?<=[.)]\s))[ \t]*(?:data(?:[ \t]+sources?)?|charts?|graph|prices"
    r"|price[ \t]+data))\s*[:\-–]\s*\S"
)
# "..., as of November 17", "; data to June 30", ", as at 12:00 UTC", ", updated weekly"
_DATE_TAIL = re.compile(
    r"(?i)(?:[ \t]*[,;(][ \t]*|[ \t]+)(?:(?:data|figures|prices)[ \t]+)?"
    r"(?:as[ \t]+(?:of|at)|correct[ \t]+as[ \t]+(?:of|at))\b"
    r"|[ \t]*[,;][ \t]*(?:(?:data|figures|prices)[ \t]+)?(?:to|through|until|updated)\b"
)
_NOTE_STARTS = re.compile(r"\.[ \t]+(?=[A-Z])")  # a note's own sentence after the name
_WORD_BEFORE = re.compile(r"[\w&.]+$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")  # "U.S. Department", "J. P. Morgan"


def abbreviated(word: str) -> bool:
    """A word whose dot abbreviates it, so no note's sentence starts after it: a company's
    legal form written with a dot ("Inc.", "Ltd."), another short form ("Bros.", "St.") or
    initials."""
    return word in _abbreviations() or bool(_INITIALS.fullmatch(word))


@lexicon.per_lexicon
def _abbreviations() -> frozenset[str]:
    legal = {p[:-1] for p in lexicon.attribution_phrases("legal_suffixes") if p.endswith(".")}
    return frozenset(legal | set(lexicon.attribution_phrases("dotted_abbreviations")))


_LOWER_WORD = re.compile(r"(?<![\w.&'’-])[a-z][\w.&'’-]*")
_NAME_JOINERS = frozenset({"and", "of", "the", "de", "du", "der", "für", "for"})


def _bar_cells(text: str, start: int, end: int) -> list[Span]:
    """The trimmed cell spans of one bar line (a markdown row's outer bars dropped)."""
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    body_start, body_end = start + lead, start + len(line.rstrip())
    if text.startswith("|", body_start):
        body_start += 1
    if body_end > body_start and text[body_end - 1] == "|":
        body_end -= 1
    return _split(text, body_start, body_end, "|")


def _split(text: str, start: int, end: int, sep: str) -> list[Span]:
    spans: list[Span] = []
    cursor = start
    for i in range(start, end + 1):
        if i == end or text[i] == sep:
            raw = text[cursor:i]
            s = cursor + len(raw) - len(raw.lstrip())
            e = cursor + len(raw.rstrip())
            spans.append((s, max(s, e)))
            cursor = i + 1
    return spans


def _tab_cells(text: str, start: int, end: int) -> list[Span]:
    body = text[start:end]
    lead = len(body) - len(body.lstrip())
    cells = _split(text, start + lead, start + len(body.rstrip()), "\t")
    return [c for c in cells if c[1] > c[0]]


def is_table_row(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a table row: cells set apart by a bar with
    spaces, a leading bar, or tabs between text (what the line layer reads as cells)."""
    return bool(_BAR.search(text, start, end) or _TAB.search(text, start, end))


def _cells(text: str, start: int, end: int) -> list[Span]:
    if _BAR.search(text, start, end):
        return _bar_cells(text, start, end)
    if _TAB.search(text, start, end):
        return _tab_cells(text, start, end)
    return []


def _read(text: str, start: int, end: int) -> Line:
    body = text[start:end]
    if len(body) < _CAPTION_MAX and caption_source(body) is not None:
        return Line(start, end, "caption")
    if len(cells := _cells(text, start, end)) >= 2:
        return Line(start, end, "row", cells=tuple(cells))
    marked = _MARKED.match(text, start, end)
    after = marked.end() if marked else start
    label = _LABEL.match(text, after, end)
    labelled: Span | None = None
    if label and label["label"] is not None and len(label["label"].split()) <= _LABEL_WORDS:
        labelled = label.span("label")
    elif label and label["cut"] is not None and not marked:
        labelled = (label.start("cut"), label.start("cut"))
    dashed = _DASH_LABEL.match(text, after, end) if marked and labelled is None else None
    if dashed and len(dashed["label"].split()) <= _LABEL_WORDS:
        labelled = dashed.span("label")  # "1. Binance - $212 million"
    if marked:
        return Line(start, end, "item", marked.span("marker"), labelled)
    cut = labelled is not None and labelled[0] == labelled[1]  # a list's label cut off
    if labelled is not None and (cut or not _is_prose(text[labelled[1] : end].lstrip(" \t:"))):
        return Line(start, end, "label", label=labelled)
    if labelled is not None:
        return Line(start, end, "prose", label=labelled)  # a paragraph opening with a label
    return Line(start, end, "heading" if is_heading(body) else "prose")


def _is_prose(value: str) -> bool:
    """A label's value that is a sentence of prose ("eBay: If money is no object, ... $2,100.
    Good news, though."): it ends a sentence and runs long or holds a second one. Its line
    is a paragraph that opens with a label, not a list item."""
    value = value.rstrip()
    ends = _SENTENCE_END.search(value) is not None
    return ends and (len(value) > _VALUE_MAX or _NEXT_SENTENCE.search(value) is not None)


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
# a stop after a lower-case word or a figure, then a capital: a second sentence ("U.S." no)
_NEXT_SENTENCE = re.compile(r"[a-z\d%)][.!?][\"”’]?\s+[\"“]?[A-Z]")
_VALUE_MAX = 80  # characters: a longer value ending a sentence is prose, not a list entry


def _aligned(text: str, line: Line) -> list[Span]:
    """The cells of a line whose columns are set apart by runs of two or more spaces
    ("Arbitrum     $2.9B     -4.1%"), when every cell is short (prose is no column)."""
    if line.kind not in ("heading", "prose"):
        return []
    body = text[line.start : line.end]
    lead = len(body) - len(body.lstrip())
    cells: list[Span] = []
    cursor = line.start + lead
    for gap in _COLUMN_GAP.finditer(text, cursor, line.start + len(body.rstrip())):
        cells.append((cursor, gap.start()))
        cursor = gap.end()
    cells.append((cursor, line.start + len(body.rstrip())))
    short = all(e - s <= _CELL_MAX for s, e in cells)
    return cells if len(cells) >= 2 and short else []


_COLUMN_GAP = re.compile(r"[ \t]{2,}")
_CELL_MAX = 40  # characters: a longer run between wide gaps is prose, no table cell


def _with_aligned_rows(text: str, lines: list[Line]) -> None:
    """Lines of two or more space-aligned cells next to a line of as many are table rows:
    one such line alone is a sentence with a wide gap, not a table."""
    cells = [_aligned(text, line) for line in lines]
    for i, found in enumerate(cells):
        if not found:
            continue
        neighbours = [cells[j] for j in (i - 1, i + 1) if 0 <= j < len(cells)]
        if any(len(other) == len(found) for other in neighbours):
            lines[i] = Line(lines[i].start, lines[i].end, "row", cells=tuple(found))


def read_lines(text: str) -> tuple[Line, ...]:
    """Every non-blank line of ``text`` with its kind, in text order."""
    lines = [_read(text, *m.span()) for m in _LINE.finditer(text)]
    if "  " in text or "\t" in text:
        _with_aligned_rows(text, lines)
    return tuple(lines)


def line_at(lines: Sequence[Line], starts: Sequence[int], pos: int) -> Line | None:
    """The line holding ``pos`` (``starts``: the lines' starts), if any."""
    i = bisect.bisect_right(starts, pos) - 1
    return lines[i] if i >= 0 and lines[i].start <= pos <= lines[i].end else None


_MASTHEAD_LINES = 3  # a masthead stands under the headline, maybe after a kicker or byline


def _touch(line: Line, other: Line) -> bool:
    """Whether ``other`` is a table row right above or below ``line``, no blank line between."""
    gap = other.start - line.end if other.start > line.start else line.start - other.end
    return other.kind == "row" and gap <= 1


@dataclass(frozen=True, slots=True)
class LineBounds:
    """Where the line holding a position starts and ends, read from the line layer: the
    span of the non-blank line holding it, or, on a blank line between two, that blank
    line's own bounds (rules that walk up a post or a paragraph step over blank lines)."""

    text: str
    lines: tuple[Line, ...]
    starts: tuple[int, ...]

    def _index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def start(self, pos: int) -> int:
        """The start of the line holding ``pos`` (0 on the first line)."""
        i = self._index(pos)
        if i >= 0 and pos <= self.lines[i].end:
            return self.lines[i].start
        gap = self.lines[i].end if i >= 0 else 0  # a blank line after line ``i``
        return self.text.rfind("\n", gap, pos) + 1

    def masthead_cell(self, pos: int) -> Span | None:
        """The cell holding ``pos`` when its line is a masthead: a row of cells set apart by
        bars ("Ledger Daily | Markets | Tuesday, 3 November 2026") in the text's first lines,
        no row of a table beside it."""
        i = self._index(pos)
        if not 0 <= i < _MASTHEAD_LINES or pos > self.lines[i].end:
            return None
        line = self.lines[i]
        beside = self.lines[max(i - 1, 0) : i] + self.lines[i + 1 : i + 2]
        if line.kind != "row" or any(_touch(line, other) for other in beside):
            return None
        return next((c for c in line.cells if c[0] <= pos <= c[1]), None)

    def end(self, pos: int) -> int:
        """The end of the line holding ``pos`` (its newline, or the end of the text)."""
        i = self._index(pos)
        if i >= 0 and pos <= self.lines[i].end:
            return self.lines[i].end
        stop = self.text.find("\n", pos)  # a blank line: up to the next newline
        return stop if stop >= 0 else len(self.text)


def _block_key(line: Line) -> str:
    """What a line is as part of a block: a table row, a list line (an item or a label
    line, bulleted or not: "Longs liquidated: $948M" stands in its list), or neither."""
    return "row" if line.kind == "row" else "item" if line.is_item else line.kind


@dataclass(frozen=True, slots=True)
class ListBlocks:
    """The lists and tables of a text and the line that leads each, read once from the
    line layer. A block is a run of list lines (items and label lines) or of table rows;
    blank lines between them do not end it. Its lead is the line right above its first
    line (blank lines between) when that line introduces it: a heading (a "#" heading of
    any length, or a short line with no end punctuation: "Week of Nov. 9-13", a table's
    title "Table 1: Won volume by exchange" or "Top chains by TVL (source: DefiLlama)") or
    a line of at most 110 characters ending with a colon ("Reserves as of Nov. 30:"). Every
    rule that asks for a list's or table's lead reads it here."""

    text: str
    lines: tuple[Line, ...]
    starts: tuple[int, ...]
    bounds: tuple[tuple[int, int], ...]

    @classmethod
    def read(cls, text: str, lines: Sequence[Line]) -> ListBlocks:
        layer = tuple(lines)
        keys = [_block_key(line) for line in layer]
        bounds: list[tuple[int, int]] = []
        lo = 0
        for i, key in enumerate(keys):
            if i and keys[i - 1] != key:
                lo = i
            bounds.append((lo, i))
        hi = len(layer) - 1
        for i in range(len(layer) - 1, -1, -1):
            if i < len(layer) - 1 and keys[i + 1] != keys[i]:
                hi = i
            bounds[i] = (bounds[i][0], hi)
        return cls(text, layer, tuple(line.start for line in layer), tuple(bounds))

    def index(self, line: Line) -> int:
        """The index of ``line`` in the layer."""
        return bisect.bisect_left(self.starts, line.start)

    def block(self, line: Line) -> tuple[int, int]:
        """The indices of the first and last line of the block holding ``line``."""
        return self.bounds[self.index(line)]

    def lead(self, line: Line) -> Line | None:
        """The lead line of the list or table holding ``line``, if it has one (None for a
        line that stands in no list or table)."""
        if _block_key(line) not in ("row", "item"):
            return None
        lo, _ = self.block(line)
        above = self.lines[lo - 1] if lo > 0 else None
        if above is None or above.kind in ("item", "row"):
            return None
        body = self.text[above.start : above.end].rstrip()
        if is_heading(body) or (body.endswith(":") and len(body) <= _LEAD_MAX):
            return above
        return None


_LEAD_MAX = 110  # characters: a longer line ending with a colon is prose, not a list's lead


# the bounds of the last few texts read: a text's readers reach them from the text alone
_BOUNDS: dict[str, LineBounds] = {}
_BOUNDS_KEPT = 8


def line_bounds(text: str, lines: Sequence[Line] | None = None) -> LineBounds:
    """The line bounds of ``text``, from its line layer ``lines`` when the caller has read
    it, else read here; kept for the few texts read last."""
    found = _BOUNDS.pop(text, None)  # put back last: the least lately read goes first
    if found is None:
        layer = tuple(lines) if lines is not None else read_lines(text)
        found = LineBounds(text, layer, tuple(line.start for line in layer))
        if len(_BOUNDS) >= _BOUNDS_KEPT:
            del _BOUNDS[next(iter(_BOUNDS))]
    _BOUNDS[text] = found
    return found
