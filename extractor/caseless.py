"""Case-insensitive patterns searched as case-sensitive ones in lowercased text.

Under ``re.IGNORECASE`` the regex engine folds the case of every character it compares,
which makes a search about three times slower. A pattern with its letters written in
lowercase finds the same matches, at the same places, when it is searched case-sensitively
in the lowercase of the text, provided lowercasing keeps every character's place and folds
each character the way the engine does. That holds for every text without the four
characters the engine folds otherwise (dotted capital I, whose lowercase is two characters;
dotless small i, long s and the Kelvin sign, which the engine also matches to an ASCII
letter): ``tests/test_caseless.py`` checks it for every character. Texts holding one of them, and
patterns whose lowercase form could match otherwise (:func:`lowercase_form`), are searched
with the folding pattern as before.
"""

from __future__ import annotations

import re

# characters the engine folds onto an ASCII letter other than by lowercasing them
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
# escapes that name a character by its code (which might be a letter) and inline flags,
# turned on or off ("(?-i:May)" keeps its case: lowered, it would match "may" too)
_CODED = re.compile(r"\\[xuUN0-7]|\(\?-?[a-zA-Z]")


def lowered(text: str) -> str | None:
    """``text`` in lowercase, character for character as the engine folds it; None when
    it holds a character the engine folds otherwise."""
    if text.isascii() or _ODD_FOLDS.search(text) is None:
        return text.lower()
    return None


def lowercase_form(pattern: str) -> str | None:
    """``pattern`` with its letters in lowercase (escapes such as ``\\W`` kept), which
    matches in lowercased text what ``pattern`` matches case-insensitively; None when a
    letter outside ASCII, a capital in a character class, a character named by its code
    or an inline flag could make them differ."""
    if _CODED.search(pattern.replace("\\\\", "")):
        return None
    out: list[str] = []
    i, opened = 0, -1  # opened: where the character class being read starts (-1: none)
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if not c.isascii() and c.lower() != c.upper():
            return None
        if opened >= 0:
            if c.isupper():
                return None
            if c == "]" and i > opened + 1 and pattern[opened + 1 : i] != "^":
                opened = -1
        elif c == "[":
            opened = i
        out.append(c.lower())
        i += 1
    return "".join(out)


class Caseless:
    """A pattern matched case-insensitively: ``search`` takes the text and, when the caller
    has it, its :func:`lowered` form (shared by several patterns)."""

    __slots__ = ("folding", "plain")

    def __init__(self, pattern: str) -> None:
        self.folding = re.compile(pattern, re.IGNORECASE)
        form = lowercase_form(pattern)
        self.plain = None if form is None else re.compile(form)

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """The first match, as ``re.IGNORECASE`` finds it (the match is of ``low`` when it
        was searched there: its places are the same in ``text``)."""
        if self.plain is not None:
            if low is None:
                low = lowered(text)
            if low is not None:
                return self.plain.search(low)
        return self.folding.search(text)

    def spans(self, text: str, low: str | None = None) -> list[tuple[int, int]]:
        """The places of every match, as ``re.IGNORECASE`` finds them."""
        if self.plain is not None:
            if low is None:
                low = lowered(text)
            if low is not None:
                return [m.span() for m in self.plain.finditer(low)]
        return [m.span() for m in self.folding.finditer(text)]

    def sub(self, replacement: str, text: str, low: str | None = None) -> str:
        """``text`` with every match replaced, in lowercase when it could be lowered (for a
        caller that only searches the result case-insensitively)."""
        if self.plain is not None:
            if low is None:
                low = lowered(text)
            if low is not None:
                return self.plain.sub(replacement, low)
        return self.folding.sub(replacement, text)
