"""The document's own voice: whose report this is.

An exchange's transparency report, a lender's monthly update or a marketplace's weekly
stats are written by the firm about itself: it heads the headline with its name
("Kestrel monthly update: ..."), signs the masthead line under it ("Kestrel Exchange blog |
Transparency | 3 May"), or is the publisher the article comes with ("Kestrel Exchange"),
and its body speaks as "we" and "our" outside any quotation. One reading for every field:
the speakers layer asks it whether a cited name is the publisher speaking, the venue layer
whether a figure with no market of its own is the firm's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import lexicon
from extractor.nlp.citations import known_names
from extractor.nlp.context import Context

_LEAD_NAME = re.compile(r"(?:[A-Z][\w&.'’-]*[ ]+){0,3}[A-Z][\w&.'’-]*")
_OWN_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line that is not blank
_BAR = re.compile(r"\s*\|\s*")
_NOT_A_NAME = frozenset({"the", "a", "an", "this", "our", "we", "how", "why", "what", "here"})


@dataclass(frozen=True)
class Owner:
    """The firm a report is written by: the short name the text calls it by, and the words
    it signs the report with (its publisher's name, its masthead line)."""

    name: str
    signature: str


def report_owner(ctx: Context) -> Owner | None:
    """The firm whose own report the document is, read once per document."""
    return ctx.remember("report_owner", None, lambda: _find_owner(ctx))


def _find_owner(ctx: Context) -> Owner | None:
    lines = [m.span() for m in _LINE.finditer(ctx.text)]
    if len(lines) < 2:
        return None  # no headline over a body
    head = _LEAD_NAME.match(ctx.text, *lines[0])
    if head is None:
        return None
    words = head[0].split()
    if words[0].lower() in _NOT_A_NAME:
        return None
    body = ctx.text[lines[1][0] :]
    second = ctx.text[slice(*lines[1])]
    masthead = second if len(_BAR.split(second.strip(" |"))) >= 2 else ""
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        if named.search(body) is None:
            continue  # a genre word of the headline ("Transparency Report"), not the name
        signed = [
            s for s in (ctx.publisher or "", masthead) if s and _signed_by(name, s.split("|")[0])
        ]
        own = _own_voice(body)
        # a publisher that does not sign as the firm prints a story about it (a wire, a site)
        speaks = not ctx.publisher and any(named.search(s) for s in own)
        if own and (signed or speaks):
            return Owner(name, _trade_words(name, signed))
        return None
    return None


def _trade_words(name: str, signed: list[str]) -> str:
    """The words that say the firm's trade: its name's last word ("Corvid Credit"), the word
    after its name in a signature ("Tidemark Exchange blog") and a masthead's other cells
    ("Monthly lending update"), not the rest of its name ("Derivatives Daily")."""
    words = [name.split()[-1]]
    for s in signed:
        cells = _BAR.split(s.strip(" |"))
        after = cells[0].split()[len(name.split()) :]
        words += after[:1] + cells[1:]
    return " ".join(words)


def _signed_by(name: str, signature: str) -> bool:
    """The signature opens with the name's words ("Kestrel Exchange blog" for "Kestrel")."""
    words, sign = name.lower().split(), signature.lower().split()
    if sign[:1] == ["the"]:
        sign = sign[1:]
    return sign[: len(words)] == words


def _own_voice(body: str) -> list[str]:
    """The body's sentences (roughly: its lines) that speak as "we" or "our" outside any
    quotation: the firm writing of itself, not its staff quoted."""
    bare = _QUOTED.sub("", body)
    return [line for line in bare.splitlines() if _OWN_VOICE.search(line)]


def publishing_firm(name: str, publisher: str) -> bool:
    """The firm whose own arm publishes the article, by its short name: "Tidemark" for
    "Tidemark Exchange", "Coldharbour" for "Coldharbour Research" (an exchange's own
    report, a research house's note, a company's investor letter speak in its voice, so
    its staff's words and forecasts cite no one). A name the lexicon knows as another
    party ("Ledger" under "Ledger Insights") stays a source."""
    words, firm = publisher.split(), name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    k = len(firm)
    if not 0 < k < len(words) or [w.lower() for w in words[:k]] != [w.lower() for w in firm]:
        return False
    arm = " ".join(words[k:]).lower()
    arms = _arm_words()
    if not all(w in arms for w in arm.split()) and arm not in arms:
        return False
    return name.lower() not in known_names()


@lexicon.per_lexicon
def _arm_words() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.attribution_phrases("publisher_arm_words"))
