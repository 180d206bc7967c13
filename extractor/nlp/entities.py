"""What kind of thing a name is, by what the text itself says of it, found once per article.

A news text types the names it uses: a descriptor before the name ("the layer-2 network
Zora"), an appositive after it ("Blast, an Ethereum layer-2", "Receita Federal, the
country's tax authority"), the end of the name ("OP Mainnet", "Nakamigos NFTs", "Punk
#3100") or a word inside it ("Central Bank of Nigeria (CBN)"). A name the lexicon knows as a
coin is never retyped so ("layer-2 Ethereum scaling network", "Ethereum NFT sales": the coin's
own), so a name typed once can keep its kind wherever the article repeats it. The asset rules
ask the kind: a network's activity (value secured, deposits, transactions) and an NFT
collection's figures take no coin ticker, a floor of 4.6 ETH included, while a network's price,
price move or amount in its token stays its token's; a public body's acronym in brackets is no
ticker.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import alternation
from extractor.nlp.context import Context
from extractor.nlp.layers import Amount, Entity, Span
from extractor.nlp.literals import standing_alone
from extractor.nlp.mentions import Mention

# a run of capitalized words, with the connectors names keep inside ("Bank of Nigeria",
# "Comissão de Valores Mobiliários"), and a ticker-like word ("OP", "zkEVM" after a name)
_WORD = r"(?:[A-Z][\w&.’'-]*[\w]|[A-Z])"
_NAME = rf"{_WORD}(?:[ ](?:(?:of|and|de|do|da|dos|das|for|e)[ ])?{_WORD})*"
# the kinds whose figures no coin takes, even in the coin they are priced in
NOT_COINS = frozenset({"network", "collection"})

_TICKER = r"[ ]\([A-Z][A-Z0-9.]{1,7}\)"
_RELATIVE = r"(?:,[ ](?:which|who)[^,;()]*,)?"  # ", which is moving sites to AI hosting,"
_ASIDE_REST = re.compile(r"[^,;:.()\n]{0,60}(?=[,;)])")
_ACRONYM = re.compile(r"[ ]\([A-Z][A-Za-z]{1,7}\)")


def _phrases(name: str) -> tuple[str, ...]:
    return tuple(lexicon.listed(lexicon.ENTITY_KINDS_FILE, name, "phrases").phrases)


def _words(name: str) -> str:
    return alternation(_phrases(name))


# Strings a pattern cannot match without, in groups: each group needs one of its strings
# in the text. The patterns are case-sensitive and their words literal, so a text that
# lacks a group (most lack " #", a name's network ending or a descriptor) is not scanned.
_Needs = tuple[tuple[str, ...], ...]


@per_lexicon
def _patterns() -> tuple[tuple[str, re.Pattern[str], _Needs], ...]:
    """(kind, pattern, needs) triples; group ``name`` is the name, the match's end the
    aside's."""
    # an appositive whose head noun is the descriptor: "Blast, an Ethereum layer-2," but not
    # "Ethereum, the hub for every rollup," (the kind word only sits in a phrase after the head)
    stop = alternation(sorted(STOP_WORDS))
    head = r"(?:(?:a|an|the)[ ]|[A-Z][\w-]*['’]s[ ])"
    aside = rf",[ ]{head}(?:(?!(?i:{stop})\b)[^\s,;:.()]+[ ]){{0,4}}?"
    # where the head noun ends: a mark, a participle or a word that opens what follows it
    # ("a zk-rollup backed by", "the gaming chain behind", "the regulator that")
    after = _words("after_head_words")
    head_end = rf"(?=[ ]?[,;:.)\n]|$|[ ](?:[a-z]+(?:ed|ing)|{after})\b)"
    network, collection = _words("network_descriptors"), _words("collection_descriptors")
    agency = _words("agency_descriptors")
    company, verbs = _words("company_descriptors"), _words("company_verbs")
    network_ends, collection_ends = _phrases("network_name_ends"), _phrases("collection_name_ends")
    networks, collections = _phrases("network_descriptors"), _phrases("collection_descriptors")
    companies = _phrases("company_descriptors")
    aside_needs, bracket = (", ",), (" (",)
    return (
        ("network", re.compile(rf"\b(?:{network})[ ](?P<name>{_NAME})"), (_then_space(networks),)),
        (
            "network",
            re.compile(rf"(?P<name>{_NAME}[ ](?:{alternation(network_ends)}))\b"),
            (_space_then(network_ends),),
        ),
        (
            "network",
            re.compile(rf"(?P<name>{_NAME}){aside}(?:{network})(?![\w-]){head_end}"),
            (aside_needs, networks),
        ),
        (
            "collection",
            re.compile(rf"\b(?:{collection})[ ](?P<name>{_NAME})"),
            (_then_space(collections),),
        ),
        (
            "collection",
            re.compile(rf"(?P<name>{_NAME})[ ](?:{alternation(collection_ends)})\b"),
            (_space_then(collection_ends),),
        ),
        # not an issue's
        ("collection", re.compile(rf"(?P<name>{_NAME})[ ]#\d+\b(?!:)"), ((" #",),)),
        (
            "collection",
            re.compile(rf"(?P<name>{_NAME}){aside}(?:{collection})\b{head_end}"),
            (aside_needs, collections),
        ),
        (
            "agency",
            re.compile(rf"(?P<name>{_NAME}){aside}(?:{agency})\b{head_end}"),
            (aside_needs, _phrases("agency_descriptors")),
        ),
        ("agency", re.compile(rf"(?P<name>{_NAME})(?={_ACRONYM.pattern})"), (bracket,)),
        (
            "company",
            re.compile(rf"\b(?:{company})[ ](?P<name>{_NAME})(?=[ ]\()"),
            (_then_space(companies), bracket),
        ),
        (
            "company",
            re.compile(rf"(?P<name>{_NAME})(?={_TICKER}{_RELATIVE}[ ](?:{verbs})\b)"),
            (bracket, _space_then(_phrases("company_verbs"))),
        ),
    )


def _then_space(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{p} " for p in phrases)


def _space_then(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f" {p}" for p in phrases)


def _holds(text: str, needs: _Needs) -> bool:
    return all(any(s in text for s in group) for group in needs)


@per_lexicon
def _agency_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words('agency_name_words')})\b")


def find_entities(text: str) -> tuple[Entity, ...]:
    """The typed names of ``text``, in text order: where the text types them, and every later
    repetition of a name typed so. A network the article also names with a ticker in brackets
    ("the layer-2 network Cobalt" and "Cobalt (CBLT)") stays the coin: the text says the name
    is its token's."""
    found: dict[Span, Entity] = {}
    names: dict[str, str] = {}
    for kind, pattern, needs in _patterns():
        if not _holds(text, needs):
            continue  # the pattern cannot match: a word it needs is nowhere in the text
        for m in pattern.finditer(text):
            start, end = m.span("name")
            name, lead = _without_lead(m["name"])
            start += lead
            if not name or (kind == "agency" and not _agency_name(name, m.end() > end)):
                continue
            if kind != "company" and _known_elsewhere(kind, name):
                continue
            if kind == "network" and re.search(rf"\b{re.escape(name)}[ ]\([A-Z0-9]{{2,6}}\)", text):
                continue
            if (bracket := _ACRONYM.match(text, end)) is not None:
                end = bracket.end()
            aside = max(m.end(), end)
            if aside > end and (rest := _ASIDE_REST.match(text, aside)) is not None:
                aside = rest.end()  # "Ronin, the gaming chain behind Axie Infinity,": all of it
            found.setdefault((start, end), Entity(start, end, kind, aside))
            names.setdefault(name, kind)
    for name, kind in names.items():
        for at in standing_alone(text, name):
            if not any(s <= at < e for s, e in found):
                end = at + len(name)
                found[(at, end)] = Entity(at, end, kind, end)
    return tuple(sorted(found.values(), key=lambda e: e.start))


def _without_lead(name: str) -> tuple[str, int]:
    """The name without the capitalized function words a sentence starts with ("The Doodles"
    → "Doodles"), and how many characters went; empty when only a month or weekday is left
    ("October NFT sales")."""
    words = name.split(" ")
    dropped = 0
    while words and words[0].lower() in STOP_WORDS:
        dropped += len(words.pop(0)) + 1
    if all(word.rstrip(".") in _CALENDAR for word in words):
        return "", dropped
    return " ".join(words), dropped


_CALENDAR = {*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept", *calendar.day_name}


@per_lexicon
def _lexicon_names(kinds: tuple[str, ...]) -> frozenset[str]:
    """The lowercase names the lexicon gives assets of ``kinds`` ("crypto", "stock"...), and
    venues and sources when ``kinds`` holds "venue"."""
    entries: list[lexicon.AssetEntry | lexicon.NamedEntry] = [
        e for e in lexicon.assets() if e.kind in kinds
    ]
    if "venue" in kinds:
        entries += [*lexicon.venues(), *lexicon.sources()]
    return frozenset(name for entry in entries for name in entry.names)


@per_lexicon
def _coin_names() -> frozenset[str]:
    """The coins' names that are not their tickers ("ethereum", "solana"; not "op")."""
    coins = (e for e in lexicon.assets() if e.kind in _COINS)
    return frozenset(name for e in coins for name in e.names if name != e.id.lower())


_COINS = ("crypto", "stablecoin")
# the names no word beside them retypes: a network or a public body is never a coin's name
# (a bridge or a venue may be a network: "Ronin"); a collection is no name the lexicon knows
_KNOWN = {
    "network": _COINS,
    "agency": (*_COINS, "stock", "etf"),
    "collection": (*_COINS, "stock", "etf", "venue"),
}


def _known_elsewhere(kind: str, name: str) -> bool:
    """A name the lexicon knows as a coin (or, for a collection, a company, a venue or a
    source): a word beside it or an aside about it does not make it a network, a collection
    or a public body ("layer-2 Ethereum scaling network", "Ethereum NFT sales", "XRP, the
    token in the court fight"), and a coin's name with the end of a chain's name is the coin's
    own chain ("Ethereum Mainnet"; "OP Mainnet" is named with a ticker)."""
    if name.lower() in _lexicon_names(_KNOWN.get(kind, ())):
        return True
    head, _, end = name.rpartition(" ")
    own = lexicon.listed(lexicon.ENTITY_KINDS_FILE, "own_chain_ends", "phrases").phrases
    return end in own and head.lower() in _coin_names()


def _agency_name(name: str, described: bool) -> bool:
    """A public body's name: described as one, or a name of two or more words with a word of
    such bodies in it."""
    return described or (" " in name and _agency_word().search(name) is not None)


def within(start: int, end: int, entities: Iterable[Entity]) -> Entity | None:
    """The entity whose name or aside holds ``[start, end)``."""
    return next((e for e in entities if e.start <= start and end <= e.aside_end), None)


def not_named_things(mentions: list[Mention], entities: tuple[Entity, ...]) -> list[Mention]:
    """The mentions without the coins and tickers read inside a typed name: "OP Mainnet",
    "the layer-2 network Zora" and "(CBN)" after "Central Bank of Nigeria" name no coin."""
    names = [(e.start, e.end) for e in entities if e.kind in NOT_COINS or e.kind == "agency"]
    return [
        m
        for m in mentions
        if m.kind != "asset" or not any(s <= m.start and m.end <= e for s, e in names)
    ]


def thing_subject(ctx: Context, a: Amount, metric: str, sent: Span) -> Entity | None:
    """A network or NFT collection the figure's sentence names before it, with no coin named
    earlier in the sentence outside the names and their asides ("Floor of the Milady Maker
    collection: 4.6 ETH", "Value locked on Blast, an Ethereum layer-2, sank 18%"): the figure
    is the thing's, not a coin's. A network owns only its activity (value secured, deposits,
    transactions); its price, price move or an amount in a coin ("92 million ARB") is the
    token's."""
    before = [e for e in ctx.entities if sent[0] <= e.start and e.end <= a.start]
    if not before or before[-1].kind not in NOT_COINS:
        return None
    thing = before[-1]
    if thing.kind == "network" and not _activity(ctx, a, metric, sent):
        return None
    spans = [(e.start, max(e.end, e.aside_end)) for e in before]
    coins = ctx.in_span("asset", (sent[0], a.start))
    if any(not any(s <= m.start and m.end <= e for s, e in spans) for m in coins):
        return None
    return thing


def _activity(ctx: Context, a: Amount, metric: str, sent: Span) -> bool:
    """A figure of a network's activity: not an amount in a coin, and of an activity metric,
    or a move (read as a price's when no metric word owns it) of an activity the sentence
    names before it ("Value secured by Zircuit fell 12%") or with no price after it in the
    sentence (a table row "OP Mainnet | $4.1B | -2.6%"; not "Kinto fell 5% to $0.12")."""
    if a.kind == "crypto":
        return False
    if metric in _network_activity():
        return True
    if a.kind != "percent":
        return False
    if _activity_noun().search(ctx.text[sent[0] : a.start]) is not None:
        return True
    return not any(b.kind == "money" and a.end <= b.start < sent[1] for b in ctx.amounts)


@per_lexicon
def _activity_noun() -> re.Pattern[str]:
    nouns = _words("network_activity_nouns")
    return re.compile(rf"(?i)(?<![\w-])(?:{nouns})(?![\w-])")


@per_lexicon
def _network_activity() -> frozenset[str]:
    return frozenset(
        lexicon.listed(lexicon.ENTITY_KINDS_FILE, "network_activity", "metrics").metrics
    )
