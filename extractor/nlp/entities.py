"""What kind of thing a name is, by what the text itself says of it, found once per article.

A news text types the names it uses: a descriptor before the name ("the layer-2 network
Zora"), an appositive after it ("Blast, an Ethereum layer-2", "Receita Federal, the
country's tax authority"), the end of the name ("OP Mainnet", "Nakamigos NFTs", "Punk
#3100") or a word inside it ("Central Bank of Nigeria (CBN)"). A name typed once keeps its
kind wherever the article repeats it. The asset rules ask the kind: a network or an NFT
collection is no coin (its figures take no coin ticker, a floor of 4.6 ETH included), and a
public body's acronym in brackets is no ticker.
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


def _words(name: str) -> str:
    return alternation(lexicon.listed(lexicon.ENTITY_KINDS_FILE, name, "phrases").phrases)


@per_lexicon
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) pairs; group ``name`` is the name, the match's end the aside's."""
    aside = r",[ ](?:(?:a|an|the)[ ]|[A-Z][\w-]*['’]s[ ])(?:[^\s,;:.()]+[ ]){0,4}?"
    network, collection = _words("network_descriptors"), _words("collection_descriptors")
    agency = _words("agency_descriptors")
    company, verbs = _words("company_descriptors"), _words("company_verbs")
    return (
        ("network", re.compile(rf"\b(?:{network})[ ](?P<name>{_NAME})")),
        ("network", re.compile(rf"(?P<name>{_NAME}[ ](?:{_words('network_name_ends')}))\b")),
        ("network", re.compile(rf"(?P<name>{_NAME}){aside}(?:{network})(?![\w-])")),
        ("collection", re.compile(rf"\b(?:{collection})[ ](?P<name>{_NAME})")),
        ("collection", re.compile(rf"(?P<name>{_NAME})[ ](?:{_words('collection_name_ends')})\b")),
        ("collection", re.compile(rf"(?P<name>{_NAME})[ ]#\d+\b(?!:)")),  # not an issue's
        ("collection", re.compile(rf"(?P<name>{_NAME}){aside}(?:{collection})\b")),
        ("agency", re.compile(rf"(?P<name>{_NAME}){aside}(?:{agency})\b")),
        ("agency", re.compile(rf"(?P<name>{_NAME})(?={_ACRONYM.pattern})")),
        ("company", re.compile(rf"\b(?:{company})[ ](?P<name>{_NAME})(?=[ ]\()")),
        ("company", re.compile(rf"(?P<name>{_NAME})(?={_TICKER}{_RELATIVE}[ ](?:{verbs})\b)")),
    )


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
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            start, end = m.span("name")
            name, lead = _without_lead(m["name"])
            start += lead
            if not name or (kind == "agency" and not _agency_name(name, m.end() > end)):
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
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(s <= m.start() < e for s, e in found):
                found[m.span()] = Entity(m.start(), m.end(), kind, m.end())
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


def thing_subject(ctx: Context, a: Amount, sent: Span) -> Entity | None:
    """A network or NFT collection the figure's sentence names before it, with no coin named
    between ("Floor of the Milady Maker collection: 4.6 ETH", "Blast, an Ethereum layer-2,
    sank 18%"): the figure is the thing's, not a coin's."""
    before = [e for e in ctx.entities if sent[0] <= e.start and e.end <= a.start]
    if not before or before[-1].kind not in NOT_COINS:
        return None
    thing = before[-1]
    between = (max(thing.aside_end, thing.end), a.start)
    return None if ctx.in_span("asset", between) else thing
