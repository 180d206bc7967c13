r"""Where a text writes a given word or name, found without compiling a pattern for it.

The names an article introduces differ from article to article, so a pattern written for one
(``(?<![\w-])Name(?![\w-])``) is compiled afresh for each article, and the flood of them pushes
the fixed patterns out of the regular-expression module's cache, to be compiled again too.
These scans give the same matches with ``str.find`` and a look at the characters around each
occurrence. A word character is what ``\w`` matches in a ``str`` pattern: ``str.isalnum()``
or the underscore.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator


def word_char(c: str) -> bool:
    r"""Whether ``c`` (one character) is one ``\w`` matches."""
    return c.isalnum() or c == "_"


def standing_alone(
    text: str,
    word: str,
    *,
    before: str = "-",
    after: str = "-",
    start: int = 0,
    fits: Callable[[int, int], bool] | None = None,
) -> Iterator[int]:
    r"""The starts of ``re.finditer(rf"(?<![\w{before}]){re.escape(word)}(?![\w{after}])",
    text, start)``: ``word`` neither preceded by a word character or one of ``before`` (the
    text before ``start`` counts) nor followed by a word character or one of ``after``;
    ``fits(start, end)``, when given, is one more condition of the match (scanning goes on
    at the next character when it fails, as the pattern's would)."""
    size, length = len(word), len(text)
    at = text.find(word, min(start, len(text)))  # as a pattern's search, from the end at most
    while at >= 0:
        end = at + size
        if (
            (at == 0 or not (word_char(c := text[at - 1]) or c in before))
            and (end == length or not (word_char(c := text[end]) or c in after))
            and (fits is None or fits(at, end))
        ):
            yield at
            at = text.find(word, end if size else end + 1)  # matches do not overlap
        else:
            at = text.find(word, at + 1)


def bounded(
    text: str, word: str, start: int = 0, fits: Callable[[int, int], bool] | None = None
) -> Iterator[int]:
    r"""The starts of ``re.finditer(rf"\b{re.escape(word)}\b", text, start)``: a word
    boundary on either side, also where ``word`` begins or ends with a character of no word;
    ``fits`` as for :func:`standing_alone`."""
    size = len(word)
    at = text.find(word, min(start, len(text)))  # as a pattern's search, from the end at most
    while at >= 0:
        end = at + size
        if _edge(text, at) and _edge(text, end) and (fits is None or fits(at, end)):
            yield at
            at = text.find(word, end if size else end + 1)
        else:
            at = text.find(word, at + 1)


def _edge(text: str, at: int) -> bool:
    r"""Whether ``\b`` holds at ``at``: a word character on one side only."""
    return (at > 0 and word_char(text[at - 1])) != (at < len(text) and word_char(text[at]))


def space_then(text: str, at: int, letter: Callable[[str], bool]) -> bool:
    r"""Whether ``\s+`` and then a character ``letter`` accepts stand at ``at``: the
    lookahead ``(?=\s+[A-Z])`` with ``letter=ascii_upper``."""
    end, length = at, len(text)
    while end < length and text[end].isspace():
        end += 1
    return end > at and end < length and letter(text[end])


def ascii_upper(c: str) -> bool:
    """``[A-Z]``."""
    return "A" <= c <= "Z"


def ascii_lower(c: str) -> bool:
    """``[a-z]``."""
    return "a" <= c <= "z"
