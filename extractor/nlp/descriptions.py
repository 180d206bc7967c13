"""The describing run before a name: the lower-case words the outlet puts right before a
name to say what it is ("payments consultancy X", "according to blockchain sleuth X",
"custodian X"). One reader for every rule that asks whether a name is described: the
speaker readings (an organisation's kind) and the citing cues ("per analytics shop X").

The run ends at the first word that is not a plain lower-case word (a capitalized name, a
number, punctuation) or that is a function word, a verb of stating or a preposition
("said X", "estimates Evan Sparks", "the sky above Sao Paulo": no description).
"""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.names import word_list

RUN_REACH = 3  # lower-case words a description before a name runs to
_TOKEN = re.compile(r"\S+")
_RUN_WORD = re.compile(r"[a-z][a-z-]*|[A-Z][a-z]+-[a-z][a-z-]*")  # "Manila-based" too


@per_lexicon
def run_stops() -> frozenset[str]:
    """Words that end a describing run: function words, verbs of stating, prepositions."""
    prepositions = frozenset(p.lower() for p in lexicon.cue_phrases("np_prepositions"))
    return word_list("description_stops") | word_list("statement_verbs") | prepositions


def describing_run(before: str) -> list[re.Match[str]]:
    """The words of the run that ends ``before`` (the text right before a name), in
    reading order, at most :data:`RUN_REACH`; empty when the word before the name is no
    describing word."""
    tokens = list(_TOKEN.finditer(before))
    run: list[re.Match[str]] = []
    for token in reversed(tokens):
        if len(run) == RUN_REACH:
            break
        word = token.group()
        if not _RUN_WORD.fullmatch(word) or word in run_stops():
            break
        run.append(token)
    run.reverse()
    return run
