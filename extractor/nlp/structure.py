"""Text structure: paragraphs (lines), sentences, captions and boilerplate.

News text arrives as one paragraph or heading a line. Sentences are split inside a
line at end punctuation followed by a capital, a digit or a currency sign, unless the
period ends a known abbreviation ("U.S.", "Feb."). Boilerplate blocks come from the
markers in ``data/boilerplate.jsonl``: a ``line`` marker drops its line, a ``tail``
marker in the second half of the text drops everything from there on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.lines import Line, caption_source, is_heading, read_lines

Span = tuple[int, int]

# a stop and space before a capital, or a footnote's stop glued to the next sentence
# ("in unrealized gains [1].The latest purchases")
_SENT_END = re.compile(
    r"(?<=[.!?])[\"”’')\]]*\s+(?=[A-Z0-9$€£\"“‘(])|(?:(?<=\[\d\]\.)|(?<=\[\d\d\]\.))(?=[A-Z])"
)
_ABBREV = re.compile(
    r"(?i)(?:\b(?:u\.s|u\.k|e\.g|i\.e|vs|mr|mrs|ms|dr|st|inc|corp|ltd|co|no|approx|est|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|p\.m|a\.m)\.)$"
)
_SENTENCE_MAX = 1000  # characters; real sentences stay far below


@dataclass
class Structure:
    """Character spans of the text's parts."""

    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    captions: list[tuple[Span, str]] = field(default_factory=list)


@per_lexicon
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """All line-start markers as one pattern, all anywhere-markers as another (one scan per
    line each); group ``m<i>`` names the marker that matched, mapped to its scope. The
    third pattern is the anywhere-markers without the bullets before them: a line it does
    not match holds no anywhere-marker, and it is many times faster to search (the bullet
    class is tried at every space of the line)."""
    markers = lexicon.boilerplate_markers()
    scopes: dict[str, str] = {f"m{i}": m.scope for i, m in enumerate(markers)}

    def alternatives(anywhere: bool) -> str:
        groups = [f"(?P<m{i}>{m.pattern})" for i, m in enumerate(markers) if m.anywhere == anywhere]
        return "|".join(groups) or "(?!)"

    def combined(anywhere: bool) -> re.Pattern[str]:
        return re.compile(rf"(?i)[\s•*#>-]*(?:{alternatives(anywhere)})")

    bare = re.compile(rf"(?i){alternatives(True)}")
    return combined(False), combined(True), bare, scopes


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside one line."""
    spans, cursor = [], start
    for m in _SENT_END.finditer(text, start, end):
        if _ABBREV.search(text, max(start, m.start() - 10), m.start()):
            continue
        spans.append((cursor, m.start()))
        cursor = m.end()
    if cursor < end:
        spans.append((cursor, end))
    bounded = [part for s, e in spans for part in _bounded(text, s, e)]
    return [(s, e) for s, e in bounded if text[s:e].strip()]


def _bounded(text: str, start: int, end: int) -> list[Span]:
    """A run-on "sentence" (a flattened table, a list without stops) cut at spaces into
    parts of at most ``_SENTENCE_MAX`` characters, so that linking stays local."""
    parts: list[Span] = []
    while end - start > _SENTENCE_MAX:
        cut = text.rfind(" ", start + _SENTENCE_MAX // 2, start + _SENTENCE_MAX)
        cut = cut if cut > start else start + _SENTENCE_MAX
        parts.append((start, cut))
        start = cut
    parts.append((start, end))
    return parts


def _boilerplate(text: str, lines: list[Span]) -> list[Span]:
    at_start, anywhere, bare, scopes = _markers()
    spans: list[Span] = []
    for start, end in lines:
        m = at_start.match(text, start, end)
        if m is None and bare.search(text, start, end):
            m = anywhere.search(text, start, end)
        if m and m.lastgroup:
            tail = scopes[m.lastgroup] == "tail" and start >= len(text) * 0.4
            spans.append((start, len(text) if tail else end))
            if tail:
                break
    return spans


def _with_lists(text: str, lines: Sequence[Line]) -> tuple[list[Span], set[int]]:
    """Paragraphs: one a line, except that a run of list items belongs to the line that
    introduces it ("Liquidations by side:" and its bullets are one paragraph), so the
    figures of a list take the asset, period and source of its lead. Also the starts of the
    lines that are list items."""
    paragraphs: list[Span] = []
    items: set[int] = set()
    previous_item = previous_lead = False
    for line in lines:
        start, end = line.span
        row = (previous_item or previous_lead) and _ROW.fullmatch(text, start, end) is not None
        item = row or line.is_item or _labelled_paragraph(text, line)
        if item:
            items.add(start)
        if item and paragraphs and _joins(text, line, paragraphs[-1], previous_item):
            paragraphs[-1] = (paragraphs[-1][0], end)
        else:
            paragraphs.append((start, end))
        previous_item = item
        previous_lead = text[start:end].rstrip().endswith(":")
    return paragraphs, items


def _labelled_paragraph(text: str, line: Line) -> bool:
    """A paragraph of prose opening with a capitalized label ("What Happened: Tesla's
    balance sheet showed ..."): it continues the paragraph above, as a capitalized label
    line does."""
    return line.kind == "prose" and line.label is not None and _capitalized(text, line)


def _capitalized(text: str, line: Line) -> bool:
    return line.label is not None and text[line.label[0] : line.label[0] + 1].isupper()


def _joins(text: str, line: Line, above: Span, after_item: bool) -> bool:
    """Whether a list item belongs to the paragraph above: always after another item; a
    bullet, a capitalized label line or a labelled paragraph also to a lead or a prose
    paragraph, not a headline (the reading before the line layer); a label line opening
    lower-case ("eBay: $1.2 billion", which only the line layer reads as a label) only to a
    lead ending with a colon: a brand's name and a colon do not continue prose."""
    if after_item:
        return True
    if line.kind == "label" and not _capitalized(text, line):
        return text[above[0] : above[1]].rstrip().endswith(":")
    return not _is_heading_like(text, *above)


# A table row flattened to a line: a name, then figures, no sentence ("Ethereum (ETH) $412.3
# Million -12.8%"). Only a row after a list lead or another item counts as one.
_ROW = re.compile(r"\s*[A-Z][^\n.!?:;]{0,60}?\s[-+−]?[$€£]?\d[^\n!?;]{0,80}?(?<![.!?])\s*")


def _is_heading_like(text: str, start: int, end: int) -> bool:
    """A headline stands alone; a lead line ending with a colon introduces its list."""
    line = text[start:end].rstrip()
    return is_heading(line) and not line.endswith(":")


def analyse(text: str, lines: Sequence[Line] | None = None) -> Structure:
    """Paragraphs, sentences, headings, captions and boilerplate spans of ``text`` (``lines``:
    its line layer, read here when not given)."""
    lines = read_lines(text) if lines is None else lines
    paragraphs, items = _with_lists(text, lines)
    boilerplate = _boilerplate(text, [line.span for line in lines])
    structure = Structure(paragraphs=paragraphs, boilerplate=boilerplate)
    for read in lines:
        start, end = read.span
        line = text[start:end]
        if read.kind == "caption" and (src := caption_source(line)) is not None:
            structure.captions.append(((start, end), src))
        elif is_heading(line) and start not in items:
            structure.headings.append((start, end))
        structure.sentences.extend(split_sentences(text, start, end))
    return structure
