"""Market-wide figures (liquidations, open interest, volume, market cap): the whole
market's, unless a coin owns the figure's word, its crowd, its derivatives market, a move
or a sentence the figure points back to, or the article is about that one coin.
"""

from __future__ import annotations

import bisect
import itertools
import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.asset_data import asset_words, kind_of_asset
from extractor.nlp.context import Context, Span, boundaries, clause_of, gap
from extractor.nlp.cues import market_wide
from extractor.nlp.layers import Amount, M
from extractor.nlp.mentions import Mention
from extractor.nlp.own_noun import heads_figure
from extractor.nlp.owner_clauses import PARTICIPLE, TICKER_AFTER


def whole_of_share(ctx: Context, m: Mention, named: list[Mention]) -> bool:
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


_AND_ALTS = re.compile(
    r"(?i)\s*(?:\(BTC\)\s*)?,?\s*and\s+(?:the\s+)?(?:(?:other|major|most|many|smaller)\s+)?"
)


def with_altcoins(ctx: Context, metric: str, named: list[Mention]) -> bool:
    """Bitcoin and the altcoins joined as one ("pulling Bitcoin and major altcoins into
    freefall and wiping out over $900 million in liquidations"): a market-wide figure of
    both is the whole market's, not the altcoins' alone."""
    if metric not in market_wide():
        return False
    return any(
        m.value == "BTC"
        and n.value == "ALTCOINS"
        and _AND_ALTS.fullmatch(ctx.text, m.end, n.start) is not None
        for m, n in itertools.pairwise(named)
    )


def altcoin_list(ctx: Context, a: Amount, named: list[Mention]) -> bool:
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


def market_figure(ctx: Context, a: Amount, metric: str) -> bool:
    """A figure of the whole market unless its sentence names a coin's: counts of people are
    the market's when they were liquidated ("246,000 traders were wiped out"), otherwise a
    network's ("1.4 million active addresses", "only 114 validators")."""
    if metric != M.PARTICIPANTS:
        return metric in market_wide()
    return _liquidated(ctx, a) or not _network_near(ctx, a)


def people_count(ctx: Context, a: Amount, metric: str) -> bool:
    """A head count of people who were not liquidated and are no network's accounts ("4,300
    customers", "312 identified victims", "18,420 unique buyers"): a firm's, a court case's
    or a country's people, counted outside the market, so neither a coin's nor the market's."""
    return metric == M.PARTICIPANTS and not _liquidated(ctx, a) and not _network_near(ctx, a)


def _liquidated(ctx: Context, a: Amount) -> bool:
    """Whether the figure's sentence counts liquidations ("246,000 traders were wiped out")."""
    sent = ctx.sentence_of(a.start)
    return any(m.value == M.LIQUIDATIONS for m in ctx.in_span("metric", sent))


def _network_near(ctx: Context, a: Amount) -> bool:
    """Whether a network's participant noun (addresses, wallets, holders) stands near."""
    sent = ctx.sentence_of(a.start)
    near = (max(sent[0], a.start - _NETWORK_REACH), min(sent[1], a.end + _NETWORK_REACH // 2))
    return _network_nouns().search(ctx.text, *near) is not None


def coin_gauge(ctx: Context, a: Amount, metric: str) -> bool:
    """A reading of one coin's market, a premium over another price or a gauge of its
    derivatives, that is the figure's own quantity ("the kimchi premium topped 4%", "the
    put/call ratio stands at 0.78", "MVRV at 1.61", "a premium of 3.2% over the official
    rate"), or the range or base of such a figure ("between 2% and 4%", "down from 1.74"):
    a percentage or plain reading of the coin the paragraph is about. "Cost basis", "basis
    points" or "an insurance premium" read none (`not_gauge_phrases`), nor a premium to a
    share's own price or value ("a 32% premium to Friday's closing price"), nor a gauge word
    modifying another noun or standing elsewhere in the sentence ("its premium service")."""
    if metric != M.OTHER or a.kind not in _GAUGE_KINDS:
        return False
    sent = ctx.sentence_of(a.start)
    not_gauges = _whole_phrases("not_gauge_phrases").finditer(ctx.text, *sent)
    excluded = [m.span() for m in not_gauges]
    excluded += [m.span() for m in _ADVERBIAL_BASIS.finditer(ctx.text, *sent)]
    gauges = [
        g
        for g in _whole_phrases("coin_gauge_phrases").finditer(ctx.text, *sent)
        if not any(start <= g.start() < end for start, end in excluded)
    ]
    for b in _figure_and_its_bases(ctx, a, sent):
        before = [g for g in gauges if g.end() <= b.start]
        complement = _complement(ctx, b, sent)  # "..., at about 3.5%": the last gauge's
        for g in gauges:
            if g.end() <= b.start and ctx.amounts_in((g.end(), b.start)):
                continue  # another figure between: the gauge measures that one
            crossed = g.end() <= b.start and ctx.clauses.crossed(g.end(), b.start)
            if crossed and not (complement and g is before[-1]):
                continue  # a gauge of another clause
            if heads_figure(ctx, g.end(), b, sent) and not _share_premium(ctx, g, sent):
                return True
    return False


def _complement(ctx: Context, a: Amount, sent: Span) -> bool:
    """The figure's clause is the figure and its link words alone, set off from the clause of
    its noun ("putting the premium, known as the kimchi premium, at about 3.5%", "the premium
    on Binance's desk slightly higher, at 3.4%")."""
    clause = clause_of(ctx, a, sent)
    words = ctx.text[clause[0] : a.start].split()
    return bool(words) and all(w.lower() in _link_particles() for w in words)


@per_lexicon
def _link_particles() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("figure_link_particles"))


def _figure_and_its_bases(ctx: Context, a: Amount, sent: Span) -> list[Amount]:
    """The figure and the figures it is the other end, the base or the move of ("between 2%
    and 4%", "2%-5%", "fell to 1.61 from 1.74", "58.2, up 9 points"): each reads one gauge."""
    chain = [a]
    for b in reversed(ctx.amounts_in((sent[0], a.start))):
        if not _RANGE_OR_BASE.fullmatch(ctx.text, b.end, chain[-1].start):
            break
        chain.append(b)
    return chain


# between a figure and the other end of its range, its base or its move ("and", "-", ", down
# from", ", up 9 points")
_RANGE_OR_BASE = re.compile(
    r"(?i)\s*(?:[-–]|,?\s*(?:(?:up|down)\s+)?from|,\s*(?:up|down)|and|to)\s*(?:about\s+)?"
)


def _share_premium(ctx: Context, g: re.Match[str], sent: Span) -> bool:
    """A premium to a share's own price or value ("a 32% premium to Friday's closing price",
    "at a 15% premium to its net asset value"): a company's, no coin's
    (`share_premium_bases`)."""
    to = _PREMIUM_TO.match(ctx.text, g.end(), sent[1])
    if to is None:
        return False
    bases = _whole_phrases("share_premium_bases")
    return bases.search(ctx.text, to.start(1), to.end()) is not None


# the phrase a premium is measured to, its first words ("to Friday's closing price", "of
# about 15% over its net asset value")
_PREMIUM_TO = re.compile(
    r"(?i)\s+(?:(?:of\s+)?(?:about\s+|roughly\s+|around\s+)?[\d.,]+%?\s+)?"
    r"(?:to|over|above)\s+((?:[\w'’.-]+\s*){1,6})"
)


@per_lexicon
def _whole_phrases(name: str) -> re.Pattern[str]:
    """A list of ``data/asset_cues.jsonl`` as whole words or phrases (no part of a longer or
    hyphenated word): the coin gauges, the phrases that are none, the bases of a share's
    premium."""
    return re.compile(rf"(?i)(?<![\w-])(?:{asset_words(name)})(?![\w-])")


_GAUGE_KINDS = frozenset({"percent", "number", "ratio", "index"})
# "basis" in an adverbial of manner or rate ("on a daily basis", "on a per-wallet basis",
# "on the basis of"): how a figure is counted, no futures basis
_ADVERBIAL_BASIS = re.compile(r"(?i)\bon\s+(?:an?|the)\s+(?:[\w/-]+\s+){0,3}?basis\b")


def platform_figure(ctx: Context, a: Amount, metric: str) -> bool:
    """A volume or a head count whose sentence names a platform of its own kind, a
    marketplace, a prediction market, a game or an app ("the marketplace drew 1,284 buyers",
    "bettors wagered $3.1 billion"): that platform's figure, not the whole crypto market's."""
    if metric not in (M.TRADING_VOLUME, M.PARTICIPANTS):
        return False
    return _platform_nouns().search(ctx.text, *ctx.sentence_of(a.start)) is not None


@per_lexicon
def _platform_nouns() -> re.Pattern[str]:
    nouns = "|".join(re.escape(p) for p in lexicon.cue_phrases("own_platform_nouns"))
    return re.compile(rf"(?i)(?<![\w-])(?:{nouns})(?![\w-])")


def network_count(ctx: Context, a: Amount) -> bool:
    """A count of a network's addresses, wallets or validators ("27,914 unique addresses"),
    or of its activity ("703,174 transfers", "every 210 thousand blocks")."""
    if a.kind not in ("count", "number"):
        return False
    between = _network_count_words().match(ctx.text, a.end)
    if between is None:
        return False
    noun = between.end()
    return bool(_network_nouns().match(ctx.text, noun) or _activity_nouns().match(ctx.text, noun))


@per_lexicon
def _activity_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?i){asset_words('network_activity_nouns')}\b")


@per_lexicon
def _network_count_words() -> re.Pattern[str]:
    """The words between a count and its noun ("27,914 unique addresses", "50 million active ")."""
    return re.compile(rf"\s+(?:{asset_words('network_count_adjectives')}\s+)?")


_NETWORK_REACH = 80  # characters before the count (half as many after) its noun stands in


@per_lexicon
def _network_nouns() -> re.Pattern[str]:
    nouns = "|".join(re.escape(p) for p in lexicon.cue_phrases("network_participant_nouns"))
    return re.compile(rf"(?i)\b(?:{nouns})\b")


@per_lexicon
def _owner_before() -> re.Pattern[str]:
    """Between a coin and the figure's word it owns ("ether futures open interest")."""
    nouns = asset_words("owned_market_nouns")  # "Ether options with a notional value"
    return re.compile(rf"(?i)\s*(?:['’]s?\s*)?(?:{nouns}\s+)*(?:{nouns}\s+with\s+an?\s+)?$")


_WORD_OF_CHANGE = {M.MARKET_CAP_CHANGE: M.MARKET_CAP}
_OWNER_AFTER = re.compile(r"(?i)\s+(?:for|of|on|in)\s+(?:the\s+)?(?:spot\s+)?$")


def word_owners(ctx: Context, a: Amount, metric: str, mentions: list[Mention]) -> list[Mention]:
    """Coins that own the figure's metric word in its clause: "XRP's market cap soared by
    $21.2 billion", "ether futures open interest", "open interest for ETH futures"."""
    sent = ctx.sentence_of(a.start)
    scopes = [m.start for m in mentions if m.asset_kind == "scope"]
    named = _WORD_OF_CHANGE.get(metric, metric)  # a market cap change is named "market cap"
    words = [  # "Bitcoin's cap fell, leaving the total crypto market cap at $2.4 trillion"
        m
        for m in ctx.in_span("metric", sent)
        if m.value in (metric, named)
        and not boundaries(PARTICIPLE.sub(" ", gap(ctx, a, m)))
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


def subject_owners(ctx: Context, a: Amount, metric: str, mentions: list[Mention]) -> list[Mention]:
    """The coin that opens the sentence owns a figure its own clause goes on to: after a
    participle of having ("Ether currently accounts for 12.4% of the total crypto market,
    having a market capitalization of $480 billion"), or a derivatives figure after "with"
    ("PI token led Gate.io trading with $508M in volume"), where no clause boundary stands
    between the coin and the participle or "with", and no other asset is named between."""
    sent = ctx.sentence_of(a.start)
    coins = [m for m in mentions if m.end <= a.start]
    if not coins or coins[0].asset_kind not in ("crypto", "stablecoin"):
        return []
    subject = coins[0]
    if _LEADING_WORDS.fullmatch(ctx.text, sent[0], subject.start) is None:
        return []  # the coin is not the sentence's subject
    if metric in _DERIVATIVES and len(coins) == 1:
        led = _WITH_CLAUSE.fullmatch(ctx.text, subject.end, a.start)
        if led and not boundaries(led["clause"]):
            return [subject]
    for word in ctx.in_span("metric", (subject.end, a.start)):
        if word.value != metric or ctx.amounts_in((word.end, a.start)):
            continue  # another figure's word
        having = _HAVING.search(ctx.text, max(subject.end, word.start - 40), word.start)
        if having and not boundaries(ctx.text[subject.end : having.start()]):
            return [subject]
        if _owns_word(ctx, subject, word, metric, coins):
            return [subject]
    return []


def _owns_word(
    ctx: Context, subject: Mention, word: Mention, metric: str, coins: list[Mention]
) -> bool:
    """ "Dogecoin rallied 21%, pushing its market value to $30 billion", "BONKLE soars 380% as
    market cap tops $900 million": the subject's own figure, pointed to by "its", or for a
    market value by a bare "as" (no determiner, nothing owning the word after it), where no
    other coin is named between."""
    if any(subject.end <= m.start < word.start for m in coins if m is not subject):
        return False
    lead = _OWN_WORD_LEAD.search(ctx.text, max(subject.end, word.start - 8), word.start)
    if lead is None:
        return False
    if not lead["bare"]:
        return True  # "its market value"
    if subject.value in _market_leaders():
        return False  # "Bitcoin Slides 4% as Market Cap Drops Below $3 Trillion": the market's
    return metric in _OWN_VALUATIONS and not _OWNED_AFTER.match(ctx.text, word.end)


@per_lexicon
def _market_leaders() -> frozenset[str]:
    return frozenset(lexicon.listed(lexicon.ASSET_CUES_FILE, "market_leaders", "phrases").phrases)


# "its market cap", "with a notional value of", or "as market cap" with nothing before the word
_OWN_WORD_LEAD = re.compile(r"(?i)\b(?:its|with\s+an?|(?P<bare>as))\s+$")
_OWN_VALUATIONS = (M.MARKET_CAP, M.MARKET_CAP_CHANGE)
# "as market cap of all cryptocurrencies", "as market cap across all crypto assets"
_OWNED_AFTER = re.compile(r"(?i)\s+(?:of|for|across|in|among|on)\s")


# "... led Gate.io trading with ": the subject's clause up to "with" and the figure.
_WITH_CLAUSE = re.compile(
    r"(?P<clause>[^,;:—–]*?)\s+with\s+(?:(?:about|around|nearly|over|almost|roughly|"
    r"more than)\s+)?"
)
# Up to two words before a sentence's subject ("The token", "Meanwhile, Ether"), no clause.
_LEADING_WORDS = re.compile(r"[\s\-–—•*·“\"']*(?:[A-Za-z]+\s+){0,2}")
# ", having a market capitalization of": a participle of having goes on with the subject.
_HAVING = re.compile(r"(?i),\s+having\s+(?:a|an|the)?\s*(?:[\w-]+\s+)?$")


def crowd_owners(ctx: Context, a: Amount, mentions: list[Mention]) -> list[Mention]:
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
        if crowd and not boundaries(PARTICIPLE.sub(" ", ctx.text[crowd.end() : a.start])):
            owners.append(m)
    return owners


_WITH_FIGURE = re.compile(
    TICKER_AFTER + r"\s+with\s+(?:(?:about|around|nearly|over|almost|roughly|more than)\s+)?"
)


@per_lexicon
def _coin_crowd() -> re.Pattern[str]:
    return re.compile(TICKER_AFTER + rf"(?i:\s+{asset_words('position_crowd_nouns')})\b")


_ANAPHOR_REACH = 600  # characters before the sentence where the coin it points back to is named


def named_before(ctx: Context, a: Amount) -> str | None:
    """The coin the sentence points back to ("The token is trading near $1.45, with 24-hour
    volume above $6 billion"): the subject of the last sentence before that names a coin,
    its first coin ("Dogecoin climbed 7% as bitcoin held steady. The token ...")."""
    sent = ctx.sentence_of(a.start)
    pointer = _anaphora().search(ctx.text, sent[0], a.start) or _OPENING_ITS.match(
        ctx.text, sent[0], a.start
    )
    if pointer is None:
        return None
    if pointer.re is _OPENING_ITS:
        return _opening_subject(ctx, sent)
    named = ctx.in_span("asset", (max(0, sent[0] - _ANAPHOR_REACH), sent[0]))
    coins = [m for m in named if m.asset_kind in ("crypto", "stablecoin")]
    if not coins:
        return None
    last = ctx.sentence_of(coins[-1].start)
    return next(m.value for m in coins if m.start >= last[0])


def _opening_subject(ctx: Context, sent: Span) -> str | None:
    """The coin that opens the sentence right before ``sent`` ("Solana rose 6%. Its market
    cap ..."), or None: a sentence whose subject is a company, platform or exchange ("The
    company's platform lets users borrow against bitcoin. Its ...") gives "Its" no coin."""
    end = len(ctx.text[: sent[0]].rstrip())
    if end == 0:
        return None
    before = ctx.sentence_of(end - 1)
    named = ctx.in_span("asset", (before[0], min(before[1], sent[0])))
    if not named or not _SUBJECT_OPENING.fullmatch(ctx.text, before[0], named[0].start):
        return None
    first = named[0]
    return first.value if first.asset_kind in ("crypto", "stablecoin") else None


# "Its market cap climbed 5%": a sentence opening with "its" goes on about the subject of the
# sentence before, when that subject is a coin
_OPENING_ITS = re.compile(r"[\s\-–—•*·“\"']*Its\b")
# what may stand before the subject opening a sentence: marks and an article
_SUBJECT_OPENING = re.compile(r"[\s\-–—•*·“\"']*(?:(?:The|the|A|An)\s+)?")


@per_lexicon
def _anaphora() -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p in sorted(lexicon.cue_phrases("coin_anaphora"), key=len))
    return re.compile(rf"(?i)\b(?:{words})(?:['’]s)?\b(?!\s+(?:market|markets|sector|industry)\b)")


_LEAD = 300  # characters: a headline stands at the very top of the text


FOCUS_SHARE = 0.5  # of the article's coin mentions


def local_market(ctx: Context, a: Amount, sent: Span) -> bool:
    """A sum counted in a currency other than the dollar, or a share or change whose sentence
    counts every sum in one such currency ("rose to 118.4 billion baht, up 29% from 91.8
    billion baht"): one country's market. A sentence that names the whole market ("across
    the crypto market", "the crypto market lost £80 billion") keeps it, in any currency."""
    if any(_whole_market(ctx, m) for m in ctx.in_span("asset", sent)):
        return False
    if a.kind == "money":
        return a.unit != _MARKET_CURRENCY
    if a.kind != "percent":
        return False
    units = {b.unit for b in ctx.amounts_in(sent) if b.kind == "money"}
    return len(units) == 1 and _MARKET_CURRENCY not in units


def _whole_market(ctx: Context, m: Mention) -> bool:
    """Whether a mention names the whole market: the market's, owned by no one ("across the
    crypto market", not "South Korea's crypto market", "Turkey's crypto platforms")."""
    return m.value == "CRYPTO" and not _OWNED.search(ctx.text, max(0, m.start - 3), m.start)


_OWNED = re.compile(r"['’]s?\s+$")
# the currency the whole crypto market is counted in; a sum in another is one country's market
_MARKET_CURRENCY = "USD"


# Figures a coin's own derivatives market reports; liquidation and sentiment totals are the
# whole market's even in a story about one coin ("Bitcoin crash wipes out traders"), unless
# the story is about that coin's derivatives market.
_DERIVATIVES = (M.OPEN_INTEREST, M.TRADING_VOLUME, M.LONG_SHORT_RATIO, M.FUNDING_RATE)


def market_of(ctx: Context, a: Amount, metric: str) -> str:
    """The market a market-wide figure (open interest, volume, liquidations) is about when its
    sentence names none: the whole crypto market, unless the paragraph names a scope, or the
    article is about one coin ("XRP futures open interest hits a record": its figures are
    XRP's)."""
    para = ctx.paragraph_of(a.start)
    starts, scopes = ctx.remember("scopes", None, lambda: _scopes(ctx))
    i = bisect.bisect_left(starts, a.start) - 1  # the paragraph's last scope before it
    if i >= 0 and starts[i] >= para[0]:
        return scopes[i].value
    if metric == M.LIQUIDATIONS:  # the coin's own when the article reports its derivatives
        return ctx.remember("derivatives_coin", 0, lambda: _derivatives_coin(ctx)) or "CRYPTO"
    if metric not in _DERIVATIVES or local_market(ctx, a, ctx.sentence_of(a.start)):
        return "CRYPTO"  # "volume on India's exchanges fell to ₹9,450 crore": no one coin's
    if coin := _previous_coin(ctx, a, para) or _moved_coin(ctx, a):
        return coin  # "Bitcoin is down 7%. Trading volumes have surged, hitting $44 billion."
    focus = ctx.remember("focus_coin", 0, lambda: _focus_coin(ctx))
    if (focus is None or kind_of_asset(focus) is None) and (own := _known_coin_before(ctx, a)):
        return own  # "Solana memecoin BONKLE soared. ... Solana fell 3%, and its DEX volume"
    return focus or "CRYPTO"


def _known_coin_before(ctx: Context, a: Amount) -> str | None:
    """In an article that introduces a coin the lexicon does not know (its chain's name then
    no longer leads the article), the one known coin the figure's sentence names before it and
    no introduced one: that coin, or the chain, is what the sentence is about."""
    if not ctx.remember("introduces_coin", 0, lambda: _introduces_coin(ctx)):
        return None
    sent = ctx.sentence_of(a.start)
    named = [m for m in ctx.in_span("asset", (sent[0], a.start)) if m.asset_kind == "crypto"]
    coins = {m.value for m in named}
    if len(coins) != 1 or any(kind_of_asset(c) is None for c in coins):
        return None
    return coins.pop()


def _introduces_coin(ctx: Context) -> bool:
    return any(
        m.kind == "asset" and m.asset_kind == "crypto" and kind_of_asset(m.value) is None
        for m in ctx.mentions
    )


def _scopes(ctx: Context) -> tuple[list[int], list[Mention]]:
    """The article's scope names ("altcoins", "the crypto market") and their starts."""
    scopes = [m for m in ctx.in_span("asset", (0, len(ctx.text))) if m.asset_kind == "scope"]
    return [m.start for m in scopes], scopes


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
    return focus if mentions.count(focus) >= FOCUS_SHARE * len(mentions) else None
