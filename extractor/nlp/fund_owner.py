"""Whose fund flow or fund count it is: the fund named for it (by ticker, name or
sponsor), else the fund group's coin ("spot Bitcoin ETFs").
"""

from __future__ import annotations

import re
from collections import Counter

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.asset_data import asset_words, excluded_before, fund_sponsors, underlying_coins
from extractor.nlp.context import Context, Span, closest_amount
from extractor.nlp.cues import combined, funds_after
from extractor.nlp.layers import Amount
from extractor.nlp.mentions import Mention
from extractor.nlp.owner_clauses import asset_distance, clause_distance


def fund_asset(ctx: Context, a: Amount, mentions: list[Mention]) -> str | None:
    """The fund named for this flow (the nearest fund no other amount is closer to), by its
    name or its sponsor's; otherwise the flow is the fund group's, named by its coin ("spot
    Bitcoin ETFs")."""
    sent = ctx.sentence_of(a.start)
    grouped = _fund_group().search(ctx.text, sent[0], a.start) is not None
    own = _own_funds(ctx, a, sent, _fund_names(mentions, ctx), grouped)
    if not any(m.asset_kind == "etf" for m in own):  # no fund named: one named by its sponsor
        own = _own_funds(ctx, a, sent, [*own, *_sponsored_funds(ctx, a, sent)], grouped)
    own = [m for m in own if not asset_distance(ctx, a, m)[0]] or own  # "FBTC led with
    # $345 million, followed by IBIT, which saw $164 million": a later clause's fund is its own
    scopes = [m for m in own if m.asset_kind == "scope"]
    if scopes:  # "Other altcoin products lost a combined $106.6 million"
        return scopes[-1].value
    funds = [m for m in own if m.asset_kind == "etf"]
    # "its Bitcoin Trust (OBTC) holdings fell, while the ... ETF (NCIQ) drew $5 million": a
    # fund of another clause does not share the flow with the fund of the amount's own
    named = {m.value for m in [m for m in funds if not clause_distance(ctx, a, m)[0]] or funds}
    shared = len(named) > 1 or combined().search(ctx.text, max(sent[0], a.start - 30), a.start)
    if own and not shared:
        best = min(own, key=lambda m: clause_distance(ctx, a, m))
        return best.value
    if a.kind == "crypto" and a.unit:
        return a.unit  # "locking a record 938.7M XRP": a flow counted in coins is theirs
    if not own and _FUND_ANAPHOR.match(ctx.text, sent[0]):
        para = ctx.paragraph_of(a.start)
        funds = [m for m in ctx.in_span("asset", (para[0], sent[0])) if m.asset_kind == "etf"]
        if funds:  # "IBIT took in $300 million. The fund has drawn $50 billion since launch."
            return funds[-1].value
    return group_coin(ctx, a)


def fund_count(ctx: Context, a: Amount) -> bool:
    """A count of funds ("the 12 funds", "Grayscale's two funds", "10 out of 12 products"):
    the fund group's, even where the sentence names one fund of it."""
    if a.kind not in ("count", "number"):
        return False
    out_of = _OUT_OF.match(ctx.text, a.end)
    return funds_after().match(ctx.text, out_of.end() if out_of else a.end) is not None


_OUT_OF = re.compile(r"\s+out\s+of\s+[\d,]+")


# A sentence that opens by pointing back to one fund named before.
_FUND_ANAPHOR = re.compile(r"\s*(?:The|That|This)\s+(?:fund|ETF|trust|product)\b")


def _own_funds(
    ctx: Context, a: Amount, sent: Span, mentions: list[Mention], grouped: bool
) -> list[Mention]:
    """The funds, coins and scopes of the sentence that belong to this flow."""
    return [
        m
        for m in mentions
        if m.asset_kind in ("etf", "crypto", "scope")
        and closest_amount(ctx, m, sent) is a
        and (m.asset_kind != "scope" or m.end <= a.start)
        and not excluded_before().search(ctx.text, max(sent[0], m.start - 20), m.start)
        and not (grouped and m.asset_kind == "etf" and asset_distance(ctx, a, m)[0])
    ]  # "11 funds saw $937.7 million in outflows, excluding ARKB"; "ETFs drew $2.7 billion,


def group_coin(ctx: Context, a: Amount) -> str | None:
    """The coin of the fund group a flow belongs to: the group the paragraph or its heading
    names ("Bitcoin ETFs Bleed Again"), else the coin most named before it."""
    return ctx.remember("group_coin", a.start, lambda: _find_group_coin(ctx, a))


def _find_group_coin(ctx: Context, a: Amount) -> str | None:
    named = ctx.in_span("asset", (max(0, a.start - 700), a.start))
    window = [m for m in named if m.asset_kind == "crypto"]
    para = ctx.paragraph_of(a.start)
    heads = [h for h in ctx.structure.headings if h[1] <= para[0]]  # the section's heading
    lead = heads[-1][0] if heads else para[0]
    groups = [m for m in window if m.start >= lead and _group_after().match(ctx.text, m.end)]
    if groups:
        return groups[-1].value
    coins = Counter(m.value for m in window)
    if not coins:  # only funds named: the coin they hold ("GBTC and BTCO lost ...")
        held = (underlying_coins().get(m.value) for m in named if m.asset_kind == "etf")
        coins = Counter(coin for coin in held if coin)
    return coins.most_common(1)[0][0] if coins else None


def _fund_names(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A coin inside a fund's name with the fund's ticker right after it ("its Bitcoin Trust
    (GBTC)") names that fund, from where the name starts."""
    funds = [m for m in mentions if m.asset_kind == "etf"]
    out = []
    for m in mentions:
        fund = _group_after().match(ctx.text, m.end) if m.asset_kind == "crypto" else None
        named = fund and next((f for f in funds if 0 <= f.start - fund.end() <= _TICKER_GAP), None)
        if named:
            out.append(Mention(m.start, named.end, "asset", named.value, "etf"))
        elif fund and (sponsored := _sponsor_before(ctx, m)):
            out.append(Mention(sponsored[0], fund.end(), "asset", sponsored[1], "etf"))
        else:
            out.append(m)
    return out


def fund_holding(ctx: Context, a: Amount, mentions: list[Mention], sent: Span) -> str | None:
    """The fund whose assets a holdings figure states, named by its sponsor and coin or by
    its sponsor alone where the sentence names no fund or company."""
    own = [
        m
        for m in _fund_names(mentions, ctx)
        if m.asset_kind == "etf" and m.end <= a.start and closest_amount(ctx, m, sent) is a
    ]
    if not own and not any(m.asset_kind in ("stock", "etf") for m in mentions):
        own = [
            m
            for m in _sponsored_funds(ctx, a, sent)
            if m.end <= a.start
            and closest_amount(ctx, m, sent) is a
            and not excluded_before().search(ctx.text, max(sent[0], m.start - 20), m.start)
        ]  # not "held in the ETFs excluding Grayscale's, and $59 billion with it"
    return min(own, key=lambda m: clause_distance(ctx, a, m)).value if own else None


def _sponsor_before(ctx: Context, m: Mention) -> tuple[int, str] | None:
    """The fund a sponsor's name right before a coin and a fund noun names ("the Grayscale
    Solana ETF"): where the sponsor's name starts, and its one fund of that coin."""
    near = ctx.in_span("source", (max(0, m.start - _SPONSOR_GAP), m.start))
    for sponsor in reversed(near):
        if m.start - sponsor.end > _TICKER_GAP:
            break
        funds = [
            f
            for f in fund_sponsors().get(sponsor.value, [])
            if underlying_coins().get(f) == m.value
        ]
        if len(funds) == 1:
            return sponsor.start, funds[0]
    return None


_SPONSOR_GAP = 40  # characters before a coin name where its fund's sponsor may be named


_TICKER_GAP = 3  # characters between a fund's name and its ticker: " (" and the like


def _sponsored_funds(ctx: Context, a: Amount, sent: Span) -> list[Mention]:
    """A fund named by its sponsor ("BlackRock, which attracted $849 million", "Fidelity
    added $50 million"): the sponsor's one fund of the group's coin, in the sponsor's place."""
    sponsors = [
        m for m in ctx.in_span("source", ctx.near(a.start, sent)) if m.value in fund_sponsors()
    ]
    if not sponsors:
        return []
    coin = group_coin(ctx, a)
    found = []
    for m in sponsors:
        funds = [f for f in fund_sponsors()[m.value] if underlying_coins().get(f) == coin]
        if len(funds) == 1:
            found.append(Mention(m.start, m.end, "asset", funds[0], "etf"))
    return found


@per_lexicon
def _group_after() -> re.Pattern[str]:
    """A coin right before a fund noun names a fund group ("spot Bitcoin ETFs", "ether
    products")."""
    return re.compile(rf"(?i)\s+(?:[\w-]+\s+)?{asset_words('fund_nouns')}\b")


@per_lexicon
def _fund_group() -> re.Pattern[str]:
    nouns = "|".join(re.escape(p) for p in lexicon.cue_phrases("fund_group_nouns"))
    return re.compile(rf"(?i)\b(?:{nouns})\b")
