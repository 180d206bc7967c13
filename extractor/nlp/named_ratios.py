"""A ratio named by its own modifier: "the MVRV ratio slid to 1.82", "a Sharpe ratio of 1.4",
"the spent output profit ratio (SOPR) ... dipped to 0.97", "the estimated leverage ratio rose
to 0.27". The word "ratio" alone is a long/short ratio in a derivatives story ("OKX's ratio is
slightly lower", "with the ratio at 1.36"), but a ratio whose name says what it divides is
another gauge: FORMAT.md's list has no metric for valuation, profit-taking, leverage or fund
ratios, so such a figure is ``other`` (a reserve or collateral ratio is ``reserves``, and a
pair of coins, "the ETH/BTC ratio slipped to 0.0339", one coin's price in the other).

Only the figure's own phrase decides: the last "ratio" of its clause before it, with nothing
but linking words up to the figure ("of", "at", "fell to", "(SOPR) for short-term holders
dipped to"), and the word right before "ratio". That word names another ratio unless it is a
determiner, a possessive ("Binance's ratio"), a coin ("the BTC ratio"), a word of longs and
shorts ("long/short", "top-trader") or a plain adjective of time or scope ("the current
ratio", "the overall ratio"), which leave the long/short reading as it was.
"""

from __future__ import annotations

import re

from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context, Span, clause_of
from extractor.nlp.cues import cue_words
from extractor.nlp.layers import Amount, M

__all__ = ["named_ratio"]

_REACH = 70  # characters read before the figure: "ratio (SOPR) for short-term holders dipped to "


@per_lexicon
def _ratio_before() -> re.Pattern[str]:
    """The last "ratio" before the figure with its lead word, then no figure, no other
    ratio and no clause mark up to the figure."""
    return re.compile(
        r"(?i)(?<![\w/&.'’-])(?P<lead>[\w/&.'’-]+)\s+ratios?\b(?P<gap>[^0-9;:.!?]*?)~?$",
    )


@per_lexicon
def _long_short_lead() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{cue_words('long_short_ratio_leads')})\b")


@per_lexicon
def _neutral_lead() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{cue_words('ratio_neutral_leads')})")


@per_lexicon
def _reserve_lead() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{cue_words('reserve_ratio_leads')})")


def named_ratio(ctx: Context, a: Amount, sent: Span) -> str | None:
    """The metric of a bare ratio or number that a ratio named by its modifier states:
    ``reserves`` for a reserve or collateral ratio, else ``other``; None when the figure's
    phrase names no such ratio."""
    if a.kind not in ("ratio", "number"):
        return None
    start, _ = clause_of(ctx, a, sent)
    found = _ratio_before().search(ctx.text, max(start, a.start - _REACH), a.start)
    if found is None or "ratio" in found["gap"].lower():
        return None
    lead = found["lead"]
    if lead.endswith(("'s", "’s", "'", "’")) or _neutral_lead().fullmatch(lead):
        return None  # "Binance's ratio", "the ratio", "the current ratio"
    coins = ctx.in_span("asset", (found.start("lead"), found.end("lead")))
    if len(coins) >= 2:
        return M.PRICE  # "the ETH/BTC ratio slipped to 0.0339": one coin priced in another
    if coins:
        return None  # "the BTC ratio": the coin's, read as before
    if _long_short_lead().search(lead):
        return None  # "long/short ratio", "top-trader ratio"
    if _reserve_lead().fullmatch(lead):
        return M.RESERVES  # "a collateral ratio of 1.6"
    return M.OTHER
