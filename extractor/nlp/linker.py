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

Here each field is one decision function that returns a :class:`Choice`: the value and
the reason (the sentence's cue and its distance, or the fallback used), which
``cryptoclaims explain`` shows. The thresholds are :class:`LinkerSettings` (the
``cc_linker`` config). Reasons are written only when the settings ask for a trace.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp import amounts, attribution, blocks, dating, frames, own_noun, subject, venues
from extractor.nlp import metric as metrics
from extractor.nlp import side as sides
from extractor.nlp.asset_data import kind_of_asset
from extractor.nlp.context import Context, Span, distance
from extractor.nlp.cues import breakdown, sentiment
from extractor.nlp.entities import thing_subject
from extractor.nlp.layers import Amount, Choice, Link, M
from extractor.nlp.lines import line_bounds
from extractor.nlp.market_owner import local_market
from extractor.nlp.mentions import Mention
from extractor.nlp.network_items import network_item_asset, on_network_item
from extractor.nlp.own_subject import (
    company_table,
    network_coin,
    on_network_row,
    subject_figure,
    subject_of_article,
)
from extractor.nlp.ownerless import platform_own
from extractor.nlp.periods import Period
from extractor.nlp.physical_rates import physical_rate
from extractor.nlp.structural_tickers import ticker_headers
from extractor.nlp.valuations import company_valuation

__all__ = ["Context", "Draft", "LinkerSettings", "link"]


@dataclass(frozen=True)
class LinkerSettings:
    """The linker's thresholds, in one place."""

    sure_score: float = 0.15  # a metric cue scoring less is a guess another reading may replace
    repeat_reach: int = 400  # figures: a headline's repeat stands within the same article's few
    topics: tuple[str, ...] = (
        M.LIQUIDATIONS,
        M.ETF_FLOW,
        M.FUND_FLOW,
        M.HACK_AMOUNT,
        M.FUNDING_RAISED,
    )
    trace: bool = False  # write each field's reason on its Link (for ``explain``)


@dataclass(slots=True)
class Draft:
    """What one amount is being linked to (frozen into a Link when the article is done)."""

    amount: Amount
    sentence: Span
    metric: str = M.OTHER
    side: str | None = None
    asset: str | None = None
    period: Period | None = None
    source: str | None = None
    venue: str | None = None
    unit: str = ""
    sure: bool = True
    negative: bool = False  # a level below zero: the claim keeps the written sign
    reasons: dict[str, Choice] = field(default_factory=dict)

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
            tuple(self.reasons.values()),
        )


def link(ctx: Context, settings: LinkerSettings | None = None) -> list[Link]:
    """One Link per amount, in text order."""
    s = settings or LinkerSettings()
    links: list[Draft] = []
    for a in ctx.amounts:
        sent = ctx.sentence_of(a.start)
        metric, sure, people = decide_metric(ctx, a, sent, links, s)
        cell = blocks.cell_at(ctx, a.start)
        prose_metric, column = metric.value or M.OTHER, None
        if cell and (column := _table_metric(ctx, a, cell)) == M.FUND_FLOW:
            column = _fund_row_flow(ctx, cell)  # "Fund | Net flow / IBIT | +$210M": an ETF's
        if cell and column is None and (moved := _change_column_metric(ctx, a, cell)):
            column = moved  # "| Ethereum | $98.6bn | +3.1% |" under "TVL | 7d": the TVL moved
        if cell and column is None and (whole := _share_column_metric(ctx, a, cell, links)):
            column = whole  # "| HAL | $198.6M | 48.2% |" under "Value | Share": of the holdings
        if cell and column:
            reason = "a table cell naming nothing: what its column's header (or row's label) names"
            metric, sure, people = Choice("metric", column, reason), True, None
        x = Draft(a, sent, metric=metric.value or M.OTHER, sure=sure)
        side = decide_side(ctx, a, x.metric, sent, s)
        if cell and column and (column_side := _table_side(ctx, a, x, cell)):
            side = Choice("side", column_side, "the side its column's header names, or its sign")
        if side.value is None and cell and (moved := _change_column_side(ctx, a, cell)):
            side = Choice("side", moved, "a signed cell under a change column: its sign")
        if x.metric in _FLOWS and a.sign and a.kind != "percent":
            # "- IBIT: +$210.4M", "GBTC  -$31.2M" under a flow: the written sign says in or out
            # (a signed percentage, "flows: +12% on the week", is a change of the flows)
            side = Choice("side", "inflow" if a.sign > 0 else "outflow", "a flow's written sign")
        if side.value is None and (restated := _restated(ctx, a, sent, links, x.metric)):
            side = Choice("side", restated.side, "restates the figure before it")
        x.side = side.value
        x.negative = a.sign < 0 and x.side is None  # "funding at -0.0051%" keeps its sign
        # a column's metric brings no coin of its own: a figure the table names no coin for
        # keeps the asset its prose reading had ("0.40%" under "Maker fee" is no bitcoin fee)
        asset = decide_asset(ctx, a, prose_metric if column else x.metric, sent, links, s)
        if cell and (row_asset := _table_asset(ctx, cell, asset.value, x.metric)) != asset.value:
            asset = Choice("asset", row_asset, "a table cell naming none: its row's (or column's)")
        elif (
            a.kind == "money"
            and x.metric not in _CHAIN_OWN
            and on_network_item(ctx, a.start, asset.value)
        ):
            reason = "a list item named by a chain in a list by chain: the lead's or subject's"
            asset = Choice("asset", network_item_asset(ctx, a.start), reason)
        if people:
            asset = Choice("asset", people.asset, "the asset of the people counted before")
        if asset.value == _MARKET and local_market(ctx, a, sent):
            # "Trading on Thailand's exchanges rose to 118.4 billion baht": one country's market
            reason = "a market counted in a local currency: one country's, not the whole market's"
            asset = Choice("asset", None, reason)
        x.asset = asset.value
        x.period, period = decide_period(ctx, a, x, sent, links, s)
        if column and x.period is None and x.metric != prose_metric:
            # a level read from its column keeps the date the prose above gave its rows
            x.period = dating.fallback_period(ctx, a, prose_metric, links, moving=True)[0]
        if (run := dating.over_run(ctx, a, sent, x.period)) != x.period:
            x.period = run
            reason = "widened back over the run its clause says it held for"
            period = Choice("period", _period_text(run), reason)
        source = decide_source(ctx, a, x.metric, sent, s)
        x.source = source.value
        x.venue = venues.venue(ctx, a, x.metric, sent)
        if x.asset == "CRYPTO" and x.venue and x.metric in _VENUE_BOOKS:
            # "Volume on Arcadia came to $14.6 million": one venue's trades, not the market's
            x.asset = None
            asset = Choice("asset", None, "one venue's turnover or open interest: no market's")
        if x.venue is None and cell:
            x.venue = venues.column_venue(ctx, x.metric, cell.header)
        if x.venue is None and cell:
            x.venue = venues.network_row_venue(ctx, cell, x.metric)
        if x.venue is None:
            x.venue = venues.row_label_venue(ctx, a, x.metric)
        if x.venue is None and column and prose_metric != x.metric:
            x.venue = venues.venue(ctx, a, prose_metric, sent)  # a fee table's own exchange
        if x.venue is None and people:
            x.venue = people.venue  # "By 2023, this number ... reached 170 million": Binance's
        x.unit = metrics.unit(ctx, a, x.metric, sent)
        if (
            x.asset not in (None, x.unit)
            and metrics.counts_tokens(ctx, a, x.unit)
            # another coin (the chain), not a treasury firm's own ticker ("SBET ... tokens")
            and any(
                m.value == x.asset and m.asset_kind in ("crypto", "stablecoin")
                for m in ctx.in_span("asset", sent)
            )
        ):
            x.asset = x.unit  # "minted 1 billion USDT on Tron, ... 180.9 billion tokens": USDT
            asset = Choice("asset", x.asset, "the coin its tokens are counted in")
        if x.unit == "index" and x.metric == M.OTHER and sentiment().search(ctx.text[slice(*sent)]):
            x.metric = M.SENTIMENT_INDEX
            metric = Choice("metric", x.metric, "an index reading in a sentence of sentiment words")
        if s.trace:
            venue = Choice("venue", x.venue, "the nearest venue of the sentence, or the hacked one")
            for choice in (metric, side, asset, period, source, venue):
                x.reasons[choice.field] = choice
        links.append(x)
    _repeat_from_body(
        links,
        s,
        lambda x: dating.in_headline(ctx, x.amount),
        partial(_several_coins, ctx),
        lambda x: metrics.refers_back(ctx, x.amount, x.sentence),
        partial(_row_coin, ctx),
    )
    repeated = [x.period for x in links]
    dating.headline_periods(ctx, links)
    if s.trace:
        for x, earlier in zip(links, repeated, strict=True):
            if x.period != earlier:
                reason = "a headline or summary figure: the period the body gives the same figure"
                x.reasons["period"] = Choice("period", _period_text(x.period), reason)
    before = [(x.source, x.venue, x.period) for x in links]
    attribution.from_body(ctx, links)
    venues.carry(ctx, links)
    _lender_liquidations(links, s.trace)
    dating.undated_forecasts(ctx, links)
    dating.as_of_publication(ctx, links)
    dating.report_unit_levels(ctx, links)
    dating.day_of_story(ctx, links)
    dating.since_an_event(ctx, links)
    dating.standing_rules(ctx, links)
    dating.undated_pasts(ctx, links)
    dating.event_windows(ctx, links)
    dating.first_full_units(ctx, links)
    dating.unit_changes(ctx, links)
    dating.undated_peaks(ctx, links)
    _lead_periods(ctx, links)
    _frame_periods(ctx, links)
    dating.correction_notes(ctx, links)
    if s.trace:
        _note_carried(links, before, ctx.published is None)
    return [x.frozen() for x in links]


def _note_carried(links: list[Draft], before: list[tuple[Any, Any, Any]], undated: bool) -> None:
    """The reasons of fields filled after every figure was linked."""
    for x, (source, venue, period) in zip(links, before, strict=True):
        if x.source != source:
            reason = "a headline or summary figure: the source the body gives the same figure"
            x.reasons["source"] = Choice("source", x.source, reason)
        if x.venue != venue:
            reason = (
                "the venue of an earlier figure of this metric: the paragraph's, or a fine's party"
            )
            x.reasons["venue"] = Choice("venue", x.venue, reason)
        if x.period != period:
            reason = "a level stated without a date holds as of publication"
            if x.period is None:
                reason = "no period: a condition, a count since an undated event, a peak, a rule, "
                reason += "a past left open"
            elif undated:
                reason = "no publication date: the day of the last earlier figure of its metric"
            x.reasons["period"] = Choice("period", _period_text(x.period), reason)


# --- decisions: each returns the choice and why ----------------------------------------


def decide_metric(
    ctx: Context, a: Amount, sent: Span, links: list[Draft], s: LinkerSettings
) -> tuple[Choice, bool, Draft | None]:
    """The metric, whether a cue of the sentence made it sure, and the count of people the
    amount counts again (its asset and venue are theirs), if that decided it."""
    metric, score = metrics.metric(ctx, a, sent)
    weak = score < s.sure_score and a.kind in ("money", "percent")
    if weak and (topic := _paragraph_topic(ctx, a, links, s)):
        reason = "no sure cue in the sentence: the paragraph's topic (its figures or lead line)"
        return Choice("metric", topic, reason), True, None  # "shorts lost $171.4 million"
    if weak and (whole := _split_total(ctx, a, sent, links)):
        reason = "a breakdown of the total told in the sentence before: what that total measured"
        return Choice("metric", whole, reason), True, None  # "the breakdown ... shows flows"
    if weak and (parallel := _parallel_level(ctx, a, sent, links)):
        reason = "a bare level after a sentence of such levels: the same reading"
        return Choice("metric", parallel, reason), True, None  # "Meanwhile, ETH is at 17.2%"
    if metric == M.LOSS and metrics.plain_losses(ctx, sent):
        topic = _paragraph_topic(ctx, a, links, s)
        if topic == M.LIQUIDATIONS:
            reason = "plain losses in a paragraph of liquidations: what the liquidations took"
            return Choice("metric", topic, reason), True, None  # "bore 81% of the losses"
    bare = metric == M.OTHER and score < s.sure_score and a.kind in ("count", "number")
    bare = bare and not own_noun.sizes_noun(ctx, a, sent)  # "two tokens": no repeated count
    bare = bare and not _BOUND_BEFORE.search(ctx.text, max(sent[0], a.start - 30), a.start)
    if bare and (people := _people_counted_before(a, links, ctx)):
        reason = "a bare count after a count of people: the same count"
        return Choice("metric", M.PARTICIPANTS, reason), True, people  # "a total of 170 million"
    # a bare number gapped after a count of people in its own sentence counts them too, of the
    # subject its own clause names: "BLTK has 61,200 wallets holding the token and VGC 148,000"
    # ("holding" is the wallets' word, and 148,000 no VGC coins)
    if (
        a.kind == "number"
        and metric != M.PARTICIPANTS
        and _GAPPED_BEFORE.search(ctx.text, max(sent[0], a.start - 40), a.start)
        and _CLAUSE_END.match(ctx.text, a.end)
        and (people := _people_counted_before(a, links, ctx))
        and people.sentence == sent
    ):
        reason = "a bare number gapped after a count of people in its sentence: the same count"
        return Choice("metric", M.PARTICIPANTS, reason), False, None  # read, not cued
    sure = score >= s.sure_score
    if not s.trace:
        return Choice("metric", metric, ""), sure, None
    cues = ctx.in_span("metric", sent)
    cue = _nearest(ctx, a, [m for m in cues if m.value == metric])
    if metric == M.OTHER:
        reason = "no cue in the sentence names a metric this amount can be"
    elif cue is None:
        cue = _nearest(ctx, a, cues)
        reason = "the words around the amount (a level, a share, a change, a fund)"
        reason += f", refining the nearest cue ({cue.value})" if cue else ""
    else:
        reason = f"the strongest fitting cue of the sentence (score {score:.2f})"
    if not sure and metric != M.OTHER:
        reason += "; weak, below the sure score"
    return _with_cue(Choice("metric", metric, reason), ctx, a, cue), sure, None


def decide_side(ctx: Context, a: Amount, metric: str, sent: Span, s: LinkerSettings) -> Choice:
    side = sides.side(ctx, a, metric, sent)
    if not s.trace:
        return Choice("side", side, "")
    if side is None:
        return Choice("side", None, "no side word of the sentence belongs to this amount")
    if a.sign and side in ("up", "down"):
        return Choice("side", side, "the sign written before the amount")
    cue = _nearest(ctx, a, [m for m in ctx.in_span("side", sent) if m.value == side])
    reason = "the nearest side word the amount owns" if cue else "a change verb, or the paragraph"
    return _with_cue(Choice("side", side, reason), ctx, a, cue)


# a listed company's or fund's ticker, which a platform's own figure may carry
_SHARES = ("stock", "etf")
# a chain token's own readings and the chain's own earnings: in a list by chain they stay the
# token's ("Arbitrum: -4.1%", "Network fees by chain: Ethereum: $18.4 million")
_CHAIN_OWN = frozenset(
    (M.PRICE, M.PRICE_CHANGE, M.MARKET_CAP, M.MARKET_CAP_CHANGE, M.FEES, M.REVENUE)
)


def decide_asset(
    ctx: Context, a: Amount, metric: str, sent: Span, links: list[Draft], s: LinkerSettings
) -> Choice:
    if quoted := amounts.rate_base(ctx.text, a):
        return Choice("asset", quoted, "an exchange rate: the currency it is quoted per")
    if subject.sector_figure(ctx, a, metric, sent):
        return Choice("asset", None, "a figure of one sector of the market (DeFi, stablecoins)")
    if metric == M.OTHER and company_valuation(ctx, a, sent):
        return Choice("asset", None, "a company's valuation in a round, as its round: no coin's")
    if subject.held_in_sector(ctx, a, metric):
        return Choice("asset", None, "a holding in a sector's coins beside other assets")
    if subject.clientele(ctx, a, metric, sent):
        return Choice("asset", None, "an exchange's count of its own users")
    if subject.outside_market(ctx, a, metric):
        return Choice("asset", None, "a figure of people or things outside the market")
    if (thing := thing_subject(ctx, a, metric, sent)) is not None:
        return Choice("asset", None, f"a figure of the {thing.kind} the sentence names")
    found = subject.asset(ctx, a, metric, sent)
    if subject.backdrop(found):
        return Choice("asset", None, "a stock index or bond yield: the backdrop, no asset")
    if found:
        if not s.trace:
            return Choice("asset", found, "")
        named = [m for m in ctx.in_span("asset", sent) if m.value == found]
        reason = "named in the sentence" if named else "the issuer of a fund or share named there"
        return _with_cue(Choice("asset", found, reason), ctx, a, _nearest(ctx, a, named))
    if own := subject_figure(ctx, a, metric, sent):
        return Choice("asset", own, "the article's own subject, which the sentence refers to")
    carried = subject.fallback_asset(ctx, a, metric, links)
    if coin := network_coin(ctx, a, sent, carried):
        return Choice("asset", coin, "a figure of the network, which no company carries onto")
    if carried and kind_of_asset(carried) not in _SHARES and platform_own(ctx, a, metric, sent):
        return Choice("asset", None, "a platform's own figure: not its token's, nor the market's")
    if subject.backdrop(carried):
        return Choice("asset", None, "the paragraph is about a stock index or bond yield")
    if not s.trace:
        return Choice("asset", carried, "")
    if carried is None:
        reason = "the sentence names none, and this metric takes no asset from elsewhere"
    elif carried == "CRYPTO":
        reason = "a market-wide figure whose sentence names no asset"
    else:
        reason = "fallback: the asset of the paragraph, of the last such figure, or the article"
    return Choice("asset", carried, reason)


def decide_period(
    ctx: Context, a: Amount, x: Draft, sent: Span, links: list[Draft], s: LinkerSettings
) -> tuple[Period | None, Choice]:
    own = dating.period(ctx, a, sent, x.metric)
    if own:
        if not s.trace:
            return own, _UNTRACED
        times = [t for t in ctx.times_in(sent) if t.period == own]
        cue = Mention(times[0].start, times[0].end, "time", "") if times else None
        reason = "the time expression of the sentence nearest the amount"
        return own, _with_cue(Choice("period", _period_text(own), reason), ctx, a, cue)
    moving = x.side in ("up", "down")  # "reserves increase by $850M": a change, no level
    carried, reason = dating.fallback_period(ctx, a, x.metric, links, moving)
    if not s.trace:
        return carried, _UNTRACED
    if carried is None:
        return None, Choice("period", None, f"no date in the sentence; {reason}")
    para = ctx.paragraph_of(a.start)
    earlier = [t for t in ctx.times_in((para[0], a.start)) if t.period == carried]
    cue = Mention(earlier[-1].start, earlier[-1].end, "time", "") if earlier else None
    return carried, _with_cue(Choice("period", _period_text(carried), reason), ctx, a, cue)


_UNTRACED = Choice("", None, "")


def decide_source(ctx: Context, a: Amount, metric: str, sent: Span, s: LinkerSettings) -> Choice:
    found = attribution.attribute(ctx, a, sent, metric)
    if not s.trace:
        return Choice("source", found, "")
    if found is None:
        return Choice("source", None, "no citation in the sentence, caption or paragraph")
    cited = [m for m in ctx.in_span("source", sent) if m.value == found]
    if cited:
        reason = "cited in the sentence"
    elif found.lower() in ctx.text[sent[0] : sent[1]].lower():
        reason = "named in the sentence as the one stating the figure"
    else:
        reason = "fallback: a 'Source:' caption, or a citation earlier in the paragraph"
    return _with_cue(Choice("source", found, reason), ctx, a, _nearest(ctx, a, cited))


def _nearest(ctx: Context, a: Amount, mentions: list[Mention]) -> Mention | None:
    outside = [m for m in mentions if not (a.start <= m.start < a.end)]
    return min(outside, key=lambda m: distance(ctx, a, m)) if outside else None


def _with_cue(choice: Choice, ctx: Context, a: Amount, cue: Mention | None) -> Choice:
    if cue is None:
        return choice
    return Choice(
        choice.field, choice.value, choice.reason, (cue.start, cue.end), distance(ctx, a, cue)
    )


def _period_text(period: Period | None) -> str | None:
    return f"{period[0].isoformat()}..{period[1].isoformat()}" if period else None


def _restated(ctx: Context, a: Amount, sent: Span, links: list[Draft], metric: str) -> Draft | None:
    """The figure right before, of the same metric and with a side, that this one restates
    in another unit ("81% of the losses, or $1.03 billion")."""
    last = links[-1] if links else None
    if last is None or last.side is None or last.metric != metric:
        return None
    return last if sides.restated(ctx, a, sent) is last.amount else None


def _split_total(ctx: Context, a: Amount, sent: Span, links: list[Draft]) -> str | None:
    """The metric of the total a breakdown splits: a breakdown word in the amount's sentence,
    and the last sure figure of the sentence right before it, of a kind this amount can be."""
    if not ctx.sentence_has(breakdown(), sent):
        return None
    for x in reversed(links):
        if x.amount.start >= sent[0]:
            continue
        if ctx.text[x.sentence[1] : sent[0]].strip():
            return None  # another sentence stands between
        return x.metric if x.sure and x.metric != M.OTHER and metrics.fits(x.metric, a) else None
    return None


def _parallel_level(ctx: Context, a: Amount, sent: Span, links: list[Draft]) -> str | None:
    """The reading of the percentage levels the sentence before ends on, for a percentage
    written as a level ("is at 17.2%") with no cue of its own: a parallel reading from
    another source or of another coin ("... holds an 18% dominance rating, with bitcoin at
    49.8%. Meanwhile, on coingecko.com, ETH is at 17.2%"). Moves set no level."""
    if a.kind != "percent" or not _LEVEL_WORD.search(ctx.text, max(0, a.start - 20), a.start):
        return None
    before = next((x for x in reversed(links) if x.amount.start < sent[0]), None)
    if before is None or ctx.text[before.sentence[1] : sent[0]].strip():
        return None  # no figure in the sentence right before
    if before.amount.kind != "percent" or not before.sure or before.side is not None:
        return None
    return before.metric if before.metric not in (M.OTHER, M.PRICE_CHANGE) else None


_LEVEL_WORD = re.compile(r"(?i)\b(?:is|was|at|stands\s+at|sits\s+at)\s+(?:about\s+|around\s+)?$")


# a gapped conjunct's opening and end: "..., and VGC 148,000.", "; Beta 9,500,"
_GAPPED_BEFORE = re.compile(r"(?:,|;|\band|\bwhile|\bwhereas)\s+(?:the\s+)?[A-Z][\w.’'-]*\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.;,)]|$)")


def _people_counted_before(a: Amount, links: list[Draft], ctx: Context) -> Draft | None:
    """The last earlier count among the few figures before, when it is a count of people
    (users, traders, addresses): a bare count after it with no cue of its own counts them
    too ("Binance had around 130 million users. By 2023, this number increased by 40
    million"), also a few paragraphs on ("The first ten million was surpassed in 2017")."""
    cell = blocks.cell_at(ctx, a.start)
    row = _line_start(ctx, a.start)
    for x in reversed(links[-_COUNT_REACH:]):
        if x.amount.kind in ("count", "number"):
            own_row = _line_start(ctx, x.amount.start) == row
            if cell is not None and cell.label is not None and not own_row:
                return None  # a row with a label of its own ("Card transactions") counts that
            return x if x.sure and x.metric == M.PARTICIPANTS else None
    return None


def _line_start(ctx: Context, pos: int) -> int:
    """Where the line holding ``pos`` starts (the line layer's bounds)."""
    return line_bounds(ctx.text, ctx.lines).start(pos)


_COUNT_REACH = 8  # figures back
# "61% of them are under 30", "two-thirds were younger than 35": a bound of what they are
# (an age, a size), a bound word or a comparative after the verb, no repeated count
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were)\s+(?:under|over|below|above|aged|[a-z]+er\s+than)\s+$"
)
_LEAD_LINE = 100  # characters: the longest line read as the heading of the rows below it


def _paragraph_topic(ctx: Context, a: Amount, links: list[Draft], s: LinkerSettings) -> str | None:
    """The topical metric (liquidations, fund flows, a hack) the paragraph is already about,
    or that the lead line of its list names ("Top assets by liquidations (24h):")."""
    para = ctx.paragraph_of(a.start)
    for x in reversed(links[-s.repeat_reach :]):
        if x.amount.start < para[0]:
            break
        if x.sure and x.metric in s.topics and metrics.fits(x.metric, a):
            return x.metric
    lead_end = ctx.text.find("\n", para[0], a.start)
    if lead_end < 0:
        return None  # the amount stands in the paragraph's first line
    lead = ctx.in_span("metric", (para[0], lead_end))
    named = [m.value for m in lead if m.value in s.topics and metrics.fits(m.value, a)]
    heading: Span | None = (para[0], lead_end)
    if lead_end - para[0] > _LEAD_LINE:
        heading = _lead_sentence(ctx, (para[0], lead_end)) if _row_label(ctx, a) else None
    if not named and heading:
        # a short lead line ("Spot trading volume by exchange (24h):") or a lead line's last
        # sentence that ends with the colon before the list ("..., with prices from Kaiko:")
        # names what its rows measure; a paragraph's long first sentence is no list heading
        named = [
            m.value
            for m in ctx.in_span("metric", heading)
            if metrics.names_quantity(ctx, m) and metrics.fits(m.value, a)
        ]
    return named[0] if named else None


_LEAD_SENTENCE = 180  # characters: the longest sentence read as the introduction of a list


def _row_label(ctx: Context, a: Amount) -> bool:
    """The amount follows its item's label, and the label names which row (a time, a venue:
    "- 13:05 UTC: $0.998", "- Binance: $8.4 billion"), not what the figure is ("• Remaining
    ATM capacity: >$10 billion"): no word of it is in lower case."""
    line = ctx.text[_line_start(ctx, a.start) : a.start]
    # the label ends with the colon right before the figure, not at a clock time's colon
    label = _ITEM_LABEL.fullmatch(line)
    if label is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", label["label"])
    # a name may start in lower case ("dYdX", "bitFlyer"); a common word is lower case whole
    return bool(label["label"].strip()) and not any(w.islower() for w in words)


_ITEM_MARK = re.compile(rf"[ \t]*{blocks.ITEM_MARKER}?[ \t]*")
_ITEM_LABEL = re.compile(rf"{_ITEM_MARK.pattern}(?P<label>[^\n]+?):[ \t]*")


def _lead_sentence(ctx: Context, line: Span) -> Span | None:
    """The sentence that ends a lead line with a colon, introducing the list below it."""
    text = ctx.text[line[0] : line[1]].rstrip()
    if not text.endswith(":"):
        return None
    sent = ctx.sentence_of(line[0] + len(text) - 1)
    return sent if sent[1] - sent[0] <= _LEAD_SENTENCE else None


def _table_metric(ctx: Context, a: Amount, cell: blocks.Cell) -> str | None:
    """What a table figure measures when its own cell names nothing: the quantity its
    column's header names ("Open interest"), else its row's label (a table on its side,
    "Hashrate | 31.2 EH/s | 18.7 EH/s"); None when the cell has words of its own."""

    venue_rows = cell.label is not None and bool(ctx.in_span("venue", cell.label))

    def named(span: Span | None, quantities: bool) -> str | None:
        if span is None:
            return None
        cues = [m for m in ctx.in_span("metric", span) if _column_fits(m.value, a)]
        if quantities:
            cues = [m for m in cues if metrics.names_quantity(ctx, m)]
        if venue_rows:  # an exchange's net flow is no fund's
            cues = [m for m in cues if m.value != M.ETF_FLOW]
        # the header's last quantity is its head: "Pricing tier (30-day volume)" is a volume
        return cues[-1].value if cues else None

    if ctx.in_span("metric", cell.span):
        return None  # the cell's own words ("liquidations of $310M") decide
    earned = named(cell.header, True) in (M.REVENUE, M.FEES)  # "Hashprice ($/PH/day)"
    if physical_rate(ctx, a, ctx.sentence_of(a.start)) and not earned:
        return M.OTHER  # "Price per TH" over "$16.10": a unit of a physical good, none of ours
    if any(cell.span[0] <= b.start < a.start for b in ctx.amounts):
        return None  # a second figure in the cell ("-$96M (BTC at $88,000)") is not the column's
    for span in (cell.header, cell.label):
        # the header's own quantity noun first ("Value secured"), as a figure's phrase is read
        if (
            found := (span and own_noun.span_noun(ctx, span, a))
            or named(span, True)
            or named(span, False)
        ):
            return found
        if span and own_noun.flow_span(ctx, span, a):
            return M.FUND_FLOW  # "Est. flow" over "-$75M", where no cue names the flow's kind
    if cell.label and cell.lead and own_noun.flow_lead(ctx, cell.lead, a):
        return M.FUND_FLOW  # "The flows by fund, per Farside:" over its rows
    # a lead line ("Spot volume by exchange, November:") speaks for rows that name their subject
    return named(cell.lead, True) if cell.label else None


def _fund_row_flow(ctx: Context, cell: blocks.Cell) -> str:
    """A flow cell is an ETF's flow where its row names an ETF ("IBIT | +$210M"), else a
    fund flow: no cue word names the flow's kind."""
    etf = cell.label is not None and any(
        m.asset_kind == "etf" for m in ctx.in_span("asset", cell.label)
    )
    return M.ETF_FLOW if etf else M.FUND_FLOW


def _table_asset(ctx: Context, cell: blocks.Cell, decided: str | None, metric: str) -> str | None:
    """The asset of a table figure whose own cell names none: its row's label ("USDC |
    611 million | 640 million"), else its column's header ("Metric | Bitcoin | Ether"), else
    the table's lead line ("Bitcoin futures open interest by venue:"). A
    row labelled with another subject (an exchange, a sector, a company: "Upbit | ₩5.37T")
    is no market-wide figure; the sentence's decision stands otherwise."""
    if ctx.in_span("asset", cell.span):
        return decided
    if on_network_row(ctx, cell):  # "Network | Share of fund / Ethereum | 62.8%": no ether's
        # a coin the row's chain name (or the row before it) gave is none of the figure's
        decided = decided if kind_of_asset(decided) in _SHARES else None
        for span in (cell.header, cell.lead):
            above = [m.value for m in ctx.in_span("asset", span)] if span else []
            if above and not subject.backdrop(above[0]):
                return above[0]
        return decided or subject_of_article(ctx)
    if metric not in _COIN_MARKET and (company := company_table(ctx, cell)):
        return company  # "Key figures (source: Ridgeback Mining)" over "BTC mined | 512"
    if ticker := _ticker_column_asset(ctx, cell):
        return ticker  # "| Physical Bitcoin | HDBT | 912.4 |": the product's own ticker
    for span in (cell.label, cell.header, cell.lead):
        # a common word the lexicon also maps ("Maker", "Near-term") names no coin
        named = [m for m in ctx.in_span("asset", span) if not m.ambiguous] if span else []
        if named and not subject.backdrop(named[0].value):
            return named[0].value
    quantity = cell.label is not None and any(
        m.value == metric for m in ctx.in_span("metric", cell.label)
    )
    # a row labelled with another subject is no market-wide figure; one labelled with the
    # quantity it holds ("24h liquidations | $412M") still is
    return None if cell.label and decided == _MARKET and not quantity else decided


def _ticker_column_asset(ctx: Context, cell: blocks.Cell) -> str | None:
    """The asset a cell of the figure's row names under a column of tickers ("Product |
    Ticker | AuM"): the row's own ticker, not the coin its label describes in words."""
    headers = ticker_headers()
    for left in blocks.cells_before(ctx, cell):
        if left.header is None or ctx.text[slice(*left.header)].strip().lower() not in headers:
            continue
        named = [m.value for m in ctx.in_span("asset", left.span) if not m.ambiguous]
        if len(set(named)) == 1:
            return named[0]
    return None


_MARKET = "CRYPTO"
# a coin's own market readings, which a company's table quotes beside its own figures
_COIN_MARKET = frozenset({M.PRICE, M.MARKET_CAP, M.MARKET_CAP_CHANGE})
_FLOWS = frozenset({M.ETF_FLOW, M.FUND_FLOW})

# what one venue's book holds: its turnover and its open positions (liquidations, by contrast,
# stay the market's where a venue is named: "Liquidations on Bybit reached $210 million")
_VENUE_BOOKS = frozenset({M.TRADING_VOLUME, M.OPEN_INTEREST})
_HEADER_SIDES = frozenset({"inflow", "outflow", "long", "short"})
# venues whose forced closes are the market's liquidations ("Liquidations on Bybit")
_TRADING_VENUES = frozenset({"exchange", "derivatives"})


@per_lexicon
def _venue_kinds() -> dict[str, str]:
    return {v.name: v.kind for v in lexicon.venues()}


def _lender_liquidations(links: list[Draft], trace: bool) -> None:
    """Liquidations at a venue that is no trading venue (a lending protocol the lexicon
    knows, or one the text names and describes, its own or carried from the paragraph) are
    the collateral that lender sold, no market-wide total of forced closes: no CRYPTO."""
    for x in links:
        if (
            x.asset == _MARKET
            and x.metric == M.LIQUIDATIONS
            and x.venue is not None
            and _venue_kinds().get(x.venue) not in _TRADING_VENUES
        ):
            x.asset = None
            if trace:
                reason = "a lender's liquidated collateral: no market-wide figure"
                x.reasons["asset"] = Choice("asset", None, reason)


def _table_side(ctx: Context, a: Amount, x: Draft, cell: blocks.Cell) -> str | None:
    """The side of a figure read from its column: the side its header names ("Outflows",
    "Longs"), else for a flow the written sign ("-$64.1M": an outflow)."""
    if cell.header and (named := [m.value for m in ctx.in_span("side", cell.header)]):
        fitting = [v for v in named if v in _HEADER_SIDES]
        if fitting:
            return fitting[-1]
    if x.metric in _FLOWS and a.sign:
        return "inflow" if a.sign > 0 else "outflow"
    return None


def _column_fits(metric: str, a: Amount) -> bool:
    """A column's metric fits its cell as a phrase's would, and a supply column also holds
    money: a stablecoin table's "Supply" column counts its dollars ("186.1bn" under a lead's
    "(USD)"), which prose calls a supply only with its coin ("1.2 billion USDT")."""
    return metrics.fits(metric, a) or (metric == M.SUPPLY and a.kind == "money")


def _change_column_side(ctx: Context, a: Amount, cell: blocks.Cell) -> str | None:
    """A signed percentage or sum under a column its header names a change ("30d change",
    "MoM", "24h %") moved by its sign ("-2.7%" down); a level's column keeps the sign."""
    if not a.sign or a.kind not in _MOVES or not _change_column(ctx, cell):
        return None
    return "up" if a.sign > 0 else "down"


_MOVES = ("percent", "money", "crypto")  # what a change column's cell can move by


def _change_column(ctx: Context, cell: blocks.Cell) -> bool:
    """The cell's header names a change ("30d change", "MoM", "Chg") or is a window alone
    ("7d", "24h %"); a window beside a level's name ("Funding rate (24h)") is no change."""
    if cell.header is None:
        return False
    return blocks.change_header(ctx.text[cell.header[0] : cell.header[1]])


def _change_column_metric(ctx: Context, a: Amount, cell: blocks.Cell) -> str | None:
    """What a figure under a change column moves: what its row's level measures, the
    nearest figure to its left under a column that names a quantity ("TVL | 7d": "+3.1%"
    moved the TVL; "Active addresses | WoW": a count of addresses). A price's move is a
    price change and a market cap's a market cap change; a row whose level column names
    nothing ("Coin | Last | 24h %") gives nothing, and the figure keeps its prose reading."""
    if a.kind not in _MOVES or not _change_column(ctx, cell) or ctx.in_span("metric", cell.span):
        return None
    if _header_names_quantity(ctx.text[cell.header[0] : cell.header[1]] if cell.header else ""):
        return None  # "Volume | Price change": the column says what moved, not the row
    for left in blocks.cells_before(ctx, cell):
        level = ctx.amounts_in(left.span)
        if not level or _change_column(ctx, left):
            continue  # a name cell, or another change column ("24h | 7d")
        named = _table_metric(ctx, level[0], left)
        if named is None:
            return None
        words = " ".join(ctx.text[s[0] : s[1]] for s in (left.header, left.label) if s)
        moved = metrics.change_metric(named, a, words)  # "Card spend": a sum of money moved
        if moved == M.OTHER and _held_share(named, a):
            return named  # "AuM | Change m/m": a fund's assets grew by "+7.9%"
        return moved if moved != M.OTHER else None  # what cannot move by a figure: no reading
    return None


def _held_share(level: str, a: Amount) -> bool:
    """A percentage of a stock held (a share of it, or its move) keeps the holdings metric,
    as a share of any whole keeps the whole's (FORMAT.md), though prose percentages are
    read as holdings only by their own rules."""
    return level == M.HOLDINGS and a.kind == "percent"


# what no share of a whole is: a price or cost per coin, and moves (their shares are moves)
_NO_WHOLES = frozenset(
    (M.OTHER, M.PRICE, M.AVERAGE_COST, M.MINING_COST, M.PRICE_CHANGE, M.MARKET_CAP_CHANGE)
)


def _share_column_metric(
    ctx: Context, a: Amount, cell: blocks.Cell, links: list[Draft]
) -> str | None:
    """What a percentage under a share column ("Share", "Weight", "% of total") measures:
    the whole its row's level figure measures, the nearest figure to its left that is no
    percentage ("Value | Share": "48.2%" of the treasury held). A level of no whole (a
    price, a move, a figure of no metric) gives nothing, and the cell keeps its reading."""
    if a.kind != "percent" or cell.header is None or ctx.in_span("metric", cell.span):
        return None
    if not blocks.header_words("share_headers").search(ctx.text[cell.header[0] : cell.header[1]]):
        return None
    for left in blocks.cells_before(ctx, cell):
        level = [b for b in ctx.amounts_in(left.span) if b.kind != "percent"]
        if not level:
            continue  # a name cell, or another percentage column ("7-day yield")
        decided = next((x for x in reversed(links) if x.amount.start == level[0].start), None)
        if decided is None or decided.metric in _NO_WHOLES:
            return None
        whole = decided.metric
        return whole if metrics.fits(whole, a) or _held_share(whole, a) else None
    return None


def _header_names_quantity(header: str) -> bool:
    """A change column's header names what moved ("Price change", "Supply 30d"), beyond
    its change, window and time words ("Change (7 days)", "% chg vs last week" name
    nothing more): the row's level column does not decide its metric."""
    rest = blocks.header_words("change_headers").sub(" ", header)
    rest = re.sub(r"\d+", " ", blocks.header_words("window_headers").sub(" ", rest))
    rest = blocks.header_words("change_header_time_words").sub(" ", rest)
    return re.search(r"[^\W\d_]", rest) is not None


# a row's change right after its level, in brackets or after a comma ("$0.742 (+14.8%)",
# "₹14.92 (-1.8%)", "$91,200, up 3.1%")
_OWN_CHANGE = re.compile(
    r"[ \t]*\([ \t]*[+\-−–][ \t]*\d[\d.,]*[ \t]*%[ \t]*\)"
    r"|,[ \t]*(?:up|down)[ \t]+\d[\d.,]*[ \t]*%"
)


# what a row can read at a moment (a price, a cap, a stock held); a flow or a tally
# ("Binance: $84.2 billion (-6.1%)" under "volume, week to Friday", a quarter's revenue,
# a week's fund flow or liquidations) sums the whole window whatever change follows it
_LEVELS = frozenset(
    (M.PRICE, M.MARKET_CAP, M.OPEN_INTEREST, M.TVL, M.SUPPLY, M.HOLDINGS, M.RESERVES,
     M.HASHRATE, M.SENTIMENT_INDEX)
)  # fmt: skip


def _is_level(x: Draft) -> bool:
    """Whether a row's figure is a level: a level metric, a figure no metric cue named
    ("GRDC: $0.742 (+14.8%)"), or an unsigned price its own change follows ("BTC: $91,200,
    up 3.1%": the change is the one after it); a flow or a signed change keeps the window."""
    if x.metric == M.PRICE_CHANGE:
        return x.side is None
    return x.metric in _LEVELS or x.metric == M.OTHER


def _lead_periods(ctx: Context, links: list[Draft]) -> None:
    """A table's row or a list's item that gives no time of its own holds for the time its
    lead line gives ("Here is how Saturday unfolded:", "Reserves as of Nov. 30:", a heading
    "Week of Nov. 9-13"); a clock time ("09:14 UTC") is no date, so that is the lead's day."""
    for x in links:
        found = blocks.block_row(ctx, x.amount.start)
        if found is None:
            continue
        row, lead = found
        if lead is None:
            continue
        if any(t.period for t in ctx.times_in(row)):
            continue  # the row's own time phrase wins
        before = ctx.text[row[0] : x.amount.start]
        if not blocks.cell_at(ctx, x.amount.start) and not (
            _ITEM_LABEL.fullmatch(before) or _ITEM_MARK.fullmatch(before)
        ):
            continue  # an item told in a sentence of its own ("- Bitcoin fell 4%") is no row
        # the lead's last sentence, the one that introduces the rows ("Cetus launched in May
        # 2023. The platform offers:" dates none of them)
        last = ctx.text[lead[0] : lead[1]].rstrip()
        lead = (max(lead[0], ctx.sentence_of(lead[0] + len(last) - 1)[0]), lead[1])
        dated = [t for t in ctx.times_in(lead) if t.period and t.role == "date"]
        # a colon line's last time introduces the rows; a heading's first is its own, what
        # follows it in the heading repeats or qualifies it ("Week ending Sunday, October 4")
        if not dated or not (period := dated[-1 if last.endswith(":") else 0].period):
            continue
        reason = "a row of a table or list: the time its lead line gives"
        if period[0] < period[1] and _is_level(x) and _OWN_CHANGE.match(ctx.text, x.amount.end):
            # "GRDC: $0.742 (+14.8%)" under "Weekly moves (seven days to Monday):": the
            # row's change spans the window, the level before it stands at its end
            period = (period[1], period[1])
            reason = "a row's level before its change: the end of the window its lead gives"
        if x.period != period:
            x.period = period
            x.reasons["period"] = Choice("period", _period_text(x.period), reason)


def _row_coin(ctx: Context, x: Draft) -> str | None:
    """The asset a table cell's row label names and the cell took ("AVAX | 3.2% | -"), if
    any: the row says whose figure it is."""
    cell = blocks.cell_at(ctx, x.amount.start)
    if cell is None or cell.label is None or x.asset is None:
        return None
    named = {m.value for m in ctx.in_span("asset", cell.label)}
    return x.asset if x.asset in named else None


def _frame_periods(ctx: Context, links: list[Draft]) -> None:
    """A table cell under a column header (or beside a row label) that names a period holds
    for that period ("| Revenue | $48.0M | $39.5M |" under "| | Q3 2025 | Q3 2024 |"), not
    for the date the prose above the table gives."""
    for x in links:
        if (frame := frames.cell_frame(ctx, x.amount.start)) and x.period != frame.period:
            x.period = frame.period
            reason = "a table cell: the period its column's header (or row's label) names"
            x.reasons["period"] = Choice("period", _period_text(x.period), reason)


def _several_coins(ctx: Context, x: Draft) -> bool:
    """The figure's sentence names more than one coin after it, what the sum was made of
    ("drained $190 million ..., mostly in USDC and WBTC"); coins named before it (a
    "Solana-Ethereum bridge" before "120,000 ether (ETH) worth over $320 million") leave
    the figure its one coin."""
    end = ctx.sentence_of(x.amount.start)[1]
    named = ctx.in_span("asset", (x.amount.end, end))
    return len({m.value for m in named if m.asset_kind in _COINS}) > 1


_COINS = ("crypto", "stablecoin")


def _repeat_from_body(
    links: list[Draft],
    s: LinkerSettings,
    summary: Callable[[Draft], bool],
    several: Callable[[Draft], bool],
    refers: Callable[[Draft], bool],
    row_coin: Callable[[Draft], str | None],
) -> None:
    """A figure repeated in a headline or summary takes the body's period and source; one
    whose own sentence names no clear metric takes the body's reading of the same digits
    (a headline's "$2.65 billion" read like the body's "$2.65 million"). A table cell whose
    row label names its coin is no repeat of a figure of another coin ("AVAX | 3.2%" and a
    later "the index rose 3.2%"): equal digits in two rows of text are often two figures.

    Each figure looks for its first match among the next (then the previous)
    ``repeat_reach`` figures through indexes of figures by value and by digits, so a text
    of thousands of figures costs a lookup per figure, not a scan of its neighbours.
    """
    reach = s.repeat_reach
    by_value: dict[tuple[str, float, str], list[int]] = defaultdict(list)
    by_digits: dict[tuple[str, str], list[int]] = defaultdict(list)
    sure_values: dict[tuple[str, float], list[int]] = defaultdict(list)
    for j, y in enumerate(links):  # later figures are read before any of them changes
        if y.sure:
            by_value[y.unit, y.value, y.metric].append(j)
            by_digits[y.unit, y.amount.amount_digits()].append(j)
            sure_values[y.unit, y.value].append(j)
    for i, x in enumerate(links):
        found = _next_within(by_value.get((x.unit, x.value, x.metric)), i, reach)
        if not x.sure:
            digits = x.amount.amount_digits()
            if len(digits.strip("0")) >= 3:
                twin = _next_within(by_digits.get((x.unit, digits)), i, reach)
                found = twin if found is None or (twin is not None and twin < found) else found
            if found is None and x.metric == M.OTHER and len(digits.strip("0")) >= 2:
                # a figure of no reading repeats one read before ("Trading Volume : $439
                # billion ..." then ": $439 billion ..." on a table line that lost its label)
                found = _previous_within(sure_values.get((x.unit, x.value)), i, reach)
            told = sure_values.get((x.unit, x.value)) if found is None else None
            if told and x.metric == M.OTHER and summary(x):
                # a headline figure of no reading repeats the body's, however round ("$900M
                # Vanishes in Hours" above "over $900M gets liquidated")
                found = _next_within(told, i, reach)
        if found is None and x.sure:
            _asset_of_told(x, links, sure_values.get((x.unit, x.value)), i, s, refers)
        if found is None:
            if x.sure and x.asset is None and summary(x):
                twins = by_digits.get((x.unit, x.amount.amount_digits()))
                _asset_of_slipped_repeat(x, links, twins, i, s, several)
            continue
        y = links[found]
        if (coin := row_coin(x)) is not None and y.asset != coin:
            continue
        before = _fields(x)
        x.metric, x.side = y.metric, x.side or y.side
        lends = found < i or not refers(y)  # "Of this $4.9 billion, $1 billion came from gold"
        if lends and (not x.sure or (x.asset is None and summary(x) and not several(y))):
            x.asset = y.asset  # a headline's "Wormhole's $320M Exploit Loss" is the body's ETH
        dated = y.period and summary(x) and not summary(y)
        x.period = y.period if dated else x.period or y.period
        if s.trace:
            _note_repeat(x, y, before)
    # and a body repeat of a dated headline figure keeps its date (dates given on the way
    # count for the figures after)
    dated_at: dict[tuple[float, str, str], list[int]] = defaultdict(list)
    for i, y in enumerate(links):
        key = (y.value, y.unit, y.metric)
        if y.period is None:
            earlier = dated_at.get(key)
            if earlier:
                at = bisect_left(earlier, i - reach)
                if at < len(earlier):
                    y.period = links[earlier[at]].period
                    if s.trace:
                        _note_repeat(y, links[earlier[at]], {"period": None})
        if y.period:
            dated_at[key].append(i)


def _asset_of_told(
    x: Draft,
    links: list[Draft],
    told: list[int] | None,
    i: int,
    s: LinkerSettings,
    refers: Callable[[Draft], bool],
) -> None:
    """A figure written as a reference to the same figure told before, of the same reading
    ("Tether reported $4.9 billion in net profit. Of this $4.9 billion, $1 billion came from
    gold"), is that figure: its coin, not one its own sentence names for a part of it."""
    earlier = _previous_within(told, i, s.repeat_reach)
    if earlier is None or links[earlier].metric != x.metric or not refers(x):
        return
    y = links[earlier]
    before = _fields(x)
    x.asset = y.asset
    if s.trace:
        _note_repeat(x, y, before)


def _asset_of_slipped_repeat(
    x: Draft,
    links: list[Draft],
    twins: list[int] | None,
    i: int,
    s: LinkerSettings,
    several: Callable[[Draft], bool],
) -> None:
    """A headline figure of a coinless reading takes the coin of the body's figure of the
    same reading and digits a scale word away ("Wormhole's $320B Exploit Loss" over "$320
    million" of ETH stolen): the same figure with its scale word slipped. Two significant
    digits at least: a lone "$1B" and "$1 million" are often two figures. Only a scale word
    apart (a thousand or a million: "$2.5B" and "$25 million" are two figures), of one coin
    (a sum "mostly in USDC and WBTC" is no coin's) and of no other period ("so far this
    year" is not "last week")."""
    if not twins or len(x.amount.amount_digits()) < 2:
        return
    at = bisect_right(twins, i)
    for j in twins[at:]:
        if j > i + s.repeat_reach:
            return
        y = links[j]
        if x.period is not None and y.period is not None and x.period != y.period:
            continue
        if not metrics.scale_apart(x.amount, y.amount) or several(y):
            continue
        if y.metric == x.metric and y.asset is not None:
            before = _fields(x)
            x.asset = y.asset
            if s.trace:
                _note_repeat(x, y, before)
            return


def _next_within(indexes: list[int] | None, i: int, reach: int) -> int | None:
    """The first of ascending ``indexes`` after ``i`` and at most ``reach`` past it."""
    if not indexes:
        return None
    at = bisect_right(indexes, i)
    return indexes[at] if at < len(indexes) and indexes[at] <= i + reach else None


def _previous_within(indexes: list[int] | None, i: int, reach: int) -> int | None:
    """The last of ascending ``indexes`` before ``i`` and at most ``reach`` before it."""
    if not indexes:
        return None
    at = bisect_left(indexes, i) - 1
    return indexes[at] if at >= 0 and indexes[at] >= i - reach else None


def _fields(x: Draft) -> dict[str, object]:
    return {
        "metric": x.metric,
        "side": x.side,
        "asset": x.asset,
        "period": x.period,
    }


def _note_repeat(x: Draft, y: Draft, before: dict[str, object]) -> None:
    """The fields a figure took from its repeat elsewhere in the article."""
    reason = f"taken from the same figure repeated at offset {y.amount.start}"
    for name, old in before.items():
        new = getattr(x, name)
        if new != old:
            value = _period_text(new) if name == "period" else new
            x.reasons[name] = Choice(name, value, reason, y.amount.span)
