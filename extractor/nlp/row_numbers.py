"""Rank and class numbers that open a table's rows: "| 1 | Ethereum | $98.6bn |", "3 - Secured
lenders | $84.5m | 100%". They number the rows, they are no figures. Told by the table's
structure alone: the first cell of each row is a small whole number, or opens with one and a
dash, dot or bracket before a name, and those numbers count up by one down the table's rows
(a header row or a markdown rule above them aside). A first column of figures that do not
count up ("| 12 | Base |", "| 7 | Solana |") stays, as does a number inside a row's cells, and
so does a first column of bare numbers whose header names what they count ("| Leverage (x) |",
"| Signers |"): only a blank header or a rank or class word ("#", "Rank", "No.", "Tier") heads
bare row numbers ("1. Uniswap" under "Market" numbers its name whatever the header says).

A first column of class bounds is the rows' labels too: "| 0.1-1 |", "| 1-100 |", "| 100-1,000
|" (wallet-size cohorts, claim-size classes), told by the bands meeting, each row's lower bound
the row above's upper one or, for whole numbers, the next one after it ("| 18-29 |", "| 30-44
|": age groups, income bands), with an open end at either edge ("| <0.1 |", "| 10,000+ |",
"| 60+ |").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount import Amount
from extractor.nlp.lines import Line, ListBlocks

# a row's opening number: the whole first cell, or the number before a dash, dot or bracket
# and the row's name ("3 - Secured lenders", "2. Solana", "4) Base")
_OPENING = re.compile(r"(?P<n>\d{1,3})(?:\s*[-–—.)]\s+\S.*)?")
_MIN_ROWS = 2  # a lone numbered row is no numbering
_RULE = re.compile(r"[\s:|-]*")  # a markdown rule's cell: "---", ":--:"


@per_lexicon
def _rank_headers() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("row_number_headers"))


def _numbers_rows(header: str) -> bool:
    """A header cell above a first column of bare numbers that may number the rows: blank,
    a markdown rule, or a rank or class word ("#", "Rank", "No.", "Class"); any other header
    ("Leverage (x)", "Signers needed", "Lock (months)") names a quantity its cells count."""
    written = header.strip().lower()
    return _RULE.fullmatch(written) is not None or written.rstrip(".") in _rank_headers()


# a band's bounds in a row's first cell: "0.1-1", "1,000 - 10,000", "1k-10k BTC", "$0-1,000"
_NUMBER = r"[$€£]?\d[\d,]*(?:\.\d+)?[kKmM]?"
_BAND = re.compile(rf"\s*(?P<lo>{_NUMBER})\s*[-–—]\s*(?P<hi>{_NUMBER})(?:\s+[A-Za-z]{{2,6}})?\s*")
# an open end: "<0.1", "< 1", "10,000+", ">10k", "Over 10,000 BTC" is prose and stays
_OPEN_LOW = re.compile(rf"\s*[<≤]\s*(?P<hi>{_NUMBER})(?:\s+[A-Za-z]{{2,6}})?\s*")
_OPEN_HIGH = re.compile(
    rf"\s*(?:(?P<a>{_NUMBER})\s*\+|[>≥]\s*(?P<b>{_NUMBER}))(?:\s+[A-Za-z]{{2,6}})?\s*"
)
_SCALE = {"k": 1e3, "m": 1e6}


def without_row_numbers(text: str, amounts: list[Amount], lines: Sequence[Line]) -> list[Amount]:
    """``amounts`` without the numbers that number a table's rows or bound its row classes."""
    if not amounts or ("|" not in text and "\t" not in text):
        return amounts
    spans, bands = _row_number_spans(text, lines)
    if not spans and not bands:
        return amounts
    return [
        a
        for a in amounts
        if (a.start, a.end) not in spans and not any(s <= a.start < e for s, e in bands)
    ]


def _row_number_spans(
    text: str, lines: Sequence[Line]
) -> tuple[set[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the numbers that number rows, and the first cells that bound classes."""
    blocks = ListBlocks.read(text, lines)
    found: set[tuple[int, int]] = set()
    bands: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for line in lines:
        if line.kind != "row":
            continue
        bounds = blocks.block(line)
        if bounds in seen:
            continue
        seen.add(bounds)
        rows = blocks.lines[bounds[0] : bounds[1] + 1]
        found.update(_numbering(text, rows))
        bands.extend(_class_bands(text, rows))
    return found, bands


def _bound(written: str) -> float:
    digits = written.lstrip("$€£").replace(",", "")
    factor = _SCALE.get(digits[-1].lower(), 1.0) if digits[-1].isalpha() else 1.0
    return float(digits.rstrip("kKmM")) * factor


def _class_bands(text: str, rows: Sequence[Line]) -> list[tuple[int, int]]:
    """The first cells of a table's rows when they are class bounds that meet (each row's
    lower bound the upper one of the row above), an open end ("<0.1", "10,000+") at either
    edge; rows above them may only be a header or a markdown rule."""
    cells: list[tuple[int, int]] = []
    edges: list[tuple[float | None, float | None]] = []
    for row in rows:
        first = row.cells[0]
        if (band := _BAND.fullmatch(text, *first)) is not None:
            edges.append((_bound(band["lo"]), _bound(band["hi"])))
        elif (low := _OPEN_LOW.fullmatch(text, *first)) is not None and not edges:
            edges.append((None, _bound(low["hi"])))
        elif (high := _OPEN_HIGH.fullmatch(text, *first)) is not None and edges:
            edges.append((_bound(high["a"] or high["b"]), None))
        elif edges:
            return []  # a row of another kind below the bands: no classes
        else:
            continue  # a header or a rule above them
        cells.append(first)
    closed = sum(1 for lo, hi in edges if lo is not None and hi is not None)
    if closed < _MIN_ROWS:
        return []
    meets = all(_follows(a[1], b[0]) for a, b in itertools.pairwise(edges))
    return cells if meets else []


def _follows(upper: float | None, lower: float | None) -> bool:
    """A band's lower bound meets the upper one of the band above: the same number ("0.1-1",
    "1-100"), or the next whole number after a whole one ("18-29", "30-44"; "$0-999",
    "$1,000-4,999")."""
    if upper is None or lower is None:
        return False
    return lower == upper or (upper.is_integer() and lower == upper + 1)


def _numbering(text: str, rows: Sequence[Line]) -> list[tuple[int, int]]:
    """The spans of the opening numbers of a table's rows when they count up by one; rows
    with no opening number may only stand above them (a header, a markdown rule)."""
    numbers: list[tuple[int, tuple[int, int]]] = []
    headers: list[str] = []  # the first cells of the rows above the numbered ones
    bare = True  # every numbered row's first cell is the number alone, no name after it
    for row in rows:
        first = row.cells[0]
        m = _OPENING.fullmatch(text, *first)
        if m is None:
            if numbers:
                return []  # a row of another kind below numbered rows: no numbering
            headers.append(text[first[0] : first[1]])
            continue
        numbers.append((int(m["n"]), m.span("n")))
        bare = bare and m["n"] == m[0]
    if len(numbers) < _MIN_ROWS:
        return []
    if bare and not all(_numbers_rows(h) for h in headers):
        return []  # "Leverage (x)", "Signers needed": a column of quantities, no ranks
    counts_up = all(b[0] == a[0] + 1 for a, b in itertools.pairwise(numbers))
    return [span for _, span in numbers] if counts_up else []
