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
from extractor.nlp.literals import standing_alone

_LEAD_NAME = re.compile(r"(?:[A-Z][\w&.'’-]*[ ]+){0,3}[A-Z][\w&.'’-]*")
# "we" and "our", not "us": a story's own "told us" or "our request for comment" is the
# outlet's voice, not the firm's
_OWN_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
# a quotation, or one a paragraph opens and leaves open (a quote running on to the next
# paragraph): the speaker's words, not the report's
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.M)
_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line that is not blank
_BAR = re.compile(r"\s*\|\s*")
# a byline between the headline and the lede ("By Dana Whitfield", "Posted by Theo Brandt"):
# the writer's name, no sentence of the story
_BYLINE = re.compile(
    r"\s*(?:(?:Posted|Written|Reported|Words)\s+)?[Bb]y\s+(?:[A-Z][\w.'’-]*\s*){1,4}"
    r"(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s*){1,4})*(?:[|,–—-].{0,60})?"
)
_NOT_A_NAME = frozenset({"the", "a", "an", "this", "our", "we", "how", "why", "what", "here"})


def _cells(line: str) -> list[str]:
    """The cells of a masthead line ("Kestrel Exchange | Monthly update"): one for a line
    with no bar."""
    return _BAR.split(line.strip(" |"))


@dataclass(frozen=True)
class Owner:
    """The firm a report is written by: the short name the text calls it by, and the words
    it signs the report with (its publisher's name, its masthead line)."""

    name: str
    signature: str
    arm: str = ""  # the word after the name in the signature: "Research" in "Binance Research"


def report_owner(ctx: Context) -> Owner | None:
    """The firm whose own report the document is, read once per document."""
    return ctx.remember("report_owner", None, lambda: _find_owner(ctx))


def report_subject(ctx: Context) -> str | None:
    """The name a story is about: the name its headline opens with as its subject ("Sable
    DAO backs ...", "Brisa card spend tops ...") that the lede, the body's first sentence
    after any byline or masthead line, names again ("... of perpetual futures exchange
    Sable"). Its shortest such form ("Sable"); read once per document."""
    return ctx.remember("report_subject", None, lambda: _find_subject(ctx))


def _find_subject(ctx: Context) -> str | None:
    lines = [ctx.text[slice(*m.span())] for m in _LINE.finditer(ctx.text)]
    head = _LEAD_NAME.match(lines[0]) if len(lines) >= 2 else None
    if head is None or head[0].split()[0].lower() in _NOT_A_NAME:
        return None
    body = [line for line in lines[1:] if len(_cells(line)) < 2 and not _BYLINE.fullmatch(line)]
    lede = _FIRST_SENTENCE.match(_QUOTED.sub("", body[0].strip())) if body else None
    if lede is None:
        return None
    words = head[0].split()
    named = [" ".join(words[:k]) for k in range(1, len(words) + 1)]
    return next((name for name in named if _names(lede[0], name)), None)


def _find_owner(ctx: Context) -> Owner | None:
    lines = [m.span() for m in _LINE.finditer(ctx.text)]
    if len(lines) < 2:
        return None  # no headline over a body
    body = ctx.text[lines[1][0] :]
    second = ctx.text[slice(*lines[1])]
    masthead = second if len(_cells(second)) >= 2 else ""
    head = _LEAD_NAME.match(ctx.text, *lines[0])
    headline = ctx.text[slice(*lines[0])]
    named = _headline_owner(ctx, head[0].split(), headline, body, masthead) if head else None
    return named or _signature_owner(ctx, body, masthead)


def _headline_owner(
    ctx: Context, words: list[str], headline: str, body: str, masthead: str
) -> Owner | None:
    """The firm whose name opens the headline and the body names again, when the publisher
    or the masthead signs as it or the body opens in its voice."""
    if words[0].lower() in _NOT_A_NAME:
        return None
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        if not _names(body, name):
            continue  # a genre word of the headline ("Transparency Report"), not the name
        signed = [
            s for s in (ctx.publisher or "", masthead) if s and _signed_by(name, s.split("|")[0])
        ]
        own = _own_voice(body)
        # a publisher that does not sign as the firm prints a story about it (a wire, a site);
        # with none, the body must open in the firm's voice ("We hold ...", "This is our
        # report"): a story about the firm opens in the third person ("Orla Credit
        # liquidated 14 positions"), whatever "we" its later lines say
        speaks = not ctx.publisher and (
            (_opens_in_own_voice(body, masthead) and any(_names(s, name) for s in own))
            # a title line the firm labels its report with ("Kopa Credit monthly note:
            # October", "Merrow Desk Note, week 49"): the headline is no story's sentence
            or _titled(headline, name)
        )
        if own and (signed or speaks):
            # the arm the signature or the headline names after the name ("Binance Research")
            arm = _arm_word(name, signed) or " ".join(words[k : k + 1])
            return Owner(name, _trade_words(name, signed), arm)
        return None
    return None


def _titled(headline: str, name: str) -> bool:
    """The headline is a report's label, not a story's sentence: the name and at most a
    few words of no figure ("monthly note", "Desk Note", "digest") stand before a colon, bar
    or comma that the rest of the line follows ("Kopa Credit monthly note: October 2026")."""
    label = _LABEL.match(headline.strip())
    if label is None or not _names(label[1], name):
        return False
    rest = label[1].strip()[len(name) :]
    if _FUNCTION_WORD.search(rest):
        return False  # a phrase, not a label: "Run Windows on Mac"
    if not rest.split() and label[0][len(label[1]) :].strip()[:1] == ",":
        return False  # names in a row open a story's sentence: "Tether, Circle mint $2bn"
    return rest.split() == [] or (
        len(rest.split()) <= _LABEL_WORDS and not any(c.isdigit() for c in label[1])
    )


# the headline's first segment and the separator that closes it
_LABEL = re.compile(r"([^:|,\u2013\u2014]+?)\s*(?:[:|,\u2013\u2014]|\s-\s)\s*\S")
# a preposition, article or conjunction makes the words after the name a phrase
_FUNCTION_WORD = re.compile(r"(?i)\b(?:on|for|to|in|of|with|at|by|from|the|a|an|and|or|vs)\b")
_LABEL_WORDS = 3  # "proof-of-reserves update", "monthly note", "Transparency Note"


def _signature_owner(ctx: Context, body: str, masthead: str) -> Owner | None:
    """The firm that signs the report when its headline does not open with its name ("How we
    kept withdrawals open", "May update: ..."): the masthead's first cell or the publisher
    is a name and the words of its trade or its publishing arm ("Tidewater Exchange blog",
    "Orla Credit", "Kraken Blog"), and the body opens in the firm's voice."""
    if not _opens_in_own_voice(body, masthead):
        return None
    cells = _cells(masthead) if masthead else []
    for signature in (cells[0] if cells else "", ctx.publisher or ""):
        words = _without_the(signature.split())
        arm: list[str] = []
        while len(words) > 1 and _is_arm(words[-1]):
            arm.insert(0, words.pop())
        if not words or not (arm or _is_trade(words[-1])):
            continue  # a plain name ("CoinDesk") signs no firm's own report
        return Owner(" ".join(words), " ".join([words[-1], *arm, *cells[1:]]), " ".join(arm[:1]))
    return None


def _is_arm(word: str) -> bool:
    """A word of a publishing arm ("blog", "research") that names no venue's trade."""
    return word.lower() in _arm_words() and not _is_trade(word)


def _is_trade(word: str) -> bool:
    return word.lower() in _trade_nouns()


@lexicon.per_lexicon
def _trade_nouns() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.attribution_phrases("venue_business_words"))


def _trade_words(name: str, signed: list[str]) -> str:
    """The words that say the firm's trade: its name's last word ("Corvid Credit"), the word
    after its name in a signature ("Tidemark Exchange blog") and a masthead's other cells
    ("Monthly lending update"), not the rest of its name ("Derivatives Daily")."""
    words = [name.split()[-1]]
    for s in signed:
        cells = _cells(s)
        after = cells[0].split()[len(name.split()) :]
        words += after[:1] + cells[1:]
    return " ".join(words)


def _arm_word(name: str, signed: list[str]) -> str:
    """The first word after the name in the first signature ("Research" in "Binance
    Research"), or "" when the signature is the name itself."""
    for s in signed:
        after = _cells(s)[0].split()[len(name.split()) :]
        if after:
            return after[0]
    return ""


def _opens_in_own_voice(body: str, masthead: str) -> bool:
    """The body's first sentence after any masthead line speaks as "we" or "our" outside
    quotation."""
    text = body.strip()
    if masthead and text.startswith(masthead.strip()):
        text = text[len(masthead.strip()) :].strip()
    first = _FIRST_SENTENCE.match(_QUOTED.sub("", text))
    return first is not None and _OWN_VOICE.search(first[0]) is not None


_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.!?](?=\s|$)|$)", re.M)


def _signed_by(name: str, signature: str) -> bool:
    """The signature opens with the name's words ("Kestrel Exchange blog" for "Kestrel")."""
    words, sign = name.lower().split(), _without_the(signature.lower().split())
    return sign[: len(words)] == words


def _without_the(words: list[str]) -> list[str]:
    """A name's words without a leading "The" ("The Block Research" signs as "Block")."""
    return words[1:] if words[:1] and words[0].lower() == "the" else words


def _names(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a whole name, not inside a longer word or a
    hyphenated one."""
    return next(standing_alone(text, name), None) is not None


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
    words, firm = _without_the(publisher.split()), name.split()
    k = len(firm)
    if not 0 < k < len(words) or not _signed_by(name, publisher):
        return False
    arm = " ".join(words[k:]).lower()
    arms = _arm_words()
    if not all(w in arms for w in arm.split()) and arm not in arms:
        return False
    return name.lower() not in known_names()


@lexicon.per_lexicon
def _arm_words() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.attribution_phrases("publisher_arm_words"))
