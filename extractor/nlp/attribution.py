"""Who says so and where: the source a figure is attributed to, and the venue it is about.

A data provider cited in the sentence comes first ("according to CoinGlass"); then a
company or exchange stating its own figure; then a "Source: X" caption under the
paragraph; then a source named earlier in the same paragraph.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from extractor import lexicon
from extractor.nlp.amounts import Amount
from extractor.nlp.context import Context, Span, distance
from extractor.nlp.cues import (
    anaphoric_data,
    attribution_cue,
    company_metrics,
    company_ref,
    cue_before,
    filing,
    issuer_after,
    market_wide,
    spokesperson,
)
from extractor.nlp.mentions import Mention
from extractor.nlp.subject import issuers


def _is_citation(ctx: Context, s: Mention) -> bool:
    """The source is cited, not named as an issuer or inside a fund's name."""

    def cited() -> bool:
        after = ctx.text[s.end : s.end + 40]
        return not issuer_after().match(after) and not any(
            m.end > s.start and not ctx.text[s.end : m.start].strip()
            for m in ctx.in_span("asset", (s.start - _LONGEST_NAME, s.end + 2))
        )  # "Grayscale Bitcoin Trust", "Bitwise Bitcoin ETF": an issuer inside a fund's name

    return ctx.remember("citation", (s.start, s.end), cited)


_LONGEST_NAME = 80  # characters: an asset name starting further back cannot cover a source


def source(ctx: Context, a: Amount, sent: Span, metric: str, asset: str | None) -> str | None:
    """The provider the sentence cites; else a company or exchange stating its own figure."""
    sources = [s for s in ctx.in_span("source", sent) if _is_citation(ctx, s)]
    if sources:
        cued = [s for s in sources if cue_before().search(ctx.text[max(0, s.start - 20) : s.start])]
        return min(cued or sources, key=lambda m: distance(ctx, a, m)).value
    sentence = ctx.text[sent[0] : sent[1]]
    if _cited_in(ctx, sent):
        venues = ctx.in_span("venue", sent)
        if venues and metric not in market_wide():
            return venues[0].value  # "Bybit revealed ... a theft of $1.5 billion"
        if spokesperson().search(ctx.text, sent[0], sent[1]) and (hacked := _hacked_venue(ctx)):
            return hacked  # "CEO Ben Zhou announced a loss of about $1.5 billion"
    filer = _display_names().get(asset or "")
    if filer and metric in company_metrics() and _files(ctx, sent, asset or "", sentence):
        return filer
    return None


def _cited_in(ctx: Context, sent: Span) -> bool:
    """The sentence has an attribution word ("said", "reported"); asked once per sentence."""
    return ctx.remember(
        "cited", sent, lambda: attribution_cue().search(ctx.text, sent[0], sent[1]) is not None
    )


def _files(ctx: Context, sent: Span, company: str, sentence: str) -> bool:
    """The sentence reports the company announcing or filing its figure."""
    if not filing().search(sentence):
        return False
    named = any(issuers().get(m.value, m.value) == company for m in ctx.in_span("asset", sent))
    return named or bool(company_ref().search(sentence))


@cache
def _display_names() -> dict[str, str]:
    """A company's name as cited, from its first lexicon name ("strategy" → "Strategy")."""
    return {e.id: e.names[0].title() for e in lexicon.assets() if e.kind == "stock"}


def attribute(
    ctx: Context, a: Amount, sent: Span, metric: str, asset: str | None, known: dict[Span, str]
) -> str | None:
    """The sentence's source, else the caption's, else one named earlier in the paragraph;
    ``known`` gathers the sentences' provider citations as they are found."""
    found = source(ctx, a, sent, metric, asset)
    if found and ctx.in_span("source", sent):
        known[sent] = found  # a data provider's attribution carries forward
    return found or _caption_source(ctx, a) or _paragraph_source(ctx, sent, known)


def _caption_source(ctx: Context, a: Amount) -> str | None:
    """ "Source: X" on its own line attributes the paragraph just above it."""
    para = ctx.paragraph_of(a.start)
    paragraphs = ctx.structure.paragraphs
    idx = paragraphs.index(para) if para in paragraphs else -1
    if idx < 0 or idx + 1 >= len(paragraphs):
        return None
    for (start, _end), src in ctx.structure.captions:
        if start == paragraphs[idx + 1][0]:
            return _canonical_source(ctx, (start, _end), src)
    return None


def _canonical_source(ctx: Context, span: Span, raw: str) -> str:
    named = ctx.in_span("source", span) or ctx.in_span("venue", span)
    return named[-1].value if named else raw.strip(" .")


def _paragraph_source(ctx: Context, sent: Span, known: dict[Span, str]) -> str | None:
    """A source named earlier in the same paragraph carries forward."""
    para = ctx.paragraph_of(sent[0])
    earlier = [(s, src) for s, src in known.items() if para[0] <= s[0] < sent[0]]
    named = [m for m in ctx.in_span("source", (para[0], sent[0])) if _is_citation(ctx, m)]
    if named and (not earlier or named[-1].start > earlier[-1][0][0]):
        cued = [m for m in named if _cued(ctx, m)]  # "according to Farside and Trader T"
        return (cued or named)[-1].value
    if earlier:
        return earlier[-1][1]
    if anaphoric_data().search(ctx.text, sent[0], sent[1]):
        cited = [m for m in ctx.in_span("source", (0, sent[0])) if _is_citation(ctx, m)]
        return cited[-1].value if cited else None  # "The data reveals ..."
    return None


def _cued(ctx: Context, m: Mention) -> bool:
    return bool(cue_before().search(ctx.text[max(0, m.start - 20) : m.start]))


def venue(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    """The exchange or platform nearest a figure that is about one (liquidations, hacks);
    in the story of a hack, the platform hacked is where every figure of it happened."""
    if metric not in ("liquidations", "hack_amount", "trading_volume", "open_interest", "other"):
        return _hacked_venue(ctx) if metric in _HACK_STORY_METRICS else None
    venues = ctx.in_span("venue", sent)
    if venues:
        return min(venues, key=lambda m: distance(ctx, a, m)).value
    return _hacked_venue(ctx) if metric in _HACK_STORY_METRICS else None


_HACK_STORY_METRICS = ("hack_amount", "reserves", "holdings", "fund_flow", "loss", "other")


def _hacked_venue(ctx: Context) -> str | None:
    """The venue a hack story is about: named three times or more, with hack words around."""

    def hacked_venue() -> str | None:
        counts = Counter(m.value for m in ctx.mentions if m.kind == "venue")
        hacked = any(m.value == "hack_amount" for m in ctx.mentions if m.kind == "metric")
        top = counts.most_common(1)
        return top[0][0] if hacked and top and top[0][1] >= 3 else None

    return ctx.remember("hacked_venue", None, hacked_venue)
