"""Where a figure happened: the exchange, protocol or bridge it is about, kept apart from the
source that reports it.

Trading figures (liquidations, volume, open interest, ratios, a hack's loss) take the
venue named nearest in their sentence. Other figures take a venue only from their own
clause ("Binance has 200 million users", "a $3.4 billion penalty on Binance"), a count of
unknown kind also from the next clause; figures about assets or a company's own money
("Coinbase shares rose 8%") take none. A venue named as the source ("according to the CME
Group") is not where the figure happened. "The exchange" points back to the venue named
before; a clause whose subject points back to one ("The protocol earned $2.9 million in
fees") is the story's venue's. In the story of a hack, the platform hacked (the name the
attack was done to, else the one named more than all others together) is where its figures
happened, unless the sentence is about another event ("in 2024 alone", "Separately, ...")
or names another party as the one that lost the figure.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.blocks import Cell, cell_at, naming_cell
from extractor.nlp.citations import covering, line_of, lines
from extractor.nlp.context import (
    Context,
    Span,
    boundaries,
    clause_of,
    closest_amount,
    distance,
    gap,
)
from extractor.nlp.cues import cue_words, options_word, other_event
from extractor.nlp.entities import within
from extractor.nlp.layers import Amount, M
from extractor.nlp.lines import Line
from extractor.nlp.mentions import Mention
from extractor.nlp.names import names_in, person_shaped, word_list
from extractor.nlp.own_subject import on_network_row, whole_market
from extractor.nlp.own_voice import report_owner, report_subject
from extractor.nlp.tries import alternation
from extractor.nlp.venue_names import venue_mentions

_HACK_STORY_METRICS = (M.HACK_AMOUNT, M.RESERVES, M.HOLDINGS, M.FUND_FLOW, M.LOSS, M.OTHER)


def _transfer(a: Amount, metric: str) -> bool:
    """Coins that are a transaction's value were moved somewhere (a company's purchase in coins
    is a holding): a transfer takes the exchange, mixer or estate its clause names ("moved 6,450
    BTC to Coinbase Prime"), unlike the money of a purchase, which venue_free_metrics keeps free."""
    return metric == M.TRANSACTION_VALUE and a.kind == "crypto"


def _placed(a: Amount, metric: str) -> bool:
    """Whether a figure of this metric can take a venue named in its clause."""
    return metric not in lexicon.attribution_metrics("venue_free_metrics") or _transfer(a, metric)


def venue(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    """The venue of a figure of this metric in this sentence, or None."""
    if _placed(a, metric):
        named = [
            m for m in _named_in(ctx, sent) if not _cited(ctx, m) and not _owns_other(ctx, a, m)
        ]
        aside = [m for m in named if _aside(ctx, a, m, sent)]
        named = [m for m in named if m not in aside] or aside
        named = _own_clause_first(ctx, a, named)
        if named:
            near = min(named, key=lambda m: distance(ctx, a, m))
            if _coordinated(ctx, near, named):
                _joined(ctx).add((a.start, metric))
                return None  # "volume on Binance and OKX reached": no one venue's
            if _reaches(ctx, a, near, metric):
                return near.value
        elif (ref := venue_ref().search(ctx.text, *ctx.near(a.start, sent))) is not None:
            before = venues_in(ctx, (0, ref.start()))
            if (
                before
                and not boundaries(_between(ctx, a, ref.start(), ref.end()))
                and not (ref.end() <= a.start and other_subject(ctx, ref.end(), a.start))
            ):
                return before[-1].value  # "the exchange announced 200 million users"
        elif _traded(a, metric) and (listed := _list_lead_venue(ctx, a.start)):
            return listed
    elif metric in lexicon.attribution_metrics("venue_price_metrics") and (
        market := _price_on(ctx, a, sent, metric)
    ):
        return market
    elif metric in lexicon.attribution_metrics("venue_clause_metrics") and (
        own := _clause_venue(ctx, a, sent)
    ):
        return own
    if (metric in _HACK_STORY_METRICS or _transfer(a, metric)) and not _earlier_year(ctx, sent):
        hacked = _hacked_venue(ctx)
        return None if hacked is None or _another_story(ctx, a, sent, hacked) else hacked
    return None


def _another_story(ctx: Context, a: Amount, sent: Span, hacked: str) -> bool:
    """The sentence turns to another event ("Separately, ...") or names another party as
    the one that lost the figure ("Zephyr's rival Aurum lost $2 million"): the hack
    story's venue is not its venue."""
    if _other_story_opener().match(ctx.text, sent[0]):
        return True
    loser = _loser_before().search(ctx.text, sent[0], a.start)
    if loser is None or loser[1].split()[0] == hacked.split()[0]:
        return False
    return _party(ctx, *loser.span(1))


def _party(ctx: Context, start: int, end: int) -> bool:
    """The capitalised words are a party's name: not a group of people ("Users lost"), a
    coin ("Ether lost $2 billion"), nor a common word opening its sentence unless the
    article writes it capitalised mid-sentence too."""
    if not any(n.end == end for n in names_in(ctx.text, start, end)):
        return False
    if any(m.kind == "asset" and m.start < end and start < m.end for m in ctx.mentions):
        return False
    word = ctx.text[start:end]
    sent = ctx.sentence_of(start)
    if " " in word or ctx.text[sent[0] : start].strip(" ,\n"):
        return True
    return re.search(rf"[\w,;:]\s+{re.escape(word)}\b", ctx.text) is not None


@per_lexicon
def _other_story_opener() -> re.Pattern[str]:
    words = alternation(lexicon.attribution_phrases("other_story_openers"))
    return re.compile(rf"\W*(?i:{words})\b")


@per_lexicon
def _loser_before() -> re.Pattern[str]:
    """A capitalised name right before a verb of losing and the figure ("Aurum lost ")."""
    verbs = alternation(lexicon.attribution_phrases("loss_verbs"))
    return re.compile(
        rf"(?<![\w'’])((?!The\b|A\b|An\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})"
        rf"\s+(?:{verbs})\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?\S*$"
    )


def _price_on(ctx: Context, a: Amount, sent: Span, metric: str) -> str | None:
    """A price quoted at one market: the venue "on" or "at" introduces right after it in
    its clause ("touching $71,260 on Coinbase", "as low as $25,000 on the crypto exchange
    Binance", past a conversion in brackets: "₹58.20 ($0.65) on WazirX"), not one cited as
    the source of the data nor an event at it ("on Upbit listing"). A move quotes the market
    of the level it moved to ("eased 1.6% to ₹58.20 on WazirX")."""
    if (market := _market_after(ctx, _quote_end(ctx, a, sent), sent)) is not None:
        return market
    if metric == M.PRICE_CHANGE and (level := _level_after(ctx, a, sent)) is not None:
        return _market_after(ctx, _quote_end(ctx, level, sent), sent, own_words=False)
    return None


def _market_after(ctx: Context, end: int, sent: Span, *, own_words: bool = True) -> str | None:
    """The venue the words right after ``end`` name as the market ("on Coinbase"); with
    ``own_words`` also after a few words of the figure's own ("$71,260 intraday on")."""
    gap = _market_gap() if own_words else _market_right_after()
    for m in venues_in(ctx, (end, sent[1])):
        if (
            gap.fullmatch(ctx.text, end, m.start)
            and not _venue_event().match(ctx.text, m.end)
            and not _cited(ctx, m)
        ):
            return m.value
        break  # only the first venue after the figure
    return None


# "₹58.20 ($0.65)": the figure's conversion in brackets right after it
_CONVERSION_OPEN = re.compile(r"\s*\(\s*")
_CONVERSION_CLOSE = re.compile(r"\s*\)")
# "fell 1.6% to ₹58.20", "0.9% higher at ₹86.4 lakh", "lost 2.6% to trade at $611"
_LEVEL_GAP = re.compile(
    r"(?i)(?:\s+(?:higher|lower))?\s+(?:to\s+(?:trade|close|settle|end|sit|stand|change\s+hands)\s+at|to|at)"
    r"(?:\s+(?:about|around|roughly|nearly|near|some))?\s+"
)


def _quote_end(ctx: Context, a: Amount, sent: Span) -> int:
    """Where the figure's quote ends: past its conversion in brackets, if it has one."""
    for b in ctx.amounts_in((a.end, sent[1])):
        if _CONVERSION_OPEN.fullmatch(ctx.text, a.end, b.start) and (
            close := _CONVERSION_CLOSE.match(ctx.text, b.end)
        ):
            return close.end()
        break
    return a.end


def _level_after(ctx: Context, a: Amount, sent: Span) -> Amount | None:
    """The money or coin level a move goes to or stands at, right after the move."""
    for b in ctx.amounts_in((a.end, sent[1])):
        if b.kind in ("money", "crypto") and _LEVEL_GAP.fullmatch(ctx.text, a.end, b.start):
            return b
        break
    return None


def _clause_venue(ctx: Context, a: Amount, sent: Span) -> str | None:
    """The platform a fee or a payment happens at: the venue opening the figure's own
    clause as its subject ("Lumora, the options venue, settled $1.4 billion", "Kivra
    charges a 0.2% fee"), else the one "on", "via" or "through" names right after the
    figure in its clause ("spent $3.4 million on skins via Runeforge"); not one cited as
    the source of the data."""
    clause = clause_of(ctx, a, sent)
    for m in _named_in(ctx, sent):
        if _cited(ctx, m) or _network(ctx, m):
            continue
        if m.end <= a.start and clause[0] <= m.start:
            opening = ctx.text[clause[0] : m.start]
            joined = _JOINED.search(ctx.text, sent[0], m.start)  # "into Upbit and Bithumb wallets"
            if (
                _SUBJECT_OPENING.fullmatch(opening)
                and joined is None
                and _verb_after_venue(ctx.text[m.end : a.start])
                and not other_subject(ctx, m.end, a.start)
            ):
                between = _DIGIT_COMMA.sub("", ctx.text[m.end : a.start])
                if not boundaries(_bridged(between, True)):
                    return m.value
        elif a.end <= m.start < clause[1] and _VIA_GAP.fullmatch(ctx.text, a.end, m.start):
            return m.value
    return None


def _verb_after_venue(between: str) -> bool:
    """The venue is the subject: a verb follows it, past its appositive or its own noun
    ("Lumora, the options venue, settled", "Kiteline's buyback passes", "Kivra charges"),
    not a noun it modifies ("Runes launch alongside the halving propels fees")."""
    if _OWNS_FIGURE.fullmatch(between):
        return True  # "reflecting Coinbase's 25% commission": the venue owns the figure
    aside = _APPOSITIVE.match(between)
    rest = between if aside is None else " " + between[aside.end() :]
    return _VERB_NEXT.match(rest) is not None


_OWNS_FIGURE = re.compile(r"['’]s?\s*(?:[a-z][\w-]*\s+){0,2}")
_VERB_NEXT = re.compile(
    r"(?:['’]s?(?:\s+[a-z][\w-]*){1,3}?)?\s+"
    r"(?:(?:has|have|had|also|now|still|then|alone|only|itself)\s+)*"
    r"(?:[a-z]+(?:ed|s)|paid|sold|took|made|spent|saw|held|drew|cut|hit|set|won|lost|got)\b"
)


def _network(ctx: Context, m: Mention) -> bool:
    """The name is typed as a network ("the layer-2 network Cobalt"): a chain's fees and
    payments happen on no venue (FORMAT.md: an exchange or a protocol)."""
    networks = ctx.remember(
        "network_names",
        None,
        lambda: {ctx.text[e.start : e.end] for e in ctx.entities if e.kind == "network"},
    )
    found = within(m.start, m.end, ctx.entities)
    name = ctx.text[m.start : m.end]
    if name in networks or (found is not None and found.kind == "network"):
        return True
    # "the layer-2 network Cobalt (CBLT)": a coin's chain the entity layer leaves a coin;
    # the text is searched once a name, not once a figure
    return ctx.remember(
        "network_word_before",
        name,
        lambda: re.search(rf"{_NETWORK_WORD}\s+{re.escape(name)}\b", ctx.text) is not None,
    )


_NETWORK_WORD = r"(?i:\b(?:network|layer-2|layer\s2|rollup|blockchain|chain))"


_JOINED = re.compile(r"\b(?:and|or|&)\s+$")
# only a determiner or a descriptor of its own before the venue opening a clause
_SUBJECT_OPENING = re.compile(r"\W*(?:(?:the|The)\s+)?(?:[a-z][\w-]*\s+){0,3}")
# a few words of the figure's own phrase, then "on", "via" or "through" and the venue
_VIA_GAP = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:on|via|through)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
)


@per_lexicon
def _venue_event() -> re.Pattern[str]:
    """A word after the venue that makes it an event's ("on Upbit Listing")."""
    events = alternation(lexicon.attribution_phrases("venue_events"))
    return re.compile(rf"['’]?s?\s+(?:[A-Z]|(?i:{events})\b)")


@per_lexicon
def _market_gap() -> re.Pattern[str]:
    """The words between a price and its market: "on", "on the crypto exchange", "on the
    ETHUSDT pair on" (a pair's ticker or a word of markets), a few words of the figure's
    own before them, no clause boundary."""
    words = alternation(lexicon.attribution_phrases("market_words"))
    market = rf"(?:(?:[A-Z0-9]{{2,}}(?:[/-][A-Z0-9]+)?|(?i:{words}))\s+){{0,4}}"
    return re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:on|at)\s+(?:the\s+)?{market}")


@per_lexicon
def _market_right_after() -> re.Pattern[str]:
    """The market gap with no word of the figure's own before "on": a move reaches the
    market of its level only where the level names it at once ("to $611 on Binance", not
    "to $3,000 as traders on Bybit")."""
    words = alternation(lexicon.attribution_phrases("market_words"))
    market = rf"(?:(?:[A-Z0-9]{{2,}}(?:[/-][A-Z0-9]+)?|(?i:{words}))\s+){{0,4}}"
    return re.compile(rf"\s+(?:on|at)\s+(?:the\s+)?{market}")


class _Linked(Protocol):
    amount: Amount
    metric: str
    asset: str | None
    venue: str | None


def carry(ctx: Context, links: Sequence[_Linked]) -> None:
    """A figure whose sentence names no venue takes the venue of the paragraph's figure
    of the same metric and kind before it ("Binance had 130 million users. By 2023, this number
    reached 170 million")."""
    _price_markets_kept(ctx, links)
    _shared_markets(ctx, links)
    joined = _joined(ctx)
    # a figure of venues named together ("Coinone, Korbit and Gopax the remaining 5%") is no
    # one venue's: no carry, pointer, story or own report gives it one
    open_links = [x for x in links if (x.amount.start, x.metric) not in joined]
    _carry_pointed(ctx, open_links)
    last: dict[tuple[str, str], tuple[Span, int, str]] = {}
    for x in links:
        para, key = ctx.paragraph_of(x.amount.start), (x.metric, x.amount.kind)
        row = _row_start(ctx, x.amount.start)
        if x.venue is not None:
            last[key] = (para, row, x.venue)
        elif (
            _placed(x.amount, x.metric)
            and (x.amount.start, x.metric) not in joined
            and key in last
            and last[key][0] == para
            # a list's or table's row never takes the row above's venue, only its own line's
            and (row < 0 or last[key][1] == row)
            and not _earlier_year(ctx, ctx.sentence_of(x.amount.start))
        ):
            x.venue = last[key][2]
    _carry_story(ctx, open_links)
    _options_market(ctx, open_links)
    _own_token_figures(ctx, open_links)
    _vote_venue(ctx, open_links)
    _own_report(ctx, open_links)


def _options_market(ctx: Context, links: Sequence[_Linked]) -> None:
    """A figure of an options book (the figure a word of options owns: "max pain sits at
    $95,000", "the $100,000 call with $1.9 billion of notional", "a put/call ratio of
    0.91") happened where its paragraph says the options trade: the venue named last, up to
    its own sentence, in a sentence holding a word of options ("118,000 BTC of options
    expire on Deribit", "Deribit data show"), when it is the one venue named there; a venue
    named in a sentence of no options word, two venues, or a paragraph that names no
    options or expiry ("a strike by its staff") give none."""
    for x in links:
        if x.venue is not None or not _options_figure(ctx, x.amount):
            continue
        sent = ctx.sentence_of(x.amount.start)
        para = ctx.paragraph_of(x.amount.start)
        if not options_word().search(ctx.text, *para):
            continue  # "a strike by its staff cost $40 million": no paragraph of options
        named = venues_in(ctx, (max(para[0], sent[0] - _OPTIONS_REACH), sent[1]))
        if any(not _options_sentence(ctx, ctx.sentence_of(m.start)) for m in named):
            continue  # "On CME, the basis compressed": another market's words
        if len({m.value for m in named}) != 1:
            continue  # no venue, or several: "On CME ... overtaking OKX"
        x.venue = named[0].value


_OPTIONS_REACH = 600  # characters of the paragraph before the figure's sentence


@per_lexicon
def _options_terms() -> re.Pattern[str]:
    """A word of options or their expiry (options_words) or of an options book ("max pain",
    "put/call ratio", "strike", "notional")."""
    book = alternation(lexicon.attribution_phrases("options_book_words"))
    return re.compile(rf"(?i)\b(?:{cue_words('options_words')}|(?:{book}))\b")


def _options_figure(ctx: Context, a: Amount) -> bool:
    """A word of options in the figure's sentence whose nearest figure it is."""
    sent = ctx.sentence_of(a.start)
    for term in _options_terms().finditer(ctx.text, *sent):
        word = Mention(term.start(), term.end(), "metric", "options")
        if closest_amount(ctx, word, sent) is a:
            return True
    return False


def _options_sentence(ctx: Context, sent: Span) -> bool:
    return _options_terms().search(ctx.text, *sent) is not None


def _joined(ctx: Context) -> set[tuple[int, str]]:
    """The (figure start, metric) pairs ``venue`` left empty because the venues nearest the
    figure are named together: an abstention the carries keep."""
    return ctx.remember("joined_venue_figures", None, set[tuple[int, str]])


_MARKET_METRICS = frozenset({M.PRICE, M.PRICE_CHANGE, M.MARKET_CAP, M.MARKET_CAP_CHANGE})
# figures of funds, networks and moods a platform's report may quote, never its own
_NOT_OWN = frozenset({M.ETF_FLOW, M.HASHRATE, M.MINING_COST, M.SENTIMENT_INDEX})
# a penalty a story about a firm reports is imposed on the firm, no trade at its venue (the
# shared gold gives most fines none)
_NOT_STORY = frozenset({M.FINE})


def own_venue(ctx: Context) -> str | None:
    """The venue whose own report the document is (own_voice.report_owner): a firm the
    article names as a venue ("Tidemark Exchange"), or one that signs its report with a
    name or masthead holding a noun of a venue's business ("Orla Markets", "Monthly lending
    update"); a research house's or a security firm's report is none."""

    def find() -> str | None:
        owner = report_owner(ctx)
        if owner is None:
            return _story_subject(ctx)
        if owner.arm.lower() in word_list("data_descriptors"):
            return None  # "Binance Research": the research arm's note, not the venue's
        key = owner.name.lower()
        named = [m.value.lower() for m in venues_in(ctx, (0, len(ctx.text)))]
        if any(_is_named(v, key) for v in named):
            return owner.name
        if _words_in("venue_business_words", owner.signature):
            return owner.name
        # a report with no publisher that writes its name as a place of trade
        return owner.name if not ctx.publisher and _a_place(ctx, owner.name) else None

    return ctx.remember("own_venue", None, find)


def _vote_venue(ctx: Context, links: Sequence[_Linked]) -> None:
    """A vote's platform: a name the article writes as where a vote happens (a proposal
    "closed on Snapshot") is the venue of every figure with no venue of its own whose
    clause counts a vote ("drew 38.4 million SBL in favour", "turnout was 80% above the
    quorum")."""
    platform = ctx.remember("vote_platform", None, lambda: _vote_platform(ctx))
    if platform is None:
        return
    for x in links:
        if x.venue is None and _counts_votes(ctx, x.amount):
            x.venue = platform


def _counts_votes(ctx: Context, a: Amount) -> bool:
    """The figure's own clause counts a vote ("drew 38.4 million SBL in favour", "with 45.2
    million SBL voting"), not what the vote decided ("voted to spend up to $3 million")."""
    sent = ctx.sentence_of(a.start)
    clause = clause_of(ctx, a, sent)
    # the clause and the statement it hangs on ("Tally vote passes with 71%"), not past a
    # semicolon ("... grants budget; Snapshot vote clears quorum")
    start = max(sent[0], ctx.text.rfind(";", sent[0], a.start) + 1)
    text = _VOTED_TO.sub(" ", ctx.text[min(start, clause[0]) : clause[1]])
    return _phrases_pattern("vote_words").search(text) is not None


_VOTED_TO = re.compile(r"\b(?:voted|votes?|voting)\s+to\s+\w+")


def _vote_platform(ctx: Context) -> str | None:
    """The one name the article writes as a vote's place, after "on" a little after a vote
    noun ("proposal SIP-41, which closed on Snapshot"), and names again ("Snapshot data
    show"); a day, a month or an article or pronoun opening a sentence is none."""
    found = {m[1] for m in _vote_place().finditer(ctx.text)}
    found = {
        f
        for f in found
        if not _DAY_OR_MONTH.fullmatch(f) and len(re.findall(rf"\b{re.escape(f)}\b", ctx.text)) > 1
    }
    return next(iter(found)) if len(found) == 1 else None


@per_lexicon
def _vote_place() -> re.Pattern[str]:
    nouns = alternation(lexicon.attribution_phrases("vote_nouns"), space=r"\s+")
    return re.compile(rf"\b(?:{nouns})\b[^.;\n]{{0,60}}?\bon\s+([A-Z]\w*(?:\.\w+)*)")


_DAY_OR_MONTH = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|The|A|An|It|Its|This|That|Each|Every"
)


def _story_subject(ctx: Context) -> str | None:
    """A story about a venue, not by it: the name its headline opens with and its lede
    names again (own_voice.report_subject) when that name is the venue the story is about
    (named three times or more, more than the others together: ``_dominant_venue``)."""
    subject, dominant = report_subject(ctx), _dominant_venue(ctx)
    if subject is None or dominant is None:
        return None
    key = subject.lower()
    if not _is_named(dominant.lower(), key):
        return None
    trade = dominant.split()[len(subject.split()) :]
    if trade and all(_words_in("venue_business_words", w) for w in trade):
        return _name_alone(ctx, subject, dominant)
    return dominant


def _name_alone(ctx: Context, short: str, full: str) -> str:
    """The name a story goes by: "Harbourline Lending", which the headline and the body also
    write alone ("Harbourline's largest class"), is "Harbourline" (the word of its trade no
    part of it); one the body always writes whole ("Tarnby Exchange") keeps it."""
    body = ctx.text[ctx.text.find("\n") + 1 :]
    rest = re.escape(full[len(short) :].strip())
    alone = re.search(rf"\b{re.escape(short)}\b(?!\s+{rest})", body)
    return short if alone is not None else full


def _is_named(venue: str, key: str) -> bool:
    """Whether a lower-cased venue is the name ``key`` or that name with more words."""
    return venue == key or venue.startswith(key + " ")


def _a_place(ctx: Context, name: str) -> bool:
    """The firm's own report writes its name as the place money goes to or trades happen
    ("deposited R$1.8 billion into Brisa", "inflows to Merrow", "sales on Pebblegate"):
    it is a venue, whatever its name's words."""
    place = re.compile(r"\b(?:on|onto|to|into|at|through|via)\s+" + re.escape(name) + r"\b(?!['’])")
    return place.search(ctx.text) is not None


def _own_report(ctx: Context, links: Sequence[_Linked]) -> None:
    """In a venue's own report ("We liquidated 37 positions", "Outstanding loans reached
    $1.4 billion", a table of its reserves), a figure no market of its own claims happened
    at the venue; not a coin's market price, a figure of the whole market ("Across all
    marketplaces, ...") nor one whose clause names another venue ("OpenSea charges 2.5%").
    The venue's longer names ("Tidemark Exchange") are the short name it writes itself by."""
    own = own_venue(ctx)
    if own is None:
        return
    story = report_owner(ctx) is None  # a story about the venue, not its own report
    if story and _hacked_venue(ctx) is not None:
        return  # a hack story's figures are the hack reader's (_another_story abstains)
    key = own.lower()
    for x in links:
        if x.venue is not None:
            if x.venue.lower().startswith(key + " "):
                x.venue = own
            continue
        if x.metric in _NOT_OWN or _coin_market(x):
            continue  # "Bitcoin closed the month at $108,920": the coin's market
        if network_rows(ctx, x.amount.start):
            continue  # "| Polygon | 66.0 | 16% |": the row's chain, not the story's venue
        if story and x.metric in lexicon.attribution_metrics("venue_pointer_free_metrics"):
            continue  # a story's prices and moves are its token's market, its revenue and
            # profit the company's own money: no event at the venue
        if story and x.metric in _NOT_STORY:
            continue  # "agreed to pay $4.3 billion to settle": the firm's penalty, no trade's
        sent = ctx.sentence_of(x.amount.start)
        if whole_market(ctx, sent):
            continue
        clause = clause_of(ctx, x.amount, sent)
        if any(not m.value.lower().startswith(key) for m in venues_in(ctx, clause)):
            continue
        x.venue = own


def _coin_market(x: _Linked) -> bool:
    """A coin's market figure: its price or value in money ("bitcoin at $108,920"), its
    move or market value; a price counted in a coin ("a floor of 3.92 ETH") is a sale's."""
    if x.asset is None:
        return False
    if x.metric in (M.PRICE, M.AVERAGE_COST):
        return x.amount.kind != "crypto"
    return x.metric in _MARKET_METRICS


def _price_markets_kept(ctx: Context, links: Sequence[_Linked]) -> None:
    """A venue "on" names right after a price is that price's market ("Bitcoin's slide, when
    it fell to $97,400 on Coinbase, triggered 1,184 margin calls"), not where the main
    clause's figures after the price's own clause happened: a later figure of another metric
    whose only tie to the venue is that market loses it."""
    prices = [x for x in links if x.metric in _MARKET_METRICS and x.venue is not None]
    for p in prices:
        sent = ctx.sentence_of(p.amount.start)
        named = [m for m in venues_in(ctx, sent) if m.value == p.venue]
        if len(named) != 1 or named[0].start < p.amount.end:
            continue
        market = named[0]
        if venue_ref().search(ctx.text, market.end, sent[1]):
            continue  # "... triggered $300 million of liquidations on the exchange": it governs
        for x in links:
            if (
                x.venue == p.venue
                and x.metric not in _MARKET_METRICS
                and sent[0] <= x.amount.start < sent[1]
                and x.amount.start > market.end
                and _SUBORDINATE_OPEN.search(_DIGIT_COMMA.sub("", ctx.text[sent[0] : market.start]))
                and _ASIDE_CLOSED.match(_DIGIT_COMMA.sub("", ctx.text[market.end : x.amount.start]))
            ):
                x.venue = None


# the price stands in a clause a subordinator opens after a comma (", when it fell to $97,400
# on Coinbase,"), and the figure in the main clause after its closing comma; a reading of
# the price in the same clause ("a premium of about 1.7%", "implying a 78% chance") keeps it
_SUBORDINATE_OPEN = re.compile(r",\s*(?:when|as|after|while|where|once)\b[^,;:]*$")
_ASIDE_CLOSED = re.compile(r"[^,;:]*,\s+(?!and\b|but\b|or\b|while\b|implying\b|putting\b)")


def _shared_markets(ctx: Context, links: Sequence[_Linked]) -> None:
    """Prices one subject reaches in a run of predicates share the market "on" names after
    one of them: the later predicates of the run ("opened at $0.92 on Binance, spiked to
    $1.34 within the hour and closed at $0.81") and the start of a move whose end it places
    ("fell from about $123,000 to $104,800 on Coinbase"). A new subject ("and ether rose to
    $3,410"), another venue or a clause a subordinator opens ends the run."""
    prices = sorted((x for x in links if x.metric == M.PRICE), key=lambda x: x.amount.start)
    for p in prices:
        if p.venue is None:
            continue
        sent = ctx.sentence_of(p.amount.start)
        market = next(iter(venues_in(ctx, (p.amount.end, sent[1]))), None)
        if (
            market is None
            or market.value != p.venue
            or not _ON_AFTER.fullmatch(ctx.text, p.amount.end, market.start)
        ):
            continue  # the price's venue is not the market "on" names right after it
        for q in prices:
            if q.venue is not None or not sent[0] <= q.amount.start < sent[1]:
                continue
            later = q.amount.start > market.end and _same_run(ctx, market.end, q.amount.start)
            start = (
                q.amount.end <= p.amount.start
                and _FROM_TO.fullmatch(ctx.text, q.amount.end, p.amount.start) is not None
                and _FROM_BEFORE.search(ctx.text, sent[0], q.amount.start) is not None
            )
            if later or start:
                q.venue = p.venue


_ON_AFTER = re.compile(r"\s+on\s+")
_FROM_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$")
# a predicate joined to the one before by a comma or "and", opening with its verb, not with
# a subject of its own ("and the index closed at") nor a subordinator ("when it fell to")
_NEXT_PREDICATE = re.compile(r"(?:,\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(\w+)")


@lexicon.per_lexicon
def _run_breakers() -> frozenset[str]:
    return frozenset(lexicon.attribution_phrases("predicate_run_breakers"))


def _same_run(ctx: Context, start: int, end: int) -> bool:
    """Between a price's market and a later price, only more predicates of the same subject:
    no coin, venue, semicolon, colon or dash, and every comma or "and" opens a verb."""
    gap = _DIGIT_COMMA.sub("", ctx.text[start:end])
    if any(c in gap for c in ";:()—–") or ctx.in_span("asset", (start, end)):
        return False
    if venues_in(ctx, (start, end)) or ctx.in_span("source", (start, end)):
        return False
    joins = list(_NEXT_PREDICATE.finditer(gap))
    return bool(joins) and all(j[1].islower() and j[1] not in _run_breakers() for j in joins)


def _words_in(name: str, text: str) -> bool:
    """Whether ``text`` holds a whole phrase of the attribution list ``name``."""
    return _phrases_pattern(name).search(text) is not None


def _own_token_figures(ctx: Context, links: Sequence[_Linked]) -> None:
    """A network or market the article names as a venue by description ("the layer-2
    network Cobalt") is no venue of a figure about its own token ("Cobalt's 310M-token
    unlock", "an airdrop of 75 million tokens"): the token's unlock, airdrop or supply is
    no event on the network."""
    described = {m.value for m in venue_mentions(ctx)}
    for x in links:
        if x.venue in described and _about_a_token(ctx, x.amount):
            x.venue = None


def _about_a_token(ctx: Context, a: Amount) -> bool:
    """A token word in the figure's own phrase: glued or right after it ("310M-token", "90
    million tokens"), or just before it ("an unlock of 310 million")."""
    sent = ctx.sentence_of(a.start)
    window = (max(sent[0], a.start - _TOKEN_BEFORE), min(sent[1], a.end + _TOKEN_AFTER))
    return _words("own_token_words", ctx, window)


_TOKEN_BEFORE = 25  # characters before a figure where a token word heads its phrase
_TOKEN_AFTER = 15  # characters after it: "-token unlock", " tokens", " CBLT tokens"


def _row_start(ctx: Context, pos: int) -> int:
    """The start of the list item, label line or table row holding ``pos``; -1 in prose."""
    line = ctx.line_at(pos)
    return line.start if line is not None and (line.is_item or line.kind == "row") else -1


def _carry_pointed(ctx: Context, links: Sequence[_Linked]) -> None:
    """A figure whose clause points back to a venue before it ("The protocol earned $2.9
    million in fees", "the exchange had already spent ₹6 crore") is the story's venue's:
    the hacked one, else the one named more than all others together."""
    story = _hacked_venue(ctx) or _dominant_venue(ctx)
    if story is None:
        return
    free = lexicon.attribution_metrics("venue_pointer_free_metrics")
    for x in links:
        if x.venue is not None or x.metric in free:
            continue
        sent = ctx.sentence_of(x.amount.start)
        clause = clause_of(ctx, x.amount, sent)
        refs = list(venue_ref().finditer(ctx.text, clause[0], x.amount.start))
        if not refs or other_subject(ctx, refs[-1].end(), x.amount.start):
            continue  # no pointer, or not the figure's subject ("The exchange said ETFs took in")
        if _nearest_venue(ctx, sent) == story and not _earlier_year(ctx, sent):
            x.venue = story


def _nearest_venue(ctx: Context, sent: Span) -> str | None:
    """The last venue named in the sentence or the one before it: what a pointer ("the
    platform") reads as; another named since ("Pump.fun, a launchpad, also grew") wins."""
    last = len(ctx.text[: sent[0]].rstrip()) - 1
    before = ctx.sentence_of(last) if last >= 0 else sent
    named = venues_in(ctx, (before[0], sent[1]))
    return named[-1].value if named else None


def _carry_story(ctx: Context, links: Sequence[_Linked]) -> None:
    """Figures of a metric a story tells of one party (fines, an exchange's users): where
    the article's figures of it that name a venue all name one, a figure of no asset (not
    a market's or a network's) without a venue after the first takes it when its sentence
    points back to that party ("A second $968 million fine", "the exchange", "our journey
    to 1 billion users"); a sentence that points nowhere may tell of another party
    ("Elsewhere, a U.K. court ordered a fund manager to pay a $2 million fine")."""
    for metric in lexicon.attribution_metrics("venue_story_metrics"):
        told = [x for x in links if x.metric == metric]
        named = {x.venue for x in told if x.venue is not None}
        if len(named) != 1:
            continue
        seen = False
        for x in told:
            seen = seen or x.venue is not None
            if seen and x.venue is None and x.asset is None and _points_back(ctx, x.amount):
                x.venue = next(iter(named))


def _points_back(ctx: Context, a: Amount) -> bool:
    """The figure's sentence points back to a party told before: a word of one more of the
    same ("a second", "another") right before the figure, the venue's own voice ("we",
    "our") or a word for the venue ("the exchange")."""
    sent = ctx.sentence_of(a.start)
    if _ONE_MORE.search(ctx.text, max(sent[0], a.start - 20), a.start):
        return True
    return bool(_OWN_VOICE.search(ctx.text, *sent) or venue_ref().search(ctx.text, *sent))


_ONE_MORE = re.compile(r"(?i)\b(?:second|third|fourth|further|additional|another|separate)\s+~?$")
_OWN_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def _earlier_year(ctx: Context, sent: Span) -> bool:
    """The sentence dates itself in a year before the story's, or in a whole year it sets
    apart ("in 2024 alone"): another event. The story's year is publication's, else the
    latest the article names."""
    story = ctx.remember("story_year", None, lambda: _story_year(ctx))
    dated = [t for t in ctx.times_in(sent) if t.period is not None]
    if story is not None and any(t.period[1].year < story for t in dated if t.period):
        return True
    # "In 2024 alone, $2.2 billion was stolen": a whole year set against the story
    return any(t.kind == "year" for t in dated) and bool(other_event().search(ctx.text, *sent))


def _story_year(ctx: Context) -> int | None:
    """Publication's year, else the latest year the article dates something in."""
    if ctx.published:
        return ctx.published.year
    return max((t.period[1].year for t in ctx.times if t.period is not None), default=None)


def _traded(a: Amount, metric: str) -> bool:
    """A trading figure, or a sum of unknown kind ("$439 billion versus estimates")."""
    if metric == M.OTHER:
        return a.kind in ("money", "crypto")
    return metric in lexicon.attribution_metrics("venue_location_metrics")


def _list_lead_venue(ctx: Context, pos: int) -> str | None:
    """A list item or label line under a lead line that names one venue and ends in a
    colon ("Here is how Coinbase performed in the quarter:") is that venue's."""

    def one_venue(start: int, end: int) -> str | None:
        named = {m.value for m in venues_in(ctx, (start, end))}
        return named.pop() if len(named) == 1 else None

    return lead_of_item(ctx, pos, "venue", one_venue)


def lead_of_item(
    ctx: Context, pos: int, key: str, name_of: Callable[[int, int], str | None]
) -> str | None:
    """What ``name_of`` reads off the lead line (one ending in a colon) of the list item or
    label line holding ``pos``; the leads of an article are read once per ``key``."""

    def leads() -> dict[int, str]:
        found: dict[int, str] = {}
        spans = lines(ctx)
        for i, (start, end) in enumerate(spans):
            if not ctx.text[start:end].rstrip().endswith(":"):
                continue
            if (name := name_of(start, end)) is None:
                continue
            for item in spans[i + 1 : i + 1 + _LIST_REACH]:
                if not is_item(ctx, item):
                    break
                found[item[0]] = name
        return found

    return ctx.remember("list_leads", key, leads).get(line_of(ctx, pos)[0])


def is_item(ctx: Context, line: Span) -> bool:
    """A list item or a label line (read from the line layer)."""
    found = ctx.line_at(line[0])
    return found is not None and found.is_item


_LIST_REACH = 20  # items under one lead line


def _own_clause_first(ctx: Context, a: Amount, named: list[Mention]) -> list[Mention]:
    """Where a venue precedes the figure, one after it across a clause boundary is the
    next clause's subject ("Binance's ratio is 1.59, while OKX's is 0.94"), unless the
    figure stands in an appositive whose clause goes on to the venue ("the largest order,
    a $9.8 million long, was closed on Binance")."""
    if not any(m.end <= a.start for m in named):
        return named
    return [
        m
        for m in named
        if m.end <= a.start or not boundaries(gap(ctx, a, m)) or _clause_resumed(ctx, a, m)
    ]


def _clause_resumed(ctx: Context, a: Amount, m: Mention) -> bool:
    """The figure stands in an appositive (", a $9.8 million long,") and the venue in the
    clause it interrupts, right after its closing comma."""
    sent = ctx.sentence_of(a.start)
    if not _APPOSITIVE_OPEN.search(ctx.text, sent[0], a.start):
        return False
    between = _DIGIT_COMMA.sub("", gap(ctx, a, m))
    return boundaries(between) == 1 and _CLOSED_ONCE.fullmatch(between) is not None


_APPOSITIVE_OPEN = re.compile(r",\s*(?:a|an|the)\s+[^,;:]*$")
_CLOSED_ONCE = re.compile(r"[^,;:]*,\s+(?!and\b|but\b|while\b|or\b)[^,;:]*")


def _named_in(ctx: Context, sent: Span) -> list[Mention]:
    """Venues named in the sentence, also one a sentence split cuts ("Mt. | Gox")."""
    return [m for m in venues_in(ctx, (sent[0] - 20, sent[1])) if m.end > sent[0]]


_ASIDE = re.compile(r",\s*(?:which|who|a|an|the)\b[^,;]*?(?:,|$)")


def _owns_other(ctx: Context, a: Amount, m: Mention) -> bool:
    """The venue owns another figure by a possessive right before it ("March's $3.5 billion
    surge that was driven by Binance's $2 billion MGX investment"): that figure's party."""
    owner = _POSSESSIVE.match(ctx.text, m.end)
    if owner is None:
        return False
    owned = ctx.amounts_in((owner.end(), owner.end() + 2))
    return bool(owned) and owned[0].start != a.start


_POSSESSIVE = re.compile(r"['\u2019]s?\s+")


def _aside(ctx: Context, a: Amount, m: Mention, sent: Span) -> bool:
    """The venue stands in an aside that leaves the figure out ("Radiant Capital, which
    is a lending protocol leveraging LayerZero technology, had lost $4.5M")."""
    for aside in _ASIDE.finditer(ctx.text, sent[0], sent[1]):
        inside = aside.start() <= m.start < aside.end()
        if inside and not aside.start() <= a.start < aside.end():
            return True
    return False


def _coordinated(ctx: Context, m: Mention, named: list[Mention]) -> bool:
    """The venue is one of two or more joined by "and", "or" or commas ("on Binance and
    OKX", "across Deribit, OKX and Bybit", "Kalshi and Polymarket together"): a figure of
    them all is no one venue's."""
    for other in named:
        if other.value == m.value:
            continue
        lo, hi = (other, m) if other.end <= m.start else (m, other)
        if _JOINING.fullmatch(ctx.text, lo.end, hi.start):
            return True
    return False


# the words between two venues named together: "and", "or", "&", a comma, ", and"
_JOINING = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+)")


# a pronoun after a semicolon that takes up the figure before it ("all of it", "most of them")
_POINTS_TO_FIGURE = re.compile(r"(?i)\b(?:it|them)\b")


def _reaches(ctx: Context, a: Amount, m: Mention, metric: str) -> bool:
    """Trading figures take the nearest venue of the sentence; a count of unknown kind one
    a clause away at most; any other figure only one of its own clause."""
    if m.end <= a.start and _party_after().match(ctx.text, m.end, a.start):
        return False  # "Hyperliquid's largest rival handled $2 billion in volume"
    if a.end <= m.start and (semi := ctx.text.find(";", a.end, m.start)) >= 0:
        after = (semi, ctx.sentence_of(a.start)[1])
        if ctx.amounts_in(after) or not _POINTS_TO_FIGURE.search(ctx.text, *after):
            # "volume hits $1.46bn; Kalshi open interest tops $700m": another statement;
            # "$400 million in an hour; all of them on Hyperliquid" says where it happened
            return False
    if a.end <= m.start and _part_phrase(ctx, a, m):
        return False  # "$2.6 billion across venues, with Binance accounting for 41%"
    if metric in lexicon.attribution_metrics("venue_location_metrics"):
        return True
    if m.end <= a.start and other_subject(ctx, m.end, a.start):
        return False  # "Coinbase noted that 3 million users had left rival apps"
    if m.end <= a.start and _RELATIVE.fullmatch(ctx.text, m.end, a.start):
        return True  # "Mt. Gox, which lost 850,000 bitcoin": the relative clause is the venue's
    if a.end <= m.start and _fronted_comparison(ctx, a, m):
        return True  # "Compared to 130 million users in 2023, Binance has added 70 million"
    # the comma of a number written between them ("received 703,174 transfers from 702,083
    # addresses") is no clause boundary, nor are the commas of an appositive the clause
    # goes on after ("Morpho, the second-largest lending protocol, saw its TVL slip 2.8%")
    between = _DIGIT_COMMA.sub("", gap(ctx, a, m))
    if metric != M.OTHER or a.kind != "count":  # not a count of unknown things ("two occasions")
        between = _bridged(between, m.end <= a.start)
    return boundaries(between) <= (1 if metric == M.OTHER else 0)


def _part_phrase(ctx: Context, a: Amount, m: Mention) -> bool:
    """The venue after the figure is the subject of a phrase of its own that a comma and
    "with", "while" or "whereas" open and that states its own figure ("topped $2.6 billion,
    with Binance accounting for about 41%"): a part of the total, not where the total
    happened ("$2.6 billion, with most of it on Binance" says where)."""
    between = _DIGIT_COMMA.sub("", ctx.text[a.end : m.start])
    if _PART_OPEN.search(between) is None:
        return False
    return bool(ctx.amounts_in((m.end, ctx.sentence_of(a.start)[1])))


_PART_OPEN = re.compile(r",\s+(?:with|while|whereas)\s+(?:the\s+)?$")


def _bridged(between: str, venue_first: bool) -> str:
    """The words between a venue and a figure without the aside right after the first of
    them: a noun phrase after the venue or its own noun ("Lido, the largest staking
    protocol, holds", "Deribit's DVOL index, a 30-day measure, fell to"), a
    worth after the figure ("4 million ARB tokens, worth about $3.2 million, on OKX")."""
    aside = (_APPOSITIVE if venue_first else _WORTH_ASIDE).match(between)
    return between if aside is None else " " + between[aside.end() :]


_WORTH_ASIDE = re.compile(
    r"(?:\s+[\w-]+){0,2},\s+(?:worth|valued\s+at)\s+[^,;:()—–]{1,40}?,\s+"
    r"(?!and\b|but\b|while\b|or\b|which\b|who\b)"
)
# an aside set off by two commas: a noun phrase ("the lender tied to Sky", "DeFi's top
# lender") or an age ("Arjun Mehta, 41,"); a relative clause is not one (its verb ends
# the venue's clause)
_APPOSITIVE = re.compile(
    r"(?:['’]s?(?:\s+[\w-]+){1,3})?"  # the venue's own noun before it ("Deribit's DVOL index")
    r",\s+(?:(?:a|an|the|its|one\s+of|[A-Z][\w-]*['’]s)\s+"
    r"[^,;:()—–]{1,80}?|\d{1,3}),\s+"
    r"(?!and\b|but\b|while\b|or\b|which\b|who\b)"
)


_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
# a comparison set before the main clause: its figure is the main clause's subject's
_FRONTED = re.compile(
    r"(?i)\W*(?:compared\s+(?:to|with)|as\s+against|versus|vs\.?|up\s+from|down\s+from)\s"
)


def _fronted_comparison(ctx: Context, a: Amount, m: Mention) -> bool:
    """The figure stands in a comparison that opens the sentence, and the venue is the first
    name of the main clause right after its comma."""
    sent = ctx.sentence_of(a.start)
    opener = _FRONTED.match(ctx.text, sent[0], a.start)
    if opener is None or boundaries(ctx.text[sent[0] : a.start]):
        return False
    between = _DIGIT_COMMA.sub("", ctx.text[a.end : m.start])
    return boundaries(between) == 1 and between.rstrip().endswith(",")


# A relative clause right after the venue, with no other clause before the figure.
_RELATIVE = re.compile(r",\s*(?:which|who|that)\s+[^,;:—–]*")


def _between(ctx: Context, a: Amount, start: int, end: int) -> str:
    return ctx.text[end : a.start] if end <= a.start else ctx.text[a.end : start]


def _cited(ctx: Context, m: Mention) -> bool:
    """The venue is cited as a provider of data ("according to the CME Group"); one
    speaking of itself ("FTX said it has 100,000 creditors") or of its own plans ("Coinbase
    expects to list 10 tokens") is still the venue."""
    return any(c.name and c.provider and not c.forecast for c in covering(ctx, m.start))


def column_venue(ctx: Context, metric: str, header: Span | None) -> str | None:
    """The one venue a table cell's column header names ("Binance | Bybit | OKX" across the
    top, quantities down the side), for a figure of a metric that takes venues."""
    if header is None or metric in lexicon.attribution_metrics("venue_free_metrics"):
        return None
    named = {m.value for m in venues_in(ctx, header)}
    return named.pop() if len(named) == 1 else None


def network_row_venue(ctx: Context, cell: Cell, metric: str) -> str | None:
    """The chain a table row names under a header of networks ("Network | Value secured"
    over "Base | $17.9B | +14.1%", "| Rank | Chain | TVL |"): where the row's figures sit, as
    a row of exchanges names where its volume traded. The name without a word the article
    also writes it without ("Ethereum mainnet", "Arbitrum One" where the text says
    "Arbitrum"); none for a group of chains ("Ethereum L2s (Base, Arbitrum)") or a chain
    token's own price or market value."""
    if metric in _MARKET_METRICS or not on_network_row(ctx, cell):
        return None
    row = ctx.line_at(cell.span[0])
    naming = naming_cell(ctx.text, row.cells) if row is not None else None
    if row is None or naming is None:
        return None
    name = " ".join(ctx.text[slice(*row.cells[naming])].split())
    if not _CHAIN_NAME.fullmatch(name):
        return None  # "Ethereum L2s (Base, Arbitrum)", "Other chains": no one chain
    if name.split()[0].lower() in lexicon.attribution_phrases("remainder_labels"):
        return None  # "Total | $150.2B", "Other | $2.0B": the table's sum or rest, no chain
    words = name.split()
    while len(words) > 1 and (words[-1].islower() or _written_alone(ctx, " ".join(words[:-1]))):
        words = words[:-1]
    return " ".join(words)


# one chain's name: capitalised words ("OP Mainnet", "BNB Chain", "opBNB"), a lower-case
# word after them ("Ethereum mainnet"); no plural, bracket or figure
_CHAIN_NAME = re.compile(r"[A-Za-z][\w.-]*(?: [A-Z][\w.-]*)*(?: [a-z]+)?(?<!s)")


def _written_alone(ctx: Context, short: str) -> bool:
    """The article writes the shorter name alone outside the table ("Arbitrum drew"): the
    word after it there is no capitalised part of a longer name, and it is written as no
    coin's ticker ("OP slid 3.8%" names no chain "OP")."""
    alone = re.finditer(rf"\b{re.escape(short)}\b(?![ \t]+[A-Z0-9])(?!\s*\|)", ctx.text)
    return any(not (m[0].isupper() and ctx.in_span("asset", m.span())) for m in alone)


def network_rows(ctx: Context, pos: int) -> bool:
    """Whether ``pos`` stands in a table row named by a chain: a story's venue is not its."""
    cell = cell_at(ctx, pos)
    return cell is not None and on_network_row(ctx, cell)


def row_label_venue(ctx: Context, a: Amount, metric: str) -> str | None:
    """A list row's or table row's own label, when the labels of its block's other rows
    name venues ("- OpenSea: 38%", "- Magic Eden: 18%", "- Tensor: 6%": Tensor is one too)
    and it is a name (no word of it in lower case, no coin), not a phrase ("Everyone
    else")."""
    line = ctx.line_at(a.start)
    label = None if line is None else _row_name(line)
    if line is None or label is None or label[1] > a.start or venues_in(ctx, label):
        return None
    words = re.findall(r"[^\W\d_][\w'’.&-]*", ctx.text[label[0] : label[1]])
    if not words or any(w.islower() for w in words) or ctx.in_span("asset", label):
        return None
    if words[0].lower() in lexicon.attribution_phrases("remainder_labels"):
        return None  # "Others | ₩0.40T | 5%": the rest of the table, no venue
    if not _venue_measure(ctx, a.start, metric):
        return None  # a fine, a tax, an entity's holdings: its rows are parties, no venues
    if _not_a_venue_name(ctx, label) or _lead_names_parties(ctx, a.start):
        return None
    named = 0
    for other in _block_of(ctx, line):
        span = _row_name(other)
        named += span is not None and bool(venues_in(ctx, span))
    return ctx.text[label[0] : label[1]].strip() if named >= _VENUE_SIBLINGS else None


_VENUE_SIBLINGS = 2  # rows of a block whose labels name venues before a new name is one


def _not_a_venue_name(ctx: Context, label: Span) -> bool:
    """A place ("Germany", "Seoul"), a person, or an issuer or bank the lexicon knows
    ("BlackRock", "VanEck"): a row label that is never a venue, whatever its siblings."""
    name = " ".join(ctx.text[label[0] : label[1]].split()).lower()
    if name in lexicon.attribution_phrases("place_names") or name in _party_names():
        return True
    return any(person_shaped(n) for n in names_in(ctx.text, *label))


@per_lexicon
def _party_names() -> frozenset[str]:
    """Names of the issuers and banks the lexicon knows: parties to a list, no venues."""
    kinds = ("issuer", "bank")
    return frozenset(n for e in lexicon.sources() if e.kind in kinds for n in e.names)


def _venue_measure(ctx: Context, pos: int, metric: str) -> bool:
    """A row figure of a metric that happens at venues (volume, open interest,
    liquidations, reserves, flows), or of no metric of its own under a lead line that names
    such a measure ("NFT marketplace share, by volume")."""
    if metric in lexicon.attribution_metrics("row_venue_metrics"):
        return True
    if metric != M.OTHER:
        return False
    lead = _lead_line(ctx, pos)
    return metric == M.OTHER and lead is not None and _words("venue_measure_leads", ctx, lead)


def _lead_names_parties(ctx: Context, pos: int) -> bool:
    """A list's lead line naming holders, issuers, funds or market makers ("Largest bitcoin
    holders among entities:"): its rows' labels are those parties."""
    lead = _lead_line(ctx, pos)
    return lead is not None and _words("non_venue_leads", ctx, lead)


def _lead_line(ctx: Context, pos: int) -> Span | None:
    """The lead line of the list or table holding ``pos`` (lines.ListBlocks)."""
    lead = ctx.lead_of(pos)
    return None if lead is None else lead.span


def _words(name: str, ctx: Context, span: Span) -> bool:
    """Whether ``span`` holds a whole phrase of the attribution list ``name``."""
    return _phrases_pattern(name).search(ctx.text, *span) is not None


@per_lexicon
def _phrases_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(lexicon.attribution_phrases(name))})\b")


def _row_name(line: Line) -> Span | None:
    """What names a row: a list item's or label line's label, a table row's first cell."""
    if line.kind == "row":
        return line.cells[0] if line.cells else None
    return line.label if line.is_item else None


def _block_of(ctx: Context, line: Line) -> list[Line]:
    """The lines of the list or table holding ``line``: its neighbours of the same kind
    (items and label lines, or table rows), up to a line of another kind."""
    lo, hi = ctx.list_blocks.block(line)
    return [ln for ln in ctx.lines[lo : hi + 1] if ln is not line]


def venues_in(ctx: Context, span: Span) -> list[Mention]:
    """The venues named in ``span``: the lexicon's and those the article names as venues
    by its own words, in text order."""
    unlisted = venue_mentions(ctx)
    if not unlisted:
        return ctx.in_span("venue", span)
    starts = ctx.remember("venue_name_starts", None, lambda: [m.start for m in unlisted])
    found = unlisted[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]
    return sorted([*ctx.in_span("venue", span), *found], key=lambda m: m.start)


def other_subject(ctx: Context, start: int, end: int) -> bool:
    """Between a venue (or a pointer to one) at ``start`` and a figure at ``end``, the figure
    gets a subject of its own: a party the venue's possessive names ("Hyperliquid's largest
    rival", "the exchange's founder") or a clause a subordinator or a verb of saying opens
    ("blamed rivals after traders pulled", "said US spot ETFs took in")."""
    return bool(_party_after().match(ctx.text, start, end) or ctx.clauses.opens_clause(start, end))


@per_lexicon
def _party_after() -> re.Pattern[str]:
    party = alternation(lexicon.attribution_phrases("venue_party_nouns"))
    return re.compile(rf"['\u2019]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{party})\b", re.IGNORECASE)


@per_lexicon
def venue_ref() -> re.Pattern[str]:
    phrases = lexicon.attribution_phrases("venue_refs")
    return re.compile(rf"\b(?:{alternation(phrases)})\b", re.IGNORECASE)


def _hack_subject(ctx: Context) -> str | None:
    """The first name an attack was done to ("Ferrox Finance was exploited"): a venue
    mention's own name where one covers it; not a coin, nor a group of people."""
    for m in _hacked_subject().finditer(ctx.text):
        start, end = m.span(1)
        if not _party(ctx, start, end) or _earlier_year(ctx, ctx.sentence_of(start)):
            continue  # no party's name, or an attack of another year ("hacked in 2022")
        venue = [v for v in venues_in(ctx, (start, end)) if v.end == end]
        return venue[0].value if venue else " ".join(ctx.text[start:end].split())
    return None


@per_lexicon
def _hacked_subject() -> re.Pattern[str]:
    verbs = alternation(lexicon.attribution_phrases("hacked_verbs"))
    return re.compile(
        rf"(?<![\w'’])((?!The\b|A\b|An\b|It\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})"
        rf"\s+(?:{verbs})\b"
    )


def hacked_venue(ctx: Context) -> str | None:
    """The venue a hack story is about: named three times or more, more often than all the
    other venues together, with hack words around."""
    return _hacked_venue(ctx)


def _hacked_venue(ctx: Context) -> str | None:
    def find() -> str | None:
        if not any(m.value == M.HACK_AMOUNT for m in ctx.mentions if m.kind == "metric"):
            return None
        if (subject := _hack_subject(ctx)) is not None:
            return subject  # the platform the attack was done to, however often named
        return _dominant_venue(ctx)

    return ctx.remember("hacked_venue", None, find)


def _dominant_venue(ctx: Context) -> str | None:
    """The venue a story is about: named three times or more, more often than all the
    other venues together."""

    def find() -> str | None:
        counts = Counter(m.value for m in venues_in(ctx, (0, len(ctx.text))))
        top = counts.most_common(1)
        if not (top and top[0][1] >= 3):
            return None
        return top[0][0] if 2 * top[0][1] > sum(counts.values()) else None

    return ctx.remember("dominant_venue", None, find)
