"""The denominator of a rate per a round number of things ("41.9 AVAX per 1,000 diluted
shares", "3.2 ATMs per 100,000 residents", "AVAX per 1,000 shares: 41.9") is no quantity
about the world: it names the unit the rate is counted in. It is dropped, and the figure
counted per it, where it is coins or things, is a ratio; money per a round number stays
money (a price per 1,000 impressions is still dollars)."""

from __future__ import annotations

import math
import re

from extractor.nlp.amount import Amount

_PER_BEFORE = re.compile(r"(?i)\b(?:per|for\s+every)\s+$")
# the words between the counted figure and "per": "0.85 BTC per", "3.2 crypto ATMs per"
_COUNTED_GAP = re.compile(r"(?i)(?:\s+[A-Za-z][\w-]*){0,2}\s+(?:per|for\s+every)\s+")
# a label whose rate the value after its colon gives: "AVAX per 1,000 diluted shares: 41.9"
_LABEL_GAP = re.compile(r"(?:[ \t]+[A-Za-z][\w-]*){1,3}:[ \t]*")
_COUNTED = ("crypto", "count", "number")
_SMALLEST = 10


def _round(value: float) -> bool:
    return value >= _SMALLEST and math.log10(value).is_integer()


def drop_per_denominators(text: str, amounts: list[Amount]) -> list[Amount]:
    """The amounts less the round denominators of rates; what they divide becomes a ratio."""
    dropped: set[int] = set()
    for i, b in enumerate(amounts):
        if b.kind not in _COUNTED or b.sign or not _round(b.value):
            continue
        if b.kind == "crypto" and re.search(r"[^\W\d_]", text[b.start : b.end]):
            continue  # "1 USDT per 1,000 USDT withdrawn": a coin sum of its own, a fee's base
        if _PER_BEFORE.search(text, max(0, b.start - 14), b.start) is None:
            continue
        dropped.add(i)
        a = amounts[i - 1] if i else None
        if a is not None and a.kind in _COUNTED and _COUNTED_GAP.fullmatch(text, a.end, b.start):
            a.kind, a.unit = "ratio", "ratio"
        c = amounts[i + 1] if i + 1 < len(amounts) else None
        if c is not None and c.kind in _COUNTED and _LABEL_GAP.fullmatch(text, b.end, c.start):
            c.kind, c.unit = "ratio", "ratio"
    return [a for i, a in enumerate(amounts) if i not in dropped] if dropped else amounts


_ROUND_NUMBER = r"(?:1|10|100|1,?000|10,?000|100,?000|1,?000,?000)(?:\s+(?:million|billion))?"
# after the figure: "0.85 BTC per 1,000 shares"; before it: "AVAX per 1,000 shares: 41.9"
# the things counted may go unsaid at the clause's end: "rose from 84 to 108 per 100,000."
_PER_AFTER = re.compile(
    rf"(?i)(?:\s+[A-Za-z][\w-]*){{0,2}}\s+(?:per|for\s+every)\s+{_ROUND_NUMBER}"
    r"(?:\s+[A-Za-z]|\s*(?:[.,;:)]|$))"
)
_PER_LABEL_BEFORE = re.compile(
    rf"(?i)\b(?:per|for\s+every)\s+{_ROUND_NUMBER}(?:[ \t]+[A-Za-z][\w-]*){{1,3}}:[ \t]*$"
)


def counted_per(text: str, start: int, end: int) -> bool:
    """The ratio at ``start``..``end`` is a figure counted per a round number of things (no
    market's ratio: "41.9 AVAX per 1,000 diluted shares" measures a concentration)."""
    return (
        _PER_AFTER.match(text, end) is not None
        or _PER_LABEL_BEFORE.search(text, max(0, start - 80), start) is not None
    )
