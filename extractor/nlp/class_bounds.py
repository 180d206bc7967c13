"""Bounds that name a class of holders in prose: "the 100-1,000 BTC cohort", "wallets in the
10-100 ETH bracket", "the 1k-10k band". The range is the class's name, as a table's first
column of meeting bands is its rows' labels (row_numbers.py); no quantity about the world.
Told by the class noun right after the range's upper end (its coin between them allowed);
a range of money, a percentage or basis points ("a $60,000-$65,000 band", "the 2-3% band")
is a span of prices or rates, and stays. A "band" or "bracket" a price moves in or a tax
cuts is one too ("stuck in the 60,000-65,000 band", "the 50,000-100,000 bracket"): such a noun
names a class only where its coin is written or the range runs one power of ten to the next,
as holder cohorts are cut ("the 100-1,000 band").
"""

from __future__ import annotations

import math
import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount import Amount

_KEPT_KINDS = ("money", "percent")  # a price or rate band is a figure


@per_lexicon
def _class_noun() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in lexicon.cue_phrases("class_nouns"))
    loose = "|".join(re.escape(w) for w in lexicon.cue_phrases("loose_class_nouns"))
    return re.compile(rf"\s+(?:[A-Z]{{2,6}}\s+)?(?i:(?P<noun>{nouns})|(?P<loose>{loose}))s?\b")


def _decade(low: float | None, high: float | None) -> bool:
    """Whether a range is one power of ten to the next ("0.1-1", "100-1,000", "1k-10k"), as
    holder cohorts are cut; a price's band ("60,000-65,000") or a tax bracket is not."""
    if not low or not high or low <= 0:
        return False
    exponent = math.log10(low)
    return abs(exponent - round(exponent)) < 1e-9 and math.isclose(high, low * 10)


def without_class_bounds(text: str, amounts: list[Amount]) -> list[Amount]:
    """``amounts`` without both ends of a range that names a class ("the 100-1,000 band")."""
    dropped: set[int] = set()
    for i, a in enumerate(amounts[:-1]):
        b = amounts[i + 1]
        if a.qualifier != "range" or b.qualifier != "range" or (a.low, a.high) != (b.low, b.high):
            continue
        if a.kind in _KEPT_KINDS or b.kind in _KEPT_KINDS or b.unit in ("bp", "bps"):
            continue
        noun = _class_noun().match(text, b.end)
        if noun is None:
            continue
        if noun["loose"] and b.kind != "crypto" and not _decade(a.low, a.high):
            continue  # "the 60,000-65,000 band", "the 50,000-100,000 bracket": a span
        dropped.update((id(a), id(b)))
    return [a for a in amounts if id(a) not in dropped] if dropped else amounts
