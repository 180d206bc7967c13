"""Scale words as hurried copy misspells them: "$3.7 milion", "$12 milllion", "2.5 billon".

Read without its scale, such a figure is a wrong value ("$3.7"), worse than no claim; the
slips of a long scale word are few and regular, so they are derived from the word rather
than listed: one letter dropped or doubled, or two neighbours swapped. The first letter is
never dropped or swapped (writers keep it: "illiard", "rtillion" are no slips), the last is
never dropped ("millio" is a word the excerpt cut off, which stays unread), and a slip that
is a word of its own in the lemma table or a name (cue list "scale_slip_names": "2100
Millard Avenue") is not one. The grammar reads a slip only in lowercase: "3 Billon coins"
names something.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from extractor.lexicon import cue_phrases
from extractor.nlp import lemmas

# shorter words ("lakh", "crore") have too few letters to tell a slip from another word
_SHORTEST = 7


def slips(word: str) -> set[str]:
    """The one-letter slips of ``word`` (lowercase), less the word and its plural."""
    found: set[str] = set()
    for i in range(len(word)):
        found.add(word[: i + 1] + word[i:])  # doubled
        if 0 < i < len(word) - 1:
            found.add(word[:i] + word[i + 1 :])  # dropped, never the last letter
            found.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped
    return found - {word, f"{word}s"}


def slipped_scales(scales: Mapping[str, float]) -> dict[str, float]:
    """Each slip of a scale word of seven letters or more → that word's factor; a slip two
    scale words share, or one that is a known word, is left out."""
    by_slip: dict[str, set[float]] = {}
    for word, factor in scales.items():
        if len(word) >= _SHORTEST and word.isalpha():
            for slip in slips(word):
                by_slip.setdefault(slip, set()).add(factor)
    known = _known_words(by_slip)
    return {
        slip: factors.pop()
        for slip, factors in by_slip.items()
        if len(factors) == 1 and slip not in scales and slip not in known
    }


def _known_words(words: Iterable[str]) -> set[str]:
    """The words the lemma table lists as words in their own right, and the names."""
    names = frozenset(cue_phrases("scale_slip_names"))
    return {w for w in words if lemmas.is_word(w) or w in names}
