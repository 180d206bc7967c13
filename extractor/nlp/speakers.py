"""Who is speaking: whether a name that states figures is an organisation or a person,
read from how the article itself refers to it, never from a list of names.

A name of two or three plain capitalized words ("Harbourline Credit", "Strata Nodes",
"Tallis Bryce") has a person's shape; news tells the two apart by how it goes on:

* an organisation is "it": "X said on Friday it has closed", "X keeps the loans on its
  own books" (a person is "he" or "she");
* an organisation is shortened to its first word ("Keystone said"), a person to the last
  ("Kessler said");
* an organisation is described by a kind noun before it ("payments consultancy X",
  "custodian X", "according to tracking site X") or named as the modifier of one after
  "the" ("the Blockmeter tracker"); a person by a title ("co-founder X", "analyst X").

A person's evidence (a title before the name, "he"/"she" in its sentence or the next
one of its paragraph) always wins: the name then speaks only for the firm the article
ties it to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor import lexicon
from extractor.nlp.context import Span
from extractor.nlp.descriptions import describing_run
from extractor.nlp.literals import ascii_lower, space_then, standing_alone, word_char
from extractor.nlp.names import Name, word_list

_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers)\b", re.IGNORECASE)
# "it" doing something ("it has closed", "it now safeguards", "it settled") or "its"
_ITSELF = re.compile(
    r"\b(?:its|it\s+(?:(?:now|also|still|already)\s+)?(?:(?:has|had|have)\s+)?"
    r"(?!(?:is|was|seems|appears|remains|means|looks|takes|makes|feels|matters|depends|"
    r"needs|helps|happens)\b)(?:[a-z]+ed|[a-z]+s)\b)"
)
# the words between a speaker's name and a pronoun that refers back to it: no end of
# sentence, no other capitalized name save a date's ("on Friday", "in May")
_CALENDAR = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_CAPITALIZED = re.compile(r"(?<![\w'’-])[A-Z][\w&'’.-]*")
# the words that may stand before a describing noun run ("according to payments
# consultancy X", "the coins sit with custodian X", "per analytics shop X"): no verb
# follows them but a gerund's ("after draining X")
_DESCRIPTION_ANCHOR = re.compile(
    r"(?:according\s+to|per|by|from|with|at|of|for|the|a|an)\s*$", re.IGNORECASE
)
# a clause's start may open with a verb ("however, use X", "and plunged X"): a run there
# describes only when it ends in a kind noun ("Meanwhile, custodian X said")
_CLAUSE_ANCHOR = re.compile(r"(?:\band|[,;:(\u2014])\s*$", re.IGNORECASE)
# a plain word of a verb's shape right before a name: its object, no kind noun ("plunged",
# "hitting"); a hyphenated compound ("venture-backed") still describes
_VERB_SHAPED = re.compile(r"[a-z]{3,}(?:ed|ing)")
_DESCRIPTION_CHARS = 80  # characters before a name a description is read in
_NOUN_AFTER_THE = re.compile(r"\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?\b")  # "news agency"


def _prepositions() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.cue_phrases("np_prepositions"))


@dataclass(frozen=True, slots=True)
class Speaker:
    """How a name that speaks reads: ``organisation`` when the article treats it as one,
    ``person`` when it gives it a person's marks, else neither (its shape decides)."""

    organisation: bool
    person: bool


def read_speaker(text: str, n: Name, sent: Span, para: Span, *, single: bool = False) -> Speaker:
    """The article's evidence on whether ``n`` (in sentence ``sent`` of paragraph
    ``para``) is an organisation or a person; ``single``: only the kind nouns around it
    count (a one-word name may be a common word capitalized by its place)."""
    person = _titled(text, n) or _person_pronoun_follows(text, n, sent, para)
    if person:
        return Speaker(False, True)
    if _part_of_longer_name(text, n) or _opened_by_other(text, n, sent):
        return Speaker(False, False)  # the name read is not the one that speaks
    organisation = (
        _described_before(text, n, sent)
        or _apposed_kind(text, n, sent)
        or _modifies_kind_noun(text, n, sent)
        or speaks_in_relative(text, n, sent)
        or (not single and (_itself_follows(text, n, sent) or shortened(text, n)))
    )
    return Speaker(organisation, False)


def _part_of_longer_name(text: str, n: Name) -> bool:
    """A capitalized word other than a function or sentence-opening word stands right
    before the name ("NFT Price Floor, a data site,"): the name read is only the tail of
    the one that speaks, and citing the tail would name no one."""
    before = _CAPITAL_BEFORE.search(text, max(0, n.start - 40), n.start)
    if before is None:
        return False
    word = before.group().strip()
    if _CALENDAR.fullmatch(word):
        return False  # "in March Strata Nodes said"
    return word.lower() not in word_list("description_stops") | _lead_words()


_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w&-]*[ \t]$")  # "NFT ", no "Inc. "


@cache
def _lead_words() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.cue_phrases("name_lead_words"))


def _opened_by_other(text: str, n: Name, sent: Span) -> bool:
    """A name opening its sentence with a word that points to another one than the firm
    named before ("Rival Ridgeway Lending said it", "Smaller Denholm Loans said it"): the
    word is capitalized only by its place, and the name read is not the speaker's."""
    opens = not text[sent[0] : n.start].strip(" \t\n\"“‘'(")
    return opens and n.words[0].lower() in word_list("other_referent_words")


def _titled(text: str, n: Name) -> bool:
    """A person's title right before the name ("co-founder Ayumi Kessler", "CEO X")."""
    before = text[max(0, n.start - 30) : n.start].lower().split()
    return bool(before) and before[-1].strip(",") in word_list("person_titles")


def _person_pronoun_follows(text: str, n: Name, sent: Span, para: Span) -> bool:
    """ "he"/"she" refers back to the name: after it in its sentence with no other name
    between, or opening the next sentence of its paragraph ("He said ...")."""
    found = _PERSON_PRONOUN.search(text, n.end, sent[1])
    if found is not None and not _other_name_between(text, n.end, found.start()):
        return True
    return bool(_PRONOUN_OPENS.match(text, sent[1], para[1]))


_PRONOUN_OPENS = re.compile(r"\s*[\"“]?(?:He|She|His|Her)\b")


def _other_name_between(text: str, start: int, end: int) -> bool:
    """A capitalized word other than a date's stands between ``start`` and ``end``."""
    return any(not _CALENDAR.fullmatch(w.group()) for w in _CAPITALIZED.finditer(text, start, end))


def _itself_follows(text: str, n: Name, sent: Span) -> bool:
    """ "it"/"its" refers back to the name: it follows the name in its sentence with no
    other name between them (a date's words aside), the name no preposition's object
    ("co-founded by Michael Saylor, continues its purchases" is the firm's "its")."""
    before = re.search(r"([A-Za-z]+)\W*$", text[max(sent[0], n.start - 20) : n.start])
    if before and before[1].lower() in _prepositions():
        return False
    found = _ITSELF.search(text, n.end, sent[1])
    if found is None:
        return False
    return not _other_name_between(text, n.end, found.start())


def _described_before(text: str, n: Name, sent: Span) -> bool:
    """A run of lower-case words right before the name, after a preposition or an
    article, names its kind ("payments consultancy X", "according to tracking site X");
    at the start of a clause only a kind noun does ("Meanwhile, custodian X said", not
    "however, use X"); a person's title is no kind ("analyst X"), and a function word or
    verb ends the run ("said X")."""
    before = text[max(sent[0], n.start - _DESCRIPTION_CHARS) : n.start]
    run = describing_run(before)
    if not run or run[-1].group() in word_list("person_titles"):
        return False
    if _VERB_SHAPED.fullmatch(run[-1].group()):
        return False  # "and plunged Sao Paulo into darkness": a verb's object, no kind
    ahead = before[: run[0].start()]
    if _DESCRIPTION_ANCHOR.search(ahead) or _inverted_tag(ahead):
        return True
    opens = not ahead.strip()
    return (opens or bool(_CLAUSE_ANCHOR.search(ahead))) and run[-1].group() in _kinds()


def _inverted_tag(ahead: str) -> bool:
    """A verb of stating after a comma or a closing quotation mark, its subject after it
    (", estimates analytics site X", "", said research house X"): the run between names
    the speaker's kind, as after "according to"."""
    found = _TAG_VERB.search(ahead)
    return found is not None and found[1].lower() in word_list("statement_verbs")


_TAG_VERB = re.compile(r"[,”\"]\s*([a-z]+)\s+$")


@cache
def _kinds() -> frozenset[str]:
    return word_list("org_descriptors") | word_list("organisation_kinds")


def _apposed_kind(text: str, n: Name, sent: Span) -> bool:
    """An appositive of lower-case words after the name that is no person's title
    ("Kiosk Atlas, a tracking website, said"; not "X, an analyst at Y,")."""
    found = _APPOSITIVE.match(text, n.end, sent[1])
    if found is None:
        return False
    words = found["words"].split()
    return not any(w in word_list("person_titles") for w in words)


_APPOSITIVE_WORD = r"(?:[a-z][a-z-]*|[A-Z][\w]*-[a-z][a-z-]*)"  # "exchange", "Arbitrum-based"
_APPOSITIVE = re.compile(
    rf",\s+(?:a|an|the)\s+(?P<words>(?:{_APPOSITIVE_WORD}\s+){{0,3}}{_APPOSITIVE_WORD}),"
)


def speaks_in_relative(text: str, n: Name, sent: Span) -> bool:
    """ "X, which says it has 250,000 users": a relative clause of speech after the name,
    opened by "which" (a person is "who"), makes it an organisation speaking of itself."""
    found = _WHICH_CLAUSE.match(text, n.end, sent[1])
    if found is None:
        return False
    *between, verb = found["words"].lower().split()
    aux = word_list("aux_words")
    if verb not in word_list("speech_verbs") or not all(w in aux for w in between):
        return False
    # it speaks of itself ("which says it has", "which reports 3.4 million users"); "a
    # complaint against Celsius, which says the lender lost ..." is the complaint's voice
    return bool(_OF_ITSELF.match(text, found.end(), sent[1]))


_WHICH_CLAUSE = re.compile(r",\s*which\s+(?P<words>(?:[a-z]+\s+){0,3}?[a-z]+)\b")
_OF_ITSELF = re.compile(
    r"\s+(?:that\s+)?(?:it|its|it's|it’s)\b"
    r"|\s+(?:(?:about|around|roughly|nearly|almost|over|some|more\s+than)\s+)?[$€£¥₹₩]?\d",
    re.IGNORECASE,
)


def _modifies_kind_noun(text: str, n: Name, sent: Span) -> bool:
    """ "the Blockmeter tracker": a name after "the" modifying a provider's kind noun is
    a thing's name, no person's ("the Dan Reyes podcast" is a show's), and so is one
    that states ("the Harbor Office announced")."""
    if n.possessive or not re.search(r"\bthe\s+$", text[max(sent[0], n.start - 5) : n.start]):
        return False
    after = _NOUN_AFTER_THE.match(text, n.end, sent[1])
    if after is None:
        return False
    if after[1] in word_list("statement_verbs"):
        return True  # "the Harbor Office announced": no person is "the" anyone
    return bool({after[1], after[2]} & (_kinds() | _page_kinds()))


@cache
def _page_kinds() -> frozenset[str]:
    """What a provider is or keeps ("tracker", "dashboard", "monitor"): a show or a
    family named after a person ("the Dan Reyes podcast") is no speaker of figures."""
    return word_list("provider_nouns") | word_list("own_page_nouns")


def shortened(text: str, n: Name) -> bool:
    """The article shortens the name to its first word ("Keystone said", "Norvik quotes")
    and never to its last: a firm's habit, where a person is called by the surname. Only
    for names of plain words ("Series B" is no firm, "Research Note" no firm's), whose first
    word the article never writes in lower case."""
    if len(n.words) < 2 or not all(_PLAIN_WORD.fullmatch(w) for w in n.words):
        return False
    first, last = n.words[0], n.words[-1]
    if next(standing_alone(text, first.lower()), None) is not None:
        return False
    # the short form acts or owns ("Keystone said", "Keystone's loans"); one told or named
    # before a comma ("told Oprah, ...") is no firm's habit
    if not any(
        not _CAPITAL_LAST.search(text, max(0, at - 40), at)
        for at in standing_alone(
            text, first, start=n.end, fits=lambda _, end: _acts_after(text, end)
        )
    ):
        return False  # only ever inside another name ("Kairon Research")
    whole = " ".join(n.words[:-1])
    return (
        next(standing_alone(text, last, fits=lambda at, _: not _follows(text, at, whole)), None)
        is None
    )


def _acts_after(text: str, at: int) -> bool:
    """A possessive or a lower-case word follows at ``at`` ("Keystone's", "Keystone said").
    The pattern this replaced consumed the "'s" or the space and letter; no later match could
    start inside them anyway, as the name opens with a capital (``_PLAIN_WORD``)."""
    if text.startswith(("'s", "’s"), at):
        return not word_char(text[at + 2 : at + 3] or " ")
    return space_then(text, at, ascii_lower)


def _follows(text: str, at: int, words: str) -> bool:
    """``words`` and one space stand right before ``at`` ("Kairon Research")."""
    lead = at - 1 - len(words)
    return lead >= 0 and text[at - 1].isspace() and text.startswith(words, lead)


_PLAIN_WORD = re.compile(r"[A-Z][a-z]{2,}")
_CAPITAL_LAST = re.compile(r"[A-Z][\w&.-]*\s$")
