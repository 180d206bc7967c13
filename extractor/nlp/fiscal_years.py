"""The window of a fiscal year ("fiscal 2026", "FY25", "fiscal year 2025").

A fiscal year is named by the calendar year it ends in and runs the twelve months up to its
last day. That day comes from the text when it says so for the same year's owner: in the
year's sentence, in an earlier sentence of its paragraph when the year's sentence refers
back ("Its", "The company"), or anywhere when the year's sentence names the company the
statement was made for ("Galaxy, whose fiscal year ends June 30"). A quarter's end ("the
third quarter of fiscal 2025, which ended June 30") tells the year's end by counting the
quarters left. Otherwise a US federal body that owns the year (the subject of its sentence,
or its possessor: "The IRS seized ... in fiscal 2025", "the Pentagon's FY2027 budget")
counts the federal year, which ends on September 30; a body named elsewhere ("filed with
the SEC", "told the SEC") gives a company's year nothing. With neither, the year stays the
calendar year its number names.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import MONTHS
from extractor.nlp.period_relative import Period, month_end
from extractor.nlp.period_rules import month_of, up_to_publication
from extractor.nlp.tries import alternation

__all__ = ["fiscal_end", "fiscal_window", "is_fiscal", "planned"]

Span = tuple[int, int]

_FEDERAL_END = (9, 30)  # the US federal fiscal year: October 1 to September 30
_FISCAL = re.compile(r"(?i)fiscal|(?-i:FY)")

# "whose fiscal year ends June 30", "Fiscal 2026 ended on September 30", "its fiscal year,
# which closes in March": the day (or month) a text says its fiscal years end on
_STATED_END = re.compile(
    rf"(?i)\bfiscal(?:\s+year|\s+(?:19|20)\d\d)?,?\s+(?:(?:which|that)\s+)?"
    r"(?:ends|ended|ending|closes|closed|closing|runs\s+(?:through|to|until))\s+"
    rf"(?:on\s+|in\s+)?(?P<mon>{MONTHS})\.?(?:\s+(?P<d>[12]\d|3[01]|0?[1-9])\b)?"
)
# "the third quarter of fiscal 2025, which ended June 30": that end is the quarter's
_PART_BEFORE = re.compile(
    r"(?i)\b(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q(?P<qn>[1-4])"
    r"|(?P<h>first|second|1st|2nd)\s+half|H(?P<hn>[12]))\s+(?:of\s+)?(?:the\s+)?$"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}  # fmt: skip
# the name a statement of a year end is made for: "Galaxy Digital, whose fiscal year",
# "Galaxy's fiscal year"
_OWNER = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?:['’]s|,\s+whose|,)\s+$")
# a sentence's opening phrase before its subject: "In fiscal 2025, ", "So far this year, "
_OPENER = re.compile(
    r"(?i)^\s*(?:(?:in|during|for)\s+(?:fiscal(?:\s+year)?\s+|FY\s?)['’]?\d\d(?:\d\d)?\b,?"
    r"|(?:in|during|for|over|through|throughout|so\s+far|last|this)\b[^,]{0,60},)\s*"
)
# words a subject naming a body may hold besides the body's name ("Federal prosecutors at
# the Justice Department", "IRS officials", "The IRS Criminal Investigation unit")
_SUBJECT_WORDS = frozenset(
    {"the", "of", "at", "for", "and", "u.s.", "us", "federal", "officials", "official",
     "prosecutors", "agents", "investigators", "staff", "unit", "division", "office", "its"}
)  # fmt: skip
# a subject that refers back to a body named before: only a body is called this
_AGENCY_BACK = re.compile(
    r"(?i)^\s*(?:it|its|the\s+(?:agency|department|commission|bureau|regulator|service|"
    r"division|unit|office))\b"
)
# a word only a body is called: the body it stands for is named in its sentence or before
# in its paragraph
_AGENCY_WORD = re.compile(
    r"(?i)^\s*the\s+(?:agency|department|commission|bureau|regulator|service)\b"
)
# a subject that refers back to the owner of an earlier sentence ("It", "The company")
_BACK_REFERENCE = re.compile(r"^\s*(?:It|Its|They|Their|This|That|The\s+[a-z])")
_FILING = re.compile(r"(?i)\b(?:filing|filings|filed|files|10-[KQ])\b")
_SEC = frozenset({"SEC", "Securities and Exchange Commission"})
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])[.!?]\s+(?=[A-Z\"“])")  # not the stop of "U.S."


def is_fiscal(words: str) -> bool:
    """Whether a year's words name a fiscal year ("fiscal 2026", "FY25")."""
    return bool(_FISCAL.match(words))


@per_lexicon
def _federal_bodies() -> re.Pattern[str]:
    phrases = lexicon.listed(lexicon.TIME_CUES_FILE, "federal_fiscal_bodies", "phrases").phrases
    names = alternation(tuple(phrases), space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


@per_lexicon
def _plan_noun() -> re.Pattern[str]:
    phrases = lexicon.listed(lexicon.TIME_CUES_FILE, "fiscal_plan_nouns", "phrases").phrases
    nouns = alternation(tuple(phrases), space=r"\s+")
    return re.compile(rf"(?i)\s+(?P<mid>(?!(?:{_NO_MEASURE})\b)[a-z]+\s+)?(?:{nouns})\b")


# words that part a year from a plan noun after them: the year is then not the plan's
# ("in 2026 the target", "for 2027 and plans"), where a measure's noun binds them
# ("FY2027 revenue guidance", "full-year 2026 capex plan")
_NO_MEASURE = "the|a|an|and|or|but|to|of|in|on|for|with|as|its|their|his|her|our|this|that"


# a preposition right before a unit makes it the time of its clause, and a word after it
# the clause's verb, not a measure's noun ("revenue in 2026 topped targets")
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:in|on|at|by|for|during|over|through|throughout|since|until|from|to|of|within)"
    r"\s+(?:the\s+)?$"
)
_PREPOSITION_AT = re.compile(_PREPOSITION_BEFORE.pattern.removesuffix("$"))


def planned(text: str, end: int, start: int | None = None) -> bool:
    """Whether a plan for the period ending at ``end`` follows it, at most a measure's noun
    between ("FY2027 budget", "full-year 2026 revenue guidance"); with a word between, the
    period starting at ``start`` must not follow a preposition ("in 2026 topped targets")."""
    m = _plan_noun().match(text, end)
    if m is None:
        return False
    if m["mid"] and start is not None:
        lead = _PREPOSITION_BEFORE.search(text, max(0, start - 40), start)
        return not lead and not _PREPOSITION_AT.match(text, start)
    return True


def fiscal_end(text: str, at: int) -> tuple[int, int] | None:
    """The (month, day) the fiscal year of the expression at ``at`` ends on: the one the
    text states for the year's owner, else the federal year's when a US federal body owns
    the year."""
    paragraph = _paragraph(text, at)
    sentences = _sentences(text, paragraph)
    here = next((s for s in sentences if s[0] <= at < s[1]), paragraph)
    if (end := _stated_in(text, here)) is not None:
        return end
    if _BACK_REFERENCE.match(_subject_text(text, here)):
        for earlier in reversed([s for s in sentences if s[1] <= here[0]]):
            if (end := _stated_in(text, earlier)) is not None:
                return end
    if (end := _stated_for_named(text, here)) is not None:
        return end
    if not _names_another(text, here) and (end := _stated_ownerless(text)) is not None:
        return end
    return _FEDERAL_END if _federal_owner(text, here, sentences) else None


def _paragraph(text: str, at: int) -> Span:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)


def _sentences(text: str, paragraph: Span) -> list[Span]:
    start, end = paragraph
    stops = [m.start() + 1 for m in _SENTENCE_BREAK.finditer(text, start, end)]
    bounds = [start, *stops, end]
    return list(pairwise(bounds))


def _stated_in(text: str, span: Span) -> tuple[int, int] | None:
    """The last year end stated in ``span``, a quarter's or a half's end counted on to the
    year's."""
    found = None
    for stated in _STATED_END.finditer(text, *span):
        found = _end_of(text, stated)
    return found


def _end_of(text: str, stated: re.Match[str]) -> tuple[int, int]:
    mon = month_of(stated["mon"])
    day = int(stated["d"]) if stated["d"] else month_end(date(2001, mon, 1)).day
    part = _PART_BEFORE.search(text, max(0, stated.start() - 30), stated.start())
    if part is None:
        return mon, day
    if part["q"] or part["qn"]:
        left = 3 * (4 - (_ORDINALS[part["q"].lower()] if part["q"] else int(part["qn"])))
    else:
        first = (part["h"] or "").lower() in ("first", "1st") or part["hn"] == "1"
        left = 6 if first else 0
    mon = (mon - 1 + left) % 12 + 1
    return mon, month_end(date(2001, mon, 1)).day  # a quarter ends on its month's last day


def _stated_for_named(text: str, here: Span) -> tuple[int, int] | None:
    """A year end stated elsewhere for a company the year's sentence names ("Galaxy's fiscal
    year ends June 30." ... "Galaxy said fiscal 2025 revenue ...")."""
    sentence = text[here[0] : here[1]]
    found = None
    for stated in _STATED_END.finditer(text):
        owner = _OWNER.search(text, max(0, stated.start() - 60), stated.start())
        name = owner["name"].strip() if owner else ""
        if name and name not in ("The", "Its", "Their") and name in sentence:
            found = _end_of(text, stated)
    return found


def _stated_ownerless(text: str) -> tuple[int, int] | None:
    """The last year end stated by a sentence that opens with it and so names no owner: the
    article's own subject's year ("Fiscal 2026 ended on September 30.", "The fiscal year
    ends in June.")."""
    found = None
    for stated in _STATED_END.finditer(text):
        start = text.rfind("\n", 0, stated.start()) + 1
        lead = _sentences(text, (start, stated.start() + 1))[-1][0]
        if text[lead : stated.start()].strip().lower() in ("", "the"):
            found = _end_of(text, stated)
    return found


_NAME = re.compile(r"(?<=[\s(])[A-Z][\w&.-]+")


def _names_another(text: str, span: Span) -> bool:
    """Whether the sentence names an owner of its own: a capitalized name past its first word
    that is no federal body ("Separately, Coinbase said fiscal 2025 revenue ...")."""
    sentence = text[span[0] : span[1]].lstrip(' \t-•*–"“')
    sentence = sentence[len(sentence.split(" ", 1)[0]) :]  # its first word is capitalized anyway
    bodies = [(b.start(), b.end()) for b in _federal_bodies().finditer(sentence)]
    return any(
        not any(a <= n.start() < b for a, b in bodies) and not _FISCAL.match(n.group())
        for n in _NAME.finditer(sentence)
    )


def _subject_text(text: str, span: Span) -> str:
    """The sentence from its subject on (its opening phrase, "In fiscal 2025, ", left out)."""
    sentence = text[span[0] : span[1]]
    opener = _OPENER.match(sentence)
    return sentence[opener.end() :] if opener else sentence


def _subject(text: str, span: Span) -> str:
    """The sentence's subject: its words up to the first lower-case word a body's subject
    does not hold (the verb, "whose", "which")."""
    words: list[str] = []
    for word in _subject_text(text, span).split():
        bare = word.strip(',;:"“”')
        if words and bare[:1].islower() and bare.lower() not in _SUBJECT_WORDS:
            break
        words.append(word)
        if word.endswith(","):
            break
    return " ".join(words)


def _federal_owner(text: str, here: Span, sentences: list[Span]) -> bool:
    """Whether a US federal body owns the year of the sentence ``here``: its subject or the
    possessor of a fiscal year, or the body an agency word or "It" refers back to."""
    sentence = text[here[0] : here[1]]
    filing = bool(_FILING.search(sentence))

    def bodies(words: str) -> bool:
        return any(not (filing and b.group() in _SEC) for b in _federal_bodies().finditer(words))

    for owned in _federal_bodies().finditer(sentence):
        if re.match(r"['’]s\s+(?:fiscal|FY)", sentence[owned.end() :]):
            return True  # "the Pentagon's FY2027 budget"
    if bodies(_subject(text, here)):
        return True
    subject = _subject_text(text, here)
    if _AGENCY_WORD.match(subject):  # "The agency expects ..., IRS officials told the forum"
        return bodies(text[here[0] : here[1]]) or bodies(text[sentences[0][0] : here[0]])
    if _AGENCY_BACK.match(subject):
        earlier = [s for s in sentences if s[1] <= here[0]]
        return bool(earlier) and bodies(_subject(text, earlier[-1]))
    return False


def fiscal_window(year: int, end: tuple[int, int], pub: date | None) -> Period | None:
    """The twelve months up to the fiscal year's last day in ``year`` (cut at publication
    while it runs)."""
    try:
        last = date(year, *end)
        first = date(year - 1, *end) + timedelta(days=1)
    except ValueError:  # "February 29" of a year without it
        return None
    return up_to_publication(first, last, pub)
