"""The day a report's data stands on, when the report declares one.

A research note, a proof-of-reserves report or a weekly data letter often says once when
its numbers were taken ("Balances are as of 23:59 UTC on 30 September unless stated
otherwise", "All numbers run to Sunday, November 29, except where noted", "(data through
Friday, October 2)"). That day, not the day the page went up nor the month the title
names, is when the report's undated levels hold. The declaration is found by its shape,
not by its words: a clause that states no figure, whose head is a plain noun of data (or
any noun under a scope phrase: "unless stated", "below") joined by a verb of being to an
as-of bound and one recent day, and that goes on to nothing but a clock, an exception or
who checked it. The noun may be joined by a participle of recording data instead
("Holdings are reported as of", "Positions are valued at the close on") or named as what
stood then ("Rates below are those in force at"); a caption's verbless participle clause may
have a compound noun and a bare day ("Reserve snapshot taken 2 February"). Where it stands
sets what it governs: in the headline or the opening paragraphs, the whole report; as a
caption under a table or list ("Data: rwa.xyz, as of December 3", "Holdings as of October
23."), that block only. A line that names one day for one thing ("Farside data through
Friday showed ...", "The airdrop snapshot was taken on November 30", "The firm sent its
data to the regulator on Thursday") is news of that thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context, Span
from extractor.nlp.periods import Period, time_cue_phrases
from extractor.nlp.tries import alternation

__all__ = ["block_day", "data_day"]

_OPENING_PARAGRAPHS = 4  # the headline, a byline or dateline, and the first body paragraphs
_DATA_AGE = 45  # days: a report's data day lies within this of its publication
_S = r"\s+"
_NAMES = ("asset", "source", "venue")  # mentions that name a thing, not a metric's word
# a clock time a snapshot is stamped with ("23:59 UTC", "00:00 UTC,", "18:00 BRT", "5pm ET")
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_NOUN = r"[a-z][a-z-]*"  # a plain word: the head noun of a compound ("Reserve snapshot")


def _words(name: str) -> str:
    return alternation(time_cue_phrases(name), space=_S)


@per_lexicon
def _head() -> re.Pattern[str]:
    """A declaration's clause up to its day: an optional exception clause ("Unless a date
    is given,"), a determiner, the noun, a pointer ("below"), a verb of being, the as-of
    bound (or, after a noun of a snapshot, "on", "at" or a colon; after any data noun's
    colon, "Holdings: as of"), an edge of the day ("press time on") and a clock time."""
    return re.compile(
        rf"(?i)^\W*(?:(?:unless|except)\b[^,;.]{{0,60}},\s*)?"
        rf"(?:(?P<det>{_words('data_day_openers')})\s+)?"
        rf"(?:(?P<pre>{_NOUN})\s+(?=(?!(?:is|are|was|were)\s){_NOUN}\s+"
        rf"(?:{_words('data_participles')})\b))?"
        rf"(?:(?P<noun>(?P<snap>{_words('snapshot_nouns')})|[a-z][a-z-]*)"
        rf"(?:\s+(?P<where>below|here|above|in\s+(?:this|these|the|our)\s+[a-z]+(?:\s+below)?))?"
        rf"(?:\s+(?P<verb>{_words('declaration_verbs')}))?"
        rf"(?:\s+(?:(?P<part>{_words('data_participles')})"
        rf"|(?P<standing>{_words('standing_predicates')})))?)?"
        rf"(?:(?:\s+|(?<![a-z]))(?P<bound>{_words('as_of_bounds')})\s+"
        rf"|(?P<label>\s*:\s*)(?:(?P<lbound>{_words('as_of_bounds')})\s+)?|\s+(?P<on>on|at)\s+"
        rf"|(?P<bare>(?<=[a-z])\s+))"
        rf"(?:(?:the\s+)?(?:[a-z]+\s+)?(?:time|close|open|end)\s+(?:on|of)\s+)?"
        rf"(?:the\s+)?(?:(?:at\s+)?{_CLOCK},?\s+(?:on\s+)?)?$"
    )


@per_lexicon
def _tail() -> re.Pattern[str]:
    """What may follow the day: a year, a clock, an edge ("month-end cut-off"), then only
    an exception ("unless stated otherwise", "except where noted") or who checked it ("and
    checked by", ", as confirmed by", ", reviewed by"), or nothing."""
    return re.compile(
        rf"(?i)^[,\s]*(?:\d{{4}}\b[,\s]*)?(?:(?:at\s+)?{_CLOCK}\b[,\s]*)?"
        rf"(?:[a-z-]*\s*(?:cut-?off|close)\b[,\s]*)?(?:\(\s*{_CLOCK}\s*\)[,\s]*)?"
        rf"(?:(?:unless|except|otherwise)\b.*|(?:and|as)?\b[^.;]{{0,40}}?\b\w+ed\s+by\b.*)?"
        rf"[.)\s]*$"
    )


@per_lexicon
def _participles() -> frozenset[str]:
    return frozenset(time_cue_phrases("data_participles"))


@per_lexicon
def _data_nouns() -> frozenset[str]:
    return frozenset(time_cue_phrases("data_nouns"))


@per_lexicon
def _scope() -> re.Pattern[str]:
    """A pointer at the report ("below", "throughout") or an exception clause closed by a
    participle of stating ("unless stated otherwise", "except where another date is given")."""
    return re.compile(
        rf"(?i)\b(?:{_words('declaration_scopes')})\b"
        rf"|\b(?:unless|except)\b[^.;]{{0,40}}?\b(?:{_words('declaration_exceptions')})\b"
    )


def data_day(ctx: Context) -> Period | None:
    """The one day the headline or opening declares the report's data to stand on."""
    return ctx.remember("data_day", 0, lambda: _opening_day(ctx))


def block_day(ctx: Context, pos: int) -> Period | None:
    """The day a caption under the table or list holding ``pos`` declares its data to
    stand on ("Data: rwa.xyz, as of December 3"), if one does."""
    line = ctx.line_at(pos)
    if line is None or line.kind not in ("row", "item", "label"):
        return None
    blocks = ctx.list_blocks
    _, last = blocks.block(line)
    if last + 1 >= len(blocks.lines):
        return None
    below = blocks.lines[last + 1]
    if below.kind not in ("caption", "prose", "heading", "label"):
        return None
    return ctx.remember("block_day", below.start, lambda: _caption_day(ctx, below.span))


def _opening_day(ctx: Context) -> Period | None:
    paragraphs = ctx.structure.paragraphs[:_OPENING_PARAGRAPHS]
    if ctx.published is None or not paragraphs:
        return None
    sentences = [s for s in ctx.structure.sentences if s[0] < paragraphs[-1][1]]
    for start, end in sentences:
        if (day := _declared(ctx, (start, end), _clause_starts(ctx, start, end))) is not None:
            return day
    return None


def _clause_starts(ctx: Context, start: int, end: int) -> list[int]:
    """Where a declaration may open in a sentence: its start, or inside a bracket (a
    headline's "(balances as at 00:00 UTC, 1 October 2026)")."""
    return [start, *(start + m.end() for m in re.finditer(r"\(", ctx.text[start:end]))]


def _caption_day(ctx: Context, span: Span) -> Period | None:
    """A caption's declaration: any of its sentences, its clauses after a provider's name
    ("Data: rwa.xyz, as of December 3", "Source: SoSoValue. Holdings as of October 23.")."""
    if ctx.published is None:
        return None
    for start, end in ctx.structure.sentences:
        if end <= span[0] or start >= span[1]:
            continue
        lo, hi = max(start, span[0]), min(end, span[1])
        opens = [lo, *(lo + m.end() for m in re.finditer(r"[,:(]\s*", ctx.text[lo:hi]))]
        if (day := _declared(ctx, (lo, hi), opens, caption=True)) is not None:
            return day
    return None


def _declared(
    ctx: Context, sent: Span, opens: Iterable[int], caption: bool = False
) -> Period | None:
    """The day a clause opening at one of ``opens`` in ``sent`` declares, if it is one."""
    pub = ctx.published
    if pub is None or ctx.amounts_in(sent):
        return None  # a figure's own sentence dates that figure alone
    dated = [t for t in ctx.times_in(sent) if t.period and t.role == "date"]
    days = {t.period for t in dated if t.period and t.period[0] == t.period[1]}
    if len(days) != 1 or len(dated) > 2:
        return None
    day = next(iter(days))
    if not 0 <= (pub - day[0]).days <= _DATA_AGE:
        return None
    on_day = [t for t in dated if t.period == day]  # "the 30 November month-end cut-off"
    first = on_day[0]
    # the patterns read straight apostrophes; the text is made so once per article
    text = ctx.remember("straight_apostrophes", None, lambda: ctx.text.replace("\u2019", "'"))
    tail = text[on_day[-1].end : sent[1]]
    if not _tail().match(tail):
        return None  # "Farside data through Friday showed ...": news of one thing
    for start in opens:
        if start >= first.start:
            break
        m = _head().match(text[start : first.start])
        if m is None:
            continue
        if m["noun"] is None:
            if caption and m["bound"]:
                return day  # "Data: rwa.xyz, as of December 3": the caption's own clause
            continue
        noun = (start + m.start("noun"), start + m.end("noun"))
        if any(x.kind in _NAMES for x in ctx.mentions_in(noun)):
            continue  # "Farside data", "The airdrop snapshot": another thing's data
        taken = m["part"] or m["standing"]  # "Holdings are reported as of", "those in force at"
        verb = (m["verb"] or "").lower()
        telegraphic = (m["part"] and not verb) or (verb in _participles() and not m["part"])
        if (m["bare"] or m["pre"]) and not telegraphic:
            continue  # a bare day or a compound noun only in a caption's participle clause
            # ("Reserve snapshot taken 2 October"; "The airdrop snapshot was taken on" is news)
        if (m["on"] or (m["label"] and not m["lbound"])) and not (m["snap"] or taken):
            continue  # "The firm's data ... on Tuesday": "on" bounds only a snapshot
        every = (m["det"] or "").lower() == "all"
        scoped = caption or every or m["where"] or _scope().search(text, *sent)
        if m["noun"].lower() in _data_nouns() or m["snap"] or m["standing"] or scoped:
            return day
    return None
