"""When a figure holds: the period of the time expression that governs it.

The sentence's own time expression comes first; an undated flow takes the paragraph's
date or that of the last figure of its kind, and an undated level (holdings, price,
market cap) is as of publication.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from extractor.lexicon import per_lexicon, time_units
from extractor.nlp.context import (
    Context,
    Span,
    boundaries,
    clause_of,
    closest_amount,
    distance,
    gap,
    last_of_metric,
)
from extractor.nlp.cues import hypothetical, stock_metrics, total
from extractor.nlp.data_day import block_day, data_day
from extractor.nlp.layers import Amount, M
from extractor.nlp.lemmas import inflections, lemma
from extractor.nlp.lines import Line
from extractor.nlp.mentions import Mention
from extractor.nlp.period_patterns import count_words
from extractor.nlp.period_relative import back, count_of, month_end, shift_months
from extractor.nlp.periods import (
    START_OPENER,
    Period,
    TimeExpr,
    date_tense,
    future_cue,
    move_forms,
    past_form,
    running_total,
    since_comparison,
    time_cue_metrics,
    time_cue_phrases,
    told_past,
)
from extractor.nlp.tries import alternation

if TYPE_CHECKING:
    from extractor.nlp.linker import Draft as Link


def period(ctx: Context, a: Amount, sent: Span, metric: str | None = None) -> Period | None:
    """The time expression of the sentence closest to this amount (and not closer to another);
    a "when" clause's date governs its own figures first. A level of ``metric`` no move
    reaches is not dated by the window of another figure's change."""
    inside = [t for t in ctx.times_in(sent) if t.period]
    for t in inside:
        if t.scope and t.scope[0] <= a.start < t.scope[1]:
            return t.period  # "since May 2022, when $4.5 billion was raised"
    if listed := _listed(ctx, a, sent):
        return listed  # "30,052 and 26,729 BTC in April and May, respectively"
    if ends := _since_move_end(ctx, a, inside, sent):
        return ends  # "Since February, the rate has risen from 0.00045% to 0.035%"
    inside = [_edge_or_whole(ctx, a, t, sent, metric) for t in inside]
    inside = [t for t in inside if _may_date(ctx, a, t, sent)]
    if reported := [t for t in inside if t.report and _later_clause(ctx, t, a)]:
        # a move in a clause after the report keeps the report's day, not the reported
        # figure's period ("..., while bitcoin fell 2% that day", "..., sending its shares
        # up 8%"); not the figure's own change (", up 10% from a year earlier")
        inside = [t for t in inside if t.start >= reported[-1].start]
    elif any(not t.report and t.kind != "now" for t in inside):
        inside = [t for t in inside if not t.report]  # the figure's own period, not the report's
    firm = [t for t in inside if t.kind != "now"] or inside
    # "now" dates the figure it stands next to ("currently trading at $0.79, up 67% in 24
    # hours"); a window or date still wins a figure both are nearest to
    same = _restated(ctx, a)
    own = [
        t
        for t in inside
        if _owner(ctx, t, sent) in same and all(_may_date(ctx, x, t, sent) for x in same)
    ]
    if own:

        def reach(t: TimeExpr) -> float:
            return min(_time_distance(ctx, x, t) for x in same if _may_date(ctx, x, t, sent))

        return min(own, key=lambda t: (reach(t), t.kind == "now")).period
    if start := _move_start(ctx, a, firm, sent):
        return start  # "tumbled from above $71,000 to $66,400 over the past day, the largest
        # drop this month": the window of the move's end
    if between := _change_between(ctx, firm, a):
        return between  # "from 3.09 million BTC in February 2020 to 2.47 million in October
        # 2021, marking a 20% decrease": the change spans both dates
    if (opening := _opening_since(ctx, firm, sent)) and opening.end <= a.start:
        return opening.period  # "Since Feb 2020, the average outflow has been 30,850 BTC"
    for t in firm:  # "its October peak near $126,000": the peak's own figure
        if t.role == "level" and _first_after(ctx, a, t, gap(ctx, a, _as_mention(t))):
            return t.period
    firm = [t for t in firm if t.role in _SHARED and not _base_between(ctx, a, t)]
    if metric in _levels() and not _reached(ctx, a) and not _told_in_past(ctx, a):
        firm = [t for t in firm if not _window_of_other(ctx, a, t, sent)]
    shared = [t for t in firm if not boundaries(gap(ctx, a, _as_mention(t)))]
    if len(firm) == 1 and not shared:
        shared = firm  # one date in the sentence dates all of it
    return shared[0].period if shared else None


def _edge_or_whole(
    ctx: Context, a: Amount, t: TimeExpr, sent: Span, metric: str | None
) -> TimeExpr:
    """An edge of a unit told with "with" ("ended September with", "finished the quarter
    with") dates a level on its day ("with 2,410 BTC on hand"), and a level of another
    clause only as far as the edge may date it at all; a move or a flow spans the unit
    ("closed October with a 4% loss", "ended the week with $1.2 billion of inflows, while
    ether slid 3%")."""
    if t.whole is None or metric not in time_cue_metrics("span_metrics"):
        return t
    return replace(t, kind="unit_whole", period=t.whole, whole=None)


def _later_clause(ctx: Context, t: TimeExpr, a: Amount) -> bool:
    """Whether the amount stands in a clause of its own after the time's."""
    return t.end <= a.start and bool(_LATER_CLAUSE.search(ctx.text, t.end, a.start))


# a clause with a verb of its own: a conjunction's or a participle's ("..., sending its
# shares up 8%"), not the figure's own change (", up 10% from a year earlier")
_LATER_CLAUSE = re.compile(r"[;—–]|,\s+(?:and|but|while|as|whereas|when|after|\w+ing)\b")
_COORDINATED = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|&)\s+)")


def _listed(ctx: Context, a: Amount, sent: Span) -> Period | None:
    """The period of a figure in a list that a list of dates matches ("bought 30,052 and
    26,729 BTC in April and May": in order, when said "respectively" or all in one unit),
    or the span of a list of dates that dates one figure ("losses of 4% on Thursday and
    Friday") or figures of other units or more than it names dates ("$3.1 billion across
    268 deals in January and February"), unless they are paired "respectively"."""
    group = ctx.remember("date_list", sent, lambda: _date_list(ctx, sent))
    if not group:
        return None
    dates = [t for t in ctx.times_in(sent) if t.period and t.role == "date"]
    members = [x for x in ctx.amounts_in(sent) if _nearest(ctx, x, dates) in group]
    if a not in members:
        return None
    paired = _RESPECTIVELY.search(ctx.text, *sent)
    if len(members) == len(group) and (paired or len({x.unit for x in members}) == 1):
        return group[members.index(a)].period
    if len(members) == 1 or not paired:
        # "$3.1 billion across 268 deals in January and February": the whole span
        return min(t.period[0] for t in group if t.period), max(
            t.period[1] for t in group if t.period
        )
    return None


_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")


def _date_list(ctx: Context, sent: Span) -> list[TimeExpr]:
    """The longest run of dates joined by commas and "and" in the sentence ("January,
    February, and March"), if there is one."""
    dates = [t for t in ctx.times_in(sent) if t.period and t.role == "date" and t.kind != "now"]
    best: list[TimeExpr] = []
    run: list[TimeExpr] = []
    for t in dates:
        joined = run and _COORDINATED.fullmatch(ctx.text, run[-1].end, t.start)
        run = [*run, t] if joined else [t]
        if len(run) > len(best):
            best = run
    return best if len(best) > 1 else []


def _owner(ctx: Context, t: TimeExpr, sent: Span) -> Amount | None:
    """The figure a time belongs to: the nearest one, or the nearest after it when it opens
    a clause ("6 percent; by 2015, it had jumped to 19 percent": 19 percent's)."""
    if _OPENS_CLAUSE.search(ctx.text, max(sent[0], t.start - _OPENER_REACH), t.start):
        after = ctx.amounts_in((t.end, sent[1]))
        mention = _as_mention(t)
        return min(after, key=lambda x: distance(ctx, x, mention)) if after else None
    return closest_amount(ctx, _as_mention(t), sent)


_OPENER_REACH = 24  # characters before a time: "; ", ", and then on the "


def _window_of_other(ctx: Context, a: Amount, t: TimeExpr, sent: Span) -> bool:
    """Whether ``t`` is how long another figure's change took ("BTC open interest: $57.6
    billion (-3.4% in 24h)", "trading at $108,420, up 2.7% in the past 24 hours"): the
    level stands at the window's end, not over it."""
    if t.kind not in _CHANGE_WINDOWS or not t.period or t.period[1] != ctx.published:
        return False
    closest = closest_amount(ctx, _as_mention(t), sent)
    return closest is not None and closest not in _restated(ctx, a)


_CHANGE_WINDOWS = frozenset({"window", "day24", "span"})  # "in 24h", "over the past week"


def _told_in_past(ctx: Context, a: Amount) -> bool:
    """Whether a verb in the past leads up to the level in its clause ("bitcoin held above
    $70,000", "funding turned 0.0082%", "Solana added 5.7% to $91.30"): a state over the
    window, not at its end; "was trading at" is a state at the end."""
    lead = _move_lead(ctx, a)
    return any(past_form(w) and w.lower() not in _AUXILIARIES for w in _WORDS.findall(lead))


_AUXILIARIES = frozenset({"was", "were"})
_WORDS = re.compile(r"[A-Za-z]+")


def _nearest(ctx: Context, a: Amount, times: list[TimeExpr]) -> TimeExpr | None:
    return min(times, key=lambda t: _time_distance(ctx, a, t)) if times else None


_SHARED = ("date", "deadline", "after")  # roles that date more than their nearest figure
# A comparison base right before a figure ("from above 2x"; "more than" is no comparison).
_BASE_BEFORE = re.compile(
    r"(?i)\b(?:from|(?<!more\s)(?<!less\s)(?<!fewer\s)than|versus|vs\.?|compared\s+(?:to|with))"
    r"\s+(?:\S+\s+){0,2}$"
)


def _may_date(ctx: Context, a: Amount, t: TimeExpr, sent: Span) -> bool:
    """Whether ``t`` can date ``a`` at all: an "after" date only a figure after it, a
    "since" window only a figure of its own clause (or of all the sentence it opens), how
    long a change took or "year to date" only a figure of its own clause; a forecast's
    date, "now" or any date of another clause than a forecast figure's only figures of its
    own clause."""
    if t.role in ("scoped", "stamp", "scope"):
        return False
    between = gap(ctx, a, _as_mention(t))
    if t.whole is not None and t.end <= a.start:
        between = _EDGE_WITH.sub(" ", between, count=1)  # "ended May with 2,410 BTC": its object
    if t.start >= a.end and _OPENS_CLAUSE.search(between):
        return False  # "lost $300 million; two days later they lost $200 million"
    if (
        t.start >= a.end
        and _recalled(ctx, t)
        and _other_party_clause().match(between)
        and not _loss_to().search(ctx.text, max(0, a.start - _LOSS_REACH), a.start)
    ):
        return False  # "paid $211.7 million to customers who lost their deposits in 2024"
    if boundaries(between) and not _other_clause_may_date(ctx, a, t, sent, between):
        return False
    if t.end <= a.start and _TO.fullmatch(ctx.text, t.end, a.start) and _from_side(ctx, t):
        return False  # "from 3.09 million BTC in February 2020 to 2.47 million BTC"
    if t.role == "after":
        return t.start < a.start
    if t.role == "level" and t.end > a.start:  # "33% below its October 2025 record above
        return bool(_APPOSITION.match(between))  # $126,000"; but "$72,500, the Feb. 3 high"
    if t.role == "level":
        return not _TO_END.search(between)  # not "from the peak to 40%"
    if t.kind == "unit_edge":  # "began 2025 near $94,000 and now trades at $100,000"
        return _first_after(ctx, a, t, between)
    if t.role == "since":
        return not boundaries(between) or _opening_since(ctx, [t], sent) is t
    if t.kind in ("duration", "to_date"):  # "a 121% rise in four weeks", "25.4% YTD 2025"
        return not boundaries(between)
    return True


_EDGE_WITH = re.compile(r"^\s+with\b")


def _recalled(ctx: Context, t: TimeExpr) -> bool:
    """Whether a date recalls a past long before the story (not "investors who bought on
    Monday": the same day's event told from the other side)."""
    return t.period is not None and ctx.published is not None and not _current(ctx, t.period)


@per_lexicon
def _other_party_clause() -> re.Pattern[str]:
    """A figure's gap to a later date that runs through a relative clause of another noun
    than the figure: a preposition hangs the noun on the figure, the pronoun opens the
    clause after it, and no clause break comes between ("$48 million to users whose
    accounts were frozen in")."""
    links = alternation(time_cue_phrases("other_party_links"))
    relatives = alternation(time_cue_phrases("other_party_relatives"))
    return re.compile(
        rf"(?i)[^,;:.!?—–\n]{{0,40}}?\s(?:{links})\s+[^,;:.!?—–\n]{{1,60}}?\s(?:{relatives})\s"
        r"[^;:.!?—–\n]*$"
    )


_LOSS_REACH = 30  # characters before a figure: "had lost about "


@per_lexicon
def _loss_to() -> re.Pattern[str]:
    """A loss or theft verb right before a figure ("lost $30 million to attackers who
    emptied its wallet in March 2025"): the party after it did the figure's own event."""
    verbs = alternation(time_cue_phrases("loss_to_verbs"))
    return re.compile(rf"(?i)\b(?:{verbs})\b[^,;:.!?—–\n]*$")


def _first_after(ctx: Context, a: Amount, t: TimeExpr, between: str) -> bool:
    """Whether ``a`` is the first figure after ``t`` in its clause: the level a unit began
    or ended at, not a later figure of the sentence."""
    if t.end > a.start or boundaries(between):
        return False
    return not any(x.start < a.start for x in ctx.amounts_in((t.end, a.start)))


def _other_clause_may_date(ctx: Context, a: Amount, t: TimeExpr, sent: Span, between: str) -> bool:
    """Whether a date of another clause than the amount's may date it."""
    pub = ctx.published
    if pub and t.period and t.period[0] > pub and t.role == "date":
        # "drops below $60,000 as repayments are set to start in March"; not "positioning
        # for the March 27 expiry, when $14 billion in options will settle"; a start that
        # opens the sentence is all its clauses' ("From Dec. 1, cashback falls to 1%")
        # unless the sentence tells it in the past ("Starting October 1, the exchange cut")
        opening = START_OPENER.fullmatch(ctx.text, sent[0], t.start)
        if opening and date_tense(ctx.text, t.start, t.end)[0] != "past":
            return True
        return bool(future_cue().search(ctx.text, *clause_of(ctx, a, sent)))
    if t.kind == "now" and not _opens(ctx, t, sent):
        return False  # "dropped 9%, and the team is currently working ...": another clause's
    if _JOINED.search(between) and _standing_verb().search(ctx.text, *clause_of(ctx, a, sent)):
        return False  # "open interest has risen 9% this week, and funding remains at 0.0068%"
    apposed = t.role == "level" or _APPOSITION.match(between)
    return bool(apposed) or not _forecast(ctx, a)  # "..., and the rebound could lift BTC"


# A time right after a semicolon or a conjunction opening a clause is that clause's own.
_OPENS_CLAUSE = re.compile(
    r"(?i)(?:;|(?:,\s*|\s)(?:and|but|while|whereas)(?:\s+then)?)\s*"
    r"(?:(?:on|in|by|at|during|over|since)\s+)?(?:the\s+)?$"
)
_JOINED = re.compile(r",\s+(?:and|but|while)\s")  # a clause of its own joined to the figure's
_PAREN = re.compile(r"\s*\(\s*(?:about|around|roughly|approximately|~|over|nearly)?\s*$")


def _restated(ctx: Context, a: Amount) -> tuple[Amount, ...]:
    """The amount and the one restating it in parentheses ("2.47 million BTC ($152.02
    billion)"): a date nearest to either dates both."""
    near = ctx.amounts_in((a.start - 80, a.end + 80))
    for x in near:
        first, second = (a, x) if a.start < x.start else (x, a)
        closed = ctx.text[second.end : second.end + 3].lstrip().startswith(")")
        if x is not a and closed and _PAREN.fullmatch(ctx.text, first.end, second.start):
            return (a, x)
    return (a,)


_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+|roughly\s+)?")
_TO_END = re.compile(r"(?i)\bto\s+(?:about\s+|around\s+|roughly\s+)?$")  # "from the peak to 40%"
_FROM_TO = re.compile(r"(?i)\bfrom\b(?:(?!\.\s)[^;])*$")


def _change_between(ctx: Context, firm: list[TimeExpr], a: Amount) -> Period | None:
    """The span of two dates a move runs between ("from X in D1 to Y in D2, a Z% drop"),
    for a figure after both that neither date is nearest to."""
    dated = [t for t in firm if t.role == "date" and t.period and t.end <= a.start]
    if len(dated) < 2:
        return None
    first, second = dated[-2], dated[-1]
    if not (first.period and second.period and first.period[1] < second.period[0]):
        return None
    joined = re.search(r"(?i)\bto\b", ctx.text[first.end : second.start])
    return (first.period[0], second.period[1]) if _from_side(ctx, first) and joined else None


def _from_side(ctx: Context, t: TimeExpr) -> bool:
    """Whether a date dates the start of a "from ... to ..." move."""
    return bool(_FROM_TO.search(ctx.text, max(0, t.start - 60), t.start))


# A date in a phrase set beside the amount that names it ("$62,800, the swing low from Feb. 24")
_APPOSITION = re.compile(r"^,\s+(?:the|its|a|an)\s+[^,;:.]*$")


def _opens(ctx: Context, t: TimeExpr, sent: Span) -> bool:
    """Whether the expression opens its sentence ("Currently, bitcoin trades at ...")."""
    return not _LABEL.sub("", ctx.text[sent[0] : t.start]).strip(' \t•*-"“')


_LABEL = re.compile(r"^\s*[A-Z][\w ]{0,30}:")  # "Price Action: At the time of writing, ..."


def _opening_since(ctx: Context, times: list[TimeExpr], sent: Span) -> TimeExpr | None:
    """A "since" window that opens the sentence ("Since Feb 2020, ...", "From the start of
    the week, ...") or stands in its opening phrase ("During an accumulation period since
    March, LTHs added ...")."""
    for t in times:
        lead = ctx.text[sent[0] : t.start].strip(" \t•*-\"“‘'").lower()
        if t.role == "since" and (
            lead in ("", "since", "from") or _opening_phrase(lead) or _since_event_phrase(lead)
        ):
            return t
    return None


def _opening_phrase(lead: str) -> bool:
    """Whether the words before a date are a sentence's opening phrase up to it ("during
    an extraordinary accumulation period since"): a preposition, no figure, no clause."""
    return bool(_OPENER.match(lead)) and not _DIGIT.search(lead) and not boundaries(lead)


def _since_event_phrase(lead: str) -> bool:
    """Whether the words before a date are an opening "since" phrase naming the event the
    date is of ("since its launch in", "since going live in", "since the token's debut
    on"): no figure and no clause break before the date."""
    return lead.startswith("since ") and not _DIGIT.search(lead) and not boundaries(lead)


_OPENER = re.compile(r"(?:during|in|over|throughout|for)\s|(?:measured|counted)\s+from\b")
_DIGIT = re.compile(r"\d")


def _since_move_end(ctx: Context, a: Amount, times: list[TimeExpr], sent: Span) -> Period | None:
    """The end of a move told within a "since" window ("Since the beginning of February,
    the rate has risen from 0.00045% to a current value of 0.035%"): the level it started
    from stood on the window's first day, the level it reached stands at its end."""
    since = next((t for t in reversed(times) if t.role == "since" and t.end <= a.start), None)
    if since is None or since.period is None:
        return None
    if boundaries(gap(ctx, a, _as_mention(since))) and _opening_since(ctx, [since], sent) is None:
        return None  # a "since" of another clause
    start, end = since.period
    if _FROM_BEFORE.search(ctx.text, max(sent[0], a.start - 24), a.start) and _TO_AFTER.match(
        ctx.text, a.end
    ):
        return start, start
    for x in ctx.amounts_in((since.end, a.start)):
        if _TO_BETWEEN.fullmatch(ctx.text, x.end, a.start) and _FROM_BEFORE.search(
            ctx.text, max(sent[0], x.start - 24), x.start
        ):
            return end, end
    return None


def _move_start(ctx: Context, a: Amount, times: list[TimeExpr], sent: Span) -> Period | None:
    """The period of the level a move started from: that of the date told right after the
    level the move reached ("from above $71,000 to $66,400 over the past day")."""
    lead = ctx.text[max(sent[0], a.start - 24) : a.start]
    if not _FROM_LEVEL.search(lead):
        return None
    after = ctx.amounts_in((a.end, sent[1]))
    if not after or not _TO.fullmatch(ctx.text, a.end, after[0].start):
        return None
    end = after[0].end
    dated = [t for t in times if t.start >= end and t.role in _SHARED]
    if dated and not boundaries(ctx.text[end : dated[0].start]):
        return dated[0].period
    return None


_FROM_HEDGES = ("about", "around", "roughly", "nearly", "just", "some")


def _from_lead(words: tuple[str, ...]) -> re.Pattern[str]:
    """ "from" and at most one of ``words`` at the end of the text before a figure."""
    return re.compile(rf"(?i)\bfrom\s+(?:(?:{'|'.join(words)})\s+)?$")


_FROM_BEFORE = _from_lead(_FROM_HEDGES)  # "from about 3.09 million BTC"
_FROM_LEVEL = _from_lead((*_FROM_HEDGES, "above", "below", "over", "under"))  # "from above"
_TO_AFTER = re.compile(r"(?i)\s+to\s")
# "to", "to a current value of", "to as much as": words only between the two levels
_TO_BETWEEN = re.compile(r"(?i)\s+to\s+(?:[a-z]+\s+){0,5}")


def _base_between(ctx: Context, a: Amount, t: TimeExpr) -> bool:
    """Whether a comparison base stands between the amount and the date ("shrunk to 1.1x
    from above 2x a year ago": the date is the base's). A window there is the move's
    ("dropped to $2.9 trillion from $3.1 trillion over the past 24 hours")."""
    window = t.kind in _MOVE_WINDOWS and t.period and t.period[0] < t.period[1] == ctx.published
    if window and not boundaries(gap(ctx, a, _as_mention(t))):
        return False  # the move's own window
    lo, hi = (a.end, t.start) if a.end <= t.start else (t.end, a.start)
    return any(
        _BASE_BEFORE.search(ctx.text, max(lo, x.start - 40), x.start)
        for x in ctx.amounts_in((lo, hi))
    )


# Stretches of time that, running up to publication, date a whole move after its base
# ("over the past 24 hours", "this week"); "last month" there is the base's.
_MOVE_WINDOWS = frozenset({"window", "day24", "span", "this", "to_date"})


def _as_mention(t: TimeExpr) -> Mention:
    return Mention(t.start, t.end, "time", "")


def _time_distance(ctx: Context, a: Amount, t: TimeExpr) -> float:
    return distance(ctx, a, _as_mention(t)) * (1.0 if t.start >= a.end else 1.2)


def fallback_period(
    ctx: Context, a: Amount, metric: str, links: list[Link], moving: bool = False
) -> tuple[Period | None, str]:
    """An undated flow takes the paragraph's date, else that of the last figure of its
    kind, else the date of the story the article tells (its first date); an undated level
    or total is as of publication (set after repeats are linked). With the reason."""
    sentence = ctx.text[slice(*ctx.sentence_of(a.start))]
    level = metric in _levels() and not moving  # a level's change is dated as a flow is
    if level and ctx.published and (day := block_day(ctx, a.start)):
        return day, "a level of a table or list whose caption declares its data day"
    if (
        ctx.published
        and _a_row_level(ctx, a, moving)
        and metric not in time_cue_metrics("span_metrics")
        and (day := data_day(ctx))
    ):
        return day, "a table cell of a report that declares its data day: that day's reading"
    if level and (metric != M.HOLDINGS or total().search(sentence)):
        standing = not _reached(ctx, a) or _forecast(ctx, a)
        if ctx.published is None or standing or hypothetical().search(sentence):
            return None, "a standing level: as of publication, if any"
        moved = _move_period(ctx, a, links)  # "dropped 2.6% to $60,189": the move's date
        return moved, "a level a move reached: the date of that move's figure"
    if told := _told_before(ctx, a, links):
        return told, "a figure told again: the period it was first given"
    if parted := _part_of_told(ctx, a, links):
        return parted, "a part of a figure its sentence tells again: that figure's period"
    if ctx.published and _latest_reading(ctx, a):  # "Ether was last up 1.62% at $3,939.84"
        day = _story_day(ctx, a) or _as_of(ctx)
        return day, "the latest reading: the story's day"
    if ctx.published and _running_total(ctx, a):  # "Cumulative cost basis: $51.8 billion"
        return _as_of(ctx), "a running total: as of publication (or the report's data day)"
    if _standing_fact(ctx, a):
        return None, "a standing figure told in the present, no time of its own: no neighbour's"
    para = ctx.paragraph_of(a.start)
    kind = None  # the last earlier figure of this metric with a period: one look back
    if ctx.published:
        kind = last_of_metric(links, metric, lambda x: x if _carried(ctx, x) else None)
    near = kind is not None and kind.amount.start >= para[0]
    kin = _last_day_of_metric(ctx, _since(links, para[0]), metric) if near else None
    if kin and _current(ctx, kin):  # "$260 million on May 16 ... IBIT led with $130 million"
        return kin, "fallback: the period of the paragraph's last figure of this metric"
    if earlier := _paragraph_date(ctx, a, para):
        return earlier[0], "fallback: the paragraph's last date before the figure"
    if section := _section_date(ctx, para):
        return section, "fallback: the date its section's heading names"
    if ctx.published is None:
        return None, "no date in the sentence or paragraph of an undated article"
    story = _story_date(ctx)
    lent = [x for x in links if x.side not in _MOVES] if _a_row_level(ctx, a, moving) else links
    last = _last_day_of_metric(ctx, lent, metric) if kind else None
    if last and not (story and (story[0] - last[1]).days > _FLASHBACK_DAYS):  # not a flashback
        return last, "fallback: the period of the last earlier figure of this metric"
    return story, "fallback: the date of the story (the article's first date)"


def _a_row_level(ctx: Context, a: Amount, moving: bool) -> bool:
    """Whether the amount is a table cell that tells no move: a reading of the table's own
    moment, which no move of the prose before it dates."""
    line = ctx.line_at(a.start)
    return not moving and line is not None and line.kind == "row"


def _standing_fact(ctx: Context, a: Amount, level: bool = False) -> bool:
    """Whether a figure of running prose states a term that stands rather than what
    happened: its clause names a term (a fee, a limit, a cap, a rate, a threshold, a figure
    per unit or for each one), its sentence names no time and tells nothing in the past,
    and a verb in the present states it ("The card charges a 1.5% conversion fee", "The
    protocol caps rewards at 3.125 BTC per block"). Such a figure takes no window from the
    sentences around it; a headline's or a list's figure keeps the body's, and a reading
    told with a verb of standing ("the index is at 51", "it trades at $0.91") keeps the
    story's day. A level (``level``) is a term only by a word of a term proper (a fee, a
    cap, a minimum), not by one of a figure per unit ("$24 per share", "each balance")."""
    sent = ctx.sentence_of(a.start)
    line = ctx.line_at(a.start)
    if line is None or line.kind != "prose" or in_headline(ctx, a):
        return False
    term = _level_term() if level else _standing_term()
    if not term.search(ctx.text, *clause_of(ctx, a, sent)):
        return False  # "The order covers 21,480 account holders": the story's figure
    words = ctx.text[sent[0] : sent[1]]
    if _names_a_time(ctx, sent) or not _PROSE_END.search(words):
        return False
    if _back_reference().search(words):
        return False  # "That equals $100 million per trading day": a measure of the one before
    active = _PRESENT_PASSIVE.sub(" ", words)  # "is capped at": no past, no reading
    if told_past(active):
        return False
    found = _WORDS.findall(active)
    readings = _reading_verbs()  # "is about $72.5B", "trades at $0.91": a reading of the day
    return not any(w in readings for w in found) and any(_third_person(w) for w in found)


@per_lexicon
def _standing_term() -> re.Pattern[str]:
    # a term word before a unit of time ("per trading day", "each week") is a rate over
    # a window, the one the sentence before names
    timed = alternation(u.word for u in time_units() if u.days > 0)
    return re.compile(
        rf"(?i)\b(?:{_cues_of('standing_terms')})\b(?!\s+(?:trading\s+)?(?:{timed})s?\b)"
    )


@per_lexicon
def _level_term() -> re.Pattern[str]:
    """A term proper in a level's clause ("a minimum investment of", "caps withdrawals at"),
    not a word of a figure per unit ("$24 per share", "covers each customer balance")."""
    per_unit = set(time_cue_phrases("distributive_terms"))
    terms = [t for t in time_cue_phrases("standing_terms") if t not in per_unit]
    return re.compile(rf"(?i)\b(?:{alternation(terms, space=_SPACES)})\b")


@per_lexicon
def _back_reference() -> re.Pattern[str]:
    """A sentence pointing back at the figures before it: after "of" ("6% of that
    revenue", "of the total") or opening it with a demonstrative and a verb ("That equals
    ...", "This works out to ...")."""
    return re.compile(
        rf"(?i)\b(?:{_cues_of('back_references')})\b|^\W*(?:that|this)\s+[a-z]+(?:s|es)\b"
    )


@per_lexicon
def _reading_verbs() -> frozenset[str]:
    return frozenset(time_cue_phrases("present_verbs"))


_PROSE_END = re.compile(r"[.!?][\"”’)]*\s*$")  # a whole sentence, not a label or fragment
_WORDS = re.compile(r"\b[a-z]+\b")  # lowercase words: a capitalized one may be a name
_PRESENT_PASSIVE = re.compile(r"(?i)\b(?:is|are)\s+(?:not\s+)?[a-z]+ed\b")


def _third_person(word: str) -> bool:
    """A verb's present third person ("charges", "caps", "levies"), as the lemma table
    tells it from its base form; a plural noun reads so too, and only adds to a sentence
    already free of any past."""
    if word in STOP_WORDS:
        return False  # "as" (lemma "a"), "its", "does"
    base = lemma(word)
    return base != word and word in (base + "s", base + "es", base[:-1] + "ies")


def _section_date(ctx: Context, para: Span) -> Period | None:
    """The one day or days the heading over the paragraph's section writes out ("September
    13 Ethereum active address spike"), not the article's first line (its headline)."""

    def section() -> Period | None:
        heads = ctx.structure.headings  # lines: in text order
        ends = ctx.remember("heading_ends", None, lambda: [e for _, e in heads])
        i = bisect.bisect_right(ends, para[0]) - 1  # the last heading over the paragraph
        if i < 0 or heads[i][0] <= ctx.structure.paragraphs[0][0]:
            return None
        if _RUNNING_TEXT.search(ctx.text, *heads[i]):
            return None  # "— Radiant Capital (@RDNTCapital) October 16, 2024": a post's line
        days = [t.period for t in ctx.times_in(heads[i]) if t.period and t.role == "date"]
        explicit = all(t.kind in _WRITTEN_DAYS for t in ctx.times_in(heads[i]))
        return days[0] if len(days) == 1 and explicit and _is_past(ctx, days[0]) else None

    return ctx.remember("section_date", para, section)


_RUNNING_TEXT = re.compile(r"[.!?;,]\s|<p\b")  # a line of sentences, not a heading
_WRITTEN_DAYS = frozenset(
    {"month_day", "day_month", "dated_ci", "iso", "numeric", "day_range", "day_first_range"}
)


def _is_past(ctx: Context, period: Period) -> bool:
    return ctx.published is None or period[0] <= ctx.published


def _latest_reading(ctx: Context, a: Amount) -> bool:
    """Whether the figure is told as the latest reading ("was last up 1.62%")."""
    lead = ctx.text[max(ctx.sentence_of(a.start)[0], a.start - _LATEST_REACH) : a.start]
    return bool(_latest_cue().search(lead))


_LATEST_REACH = 30  # characters before a figure: "was last trading at"


@per_lexicon
def _latest_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues_of('latest_reading_cues')})\b")


def _told_before(
    ctx: Context, a: Amount, links: list[Link], end: int | None = None
) -> Period | None:
    """The period an earlier figure of the same value and unit was given (whatever metric
    each was read as), for a flow that restates it without a date ("miner earnings hit
    $107 million on Saturday ... In this record-setting $107 million, fees made up 75%");
    round figures ("$1 billion") repeat by chance and take nothing. Only the figures before
    ``end`` (all by default) are read, by index: no copy of the list per question."""
    if not _specific(a):
        return None
    stop = len(links) if end is None else end
    for k in range(stop - 1, max(0, stop - _LOOK_BACK) - 1, -1):
        x = links[k]
        same = x.amount.value == a.value and x.amount.unit == a.unit
        if same and x.period and (ctx.published is None or _current(ctx, x.period)):
            return x.period
    return None


_TOLD_DIGITS = 3  # significant digits of a figure specific enough to be the same one


def _part_of_told(ctx: Context, a: Amount, links: list[Link]) -> Period | None:
    """The period of a figure told again earlier in the same sentence: a sentence that
    breaks down a figure given before holds its parts to that figure's period ("hit $107
    million on Saturday ... In this record-setting $107 million, fees made up $80.5 million,
    while the remaining $26.2 million came from block rewards")."""
    start = ctx.sentence_of(a.start)[0]
    i = len(links)
    while i and links[i - 1].amount.start >= start:
        i -= 1
    for j in range(i, len(links)):
        x = links[j]
        if x.period and x.period == _told_before(ctx, x.amount, links, j):
            return x.period
    return None


def _since(links: list[Link], start: int) -> list[Link]:
    """The figures from ``start`` on, among the last ``_LOOK_BACK`` (a paragraph's few; a
    text of thousands of figures in one paragraph stays linear)."""
    recent = links[-_LOOK_BACK:]
    i = len(recent)
    while i and recent[i - 1].amount.start >= start:
        i -= 1
    return recent[i:]


_LOOK_BACK = 200  # figures, as far as a figure of the same metric is looked for


def _paragraph_date(ctx: Context, a: Amount, para: Span) -> tuple[Period | None] | None:
    """The period of the paragraph's last date before the figure that may date it, found
    by bisection in the article's dates that may (a list of thousands of rows is one
    paragraph): in a dated article a forecast's date stays with its own sentence, a
    recalled past too."""
    before = (para[0], a.start)
    if ctx.published is None:
        last = _last_date(ctx, "any", before)
        return (last[1],) if last else None
    last = _last_date(ctx, "past", before)
    if last and last[0] >= ctx.sentence_of(a.start)[0]:
        return (last[1],)
    current = _last_date(ctx, "current", before)
    return (current[1],) if current else None


def _last_date(ctx: Context, which: str, span: Span) -> tuple[int, Period | None] | None:
    """The start and period of the last date of ``which`` kind starting inside ``span``."""
    starts, periods = ctx.remember("paragraph_dates", which, lambda: _dates_carried(ctx, which))
    i = bisect.bisect_left(starts, span[1]) - 1
    return (starts[i], periods[i]) if i >= 0 and starts[i] >= span[0] else None


def _dates_carried(ctx: Context, which: str) -> tuple[list[int], list[Period | None]]:
    """The dates that may date a later figure of their paragraph, in text order: "any"
    date, or those not after publication ("past"), or those also not a recalled past
    ("current"). An edge of a unit ("began the month holding ...", "at month-end") gives
    its unit: the day is its own figure's only."""
    starts: list[int] = []
    periods: list[Period | None] = []
    for t in ctx.times:
        if not t.period or t.role not in _DATING:
            continue
        period = t.unit if t.kind in _LEVEL_ONLY or t.unit is not None else t.period
        if which != "any" and not (period and ctx.published and period[0] <= ctx.published):
            continue
        if which == "current" and not (period and _current(ctx, period)):
            continue
        starts.append(t.start)
        periods.append(period)
    return starts, periods


def _current(ctx: Context, period: Period) -> bool:
    """Whether a period may be carried to an undated figure of a dated article: neither a
    forecast's (after publication) nor a recalled past's (long before the story's date)."""
    pub, story = ctx.published, _story_date(ctx)
    if pub is None or period[0] > pub:
        return False
    return not (story and (story[0] - period[1]).days > _FLASHBACK_DAYS)


_FLASHBACK_DAYS = 90  # a figure's period this long before the story's date recalls the past


def _reached(ctx: Context, a: Amount) -> bool:
    """Whether a move of its clause reached the level ("rebounded to $66,000", "fell 2.6%
    to $60,189", "bottoming out at $87,629")."""
    return bool(move_forms().search(_move_lead(ctx, a)))


_CLAUSE_CUT = re.compile(r"[,;:()—–]|\b(?:and|but|while|which|whereas)\b")
# a comma between digits groups a number ("fell by 41,000 BTC during the past week to"), it
# parts no clause: the move before it still reached the level "to" names
_MOVE_CUT = re.compile(r"(?<!\d),|,(?!\d)|[;:()—–]|\b(?:and|but|while|which|whereas)\b")
_TO_LEVEL = re.compile(r"(?i)\bto\s+(?:[a-z]+\s+){0,3}$")  # "to", "to as low as", "to a low of"


def _move_lead(ctx: Context, a: Amount) -> str:
    """The words of the clause before a level a move may have reached: past a number's
    grouping commas when "to" introduces the level, else to the clause's last mark."""
    start = max(ctx.sentence_of(a.start)[0], a.start - _MOVE_REACH)
    cut = _MOVE_CUT if _TO_LEVEL.search(ctx.text, start, a.start) else _CLAUSE_CUT
    return _clause_lead(ctx, a, _MOVE_REACH, cut)


def _clause_lead(ctx: Context, a: Amount, reach: int, cut: re.Pattern[str] = _CLAUSE_CUT) -> str:
    """The words of the amount's clause before it, up to ``reach`` characters back."""
    lead = ctx.text[max(ctx.sentence_of(a.start)[0], a.start - reach) : a.start]
    return cut.split(lead)[-1]


def _forecast(ctx: Context, a: Amount) -> bool:
    """Whether the amount stands in a forecast or conditional clause ("the rebound could
    lift bitcoin above $74,000", "will test $90,000")."""

    def forecast() -> bool:
        lead = _clause_lead(ctx, a, _FORECAST_REACH)
        return bool(hypothetical().search(lead) or future_cue().search(lead))

    return ctx.remember("forecast", a.start, forecast)


_FORECAST_REACH = 80


_MOVE_REACH = 48  # characters before a level within which the move reaching it stands


def _move_period(ctx: Context, a: Amount, links: list[Link]) -> Period | None:
    """The period of the last earlier figure of the level's sentence that has one (the
    move's own change: "dropped 2.6% to $60,189")."""
    sent = ctx.sentence_of(a.start)
    for x in reversed(links):
        if x.amount.start < sent[0]:
            break
        if x.period and (x.metric not in _levels() or x.side in ("up", "down")):
            return x.period
    return None


def _carried(ctx: Context, x: Link) -> Period | None:
    """The period a later undated figure may take from ``x``: none from a comparison base
    ("higher than the 2.9% increase in December": December is the base's, not the story's)
    or from a date that governs only its own phrase (a compared item, an aside)."""
    if x.period is None:
        return None
    start = max(x.sentence[0], x.amount.start - 40)
    if _BASE_BEFORE.search(ctx.text, start, x.amount.start):
        return None
    if any(t.kind in _LEVEL_ONLY for t in ctx.times_in((start, x.amount.start))):
        return None  # "began the month holding 198,200 ETH and bought 30,000 ETH": the day
        # the month began is the holding's only
    if ctx.remember("in_scope", x.amount.start, lambda: _in_scope(ctx, x)):
        return None  # "versus ... 0.2% in December", "which collapsed in May 2022": local
    for t in ctx.times_in(x.sentence):
        if t.unit is not None and t.kind not in _LEVEL_ONLY and t.period == x.period:
            return t.unit  # "$571 million at the month-end price": the day is its own, the
            # month is what a later figure of the paragraph takes
    return x.period


def _in_scope(ctx: Context, x: Link) -> bool:
    """Whether the figure stands in the scope of a date that governs only its own phrase."""
    pos = x.amount.start
    return any(
        t.scope[0] <= pos < t.scope[1]
        for t in ctx.times_in(x.sentence)
        if t.role == "scoped" and t.scope
    )


def _last_day_of_metric(ctx: Context, links: list[Link], metric: str) -> Period | None:
    r"""The period of the last earlier figure of this metric; a single day within it that an
    earlier figure of the metric gave is preferred (a day's flows broken down by fund after
    the week's total: "\$935 million on Tuesday, pushing weekly losses to \$1.5 billion")."""
    last = last_of_metric(links, metric, lambda x: _carried(ctx, x))
    if last is None or (last[1] - last[0]).days < 2:  # a day, or the last 24 hours
        return last

    def day_of(x: Link) -> Period | None:
        period = _carried(ctx, x)
        return period if period and period[0] == period[1] else None

    day = last_of_metric(links, metric, day_of)
    return day if day and last[0] <= day[0] <= last[1] else last


# sides of a move: a move's window dates a later move of its kind, never an undated
# table cell that tells no move ("balances rose 18.5% in the quarter" does not date the
# balances a snapshot table lists further on)
_MOVES = ("up", "down")
_DATING = ("date", "stamp")  # roles whose date an undated flow of their paragraph takes
# kinds that date only the level right after them ("began 2025 near $94,000"), no flow of
# their paragraph or the story
_LEVEL_ONLY = ("unit_edge",)


def _narrative(ctx: Context, t: TimeExpr) -> bool:
    """A date the article's account of events runs on: not a forecast, a bound or "now"."""
    return bool(
        t.period
        and t.role == "date"
        and t.kind != "now"
        and t.kind not in _LEVEL_ONLY
        and (ctx.published is None or t.period[0] <= ctx.published)
    )


def _story_date(ctx: Context) -> Period | None:
    """The date of the story a dated article tells: its first narrative date, not the
    page's stamp (news states when up front). An article without a publication date
    tells no datable story."""
    if ctx.published is None:
        return None
    if day := data_day(ctx):
        return day  # a report's declared data day ("The snapshot was taken ... on 1 November")

    pub = ctx.published

    def first() -> Period | None:
        told = [t.period for t in ctx.times if _narrative(ctx, t) and t.period]
        recent = [p for p in told if (pub - p[1]).days <= _FLASHBACK_DAYS]
        if recent:
            return recent[0]
        stamp = next((t.period for t in ctx.times if t.role == "stamp" and t.period), None)
        return stamp or (told[0] if told else None)  # only backstory: the page's own date

    return ctx.remember("story_date", 0, first)


def _running_total(ctx: Context, a: Amount) -> bool:
    """Whether the amount's sentence makes it a running total ("to date", "cumulative"),
    the cue not being part of a date ("year to date")."""
    sent = ctx.sentence_of(a.start)
    dates = ctx.times_in(sent)
    return any(
        not any(t.start <= m.start() < t.end for t in dates)
        for m in running_total().finditer(ctx.text, *sent)
    )


def _levels() -> frozenset[str]:
    """Metrics whose undated figures hold as of publication: levels and snapshot readings."""
    return stock_metrics() | time_cue_metrics("snapshot_metrics")


def over_run(ctx: Context, a: Amount, sent: Span, period: Period | None) -> Period | None:
    """A bar a figure cleared, widened back over the run its clause says it held for
    ("funding surpassed $1 billion for two consecutive months", "for the second month in
    a row"): April becomes March-April. An amount of the last unit of a run ("took in $300
    million on Thursday for the third straight day") or a run told as a count of its own
    ("marking the sixth straight day of outflows") widens nothing."""
    if period is None or a.qualifier not in _THRESHOLDS:
        return period  # "took in $300 million on Thursday for the third straight day"
    for t in ctx.times_in(sent):
        m = _RUN.fullmatch(ctx.text, t.start, t.end) if t.kind == "streak" else None
        if m is None or not _run_of(ctx, a, t):
            continue
        n = _run_length(m["k"].lower())
        unit = (m["u"] or m["u2"]).lower()
        if n and n > 1 and (wider := _widened(period, unit, n - 1, ctx.published)):
            return wider
    return period


_THRESHOLDS = frozenset({"more_than", "at_least"})  # a bar each unit of the run cleared


def _run_of(ctx: Context, a: Amount, t: TimeExpr) -> bool:
    """Whether a run dates the amount: "for" a run in the amount's clause or opening its
    sentence, or a run "of" what the amount measures right after it."""
    opener = _run_opener().search(ctx.text, max(0, t.start - 12), t.start)
    if opener and _opens(ctx, _as_time(opener.start(), t), ctx.sentence_of(a.start)):
        return True  # "For the second month in a row, funding has exceeded $1 billion"
    if boundaries(gap(ctx, a, _as_mention(t))):
        return False
    if opener:
        return True
    return t.end <= a.start and ctx.text.startswith(" of ", t.end)


_RUN = re.compile(
    r"(?i)(?P<k>\S+)\s+(?:(?:straight|consecutive|successive)\s+(?:trading\s+)?"
    r"(?P<u>day|week|month)s?|(?P<u2>day|week|month)s?\s+in\s+a\s+row)"
)


@per_lexicon
def _run_opener() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues_of('run_openers')})\s+$")


def _as_time(start: int, t: TimeExpr) -> TimeExpr:
    return TimeExpr(start, t.end, t.kind, t.period, t.role)


def _run_length(word: str) -> int | None:
    """The count of a run written as a number, a count word or an ordinal."""
    if word.isdigit():
        return int(word)
    if (digits := word.rstrip("stndrh")).isdigit():
        return int(digits)  # "5th"
    ordinals = [w.lower() for w in time_cue_phrases("run_ordinals")]
    return ordinals.index(word) + 2 if word in ordinals else count_words().get(word)


def _widened(period: Period, unit: str, more: int, pub: date | None) -> Period | None:
    """``period`` widened back by ``more`` units, if it is one such unit."""
    start, end = period
    if unit == "month" and start.day == 1 and (end == month_end(start) or end == pub):
        return shift_months(start, -more), end
    if unit == "week" and (end - start).days == 6:
        return start - timedelta(days=7 * more), end
    if unit == "day" and start == end:
        return start - timedelta(days=more), end
    return None


def headline_periods(ctx: Context, links: list[Link]) -> None:
    """A headline or summary figure takes the period the body gives the same figure (same
    value and unit, whatever metric each was read as): "Treasury calls $3.4B Binance
    resolution ..." is dated as the body's "$3.4 billion civil penalty" is. A bare count
    with specific digits takes the date a body sentence states for that amount in a unit."""
    body: dict[tuple[str, float], Period | None] = {}
    later: dict[float, list[Link]] = {}  # body figures by value, the last first
    drafts: list[Link] = []  # body figures, the last first
    for x in reversed(links):
        if not in_headline(ctx, x.amount):
            body[x.unit, x.value] = x.period
            later.setdefault(x.value, []).append(x)
            drafts.append(x)
        elif (found := body.get((x.unit, x.value))) is not None:
            x.period = found
        elif x.unit == _COUNT and _specific(x.amount):  # "938.7M Tokens": the body's XRP
            stated = (period(ctx, y.amount, y.sentence) for y in reversed(later.get(x.value, [])))
            x.period = next((p for p in stated if p), x.period)
        elif (
            _specific(x.amount)
            and not any(t.period for t in ctx.times_in(x.sentence))  # no date of its own
            and (rounded := _rounded_in_body(x, drafts)) is not None
        ):
            x.period = rounded  # "Ether ETFs bleed $183 million": the body's $182.7 million


def _rounded_in_body(x: Link, drafts: list[Link]) -> Period | None:
    """The period of the body's first figure that the headline writes rounded to its own
    last digit ("$183 million" for "$182.7 million"), when both tell the same thing: the
    same unit and metric, and the same asset and side where both name one (not "Strategy
    buys $183 million of bitcoin" over "Ether ETFs posted outflows of $182.7 million")."""
    step = 10 ** (math.floor(math.log10(abs(x.value))) - len(x.amount.amount_digits()) + 1)
    for y in reversed(drafts):  # the body's first figure first
        if y.period is None or y.value == x.value or (y.unit, y.metric) != (x.unit, x.metric):
            continue
        if not _agree(x.asset, y.asset) or not _agree(x.side, y.side):
            continue
        if math.isclose(round(y.value / step) * step, x.value, rel_tol=1e-9):
            return y.period
    return None


def _agree(first: str | None, second: str | None) -> bool:
    """Whether two labels agree: equal, or one of them not told."""
    return first is None or second is None or first == second


_COUNT = "count"  # the unit of a bare count: a headline's amount whose unit word is a noun


def _specific(a: Amount) -> bool:
    """Whether a figure has digits enough not to match another by chance ("938.7", not "1")."""
    return len(a.amount_digits().strip("0")) >= _TOLD_DIGITS


def day_of_story(ctx: Context, links: list[Link]) -> None:
    """In an article without a publication date, an undated figure takes the day the last
    earlier figure of its metric was given ("$1.01 billion flooded out on February 25, 2025
    ... FBTC took the biggest hit with $344.65 million"), unless its own sentence holds a
    time that cannot be resolved ("now", "in 24 hours"); run after repeats are linked, so
    a headline figure that took the body's metric counts."""
    if ctx.published is not None:
        return
    last: dict[str, Period] = {}
    for x in links:
        if x.period is not None:
            last[x.metric] = x.period
            continue
        day = last.get(x.metric)
        if not day or day[0] != day[1] or x.metric == M.OTHER or x.metric in _levels():
            continue
        if not any(t.period is None for t in ctx.times_in(x.sentence) if t.role == "date"):
            x.period = day


def undated_forecasts(ctx: Context, links: list[Link]) -> None:
    """A conditional figure ("if the $25,000 level is broken", "could file for bankruptcy
    if there was no bailout for the exchange's $80 billion ...") whose own clause names no
    time has no period, even where it repeats a dated figure or follows a dated one."""
    for x in links:
        if x.period is None or not _conditional(ctx, x.amount):
            continue
        own = _names_a_time(ctx, clause_of(ctx, x.amount, x.sentence))
        if not own and not any(_target_date(ctx, t) for t in ctx.times_in(x.sentence)):
            x.period = None


def _names_a_time(ctx: Context, span: Span) -> bool:
    """Whether the span names a time that resolves, other than "now" or a length of time
    ("over 90 days"), which date no condition, rule or window."""
    return any(t.period and t.kind not in ("now", "duration") for t in ctx.times_in(span))


def _target_date(ctx: Context, t: TimeExpr) -> bool:
    """A goal's or forecast's date ("raise $84 billion ... by 2027", "in March next year")."""
    pub = ctx.published
    return bool(t.period and (t.role == "deadline" or (pub and t.period[0] > pub)))


def first_full_units(ctx: Context, links: list[Link]) -> None:
    """A figure of the first whole unit of something that starts ("expected to raise €800
    million in its first full year") is of the first calendar unit beginning on or after the
    start its sentence names ("which will apply from January 1", "From 2027, ..."); with no
    start named it holds at no date the text gives, and never the day it was told ("the
    company said on Tuesday")."""
    if not _first_full().search(ctx.text):
        return  # most texts: one scan
    for x in links:
        if not _first_full().search(ctx.text, *x.sentence):
            continue
        unit = _first_full().search(ctx.text, *clause_of(ctx, x.amount, x.sentence))
        if unit is None:
            continue  # "a 0.03% tax from January 1, ... $5 billion in its first full year"
        starts = [
            named
            for t in ctx.times_in(x.sentence)
            if (named := t.period or t.named)
            and not t.report
            and (
                _START_LEAD.search(ctx.text, max(0, t.start - _START_REACH), t.start)
                or _START_WORD.match(ctx.text, t.start)  # "From 2027": the word leads the match
            )
        ]
        start = starts[0][0] if starts else None
        x.period = _first_whole(start, unit["u"].lower()) if start else None


def _first_whole(start: date, unit: str) -> Period | None:
    """The first calendar ``unit`` (year, quarter, month) beginning on or after ``start``."""
    months = {"year": 12, "quarter": 3, "month": 1}.get(unit)
    if months is None:
        return None
    first = date(start.year, 1 + (start.month - 1) // months * months, 1)
    if first < start:
        first = shift_months(first, months)
    return first, month_end(shift_months(first, months - 1))


@per_lexicon
def _first_full() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)\b(?:its|their|the|a)\s+(?:{_cues_of('first_full_units')})\s+"
        r"(?P<u>year|quarter|month)\b"
    )


# a start's word right before its date ("from January 1", "effective July 1", "From 2027,")
_START_LEAD = re.compile(r"(?i)\b(?:from|starting|beginning|effective|as\s+of)\s+(?:on\s+)?$")
_START_WORD = re.compile(r"(?i)(?:from|starting|beginning|effective)\s")
_START_REACH = 20  # characters before a date looked at for its start word


def undated_peaks(ctx: Context, links: list[Link]) -> None:
    """A peak a move is measured from ("a decline of 30% from its all-time high of
    $108,000", "fell from a previous high near $70,000") was reached at another time than
    the move: without a date of its own phrase it has no period."""
    for x in links:
        a = x.amount
        if x.period is None or not _peak_base().search(ctx.text, max(0, a.start - 60), a.start):
            continue
        end = _PHRASE_STOP.search(ctx.text, a.end, x.sentence[1])
        if not any(t.period for t in ctx.times_in((a.end, end.start() if end else x.sentence[1]))):
            x.period = None


@per_lexicon
def _peak_base() -> re.Pattern[str]:
    return re.compile(
        r"(?i)\b(?:from|off)\s+(?:its|the|a|their)\s+"
        rf"(?:{_cues_of('peak_nouns')})\s+(?:(?:of|at|near|around|about|nearly)\s+)*$"
    )


_PHRASE_STOP = re.compile(r"[,;.!?\n]\s|\s(?:and|but|while|down|before|after)\s")


def since_an_event(ctx: Context, links: list[Link]) -> None:
    """A running count from an event the text gives no date for ("has generated 722 ETH
    since it pivoted away from sports betting", "Since their launch, these funds have
    recorded $32.29 billion in net inflows") has no period: its start is unknown, and no
    other date of the sentence is its. "The largest since launch" is a comparison."""
    for x in links:
        if window := _since_told_event(ctx, x.amount, x.sentence):
            x.period = window  # "IBIT launched on Jan. 11, 2024. Since launch, it has ..."
        elif x.period is not None and _since_event(ctx, x.amount, x.sentence):
            x.period = None


def _since_told_event(ctx: Context, a: Amount, sent: Span) -> Period | None:
    """The window of a sentence opening with "since" and an event it gives no date for
    ("Since launch, it has gathered $62 billion", "Since its debut the fund has ..."), when
    an earlier sentence of its paragraph dates that event with a verb of the same word
    ("IBIT launched on Jan. 11, 2024."): from that date to publication."""
    opening = _SINCE_OPENING.match(ctx.text, sent[0])
    if opening is None or ctx.published is None or ctx.times_in((opening.start(), opening.end())):
        return None
    event = lemma(opening["event"].lower())
    para = ctx.paragraph_of(sent[0])
    for t in reversed(ctx.times_in((para[0], sent[0]))):
        if not t.period or t.role != "date" or t.period[0] > ctx.published:
            continue
        told = ctx.sentence_of(t.start)
        words = _WORDS.findall(ctx.text[told[0] : told[1]].lower())
        if any(lemma(w) == event for w in words):
            return t.period[0], ctx.published
    return None


_SINCE_OPENING = re.compile(
    r"(?i)since\s+(?:(?:its|their|the)\s+)?(?!then\b|that\b|when\b)(?P<event>[a-z]+)\b(?!\s+\d)"
)
_WORDS = re.compile(r"[a-z]+")


def _since_event(ctx: Context, a: Amount, sent: Span) -> bool:
    """Whether the amount's clause counts from an undated event: a "since" phrase after
    the amount in its clause, or one of a noun opening the sentence ("Since their launch,"),
    with no date, figure or comparison word of its own."""
    if not ctx.sentence_has(_SINCE_WORD, sent):
        return False  # most sentences: no "since" at all, asked once a sentence
    clause = clause_of(ctx, a, sent)
    found = [m for m in [_SINCE.search(ctx.text, a.end, clause[1])] if m]
    opening = _SINCE.match(ctx.text, sent[0])
    if opening and _EVENT_NOUN.match(ctx.text, opening.end()):
        found.append(opening)
    dated = [t.start for t in ctx.times_in(sent) if t.role in ("since", "bound", "scoped")]
    for m in found:
        phrase = ctx.text[m.start() : min(sent[1], m.end() + _SINCE_REACH)]
        if any(m.start() <= d <= m.end() + _SINCE_REACH for d in dated) or _DIGIT.search(phrase):
            continue  # "since Jan. 1", "since the strategy launched on June 2"
        if not since_comparison().search(ctx.text, clause[0], m.start()):
            return True  # not "the largest since launch"
    return False


_SINCE = re.compile(r"(?i)\bsince\s+(?!then\b|that\b)")  # "since then" points back to a date
_SINCE_WORD = re.compile(r"(?i)since")  # what every match of _SINCE holds
_EVENT_NOUN = re.compile(r"(?i)(?:their|its|the|his|her)\s+[\w-]+(?:\s+[\w-]+)?\s*,")
_SINCE_REACH = 40  # characters of a "since" phrase looked at for a date or a figure


def standing_rules(ctx: Context, links: list[Link]) -> None:
    """A figure of a standing rule ("a maximum cap of 21 million on its total supply",
    "halving occurs once every four years (every 210 thousand blocks)", "any score above
    75 signaling an altcoin season") holds at no time: without a time of its own clause it
    has no period, however dated the story around it."""
    for x in links:
        if x.period is None:
            continue
        lead = ctx.text[x.sentence[0] : x.amount.start]
        if not _standing_cue().search(lead):
            continue
        if not _names_a_time(ctx, clause_of(ctx, x.amount, x.sentence)):
            x.period = None


def undated_pasts(ctx: Context, links: list[Link]) -> None:
    """A figure told as so at a past time the text leaves open ("the once US$32 billion
    exchange", "launched in 2010 and once handled up to 80% of global trading") has no
    period without a time of its own clause, however dated the story around it."""
    for x in links:
        if x.period is None or not ctx.sentence_has(_past_cue_words(), x.sentence):
            continue  # the cue words' bare text is in every sentence a cue may stand in
        clause = clause_of(ctx, x.amount, x.sentence)
        if _told_as_past(ctx, x.amount, clause) and not _names_a_time(ctx, clause):
            x.period = None


def _told_as_past(ctx: Context, a: Amount, clause: Span) -> bool:
    """Whether a cue of an open past stands right before the figure ("the once US$32
    billion exchange") or before the past verb whose object it is ("once handled up to
    80%", "formerly valued at $4 billion"), after a subject of its clause ("Once Bitcoin
    crossed $70,000, ..." opens a clause of its own); not a former name ("formerly known
    as", "(formerly Huobi)"), an adjective ("once-dominant", "erstwhile rival"), nor a past
    left for the present before the figure ("once led the market but now holds")."""
    text = ctx.text
    for m in _indefinite_past().finditer(text, clause[0], a.start):
        if m.end() == a.start or text[m.end() : a.start].isspace():
            return True
        if _CLAUSE_OPENING.search(text[ctx.sentence_of(a.start)[0] : m.start()]):
            continue
        verb = _WORD_AFTER.match(text, m.end())
        if not verb or not past_form(verb[1]) or verb[1].lower() in _naming_verbs():
            continue
        between = text[verb.end() : a.start]
        if not _PRESENT_AFTER.search(between) and not present_tense().search(between):
            return True
    return False


@per_lexicon
def _naming_verbs() -> frozenset[str]:
    return inflections(time_cue_phrases("former_name_verbs"))


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b(?!-)")
_PRESENT_AFTER = re.compile(r"(?i)\b(?:now|currently|today)\b")
# what opens a clause the cue would then open too ("Once crossed, $70,000 became ..."):
# the sentence's or a line's start, a bracket, or a subordinating conjunction
_CLAUSE_OPENING = re.compile(
    r"(?i)(?:^|[\n(]|\b(?:when|while|if|because|as|until|after|before|since|though"
    r"|although))\s*$"
)


@per_lexicon
def _past_cue_words() -> re.Pattern[str]:
    return re.compile(rf"(?i){_cues_of('indefinite_past_cues')}")


@per_lexicon
def _indefinite_past() -> re.Pattern[str]:
    # not "at once", "once again", "once more", "once a week", "once every four years",
    # nor an adjective joined by a hyphen ("once-dominant")
    return re.compile(
        rf"(?i)(?<!\bat\s)\b(?:{_cues_of('indefinite_past_cues')})\b(?!-)"
        r"(?!\s+(?:again|more|a|an|every|per|daily|weekly|monthly|yearly|annually|the|it|its"
        r"|they|their|this|that|these|those|he|she|his|her|we|you|all|there)\b)"
    )


def event_windows(ctx: Context, links: list[Link]) -> None:
    """A figure of a window counted from an event the clause does not date ("a $6 billion
    wipeout in the first two days", "the first 77 blocks after the halving generated $75
    million") holds at no date the text gives: without a date in its clause or after it in
    its sentence (the event's: "after its listing on Monday") it has no period, however
    dated the story around it; with the event's day, it is the window from that day."""
    starts = [m.start() for m in _event_window().finditer(ctx.text)]
    if not starts:
        return  # most texts: one scan, no clause looked at
    for x in links:
        i = bisect.bisect_left(starts, x.sentence[0])
        if i == len(starts) or starts[i] >= x.sentence[1]:
            continue
        clause = clause_of(ctx, x.amount, x.sentence)
        lead = max(x.sentence[0], clause[0] - _WINDOW_REACH)  # "the first 77 blocks after ..."
        window = _event_window().search(ctx.text, lead, clause[1])
        if window is None:
            continue
        named = any(
            t.start < window.end() and window.start() < t.end
            for t in ctx.times_in((lead, clause[1]))
        )
        if named and x.period:
            continue  # "in the first 24 hours": a window of the story's day
        if not _names_a_time(ctx, (clause[0], x.sentence[1])):  # "... after its listing on Monday"
            x.period = None
        elif span := _from_event_day(ctx, window, (clause[0], x.sentence[1])):
            x.period = span  # "$1.2 billion in the first two days, a debut that began Thursday"


def _from_event_day(ctx: Context, window: re.Match[str], span: Span) -> Period | None:
    """The days of a window counted from the first of its units ("the first two days")
    from the single day the span dates its event to, up to publication at most."""
    if not window["n"]:
        return None  # "the last 77 blocks before the halving": counted back
    days = [t.period for t in ctx.times_in(span) if t.period and t.kind not in _NO_EVENT_DAY]
    n = count_of(window)
    if not days or days[0][0] != days[0][1] or n is None:
        return None
    start = days[0][0]
    unit = window["u"].lower().split()[-1].rstrip("s")
    if unit == "hour":
        end = start + timedelta(days=max(1, -(-n // 24)) - 1)
    elif unit in ("day", "session", "week", "month", "quarter", "year"):
        end = back(start, -n, "day" if unit == "session" else unit) - timedelta(days=1)
    else:
        return None  # blocks, epochs: no length in days
    pub = ctx.published
    return (start, min(end, pub)) if pub and start <= pub else (start, max(start, end))


_NO_EVENT_DAY = frozenset({"now", "duration"})


def unit_changes(ctx: Context, links: list[Link]) -> None:
    """A change named by its unit beside the figure ("a 52% monthly increase", "increasing
    its daily gains to around 5%") is a change over that unit: a figure dated to one day
    spans the day, week or month back to that day."""
    if not _UNIT_WORD.search(ctx.text):
        return  # most texts name no daily, weekly or monthly change
    for x in links:
        if x.period is None or x.period[0] != x.period[1]:
            continue
        a = x.amount
        lead = max(x.sentence[0], a.start - _UNIT_REACH)
        m = _unit_change_after().match(ctx.text, a.end) or _unit_change_before().search(
            ctx.text, lead, a.start
        )
        if m is None:
            continue
        end = x.period[1]
        unit = m["u"].lower()
        start = (
            shift_months(end, -1)
            if unit == "monthly"
            else end - timedelta(days=7 if unit == "weekly" else 1)
        )
        x.period = (start, end)


_UNIT = r"(?P<u>daily|weekly|monthly)"
_UNIT_WORD = re.compile(r"(?i)\b(?:dai|week|month)ly\b")
_UNIT_REACH = 40  # characters before a figure: "its daily gains to around"


@per_lexicon
def _unit_change_after() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s+{_UNIT}\s+(?:{_cues_of('unit_change_nouns')})\b")


@per_lexicon
def _unit_change_before() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)\b{_UNIT}\s+(?:{_cues_of('unit_change_nouns')})\s+(?:(?:of|to|by)\s+)?"
        r"(?:(?:around|about|nearly|roughly|almost|some)\s+)?$"
    )


_WINDOW_REACH = 60  # characters before the clause: its window's units ("... blocks after")


@per_lexicon
def _event_window() -> re.Pattern[str]:
    n = rf"(?:\d+|{alternation(count_words())})"
    unit = rf"(?:trading\s+)?{alternation(u.word for u in time_units())}s?"
    return re.compile(
        rf"(?i)\bthe\s+(?:(?:{_cues_of('event_window_openers')})\s+(?P<n>{n})\s+(?P<u>{unit})\b"
        rf"(?!\s+of\b)|(?:{_cues_of('event_window_closers')})\s+{n}\s+{unit}\s+"
        r"(?:before|after|following)\b)"
    )


@per_lexicon
def _standing_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues_of('standing_cues')})\b")


def _conditional(ctx: Context, a: Amount) -> bool:
    """Whether a conditional cue leads up to the amount in its sentence."""
    lead = ctx.text[max(ctx.sentence_of(a.start)[0], a.start - _FORECAST_REACH) : a.start]
    return bool(_conditional_cue().search(lead))


@per_lexicon
def _conditional_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues_of('conditional_cues')})\b")


def as_of_publication(ctx: Context, links: list[Link]) -> None:
    """A level stated without a date (holdings, price, market cap) is as of publication; a
    term that stands, told in the present ("caps withdrawals at $50,000 a day"), is none."""
    if ctx.published is None:
        return
    for x in links:
        if x.period is None and x.metric in _levels():
            if hypothetical().search(ctx.text, x.sentence[0], x.sentence[1]) or _forecast(
                ctx, x.amount
            ):
                continue  # "a close above $69,400 would open the door to $75,000"
            if _standing_fact(ctx, x.amount, level=True):
                continue  # "requires a minimum investment of $100,000": a term, no reading
            x.period = _story_day(ctx, x.amount) or _as_of(ctx)


def report_unit_levels(ctx: Context, links: list[Link]) -> None:
    """A report named for the unit its snapshot closes ("Transparency Report, October
    2026" over "The snapshot was taken at 00:00 UTC on 1 November") tells its levels as they
    stood on that day: a level dated by the headline's unit alone (in the headline, or
    carried from it to a sentence that names no time) takes the data day. A move or a flow
    of the unit ("rose 8.6% in October", "deposits of 1,140 BTC in October") keeps the
    unit, and so does a level whose own sentence names it."""
    day = data_day(ctx)
    paras = ctx.structure.paragraphs
    if day is None or not paras:
        return
    titled = {t.period for t in ctx.times_in(paras[0]) if t.period and t.role == "date"}
    units = {p for p in titled if p[0] < p[1] and 0 <= (day[0] - p[1]).days <= 1}
    for x in links:
        if x.period not in units or x.metric not in _levels() or x.side is not None:
            continue
        if in_headline(ctx, x.amount) or not ctx.times_in(x.sentence):
            x.period = day


def _as_of(ctx: Context) -> Period | None:
    """The day an undated level holds on: the day the report's opening declares its data
    stands on ("Data to Sunday, September 20, unless stated"), else publication."""
    if day := data_day(ctx):
        return day
    return (ctx.published, ctx.published) if ctx.published else None


def _story_day(ctx: Context, a: Amount) -> Period | None:
    """The day of a story told of a day just before publication ("Bitcoin rose to a record
    $70,000 on March 8" in a page of March 10): its undated levels, told in the past
    ("was last trading at $68,317.72"), hold on that day, or on the later day their paragraph
    tells before them; not those said to be current ("now", "at press time", "it trades
    at")."""
    story, pub = _story_date(ctx), ctx.published
    if not story or not pub or story[0] != story[1] or not 0 < (pub - story[0]).days <= _STORY_LAG:
        return None
    if any(t.kind == "now" for t in ctx.times_in(ctx.sentence_of(a.start))):
        return None
    lead = ctx.text[max(ctx.sentence_of(a.start)[0], a.start - _FORECAST_REACH) : a.start]
    if present_tense().search(lead):
        return None  # "KST has fallen 46%, to $0.16"
    para = ctx.paragraph_of(a.start)  # "near $84,300 on Wednesday. Ether traded at $1,890"
    days = [t.period for t in ctx.times_in((para[0], a.start)) if t.role == "date" and t.period]
    day = days[-1] if days else None
    return day if day and day[0] == day[1] and story[0] <= day[0] <= pub else story


@per_lexicon
def present_tense() -> re.Pattern[str]:
    """Verbs that state a level as it stands ("it trades at", "holdings stand at")."""
    return re.compile(rf"(?i)\b(?:{_cues_of('present_verbs')})\b")


_SPACES = r"\s+"


@per_lexicon
def _standing_verb() -> re.Pattern[str]:
    """A present-tense verb that states a level as it stands ("remains", "stands at"), not
    an auxiliary of a past event ("is", "has")."""
    verbs = set(time_cue_phrases("present_verbs")) - {"is", "are", "am", "has", "have"}
    return re.compile(rf"(?i)\b{alternation(verbs, space=_SPACES)}\b")


def _cues_of(name: str) -> str:
    """The phrases of a time cue list as one group, the longest first, any run of spaces
    between words."""
    return alternation(time_cue_phrases(name), space=_SPACES)


_STORY_LAG = 3  # days: a story this close before publication is the news it reports


def in_headline(ctx: Context, a: Amount) -> bool:
    """Whether the amount stands in a headline or summary: the text's first line, a
    heading, or a summary line (its figures repeat the body's, and take the body's dates)."""
    para = ctx.paragraph_of(a.start)
    first = ctx.structure.paragraphs[0] if ctx.structure.paragraphs else para
    if para == first or para in ctx.remember("headings", 0, lambda: set(ctx.structure.headings)):
        return True
    spans = ctx.remember("summary", 0, lambda: summary(ctx.text, ctx.lines))
    i = bisect.bisect_right(spans, (a.start, len(ctx.text)))  # spans are sorted and disjoint
    return bool(i) and spans[i - 1][0] <= a.start < spans[i - 1][1]


_PROSE = re.compile(r".{60,}[.!?][\"”’)]*\s*$")


@per_lexicon
def _summary_label() -> re.Pattern[str]:
    """A line that opens a summary ("Key Takeaways:", "TL;DR")."""
    return re.compile(
        rf"(?i)\s*#*\s*(?:{'|'.join(map(re.escape, time_cue_phrases('summary_labels')))})\s*:?\s*$"
    )


def summary(text: str, lines: Sequence[Line]) -> list[Span]:
    """The lines of a summary: the bullets before the first paragraph of prose (under the
    headline and byline), and the bullets under a summary label ("Key Takeaways:")."""
    spans: list[Span] = []
    before_body, labelled = True, False
    for line in lines:
        body = text[line.start : line.end]
        if _summary_label().match(body):
            labelled = True
            continue
        if line.marker is not None:
            if before_body or labelled:
                spans.append(line.span)
            continue
        if _PROSE.match(body):
            before_body, labelled = False, False
    return spans


def correction_notes(ctx: Context, links: list[Link]) -> None:
    """A correction note ("Correction, Nov. 20: An earlier version of this article said the
    stock closed at C$23.16. It closed at C$23.61.") tells of the body's figures, not of its
    own day: the right figure takes the period of the same figure in the body, the wrong one
    that of the right one beside it, or, with none beside it, that of the one body figure of
    the same unit and metric (a note naming several is left as it is)."""
    notes = _correction_lines(ctx.text)
    if not notes:
        return
    inside = [x for x in links if any(p[0] <= x.amount.start < p[1] for p in notes)]
    body = [x for x in links if x not in inside and not in_headline(ctx, x.amount)]
    for note in notes:
        told = [x for x in inside if note[0] <= x.amount.start < note[1]]
        found = {id(x): _corrected(x, told, body) for x in told}
        for x in told:
            if (hit := found[id(x)]) is not None:
                x.period = hit.period


def _corrected(x: Link, told: list[Link], body: list[Link]) -> Link | None:
    """The body figure a note's figure corrects or restates: the same figure, that of the
    right figure beside it, else the body's only figure of its unit and metric, or of its
    unit alone."""
    same = [y for y in body if (y.unit, y.value) == (x.unit, x.value)]
    if same:
        return same[0]
    for y in told:  # the right figure beside the wrong one
        right = [z for z in body if (z.unit, z.value) == (y.unit, y.value)]
        if y is not x and y.unit == x.unit and right:
            return right[0]
    kin = [y for y in body if y.unit == x.unit and _agree(x.asset, y.asset)]
    if len(kin) > 1:
        kin = [y for y in kin if y.metric == x.metric]
    return kin[0] if len(kin) == 1 else None


def _correction_lines(text: str) -> list[Span]:
    """The lines that are correction notes: a label at the line's start, at most a date or
    a time, a colon, then a sentence about an earlier version of the text."""
    notes = []
    for m in _correction_label().finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if _EARLIER.search(text, m.end(), end):
            notes.append((m.start(), end))
    return notes


# an earlier version of the text, or a figure it first gave "as" another: a figure a
# paragraph says was "previously reported" or "first said" is news of the past, not a
# correction ("Update: The exchange, which previously reported revenue of $12 million, said")
_EARLIER = re.compile(
    r"(?i)\b(?:earlier|previous|prior|original)\s+version\b|\b(?:first|originally|"
    r"previously|initially)\s+(?:given|reported|stated|published|put)\s+(?:it\s+)?as\b"
)


@per_lexicon
def _correction_label() -> re.Pattern[str]:
    return re.compile(rf"(?im)^[ \t*_#]*(?:{_cues_of('correction_labels')})\b[^:\n]{{0,40}}:")
