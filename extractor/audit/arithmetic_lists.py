"""A total and the parts its sentence lists: the parts cannot add up to more.

"Kwon must also pay $204.3 million in remedies, including $110 million in disgorgement,
prejudgment interest of $14.3 million, and an additional $80 million in civil
penalties": the listed parts (same metric, unit and period as the total) add up to at
most the total. A list need not be complete ("raised $100 million, including $20 million
from a16z"), so only parts that add up to more than the total, beyond the tolerance, are
a finding; a complete list that adds up vouches for its figures.

The list opens with a word of ``parts_lead`` (``audit_arithmetic.jsonl``) after the
total, and ends at the first figure of another kind or after a word of ``parts_stop``
("bringing weekly inflows to $2 billion" is another total, not a part).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from functools import cache

from extractor.audit import explain_arithmetic as words
from extractor.audit.arithmetic_links import Figure, arithmetic_finding, connectors, gap_words
from extractor.audit.context import AuditContext
from extractor.audit.modes import relative_gap
from extractor.models import Finding


@cache
def _lead() -> re.Pattern[str]:
    cues = sorted(connectors()["parts_lead"].words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.IGNORECASE)


@cache
def _stems() -> tuple[str, ...]:
    """The list words' first five letters, in lower case: a quick test before the pattern."""
    return tuple(sorted({word[:5] for word in connectors()["parts_lead"].words}))


def lists_parts(sentence: str) -> bool:
    """Whether a sentence may list a total's parts (most have no list word; one at the very
    start, capitalised, has no total before it)."""
    return any(stem in sentence for stem in _stems()) and _lead().search(sentence) is not None


def listed_parts(figures: Sequence[Figure], sentence: str, ctx: AuditContext) -> Iterator[Finding]:
    """Each total its sentence lists parts of, against the sum of those parts."""
    lead, stop = connectors()["parts_lead"], connectors()["parts_stop"]
    for cue in _lead().finditer(sentence):
        before = [f for f in figures if f.end <= cue.start()]
        after = [f for f in figures if f.at >= cue.end()]
        if not before or not after:
            continue
        total = before[-1]
        opening = gap_words(sentence[total.end : cue.start()])
        if opening is None or len(opening) > lead.max_words:
            continue
        parts: list[Figure] = []
        cursor = cue.end()
        for figure in after:
            gap = gap_words(sentence[cursor : figure.at])
            if gap is None or any(w in stop.words for w in gap) or not _alike(total, figure):
                break
            if not parts and len(gap) > stop.max_words:
                break
            parts.append(figure)
            cursor = figure.end
        if parts:
            yield from _check(total, parts, ctx)


def _alike(total: Figure, part: Figure) -> bool:
    t, p = total.reading, part.reading
    return (t.metric, t.unit, t.period) == (p.metric, p.unit, p.period) and not p.doubtful


def _check(total: Figure, parts: Sequence[Figure], ctx: AuditContext) -> Iterator[Finding]:
    t = total.reading
    readings = [f.reading for f in parts]
    if t.doubtful or not t.bounded or not all(math.isfinite(r.lo) for r in readings):
        return
    low = sum(r.lo for r in readings)
    if low > t.hi * (1 + ctx.settings.tolerance):
        computed = sum(r.value for r in readings)
        text = words.listed_parts(t, readings, computed, ctx)
        yield arithmetic_finding(total, [(f, "operand") for f in parts], computed, text, ctx)
    elif len(readings) >= 2 and all(r.bounded for r in readings):
        high = sum(r.hi for r in readings)
        if relative_gap(t.lo, t.hi, low, high) <= 0:
            ctx.adds_up.update([t.id, *(r.id for r in readings)])  # a complete list
