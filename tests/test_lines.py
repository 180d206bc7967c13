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


# A label whose value is prose (a long sentence, or two) is a paragraph that opens with a
# name, as a buying guide writes them; a short value is a list item whatever the label's case.
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("eBay: If fees are no worry, sellers there list the cards from $1,450 to $1,980. "
         "Most of them ship for free.", "prose"),
        ("Kraken: Users who bought before the freeze can still sell, the exchange said in a "
         "blog post on Tuesday, but deposits stay shut until further notice.", "prose"),
        ("stockX: Resale listings run from $1,300. Buyers pay a 3% processing fee.", "prose"),
        # twins: short values stay label lines
        ("eBay: $1.2 billion in resale volume", "label"),
        ("Binance: $8.4 billion.", "label"),
        ("Funding rate, Bybit: 0.012% per eight hours", "label"),
    ],
)  # fmt: skip
def test_a_label_with_prose_for_its_value_is_prose(line: str, kind: str) -> None:
    (read,) = read_lines(line)
    assert read.kind == kind


def _paragraphs(text: str) -> list[str]:
    from extractor.nlp.structure import analyse

    return [text[s:e] for s, e in analyse(text).paragraphs]


def test_a_lowercase_label_line_joins_only_a_lead_or_an_item_above() -> None:
    prose = "The card sold out within minutes of its launch on Sept. 17, retailers said."
    guide = (
        f"{prose}\n"
        "eBay: If fees are no worry, sellers there list it from $1,450 to $1,980. Shipping is "
        "free on most listings.\n"
        "stockX: Resale listings run from $1,300, and buyers pay a 3% processing fee on each.\n"
    )
    assert len(_paragraphs(guide)) == 3  # a brand's label opens no list under prose
    assert _paragraphs(f"{prose}\neBay: $1.2 billion\n") == [prose, "eBay: $1.2 billion"]
    # under a lead ending with a colon or another item, it is the list's
    text = "Resale volume by site:\neBay: $1.2 billion\nstockX: $640 million\n"
    assert _paragraphs(text) == [text.rstrip("\n")]
    # a headline stands alone; the label lines under it are a list of their own
    text = "Open interest by venue\nBinance: $8.4 billion\nOKX: $3.1 billion\n"
    assert _paragraphs(text) == ["Open interest by venue", text.rstrip("\n")[23:]]
    # a capitalized label, with a short value or a paragraph of prose, continues the story
    # above as a bullet does (the reading before the line layer)
    for tail in (
        "Bottom line: that is 12% more than a week earlier.",
        "Why It Matters: The miner sold 1,200 BTC in the quarter to fund its expansion, "
        "according to its monthly production update.",
    ):
        assert _paragraphs(f"{prose}\n{tail}\n") == [f"{prose}\n{tail}"], tail


# a post, blank lines of spaces, a table and a last line with no newline: every position
# of each, the line bounds the date rules read must be the newlines around it
_BOUNDS_TEXT = (
    "Bitcoin ETFs took in $240 million on Tuesday.\n"
    "\n"
    "   \n"
    "  Ether slipped 1.2% to $3,410, per CoinGlass.\n"
    "Nov 2 | Helix (HLX) | 8M HLX\n"
    "\n"
    "— Lookonchain (@lookonchain) Nov 3, 2026"
)


@pytest.mark.parametrize("text", [_BOUNDS_TEXT, "\n\n" + _BOUNDS_TEXT + "\n \n", "one line", ""])
def test_line_bounds_are_the_newlines_around_every_position(text: str) -> None:
    from extractor.nlp.lines import line_bounds

    bounds = line_bounds(text)
    for pos in range(len(text) + 1):
        stop = text.find("\n", pos)
        assert bounds.start(pos) == text.rfind("\n", 0, pos) + 1, pos
        assert bounds.end(pos) == (stop if stop >= 0 else len(text)), pos


def test_line_bounds_take_the_layer_a_caller_read() -> None:
    from extractor.nlp.lines import line_bounds

    text = "Solana fell 4%.\n\nIts TVL held at $9.1 billion."
    layer = read_lines(text)
    assert line_bounds(text, layer).lines == layer
    assert line_bounds(text).start(text.index("TVL")) == text.index("Its")
