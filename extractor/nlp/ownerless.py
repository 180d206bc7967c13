"""Figures that are no asset's, whatever the sentence names: an exchange's count of its
users, counts of people or things outside the market, stock indices and yields, macro
quantities, users' withdrawals at a venue.
"""

from __future__ import annotations

import re

from extractor.lexicon import per_lexicon
from extractor.nlp import venues
from extractor.nlp.asset_data import asset_words, kind_of_asset
from extractor.nlp.context import Context, Span, clause_of, distance
from extractor.nlp.cues import cue_words, macro
from extractor.nlp.layers import Amount, M
from extractor.nlp.venues import venue_ref


@per_lexicon
def _client_noun() -> re.Pattern[str]:
    """A venue's clients after a count ("130 million registered users")."""
    adjectives, nouns = asset_words("client_adjectives"), asset_words("client_nouns")
    return re.compile(rf"(?i)\s+(?:{adjectives}\s+)?{nouns}\b")


def clientele(ctx: Context, a: Amount, metric: str, sent: Span) -> bool:
    """A venue's own count of its users ("Binance had around 130 million users", "the
    exchange could reach 300 million users"): the exchange's, no coin's or market's."""
    counted = metric == M.PARTICIPANTS or a.kind in ("count", "number")
    if not counted or not _client_noun().match(ctx.text, a.end):
        return False
    if ctx.in_span("venue", (sent[0], a.start)):
        return True
    return venue_ref().search(ctx.text, sent[0], a.start) is not None


def outside_market(ctx: Context, a: Amount, metric: str) -> bool:
    """A figure of people or things outside the market, whatever the sentence names: a
    count of them ("127,000 creditors", "three people familiar with the matter", "three key
    crypto bills"), or a figure whose own noun is one ("a $258 million lawsuit", "a
    25-basis-point rate cut", "a 25% tariff"). Counts of traders, users and addresses are
    left to the metric rules."""
    if _outside_noun().match(ctx.text, a.end):
        return True
    if metric != M.OTHER or a.kind not in ("count", "number"):
        return False
    return _outside_count().match(ctx.text, a.end) is not None


@per_lexicon
def _outside_count() -> re.Pattern[str]:
    """The count's noun, up to two words after it ("three key crypto bills")."""
    return re.compile(rf"(?i)\s+(?:[\w'’-]+\s+){{0,2}}?{asset_words('outside_count_nouns')}\b")


@per_lexicon
def _outside_noun() -> re.Pattern[str]:
    """The figure's own noun, one word allowed before it ("$258 million class-action
    lawsuit", "25-basis-point rate cut")."""
    nouns = asset_words("outside_figure_nouns")
    return re.compile(rf"(?i)[\s-]+(?:[\w-]+\s+)?{nouns}\b")


# Stock indices and bond yields are the macro backdrop of crypto news ("the Nasdaq 100 rose
# 0.3%"): named so that no coin is pulled onto their figures, but no asset of a claim.
_BACKDROP_KINDS = ("index",)


def backdrop(asset_id: str | None) -> bool:
    """Whether an asset id names a stock index or yield, whose figures take no asset."""
    return kind_of_asset(asset_id) in _BACKDROP_KINDS


_MACRO_REACH = 80  # characters: the macro quantity is named in the figure's own stretch


def macro_figure(ctx: Context, a: Amount, sent: Span) -> bool:
    """The figure is a macro-economic quantity's (inflation, rates, yields): the nearest
    quantity word near it is one of ``macro_words``."""
    window = (max(sent[0], a.start - _MACRO_REACH), min(sent[1], a.end + _MACRO_REACH))
    near = [m for m in ctx.in_span("metric", window) if m.value != M.PRICE_CHANGE]
    nearest = min(near, key=lambda m: distance(ctx, a, m), default=None)
    return nearest is not None and bool(macro().fullmatch(ctx.text, nearest.start, nearest.end))


def macro_clause(ctx: Context, a: Amount) -> bool:
    """A sentence that names no asset but a macro-economic quantity before the figure, in
    the figure's reach ("Core CPI ... was higher than the month prior at 0.4%"): the
    figure is that quantity's, not the coin the paragraph is about."""
    sent = ctx.sentence_of(a.start)
    return (
        macro().search(ctx.text, max(sent[0], a.start - _MACRO_SUBJECT_REACH), a.start) is not None
    )


_MACRO_SUBJECT_REACH = 150  # characters: a long apposition may stand between


def venue_withdrawals(ctx: Context, a: Amount) -> bool:
    """Users' withdrawals or deposits at a venue ("withdrawals reached a peak of $5.3
    billion"): money in every asset the venue holds, no one coin's."""
    sent = ctx.sentence_of(a.start)
    if not _withdrawal_nouns().search(ctx.text, *sent):
        return False
    return venues.venue(ctx, a, M.FUND_FLOW, sent) is not None


@per_lexicon
def _withdrawal_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{cue_words('venue_flow_nouns')}\b")


# what a platform reports of itself: its fees, revenue, deposits, treasury, volume and users
_PLATFORM_OWN = frozenset(
    {M.FEES, M.REVENUE, M.TVL, M.PROFIT, M.HOLDINGS, M.TRADING_VOLUME, M.PARTICIPANTS}
)


@per_lexicon
def _platform_owner() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-]){asset_words('platform_owner_refs')}(?![\w-])")


def platform_own(ctx: Context, a: Amount, metric: str, sent: Span) -> bool:
    """A protocol's, exchange's or platform's own figure, referred back to in the figure's
    sentence before it ("The protocol earned $14.7 million in fees", "the DAO's treasury
    holds $88 million"): neither its native token's nor the market's, where the sentence
    names no asset (FORMAT.md: a ticker the figure is about). The reference stands in the
    figure's own clause: in "The protocol's launch was met with enthusiasm, with X reporting
    68,548 holders" the holders are not the protocol's."""
    if metric not in _PLATFORM_OWN:
        return False
    start = clause_of(ctx, a, sent)[0]
    if _token_ref().search(ctx.text, start, a.start):
        return False  # "Trading volume in the token on the exchange": the token's, on a venue
    return _platform_owner().search(ctx.text, start, a.start) is not None


@per_lexicon
def _token_ref() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:the|its|this|that)\s+{asset_words('token_subject_nouns')}\b")
