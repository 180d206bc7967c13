"""What a figure is when no table knows the noun of its own phrase, and when it is a bound.

A figure whose own phrase has a head noun ("$1.1 billion in distributions", "a levy of 1.5%",
"a 0.38% tax", "retired credits jumped 35%") measures that noun's quantity. When no table
knows the word (no quantity noun, no metric, side, asset, venue or source mention, no unit,
currency, scale, number or time word, no neutral head such as "cash" or "total", no thing
traded at a price), the metric list has no home for it: the figure is `other`, and a cue word
elsewhere in its clause (a price, a flow) does not name it. A figure that is a limit set by a
rule ("a $10,000 reporting threshold", "may spend no more than $2,000 a day") is `other` too,
whatever flow or price word stands beside it.
"""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context, Span
from extractor.nlp.cues import cue_words
from extractor.nlp.layers import Amount, M
from extractor.nlp.lemmas import lemma, lemma_phrase
from extractor.nlp.own_noun import Head, bounded_noun, own_head

__all__ = ["bound_figure", "unknown_head"]


# the roles of number_context words that are nouns a figure's phrase may end in
_NOUN_ROLES = frozenset({"threshold", "timeframe", "token_noun", "score", "cohort", "counted"})


@per_lexicon
def _known_words() -> frozenset[str]:
    """The lemmas of every table word that may head a figure's phrase."""
    words: set[str] = set()
    for e in lexicon.quantity_nouns():
        words.add(e.words.split()[-1])
    for u in lexicon.unit_words():
        words.update(lemma_phrase(u.form).split()[-1:])
    for c in lexicon.currencies():
        words.update(lemma_phrase(c.form).split()[-1:])
    words.update(lemma_phrase(t.phrase).split()[-1] for t in lexicon.metric_triggers())
    words.update(lemma(s.word) for s in lexicon.scales())
    words.update(lemma(n.word) for n in lexicon.number_words())
    words.update(lemma(w.word) for w in lexicon.number_context() if w.role in _NOUN_ROLES)
    for name in (
        "np_neutral_heads",
        "priced_nouns",
        "np_of_heads",
        "figure_nouns",
        "np_time_words",
        "limit_nouns",
    ):
        words.update(lemma_phrase(p) for p in lexicon.cue_phrases(name))
    return frozenset(words)


def _known(word: str) -> bool:
    """A table knows the word, or its singular where the lemma table has no entry for a
    plural ("stablecoins")."""
    known = _known_words()
    return (
        word in known
        or (word.endswith("s") and word[:-1] in known)
        or (word.endswith("es") and word[:-2] in known)
    )


def _named(ctx: Context, head: Head) -> bool:
    """A lexicon mention (a trigger, a name) covers the head word."""
    return any(m.end > head.start for m in ctx.mentions_in((max(0, head.start - 40), head.end)))


def unknown_head(ctx: Context, a: Amount, sent: Span) -> Head | None:
    """The head word of the figure's own phrase when no table knows it."""
    head = own_head(ctx, a, sent)
    if head is None or _known(head.lemma) or _named(ctx, head):
        return None
    if head.lemma.endswith("ing") or head.lemma.endswith("ly"):
        return None  # a verb or an adverb read where a noun stands ("of trading", "of roughly")
    return head


@per_lexicon
def _limit_modal() -> re.Pattern[str]:
    """ "may spend no more than", "can withdraw at most": a modal, one verb and a bound right
    before the figure."""
    return re.compile(
        rf"(?i)\b(?:{cue_words('limit_modals')})\s+(?:only\s+)?[a-z]+\s+"
        rf"(?:{cue_words('limit_bounds')})\s*~?\s*$"
    )


_MODAL_REACH = 60  # characters before a figure: a modal, a verb and a bound
_MODIFIER_REACH = 16  # characters before a limit noun where a price word makes it a level


def bound_figure(ctx: Context, a: Amount, sent: Span) -> bool:
    """The figure is a limit a rule sets: the head of its phrase is a limit noun that names no
    price level (modified by a noun, "a $10,000 reporting threshold", "withdrawal limits of
    50,000 lira", or a limit word no price is read from, "a quorum of 40 million UNI"), or a
    modal and a bound stand before it ("users may spend no more than $2,000 a day")."""
    if a.kind not in ("money", "crypto", "percent", "number", "count"):
        return False
    if _limit_modal().search(ctx.text, max(sent[0], a.start - _MODAL_REACH), a.start):
        return True
    head = own_head(ctx, a, sent) or _limit_before(ctx, a, sent)
    if head is None or head.moved or head.lemma not in _limit_lemmas():
        return False
    if bounded_noun(ctx, a, sent):
        return False  # "a maximum cap of 21 million on its total supply": the supply's
    if _metric_phrase_over(ctx, head):
        return False  # "a supply cap of 21 million coins": the phrase names the metric
    if not head.modified and _bound_idiom().search(ctx.text, max(sent[0], a.start - 30), a.start):
        return False  # "penalties rise to a maximum of £10,000": "at most", said of a fine
    priced = any(
        m.value == M.PRICE and head.start - _MODIFIER_REACH < m.end <= head.start
        for m in ctx.in_span("metric", (max(0, head.start - 40), head.end))
    )
    return not priced and (head.modified or head.lemma not in _price_words())


def _metric_phrase_over(ctx: Context, head: Head) -> bool:
    """A metric phrase that begins before the limit noun and ends with it ("supply cap")."""
    return any(
        m.start < head.start and head.end <= m.end and m.value not in (M.OTHER, M.PRICE)
        for m in ctx.in_span("metric", (max(0, head.start - 40), head.end))
    )


@per_lexicon
def _bound_idiom() -> re.Pattern[str]:
    """ "a maximum of", "a minimum of" right before the figure: a bound word, not a rule's
    limit, when no modal stands before it (the modal rule reads those)."""
    return re.compile(rf"(?i)\b(?:{cue_words('limit_bounds')})\s*~?\s*$")


@per_lexicon
def _limit_lemmas() -> frozenset[str]:
    return frozenset(lemma_phrase(p) for p in lexicon.cue_phrases("limit_nouns"))


@per_lexicon
def _limit_to() -> re.Pattern[str]:
    """A limit noun right before "to", "at" or "of" and the figure ("raised its daily
    withdrawal limit to 50 BTC"), with the word before it."""
    return re.compile(
        r"(?i)(?:\b(?P<mod>[a-z][a-z-]*)\s+)?\b(?P<noun>(?:"
        + cue_words("limit_nouns")
        + r")s?)\s+(?:to|at|of)\s+(?:about\s+|around\s+|roughly\s+)?~?\s*$"
    )


def _limit_before(ctx: Context, a: Amount, sent: Span) -> Head | None:
    found = _limit_to().search(ctx.text, max(sent[0], a.start - 60), a.start)
    if found is None:
        return None
    mod = (found["mod"] or "").lower()
    determiners = lexicon.cue_phrases("np_determiners")
    modified = bool(mod) and mod not in determiners and not mod.endswith("ed")  # no verb
    return Head(found.start("noun"), found.end("noun"), lemma(found["noun"]), modified=modified)


@per_lexicon
def _price_words() -> frozenset[str]:
    """Limit nouns that are also price levels ("the $100,000 threshold")."""
    return frozenset(
        lemma_phrase(t.phrase) for t in lexicon.metric_triggers() if t.metric == M.PRICE
    )
