"""The window of a fiscal year ("fiscal 2026", "FY25", "fiscal year 2025").

A fiscal year is named by the calendar year it ends in and runs the twelve months up to its
last day. That day comes from the text when it says so ("whose fiscal year ends June 30",
"Fiscal 2026 ended on September 30"); otherwise a US federal body named in the year's
paragraph (the IRS, the SEC, the Justice Department) counts the federal year, which ends on
September 30. With neither, the year stays the calendar year its number names.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import MONTHS
from extractor.nlp.period_relative import Period, month_end
from extractor.nlp.period_rules import month_of, up_to_publication
from extractor.nlp.tries import alternation

__all__ = ["fiscal_end", "fiscal_window", "is_fiscal"]

_FEDERAL_END = (9, 30)  # the US federal fiscal year: October 1 to September 30
_FISCAL = re.compile(r"(?i)fiscal|(?-i:FY)")

# "whose fiscal year ends June 30", "Fiscal 2026 ended on September 30", "its fiscal year,
# which closes in March": the day (or month) a text says its fiscal years end on
_STATED_END = re.compile(
    rf"(?i)\bfiscal(?:\s+year|\s+(?:19|20)\d\d)?,?\s+(?:(?:which|that)\s+)?"
    r"(?:ends|ended|ending|closes|closed|closing|runs\s+(?:through|to|until))\s+"
    rf"(?:on\s+|in\s+)?(?P<mon>{MONTHS})\.?(?:\s+(?P<d>[12]\d|3[01]|0?[1-9])\b)?"
)


def is_fiscal(words: str) -> bool:
    """Whether a year's words name a fiscal year ("fiscal 2026", "FY25")."""
    return bool(_FISCAL.match(words))


@per_lexicon
def _federal_bodies() -> re.Pattern[str]:
    phrases = lexicon.listed(lexicon.TIME_CUES_FILE, "federal_fiscal_bodies", "phrases").phrases
    names = alternation(tuple(phrases), space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


def fiscal_end(text: str, at: int) -> tuple[int, int] | None:
    """The (month, day) the fiscal year of the expression at ``at`` ends on: the one the
    text states, else the federal year's when its paragraph names a US federal body."""
    if stated := _STATED_END.search(text):
        mon = month_of(stated["mon"])
        day = int(stated["d"]) if stated["d"] else month_end(date(2001, mon, 1)).day
        return mon, day
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    paragraph = text[start : end if end >= 0 else len(text)]
    return _FEDERAL_END if _federal_bodies().search(paragraph) else None


def fiscal_window(year: int, end: tuple[int, int], pub: date | None) -> Period | None:
    """The twelve months up to the fiscal year's last day in ``year`` (cut at publication
    while it runs)."""
    try:
        last = date(year, *end)
        first = date(year - 1, *end) + timedelta(days=1)
    except ValueError:  # "February 29" of a year without it
        return None
    return up_to_publication(first, last, pub)
