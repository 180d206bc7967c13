"""The day a report's data stands on, when its opening declares one.

A research note, a proof-of-reserves report or a weekly data letter often says once, up
front, when its numbers were taken ("The snapshot was taken at 00:00 UTC on 1 November",
"Data to Sunday, September 20, unless stated", "All figures as of March 31"). That day,
not the day the page went up nor the month the title names, is when the report's undated
levels hold. Only a line of the opening that states no figure of its own and opens with
the declaration declares it: a figure's sentence dates that figure alone, a caption further
down ("Deribit data as of June 24") belongs to its table, and a line that names one day for
one thing ("Farside data through Friday showed ...", "The airdrop snapshot was taken on
November 30", "The firm sent its data to the regulator on Thursday") is news of that thing.
"""

from __future__ import annotations

import re

from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context
from extractor.nlp.periods import Period, time_cue_phrases
from extractor.nlp.tries import alternation

__all__ = ["data_day"]

_OPENING_PARAGRAPHS = 4  # the headline, a byline or dateline, and the first body paragraphs
_DATA_AGE = 45  # days: a report's data day lies within this of its publication


@per_lexicon
def _declaration() -> re.Pattern[str]:
    phrases = alternation(time_cue_phrases("data_day_cues"), space=r"\s+")
    return re.compile(rf"(?i)\b(?:{phrases})\b")


@per_lexicon
def _opener() -> re.Pattern[str]:
    """What may stand before the declaration in its line: a determiner or the report's own
    period ("All figures as of", "This month's snapshot"), nothing else."""
    words = alternation(time_cue_phrases("data_day_openers"), space=r"\s+")
    return re.compile(rf"(?i)^\W*(?:(?:{words})\s+)?$")


def data_day(ctx: Context) -> Period | None:
    """The one day the opening declares the report's data to stand on, if it does."""
    return ctx.remember("data_day", 0, lambda: _declared(ctx))


def _declared(ctx: Context) -> Period | None:
    pub = ctx.published
    paragraphs = ctx.structure.paragraphs[:_OPENING_PARAGRAPHS]
    if pub is None or not paragraphs:
        return None
    for start, end in ctx.structure.sentences:
        if start >= paragraphs[-1][1]:
            break
        cue = _declaration().search(ctx.text, start, end)
        if cue is None or ctx.amounts_in((start, end)):
            continue  # no declaration, or a figure's own sentence: it dates that figure
        if not _opener().match(ctx.text[start : cue.start()].replace("\u2019", "'")):
            continue  # "Farside data through Friday showed": one day for one thing
        dated = [t.period for t in ctx.times_in((start, end)) if t.period and t.role == "date"]
        days = [p for p in dated if p[0] == p[1]]  # "This month's snapshot ... on 31 January"
        if len(days) == 1 and 0 <= (pub - days[0][0]).days <= _DATA_AGE:
            return days[0]
    return None
