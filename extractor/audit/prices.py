"""Which prices an article states as a coin's: the prices its own arithmetic may use.

The extraction may give a coin to a dollar figure that is no coin's price ("an average
online cash gift of $162", read as bitcoin's, would make a gift of "48 BTC, worth about
$4.4 million" 566 times too large). A price is the article's own price of its coin when
its sentence names that coin (a name, ticker or epithet of ``assets.jsonl``, an ambiguous
one too, or one of its wrapped forms: "SOL itself rose 7.2% to $214"), or calls the figure
a price or a market level, or refers to a priced thing without naming it ("It was last at
$35,049", "quotes were within $63,000-$64,000", "the asset's break above $71,000":
``audit_price_cues.jsonl``).
"""

from __future__ import annotations

import re
from functools import cache

from extractor.audit.stories import forms, name_pattern
from extractor.audit.stretches import StretchCue
from extractor.lexicon import assets, load


@cache
def _cues() -> re.Pattern[str]:
    cues = load("audit_price_cues.jsonl", StretchCue)
    return re.compile("|".join(f"(?:{c.pattern})" for c in cues))


@cache
def _coin(asset: str) -> re.Pattern[str] | None:
    """Every name, ticker and epithet of an asset and its wrapped forms, the ambiguous ones
    too ("SOL", "Pepe"): asked only of a figure already filed as that asset's price."""
    names = {
        name.lower()
        for entry in assets()
        if entry.id in forms(asset)
        for name in (*entry.names, *entry.epithets)
    }
    if not names:
        return None
    return name_pattern(names)


def states_price(sentence: str, asset: str) -> bool:
    """Whether ``sentence`` states a figure as ``asset``'s price (see the module)."""
    coin = _coin(asset)
    if coin is not None and coin.search(sentence):
        return True
    return _cues().search(sentence) is not None
