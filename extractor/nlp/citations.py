"""Who an article cites: every provider, company, agency or person it names as the origin
of its figures, found by the structure of the citation rather than by a list of names.

A name is cited when the words around it say so:

    according to RootData / data from ValidatorQueue / per Farside    (a cue before it)
    CoinGlass data shows / Glassnode's report / the Zacks Consensus Estimate
                                                              (a citing noun after it)
    Tether said / the firm reported / Trump Media (DJT) revealed      (a verb of stating)
    ..., said Kronos Research CIO Vincent Liu                 (the verb before it)
    according to the filing / in its attestation report      (the company's own document)

The name may be a lexicon entry (its canonical name), a company the article reports on,
or any capitalized name that reads as an organisation. A person speaks for the
organisation the article ties them to ("Tony Ke, head of security research at
Fuzzland", "Bybit CEO Ben Zhou"); an unnamed voice ("analysts warn") or a person tied
to none is a citation without a name: its sentence takes no source. "The company",
"the exchange", "it" refer to the nearest company named before.

Lexicon providers (data providers, analytics and security firms) are cited by being
named in the sentence at all, unless the name is an issuer inside a fund's name or
stands in a possessive ("Grayscale's ETF").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.article_tickers import introduced_name
from extractor.nlp.context import Context, Span
from extractor.nlp.cues import issuer_after
from extractor.nlp.descriptions import describing_run, run_stops
from extractor.nlp.entities import within
from extractor.nlp.literals import ascii_upper, space_then, standing_alone
from extractor.nlp.mentions import Mention
from extractor.nlp.names import (
    Name,
    TitleCaseLines,
    clean,
    is_domain,
    names_in,
    org_shaped,
    person_shaped,
    word_list,
)
from extractor.nlp.speakers import read_speaker, shortened, speaks_in_relative
from extractor.nlp.tries import alternation


@dataclass(frozen=True, slots=True)
class Citation:
    """A cited origin in one sentence: ``name`` None for an unnamed or untied voice."""

    start: int
    end: int
    name: str | None
    sentence: Span
    structural: bool = True  # found by the citation's wording, not by presence alone
    provider: bool = True  # a data provider (or a voice), not a company speaking for itself
    scope: Span | None = None  # a quotation it is said after: the only figures it governs
    forecast: bool = False  # its own view of figures to come: a provider, yet still a party


# Lexicon source kinds named as data: their mere presence in a sentence cites them.
_DATA_KINDS = frozenset({"data_provider", "analytics", "security_firm", "investigator"})
_COMPANY_ASSETS = frozenset({"stock"})
_VENUE_WORDS = ("exchange", "platform", "protocol", "crypto exchange", "trading platform")
_SIGNATURE = re.compile(r"\s*[—–-]\s*(?P<who>[^(\n]{2,60}?)\s*(?:\([^)\n]*\)\s*)*\(@\w+\)")


@per_lexicon
def cue_alternation(name: str) -> str:
    """The attribution cue list ``name`` as one alternation, longest phrase first, any run
    of spaces between its words."""
    return alternation(lexicon.attribution_phrases(name), space=r"\s+")


def _cited_before(before: str) -> bool:
    """A citing cue ends the text before a name, with an optional article and either a
    descriptor ending in a provider noun ("data from blockchain analytics firm ") or the
    name's describing run, its kind in the outlet's own words ("per analytics shop X",
    "according to payments consultancy X"; :mod:`descriptions`)."""
    if _cue_before().search(before):
        return True
    return any(_cue_before(bare=True).search(before, 0, w.start()) for w in describing_run(before))


@per_lexicon
def _cue_before(*, bare: bool = False) -> re.Pattern[str]:
    """A citing cue and an optional article ending the text read, then (unless ``bare``)
    an optional descriptor ending in a provider noun."""
    descriptor = rf"(?:(?:[\w-]+\s+){{0,4}}?{cue_alternation('provider_nouns')}\s+)?"
    anywhere, clause_start = cue_alternation("citing_before"), cue_alternation("citing_after_comma")
    cue = rf"(?:\b{anywhere}|(?:^|[,;:(—–])\s*{clause_start})"
    return re.compile(rf"{cue}\s+(?:(?:the|a|an)\s+)?{'' if bare else descriptor}$", re.IGNORECASE)


@per_lexicon
def _noun_after() -> re.Pattern[str]:
    """A citing noun after a name or its possessive ("data", "’s latest report")."""
    return re.compile(
        rf"^(?:’s|'s|’|')?\s+(?:[a-z][\w-]*\s+){{0,2}}?{cue_alternation('citing_nouns_after')}\b",
        re.IGNORECASE,
    )


@per_lexicon
def _document_after() -> re.Pattern[str]:
    """A company document right after a name or its possessive ("SEC filings",
    "Tesla’s earnings report")."""
    return re.compile(
        rf"^(?:’s|'s|’|')?\s+(?:[a-z][\w-]*\s+){{0,2}}?{cue_alternation('document_nouns')}\b",
        re.IGNORECASE,
    )


@per_lexicon
def _verb_after() -> re.Pattern[str]:
    """A verb of stating after a name: an appositive, a ticker in brackets and a few
    adverbs may stand between ("Tether, issuer of USDT, said", "Circle earlier confirmed")."""
    aux, legal = cue_alternation("aux_words"), cue_alternation("legal_suffixes")
    return re.compile(
        rf"^(?:,?\s*{legal}\b)?\.?\s*(?:\([^)\n]{{1,40}}\)\s*)?(?:,[^,.;!?\n]{{1,160}},\s*){{0,2}}"
        rf"(?:(?:{aux}\s+){{0,3}}{cue_alternation('statement_verbs')}"
        rf"|,\s*which\s+(?:{aux}\s+){{0,3}}{cue_alternation('speech_verbs')})\b",
        re.IGNORECASE,
    )  # ", which said separately that it ...": the name a relative clause of speech follows


@per_lexicon
def _forecast_after() -> re.Pattern[str]:
    """A forecast after a name: a verb of forecasting ("Citi expects"), or a target or
    forecast the name sets ("Standard Chartered has raised its price target")."""
    aux, legal = cue_alternation("aux_words"), cue_alternation("legal_suffixes")
    sets = rf"{cue_alternation('target_verbs')}\s+(?:its|their|a|an|the)\s+"
    return re.compile(
        rf"^(?:,?\s*{legal}\b)?\.?\s*(?:\([^)\n]{{1,40}}\)\s*)?(?:,[^,.;!?\n]{{1,160}},\s*){{0,2}}"
        rf"(?:{aux}\s+){{0,3}}(?:{_foresight()}"
        rf"|{sets}(?:[\w$,.-]+\s+){{0,4}}?{cue_alternation('forecast_nouns')}\b)",
        re.IGNORECASE,
    )


@per_lexicon
def _foresight() -> str:
    """A verb of forecasting; "sees" only with a level or a chance after its object ("Ark
    sees bitcoin at $1.5 million", not "the trust sees $120 million of outflows")."""
    objects = cue_alternation("foreseen_objects")
    return (
        rf"(?:{cue_alternation('forecast_verbs')}\b"
        rf"|{cue_alternation('seeing_verbs')}\s+(?:[\w$€£.,%-]+\s+){{0,4}}?{objects}\b)"
    )


@per_lexicon
def _forecast_owned() -> re.Pattern[str]:
    """A forecast right after a possessive name ("Goldman's year-end target")."""
    return re.compile(
        rf"^(?:’s|'s|’|')?\s+(?:[\w-]+\s+){{0,3}}?{cue_alternation('forecast_nouns')}\b{_FORECAST_HEAD}",
        re.IGNORECASE,
    )


# the forecast noun heads its phrase: a figure, a preposition or a verb follows, not
# another noun ("Strategy's guidance walk back")
_FORECAST_HEAD = (
    r"(?=\s*(?:[:,$€£\d]|(?:of|for|to|at|on|is|was|has|had|sees|calls|implies|puts|stands|"
    r"remains|would|will|now)\b))"
)


@per_lexicon
def _in_apposition() -> re.Pattern[str]:
    """ "Chi Onwurah, the Labour MP for ...": a name in an appositive is not its subject."""
    return re.compile(r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)


@per_lexicon
def _own_data() -> re.Pattern[str]:
    """The outlet citing its own figures: "per our on-chain monitoring", "our estimates"."""
    return re.compile(
        rf"\bour\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{cue_alternation('own_data_nouns')}\b",
        re.IGNORECASE,
    )


@per_lexicon
def _object_before() -> re.Pattern[str]:
    """A preposition right before a described reference: "users of the lending protocol
    reported" is not the protocol speaking."""
    return re.compile(rf"\b(?:of|{cue_alternation('not_subject_before')})\s+$", re.IGNORECASE)


@per_lexicon
def _place_before() -> re.Pattern[str]:
    """A preposition right before a name: "traders on Binance show" is not Binance speaking."""
    return re.compile(rf"\b{cue_alternation('not_subject_before')}\s+(?:the\s+)?$", re.IGNORECASE)


@per_lexicon
def _verb_before() -> re.Pattern[str]:
    """A verb of stating after a quote or a comma, right before the name
    ("”, said Kronos Research CIO Vincent Liu")."""
    titles = cue_alternation("person_titles")
    return re.compile(
        rf"(?:[,”\"’]\s*|^\s*){cue_alternation('statement_verbs')}\s+(?:(?:the|an?)\s+)?"
        rf"(?:(?:[\w-]+\s+){{0,2}}{titles}\s+)?$",
        re.IGNORECASE,
    )


@per_lexicon
def _referring_speaker() -> re.Pattern[str]:
    """ "The firm reported", "it said", "the company’s earnings report", "according to the
    filing", "per SEC filings", "in its attestation report", "its explorer shows", "an 8-K
    reports": the company speaks; "the bank
    expects", "the bank's base case": it forecasts (tried first: a forecast verb may also
    be one of stating)."""
    refs, verbs = (
        f"(?:{cue_alternation('speaker_refs')}|{cue_alternation('kind_refs')}|{_described_ref()})",
        cue_alternation("statement_verbs"),
    )
    speech = cue_alternation("speech_verbs")
    docs, aux = cue_alternation("document_nouns"), cue_alternation("aux_words")
    pages, filings = _own_pages(), cue_alternation("filing_documents")
    foresees, forecasts = _foresight(), cue_alternation("forecast_nouns")
    adjectives = r"(?:[\w-]+\s+){0,3}?"
    # "its", or the kind of the organisation named before: "the network's explorer"
    owner = rf"(?:its|their|the\s+(?:{cue_alternation('organisation_kinds')}|chain)(?:’s|'s))"
    return re.compile(
        rf"\b(?P<foreseer>{refs}|it|they)\s+(?:(?:{aux})\s+){{0,3}}{foresees}"
        rf"|\b(?P<forecaster>{refs})(?:’s|'s)\s+{adjectives}{forecasts}\b{_FORECAST_HEAD}"
        rf"|\b(?P<ref>{refs})\s+(?:(?:{aux})\s+){{0,3}}{verbs}\b"
        rf"|\b(?P<pronoun>it|they)\s+(?:(?:{aux})\s+){{0,3}}{speech}\b"
        rf"|\b(?P<owner>{refs})(?:’s|'s)\s+{adjectives}{docs}\b"
        rf"|\b(?:according\s+to|per|citing|in)\s+(?P<doc>(?:the|a|an|its|their)\s+{adjectives}{docs})\b"
        rf"|\b(?P<shows>(?:the|its|their)\s+{adjectives}{docs})\s+(?:(?:{aux})\s+){{0,2}}{verbs}\b"
        rf"|\b(?P<page>{owner}\s+(?:own\s+)?{adjectives}{pages})\s+(?:(?:{aux})\s+){{0,2}}{verbs}\b"
        rf"|\b(?P<filed>(?:a|an)\s+{_NOT_COURT}{filings})\s+(?:(?:{aux})\s+){{0,2}}{verbs}\b"
        rf"|\b(?:according\s+to|per|citing|on|from|in)\s+(?P<onpage>{owner}\s+(?:own\s+)?{adjectives}{pages})\b"
        rf"|\b(?:according\s+to|per)\s+(?P<docs>{adjectives}{docs})\b",
        re.IGNORECASE,
    )


@per_lexicon
def _own_pages() -> str:
    """An organisation's own pages and reports ("its explorer", "its monthly report")."""
    nouns = lexicon.attribution_phrases("own_page_nouns")
    return alternation((*nouns, *lexicon.attribution_phrases("own_report_nouns")), space=r"\s+")


# the words before a filing's noun, none of a court's ("a court filing" is either party's)
_NOT_COURT = r"(?:(?!court\b|bankruptcy\b|legal\b)[\w-]+\s+){0,3}?"


@per_lexicon
def _speaks_as_organisation() -> re.Pattern[str]:
    """After a name, its verb of stating and then a filing to a stock exchange or a
    securities regulator ("said in a filing to the Tokyo Stock Exchange", "disclosed in an
    8-K", "told the ASX in a stock-exchange announcement"; not a court's), or "its" or "it"
    with a verb of its own ("said its users", "said it settled"): an organisation speaking
    of itself, as a person would be "he" or "she"."""
    aux, legal = cue_alternation("aux_words"), cue_alternation("legal_suffixes")
    verb = (
        rf"(?:,?\s*{legal}\b)?\.?\s*(?:\([^)\n]{{1,40}}\)\s*)?(?:,[^,.;!?\n]{{1,160}},\s*){{0,2}}"
        rf"(?:{aux}\s+){{0,3}}{cue_alternation('statement_verbs')}\b"
    )
    adjectives = _NOT_COURT
    filed = r"(?:\s+(?!that\b)[\w.&'’-]+){0,4}?\s+(?:in|with|to|via)\s+(?:a|an|its|the)\s+"
    being = r"(?:is|was|seems|appears|remains|means|looks|has\s+been)\b"  # "it was": no deed
    itself = rf"(?:\s+that)?\s+(?:its\b|it\s+(?!{being})[a-z]+(?:ed|s)\b)"
    return re.compile(
        rf"^{verb}(?:(?P<filed>{filed}{adjectives}{cue_alternation('filing_documents')}\b)|{itself})",
        re.IGNORECASE,
    )


@per_lexicon
def _described_ref() -> str:
    """A reference's kind noun with words before it that describe it ("the on-chain
    intelligence firm", "the Texas-based miner"): it points back as "the firm" does."""
    refs = (*lexicon.attribution_phrases("speaker_refs"), *lexicon.attribution_phrases("kind_refs"))
    kinds = alternation({p.split()[-1] for p in refs if p.startswith("the ")}, space=r"\s+")
    other = cue_alternation("other_referent_words")
    # written in lower case, or hyphenated ("Texas-based"): a capitalized run before a
    # capitalized kind ("The Swiss National Bank said") is a name, cited by the name rules
    word = rf"(?!(?:the|{other})\b)(?:[a-z][\w]*(?:-[\w]+)*|[\w]+(?:-[\w]+)+)"
    return rf"the\s+(?-i:(?:{word}\s+){{1,3}}?{kinds})\b"


def _reference_noun(ref: str) -> str:
    """ "the crypto insights firm" → "the firm"; a listed reference stays as written, and
    "the Frankfurt-based central bank" is "the central bank", a regulator's reference."""
    regulators = word_list("regulator_refs")
    if not ref.startswith("the ") or ref in _listed_refs() | regulators:
        return ref
    short = f"the {' '.join(ref.split()[-2:])}"
    return short if short in regulators else f"the {ref.split()[-1]}"


def _listed_refs() -> frozenset[str]:
    return word_list("speaker_refs") | word_list("kind_refs")


def _data_described(words: list[str]) -> bool:
    """ "on-chain analytics firm", "Paris-based data provider", "blockchain data platform":
    a data firm's description; "data" only right before its kind noun or of a provider
    ("the data center operator" is a miner or a host)."""
    if not word_list("data_descriptors").isdisjoint(words[:-1]) or words[-1] == "provider":
        return True
    return len(words) > 1 and words[-2] == "data"


@per_lexicon
def _page_after() -> re.Pattern[str]:
    """A provider's page after a name ("'s gaming categories", " DePIN category")."""
    pages = cue_alternation("provider_page_nouns")
    return re.compile(rf"(?:’s|'s)?\s+(?:[\w-]+\s+){{0,2}}?{pages}\b", re.IGNORECASE)


@per_lexicon
def _party_role() -> re.Pattern[str]:
    owner = r"(?:its|their|[A-Z][\w.&-]*['’]s)\s+(?:[\w-]+\s+)?"
    return re.compile(rf"\b{owner}{cue_alternation('party_role_nouns')}\b", re.IGNORECASE)


@per_lexicon
def _case_document() -> re.Pattern[str]:
    return re.compile(rf"\b{cue_alternation('case_documents')}$", re.IGNORECASE)


@per_lexicon
def _legal_action() -> re.Pattern[str]:
    return re.compile(rf"\b{cue_alternation('legal_actions')}\b", re.IGNORECASE)


@per_lexicon
def _cue_words() -> frozenset[str]:
    """The first word of every phrase a citation needs: a set lookup per word tells the
    sentences to read closely (a regex of all the phrases is many times slower)."""
    lists = (
        "citing_before",
        "citing_after_comma",
        "citing_nouns_after",
        "statement_verbs",
        "tally_verbs",
        "valuing_verbs",
        "document_nouns",
        "anonymous_voices",
        "forecast_verbs",
        "seeing_verbs",
        "forecast_nouns",
    )
    return frozenset(p.split()[0].lower() for n in lists for p in lexicon.attribution_phrases(n))


_WORDS = re.compile(r"[a-z0-9-]+")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def _whole_word_at(lowered: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` stands between ``start`` and ``end`` as a whole run of ``_WORDS``'
    characters (a run the start cuts in two is no word of the stretch; one the end cuts
    is read up to the end, as ``_WORDS`` reads it there)."""
    at = lowered.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or lowered[at - 1] not in _WORD_CHARS) and (
            after == end or lowered[after] not in _WORD_CHARS
        ):
            yield at
        at = lowered.find(word, at + 1, end)


_CAPITALIZED = re.compile(r"\b[A-Z][\w-]*")


@per_lexicon
def _first_words(*lists: str) -> frozenset[str]:
    return frozenset(p.split()[0].lower() for n in lists for p in lexicon.attribution_phrases(n))


@per_lexicon
def _cue_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """First words that cite a name after them, verbs of stating, first words that cite a
    name before them, and all of them (built once, not per sentence)."""
    before = _first_words("citing_before", "citing_after_comma")
    verbs = _first_words("statement_verbs")
    after = verbs | _first_words(
        "citing_nouns_after",
        "document_nouns",
        "forecast_verbs",
        "seeing_verbs",
        "forecast_nouns",
        "tally_verbs",
        "valuing_verbs",
    )
    return before, verbs, after, before | after


def _near_after(positions: list[int], pos: int, reach: int) -> bool:
    """A position in ``positions`` within ``reach`` characters after ``pos``."""
    i = bisect.bisect_left(positions, pos)
    return i < len(positions) and positions[i] <= pos + reach


def _near_before(positions: list[int], pos: int, reach: int) -> bool:
    """A position in ``positions`` within ``reach`` characters before ``pos``."""
    i = bisect.bisect_left(positions, pos - reach)
    return i < len(positions) and positions[i] < pos


@per_lexicon
def _reference_words() -> tuple[frozenset[str], ...]:
    """Words each kind of reference needs: a company noun, a document's head noun, a verb
    of stating, a verb of speaking (or forecasting), a word of forecasting."""

    def last_words(name: str) -> frozenset[str]:
        return frozenset(p.split()[-1].lower() for p in lexicon.attribution_phrases(name))

    return (
        last_words("speaker_refs") | last_words("kind_refs"),
        last_words("document_nouns")
        | last_words("own_page_nouns")
        | last_words("own_report_nouns")
        | last_words("filing_documents"),
        _first_words("statement_verbs"),
        _first_words("speech_verbs") | _first_words("forecast_verbs", "seeing_verbs"),
        _first_words("forecast_verbs", "seeing_verbs") | last_words("forecast_nouns"),
    )


@per_lexicon
def _organisation_usage() -> re.Pattern[str]:
    """A one-word capitalized name where the words around it make it an organisation."""
    name = r"(?P<name>[A-Z][A-Za-z0-9]+)"
    kinds, owned = (
        cue_alternation("organisation_kinds"),
        cue_alternation("organisation_possessions"),
    )
    roles = cue_alternation("personal_seats")  # "Saylor's board seat" is a person's
    return re.compile(
        rf"(?<![\w.-]){name}(?:['’]s\s+(?:[\w-]+\s+)?(?:{owned})\b(?!\s+(?:{roles})\b)"
        rf"|-listed\b"  # "-owned", "-backed" name an owner, as often a person or a state
        rf"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:{kinds})(?:\s*[,.;:)]|\s+{_KIND_ENDS}\b)"
        rf"|\s+(?:[a-z]+\s+)?[a-z]+ed\s+its\b)"
        rf"|\b[Ss]hares\s+(?:of|in)\s+(?P<held>[A-Z][A-Za-z0-9]+)\b"
    )


@per_lexicon
def _officer_after() -> re.Pattern[str]:
    """A one-word name right before an officer's title and a person's name ("Kindling
    chief executive Tomas Brandt", "Lumos CEO Hana Ito"): the officer's company."""
    officers = cue_alternation("executive_titles")
    return re.compile(
        rf"(?<![\w.-])([A-Z][A-Za-z0-9]+)\s+(?i:{officers})\s+[A-Z][a-z]+\s+[A-Z][a-z]"
    )


@per_lexicon
def _described_kind() -> re.Pattern[str]:
    """A one-word name right after a lower-case kind noun of an organisation ("analytics
    site Polyscope", "custodian Vaultra"), no capitalized word after it."""
    kinds = f"{cue_alternation('provider_nouns')}|{cue_alternation('organisation_kinds')}"
    return re.compile(rf"(?<![\w-])(?:{kinds})[ \t]+([A-Z][A-Za-z0-9]+)\b(?![ \t]+[A-Z]|[-.'’]\w)")


@per_lexicon
def _described_kind_names() -> re.Pattern[str]:
    """A name of two to four capitalized words right after a lower-case kind noun of an
    organisation ("research firm Holdings Lens", "the exchange Harbor Point"): a person's
    role ("fund manager Kyle Davies", "analyst Mia Cole") is no such noun."""
    kinds = cue_alternation("organisation_kinds")
    word = r"[A-Z][A-Za-z0-9]+"
    return re.compile(
        rf"(?<![\w-])(?:{kinds})[ \t]+({word}(?:[ \t]+{word}){{1,3}})\b(?![ \t]+[A-Z]|[-.'’]\w)"
    )


# words after an appositive's kind noun that leave it the head ("a lender based in", not "a
# fund manager")
_KIND_ENDS = r"(?:that|which|whose|based|in|on|with|from|for|of|and|behind|known)"


def _says_next(after: str) -> bool:
    """A verb of stating right after a name, a few adverbs allowed ("Predictra tallied",
    "Galvex has said"), not one past a clause; a form in -s may be a plural noun ("Because
    claims are fixed", "Exchange reports show"), "says" excepted."""
    m = _verb_next().match(after)
    return m is not None and (not m[0].endswith("s") or m[0].lower().endswith("says"))


@per_lexicon
def _reporter_after() -> re.Pattern[str]:
    """A reporter closing the sentence after a comma (", Kaiko added", ", the firm said")."""
    verbs = f"{cue_alternation('statement_verbs')}|{cue_alternation('closing_report_verbs')}"
    name = r"(?:the\s+\w+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
    return re.compile(rf",\s+{name}\s+(?:{verbs})\b")


@per_lexicon
def _tallies_next() -> re.Pattern[str]:
    """A verb of counting right after a name with a figure as its object ("Predictra
    tallied 640,000 traders"), not "counted for 58%" nor "counted on a rebound"."""
    aux, tally = cue_alternation("aux_words"), cue_alternation("tally_verbs")
    about = r"(?:about|around|roughly|nearly|almost|some|over|more\s+than|at\s+least)\s+"
    # an appositive or a relative clause may stand between ("X, which tracks large
    # transfers, counted 14,650 ETH"), as before a verb of valuing
    return re.compile(
        rf"(?:,[^,.;!?\n]{{1,80}},)?\s+(?:{aux}\s+){{0,3}}{tally}\s+(?:{about})?[$€£¥₹₩]?\d",
        re.IGNORECASE,
    )


@per_lexicon
def _values_at_next() -> re.Pattern[str]:
    """A verb of valuing after a name (an appositive between), its object, then "at" and
    the figure ("put Tuesday's net outflow at $142 million", "pegged the haul at close to
    $9.8 million");
    the object holds no figure of its own ("put $1.1 billion into bitcoin at ..." is a
    purchase) and no end of clause."""
    aux, valuing = cue_alternation("aux_words"), cue_alternation("valuing_verbs")
    about = r"(?:(?:about|around|roughly|nearly|almost|some|just|close\s+to|more\s+than)\s+)?"
    # not its own ("put its withdrawal limit at 50 BTC" sets a figure, states none), nor
    # an indefinite one ("placed an order at $3,000", "put a floor at 2%"): a thing set at
    # a level, no quantity valued
    # the first "at" ends it ("placed the token at the top of its queue at 10 a.m." puts
    # no figure on the token)
    obj = (
        r"(?!(?:its|their|our|an?)\b)"
        r"(?P<obj>(?:(?!\bat\b)[^\d$€£¥₹₩.;:!?()\n\u2014]){2,100}?)"
    )
    # a clock time is when, no value ("put deposits on hold at 14:00 UTC")
    clock = r"(?!\d{1,2}(?::\d\d|(?::\d\d)?\s*(?:a\.m|p\.m|am\b|pm\b|utc\b|gmt\b|et\b)))"
    return re.compile(
        rf"(?:,[^,.;!?\n]{{1,80}},)?\s+(?:{aux}\s+){{0,3}}{valuing}\s+{obj}\s+at\s+{about}"
        rf"[$€£¥₹₩]?{clock}\d",
        re.IGNORECASE,
    )


def _values_at(after: str) -> bool:
    """The text after a name puts a figure on something (:func:`_values_at_next`), and
    what it puts at the figure is no order placed at a price ("placed sell orders at
    $3,500", "put bids at $60,000": a trade's level, no value stated)."""
    found = _values_at_next().match(after)
    if found is None:
        return False
    head = found["obj"].split()[-1].lower()
    return head not in word_list("placed_orders")


@per_lexicon
def _verb_next() -> re.Pattern[str]:
    aux = cue_alternation("aux_words")
    return re.compile(
        rf"\s+(?:{aux}\s+){{0,3}}{cue_alternation('statement_verbs')}\b", re.IGNORECASE
    )


@per_lexicon
def _executive_before() -> re.Pattern[str]:
    """An officer's title right before a name, no organisation written with it (read on
    the text before the name alone: its start is the sentence's or the reach's)."""
    return re.compile(
        rf"(?:^\W*|[,;:(—–]\s*|\b(?:and|its|the)\s+|(?:’s|'s)\s+)"
        rf"{cue_alternation('executive_titles')}\s*,?\s+$",
        re.IGNORECASE,
    )


@per_lexicon
def _descriptor_before() -> re.Pattern[str]:
    return re.compile(rf"\b{cue_alternation('org_descriptors')}\s+$")


@per_lexicon
def _said_before() -> re.Pattern[str]:
    """A verb of stating ending the text before a document ("said in a statement")."""
    return re.compile(rf"\b{cue_alternation('statement_verbs')}\s+$", re.IGNORECASE)


@per_lexicon
def _anonymous() -> re.Pattern[str]:
    """An unnamed voice speaking ("analysts warn", "experts say"), or a "he"/"she"
    forecasting ("He expects QKA to find support at"): the person named before speaks."""
    verbs = cue_alternation("statement_verbs") + r"|warn|warned|warns|argue|argued|argues|believe"
    return re.compile(
        rf"\b(?:{cue_alternation('anonymous_voices')}\s*(?:,\s*who\s+)?"
        rf"(?:(?:also|have|had|now|still)\s+)?(?:{verbs})\b(?!\s+on\s+(?:a|an|the)\b)"
        rf"|{_forecasting_voice().pattern})",  # "traders counted on a"
        re.IGNORECASE,
    )


@per_lexicon
def _forecasting_voice() -> re.Pattern[str]:
    """A "he"/"she" forecasting ("She expects", "he now sees BTC at"), not one saying."""
    return re.compile(rf"(?:he|she)\s+(?:(?:also|now|still)\s+)?{_foresight()}", re.IGNORECASE)


@per_lexicon
def _lexicon_names() -> dict[str, str]:
    """Every source and venue name, also without spaces, to canonical ("nansen" → Nansen)."""
    found: dict[str, str] = {}
    for entry in (*lexicon.sources(), *lexicon.venues()):
        for n in entry.names:
            found.setdefault(n, entry.name)
            found.setdefault(n.replace(" ", ""), entry.name)
    return found


@per_lexicon
def known_names() -> frozenset[str]:
    """The lower-case names of every source and venue the lexicon knows."""
    return frozenset(_lexicon_names())


def is_data_provider(name: str) -> bool:
    """Whether the lexicon lists ``name`` as a data provider, analytics or security firm."""
    return _source_kinds().get(name) in _DATA_KINDS


@per_lexicon
def _source_kinds() -> dict[str, str]:
    return {e.name: e.kind for e in lexicon.sources()}


@per_lexicon
def _stock_names() -> dict[str, tuple[str, ...]]:
    return {e.id: tuple(e.names) for e in lexicon.assets() if e.kind in _COMPANY_ASSETS}


@per_lexicon
def _issuers() -> dict[str, str]:
    return {e.id: e.issuer for e in lexicon.assets() if e.issuer}


@dataclass(frozen=True, slots=True)
class _Entity:
    name: str
    kind: str  # provider, org, person, plain


class _Reader:
    """Citations of one article, read once."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.lowered = self.text.lower()
        self.sentences = frozenset(ctx.structure.sentences)
        self._words_of: dict[Span, frozenset[str]] = {}
        self._names_of: dict[Span, list[Name]] = {}
        self.unlisted: set[str] = set()  # organisations no lexicon lists, set with ``orgs``
        self._headline = title_case_lines(ctx)
        self._cited_in: dict[Span, list[Citation]] = {}

    def words(self, sent: Span) -> frozenset[str]:
        """The lowercase words of a sentence, read when first asked for (most sentences
        of an article hold no figure and are never asked about)."""
        found = self._words_of.get(sent)
        if found is None:
            found = self._words_of[sent] = frozenset(_WORDS.findall(self.lowered, *sent))
        return found

    def names(self, sent: Span) -> list[Name]:
        """The names of a sentence, read when first asked for."""
        found = self._names_of.get(sent)
        if found is None:
            found = [] if self._headline(sent[0]) else names_in(self.text, *sent)
            found = [n for n in found if not self._in_amount(n)]
            if found and _opens(self.text, sent, found[0]):
                found[0] = _without_opening_word(found[0])
            self._names_of[sent] = found
        return found

    def _sentences_with(
        self, words: frozenset[str], pattern: re.Pattern[str] | None = None
    ) -> Iterator[Span]:
        """The sentences holding one of ``words`` (or matching ``pattern``): the only
        ones a question about names needs to read."""
        for sent in self.ctx.structure.sentences:
            if not self.words(sent).isdisjoint(words) or (
                pattern and pattern.search(self.text, *sent)
            ):
                yield sent

    @cached_property
    def surnames(self) -> set[str]:
        """Last words of the article's two- and three-word personal names."""
        not_names, orgs = word_list("not_names"), word_list("org_words")
        return {
            m[2]
            for m in _PERSONAL_NAME.finditer(self.text)
            if m[1].lower() not in not_names and m[2].lower() not in orgs
        }

    def _in_amount(self, n: Name) -> bool:
        """A figure's own words are no name ("$1.2 Billion")."""
        before = self.ctx.amounts_in((n.start - _LONGEST_NAME, n.start + 1))
        return bool(before) and before[-1].end >= n.end

    # --- what a name is -------------------------------------------------------------

    def entity(self, n: Name, *, org_slot: bool = False) -> _Entity | None:
        """The cited entity a name stands for, or None when it names no organisation
        or person (a coin, a month, a common word)."""
        span = (n.start, n.end)
        sources = self._covering("source", n)
        if sources and (kind := _source_kinds().get(sources[-1].value)):
            return _Entity(sources[-1].value, "provider" if kind in _DATA_KINDS else "org")
        if venues := self._covering("venue", n):
            return _Entity(venues[-1].value, "org")
        assets = self._covering("asset", n)
        if person_shaped(n):
            # "Mara Quintero": a listed company's name as a person's first name (its
            # mention ends inside the name), no company speaking
            assets = [m for m in assets if m.asset_kind not in _COMPANY_ASSETS or m.end >= n.end]
        if stocks := [m for m in assets if m.asset_kind in _COMPANY_ASSETS]:
            return _Entity(self._company_name(stocks[-1]), "org")
        if assets and len(n.words) <= 2:
            return None  # "Bitcoin", "Ether"
        if self.ctx.times_in(span):
            return None
        text = self._clean(n)
        if known := self._known(text):
            return known
        if len(n.words) == 1 and text in self.used_as_organisation:
            # "Corvane's board ... Corvane said" (its site's "corvane.com" no common word);
            # "Bernholt" after "Bernholt & Co." is that firm
            return _Entity(self._short_for(text) or text, "org")
        if len(n.words) == 1 and self._common(n):
            return None
        if (m := _LISTING_AFTER.match(self.text, n.end)) and (
            m["market"] or m["ticker"] != _initials(n)
        ):
            # "Hashgrove Mining (HGRV) said": a listed company; a person's initials
            # ("Sam Bankman-Fried (SBF)", "Changpeng Zhao (CZ)") are no listing
            return _Entity(text, "org")
        if text in self.described_as_organisation:
            # "analytics site Polyscope ... Polyscope expects"; "research firm Holdings
            # Lens ... Holdings Lens said": of a person's shape, yet called a firm
            return _Entity(text, "org")
        if org_slot or org_shaped(n) or self._described(n) or _regulator(n):
            return _Entity(text, "org")  # "the Financial Supervisory Service said"
        if self._speaks_as_organisation(n):
            return _Entity(text, "org")  # "Strata Nodes said it", "the Meridian tracker"
        if person_shaped(n) or (n.words[-1] in self.surnames and len(n.words) == 1):
            return _Entity(text, "person")
        return _Entity(text, "plain")

    def _speaks_as_organisation(self, n: Name) -> bool:
        """Whether the article treats the name as an organisation (:mod:`speakers`); a
        single word only by a kind noun around it, as a common word may open a sentence
        with "its" after it."""
        sent = self.ctx.sentence_of(n.start)
        read = read_speaker(self.text, n, sent, self.ctx.paragraph_of(n.start))
        if len(n.words) > 1 or not read.organisation:
            return read.organisation
        return read_speaker(self.text, n, sent, sent, single=True).organisation

    @cached_property
    def used_as_organisation(self) -> frozenset[str]:
        """One-word names the article uses as an organisation somewhere: what only a firm
        has ("Corvane's board", "shares of Dravik", "Orvane-controlled wallets"), an
        appositive that calls it one ("Quillon, a Singapore-based crypto lender,") or "its"
        after its own verb ("Mintaro launched its wallet"); a person has none of them."""
        used = {m["name"] or m["held"] for m in _organisation_usage().finditer(self.text)}
        # an officer's company only where the article writes it inside a sentence too:
        # "Former chief executive Jane Doe" opens a sentence with an adjective, no firm
        titled = {m[1] for m in _officer_after().finditer(self.text)}
        used |= {w for w in titled if re.search(rf"[a-z,;] {re.escape(w)}\b", self.text)}
        return frozenset(w for w in used if not self._name_part(w))

    @cached_property
    def described_as_organisation(self) -> frozenset[str]:
        """One-word names the article calls by an organisation's kind noun somewhere
        ("analytics site Polyscope", "the exchange Orvane"): the article's word for what it
        is holds wherever it names it again ("Polyscope expects ...")."""
        kinds = _described_kind()
        one = {m[1] for m in kinds.finditer(self.text) if not self._name_part(m[1])}
        return frozenset(one | {m[1] for m in _described_kind_names().finditer(self.text)})

    def _plural_opener(self, n: Name) -> bool:
        """A one-word plural opening its sentence that the article never writes capitalized
        elsewhere nor uses as a firm ("Memecoins tallied", "Derivatives counted"): a common
        noun capitalized by its place, a class of assets or traders, no speaker."""
        word = n.words[0]
        if len(n.words) > 1 or not re.fullmatch(r"[A-Z][a-z]+[^su]s", word):
            return False
        if word in self.used_as_organisation:
            return False
        inside = re.search(rf"(?<=[\w,;:] ){re.escape(word)}\b", self.text)
        return inside is None

    def _name_part(self, word: str) -> bool:
        """Whether the article writes ``word`` as the last word of a longer name ("Justin
        Sun", "Michael Saylor", "El Salvador"): a surname or a place, whatever it owns; a
        word the article also writes in lowercase opens no name ("About Orvane")."""
        for m in re.finditer(rf"(?<![\w.-])([A-Z][a-z]+)\s+{re.escape(word)}\b", self.text):
            first = m[1].lower()
            if first not in word_list("not_names") and first not in self.lower_words:
                return True
        return False

    def _covering(self, kind: str, n: Name) -> list[Mention]:
        """Lexicon mentions overlapping the name ("The Block" around "Block")."""
        near = self.ctx.in_span(kind, (n.start - _LONGEST_NAME, n.end))
        return [m for m in near if m.end > n.start and m.start < n.end]

    def _known(self, text: str) -> _Entity | None:
        key = text.lower()
        stem = key.split(".")[0] if is_domain(key) else key
        for k in (key, key.replace(" ", ""), stem):
            if k in _lexicon_names():
                name = _lexicon_names()[k]
                kind = _source_kinds().get(name)
                return _Entity(name, "provider" if kind in _DATA_KINDS else "org")
        return None

    @cached_property
    def lower_words(self) -> set[str]:
        """The words the article writes in lowercase (not after a sentence's end)."""
        return set(re.findall(r"(?<![.!?]\s)\b[a-z][a-z-]+\b", self.text))

    def _common(self, n: Name) -> bool:
        """A capitalized word the article also writes in lowercase is a common word."""
        word = n.words[0]
        return word.lower() in self.lower_words and not any(c.isupper() for c in word[1:])

    def _company_name(self, m: Mention) -> str:
        """A listed company as the article writes its main name ("GameStop")."""
        company = _issuers().get(m.value, m.value)
        names = _stock_names().get(company, ())
        # a company the lexicon does not know goes by the name its ticker followed
        main = (
            names[0] if names else introduced_name(self.text, m.value) or self.text[m.start : m.end]
        )
        found = re.search(rf"\b{re.escape(main)}\b", self.text, re.IGNORECASE)
        return found.group() if found and not found.group().islower() else main.title()

    # --- people and whom they speak for ---------------------------------------------

    @cached_property
    def people(self) -> dict[str, str]:
        """Person names (full and surname) → the organisation the article ties them to."""
        people: dict[str, str] = {}
        for sent in self._sentences_with(word_list("person_titles"), _NAME_OF):
            ns = self.names(sent)
            for i, n in enumerate(ns):
                if not person_shaped(n) or self._common(n) or self.entity(n) is None:
                    continue  # "Get Windows from Ubuntu" is no person
                org = self._employer(n, ns[:i], ns[i + 1 :], sent)
                if org:
                    people.setdefault(n.text, org)
                    people.setdefault(n.words[-1], org)
        return people

    @cached_property
    def officers(self) -> set[str]:
        """Person names (full and surname) the article gives a company officer's title
        ("Circle CEO Jeremy Allaire", "Michael Saylor, executive chairman of Strategy")."""
        found: set[str] = set()
        titles = _officer_title()
        for sent in self._sentences_with(word_list("person_titles"), _NAME_OF):
            for n in self.names(sent):
                if not person_shaped(n):
                    continue
                before = self.text[max(sent[0], n.start - 30) : n.start]
                after = re.match(r",[^,.;]{0,80}", self.text[n.end : sent[1]])
                if titles.search(before + " " + (after[0] if after else "")):
                    found.update((n.text, n.words[-1]))
        return found

    def _officer(self, n: Name) -> bool:
        return n.text in self.officers or n.words[-1] in self.officers

    def _employer(self, person: Name, before: list[Name], after: list[Name], sent: Span) -> str:
        text = self.text
        titles = cue_alternation("person_titles")
        following = text[person.end : sent[1]]
        role = re.match(
            rf",\s*(?:(?:a|an|the)\s+)?[^,.;()]{{0,80}}?\b{titles}\b[^,.;()]{{0,60}}?"
            rf"\b(?:at|of|for|with|from)\s+",
            following,
            re.IGNORECASE,
        )
        of = re.match(r"\s+(?:of|at)\s+(?:the\s+)?(?=[A-Z0-9])", following)
        found = role or of
        if found and not re.search(r"\bformer\b", following[: found.end()], re.IGNORECASE):
            end = found.end()
            clause_end = re.search(r"[,.;()]|\s(?:who|which|and|said|says)\s", following[end:])
            stop = person.end + end + (clause_end.start() if clause_end else 200)
            inside = [n for n in after if n.start < stop]
            for n in reversed(inside):
                if _POSSESSED.search(text, person.end, n.start):
                    continue  # "in Standard Chartered's Singapore unit": the unit's place
                if _IN_PLACE.search(text, person.end, n.start) and not _POSSESSOR.match(
                    text, n.end
                ):
                    continue  # "a strategist at Lowell & Grange in New York": the city, but
                    # "in Standard Chartered's digital assets unit" names the employer
                e = self.entity(n, org_slot=bool(role))
                if e and e.kind in ("org", "provider"):
                    return e.name  # "Tony Ke, head of security research at Fuzzland"
        for n in reversed(before):
            between = text[n.end : person.start]
            if len(between) > 60 or not re.search(rf"\b{titles}\b", between, re.IGNORECASE):
                continue
            titled = re.fullmatch(
                rf"(?:’s|'s)?\s+(?:[\w-]+\s+){{0,4}}?{titles}{_TITLE_FIELD}\s*,?\s*",
                between,
                re.I,
            )
            if titled and (e := self.entity(n)) and e.kind in ("org", "provider"):
                return e.name  # "Bybit CEO Ben Zhou", "Kronos Research CIO Vincent Liu"
            break
        if _executive_before().search(text[max(sent[0], person.start - 40) : person.start]):
            # "Chief executive Karin Lindqvist said": the officer of the company told of
            return self._named_before(person.start, "company") or ""
        return ""

    # --- the citations --------------------------------------------------------------

    def citations(self) -> list[Citation]:
        found = [c for sent in self.ctx.structure.sentences for c in self.in_sentence(sent)]
        return sorted(found, key=lambda c: c.start)

    def in_sentence(self, sent: Span) -> list[Citation]:
        """The citations of one sentence (none for a span that is no sentence), read when
        first asked for: a sentence's citations depend on it and on article-wide facts
        only, so most articles never need those of their sentences without figures."""
        found = self._cited_in.get(sent)
        if found is None:
            found = self._cited_in[sent] = (
                sorted(map(self._by_full_name, self._in_sentence(sent)), key=lambda c: c.start)
                if sent in self.sentences
                else []
            )
        return found

    def _by_full_name(self, c: Citation) -> Citation:
        if c.name is None:
            return c
        if c.name in self.aliases:
            return replace(c, name=self.aliases[c.name])
        initials = self._initials_written(c.name)
        return replace(c, name=initials) if initials else c

    def _initials_written(self, name: str) -> str | None:
        """The initials of an agency's name where the article also writes them alone
        ("the Hong Kong Monetary Authority" ... "the HKMA said"): the name it goes by."""
        words = tuple(name.split())
        if len(words) < 2 or not _regulator(Name(0, len(name), words)) or self._known(name):
            return None
        initials = "".join(w[0] for w in words if w[0].isupper())
        if len(initials) < 2 or initials not in self._acronyms_written:
            return None
        return initials

    @cached_property
    def _acronyms_written(self) -> frozenset[str]:
        return frozenset(re.findall(r"(?<![\w-])[A-Z]{2,7}(?![\w-])", self.text))

    @cached_property
    def crossing(self) -> list[tuple[Mention, Span]]:
        """Sources named across the end of their sentence: the only citations that reach
        past it (every other one lies within its sentence)."""
        return [
            (m, sent)
            for sent in self.ctx.structure.sentences
            for m in self.ctx.in_span("source", sent)
            if m.end > sent[1]
        ]

    def _in_sentence(self, sent: Span) -> Iterable[Citation]:
        text = self.text
        own = _own_data().search(text, *sent) if "our" in self.words(sent) else None
        if own and not _spoken(text, sent, own.start()):  # not a quoted CEO's "our data"
            yield Citation(own.start(), own.end(), None, sent)  # "per our monitoring"
        if self.words(sent).isdisjoint(_cue_words()):
            yield from self._presence(sent)
            return  # no word of citing: only providers named outright
        ns = self.names(sent)
        cues, verbs, follow = self._cue_positions(sent)
        citing = sorted(cues + verbs)  # bisected: the two sorted lists merged in order
        for n in ns:
            if not _near_before(citing, n.start, _CUE_REACH) and not _near_after(
                follow, n.end, _FOLLOW_REACH
            ):
                continue  # no citing word around it
            n = _without_citing_tail(n)
            before = text[max(sent[0], n.start - _CUE_REACH) : n.start]
            after = text[n.end : min(sent[1], n.end + 220)]
            if after.startswith(",") and _APPOSED_BEFORE.search(before):
                after = after[1:]  # "The country's largest exchange, Hanbit, said": it speaks
            if _document_after().match(after):
                continue  # "per SEC filings": the filer speaks, found with the references
            if _COMPILED_AFTER.match(after):
                continue  # "Deribit data compiled by Laevitas": the compiler is cited
            if _page_after().match(after) and (
                _POSSESSED.search(before) or not after.startswith(("'s", "’s"))
            ):
                continue  # "CoinMarketCap's DePIN category", "The DePIN category": a sector
            cued = bool(_noun_after().match(after)) or (
                _near_before(cues, n.start, _CUE_REACH) and _cited_before(before)
            )
            speaks = not n.possessive and bool(_verb_after().match(after))
            # "trades on Orbex, which says it handled": a relative of speech is the name's
            speaks = speaks and (
                not _place_before().search(before) or speaks_in_relative(text, n, sent)
            )
            speaks = speaks and not self._in_apposition(n, ns)
            quoted = (
                not cued
                and not speaks
                and _near_before(verbs, n.start, _CUE_REACH)
                and bool(_verb_before().search(_without_description(before)))
            )
            foresees = (
                not cued
                and bool((_forecast_owned() if n.possessive else _forecast_after()).match(after))
                and not _place_before().search(before)
                and not self._in_apposition(n, ns)
            )
            tallies = not n.possessive and bool(_tallies_next().match(after))
            values = not n.possessive and _values_at(after)
            clause = self._clause_subject(sent, n) if tallies or values else None
            tallies = tallies and clause is not None
            # a subject opening a later clause speaks from there on, its sentence's other
            # clauses keep theirs ("X counts $2.3 million ..., and Y puts the share at 18%")
            within = None if clause is None or clause == sent[0] else (clause, sent[1])
            if values and clause is not None:
                valued = self._valuer(sent, n)  # "Tracker X put the outflow at $142 million"
                if valued is not None:
                    yield Citation(n.start, n.end, valued, sent, scope=within)
                    continue
            if not (cued or speaks or quoted or foresees or tallies):
                continue
            entity = self.entity(n) or (self._coin_project(n) if speaks else None)
            if entity is None or (entity.kind == "plain" and self._plural_opener(n)):
                continue  # "Memecoins tallied $2 billion", "Shorts reported": no speaker
            if speaks and self._itself_speaking(n, entity, after, before):
                # "Hanwa Mining said in a filing to"; "Zephyr says it" is Zephyr Labs
                entity = _Entity(self._speaker(n, entity) or entity.name, "org")
            if self._body_by_article(n, entity, before) and (
                speaks or _noun_after().match(after) or not _LOWER_WORD.match(after)
            ):
                # "according to the Bank for International Settlements", "the World Gold
                # Council said": a person takes no article, a body does; a name before a
                # noun of its own is a modifier ("the Donald Trump campaign"), no body
                entity = _Entity(entity.name, "org")
            name = self._speaker(n, entity)
            data = _DATA_BEFORE.search(before) or (
                _DATA_AFTER.match(after) and not _opens(text, sent, n)
            )
            # "according to Russell", "Recent data shows": a surname or a word; "on-chain data
            # from Birdeye", "Birdeye data show" cite a provider
            plain = entity.kind == "plain" and name is None
            if tallies and not (cued or speaks or quoted or foresees) and not data:
                # "Upbit counted 2 million traders": its own figure, weakest of all; an
                # unknown one ends the source carried from the sentence before; a reporter
                # closing the sentence beats it (", Kaiko added")
                if _reporter_after().search(text, n.end, sent[1]):
                    continue
                itself = entity.kind != "provider" and name is not None  # a venue's own count
                yield Citation(n.start, n.end, name, sent, False, not itself, within)
                continue
            if plain and not cued and not data and _opens(text, sent, n) and _says_next(after):
                # "Predictra tallied 640,000 traders": a speaker of its own, if unknown,
                # ends the source carried from an earlier sentence; weakest of all, it
                # yields to any citation of its sentence ("Taxpayers reported ..., the
                # agency said")
                yield Citation(n.start, n.end, None, sent, structural=False)
                continue
            if plain and (cued or _opens(text, sent, n)) and not data:
                continue
            if plain and data:
                name = entity.name
            # a forecast is its forecaster's own figure, a price's as well; a person speaks
            # for their firm as an analyst does, of the market's data too (a quotation's
            # speaker still only their own words)
            # speaker still only their own words): an analyst, not a company's own officer
            # ("Circle CEO Jeremy Allaire said ether's slide to $2,400 ..." is Circle
            # speaking for itself), and in their own sentence only
            analyst = (
                entity.kind == "person" and not quoted and not self._officer(n) and name is not None
            )
            provider = entity.kind == "provider" or cued or name is None or foresees
            # a tag closing a quotation governs the quotation; one naming what kind of body
            # speaks after the outlet's own words (", estimates analytics site X") is their
            # citation, inverted, as "X estimates" is (", said Skaik" stays a person's words)
            inverted = quoted and _without_description(before) != before
            inverted = inverted and not _closes_quotation(text, sent, n.start)
            scope = _quotation(text, sent, n.start) if quoted and not inverted else None
            if foresees and n.possessive:  # "Goldman's target was $X; bitcoin ended at $Y"
                scope = (sent[0], _clause_end(text, n.end, sent[1]))
            if analyst and not provider:
                yield Citation(n.start, n.end, name, sent, True, True, sent, foresees)
            yield Citation(n.start, n.end, name, sent, True, provider, scope, foresees)
        yield from self._references(sent)
        yield from self._presence(sent)
        if self.words(sent).isdisjoint(word_list("anonymous_voices")):
            return
        for m in _anonymous().finditer(text, sent[0], sent[1]):
            owner = re.search(r"([A-Z][\w.-]*)\s+$", text[max(sent[0], m.start() - 30) : m.start()])
            if not owner or owner[1].lower() in word_list("not_names"):
                # not "Glassnode analysts said"; "she expects" is the person named before
                spoken = self._pronoun_speaker(m.start()) if _PRONOUN.match(m[0]) else None
                # a pronoun's person governs their own sentence, as a quotation's speaker
                # governs the quotation: the paragraph goes on in the article's voice
                scope = sent if spoken else None
                if spoken and _forecasting_pronoun(m[0]):
                    # "He expects X at $Y, after it rose to $Z": a forecast owns its own
                    # clause; the observed market figures after the comma are no one's
                    scope = (sent[0], _forecast_clause_end(text, m.end(), sent[1]))
                yield Citation(m.start(), m.end(), spoken, sent, scope=scope)
                if spoken:  # yet it ends an earlier source's carry, as an untied voice does
                    yield Citation(m.start(), m.end(), None, sent)

    @staticmethod
    def _body_by_article(n: Name, entity: _Entity, before: str) -> bool:
        """A name of two words or more, "the" before it, read as no organisation: a body
        ("the World Gold Council", "the Receita Federal"), as a person takes no article; a
        measure it publishes ("the Altcoin Season Index") is none."""
        return (
            entity.kind in ("plain", "person")
            and len(n.words) > 1
            and bool(_THE_BEFORE.search(before))
            and n.words[-1].lower() not in word_list("measure_heads")
        )

    def _valuer(self, sent: Span, n: Name) -> str | None:
        """The organisation that puts a figure on something as its clause's subject (the
        caller has found it so: ``_clause_subject``; "Tracking site X", "Korea-focused
        tracker X"), when the article reads it as an organisation or a description says it
        is one; a bare word that may be a surname ("Kessler puts fair value at") is no
        one's."""
        run = describing_run(self.text[sent[0] : n.start])
        entity = self.entity(n)
        if entity is None:
            return None
        if entity.kind in ("org", "provider"):
            return self.canonical(entity.name)
        if entity.kind == "person":  # of a person's shape, yet "tracker Dunamis Lens"
            kinds = word_list("provider_nouns") | word_list("org_descriptors")
            return entity.name if run and run[-1].group() in kinds else None
        return entity.name if run else None

    def _clause_subject(self, sent: Span, n: Name) -> int | None:
        """The name is the subject of its clause: it opens the sentence or a clause of it
        (after a colon, a semicolon, "and", "while", "but": "Estimates differ: X counts
        ...", "..., while tracker Y puts losses at"), alone, after "The" or after the
        lower-case run that says what it is, no person's title; the clause's start, or
        None."""
        start = self.ctx.clauses.clause_at(n.start, n.end, sent)[0]
        ahead = self.text[start : n.start]
        run = describing_run(ahead)
        if run and run[-1].group() in word_list("person_titles"):
            return None
        lead = ahead[: run[0].start()] if run else ahead
        return start if (_VALUER_LEAD if run else _OPENING_THE).fullmatch(lead) else None

    def _pronoun_speaker(self, pos: int) -> str | None:
        """The organisation of the person a "he"/"she" at ``pos`` stands for: the last
        person named in its paragraph or the few before it, when the article ties them to
        one ("Ana Kowal, chief economist at Varda Bank. ... She expects")."""
        paragraphs = self.ctx.structure.paragraphs
        k = bisect.bisect_right(paragraphs, (pos, len(self.text) + 1)) - 1
        lo = paragraphs[max(0, k - _PRONOUN_REACH)][0] if k >= 0 else 0
        for sent in reversed(self.ctx.structure.sentences):
            if sent[0] >= pos:
                continue
            if sent[1] <= lo:
                break
            named = [n for n in self.names(sent) if n.end <= pos]
            for k, n in reversed(list(enumerate(named))):
                entity = self.entity(n)
                if entity is None or entity.kind != "person":
                    continue
                if self._in_city(sent, n):
                    continue  # "an economist at Capital Norte in Buenos Aires": a city
                if self._employs(named[:k], entity.name):
                    continue  # "Tomasz Wren, an analyst at Kestrel Dataworks": the firm
                if self._other_human_between(n, sent, pos) or self._another_person(n, lo):
                    return None  # "Tron founder Sun ... He said": not the person before
                return self._speaker(n, entity)
        return None

    def _employs(self, before: list[Name], name: str) -> bool:
        """A person named in ``before`` speaks for ``name``: it is their firm, whatever
        shape of a person's name it has ("a research analyst at Kestrel Dataworks")."""
        for n in before:
            entity = self.entity(n)
            if entity is not None and entity.kind == "person" and self._speaker(n, entity) == name:
                return True
        return False

    def _another_person(self, person: Name, lo: int) -> bool:
        """A different person named before ``person`` in its paragraph: two people a
        "he"/"she" may stand for, and no reading of gender here to choose (one named in an
        earlier paragraph is an earlier topic)."""
        own = self.text[person.start : person.end]
        lo = max(lo, self.ctx.paragraph_of(person.start)[0])
        for sent in self.ctx.structure.sentences:
            if sent[1] <= lo or sent[0] > person.start:
                continue
            for n in self.names(sent):
                if n.end > person.start or n.start < lo:
                    continue
                entity = self.entity(n)
                if entity is not None and entity.kind == "person":
                    other = self.text[n.start : n.end]
                    if other not in own and own.split()[-1] not in other:
                        return True
        return False

    def _other_human_between(self, person: Name, sent: Span, pos: int) -> bool:
        """Someone else a pronoun may stand for, between the person's sentence and it: a
        role word ("an anonymous trader", "the exchange's chief executive"), another person
        or a surname alone ("Saylor, for his part")."""
        between = (sent[1], pos) if sent[1] < pos else (pos, pos)
        if _role_word().search(self.text, *between):
            return True
        for s in self.ctx.structure.sentences:
            if s[1] <= between[0] or s[0] >= between[1]:
                continue
            for n in self.names(s):
                if n.end > pos or n.start < between[0] or _in_quotation(self.text, s, n.start):
                    continue  # the person's own words ("Anything under $40 ...," she says)
                entity = self.entity(n)
                if entity is not None and (
                    entity.kind == "person" or (entity.kind == "plain" and len(n.words) == 1)
                ):
                    return True
        # another person in the person's own sentence ("Ana Kowal ... spoke with Dan Cole"),
        # not the firm they speak for ("Tomasz Wren, an analyst at Kestrel Dataworks") nor
        # the city it is in ("an economist at Capital Norte in Buenos Aires")
        return any(
            n.start > person.end
            and (e := self.entity(n)) is not None
            and e.kind == "person"
            and not self._employs([person], e.name)
            and not self._in_city(sent, n)
            for n in self.names(sent)
            if n.end <= pos
        )

    def _coin_project(self, n: Name) -> _Entity | None:
        """A coin's name as the subject of a verb of stating ("Immutable said it would cut
        its fee", "Ondo said OUSG held"): a coin says nothing, the project behind it does,
        by the longer name the article gives it ("Ondo" → Ondo Finance) or its own; a fund
        ("BlackRock's IBIT reported") is no project."""
        coins = [
            m
            for m in self._covering("asset", n)
            if m.asset_kind == "crypto" and (m.start, m.end) == (n.start, n.end)
        ]
        if not coins or n.possessive:
            return None  # "ETF Flow Monitor estimates": a name holding a coin's, no coin
        text = self._clean(n)
        return _Entity(self._short_for(text) or text, "org")

    def _in_city(self, sent: Span, n: Name) -> bool:
        """The name stands after "in" or "based in" in its sentence ("a strategist at
        Capital Norte in Buenos Aires"): a place, whatever person's shape it has."""
        return bool(_IN_PLACE.search(self.text, sent[0], n.start))

    def _cue_positions(self, sent: Span) -> tuple[list[int], list[int], list[int]]:
        """Where the sentence's words that cite a name after them, its verbs of stating,
        and the words that cite a name before them (verbs, citing nouns) start: a name far
        from all of them needs no pattern tried on it."""
        before_words, verbs, after_words, either = _cue_sets()
        cues: list[int] = []
        stating: list[int] = []
        follow: list[int] = []
        # only the few citing words the sentence holds are looked for, not every word read
        for word in self.words(sent) & either:
            at = list(_whole_word_at(self.lowered, word, *sent))
            if word in before_words:
                cues += at
            if word in verbs:
                stating += at
            if word in after_words:
                follow += at
        return sorted(cues), sorted(stating), sorted(follow)

    def _in_apposition(self, n: Name, ns: list[Name]) -> bool:
        """ "Chi Onwurah, the Labour MP for ..., said": a name in an appositive to an
        earlier one is not the subject of the verb after it."""
        for head in ns:
            if head.end < n.start and _in_apposition().fullmatch(self.text, head.end, n.start):
                return self.entity(head) is not None
        return False

    def _itself_speaking(self, n: Name, entity: _Entity, after: str, before: str) -> bool:
        """A name read as a person or as a plain word that speaks as an organisation: in a
        filing to a stock exchange, or (a name no person's shape) of itself as "it"; a
        person the article ties to a firm stays that person, and the tail of a longer name
        ("Pay" of "Solana Pay", "Core" of "Bitcoin Core") is no one."""
        if entity.kind not in ("plain", "person") or self.people.get(n.text):
            return False
        if _CAPITAL_BEFORE.search(before):
            return False
        m = _speaks_as_organisation().match(after)
        return m is not None and (m["filed"] is not None or entity.kind == "plain")

    def _speaker(self, n: Name, entity: _Entity) -> str | None:
        if entity.kind == "person":
            return self.people.get(n.text) or self.people.get(n.words[-1])
        if entity.kind == "plain":
            # "Zephyr says" after "Zephyr Labs": the firm's short name; a bare "Fuzzland
            # said" could be a surname as well as a firm
            return self.people.get(n.text) or self._short_for(n.text)
        return entity.name

    def _short_for(self, word: str) -> str | None:
        """The organisation whose name starts with ``word`` ("Zephyr" → Zephyr Labs)."""
        orgs = self.orgs  # reads the unlisted names too
        names = self.unlisted | {name for _, name, _ in orgs}
        longer = {name for name in names if name.split()[0] == word and name != word}
        return next(iter(longer)) if len(longer) == 1 else None

    def _references(self, sent: Span) -> Iterable[Citation]:
        """ "The firm reported", "according to the filing": the company named before."""
        held = self.words(sent)
        refs, docs, verbs, speech, foresight = _reference_words()
        pronoun = not held.isdisjoint({"it", "they"}) and not held.isdisjoint(speech)
        stated = not held.isdisjoint(refs) and not held.isdisjoint(verbs | foresight)
        if held.isdisjoint(docs) and not stated and not pronoun:
            return  # no document, no company word with a verb or forecast, no "it said"
        for m in _referring_speaker().finditer(self.text, sent[0], sent[1]):
            said = _said_before().search(self.text, max(sent[0], m.start() - 60), m.start())
            if m["doc"] and said:
                continue  # "X said in a statement": X speaks, the statement is how
            forecast = m["foreseer"] or m["forecaster"]
            written = " ".join((m["ref"] or m["owner"] or m["pronoun"] or forecast or "").split())
            ref = _reference_noun(written.lower())
            if ref != written.lower() and self._object_of_place(m.start(), sent):
                continue  # "users of the lending protocol reported": the users speak
            if any(ref.endswith(w) for w in _VENUE_WORDS):
                wanted = "venue"
            elif ref in word_list("regulator_refs") or "court" in m.group().lower():
                wanted = "regulator"
            else:
                wanted = "company"
            if (m["doc"] or m["docs"]) and not ref and (case := self._case_before(m, sent)):
                named = case[1]  # "The SEC sued Quadrix. ..., according to the filing"
            elif re.match(r"(?i)its|their", m["doc"] or ""):
                # "..., according to its annual report": whoever "its" is, an agency too
                named = self._its_owner(m.start("doc"), sent)
            elif ref != written.lower() and _data_described(written.lower().split()[1:]):
                # "the on-chain analytics firm notes": the data provider named before
                named = self._provider_before(m.start()) or self._named_before(m.start(), wanted)
            elif ref in word_list("kind_refs"):
                # "the association said": an association named before, never the company
                # the article reports on ("Kraken posted revenue. The association said")
                named = self._called(m.start(), ref)
            elif ref != written.lower() and wanted == "regulator":
                # "the Frankfurt-based central bank": the regulator named before, never a
                # commercial bank ("JPMorgan analysts ... The central bank said")
                named = self._named_before(m.start(), wanted)
            elif m["page"] or m["onpage"]:
                at = m.start("page") if m["page"] else m.start("onpage")
                named = self._its_owner(at, sent)  # "its explorer shows", "in its report"
            elif (m["pronoun"] or m["foreseer"] or "").lower() == "it":
                # "It said", "it expects"; a "they" is as often the analysts named before
                # ("Analysts at Bernstein ..., citing Farside data. They expect"): as before
                named = self._pronoun_referent(m.start(), sent)
            else:
                named = self._called(m.start(), ref) or self._named_before(m.start(), wanted)
            if named:
                # a forecast is the forecaster's own figure, a price's as well
                foreseen = bool(forecast)
                # "An 8-K reports the company bought": the filing's own sentence, no carry
                scope = sent if m["filed"] else None
                yield Citation(m.start(), m.end(), named, sent, True, foreseen, scope, foreseen)
            elif wanted == "regulator" or ref in word_list("kind_refs"):
                # "Coinbase said revenue rose. The authority said ...": a body the article
                # does not name speaks, and the company's carried source ends
                yield Citation(m.start(), m.end(), None, sent)

    def _pronoun_referent(self, pos: int, sent: Span) -> str | None:
        """Who "it said" at ``pos`` is: the organisation named last before it when that one
        is a subject (it opens its sentence or a clause, "Binance saw ... It said") in the
        last speaker's sentence or after it, else the last organisation that spoke in this
        paragraph or the one before ("Grayscale's
        fund shed $48 million, Flowmeter data showed. It said": a fund issuer named in
        passing, as an owner or an object, speaks for no one)."""
        i = bisect.bisect_left(self.orgs, (pos,))
        last = next(
            (
                (p, n)
                for p, n, kind in reversed(self.orgs[:i])
                if kind == "company" or (kind == "venue" and not self._placed(p))
            ),
            None,
        )
        if (subject := self._sentence_subject(sent, pos)) is not None:
            return subject  # "The Financial Sector Conduct Authority has licensed 312 ..., it said"
        spoke = self._last_speaker(pos, sent)
        if spoke is None or (last is not None and last[1] == spoke.name):
            return last[1] if last else None
        opener = next((n for n in self.names(sent) if _opens(self.text, sent, n)), None)
        if opener is not None and opener.start < pos:
            # "Robinhood's crypto revenue doubled ..., it said": its own sentence's owner,
            # or no one when the article lists no such organisation ("Marathon's hashrate")
            return last[1] if last is not None and last[0] == opener.start else None
        if last is not None and last[0] >= spoke.sentence[0] and self._subject_at(last[0]):
            return last[1]  # "Coinbase posted ..., according to FactSet. It said": Coinbase
        return spoke.name

    def _sentence_subject(self, sent: Span, pos: int) -> str | None:
        """The organisation (of any kind, an agency too) whose name opens the sentence, after
        an article at most, as its subject (no possessive) before ``pos``: the "it" of its
        own sentence's tag ("The Monetary Authority of Singapore has granted 31 licences, it
        said"), whoever spoke in the sentences before."""
        n = next(iter(self.names(sent)), None)
        if n is None or n.start >= pos or n.possessive:
            return None
        if not _SUBJECT_OPENS.fullmatch(self.text, sent[0], n.start):
            return None
        i = bisect.bisect_left(self.orgs, (pos,))
        return next((name for p, name, _ in self.orgs[:i] if p == n.start), None)

    def _last_speaker(self, pos: int, sent: Span) -> Citation | None:
        """The last named citation by wording before ``pos``, in the sentences of its
        paragraph and of the one before: who spoke last."""
        paragraphs = self.ctx.structure.paragraphs
        k = bisect.bisect_right(paragraphs, (pos, len(self.text) + 1)) - 1
        lo = paragraphs[max(0, k - 1)][0] if k >= 0 else 0
        for earlier in reversed(self.ctx.structure.sentences):
            if earlier[0] >= sent[0]:
                continue
            if earlier[1] <= lo:
                break
            named = [c for c in self.in_sentence(earlier) if c.name and c.structural]
            if named:
                return named[-1]
        return None

    def _subject_at(self, pos: int) -> bool:
        """The name at ``pos`` is a subject: no possessive, and it opens its sentence or a
        clause (after a comma, a semicolon or a dash), not a preposition's or verb's
        object."""
        sent = self.ctx.sentence_of(pos)
        n = next((n for n in self.names(sent) if n.start == pos), None)
        if n is None:
            return True  # not read as a name here: as before, the last named
        if n.possessive or re.match(r"['’]s?\b", self.text[n.end : n.end + 2]):
            return False
        if _opens(self.text, sent, n) or _CLAUSE_START.search(self.text, sent[0], pos):
            return True
        # after a short opening phrase ("Last week Bitwise filed", "Meanwhile Coinbase
        # launched"): no preposition or verb before it, a verb of its own after it
        ahead = self.text[sent[0] : pos].split()
        if len(ahead) > _OPENING_PHRASE_WORDS or not ahead[0][:1].isupper():
            return False
        prior = ahead[-1].lower()
        if prior in run_stops() or _VERB_FORM.fullmatch(prior):
            return False
        verb = _NEXT_WORD.match(self.text, n.end, sent[1])
        return verb is not None and verb[1] not in run_stops()

    def _its_owner(self, pos: int, sent: Span) -> str | None:
        """What "its" before ``pos`` points back to: the organisation opening its sentence
        ("Arbor Pool, the third-largest mining pool, found 212 blocks, its statistics page
        shows"), else the nearest named before."""
        ns = [n for n in self.names(sent) if n.end <= pos]
        # "the network's explorer" may follow any sentence: its opener must be a name, and
        # the paragraph's own organisation comes before one named earlier
        itself = re.match(r"(?i)its|their", self.text[pos : pos + 5]) is not None
        if (opener := self._opening_name(ns, sent)) is not None:
            entity = self.entity(opener, org_slot=itself)
            if entity is not None and entity.kind in ("org", "provider"):
                return self.canonical(entity.name)
        if not itself and (speaker := self._paragraph_speaker(sent)):
            return speaker
        return self._named_before(pos, "company")

    def _opening_name(self, ns: list[Name], sent: Span) -> Name | None:
        """The name that opens the sentence as its subject, of its names ``ns``: the first,
        or the one right after it that it owns ("Dubai's Virtual Assets Regulatory
        Authority") or that a noun after it describes ("Staking provider Lumera Labs")."""
        if not ns or not _SUBJECT_OPENS.fullmatch(self.text, sent[0], ns[0].start):
            return None  # "The Internal Revenue Service ..." opens it too
        first, after = ns[0], ns[1] if len(ns) > 1 else None
        if after is None:
            return first
        between = self.text[first.end : after.start]
        if first.possessive and _OWNER_GAP.fullmatch(between):
            return after
        if len(first.words) == 1 and between.strip():
            # a word capitalized by its place, then the run describing the name after it
            run = describing_run(between)
            if run and not between[: run[0].start()].strip():
                return after
        return first

    def _paragraph_speaker(self, sent: Span) -> str | None:
        """The name opening the paragraph's first sentence when the article treats it as an
        organisation (:mod:`speakers`: "Gridcompute cut its floor price", "Kiteline, the
        Arbitrum-based exchange,") ... "according to the network's explorer"): the
        paragraph is about it."""
        para = self.ctx.paragraph_of(sent[0])
        first = self.ctx.sentence_of(para[0])
        ns = self.names(first) if first != sent and first[0] < sent[0] else []
        if not ns or not _opens(self.text, first, ns[0]):
            return None
        read = read_speaker(self.text, ns[0], first, para)
        return self._clean(ns[0]) if read.organisation else None

    def _case_before(self, m: re.Match[str], sent: Span) -> tuple[bool, str | None] | None:
        """A case one party brings against another in this sentence or the one before ("The
        SEC sued exchange Quadrix", "A judge froze the assets of"): a filing named without
        "its" is that party's, the regulator the article names or no one, never the
        defendant."""
        doc = (m["doc"] or m["docs"] or "").lower()
        if doc.startswith(("its ", "their ")) or not _case_document().search(doc):
            return None
        last = len(self.text[: sent[0]].rstrip()) - 1
        start = self.ctx.sentence_of(last)[0] if last >= 0 else sent[0]
        if not _legal_action().search(self.text, start, m.start()):
            return None
        return (True, self._named_before(m.start(), "regulator"))

    def _called(self, pos: int, ref: str) -> str | None:
        """The nearest organisation before ``pos`` whose name ends in the reference's noun
        or that a noun describes as one ("... at Hauck Kessler Bank. The bank expects",
        "rival broker Carrow Securities ... the broker"), named once or more."""
        noun = ref.split()[-1] if ref.startswith("the ") else ""
        if not noun:
            return None
        i = bisect.bisect_left(self.described, (pos,))
        at, name = next(
            ((p, n) for p, n, kind in reversed(self.described[:i]) if kind == noun), (0, None)
        )
        if name is None or noun not in _GENERIC_KINDS:
            return name
        # "the firm" is any firm's word: the described one only while no other firm is named
        # since (a venue or an agency it studied is none: "looked at Binance order books")
        j = bisect.bisect_left(self.orgs, (pos,))
        later = {n for p, n, kind in self.orgs[:j] if p > at and kind == "company"}
        return name if later <= {name} else None

    @cached_property
    def described(self) -> list[tuple[int, str, str]]:
        """Organisations by the noun that says what they are: the last word of their name
        ("Hauck Kessler Bank") or the noun right before it ("exchange Kizuna Coin")."""
        refs = word_list("speaker_refs") | word_list("regulator_refs") | word_list("kind_refs")
        nouns = {p.split()[-1] for p in refs}
        # any firm's own last word ("Acme Group"), but a kind said before the name
        # ("research firm Kred Analytics") is what "the firm" points back to
        generic = set(_GENERIC_KINDS)
        nouns -= generic
        found: list[tuple[int, str, str]] = []
        for sent in self._sentences_with(frozenset(nouns | generic)):
            for n in self.names(sent):
                entity = self.entity(n, org_slot=True)
                if entity is None or entity.kind not in ("org", "provider"):
                    continue
                name = self.canonical(entity.name)
                if (last := _head_word(n)) in nouns:
                    found.append((n.start, name, last))
                before = _NOUN_BEFORE.search(self.text, max(0, n.start - 30), n.start)
                if before and before[1].lower() in nouns | generic:
                    found.append((n.start, name, before[1].lower()))
        return found

    def _named_before(self, pos: int, wanted: str) -> str | None:
        """The nearest organisation of the wanted kind named before ``pos``: a venue for
        "the exchange", an agency for "the regulator", else any company or venue."""
        i = bisect.bisect_left(self.orgs, (pos,))
        for at, name, kind in reversed(self.orgs[:i]):
            if kind == wanted or (wanted == "company" and kind == "venue" and not self._placed(at)):
                return name
        return None

    def _placed(self, pos: int) -> bool:
        """The venue named at ``pos`` is only where something trades or sits ("fell 7% on
        Kraken", "bought on Kraken and Gemini"): a place in another's sentence, no party
        that "the company" or "it" may stand for (a person's employer, "an analyst at
        Binance", still is one)."""
        sent = self.ctx.sentence_of(pos)
        before = self.text[max(sent[0], pos - 40) : pos]
        if not _place_before().search(before):
            return False
        if (joined := _CONJOINED.search(self.text, max(sent[0], pos - 90), pos)) is not None:
            # "OKX and Coinbase gained users": a conjunct shares its first member's role, a
            # place only after "on Kraken and Gemini"
            return bool(_place_before().search(self.text, sent[0], joined.start()))
        role = re.search(r"([\w-]+)\s+(?:of|for|at)\s+(?:the\s+)?$", before)
        return not (role and role[1].lower() in word_list("person_titles"))

    def _object_of_place(self, pos: int, sent: Span) -> bool:
        """A preposition of place or of belonging before a described reference ("users of
        the lending protocol"), not a person's role before it ("a spokesperson for the
        Dubai-based exchange said" is the exchange speaking)."""
        before = self.text[max(sent[0], pos - 40) : pos]
        if not _object_before().search(before):
            return False
        role = re.search(r"([\w-]+)\s+(?:of|for|at)\s+$", before)
        return not (role and role[1].lower() in word_list("person_titles"))

    def _provider_before(self, pos: int) -> str | None:
        """The data provider named last before ``pos`` in its paragraph or the two before,
        while no other organisation is named since (then the description is that one's)."""
        paragraphs = self.ctx.structure.paragraphs
        k = bisect.bisect_right(paragraphs, (pos, len(self.text) + 1)) - 1
        lo = paragraphs[max(0, k - _PROVIDER_REACH)][0] if k >= 0 else 0
        named = [
            m
            for m in self.ctx.in_span("source", (lo, pos))
            if _source_kinds().get(m.value) in _DATA_KINDS
        ]
        if not named:
            return None
        last = named[-1]
        i = bisect.bisect_left(self.orgs, (pos,))
        if any(p > last.start and n != last.value for p, n, _ in self.orgs[:i]):
            return None
        return last.value

    @cached_property
    def orgs(self) -> list[tuple[int, str, str]]:
        """Every organisation the article names, with its kind, in text order."""
        found: list[tuple[int, str, str]] = []
        for kind in ("venue", "asset", "source"):
            for m in self.ctx.in_span(kind, (0, len(self.text))):
                if kind == "asset" and m.asset_kind in _COMPANY_ASSETS:
                    found.append((m.start, self._company_name(m), "company"))
                elif kind == "venue":
                    found.append((m.start, m.value, "venue"))
                elif kind == "source" and _source_kinds().get(m.value) not in _DATA_KINDS:
                    regulator = _source_kinds().get(m.value) == "regulator"
                    found.append((m.start, m.value, "regulator" if regulator else "company"))
        org_words, descriptors = _org_or_agency_words(), word_list("org_descriptors")
        marked = [
            sent
            for sent in self.ctx.structure.sentences
            if not self.words(sent).isdisjoint(descriptors)
            or not org_words.isdisjoint(w.lower() for w in _CAPITALIZED.findall(self.text, *sent))
        ]
        unlisted = [
            (
                n.start,
                self.canonical(self._clean(n)),
                self._leads(sent, n),
                self._body(n),
            )
            for sent in marked
            for n in self.names(sent)
            if (self._described(n) or _named_as_organisation(n) or self._body(n))
            and not any(self._covering(kind, n) for kind in ("source", "venue", "asset"))
        ]
        seen = {pos for pos, _, _, _ in unlisted}
        unlisted += [
            (n.start, self.canonical(self._clean(n)), True, False)
            for n in self._speaking_organisations()
            if n.start not in seen
        ]
        self.unlisted = {name for _, name, _, _ in unlisted}
        found.extend(
            (pos, name, "regulator" if regulator else "company")
            for pos, name, opens, regulator in unlisted
            if opens or regulator or (self._named_again(name) and name not in self._parties)
        )
        return sorted(found)  # a firm named once in passing (an auditor) is no referent

    def _speaking_organisations(self) -> list[Name]:
        """Names of several words no lexicon lists that the article treats as an
        organisation (:mod:`speakers`) and names again, whole or by its first word
        ("Keystone Mutual Home Loans said ... Keystone said"): referents of "the lender"."""
        found = []
        for sent in self._sentences_with(_cue_words()):  # only a sentence that cites
            for n in self.names(sent):
                if len(n.words) < 2 or any(
                    self._covering(k, n) for k in ("source", "venue", "asset")
                ):
                    continue
                if self.ctx.times_in((n.start, n.end)) or not self._speaks_as_organisation(n):
                    continue
                if shortened(self.text, n) or self._named_again(self._clean(n)):
                    found.append(n)
        return found

    def _named_again(self, name: str) -> bool:
        """The article names the organisation more than once, with or without the noun
        that introduced it ("collapsed crypto exchange Quadra" ... "Quadra's administrators"):
        one named once in passing (an auditor) is no referent, nor is "Quadra" in another
        name ("Quadra Capital")."""
        text = self.text
        found = standing_alone(
            text, name, fits=lambda _, end: not space_then(text, end, ascii_upper)
        )
        return next(found, None) is not None and next(found, None) is not None

    @cached_property
    def _parties(self) -> frozenset[str]:
        """Organisations a role noun introduces as another party ("Its auditor, accounting
        firm Marwick", "its main lender, Veltra Capital"): no filer however often named."""
        found = set()
        for r in _party_role().finditer(self.text):
            ns = names_in(self.text, r.end(), min(len(self.text), r.end() + 40))
            if ns and re.fullmatch(
                r"[\s,]*(?:[a-z][\w-]*\s+){0,2}", self.text[r.end() : ns[0].start]
            ):
                found.add(self.canonical(self._clean(ns[0])))
        return frozenset(found)

    def canonical(self, name: str) -> str:
        """The organisation's name for a short form the article gave it in brackets."""
        return self.aliases.get(name, name)

    @cached_property
    def aliases(self) -> dict[str, str]:
        """A short form in brackets right after an organisation's name → the name ("South
        Korea's Financial Intelligence Unit (FIU)", "Norrland Hash Inc. (NHSH)"): the
        article cites it by either."""
        found: dict[str, str] = {}
        for m in _BRACKETED.finditer(self.text):
            line = self.text.rfind("\n", 0, m.start()) + 1
            ns = names_in(self.text, max(line, m.start() - _LONGEST_NAME), m.start())
            if not ns or not _JOINED.fullmatch(self.text, ns[-1].end, m.start()):
                continue
            body = self._body(ns[-1])
            if not _TICKER_FORM.fullmatch(m[1]) and not (body and _short_form(m[1])):
                continue  # "(FIU-IND)", "(BaFin)": only a public body's short form
            entity = self.entity(ns[-1], org_slot=True)
            if entity and entity.kind in ("org", "provider") and not self._known(m[1]):
                lo = max(line, ns[-1].start - 120)
                spelled = _spelled_out(self.text, lo, ns[-1], m[1])
                full = spelled or entity.name
                if (
                    # a body has no ticker: its bracket is the name it goes by, the
                    # initials of its own language's name as well ("(AMF)", "(OJK)")
                    (body or _initials_of(self.text, lo, ns[-1], m[1]))
                    and not self._known(entity.name)
                    and full.split()[-1] not in _company_suffixes()
                ):
                    # an agency's or body's initials are the name news cites it by; a
                    # company's own ("Digital Currency Group (DCG)") leave it its name
                    for name in (m[1], entity.name, spelled):
                        if name:
                            found.setdefault(name, m[1])
                else:  # a ticker: the company keeps its name
                    found.setdefault(m[1], spelled or entity.name)
        return found

    def _body(self, n: Name) -> bool:
        """A public body: a name with a regulator's word, or one the entity layer types as
        an agency ("Anti-Money Laundering Council", "Central Bank of Nigeria")."""
        if _regulator(n):
            return True
        found = within(n.start, n.end, self.ctx.entities)
        return found is not None and found.kind == "agency" and n.end <= found.end

    def _clean(self, n: Name) -> str:
        """The name as cited; a partnership's "& Co." is part of it ("Bernholt & Co.")."""
        partnership = _PARTNERSHIP.fullmatch(self.text, n.start, n.end)
        return f"{partnership[0]}." if partnership else clean(n)

    def _leads(self, sent: Span, n: Name) -> bool:
        """The name opens its sentence, alone or after the noun describing it ("Lending
        protocol Zephyr Labs published ..."): the sentence is about it."""
        if _opens(self.text, sent, n):
            return True
        described = _descriptor_before().search(self.text, max(sent[0], n.start - 40), n.start)
        if described is None:
            return False
        return _LEAD.fullmatch(self.text, sent[0], described.start()) is not None

    def _described(self, n: Name) -> bool:
        """ "Cross-chain bridge Kestrel", "crypto lender Celsius": a noun makes it an
        organisation."""
        return bool(_descriptor_before().search(self.text, max(0, n.start - 40), n.start))

    def subject(self, sent: Span) -> str | None:
        """Who the sentence is about when a name opens it: the organisation, or the
        person ("Zhao, who has amassed a fortune ...")."""
        ns = self.names(sent)
        if not ns or not _opens(self.text, sent, ns[0]):
            return None
        entity = self.entity(ns[0])
        if entity is None or entity.kind == "plain":
            return None
        if entity.kind == "person":
            return self.people.get(ns[0].text) or self.people.get(ns[0].words[-1]) or ns[0].text
        return entity.name

    def _presence(self, sent: Span) -> Iterable[Citation]:
        """Lexicon data providers named anywhere in the sentence, unless described as
        actors ("Hypernative, which raised $40 million")."""
        for m in self.ctx.in_span("source", sent):
            described = _DESCRIBED.match(self.text, m.end)
            if described and not _verb_after().match(self.text[described.end() - 1 : sent[1]]):
                continue
            if _source_kinds().get(m.value) in _DATA_KINDS and _cited_by_name(self.ctx, m):
                yield Citation(m.start, m.end, m.value, sent, structural=False)

    def signatures(self) -> dict[Span, str | None]:
        """A quoted post's signature line ("— 0xScope (@ScopeProtocol) September 22")
        → its author, for the paragraph above it."""
        found: dict[Span, str | None] = {}
        for para in lines(self.ctx):
            m = _SIGNATURE.match(self.text, para[0], para[1])
            if not m:
                continue
            ns = names_in(self.text, m.start("who"), m.end("who"))
            entity = self.entity(ns[0]) if ns else None
            if entity is not None:
                found[para] = self._speaker(ns[0], entity)
        return found


@per_lexicon
def _org_or_agency_words() -> frozenset[str]:
    """Words that make a capitalized name an organisation or an agency (joined once, not
    once per article)."""
    return word_list("org_words") | word_list("regulator_words") | word_list("agency_kind_words")


@per_lexicon
def _company_suffixes() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("company_suffixes"))


def _head_word(n: Name) -> str:
    """The noun a name's kind is read from: its last word, or the last before "of" or
    "for" ("Virtual Exchange Association of Japan" is an association)."""
    words = [w.lower() for w in n.words]
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
    return words[cut - 1]


def _regulator(n: Name) -> bool:
    """ "Financial Intelligence Unit", "Securities and Futures Commission": a name of two
    words or more holding a word of an agency; "Internal Revenue Service" one closing in an
    agency kind word after a word of government ("Prime Service" is a desk)."""
    words = [w.lower() for w in n.words]
    if len(words) < 2:
        return False
    if not word_list("regulator_words").isdisjoint(words):
        return True
    head = _head_word(n)
    if head == "bank":  # a central bank, never a commercial one ("China Construction Bank")
        return not word_list("central_bank_words").isdisjoint(words[: words.index(head)])
    return head in word_list("agency_kind_words") and not word_list("agency_openers").isdisjoint(
        words[: words.index(head)]
    )


def _named_as_organisation(n: Name) -> bool:
    """ "Kestrel Bridge", "Zephyr Labs": a name whose last word says it is a firm (an
    acronym or a handle may as well be a product)."""
    return len(n.words) > 1 and n.words[-1].lower() in word_list("org_words")


def _without_opening_word(n: Name) -> Name:
    """ "Rival CoreFlux reported": a sentence's capitalized first word before a firm's
    own name (inner capitals, an acronym) is not part of it."""
    rest = Name(n.start + len(n.words[0]) + 1, n.end, n.words[1:], n.possessive)
    if len(n.words) < 2 or org_shaped(Name(n.start, n.start + len(n.words[0]), n.words[:1])):
        return n
    return rest if org_shaped(rest) and not _named_as_organisation(n) else n


def _opens(text: str, sent: Span, n: Name) -> bool:
    """The name is its sentence's first word (capitalized whatever it is)."""
    return not re.search(r"[A-Za-z0-9]", text[sent[0] : n.start])


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause holding ``pos`` ends: a semicolon or a dash, else ``end``."""
    stop = _CLAUSE_STOP.search(text, pos, end)
    return stop.start() if stop else end


# a capitalized word (no article or conjunction opening a sentence) right before a name:
# the name is the tail of a longer one
_CAPITAL_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|Its|Their|Our|This|That|These|Those|And|But|Or|So|Yet|"
    r"Then|Now|Also|Still|Meanwhile|Separately|However|Instead|Later|Earlier)\b)"
    r"[A-Z][\w&.]*[ \t]+$"
)
# a noun phrase and its comma right before a name set in apposition to it
_APPOSED_BEFORE = re.compile(
    r"(?:^|[^,;:]\s)(?:[Tt]he|[Aa]n?|[Ii]ts)\s[^,;:]{0,60}\b[a-z][\w-]*,\s*$"
)
_CLAUSE_START = re.compile(r"[,;:\u2014\u2013]\s*$")  # a clause opens after it
_OPENING_PHRASE_WORDS = 4  # words of a time or linking phrase before a sentence's subject
_VERB_FORM = re.compile(r"[a-z]{3,}(?:ed|ing)")  # "hacked Kraken": a verb's object
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
_CLAUSE_STOP = re.compile(r";|\s[—–]\s")


@per_lexicon
def _officer_title() -> re.Pattern[str]:
    """A company officer's title: the company speaking for itself, not a market voice."""
    titles = word_list("executive_titles") | word_list("officer_titles")
    return re.compile(rf"\b{alternation(titles, space=_SPACE)}\b", re.IGNORECASE)


def _spoken(text: str, sent: Span, pos: int) -> bool:
    """``pos`` stands in a quotation or a clause a speaker's verb opens (""Our data shows
    ...," said the CEO", "Strategy said our analysis ..."): the speaker's "our", not the
    outlet's."""
    if _in_quotation(text, sent, pos):
        return True
    return bool(_said_that_before().search(text, max(sent[0], pos - 60), pos))


def _in_quotation(text: str, sent: Span, pos: int) -> bool:
    """An opening quotation mark before ``pos`` in its sentence is not closed before it."""
    curly = text.rfind("“", sent[0], pos)
    if curly >= 0 and text.find("”", curly, pos) < 0:
        return True
    return text.count('"', sent[0], pos) % 2 == 1


@per_lexicon
def _said_that_before() -> re.Pattern[str]:
    """A verb of stating right before, a "that" allowed ("said that our ...")."""
    return re.compile(rf"\b{cue_alternation('statement_verbs')}\s+(?:that\s+)?$", re.IGNORECASE)


def _quotation(text: str, sent: Span, pos: int) -> Span:
    """The quotation that a "..., said X" closes: from its opening mark to ``pos``."""
    close = max(text.rfind(q, sent[0], pos) for q in ("”", '"'))
    if close < 0:
        return (sent[0], pos)
    opening = max(text.rfind(q, sent[0], close) for q in ("“", '"'))
    return (opening if opening >= 0 else sent[0], pos)


def _closes_quotation(text: str, sent: Span, pos: int) -> bool:
    """A quotation mark closes before ``pos`` in its sentence."""
    return any(q in text[sent[0] : pos] for q in ("”", '"'))


def _without_description(before: str) -> str:
    """The text before a name without the run that describes it: an inverted tag names
    its speaker's kind between the verb and the name (", estimates analytics site X",
    ", said research firm X") as it may a person's title."""
    run = describing_run(before)
    if not run or run[-1].group() in word_list("person_titles"):
        return before
    return before[: run[0].start()]


def _without_citing_tail(n: Name) -> Name:
    """ "Zacks Consensus Estimate" → Zacks: citing nouns closing a name are not part of it
    (organisation words are: "Kronos Research", "Velo Data")."""
    nouns = word_list("citing_nouns_after") - word_list("org_words") - {"statistics"}
    words = list(n.words)
    while len(words) > 1 and words[-1].lower() in nouns:
        words.pop()
    if len(words) == len(n.words):
        return n
    end = n.start + len(" ".join(words))
    return Name(n.start, end, tuple(words), False)


def _cited_by_name(ctx: Context, s: Mention) -> bool:
    """A provider is cited, not named as an issuer or inside a fund's name."""
    after = ctx.text[s.end : s.end + 40]
    if issuer_after().match(after):
        return False
    return not any(
        m.end > s.start and not ctx.text[s.end : m.start].strip()
        for m in ctx.in_span("asset", (s.start - _LONGEST_NAME, s.end + 2))
    )  # "Grayscale Bitcoin Trust", "Bitwise Bitcoin ETF": an issuer inside a fund's name


_LONGEST_NAME = 80  # characters: an asset name starting further back cannot cover a source


_PERSONAL_NAME = re.compile(
    r"\b([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
_NAME_OF = re.compile(r"\b[A-Z][\w-]+,?\s+(?:of|at)\s+(?:the\s+)?[A-Z0-9]")
_CUE_REACH = 80  # characters before a name where its cue and descriptor stand
_SPACE = r"\s+"
_PRONOUN = re.compile(r"(?:he|she)\b", re.IGNORECASE)


@per_lexicon
def _role_word() -> re.Pattern[str]:
    """A person's role written without their name ("a retail trader", "the SEC's chair")."""
    return re.compile(rf"\b{cue_alternation('person_titles')}\b", re.IGNORECASE)


# names joined by "and"/"or" (commas between them too) right before a name, from the
# first of them: where the role of the whole coordination is read
_CONJOINED = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s*,\s*)*"
    r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*,?\s+(?:and|or)\s+(?:the\s+)?$"
)


def _forecasting_pronoun(voice: str) -> bool:
    """The voice is a "he"/"she" forecasting ("She expects"), not one saying ("he said")."""
    return _forecasting_voice().fullmatch(voice) is not None


def _forecast_clause_end(text: str, pos: int, end: int) -> int:
    """Where a forecast's own clause ends: its first comma, semicolon or dash, else ``end``."""
    stop = re.compile(r",(?!\d)|;|\s[—–-]\s").search(text, pos, end)  # not "$98,000"
    return stop.start() if stop else end


_SUBJECT_OPENS = re.compile(r"[\s\"“‘'(]*(?:(?i:the)\s+)?")  # before a sentence's subject
_PRONOUN_REACH = 1  # paragraphs before its own where a pronoun's person may be named
_PROVIDER_REACH = 2  # paragraphs before its own where a described data firm may be named
_FOLLOW_REACH = 220  # characters after a name where its verb stands, past an appositive
_DESCRIBED = re.compile(r",\s*(?:which|who)\b")
# what may open a sentence before a name's descriptor: "Lending", "Rival crypto", "The"
_LEAD = re.compile(r"\W*(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)?")
_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# data of a venue another provider compiled: the compiler is the source
_COMPILED_AFTER = re.compile(
    r"(?:['’]s)?\s+data\s+(?:compiled|aggregated|collected|gathered|processed)\s+by\s", re.I
)
# a provider's data by its kind ("on-chain data from Birdeye") or compiled by it: a name no
# lexicon lists is cited all the same; bare "data from Poland" may be a place's
_DATA_BEFORE = re.compile(
    r"\b(?:(?:on-chain|blockchain|market|trading|analytics|exchange)\s+data\s+from"
    r"|data\s+(?:compiled|provided|aggregated|collected)\s+by)\s+$",
    re.I,
)
_DATA_AFTER = re.compile(r"(?:['’]s)?\s+(?:on-chain\s+)?data\s+(?:show|shows|showed)\b", re.I)
_POSSESSOR = re.compile(r"['’]s\b")
# a name a possessive of another name owns ("CoinMarketCap's DePIN category")
_POSSESSED = re.compile(r"[A-Z][\w.&-]*['’]s\s+$")
# what a title is of after it ("head of digital assets", "chief of staff for Asia")
_TITLE_FIELD = r"(?:\s+(?:of|for)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)?"
_IN_PLACE = re.compile(r"\s(?:in|based\s+in)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}$")
_GENERIC_KINDS = frozenset({"company", "firm", "group", "team", "project"})


def _spelled_out(text: str, lo: int, n: Name, short: str) -> str | None:
    """The whole name a bracketed acronym stands for when lower-case words part it
    ("Intergovernmental Panel on Climate Change (IPCC)", "Air and Marine Operations (AMO)"):
    the longest run of capitalised words and joining words ending with ``n`` whose
    capitals spell the acronym."""
    words = [(w.start(), w[0]) for w in _WORD.finditer(text, lo, n.start)]
    best: int | None = None
    k = len(words)
    while k > 0 and (words[k - 1][1][0].isupper() or words[k - 1][1] in _JOINING):
        k -= 1
        start, word = words[k]
        if not word[0].isupper():
            continue
        capitals = [w for _, w in words[k:] if w[0].isupper()] + list(n.words)
        if "".join(w[0] for w in capitals) == short:
            best = start
    return " ".join(text[best : n.end].split()) if best is not None else None


def _short_form(word: str) -> bool:
    """A body's short form other than a ticker's: two capitals at least ("FIU-IND",
    "BaFin", "TÜİK"), not a capitalized word ("(Reuters)")."""
    return sum(c.isupper() for c in word) >= 2


def _initials_of(text: str, lo: int, n: Name, short: str) -> bool:
    """Whether ``short`` is the initials of the name ending with ``n`` ("Financial
    Supervisory Service (FSS)", "Japan Virtual and Crypto Assets Exchange Association
    (JVCEA)", a word skipped or not), not a ticker ("Hashwell Mining (HWM)"): its letters
    in order among the capitals of the name's words, from the first to the last."""
    if not short.isalpha():
        return False
    words = [w[0] for w in _WORD.finditer(text, lo, n.start)]
    k = len(words)
    while k > 0 and (words[k - 1][0].isupper() or words[k - 1] in _JOINING):
        k -= 1
    capitals = [w[0] for w in words[k:] + list(n.words) if w[0].isupper()]
    if len(capitals) < len(short) or capitals[-1] != short[-1]:
        return False
    for start in (i for i, c in enumerate(capitals) if c == short[0]):
        letters = iter(capitals[start:])
        if all(c in letters for c in short):
            return True
    return False


_THE_BEFORE = re.compile(r"\bthe\s+$")
# a lower-case word right after a name: "campaign" in "the Donald Trump campaign"
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
# what may stand before a name that opens its sentence as the subject ("The Virtual
# Exchange Association of Japan counted")
# what may open a sentence before a valuing subject's describing run: "The", or one word
# capitalized by its place ("Analytics firm X", "Korea-focused tracker X")
_VALUER_LEAD = re.compile(r"\W*(?:The\s+|[A-Z][\w-]*\s+)?")
_OPENING_THE = re.compile(r"[^A-Za-z0-9]*(?:The\s+)?")
_WORD = re.compile(r"\S+")
# lower-case words inside an organisation's name ("Bank for International Settlements")
_JOINING = frozenset({"of", "on", "and", "for", "the", "&", "de"})

# a short form in brackets: an acronym or a ticker ("(FIU)", "(NHSH)", "(3962.T)"), or a
# public body's own ("(FIU-IND)", "(BaFin)", "(TÜİK)": two capitals at least)
_TICKER_FORM = re.compile(r"[A-Z0-9][A-Z0-9]{1,7}(?:\.[A-Z]{1,2})?")
_BRACKETED = re.compile(rf"\(({_TICKER_FORM.pattern}|[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_])){{1,9}})\)")
_JOINED = re.compile(r"[\s.,]*")
# a ticker in brackets right after a name, its exchange before it or not: "(HGRV)", "(Nasdaq:
# TMRK)", "(3917.HK)"; a company's listing, which no person has
_LISTING_AFTER = re.compile(
    r"(?:,?\s+(?i:inc|corp|ltd|plc)\.?)?\s*\((?P<market>[A-Z][A-Za-z ]{1,20}:\s*)?"
    rf"(?P<ticker>{_TICKER_FORM.pattern})\)"
)


def _initials(n: Name) -> str:
    """The first letters of a name's words and of their hyphened parts ("Sam Bankman-Fried"
    → "SBF")."""
    return "".join(part[0].upper() for word in n.words for part in word.split("-") if part)


_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+")  # "Dubai's " between an owner and its name
_PARTNERSHIP = re.compile(r"\S.*\s&\s*Co")


def lines(ctx: Context) -> list[Span]:
    """The text's lines: a list item, a caption or a post's signature is one, even where
    the structure joins a list to its lead as one paragraph."""
    return _line_index(ctx)[0]


def _line_index(ctx: Context) -> tuple[list[Span], list[int]]:
    """The lines and their starts, found once per article (one lookup serves both)."""

    def index() -> tuple[list[Span], list[int]]:
        spans = [line.span for line in ctx.lines]
        return spans, [s for s, _ in spans]

    return ctx.remember("line_index", None, index)


def title_case_lines(ctx: Context) -> TitleCaseLines:
    """Which lines of the article are title-case headlines, each judged once."""
    return ctx.remember("title_case_lines", None, lambda: TitleCaseLines(ctx.text))


def line_of(ctx: Context, pos: int) -> Span:
    """The line holding ``pos``."""
    spans, starts = _line_index(ctx)
    i = bisect.bisect_right(starts, pos) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else (pos, pos + 1)


def citations(ctx: Context) -> list[Citation]:
    """Every citation of the article, in text order (read once per article)."""
    return ctx.remember("citations", None, lambda: _reader(ctx).citations())


def cited_in(ctx: Context, sent: Span) -> list[Citation]:
    """The citations of one sentence, in text order."""
    return _reader(ctx).in_sentence(sent)


def covering(ctx: Context, pos: int) -> list[Citation]:
    """The citations whose words hold ``pos``: those of its sentence, and a source named
    across the end of an earlier one."""
    reader = _reader(ctx)
    sentences = [ctx.sentence_of(pos)]
    sentences += [sent for m, sent in reader.crossing if m.start <= pos < m.end]
    found = [c for sent in dict.fromkeys(sentences) for c in reader.in_sentence(sent)]
    return [c for c in found if c.start <= pos < c.end]


def is_agency(name: str | None) -> bool:
    """A regulator, court or agency: its statements are about others by nature."""
    return name is not None and _source_kinds().get(name) == "regulator"


def subject(ctx: Context, sent: Span) -> str | None:
    """The organisation or person a name opening the sentence stands for."""
    return ctx.remember("subject", sent, lambda: _reader(ctx).subject(sent))


def signatures(ctx: Context) -> dict[Span, str | None]:
    """Signature lines of quoted posts → their author as a source."""
    return ctx.remember("signatures", None, lambda: _reader(ctx).signatures())


def _reader(ctx: Context) -> _Reader:
    return ctx.remember("citation_reader", None, lambda: _Reader(ctx))
