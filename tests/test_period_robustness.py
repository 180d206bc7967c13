"""A date form no resolver foresaw costs its own date, never the article's claims.

Every time unit the lexicon knows is written after every word news puts before a relative
window ("the next", "the previous", "two ... ago", "in three ...s' time"); none may raise,
and a resolver that fails on an expression leaves that figure undated and the rest intact.
"""

from __future__ import annotations

import logging
from datetime import date

import pytest

from extractor import lexicon
from extractor.nlp import period_relative
from extractor.nlp.pipeline import annotate

PUB = date(2026, 11, 20)  # a Friday
LEADS = [
    "the next {u}",
    "the coming {u}",
    "the previous {u}",
    "the last {u}",
    "this {u}",
    "the past {u}",
    "the following {u}",
    "over the next two {u}s",
    "in the last 3 {u}s",
    "two {u}s ago",
    "in three {u}s' time",
    "two {u}s from now",
    "the current {u}",
    "the prior {u}",
]
UNITS = [u.word for u in lexicon.time_units()] + ["business day", "trading day"]


@pytest.mark.parametrize("unit", UNITS)
def test_every_relative_window_of_a_unit_resolves_or_stays_undated(unit: str) -> None:
    for lead in LEADS:
        phrase = lead.format(u=unit)
        text = f"Spot bitcoin ETFs took in $1.2 billion {phrase}, according to Farside."
        doc = annotate(text, PUB, None)
        quotes = [text[x.amount.start : x.amount.end] for x in doc._.links]
        assert "$1.2 billion" in quotes, phrase


def test_a_resolver_that_fails_loses_its_date_not_the_article(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: object) -> None:
        raise KeyError("fortnight")

    monkeypatch.setitem(period_relative.RELATIVE, "window", broken)
    text = (
        "Bitcoin fell 4% over the past week to $91,200, CoinGecko data showed. "
        "Ether slipped 6% on Tuesday."
    )
    with caplog.at_level(logging.WARNING, logger="extractor.nlp.period_rules"):
        doc = annotate(text, PUB, None)
    by_quote = {text[x.amount.start : x.amount.end]: x for x in doc._.links}
    assert set(by_quote) == {"4%", "$91,200", "6%"}
    week = (date(2026, 11, 13), date(2026, 11, 20))  # what "over the past week" names
    assert by_quote["4%"].period != week  # its window's resolver failed
    assert by_quote["6%"].period == (date(2026, 11, 17), date(2026, 11, 17))
    assert any("over the past week" in r.getMessage() for r in caplog.records)
