"""The article's own subject: one fund, company or token an article is about.

A news story about one thing introduces it in its lead with its ticker in brackets and names it
in its headline ("Aurelia's tokenised gold fund passes $200 million" over "The Aurelia Vaulted
Gold Fund (AVGF) ..."). Later figures that name no asset but refer back to it ("the fund's net
assets", "the company sold 1.2 million shares", "its net loss", the label lines of a fact list)
are that subject's, as FORMAT.md gives a fund its ticker and a company's own figures the
company's. The carry stops where the sentence names another organisation, or reads as a figure
of the whole market ("Across the market, ..."). A token's ticker goes only to the token's own
figures (its price, supply, market value), never to its platform's fees, users or revenue.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.article_tickers import without_lead
from extractor.nlp.asset_data import asset_words, listed
from extractor.nlp.blocks import Cell, naming_cell
from extractor.nlp.context import Context, Span, clause_of
from extractor.nlp.layers import Amount, M
from extractor.nlp.literals import standing_alone
from extractor.nlp.market_owner import market_figure
from extractor.nlp.mentions import Mention
from extractor.nlp.tries import alternation

# the kinds of asset a story can be about, with the figures each one's ticker may take
_TOKEN_FIGURES = frozenset({M.PRICE, M.PRICE_CHANGE, M.MARKET_CAP, M.MARKET_CAP_CHANGE, M.SUPPLY})
_KINDS = {
    "stock": "company_subject_nouns",
    "etf": "fund_subject_nouns",
    "crypto": "token_subject_nouns",
}
_LEAD_PARAGRAPHS = 5  # headline, byline and dateline lines, and the lead itself
_LEAD_CHARS = 1500

# "(AVGF)", "(NASDAQ: OHWK)", "(LSE: HBTC)", "(7203.T)" around a ticker
_OPEN = re.compile(r"\((?:[A-Za-z ]+:[ ]*)?$")
_CLOSE = re.compile(r"(?:\.[A-Z]{1,2})?\)")


@per_lexicon
def _name_before() -> re.Pattern[str]:
    """The run of capitalized words right before the bracket (a lower-case word ends it), past
    a legal form set apart by a comma ("Tallow Holdings, Inc. (NASDAQ: TLW)", the way a
    release names its issuer): the name is the words before the comma."""
    forms = alternation(lexicon.attribution_phrases("legal_suffixes"), space=r"[ ]+")
    return re.compile(
        rf"((?:[A-Z][\w&’'.-]*[ ]+){{0,5}}[A-Z][\w&’'.-]*)(?:,[ ]+(?i:{forms}))?[ ]*\($"
    )


# a describing noun the article gives the name: right before it ("Bitcoin miner Ostrava") or
# as the head of an appositive after its bracket (", the bankrupt crypto lender,")
_BEFORE = re.compile(r"\b([a-z][a-z-]{2,})[ ]+$")
_APPOSITIVE = re.compile(
    r"\)[ ]*,[ ]+(?:the|a|an)[ ]+(?:[\w-]+[ ]+){0,3}?([a-z][a-z-]{2,})"
    r"(?=[ ]*[,;.]|[ ]+(?:of|for|that|which|who|behind|built|based|with)\b)"
)
_ARTICLE_WORDS = frozenset({"The", "A", "An"})
_ITS = re.compile(r"(?i)\bits\b")


@dataclass(frozen=True)
class Subject:
    """The article's subject: its ticker, kind, and the words the article refers to it by."""

    ticker: str
    kind: str  # "stock", "etf" or "crypto", as the mention was typed
    named_again: re.Pattern[str]  # its name, its ticker, "the fund", "the miner"
    name_words: frozenset[str]  # the capitalized words of its own name
    release: bool = False  # the article is its own release or letter (a stock's only)


def article_subject(ctx: Context) -> Subject | None:
    """The fund, company or token the article is about, read once per article."""
    return ctx.remember("own_subject", None, lambda: _find_subject(ctx))


def _find_subject(ctx: Context) -> Subject | None:
    paragraphs = ctx.structure.paragraphs
    if len(paragraphs) < 2:
        return None  # no headline over a body
    headline = ctx.text[slice(*paragraphs[0])]
    end = min(paragraphs[min(_LEAD_PARAGRAPHS, len(paragraphs)) - 1][1], _LEAD_CHARS)
    for m in ctx.in_span("asset", (paragraphs[0][0], end)):
        if m.asset_kind not in _KINDS or not listed(ctx, m):
            continue
        opened = _OPEN.search(ctx.text, max(0, m.start - 16), m.start)
        if opened is None or not _CLOSE.match(ctx.text, m.end):
            continue
        named = _name_before().search(ctx.text, max(0, opened.start() - 80), opened.start() + 1)
        words = (
            [w for w in without_lead(named[1].split()) if w not in _ARTICLE_WORDS] if named else []
        )
        ticker = ctx.text[m.start : m.end]
        first = words[0].rstrip(".") if words else None
        in_headline = _alone(headline, ticker) or (first and _alone(headline, first))
        if not in_headline:
            continue
        nouns = set(
            lexicon.listed(lexicon.ASSET_CUES_FILE, _KINDS[m.asset_kind], "phrases").phrases
        )
        if named and (
            before := _BEFORE.search(ctx.text, max(0, named.start() - 30), named.start())
        ):
            nouns.add(before[1])
        if appositive := _APPOSITIVE.match(ctx.text, m.end + (1 if ctx.text[m.end] != ")" else 0)):
            nouns.add(appositive[1])
        if m.asset_kind == "stock" and _miner_names() & {w.rstrip(".,") for w in words}:
            nouns.add("miner")  # "Ridgeback Mining (RDGB)": "the miner said"
        names = [re.escape(ticker)] + ([re.escape(first)] if first else [])
        named_again = re.compile(
            rf"(?i:\b(?:the|its|this|that)[ ]+(?:{'|'.join(map(re.escape, sorted(nouns)))})\b)"
            rf"|\b(?:{'|'.join(names)})\b"
        )
        release = m.asset_kind == "stock" and _release_genre().search(ctx.text, 0, end) is not None
        return Subject(m.value, m.asset_kind, named_again, frozenset(words) | {ticker}, release)
    return None


def company_table(ctx: Context, cell: Cell) -> str | None:
    """The listed company's ticker for a cell of a table whose lead line names the company
    the article is about ("Key figures (source: Ridgeback Mining)", "RDGB monthly
    update:"), or of any table of the company's own release: its rows are the company's
    figures, a coin in a row's label ("BTC mined", "BTC held") the unit they are counted in."""
    subject = article_subject(ctx)
    if subject is None or subject.kind != "stock":
        return None
    # in the company's own release every table is its own, whatever its lead line says
    if not subject.release and (
        cell.lead is None or subject.named_again.search(ctx.text, *cell.lead) is None
    ):
        return None
    if cell.label is not None and _network_owner().match(ctx.text, *cell.label):
        return None  # "Network hashrate (EH/s) | 1,150": the network's, quoted beside its own
    return None if _party_rows(ctx, cell) else subject.ticker


def _party_rows(ctx: Context, cell: Cell) -> bool:
    """Whether the table's label column is headed by a party's noun ("Miner | BTC mined",
    "Customer | Revenue", "Peer | Hashrate"): its rows are those parties' figures (rivals
    beside the company, its clients), not the company's own."""
    header = ctx.line_at(cell.header[0]) if cell.header is not None else None
    if header is None or not header.cells:
        return False
    first = ctx.text[slice(*header.cells[0])].strip()
    return _party_header().fullmatch(first) is not None


@per_lexicon
def _party_opener() -> re.Pattern[str]:
    """A sentence whose subject is another party by its noun ("The miner", "A rival
    operator"): the subject's own figures need the subject's noun there ("the company")."""
    return re.compile(rf"[\s\"“'‘(•*-]*((?i:the|a|an)[ ]+(?:[\w-]+[ ]+)?(?i:{_party_words()})\b)")


@per_lexicon
def _party_words() -> str:
    parties = lexicon.listed(lexicon.ASSET_CUES_FILE, "subject_party_nouns", "phrases").phrases
    return alternation([*lexicon.attribution_phrases("non_venue_leads"), *parties], space=r"[ ]+")


@per_lexicon
def _party_header() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{_party_words()})")


def network_coin(ctx: Context, a: Amount, sent: Span, carried: str | None) -> str | None:
    """The coin of a figure whose clause opens with the network as its subject ("Network
    hashrate averaged about 1,150 EH/s", "The network's difficulty rose 4%"), where a
    company's ticker was carried onto it from the company's figures of the same metric: the
    article's most named coin."""
    if carried is None or not any(m.value == carried for m in _companies(ctx)):
        return None
    clause = clause_of(ctx, a, sent)
    if not _network_owner().match(ctx.text, clause[0], a.start):
        return None
    return ctx.remember("most_named_coin", None, lambda: _most_named_coin(ctx))


def _companies(ctx: Context) -> list[Mention]:
    return [m for m in ctx.mentions if m.kind == "asset" and m.asset_kind == "stock"]


def _most_named_coin(ctx: Context) -> str | None:
    counts = Counter(
        m.value for m in ctx.mentions if m.kind == "asset" and m.asset_kind == "crypto"
    )
    return counts.most_common(1)[0][0] if counts else None


@per_lexicon
def _network_owner() -> re.Pattern[str]:
    """A clause whose subject opens with "network" or "the network's" ("Network hashrate
    averaged", "The network's difficulty rose"): the network owns its figure."""
    return re.compile(
        rf"(?i)[\s\"“,;]*(?:(?:while|whereas|and|but|as)[ ]+)?(?:the[ ]+)?"
        rf"{asset_words('network_owner_words')}[ ]+[a-z]"
    )


def _alone(text: str, word: str) -> bool:
    return next(standing_alone(text, word), None) is not None


def subject_figure(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    """The subject's ticker for a figure whose sentence names no asset, where the sentence
    refers back to the subject (or is a label line of a fact list) and names no one else."""
    subject = article_subject(ctx)
    if subject is None or sent[0] < ctx.structure.paragraphs[1][0]:
        return None  # no subject, or the headline itself (it names the subject by name)
    if subject.kind == "crypto" and metric not in _TOKEN_FIGURES:
        return None  # a platform's fees, users or revenue are not its token's
    if _market_scope().search(ctx.text, *sent):
        return None  # "Across the market, tokenised gold products held $3.1 billion"
    if _network_owner().match(ctx.text, clause_of(ctx, a, sent)[0], a.start):
        return None  # "Its hashrate reached 22.6 EH/s, while network-wide hashrate hit 1,160"
    line = ctx.line_at(a.start)
    labelled = line is not None and line.kind == "label"
    # in the company's own release every bare figure is its own, referred back to or not,
    # save a price or a move: a release does not quote its own share price bare, so an
    # unnamed one is the market's ("Hashprice has fallen 40% since the halving")
    own_release = subject.release and metric not in (M.PRICE, M.PRICE_CHANGE)
    named = own_release or subject.named_again.search(ctx.text, *sent) is not None
    if not named and market_figure(ctx, a, metric):
        return None  # a volume or a head count no reference gives the subject: the market's
    if not (named or labelled or _bare_its(ctx, sent)):
        return None
    if _party().search(ctx.text, *sent):
        return None  # "Its sponsor oversees $41 billion", "the fund's closest rival lost 2%"
    if _someone_else(ctx, subject, sent, labelled):
        return None
    return subject.ticker


# a noun phrase opened by an article: a bare "its" after one is that phrase's ("The central bank
# kept its benchmark rate"), not the subject's
_NOUN_PHRASE = re.compile(r"(?i)\b(?:the|a|an)[ ]+[a-z]")


def _bare_its(ctx: Context, sent: Span) -> bool:
    """Whether the sentence says "its" before any noun phrase of its own could own it."""
    its = _ITS.search(ctx.text, *sent)
    return its is not None and _NOUN_PHRASE.search(ctx.text, sent[0], its.start()) is None


@per_lexicon
def _party() -> re.Pattern[str]:
    """'its' or a possessive, then (at most one word on) another party's noun ('its sponsor')."""
    return re.compile(
        rf"(?i)\b(?:its|[\w-]+['’]s)[ ]+(?:[\w-]+[ ]+)?{asset_words('subject_party_nouns')}\b"
    )


# capitalized for being dates, not names
_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
_CAPITALIZED = re.compile(r"(?<![\w’'-])[A-Z][\w&.-]*")


def _someone_else(ctx: Context, subject: Subject, sent: Span, labelled: bool) -> bool:
    """Whether the sentence names an organisation or person other than the subject: a venue,
    a source, or (in prose) a capitalized word past its first that is no date and no part of
    the name; a fact list's label ("30-day SEC yield") is read for venues and sources only."""
    if ctx.in_span("venue", sent) or ctx.in_span("source", sent):
        return True
    if labelled:
        return False
    opener = _party_opener().match(ctx.text, *sent) if subject.kind == "stock" else None
    if opener and not subject.named_again.match(ctx.text, opener.start(1)):
        return True  # "The miner expects its hashrate to reach 9.5 EH/s" in a host's story
    places = [
        (m.start(), m.end())
        for m in _place().finditer(ctx.text, *sent)
        if _in_subjects_place(ctx, subject, sent, m.start())
    ]
    figures = [(a.start, a.end) for a in ctx.amounts_in(sent)]
    for word in _CAPITALIZED.finditer(ctx.text, *sent):
        if word.start() == sent[0] or ctx.text[sent[0] : word.start()].strip(" \"“'‘(-•*") == "":
            continue  # the sentence's first word
        text = word.group().rstrip(".")
        if text in subject.name_words or _CALENDAR.fullmatch(text) or text == "I":
            continue
        if text in _defined_terms(ctx):
            continue  # "43% of TPV" after "Total payment volume (TPV)": a term, no party
        if _inside(word.start(), figures) or _inside(word.start(), places):
            continue  # a figure's own unit ("41.2 EH/s"), or a place ("its site in West Texas")
        return True
    return False


# an abbreviation in brackets after the words it stands for ("gross payment volume (GPV)")
_DEFINED = re.compile(r"((?:[A-Za-z][\w-]*[ ]+){1,6})\(([A-Z]{2,6})s?\)")


def _defined_terms(ctx: Context) -> frozenset[str]:
    """The abbreviations the text defines by their words' initials ("Total payment volume
    (TPV)", "assets under custody (AUC)"): terms of the text, not names of other parties."""
    return ctx.remember("defined_terms", None, lambda: _find_defined(ctx.text))


def _find_defined(text: str) -> frozenset[str]:
    terms = set()
    for m in _DEFINED.finditer(text):
        short = m[2]
        words = m[1].split()[-len(short) :]
        if len(words) == len(short) and "".join(w[0] for w in words).upper() == short:
            terms.add(short)
    return frozenset(terms)


# a place the sentence puts something in ("at its Pecos County site", "in West Texas")
_LOCATIVE = re.compile(
    r"(?i)\b(?:in|at|on|near|outside|across|throughout)[ ]+(?:(?:its|the)[ ]+)?$"
)


def _in_subjects_place(ctx: Context, subject: Subject, sent: Span, start: int) -> bool:
    """Whether a place is where the subject's own doing happens: after a locative word and
    after the sentence has referred to the subject ("Its hashrate reached 22.6 EH/s after
    rigs went live in West Texas"). A place that owns a figure ("Grant County's budget",
    "Grant County pension managers") or opens the sentence's own matter before any
    reference ("Power prices in West Texas averaged $41, the company said") is a party."""
    if _LOCATIVE.search(ctx.text, max(sent[0], start - 24), start) is None:
        return False
    return (
        subject.named_again.search(ctx.text, sent[0], start) is not None
        or _ITS.search(ctx.text, sent[0], start) is not None
    )


@per_lexicon
def _miner_names() -> frozenset[str]:
    return frozenset(lexicon.listed(lexicon.ASSET_CUES_FILE, "miner_name_words", "phrases").phrases)


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(start <= pos < end for start, end in spans)


@per_lexicon
def _place() -> re.Pattern[str]:
    """A place named in prose: a country, region, state or city, after a compass word or not
    ("West Texas"), or a capitalized name ending in a place noun ("Grant County")."""
    names = alternation(lexicon.attribution_phrases("place_names"), space=r"[ ]+")
    return re.compile(
        rf"(?:\b{asset_words('place_compass_words')}[ ]+)?(?i:\b{names}\b)"
        rf"|(?:\b[A-Z][\w&.-]*[ ]+){{1,3}}{asset_words('place_name_ends')}\b"
    )


@per_lexicon
def _release_genre() -> re.Pattern[str]:
    """A wire's dateline tag right after its bracket or slash ("--(BUSINESS WIRE)--",
    "/PRNewswire/") or a letter's salutation opening a line ("Dear shareholders,") in the
    lead: the company speaks for itself in the whole text. A wire's name in prose ("a release
    distributed via Business Wire") and a release's verb ("today announced", which a news
    story writes of the company too) are no such mark."""
    words = asset_words("release_genre_phrases")
    return re.compile(rf"(?im)(?:[(/][ ]?|^[ \t]*){words}(?![\w-])")


def whole_market(ctx: Context, sent: Span) -> bool:
    """The sentence speaks of the whole market, a sector or all of a manager's products
    ("Across the market, ...", "Across all marketplaces, ...")."""
    return _market_scope().search(ctx.text, *sent) is not None


@per_lexicon
def _market_scope() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{asset_words('market_scope_phrases')}\b")


def subject_of_article(ctx: Context) -> str | None:
    """The ticker of the fund or company the article is about (a token's goes only to its
    own figures, which a table cell does not say)."""
    subject = article_subject(ctx)
    return subject.ticker if subject is not None and subject.kind != "crypto" else None


def on_network_row(ctx: Context, cell: Cell) -> bool:
    """A table row whose naming cell stands under a header that names networks ("Network |
    CTBL shares", "Rank | Chain | TVL" over "| 3 | BNB Chain | $8.1bn |"): that cell is a
    chain the figure sits on, not a coin. A network column beside a row named otherwise
    ("Symbol | Network | Volume") leaves the row its own name."""
    if cell.header is None:
        return False
    row, header = ctx.line_at(cell.span[0]), ctx.line_at(cell.header[0])
    if row is None or header is None or cell.span not in row.cells:
        return False
    if cell.header not in header.cells:
        return False
    naming = naming_cell(ctx.text, row.cells)
    if naming is None:
        return False
    # the header cell above the naming cell, the columns aligned on the figure's own cell
    above = naming - row.cells.index(cell.span) + header.cells.index(cell.header)
    if not 0 <= above < len(header.cells):
        return False
    name = ctx.text[slice(*header.cells[above])].strip()
    return _network_header().fullmatch(name) is not None


@per_lexicon
def _network_header() -> re.Pattern[str]:
    return re.compile(rf"(?i){asset_words('network_column_headers')}")
