"""Whose figure it is: the asset, company or fund an amount is about.

The sentence decides first (a listed pair, a share of a coin, the company reporting,
the nearest named asset); where it names none, market-wide figures are the crypto
market's and prices and flows carry the asset of the paragraph or the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import TYPE_CHECKING

from extractor.nlp.amounts import rate_base
from extractor.nlp.asset_data import issued_stablecoins, issuer_of, kind_of_asset, listed
from extractor.nlp.company_owner import (
    lead_company,
    reporting_company,
    run_by_venue,
    shares_of_referent,
    shares_of_venue,
)
from extractor.nlp.context import (
    OF_AFTER,
    Context,
    Span,
    boundaries,
    closest_amount,
    coin_at,
    last_of_metric,
)
from extractor.nlp.cues import carried_asset_metrics, company_metrics, options_word, oscillator
from extractor.nlp.fund_owner import fund_asset, fund_count, fund_holding, group_coin
from extractor.nlp.issuer_owner import (
    BACKING,
    ISSUER_BACKING,
    ISSUER_FIGURES,
    backed_coin,
    issued_coin,
)
from extractor.nlp.layers import Amount, M
from extractor.nlp.market_owner import (
    altcoin_list,
    coin_gauge,
    crowd_owners,
    market_figure,
    market_of,
    named_before,
    network_count,
    people_count,
    platform_figure,
    subject_owners,
    whole_of_share,
    with_altcoins,
    word_owners,
)
from extractor.nlp.mentions import Mention
from extractor.nlp.own_subject import article_subject
from extractor.nlp.owner_clauses import asset_distance, attached, incidental
from extractor.nlp.ownerless import (
    backdrop,
    clientele,
    macro_clause,
    macro_figure,
    outside_market,
    venue_withdrawals,
)
from extractor.nlp.sector_owner import (
    SECTOR_FIGURES,
    counts_rounds,
    held_in_sector,
    names_someone,
    rounds_owner,
    sector_figure,
    sector_of,
)
from extractor.nlp.theft_owner import named_as_chain, stolen_coin

if TYPE_CHECKING:
    from extractor.nlp.linker import Draft as Link

# The asset field's entry points for the linker, wherever their rules live.
__all__ = [
    "asset",
    "backdrop",
    "clientele",
    "fallback_asset",
    "held_in_sector",
    "outside_market",
    "sector_figure",
]


def asset(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    """The asset the amount's own sentence makes it about, if any."""
    if fund_count(ctx, a):  # "Grayscale's two funds", "10 out of 12 products": the group's
        return group_coin(ctx, a)
    if paired := _parallel(ctx, a, sent):
        return issuer_of(paired, a, metric)
    if metric == M.SUPPLY and (coin := _supply_coin(ctx, a)):
        return coin.value
    if metric == M.OTHER and macro_figure(ctx, a, sent):
        return None  # "CPI rose 0.5%", "the Fed cut by 50 basis points": no coin's figure
    named = [m for m in ctx.in_span("asset", sent) if not (a.start <= m.start < a.end)]
    named = [m for m in named if not _in_relative_aside(ctx, a, m, sent)]
    named = [m for m in named if not whole_of_share(ctx, m, named)]
    if altcoin_list(ctx, a, named):
        return "ALTCOINS"  # "SOL, XRP, and Dogecoin experienced declines exceeding 14%"
    if with_altcoins(ctx, metric, named):
        return "CRYPTO"  # "Bitcoin and major altcoins ... wiping out $900 million"
    named = sorted(
        [*named, *shares_of_venue(ctx, sent), *shares_of_referent(ctx, sent)],
        key=lambda m: m.start,
    )
    if metric in BACKING and (backed := issued_coin(named)):
        return backed
    named = [m for m in named if not _owner_of_coin(ctx, m, named)]
    mentions = [m for m in named if listed(ctx, m)]
    if metric == M.HOLDINGS and (fund := fund_holding(ctx, a, mentions, sent)):
        return fund  # "Grayscale already had more than $20 billion in assets"
    if metric in company_metrics() or metric in _VALUATIONS:
        mentions = mentions or run_by_venue(ctx, a, sent)
    if metric in company_metrics() and (company := reporting_company(ctx, a, mentions, sent)):
        return issuer_of(company, a, metric)
    if metric == M.ETF_FLOW:
        return fund_asset(ctx, a, mentions)
    if a.kind == "money" and (valued := _valued_coin(ctx, a)):
        return valued  # "the platform lost 1,900 ETH (worth $4.5 million at the time)"
    if metric == M.HACK_AMOUNT:  # "the largest exchange on the Sui blockchain lost ..."
        mentions = [m for m in mentions if not incidental(ctx, m) and not named_as_chain(ctx, m)]
    if metric in _PAYER_FIGURES:  # "Terraform and Do Kwon agreed to pay $4.47 billion"
        if a.kind == "money" and (taken := _taken_coin(ctx, a)):
            return taken.value  # "seized $12 million in USDT": the coin taken
        mentions = [m for m in mentions if m.asset_kind == "stock"]
    if metric in SECTOR_FIGURES:  # a startup building on bitcoin raises money, not bitcoin
        raiser = names_someone(ctx, a)  # "Pantera's $1 billion round, the sector's biggest"
        kinds = ("stock", "etf") if raiser else ("stock", "etf", "scope")
        mentions = [m for m in mentions if m.asset_kind in kinds]
    found = _nearest_asset(ctx, a, metric, mentions)
    if _issuers_own(ctx, a, metric, found):
        return None  # "Tether reported a $1 billion profit": an unlisted issuer's figure
    return found


def _issuers_own(ctx: Context, a: Amount, metric: str, asset_id: str | None) -> bool:
    """A stablecoin's issuer's own result in money (its profit, revenue): no coin's figure."""
    return metric in ISSUER_FIGURES and a.kind != "crypto" and stablecoin(ctx, asset_id)


def stablecoin(ctx: Context, asset_id: str | None) -> bool:
    """Whether the asset is a stablecoin: the lexicon's, or one the article names so ("the
    euro stablecoin EURQ")."""
    if asset_id is None:
        return False
    return kind_of_asset(asset_id) == "stablecoin" or any(
        m.kind == "asset" and m.value == asset_id and m.asset_kind == "stablecoin"
        for m in ctx.mentions
    )


_POSSESSIVE = re.compile(r"['’]s\s+")


def _owner_of_coin(ctx: Context, m: Mention, named: list[Mention]) -> bool:
    """A stablecoin issuer's possessive right before a stablecoin ("Circle's USDC", "Circle's
    EURC"): the coin is what the words name, its issuer only says whose it is."""
    if m.asset_kind != "stock" or m.value not in issued_stablecoins():
        return False
    owned = _POSSESSIVE.match(ctx.text, m.end)
    return owned is not None and any(
        n.start == owned.end() and n.asset_kind == "stablecoin" for n in named
    )


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
    if not market_figure(ctx, a, metric):
        mentions = [m for m in mentions if m.asset_kind != "scope" or attached(ctx, a, m)] or (
            mentions
        )
    else:  # "liquidations as bitcoin slides": the market's, unless the asset is the figure's own
        owners = (
            word_owners(ctx, a, metric, mentions)
            or crowd_owners(ctx, a, mentions)
            or subject_owners(ctx, a, metric, mentions)
        )
        companies = [m for m in mentions if m.asset_kind == "stock"]
        if not owners and companies and metric in _VALUATIONS:  # "At a $112B market cap,
            mentions = companies  # Strategy trades at a 60% premium": the company's value
        else:
            mentions = owners or [
                m for m in mentions if m.asset_kind == "scope" or attached(ctx, a, m)
            ]
    if a.kind == "crypto" and not any(m.asset_kind in ("stock", "etf") for m in mentions):
        return a.unit
    if mentions:
        return issuer_of(min(mentions, key=lambda m: asset_distance(ctx, a, m)), a, metric)
    return None


# A market value named with a listed company is the company's, unless a coin owns the word.
_VALUATIONS = (M.MARKET_CAP, M.MARKET_CAP_CHANGE)


# A fine or settlement is paid by a company or person, never by a coin.
_PAYER_FIGURES = (M.FINE,)


_WORTH_OF = re.compile(r"(?i)^\s?worth\s+of\s+")
_AND_MORE = re.compile(r"\s*(?:,|&|and\b|or\b)")


def _taken_coin(ctx: Context, a: Amount) -> Mention | None:
    """The coin a sum taken by an agency is counted in, named right after it ("seized $12
    million in USDT", "$3 million worth of ether"); a fine names none."""
    after = ctx.text[a.end : a.end + 30]
    of = OF_AFTER.match(after) or _WORTH_OF.match(after)
    coin = coin_at(ctx, a.end + of.end()) if of else None
    if coin is None or _AND_MORE.match(ctx.text, coin.end):
        return None  # "$9 million of bitcoin and tether": no one coin's
    return coin


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


def fallback_asset(ctx: Context, a: Amount, metric: str, links: list[Link]) -> str | None:
    """Where the sentence names no asset: the market for market-wide figures; for prices and
    fund flows the asset the paragraph or the article is about; otherwise none."""
    if company := lead_company(ctx, a):
        return company  # "Here is how Coinbase performed:" / "Trading Volume : $439 billion"
    if metric == M.OPEN_INTEREST and ctx.sentence_has(options_word(), ctx.sentence_of(a.start)):
        return _options_coin(ctx, a, metric)  # "options expiry involves $4.3 billion": no coin
    if platform_figure(ctx, a, metric):
        return None  # "the marketplace drew 1,284 buyers": no market's, no coin's
    if people_count(ctx, a, metric):
        return named_before(ctx, a)  # "4,300 customers will be compensated first": no market's
    if market_figure(ctx, a, metric):
        return named_before(ctx, a) or market_of(ctx, a, metric)
    if metric in carried_asset_metrics() and macro_clause(ctx, a):
        return None  # "Core CPI was higher at 0.4%, versus 0.3% expected": no coin's move
    if metric == M.PARTICIPANTS:  # "1.4 million active addresses": the network's (below)
        return _carried_asset(ctx, a, metric, links)
    if metric in SECTOR_FIGURES:
        return sector_of(ctx, a)
    if a.kind in ("count", "number") and counts_rounds(ctx, a):
        return rounds_owner(ctx, a, links)  # "$1.02 billion raised over 161 rounds"
    if metric in ISSUER_BACKING and a.kind == "money":
        return backed_coin(ctx, a)
    if metric == M.FUND_FLOW and venue_withdrawals(ctx, a):
        return None  # "$4 billion in user withdrawals hitting the exchange": all its assets
    if fund_count(ctx, a):
        return group_coin(ctx, a)  # "the 12 funds": the fund group's coin
    if network_count(ctx, a):
        return _carried_asset(ctx, a, M.PARTICIPANTS, links)  # "27,914 addresses"
    if coin_gauge(ctx, a, metric):  # "the premium was 1.9%": the article's coin, else the
        topic = ctx.remember("most_named_asset", False, lambda: _most_named_asset(ctx, False))
        return topic or _carried_asset(ctx, a, metric, links)  # paragraph's
    indexed = a.kind == "number" and ctx.sentence_has(oscillator(), ctx.sentence_of(a.start))
    if metric not in carried_asset_metrics() and not indexed:
        return None
    carried = _carried_asset(ctx, a, metric, links)
    if _issuers_own(ctx, a, metric, carried):
        return None  # "the issuer earned €22 million": its issuer's result, not the coin's
    return carried


def _options_coin(ctx: Context, a: Amount, metric: str) -> str | None:
    """The coin of an options figure: the one coin its sentence names, the one the sentence
    points back to, or the one the article is about; options of several coins, or of none
    named, have no coin (not the whole market's)."""
    coins = {
        m.value
        for m in ctx.in_span("asset", ctx.sentence_of(a.start))
        if m.asset_kind in ("crypto", "stablecoin")
        and (m.end <= a.start or not boundaries(ctx.text[a.end : m.start]))
    }  # not "settled $11.3 billion in notional, and bitcoin moved less than 2%"
    if len(coins) == 1:
        return coins.pop()
    if coins:
        return None
    market = named_before(ctx, a) or market_of(ctx, a, metric)
    return None if market == "CRYPTO" else market


def _carried_asset(ctx: Context, a: Amount, metric: str, links: list[Link]) -> str | None:
    """The asset named last in the paragraph, else that of the last figure of this metric,
    else the article's most named asset."""
    if metric == M.HACK_AMOUNT:
        return stolen_coin(ctx, a, links)
    para = ctx.paragraph_of(a.start)
    before = [
        m
        for m in ctx.in_span("asset", (para[0], a.start))
        if listed(ctx, m) and not _after_own_figure(ctx, m, a)
    ]
    if before:
        return before[-1].value
    # an exchange rate's currency ("154 to the dollar": USD) is no asset the story is about
    same = last_of_metric(
        links, metric, lambda x: None if rate_base(ctx.text, x.amount) else x.asset
    )
    if same:
        return same
    priced = metric in _PRICED
    return ctx.remember("most_named_asset", priced, lambda: _most_named_asset(ctx, priced))


def _after_own_figure(ctx: Context, m: Mention, a: Amount) -> bool:
    """The coin is named after a figure of its own sentence, another than the carried
    figure's: it says what that figure was of or on ("a loss of $2.9 million on AVAX",
    "gains of $9.7 million, most of it from our SOL position"), not what the paragraph is
    about; a paragraph's topic is named before its sentence's figures, or without any."""
    sent = ctx.sentence_of(m.start)
    return not sent[0] <= a.start < sent[1] and _names_a_figure(ctx, m, sent)


def _names_a_figure(ctx: Context, m: Mention, sent: Span) -> bool:
    """Whether the name stands after a figure of its sentence with words between them: a
    complement of that figure ("on AVAX", "as SOL position pays off"); a name right after
    its figure, or joined to it by "of", "worth of" or "in", is what the figure is an amount
    of ("₩150M bitcoin", "3,081 BTC", "$90 million of ETH", "$2 billion in bitcoin")."""
    before = [x for x in ctx.amounts_in((sent[0], m.start)) if x.end <= m.start]
    if not before:
        return False
    gap = ctx.text[before[-1].end : m.start]
    return bool(gap.strip()) and _AMOUNT_OF.fullmatch(gap) is None


# "$90 million of ETH", "$40m worth of ether", "$2 billion in bitcoin": the coin the amount is of
_AMOUNT_OF = re.compile(r"\s+(?:worth(?:\s+of)?|of|in)\s+", re.IGNORECASE)


# A price is always some asset's: the article's coin reaches it wherever its opening names it.
_PRICED = (M.PRICE, M.AVERAGE_COST)


def _most_named_asset(ctx: Context, priced: bool = False) -> str | None:
    """The article's most named asset where the article declares it its topic: named in the
    headline or the lead paragraph under it, or the article's own subject. A coin named most
    often only in the body (a freeze in a hacks report, a stablecoin's share of a country's
    turnover) says nothing of the figures that name none: they take no asset (FORMAT.md).
    A coin the headline or lead names only after a figure ("NAV rises to $215m as SOL
    position pays off") is that figure's, no topic, except to a price, always some asset's."""
    counts = Counter(
        m.value
        for m in ctx.mentions
        if m.kind == "asset" and m.asset_kind != "scope" and listed(ctx, m)
    )
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    subject = article_subject(ctx)
    if subject is not None and subject.ticker == top:
        return top
    declared = (
        m.value
        for head in ctx.structure.paragraphs[:_TOPIC_PARAGRAPHS]
        for m in ctx.in_span("asset", head)
        if listed(ctx, m) and (priced or not _names_a_figure(ctx, m, ctx.sentence_of(m.start)))
    )
    return top if top in declared else None


_TOPIC_PARAGRAPHS = 2  # the headline and the lead paragraph under it
