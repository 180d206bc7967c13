"""Lemmas from spaCy's English lookup table (``spacy-lookups-data``), case-folded.

Trigger words are matched on lemmas, so one lexicon entry ("plunge") covers every form
("plunged", "plunges", "plunging") and a capitalized form at a sentence start. The table
is looked up on the lowercased word: spaCy's own lookup lemmatizer keys on the exact text,
which misses "Plunged" at the start of a sentence. ``inflections`` runs the table backwards
for the cue words that regular expressions still match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import cast

import numpy
import srsly
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from thinc.types import Ints2d

from extractor import lexicon
from extractor.errors import LexiconError
from extractor.lexicon import LEXICON_CONFIG, Lexicon, per_lexicon

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")


@per_lexicon
def _table() -> dict[str, str]:
    """word → lemma, as spacy-lookups-data ships it for English."""
    try:
        path = Path(registry.lookups.get("en")["lemma_lookup"])
        gzipped = path.with_name(path.name + ".gz")  # the package ships the tables gzipped
        table = srsly.read_gzip_json(gzipped) if gzipped.exists() else srsly.read_json(path)
    except (KeyError, OSError, ValueError) as exc:  # the package is missing or damaged
        raise LexiconError(f"the English lemma table of spacy-lookups-data: {exc}") from None
    words = {str(k): str(v) for k, v in dict(table).items()}
    words.update({e.form: e.lemma for e in lexicon.lemma_exceptions()})
    return words


@per_lexicon
def _lemmas() -> frozenset[str]:
    return frozenset(_table().values())


# Forms the table lacks ("unstaked", "airdropped"): strip a regular suffix when what is
# left is a lemma the table knows.
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
             ("ing", "e"), ("ing", ""))  # fmt: skip


def lemma(word: str) -> str:
    """The lemma of one word, lowercased ("Plunged" → "plunge"; unknown words as written);
    each form looked up once per lexicon (the phrase readers ask for every word of every
    sentence holding a figure, mostly the same few thousand forms)."""
    known = _word_lemmas()
    found = known.get(word)
    if found is None:
        found = _lemma(word)
        if len(known) < _WORDS_KEPT:  # an article's odd words never grow it unbounded
            known[word] = found
    return found


_WORDS_KEPT = 100_000


@per_lexicon
def _word_lemmas() -> dict[str, str]:
    return {}


def _lemma(word: str) -> str:
    lower = word.lower()
    found = _table().get(lower)
    if found:
        return found
    for suffix, added in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)] + added
            if stem in _lemmas():
                return stem
            doubled = suffix in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2]
            if doubled and stem[:-1] in _lemmas():  # "airdropped" → "airdrop"
                return stem[:-1]
    return lower


def is_word(word: str) -> bool:
    """The lowercase ``word`` is in the table, as a form or as a lemma."""
    return word in _table() or word in _lemmas()


def lemma_phrase(phrase: str) -> str:
    """The lemma of each word of a phrase, as the matcher compares them ("wiped out" →
    "wipe out"); each phrase read once per lexicon (the linker asks for a trigger's lemmas
    at every figure it may govern)."""
    known = _phrase_lemmas()
    found = known.get(phrase)
    if found is None:
        found = " ".join(lemma(w) for w in phrase.split())
        if len(known) < _PHRASES_KEPT:  # phrases from articles (tickers) never grow it unbounded
            known[phrase] = found
    return found


_PHRASES_KEPT = 20_000


@per_lexicon
def _phrase_lemmas() -> dict[str, str]:
    return {}


def covers_every_form(phrase: str) -> bool:
    """A lexicon phrase written in its base form ("plunge", "wipe out") matches every
    inflection; one written in an inflected form ("losses", "offering") only that form, so
    a word whose forms mean different things ("offering" of shares, "offered" a bounty)
    stays apart."""
    return phrase.lower() == lemma_phrase(phrase)


def trigger_key(phrase: str) -> str:
    """What a matched trigger is looked up by: its lemmas, or the exact lowercase form."""
    return lemma_phrase(phrase) if covers_every_form(phrase) else phrase.lower()


def surface_forms(phrase: str) -> list[str]:
    """The exact forms an inflected phrase matches: as written, and with its last word (the
    head noun) in each of its forms when written in base form ("funding round" → "funding
    round", "funding rounds")."""
    *modifiers, head = phrase.lower().split()
    heads = sorted(inflections([head])) if lemma(head) == head else [head]
    return [" ".join([*modifiers, form]) for form in heads]


@per_lexicon
def _forms() -> dict[str, frozenset[str]]:
    by_lemma: dict[str, set[str]] = {}
    for form, base in _table().items():
        if _WORD.fullmatch(form):
            by_lemma.setdefault(base, set()).add(form)
    return {k: frozenset(v) for k, v in by_lemma.items()}


@per_lexicon
def _unchanged_pasts() -> frozenset[str]:
    """Verbs whose past form is their base form ("cut", "set", "hit"): the table knows an
    -s and an -ing form of them and no other form."""
    found = set()
    for base, forms in _forms().items():
        if base in _table() or not _WORD.fullmatch(base):
            continue
        rest = forms - {base, base + "s", base + "es"}
        if rest and all(f.endswith("ing") for f in rest) and forms & {base + "s", base + "es"}:
            found.add(base)
    return frozenset(found)


def unchanged_past(word: str) -> bool:
    """Whether a word may be the past form of a verb written as its base ("cut", "set")."""
    return word.lower() in _unchanged_pasts()


def inflections(words: Iterable[str]) -> frozenset[str]:
    """Every form the table knows of each word's lemma, and the word itself ("lose" →
    lose, loses, losing, lost)."""
    forms: set[str] = set()
    for word in words:
        forms.add(word.lower())
        if " " in word:
            continue  # phrases are written out form by form
        forms |= _forms().get(lemma(word), frozenset())
    return frozenset(forms)


class LemmaSetter:
    """Set each token's LEMMA to its lowercased lookup lemma, in one array write."""

    def __init__(self, nlp: Language) -> None:
        self.strings = nlp.vocab.strings
        self.by_lower: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        known = self.by_lower
        keys = doc.to_array([LOWER]).tolist()
        lemmas = list(map(known.get, keys))  # one C-level pass; words not seen yet are None
        if None in lemmas:
            for i, key in enumerate(keys):
                if lemmas[i] is None:
                    found = known.get(key)
                    if found is None:
                        found = known[key] = self.strings.add(lemma(self.strings[key]))
                    lemmas[i] = found
        array = numpy.array(lemmas, dtype="uint64").reshape(-1, 1)
        doc.from_array([LEMMA], cast(Ints2d, array))
        return doc


@Language.factory(
    "cc_lemmas",
    default_config={"lexicon": LEXICON_CONFIG},
    assigns=["token.lemma"],
)
def make_lemmas(nlp: Language, name: str, lexicon: Lexicon) -> Callable[[Doc], Doc]:
    setter = LemmaSetter(nlp)

    def set_lemmas(doc: Doc) -> Doc:
        with lexicon.active():  # its lemma exceptions
            return setter(doc)

    return set_lemmas
