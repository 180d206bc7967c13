"""The ratio that names a figure, and what that ratio measures: one reader for both the
figure's unit (a ratio's value is counted in no unit: "the put/call ratio stood at 0.82") and
its metric ("the MVRV ratio slid to 1.82" is no long/short ratio).

A ratio names a figure when it is the nearest gauge of the figure's clause, right before it
or right after it ("an MVRV ratio of 2.1", "a 0.82 put/call ratio"), with no figure between
(verbs of a move such as "stood at", "rose to" and linking words such as "for" may stand
between); a label before a colon names the figure after it ("BTC put/call ratio: 0.82"). A
gauge in brackets after the ratio only qualifies it ("put/call ratio (open interest): 0.71").
The earlier value a figure is compared with ("slid to 1.82, down from 1.97", "fell to 1.6
from 1.9") is a value of the same ratio.

The word "ratio" alone is a long/short ratio in a derivatives story ("OKX's ratio is
slightly lower", "with the ratio at 1.36"), but a ratio whose name says what it divides is
another gauge: FORMAT.md's list has no metric for valuation, profit-taking, leverage or fund
ratios, so such a figure is ``other`` (a reserve or collateral ratio is ``reserves``, and a
pair of coins, "the ETH/BTC ratio slipped to 0.0339", one coin's price in the other). The
word right before "ratio" names another ratio unless it is a determiner, a possessive
("Binance's ratio"), a coin ("the BTC ratio"), a word of longs and shorts ("long/short",
"top-trader") or a plain adjective of time or scope ("the current ratio", "the overall
ratio"), which leave the long/short reading as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractor.lexicon import per_lexicon
from extractor.nlp.amounts import COMPARED
from extractor.nlp.context import Context, Span, clause_of, gap
from extractor.nlp.cues import cue_words
from extractor.nlp.layers import Amount, M
from extractor.nlp.mentions import Mention

__all__ = ["earlier_value", "named_ratio", "naming_ratio"]

Gauge = Callable[[Mention], bool]  # a metric word strong enough to name a figure itself

_RATIO_WORD = re.compile(r"(?i)\bratios?$")
_GAP = 60  # "ratio (SOPR) for short-term holders dipped to ": the words a ratio reaches over
_AFTER_GAP = 40  # "a 0.82 put/call ratio"
_EARLIER_GAP = 40  # characters between a ratio's value and the earlier value it is compared with
_LEAD = re.compile(r"(?i)(?<![\w/&.'’-])([\w/&.'’-]+)\s+ratios?$")


def naming_ratio(ctx: Context, a: Amount, sent: Span, gauge: Gauge) -> Mention | None:
    """The ratio word naming the figure, or naming the figure it is compared with."""
    return ctx.remember("naming_ratio", a.start, lambda: _naming(ctx, a, sent, gauge))


def _naming(ctx: Context, a: Amount, sent: Span, gauge: Gauge) -> Mention | None:
    if found := _nearest_ratio(ctx, a, sent, gauge):
        return found
    if a.kind == "number" and (earlier := earlier_value(ctx, a, sent)):
        return naming_ratio(ctx, earlier, sent, gauge)
    return None


def _nearest_ratio(ctx: Context, a: Amount, sent: Span, gauge: Gauge) -> Mention | None:
    start, end = clause_of(ctx, a, sent)
    if ctx.text[start - 1 : start] == ":" and not ctx.text[start : a.start].strip():
        start = sent[0]  # a label before a colon names the figure ("BTC put/call ratio: 0.82")
    named = [
        m
        for m in ctx.in_span("metric", (start, end))
        if not (a.start <= m.start < a.end)
        and (_RATIO_WORD.search(ctx.text[m.start : m.end]) or gauge(m))
    ]
    # a gauge in brackets qualifies the name before it ("put/call ratio (open interest):
    # 0.71", "(volume)"): the name outside the brackets names the figure
    before = [m for m in named if m.end <= a.start and not _in_aside(ctx.text, m, a)]
    after = [m for m in named if m.start >= a.end]
    return next(
        (
            m
            for m in before[-1:] + after[:1]
            if len(gap(ctx, a, m)) <= (_GAP if m.end <= a.start else _AFTER_GAP)
            and not re.search(r"\d", gap(ctx, a, m))
            and _RATIO_WORD.search(ctx.text[m.start : m.end])
        ),
        None,
    )


def _in_aside(text: str, m: Mention, a: Amount) -> bool:
    """``m`` stands in brackets that close before the figure ``a``."""
    opened = text.rfind("(", 0, m.start)
    return opened > text.rfind(")", 0, m.start) and ")" in text[m.end : a.start]


def earlier_value(
    ctx: Context, a: Amount, sent: Span, kind: str = "number", reach: int = _EARLIER_GAP
) -> Amount | None:
    """The figure of ``kind`` right before this one (at most ``reach`` characters before)
    that this one is the earlier value of ("MVRV at 1.61, down from 1.74", "fell to 0.82
    from 0.91", "$36.90 per MWh in September, down from $40.20")."""
    if not COMPARED.search(ctx.text, max(sent[0], a.start - 30), a.start):
        return None
    before = ctx.amounts_in((sent[0], a.start))
    if not before or before[-1].kind != kind or a.start - before[-1].end > reach:
        return None
    return before[-1]


@per_lexicon
def _long_short_lead() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{cue_words('long_short_ratio_leads')})\b")


@per_lexicon
def _neutral_lead() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{cue_words('ratio_neutral_leads')})")


@per_lexicon
def _reserve_lead() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{cue_words('reserve_ratio_leads')})")


def named_ratio(ctx: Context, a: Amount, sent: Span, gauge: Gauge) -> str | None:
    """The metric of a bare ratio or number that a ratio named by its modifier states:
    ``reserves`` for a reserve or collateral ratio, else ``other``; None when no such ratio
    names the figure."""
    if a.kind not in ("ratio", "number"):
        return None
    ratio = naming_ratio(ctx, a, sent, gauge)
    if ratio is None:
        return None
    found = _LEAD.search(ctx.text, max(sent[0], ratio.end - 60), ratio.end)
    if found is None:
        return None
    lead = found[1]
    if lead.endswith(("'s", "’s", "'", "’")) or _neutral_lead().fullmatch(lead):
        return None  # "Binance's ratio", "the ratio", "the current ratio"
    coins = ctx.in_span("asset", found.span(1))
    if len(coins) >= 2:
        return M.PRICE  # "the ETH/BTC ratio slipped to 0.0339": one coin priced in another
    if coins:
        return None  # "the BTC ratio": the coin's, read as before
    if _long_short_lead().search(lead):
        return None  # "long/short ratio", "top-trader ratio"
    if _reserve_lead().fullmatch(lead):
        return M.RESERVES  # "a collateral ratio of 1.6"
    return M.OTHER
