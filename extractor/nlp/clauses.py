"""Where the clauses of a text break: found once per text, read by every rule.

A figure's clause runs between the marks and conjunctions around it ("Bitcoin fell 3%,
while ether rose 2%": two clauses); a word it is linked to across a break counts as
farther. A subordinator or a verb of saying that takes a clause ("Binance blamed rivals
after traders pulled $2 billion", "The exchange said US funds took in $500 million")
opens a clause of another subject; not where the subject itself goes on ("said it has",
"noted a 20% rise"). The opener words are ``clause_openers`` in
``data/attribution_cues.jsonl``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.layers import ClauseBreak, Span
from extractor.nlp.tries import alternation

__all__ = ["CLAUSE_SPLIT", "Clauses", "find_breaks"]

# while, whereas, but, as, after, before, and, which, with: as a prefix tree (each word
# start tries its first letter, not all nine words; no word is another's prefix). The
# pattern opens with the set of every match's first character, so the engine skips the
# other characters in one fast scan; the look-behinds then tell which branch it was and
# that a word starts there (the same matches as "[;,–—:]|\b(?:a(?:fter|nd|s)|...)\b").
CLAUSE_SPLIT = re.compile(
    r"[;,–—:abw](?:(?<=[;,–—:])|(?<=a)(?<!\w.)(?:fter|nd|s)\b|(?<=b)(?<!\w.)(?:efore|ut)\b"
    r"|(?<=w)(?<!\w.)(?:h(?:ereas|ich|ile)|ith)\b)"
)
_MARKS = frozenset(";,–—:")
# the colon of a label right before its value binds the two ("Longs liquidated: $948M")
_LABEL_TAIL = re.compile(r"\s*[~≈<>+]?\s*")


@per_lexicon
def _opener() -> re.Pattern[str]:
    # not where the subject goes on ("said it", "said in the filing it has", "noted a rise")
    openers = alternation(lexicon.attribution_phrases("clause_openers"))
    return re.compile(
        rf"\b(?:{openers})\b(?:\s+that\b)?"
        r"(?!\s+(?:a|an|much|many|high|low|little|far|well|of|part|[$€£₹\d])(?![\w-]))"
        r"(?!(?:\s+(?:in|on|at|during|last|this|late|early|earlier|later)\b[^,.;]{0,40}?)?"
        r"\s+(?:that\s+)?(?:it|its|it['\u2019]s|we|our|they|their)\b)",
        re.IGNORECASE,
    )


def find_breaks(text: str) -> tuple[ClauseBreak, ...]:
    """Every clause break of ``text`` in text order (the lexicon must be active)."""
    splits = [
        ClauseBreak(m.start(), m.end(), "mark" if m.group() in _MARKS else "conjunction")
        for m in CLAUSE_SPLIT.finditer(text)
    ]
    openers = [ClauseBreak(m.start(), m.end(), "opener") for m in _opener().finditer(text)]
    return tuple(sorted([*splits, *openers], key=lambda b: (b.start, b.splits)))


class Clauses:
    """The clause breaks of one text, indexed: which break a stretch holds is two
    bisections, so a figure's clause is never searched for again."""

    def __init__(self, text: str, breaks: Sequence[ClauseBreak]) -> None:
        self.text = text
        self._splits = [b for b in breaks if b.splits]
        self._split_starts = [b.start for b in self._splits]
        self._split_ends = [b.end for b in self._splits]  # splits never overlap: sorted too
        self._openers = [b for b in breaks if not b.splits]
        self._opener_starts = [b.start for b in self._openers]

    def splits_in(self, lo: int, hi: int) -> list[ClauseBreak]:
        """The breaks ending a clause that lie wholly inside ``[lo, hi)``."""
        first = bisect.bisect_left(self._split_starts, lo)
        last = bisect.bisect_right(self._split_ends, hi)
        return self._splits[first:last] if last > first else []

    def crossed(self, lo: int, hi: int) -> int:
        """How many clause breaks ``[lo, hi)`` crosses; a label's colon right before the end
        binds what it joins."""
        inside = self.splits_in(lo, hi)
        label = inside and self.text[inside[-1].start] == ":"
        if label and _LABEL_TAIL.fullmatch(self.text, inside[-1].end, hi):
            return len(inside) - 1
        return len(inside)

    def clause_at(self, start: int, end: int, within: Span) -> Span:
        """The clause of the stretch ``[start, end)`` inside ``within``: from the last break
        before it to the first after it."""
        before = self.splits_in(within[0], start)
        after = self.splits_in(end, within[1])
        return (before[-1].end if before else within[0]), (after[0].start if after else within[1])

    def opens_clause(self, lo: int, hi: int) -> bool:
        """Whether a subordinator or a verb of saying inside ``[lo, hi)`` opens a clause of
        another subject there."""
        i = bisect.bisect_left(self._opener_starts, lo)
        return i < len(self._openers) and self._openers[i].end <= hi
