"""What a figure is, read from the noun of its own phrase.

A figure measures the quantity its own noun phrase names, whatever the topic's words:
"$41 million in sales volume", "sales volume of $41 million", "value secured stood at
$8.2 billion", "royalties paid to creators fell to 310 ETH", "seized $1.2 billion". The
nouns are a lemma table (``data/quantity_nouns.jsonl``) grouped by metric, so one entry
covers every form ("royalty" reads "royalties", "value secure" reads "value secured").
The words of a sentence are read and lemmatized once for all its figures; each figure
looks only at the few words around it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from extractor import lexicon
from extractor.errors import LexiconError
from extractor.lexicon import QuantityNoun, per_lexicon
from extractor.nlp.amount_grammar import alternation
from extractor.nlp.context import Context, Span, clause_of
from extractor.nlp.layers import Amount, M
from extractor.nlp.lemmas import lemma, lemma_phrase

__all__ = [
    "Head",
    "OwnNoun",
    "bounded_noun",
    "flow_lead",
    "flow_span",
    "heads_figure",
    "own_head",
    "own_noun",
    "sizes_noun",
    "span_noun",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’]*(?:-[A-Za-z0-9]+)*")
_PER_WORD = re.compile(r"(?i)\s+per\s+")  # "Spend per active cardholder": a rate of its head
_AFTER_LINKS = frozenset({"of", "in", "worth"})  # "$N of X", "$N in X": read by _after
_NP_WORDS = 6  # words of a noun phrase read after "in"/"of" or as a subject
_SUBJECT_WORDS = 12  # words of a clause read back for the subject of a linking verb


class _Word(NamedTuple):  # a tuple: built for every word of a figure's sentence
    start: int
    end: int
    lower: str
    lemma: str


@dataclass(frozen=True, slots=True)
class OwnNoun:
    """The quantity noun a figure's own phrase names, where it stands, and whether the
    figure is a move of it ("spot trading rose 23%") rather than its level."""

    metric: str
    start: int
    end: int
    moved: bool = False
    by_verb: bool = False  # named by a verb taking the figure as object ("seized $N")


@per_lexicon
def _entries() -> tuple[
    dict[str, list[tuple[tuple[str, ...], QuantityNoun]]], dict[str, QuantityNoun]
]:
    """Nouns by their last lemma (the head), longest phrase first; verbs by lemma. An entry
    must be written in lemmas, once: a form the matcher never sees is an error."""
    nouns: dict[str, list[tuple[tuple[str, ...], QuantityNoun]]] = {}
    verbs: dict[str, QuantityNoun] = {}
    seen: set[tuple[str, str]] = set()
    for e in lexicon.quantity_nouns():
        if lemma_phrase(e.words) != e.words:
            raise LexiconError(
                f"quantity_nouns.jsonl: {e.words!r} is not written in lemmas "
                f"({lemma_phrase(e.words)!r})"
            )
        if (e.words, e.role) in seen:
            raise LexiconError(f"quantity_nouns.jsonl: {e.words!r} is listed twice")
        seen.add((e.words, e.role))
        words = tuple(e.words.split())
        if e.role == "verb":
            verbs[e.words] = e
        else:
            nouns.setdefault(words[-1], []).append((words, e))
    for found in nouns.values():
        found.sort(key=lambda x: -len(x[0]))
    return nouns, verbs


@per_lexicon
def _auxiliaries() -> re.Pattern[str]:
    """What may stand between a subject and its verb: "loans had grown", "has now reached"."""
    return re.compile(
        rf"(?i)\s+(?:(?:{alternation(lexicon.cue_phrases('subject_auxiliaries'))})\s+)*"
    )


@per_lexicon
def _phrase_count() -> re.Pattern[str]:
    """A count in a phrase attached to the subject ("loans on the two platforms")."""
    links = alternation(lexicon.cue_phrases("subject_count_links"))
    return re.compile(rf"(?i)\b(?:{links})\s+(?:the\s+|its\s+|their\s+)?$")


@per_lexicon
def _cue_set(name: str) -> frozenset[str]:
    return frozenset(lexicon.cue_phrases(name))


def _in(word: str, name: str) -> bool:
    """Whether a word is in the named cue list of the phrase reader ("np_stops")."""
    return word in _cue_set(name)


def _participle(word: _Word) -> bool:
    return _in(word.lower, "np_participles") or word.lower.endswith("ed")


def _read(text: str, span: Span) -> list[_Word]:
    return [
        _Word(m.start(), m.end(), (word := m.group()).lower(), lemma(word))
        for m in _WORD.finditer(text, span[0], span[1])
    ]


def _words(ctx: Context, sent: Span) -> tuple[list[_Word], list[int]]:
    """The sentence's words with their lemmas and starts, read once per sentence."""

    def read() -> tuple[list[_Word], list[int]]:
        words = _read(ctx.text, sent)
        return words, [w.start for w in words]

    return ctx.remember("own_noun_words", sent, read)


def _noun_ending(words: list[_Word], i: int, lo: int = 0) -> tuple[int, QuantityNoun] | None:
    """The longest table noun whose head is word ``i`` (not reaching before word ``lo``),
    with the index of its first word; its words must touch (a space or a hyphen apart)."""
    for phrase, entry in _entries()[0].get(words[i].lemma, ()):
        first = i - len(phrase) + 1
        if first < lo:
            continue
        if all(words[first + k].lemma == w for k, w in enumerate(phrase)):
            return first, entry
    return None


def _fits(entry: QuantityNoun, a: Amount) -> bool:
    from extractor.nlp.metric import fits  # the metric rules import this module

    if entry.kinds is not None:  # the kinds an entry lists widen the metric's own
        return a.kind in entry.kinds  # ("a floor price of 9.1 ETH", "seized 5,000 BTC")
    return fits(entry.metric, a)


def _joined(ctx: Context, left: _Word, right: _Word) -> bool:
    """Two words of one phrase: only spaces stand between them."""
    return not ctx.text[left.end : right.start].strip()


def _phrase_after(
    ctx: Context,
    words: list[_Word],
    j: int,
    a: Amount,
    reach: int = _NP_WORDS,
    alone: bool = True,
) -> OwnNoun | None:
    """The noun phrase starting at word ``j``: its last table noun names the figure
    ("in execution-layer rewards last week", "of October sales"); a noun that names a
    quantity only alone ("trading") names none when ``alone`` is off."""
    found: OwnNoun | None = None
    k = j
    links = _cue_set("figure_level_links") | _cue_set("figure_move_links")
    while k < len(words) and k < j + reach and not _in(words[k].lower, "np_stops"):
        if k > j and not _joined(ctx, words[k - 1], words[k]):
            break
        if k > j and found and (words[k].lemma in links or words[k].lower.endswith("ed")):
            break  # the phrase's verb ("of the seizures came from")
        noun = _noun_ending(words, k, j)
        if noun and noun[1].alone and (noun[0] != j or not alone):
            noun = None  # "in extended trading" is a session
        if noun and _fits(noun[1], a):
            found = OwnNoun(noun[1].metric, words[noun[0]].start, words[k].end)
        elif found and not _in(words[k].lower, "np_time_words"):
            found = None  # "412 user operations": the noun modifies the phrase's head
        k += 1
    return found


def _after(ctx: Context, words: list[_Word], at: int, a: Amount) -> OwnNoun | None:
    """ "$41 million in sales volume", "¥412 billion of spot trades", "$400 million worth
    of ...", "1,284 buyers": the noun right after the figure."""
    if at >= len(words) or ctx.text[a.end : words[at].start].strip():
        return None  # a mark or a bracket after the figure ends its phrase
    first = words[at]
    if first.lower == "worth" and at + 1 < len(words) and words[at + 1].lower == "of":
        return _phrase_after(ctx, words, at + 2, a)
    if first.lower == "of":
        return _phrase_after(ctx, words, at + 1, a)
    if first.lower == "in" and a.kind != "percent":  # "up 3% in early trading" is a move
        # "drew $412 million in trading" is a volume; "closed at $212 in trading on Nasdaq"
        # the session a level was set in
        return _phrase_after(ctx, words, at + 1, a, alone=not _set_level(ctx, words, at, a))
    return None


def _set_level(ctx: Context, words: list[_Word], at: int, a: Amount) -> bool:
    """The figure is a level a verb set ("closed at $212", "fell to $0.41"): the word right
    before it is a level word."""
    i = bisect.bisect_left([w.start for w in words], a.start) - 1
    return (
        i >= 0
        and _in(words[i].lower, "np_level_words")
        and not ctx.text[words[i].end : a.start].strip(" ~≈")
    )


def _noun_right_after(ctx: Context, words: list[_Word], at: int, a: Amount) -> OwnNoun | None:
    """ "1,284 buyers", "a 5% tax rate": the figure sizes the noun right after it (at most
    one word between), not a verb's object further on ("4.2% keeps diluting holders")."""
    if at >= len(words) or ctx.text[a.end : words[at].start].strip():
        return None
    if words[at].lower in _AFTER_LINKS:
        return None  # "$N of mortgage collateral": the phrase after "of" was read whole
    j = at  # "250,000 monthly active traders": a frequency word sizes no noun of its own
    while j + 1 < len(words) and _in(words[j].lower, "np_frequency_words"):
        if not _joined(ctx, words[j], words[j + 1]):
            return None
        j += 1
    return _phrase_after(ctx, words, j, a, reach=2)


def _subject(
    ctx: Context, words: list[_Word], starts: list[int], at: int, a: Amount, sent: Span
) -> OwnNoun | None:
    """ "Total value secured on layer-2s stood at $52.3 billion", "royalties paid to creators
    fell to 310 ETH", "spot trading rose 23%": the head of the clause's subject, the last table
    noun before the phrases attached to it, when a verb links the figure to it."""
    levels, moves = _cue_set("figure_level_links"), _cue_set("figure_move_links")
    particles = _cue_set("figure_link_particles")
    i, edge = at - 1, a.start
    verb: _Word | None = None
    to_level = False
    while i >= 0:
        w = words[i]
        if ctx.text[w.end : edge].strip(" ~≈"):
            if verb is None:
                return None
            break  # "The number of X, those who ..., rose to": a mark before the verb
        if w.lemma in levels or w.lemma in moves:
            verb = w if verb is None else verb
            edge, i = w.start, i - 1
            continue
        if w.lower not in particles:
            break
        if verb is None and _in(w.lower, "np_level_words"):
            to_level = True  # "dropped below the $90,000 mark": the level, no move
        edge, i = w.start, i - 1
    if verb is None or i < 0 or _noun_follows(ctx, words, bisect.bisect_left(starts, a.end), a):
        return None
    moved = verb.lemma in moves and verb.lemma not in levels and not to_level
    if counted := _counted_subject(ctx, words, starts, verb, a, sent):
        return OwnNoun(counted.metric, counted.start, counted.end, moved)
    if not _auxiliaries().fullmatch(ctx.text, words[i].end, verb.start):
        return None  # "Margin trading, which ..., climbed": a mark before the verb
    start = max(clause_of(ctx, a, sent)[0], words[max(0, i - _SUBJECT_WORDS)].start)
    head = _subject_phrase(ctx, words, i, start)
    if head is None:
        return None
    first, last = head
    noun = _noun_ending(words, last, first)
    for j in range(i, last, -1):  # "the average cost to mine one bitcoin has risen": a noun
        longer = _noun_ending(words, j, first)  # of the table reaching into the attached words
        if longer is not None and longer[0] <= last:
            noun = longer
            break
    between = [
        b
        for b in ctx.amounts_in((words[last].end, a.start))
        if not (b.kind == "count" and _phrase_count().search(ctx.text, words[last].end, b.start))
    ]
    if noun is None or between:
        return None  # another figure between: the verb links that one
    if not _fits(noun[1], a) and not (moved and a.kind == "percent"):
        return None  # "daily transactions fell 6%" moves a count: read as no price move
    return OwnNoun(noun[1].metric, words[noun[0]].start, words[last].end, moved)


def _counted_subject(
    ctx: Context, words: list[_Word], starts: list[int], verb: _Word, a: Amount, sent: Span
) -> OwnNoun | None:
    """ "The number of individuals declaring crypto operations reached 4.6 million", "The
    number of active cardholders, those who used their card in the month, rose to 386,000":
    a sentence that opens with a count's head and "of" has that noun phrase as its subject,
    however long the words attached to it before its verb; the figure counts its noun."""
    k = bisect.bisect_left(starts, sent[0])
    while k < len(words) and _in(words[k].lower, "np_determiners"):
        k += 1
    while k + 1 < len(words) and _in(words[k].lower, "np_of_heads") and words[k + 1].lower != "of":
        k += 1  # "the total number of"
    if not (
        k + 2 < len(words)
        and _in(words[k].lower, "np_of_heads")
        and words[k + 1].lower == "of"
        and words[k + 1].end <= verb.start
    ):
        return None
    found: OwnNoun | None = None
    for m in range(k + 2, min(len(words), k + 2 + _NP_WORDS)):
        if words[m].start >= verb.start or _in(words[m].lower, "np_stops"):
            break
        if m > k + 2 and (not _joined(ctx, words[m - 1], words[m]) or _participle(words[m])):
            break  # "individuals | declaring ...", "taxpayers | who ...": words attached
        if words[m].lower.endswith("ing") and found:
            break
        noun = _noun_ending(words, m, k + 2)
        if noun and _fits(noun[1], a):
            found = OwnNoun(noun[1].metric, words[noun[0]].start, words[m].end)
        elif found:
            return None  # "the number of user operations": the noun modifies the head
    if found is None or found.metric != M.PARTICIPANTS:
        return None
    if ctx.amounts_in((found.end, a.start)):
        return None  # another figure between: the verb links that one
    return found


def _noun_follows(ctx: Context, words: list[_Word], at: int, a: Amount) -> bool:
    """A word of a noun phrase right after the figure: the figure sizes that noun ("sits at
    the $120,000 call strike"), it is no level of the subject."""
    if at >= len(words) or ctx.text[a.end : words[at].start].strip():
        return False
    w = words[at]
    return (
        not _in(w.lower, "np_stops")
        and not _in(w.lower, "np_time_words")
        and not _in(w.lower, "np_after_level")
    )


def _subject_phrase(ctx: Context, words: list[_Word], i: int, start: int) -> tuple[int, int] | None:
    """The subject of the verb after word ``i``: the noun phrase right before it, walked back
    over the phrases attached to it ("Total value secured | on Ethereum layer-2 networks",
    "Fees paid | by users | of all rollups"); "the number of buyers" is the buyers'. Its
    first and last word, the trailing participles left out."""
    last = i
    while True:
        first = last
        while first > 0 and words[first - 1].start >= start:
            w = words[first - 1]
            if (
                _in(w.lower, "np_stops")
                or _in(w.lemma, "np_auxiliaries")
                or not _joined(ctx, w, words[first])
            ):
                break
            first -= 1
            if _in(w.lower, "np_determiners"):
                break
        before = first - 1
        if (
            before < 1
            or words[before].start < start
            or not _in(words[before].lower, "np_prepositions")
        ):
            break
        if not _joined(ctx, words[before], words[first]) or not _joined(
            ctx, words[before - 1], words[before]
        ):
            break
        if words[before].lower == "of" and _in(words[before - 1].lemma, "np_of_heads"):
            break  # "the number of unique buyers": the buyers are counted
        last = before - 1
    while last > first and _participle(words[last]):
        if _noun_ending(words, last, first):
            break  # "value secured" is a noun of its own
        last -= 1
    return (first, last) if first <= last else None


_OF = frozenset({"of"})
_OF_OR_WORTH = frozenset({"of", "worth"})  # "payments worth $41.7 million": what they are


def _of_before(
    ctx: Context, words: list[_Word], at: int, a: Amount, links: frozenset[str] = _OF
) -> int | None:
    """The index of the "of" that joins a noun to the figure at word `at` ("a reward rate of
    3.1%", "a levy of about 1.5%"), over the link particles between them; None without one.
    ``links``: the joining words read ("worth" too where the noun is a known quantity's)."""
    particles = _cue_set("figure_link_particles") | links
    i, edge = at - 1, a.start
    while i >= 1 and words[i].lower in particles and not ctx.text[words[i].end : edge].strip(" ~≈"):
        if words[i].lower in links:
            break
        edge, i = words[i].start, i - 1
    if i < 1 or words[i].lower not in links or ctx.text[words[i].end : edge].strip(" ~≈"):
        return None
    return i


def _noun_of(ctx: Context, words: list[_Word], at: int, a: Amount) -> OwnNoun | None:
    """ "a reward rate of 3.1%", "commissions of $220 million", "sales of $280 million",
    "payments worth $41.7 million": the noun right before "of" (or "worth") and the figure."""
    i = _of_before(ctx, words, at, a, _OF_OR_WORTH)
    if i is None:
        return None
    if ctx.text[words[i - 1].end : words[i].start].strip():
        return None
    noun = _noun_ending(words, i - 1)
    if noun is None or not _fits(noun[1], a):
        return None
    if words[i].lower == "worth" and noun[1].metric == M.OTHER:
        return None  # "a share buyback worth $115 million": the sum of a deal, not a balance
    one = noun[0] > 0 and words[noun[0] - 1].lower in ("a", "an")
    if one and (noun[1].alone or noun[1].metric == M.TRADING_VOLUME):
        return None  # "a sale of $40,000", "a gain of $3,000": one deal or one move
    return OwnNoun(noun[1].metric, words[noun[0]].start, words[i - 1].end)


def _noun_by(ctx: Context, words: list[_Word], at: int, a: Amount) -> OwnNoun | None:
    """ "raised rates by 25 basis points", "grew its market cap by $50 billion": the noun right
    before "by" is what moved by the figure."""
    i = at - 1
    if i < 1 or words[i].lower != "by" or ctx.text[words[i].end : a.start].strip(" ~≈"):
        return None
    if not _joined(ctx, words[i - 1], words[i]):
        return None
    noun = _noun_ending(words, i - 1)
    if noun is None or not (_fits(noun[1], a) or noun[1].metric == M.OTHER):
        return None
    return OwnNoun(noun[1].metric, words[noun[0]].start, words[i - 1].end, moved=True)


def _verb_object(ctx: Context, words: list[_Word], at: int, a: Amount) -> OwnNoun | None:
    """ "The agency seized $2.9 billion", "bettors wagered more than $3 billion": a verb whose
    object is the figure names what it is."""
    i = at - 1
    particles = _cue_set("figure_link_particles")
    edge = a.start
    while i >= 0 and words[i].lower in particles and words[i].lower not in ("to", "at", "by"):
        if ctx.text[words[i].end : edge].strip(" ~≈"):
            return None
        edge, i = words[i].start, i - 1
    if i < 0 or ctx.text[words[i].end : edge].strip(" ~≈"):
        return None
    entry = _entries()[1].get(words[i].lemma)
    if entry is None or not _fits(entry, a):
        return None
    if _plural_after(ctx, words, bisect.bisect_left([w.start for w in words], a.end), a):
        return None  # "holding 524 million XRP contracts": the verb's object is the contracts
    return OwnNoun(entry.metric, words[i].start, words[i].end, by_verb=True)


def _equity_sale(ctx: Context, words: list[_Word], own: OwnNoun, at: int, a: Amount) -> OwnNoun:
    """ "Sales of the company's stock totalled $75 million", "sales of $45 million of shares":
    a sale whose phrase names the seller's own shares raised money, it is no market's volume."""
    if own.metric != M.TRADING_VOLUME or lemma_phrase(ctx.text[own.start : own.end]) != "sale":
        return own
    stock = _entries()[0].get("sale", ())
    equity = next((e for phrase, e in stock if phrase[0] in _cue_set("equity_words")), None)
    lo = bisect.bisect_left([w.start for w in words], own.start)
    named = words[lo:at] if own.end <= a.start else []  # "sales of the company's stock | $N"
    if (
        at < len(words)
        and words[at].lower == "of"
        and not ctx.text[a.end : words[at].start].strip()
    ):
        k = at + 1  # "$N of its common stock": the phrase after the figure, to its first stop
        while k < min(len(words), at + _NP_WORDS) and not _in(words[k].lower, "np_stops"):
            named.append(words[k])
            k += 1
    if (
        equity is None
        or not _fits(equity, a)
        or not any(_in(w.lemma, "equity_words") for w in named)
    ):
        return own
    return OwnNoun(equity.metric, own.start, own.end, own.moved)


def own_noun(ctx: Context, a: Amount, sent: Span) -> OwnNoun | None:
    """The quantity noun of the figure's own phrase, if the table knows it: after the figure
    ("$N in X", "$N of X", "$N X"), before it ("X of $N"), the subject of a verb that links
    the figure to it ("X stood at $N", "X rose N%"), or a verb taking it as object ("seized
    $N")."""
    words, starts = _words(ctx, sent)
    if not words:
        return None
    at = bisect.bisect_left(starts, a.end)
    before = bisect.bisect_left(starts, a.start)
    own = (
        _after(ctx, words, at, a)
        or _noun_of(ctx, words, before, a)
        or _noun_right_after(ctx, words, at, a)
        or _noun_by(ctx, words, before, a)
        or _subject(ctx, words, starts, before, a, sent)
        or _verb_object(ctx, words, before, a)
    )
    return own and _equity_sale(ctx, words, own, at, a)


def span_noun(ctx: Context, span: Span, a: Amount) -> str | None:
    """The metric a short span such as a table header or a label names by its head, its
    last word (before a bracket): "Value secured", "Digital assets seized", "Reward rate
    (APR)"; a header whose head is no table noun ("Customer balances") names none here."""
    text = ctx.text[span[0] : span[1]]
    end = span[0] + (text.index("(") if "(" in text[1:] else len(text))
    if per := _PER_WORD.search(text, 1, end - span[0]):
        end = span[0] + per.start()  # "Spend per active cardholder": the spend, per head
    words = _read(ctx.text, (span[0], end))
    if not words:
        return None
    noun = _noun_ending(words, len(words) - 1)
    if noun and _fits(noun[1], a):
        return noun[1].metric
    verb = _entries()[1].get(words[-1].lemma)
    if verb and _fits(verb, a):
        return verb.metric  # "Digital assets seized"
    last = len(words) - 1
    while last > 0 and _participle(words[last]):
        last -= 1  # "Royalties paid": the noun before its participle
    noun = _noun_ending(words, last) if last < len(words) - 1 else None
    return noun[1].metric if noun and _fits(noun[1], a) else None


def flow_span(ctx: Context, span: Span, a: Amount) -> bool:
    """A header or label whose head is a flow ("Est. flow", "Net flow (week)") over a money
    figure: money moved in or out, a fund flow where no cue word names another."""
    text = ctx.text[span[0] : span[1]]
    end = span[0] + (text.index("(") if "(" in text[1:] else len(text))
    words = _read(ctx.text, (span[0], end))
    return (
        bool(words)
        and words[-1].lower in _cue_set("flow_span_heads")
        and a.kind
        in (
            "money",
            "crypto",
        )
    )


_LEAD_HEAD_END = re.compile(r"(?i)[,(:]|\s(?:by|per|for|from|in|on|at|across|into|out)\s")


def flow_lead(ctx: Context, lead: Span, a: Amount) -> bool:
    """A list's lead line whose opening phrase is headed by a flow ("The flows by fund, per
    Farside:", "Net flows by issuer:"): its rows' money is money moved in or out."""
    text = ctx.text[lead[0] : lead[1]]
    end = _LEAD_HEAD_END.search(text)
    return flow_span(ctx, (lead[0], lead[0] + (end.start() if end else len(text))), a)


@dataclass(frozen=True, slots=True)
class Head:
    """The head word of a figure's own phrase, whatever the word: "$1.1 billion in
    distributions", "a levy of 1.5%", "a 0.38% tax", "retired credits jumped 35%". Whether any
    table knows it is the caller's question; ``modified`` says a noun stands before it in its
    phrase ("withdrawal limit"), ``moved`` that the figure is a move of it."""

    start: int
    end: int
    lemma: str
    modified: bool = False
    moved: bool = False


def _lower_word(ctx: Context, word: _Word) -> bool:
    text = ctx.text[word.start : word.end]
    return text.islower() and not any(c.isdigit() or c in "'’" for c in text)


def _head_after(ctx: Context, words: list[_Word], j: int, singular: bool = False) -> Head | None:
    """The head of the noun phrase starting at word ``j``: its last lowercase word before a
    stop, a mark, a time word or a verb ("in rebates to small miners", "of grants next week")."""
    k, last = j, None
    links = _cue_set("figure_level_links") | _cue_set("figure_move_links")
    while k < len(words) and k < j + _NP_WORDS:
        w = words[k]
        if k > j and not _joined(ctx, words[k - 1], w):
            break
        if _in(w.lower, "np_stops") or (k > j and _in(w.lower, "np_determiners")):
            break
        if last is not None and _in(w.lower, "np_time_units") and _joined(ctx, words[k - 1], w):
            return None  # "in the same quarter": a phrase of time, no quantity
        if _in(w.lower, "np_time_words") or _in(w.lower, "np_frequency_words"):
            if last is not None:
                break  # "in rebates last week"
            k += 1  # "in daily outflows": a time word before the head
            continue
        verb = w.lemma in links and not _in(w.lemma, "priced_nouns")  # "election contracts"
        if verb or w.lower.endswith("ed") or _in(w.lower, "np_not_heads"):
            break  # the phrase's verb ("of the grants went to", "the $1.5 billion it reported")
        if last is not None and singular and w.lower.endswith("s") and not w.lower.endswith("ss"):
            break  # after "a": a word in -s is the verb ("a reporting threshold applies")
        if _in(w.lower, "np_determiners") and k == j:
            k += 1
            continue
        if not _lower_word(ctx, w):
            return None  # a name, a figure or a possessive in the phrase: not read here
        last = k
        k += 1
    if last is None:
        return None
    first = j + (1 if _in(words[j].lower, "np_determiners") else 0)
    return Head(words[last].start, words[last].end, words[last].lemma, modified=last > first)


def _head_before_of(ctx: Context, words: list[_Word], at: int, a: Amount) -> Head | None:
    """ "a levy of 1.5%", "withdrawal limits of 50,000 lira": the noun right before "of"."""
    i = _of_before(ctx, words, at, a)
    if i is None:
        return None
    noun = words[i - 1]
    if not _joined(ctx, noun, words[i]) or not _lower_word(ctx, noun):
        return None
    if _in(noun.lower, "np_not_heads") or noun.lower.endswith(("ing", "ly")):
        return None
    before = words[i - 2] if i >= 2 and _joined(ctx, words[i - 2], noun) else None
    modified = (
        before is not None
        and _lower_word(ctx, before)
        and not _in(before.lower, "np_determiners")
        and not _in(before.lower, "np_stops")
    )
    return Head(noun.start, noun.end, noun.lemma, modified=modified)


def _head_after_determiner(
    ctx: Context, words: list[_Word], at: int, before: int, a: Amount
) -> Head | None:
    """ "a 0.38% tax on transfers", "the $10,000 reporting threshold": a figure between a
    determiner and a noun sizes that noun."""
    i = before - 1
    if i < 0 or not _in(words[i].lower, "np_determiners"):
        return None
    if ctx.text[words[i].end : a.start].strip(" ~≈") or at >= len(words):
        return None
    if ctx.text[a.end : words[at].start].strip():
        return None
    head = _head_after(ctx, words, at, singular=words[i].lower in ("a", "an"))
    nxt = bisect.bisect_left([w.start for w in words], head.end) if head else len(words)
    if head and nxt < len(words) and _joined(ctx, words[nxt - 1], words[nxt]):
        w = words[nxt]
        if _in(w.lemma, "np_auxiliaries") or w.lower.endswith("ed"):
            return None  # "the $1.36 billion analysts had expected": a clause, no head
    return head


def _moved_subject(
    ctx: Context, words: list[_Word], starts: list[int], at: int, a: Amount, sent: Span
) -> Head | None:
    """ "Retired credits on the registry jumped 35%": the head of the subject a verb of
    moving moves by the figure."""
    levels, moves = _cue_set("figure_level_links"), _cue_set("figure_move_links")
    particles = _cue_set("figure_link_particles")
    i, edge = at - 1, a.start
    verb: _Word | None = None
    while i >= 0:
        w = words[i]
        if ctx.text[w.end : edge].strip(" ~≈"):
            return None
        if w.lemma in moves and w.lemma not in levels and verb is None:
            verb = w
        elif w.lower not in particles or _in(w.lower, "np_level_words"):
            break
        edge, i = w.start, i - 1
    if verb is None or i < 0 or ctx.text[words[i].end : verb.start].strip():
        return None
    if _in(words[i].lower, "np_stops") or _in(words[i].lower, "np_not_heads"):
        return None  # "before sliding 9.9%", "and rose 62%": no subject right before the verb
    if _noun_follows(ctx, words, bisect.bisect_left(starts, a.end), a):
        return None
    start = max(clause_of(ctx, a, sent)[0], words[max(0, i - _SUBJECT_WORDS)].start)
    head = _subject_phrase(ctx, words, i, start)
    if head is None:
        return None
    noun = words[head[1]]
    if _in(noun.lower, "np_not_heads") or noun.lower.endswith("ly"):
        return None  # "price first dropped 70%", "which fell nearly 10%"
    opening = noun.start == words[0].start and ctx.text[noun.start + 1 : noun.end].islower()
    if not (_lower_word(ctx, noun) or opening):  # "Distributions to creditors rose 12%"
        return None
    first, last = head
    if ctx.amounts_in((words[first].start, a.start)):
        return None  # another figure between: the verb moves that one
    return Head(words[last].start, words[last].end, words[last].lemma, last > first, True)


def sizes_noun(ctx: Context, a: Amount, sent: Span) -> bool:
    """The count sizes a plural noun of its own right after it ("two tokens listed", "two of
    the week's rounds"), so it is no bare count that repeats one told before ("this number
    increased by 40 million.", "1,900 of them", "231,000 the day before")."""
    words, starts = _words(ctx, sent)
    return _plural_after(ctx, words, bisect.bisect_left(starts, a.end), a)


def _plural_after(ctx: Context, words: list[_Word], at: int, a: Amount) -> bool:
    """A plural noun right after the figure, or "of" and a phrase it is a part of."""
    if at >= len(words) or ctx.text[a.end : words[at].start].strip():
        return False
    w = words[at]
    if w.lower == "of":
        return (
            at + 1 < len(words)
            and _joined(ctx, w, words[at + 1])
            and _in(words[at + 1].lower, "np_partitive_openers")
        )
    return (
        _lower_word(ctx, w)
        and w.lower.endswith("s")
        and not w.lower.endswith("ss")
        and w.lemma != w.lower
        and not (
            _in(w.lower, "np_stops")
            or _in(w.lower, "np_not_heads")
            or _in(w.lower, "np_time_words")
            or _in(w.lower, "np_time_units")
        )
    )


def own_head(ctx: Context, a: Amount, sent: Span) -> Head | None:
    """The head word of the figure's own phrase, read by its place alone: after "of", "in" or
    "worth of" right after the figure, before "of" right before it, after the figure between
    a determiner and a noun, or the subject a verb of moving moves by a percentage. Read once
    a figure: the limit and the unknown-noun rules both ask it."""
    return ctx.remember("own_head", a.start, lambda: _own_head(ctx, a, sent))


def _own_head(ctx: Context, a: Amount, sent: Span) -> Head | None:
    words, starts = _words(ctx, sent)
    if not words:
        return None
    at = bisect.bisect_left(starts, a.end)
    before = bisect.bisect_left(starts, a.start)
    head: Head | None = None
    if at < len(words) and not ctx.text[a.end : words[at].start].strip():
        first = words[at].lower
        if first == "worth" and at + 1 < len(words) and words[at + 1].lower == "of":
            head = _head_after(ctx, words, at + 2)
        elif first == "of" or (first == "in" and a.kind != "percent"):
            joined = at + 1 < len(words) and _joined(ctx, words[at], words[at + 1])
            head = _head_after(ctx, words, at + 1) if joined else None  # not "in 24 hours"
    head = head or _head_before_of(ctx, words, before, a)
    head = head or _head_after_determiner(ctx, words, at, before, a)
    if head is None and a.kind == "percent":
        head = _moved_subject(ctx, words, starts, before, a, sent)
    return head


def bounded_noun(ctx: Context, a: Amount, sent: Span) -> bool:
    """A table noun after "on" or "for" right after the figure names what a limit bounds ("a
    cap of 21 million on its total supply")."""
    words, starts = _words(ctx, sent)
    at = bisect.bisect_left(starts, a.end)
    if at + 1 >= len(words) or words[at].lower not in ("on", "for"):
        return False
    if ctx.text[a.end : words[at].start].strip():
        return False
    return _phrase_after(ctx, words, at + 1, a, alone=False) is not None


def heads_figure(ctx: Context, end: int, a: Amount, sent: Span) -> bool:
    """Whether the noun ending at ``end`` names the figure's own quantity: the head of the
    figure's phrase ("a premium of 3.2%", "a 1.9% premium"), or, standing before the figure,
    the head of its own phrase whose verb links it to the figure ("the premium was 1.9%",
    "the put/call ratio rose to 0.93", "MVRV at 2.1", "the premium goes above 2%"), not the
    modifier of another noun ("its premium service costs 4.99", "premium subscribers rose
    12%") nor a noun whose figure the phrase gives another head ("volume rose 12%")."""
    head = own_head(ctx, a, sent)
    if head is not None:
        return head.end == end or (end <= a.start and _in(head.lemma, "np_neutral_heads"))
    if end > a.start:
        return False
    words, starts = _words(ctx, sent)
    i = bisect.bisect_left(starts, end)  # the word right after the noun
    if i >= len(words) or words[i].start >= a.start or ctx.text[end : words[i].start].strip():
        return True  # a mark or the figure right after the noun ("MVRV (30d): 2.1")
    w = words[i]
    links = _cue_set("figure_level_links") | _cue_set("figure_move_links")
    if (
        w.lemma in links
        or _in(w.lemma, "np_auxiliaries")
        or _in(w.lower, "np_not_heads")
        or _in(w.lower, "np_prepositions")
        or _in(w.lower, "np_stops")
        or w.lower.endswith("ed")
    ):
        return True
    particles = _cue_set("figure_link_particles") | _cue_set("np_level_words")
    between = [x for x in words[i + 1 :] if x.start < a.start]
    return all(x.lower in particles for x in between)  # "goes above 2%": its verb
