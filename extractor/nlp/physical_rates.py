"""A money figure per a unit of a physical measure prices that unit of a good.

Energy, electric power and hashing work or capacity ("$14.80 per terahash" for mining rigs,
"5.2 cents per kWh" for hosting, "$41/MWh" of wholesale power, a "Price per TH" column) are
no coin and no service: no metric of the list is a price per such a unit, so the figure is
`other` (FORMAT.md: what none of the metrics measures). The unit says so wherever the text
puts it: right after the figure ("per", "a", "/"), inside the figure's own quote
("$14.80/TH"), in the header of its table column, or in the label its line opens with
("Hosting rate per kWh:"). The units are the class `physical_units` in ``data/cues.jsonl``.
A unit per which a network pays its miners is still revenue when the clause's subject names
it so ("Hashprice ... slumped to $38.40 per PH/s"): the caller keeps that reading.
"""

from __future__ import annotations

import re

from extractor.lexicon import per_lexicon
from extractor.nlp.blocks import cell_at
from extractor.nlp.context import Context, Span
from extractor.nlp.cues import cue_words
from extractor.nlp.layers import Amount
from extractor.nlp.named_ratios import earlier_value

__all__ = ["physical_rate"]

_PER = r"(?:per|an?|/)"
_LABEL_REACH = 60  # characters of a label line before its figure
_EARLIER_REACH = 60  # a rate's unit and window before its earlier value: "per MWh in May, from"
_RANGE_LINK = re.compile(r"\s*(?:to|-|\u2013|and)\s*$")
_SAME_ORDER = 100.0  # an earlier value of one rate is within two orders of magnitude of it


@per_lexicon
def _unit_after() -> re.Pattern[str]:
    """A physical unit right after the figure: "per kWh", "a terahash", "/TH"."""
    return re.compile(rf"(?i)\s*{_PER}\s*(?:{cue_words('physical_units')})(?![\w/])")


@per_lexicon
def _unit_named() -> re.Pattern[str]:
    """A physical unit a header or a label prices: "Price per TH", "Cost ($/MWh)"."""
    return re.compile(rf"(?i)(?:\bper\s+|/\s*)(?:{cue_words('physical_units')})(?![\w/])")


@per_lexicon
def _label_unit() -> re.Pattern[str]:
    """A label line that prices a physical unit, ending at its colon ("Power cost per kWh:")."""
    return re.compile(rf"{_unit_named().pattern}[^:\n]*:\s*$")


def physical_rate(ctx: Context, a: Amount, sent: Span) -> bool:
    """The money figure is a price per unit of energy, power or hashing work, or the first
    end of a range ("$16 to $19 per terahash") or the earlier value ("$36.90 per MWh in
    September, down from $40.20") of one."""
    if a.kind != "money":
        return False
    if _priced_unit(ctx, a):
        return True
    after = ctx.amounts_in((a.end, sent[1]))
    if a.qualifier == "range" and after and _RANGE_LINK.match(ctx.text[a.end : after[0].start]):
        return after[0].kind == "money" and _priced_unit(ctx, after[0])
    earlier = earlier_value(ctx, a, sent, kind="money", reach=_EARLIER_REACH)
    return earlier is not None and _same_rate(ctx, earlier, a) and _priced_unit(ctx, earlier)


def _same_rate(ctx: Context, rate: Amount, a: Amount) -> bool:
    """The later figure is an earlier value of the rate, not a figure of another subject the
    next clause brings ("3.5 cents per kWh as bitcoin slid from $98,000"): same currency,
    the same order of magnitude, and no coin or company named between them."""
    if a.unit != rate.unit or ctx.in_span("asset", (rate.end, a.start)):
        return False
    low, high = sorted((abs(rate.value), abs(a.value)))
    return low > 0 and high / low <= _SAME_ORDER


def _priced_unit(ctx: Context, a: Amount) -> bool:
    """The unit the money figure is per is physical, read wherever the text puts it."""
    if _unit_named().search(ctx.text, a.start, a.end):
        return True  # "$14.80/TH": the unit is part of the figure's own quote
    if _unit_after().match(ctx.text, a.end):
        return True
    cell = cell_at(ctx, a.start)
    if cell is not None and cell.header is not None:
        return _unit_named().search(ctx.text, *cell.header) is not None
    line_start = ctx.text.rfind("\n", 0, a.start) + 1
    return a.start - line_start <= _LABEL_REACH and bool(
        _label_unit().search(ctx.text, line_start, a.start)
    )
