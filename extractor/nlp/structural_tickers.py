"""Tickers an article establishes by its layout rather than by a bracket or a coin noun.

A table column headed by a token word ("Token | Issuer | Supply", "Asset  Weight", "Product
| Ticker | AuM") names a coin in each upper-case cell under it ("EURQ", "SLVX", "HDBT"), and
a price list of "Label: $price" lines ("ORBX: $1.12 (+4.1%)", or a gainers list's move first:
"GRANDMA: +412%, $38.6M") names one in each label, where the list reads as prices: a label of
it is a coin the article already names, or every line gives a signed change; a period's label ("Q3",
"H1", "FY25") is none. Such a word is then the coin wherever the article writes it in capitals, so
the row's figures and the prose about the coin take it, though the lexicon does not know it.
Acronyms that are never coins ("TVL", "FDV"; ``is_ticker``) and the labels of rows that sum
up or set aside the others ("TOTAL", "OTHERS", "CASH") stay words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.cues import is_ticker
from extractor.nlp.lines import Line
from extractor.nlp.literals import standing_alone

_TICKER = re.compile(r"[A-Z][A-Z0-9]{1,9}")
# a label's value that opens with a money amount: ": $1.12", ": US$0.08", ": €3.10"
_PRICE_VALUE = re.compile(r"[ \t]*[:–—-]?[ \t]*(?:[A-Z]{0,2}\$|[€£¥])[ \t]?\d")
# a label's value that opens with a signed change and gives a money amount after it, as a
# gainers list writes a coin's move before its price or market value: ": +412%, $38.6M"
_MOVE_VALUE = re.compile(
    r"[ \t]*[:–—-]?[ \t]*[+\-−]\d[\d.,]*%[^\n]*?(?:[A-Z]{0,2}\$|[€£¥])[ \t]?\d"
)
# a signed change in the value: "(+4.1%)", ", up 11%", " -2.6%"
_CHANGE = re.compile(r"(?i)(?:[(,]|\s)\s*(?:[+\-−–]\s?\d[\d.,]*%|(?:up|down)\s+\d[\d.,]*\s?%)")
# a period's label, not a coin: "Q3: +18%, $2.1M", "H1", "FY25"
_PERIOD_LABEL = re.compile(r"[QH][1-4]|FY\d{2}(?:\d{2})?")
_RULE = re.compile(r"[\s|:=+-]*-[\s|:=+-]*")
_LIST_MIN = 2  # lines: one "XYZ: $3" line alone is a fact, not a price list


def structural_tickers(text: str, lines: Sequence[Line], known: Collection[int]) -> set[str]:
    """The upper-case words the article's tables and price lists name as coins (``known``:
    where asset names the lexicon or a bracket already read start)."""
    found = set(_table_labels(text, lines))
    for run in _price_runs(text, lines):
        labelled = [(start, word) for start, word, _ in run]
        changes = all(change for _, _, change in run)
        if changes or any(start in known for start, _ in labelled):
            found.update(word for _, word in labelled)
    summary = _summary_labels()  # "TOTAL", "OTHERS", "CASH": rows that are no coin
    return {word for word in found if is_ticker(word) and word.lower() not in summary}


def _table_labels(text: str, lines: Sequence[Line]) -> Iterator[str]:
    """The upper-case cells of the rows under a header cell that is a token word, in its
    column: the label column ("Token | Issuer | Supply") or another ("Product | Ticker |
    AuM", whose rows' tickers name the products the labels describe in words)."""
    headers = ticker_headers()
    columns: set[int] = set()  # the columns of the rows being read headed by a token word
    after_row = False  # whether the line before (a rule line aside) was a row
    for line in lines:
        if _RULE.fullmatch(text, line.start, line.end):
            continue  # "|---|---|": a markdown table's rule under its header
        if line.kind != "row" or not line.cells:
            columns, after_row = set(), False
            continue
        cells = [text[slice(*cell)].strip() for cell in line.cells]
        if not after_row:
            columns = {i for i, cell in enumerate(cells) if cell.lower() in headers}
            after_row = True
            continue
        yield from (
            cells[i] for i in sorted(columns) if i < len(cells) and _TICKER.fullmatch(cells[i])
        )


def _price_runs(text: str, lines: Sequence[Line]) -> Iterator[list[tuple[int, str, bool]]]:
    """Runs of consecutive label lines whose label is one upper-case word and whose value
    opens with a money amount: each line's label start, word and whether it gives a change."""
    run: list[tuple[int, str, bool]] = []
    for line in lines:
        entry = _price_line(text, line)
        if entry is not None:
            run.append(entry)
            continue
        if len(run) >= _LIST_MIN:
            yield run
        run = []
    if len(run) >= _LIST_MIN:
        yield run


def _price_line(text: str, line: Line) -> tuple[int, str, bool] | None:
    if line.kind not in ("label", "item") or line.label is None:
        return None
    start, end = line.label
    word = text[start:end].strip()
    if not _TICKER.fullmatch(word) or _PERIOD_LABEL.fullmatch(word):
        return None
    if not (_PRICE_VALUE.match(text, end, line.end) or _MOVE_VALUE.match(text, end, line.end)):
        return None
    return (
        start + text[start:end].index(word),
        word,
        _CHANGE.search(text, end, line.end) is not None,
    )


def written_again(
    text: str, words: set[str], known: Collection[int]
) -> Iterator[tuple[int, int, str]]:
    """Every place the article writes one of ``words`` in capitals as a word of its own,
    where no asset name is read already."""
    for word in sorted(words):
        for at in standing_alone(text, word, before="$.-"):
            if at not in known:
                yield at, at + len(word), word


@per_lexicon
def ticker_headers() -> frozenset[str]:
    """The header words of a column of tickers ("Ticker", "Token", "Fund"), lower-cased."""
    return frozenset(
        lexicon.listed(lexicon.ASSET_CUES_FILE, "ticker_column_headers", "phrases").phrases
    )


@per_lexicon
def _summary_labels() -> frozenset[str]:
    return frozenset(
        lexicon.listed(lexicon.ASSET_CUES_FILE, "table_summary_labels", "phrases").phrases
    )
