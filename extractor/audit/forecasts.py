"""A price the text forecasts rather than reports.

"The price may fall to $42,000", "a target of $42,000", "analysts predict bitcoin will
drop to $42,000": the forecast word governs the price's own verb or noun, right before
it. A forecast word elsewhere in the sentence ("rose to $65,000 as traders bet the Fed
would cut rates", "a level bulls should defend") or the month May ("on May 12") leaves a
reported price the article's price. Cues are ``audit_forecasts.jsonl``, matched
case-sensitively where a word's case tells it apart (the modal "may", the month "May").
"""

from __future__ import annotations

import re
from functools import cache

from extractor.audit.stretches import StretchCue
from extractor.lexicon import load


@cache
def _forecasts() -> re.Pattern[str]:
    cues = load("audit_forecasts.jsonl", StretchCue)
    return re.compile("|".join(f"(?:{c.pattern})" for c in cues))


def forecasts_price(sentence: str, quote: str) -> bool:
    """Whether a forecast or conditional word governs ``quote``'s price in ``sentence``."""
    at = sentence.find(quote)
    return at >= 0 and _forecasts().search(sentence[:at]) is not None
