"""An article's parts as the linker sees them, and how far apart two of them are.

Distance is counted in characters and doubled for each clause boundary crossed, so a
word in the amount's own clause beats a nearer one across a comma or a "while".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol, TypeVar

from extractor.nlp.clauses import CLAUSE_SPLIT, Clauses, find_breaks
from extractor.nlp.layers import Amount, ClauseBreak, Entity
from extractor.nlp.lines import Line, ListBlocks, line_at, read_lines
from extractor.nlp.mentions import Mention
from extractor.nlp.periods import TimeExpr
from extractor.nlp.structure import Span, Structure

__all__ = [
    "OF_AFTER",
    "Context",
    "Span",
    "boundaries",
    "clause_of",
    "closest_amount",
    "coin_amount_at",
    "coin_at",
    "distance",
    "gap",
    "last_of_metric",
]

_REACH = 600  # characters around a word within which its amount is looked for
OF_AFTER = re.compile(r"(?i)^\s?(?:of|in)\s+(?:(?:the|these|those|its|all|total|a)\s+)*")


@dataclass
class Context:
    """An article's parts, indexed for the linker."""

    text: str
    structure: Structure
    mentions: list[Mention]
    times: list[TimeExpr]
    published: date | None
    amounts: list[Amount] = field(default_factory=list)
    publisher: str | None = None  # the outlet: never a source of its own article
    breaks: Sequence[ClauseBreak] | None = None  # the clause layer; found here when not given
    entities: Sequence[Entity] = ()  # the typed names (entities.py), in text order
    line_layer: Sequence[Line] | None = None  # the line layer; read here when not given
    _by_kind: dict[str, tuple[list[int], list[Mention]]] = field(
        default_factory=dict, init=False, repr=False
    )
    _memo: dict[tuple[str, Hashable], Any] = field(default_factory=dict, init=False, repr=False)
    clauses: Clauses = field(init=False, repr=False)
    lines: Sequence[Line] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.lines = read_lines(self.text) if self.line_layer is None else self.line_layer
        self._line_starts = [ln.start for ln in self.lines]
        breaks = find_breaks(self.text) if self.breaks is None else self.breaks
        self.clauses = Clauses(self.text, breaks)
        # Mentions by kind with their starts, so a span lookup is two bisections.
        ordered = sorted(self.mentions, key=lambda m: m.start)
        for m in ordered:
            starts, items = self._by_kind.setdefault(m.kind, ([], []))
            starts.append(m.start)
            items.append(m)
        self._all = [m.start for m in ordered], ordered
        self._sentence_starts = [s for s, _ in self.structure.sentences]
        self._amount_starts = [a.start for a in self.amounts]
        self._time_starts = [t.start for t in self.times]
        self._paragraph_starts = [s for s, _ in self.structure.paragraphs]

    def sentence_of(self, pos: int) -> Span:
        """The sentence holding ``pos`` (a one-character span outside every sentence)."""
        return _holding(self.structure.sentences, self._sentence_starts, pos)

    def paragraph_of(self, pos: int) -> Span:
        """The paragraph holding ``pos`` (a one-character span outside every paragraph)."""
        return _holding(self.structure.paragraphs, self._paragraph_starts, pos)

    def line_at(self, pos: int) -> Line | None:
        """The line holding ``pos`` (its end included), if ``pos`` is on a non-blank line."""
        return line_at(self.lines, self._line_starts, pos)

    @property
    def list_blocks(self) -> ListBlocks:
        """The lists and tables of the text with their lead lines, read once."""
        return self.remember("list_blocks", None, lambda: ListBlocks.read(self.text, self.lines))

    def lead_of(self, pos: int) -> Line | None:
        """The lead line of the list or table holding ``pos``, if any."""
        line = self.line_at(pos)
        return None if line is None else self.list_blocks.lead(line)

    def times_in(self, span: Span) -> list[TimeExpr]:
        """The time expressions starting inside ``span``, in text order."""
        lo = bisect.bisect_left(self._time_starts, span[0])
        return self.times[lo : bisect.bisect_left(self._time_starts, span[1])]

    def remember(self, table: str, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per article for each ``(table, key)``: the linker asks the same
        questions (distances, nearest amounts, contexts) for many amounts."""
        memo_key = (table, key)
        value: T = self._memo.get(memo_key, _MISSING)  # one lookup on the hot path
        if value is _MISSING:
            value = self._memo[memo_key] = compute()
        return value

    def forget(self) -> None:
        """Drop what was remembered, once the article is linked. The memo holds readers
        that refer back to the context: left in place, that cycle keeps the article's
        readers, words and names alive until the garbage collector finds them, and they
        make its collections more frequent and longer."""
        self._memo.clear()

    def sentence_has(self, pattern: re.Pattern[str], sent: Span) -> bool:
        """Whether ``pattern`` occurs in the sentence ``sent`` (searched as a string of its
        own), asked once per sentence: a sentence of hundreds of figures is searched once,
        not once a figure."""
        return self.remember(
            "sentence_has",
            (pattern.pattern, pattern.flags, sent),  # a pattern's own hash reads all its code
            lambda: pattern.search(self.text[sent[0] : sent[1]]) is not None,
        )

    def span_has(self, pattern: re.Pattern[str], span: Span) -> bool:
        """Whether ``pattern`` occurs in ``span`` of the text (searched in place), asked once
        per span."""
        return self.remember(
            "span_has",
            (pattern.pattern, pattern.flags, span),  # as in ``sentence_has``
            lambda: pattern.search(self.text, *span) is not None,
        )

    def amounts_in(self, span: Span) -> list[Amount]:
        """The amounts starting inside ``span``, in text order."""
        lo = bisect.bisect_left(self._amount_starts, span[0])
        return self.amounts[lo : bisect.bisect_left(self._amount_starts, span[1])]

    def near(self, pos: int, sent: Span) -> Span:
        """The part of a sentence within reach of ``pos``: a word binds to an amount of its
        own stretch of text, which also keeps pathological run-on "sentences" linear."""
        return max(sent[0], pos - _REACH), min(sent[1], pos + _REACH)

    def mentions_in(self, span: Span) -> list[Mention]:
        """The mentions of every kind starting inside ``span``, in text order."""
        starts, items = self._all
        return items[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]

    def in_span(self, kind: str, span: Span) -> list[Mention]:
        """The mentions of ``kind`` starting inside ``span``, in text order."""
        starts, items = self._by_kind.get(kind, _NO_MENTIONS)
        return items[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]


_MISSING: Any = object()
_NO_MENTIONS: tuple[list[int], list[Mention]] = ([], [])  # only read (sliced), never grown


def _holding(spans: list[Span], starts: list[int], pos: int) -> Span:
    i = bisect.bisect_right(starts, pos) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else (pos, pos + 1)


class _Figure(Protocol):
    metric: str


F = TypeVar("F", bound=_Figure)
T = TypeVar("T")


def last_of_metric(figures: Sequence[F], metric: str, field: Callable[[F], T | None]) -> T | None:
    """The field of the last earlier figure of this metric that has it, looking back a
    bounded number of figures (a text of thousands of figures stays linear)."""
    for x in reversed(figures[-_LOOK_BACK:]):
        if x.metric == metric and (value := field(x)) is not None:
            return value
    return None


_LOOK_BACK = 200


def distance(ctx: Context, a: Amount, m: Mention) -> float:
    """Characters between amount and mention, doubled per clause boundary crossed."""
    lo, hi = (m.end, a.start) if m.end <= a.start else (a.end, m.start)
    if hi < lo:
        return 0.0
    return ctx.remember(
        "distance", (lo, hi), lambda: float((hi - lo + 1) * 2 ** ctx.clauses.crossed(lo, hi))
    )


_LABEL_COLON = re.compile(r":\s*[~≈<>+]?\s*$")  # "Longs liquidated: $948M": a label's colon


def boundaries(gap: str) -> int:
    """How many clause boundaries (punctuation, conjunctions) ``gap`` crosses; the colon of
    a label right before its value binds the two."""
    if ":" in gap:
        gap = _LABEL_COLON.sub(" ", gap)
    return len(CLAUSE_SPLIT.findall(gap))


def clause_of(ctx: Context, a: Amount, sent: Span) -> Span:
    """The stretch of the amount's sentence between the clause breaks around it."""
    return ctx.clauses.clause_at(a.start, a.end, ctx.near(a.start, sent))


def gap(ctx: Context, a: Amount, m: Mention) -> str:
    """The text between an amount and a mention, whichever comes first."""
    return ctx.text[m.end : a.start] if m.end <= a.start else ctx.text[a.end : m.start]


def closest_amount(ctx: Context, m: Mention, sent: Span) -> Amount | None:
    """The amount of the sentence a word belongs to: the nearest one, clauses counted."""

    def nearest() -> Amount | None:
        inside = ctx.amounts_in(ctx.near(m.start, sent))
        return min(inside, key=lambda x: distance(ctx, x, m)) if inside else None

    return ctx.remember("closest", (m.start, m.end, sent[0]), nearest)


def coin_amount_at(ctx: Context, pos: int) -> Amount | None:
    """A coin amount starting at ``pos`` ("3% of the total 21 million BTC")."""
    return next((x for x in ctx.amounts_in((pos, pos + 1)) if x.kind == "crypto"), None)


def coin_at(ctx: Context, pos: int) -> Mention | None:
    """A coin named right at ``pos`` ("3% of all Bitcoin")."""
    for m in ctx.in_span("asset", (pos, pos + 1)):
        if m.asset_kind in ("crypto", "stablecoin"):
            return m
    return None
