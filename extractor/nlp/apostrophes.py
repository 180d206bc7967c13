"""Possessives typed with another apostrophe: "Bitcoin‘s", "Solanaʼs", "XRP`s", "Ether´s".

Keyboards, CMSs and copy-paste put a left quote, a modifier letter, a backtick or an
acute accent where "’s" belongs. The tokenizer splits these off like "’s", and the text
the components read has them as "’" (one character for one, so every offset stays the
article's), so every rule written for "’s" and "'s" reads them too.
"""

from __future__ import annotations

import re

OTHER_APOSTROPHES = "‘ʼ`´"  # left quote, modifier letter, backtick, acute accent

# Token suffixes for spaCy's tokenizer (its defaults know only "'s" and "’s").
POSSESSIVE_SUFFIXES = [f"{mark}{s}" for mark in OTHER_APOSTROPHES for s in ("s", "S")]

_POSSESSIVE = re.compile(rf"(?<=[A-Za-z0-9])[{OTHER_APOSTROPHES}](?=[sS]\b)")


def reading_text(text: str) -> str:
    """``text`` with other possessive apostrophes written "’" (same length, same offsets)."""
    if not any(mark in text for mark in OTHER_APOSTROPHES):
        return text
    return _POSSESSIVE.sub("’", text)
