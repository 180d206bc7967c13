"""Lexicon mentions: assets, data sources, venues, metric and side triggers.

One spaCy PhraseMatcher on lowercase text holds every lexicon (phrase patterns run
several times faster than token patterns). Ambiguous names ("SOL", "Strategy",
"link") are kept only where the text reads as crypto: a cashtag, an upper-case
ticker, or a capitalized name that is not the first word of its sentence or whose
asset the article also names unambiguously.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import cast

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import alternation
from extractor.nlp.article_tickers import later_mentions
from extractor.nlp.cues import (
    cue_words,
    exchange_code_suffixes,
    is_ticker,
    named_coin,
    parenthesized_ticker,
    unknown_ticker,
)
from extractor.nlp.lemmas import LemmaSetter, covers_every_form, surface_forms, trigger_key
from extractor.nlp.lines import Line, read_lines
from extractor.nlp.literals import standing_alone
from extractor.nlp.names import TitleCaseLines
from extractor.nlp.structural_tickers import structural_tickers, written_again
from extractor.nlp.time_zones import names_a_zone

_QUOTES = ("USDT", "USDC", "USD", "BUSD", "PERP", "FDUSD")  # a pair's quote side, as tried
_PAIR = re.compile(rf"\b(?P<base>[A-Z][A-Z0-9]{{1,9}})[-/]?(?:{'|'.join(_QUOTES)})\b")


@dataclass(slots=True)
class Mention:
    """A lexicon hit: ``kind`` is asset, source, venue, metric or side; ``value`` its id;
    ``key`` the lemmas a trigger word matched on ("plunged" → "plunge")."""

    start: int
    end: int
    kind: str
    value: str
    asset_kind: str = ""
    ambiguous: bool = False
    key: str = ""


_TRIGGER_KINDS = ("metric", "side")


class MentionMatcher:
    """Build the phrase matcher once; ``find`` returns the mentions of a Doc."""

    def __init__(self, nlp: Language) -> None:
        # Names and inflected trigger forms match on lowercase words; trigger words written
        # in their base form match on lemmas, so "plunge" covers "plunged" and "Plunging".
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.triggers = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.lemmas = LemmaSetter(nlp)
        self.labels: dict[str, tuple[str, str, str, str]] = {}
        self.labels_by_id: dict[int, tuple[str, str, str, str]] = {}  # by the match id
        self.ambiguous: set[tuple[str, str]] = set()
        self.epithets: set[str] = set()
        self.ranked: set[str] = set()  # assets with names by rank
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        for kind, value, names, extra in self._entries():
            if kind not in _TRIGGER_KINDS:
                label = f"{kind}:{value}"
                self.labels[label] = (kind, value, extra, "")
                self.matcher.add(label, list(tokenizer.pipe(_cased(names))))
                continue
            for name in names:  # one label per trigger phrase: its weight is looked up by it
                label = f"{kind}:{value}:{name}"
                self.labels[label] = (kind, value, extra, trigger_key(name))
                if covers_every_form(name):
                    self.triggers.add(label, [self.lemmas(tokenizer(name))])
                else:
                    self.matcher.add(label, list(tokenizer.pipe(surface_forms(name))))

    def _entries(self) -> Iterator[tuple[str, str, list[str], str]]:
        for asset in lexicon.assets():
            self.ambiguous.update(("asset", n) for n in asset.ambiguous)
            self.epithets.update(asset.epithets)
            if asset.epithets:
                self.ranked.add(asset.id)
            yield "asset", asset.id, asset.names + asset.epithets, asset.kind
        for kind, entries in (("source", lexicon.sources()), ("venue", lexicon.venues())):
            for entry in entries:
                self.ambiguous.update((kind, n) for n in entry.ambiguous)
                yield kind, entry.name, entry.names, entry.kind
        by_metric: dict[str, list[str]] = {}
        for trigger in lexicon.metric_triggers():
            by_metric.setdefault(trigger.metric, []).append(trigger.phrase)
        for metric, phrases in by_metric.items():
            yield "metric", metric, phrases, ""
        by_side: dict[str, list[str]] = {}
        for side in lexicon.side_triggers():
            by_side.setdefault(side.side, []).append(side.phrase)
        for side_name, phrases in by_side.items():
            yield "side", side_name, phrases, ""

    def find(
        self,
        doc: Doc,
        text: str,
        companies: Sequence[tuple[int, int]] = (),
        lines: Sequence[Line] | None = None,
    ) -> list[Mention]:
        """Every mention in ``doc``; ambiguous asset/source names filtered by context; a
        ticker in brackets inside one of ``companies`` (names the text types as companies)
        is a share's."""
        strings = doc.vocab.strings
        if len(doc) and not doc.has_annotation("LEMMA"):
            self.lemmas(doc)
        matches = [*self.matcher(doc), *self.triggers(doc)]
        raw: list[Mention] = []
        by_id = self.labels_by_id
        for (match_id, _, _), first, last in zip(matches, *_char_spans(doc, matches), strict=True):
            label = by_id.get(match_id)
            if label is None:
                label = by_id[match_id] = self.labels[strings[match_id]]
            kind, value, extra, key = label
            mention = Mention(first, last, kind, value, extra, key=key)
            mention.ambiguous = (kind, text[first:last].lower()) in self.ambiguous
            raw.append(mention)
        raw.extend(_pairs(text))
        named = {m.start for m in raw if m.kind == "asset"}
        introduced = list(_unknown_tickers(text, named, companies))
        raw.extend(introduced)
        raw = _named_by_ticker(text, raw, [m for m in introduced if m.asset_kind == "etf"])
        raw.extend(_introduced_again(text, introduced, named))
        raw.extend(_bracketed_coins_again(text, introduced, named))
        chains: list[tuple[int, int]] = []
        coins = list(_named_coins(text, named, chains))
        raw.extend(coins)
        _stablecoins_throughout(introduced, coins)
        if chains:  # "Solana memecoin BONKLE": the chain the coin lives on is not its subject
            raw = [m for m in raw if m.kind != "asset" or not _within(m, chains)]
        raw.extend(_letter_tickers(text, named))
        raw.extend(_laid_out_tickers(text, named, lines))
        raw = [m for m in raw if m.kind != "asset" or not names_a_zone(text, m.start, m.end)]
        sure = {m.value for m in raw if m.kind == "asset" and not m.ambiguous}
        headline = TitleCaseLines(text)
        reads = [m for m in raw if m.ambiguous]
        sure |= {m.value for m in reads if _reads_as_name(doc, headline, m, set())}
        kept = [m for m in raw if not m.ambiguous or _reads_as_name(doc, headline, m, sure)]
        ranked = self.ranked
        kept = [m for m in kept if m.value not in ranked or not self._epithet_of_another(text, m)]
        return _longest(kept)

    def _epithet_of_another(self, text: str, m: Mention) -> bool:
        """ "The largest crypto exchange": a coin's rank name before a noun names that noun;
        "the third-largest digital asset": after an ordinal it names another rank."""
        if m.kind != "asset" or text[m.start : m.end].lower() not in self.epithets:
            return False
        if _rank_ordinal().search(text, max(0, m.start - 16), m.start) is not None:
            return True
        return _epithet_noun().match(text, m.end) is not None


@per_lexicon
def _epithet_noun() -> re.Pattern[str]:
    return re.compile(rf"(?i)[\s-]+{cue_words('epithet_nouns_after')}\b")


@per_lexicon
def _rank_ordinal() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:\d+(?:st|nd|rd|th)|{cue_words('rank_ordinals')})[\s-]+$")


def _unknown_tickers(
    text: str, known: set[int], companies: Sequence[tuple[int, int]]
) -> Iterator[Mention]:
    """Tickers the lexicon does not list, where the text reads them as coins ("IOST token",
    "$PNUT") or shares (an exchange's prefix, a company's suffix or a name the text types as
    a company), unless a lexicon name already starts there."""
    for m in parenthesized_tickers(text):
        start, end = m.span("ticker")
        if start not in known and is_ticker(m["ticker"]) and not _spelled_out(text, m):
            listed = m["exchange"] or m["suffix"] or any(s < start < e for s, e in companies)
            ticker = m["ticker"]
            if ticker.isdigit():  # "(TSE: 3350)": the code as its exchange's suffix writes it
                ticker += exchange_code_suffixes().get(m["exchange"], "")
            kind = "stock" if listed else "etf" if _fund_before(text, m.start()) else "crypto"
            yield Mention(start, end, "asset", ticker, kind)
            known.add(start)
    for m in unknown_ticker().finditer(text):
        group = "cash" if m["cash"] else "word"
        start, end = m.span(group)
        if start not in known and start - 1 not in known and is_ticker(m[group]):
            yield Mention(start, end, "asset", m[group], "crypto")


def _named_coins(text: str, known: set[int], chains: list[tuple[int, int]]) -> Iterator[Mention]:
    """Coins the lexicon does not know that the article names as coins ("Solana memecoin
    BONKLE", "FLOKIX, a cat-themed token") or as tickers ("$PNUT", "IOST token"), and every
    later upper-case mention of the same word ("BONKLE now has 186,400 holders"): the
    article introduced the coin, so its bare name is the coin from there on. The words that
    describe such a coin ("Solana memecoin", ", the Solana dog coin") go to ``chains``."""
    since: dict[str, int] = {}  # a coin's word, where the article first names it as a coin
    kinds: dict[str, str] = {}  # a coin's word named by the noun "stablecoin": its kind
    for m in named_coin().finditer(text):
        group = "after" if m["after"] else "apposed" if m["apposed"] else "described"
        noun_group = "anoun" if group == "apposed" else "noun"
        if group != "described" and m[noun_group].isupper():
            continue  # an upper-case headline ("TOKEN UNLOCKS LOOM"): no ticker read
        if not is_ticker(m[group]) or m.start(group) in known:
            continue
        if group == "apposed" and _OBJECT_OF.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Asked about the token, FINMA, the Swiss regulator, said": a party
        if m[group].lower() in STOP_WORDS:
            continue  # "The coin NOW trades at $0.42": an English word set in capitals
        since.setdefault(m[group], m.start(group))
        if _STABLECOIN.search(m[0]):  # "the euro stablecoin EURQ": its reserves back it
            kinds.setdefault(m[group], "stablecoin")
        if group != "described":
            noun = m.start(noun_group)
            if chain := _CHAIN_BEFORE.search(text, max(0, noun - _CHAIN_REACH), noun):
                chains.append(chain.span())
        else:
            chains.append((m.end(group), m.end()))
    for m in unknown_ticker().finditer(text):
        word = m["cash"] or m["word"]
        if is_ticker(word) and word not in since:
            since[word] = m.start()
    for word, first in since.items():
        for at in standing_alone(text, word, before="$", after=""):
            if at < first or at in known:
                continue
            yield Mention(at, at + len(word), "asset", word, kinds.get(word, "crypto"))
            known.add(at)


def _stablecoins_throughout(introduced: list[Mention], coins: list[Mention]) -> None:
    """A word the article names a stablecoin ("the euro stablecoin EURQ") is one wherever it
    reads as a ticker ("EURQ tokens"), so its issuer's reserves count all its mentions."""
    stable = {m.value for m in coins if m.asset_kind == "stablecoin"}
    for m in introduced:
        if m.value in stable and m.asset_kind == "crypto":
            m.asset_kind = "stablecoin"


_STABLECOIN = re.compile(r"(?i)\bstablecoin\b")

# a preposition opening the coin noun's phrase: what is set off after it is another party
_OBJECT_OF = re.compile(
    r"(?i)\b(?:about|on|of|for|with|to|regarding|over|into|against|from|than|like|unlike|in|at|by"
    r"|besides|beside|beyond|despite|outside|including|excluding|except|among|alongside|behind"
    r"|without|within|via|per|after|before|since|under|through|across|toward|towards)"
    r"\s+(?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}$"
)
_CHAIN_REACH = 24  # characters: "Solana memecoin", "BNB Chain token"
_CHAIN_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][\w.]*\s+){1,3}$")  # capitalized words


def _laid_out_tickers(
    text: str, known: set[int], lines: Sequence[Line] | None
) -> Iterator[Mention]:
    """Coins the article's tables and price lists name (``structural_tickers``), wherever it
    writes them in capitals."""
    if "\t" not in text and "  " not in text and "|" not in text and ":" not in text:
        return  # no table and no label line: nothing laid out to read
    words = structural_tickers(text, read_lines(text) if lines is None else lines, known)
    for start, end, word in written_again(text, words, known):
        yield Mention(start, end, "asset", word, "crypto")
        known.add(start)


def _within(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= m.start and m.end <= end for start, end in spans)


def _named_by_ticker(text: str, raw: list[Mention], funds: list[Mention]) -> list[Mention]:
    """A fund name the lexicon knows right before a ticker's bracket names the fund of that
    ticker ("The iShares Bitcoin ETF (IBTC)" is IBTC, a listing of its own): the name's
    lexicon fund is dropped there."""
    if not funds:
        return raw
    brackets = {text.rfind("(", 0, m.start) for m in funds}
    return [
        m
        for m in raw
        if not (m.kind == "asset" and m.asset_kind == "etf" and _before_bracket(text, m, brackets))
    ]


def _before_bracket(text: str, m: Mention, brackets: set[int]) -> bool:
    gap = len(text[m.end : m.end + 3]) - len(text[m.end : m.end + 3].lstrip())
    return m.end + gap in brackets


def _fund_before(text: str, end: int) -> bool:
    """ "The Purpose Bitcoin ETF (BTCC)", "the Osprey Bitcoin Trust (OBTC)": a fund's name ends
    right before the bracket, so its ticker is the fund's."""
    return _fund_end().search(text, max(0, end - 40), end) is not None


@per_lexicon
def _fund_end() -> re.Pattern[str]:
    return re.compile(rf"(?<=[A-Za-z] )(?:{cue_words('fund_name_ends')})\s*$")


def _introduced_again(text: str, introduced: list[Mention], known: set[int]) -> Iterator[Mention]:
    """The tickers an article introduced in brackets, named again later (``article_tickers``),
    where no lexicon name starts."""
    # only a listed company's: an exchange or a company suffix says the brackets hold a
    # ticker ("(IPCC)", "(SEA)" after other names are abbreviations and codes)
    bracketed = [
        m for m in introduced if m.asset_kind == "stock" and text[m.end : m.end + 1] == ")"
    ]
    spans = [(m.start, m.end, i) for i, m in enumerate(bracketed)]
    for (start, end), i in later_mentions(text, spans):
        if start not in known:
            m = bracketed[i]
            yield Mention(start, end, "asset", m.value, m.asset_kind)
            known.add(start)


def _bracketed_coins_again(
    text: str, introduced: list[Mention], known: set[int]
) -> Iterator[Mention]:
    """A coin's ticker the article introduced in brackets after the coin's name ("Cobalt
    (CBLT)", "Vela USD (VUSD)") and writes as the unit of a count of coins ("310 million
    CBLT", "1,450,000 VUSD") is that coin wherever the article writes it as a word, before the
    brackets too: a lede often names the ticker before the body spells out whose it is. An
    organisation's initials in brackets ("(SFC)", "(FATF)") count no coins and stay names."""
    for coin in introduced:
        if coin.asset_kind != "crypto" or text[coin.end : coin.end + 1] != ")":
            continue
        word = rf"(?<![\w$.]){re.escape(coin.value)}(?!\w)"
        if not re.search(rf"{_coin_count()}\s+{word}", text):
            continue
        for hit in re.finditer(word, text):
            if hit.start() not in known:
                yield Mention(hit.start(), hit.end(), "asset", coin.value, "crypto")
                known.add(hit.start())


@per_lexicon
def _coin_count() -> str:
    """A count large enough to be coins: a number with a scale word ("310 million", "310M")
    or written with thousands separators ("1,450,000")."""
    scales = alternation(s.word for s in lexicon.scales() if not s.money)
    return rf"(?:\d[\d,.]*\s?(?i:{scales})|\d{{1,3}}(?:,\d{{3}})+)"


def parenthesized_tickers(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``parenthesized_ticker()`` in ``text``, in order. Each ends at an
    opening parenthesis after spaces and starts at most a company suffix before those
    spaces, so the pattern is searched from there only: a text without such a parenthesis
    is not scanned at all (the pattern has no first character the engine could skip to)."""
    pattern, reach = parenthesized_ticker(), _longest_suffix()
    pos = at = 0  # where the next match may start; where to look for a parenthesis
    while (paren := text.find("(", at)) >= 0:
        spaces = paren
        while spaces > pos and text[spaces - 1].isspace():  # what the pattern's \s reads
            spaces -= 1
        if spaces == paren:
            at = paren + 1  # no space before it: no match ends at this parenthesis
            continue
        m = pattern.search(text, max(pos, spaces - reach))
        if m is None:
            return
        yield m
        pos = at = m.end()


@per_lexicon
def _longest_suffix() -> int:
    """The longest company suffix ``parenthesized_ticker`` reads before the spaces."""
    return max((len(s) for s in lexicon.cue_phrases("company_suffixes")), default=0)


def _letter_tickers(text: str, known: set[int]) -> Iterator[Mention]:
    """A coin whose ticker is one letter, in parentheses right after a name ("Wormhole (W)",
    "Sonic (S)"): only letters the lexicon lists as a coin's ticker, so "Plan (B)" and list
    markers stay no coin."""
    letters = _letter_coins()
    for m in _LETTER_TICKER.finditer(text):
        start, before = m.start("ticker"), m.start() - 1
        if m["ticker"] in letters and start not in known and before >= 0 and text[before].isalpha():
            yield Mention(start, start + 1, "asset", m["ticker"], "crypto")


_LETTER_TICKER = re.compile(r"\s\((?P<ticker>[A-Z])\)")


@per_lexicon
def _letter_coins() -> frozenset[str]:
    """Coins whose ticker (their id) is a single letter."""
    return frozenset(e.id for e in lexicon.assets() if len(e.id) == 1 and e.kind == "crypto")


def _spelled_out(text: str, m: re.Match[str]) -> bool:
    """ "Open Interest (OI)", "Relative Strength Index (RSI)", "the Momentum Reversal
    Indicator’s (MRI)": an abbreviation of the words before it, no ticker; so is one whose
    words a joining word parts ("Australian Securities and Investments Commission (ASIC)",
    "tax deducted at source (TDS)"), unless an exchange's prefix says it is a share's."""
    letters = m["ticker"].lower()
    words = [w.lower() for w in _SPELLED_WORD.findall(text[max(0, m.start() - 80) : m.start()])]
    initials = "".join(w[0] for w in words[-len(letters) :])
    if initials == letters:
        return True
    return not m["exchange"] and letters.isalpha() and _initials_from_end(words, letters)


def _initials_from_end(words: list[str], letters: str) -> bool:
    """Whether ``letters`` are the first letters of the words ending ``words``, read back
    from the last word, a joining word ("and", "of", "at") standing in for no letter."""
    joining = _acronym_joining_words()

    def spells(w: int, k: int) -> bool:  # words[:w] end with the initials letters[:k]
        if k == 0:
            return True
        if w == 0:
            return False
        word = words[w - 1]
        if word[0] == letters[k - 1] and spells(w - 1, k - 1):
            return True
        return word in joining and k < len(letters) and spells(w - 1, k)

    return spells(len(words), len(letters))


@per_lexicon
def _acronym_joining_words() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("acronym_joining_words"))


_SPELLED_WORD = re.compile(r"[^\W\d_]+(?:['’][sS]\b)?")  # a possessive's "s" is no word


def _cased(names: list[str]) -> list[str]:
    """Each lowercase name, and capitalized where it has a dot: "Mt. Gox" and "U.S." are
    tokenized as abbreviations only when capitalized, "mt. gox" as three tokens."""
    return names + [n.title() for n in names if "." in n and n.title() != n]


def _char_spans(doc: Doc, matches: list[tuple[int, int, int]]) -> tuple[list[int], list[int]]:
    """The character start and end of each token match, read off one offsets array by
    index (no Span objects; a list of every token's offsets costs more than the matches)."""
    if not matches:
        return [], []
    offsets = doc.to_array([IDX, LENGTH])
    found = numpy.asarray(matches, dtype="uint64")[:, 1:].astype("intp")
    last = offsets[found[:, 1] - 1]
    return offsets[found[:, 0], 0].tolist(), (last[:, 0] + last[:, 1]).tolist()


def _pairs(text: str) -> Iterator[Mention]:
    """Trading pairs (BTC-USDT, ETHUSDT): the pair's base asset."""
    if not any(quote in text for quote in _QUOTES):
        return  # no quote currency written: no pair, and the text is not scanned
    for m in _PAIR.finditer(text):
        yield Mention(m.start(), m.end(), "asset", m["base"], "pair")


def _reads_as_name(doc: Doc, headline: TitleCaseLines, mention: Mention, sure: set[str]) -> bool:
    full = headline.text
    text = full[mention.start : mention.end]
    if mention.start and full[mention.start - 1] == "$":
        return True
    if text.isupper() and len(text) > 1:
        return True
    if not text[:1].isupper():
        return False
    titled = headline(mention.start, longest=None)  # "Hackers Drain Curve Pools"
    venue = mention.kind == "venue" and not titled
    if venue and _ends_another_name(full, mention.start, mention.end):
        return False  # "Kitsune Drift, a racing game": a word of another name, no venue
    if mention.kind == "asset" and not titled and _surname(full, mention):
        return False  # "analyst Hildur Sand", "said Marco Near": a person's name, no coin
    if mention.value in sure:
        return True
    if mention.asset_kind == "stock" and _equity_after().match(full, mention.end):
        return True  # "Circle shares rose 5%": the listed company's stock
    if headline(mention.start, longest=None):
        return False  # "Bitcoin ETFs Lose Over $1 Billion In One Day"
    token = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if token is None:
        return False
    return not token[0].is_sent_start or _subject_verb_after(full, mention.end)


def _surname(text: str, mention: Mention) -> bool:
    """A coin's word-name written after a capitalized word that is no name of the same
    coin ("Hildur Sand", "Petra Link"; not "Harmony One", "Stellar Lumens") ends a longer
    name, a person's or a firm's, as ``_ends_another_name`` reads it."""
    word = _WORD_BEFORE_NAME.search(text, max(0, mention.start - 30), mention.start)
    if word is None or word[1].lower() in _names_of(mention.value):
        return False
    if _fund_after().match(text, mention.end):
        return False  # "the Bitwise Polygon fund", "Grayscale Near Trust": the fund's coin
    return _ends_another_name(text, mention.start, mention.end)


@per_lexicon
def _fund_after() -> re.Pattern[str]:
    nouns = lexicon.listed(lexicon.ASSET_CUES_FILE, "fund_nouns", "phrases").phrases
    return re.compile(rf"\s+(?i:{alternation(nouns)})\b")


@per_lexicon
def _asset_names() -> dict[str, frozenset[str]]:
    return {a.id: frozenset(a.names) for a in lexicon.assets()}


def _names_of(asset: str) -> frozenset[str]:
    return _asset_names().get(asset, frozenset())


def _ends_another_name(text: str, start: int, end: int) -> bool:
    """A capitalized word right before the name makes it the last word of a longer name
    ("Players of Neon Drift"); not a function word ("On Drift"), a month or weekday
    ("In January Drift"), a possessive ("Solana's Drift") or capitals ("DEX Drift"), nor a
    coin's, chain's or venue's name ("Ethereum Curve pools"). A word that opens its sentence
    may owe its capital to the sentence ("Yesterday Curve processed"): it joins the name
    only where an appositive follows and says what the whole is ("Kitsune Drift, a game")."""
    word = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
    if word is None:
        return False
    before = word[1]
    if before.lower() in _known_names():
        return False
    if before.lower() in STOP_WORDS or before in _CALENDAR_WORDS:
        return False
    if _SENTENCE_OPENS.search(text, max(0, word.start() - 8), word.start()):
        return _APPOSITIVE.match(text, end) is not None
    return True


@per_lexicon
def _known_names() -> frozenset[str]:
    """Coins, chains and venues named in one word: next to a venue they are other names."""
    names = [n for a in lexicon.assets() for n in a.names if n not in a.ambiguous]
    names += [n for v in lexicon.venues() for n in v.names if n not in v.ambiguous]
    return frozenset(n for n in names if " " not in n)  # "Sky" (SKY) may be any word


_WORD_BEFORE_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ ]$")
# ", a racing game", ", an NFT collection", ", the studio's title": what the name names
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s")
# the start of a text, or a sentence's end, a line break or a colon, with opening quotes
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?:]\s+|\n)\s*[\"“‘'(]?$")
_CALENDAR_WORDS = frozenset((*calendar.month_name[1:], *calendar.day_name))


def _subject_verb_after(text: str, end: int) -> bool:
    """ "Strategy bought ...", "Strategy’s stock ...": a name acting as the subject."""
    following = re.match(r"\s*(’s|'s|[A-Za-z]+)", text[end : end + 20])
    return following is not None and following[1].lower() in _subject_verbs()


@per_lexicon
def _equity_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?i:{cue_words('equity_nouns_after')})\b")


@per_lexicon
def _subject_verbs() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("subject_verbs"))


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Per kind, drop mentions inside a longer one ("bitcoin" inside "bitcoin etfs" stays:
    different kinds)."""
    mentions.sort(key=lambda m: (m.kind, m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in mentions:
        last = kept[-1] if kept else m
        inside = last is not m and last.kind == m.kind and m.start < last.end
        if inside and ((m.start, m.end) != (last.start, last.end) or m.value == last.value):
            continue  # inside a longer one; the same words naming two metrics both stay
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept
