"""The claim pipeline: registered spaCy components on a blank English model.

    cc_structure → cc_lemmas → cc_periods → cc_amounts → cc_mentions → cc_linker

Each factory declares what it ``requires`` and ``assigns`` (``nlp.analyze_pipes()``
lists them), and a component run before the ones it needs refuses the Doc with
:class:`PipelineOrderError` instead of reading nothing. Each overwrites only its own
layer (see :mod:`extractor.nlp.layers`), so running one twice leaves the Doc as running
it once. The factories are spaCy entry points of this package, so a pipeline saved with
``nlp.to_disk`` loads with ``spacy.load`` in any process where the package is installed.

The publication date, the base for relative dates ("on Friday"), goes in on the Doc
before the components run::

    doc = nlp.make_doc(text)
    doc._.published = date(2026, 2, 6)
    doc = nlp(doc)          # doc._.links: one Link per amount
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.types import Ints2d

from extractor.errors import CryptoClaimsError
from extractor.lexicon import LEXICON_CONFIG, Lexicon
from extractor.nlp import layers, linker
from extractor.nlp import lemmas as _lemmas  # noqa: F401  (registers cc_lemmas)
from extractor.nlp.amounts import find_amounts
from extractor.nlp.apostrophes import reading_text
from extractor.nlp.clauses import find_breaks
from extractor.nlp.coin_counts import in_named_coins
from extractor.nlp.entities import find_entities, not_named_things
from extractor.nlp.lines import Line, read_lines
from extractor.nlp.mentions import Mention, MentionMatcher
from extractor.nlp.periods import TimeExpr, default_year, find_time_expressions
from extractor.nlp.structure import Structure, analyse
from extractor.nlp.tokenizer import fix_tokenizer

CONFIG_FILE = Path(__file__).with_name("config.cfg")
_TEXT_KEY = "cryptoclaims.text"
_LAYERS_KEY = "cryptoclaims.layers"


@dataclass(frozen=True, slots=True)
class Layers:
    """Every layer of a Doc in one record under ``doc.user_data``, so that the Doc's
    serializers (``to_bytes``, ``DocBin``) write and read them with their types; each is
    also ``doc._.<name>``. None: the component that sets it has not run."""

    published: date | None = None
    publisher: str | None = None  # the outlet: never the source of its own figures
    structure: Structure | None = None
    lines: tuple[Line, ...] | None = None
    clauses: tuple[layers.ClauseBreak, ...] | None = None
    times: tuple[TimeExpr, ...] | None = None
    amounts: tuple[layers.Amount, ...] | None = None
    mentions: tuple[Mention, ...] | None = None
    entities: tuple[layers.Entity, ...] | None = None
    links: tuple[layers.Link, ...] | None = None


def _layers(doc: Doc) -> Layers:
    found = doc.user_data.get(_LAYERS_KEY)
    return found if isinstance(found, Layers) else Layers()


def _extension(name: str) -> None:
    def get(doc: Doc) -> Any:
        return getattr(_layers(doc), name)

    def set_(doc: Doc, value: Any) -> None:
        value = tuple(value) if isinstance(value, list) else value
        doc.user_data[_LAYERS_KEY] = replace(_layers(doc), **{name: value})

    Doc.set_extension(name, getter=get, setter=set_, force=True)


for _field in fields(Layers):
    _extension(_field.name)
for _record in (Layers, Structure, Line, Mention, TimeExpr):
    layers.serializable(_record)
layers.register_serializers()


class PipelineOrderError(CryptoClaimsError):
    """A component ran before one whose layer it needs."""


def text_of(doc: Doc) -> str:
    """The Doc's text as the components read it, built once: spaCy rebuilds ``doc.text``
    from every token on each read (other possessive apostrophes are read as "’")."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = reading_text(doc.text)
    return str(text)


def _need(doc: Doc, component: str, attr: str, producer: str) -> Any:
    """The layer ``attr`` a component reads; refused if its producer has not run yet."""
    value = getattr(doc._, attr)
    if value is None:
        raise PipelineOrderError(
            f"{component} needs doc._.{attr}, which {producer} sets: "
            f"add {producer} before {component}"
        )
    return value


def _spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[Span]:
    out = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


class StructureTagger:
    """Paragraphs, sentences, captions and boilerplate; sets sentence starts."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        with self.lexicon.active():
            doc._.lines = read_lines(text_of(doc))
            structure = analyse(text_of(doc), doc._.lines)
            doc._.clauses = find_breaks(text_of(doc))
        doc._.structure = structure
        _set_sentence_starts(doc, [s for s, _ in structure.sentences])
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
    """Money, crypto, percent, count, ratio and multiple amounts outside boilerplate and
    dates ("January 5–11", "24 hours" hold no amount)."""

    def __init__(self, name: str, lexicon: Lexicon, spans_key: str | None) -> None:
        self.name, self.lexicon, self.spans_key = name, lexicon, spans_key

    def __call__(self, doc: Doc) -> Doc:
        structure: Structure = _need(doc, self.name, "structure", "cc_structure")
        times: tuple[TimeExpr, ...] = _need(doc, self.name, "times", "cc_periods")
        skip = list(structure.boilerplate) + [(t.start, t.end) for t in times]
        with self.lexicon.active():
            doc._.amounts = find_amounts(text_of(doc), skip, doc._.lines)
        if self.spans_key:
            found = [(a.start, a.end, a.kind.upper()) for a in doc._.amounts]
            doc.spans[self.spans_key] = _spans(doc, found)
        return doc


class MentionTagger:
    """Assets, sources, venues and metric/side trigger words from the lexicons."""

    def __init__(self, nlp: Language, lexicon: Lexicon, spans_key: str | None) -> None:
        self.lexicon, self.spans_key = lexicon, spans_key
        with lexicon.active():
            self.matcher = MentionMatcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        with self.lexicon.active():
            text = text_of(doc)
            doc._.entities = entities = find_entities(text)
            companies = [(e.start, e.end) for e in entities if e.kind == "company"]
            mentions = self.matcher.find(doc, text, companies, doc._.lines)
            doc._.mentions = not_named_things(mentions, entities)
        if self.spans_key:
            kinds = ("asset", "source", "venue")
            found = [(m.start, m.end, m.kind.upper()) for m in doc._.mentions if m.kind in kinds]
            doc.spans[self.spans_key] = _spans(doc, found)
        return doc


class PeriodTagger:
    """Date and period expressions resolved against ``doc._.published``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.published
        structure: Structure = _need(doc, "cc_periods", "structure", "cc_structure")
        text = text_of(doc)
        with self.lexicon.active():
            year = default_year(text, structure.boilerplate) if published is None else None
            doc._.times = find_time_expressions(text, published, year, doc._.lines)
        return doc


class ClaimLinker:
    """Link each amount to its metric, side, asset, period, source and venue."""

    def __init__(self, name: str, lexicon: Lexicon, settings: linker.LinkerSettings) -> None:
        self.name, self.lexicon, self.settings = name, lexicon, settings

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(_need(doc, self.name, "mentions", "cc_mentions"))
        amounts = list(_need(doc, self.name, "amounts", "cc_amounts"))
        ctx = linker.Context(
            text=text_of(doc),
            structure=_need(doc, self.name, "structure", "cc_structure"),
            times=list(_need(doc, self.name, "times", "cc_periods")),
            amounts=in_named_coins(text_of(doc), _outside_names(amounts, mentions), mentions),
            mentions=mentions,
            published=doc._.published,
            publisher=doc._.publisher,
            breaks=_need(doc, self.name, "clauses", "cc_structure"),
            entities=doc._.entities or (),
            line_layer=_need(doc, self.name, "lines", "cc_structure"),
        )
        with self.lexicon.active():
            doc._.links = linker.link(ctx, self.settings)
        ctx.forget()  # freed now rather than by the garbage collector
        return doc


def _outside_names(amounts: list[layers.Amount], mentions: list[Mention]) -> list[layers.Amount]:
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


_LEXICON = LEXICON_CONFIG


@registry.misc("cryptoclaims.lexicon.v1")  # type: ignore[untyped-decorator]
def make_lexicon(path: str | None = None) -> Lexicon:
    """The lexicon of a folder of data files; None: the package's own."""
    return Lexicon.bundled() if path is None else _lexicon_at(str(Path(path).resolve()))


@cache
def _lexicon_at(path: str) -> Lexicon:
    return Lexicon.from_disk(path)  # one per folder: the components share it


@Language.factory(
    "cc_structure",
    default_config={"lexicon": _LEXICON},
    assigns=["doc._.structure", "doc._.lines", "doc._.clauses", "token.is_sent_start"],
)
def make_structure(nlp: Language, name: str, lexicon: Lexicon) -> StructureTagger:
    return StructureTagger(lexicon)


@Language.factory(
    "cc_periods",
    default_config={"lexicon": _LEXICON},
    requires=["doc._.structure"],
    assigns=["doc._.times"],
)
def make_periods(nlp: Language, name: str, lexicon: Lexicon) -> PeriodTagger:
    return PeriodTagger(lexicon)


@Language.factory(
    "cc_amounts",
    default_config={"lexicon": _LEXICON, "spans_key": None},
    requires=["doc._.structure", "doc._.times"],
    assigns=["doc._.amounts"],
)
def make_amounts(nlp: Language, name: str, lexicon: Lexicon, spans_key: str | None) -> AmountTagger:
    return AmountTagger(name, lexicon, spans_key)


@Language.factory(
    "cc_mentions",
    default_config={"lexicon": _LEXICON, "spans_key": None},
    assigns=["doc._.mentions", "doc._.entities"],
)
def make_mentions(
    nlp: Language, name: str, lexicon: Lexicon, spans_key: str | None
) -> MentionTagger:
    return MentionTagger(nlp, lexicon, spans_key)


@Language.factory(
    "cc_linker",
    default_config={"lexicon": _LEXICON, "sure_score": 0.15, "repeat_reach": 400, "trace": False},
    requires=[
        "doc._.structure",
        "doc._.lines",
        "doc._.clauses",
        "doc._.times",
        "doc._.amounts",
        "doc._.mentions",
    ],
    assigns=["doc._.links"],
)
def make_linker(
    nlp: Language, name: str, lexicon: Lexicon, sure_score: float, repeat_reach: int, trace: bool
) -> ClaimLinker:
    settings = linker.LinkerSettings(sure_score=sure_score, repeat_reach=repeat_reach, trace=trace)
    return ClaimLinker(name, lexicon, settings)


@registry.callbacks("cryptoclaims.fix_tokenizer.v1")  # type: ignore[untyped-decorator]
def make_tokenizer_fix() -> Callable[[Language], Language]:
    """``[nlp.after_creation]`` callback: the tokenizer splits amounts off their neighbours."""

    def fix(nlp: Language) -> Language:
        fix_tokenizer(nlp)
        return nlp

    return fix


PIPELINE = (
    "cc_structure",
    "cc_lemmas",
    "cc_periods",
    "cc_amounts",
    "cc_mentions",
    "cc_linker",
)


def blank(lexicon: str | Path | None = None, *, trace: bool = False) -> Language:
    """A new pipeline from the package's ``config.cfg`` (uncached: a caller may change it),
    with the lexicon of a folder of data files (default: the package's own); ``trace``
    makes the linker write each field's reason on its Link."""
    overrides: dict[str, Any] = {"components.cc_linker.trace": trace}
    if lexicon is not None:
        overrides["paths.lexicon"] = str(lexicon)
    config = spacy.util.load_config(CONFIG_FILE, overrides=overrides)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    nlp.max_length = 2_000_000
    return nlp


@cache
def build_nlp() -> Language:
    """The process's shared pipeline (built once)."""
    return blank()


def annotate(
    text: str, published: date | None, publisher: str | None = None, *, nlp: Language | None = None
) -> Doc:
    """Run the pipeline (default: the shared one) over ``text`` with its publication date
    as the base for dates (and its outlet, which is never the source of its own figures)."""
    nlp = nlp or build_nlp()
    doc = nlp.make_doc(text)
    doc.user_data[_TEXT_KEY] = reading_text(text)
    doc._.published = published
    doc._.publisher = publisher
    return nlp(doc)
