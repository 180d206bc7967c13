"""Helpers for the table-driven tests of the claim pipeline's components.

A row is a ``pytest.param`` holding a sentence, the quote it is about (and which
occurrence of it), and only the fields the row checks; ``known`` marks a row the
pipeline gets wrong today as a strict xfail, so fixing it is noticed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc

from extractor.nlp.layers import Link
from extractor.nlp.pipeline import annotate

# Both seed articles were published on Friday 2026-02-06.
PUBLISHED = date(2026, 2, 6)


def row(text: str, quote: str, *, occurrence: int = 1, **expected: Any) -> Any:
    """A table row: ``quote`` (its ``occurrence``) in ``text`` must have ``expected`` fields."""
    return pytest.param(text, quote, occurrence, expected, id=f"{quote}|{text[:50]}")


def known(reason: str, text: str, quote: str, *, occurrence: int = 1, **expected: Any) -> Any:
    """A row the pipeline gets wrong today (strict xfail: passing it fails the suite)."""
    return pytest.param(
        text,
        quote,
        occurrence,
        expected,
        id=f"{quote}|{text[:50]}",
        marks=pytest.mark.xfail(strict=True, reason=reason),
    )


def xfail(reason: str, *values: Any) -> Any:
    """Any parametrized row marked as a known failure."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


def doc_of(text: str, published: date | None = PUBLISHED, publisher: str | None = None) -> Doc:
    """The annotated Doc of ``text`` (``publisher``: the outlet that printed it)."""
    return annotate(text, published, publisher)


def span_of(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Character span of the ``occurrence``-th ``quote`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        assert start >= 0, f"{quote!r} (occurrence {occurrence}) is not in the text"
    return start, start + len(quote)


def period_text(period: tuple[date, date] | None) -> str | None:
    """A period as ``start..end`` (ISO dates), comparable in flat dicts."""
    return f"{period[0].isoformat()}..{period[1].isoformat()}" if period else None


def fields(x: Link) -> dict[str, Any]:
    """Every checked field of a linked amount, flat."""
    a = x.amount
    return {
        "value": x.value,
        "unit": x.unit,
        "kind": a.kind,
        "qualifier": a.qualifier,
        "low": x.low,
        "high": x.high,
        "metric": x.metric,
        "side": x.side,
        "asset": x.asset,
        "period": period_text(x.period),
        "source": x.source,
        "venue": x.venue,
    }


def link_for(
    text: str,
    quote: str,
    occurrence: int = 1,
    published: date | None = PUBLISHED,
    publisher: str | None = None,
) -> Link:
    """The linked amount whose span is exactly the ``occurrence``-th ``quote``."""
    start, end = span_of(text, quote, occurrence)
    links = doc_of(text, published, publisher)._.links
    for x in links:
        if (x.amount.start, x.amount.end) == (start, end):
            return x
    found = [text[x.amount.start : x.amount.end] for x in links]
    raise AssertionError(f"no amount {quote!r} at {start}..{end}; found {found}")


def check(text: str, quote: str, occurrence: int, expected: dict[str, Any], **kw: Any) -> None:
    """Assert the fields of ``quote`` in ``text`` that the row names."""
    got = fields(link_for(text, quote, occurrence, **kw))
    wanted = rounded(expected)
    actual = rounded({k: got[k] for k in expected})
    assert actual == wanted, f"{quote!r}: got {actual}, expected {wanted}"


def rounded(record: dict[str, Any]) -> dict[str, Any]:
    """Numbers to 9 significant digits, so 14.165000000000001 compares equal to 14.165."""
    return {
        k: float(f"{v:.9g}") if isinstance(v, (int, float)) and not isinstance(v, bool) else v
        for k, v in record.items()
    }


def quotes(text: str, published: date | None = PUBLISHED) -> list[str]:
    """The quotes of every amount found in ``text``, in order."""
    return [text[x.amount.start : x.amount.end] for x in doc_of(text, published)._.links]
