"""Who says so: the source a figure is attributed to.

The citations themselves are found in :mod:`extractor.nlp.citations`; this module
decides which one governs a figure. A citation governs its own sentence and the
following sentences of its paragraph, until another citation (or an unnamed voice:
"analysts warn") takes over; it never crosses into the next paragraph. A "Source: X"
caption, or the signature line of a quoted post, governs the paragraph(s) just above
it; a table's title that names its source ("Pool shares (source: X)") governs the rows
under it instead. The article's own outlet is never a source. A figure repeated in a headline or
summary takes the source the body gives the same figure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from extractor import lexicon
from extractor.nlp.blocks import block_row, context_block_rows
from extractor.nlp.citations import (
    Citation,
    citations,
    cited_in,
    cue_alternation,
    is_agency,
    is_data_provider,
    line_of,
    lines,
    signatures,
    subject,
)
from extractor.nlp.context import Context, Span, boundaries
from extractor.nlp.cues import anaphoric_data, spokesperson
from extractor.nlp.layers import Amount
from extractor.nlp.lines import is_heading
from extractor.nlp.names import clean, names_in
from extractor.nlp.own_voice import publishing_firm
from extractor.nlp.periods import post_start
from extractor.nlp.venues import hacked_venue, venue

_CUE_STRENGTH = re.compile(r"^(?:according|data|per|figures|as reported)", re.IGNORECASE)
_CAPTION_REACH = 2  # lines above a caption it may govern


def attribute(ctx: Context, a: Amount, sent: Span, metric: str) -> str | None:
    """The source of a figure: its sentence's citation, else a caption or signature
    under its paragraph, else the citation carried from earlier in the paragraph.
    A company or agency speaking is no source of market data (a price, liquidations)."""
    if (labelled := _bracket_provider(ctx, a.start)) is not None:
        return labelled
    cited = _cited_in(ctx, sent)
    in_sentence = _applicable(cited, a.start, metric) or _venue_of_its_own(
        ctx, cited, a, sent, metric
    )
    if in_sentence:
        chosen = _nearest(ctx, a, _same_part(ctx, a, sent, in_sentence))
        if chosen.name is None and spokesperson().search(ctx.text, sent[0], sent[1]):
            return hacked_venue(ctx)  # "CEO Ben Zhou said" in the story of a hack
        return chosen.name
    captioned = _captioned(ctx, a.start)
    if captioned is not None:
        return None if _is_outlet(ctx, captioned[0]) else captioned[0]
    if (author := _posted_by(ctx, a.start)) is not None:
        return author
    if (speaker := _quotation_resumed(ctx, a.start)) is not None:
        return speaker
    if _names_unread_origin(ctx, a, sent):
        return None  # "..., according to World Bank data": its own origin, unread
    carried = _carried(ctx, sent, metric)
    if carried is not None:
        return carried.name
    if ctx.span_has(anaphoric_data(), sent):
        before = [c for c in _cited(ctx) if c.end <= sent[0] and c.name]
        return before[-1].name if before else None  # "The data reveals ..."
    return None


def _venue_of_its_own(
    ctx: Context, cited: list[Citation], a: Amount, sent: Span, metric: str
) -> list[Citation]:
    """A venue speaking of a market figure its own sentence places on it ("On CME, open
    interest rose to $5.4 billion, the exchange said"): its own book, so its statement,
    where a venue speaking of another's market, or of the market at large, is none."""
    speaking = [c for c in cited if c.name and not c.provider and c.scope is None]
    if not speaking:
        return []
    placed = venue(ctx, a, metric, sent)
    return [c for c in speaking if c.name == placed]


def _names_unread_origin(ctx: Context, a: Amount, sent: Span) -> bool:
    """The figure's part of its sentence cites a capitalized origin the citation reader
    did not resolve ("according to World Bank data", "figures from Statistics Norway"):
    the sentence names its own origin, so no source carries into it from an earlier one
    (an unknown origin is left unset, not replaced by the paragraph's provider). A time
    ("according to Monday's filing") names no origin."""
    lo, hi = _part(ctx, a, sent)
    return any(not ctx.times_in(m.span(1)) for m in _origin_cited().finditer(ctx.text, lo, hi))


@lexicon.per_lexicon
def _origin_cited() -> re.Pattern[str]:
    """A strong citing cue ending in a preposition of origin ("according to", "data from",
    "as reported by"; not "data on", "based on") and the capitalized word it cites."""
    strong = [
        p
        for p in lexicon.attribution_phrases("citing_before")
        if _CUE_STRENGTH.match(p) and p.rsplit(" ", 1)[-1] in ("to", "from", "by")
    ]
    cues = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(strong, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?i:{cues})\s+(?:(?i:the)\s+)?([A-Z][\w.&-]*)")


def _bracket_provider(ctx: Context, pos: int) -> str | None:
    """A bracket whose part holding the figure opens with a data provider's name and a
    colon ("per CryptoQuant (Glassnode: 27,400 BTC)", "(Artemis: $3.9 billion; Dune: $4.0
    billion)"): the figure is that provider's count, whoever the sentence cites. A label
    that is no provider ("(Sunday: 33,420)", "(Binance: $8.2 billion)") changes nothing."""
    line = line_of(ctx, pos)
    opening = ctx.text.rfind("(", line[0], pos)
    if opening < 0 or ctx.text.find(")", opening, pos) >= 0:
        return None
    labels = list(_BRACKET_LABEL.finditer(ctx.text, opening, pos))
    if not labels:
        return None
    lo, hi = labels[-1].span("name")
    named = [m for m in ctx.in_span("source", (lo, hi)) if (m.start, m.end) == (lo, hi)]
    return named[0].value if named and is_data_provider(named[0].value) else None


# a label opening a bracket or a part of it set off by ";" or ",": "(Glassnode: ", "; Dune: "
_BRACKET_LABEL = re.compile(r"[(;,][ \t]*(?P<name>[^():;,\n]{2,40}?)[ \t]*:[ \t]")


def _same_part(ctx: Context, a: Amount, sent: Span, cited: list[Citation]) -> list[Citation]:
    """The citations in the figure's part of a sentence that a contrast parts ("X moved $1.4
    billion, the team said, while Y handled $900 million, according to Z"; "...; ..."),
    when its part has one: each part's citation governs its own; else all of them."""
    lo, hi = _part(ctx, a, sent)
    if (lo, hi) == sent:
        return cited
    own = [c for c in cited if lo <= c.start < hi]
    return own or cited


def _part(ctx: Context, a: Amount, sent: Span) -> Span:
    """The part of its sentence a contrast parts off that holds the figure ("...; ...",
    "..., while ..."), the sentence when none does."""
    cuts = [m.end() for m in _contrast().finditer(ctx.text, *sent)]
    k = bisect.bisect_right(cuts, a.start)
    return (cuts[k - 1] if k else sent[0]), (cuts[k] if k < len(cuts) else sent[1])


@lexicon.per_lexicon
def _contrast() -> re.Pattern[str]:
    words = cue_alternation("contrast_openers")
    return re.compile(rf";|,\s*(?:{words})\b", re.IGNORECASE)


def _posted_by(ctx: Context, pos: int) -> str | None:
    """The author of the quoted post holding ``pos``: the lines its signature ends, as far
    up as dating reads the post (its link's line and the lines over it)."""

    def posts() -> list[tuple[int, int, str]]:
        signed = signatures(ctx)
        starts = {line[0] for line in signed}
        found = []
        for line, author in sorted(signed.items()):
            start = post_start(ctx.text, line[0], starts, ctx.lines)
            if author and start < line[0]:
                found.append((start, line[0], author))
        return found

    spans = ctx.remember("posts", None, posts)
    i = bisect.bisect_right(spans, (pos, len(ctx.text) + 1, "")) - 1
    return spans[i][2] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None


def _quotation_resumed(ctx: Context, pos: int) -> str | None:
    """The speaker of a quotation that resumes right after the sentence naming them, in
    the same paragraph (' "...," said Priya Raman of Calder Markets. "The funds still hold
    5.9 million ETH." '): the figure at ``pos`` inside it is theirs."""
    para = ctx.paragraph_of(pos)
    opening = _opening_quote(ctx.text, para[0], pos)
    if opening is None:
        return None
    sentences = ctx.structure.sentences
    starts = ctx.remember("sentence_starts", None, lambda: [s for s, _ in sentences])
    k = bisect.bisect_right(starts, opening) - 1
    if k < 1 or ctx.text[sentences[k][0] : opening].strip() or sentences[k - 1][0] < para[0]:
        return None  # the quotation opens no sentence, or none of this paragraph before it
    said = [
        c
        for c in _cited_in(ctx, sentences[k - 1])
        if c.scope is not None and c.name and not _listener(ctx, c)
    ]
    return said[-1].name if said else None


def _listener(ctx: Context, c: Citation) -> bool:
    """The name is the one spoken to ("told Reuters", "in an interview with CNBC"): the
    outlet interviewing, never the speaker."""
    return bool(_listener_before().search(ctx.text, max(c.sentence[0], c.start - 40), c.start))


@lexicon.per_lexicon
def _listener_before() -> re.Pattern[str]:
    cues = cue_alternation("listener_cues")
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?$", re.IGNORECASE)


def _opening_quote(text: str, start: int, pos: int) -> int | None:
    """Where the quotation holding ``pos`` opens, reading from ``start``: the last curly
    opening mark not closed before ``pos``, or the last straight mark when an odd number
    of them stands before it."""
    curly = text.rfind("“", start, pos)
    if curly >= 0:
        return None if text.find("”", curly, pos) >= 0 else curly
    straight = text.count('"', start, pos)
    return text.rfind('"', start, pos) if straight % 2 else None


def _cited(ctx: Context) -> list[Citation]:
    """The article's citations, its own outlet's made unnamed (its dashboard is not a
    source, and it stops an earlier source from carrying on)."""

    def own_outlet_removed() -> list[Citation]:
        return [_unnamed(c) if _is_outlet(ctx, c.name, c) else c for c in citations(ctx)]

    return ctx.remember("cited", None, own_outlet_removed)


def _is_outlet(ctx: Context, name: str | None, cited: Citation | None = None) -> bool:
    """The article's outlet, also the one a syndicated copy names ("Mitrade (source:
    FXStreet)"), and the firm whose arm publishes it when it speaks rather than being
    cited for its data."""
    if not name or not ctx.publisher:
        return False
    outlets = [ctx.publisher, *re.findall(r"(?i)\bsource:\s*([^()]+)", ctx.publisher)]
    if _name_key(name) in {_name_key(o.strip()) for o in outlets}:
        return True
    return publishing_firm(name, ctx.publisher) and not (
        cited is not None and _cited_as_data(ctx, cited)
    )


def _cited_as_data(ctx: Context, cited: Citation) -> bool:
    """The firm is named as where data comes from ("exchange data from Pellucid",
    "Pellucid's order-book data", "according to Pellucid figures"): a research arm citing
    its firm's exchange or desk cites a source of its own, unlike its staff speaking."""
    before = ctx.text[max(cited.sentence[0], cited.start - 40) : cited.start]
    after = ctx.text[cited.end : min(cited.sentence[1], cited.end + 40)]
    return bool(_DATA_BEFORE.search(before) or _DATA_AFTER.match(after))


_DATA_NOUNS = r"(?:data|figures|statistics|numbers|readings|dashboards?)"
_DATA_BEFORE = re.compile(rf"(?i)\b{_DATA_NOUNS}\s+(?:from|by|of|at|on)\s+(?:the\s+)?$")
_DATA_AFTER = re.compile(rf"(?i)(?:['’]s?)?(?:\s+[\w-]+){{0,2}}?\s+{_DATA_NOUNS}\b")


def _unnamed(c: Citation) -> Citation:
    return Citation(c.start, c.end, None, c.sentence, c.structural, True, c.scope)


def _name_key(name: str) -> str:
    """ "The Block", "theblock.co", "www.TheBlock.co" → "block"."""
    host = name.lower().removeprefix("www.")
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", host):
        host = host.rsplit(".", 1)[0]
    return re.sub(r"[^a-z0-9]", "", host).removeprefix("the")


def _cited_in(ctx: Context, sent: Span) -> list[Citation]:
    """The citations of one sentence, as :func:`_cited` has them."""

    def own_outlet_removed() -> list[Citation]:
        return [_unnamed(c) if _is_outlet(ctx, c.name, c) else c for c in cited_in(ctx, sent)]

    return ctx.remember("cited_in", sent, own_outlet_removed)


def _strength(ctx: Context, c: Citation) -> int:
    """A citation by its wording: "according to"/"data from" first, then a verb or noun,
    then a provider only named."""
    if not c.structural:
        return 0
    before = ctx.text[max(c.sentence[0], c.start - 40) : c.start]
    return 2 if _CUE_STRENGTH.search(before.lstrip()[-40:]) or "according to" in before else 1


def _nearest(ctx: Context, a: Amount, cited: list[Citation]) -> Citation:
    best = max(_strength(ctx, c) for c in cited)
    strongest = [c for c in cited if _strength(ctx, c) == best or (best == 2 and c.name is None)]
    return min(strongest, key=lambda c: _distance(ctx, a, c))


def _distance(ctx: Context, a: Amount, c: Citation) -> float:
    lo, hi = (c.end, a.start) if c.end <= a.start else (a.end, c.start)
    if hi < lo:
        return 0.0
    return float((hi - lo + 1) * 2 ** boundaries(ctx.text[lo:hi]))


def _applicable(cited: list[Citation], pos: int, metric: str) -> list[Citation]:
    """The citations that can govern a figure at ``pos`` of this metric: a quotation's
    speaker only its quotation, a company speaking only figures other than market data."""
    market = lexicon.attribution_metrics("market_data_metrics")
    return [
        c
        for c in cited
        if (c.scope is None or c.scope[0] <= pos < c.scope[1])
        and (c.provider or metric not in market)
    ]


def _carried(ctx: Context, sent: Span, metric: str) -> Citation | None:
    """The citation of the last earlier sentence of the paragraph that has one that
    carries (a quotation's speaker does not). A list item takes its lead line's citation,
    not another item's. The same for every figure of the sentence whose metric is (or is
    not) market data: found once for each."""
    market = metric in lexicon.attribution_metrics("market_data_metrics")
    return ctx.remember("carried", (sent, market), lambda: _carried_into(ctx, sent, metric))


def _carried_into(ctx: Context, sent: Span, metric: str) -> Citation | None:
    line, para = line_of(ctx, sent[0]), ctx.paragraph_of(sent[0])
    lead = line_of(ctx, para[0])
    regions = [(line[0], sent[0])] if lead == line else [(line[0], sent[0]), lead]
    for region in regions:
        for s in _citing_sentences(ctx, region):
            cited = [c for c in _applicable(_cited_in(ctx, s), -1, metric) if c.scope is None]
            if not cited:
                continue
            best = max(_strength(ctx, c) for c in cited)
            chosen = next(c for c in cited if _strength(ctx, c) == best)
            if region == lead and _marked_item(ctx, lead):
                if not chosen.provider:
                    # "1. Kelvane ... Kelvane says": a company speaking in a list's first
                    # item speaks for that item, not for the items on other parties under
                    # it (a provider cited there still carries: "- ..., per DefiLlama.")
                    return None
                if _labels_its_line(ctx, chosen, lead):
                    # "- Open interest: $41.7 billion (Coinalyze)": a bracket closing the
                    # item labels that item, as the next items label theirs or not
                    return None
            about = subject(ctx, sent)
            if (
                not chosen.provider
                and about
                and about != chosen.name
                and not is_agency(chosen.name)
            ):
                return None  # a company's statement does not tell about another one
            return chosen
    return None


def _labels_its_line(ctx: Context, c: Citation, line: Span) -> bool:
    """The citation is all a bracket of its line holds ("...: 78% (Laevitas)", "$41.7
    billion (source: Coinalyze), up from"): a label of that line's figures, not a lead of
    the lines below."""
    opening = ctx.text.rfind("(", line[0], c.start)
    if opening < 0 or ctx.text.find(")", opening, c.start) >= 0:
        return False
    closing = ctx.text.find(")", c.end, line[1])
    return (
        closing >= 0
        and _LABEL_OPENS.fullmatch(ctx.text, opening + 1, c.start) is not None
        and not ctx.text[c.end : closing].strip()
    )


# what may open a bracket before the provider it labels with: "(", "(source: ", "(via "
_LABEL_OPENS = re.compile(r"\s*(?:(?i:sources?|data|via|per)\s*:?\s*)?")


def _marked_item(ctx: Context, line: Span) -> bool:
    """A bulleted or numbered list item (from the line layer): a list's first item when a
    paragraph opens with one, no lead line above its items."""
    found = ctx.line_at(line[0])
    return found is not None and found.kind == "item"


def _citing_sentences(ctx: Context, region: Span) -> Iterator[Span]:
    """The sentences starting in ``region`` that hold a citation carrying beyond a
    quotation, last first: found by skipping back over those known to hold none, so a
    text of many figures in few sentences does not list its sentences once per figure."""
    sentences = ctx.structure.sentences
    starts = ctx.remember("sentence_starts", None, lambda: [s for s, _ in sentences])
    lo = bisect.bisect_left(starts, region[0])
    k = bisect.bisect_left(starts, region[1]) - 1
    while (j := _last_citing(ctx, lo, k)) is not None:
        yield sentences[j]
        k = j - 1


def _last_citing(ctx: Context, lo: int, k: int) -> int | None:
    """The last sentence from index ``lo`` to ``k`` holding an unscoped citation: read
    back from ``k`` until one does (as the search always read them), each answer kept for
    every sentence passed on the way."""
    known: dict[tuple[int, int], int | None] = ctx.remember("last_citing", None, dict)
    passed: list[int] = []
    found: int | None = None
    while k >= lo:
        if (lo, k) in known:
            found = known[lo, k]
            break
        passed.append(k)
        if any(c.scope is None for c in _cited_in(ctx, ctx.structure.sentences[k])):
            found = k
            break
        k -= 1
    for i in passed:
        known[lo, i] = found
    return found


def _captioned(ctx: Context, pos: int) -> tuple[str | None] | None:
    """A "Source: X" caption or a post's signature within reach below the line."""
    here = line_of(ctx, pos)
    return ctx.remember("captioned", here, lambda: _caption_below(ctx, here))


def _caption_below(ctx: Context, here: Span) -> tuple[str | None] | None:
    spans = lines(ctx)
    idx = bisect.bisect_left(spans, here)
    if idx >= len(spans) or spans[idx] != here:
        return None
    captions = ctx.remember("captions", None, lambda: dict(ctx.structure.captions))
    if (listed := _caption_under_list(ctx, spans, idx, captions, here)) is not None:
        return (listed,)
    if (titled := _table_title(ctx, here, captions)) is not None:
        return (titled,)
    signed = signatures(ctx)
    window = spans[idx + 1 : idx + 1 + _CAPTION_REACH]
    for step, below in enumerate(window):
        if below in _titles(ctx, captions):
            return None  # a table's title introduces the rows under it, not the text above
        if below in captions and (name := _caption_name(ctx, below, captions[below], here)):
            return (name,)
        if below in signed and step == 0:
            return (signed[below],)  # a post's signature: the post is the line above
        if below in ctx.structure.headings:
            return None
        if not any(b in captions for b in window[step + 1 :]):
            return None  # no caption further down: whether this line cites matters not
        if _line_cited(ctx, below):
            return None
    return None


def _caption_under_list(
    ctx: Context, spans: list[Span], idx: int, captions: dict[Span, str], here: Span
) -> str | None:
    """The caption right under the run of list items or label lines holding line ``idx``
    ("BTC open interest: $57.6 billion" ... "Source: CoinGlass"): it governs every item of
    the run, up to a line of another kind or an item that cites its own source."""
    run = spans[idx + 1 : idx + 1 + _LIST_REACH]
    if not _is_row(ctx, spans[idx]) or not any(below in captions for below in run):
        return None  # no caption within reach: whether its items cite matters not
    for below in run:
        if below in captions:
            return _caption_name(ctx, below, captions[below], here)
        if not _is_row(ctx, below):
            return None  # prose or a heading ("Options") ends the run
        if _line_cited(ctx, below):
            return None
    return None


_LIST_REACH = 20  # items of one run a caption under it may govern


def _table_title(ctx: Context, here: Span, captions: dict[Span, str]) -> str | None:
    """The provider a table's title names ("Pool shares, November (source: Poolwatch)"),
    for a row of the table under it: the title is the lead line the block reader gives
    the table (or a list under a lead ending with a colon)."""
    found = block_row(ctx, here[0])
    if found is None or found[1] not in _titles(ctx, captions):
        return None
    lead = found[1]
    return _caption_name(ctx, lead, captions[lead], here)


_CUE_OPENS = re.compile(r"(?i)[ \t(]*(?:data[ \t]+)?(?:sources?|data|charts?|graph|prices?)\b")


def _titles(ctx: Context, captions: dict[Span, str]) -> frozenset[Span]:
    """The caption lines that lead a table or a list (its title), found once per text."""

    def leads() -> frozenset[Span]:
        rows = context_block_rows(ctx)
        found = {lead for _, lead in rows if lead is not None and lead in captions}
        # a bare "Source: X" line between a paragraph and a table is as often the caption
        # of the text above: only a line with a title before its cue introduces the table,
        # and only one set apart from the block above it (a caption right under a table's
        # rows, a list or a paragraph is theirs, whatever follows it)
        return frozenset(
            lead
            for lead in found
            if not _CUE_OPENS.match(ctx.text, lead[0]) and not _attached_below(ctx, lead)
        )

    return ctx.remember("caption_titles", None, leads)


def _attached_below(ctx: Context, line: Span) -> bool:
    """Whether ``line`` sits right under a line of text that is no heading (a table row,
    a list item, a line of prose), with no blank line between: it closes that block."""
    i = bisect.bisect_right([x.start for x in ctx.lines], line[0]) - 2
    if i < 0:
        return False
    above = ctx.lines[i]
    if ctx.text.count("\n", above.end, line[0]) > 1:
        return False  # a blank line sets the title apart
    return above.kind != "heading" and not (
        above.kind == "prose" and is_heading(ctx.text[above.start : above.end])
    )


def _is_row(ctx: Context, line: Span) -> bool:
    """A list item, a label line or a table row (read from the line layer)."""
    found = ctx.line_at(line[0])
    return found is not None and (found.is_item or len(found.cells) >= _ROW_CELLS)


_ROW_CELLS = 3  # cells of the shortest table row a caption under it governs


def _line_cited(ctx: Context, line: Span) -> bool:
    """A citation starts on the line (read from the sentences the line overlaps)."""
    sentences = ctx.structure.sentences
    starts = ctx.remember("sentence_starts", None, lambda: [s for s, _ in sentences])
    ends = ctx.remember("sentence_ends", None, lambda: [e for _, e in sentences])
    first, stop = bisect.bisect_right(ends, line[0]), bisect.bisect_left(starts, line[1])
    overlapping = sentences[first:stop]
    return any(line_of(ctx, c.start)[0] == line[0] for s in overlapping for c in cited_in(ctx, s))


def _caption_name(ctx: Context, span: Span, raw: str, row: Span) -> str | None:
    """The caption's provider for the figures of line ``row``. A caption of several names
    ("Source: Bank of Korea, Hanmi Bank", "Sources: Toucan and KlimaDAO") gives a line the
    name the line itself names ("Payments settled through Hanmi Bank: 1.4 million"), any
    other line its first name: never the names joined, which name no one. A photo's
    credit ("Photo Source: Getty Images", "Image source: X from Pexels") names none."""
    if _photo_credit().search(ctx.text, *span):
        return None
    start = ctx.text.find(raw, span[0], span[1])
    parts = [(start + m.start(), start + m.end()) for m in _CAPTION_PART.finditer(raw)]
    names = [n for part in parts if (n := _bare_name(ctx, part))] if start >= 0 else []
    if len(names) < 2 or len(names) < len(parts):
        # one name, or a name and words on its data ("Laevitas, Deribit data as of June 24")
        return _caption_part_name(ctx, span, raw)
    line = ctx.text[slice(*row)].lower()
    named = [n for n in names if re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", line)]
    return (named or names)[0]


def _bare_name(ctx: Context, part: Span) -> str | None:
    """The name a part of a caption is, when it is nothing else: a lexicon name or a
    capitalized name (a domain) covering all of it."""
    raw = ctx.text[slice(*part)]
    lo = part[0] + len(raw) - len(raw.lstrip())
    hi = part[0] + len(raw.rstrip(" ."))
    whole = [m for m in ctx.in_span("source", (lo, hi)) + ctx.in_span("venue", (lo, hi))]
    if any((m.start, m.end) == (lo, hi) for m in whole):
        return next(m.value for m in whole if (m.start, m.end) == (lo, hi))
    names = names_in(ctx.text, lo, hi)
    return (
        clean(names[0]) if len(names) == 1 and (names[0].start, names[0].end) == (lo, hi) else None
    )


# the names of a caption, set apart by commas, "and" or "&" ("S&P" is one name)
_CAPTION_PART = re.compile(r"[^,;]+?(?=\s*(?:,|;|\s+and\s+|\s+&\s+|$))")


def _caption_part_name(ctx: Context, span: Span, raw: str) -> str | None:
    """The provider a caption of one name names: a lexicon name, else the name it starts
    with as written ("Source: Bybt"); words that are no name ("source code: ...") are no
    caption."""
    cited = raw.strip(" .")
    start = ctx.text.find(cited, span[0], span[1])
    # only names in the provider's part: a note after it ("Note: excludes Grayscale") cites no one
    own = (start, start + len(cited)) if start >= 0 else span
    named = ctx.in_span("source", own) or ctx.in_span("venue", own)
    if named:
        return named[-1].value
    names = names_in(ctx.text, start, start + len(cited)) if start >= 0 else []
    if not names or names[0].start != start:
        return None
    # "Source: Marlowe Kaye LLP independent accountant's report": the firm, not its report
    return clean(names[0]) if _DESCRIBED_AFTER.match(ctx.text, names[0].end) else cited


@lexicon.per_lexicon
def _photo_credit() -> re.Pattern[str]:
    words = cue_alternation("photo_credit_words")
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


# lower-case words after the name, or a part of them after a comma: what the firm gave
# ("Source: Blockmeter, network dashboards", "RWA Scope, issuer attestations", "Marrow & Co.
# attestation report")
_DESCRIBED_AFTER = re.compile(r"(?:['’]s|\.)?(?:\s+|\s*[,;]\s*)[a-z]")


class _Linked(Protocol):
    amount: Amount
    sentence: Span
    unit: str
    metric: str
    side: str | None
    asset: str | None
    source: str | None


def from_body(ctx: Context, links: Sequence[_Linked]) -> None:
    """A headline or summary figure without a source takes the source the body gives the
    same figure further down: the same value and unit, else (where the body does not
    state the figure itself) a figure of its metric, unit, side and asset that the
    headline's rounding covers ("$183 million" for the body's "$182.7 million", "tops
    180bn" for "180.9 billion")."""
    summary = _summary_lines(ctx)
    if not summary:
        return
    starts = [s for s, _ in summary]  # the lines: in text order and disjoint
    body: dict[tuple[float, str], list[int]] = {}  # a figure's sourced body links, in order
    by_value: dict[tuple[str | None, ...], list[tuple[float, int]]] = {}  # by _kind
    stated: dict[tuple[float, str], list[int]] = {}  # every body link, sourced or not
    for j, y in enumerate(links):
        if _in(summary, starts, y.amount.start):
            continue
        stated.setdefault((y.amount.value, y.unit), []).append(j)
        if y.source is not None:
            body.setdefault((y.amount.value, y.unit), []).append(j)
            by_value.setdefault(_kind(y), []).append((y.amount.value, j))
    for values in by_value.values():
        values.sort()
    for i, x in enumerate(links):
        if x.source is not None or not _in(summary, starts, x.amount.start):
            continue
        later = body.get((x.amount.value, x.unit), [])
        k = bisect.bisect_right(later, i)
        if k < len(later):
            x.source = links[later[k]].source
            continue
        same = stated.get((x.amount.value, x.unit), [])
        if same and same[-1] > i:
            continue  # the body states the figure itself, with no source
        if _bound_of_level(x):
            continue  # "Bitcoin tops $100K": a threshold, not the level the body reports
        if (rounded := _rounded_later(x.amount, i, by_value.get(_kind(x), []))) is not None:
            x.source = links[rounded].source


def _kind(x: _Linked) -> tuple[str | None, ...]:
    """What a rounded repeat shares with its figure: metric, unit, side and asset."""
    return (x.metric, x.unit, x.side, x.asset)


def _bound_of_level(x: _Linked) -> bool:
    levels = lexicon.attribution_metrics("level_metrics")
    return x.metric in levels and x.amount.qualifier not in ("exact", "approx")


def _rounded_later(a: Amount, i: int, values: list[tuple[float, int]]) -> int | None:
    """The first figure after link ``i`` among ``values`` (sorted (value, link) pairs) that
    the written figure covers by its rounding: within its bounds, and for a lower bound
    ("tops 180bn") up to two steps above it."""
    if a.step <= 0 or a.low is None:
        return None
    high = a.high if a.high is not None else a.value + 2 * a.step
    lo = bisect.bisect_left(values, (a.low, -1))
    hi = bisect.bisect_right(values, (high, float("inf")))
    later = [j for _, j in values[lo : lo + min(hi - lo, _ROUNDED_CANDIDATES)] if j > i]
    return min(later, default=None)


_ROUNDED_CANDIDATES = 50  # body figures one headline figure's rounding is compared with


def _in(spans: list[Span], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` is in one of the sorted, disjoint ``spans`` (``starts``: theirs)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def _summary_lines(ctx: Context) -> list[Span]:
    """Headlines and bulleted lines: where news repeats its body's figures. A headline is
    a short line without end punctuation ("Bitcoin in Crisis Mode: $322 Million
    Liquidated"), a label in it or not; the text's first line, its title, may run longer
    ("Thai crypto turnover jumps to 118 billion baht in October; SEC backs ...")."""
    text = ctx.text
    first = next((line.start for line in ctx.lines if text[line.start : line.end].strip()), -1)
    return [
        line.span
        for line in ctx.lines
        # an item that goes on past its first sentence is the body's own text (a round's
        # terms, then who said what), not a one-line summary of it
        if (line.marker is not None and not _SENTENCE_AFTER.search(text, *line.span))
        # a line of prose is longer than any headline: not tried on the pattern at all
        or (
            len(text[line.start : line.end].strip())
            <= (_TITLE_MAX if line.start == first else _HEADLINE_MAX)
            and (_TITLE if line.start == first else _HEADLINE).fullmatch(text, *line.span)
        )
    ]


_HEADLINE_MAX = 110  # characters between a headline's outer spaces
_TITLE_MAX = 150  # the same for the text's first line: a title runs longer than a subhead
# a sentence's end and the capital opening the next one ("... participating. The round ...")
_SENTENCE_AFTER = re.compile(r"[a-z0-9%)][.!?][\"”’)]?[ \t]+[\"“‘]?[A-Z][a-z]")
_HEADLINE = re.compile(rf"\s*[^\n]{{1,{_HEADLINE_MAX}}}?(?<![.!?:;,\"”])\s*")
_TITLE = re.compile(rf"\s*[^\n]{{1,{_TITLE_MAX}}}?(?<![.!?:;,\"”])\s*")
