"""Claim assembly: link each amount to the metric, side, asset, period, source and venue
that govern it.

Everything is decided in the amount's sentence first, by distance in characters with
a penalty for each clause boundary crossed; the paragraph (earlier sentences), a
"Source: X" caption under it, and the article's other claims are fallbacks only
where the sentence says nothing. The decisions live in their own modules:

    context      the article's parts and distances between them
    metric       what an amount measures, and its unit
    side         inflow/outflow, long/short, up/down
    subject      the asset or company it is about
    dating       the period it holds for
    attribution  the source (citations: who the article cites)
    venues       the venue
    cues         cue patterns and metric sets, their words from data/cues.jsonl
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extractor.nlp import attribution, dating, subject, venues
from extractor.nlp import metric as metrics
from extractor.nlp import side as sides
from extractor.nlp.context import Context, Span
from extractor.nlp.cues import sentiment
from extractor.nlp.layers import Amount, Link
from extractor.nlp.periods import Period

__all__ = ["Context", "Draft", "link"]


@dataclass(slots=True)
class Draft:
    """What one amount is being linked to (frozen into a Link when the article is done)."""

    amount: Amount
    sentence: Span
    metric: str = "other"
    side: str | None = None
    asset: str | None = None
    period: Period | None = None
    source: str | None = None
    venue: str | None = None
    unit: str = ""
    sure: bool = True
    negative: bool = False  # a level below zero: the claim keeps the written sign

    @property
    def value(self) -> float:
        return -self.amount.value if self.negative else self.amount.value

    def frozen(self) -> Link:
        a = self.amount
        value, low, high = a.negated() if self.negative else (a.value, a.low, a.high)
        return Link(
            a,
            self.sentence,
            self.metric,
            self.side,
            self.asset,
            self.period,
            self.source,
            self.venue,
            self.unit,
            self.sure,
            value,
            low,
            high,
        )


_REPEAT_REACH = 400  # figures: a headline's repeat stands within the same article's few dozen
_TOPICS = ("liquidations", "etf_flow", "fund_flow", "hack_amount", "funding_raised")


def link(ctx: Context) -> list[Link]:
    """One Link per amount, in text order."""
    links: list[Draft] = []
    for a in ctx.amounts:
        sent = ctx.sentence_of(a.start)
        metric, score = metrics.metric(ctx, a, sent)
        if (
            score < 0.15
            and a.kind in ("money", "percent")
            and (topic := _paragraph_topic(ctx, a, links))
        ):
            metric, score = topic, 0.15  # "shorts lost $171.4 million" in a liquidations report
        x = Draft(a, sent, metric=metric, side=sides.side(ctx, a, metric, sent), sure=score >= 0.15)
        x.negative = a.sign < 0 and x.side is None  # "funding at -0.0051%" keeps its sign
        x.asset = subject.asset(ctx, a, metric, sent) or subject.fallback_asset(
            ctx, a, metric, links
        )
        x.period = dating.period(ctx, a, sent) or dating.fallback_period(ctx, a, metric, links)
        x.source = attribution.attribute(ctx, a, sent, metric)
        x.venue = venues.venue(ctx, a, metric, sent)
        x.unit = metrics.unit(ctx, a, metric, sent)
        if x.unit == "index" and metric == "other" and sentiment().search(ctx.text[slice(*sent)]):
            x.metric = "sentiment_index"
        links.append(x)
    _repeat_from_body(links, lambda x: dating.in_headline(ctx, x.amount))
    attribution.from_body(ctx, links)
    venues.carry(ctx, links)
    dating.as_of_publication(ctx, links)
    return [x.frozen() for x in links]


def _paragraph_topic(ctx: Context, a: Amount, links: list[Draft]) -> str | None:
    """The topical metric (liquidations, fund flows, a hack) the paragraph is already about,
    or that the lead line of its list names ("Top assets by liquidations (24h):")."""
    para = ctx.paragraph_of(a.start)
    for x in reversed(links[-_REPEAT_REACH:]):
        if x.amount.start < para[0]:
            break
        if x.sure and x.metric in _TOPICS and metrics.fits(x.metric, a):
            return x.metric
    lead_end = ctx.text.find("\n", para[0], a.start)
    if lead_end < 0:
        return None  # the amount stands in the paragraph's first line
    named = [
        m.value
        for m in ctx.in_span("metric", (para[0], lead_end))
        if m.value in _TOPICS and metrics.fits(m.value, a)
    ]
    return named[0] if named else None


def _repeat_from_body(links: list[Draft], summary: Callable[[Draft], bool]) -> None:
    """A figure repeated in a headline or summary takes the body's period and source; one
    whose own sentence names no clear metric takes the body's reading of the same digits
    (a headline's "$2.65 billion" read like the body's "$2.65 million")."""
    for i, x in enumerate(links):
        for y in links[i + 1 : i + 1 + _REPEAT_REACH]:
            if y.unit != x.unit or not y.sure:
                continue
            same = y.value == x.value and y.metric == x.metric
            if same or (not x.sure and _same_digits(x.amount, y.amount)):
                x.metric, x.side = y.metric, x.side or y.side
                x.asset = y.asset if not x.sure else x.asset
                dated = y.period and summary(x) and not summary(y)
                x.period = y.period if dated else x.period or y.period
                break
    for i, y in enumerate(links):  # and a body repeat of a dated headline figure keeps its date
        for x in links[max(0, i - _REPEAT_REACH) : i]:
            same = (x.value, x.unit, x.metric) == (y.value, y.unit, y.metric)
            if y.period is None and x.period and same:
                y.period = x.period
                break


def _same_digits(x: Amount, y: Amount) -> bool:
    """The same three or more significant digits at another scale ("2.65" million/billion)."""
    digits = f"{x.amount_digits()}"
    return len(digits.strip("0")) >= 3 and digits == y.amount_digits()
