"""Tickers an article introduces itself: a company or token the lexicon does not know, named
once with its ticker in brackets ("Norrland Hash Inc. (NASDAQ: NHSH)", "Kizuna Holdings
(3962.T)"), is that ticker again where the article names it later: by the bare ticker
("Shares of NHSH fell 6%"), or by its name or the name's first word as the subject of a
sentence, an owner or the owner of shares ("Norrland said", "Kizuna's shares", "Vantor shares
fell", "shares of Ridgeline closed up"). A different
name sharing the first word ("Kizuna Coin") is another thing and stays unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import alternation
from extractor.nlp.names import DESCRIBING

# the capitalized words right before a bracket: "Bitcoin miner Greyrock Digital (" → the
# run "Greyrock Digital" (a lower-case word ends the name)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w&-]*\.?[ ]+){0,4}[A-Z][\w&-]*\.?)[ ]*\($")

Found = tuple[int, int]  # where a later mention stands


def later_mentions(text: str, tickers: list[tuple[int, int, int]]) -> Iterator[tuple[Found, int]]:
    """Where the article names again each ticker it introduced in brackets (``tickers``: the
    ticker's start and end and the index it is yielded with), after the brackets."""
    names: dict[str, set[str]] = {}
    shorts: list[tuple[str, int, int]] = []  # a short name, where it may start, the index
    for start, end, index in tickers:
        bracket = text.rfind("(", 0, start)
        full = _name_before(text, bracket) if bracket >= 0 else None
        if full is not None:
            for name in _short_names(full):
                names.setdefault(name, set()).add(full)
                shorts.append((name, end, index))
        if text[start:end].isdigit():
            continue  # "(TSE: 3350)": a bare "3350" later is read as a number
        # the bare ticker, as the article wrote it inside the brackets
        ticker = re.escape(text[start:end])
        for hit in re.finditer(rf"(?<![\w$.]){ticker}(?![\w.]\w)", text[end:]):
            yield (end + hit.start(), end + hit.end()), index
    after, before = _company_after(), _company_before()
    for name, since, index in shorts:
        if len(names[name]) > 1:
            continue  # two things named alike ("Kizuna Holdings", "Kizuna Coin"): neither
        for hit in re.finditer(rf"(?<![\w&-]){re.escape(name)}\b{_suffixes_after()}", text[since:]):
            at = since + hit.start()
            if after.match(text, since + hit.end()) or (
                before.search(text, max(0, at - 24), at)
                and not _NAME_GOES_ON.match(text, since + hit.end())
            ):
                yield (at, at + len(name)), index


def _name_before(text: str, bracket: int) -> str | None:
    """The capitalized name right before the bracket at ``bracket`` (within 80 characters);
    a legal form set off by a comma is no part of it ("Cedar Grid Technologies, Inc. (" →
    "Cedar Grid Technologies")."""
    window = text[max(0, bracket - 80) : bracket + 1]
    found = _NAME_BEFORE.search(_comma_suffix().sub(" (", window))
    if found is None:
        return None
    words = without_lead(found[1].split(" "))
    # "Nasdaq-listed Coincheck Group (CNCK)": the word describing the name is no part of it
    kept = [i for i, w in enumerate(words) if DESCRIBING.search(w.lower())]
    return " ".join(words[kept[-1] + 1 :] if kept and kept[-1] < len(words) - 1 else words)


@per_lexicon
def _comma_suffix() -> re.Pattern[str]:
    """A company suffix set off by a comma right before the bracket (", Inc. (", ", Ltd (")."""
    return re.compile(rf",[ ]+(?:{alternation(_suffixes())})[ ]*\($")


def without_lead(words: list[str]) -> list[str]:
    """The words of a capitalized run before a ticker's bracket without the word that opens
    its sentence or clause ("When Halden Capital" → "Halden Capital"); a one-word run stays."""
    return words[1:] if len(words) > 1 and words[0].lower() in _lead_words() else words


@per_lexicon
def _lead_words() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("name_lead_words"))


def _short_names(full: str) -> list[str]:
    """The name without its company suffix, and its first word ("Norrland Hash Inc." →
    "Norrland Hash", "Norrland")."""
    words = full.split()
    suffixes = _suffixes()
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    short = " ".join(words).rstrip(".")
    return [short] if len(words) == 1 else [short, words[0].rstrip(".")]


@per_lexicon
def _suffixes() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("company_suffixes"))


@per_lexicon
def _suffixes_after() -> str:
    """Company suffixes a later mention may keep ("Norrland Hash Inc. said")."""
    return rf"(?:\s+(?:{alternation(_suffixes())})(?!\w))*"


@per_lexicon
def _company_after() -> re.Pattern[str]:
    """A verb of a subject, an owner's "'s" or a share noun right after a company's name."""
    verbs = alternation(
        lexicon.cue_phrases("subject_verbs") + lexicon.cue_phrases("company_words_after")
    )
    return re.compile(rf"(?:’s|'s)\b|\s+(?i:{verbs})\b")


# "shares of American Airlines" after "American Bitcoin Corp.": a capitalized word after the
# short name makes it the start of another name
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


@per_lexicon
def _company_before() -> re.Pattern[str]:
    """A share noun and its preposition right before a company's name ("shares of Ridgeline",
    "stock in Kizuna"): the name owns the shares, so it is the company."""
    return re.compile(rf"(?i:\b(?:{alternation(lexicon.cue_phrases('company_words_before'))})\s+)$")


def introduced_name(text: str, ticker: str) -> str | None:
    """The name a ticker stood after in brackets, without its last company suffix ("Norrland
    Hash Inc. (NASDAQ: NHSH)" → "Norrland Hash", "Hashwell Mining Corp." → "Hashwell
    Mining"), or None when the article introduced no such."""
    code = re.escape(ticker.split(".")[0] if ticker[:1].isdigit() else ticker)
    bracket = re.search(rf"\((?:[A-Za-z ]+:\s*)?{code}(?:\.[A-Z]{{1,2}})?\)", text)
    if bracket is None:
        return None
    full = _name_before(text, bracket.start())
    if full is None:
        return None
    words = full.split()  # the legal form dropped, a suffix of the name kept
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in _suffixes() else words)
