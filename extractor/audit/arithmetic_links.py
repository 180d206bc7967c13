"""What links an article's figures into one computation: placed figures and the words
between them.

Figures are linked only when the words between them are connectors of the relation
(``audit_arithmetic.jsonl``): "fell 12% from $125,000 to $113,000" links; "dropped 3.4% in
24 hours, falling from $92,000 to a low of $86,140" does not. Dates and asides in
parentheses are no figures. Every computation is done on the intervals the figures'
written precision allows, and a finding states the computation in words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from extractor.audit.context import AuditContext
from extractor.audit.findings import make
from extractor.audit.policy import metric_policy
from extractor.audit.readings import Reading
from extractor.lexicon import assets, currencies, load
from extractor.models import METRICS, ClaimRole, FactKey, Finding

NOT_AMOUNTS = {"%", "count", "ratio", "index", "x"}
MOVES = {"price_change", "market_cap_change"}
_WORD = re.compile(r"[a-z]+|\d+")
_ASIDE = re.compile(r"\([^()]*\)")
_CELL_BORDER = re.compile(r"[|\t]")


class Connectors(BaseModel):
    """Words that may stand between two figures of one computation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    max_words: int = Field(ge=0)
    words: frozenset[str]
    why: str = ""


@cache
def connectors() -> dict[str, Connectors]:
    return {entry.name: entry for entry in load("audit_arithmetic.jsonl", Connectors)}


@cache
def currency_codes() -> frozenset[str]:
    return frozenset(entry.code for entry in currencies() if entry.kind == "money")


@cache
def parted() -> frozenset[str]:
    """Metrics whose figures an article may split into parts or shares."""
    return frozenset(m for m in METRICS if metric_policy(m).parts) | {"etf_flow", "fund_flow"}


@cache
def underlying() -> dict[str, str]:
    """Fund ticker → the coin it holds (IBIT → BTC)."""
    return {a.id: a.underlying for a in assets() if a.kind == "etf" and a.underlying}


@dataclass(frozen=True)
class Figure:
    """A reading placed in its sentence: where its quote starts."""

    reading: Reading
    at: int

    @property
    def end(self) -> int:
        return self.at + len(self.reading.quote)


def is_money(unit: str) -> bool:
    return unit in currency_codes()


def is_coin(unit: str) -> bool:
    return not is_money(unit) and unit not in NOT_AMOUNTS


def gap_words(text: str) -> list[str] | None:
    """The words of a gap between two figures; None when it holds another figure.

    Dates are not figures: a month name and the day numbers after it, and a year, are
    left out ("between January 5-11 for $1.25 billion"), and so is an aside in
    parentheses ("3.09 million BTC ($190.01 billion) in February 2020 to"). A table's cell
    border (``|``, a tab) ends the gap like a figure: two cells of a row are two columns
    ("| $100,000 | 1,980 |", a strike and its open interest), never one computation.
    """
    if _CELL_BORDER.search(text):
        return None
    text = _ASIDE.sub(" ", text)
    months = connectors()["dates"].words
    found: list[str] = []
    after_month = 0
    for word in _WORD.findall(text.lower()):
        if word in months:
            after_month = 2
        elif word.isdigit() and after_month and len(word) <= 2:
            after_month -= 1
        elif word.isdigit() and len(word) == 4 and word[:2] in ("19", "20"):
            continue
        elif word.isdigit():
            return None
        else:
            after_month = 0
            found.append(word)
    return found


def linked(text: str, name: str, required: str | None = None) -> bool:
    """Whether a gap is only connectors of a kind (and holds the required word)."""
    return fits(gap_words(text), name, required)


def fits(found: list[str] | None, name: str, required: str | None = None) -> bool:
    """Whether a gap's words (None: it holds a figure) are only connectors of a kind, and
    hold the required word."""
    rule = connectors()[name]
    if found is None or len(found) > rule.max_words:
        return False
    if required is not None and required not in found:
        return False
    return all(w in rule.words for w in found)


def in_sentences(readings: Sequence[Reading]) -> list[list[Figure]]:
    """The article's figures sentence by sentence, in order, placed in their sentence
    (sentences of one figure left out)."""
    by_sentence: dict[str, list[Reading]] = defaultdict(list)
    for reading in readings:
        by_sentence[reading.sentence].append(reading)
    placed: list[list[Figure]] = []
    for sentence, members in by_sentence.items():
        if len(members) < 2:
            continue  # a computation links two figures at least
        members.sort(key=attrgetter("start"))
        figures: list[Figure] = []
        cursor = 0
        for reading in members:
            at = sentence.find(reading.quote, cursor)
            if at < 0:
                break  # the sentence was cut or rewritten: do not guess positions
            figures.append(Figure(reading, at))
            cursor = at + len(reading.quote)
        else:
            placed.append(figures)
    return placed


def reading_of(item: Figure | Reading) -> Reading:
    return item.reading if isinstance(item, Figure) else item


def arithmetic_finding(
    stated: Figure | Reading,
    operands: Sequence[tuple[Figure | Reading, ClaimRole]],
    computed: float,
    text: str,
    ctx: AuditContext,
) -> Finding:
    main = reading_of(stated)
    gap = abs(main.value - computed) / max(abs(main.value), abs(computed)) if computed else 1.0
    start, end = main.period if main.period else (None, None)
    # the reading's fields were validated with its claim
    fields: dict[str, Any] = {"metric": main.metric, "side": main.side}
    fact = FactKey.model_construct(
        asset=main.asset,
        venue=main.venue,
        unit=main.unit,
        period_start=start,
        period_end=end,
        **fields,
    )
    cited = [(main, "stated")] + [(reading_of(item), role) for item, role in operands]
    return make(
        "arithmetic",
        "high" if gap >= 0.5 else "medium" if gap >= 3 * ctx.settings.tolerance else "low",
        min(0.95, max(0.5, 1 - ctx.settings.tolerance / gap)) if gap else 0.5,
        text,
        fact,
        cited,  # type: ignore[arg-type]
        ctx,
        computed_value=computed,
        relative_difference=gap,
    )
