"""When a figure holds: the period of the time expression that governs it.

The sentence's own time expression comes first; an undated flow takes the paragraph's
date or that of the last figure of its kind, and an undated level (holdings, price,
market cap) is as of publication.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.nlp.amounts import Amount
from extractor.nlp.context import (
    Context,
    Span,
    boundaries,
    closest_amount,
    distance,
    gap,
    last_of_metric,
)
from extractor.nlp.cues import hypothetical, stock_metrics, total
from extractor.nlp.mentions import Mention
from extractor.nlp.periods import Period, TimeExpr

if TYPE_CHECKING:
    from extractor.nlp.linker import Link


def period(ctx: Context, a: Amount, sent: Span) -> Period | None:
    """The time expression of the sentence closest to this amount (and not closer to another)."""
    inside = [t for t in ctx.times_in(sent) if t.period]
    firm = [t for t in inside if t.kind != "now"] or inside
    own = [t for t in firm if closest_amount(ctx, _as_mention(t), sent) is a]
    if own:
        return min(own, key=lambda t: _time_distance(ctx, a, t)).period
    shared = [t for t in firm if not boundaries(gap(ctx, a, _as_mention(t)))]
    if len(firm) == 1 and not shared and firm[0].kind != "level":
        shared = firm  # one date in the sentence dates all of it
    return shared[0].period if shared else None


def _as_mention(t: TimeExpr) -> Mention:
    return Mention(t.start, t.end, "time", "")


def _time_distance(ctx: Context, a: Amount, t: TimeExpr) -> float:
    return distance(ctx, a, _as_mention(t)) * (1.0 if t.start >= a.end else 1.2)


def fallback_period(ctx: Context, a: Amount, metric: str, links: list[Link]) -> Period | None:
    """An undated flow takes the paragraph's date, else that of the last figure of its
    kind; an undated level or total is as of publication (set after repeats are linked)."""
    sentence = ctx.text[slice(*ctx.sentence_of(a.start))]
    if metric in stock_metrics() and (metric != "holdings" or total().search(sentence)):
        return None
    para = ctx.paragraph_of(a.start)
    earlier = [t for t in ctx.times_in((para[0], a.start)) if t.period]
    if earlier:
        return earlier[-1].period
    return last_of_metric(links, metric, lambda x: x.period)


def as_of_publication(ctx: Context, links: list[Link]) -> None:
    """A level stated without a date (holdings, price, market cap) is as of publication."""
    if ctx.published is None:
        return
    for x in links:
        if x.period is None and x.metric in stock_metrics():
            if hypothetical().search(ctx.text, x.sentence[0], x.sentence[1]):
                continue  # "a close above $69,400 would open the door to $75,000"
            x.period = (ctx.published, ctx.published)
