"""An article-wide note on what its dollars are ("All figures are in Canadian dollars unless
otherwise stated", "(Amounts in A$.)", "$ refers to Australian dollars", "Reporting currency:
SGD") makes every bare "$" and "dollars" of the article that currency: Canadian, Australian,
Singaporean and Hong Kong outlets and company releases write their own dollar as "$" and say
so once, anywhere in the text. A figure marked as the US dollar ("US$", "USD", "U.S.
dollars") keeps it. A note is a sentence, bracket or line with no number of its own, whose
head ("all figures", "dollar amounts", "$"; a bare "figures" or "prices" only with "unless
otherwise ..." or standing alone) is linked ("are in", "refer to", "=") to a dollar other
than the US one (its name, its sign "C$", its code "CAD" or its country's word alone, "are
Canadian"). Two notes naming different dollars decide nothing."""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount import Amount
from extractor.nlp.cues import cue_words
from extractor.nlp.tries import alternation

# a figure's own mark of the US dollar
_US_MARK = re.compile(r"\bUS|U\.S\.|\bUSD\b|american|greenback", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# what may stand before a note's head in its sentence or bracket: marks, a label ("Note:"),
# a reserve ("Unless otherwise stated,"); "QCAD, a digital currency denominated in Canadian
# dollars" or "Its reserve currency is the Hong Kong dollar" speak of one thing, not the figures
_LEAD = re.compile(
    r"(?i)[\s(*†‡#>•-]*(?:[\w'’ ]{1,30}:\s*)?"
    r"(?:(?:unless|except|in this|throughout|for this)\b[^,.;:]{0,40},\s*)?"
)
# what may follow the currency: a bracketed sign, a reserve, "throughout"; "Prices are in
# Canadian dollars at the Toronto venue" or "... for the Canadian fund and in US dollars for the
# rest" is about one place or part
_TAIL = re.compile(
    r"(?is)\s*(?:\([^()]{0,20}\)\s*)?"
    r"(?:,?\s*(?:unless|except|throughout|in this|here|for this|only)\b.*)?[\s.)]*"
)


@per_lexicon
def _dollar_codes() -> dict[str, str]:
    """Each written form of a dollar other than the US one (lowercase) to its code: names
    ("canadian dollars"), the country word alone ("canadian"), signs ("c$") and codes."""
    forms: dict[str, str] = {}
    dollar_codes = set()
    for c in lexicon.currencies():
        form = c.form.lower()
        if c.code == "USD" or c.kind != "money":
            continue
        if form.endswith(("dollars", "dollar")):
            dollar_codes.add(c.code)
            forms[form] = c.code
            country = form.rsplit(" ", 1)[0]
            if country != form:
                forms[country] = c.code
        elif form.endswith("$"):
            dollar_codes.add(c.code)
            forms[form] = c.code
    for c in lexicon.currencies():
        if c.form.isupper() and c.form.isalpha() and c.code in dollar_codes:
            forms[c.form.lower()] = c.code
    return forms


@per_lexicon
def _note() -> re.Pattern[str]:
    target = alternation(_dollar_codes(), space=r"\s+")
    return re.compile(
        rf"(?<![\w$])(?P<head>{cue_words('currency_note_heads')})(?![\w-])"
        # a few words may describe the head: "all figures in this release are in ..."
        rf"(?:\s+[\w'’-]+){{0,4}}?\s*(?:{cue_words('currency_note_links')})\s*(?:the\s+)?"
        rf"(?P<target>{target})(?![\w$])",
        re.IGNORECASE,
    )


@per_lexicon
def _exception() -> re.Pattern[str]:
    return re.compile(rf"\b{cue_words('currency_note_exceptions')}\b", re.IGNORECASE)


def _span_of(text: str, start: int) -> tuple[int, int, bool]:
    """The bracket, else the sentence, holding ``start``, and whether it stands alone (a
    bracket, or a line of its own)."""
    opened = text.rfind("(", 0, start)
    closed = text.rfind(")", 0, start)
    if opened > closed and text.rfind("\n", 0, start) < opened:
        end = text.find(")", start)
        return opened, len(text) if end < 0 else end, True
    begin = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, start) for c in ".!?\n") if i >= 0]
    end = min(ends) if ends else len(text)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return begin, end, text[line_start:begin].strip() == "" and rest.strip(" .") == ""


def note_code(text: str) -> str | None:
    """The code of the dollar an article-wide note in ``text`` makes its bare "$", or None."""
    if "$" not in text and "dollar" not in text.lower():
        return None
    weak = {p.lower() for p in lexicon.cue_phrases("currency_note_weak_heads")}
    found: set[str] = set()
    for m in _note().finditer(text):
        begin, end, alone = _span_of(text, m.start())
        if _DIGIT.search(text, begin, end) or m.end() > end:
            continue
        if not _LEAD.fullmatch(text, begin, m.start()) or not _TAIL.fullmatch(text, m.end(), end):
            continue  # the sentence is about something else that is in that dollar
        if m["head"].lower() in weak and not (alone or _exception().search(text[begin:end])):
            continue
        found.add(_dollar_codes()[re.sub(r"\s+", " ", m["target"].lower())])
    return found.pop() if len(found) == 1 else None


def read_currency_note(text: str, amounts: list[Amount]) -> None:
    """Give the bare dollar figures of ``text`` the dollar its currency note names."""
    code = note_code(text)
    if code is None:
        return
    for a in amounts:
        if a.kind == "money" and a.unit == "USD" and not _US_MARK.search(text, a.start, a.end):
            a.unit = code
