"""The clause layer: where a sentence's clauses break, found once by ``cc_structure`` and
read by the linker's rules (a figure's clause, distances, a clause of another subject)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.nlp.clauses import Clauses, find_breaks
from extractor.nlp.pipeline import blank


def _clauses(text: str) -> Clauses:
    with blank().get_pipe("cc_structure").lexicon.active():  # type: ignore[attr-defined]
        return Clauses(text, find_breaks(text))


def _clause(text: str, figure: str) -> str:
    at = text.index(figure)
    start, end = _clauses(text).clause_at(at, at + len(figure), (0, len(text)))
    return text[start:end].strip()


@pytest.mark.parametrize(
    ("text", "figure", "clause"),
    [
        (
            "Spot bitcoin funds took in $412 million on Tuesday, while ether products shed "
            "$38 million.",
            "$38 million",
            "ether products shed $38 million.",
        ),
        (
            "Solana rose 6% to $182; dogecoin slipped 1.5% over the same session.",
            "1.5%",
            "dogecoin slipped 1.5% over the same session.",
        ),
        (
            "Open interest hit $31 billion, which traders read as crowded positioning",
            "$31 billion",
            "Open interest hit $31 billion",
        ),
        (  # no break: the whole sentence
            "Miners sold 2,300 BTC in the week to Sunday.",
            "2,300 BTC",
            "Miners sold 2,300 BTC in the week to Sunday.",
        ),
    ],
)
def test_a_figure_s_clause_runs_between_the_breaks_around_it(
    text: str, figure: str, clause: str
) -> None:
    assert _clause(text, figure) == clause


def test_breaks_are_counted_and_a_label_colon_binds_its_value() -> None:
    text = "Longs liquidated: $948M, shorts: $120M"
    clauses = _clauses(text)
    assert clauses.crossed(0, text.index("$948M")) == 0  # the label's own colon
    assert clauses.crossed(0, text.index("$120M")) == 2  # a comma and the first colon


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Binance blamed rivals after traders pulled $2 billion", True),
        ("The exchange said US spot ETFs took in $500 million", True),
        ("Kraken noted that 3 million users had left", True),
        ("Coinbase said it holds $9 billion for customers", False),  # the subject goes on
        ("OKX noted a 20% rise in derivatives volume", False),
        ("Bybit said in its report that it paid $1.4 billion", False),
    ],
)
def test_an_opener_gives_what_follows_a_subject_of_its_own(text: str, opens: bool) -> None:
    first = text.split()[0]
    figure = next(w for w in text.split() if w[0] in "$0123456789")
    assert _clauses(text).opens_clause(len(first), text.index(figure)) is opens


def test_the_layer_is_set_once_per_text_in_text_order() -> None:
    nlp = blank()
    doc = nlp.make_doc("Ether fell 4%, and bitcoin held $88k after the Fed said rates stay.")
    doc._.published = date(2026, 3, 2)
    breaks = nlp(doc)._.clauses
    assert [(doc.text[b.start : b.end], b.kind) for b in breaks] == [
        (",", "mark"),
        ("and", "conjunction"),
        ("after", "opener"),  # a subordinator both ends a clause and opens one
        ("after", "conjunction"),
        ("said", "opener"),
    ]
