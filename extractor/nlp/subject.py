"""Whose figure it is: the asset, company or fund an amount is about.

The sentence decides first (a listed pair, a share of a coin, the company reporting,
the nearest named asset); where it names none, market-wide figures are the crypto
market's and prices and flows carry the asset of the paragraph or the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp import venues
from extractor.nlp.context import (
    OF_AFTER,
    Context,
    Span,
    boundaries,
    closest_amount,
    coin_at,
    distance,
    gap,
    last_of_metric,
)
from extractor.nlp.cues import (
    attribute_after,
    carried_asset_metrics,
    combined,
    company_metrics,
    company_ref,
    cue_words,
    funds_after,
    macro,
    market_wide,
    oscillator,
    other_event,
)
from extractor.nlp.layers import Amount, M
from extractor.nlp.mentions import Mention
from extractor.nlp.names import title_case_line
from extractor.nlp.venues import lead_of_item, venue_ref

if TYPE_CHECKING:
    from extractor.nlp.linker import Draft as Link


def asset(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    """The asset the amount's own sentence makes it about, if any."""
    if _fund_count(ctx, a):  # "Grayscale's two funds", "10 out of 12 products": the group's
        return _group_coin(ctx, a)
    if paired := _parallel(ctx, a, sent):
        return _issuer(paired, a, metric)
    if metric == M.SUPPLY and (coin := _supply_coin(ctx, a)):
        return coin.value
    if metric == M.OTHER and _macro(ctx, a, sent):
        return None  # "CPI rose 0.5%", "the Fed cut by 50 basis points": no coin's figure
    named = [m for m in ctx.in_span("asset", sent) if not (a.start <= m.start < a.end)]
    named = [m for m in named if not _in_relative_aside(ctx, a, m, sent)]
    named = [m for m in named if not _whole_of_share(ctx, m, named)]
    if _altcoin_list(ctx, a, named):
        return "ALTCOINS"  # "SOL, XRP, and Dogecoin experienced declines exceeding 14%"
    named = sorted([*named, *_shares_of_venue(ctx, sent)], key=lambda m: m.start)
    if metric in _BACKING and (backed := _issued_coin(named)):
        return backed
    mentions = [m for m in named if listed(ctx, m)]
    if metric == M.HOLDINGS and (fund := _fund_holding(ctx, a, mentions, sent)):
        return fund  # "Grayscale already had more than $20 billion in assets"
    if metric in company_metrics() or metric in _VALUATIONS:
        mentions = mentions or _run_by_venue(ctx, a, sent)
    if metric in company_metrics() and (company := _company(ctx, a, mentions, sent)):
        return _issuer(company, a, metric)
    if metric == M.ETF_FLOW:
        return _fund_asset(ctx, a, mentions)
    if a.kind == "money" and (valued := _valued_coin(ctx, a)):
        return valued  # "the platform lost 1,900 ETH (worth $4.5 million at the time)"
    if metric == M.HACK_AMOUNT:  # "the largest exchange on the Sui blockchain lost ..."
        mentions = [m for m in mentions if not _incidental(ctx, m) and not _chain(ctx, m)]
    if metric in _PAYER_FIGURES:  # "Terraform and Do Kwon agreed to pay $4.47 billion"
        mentions = [m for m in mentions if m.asset_kind == "stock"]
    if metric in _SECTOR_FIGURES:  # a startup building on bitcoin raises money, not bitcoin
        raiser = _names_someone(ctx, a)  # "Pantera's $1 billion round, the sector's biggest"
        kinds = ("stock", "etf") if raiser else ("stock", "etf", "scope")
        mentions = [m for m in mentions if m.asset_kind in kinds]
    found = _nearest_asset(ctx, a, metric, mentions)
    if metric in _ISSUER_FIGURES and a.kind != "crypto" and _kind_of_asset(found) == "stablecoin":
        return None  # "Tether reported a $1 billion profit": an unlisted issuer's figure
    return found


# ", which is a lending protocol leveraging LayerZero technology," before the clause's verb
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s[^,;:—–()]*,")


def _in_relative_aside(ctx: Context, a: Amount, m: Mention, sent: Span) -> bool:
    """The name stands in a relative clause between the subject and its verb, which holds
    no figure and ends before this one ("Radiant Capital, which is a protocol leveraging
    LayerZero technology, had lost $4.5M"): the aside's coin is not the figure's."""
    for aside in _RELATIVE_ASIDE.finditer(ctx.text, max(sent[0], m.start - 120), a.start):
        if aside.start() <= m.start < aside.end() and not ctx.amounts_in(aside.span()):
            return True
    return False


def _whole_of_share(ctx: Context, m: Mention, named: list[Mention]) -> bool:
    """The market named as the whole a coin's share is taken of ("Bitcoin dominates 59.91% of
    the total crypto market, having a capitalization of $2.39 trillion"): the coin before it
    is the subject its clause's figures belong to."""
    if m.asset_kind != "scope" or not _SHARE_OF.search(ctx.text, max(0, m.start - 40), m.start):
        return False
    return any(n.end <= m.start and n.asset_kind in ("crypto", "stablecoin") for n in named)


_SHARE_OF = re.compile(
    r"(?i)(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+)?(?:entire\s+|whole\s+|overall\s+)?\Z"
)


_LIST_MIN = 3  # coins named as one subject that make a move the altcoin market's
_COIN_LIST = re.compile(r"\s*(?:\([A-Z0-9]{2,6}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)")
_SHARED_VERB = re.compile(r"\s+(?:(?:are|were|have|has|all|each|both|also)\s+)*[a-z]+")


def _altcoin_list(ctx: Context, a: Amount, named: list[Mention]) -> bool:
    """Three or more coins other than bitcoin, joined as the subject of the figure's clause
    ("XRP, BNB, Dogecoin, Cardano, and Tron are all down by 3%"): no one coin's move."""
    before = [m for m in named if m.end <= a.start]
    if len(before) < _LIST_MIN:
        return False
    run = before[-1:]
    for m in reversed(before[:-1]):  # back from the last name, one joined name at a time
        if not _COIN_LIST.fullmatch(ctx.text, m.end, run[0].start):
            break
        run.insert(0, m)
    coins = {m.value for m in run if m.asset_kind == "crypto"}
    if len(run) < _LIST_MIN or len(coins) != len(run) or "BTC" in coins:
        return False
    verb = _SHARED_VERB.match(ctx.text, run[-1].end)  # the list is the clause's subject
    return verb is not None and not boundaries(ctx.text[run[-1].end : a.start])


_SHARES_OF = re.compile(r"(?i)\b(?:shares|stock)\s+(?:of|in)\s+$")


def _shares_of_venue(ctx: Context, sent: Span) -> list[Mention]:
    """An exchange named as a listed company's shares ("shares of Coinbase rose 8.2%")."""
    companies = _venue_companies()
    return [
        Mention(m.start, m.end, "asset", companies[m.value], "stock")
        for m in ctx.in_span("venue", sent)
        if m.value in companies and _SHARES_OF.search(ctx.text, max(0, m.start - 16), m.start)
    ]


# Figures of what backs a stablecoin: its issuer's reserves are the coin's.
_BACKING = (M.RESERVES,)


def _issued_coin(mentions: list[Mention]) -> str | None:
    """The stablecoin of an issuer named for a reserve figure ("Circle confirmed that $3.3
    billion of the $40 billion backing its stablecoin was at the bank")."""
    issued = [_stablecoins().get(m.value) for m in mentions]
    coins = {c for c in issued if c}
    return coins.pop() if len(coins) == 1 else None


@per_lexicon
def _stablecoins() -> dict[str, str]:
    return {e.id: e.stablecoin for e in lexicon.assets() if e.stablecoin}


def _run_by_venue(ctx: Context, a: Amount, sent: Span) -> list[Mention]:
    """A listed company named by its exchange before the figure ("Coinbase reported revenue
    of $1.5 billion"): the company's ticker, where the sentence names no asset."""
    companies = _venue_companies()
    found = [
        Mention(m.start, m.end, "asset", companies[m.value], "stock")
        for m in ctx.in_span("venue", (sent[0], a.start))
        if m.value in companies
        and not _LONGER_NAME.match(ctx.text, m.end)
        and not _not_subject_before().search(ctx.text[max(0, m.start - 12) : m.start])
    ]  # not "backed by Paradigm and Coinbase Ventures", "bought on Coinbase"
    return [m for m in found if listed(ctx, m)]


_LONGER_NAME = re.compile(r"\s+[A-Z][a-z]")


@per_lexicon
def _not_subject_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{asset_words('not_subject_before')}\s+$")


@per_lexicon
def _venue_companies() -> dict[str, str]:
    return {e.venue: e.id for e in lexicon.assets() if e.venue}


def listed(ctx: Context, m: Mention) -> bool:
    """Whether a named company had its ticker when the article was written: before its
    listing ("Circle" in 2023) its figures are an unlisted company's, which have none. An
    undated article was written no earlier than the latest date it names."""
    since = _listing_dates().get(m.value)
    if since is None:
        return True
    written = ctx.published or ctx.remember("latest_date", 0, lambda: _latest_date(ctx))
    return written is None or written >= since


def _latest_date(ctx: Context) -> date | None:
    """An undated article is at least as recent as the latest date it names (the start of
    each period: "2025" says no more than that the year has begun)."""
    starts = [t.period[0] for t in ctx.times if t.period is not None]
    return max(starts, default=None)


@per_lexicon
def _listing_dates() -> dict[str, date]:
    return {e.id: e.listed for e in lexicon.assets() if e.listed}


def _market_figure(ctx: Context, a: Amount, metric: str) -> bool:
    """A figure of the whole market unless its sentence names a coin's: counts of people are
    the market's when they were liquidated ("246,000 traders were wiped out"), otherwise a
    network's ("1.4 million active addresses", "only 114 validators")."""
    if metric != M.PARTICIPANTS:
        return metric in market_wide()
    sent = ctx.sentence_of(a.start)
    if any(m.value == M.LIQUIDATIONS for m in ctx.in_span("metric", sent)):
        return True
    near = (max(sent[0], a.start - _NETWORK_REACH), min(sent[1], a.end + _NETWORK_REACH // 2))
    return not _network_nouns().search(ctx.text, *near)


def _network_count(ctx: Context, a: Amount) -> bool:
    """A count of a network's addresses, wallets or validators ("27,914 unique addresses")."""
    if a.kind not in ("count", "number"):
        return False
    between = _network_count_words().match(ctx.text, a.end)
    return between is not None and _network_nouns().match(ctx.text, between.end()) is not None


@per_lexicon
def _network_count_words() -> re.Pattern[str]:
    """The words between a count and its noun ("27,914 unique addresses", "50 million active ")."""
    return re.compile(rf"\s+(?:{asset_words('network_count_adjectives')}\s+)?")


_NETWORK_REACH = 80  # characters before the count (half as many after) its noun stands in


@per_lexicon
def _network_nouns() -> re.Pattern[str]:
    nouns = "|".join(re.escape(p) for p in lexicon.cue_phrases("network_participant_nouns"))
    return re.compile(rf"(?i)\b(?:{nouns})\b")


_WORTH = re.compile(
    r"(?i)\s*[(,—–-]?\s*(?:(?:currently|then|now|collectively|together)\s+)?"
    r"(?:worth|valued\s+at)\s+(?:(?:about|around|roughly|over|more\s+than|nearly|almost|"
    r"approximately|some|just\s+over|just\s+under)\s+)?[~≈]?\Z"
)


def _valued_coin(ctx: Context, a: Amount) -> str | None:
    """The coin of a coin amount that this money figure puts a value on ("617,000 BTC,
    currently worth $37.97 billion"; "400,000 ETH—worth over $1.4 billion")."""
    before = ctx.amounts_in((max(0, a.start - 60), a.start))
    coin = before[-1] if before else None
    if coin is None or coin.kind != "crypto" or not coin.unit:
        return None
    return coin.unit if _WORTH.fullmatch(ctx.text, coin.end, a.start) else None


_SECTOR_REACH = 100  # characters before the figure where the sector owning it is named


def sector_figure(ctx: Context, a: Amount, metric: str, sent: Span) -> bool:
    """A market-wide figure of one sector of the market ("the DeFi market cap increased 7%
    to $113 billion", "that of stablecoins rose to $165 billion", "DeFi's total volume is
    $5.07 billion, 5.42% of the overall market's"): a sector named before it in its sentence
    with no coin or company named between them."""
    if metric not in market_wide() or metric == M.PARTICIPANTS:
        return False
    lo = max(sent[0], a.start - _SECTOR_REACH)
    found = [  # not "the third-largest asset excluding stablecoins"
        m
        for m in _sector_nouns().finditer(ctx.text, lo, a.start)
        if not _excluded().search(ctx.text, max(sent[0], m.start() - 20), m.start())
    ]
    if not found:
        return False
    named = ctx.in_span("asset", (found[-1].end(), a.start))
    return not any(m.asset_kind not in ("scope", "index") for m in named)


@per_lexicon
def _sector_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-]){cue_words('sector_nouns')}(?![\w-])")


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


def outside_count(ctx: Context, a: Amount, metric: str) -> bool:
    """A count of people or things outside the market ("127,000 creditors", "three people
    familiar with the matter", "three key crypto bills"): no coin's, company's or market's
    figure, whatever the sentence names. Counts of traders, users and addresses are left to
    the metric rules."""
    if metric != M.OTHER or a.kind not in ("count", "number"):
        return False
    return _outside_count().match(ctx.text, a.end) is not None


@per_lexicon
def _outside_count() -> re.Pattern[str]:
    """The count's noun, up to two words after it ("three key crypto bills")."""
    return re.compile(rf"(?i)\s+(?:[\w'’-]+\s+){{0,2}}?{asset_words('outside_count_nouns')}\b")


@per_lexicon
def asset_words(name: str) -> str:
    """One list of ``data/asset_cues.jsonl`` as a regex alternation, longest phrase first."""
    phrases = lexicon.listed(lexicon.ASSET_CUES_FILE, name, "phrases").phrases
    longest_first = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in longest_first) + ")"


# Stock indices and bond yields are the macro backdrop of crypto news ("the Nasdaq 100 rose
# 0.3%"): named so that no coin is pulled onto their figures, but no asset of a claim.
_BACKDROP_KINDS = ("index",)


def backdrop(asset_id: str | None) -> bool:
    """Whether an asset id names a stock index or yield, whose figures take no asset."""
    return _kind_of_asset(asset_id) in _BACKDROP_KINDS


def _kind_of_asset(asset_id: str | None) -> str | None:
    return _asset_kinds().get(asset_id) if asset_id else None


@per_lexicon
def _asset_kinds() -> dict[str, str]:
    return {e.id: e.kind for e in lexicon.assets()}


_MACRO_REACH = 80  # characters: the macro quantity is named in the figure's own stretch


def _macro(ctx: Context, a: Amount, sent: Span) -> bool:
    """The figure is a macro-economic quantity's (inflation, rates, yields): the nearest
    quantity word near it is one of ``macro_words``."""
    window = (max(sent[0], a.start - _MACRO_REACH), min(sent[1], a.end + _MACRO_REACH))
    near = [m for m in ctx.in_span("metric", window) if m.value != M.PRICE_CHANGE]
    nearest = min(near, key=lambda m: distance(ctx, a, m), default=None)
    return nearest is not None and bool(macro().fullmatch(ctx.text, nearest.start, nearest.end))


# A company's own results: a stablecoin named for them is its issuer, which has no ticker.
_ISSUER_FIGURES = (M.PROFIT, M.LOSS, M.REVENUE, M.FUNDING_RAISED, M.TRANSACTION_VALUE)


def _supply_coin(ctx: Context, a: Amount) -> Mention | None:
    """The coin a supply share is "of" ("3% of all Bitcoin")."""
    of = OF_AFTER.match(ctx.text[a.end : a.end + 30])
    return coin_at(ctx, a.end + of.end()) if of else None


def _nearest_asset(ctx: Context, a: Amount, metric: str, mentions: list[Mention]) -> str | None:
    """The nearest named asset (preferring one before the amount); a coin amount's own coin."""
    sent = ctx.sentence_of(a.start)
    # A name after the amount that introduces another figure is that figure's ("$355 million
    # in open interest compared to Bitcoin's $2.4 billion").
    mentions = [m for m in mentions if m.end <= a.start or closest_amount(ctx, m, sent) is a] or (
        mentions
    )
    if not _market_figure(ctx, a, metric):
        mentions = [m for m in mentions if m.asset_kind != "scope" or _attached(ctx, a, m)] or (
            mentions
        )
    else:  # "liquidations as bitcoin slides": the market's, unless the asset is the figure's own
        owners = _owners(ctx, a, metric, mentions) or _crowd_owners(ctx, a, mentions)
        companies = [m for m in mentions if m.asset_kind == "stock"]
        if not owners and companies and metric in _VALUATIONS:  # "At a $112B market cap,
            mentions = companies  # Strategy trades at a 60% premium": the company's value
        else:
            mentions = owners or [
                m for m in mentions if m.asset_kind == "scope" or _attached(ctx, a, m)
            ]
    if a.kind == "crypto" and not any(m.asset_kind in ("stock", "etf") for m in mentions):
        return a.unit
    if mentions:
        return _issuer(min(mentions, key=lambda m: _asset_distance(ctx, a, m)), a, metric)
    return None


# A market value named with a listed company is the company's, unless a coin owns the word.
_VALUATIONS = (M.MARKET_CAP, M.MARKET_CAP_CHANGE)


@per_lexicon
def _owner_before() -> re.Pattern[str]:
    """Between a coin and the figure's word it owns ("ether futures open interest")."""
    return re.compile(rf"(?i)\s*(?:['’]s?\s*)?(?:{asset_words('owned_market_nouns')}\s+)*$")


_OWNER_AFTER = re.compile(r"(?i)\s+(?:for|of|on|in)\s+(?:the\s+)?(?:spot\s+)?$")


def _owners(ctx: Context, a: Amount, metric: str, mentions: list[Mention]) -> list[Mention]:
    """Coins that own the figure's metric word in its clause: "XRP's market cap soared by
    $21.2 billion", "ether futures open interest", "open interest for ETH futures"."""
    sent = ctx.sentence_of(a.start)
    scopes = [m.start for m in mentions if m.asset_kind == "scope"]
    words = [  # "Bitcoin's cap fell, leaving the total crypto market cap at $2.4 trillion"
        m
        for m in ctx.in_span("metric", sent)
        if m.value == metric
        and not boundaries(_PARTICIPLE.sub(" ", gap_between(ctx, m, a)))
        and not any(min(m.end, a.end) <= s < max(m.start, a.start) for s in scopes)
    ]
    owners = []
    for coin in mentions:
        if coin.asset_kind not in ("crypto", "stablecoin"):
            continue
        for word in words:
            before = coin.end <= word.start and _owner_before().fullmatch(
                ctx.text, coin.end, word.start
            )
            after = word.end <= coin.start and _OWNER_AFTER.fullmatch(
                ctx.text, word.end, coin.start
            )
            if before or after:
                owners.append(coin)
                break
    return owners


def _crowd_owners(ctx: Context, a: Amount, mentions: list[Mention]) -> list[Mention]:
    """Coins that own a market-wide figure as the subject of its clause: their crowd ("Solana
    (SOL) traders took the brunt of the losses, enduring $61 million of liquidations") or the
    coin itself right before "with" and the figure ("followed by ether (ETH) with $302
    million")."""
    owners = []
    for m in mentions:
        if m.asset_kind not in ("crypto", "stablecoin") or m.end > a.start:
            continue
        if _WITH_FIGURE.fullmatch(ctx.text, m.end, a.start):
            owners.append(m)
            continue
        crowd = _coin_crowd().match(ctx.text, m.end)
        if crowd and not boundaries(_PARTICIPLE.sub(" ", ctx.text[crowd.end() : a.start])):
            owners.append(m)
    return owners


_TICKER_AFTER = r"(?:\s*\([A-Z0-9]{2,10}\))?"
_WITH_FIGURE = re.compile(
    _TICKER_AFTER + r"\s+with\s+(?:(?:about|around|nearly|over|almost|roughly|more than)\s+)?"
)


@per_lexicon
def _coin_crowd() -> re.Pattern[str]:
    return re.compile(_TICKER_AFTER + rf"(?i:\s+{asset_words('position_crowd_nouns')})\b")


# ", reaching ...", ", hitting ...": a participle goes on with the same subject and metric.
_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")


def gap_between(ctx: Context, m: Mention, a: Amount) -> str:
    """The text between a word and an amount, whichever comes first."""
    return ctx.text[m.end : a.start] if m.end <= a.start else ctx.text[a.end : m.start]


def _issuer(m: Mention, a: Amount, metric: str) -> str:
    """A preferred stock's money figures are its issuer's ("$21 billion STRK programme")."""
    issuer = issuers().get(m.value)
    return issuer if issuer and a.kind != "percent" else m.value


@per_lexicon
def issuers() -> dict[str, str]:
    """Each preferred stock's issuing company, by asset id."""
    return {e.id: e.issuer for e in lexicon.assets() if e.issuer}


def _company(ctx: Context, a: Amount, mentions: list[Mention], sent: Span) -> Mention | None:
    """The company an article reports on: named in the sentence, else the article's most
    named listed company ("the company bought 13,627 BTC")."""
    in_sentence = [m for m in mentions if m.asset_kind == "stock"]
    if in_sentence:  # "preferred shares (STRK, STRF) were sold, but 87% came from MSTR sales"
        return min(in_sentence, key=lambda m: _clause_distance(ctx, a, m))
    if any(_crowd_after().match(ctx.text, m.end) for m in mentions):
        return None
    others = [m for m in mentions if m.asset_kind != "stock" and not _incidental(ctx, m)]
    referred = ctx.span_has(company_ref(), sent)  # once per sentence, not per figure
    if others and not referred:
        return None
    stocks = [
        m for m in ctx.mentions if m.kind == "asset" and m.asset_kind == "stock" and listed(ctx, m)
    ]
    if not referred and not any(sent[0] - 1200 <= m.start < sent[1] for m in stocks):
        return None  # no company in sight: a figure of someone else's
    if not stocks:
        return None
    top = Counter(issuers().get(m.value, m.value) for m in stocks).most_common(1)[0][0]
    return next(m for m in stocks if issuers().get(m.value, m.value) == top)


# A fine or settlement is paid by a company or person, never by a coin.
_PAYER_FIGURES = (M.FINE,)


@per_lexicon
def _chain_after() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s*{asset_words('chain_nouns')}\b")


_CHAIN_BEFORE = re.compile(r"(?i)\b(?:on|across|to)\s+(?:the\s+)?$")


def _chain(ctx: Context, m: Mention) -> bool:
    """A coin named as the chain where something happened ("$18 million on the BNB Chain",
    "bridged to the Ethereum network"), not as what was taken."""
    if _chain_after().match(ctx.text, m.end):
        return True
    return bool(_CHAIN_BEFORE.search(ctx.text[max(0, m.start - 12) : m.start]))


def _incidental(ctx: Context, m: Mention) -> bool:
    """A coin named as a unit or an attribute, not as the subject: "3,081 BTC", "per bitcoin",
    "its Bitcoin holdings", "Bitcoin purchase"."""
    if any(a.start <= m.start < a.end for a in ctx.amounts_in((m.start - 200, m.start + 1))):
        return True
    before = ctx.text[max(0, m.start - 12) : m.start]
    after = ctx.text[m.end : m.end + 40]
    owned = _POSSESSED.match(after)  # "Bitcoin's maximum supply": the coin's attribute
    if owned and attribute_after().match(after[owned.end() :]):
        return True
    if _handled_after().match(after):
        return True
    return bool(re.search(r"(?i)\bper\s+$", before) or attribute_after().match(after))


@per_lexicon
def _handled_after() -> re.Pattern[str]:
    """ "BTC Acquired: 13,627", "bitcoin bought in May": the coin is what the company handled."""
    return re.compile(rf"(?i)\s+{asset_words('handled_verbs')}\b")


_POSSESSED = re.compile(r"(?i)['’]s(?:\s+[a-z]+(?=\s+[a-z]))?")


@per_lexicon
def _crowd_after() -> re.Pattern[str]:
    """ "Bitcoin miners saw record revenue": a coin's crowd, not a company, owns the figure."""
    return re.compile(rf"(?i)\s+{asset_words('coin_crowd_nouns')}\b")


def _fund_asset(ctx: Context, a: Amount, mentions: list[Mention]) -> str | None:
    """The fund named for this flow (the nearest fund no other amount is closer to), by its
    name or its sponsor's; otherwise the flow is the fund group's, named by its coin ("spot
    Bitcoin ETFs")."""
    sent = ctx.sentence_of(a.start)
    grouped = _fund_group().search(ctx.text, sent[0], a.start) is not None
    own = _own_funds(ctx, a, sent, _fund_names(mentions, ctx), grouped)
    if not any(m.asset_kind == "etf" for m in own):  # no fund named: one named by its sponsor
        own = _own_funds(ctx, a, sent, [*own, *_sponsored_funds(ctx, a, sent)], grouped)
    own = [m for m in own if not _asset_distance(ctx, a, m)[0]] or own  # "FBTC led with
    # $345 million, followed by IBIT, which saw $164 million": a later clause's fund is its own
    scopes = [m for m in own if m.asset_kind == "scope"]
    if scopes:  # "Other altcoin products lost a combined $106.6 million"
        return scopes[-1].value
    named = {m.value for m in own if m.asset_kind == "etf"}
    shared = len(named) > 1 or combined().search(ctx.text, max(sent[0], a.start - 30), a.start)
    if own and not shared:
        best = min(own, key=lambda m: _clause_distance(ctx, a, m))
        return best.value
    if a.kind == "crypto" and a.unit:
        return a.unit  # "locking a record 938.7M XRP": a flow counted in coins is theirs
    if not own and _FUND_ANAPHOR.match(ctx.text, sent[0]):
        para = ctx.paragraph_of(a.start)
        funds = [m for m in ctx.in_span("asset", (para[0], sent[0])) if m.asset_kind == "etf"]
        if funds:  # "IBIT took in $300 million. The fund has drawn $50 billion since launch."
            return funds[-1].value
    return _group_coin(ctx, a)


def _fund_count(ctx: Context, a: Amount) -> bool:
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
        and not _excluded().search(ctx.text, max(sent[0], m.start - 20), m.start)
        and not (grouped and m.asset_kind == "etf" and _asset_distance(ctx, a, m)[0])
    ]  # "11 funds saw $937.7 million in outflows, excluding ARKB"; "ETFs drew $2.7 billion,
    # with IBIT leading": the group's total, not the fund's


def _group_coin(ctx: Context, a: Amount) -> str | None:
    """The coin of the fund group a flow belongs to: the group the paragraph or its heading
    names ("Bitcoin ETFs Bleed Again"), else the coin most named before it."""
    return ctx.remember("group_coin", a.start, lambda: _find_group_coin(ctx, a))


def _find_group_coin(ctx: Context, a: Amount) -> str | None:
    named = ctx.in_span("asset", (max(0, a.start - 700), a.start))
    window = [m for m in named if m.asset_kind == "crypto"]
    para = ctx.paragraph_of(a.start)
    heads = [h for h in ctx.structure.headings if para[0] - _HEADING_REACH <= h[1] <= para[0]]
    lead = heads[-1][0] if heads else para[0]
    groups = [m for m in window if m.start >= lead and _group_after().match(ctx.text, m.end)]
    if groups:
        return groups[-1].value
    coins = Counter(m.value for m in window)
    if not coins:  # only funds named: the coin they hold ("GBTC and BTCO lost ...")
        held = (_underlying().get(m.value) for m in named if m.asset_kind == "etf")
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


def _fund_holding(ctx: Context, a: Amount, mentions: list[Mention], sent: Span) -> str | None:
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
            and not _excluded().search(ctx.text, max(sent[0], m.start - 20), m.start)
        ]  # not "held in the ETFs excluding Grayscale's, and $59 billion with it"
    return min(own, key=lambda m: _clause_distance(ctx, a, m)).value if own else None


def _sponsor_before(ctx: Context, m: Mention) -> tuple[int, str] | None:
    """The fund a sponsor's name right before a coin and a fund noun names ("the Grayscale
    Solana ETF"): where the sponsor's name starts, and its one fund of that coin."""
    near = ctx.in_span("source", (max(0, m.start - _SPONSOR_GAP), m.start))
    for sponsor in reversed(near):
        if m.start - sponsor.end > _TICKER_GAP:
            break
        funds = [f for f in _sponsors().get(sponsor.value, []) if _underlying().get(f) == m.value]
        if len(funds) == 1:
            return sponsor.start, funds[0]
    return None


_SPONSOR_GAP = 40  # characters before a coin name where its fund's sponsor may be named


_TICKER_GAP = 3  # characters between a fund's name and its ticker: " (" and the like


def _sponsored_funds(ctx: Context, a: Amount, sent: Span) -> list[Mention]:
    """A fund named by its sponsor ("BlackRock, which attracted $849 million", "Fidelity
    added $50 million"): the sponsor's one fund of the group's coin, in the sponsor's place."""
    sponsors = [m for m in ctx.in_span("source", ctx.near(a.start, sent)) if m.value in _sponsors()]
    if not sponsors:
        return []
    coin = _group_coin(ctx, a)
    found = []
    for m in sponsors:
        funds = [f for f in _sponsors()[m.value] if _underlying().get(f) == coin]
        if len(funds) == 1:
            found.append(Mention(m.start, m.end, "asset", funds[0], "etf"))
    return found


@per_lexicon
def _sponsors() -> dict[str, list[str]]:
    """Each fund sponsor's funds, by the sponsor's source name."""
    funds: dict[str, list[str]] = {}
    for e in lexicon.assets():
        for sponsor in e.sponsors:
            funds.setdefault(sponsor, []).append(e.id)
    return funds


@per_lexicon
def _underlying() -> dict[str, str]:
    return {e.id: e.underlying for e in lexicon.assets() if e.underlying}


_HEADING_REACH = 5  # characters between a heading and the paragraph under it


@per_lexicon
def _excluded() -> re.Pattern[str]:
    """A fund named as left out of (or counted in) a group's total is not the total's own."""
    return re.compile(rf"(?i)\b{asset_words('excluded_before')}\s+$")


@per_lexicon
def _group_after() -> re.Pattern[str]:
    """A coin right before a fund noun names a fund group ("spot Bitcoin ETFs", "ether
    products")."""
    return re.compile(rf"(?i)\s+(?:[\w-]+\s+)?{asset_words('fund_nouns')}\b")


@per_lexicon
def _fund_group() -> re.Pattern[str]:
    nouns = "|".join(re.escape(p) for p in lexicon.cue_phrases("fund_group_nouns"))
    return re.compile(rf"(?i)\b(?:{nouns})\b")


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


_LIST_JOIN = re.compile(r",?\s*(?:and\s+)?")


def _amount_list(ctx: Context, a: Amount, sent: Span) -> list[Amount]:
    """The run of amounts joined by commas and "and" that ``a`` belongs to, within reach.

    The runs of a sentence are found once (asking again for every amount of a long list
    is quadratic); each amount's run is then cut to the stretch ``near`` gives it.
    """
    runs = ctx.remember("amount_runs", (sent, a.kind), lambda: _amount_runs(ctx, sent, a.kind))
    run = runs.get(a.start)
    if run is None:
        return [a]
    lo, hi = ctx.near(a.start, sent)
    starts = [x.start for x in run]
    return run[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def _amount_runs(ctx: Context, sent: Span, kind: str) -> dict[int, list[Amount]]:
    """Each amount of ``kind`` in the sentence (by start) mapped to its run."""
    runs: list[list[Amount]] = []
    for x in ctx.amounts_in(sent):
        if x.kind != kind:
            continue
        if runs and _LIST_JOIN.fullmatch(ctx.text, runs[-1][-1].end, x.start):
            runs[-1].append(x)
        else:
            runs.append([x])
    return {x.start: run for run in runs for x in run}


def _dedupe_adjacent(names: list[Mention]) -> list[Mention]:
    """ "iShares Bitcoin Trust (IBIT)" names one fund twice."""
    out: list[Mention] = []
    for m in names:
        if out and out[-1].value == m.value and m.start - out[-1].end < 5:
            continue
        out.append(m)
    return out


def _asset_distance(ctx: Context, a: Amount, m: Mention) -> tuple[bool, float]:
    """Distance, with a name after the amount across a clause counting as far away: it
    opens the next clause and is its subject ("While bitcoin held below $100,000, ETH
    rose"), so any other name comes first."""
    d = distance(ctx, a, m)
    if m.end <= a.start:
        return False, d
    crosses = boundaries(gap(ctx, a, m)) > 0
    return crosses, d * (4 if crosses else 1.5)


def _clause_distance(ctx: Context, a: Amount, m: Mention) -> tuple[bool, float]:
    """For companies and funds, each with its own figures in a list of clauses: a name of
    the amount's own clause first, on either side ("$66.1 million from GBTC and $85.8
    million from the Mini Trust (BTC)"; "shares (STRK, STRD) were sold, but 87% came from
    MSTR sales"), then distance."""
    crosses, d = _asset_distance(ctx, a, m)
    return crosses or boundaries(gap(ctx, a, m)) > 0, d


def _attached(ctx: Context, a: Amount, m: Mention) -> bool:
    """The asset belongs to the figure itself: same clause, close by ("BTC longs lost $50
    million", "$12 million in the BTC-USDT pair", "Solana traders lost $61.2 million"); a
    time phrase between them does not count ("bitcoin fell 8% over the past 24 hours to ...")."""
    between = gap(ctx, a, m)
    lo = min(a.end, m.end)
    adjunct = sum(t.end - t.start for t in ctx.times_in((lo, lo + len(between))))
    return m.asset_kind == "pair" or (len(between) - adjunct <= 40 and not boundaries(between))


def fallback_asset(ctx: Context, a: Amount, metric: str, links: list[Link]) -> str | None:
    """Where the sentence names no asset: the market for market-wide figures; for prices and
    fund flows the asset the paragraph or the article is about; otherwise none."""
    if company := _lead_company(ctx, a):
        return company  # "Here is how Coinbase performed:" / "Trading Volume : $439 billion"
    if _market_figure(ctx, a, metric):
        return _named_before(ctx, a) or _market_of(ctx, a, metric)
    if metric in carried_asset_metrics() and _macro_clause(ctx, a):
        return None  # "Core CPI was higher at 0.4%, versus 0.3% expected": no coin's move
    if metric == M.PARTICIPANTS:  # "1.4 million active addresses": the network's (below)
        return _carried_asset(ctx, a, metric, links)
    if metric in _SECTOR_FIGURES:
        return _sector_of(ctx, a)
    if a.kind in ("count", "number") and _counts_rounds(ctx, a):
        return _rounds_owner(ctx, a, links)  # "$1.02 billion raised over 161 rounds"
    if metric in _ISSUER_BACKING and a.kind == "money":
        return _backed_coin(ctx, a)
    if metric == M.FUND_FLOW and _venue_withdrawals(ctx, a):
        return None  # "$4 billion in user withdrawals hitting the exchange": all its assets
    if _fund_count(ctx, a):
        return _group_coin(ctx, a)  # "the 12 funds": the fund group's coin
    if _network_count(ctx, a):
        return _carried_asset(ctx, a, M.PARTICIPANTS, links)  # "27,914 addresses"
    indexed = a.kind == "number" and ctx.sentence_has(oscillator(), ctx.sentence_of(a.start))
    if metric not in carried_asset_metrics() and not indexed:
        return None
    return _carried_asset(ctx, a, metric, links)


# A stablecoin issuer's reserves and holdings (of Treasuries, of gold) are what back its coin.
_ISSUER_BACKING = (M.RESERVES, M.HOLDINGS)


def _backed_coin(ctx: Context, a: Amount) -> str | None:
    """The stablecoin whose issuer the article is about, for reserves and holdings its
    sentence names no owner of ("the disclosure of $6.3 billion in excess reserves", "the
    company's holdings of Treasuries"); an exchange's reserves are the exchange's."""
    if ctx.in_span("venue", ctx.sentence_of(a.start)):
        return None
    return ctx.remember("issuer_focus", 0, lambda: _issuer_focus(ctx))


def _issuer_focus(ctx: Context) -> str | None:
    """The stablecoin named (by itself or its issuer) in at least half of the article's
    mentions of coins and companies."""
    named = [
        m for m in ctx.mentions if m.kind == "asset" and m.asset_kind not in ("scope", "index")
    ]
    coins = Counter(
        m.value if m.asset_kind == "stablecoin" else _stablecoins().get(m.value) for m in named
    )
    coins.pop(None, None)
    if not coins:
        return None
    coin, count = coins.most_common(1)[0]
    return coin if count >= _FOCUS_SHARE * len(named) else None


def _lead_company(ctx: Context, a: Amount) -> str | None:
    """The listed company that the lead line of a list or of label lines names alone
    ("Here is how Coinbase Global performed in the quarter:")."""

    def one_company(start: int, end: int) -> str | None:
        named = {
            _issuer(m, a, "")
            for m in ctx.in_span("asset", (start, end))
            if m.asset_kind == "stock" and listed(ctx, m)
        }
        return named.pop() if len(named) == 1 else None

    return lead_of_item(ctx, a.start, "company", one_company)


def _macro_clause(ctx: Context, a: Amount) -> bool:
    """A sentence that names no asset but a macro-economic quantity before the figure, in
    the figure's reach ("Core CPI ... was higher than the month prior at 0.4%"): the
    figure is that quantity's, not the coin the paragraph is about."""
    sent = ctx.sentence_of(a.start)
    return (
        macro().search(ctx.text, max(sent[0], a.start - _MACRO_SUBJECT_REACH), a.start) is not None
    )


_MACRO_SUBJECT_REACH = 150  # characters: a long apposition may stand between


_ANAPHOR_REACH = 600  # characters before the sentence where the coin it points back to is named


def _named_before(ctx: Context, a: Amount) -> str | None:
    """The coin the sentence points back to ("The token is trading near $1.45, with 24-hour
    volume above $6 billion"): the subject of the last sentence before that names a coin,
    its first coin ("Dogecoin climbed 7% as bitcoin held steady. The token ...")."""
    sent = ctx.sentence_of(a.start)
    if not _anaphora().search(ctx.text, sent[0], a.start):
        return None
    coins = [
        m
        for m in ctx.in_span("asset", (max(0, sent[0] - _ANAPHOR_REACH), sent[0]))
        if m.asset_kind in ("crypto", "stablecoin")
    ]
    if not coins:
        return None
    last = ctx.sentence_of(coins[-1].start)
    return next(m.value for m in coins if m.start >= last[0])


@per_lexicon
def _anaphora() -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p in sorted(lexicon.cue_phrases("coin_anaphora"), key=len))
    return re.compile(rf"(?i)\b(?:{words})(?:['’]s)?\b(?!\s+(?:market|markets|sector|industry)\b)")


_LEAD = 300  # characters: a headline stands at the very top of the text
_FOCUS_SHARE = 0.5  # of the article's coin mentions


# Figures that, with no company named, are the sector's: venture funding totals.
_SECTOR_FIGURES = (M.FUNDING_RAISED,)


def _venue_withdrawals(ctx: Context, a: Amount) -> bool:
    """Users' withdrawals or deposits at a venue ("withdrawals reached a peak of $5.3
    billion"): money in every asset the venue holds, no one coin's."""
    sent = ctx.sentence_of(a.start)
    if not _withdrawal_nouns().search(ctx.text, *sent):
        return False
    return venues.venue(ctx, a, M.FUND_FLOW, sent) is not None


@per_lexicon
def _withdrawal_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{cue_words('venue_flow_nouns')}\b")


def _rounds_owner(ctx: Context, a: Amount, links: list[Link]) -> str | None:
    """Rounds are counted for the money raised in them: the asset of the sentence's funding
    figure before the count, else the sector's."""
    sent = ctx.sentence_of(a.start)
    for x in reversed(links):
        if x.amount.start < sent[0]:
            break
        if x.metric in _SECTOR_FIGURES:
            return x.asset
    return _sector_of(ctx, a)


def _counts_rounds(ctx: Context, a: Amount) -> bool:
    """A count of funding rounds or deals ("161 investment rounds")."""
    return _round_nouns().match(ctx.text, a.end) is not None


@per_lexicon
def _round_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s+{cue_words('round_nouns')}\b")


def _sector_of(ctx: Context, a: Amount) -> str | None:
    """The sector an unattributed figure totals: a scope the article names before it
    ("crypto startups raised ... in May"), unless the sentence names who raised it."""
    if _names_someone(ctx, a):
        return None  # "Auradine received $80 million": a startup's round, not the sector's
    scopes = [m for m in ctx.in_span("asset", (0, a.start)) if m.asset_kind == "scope"]
    return scopes[-1].value if scopes else None


_PROPER = re.compile(r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*\b")
_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day|Q[1-4]"
)


def _names_someone(ctx: Context, a: Amount) -> bool:
    """A capitalized name other than a date or a known coin or metric word stands before the
    amount in its sentence: a company, fund or person is the subject. The sentence's first
    word counts when it reads as a name: a possessive or an apposition follows it
    ("Securitize, a tokenization firm, received ..."), or a lexicon names it."""
    sent = ctx.sentence_of(a.start)
    if title_case_line(ctx.text, a.start, longest=None):
        return False  # "Crypto Venture Funding Tops $1 Billion": a headline capitalizes all
    lead = _LEADING.match(ctx.text, sent[0], a.start)
    first = lead.end() if lead else sent[0]
    known = [  # a data source is cited; a company without a ticker yet is someone
        (m.start, m.end)
        for m in ctx.mentions
        if sent[0] <= m.start < a.start
        and m.kind != "venue"
        and not (m.kind == "asset" and m.asset_kind == "stock")
    ]
    for match in _PROPER.finditer(ctx.text, first, a.start):
        if _CALENDAR.fullmatch(match.group()) or any(s <= match.start() < e for s, e in known):
            continue
        if match.start() == first and not _NAME_AFTER.match(ctx.text, match.end()):
            continue  # "In April, a total of ...": a sentence's first word is capitalized
        return True
    return False


_LEADING = re.compile(r"[\s\-–—•*·“\"']+")  # a bullet or quote before the first word
_NAME_AFTER = re.compile(r"(?:['’]s\b|,\s+(?:a|an)\s)")


# Figures a coin's own derivatives market reports; liquidation and sentiment totals are the
# whole market's even in a story about one coin ("Bitcoin crash wipes out traders"), unless
# the story is about that coin's derivatives market.
_DERIVATIVES = (M.OPEN_INTEREST, M.TRADING_VOLUME, M.LONG_SHORT_RATIO, M.FUNDING_RATE)


def _market_of(ctx: Context, a: Amount, metric: str) -> str:
    """The market a market-wide figure (open interest, volume, liquidations) is about when its
    sentence names none: the whole crypto market, unless the paragraph names a scope, or the
    article is about one coin ("XRP futures open interest hits a record": its figures are
    XRP's)."""
    para = ctx.paragraph_of(a.start)
    scopes = [m for m in ctx.in_span("asset", (para[0], a.start)) if m.asset_kind == "scope"]
    if scopes:
        return scopes[-1].value
    if metric == M.LIQUIDATIONS:  # the coin's own when the article reports its derivatives
        return ctx.remember("derivatives_coin", 0, lambda: _derivatives_coin(ctx)) or "CRYPTO"
    if metric not in _DERIVATIVES:
        return "CRYPTO"
    if coin := _previous_coin(ctx, a, para) or _moved_coin(ctx, a):
        return coin  # "Bitcoin is down 7%. Trading volumes have surged, hitting $44 billion."
    return ctx.remember("focus_coin", 0, lambda: _focus_coin(ctx)) or "CRYPTO"


def _derivatives_coin(ctx: Context) -> str | None:
    """The focus coin of an article about that coin's derivatives market ("XRP futures open
    interest hits a record", "XRP's derivatives market has shown significant activity"): its
    liquidation figures are that market's, not the whole crypto market's."""
    focus = ctx.remember("focus_coin", 0, lambda: _focus_coin(ctx))
    named = (m for m in ctx.mentions if m.kind == "asset" and m.value == focus)
    return focus if any(_derivatives_after().match(ctx.text, m.end) for m in named) else None


@per_lexicon
def _derivatives_after() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:['’]s)?\s+{asset_words('derivatives_nouns')}\b")


def _previous_coin(ctx: Context, a: Amount, para: Span) -> str | None:
    """The one coin the sentence before names, in the same paragraph: a derivatives figure
    whose own sentence names no market goes on about that coin's ("Solana is down 9% ...
    Trading volumes have surged over 180%"); two coins, or none, leave it the market's."""
    sent = ctx.sentence_of(a.start)
    if sent[0] <= para[0]:
        return None
    sentences = ctx.structure.sentences
    i = bisect.bisect_left(sentences, (sent[0], sent[0])) - 1
    if i < 0 or sentences[i][0] < para[0]:
        return None
    before = sentences[i]
    if before[1] > sent[0]:
        return None
    named = ctx.in_span("asset", before)
    if not all(m.asset_kind in ("crypto", "stablecoin") for m in named):
        return None  # a company, a fund or the market is named beside the coin
    coins = {m.value for m in named}
    return coins.pop() if len(coins) == 1 else None


def _moved_coin(ctx: Context, a: Amount) -> str | None:
    """The coin whose move a sentence opening on that move points back to ("This remarkable
    rally was accompanied by a 70% increase in trading volume"), across a paragraph or a
    heading: the one coin of the last sentence before that names any asset."""
    sent = ctx.sentence_of(a.start)
    if not _move_anaphor().match(ctx.text, sent[0], a.start):
        return None
    named = ctx.in_span("asset", (max(0, sent[0] - _ANAPHOR_REACH), sent[0]))
    if not named:
        return None
    last = ctx.sentence_of(named[-1].start)
    named = [m for m in named if m.start >= last[0]]
    if not all(m.asset_kind in ("crypto", "stablecoin") for m in named):
        return None  # a company, a fund or the market moved with it
    coins = {m.value for m in named}
    return coins.pop() if len(coins) == 1 else None


@per_lexicon
def _move_anaphor() -> re.Pattern[str]:
    """A sentence that opens on a move named before: "This remarkable rally", "The sell-off"."""
    nouns = asset_words("move_nouns")
    return re.compile(rf"(?i)[\s\-–—•*·“\"']*(?:the|this|that|its)\s+(?:[\w-]+\s+)?{nouns}\b")


def _focus_coin(ctx: Context) -> str | None:
    """The one coin the headline (or, without one, the lead sentence) names, when the article
    keeps talking about it (at least half of its coin mentions) and names the market as a
    whole nowhere."""
    leads = [h for h in ctx.structure.headings if h[0] < _LEAD] or ctx.structure.sentences[:1]
    if not leads:
        return None
    named = ctx.in_span("asset", leads[0])
    if any(m.asset_kind == "scope" for m in ctx.mentions if m.kind == "asset"):
        return None
    coins = {m.value for m in named if m.asset_kind in ("crypto", "stablecoin")}
    if len(coins) != 1:
        return None
    focus = coins.pop()
    mentions = [m.value for m in ctx.mentions if m.kind == "asset" and m.asset_kind == "crypto"]
    return focus if mentions.count(focus) >= _FOCUS_SHARE * len(mentions) else None


def _stolen_coin(ctx: Context, a: Amount, links: list[Link]) -> str | None:
    """The coin a theft took, as the article counts it ("400,000 ETH stolen"); a chain the
    victim runs on ("the largest DEX on Sui") or a mix of tokens is no such coin."""
    if other_event().search(ctx.text[slice(*ctx.sentence_of(a.start))]):
        return None  # "previous thefts", "in 2024 alone": another event's figure
    coins = ctx.remember("stolen_coins", 0, lambda: _stolen_coins(ctx))
    return next(iter(coins)) if len(coins) == 1 else None  # a mix of tokens is no one coin


def _stolen_coins(ctx: Context) -> Counter[str]:
    """The coins the article counts stolen: coin amounts in sentences that name a theft."""
    coins: Counter[str] = Counter()
    for m in ctx.mentions:
        if m.kind == "metric" and m.value == M.HACK_AMOUNT:
            sent = ctx.sentence_of(m.start)
            coins.update(x.unit for x in ctx.amounts_in(sent) if x.kind == "crypto")
            coins.update(
                n.value
                for n in ctx.in_span("asset", sent)
                if n.asset_kind in ("crypto", "stablecoin")  # "in cryptocurrency" is no coin
                and (
                    n.asset_kind == "stablecoin"
                    or _CONTENT_BEFORE.search(ctx.text[max(0, n.start - 40) : n.start])
                )
                and not _incidental(ctx, n)
                and not _chain(ctx, n)
                and not _derived_after().match(ctx.text, n.end)
            )  # "27,300 ETH plus $15.4 million in USDC and DAI"; "drained USDC, WBNB and ETH"
    if _STABLECOINS.search(ctx.text):
        coins["stablecoins"] += 1  # "along with $15 million in stablecoins": a mix
    return coins


@per_lexicon
def _derived_after() -> re.Pattern[str]:
    """A brand before a staked or wrapped coin's name ("Mantle Staked ETH"): the coin is the
    later one."""
    return re.compile(rf"(?i)\s+(?:liquid[\s-]+)?{asset_words('derived_coin_words')}\b")


_STABLECOINS = re.compile(r"(?i)\bstablecoins\b")
# A coin named as what was taken: "$1.4 billion in Ethereum", "assets like USDC, WBNB and ETH",
# "wrapped Ether (wstETH)".
_CONTENT_BEFORE = re.compile(
    r"(?i)(?:(?:\b(?:in|of|like|including|such as|and|plus)|,)\s+(?:[\w-]+\s+)?|\()\Z"
)


def _carried_asset(ctx: Context, a: Amount, metric: str, links: list[Link]) -> str | None:
    """The asset named last in the paragraph, else that of the last figure of this metric,
    else the article's most named asset."""
    if metric == M.HACK_AMOUNT:
        return _stolen_coin(ctx, a, links)
    para = ctx.paragraph_of(a.start)
    before = [m for m in ctx.in_span("asset", (para[0], a.start)) if listed(ctx, m)]
    if before:
        return before[-1].value
    same = last_of_metric(links, metric, lambda x: x.asset)
    if same:
        return same
    counts = Counter(
        m.value
        for m in ctx.mentions
        if m.kind == "asset" and m.asset_kind != "scope" and listed(ctx, m)
    )
    return counts.most_common(1)[0][0] if counts else None
