"""Rank and class numbers that open a table's rows: "| 1 | Ethereum | $98.6bn |", "3 - Secured
lenders | $84.5m | 100%". They number the rows, they are no figures. Told by the table's
structure alone: the first cell of each row is a small whole number, or opens with one and a
dash, dot or bracket before a name, and those numbers count up by one down the table's rows
(a header row or a markdown rule above them aside). A first column of figures that do not
count up ("| 12 | Base |", "| 7 | Solana |") stays, as does a number inside a row's cells, and
so does a first column of bare numbers whose header names what they count ("| Leverage (x) |",
"| Signers |"): only a blank header or a rank or class word ("#", "Rank", "No.", "Tier") heads
bare row numbers ("1. Uniswap" under "Market" numbers its name whatever the header says).
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


def without_row_numbers(text: str, amounts: list[Amount], lines: Sequence[Line]) -> list[Amount]:
    """``amounts`` without the numbers that number a table's rows."""
    if not amounts or ("|" not in text and "\t" not in text):
        return amounts
    spans = _row_number_spans(text, lines)
    if not spans:
        return amounts
    return [a for a in amounts if (a.start, a.end) not in spans]


def _row_number_spans(text: str, lines: Sequence[Line]) -> set[tuple[int, int]]:
    blocks = ListBlocks.read(text, lines)
    found: set[tuple[int, int]] = set()
    seen: set[tuple[int, int]] = set()
    for line in lines:
        if line.kind != "row":
            continue
        bounds = blocks.block(line)
        if bounds in seen:
            continue
        seen.add(bounds)
        found.update(_numbering(text, blocks.lines[bounds[0] : bounds[1] + 1]))
    return found


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
