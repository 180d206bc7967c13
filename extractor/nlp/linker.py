"""Claim assembly: link each amount to the metric, side, asset, period, source and venue
that govern it.

Everything is decided in the amount's sentence first, by distance in characters with
a penalty for each clause boundary crossed; the paragraph (earlier sentences), a
"Source: X" caption under it, and the article's other claims are fallbacks only
where the sentence says nothing.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from extractor import lexicon
from extractor.nlp.amounts import Amount
from extractor.nlp.mentions import Mention
from extractor.nlp.periods import Period, TimeExpr
from extractor.nlp.structure import Span, Structure

_CLAUSE = re.compile(r"[;,–—:]|\b(?:while|whereas|but|as|after|before|and|which|with)\b")
_OF_AFTER = re.compile(r"^\s?(?:of|in)\s+(?:(?:the|these|those|its|all|total|a)\s+)*")
_UP_VERBS = {"up", "gained", "added", "rose"}
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?P<verb>down|up|lost|lose|loses|erased|erasing|shed|wiped(?: out)?|wiping(?: out)?|"
    r"by|gained|added)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|over\s+|more than\s+)?$"
)
_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:to|at|near|above|below|around|under|over|of|from|toward|towards|hit|touched|"
    r"reached|tested|reclaimed|breached|broke|cleared)\s+(?:the\s+|a\s+|an\s+|about\s+|around\s+)?"
    r"(?:~\s?)?$"
)
_EACH_AFTER = re.compile(r"(?i)^\s*(?:each|apiece|per\s+(?:token|coin|bitcoin|btc|unit))\b")
_AT_PRICE = re.compile(r"(?i)\bat\s+(?:an?\s+)?(?:average\s+(?:price\s+)?(?:of\s+)?)?~?\s?$")
_ATTRIBUTE_AFTER = re.compile(
    r"(?i)^[\s-]*(?:holdings?|purchases?|reserves?|treasury|stack|acquisitions?|buys?|"
    r"investments?|strategy|accumulation|position|bet)\b"
)
_STRICT_CLAUSE = re.compile(r"[;,–—:]|\b(?:while|whereas|but)\b")
_ISSUER_AFTER = re.compile(
    r"(?i)^\s*(?:’s|'s)\s+(?!data|report|research|analysts?|figures|chart|dashboard|estimates?)"
)
_CUE_BEFORE = re.compile(r"(?i)\b(?:according to|data from|per|from|by|via)\s+(?:the\s+)?$")
_FILING = re.compile(
    r"(?i)\b(?:8-K|10-Q|10-K|SEC filing|filing|filed|press release|announced|disclosed|"
    r"confirmed|reported)\b"
)
_ISSUANCE = re.compile(
    r"(?i)\b(?:sold|sale|sales|selling|issued|issuance|issuing|raising|raised|funded)\b"
    r".{0,60}\b(?:shares|stock|notes|preferred|equity|offering)\b|"
    r"\b(?:shares|stock|preferred|equity)\b.{0,40}\b(?:sold|sales?|issued|issuance|raising)\b"
)
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|~\s?)?$")
_COMPANY_REF = re.compile(
    r"(?i)\b(?:the|its|this|that)\s+(?:company|firm|treasury|purchase|acquisition|buy)\b|"
    r"\bits\b|\bsaylor\b|\bwe\b|\bour\b"
)
_OTHER_EVENT = re.compile(
    r"(?i)\b(?:previous|prior|past|earlier|other|different|various|last year|alone|spree|"
    r"surpassing|compared)\b"
)
_SENTIMENT = re.compile(r"(?i)\b(?:fear|greed|sentiment)\b")
_RSI = re.compile(r"(?i)\b(?:RSI|relative strength index|stochastic)\b")
_PARTICIPANT_AFTER = re.compile(
    r"(?i)^\s(?:[a-z-]+\s)?(?:traders|users|accounts|investors|holders)\b"
)
_MARKET_WIDE = {
    "liquidations", "open_interest", "long_short_ratio", "sentiment_index", "market_cap",
    "market_cap_change", "trading_volume", "funding_rate", "participants",
}  # fmt: skip
_COMPANY_METRICS = {
    "holdings", "transaction_value", "average_cost", "loss", "profit", "funding_raised",
    "revenue", "other",
}  # fmt: skip
_STOCK_METRICS = {"price", "market_cap", "holdings", "reserves", "supply", "open_interest"}
_TOTAL = re.compile(
    r"(?i)\b(?:total|now|brings?|bringing|raising|increases|stands|sits|stack|treasury|"
    r"currently|holds|owns|cumulative)\b"
)
_CARRIED_ASSET = {
    "price", "price_change", "etf_flow", "fund_flow", "average_cost", "mining_cost",
    "hack_amount",
}  # fmt: skip
_FUNDS_AFTER = re.compile(r"(?i)\s(?:[a-z-]+\s){0,2}?(?:funds|products|ETFs|ETPs|trusts)\b")
_FLOW_SIDES = {"etf_flow": ("inflow", "outflow"), "fund_flow": ("inflow", "outflow")}
_DIRECTIONAL = {"price_change", "market_cap_change", "trading_volume", "open_interest"}


@dataclass(slots=True)
class Link:
    """What one amount was linked to."""

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


@dataclass
class Context:
    """An article's parts, indexed for the linker."""

    text: str
    structure: Structure
    mentions: list[Mention]
    times: list[TimeExpr]
    published: date | None
    amounts: list[Amount] = field(default_factory=list)

    def sentence_of(self, pos: int) -> Span:
        sents = self.structure.sentences
        i = bisect.bisect_right([s for s, _ in sents], pos) - 1
        return sents[i] if i >= 0 and sents[i][0] <= pos < sents[i][1] else (pos, pos + 1)

    def paragraph_of(self, pos: int) -> Span:
        for start, end in self.structure.paragraphs:
            if start <= pos < end:
                return start, end
        return pos, pos + 1

    def in_span(self, kind: str, span: Span) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind and span[0] <= m.start < span[1]]


@cache
def _cues() -> re.Pattern[str]:
    words = sorted((c.phrase for c in lexicon.attribution_cues()), key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _distance(ctx: Context, a: Amount, m: Mention) -> float:
    """Characters between amount and mention, doubled per clause boundary crossed."""
    lo, hi = (m.end, a.start) if m.end <= a.start else (a.end, m.start)
    if hi < lo:
        return 0.0
    return float((hi - lo + 1) * 2 ** _boundaries(ctx.text[lo:hi]))


def _boundaries(gap: str) -> int:
    return len(_CLAUSE.findall(gap))


@cache
def _limits() -> dict[str, tuple[set[str], float | None]]:
    return {m.metric: (set(m.kinds), m.max_value) for m in lexicon.metric_units()}


@cache
def _triggers() -> dict[tuple[str, str], tuple[float, set[str] | None]]:
    return {
        (t.phrase, t.metric): (t.weight, set(t.kinds) if t.kinds else None)
        for t in lexicon.metric_triggers()
    }


def _trigger(ctx: Context, m: Mention) -> tuple[float, set[str] | None]:
    return _triggers().get((ctx.text[m.start : m.end].lower(), m.value), (1.0, None))


def _applies(ctx: Context, a: Amount, m: Mention) -> bool:
    """The trigger can govern this amount: its metric fits the amount, and the word fits it
    ("bought" + BTC is holdings, "bought" + $ a transaction); flows need a fund nearby."""
    kinds = _trigger(ctx, m)[1]
    if kinds is not None and a.kind not in kinds:
        return False
    if ctx.text[m.start : m.end + 3].lower() == "up to":
        return False  # "up to 10%" is a bound, not a rise
    if m.value == "fund_flow" and not _fund_context(ctx, a):
        return False
    if m.value in ("fund_flow", "loss") and _trigger(ctx, m)[0] < 1 and _topical(ctx, a, m):
        return False  # "lost $2.65 million ... as traders were liquidated": the topic decides
    return _fits(m.value, a)


def _topical(ctx: Context, a: Amount, weak: Mention) -> bool:
    """The sentence names a strong trigger of another metric."""
    sent = ctx.sentence_of(a.start)
    return any(
        m.value != weak.value and _trigger(ctx, m)[0] >= 1.5 and _fits(m.value, a)
        for m in ctx.in_span("metric", sent)
    )


def _fits(metric: str, a: Amount) -> bool:
    if metric == "other":
        return True
    kinds, max_value = _limits().get(metric, (set(), None))
    return a.kind in kinds and (max_value is None or a.value <= max_value)


def _score(ctx: Context, a: Amount, m: Mention) -> float:
    """Trigger weight over distance; a trigger right after the amount binds tightly
    ("$258 million outflow", "$2.62 billion wipeout")."""
    weight = _trigger(ctx, m)[0]
    score = weight / (1 + _distance(ctx, a, m) / 25)
    if a.end <= m.start and m.start - a.end <= 14 and not _boundaries(ctx.text[a.end : m.start]):
        score *= 2
    return score


def _metric(ctx: Context, a: Amount, sent: Span) -> tuple[str, float]:
    """The metric and how sure the choice is (special patterns count as sure)."""
    triggers = [m for m in ctx.in_span("metric", sent) if not (a.start <= m.start < a.end)]
    after = ctx.text[a.end : a.end + 30]
    if a.kind == "ratio":
        named = any(m.value == "long_short_ratio" for m in triggers)
        return ("long_short_ratio" if named else "reserves"), 1.0
    if a.kind == "percent" and (of := _OF_AFTER.match(after)):
        for m in triggers:
            if m.start == a.end + of.end() and m.value != "price_change" and _fits(m.value, a):
                return m.value, 1.0
        pos = a.end + of.end()
        if _coin_at(ctx, pos) or _coin_amount_at(ctx, pos):
            whose = [m for m in triggers if pos < m.start <= pos + 30 and _fits(m.value, a)]
            return (whose[0].value if whose else "supply"), 1.0  # "of Bitcoin’s market cap"
    if a.kind in ("count", "number") and _PARTICIPANT_AFTER.match(after):
        return "participants", 1.0
    if a.kind == "percent" and any(_moves(ctx, a, m) for m in triggers):
        return _refine(ctx, a, "price_change", triggers), 1.0
    scored = [(_score(ctx, a, m), m.value) for m in triggers if _applies(ctx, a, m)]
    score, metric = max(scored) if scored else (0.0, "other")
    return _refine(ctx, a, metric, triggers), score


def _coin_amount_at(ctx: Context, pos: int) -> Amount | None:
    """A coin amount starting at ``pos`` ("3% of the total 21 million BTC")."""
    return next((x for x in ctx.amounts if x.start == pos and x.kind == "crypto"), None)


def _coin_at(ctx: Context, pos: int) -> Mention | None:
    """A coin named right at ``pos`` ("3% of all Bitcoin")."""
    for m in ctx.mentions:
        if m.kind == "asset" and m.start == pos and m.asset_kind in ("crypto", "stablecoin"):
            return m
    return None


def _moves(ctx: Context, a: Amount, m: Mention) -> bool:
    """A change word in the percentage's own clause, right next to it ("plunged nearly 15%")."""
    gap = _gap(ctx, a, m)
    return m.value == "price_change" and len(gap) <= 12 and not _boundaries(gap)


def _refine(ctx: Context, a: Amount, metric: str, triggers: list[Mention]) -> str:
    """Turn a change word into the change of the thing it moves; name ETF flows as such."""
    before = ctx.text[max(0, a.start - 40) : a.start]
    in_clause = {m.value for m in triggers if not _boundaries(_gap(ctx, a, m))}
    if a.kind == "money" and _CHANGE_BEFORE.search(before):
        if metric == "market_cap" or "market_cap" in in_clause:
            return "market_cap_change"
        if metric == "price":
            return "price_change"
    if metric == "price_change":
        if a.kind == "money" and _LEVEL_BEFORE.search(before) and _fits("price", a):
            return "price"
        for base, changed in (
            ("market_cap", "market_cap_change"),
            ("trading_volume", "trading_volume"),
            ("open_interest", "open_interest"),
        ):
            if base in in_clause:
                return changed
    if metric == "fund_flow" and _etf_context(ctx, a):
        return "etf_flow"
    sentence = ctx.text[slice(*ctx.sentence_of(a.start))]
    hacked = any(m.value == "hack_amount" for m in triggers)
    if hacked and metric in ("loss", "holdings", "transaction_value", "fund_flow", "other"):
        return "hack_amount"  # "hacked, resulting in a loss of $1.5 billion"
    if metric in ("holdings", "market_cap") and a.kind == "money" and a.value < 1e6:
        return "price" if _fits("price", a) else metric  # "BTC, valued at over $91,000"
    if metric in ("transaction_value", "holdings", "revenue") and _ISSUANCE.search(sentence):
        return "funding_raised"  # "sold 6,827,695 MSTR shares for $1.13 billion"
    if a.kind == "money" and metric == "holdings" and _FOR_BEFORE.search(before):
        return "transaction_value"  # "bought 13,627 BTC for $1.25 billion"
    if metric in ("price", "transaction_value", "holdings") and _unit_price(ctx, a, triggers):
        return "average_cost"
    return metric


def _unit_price(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """ "bought 3,081 BTC ... at $115,829": a per-coin price paid, not the market price."""
    before = ctx.text[max(0, a.start - 30) : a.start]
    after = ctx.text[a.end : a.end + 20]
    bought = any(
        m.value in ("holdings", "transaction_value") and _trigger(ctx, m)[0] >= 0.6
        for m in triggers
    )
    priced = _AT_PRICE.search(before) or _EACH_AFTER.match(after)
    return a.kind == "money" and _fits("average_cost", a) and bought and bool(priced)


def _gap(ctx: Context, a: Amount, m: Mention) -> str:
    return ctx.text[m.end : a.start] if m.end <= a.start else ctx.text[a.end : m.start]


def _fund_context(ctx: Context, a: Amount) -> bool:
    """Flows are fund flows only where funds are talked about."""
    window = (max(0, a.start - 700), min(len(ctx.text), a.end + 200))
    return _etf_context(ctx, a) or bool(
        re.search(r"(?i)\b(?:funds?|products|trusts?|ETPs?)\b", ctx.text[window[0] : window[1]])
    )


def _etf_context(ctx: Context, a: Amount) -> bool:
    window = (max(0, a.start - 700), min(len(ctx.text), a.end + 200))
    return any(m.value == "etf_flow" for m in ctx.in_span("metric", window)) or any(
        m.asset_kind == "etf" for m in ctx.in_span("asset", window)
    )


def _side(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    wanted = _FLOW_SIDES.get(metric)
    if metric == "liquidations":
        wanted = ("long", "short")
    elif metric in _DIRECTIONAL:
        wanted = ("up", "down")
        if a.sign:
            return "up" if a.sign > 0 else "down"
        before = ctx.text[max(0, a.start - 40) : a.start]
        change = _CHANGE_BEFORE.search(before)
        if a.kind == "money" and change and change["verb"].lower() != "by":
            return "up" if change["verb"].lower() in _UP_VERBS else "down"
        if a.kind != "percent" and metric != "price_change":
            return None  # "open interest dropped to $95.73 billion" is a level, not a move
    if not wanted:
        return None
    best: tuple[float, str] | None = None
    for m in ctx.in_span("side", sent):
        if m.value not in wanted or _closest_amount(ctx, m, sent) is not a:
            continue
        if metric == "liquidations" and _boundaries(_gap(ctx, a, m)):
            continue  # ", with long traders taking most losses" describes the total, not a side
        d = _distance(ctx, a, m)
        best = min(best, (d, m.value)) if best else (d, m.value)
    if best:
        return best[1]
    if metric in _FLOW_SIDES:
        return _paragraph_side(ctx, a, wanted)
    return None


def _paragraph_side(ctx: Context, a: Amount, wanted: tuple[str, ...]) -> str | None:
    para = ctx.paragraph_of(a.start)
    sides = [m.value for m in ctx.in_span("side", para) if m.value in wanted]
    return Counter(sides).most_common(1)[0][0] if sides else None


def _closest_amount(ctx: Context, m: Mention, sent: Span) -> Amount | None:
    """The amount of the sentence a word belongs to: the nearest one, clauses counted."""
    inside = [x for x in ctx.amounts if sent[0] <= x.start < sent[1]]
    return min(inside, key=lambda x: _distance(ctx, x, m)) if inside else None


def _asset(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    mentions = [m for m in ctx.in_span("asset", sent) if not (a.start <= m.start < a.end)]
    if paired := _parallel(ctx, a, sent):
        return _issuer(paired, a, metric)
    if metric == "supply":
        of = _OF_AFTER.match(ctx.text[a.end : a.end + 30])
        coin = _coin_at(ctx, a.end + of.end()) if of else None
        if coin:
            return coin.value
    sentence = ctx.text[sent[0] : sent[1]]
    if metric in _COMPANY_METRICS and (company := _company(ctx, mentions, sentence)):
        return _issuer(company, a, metric)
    if metric == "etf_flow":
        return _fund_asset(ctx, a, mentions)
    if metric not in _MARKET_WIDE:
        mentions = [m for m in mentions if m.asset_kind != "scope"] or mentions
    if a.kind == "crypto" and not mentions:
        return a.unit
    if mentions:
        return _issuer(min(mentions, key=lambda m: _asset_distance(ctx, a, m)), a, metric)
    return None


def _issuer(m: Mention, a: Amount, metric: str) -> str:
    """A preferred stock's money figures are its issuer's ("$21 billion STRK programme")."""
    issuer = _issuers().get(m.value)
    return issuer if issuer and a.kind != "percent" else m.value


@cache
def _issuers() -> dict[str, str]:
    return {e.id: e.issuer for e in lexicon.assets() if e.issuer}


def _company(ctx: Context, mentions: list[Mention], sentence: str) -> Mention | None:
    """The company an article reports on: named in the sentence, else the article's most
    named listed company ("the company bought 13,627 BTC")."""
    in_sentence = [m for m in mentions if m.asset_kind == "stock"]
    if in_sentence:
        return in_sentence[0]
    others = [m for m in mentions if m.asset_kind != "stock" and not _incidental(ctx, m)]
    referred = bool(_COMPANY_REF.search(sentence))
    if others and not referred:
        return None
    stocks = [m for m in ctx.mentions if m.kind == "asset" and m.asset_kind == "stock"]
    start = ctx.text.find(sentence)
    if not referred and not any(start - 1200 <= m.start < start + len(sentence) for m in stocks):
        return None  # no company in sight: a figure of someone else's
    if not stocks:
        return None
    top = Counter(_issuers().get(m.value, m.value) for m in stocks).most_common(1)[0][0]
    return next(m for m in stocks if _issuers().get(m.value, m.value) == top)


def _incidental(ctx: Context, m: Mention) -> bool:
    """A coin named as a unit or an attribute, not as the subject: "3,081 BTC", "per bitcoin",
    "its Bitcoin holdings", "Bitcoin purchase"."""
    if any(a.start <= m.start < a.end for a in ctx.amounts):
        return True
    before = ctx.text[max(0, m.start - 12) : m.start]
    after = ctx.text[m.end : m.end + 14]
    return bool(re.search(r"(?i)\bper\s+$", before) or _ATTRIBUTE_AFTER.match(after))


def _fund_asset(ctx: Context, a: Amount, mentions: list[Mention]) -> str | None:
    """The fund named for this flow (the nearest fund no other amount is closer to);
    otherwise the flow is the fund group's, named by its coin ("spot Bitcoin ETFs")."""
    sent = ctx.sentence_of(a.start)
    own = [
        m
        for m in mentions
        if m.asset_kind in ("etf", "crypto") and _closest_amount(ctx, m, sent) is a
    ]
    if own:
        best = min(own, key=lambda m: _asset_distance(ctx, a, m))
        return best.value
    window = ctx.in_span("asset", (max(0, a.start - 700), a.start))
    coins = Counter(m.value for m in window if m.asset_kind == "crypto")
    return coins.most_common(1)[0][0] if coins else None


def _parallel(ctx: Context, a: Amount, sent: Span) -> Mention | None:
    """ "GBTC and BTCO saw outflows of $66 million and $62 million (respectively)": the
    n-th listed asset goes with the n-th listed amount."""
    group = _amount_list(ctx, a, sent)
    if len(group) < 2:
        return None
    names = [m for m in ctx.in_span("asset", (sent[0], group[0].start)) if m.asset_kind != "scope"]
    names = _dedupe_adjacent(names)[-len(group) :]
    if len(names) != len(group) or len({m.value for m in names}) != len(names):
        return None
    if names[-1].start - names[0].end > 90:
        return None
    return names[group.index(a)]


def _amount_list(ctx: Context, a: Amount, sent: Span) -> list[Amount]:
    """The run of amounts joined by commas and "and" that ``a`` belongs to."""
    inside = [x for x in ctx.amounts if sent[0] <= x.start < sent[1] and x.kind == a.kind]
    runs: list[list[Amount]] = []
    for x in inside:
        if runs and re.fullmatch(r",?\s*(?:and\s+)?", ctx.text[runs[-1][-1].end : x.start]):
            runs[-1].append(x)
        else:
            runs.append([x])
    return next((r for r in runs if a in r), [a])


def _dedupe_adjacent(names: list[Mention]) -> list[Mention]:
    """ "iShares Bitcoin Trust (IBIT)" names one fund twice."""
    out: list[Mention] = []
    for m in names:
        if out and out[-1].value == m.value and m.start - out[-1].end < 5:
            continue
        out.append(m)
    return out


def _asset_distance(ctx: Context, a: Amount, m: Mention) -> float:
    d = _distance(ctx, a, m)
    return d if m.end <= a.start else d * 1.5


def _fallback_asset(ctx: Context, a: Amount, metric: str, links: list[Link]) -> str | None:
    """Where the sentence names no asset: the market for market-wide figures; for prices and
    fund flows the asset the paragraph or the article is about; otherwise none."""
    if metric in _MARKET_WIDE:
        return "CRYPTO"
    if a.kind in ("count", "number") and _FUNDS_AFTER.match(ctx.text, a.end):
        return _fund_asset(ctx, a, [])  # "the 12 funds": the fund group's coin
    indexed = a.kind == "number" and bool(_RSI.search(ctx.text[slice(*ctx.sentence_of(a.start))]))
    if metric not in _CARRIED_ASSET and not indexed:
        return None
    para = ctx.paragraph_of(a.start)
    before = ctx.in_span("asset", (para[0], a.start))
    if before:
        return before[-1].value
    if metric == "hack_amount" and _OTHER_EVENT.search(ctx.text[slice(*ctx.sentence_of(a.start))]):
        return None  # "previous thefts", "in 2024 alone": another event's figure
    same = [x.asset for x in links if x.metric == metric and x.asset]
    if same:
        return same[-1]
    counts = Counter(m.value for m in ctx.mentions if m.kind == "asset" and m.asset_kind != "scope")
    return counts.most_common(1)[0][0] if counts else None


def _period(ctx: Context, a: Amount, sent: Span) -> Period | None:
    """The time expression of the sentence closest to this amount (and not closer to another)."""
    inside = [t for t in ctx.times if sent[0] <= t.start < sent[1] and t.period]
    firm = [t for t in inside if t.kind != "now"] or inside
    own = [t for t in firm if _closest_amount(ctx, _as_mention(t), sent) is a]
    if own:
        return min(own, key=lambda t: _time_distance(ctx, a, t)).period
    shared = [t for t in firm if not _boundaries(_gap(ctx, a, _as_mention(t)))]
    if len(firm) == 1 and not shared and firm[0].kind != "level":
        shared = firm  # one date in the sentence dates all of it
    return shared[0].period if shared else None


def _as_mention(t: TimeExpr) -> Mention:
    return Mention(t.start, t.end, "time", "")


def _time_distance(ctx: Context, a: Amount, t: TimeExpr) -> float:
    return _distance(ctx, a, _as_mention(t)) * (1.0 if t.start >= a.end else 1.2)


def _fallback_period(ctx: Context, a: Amount, metric: str, links: list[Link]) -> Period | None:
    """An undated flow takes the paragraph's date, else that of the last figure of its
    kind; an undated level or total is as of publication (set after repeats are linked)."""
    sentence = ctx.text[slice(*ctx.sentence_of(a.start))]
    if metric in _STOCK_METRICS and (metric != "holdings" or _TOTAL.search(sentence)):
        return None
    para = ctx.paragraph_of(a.start)
    earlier = [t for t in ctx.times if para[0] <= t.start < a.start and t.period]
    if earlier:
        return earlier[-1].period
    same = [x.period for x in links if x.metric == metric and x.period]
    return same[-1] if same else None


def _as_of_publication(ctx: Context, links: list[Link]) -> None:
    """A level stated without a date (holdings, price, market cap) is as of publication."""
    if ctx.published is None:
        return
    for x in links:
        if x.period is None and x.metric in _STOCK_METRICS:
            x.period = (ctx.published, ctx.published)


def _is_citation(ctx: Context, s: Mention) -> bool:
    after = ctx.text[s.end : s.end + 40]
    if _ISSUER_AFTER.match(after):
        return False
    return not any(
        m.kind == "asset" and m.end > s.start and not ctx.text[s.end : m.start].strip()
        for m in ctx.mentions
        if m.start <= s.end + 1
    )  # "Grayscale Bitcoin Trust", "Bitwise Bitcoin ETF": an issuer inside a fund's name


def _source(ctx: Context, a: Amount, sent: Span, metric: str, asset: str | None) -> str | None:
    """The provider the sentence cites; else a company or exchange stating its own figure."""
    sources = [s for s in ctx.in_span("source", sent) if _is_citation(ctx, s)]
    if sources:
        cued = [s for s in sources if _CUE_BEFORE.search(ctx.text[max(0, s.start - 20) : s.start])]
        return min(cued or sources, key=lambda m: _distance(ctx, a, m)).value
    sentence = ctx.text[sent[0] : sent[1]]
    if _cues().search(sentence):
        venues = ctx.in_span("venue", sent)
        if venues and metric not in _MARKET_WIDE:
            return venues[0].value  # "Bybit revealed ... a theft of $1.5 billion"
    if asset and metric in _COMPANY_METRICS and _files(ctx, sent, asset, sentence):
        return _display_names().get(asset, asset)
    return None


def _files(ctx: Context, sent: Span, company: str, sentence: str) -> bool:
    """The sentence reports the company announcing or filing its figure."""
    if not _FILING.search(sentence):
        return False
    named = any(_issuers().get(m.value, m.value) == company for m in ctx.in_span("asset", sent))
    return named or bool(_COMPANY_REF.search(sentence))


@cache
def _display_names() -> dict[str, str]:
    """A company's name as cited, from its first lexicon name ("strategy" → "Strategy")."""
    return {e.id: e.names[0].title() for e in lexicon.assets() if e.kind == "stock"}


def _caption_source(ctx: Context, a: Amount) -> str | None:
    """ "Source: X" on its own line attributes the paragraph just above it."""
    para = ctx.paragraph_of(a.start)
    paragraphs = ctx.structure.paragraphs
    idx = paragraphs.index(para) if para in paragraphs else -1
    if idx < 0 or idx + 1 >= len(paragraphs):
        return None
    for (start, _end), src in ctx.structure.captions:
        if start == paragraphs[idx + 1][0]:
            return _canonical_source(ctx, (start, _end), src)
    return None


def _canonical_source(ctx: Context, span: Span, raw: str) -> str:
    named = ctx.in_span("source", span) or ctx.in_span("venue", span)
    return named[-1].value if named else raw.strip(" .")


def _venue(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    if metric not in ("liquidations", "hack_amount", "trading_volume", "open_interest", "other"):
        return None
    venues = ctx.in_span("venue", sent)
    return min(venues, key=lambda m: _distance(ctx, a, m)).value if venues else None


def _unit(ctx: Context, a: Amount, metric: str, sent: Span) -> str:
    if a.kind not in ("number", "count"):
        return a.unit
    if metric in ("holdings", "supply", "reserves"):
        coins = [m for m in ctx.in_span("asset", sent) if m.asset_kind == "crypto"]
        if coins:  # "bringing total holdings near 687,410" counts the bitcoins named before
            return min(coins, key=lambda m: _distance(ctx, a, m)).value
    if a.kind != "number":
        return a.unit
    if metric == "long_short_ratio":
        return "ratio"
    sentence = ctx.text[sent[0] : sent[1]]
    if (
        metric == "sentiment_index"
        or _RSI.search(sentence)
        or re.search(r"(?i)\bindex\b", sentence)
    ):
        return "index"
    return "count"


def link(ctx: Context) -> list[Link]:
    """One Link per amount, in text order."""
    links: list[Link] = []
    sentence_sources: dict[Span, str] = {}
    for a in ctx.amounts:
        sent = ctx.sentence_of(a.start)
        metric, score = _metric(ctx, a, sent)
        x = Link(a, sent, metric=metric, side=_side(ctx, a, metric, sent), sure=score >= 0.15)
        x.asset = _asset(ctx, a, metric, sent) or _fallback_asset(ctx, a, metric, links)
        x.period = _period(ctx, a, sent) or _fallback_period(ctx, a, metric, links)
        x.source = _source(ctx, a, sent, metric, x.asset)
        if x.source and ctx.in_span("source", sent):
            sentence_sources[sent] = x.source  # a data provider's attribution carries forward
        x.source = x.source or _caption_source(ctx, a)
        x.source = x.source or _paragraph_source(ctx, sent, sentence_sources)
        x.venue = _venue(ctx, a, metric, sent)
        x.unit = _unit(ctx, a, metric, sent)
        if x.unit == "index" and metric == "other" and _SENTIMENT.search(ctx.text[slice(*sent)]):
            x.metric = "sentiment_index"
        links.append(x)
    _repeat_from_body(links)
    _as_of_publication(ctx, links)
    return links


def _paragraph_source(ctx: Context, sent: Span, known: dict[Span, str]) -> str | None:
    """A source named earlier in the same paragraph carries forward."""
    para = ctx.paragraph_of(sent[0])
    earlier = [(s, src) for s, src in known.items() if para[0] <= s[0] < sent[0]]
    named = [m for m in ctx.in_span("source", (para[0], sent[0])) if _is_citation(ctx, m)]
    if named and (not earlier or named[-1].start > earlier[-1][0][0]):
        return named[-1].value
    return earlier[-1][1] if earlier else None


def _repeat_from_body(links: list[Link]) -> None:
    """A figure repeated in a headline or summary takes the body's period and source; one
    whose own sentence names no clear metric takes the body's reading of the same digits
    (a headline's "$2.65 billion" read like the body's "$2.65 million")."""
    for i, x in enumerate(links):
        for y in links[i + 1 :]:
            if y.unit != x.unit or not y.sure:
                continue
            same = y.amount.value == x.amount.value and y.metric == x.metric
            if same or (not x.sure and _same_digits(x.amount, y.amount)):
                x.metric, x.side = y.metric, x.side or y.side
                x.asset = y.asset if not x.sure else x.asset
                x.period = x.period or y.period
                x.source = x.source or (y.source if same else None)
                break
    for i, y in enumerate(links):  # and a body repeat of a dated headline figure keeps its date
        for x in links[:i]:
            same = (x.amount.value, x.unit, x.metric) == (y.amount.value, y.unit, y.metric)
            if y.period is None and x.period and same:
                y.period = x.period
                break


def _same_digits(x: Amount, y: Amount) -> bool:
    """The same three or more significant digits at another scale ("2.65" million/billion)."""
    digits = f"{x.amount_digits()}"
    return len(digits.strip("0")) >= 3 and digits == y.amount_digits()
