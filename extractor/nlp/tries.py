"""Alternations of phrases written as prefix trees, for the regular expressions built from
the cue lists.

A list of phrases joined longest first ("the dashboard|the report|the data") makes the
regex engine enter every phrase at every position it tries (case-insensitive literals get
no quick first-character test). The same phrases as a prefix tree
("the\\ (?:d(?:ashboard|ata)|report)") try one first character at each position and share
their common beginnings. The tree matches the same text: the phrases that match at a
position are prefixes of one another, and both forms try the longest first. Where two
branches of one node could match the same character (phrases differing only in case, or a
space pattern that also matches another branch's character), that no longer holds, and
:func:`prefix_tree` declines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def prefix_tree(phrases: Iterable[str], space: str | None = None) -> str | None:
    """The phrases as one non-capturing group of a prefix tree, each character escaped
    (a space written as ``space`` when given, e.g. ``\\s+``); None where a tree could
    choose another match than the longest-first alternation."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        if space is not None and not _spaced_words(phrase, space):
            return None
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        return space if space is not None and ch == " " else re.escape(ch)

    def clash(a: str, b: str) -> bool:
        if a.isascii() and b.isascii() and " " not in (a, b):
            return a.lower() == b.lower()  # ASCII letters fold only into each other
        return any(
            re.fullmatch(piece(x), y, re.IGNORECASE) is not None for x, y in ((a, b), (b, a))
        )

    def emit(node: dict[str, Any]) -> str | None:
        keys = sorted(ch for ch in node if ch)
        if any(clash(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :]):
            return None
        branches = []
        for ch in keys:
            rest = emit(node[ch])
            if rest is None:
                return None
            branches.append(piece(ch) + rest)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    if not root:
        return None  # no phrase: the caller's empty alternation matches nothing
    tree = emit(root)
    return None if tree is None else f"(?:{tree})"


def alternation(phrases: Iterable[str], space: str | None = None) -> str:
    """The phrases as one non-capturing group that tries the longest phrase first: the
    prefix tree where it matches what the alternation matches, else the alternation
    itself (each phrase escaped, a space written as ``space`` when given)."""
    longest_first = sorted(phrases, key=len, reverse=True)
    tree = prefix_tree(longest_first, space)
    if tree is not None:
        return tree
    escaped = [re.escape(p) for p in longest_first]
    if space is not None:
        escaped = [e.replace(r"\ ", space) for e in escaped]
    return "(?:" + "|".join(escaped) + ")"


def _spaced_words(phrase: str, space: str) -> bool:
    """Words joined by single spaces, no other character the space pattern matches: each
    space pattern then takes the whole run of spaces, as in the alternation."""
    return all(w and re.search(space, w) is None for w in phrase.split(" "))
