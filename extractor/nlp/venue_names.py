"""Venues no lexicon lists, found by how the article names them.

A capitalized name is a venue when its last word says so ("Dahan Exchange", "Orbit
Bridge"), a noun before it does ("exchange Kizuna Coin", "lending protocol Ferrox"), an
appositive after it does ("Ferrox Finance, a lending protocol on Arbitrum,"), or the
article trades on it or names its kind in lower case after it, the kind heading its phrase
("the Camelot pool", "Zorbex's order book", "the Kestrel bridge exploit", not "the Tornado
protocol mixer"). A name in quotation marks is a title, no venue. Every later mention of
the name, and of its first word standing alone ("Ferrox has offered"), is the venue too.
A name a lexicon lists as an asset, source or venue keeps its own reading.
"""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context
from extractor.nlp.literals import ascii_upper, bounded, space_then
from extractor.nlp.mentions import Mention
from extractor.nlp.names import Name, clean, names_in, person_shaped
from extractor.nlp.tries import alternation


def venue_mentions(ctx: Context) -> list[Mention]:
    """Mentions of the article's venues no lexicon lists, in text order (read once)."""
    return ctx.remember("venue_names", None, lambda: _mentions(ctx))


@per_lexicon
def _cue() -> re.Pattern[str]:
    words = [
        *lexicon.attribution_phrases("venue_name_words"),
        *lexicon.attribution_phrases("venue_descriptors"),
        *lexicon.attribution_phrases("venue_places"),
    ]
    either = alternation(words, space=r"\s+")
    return re.compile(rf"(?i)\b{either}\b")


@per_lexicon
def _descriptor_before() -> re.Pattern[str]:
    descriptors = alternation(lexicon.attribution_phrases("venue_descriptors"), space=r"\s+")
    return re.compile(rf"(?i)\b{descriptors}\s+$")


@per_lexicon
def _appositive_after() -> re.Pattern[str]:
    descriptors = alternation(lexicon.attribution_phrases("venue_descriptors"), space=r"\s+")
    return re.compile(
        rf"(?i),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,5}}?{descriptors}\b[^,.;:\n]{{0,30}}"
        r"(?:,\s|\.(?:\s|$))"
    )  # closed by its comma: "Dahan, the country's fourth-largest exchange by volume, handled",
    # or by the sentence's end: "bought the passes on Kairo Market, the studio's marketplace."


@per_lexicon
def _place_after() -> re.Pattern[str]:
    places = alternation(lexicon.attribution_phrases("venue_places"), space=r"\s+")
    kinds = alternation(lexicon.attribution_phrases("venue_name_words"))
    # "the token's Camelot pool", "Zorbex's order book", "the Kestrel bridge exploit"
    return re.compile(rf"(?:['’]s)?\s+(?:(?i:(?:[\w-]+\s+)?{places})|(?:{kinds}))\b")


def _mentions(ctx: Context) -> list[Mention]:
    text = ctx.text
    names: dict[str, str] = {}  # a found venue's full name → itself
    cue = _cue()
    for sent in ctx.structure.sentences:
        if not cue.search(text, *sent) and not _ON_NAME.search(text, *sent):
            continue  # no word that could make a name a venue
        for n in names_in(text, *sent):
            n = _without_holders(text, n)
            if _listed(ctx, n) or _STOCK.search(text, n.start, n.end):
                continue
            if _is_venue(ctx, n):
                full = clean(n)
                names.setdefault(full, full)
    if not names:
        return []
    found: list[Mention] = []
    for full in _as_the_body_names_them(text, names):
        found += [Mention(at, at + len(full), "venue", full) for at in bounded(text, full)]
        first = full.split()[0]
        if first != full and len(first) > _SHORTEST and first.lower() not in _common(text):
            size = len(first)
            alone = bounded(text, first, fits=lambda _, end: not space_then(text, end, ascii_upper))
            found += [Mention(at, at + size, "venue", full) for at in alone]
    listed = [(m.start, m.end) for m in ctx.mentions]
    kept = {
        (m.start, m.end): m for m in found if not any(s < m.end and m.start < e for s, e in listed)
    }
    return sorted(kept.values(), key=lambda m: m.start)


def _as_the_body_names_them(text: str, names: dict[str, str]) -> list[str]:
    """One name for each venue: forms sharing their first word ("Kestrel Bridge" in the
    headline, "cross-chain bridge Kestrel" in the body) are one venue, called as the body
    first calls it (the headline's form only when the body never names it)."""
    body = text.find("\n") + 1 if "\n" in text.strip() else 0
    by_first: dict[str, list[str]] = {}
    for full in names:
        by_first.setdefault(full.split()[0], []).append(full)

    def first_in_body(full: str) -> int:
        at = next(bounded(text, full, body), None)
        if at is None:
            at = next(bounded(text, full), None)
        return (0 if at >= body else len(text)) + at if at is not None else 2 * len(text)

    return [min(forms, key=first_in_body) for forms in by_first.values()]


_SHORTEST = 3  # a first word this short ("Go", "Sky") is no name on its own
_STOCK = re.compile(r"\bStock\b")  # "New York Stock Exchange": where shares trade


def _common(text: str) -> set[str]:
    """Words the article also writes in lowercase: no name of their own."""
    return set(re.findall(r"\b[a-z][a-z-]+\b", text))


def _listed(ctx: Context, n: Name) -> bool:
    """A lexicon asset, source or venue covers the name: it keeps its own reading."""
    return any(
        m.end > n.start and m.start < n.end
        for kind in ("asset", "source", "venue")
        for m in ctx.in_span(kind, (n.start - 40, n.end))
    )


def _is_venue(ctx: Context, n: Name) -> bool:
    text = ctx.text
    words = word_set("venue_name_words")
    if _quoted(text, n):
        return False
    if len(n.words) > 1 and n.words[-1].lower() in words:
        # "Perp DEX volume", "Options Exchange" in a label: words the article also writes
        # in lower case are a kind of venue, capitalized by their place, no name
        return not all(w.lower() in _common(text) for w in n.words[:-1])
    if _descriptor_before().search(text, max(0, n.start - 40), n.start):
        return True
    if _appositive_after().match(text, n.end, n.end + 120):
        return True
    if _traded_on(ctx, n):
        return True
    if _INDEFINITE.search(text, max(0, n.start - 4), n.start):
        return False  # "an Indonesian exchange": an adjective of a kind, not a name
    place = _place_after().match(text, n.end)
    return place is not None and _heads_phrase(text, place.end())


_INDEFINITE = re.compile(r"(?i)\ban?\s+$")
_CHAIN_LABEL = re.compile(r"(?i)(?:on|off)-?chain\b")
_KIND_PLURAL = re.compile(r"(?i)(?:DEXs|DEXes|CEXs|CEXes)$")
_ON_NAME = re.compile(r"\bon\s+(?:the\s+)?[A-Z]")


@per_lexicon
def _activity_on() -> re.Pattern[str]:
    words = alternation(lexicon.attribution_phrases("venue_activity_words"), space=r"\s+")
    # the activity and "on" in one phrase: "volume on", "SOL perpetuals on", "traded $4
    # million on"; no clause mark between them
    return re.compile(rf"(?i)\b{words}\b[^.;:,()\n]{{0,40}}?\bon\s+$")


@per_lexicon
def _holiday_names() -> frozenset[str]:
    return frozenset(name.lower() for h in lexicon.holidays() for name in h.names)


def _traded_on(ctx: Context, n: Name) -> bool:
    """A name in the slot of a market after its activity and "on" ("volume on Nuvex
    jumped", "open interest in SOL perpetuals on Driftline"), not a date, a person, a
    possessive ("on Kairo's order book" reads by its place word) or a name of several
    words whose last one the article also writes in lowercase ("on Wall Street")."""
    text = ctx.text
    if n.possessive or person_shaped(n) or ctx.times_in((n.start, n.end)):
        return False
    if n.text.lower() in _holiday_names():
        return False  # "volume on Juneteenth": a named day, even where it reads as no date
    if _CHAIN_LABEL.match(n.words[0]) or _KIND_PLURAL.search(n.words[-1]):
        return False  # "on On-chain DEXs", "on Solana DEXs": a label or a class of venues
    if not _activity_on().search(text, max(0, n.start - 60), n.start):
        return False
    if not _heads_phrase(text, n.end):
        return False  # "on Indian exchanges": an adjective of the venues' kind, no name
    return len(n.words) == 1 or n.words[-1].lower() not in _common(text)


def _without_holders(text: str, n: Name) -> Name:
    """ "Tokenholders of Kestrel", "Holders of Runeswap": a group of people before "of" (a
    plural word the article uses as no name's first word elsewhere) is no part of the
    venue's name; "Bank of Korea" keeps its name."""
    if len(n.words) < 3 or n.words[1] != "of" or not _PLURAL.fullmatch(n.words[0]):
        return n
    rest = n.words[2:]
    start = text.find(rest[0], n.start + len(n.words[0]))
    return Name(start, n.end, rest, n.possessive) if start >= 0 else n


_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ants|ents|ees|ists)")  # "Holders", "Depositors"


def _quoted(text: str, n: Name) -> bool:
    """The name stands in quotation marks: a title ("the “Shabka Exchange”", a project
    or programme), not a market."""
    return text[n.start - 1 : n.start] in _OPENING and text[n.end : n.end + 1] in _CLOSING


_OPENING, _CLOSING = frozenset("“\"'‘"), frozenset("”\"'’")


def _heads_phrase(text: str, end: int) -> bool:
    """The kind word ending at ``end`` heads its phrase: no lower-case noun follows it
    ("the Kestrel bridge exploit", "the Camelot pool, draining"), unlike "the Tornado
    protocol mixer" (a mixer); a word ending in -ed or -ing is a verb after it."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return True
    word = after[1]
    return word in word_set("venue_kind_followers") or word.endswith(("ed", "ing"))


_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


@per_lexicon
def word_set(name: str) -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.attribution_phrases(name))
