"""Text structure: paragraphs (lines), sentences, captions and boilerplate.

News text arrives as one paragraph or heading a line. Sentences are split inside a
line at end punctuation followed by a capital, a digit or a currency sign, unless the
period ends a known abbreviation ("U.S.", "Feb."). Boilerplate blocks come from the
markers in ``data/boilerplate.jsonl``: a ``line`` marker drops its line, a ``tail``
marker in the second half of the text drops everything from there on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from extractor import lexicon

Span = tuple[int, int]

_LINE = re.compile(r"[^\n]+")
_SENT_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[A-Z0-9$€£\"“‘(])")
_ABBREV = re.compile(
    r"(?i)(?:\b(?:u\.s|u\.k|e\.g|i\.e|vs|mr|mrs|ms|dr|st|inc|corp|ltd|co|no|approx|est|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|p\.m|a\.m)\.)$"
)
_CAPTION = re.compile(r"(?i)\bsources?\s*[:\-–]\s*(?P<src>[^\n.;|]{2,60}?)\s*\.?\s*$")
_SENTENCE_MAX = 1000  # characters; real sentences stay far below
_HEADING_MAX = 110  # a line this short with no end punctuation reads as a heading


@dataclass
class Structure:
    """Character spans of the text's parts."""

    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    captions: list[tuple[Span, str]] = field(default_factory=list)


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """All line-start markers as one pattern, all anywhere-markers as another (one scan per
    line each); group ``m<i>`` names the marker that matched, mapped to its scope."""
    markers = lexicon.boilerplate_markers()
    scopes: dict[str, str] = {f"m{i}": m.scope for i, m in enumerate(markers)}

    def combined(anywhere: bool) -> re.Pattern[str]:
        groups = [f"(?P<m{i}>{m.pattern})" for i, m in enumerate(markers) if m.anywhere == anywhere]
        return re.compile(rf"(?i)[\s•*#>-]*(?:{'|'.join(groups) or '(?!)'})")

    return combined(False), combined(True), scopes


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


def _is_heading(line: str) -> bool:
    stripped = line.strip().lstrip("#").strip()
    return line.lstrip().startswith("#") or (
        len(stripped) <= _HEADING_MAX and not re.search(r"[.!?:;,\"”]$", stripped)
    )


def _boilerplate(text: str, lines: list[Span]) -> list[Span]:
    at_start, anywhere, scopes = _markers()
    spans: list[Span] = []
    for start, end in lines:
        m = at_start.match(text, start, end) or anywhere.search(text, start, end)
        if m and m.lastgroup:
            tail = scopes[m.lastgroup] == "tail" and start >= len(text) * 0.4
            spans.append((start, len(text) if tail else end))
            if tail:
                break
    return spans


def analyse(text: str) -> Structure:
    """Paragraphs, sentences, headings, captions and boilerplate spans of ``text``."""
    lines = [m.span() for m in _LINE.finditer(text) if m.group().strip()]
    structure = Structure(paragraphs=lines, boilerplate=_boilerplate(text, lines))
    for start, end in lines:
        line = text[start:end]
        if (m := _CAPTION.search(line)) and len(line) < 160:
            structure.captions.append(((start, end), m["src"].strip()))
        elif _is_heading(line):
            structure.headings.append((start, end))
        structure.sentences.extend(split_sentences(text, start, end))
    return structure
