"""The claim pipeline: registered spaCy components on a blank English model.

    structure → periods → amounts → mentions → claim_linker

Each component reads what the ones before it stored on ``doc._`` and overwrites only
its own outputs, so running one twice leaves the Doc as running it once. A trained
English model may stand in for the blank one when installed; none is required.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.nlp import linker
from extractor.nlp.amounts import find_amounts
from extractor.nlp.mentions import MentionMatcher
from extractor.nlp.periods import default_year, find_time_expressions
from extractor.nlp.structure import analyse
from extractor.nlp.tokenizer import fix_tokenizer

_DOC_ATTRS = ("published", "structure", "amounts", "mentions", "times", "links")
for _attr in _DOC_ATTRS:
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


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
        structure = analyse(doc.text)
        doc._.structure = structure
        for token in doc:
            token.is_sent_start = token.i == 0
        for span in _spans(doc, [(s, e, "SENT") for s, e in structure.sentences]):
            span[0].is_sent_start = True
        doc.spans["boilerplate"] = _spans(
            doc, [(s, e, "BOILERPLATE") for s, e in structure.boilerplate]
        )
        return doc


class AmountTagger:
    """Money, crypto, percent, count, ratio and multiple amounts outside boilerplate."""

    def __call__(self, doc: Doc) -> Doc:
        skip = list(doc._.structure.boilerplate) if doc._.structure else []
        skip += [(t.start, t.end) for t in doc._.times or []]  # "January 5–11", "24 hours"
        doc._.amounts = find_amounts(doc.text, skip)
        doc.spans["amounts"] = _spans(
            doc, [(a.start, a.end, a.kind.upper()) for a in doc._.amounts]
        )
        return doc


class MentionTagger:
    """Assets, sources, venues and metric/side trigger words from the lexicons."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = MentionMatcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = self.matcher.find(doc)
        for kind in ("asset", "source", "venue"):
            found = [(m.start, m.end, m.value) for m in doc._.mentions if m.kind == kind]
            doc.spans[f"{kind}s"] = _spans(doc, found)
        return doc


class PeriodTagger:
    """Date and period expressions resolved against ``doc._.published``."""

    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.published
        doc._.times = find_time_expressions(doc.text, published, default_year(doc.text))
        return doc


class ClaimLinker:
    """Link each amount to its metric, side, asset, period, source and venue."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = linker.Context(
            text=doc.text,
            structure=doc._.structure,
            mentions=doc._.mentions or [],
            times=doc._.times or [],
            published=doc._.published,
            amounts=doc._.amounts or [],
        )
        doc._.links = linker.link(ctx)
        return doc


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


PIPELINE = ("cc_structure", "cc_periods", "cc_amounts", "cc_mentions", "cc_linker")


@cache
def build_nlp() -> Language:
    """The blank English pipeline with the tokenizer fixes and our components (cached)."""
    nlp = spacy.blank("en")
    fix_tokenizer(nlp)
    for name in PIPELINE:
        nlp.add_pipe(name)
    nlp.max_length = 2_000_000
    return nlp


def annotate(text: str, published: date | None) -> Doc:
    """Run the pipeline over ``text`` with its publication date as the base for dates."""
    nlp = build_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc
