"""The claim pipeline: registered spaCy components on a blank English model.

    structure → periods → amounts → mentions → claim_linker

Each component reads what the ones before it stored on ``doc._`` and overwrites only
its own outputs, so running one twice leaves the Doc as running it once. A trained
English model may stand in for the blank one when installed; none is required.
"""

from __future__ import annotations

import bisect
from datetime import date
from functools import cache
from typing import cast

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from extractor.nlp import lemmas as _lemmas  # noqa: F401  (registers cc_lemmas)
from extractor.nlp import linker
from extractor.nlp.amounts import Amount, find_amounts
from extractor.nlp.mentions import Mention, MentionMatcher
from extractor.nlp.periods import default_year, find_time_expressions
from extractor.nlp.structure import analyse
from extractor.nlp.tokenizer import fix_tokenizer

_TEXT_KEY = "cryptoclaims.text"
_PUBLISHER_KEY = "cryptoclaims.publisher"
_DOC_ATTRS = ("published", "structure", "amounts", "mentions", "times", "links")
for _attr in _DOC_ATTRS:
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds ``doc.text`` from every token on each read."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def _spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[Span]:
    out = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


class StructureTagger:
    """Paragraphs, sentences, captions and boilerplate; sets sentence starts."""

    def __call__(self, doc: Doc) -> Doc:
        structure = analyse(text_of(doc))
        doc._.structure = structure
        _set_sentence_starts(doc, [s for s, _ in structure.sentences])
        doc.spans["boilerplate"] = _spans(
            doc, [(s, e, "BOILERPLATE") for s, e in structure.boilerplate]
        )
        return doc


def _set_sentence_starts(doc: Doc, starts: list[int]) -> None:
    """Mark sentence starts in one array write (setting tokens one by one is quadratic)."""
    if not len(doc):
        return
    offsets = doc.to_array([IDX]).ravel()  # 1-D: a 2-D array is copied on every search
    flags = numpy.full(len(doc), -1, dtype="int32")
    flags[0] = 1
    if starts:
        tokens = numpy.searchsorted(offsets, numpy.asarray(starts), side="right") - 1
        flags[numpy.maximum(tokens, 0)] = 1
    doc.from_array([SENT_START], cast(Ints2d, flags.astype("uint64").reshape(-1, 1)))


class AmountTagger:
    """Money, crypto, percent, count, ratio and multiple amounts outside boilerplate."""

    def __call__(self, doc: Doc) -> Doc:
        skip = list(doc._.structure.boilerplate) if doc._.structure else []
        skip += [(t.start, t.end) for t in doc._.times or []]  # "January 5–11", "24 hours"
        doc._.amounts = find_amounts(text_of(doc), skip)
        doc.spans["amounts"] = _spans(
            doc, [(a.start, a.end, a.kind.upper()) for a in doc._.amounts]
        )
        return doc


class MentionTagger:
    """Assets, sources, venues and metric/side trigger words from the lexicons."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = MentionMatcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = self.matcher.find(doc, text_of(doc))
        for kind in ("asset", "source", "venue"):
            found = [(m.start, m.end, m.value) for m in doc._.mentions if m.kind == kind]
            doc.spans[f"{kind}s"] = _spans(doc, found)
        return doc


class PeriodTagger:
    """Date and period expressions resolved against ``doc._.published``."""

    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.published
        text = text_of(doc)
        year = None
        if published is None:
            skip = doc._.structure.boilerplate if doc._.structure else []
            year = default_year(text, skip)
        doc._.times = find_time_expressions(text, published, year)
        return doc


class ClaimLinker:
    """Link each amount to its metric, side, asset, period, source and venue."""

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.mentions or []
        ctx = linker.Context(
            text=text_of(doc),
            structure=doc._.structure,
            mentions=mentions,
            times=doc._.times or [],
            published=doc._.published,
            amounts=_outside_names(doc._.amounts or [], mentions),
            publisher=doc.user_data.get(_PUBLISHER_KEY),
        )
        doc._.links = linker.link(ctx)
        return doc


def _outside_names(amounts: list[Amount], mentions: list[Mention]) -> list[Amount]:
    """Amounts that are not part of a name: "S&P 500", "Nasdaq 100", "CoinDesk 20"."""
    names = sorted((m.start, m.end) for m in mentions if m.kind == "asset")
    starts = [start for start, _ in names]
    kept = []
    for a in amounts:
        i = bisect.bisect_right(starts, a.start) - 1
        if i >= 0 and names[i][0] <= a.start and a.end <= names[i][1]:
            continue
        kept.append(a)
    return kept


@Language.factory("cc_structure")
def make_structure(nlp: Language, name: str) -> StructureTagger:
    return StructureTagger()


@Language.factory("cc_amounts")
def make_amounts(nlp: Language, name: str) -> AmountTagger:
    return AmountTagger()


@Language.factory("cc_mentions")
def make_mentions(nlp: Language, name: str) -> MentionTagger:
    return MentionTagger(nlp)


@Language.factory("cc_periods")
def make_periods(nlp: Language, name: str) -> PeriodTagger:
    return PeriodTagger()


@Language.factory("cc_linker")
def make_linker(nlp: Language, name: str) -> ClaimLinker:
    return ClaimLinker()


PIPELINE = (
    "cc_structure",
    "cc_lemmas",
    "cc_periods",
    "cc_amounts",
    "cc_mentions",
    "cc_linker",
)


@cache
def build_nlp() -> Language:
    """The blank English pipeline with the tokenizer fixes and our components (cached)."""
    nlp = spacy.blank("en")
    fix_tokenizer(nlp)
    for name in PIPELINE:
        nlp.add_pipe(name)
    nlp.max_length = 2_000_000
    return nlp


def annotate(text: str, published: date | None, publisher: str | None = None) -> Doc:
    """Run the pipeline over ``text`` with its publication date as the base for dates
    (and its outlet, which is never the source of its own figures)."""
    nlp = build_nlp()
    doc = nlp.make_doc(text)
    doc.user_data[_TEXT_KEY] = text
    doc.user_data[_PUBLISHER_KEY] = publisher
    doc._.published = published
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc
