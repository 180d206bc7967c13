"""A company's valuation in a round: what investors price the whole company at ("at a $750
million valuation", "a post-money valuation of $120 million", "values the startup at $2.1
billion", "the third startup valued at more than $1 billion"). FORMAT.md has no metric for
it: it is no coin's market cap, no sum raised and no holding, so the figure is ``other``.

The figure's own phrase decides: "valuation" right after it or right before it (with only a
preposition, bound or hedge between), in a clause that names a round (a funding cue:
"Series B", "raised", "led by"); or a verb of valuing whose object or subject is a company
noun. A coin's or a market's valuation ("a $4 billion fully diluted valuation", "market
valuation") stays a market cap, and coins "valued at" a sum keep their reading.
"""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context, Span, clause_of
from extractor.nlp.cues import cue_words
from extractor.nlp.layers import Amount, M

__all__ = ["company_valuation"]

_REACH = 60  # characters read before the figure: "at a post-money valuation of about "


@per_lexicon
def _valuation_before() -> re.Pattern[str]:
    """'valuation' then only linking words up to the figure ("valuation above ")."""
    links = cue_words("valuation_links")
    return re.compile(rf"(?i)\b(?P<lead>\w+[\s-]+)?valuations?\s+(?:(?:{links})\s+)*~?$")


@per_lexicon
def _valuation_after() -> re.Pattern[str]:
    """'valuation' right after the figure ("$750 million valuation", "$120m post-money
    valuation"); a coin's word between ("fully diluted") does not match."""
    return re.compile(r"(?i)[\s-]+(?:(?:post|pre)[\s-]money\s+)?valuations?\b")


@per_lexicon
def _company_valued() -> re.Pattern[str]:
    """A company noun valued at the figure: "values the startup at ", "valued the company
    at roughly ", "startup valued at over ", "the firm, now valued at "."""
    nouns, links = cue_words("valued_companies"), cue_words("valuation_links")
    hedges = rf"(?:(?:{links})\s+)*"
    return re.compile(
        rf"(?i)(?:\bvalu(?:e|es|ed|ing)\s+(?:the\s+|its\s+|that\s+|this\s+)?(?P<object>{nouns})"
        rf"|\b(?P<subject>{nouns}),?\s+(?:(?:now|currently|last|most\s+recently)\s+)?valued)"
        rf"\s+at\s+{hedges}~?$"
    )


@per_lexicon
def _coin_valuation() -> re.Pattern[str]:
    return re.compile(rf"(?i)^(?:{cue_words('coin_valuation_words')})\b")


def company_valuation(ctx: Context, a: Amount, sent: Span) -> bool:
    """The money figure is a company's valuation, as its own phrase says."""
    if a.kind != "money":
        return False
    start, end = clause_of(ctx, a, sent)
    before = ctx.text[max(start, a.start - _REACH) : a.start]
    if valued := _company_valued().search(before):
        noun = (valued["object"] or valued["subject"]).lower()
        if noun in lexicon.cue_phrases("private_companies"):
            return True  # "values the startup at": only a round prices a startup
        # "shares closed at 204p, valuing the company at £812 million": a listed company's
        # market value; a round in its sentence ("The round, which valued the company at")
        # makes it a round's valuation
        start, end = sent
    elif found := _valuation_before().search(before):
        if _coin_valuation().match((found["lead"] or "").strip()):
            return False  # "market valuation of", "token valuation of": a coin's worth
    elif not _valuation_after().match(ctx.text, a.end, end):
        return False
    # a round's valuation: "Series B led by Stonebridge at a valuation above $1 billion"
    return any(m.value == M.FUNDING_RAISED for m in ctx.in_span("metric", (start, end)))
