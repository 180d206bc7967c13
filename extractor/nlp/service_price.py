"""A price per unit of a service is a fee.

What a network or provider charges for a unit of compute, storage, bandwidth or access
("$1.20 per GPU-hour", "$0.002 per GB", "Price per TB: $0.45", "$4.99 a month" for a tier)
is what its users pay it, and the metric list's home for that is `fees`, whatever price word
stands beside it. The unit says so: a unit of a service (`service_units` in
``data/cues.jsonl``) right after the figure or in its label, or a unit of time
(`service_time_units`) where the clause prices something (`service_price_words`: "costs $2.15
an hour", "billed at", "the premium tier launched at"). A price per unit of a good that is
traded (a tonne of carbon, an ounce of gold) stays a price (a unit of energy or hashing work
is none of ours: physical_rates.py), and a
move per unit of time ("the price climbed $1,000 an hour"), a
spend rate, a limit or a total per period ("a burn of $300,000 a month", "no more than
$50,000 a month", "costs more than $4 billion a year") names no price.
"""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context, Span, clause_of
from extractor.nlp.cues import cue_words
from extractor.nlp.layers import Amount
from extractor.nlp.lemmas import lemma

__all__ = ["service_price"]

_PER = r"(?:per|an?|each|every|/)"


@per_lexicon
def _unit_after() -> re.Pattern[str]:
    """A unit of a service or of time right after the figure; group ``time`` for the latter.
    A time followed by a word of sequence ("a month ago", "an hour later") is no unit."""
    services, times = cue_words("service_units"), cue_words("service_time_units")
    not_unit = cue_words("hour_not_interval")
    return re.compile(
        rf"(?i)\s*{_PER}\s*(?:(?P<service>{services})|(?P<time>{times}))\b"
        rf"(?!\s+(?:{not_unit})\b)"
    )


@per_lexicon
def _label_per_unit() -> re.Pattern[str]:
    """A label naming a price per unit of a service ("Price per TB:", "Cost per GPU-hour:")."""
    return re.compile(rf"(?i)\bper\s+(?:{cue_words('service_units')})\b[^:\n]*:\s*$")


@per_lexicon
def _price_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{cue_words('service_price_words')})\b")


_WORD = re.compile(r"[A-Za-z]+")
_LABEL_REACH = 60  # characters of a label line before its figure
_UNIT_PRICE_LIMIT = 1e6  # a price per hour or month of one service; more is a total per period


def service_price(ctx: Context, a: Amount, sent: Span) -> bool:
    """The money figure is a price per unit of a service: a fee."""
    if a.kind != "money":
        return False
    line_start = ctx.text.rfind("\n", 0, a.start) + 1
    if a.start - line_start <= _LABEL_REACH and _label_per_unit().search(
        ctx.text, line_start, a.start
    ):
        return True  # "Price per TB per month: $1.40"
    unit = _unit_after().match(ctx.text, a.end)
    if unit is None:
        return False
    if unit["service"]:
        return True
    if a.value >= _UNIT_PRICE_LIMIT:
        return False  # "costs more than $4 billion a year": a total spent, no price of a unit
    start, end = clause_of(ctx, a, sent)
    if _moved(ctx.text[start : a.start]):
        return False  # "the price climbed by $1,000 an hour", "oil prices rose $2 a day": a rate
    return bool(_price_word().search(ctx.text, start, end))


def _moved(before: str) -> bool:
    """A move verb before the figure in its clause makes it the size of a move per unit of
    time, no price of one unit of a service; a level it moved to ("climbed to $2.50 an
    hour") is still a price."""
    moves = frozenset(lexicon.cue_phrases("figure_move_links"))
    levels = frozenset(lexicon.cue_phrases("np_level_words"))
    words = [w.group().lower() for w in _WORD.finditer(before)]
    last = max((i for i, w in enumerate(words) if lemma(w) in moves), default=None)
    return last is not None and not levels.intersection(words[last + 1 :])
