"""The sentence around a span, so a missed gold claim can be shown in context."""

from __future__ import annotations

import re

# A sentence ends at a line break or at . ! ? followed by white space; good enough to
# show a person where a figure sits, not a tokenizer.
_BOUNDARY = re.compile(r"\n|(?<=[.!?])\s")
MAX_CHARS = 400


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, whitespace collapsed, at most MAX_CHARS long."""
    left = 0
    for boundary in _BOUNDARY.finditer(text, 0, start):
        left = boundary.end()
    right_match = _BOUNDARY.search(text, end)
    right = right_match.start() if right_match else len(text)
    sentence = " ".join(text[left:right].split())
    if len(sentence) > MAX_CHARS:
        focus = " ".join(text[max(left, start - MAX_CHARS // 2) : end + MAX_CHARS // 2].split())
        return f"…{focus}…"
    return sentence
