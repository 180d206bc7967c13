"""The line layer: each non-blank line's kind (list item, label line, table row, caption,
heading, prose) and its parts, read once per text and shared by every rule that asks."""

from __future__ import annotations

import pytest

from extractor import load
from extractor.nlp.lines import Line, read_lines


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(line.kind, text[line.start : line.end]) for line in read_lines(text)]


def _part(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("line", "kind", "marker", "label"),
    [
        # bullets and numbers of every shape a page turns into text
        ("• Longs liquidated: $612 million", "item", "•", "Longs liquidated"),
        ("- Spot ETF inflows topped $400 million on Tuesday.", "item", "-", None),
        ("● Bybit absorbed the largest single order.", "item", "●", None),
        ("2) Ether staking deposits rose 3% in the week", "item", "2)", None),
        ("  * Funding turned negative on most venues", "item", "*", None),
        # label lines: a few words, a colon, a value
        ("Open interest, Binance: $8.2 billion", "label", None, "Open interest, Binance"),
        ("Max pain, Dec. 26 expiry: $95,000", "label", None, "Max pain, Dec. 26 expiry"),
        ("24h volume: $1.9 billion", "label", None, "24h volume"),
        # a line the page cut after its label's colon keeps the colon as its (empty) label
        (": $439 billion versus a week earlier", "label", None, ""),
    ],
)
def test_items_and_labels(line: str, kind: str, marker: str | None, label: str | None) -> None:
    (read,) = read_lines(line)
    assert (read.kind, _part(line, read.marker), _part(line, read.label)) == (kind, marker, label)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a sentence with a colon is no label line: too many words before it
        ("The exchange told clients in a note on Friday: withdrawals resume at noon.", "prose"),
        # a colon after a sentence's full stop: the dot ends a sentence, no short label
        ("Trading resumed. Analysts warned: more volatility is ahead.", "prose"),
        # a "Source: X" caption is no label line, though it has the form
        ("Source: CoinGlass", "caption"),
        ("Chart source - The Block Data", "caption"),
        ("Ether Slides as Staking Queue Swells", "heading"),
        ("## Derivatives", "heading"),
        ("Bitcoin fell 4% to $88,200 on Monday, its lowest close since April.", "prose"),
        # a negative figure opens the line: a minus sign, not a bullet
        ("-4.2% on the week for the index of large caps.", "prose"),
    ],
)
def test_other_kinds(line: str, kind: str) -> None:
    (read,) = read_lines(line)
    assert (read.kind, read.marker, read.label) == (kind, None, None)


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Binance | $8.1B | $21.4B", ["Binance", "$8.1B", "$21.4B"]),
        ("| Hashrate | 31.2 EH/s | 18.7 EH/s |", ["Hashrate", "31.2 EH/s", "18.7 EH/s"]),
        # a page's table copied with tabs between its cells
        ("Arbitrum\t$2.9B\t-4.1%", ["Arbitrum", "$2.9B", "-4.1%"]),
        ("\tBase\t\t$3.4B", ["Base", "$3.4B"]),
    ],
)
def test_table_rows_and_their_cells(line: str, cells: list[str]) -> None:
    (read,) = read_lines(line)
    assert read.kind == "row"
    assert [line[s:e] for s, e in read.cells] == cells


def test_lines_are_the_non_blank_lines_in_order() -> None:
    text = "Weekly flows\n\n  \nBTC funds: $310M\n- ETH funds: $42M\n"
    found = read_lines(text)
    assert [text[ln.start : ln.end] for ln in found] == [
        "Weekly flows",
        "BTC funds: $310M",
        "- ETH funds: $42M",
    ]
    assert [ln.kind for ln in found] == ["heading", "label", "item"]
    assert [ln.is_item for ln in found] == [False, True, True]


def test_the_pipeline_exposes_the_layer_and_serializes_it() -> None:
    from spacy.tokens import Doc

    nlp = load()
    text = "Liquidations by venue:\n- Binance: $212 million\nBybit | $98 million | 41%\n"
    doc = nlp(text)
    lines: tuple[Line, ...] = doc._.lines
    assert [ln.kind for ln in lines] == ["prose", "item", "row"]
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.lines == lines
