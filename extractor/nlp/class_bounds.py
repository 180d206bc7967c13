"""Bounds that name a class of holders in prose: "the 100-1,000 BTC cohort", "wallets in the
10-100 ETH bracket", "the 1k-10k band". The range is the class's name, as a table's first
column of meeting bands is its rows' labels (row_numbers.py); no quantity about the world.
Told by the class noun right after the range's upper end (its coin between them allowed);
a range of money, a percentage or basis points ("a $60,000-$65,000 band", "the 2-3% band")
is a span of prices or rates, and stays. A "band" a price moves in is one too ("stuck in the
60,000-65,000 band"): after a preposition, a band names a class only where its coin is written.
"""

from __future__ import annotations

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


# "in the", "within a": a band after it may be where a price moves
_IN_BAND = re.compile(r"(?i)\b(?:in|within|inside|of|from|into|above|below)\s+(?:the|a|an)\s+$")


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
        if (
            noun["loose"]
            and b.kind != "crypto"
            and _IN_BAND.search(text, max(0, a.start - 12), a.start)
        ):
            continue
        dropped.update((id(a), id(b)))
    return [a for a in amounts if id(a) not in dropped] if dropped else amounts
