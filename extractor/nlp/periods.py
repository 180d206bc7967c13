"""Date and period expressions found by rules (patterns: ``period_patterns``; what each
resolves to: ``period_rules`` and ``period_relative``).

Patterns run in priority order and an expression overlapping an earlier one is dropped;
each pattern is tried only around the hits of its trigger words. Each expression then
gets the role its clause gives it:

    date     dates the figures of its clause (the default)
    level    "its October peak near $126,000": dates that level only
    since    "up 40% since Jan. 1": a window from that date to publication, for the
             figure nearest to it only
    deadline "$150,000 by the end of 2026": dates its own sentence only
    bound    "the largest since July 2025", "until 2030", "notes due 2030": dates no figure
    after    "the January meeting ... 525 bps", "up from Tuesday's close of 3.741%": dates
             only figures after it
    scoped   "since May 2022, when $4.5 billion was raised": dates only its "when" clause
    scope    "one of its bloodiest days of 2025": a superlative's scope, dating no figure
    stamp    a date at the start of its line, alone or after a byline word ("Updated Apr
             7, 2025"): the page's, dating no sentence, only its paragraph's undated flows
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import MONTHS
from extractor.nlp.cues import hypothetical
from extractor.nlp.fiscal_years import fiscal_end, fiscal_window, is_fiscal, planned
from extractor.nlp.lemmas import inflections, lemma, unchanged_past
from extractor.nlp.lines import Line, is_table_row, line_bounds
from extractor.nlp.period_patterns import (
    CAP_MONTHS,
    REACH,
    TRIGGERS,
    YEAR,
    count_words,
    patterns,
    second_count,
    trigger_kinds,
    trigger_words,
    unit_edge_verbs,
)
from extractor.nlp.period_relative import (
    Period,
    ahead,
    back,
    calendar_unit,
    further,
    month_end,
    shift_months,
)
from extractor.nlp.period_rules import (
    middle_day,
    month_of,
    next_holiday,
    resolve,
    unit_of_edge,
    whole_of_edge,
)
from extractor.nlp.tries import alternation

__all__ = ["Period", "TimeExpr", "default_year", "find_time_expressions"]

Span = tuple[int, int]


@dataclass(slots=True)
class TimeExpr:
    """A date or period expression, what it resolved to (None: unresolvable), its role in
    its clause and, for a scoped one, the stretch of text it alone dates."""

    start: int
    end: int
    kind: str
    period: Period | None
    role: str = "date"
    scope: Span | None = None
    report: bool = False  # the day a statement was made ("Tesla reported Wednesday ...")
    unit: Period | None = None  # the unit an edge is of ("began the month": the month)
    named: Period | None = None  # what its words name, whatever its role
    whole: Period | None = None  # the unit an edge told with "with" is of ("ended May with")


@per_lexicon
def _cues(name: str) -> str:
    """One list of ``data/time_cues.jsonl`` as a regex alternation (longest first)."""
    return alternation(time_cue_phrases(name), space=r"\s+")


@per_lexicon
def time_cue_phrases(name: str) -> tuple[str, ...]:
    """A phrase list of ``data/time_cues.jsonl`` (an error naming the file if it is missing
    or empty)."""
    return tuple(lexicon.listed(lexicon.TIME_CUES_FILE, name, "phrases").phrases)


@per_lexicon
def time_cue_metrics(name: str) -> frozenset[str]:
    """A metric list of ``data/time_cues.jsonl`` (an error naming the file if it is missing
    or empty)."""
    return frozenset(lexicon.listed(lexicon.TIME_CUES_FILE, name, "metrics").metrics)


@per_lexicon
def running_total() -> re.Pattern[str]:
    """Words making a figure a running total ("cumulative", "to date")."""
    return re.compile(rf"(?i)\b(?:{_cues('running_totals')})\b")


# the figure a change is measured from: "$104.9 billion", "4.5%", "US$2bn"
_BASE_FIGURE = r"(?:US)?[$€£]?\d[\d,.]*\s?(?:%|[kKmMbBT]\b|million|billion|trillion)?"


@per_lexicon
def _roles() -> dict[str, re.Pattern[str]]:
    return {
        # "since" and up to six words of its clause before the date.
        "since": re.compile(r"(?i)\bsince\s+(?:(?!since\b)[\w’'.-]+\s+){0,8}$"),
        "comparison": re.compile(rf"(?i)\b(?:{_cues('since_comparisons')}|\w{{3,}}iest)\b"),
        # a superlative's scope: "one of its bloodiest days of 2025", "the largest this year"
        "scope": re.compile(
            rf"(?i)\b(?:{_cues('since_comparisons')}|\w{{3,}}iest)\b(?:\s+[\w’'-]+){{1,4}}\s+"
            r"(?:of|so\s+far)\s+(?:the\s+)?$"
        ),
        "bound": re.compile(
            rf"(?i)\b(?:{_cues('bound_words')})\s+(?:(?:in|on|the|its|early|late|mid-?)\s*)*$"
        ),
        "base": re.compile(
            rf"(?i)(?:\b(?:{_cues('comparison_bases')})|\b(?:{_cues('change_words')})\w*\b"
            r"[^.;,]{0,40}?\bfrom)\s+(?:the\s+)?$"
        ),
        # a date right after the figure a change is measured from ("down from $104.9 billion
        # on Wednesday", "up from 4.5% at the July review")
        "base_figure": re.compile(
            r"(?i)\bfrom\s+(?:(?:about|around|above|below|nearly|roughly|over|under)\s+)?"
            rf"{_BASE_FIGURE}\s+(?:on|in|at)\s+(?:the\s+)?$"
        ),
        # "agreed to pay $4.47 billion following the collapse of its token in 2022": a
        # trailing phrase naming an earlier event, up to its date (no figure in it)
        "event_phrase": re.compile(
            rf"(?i)\b(?:{_cues('event_phrase_openers')})\s+(?:the|its|their|his|her|a|an)\s"
            r"[^,;:.!?$€£\d\n]{0,80}?\b(?:in|on|during)\s+$"
        ),
        # "after a robust 2025": a year looked back on, from the phrase that opens it
        "looked_back": re.compile(rf"(?i)\b(?:{_cues('event_phrase_openers')})\s+$"),
        # "going through restructuring after filing for bankruptcy last year, ...": a
        # phrase of an earlier event led by a verb's -ing form, up to its date
        "event_gerund": re.compile(
            rf"(?i)\b(?:{_cues('event_phrase_openers')})\s+(?:having\s+|being\s+)?[a-z]+ing\s"
            r"[^,;:.!?$€£\d\n]{0,80}?\s$"
        ),
        # a date ending a comparison ("rose to 3.3%, compared to forecasts of 3.1% and 3.2%
        # in December") dates what is compared, not the figure before the comparison
        "compared": re.compile(
            r"(?i)\b(?:compared\s+(?:to|with)|versus|vs\.?|as\s+against)\s"
            r"(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,80}?"
            r"(?:\b(?:in|on|during|for)\s+(?:the\s+)?|\s)$"
        ),
        "deadline": re.compile(rf"(?i)\b(?:{_cues('deadline_words')})\s+(?:(?:the|its)\s+)?$"),
        "level": re.compile(rf"(?i)\s+(?:{_cues('level_nouns')})\b"),
        "event": re.compile(rf"(?i)\s+(?:{_cues('event_nouns')})\b"),
        # "the record of $4,946 it set on Aug. 24": from the level noun up to its date
        "peak_set": re.compile(
            rf"(?i)(?:[$€£]?\d[\d,.]*\s+)?\b(?:{_cues('level_nouns')})\b{_NOT_A_BREAK}{{0,40}}?\s"
            rf"(?:(?:it|they|that|which)\s+)?(?:{alternation(_peak_setting())})\s+"
            r"(?:back\s+)?(?:on|in)\s+$"
        ),
        "when": re.compile(r",?\s+when\b"),
        "future": re.compile(rf"(?i)\b(?:{_cues('future_cues')})\b"),
        "flashback": re.compile(rf"(?i)\b(?:{_cues('flashback_words')})\s+(?:the\s+)?$"),
        "report": re.compile(rf"(?i)\b(?:{_cues('report_verbs')})\s+(?:on\s+|late\s+|early\s+)?$"),
        "report_verb": re.compile(rf"(?i)\b(?:{_cues('report_verbs')})\b"),
    }


@per_lexicon
def _peak_setting() -> frozenset[str]:
    return inflections(time_cue_phrases("peak_setting_verbs"))


# Words each role pattern read before a date cannot match without (a cue list's first
# words, or a word the pattern writes out): a role none of whose words the text before the
# date holds is not searched for (most dates have none, and each search tries the pattern
# at every character of the 60 before the date).
_ROLE_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "bound": (("bound_words",), ()),
    "base": (("comparison_bases",), ("from",)),  # or a change word ... "from"
    "base_figure": ((), ("from",)),
    "compared": ((), ("compared", "versus", "vs", "against")),
    "event_phrase": (("event_phrase_openers",), ()),
    "looked_back": (("event_phrase_openers",), ()),
    "event_gerund": (("event_phrase_openers",), ()),
    "deadline": (("deadline_words",), ()),
    "peak_set": (("level_nouns",), ()),
    "scope": (("since_comparisons",), ("iest",)),
    "since": ((), ("since",)),
    "flashback": (("flashback_words",), ()),
    "report": (("report_verbs",), ()),
}


@per_lexicon
def _role_words() -> dict[str, tuple[str, ...]]:
    """``_ROLE_WORDS`` with the lists read: lowercase, and only for roles whose words are
    all ASCII (an ASCII text holds a case-insensitive match's words as its lowercase does)."""
    found = {}
    for role, (lists, written) in _ROLE_WORDS.items():
        words = {p.split()[0].lower() for n in lists for p in time_cue_phrases(n)} | {*written}
        if all(w.isascii() and w for w in words):
            found[role] = tuple(sorted(words))
    return found


class _Clues:
    """The role patterns searched in one stretch of text, each only where the stretch
    holds one of the words it cannot match without."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text, self.start, self.end = text, start, len(text) if end is None else end
        part = text[start : self.end]
        self.lower = part.lower() if part.isascii() else None  # else every role is searched

    def search(self, role: str) -> re.Match[str] | None:
        lower = self.lower
        words = _role_words().get(role) if lower is not None else None
        if lower is not None and words is not None and not any(map(lower.__contains__, words)):
            return None
        return _roles()[role].search(self.text, self.start, self.end)


def since_comparison() -> re.Pattern[str]:
    """A word that makes a "since" clause a comparison ("the largest since launch")."""
    return _roles()["comparison"]


def future_cue() -> re.Pattern[str]:
    """A word that makes its clause a forecast ("will", "set to", "expected to")."""
    return _roles()["future"]


@per_lexicon
def _byline() -> re.Pattern[str]:
    """A byline word at the start of a line, up to a page's date stamp (full match)."""
    return re.compile(rf"(?i)[\s|•*#-]*(?:{_cues('byline_words')})\b[^\n]{{0,40}}?[\s:|-]*")


_ALONE = re.compile(r"[\s,|-]*(?:(?:at\s+)?\d{1,2}:\d\d[^\n]{0,20})?(?:\n|$)")
# What may follow a page's date stamp on its line: a byline or a reading time
# ("February 26, 2025 by Bena Ilyas", "August 1, 2025 • 3 min read").
_BYLINE_TAIL = re.compile(
    r"[^\w\n]{0,6}(?:by\s+[A-Z][^\n]{0,40}|\d{1,2}\s*min(?:ute)?s?\s+read[^\n]{0,20})(?:\n|$)"
)


# what may follow a date in a masthead's cell: a time of day, the weekday in brackets
_CELL_TIME = re.compile(r"[\s,]*(?:(?:at\s+)?\d{1,2}[:.]\d\d\b[^|\n]{0,20}|\([A-Z][a-z]{2,8}\))?")


def _stamp(text: str, m: re.Match[str], period: Period | None) -> bool:
    """A page's date stamp: after a byline word at the start of its line ("Last Updated
    April 22, 2024"), or alone on its line ("April 7, 2025", "Dec 19, 2025 06:19") or with
    a byline or reading time only ("August 1, 2025 • 3 min read"), or alone in a cell of a
    masthead line ("Ledger Daily | Markets | 6 February 2026 (Friday)"), with its time or
    its weekday in brackets."""
    bounds = line_bounds(text)
    if cell := bounds.masthead_cell(m.start()):  # "Ledger Daily | Markets | 27 October 2026"
        if not period or period[0] != period[1]:
            return False  # "Week of February 2, 2026": an issue's span, not the day printed
        if cell[0] == m.start():
            return bool(_CELL_TIME.fullmatch(text, m.end(), cell[1]))  # ", 09:40 UTC"
        return text[m.start() - 1 : m.start()] == "(" and text[m.end() : cell[1]] == ")"
    line = bounds.start(m.start())
    ends_line = bool(_ALONE.match(text, m.end()) or _BYLINE_TAIL.match(text, m.end()))
    if _byline().fullmatch(text, line, m.start()):
        # "By mid-2028 the issuer wants ...": a deadline opening a sentence, no byline
        return ends_line or text[line : m.start()].strip(" \t•*#-|:").lower() != "by"
    if text[line : m.start()].strip(" \t•*#-|"):
        return False
    return ends_line


# A range's "and" ("between 2.8% and 3.0%") joins two figures, not two clauses: the range
# is matched whole, as no break
# a clause starts after a mark, a conjunction, a sentence's stop (also one a quotation's
# closing mark follows: '... by the end of the year."') or a line's end, as a sentence does
_CLAUSE_START = re.compile(
    r"(?P<range>\bbetween\s+[$€£¥]?\d[\d.,]*\s*(?:%|[A-Za-z]+\s)?\s*and\b)"
    r"|(?!(?<=\d),\d)[,;:()–—]|\b(?:and|but|while|whereas|which)\b|(?<=[.!?])\s"
    r"|(?<=[.!?][\"”’'])\s|\n"
)
_CLAUSE_END = re.compile(r"[.;!?\n]|—|–\s")


def find_time_expressions(
    text: str,
    published: date | None,
    default_year: int | None,
    lines: Sequence[Line] | None = None,
) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved; overlapping matches keep the first rule's.
    ``lines``: the text's line layer, when the caller has read it (else it is read here)."""
    line_bounds(text, lines)  # the line bounds the rules below ask for
    found: list[TimeExpr] = []
    taken = _Taken()
    hits = _trigger_hits(text)
    for kind, pattern in patterns():
        if kind not in hits:
            continue  # no trigger word of this pattern in the text: nothing to look around
        for m in _around(pattern, text, hits[kind], TRIGGERS[kind][1]):
            if taken.overlaps(m.start(), m.end()):
                continue
            if kind == "holiday" and not _named_day(text, m):
                continue  # "a Halloween recipe", "on Black Friday deals": no day of its own
            if kind == "joined" and not (
                any(m[g] for g in _JOINED_FORMS)
                or (m["ya"] and m["mb"])
                or (m["ma"] and m["yb"])
                or (m["ma"] and m["mb"] and _dated_ends(m))
            ):
                continue  # two plain ends: the range patterns after this one read them
            taken.add(m.start(), m.end())
            found.extend(_expressions(text, kind, m, published, default_year))
    found.sort(key=lambda t: t.start)
    found = _dated_from_posts(text, found, default_year)
    _durations_beside_dates(text, found, published)
    _share_years(text, found)
    _fiscal_years(text, found, published)
    _paragraph_year(text, found, published)
    found = _counted_from_next(text, found)
    found = _elided_units(text, found)
    _report_days(text, found)
    _resolve_anchored(text, found, published)
    return found


def _fiscal_years(text: str, found: list[TimeExpr], pub: date | None) -> None:
    """A fiscal year ("fiscal 2026", "FY25") runs the twelve months up to the year end its
    text states, or the federal one where its paragraph names a US federal body; with
    neither it keeps the calendar year its number names."""
    for t in found:
        if t.kind != "year" or t.period is None or not is_fiscal(text[t.start : t.end]):
            continue
        end = fiscal_end(text, t.start)
        if end is None or end == (12, 31):
            continue
        year = (t.named or t.period)[0].year
        named = fiscal_window(year, end, pub)
        # a forecast or a plan ("FY2027 budget") keeps the whole year it names; a year
        # running at publication ("so far in fiscal 2027") is cut there
        foretold = _future(text, t.start) or planned(text, t.end, t.start)
        whole = pub is not None and t.period[1] > pub and foretold
        window = fiscal_window(year, end, None) if whole else named
        if named is not None and window is not None:
            t.period, t.named = window, named


def _report_days(text: str, found: list[TimeExpr]) -> None:
    """A day after a figure of a quarter or a half a report verb leads is the day of the
    report, not the figure's ("reported first-quarter revenue of $182.4 million on
    Wednesday"): the quarter dates the figure first."""
    for i, t in enumerate(found):
        if t.kind not in _REPORT_DAY_KINDS or t.role != "date" or t.report:
            continue
        if not _ON_BEFORE.search(text, max(0, t.start - 4), t.start):
            continue
        lo = max(0, t.start - _REPORT_REACH)
        ends = [x.end() for x in _SENTENCE_END.finditer(text, lo, t.start)]
        sentence = ends[-1] if ends else lo
        told = _roles()["report_verb"]
        j = i - 1  # back over the sentence's times only: a text of thousands stays linear
        while j >= 0 and found[j].start >= sentence:
            q = found[j]
            j -= 1
            if q.kind not in _ACCOUNT_KINDS or _NEW_CLAUSE.search(text, q.end, t.start):
                continue  # "..., and its shares fell 5% on Wednesday"
            if told.search(text, sentence, q.start):
                t.report = True
                break


_REPORT_DAY_KINDS = frozenset({"weekday", "month_day", "day_month"})
_ACCOUNT_KINDS = frozenset({"quarter", "half"})  # periods results are reported for
_ON_BEFORE = re.compile(r"\bon\s+$")
_REPORT_REACH = 300  # characters back to the sentence's start
_NEW_CLAUSE = re.compile(r"[;—–]|,\s+(?:and|but|while|as|whereas)\b")


def _counted_from_next(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """ "two weeks before May 13", "three days after Tuesday's hack", "a week after launch
    on January 11": a count right before the date it is counted from (or before its event
    dated with "on" or "in") is one expression, that date moved by the count (not a day
    counted from publication)."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        m = _anchored_form().match(text, t.start, t.end) if t.kind == "ago" else None
        anchor = None
        if nxt and m and m["n"] and m["dir"].lower() in ("before", "after", "prior"):
            anchor = nxt.period if nxt.role == "date" else nxt.named
        if m and nxt and anchor and _BEFORE_ANCHOR.fullmatch(text, t.end, nxt.start):
            t.end, t.kind, t.period = nxt.end, "counted", _counted_from(m, anchor)
            i += 1  # the anchor is part of the count
        out.append(t)
        i += 1
    return out


_ORDINALS = ("first", "second", "third", "fourth")
_UNIT_COUNTS = {"quarter": 4, "half": 2}  # units of a year a bare ordinal may stand for
# a bare ordinal after "in the" ends its phrase: its unit is left out ("in the first.")
_ELIDED = re.compile(rf"(?i)\bin\s+the\s+({'|'.join(_ORDINALS)})(?=\s*(?:[,.;:)!?]|$))")
_ORDINAL_UNIT = re.compile(rf"(?i)\b({'|'.join(_ORDINALS)})[\s-](quarter|half)\b")


def _elided_units(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """ "1.2 million in the second quarter, up from 870,000 in the first": a bare ordinal
    later in the sentence of a quarter or half named by its ordinal is that unit of the
    same year, or of the year before when it comes later in the year (a comparison looks
    back); the same ordinal, or one the year has no unit for, names nothing."""
    added: list[TimeExpr] = []
    for t in found:
        named = _ORDINAL_UNIT.search(text, t.start, t.end)
        if t.kind not in _UNIT_COUNTS or not t.period or not named:
            continue
        stop = _SENTENCE_BREAK.search(text, t.end, line_bounds(text).end(t.end))
        end = stop.end() if stop else line_bounds(text).end(t.end)
        count, unit = _UNIT_COUNTS[t.kind], named[2].lower()
        for m in _ELIDED.finditer(text, t.end, end):
            n, own = _ORDINALS.index(m[1].lower()) + 1, _ORDINALS.index(named[1].lower()) + 1
            if n == own or n > count or any(x.start < m.end() and m.start() < x.end for x in found):
                continue
            year = t.period[0].year - (n > own)
            months = 12 // count
            first = date(year, months * (n - 1) + 1, 1)
            last = _shifted((first, first), months)[0] - timedelta(days=1)
            # it dates the comparison's base only ("up from 870,000 in the first"), not
            # "the same period" or the figures after it
            added.append(
                TimeExpr(m.start(), m.end(), unit, (first, last), "scoped", (t.end, m.end()))
            )
    return sorted([*found, *added], key=lambda x: x.start) if added else found


# "prior to May 13", or the event the count runs from, dated in its own words ("a week
# after launch on January 11", "a day after Powell spoke on Wednesday")
_BEFORE_ANCHOR = re.compile(r"\s+(?:to\s+)?|\s+[^,.;:!?\d$€£\n]{1,40}?\s(?:on|in)\s+")


def _dated_from_posts(text: str, found: list[TimeExpr], year: int | None) -> list[TimeExpr]:
    """The times of a post quoted in the text, read from the day its signature line gives
    ("Today, we celebrate 200 million ... — Binance (@binance) June 8, 2024"): "today" there
    is the post's day, not publication's. Posts end at the signature before them, so they
    are disjoint and merged into ``found`` in one pass (a text of thousands of posts)."""
    signatures = list(_POST_SIGNATURE.finditer(text))
    if not signatures:
        return found
    lines = {m.start() for m in signatures}
    posts: list[tuple[int, int, list[TimeExpr]]] = []
    for m in signatures:
        try:
            day = date(int(m["y"]), month_of(m["mon"]), int(m["d"]))
        except ValueError:
            continue  # "February 30": no day
        start = post_start(text, m.start(), lines)
        if start >= m.start():
            continue
        post = find_time_expressions(text[start : m.start()], day, year)
        for t in post:
            t.start, t.end = t.start + start, t.end + start
            if t.scope:
                t.scope = (t.scope[0] + start, t.scope[1] + start)
        posts.append((start, m.start(), post))
    if not posts:
        return found
    kept: list[TimeExpr] = []
    i = 0
    for t in found:  # both in text order: the posts' spans are passed once
        while i < len(posts) and posts[i][1] <= t.start:
            i += 1
        if i == len(posts) or t.start < posts[i][0]:
            kept.append(t)
    return sorted(kept + [t for _, _, post in posts for t in post], key=lambda t: t.start)


def post_start(
    text: str, end: int, signatures: set[int], layer: Sequence[Line] | None = None
) -> int:
    """Where a quoted post ended by its signature starts: the line of its link
    ("pic.twitter.com/...", "t.co/...") and the lines over it that a post's length holds,
    up to a blank line, the signature of the post before (``signatures``: where signature
    lines start) or a line of the article's own report ("Binance said today ..."); past
    blank lines up to a line introducing it with a colon ("Lookonchain flagged a wallet:");
    a post without a link cannot be told from the article's line before it, so ``end``
    (``layer``: the text's line layer, when the caller has read it)."""
    bounds = line_bounds(text, layer)
    start = end
    while start > 0 and not text[bounds.start(start - 1) : start].strip():
        start = bounds.start(start - 1)  # blank lines before the signature
    if start == 0 or not _POST_LINK.search(text, bounds.start(start - 1), start):
        return end
    while start > 0:
        line = bounds.start(start - 1)
        lines = text[line:start]
        if end - line > _POST_CHARS or line in signatures:
            break
        if not lines.strip():
            return _introduced(text, line, end, signatures) or start
        if _report_verb().search(lines) and not _POST_LINK.search(lines):
            break
        start = line
    return start


def _introduced(text: str, blank: int, end: int, signatures: set[int]) -> int | None:
    """Where a post whose paragraphs are parted by the blank line at ``blank`` starts: after
    the line above that introduces it with a colon and names the poster its signature gives,
    within a post's length of ``end``; None when no such line is found before a line of the
    article's own report, or a paragraph between tells the article's own "today"."""
    bounds = line_bounds(text)
    start = blank
    while start > 0:
        line = bounds.start(start - 1)
        lines = text[line:start]
        if lines.rstrip().endswith(":") and line not in signatures:
            if not text[start:blank].strip():
                return None  # the lead line is no post's
            if not _names_poster(lines, text[end : bounds.end(end)]):  # the signature's line
                return None  # "Here is where markets stand:": the article's own lines
            if _TODAY.search(text, start, blank):
                return None  # "Bitcoin is trading at $60,000 today": the article's day
            return start
        if end - line > _POST_CHARS or line in signatures:
            return None
        if lines.strip() and _report_verb().search(lines):
            return None
        start = line
    return None


_POST_LINK = re.compile(r"\b(?:pic\.twitter\.com|t\.co)/\w+")
_TODAY = re.compile(r"(?i)\btoday\b")
_POSTER = re.compile(r"[—–-]\s*([^(\n]+?)\s*\(@(\w+)\)")  # "— Lookonchain (@lookonchain)"


def _names_poster(line: str, signature: str) -> bool:
    """Whether the article's line introducing a post names its poster, by name or handle,
    as its signature gives them ("Lookonchain flagged a wallet ...:" over "— Lookonchain
    (@lookonchain) June 13, 2026")."""
    poster = _POSTER.search(signature)
    if poster is None:
        return False
    lower = line.lower()
    name, handle = poster[1].lower(), poster[2].lower()
    return name in lower or handle in lower.replace(" ", "")


@per_lexicon
def _report_verb() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues('report_verbs')})\b")


_POST_CHARS = 320  # a post's 280 characters, with its link and tags
# "— Binance (@binance) June 8, 2024" alone on its line: an embedded post's signature
_POST_SIGNATURE = re.compile(
    r"(?m)^[ \t]*[—–-][ \t]*[^(\n]{2,60}?[ \t]*(?:\([^)\n]*\)[ \t]*)*\(@\w+\)[ \t]+"
    rf"(?P<mon>{CAP_MONTHS})\.?[ \t]+(?P<d>\d{{1,2}}),?[ \t]+(?P<y>{YEAR})[ \t]*$"
)


class _Taken:
    """Disjoint spans already matched, kept sorted: an overlap test is a bisection, not a
    scan of every earlier match (a text of thousands of dates was quadratic)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _trigger_hits(text: str) -> dict[str, list[int]]:
    """Where each pattern's trigger words stand, from one scan of the lower-cased words."""
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep the offsets
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    kinds = trigger_kinds()
    hits: dict[str, list[int]] = {}
    for at, word in trigger_words(lower):
        for kind in kinds.get(word, ()):
            hits.setdefault(kind, []).append(at)
    return hits


def _around(
    pattern: re.Pattern[str], text: str, positions: Sequence[int], before: int
) -> list[re.Match[str]]:
    """Matches of a pattern that cover one of its trigger's hits, looked for only in a
    window around each hit (one scan for the triggers instead of a full scan per pattern)."""
    seen: dict[int, re.Match[str]] = {}
    end = 0
    first = _first_start(pattern, before) if before else None
    for pos in positions:
        if pos < end:
            continue  # inside a match already found
        window = max(0, pos - before), min(len(text), pos + REACH)
        m = _covering(pattern, text, pos, *window, first)
        if m is not None:
            seen.setdefault(m.start(), m)
            end = max(end, m.end())
    return [seen[s] for s in sorted(seen)]


def _covering(
    pattern: re.Pattern[str],
    text: str,
    pos: int,
    start: int,
    stop: int,
    first: re.Pattern[str] | None = None,
) -> re.Match[str] | None:
    """The match covering ``pos`` among the pattern's matches in order from ``start`` (as
    ``finditer(text, start, stop)`` finds them), tried only at the starts up to ``pos``:
    a match starting after it covers nothing, so the window after the hit is not scanned.
    ``first`` (``_first_start``) finds the next start the pattern matches at in one call."""
    at = start
    while at <= pos:
        if first is not None:
            if (ahead := first.match(text, at, stop)) is None or ahead.end() > pos:
                return None  # no match starts between ``at`` and ``pos``
            at = ahead.end()
        m = pattern.match(text, at, stop)
        if m is None:
            at += 1
        elif m.end() > pos:
            return m
        elif m.end() > at:
            at = m.end()  # the next match starts where this one ends, as finditer's does
        else:  # an empty match: finditer's rule for what follows one, read by finditer
            return next(
                (x for x in pattern.finditer(text, start, stop) if x.start() <= pos < x.end()),
                None,
            )
    return None


_FIRST_STARTS: dict[tuple[str, int, int], re.Pattern[str]] = {}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _first_start(pattern: re.Pattern[str], reach: int) -> re.Pattern[str]:
    """A pattern whose match from a position ends where, within ``reach`` characters, the
    first match of ``pattern`` starts: the starts it cannot match at are passed over by the
    regex engine, not tried one by one. A lookahead sees what a match there sees (the text
    before it, up to the same end)."""
    key = (pattern.pattern, pattern.flags, reach)
    found = _FIRST_STARTS.get(key)
    if found is None:
        body = pattern.pattern
        if lead := _GLOBAL_FLAGS.match(body):  # kept in ``pattern.flags``
            body = body[lead.end() :]
        tail = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment ends
        found = re.compile(rf"(?s:.){{0,{reach}}}?(?=(?:{body}{tail}))", pattern.flags)
        _FIRST_STARTS[key] = found
    return found


def _expressions(
    text: str, kind: str, m: re.Match[str], pub: date | None, year: int | None
) -> list[TimeExpr]:
    """The expression of one match with its role (and the "when" clause it may scope)."""
    period = _joined(m, pub, year) if kind == "joined" else resolve(kind, m, pub, year)
    roles = _roles()
    expr = TimeExpr(m.start(), m.end(), kind, period, named=period)
    if kind == "unit_edge":
        expr.unit = unit_of_edge(m, pub, year)
        expr.whole = whole_of_edge(m, pub, year)
    elif kind == "weekday_marks" and period:
        # "from Monday's open to Thursday's low of $2,960": the move spans the days, the
        # level it reached stands on the last one (as a unit's edge told with "with")
        expr.period, expr.whole = (period[1], period[1]), period
    before = text[max(0, m.start() - 60) : m.start()]
    if kind == "year":  # "since 2016", "due 2030": the word leads the match itself
        before += (m["pre"] or m["fy"]) + " "
    clues = _Clues(before)
    compared_clues = _Clues(text, max(0, m.start() - 100), m.start())
    if _stamp(text, m, period):
        expr.role = "stamp"  # "date 2025-02-13 Coinbase reported ...", "Updated Apr 7, 2025"
    elif clues.search("bound"):
        expr.role, expr.period = "bound", None  # "until 2030", "notes due 2030"
    elif clues.search("base"):
        expr.role = "after"  # "down 21% from the previous day", "up from Tuesday's 3.7%"
    elif (base := clues.search("base_figure")) and not _TO_END.match(text, m.end()):
        start = m.start() - len(before) + base.start()  # "slid to 29, from 38 on Wednesday":
        expr.role, expr.scope = "scoped", (start, m.end())  # the base's date only
    elif compared := compared_clues.search("compared"):
        end = _PHRASE_END.search(text, m.end())  # dates what is compared, from its opener on
        items = [x.end() for x in _LIST_JOINT.finditer(text, compared.start(), m.start())]
        opener = items[-1] if items else compared.start()  # "versus 0.3% expected and 0.2%
        # in December": the last item only
        expr.role, expr.scope = "scoped", (opener, end.start() if end else len(text))
    elif clues.search("event_phrase") and _SENTENCE_TAIL.match(text, m.end()):
        expr.role = "after"  # the event's date: not that of the figures before the phrase
    elif kind == "year_described" and clues.search("looked_back"):
        expr.role = "after"  # "after a robust 2025, ...": that year's, no later sentence's
    elif clues.search("event_gerund") and _PHRASE_TAIL.match(text, m.end()):
        expr.role = "after"  # "after filing for bankruptcy last year,": the event's date only
    elif clues.search("deadline"):
        expr.role = "deadline"  # "$150,000 by the end of 2026"
    elif peak := clues.search("peak_set"):
        start = m.start() - len(before) + peak.start()  # the peak's own figure only
        expr.role, expr.scope = "scoped", (start, m.end())
    elif roles["level"].match(text, m.end()):
        expr.role = "level"  # "its October peak near $126,000" dates that level only
    elif kind in _SCOPES and clues.search("scope"):
        expr.role = "scope"  # "one of its bloodiest days of 2025": dates no figure
    elif (
        (since := clues.search("since"))
        and not _DIGIT.search(before, since.start())
        and not _SENTENCE_BREAK.search(before, since.start())  # "since launch. That ..."
    ):
        clause = _clause_before(text, max(0, m.start() - 60) + since.start())
        if roles["comparison"].search(clause):
            expr.role, expr.period = "bound", None  # "the largest since July 2025"
        else:
            expr.role = "since"  # "up 40% since Jan. 1"
            expr.period = (period[0], pub) if period and pub and period[0] <= pub else None
    elif kind == "month" and not m["y"] and roles["event"].match(text, m.end()):
        expr.role = "after"  # "the March meeting is expected to cut rates to 5%"
        expr.period = _nearest_month(month_of(m["mon"]), pub) if pub else period
    if (
        kind == "part"
        and expr.role in ("after", "date")
        and m["part"].lower() in _OPENINGS
        and period
        and pub
        and period[0] <= pub
        and _FROM_BEFORE.search(before)
        and not _past_year_in_paragraph(text, m, pub)
    ):  # "down 14% from the start of the year": no end told, so up to publication as "since"
        expr.role, expr.period = "since", (period[0], pub)
    if kind in _DAYS and not m["y"] and period and pub and roles["event"].match(text, m.end()):
        expr.period = _event_year(text, m, period, pub)  # "Feb. 13 expiry", "June 17 meeting"
    if expr.role == "date" and (aside := _aside(text, m.start(), m.end())):
        expr.role, expr.scope = "scoped", aside  # "Terraform, which collapsed in May 2022, ..."
    elif expr.role == "date" and clues.search("flashback"):
        first = _clause_start(text, m.start())  # "dwarfing the $1 billion ... back in 2021"
        expr.role, expr.scope = "scoped", (first, m.end())
    if kind == "duration" and period and pub:
        if roles["comparison"].search(_clause_before(text, m.start())):
            expr.role, expr.period = "bound", None  # "the first rate cut in four years"
        elif _forecast(text, m.start()):
            expr.period = ahead(m, pub)  # "could double in two years"
    # "reported Wednesday": the report's day; "reported Q1 revenue": the account's period
    expr.report = kind not in _ACCOUNT_KINDS and bool(clues.search("report"))
    opens = _STARTING.search(before)
    if opens and expr.role == "date" and period and pub and period[0] <= pub:
        lead = _clause_before(text, max(0, m.start() - 60) + opens.start())
        ending = _ENDING.match(text, m.end())
        last = _point(text[ending.end() : ending.end() + 40], pub, None) if ending else None
        if kind in _WRITTEN_SPANS or not _moved(lead):
            pass  # "rose 9% starting January 7 through January 14": its own end
        elif last and period[0] <= last[1] <= pub:  # "starting January 7 and ending January 14"
            expr.period = (period[0], last[1])
        else:  # "rose 5% starting January 7": from then on
            expr.period = (period[0], pub)
    if (
        period
        and pub
        and expr.role not in _REACHED  # "could fall toward the Feb. 6 low": a past low
        and _yearless_past(kind, m, period, pub)
        and (
            _future(text, m.start())
            or _deadline_ahead(text, m, period, pub)
            or _scheduled(text, m, period, pub)
            or _told_ahead(text, m, period, pub)
        )
    ):
        # "repayments to start in July", "markets will close on Good Friday"
        expr.period = next_holiday(m, pub) if kind == "holiday" else _next_year(period, pub)
    elif (
        period
        and pub
        and kind in _YEARLESS
        and kind != "holiday"
        and period[0].year < pub.year
        and not any(m.groupdict().get(g) for g in _YEAR_GROUPS)
        and _guidance_told().search(_clause_before(text, m.start()))
    ):  # "The company guided for revenue of $50 million in April": the running year's
        expr.period = _next_year(period, date(pub.year, 1, 1))
    if (
        (unit := _end_counted(kind, m))
        and expr.role == "date"
        and period
        and pub
        and period[1] >= pub
        and (edge_day := _last_end_before(pub, unit)) != period[1]
        and _past_reading(text, m)
    ):  # "open interest stood at $61 billion at month-end", "closed the quarter with $9.8
        # billion": an end counted from publication told in the past is the last such end
        expr.period = edge_day, edge_day
        expr.unit = _unit_ending(edge_day, unit), edge_day  # what a later sentence takes
        if expr.whole is not None:
            expr.whole = expr.unit
    elif unit and expr.whole is not None and expr.role == "date" and period and pub:
        # "plans to close the quarter with 1,000 BTC": an end not told in the past is the
        # coming one (a move after it, "on track to end the month with a 10% gain", still
        # spans the unit so far)
        coming = _coming_end(pub, unit)
        expr.period = coming, coming
    uncut = expr.role in ("date", "scoped", "deadline")  # "which it expects ... in 2026,"
    if period and pub and expr.period == period and period[1] == pub and uncut:
        whole = _foretold_whole(text, kind, m, period, pub)
        expr.period = whole or period  # "expects to cut rates two more times in 2026"
    if (
        kind == "month"
        and not m["y"]
        and expr.role == "date"
        and expr.period
        and pub
        and _HORIZON.search(before)
        and _future(text, m.start())
        and _horizon_verb().search(_clause_before(text, m.start()))
        and _nearest_month(month_of(m["mon"]), pub)[1] >= pub
    ):  # "expects rates to stay near 3% through December": from publication to its end; a
        # month that has passed is a past span ("expect the inflows through October to last")
        expr.period = (pub, month_end(_next_year(expr.period, pub)[0]))
    elif (
        kind == "month"
        and not m["y"]
        and expr.period
        and pub
        and _HORIZON.search(before)
        and (nearest := _nearest_month(month_of(m["mon"]), pub))[1] < pub
        and expr.period[0] > pub
    ):  # "averaging 0.03% through October" in a forecast: the October just past
        expr.period = nearest
    elif _horizon_ahead(text, m, expr, before, pub) and expr.period and pub:
        # "expects the premium to stay between 2% and 5% through the first quarter of 2027",
        # "to stay above R$15 billion a month through the end of the year", "until the end
        # of October": a state forecast to last from publication to the unit's end
        expr.role, expr.period = "date", (pub, expr.period[1])
    if expr.role == "deadline" and kind == "part" and m["part"].lower() in _MIDDLES:
        middle = middle_day(m, pub, year)  # "by mid-2027": the day its first half ends
        if middle and pub and expr.period and expr.period[0] > pub >= middle[1]:
            middle = _next_year(middle, pub)  # "plans to add capacity by mid-April": ahead
        expr.period = middle or expr.period
    out = [expr]
    when = roles["when"].match(text, m.end())
    if when and period and expr.role != "after":
        end = _CLAUSE_END.search(text, when.end())
        scope = (when.start(), end.start() if end else len(text))
        out.append(TimeExpr(when.end() - 4, when.end(), "when", period, "scoped", scope))
    return out


_MIDDLES = frozenset({"mid", "middle"})


def _end_counted(kind: str, m: re.Match[str]) -> str | None:
    """The unit of an end counted from publication ("month-end", "the end of the quarter",
    "closed the week at"), none for an end of a named unit ("the end of 2025")."""
    groups = m.groupdict()
    if kind == "year_end":
        return None if groups.get("y") else m["u"].lower()
    if kind not in ("part", "unit_edge") or not groups.get("u"):
        return None
    if (groups.get("rel") or "the").lower() not in ("the", "this", "current"):
        return None
    part = " ".join(m["part"].lower().split())
    ends = part in ("end", "close") if kind == "part" else unit_edge_verbs()[part] == "end"
    unit = m["u"].lower()
    return unit if ends and unit != "week" else None  # a week's close is told as it runs


def _unit_ending(last: date, unit: str) -> date:
    """The first day of the month, quarter or year whose last day is ``last``."""
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    return shift_months(last.replace(day=1), 1 - months)


def _coming_end(pub: date, unit: str) -> date:
    """The last day of the month, quarter or year that ``pub`` falls in."""
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    first = date(pub.year, 1 + (pub.month - 1) // months * months, 1)
    return month_end(shift_months(first, months - 1))


def _last_end_before(pub: date, unit: str) -> date:
    """The last day of the last whole month, quarter or year that ends on or before ``pub``
    (``pub`` itself when it is that unit's last day)."""
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    first = date(pub.year, 1 + (pub.month - 1) // months * months, 1)
    end = month_end(shift_months(first, months - 1))
    return pub if end == pub else first - timedelta(days=1)


def _past_year_in_paragraph(text: str, m: re.Match[str], pub: date) -> bool:
    """Whether the paragraph up to the end of the sentence holding ``m`` tells a past year
    ("In 2024, bitcoin rose 120% from the start of the year": that year's start, which the
    paragraph's year gives), outside ``m`` itself; a heading line right above counts too
    ("2025 recap")."""
    bounds = line_bounds(text)
    start = bounds.start(m.start())
    above = bounds.start(max(0, start - 1))
    if (
        start
        and len(text[above : start - 1].strip()) <= _HEADING_CHARS
        and not _STOPPED.search(text, above, start - 1)
    ):
        start = above
    end = _sentence_end(text, m.end())
    return any(
        not (m.start() <= told.start() < m.end())
        and (not told.group().isdigit() or int(told.group()) < pub.year)
        for told in _past_year_told().finditer(text, start, end)
    )


def _horizon_ahead(
    text: str, m: re.Match[str], expr: TimeExpr, before: str, pub: date | None
) -> bool:
    """Whether a unit or an edge after "through", "into" or "until" ("through the first
    quarter of 2027", "until the end of October") is the horizon of a lasting state a
    forecast tells in its clause, the unit ending after publication (a yearless month has
    its own reading above)."""
    if pub is None or expr.period is None or expr.role not in ("date", "bound"):
        return False
    if not (expr.period[1] > pub and expr.period[0] > pub) or not _UNTIL.search(before):
        return False
    return _future(text, m.start()) and bool(
        _horizon_verb().search(_clause_before(text, m.start()))
    )


# a horizon's lead: "through", "into", "until" (and "the end of" when the edge's match
# leaves it out)
_UNTIL = re.compile(r"(?i)\b(?:through|thru|into|until|till)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$")


@per_lexicon
def _horizon_verb() -> re.Pattern[str]:
    verbs = alternation(inflections(time_cue_phrases("horizon_verbs")))
    return re.compile(rf"(?i)\b(?:{verbs})\b")


_HEADING_CHARS = 80
_STOPPED = re.compile(r"[.!?:]\s*$")


_HORIZON = re.compile(r"(?i)\b(?:through|thru|into)\s+$")  # "until" bounds: another role
_OPENINGS = frozenset({"beginning", "start"})
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")  # a range with its end ("... to October") is "joined"


def _foretold_whole(
    text: str, kind: str, m: re.Match[str], period: Period, pub: date
) -> Period | None:
    """The whole of a period that a forecast or a plan names, not its part up to publication
    ("expects to cut rates twice in 2026": all of 2026; "rose 5% in 2026": 2026 so far;
    "its full-year 2026 revenue guidance": all of 2026)."""
    # "this year" names its unit, not a year written out
    yearless = kind == "this" or not any(m.groupdict().get(g) for g in _YEAR_GROUPS)
    if yearless and kind not in _NAMED_UNITS:
        return None
    # "expects to make three commitments in the fourth quarter": the running unit named
    # without its year, in a clause whose tense looks ahead, is all of it; so is a unit a
    # forecast opens ("For the fourth quarter, the company guided revenue of") or plans
    # ("its full-year 2026 revenue guidance")
    told = _foretold_before(text, kind, m) if yearless else _future(text, m.start())
    if not told and not _opening_forecast(text, m) and not planned(text, m.end(), m.start()):
        return None
    whole = _unit_of_this(m, pub) if kind == "this" else resolve(kind, m, None, period[0].year)
    return whole if whole and whole[0] == period[0] and whole[1] > pub else None


def _foretold_before(text: str, kind: str, m: re.Match[str]) -> bool:
    """Whether the tense governing a yearless unit is a future; for "this year/month" a
    verb of forecasting told before it ("expects revenue of $95 million this year"), not a
    modal ("could fall to $50,000 this week": the week so far) nor a clause after it, which
    may be a question of its own ("so unclear this year who the winner will be")."""
    tense, at = date_tense(text, m.start(), m.end())
    if kind == "this":
        return tense == "future" and at < m.start() and bool(_forecast_verb().match(text, at))
    return tense == "future"


def _unit_of_this(m: re.Match[str], pub: date) -> Period | None:
    """The whole running unit "this week/month/quarter/year" names."""
    if " ".join(m["rel"].lower().split()) != "this" or m["pre"]:
        return None  # "over the week", "later this week": no running unit as a whole
    return calendar_unit(pub, m["u"].lower(), 0)


_NAMED_UNITS = frozenset({"quarter", "half", "month", "this"})  # "the fourth quarter", "H2",
# "December", "this year"


def _opening_forecast(text: str, m: re.Match[str]) -> bool:
    """Whether a period opening its sentence ("For the first half of 2026, management guided
    revenue of $175 million") is that of a forecast the clause after it tells."""
    lead = text[max(0, m.start() - _OPENING_REACH) : m.start()]
    if pre := m.groupdict().get("pre"):
        lead += pre + " "  # "In 2026": the year's match holds its lead word
    if not _OPENING.search(lead) or not text.startswith(",", m.end()):
        return False
    end = next((b for b in _CLAUSE_START.finditer(text, m.end() + 1) if not b["range"]), None)
    clause = text[m.end() + 1 : end.start() if end else len(text)]
    cues = [
        *_roles()["future"].finditer(clause),
        *_forecast_cue().finditer(clause),
        *_guidance_told().finditer(clause),
    ]
    return bool(cues) and not _past_move().search(clause, 0, min(c.start() for c in cues))


@per_lexicon
def _guidance_told() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues('guidance_told')})\b")


_OPENING = re.compile(r"(?i)(?:^|[.!?]\s+|\n)(?:for|in|during|over|through)\s+(?:the\s+)?$")
_OPENING_REACH = 24  # characters: "For the ", after a sentence's end


def _named_day(text: str, m: re.Match[str]) -> bool:
    """Whether a named day is a time: led by a word that makes it one ("on Christmas Day",
    "since Thanksgiving", "last Easter") or with its year, and not a modifier of the noun
    after it ("on Black Friday deals", "the Christmas rally", "perfect for Halloween")."""
    after = _NEXT_WORD.match(text, m.end())  # "Christmas Island", "Black Friday deals"
    if after and after[1].lower() not in STOP_WORDS and after[1].lower() not in _times_of_day():
        return False
    lead = _day_lead().search(text, max(0, m.start() - _DAY_LEAD_REACH), m.start())
    return bool(m["rel"] or m["y"] or lead)


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")
_DAY_LEAD_REACH = 12  # characters before a named day: "ahead of the "


@per_lexicon
def _times_of_day() -> frozenset[str]:
    return frozenset(time_cue_phrases("times_of_day"))


@per_lexicon
def _day_lead() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues('named_day_leads')})\s+(?:the\s+)?$")


def _dated_ends(m: re.Match[str]) -> bool:
    """Whether both ends of a span write their own year ("from 30 December 2025 to 2
    January 2026"): no plain range pattern reads that."""
    return bool(_WRITTEN_YEAR.search(m["a"]) and _WRITTEN_YEAR.search(m["b"]))


def _joined(m: re.Match[str], pub: date | None, year: int | None) -> Period | None:
    """ "from March to date", "from 2007 to the end of 2008": from the first day of its
    first end to the last day of its second. An end without a year is the latest one on or
    before the other end ("from April until the end of June 2015": April 2015), or on or
    before publication when neither has one; an end at the present is publication."""
    a_text, b_text = m["a"], m["b"]
    if m["da"] and m["db"]:
        return _digit_days(a_text, b_text, pub)
    if m["now"]:
        a = _point(a_text, pub, year)
        return (a[0], pub) if a and pub and a[0] <= pub else None
    if _WRITTEN_YEAR.search(a_text) and not _WRITTEN_YEAR.search(b_text):
        a = _point(a_text, pub, year)
        if a is None:
            return None
        within = shift_months(a[0], 12) - timedelta(days=1)  # the year from the first end
        b = _point(b_text, min(pub, within) if pub else None, a[0].year)
    else:
        b = _point(b_text, pub, year)
        if b is None:
            return None
        yearless = not _WRITTEN_YEAR.search(a_text)
        a = _point(a_text, b[1] if yearless and pub else pub, b[1].year if yearless else year)
    if a is None or b is None or a[0] > b[1]:
        return None
    return (a[0], pub) if pub and a[0] <= pub < b[1] else (a[0], b[1])


# a year written out in full or as '25 (one pattern for every span and list reader below)
_WRITTEN_YEAR = re.compile(rf"{YEAR}|'\d\d")
# the groups of ends a joined span needs
_JOINED_FORMS = ("parta", "partb", "qa", "qb", "da", "db", "now")


def _point(text: str, pub: date | None, year: int | None) -> Period | None:
    """The period one end of a joined span names, read as a date of its own: the longest
    reading from its start ("2025 Q2" is the quarter, not the year 2025)."""
    lead = "in "
    found = [
        t for t in find_time_expressions(lead + text, pub, year) if t.start <= len(lead) < t.end
    ]
    return max(found, key=lambda t: t.end).period if found else None


# a day in digits: the year first (ISO, or dotted as Korean and Chinese outlets write it), or
# last after a day and a month in either order
_DIGIT_DAY = re.compile(
    rf"(?P<y1>{YEAR})(?P<s1>[-/.])(?P<m1>\d\d?)(?P=s1)(?P<d1>\d\d?)"
    rf"|(?P<a>\d\d?)(?P<s2>[/.])(?P<b>\d\d?)(?P=s2)(?P<y2>{YEAR})"
)


def _digit_days(a_text: str, b_text: str, pub: date | None) -> Period | None:
    """A span between two days written in digits, both ends read in one order: day first
    when either end can only be read so (a first number over 12, "19/10/2025") or is dotted
    ("05.01.2026"), month first when either end can only be read so ("8/22/2025"), month
    first as US news writes it otherwise; ends that need different orders make no span."""
    read = [_DIGIT_DAY.fullmatch(t.strip()) for t in (a_text, b_text)]
    ends = [e for e in read if e is not None]
    if len(ends) < 2:
        return None
    loose = [e for e in ends if e["a"]]
    day_first = any(int(e["a"]) > 12 or e["s2"] == "." for e in loose)
    month_first = any(int(e["b"]) > 12 for e in loose)
    if day_first and month_first:
        return None
    days = []
    for e in ends:
        if e["y1"]:
            y, mon, d = int(e["y1"]), int(e["m1"]), int(e["d1"])
        else:
            y, first, second = int(e["y2"]), int(e["a"]), int(e["b"])
            mon, d = (second, first) if day_first else (first, second)
        try:
            days.append(date(y, mon, d))
        except ValueError:
            return None
    start, end = days
    if start > end:
        return None
    return (start, pub) if pub and start <= pub < end else (start, end)


# A relative clause set off by commas or dashes ("Terraform, which collapsed in May 2022,
# agreed to pay ..."): the date inside dates that clause only, not the sentence around it.
_NOT_A_BREAK = r"(?:[^,;:.!?()—–\n]|(?<=\d)[.,](?=\d))"  # "9.1%", "1,000" break no clause
_ASIDE_OPEN = re.compile(rf"[,—–(]\s*(?:which|who|whose|where)\b{_NOT_A_BREAK}*$")
_ASIDE_CLOSE = re.compile(r"(?!(?<=\d)[.,]\d)[,;:.!?()—–\n]")


def _aside(text: str, start: int, end: int) -> Span | None:
    """The span of the comma-bounded relative clause a date stands in, if it is one that
    follows the sentence's subject or opening phrase ("Terraform, which ...,") and the main
    clause resumes after (not "buying from ETFs, which drew $458 million on Tuesday, per
    SoSoValue")."""
    lo = max(0, start - 120)
    opening = _ASIDE_OPEN.search(text, lo, start)
    close = _ASIDE_CLOSE.search(text, end)
    if opening is None or close is None or close.group() not in ",—–)":
        return None
    sentence = max(
        line_bounds(text).start(opening.start()) - 1,
        *(text.rfind(stop, 0, opening.start()) for stop in (". ", "! ", "? ")),
    )
    if len(text[sentence + 1 : opening.start()].split()) > _SUBJECT_WORDS:
        return None
    if _ATTRIBUTION_TAIL.match(text, close.end()):
        return None
    return opening.start(), close.start()


_SUBJECT_WORDS = 8  # words before an aside: a subject or an opening phrase, not a clause
_ATTRIBUTION_TAIL = re.compile(r"(?i)\s*(?:per|according\s+to|citing|data\s+show|said)\b")


_TO_END = re.compile(r",?\s+to\s")  # "from $300 million on Monday to $500 million": a move's ends
_LIST_JOINT = re.compile(r"(?<!\d),\s+(?:and\s+)?|\s(?:and|or)\s+")
_PHRASE_END = re.compile(r"[.;!?\n]|—|–\s|,(?!\d)")
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])[.!?]\s+(?=[A-Z\"“])")  # not the stop of "U.S."
_PHRASE_TAIL = re.compile(r"[\s\"”’)]*(?:[,.;!?\n]|$)")  # the date ends its phrase
_SENTENCE_TAIL = re.compile(r"[\s\"”’)]*(?:[.;!?\n]|$)")  # the date ends its sentence
_FUTURE_REACH = 28  # characters: "repayments to start in July", not "will show it rose in May"
_DIGIT = re.compile(r"\d")  # "Since only 7,200 BTC were mined during May": a cause, no window
_SCOPES = frozenset({"year", "month", "quarter", "half"})
_YEARLESS = frozenset(
    {"month", "month_day", "day_month", "quarter", "half", "day_range", "day_first_range",
     "holiday", "part"}
)  # fmt: skip


def _future(text: str, pos: int) -> bool:
    """Whether a future cue leads up to ``pos`` in its clause; "starting" or "beginning"
    after a move told in the past is no forecast ("Bitcoin rose 5% starting January 7")."""
    clause = _clause_before(text, pos)
    at = max(0, len(clause) - _FUTURE_REACH)
    cue = _roles()["future"].search(clause, at)
    if cue is None:
        return _foretold(_governing_clause(text, pos, clause))
    return cue.group().lower() not in _PARTICIPLE_CUES or not _moved(clause[: cue.start()])


def _governing_clause(text: str, pos: int, clause: str) -> str:
    """The clause a date's phrase continues: a phrase after a comma opened by one of the
    continuation words has no verb of its own and is the previous clause's ("Bernholt
    expects to cut rates twice, to a range of 3.00%-3.25% by December")."""
    if not _continuation().match(clause):
        return clause
    start = pos - len(clause)
    return _clause_before(text, max(0, start - 1)) + clause


@per_lexicon
def _continuation() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s*(?:{_cues('continuation_openers')})\s")


def _foretold(clause: str) -> bool:
    """Whether a forecast further back governs the clause's end: a future or forecast cue
    with no move told in the past after it ("Bitcoin could hit $150,000 by Christmas", "the
    SEC will rule on the applications by March"; not "data will show it rose in May", "could
    not hold $70,000 in March")."""
    cues = [*_roles()["future"].finditer(clause), *_forecast_cue().finditer(clause)]
    if not cues:
        return _forecast_named(clause)
    last = max(cue.end() for cue in cues)
    return not _UNREAL.match(clause, last) and not _past_move().search(clause, last)


@per_lexicon
def _forecast_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(time_cue_phrases('forecast_cues'))})\b")


def _forecast_named(clause: str) -> bool:
    """Whether a forecast noun governs the clause's end: one that no move reaches, with no
    verb in the past after it, and before a deadline or with no verb in the past before it
    either ("set a target of $320 by the end of the third quarter", "lowered its target to
    $5,200 by the end of September"; not "bitcoin hit the bank's target of $100,000 in
    March", "raised its target to $400 in March", "its outlook had bitcoin at $90,000 by
    the end of March")."""
    noun = _forecast_noun().search(clause)
    if noun is None or move_forms().search(clause, 0, noun.start()):
        return False
    if told_past(clause[noun.end() :]):
        return False  # "the outlook had bitcoin at $90,000 by the end of March"
    return bool(_DEADLINE_END.search(clause, noun.end())) or not told_past(
        clause[: noun.start()]
    )  # "The bank cut its target to $100,000 in February": when it was cut


def told_past(text: str) -> bool:
    """Whether a verb in ``text`` is told in the past: a past form ("held", "saw"), or a
    verb whose past is its base form ("cut", "set") where no infinitive, modal or
    determiner leads it ("to cut", "will set", "a cut"); a capitalized word after the
    first is a name ("the Fed")."""
    words = _WORD.findall(text)
    leads = _present_leads()
    for i, word in enumerate(words):
        if i and word[0].isupper():
            continue  # a name ("the Fed holds"), not a verb
        if past_form(word):
            return True
        if unchanged_past(word) and (i == 0 or words[i - 1].lower() not in leads):
            return True
    return False


@per_lexicon
def _present_leads() -> frozenset[str]:
    return frozenset(time_cue_phrases("present_leads"))


_DEADLINE_END = re.compile(r"(?i)\bby\s+(?:the\s+(?:end|close)\s+of\s+)?(?:the\s+)?$")
_WORD = re.compile(r"[A-Za-z]+")


def past_form(word: str) -> bool:
    """A verb's past form or participle ("handled", "had", "sold"), as the lemma table
    tells them from their base form: not a plural noun ("rivals"), an -ing form or an
    adjective's degree ("largest", "bigger")."""
    lower = word.lower()
    base = lemma(lower)
    if base == "be":  # "are", "am" are no past
        return lower in ("was", "were", "been")
    return base != lower and not lower.endswith(("s", "ing", "est", "er"))


@per_lexicon
def _forecast_noun() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(time_cue_phrases('forecast_nouns'))})\b")


@per_lexicon
def move_forms() -> re.Pattern[str]:
    """Every form of the verbs of a move ("hit", "reaching", "topped"): ``move_verbs`` of
    ``data/time_cues.jsonl``."""
    return re.compile(rf"(?i)\b(?:{alternation(inflections(time_cue_phrases('move_verbs')))})\b")


_UNREAL = re.compile(r"(?i)\s*(?:n['’]t|not|have)\b")  # "could not hold", "would have"


def _moved(lead: str) -> bool:
    """Whether a move told in the past governs what follows ``lead``: one before a word of
    saying or planning governs nothing after it ("fell 5% after Binance said fees starting
    March 1 would rise")."""
    told = list(_told().finditer(lead))
    return bool(_past_move().search(lead, told[-1].end() if told else 0))


@per_lexicon
def _told() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(time_cue_phrases('told_verbs'))})\b")


_REACHED = frozenset({"level", "since", "after"})  # roles of a date already passed
_ENDING = re.compile(r"(?i),?\s+(?:and\s+)?(?:ending|ended)\s+(?:on\s+|in\s+)?")
_WRITTEN_SPANS = frozenset(
    {"joined", "between", "month_between", "month_span", "day_range", "day_first_range",
     "weekday_span", "year_span", "year_range", "span"}
)  # fmt: skip
_PARTICIPLE_CUES = frozenset({"starting", "beginning"})
_STARTING = re.compile(r"(?i)\b(?:starting|beginning)\s+(?:(?:on|in|from)\s+)?$")


@per_lexicon
def _past_move() -> re.Pattern[str]:
    """The past forms of the verbs of a move, a count or a flow ("rose", "totaled", "sold")."""
    verbs = [
        *time_cue_phrases("move_verbs"),
        *time_cue_phrases("count_verbs"),
        *time_cue_phrases("flow_verbs"),
    ]
    forms = inflections(verbs)
    past = {f for f in forms if not f.endswith(("ing", "s", "er", "est")) and f not in verbs}
    return re.compile(rf"(?i)\b(?:{alternation(past)})\b")


def _forecast(text: str, pos: int) -> bool:
    """Whether the clause up to ``pos`` is a forecast or a condition ("could double ...")."""
    lead = _clause_before(text, pos)[-_FORECAST_REACH:]
    return bool(_roles()["future"].search(lead) or hypothetical().search(lead))


_FORECAST_REACH = 80


def _yearless_past(kind: str, m: re.Match[str], period: Period | None, pub: date | None) -> bool:
    """A date written without a year that resolved to a past one."""
    written = any(m.groupdict().get(g) for g in _YEAR_GROUPS)
    return bool(kind in _YEARLESS and not written and period and pub and period[1] < pub)


_YEAR_GROUPS = ("y", "y2", "y3", "u")  # a written year, or a unit ("the end of the year")


def _deadline_ahead(text: str, m: re.Match[str], period: Period, pub: date) -> bool:
    """Whether a date written without a year is a deadline or an appointment close ahead
    ("a 35% chance of being back at $1 by Oct. 31", "the next adjustment, due around Nov.
    19"): a deadline word right before it, its next occurrence near after publication, and
    no move or state told in the past around it ("had fallen 20% by Oct. 3", "By March,
    15% of supply was staked")."""
    lead = text[max(0, m.start() - _DEADLINE_LEAD) : m.start()]
    if not _deadline_lead().search(lead):
        return False
    horizon = _DEADLINE_AHEAD_LONG if _LONG_UNIT.search(m.group()) else _DEADLINE_AHEAD
    if (_next_year(period, pub)[0] - pub).days > horizon:
        return False
    clause = _clause_before(text, m.start())
    if _moved(clause) or _past_verb(clause):
        return False  # "Miners kept 5,000 BTC in reserve until Oct. 20"
    stop = _SENTENCE_STOP.search(text, m.end())
    end = stop.start() if stop else len(text)
    rest = text[m.end() : end]
    if _PAST_TOLD.search(rest) or _past_move().search(rest):
        return False
    return not any(
        not told.group().isdigit() or int(told.group()) < pub.year
        for told in _past_year_told().finditer(text, _sentence_start(text, m.start()), end)
    )  # the year of publication is no past year ("After a 2026 rally ... by Dec. 31")


def _scheduled(text: str, m: re.Match[str], period: Period, pub: date) -> bool:
    """Whether a date written without a year that would lie long past is a schedule told in
    the present ("the unlock of 45 million ARB is set for Feb. 16", "Sui's next unlock
    lands on March 1", "options are due to expire on Jan. 30"): its sentence is told with
    "is"/"are" or names a scheduled event (an unlock, a vote, an expiry), and tells nothing
    in the past (a participle after "is"/"are" and a verb of saying aside), and the date is
    not the point a reading stands at ("as of June 30"). A date close behind publication
    stays the past one: a headline tells last week's news in the present ("Bitcoin jumps 5%
    on Nov. 3")."""
    if (pub - period[1]).days <= _SCHEDULE_BEHIND:
        return False
    if _AS_OF.search(text, max(0, m.start() - 8), m.start()):
        return False
    start, end = _sentence_start(text, m.start()), _sentence_end(text, m.end())
    if _COMPARED_READING.search(text[start : m.start()]):
        return False  # "TVL is $4.1 billion, down from $6.2 billion on March 1": a past reading
    past, present = _sentence_tense(text[start:end])
    if not past and present:  # an "is"/"are" with no figure between it and the date
        present = bool(
            _PRESENT_TO_DATE.search(text[start : m.start()])
            or _PRESENT_AFTER_DATE.match(text[m.end() : end])
        )
    return not past and (
        present
        or bool(_event_noun().search(text, start, end))
        or _calendar_row(text, m, period, pub)
    )


# the base of a change set off from it ("..., up from 4.5% at the July review"), up to its
# date; "will fall to 1% from 1.5% on March 1" dates the change, not its base
_LOOKED_BACK = re.compile(
    r"(?i)(?:,\s+|\b(?:up|down)\s+)from\s+(?:(?:about|around|nearly|roughly|some)\s+)?"
    rf"{_BASE_FIGURE}(?:\s+[^\s\d,.;:]{{1,12}})?\s+(?:on|in|at)\s+(?:the\s+)?$"
)


def _told_ahead(text: str, m: re.Match[str], period: Period, pub: date) -> bool:
    """Whether the verb that governs a date written without a year puts it ahead: the
    date's tense (``date_tense``) is a future, a modal or a verb of forecasting ("Season 2
    started on Friday and will distribute 50 million tokens by the end of February", "we
    see bitcoin at $140,000 by the end of March"), or it is a present, or the date opens
    its sentence as a start ("From December 1, cashback falls to 1%") with no tense told,
    and the coming occurrence lies nearer publication than the last one ("max pain for
    October 30 is $3,900" a week before it). A past tense keeps the last one ("By the end
    of March the fund had returned 14%")."""
    if _LOOKED_BACK.search(text, max(0, m.start() - _FORECAST_REACH), m.start()):
        return False  # "expected to be 6.8%, up from 4.5% at the July review": what was
    tense, at = date_tense(text, m.start(), m.end())
    if tense == "future":
        return True
    if tense == "past" or (at < m.start() and _DIGIT.search(text, at, m.start())):
        return False  # "Bitcoin is at $110,000, up from $92,000 on March 1": a past reading
    opens = START_OPENER.fullmatch(text, _near_sentence_start(text, m.start()), m.start())
    if tense is None and not opens:
        return False
    return (_next_year(period, pub)[0] - pub).days < (pub - period[1]).days


# a clause or phrase of its own between a tense and a date: an absolute or subordinate
# clause, or a noun phrase set beside a figure ("toward $62,800, the swing low from Feb. 24")
_SUBORDINATE = re.compile(
    r"(?i)(?:[,;(—–]\s*|\s)(?:with|while|whereas|after|before|when|which|who|since|because"
    r"|though|although)\s|,\s+(?:the|its|their|a|an)\s"
)
# a date that opens its sentence as the start of what the sentence tells ("From Dec. 1,")
START_OPENER = re.compile(r"(?i)\W*(?:from|starting|beginning|effective)\s+(?:on\s+)?")


def date_tense(text: str, start: int, end: int) -> tuple[str | None, int]:
    """The tense of the verb that governs the date at ``start``..``end``: the nearest
    marker of a tense before it in its sentence or, when none leads it ("By the end of
    March the fund had ..."), the first after it. Markers: a future or forecast cue ("will",
    "could", "expects"), a verb of forecasting in the present ("sees", "anticipates"), a
    verb told in the past ("had", "started", "hit" after its subject) and "is"/"are"
    ("present"); a verb of saying and a capitalized word after the first (a name) are no
    marker ("Season 2 started on Friday and will distribute ... by the end of February":
    future). Also where the marker starts."""
    first = _near_sentence_start(text, start)
    marks = _tense_marks(text, first, min(_sentence_end(text, end), end + _TENSE_REACH))
    opener = [m.end() for m in _SUBORDINATE.finditer(text, first, start)]
    lead = opener[-1] if opener else first  # "could rally, with ETFs drawing $2bn in March"
    before = [mark for mark in marks if lead <= mark[0] < start]
    if before:
        return before[-1][1], before[-1][0]
    after = [mark for mark in marks if mark[0] >= end]
    return (after[0][1], after[0][0]) if after else (None, end)


def _near_sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, looked for no further back than a long
    sentence reaches (a text of thousands of sentences on one line stays linear)."""
    line = max(line_bounds(text).start(pos), pos - _TENSE_REACH)
    return max((s.end() for s in _SENTENCE_BREAK.finditer(text, line, pos)), default=line)


_TENSE_REACH = 400  # characters: a sentence's tense is looked for this far around a date


def _tense_marks(text: str, first: int, last: int) -> list[tuple[int, str]]:
    """The markers of a tense in ``text[first:last]`` with where they start, in order."""
    marks: list[tuple[int, str]] = []
    for cue in (_roles()["future"], _forecast_cue(), _forecast_verb()):
        for c in cue.finditer(text, first, last):
            if c.group().lower() in _PARTICIPLE_CUES or _NOUN_AFTER.match(text, c.end()):
                continue  # "rose 5% starting January 7", "forecasts of 3.2%": no tense
            unreal = _UNREAL.match(text, c.end())  # "could not hold", "would have"
            marks.append((c.start(), "past" if unreal else "future"))
    words = list(_WORD.finditer(text, first, last))
    leads = _present_leads()
    said = _said()
    for i, w in enumerate(words):
        word, lower = w.group(), w.group().lower()
        prev = words[i - 1].group().lower() if i else ""
        if (i and word[0].isupper()) or lower in said:
            continue
        participle = prev in _PARTICIPLE_LEADS  # "is set", "will be", "to be"
        if prev in _PERFECT_LEADS and past_form(word):
            marks.append((w.start(), "past"))  # "supply has risen", "ETFs have drawn"
        elif lower in ("is", "are"):
            marks.append((w.start(), "present"))
        elif not participle and (
            past_form(word) or (unchanged_past(lower) and i and prev not in leads)
        ):
            marks.append((w.start(), "past"))
    cues = {at for at, t in marks if t == "future"}
    ordered = sorted((at, t) for at, t in marks if t == "future" or at not in cues)
    told: list[tuple[int, str]] = []
    for at, t in ordered:  # "returned the funds that could be recovered on March 25": a
        # modal after a past is that past's ("said it would repay by May 3")
        past = any(p == "past" for _, p in told)
        shifted = t == "future" and past and _BACKSHIFTED.match(text, at)
        told.append((at, "past" if shifted else t))
    return told


_PERFECT_LEADS = frozenset({"has", "have"})  # a perfect tells what is done by now: a past
_NOUN_AFTER = re.compile(r"(?i)\s+of\b")  # "analysts' forecasts of 3.2%": a noun
_BACKSHIFTED = re.compile(r"(?i)(?:could|would|might|should)\b")


@per_lexicon
def _forecast_verb() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(time_cue_phrases('forecast_verbs'))})\b")


def _calendar_row(text: str, m: re.Match[str], period: Period, pub: date) -> bool:
    """Whether a date written without a year opens a row of a table (cells split by "|" or
    tabs) and its coming occurrence lies nearer publication than its last one: a calendar
    entry, told in no tense ("Nov 2 | Helix (HLX) | 8M HLX" published on Oct 8 is the coming
    Nov 2; "Jul 3 | ..." stays the last Jul 3)."""
    bounds = line_bounds(text)
    line_start = bounds.start(m.start())
    if text[line_start : m.start()].strip(" |\t"):
        return False
    if not is_table_row(text, line_start, bounds.end(m.end())):
        return False
    ahead = _next_year(period, pub)
    return (ahead[0] - pub).days < (pub - period[1]).days


def _past_reading(text: str, m: re.Match[str]) -> bool:
    """Whether an end counted from publication ("at month-end") is told as a past reading:
    its sentence tells a verb in the past and no forecast, plan or schedule ("stood at $61
    billion at month-end"; not "lowered its year-end target", "options are set to expire
    ..., the quarter-end settlement")."""
    start, end = _sentence_start(text, m.start()), _sentence_end(text, m.end())
    sentence = text[start:end]
    if _roles()["future"].search(sentence) or _forecast_cue().search(sentence):
        return False
    return _sentence_tense(sentence)[0] and not _forecast_noun().search(sentence)


def _sentence_tense(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence tells a verb in the past, and one in the present ("is", "are"):
    a participle after "is"/"are"/"been" is a present passive ("is set for"), a verb of
    saying belongs to another clause, and a capitalized word after the first is a name."""
    words = _WORD.findall(sentence)
    present = False
    for i, word in enumerate(words):
        lower = word.lower()
        if (i and word[0].isupper()) or lower in _said():
            continue
        passive = i and words[i - 1].lower() in ("is", "are", "been")
        if passive and (past_form(word) or unchanged_past(word)):
            continue  # "is set for", "are pencilled in for"
        if past_form(word) or (unchanged_past(word) and (i == 0 or words[i - 1].lower() != "to")):
            return True, present
        present = present or lower in ("is", "are")
    return False, present


# a figure compared against before the date ("down from $6.2 billion on", "versus 71 on"):
# the date is that figure's past reading, however the sentence's own figure is told (a bound,
# "more than 45 million ARB is set for", compares nothing)
_COMPARED_READING = re.compile(
    r"(?i)\b(?:(?:up|down|higher|lower|off|rising|falling)\s+from|versus|vs\.?|against"
    r"|compared\s+(?:with|to))\s+[^,;:]*\d[^,;:\d]*$"
)
# "is"/"are" with no figure between it and the date ("is set for", "are due on", "the
# skew for September expiries is"), not the verb of a level told away from it ("TVL is
# $4.1 billion, ... on March 1")
_PRESENT_TO_DATE = re.compile(r"(?i)\b(?:is|are)\b[^\d]*$")
_PRESENT_AFTER_DATE = re.compile(r"(?i)[^\d]*?\b(?:is|are)\b")
_SCHEDULE_BEHIND = 60  # days: a date this close behind publication is recent news
_AS_OF = re.compile(r"(?i)\bas\s+of\s+$")


@per_lexicon
def _event_noun() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues('event_nouns')})\b")


@per_lexicon
def _said() -> frozenset[str]:
    """The forms of the verbs of saying: a report's verb is no tense of the schedule told."""
    return inflections(time_cue_phrases("report_verbs"))


def _past_verb(clause: str) -> bool:
    """Whether a verb of the clause is told in its past form ("kept", "held", "delayed",
    "had until"), not a participle after a linking verb or a modal ("stay locked", "is
    expected"); a capitalized word is a name ("Fed funds futures price ...")."""
    words = _WORD.findall(clause)
    for i, word in enumerate(words):
        if word[0].isupper():
            continue
        if past_form(word) and (i == 0 or words[i - 1].lower() not in _PARTICIPLE_LEADS):
            return True
    return False


_PARTICIPLE_LEADS = frozenset(
    {"is", "are", "be", "been", "being", "was", "were", "stay", "stays", "remain", "remains",
     "get", "gets", "will", "to", "has", "have", "the", "a", "an"}
)  # fmt: skip


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last stop before a capital on
    its line, or at the line's start (an abbreviation's dot, "Nov. 3", is no stop; a
    headline's line is no part of the sentence under it)."""
    line = line_bounds(text).start(pos)
    return max((s.end() for s in _SENTENCE_BREAK.finditer(text, line, pos)), default=line)


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends: just after its stop, or at the line's end."""
    line_end = line_bounds(text).end(pos)
    stop = _SENTENCE_BREAK.search(text, pos, line_end)
    return stop.start() + 1 if stop else line_end


@per_lexicon
def _past_year_told() -> re.Pattern[str]:
    """A past year told in a sentence: a phrase ("last year", "a year ago"), a written year
    (past only when before the year of publication), or "last" before a month's name."""
    phrases = alternation(time_cue_phrases("past_year_told"))
    return re.compile(rf"(?i)\b(?:{phrases}|(?:19|20)\d\d|last\s+(?:{MONTHS}))\b")


_DEADLINE_LEAD = 20  # characters: "due around ", "no later than "
_DEADLINE_AHEAD = 92  # days: a deadline a news story counts down to lies within a quarter
_DEADLINE_AHEAD_LONG = 366  # days: "by the end of Q3", "by the end of H2" within a year
_LONG_UNIT = re.compile(r"(?i)\b(?:Q[1-4]|H[12]|quarter|half)\b")  # units longer than a month
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
_PAST_TOLD = re.compile(r"(?i)\b(?:was|were|had)\b")


@per_lexicon
def _deadline_lead() -> re.Pattern[str]:
    leads = alternation(time_cue_phrases("deadline_leads"))
    return re.compile(rf"(?i)\b(?:{leads})\s+(?:(?:the|on)\s+)?$")


def _next_year(period: Period, pub: date) -> Period:
    """The same dates in the first year they are not past at publication."""
    while period[1] < pub:
        period = (shift_months(period[0], 12), shift_months(period[1], 12))
    return period


def _clause_before(text: str, pos: int) -> str:
    """The text of the clause that ends at ``pos`` (back to a comma, semicolon or sentence)."""
    return text[_clause_start(text, pos) : pos]


def _clause_start(text: str, pos: int) -> int:
    """Where the clause that ends at ``pos`` starts."""
    lo = max(0, pos - 160)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, pos) if not m["range"]]
    return starts[-1] if starts else lo


def _nearest_month(month: int, pub: date) -> Period:
    """The month of that name nearest to publication, before or after it (a scheduled event)."""
    options = [date(pub.year + k, month, 1) for k in (-1, 0, 1)]
    start = min(options, key=lambda d: abs((d + timedelta(days=14) - pub).days))
    return start, shift_months(start, 1) - timedelta(days=1)


_DAYS = frozenset({"month_day", "day_month"})


def _event_year(text: str, m: re.Match[str], period: Period, pub: date) -> Period:
    """The year of a scheduled event's day written without one, by the tense of its
    sentence: told in the past ("the Feb. 13 expiry saw", "At its June 17 meeting, the Fed
    held"), the latest such day on or before publication; looked forward to ("will
    settle", "positioning for", "ahead of"), the next one; the nearest only when neither
    or both are told."""
    sentence = text[_sentence_start(text, m.start()) : _sentence_end(text, m.end())]
    cues = [*_roles()["future"].finditer(sentence), *_forecast_cue().finditer(sentence),
            *_event_ahead().finditer(sentence)]  # fmt: skip
    rest = sentence
    for cue in cues:  # "is expected to", "scheduled": no past told
        rest = rest[: cue.start()] + " " * (cue.end() - cue.start()) + rest[cue.end() :]
    ahead, past = bool(cues), told_past(rest)
    if ahead and not past:
        return _next_year(period, pub)
    if past and not ahead:
        while period[0] > pub:
            period = (shift_months(period[0], -12), shift_months(period[1], -12))
        while shift_months(period[0], 12) <= pub:
            period = (shift_months(period[0], 12), shift_months(period[1], 12))
        return period
    return _nearest_year(period, pub)


@per_lexicon
def _event_ahead() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_cues('event_ahead')})\b")


def _nearest_year(period: Period, pub: date) -> Period:
    """The same day in the year that puts it nearest to publication, before or after it: a
    scheduled event's day ("the Feb. 13 expiry" four days ahead, "its Dec. 10 meeting" a
    month back)."""
    options = [(shift_months(period[0], k), shift_months(period[1], k)) for k in (-12, 0, 12)]
    return min(options, key=lambda p: abs((p[0] - pub).days))


def _durations_beside_dates(text: str, found: list[TimeExpr], pub: date | None) -> None:
    """How long a change took dates it only when its sentence names no other time: "Luna
    lost 99% in six days in May 2022" is May 2022, not the six days to publication. A time
    that holds publication day ("began the month holding ...") agrees with the span, and a
    comparison base dates only what it scopes. Only the times up to the sentence ends
    around a duration are looked at (a text of thousands of sentences stays linear)."""
    if not any(t.kind == "duration" and t.period for t in found):
        return
    stops = [m.start() for m in _SENTENCE_END_AT.finditer(text)]
    stop_ends = [i + (1 if text[i] == "\n" else 2) for i in stops]  # never decreasing
    starts = [x.start for x in found]
    reach = list(itertools.accumulate((x.end for x in found), max))  # furthest end so far
    for t in found:
        if t.kind != "duration" or t.period is None:
            continue
        k = bisect.bisect_right(stop_ends, t.start) - 1  # the last stop before the duration
        first = bisect.bisect_right(reach, stops[k]) if k >= 0 else 0  # times ending after it
        k = bisect.bisect_left(stops, t.end)  # the first stop after the duration
        last = bisect.bisect_left(starts, stop_ends[k]) if k < len(stops) else len(found)
        for x in found[first:last]:
            if x is t or x.period is None or x.kind == "now" or x.role == "bound":
                continue
            if x.scope and not x.scope[0] <= t.start < x.scope[1]:
                continue
            if pub and x.period[0] <= pub <= x.period[1]:
                continue
            between = (x.end, t.start) if x.end <= t.start else (t.end, x.start)
            if not _SENTENCE_END.search(text, *between):
                t.period = None
                break


_COORDINATED = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|&)\s+)")


def _share_years(text: str, found: list[TimeExpr]) -> None:
    """In a list of months or quarters the year written last is every item's ("In October
    and November 2024": October 2024)."""
    for i in range(len(found) - 2, -1, -1):  # from the end: a year passes back along the list
        first, second = found[i], found[i + 1]
        if (
            first.kind in _YEARLESS
            and second.period
            and first.period
            and first.period[0].year != second.period[0].year
            and _COORDINATED.fullmatch(text, first.end, second.start)
            and not _WRITTEN_YEAR.search(text, first.start, first.end)
            and _WRITTEN_YEAR.search(text, second.start, second.end)
        ):
            year = second.period[0].year - (first.period[0].month > second.period[0].month)
            first.period = _shifted(first.period, 12 * (year - first.period[0].year))


def _paragraph_year(text: str, found: list[TimeExpr], pub: date | None) -> None:
    """A date written without a year after an earlier year of its paragraph is in that year
    ("The beginning of 2024 saw inflows. During January and February, ...": 2024), not in
    the last one before publication."""
    year: int | None = None
    frame: Period | None = None
    bounds = line_bounds(text)
    line = -1
    for t in found:
        start = bounds.start(t.start)
        if start != line:
            line, year = start, None
        written = _WRITTEN_YEAR.search(text, t.start, t.end)
        if written and t.period and t.role in _STORY_ROLES:  # a year, month or quarter of one
            framing = (
                t.kind in _FRAMES
                and t.period[0].year == t.period[1].year
                and not _in_since_comparison(text, t.start)
            )
            year = t.period[0].year if framing else None  # a day of another year: an event
            frame = t.period
        elif year and not written and t.kind in _YEARLESS and t.period and t.role in _STORY_ROLES:
            months = 12 * (year - t.period[0].year)
            moved = _shifted(t.period, months)
            if t.period[1] == pub and t.kind in _CALENDAR_MONTHS:  # was cut at publication
                moved = moved[0], month_end(shift_months(moved[0], _CALENDAR_MONTHS[t.kind] - 1))
            if frame and moved[1] < frame[0]:  # not before the date it follows ("between
                moved = _shifted(moved, 12)  # its October 2025 record and February": 2026)
                months += 12
            if months < 0:
                t.period = moved


def _in_since_comparison(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside the "since" clause of a comparison ("the largest penalty
    since the agency fined Binance ₹18.82 crore in 2025"): that past year measures the
    record, it does not frame the paragraph's later dates."""
    lo = max(0, pos - 200)
    # (the break's look at the capital after it needs the text at ``pos``: "... since 2022. In
    # 2024, it rose 120%" starts a sentence at "In 2024")
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos + 1) if m.end() <= pos]
    lo = max(breaks[-1] if breaks else lo, line_bounds(text).start(pos))
    since = max(_SINCE_WORD.finditer(text, lo, pos), key=lambda m: m.start(), default=None)
    if since is None or not _roles()["comparison"].search(text, lo, since.start()):
        return False
    # the clause ends at its own date ("its busiest month since 2021 in November 2024") or at
    # a comma or semicolon ("not seen since 2021, ETFs drew $5 billion in October 2024")
    return not (
        _SINCE_OWN_DATE.match(text, since.end()) or _SINCE_CLAUSE_END.search(text, since.end(), pos)
    )


_SINCE_WORD = re.compile(r"(?i)\bsince\b")
_SINCE_OWN_DATE = re.compile(
    rf"\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:{CAP_MONTHS})\.?\s+)?{YEAR}\b"
)
_SINCE_CLAUSE_END = re.compile(r";|,(?!\d{3})|—|\s–\s")
_STORY_ROLES = frozenset({"date", "level", "scope"})
_CALENDAR_MONTHS = {"month": 1, "quarter": 3, "half": 6}
_FRAMES = frozenset(
    {
        "year",
        "year_noun",
        "year_described",
        "part",
        "unit_edge",
        "month",
        "quarter",
        "half",
        "month_span",
    }
)


def _counted_from(m: re.Match[str], anchor: Period) -> Period | None:
    """``_from_anchor``, or None when the count leaves the calendar ("a day earlier" than
    the first day of year 1)."""
    try:
        return _from_anchor(m, anchor)
    except OverflowError:
        return None


# windows a change is measured over ("over the past week", "in the seven days to Saturday"),
# unlike an event's span ("from Oct. 5 to Oct. 7"): what they end on is the reading
_MEASURED_WINDOWS = frozenset(("window", "days_to_day"))


def _measured_end(anchor: Period, kind: str, m: re.Match[str]) -> Period:
    """The anchor a count back from ``anchor`` starts at: a measured window's last day ("rose
    3.8% over the seven days to Saturday, to $162.4 billion. It was $156.5 billion a week
    earlier": the Saturday a week back), else the anchor itself (two days before an event's
    span are two days before it began; "a year earlier" than a quarter is that quarter)."""
    back = (m["dir"] or "").lower() in ("earlier", "before", "prior")
    calendar = (m["u"] or "").lower().rstrip("s") in ("year", "quarter", "month")
    if kind in _MEASURED_WINDOWS and back and not calendar:  # those shift the whole window
        return anchor[1], anchor[1]
    return anchor


def _resolve_anchored(text: str, found: list[TimeExpr], pub: date | None) -> None:
    """Expressions counted from another date of the text: "a day earlier", "three months
    later" from the last single date; "a year ago" beside a quarter is that quarter a year
    back; "the same quarter last year", "for the quarter" from the last period named."""
    last: Period | None = None
    last_kind = ""  # the kind of expression ``last`` came from
    span: Period | None = None  # the last calendar period named (a quarter, a month, ...)
    quarter: Period | None = None  # the latest quarter named ("the quarter" is that one)
    span_in_sentence: Period | None = None
    day_in_sentence: Period | None = None
    unit_in_sentence: Period | None = None  # the last week, month, quarter or year named
    day_in_paragraph: Period | None = None  # the last day or week its paragraph dates
    unit_before_stop: Period | None = None  # the unit the sentence before named last
    whole_in_sentence: list[Period] = []  # the calendar months and years its sentence names
    titled = _titled_units(text, found)
    sentence = previous_end = 0
    for expr in found:
        if _SENTENCE_END.search(text, sentence, expr.start):
            sentence, span_in_sentence = expr.start, None
        if _SENTENCE_END.search(text, previous_end, expr.start):  # not the stop of "Sept. 1"
            unit_before_stop = unit_in_sentence
            day_in_sentence = unit_in_sentence = None
            whole_in_sentence = []
        if "\n" in text[previous_end : expr.start]:
            day_in_paragraph = None
        previous_end = max(previous_end, expr.end)
        m = _anchored_form().match(text, expr.start, expr.end)
        if expr.kind in ("ago", "day_before") and m and (last or expr.kind == "day_before"):
            expr.period = _counted_from(m, _measured_end(last, last_kind, m)) if last else None
        elif expr.kind == "ago" and span_in_sentence and expr.period:
            months = _months_back(span_in_sentence, expr.period, pub)
            expr.period = _shifted(span_in_sentence, months) if months else expr.period
        elif expr.kind == "same_period":  # "the same period": the last one named
            base = span if "quarter" in text[expr.start : expr.end].lower() else last
            back_a_year = _LAST_YEAR.search(text, expr.start, expr.end)
            expr.period = _shifted(base, -12 if back_a_year else 0) if base else None
        elif expr.kind == "this" and _QUARTER_ANAPHORA.match(text, expr.start, expr.end):
            here = _the_quarter(span_in_sentence, None)  # "in Q4 ..., and in the quarter"
            expr.period = here or _the_quarter(quarter, pub) or expr.period
        elif expr.kind == "since_then":  # from the last date told up to publication
            expr.period = (last[0], pub) if last and pub and last[0] <= pub else None
        elif (p := _PREVIOUS_UNIT.match(text, expr.start, expr.end)) and span_in_sentence:
            expr.period = _before(span_in_sentence, p["u"].lower()) or expr.period
        elif (
            expr.kind == "this"
            and (u := _UNIT_ANAPHORA.fullmatch(text, expr.start, expr.end))
            and (named := _whole_unit(whole_in_sentence, u["u"].lower()))
        ):
            expr.period = named  # "at the end of September, helped by a 9% gain over the month"
        elif (
            expr.kind == "this"
            and (u := _UNIT_ANAPHORA.fullmatch(text, expr.start, expr.end))
            and (named := _report_unit(titled, u["u"].lower(), pub))
        ):
            expr.period = named  # "We originated $612 million during the month" under a
            # "September update" headline published in October: the report's month
        elif (
            expr.kind == "this"
            and pub
            and _ROLLING_WEEK.fullmatch(text, expr.start, expr.end)
            and (_AHEAD.match(text, expr.end) or _looks_ahead(text, expr.start, expr.end))
        ):
            expr.period = _week_to_come(text, expr.end, pub)
        elif (
            expr.kind == "this"
            and pub
            and _ROLLING_WEEK.fullmatch(text, expr.start, expr.end)
            and (told := _earlier_week(day_in_paragraph, unit_in_sentence, pub))
        ):
            expr.period = told  # "FTX filed on Nov. 11, 2022; over the week, FTT lost 90%"
        elif (
            expr.kind == "this"
            and text[expr.start : expr.end].lower().endswith("week")
            and (e := _EVENT_WEEK.match(text, expr.end))
        ):
            day = day_in_sentence or _day_after(text, found, expr)
            expr.period = _event_week(day, e["after"] is not None)
        elif expr.kind == "unit_before" and (
            named_unit := unit_in_sentence
            or (
                unit_before_stop
                if _OPENS_SENTENCE.search(text, max(0, expr.start - 8), expr.start)
                else None
            )
        ):
            # (the unit of the sentence before when it opens its own: "Bitcoin fell 5% last
            # week. The week before, it rose 8%.")
            expr.period = _unit_before(named_unit, text[expr.start : expr.end])
        elif expr.kind == "window" and expr.period and pub:
            expr.period = _counted_on(text, expr, day_in_sentence, pub) or expr.period
        if (
            expr.period
            and expr.period[0] == expr.period[1]
            and expr.kind != "now"
            and expr.role in ("date", "level", "after")  # "Following the Sept. 1 unlock"
            and not expr.report  # "said on Tuesday it aims to ...": the day it was told
        ):
            day_in_sentence = expr.period
        if expr.period and expr.role in ("date", "level") and expr.period[0] != expr.period[1]:
            unit_in_sentence = expr.period
        if (
            expr.period
            and expr.role in ("date", "level")
            and expr.kind != "now"
            and not expr.report
            and (expr.period[1] - expr.period[0]).days <= 6
        ):
            day_in_paragraph = expr.period
        if expr.role not in ("date", "level") or _FROM_BASE.search(
            text, max(0, expr.start - 40), expr.start
        ):
            pass  # "up 18% from A$2.0 billion at the end of August": a base, not the story's
        elif expr.kind in _NAMED_SPANS and expr.kind != "this" and expr.period:
            whole_in_sentence.append(expr.period)
        elif expr.kind == "part" and expr.period:  # "at the end of September": September
            first = expr.period[0].replace(day=1)
            if expr.period[1] <= month_end(first):
                whole_in_sentence.append((first, month_end(first)))
        if (
            expr.period
            and expr.role in ("date", "level")
            and expr.kind != "now"
            and not expr.report
        ):
            last, last_kind = expr.period, expr.kind
            if (expr.period[1] - expr.period[0]).days >= 27 and expr.kind != "since":
                span_in_sentence = expr.period
                span = expr.period if expr.kind in _NAMED_SPANS else span
                if (
                    span
                    and 85 <= (span[1] - span[0]).days <= 95
                    and (
                        quarter is None or span[0] >= quarter[0]  # not a comparison's "Q1 2025"
                    )
                ):
                    quarter = span


def _week_to_come(text: str, end: int, pub: date) -> Period:
    """ "could swing 10% over the week ahead": the seven days after publication; "could test
    $80,000 during the week": the rest of the calendar week."""
    if _AHEAD.match(text, end):
        return pub, pub + timedelta(days=7)
    return pub, pub + timedelta(days=6 - pub.weekday())


def _earlier_week(day: Period | None, unit: Period | None, pub: date) -> Period | None:
    """The week "over the week" points back to when its paragraph has dated an earlier day
    or week ("On Nov. 9, 2022, as FTX collapsed, bitcoin fell 14%. Over the week, it lost
    25%": the calendar week of that day) or its sentence an earlier month or year ("In March
    2020, bitcoin fell 40% during the week": March 2020), not the seven days up to
    publication."""
    rolling = pub - timedelta(days=7)
    if day and day[1] < rolling:
        if day[0] == day[1]:
            monday = day[0] - timedelta(days=day[0].weekday())
            return monday, monday + timedelta(days=6)
        return day
    if unit and unit[1] < rolling:
        return unit
    return None


def _day_after(text: str, found: list[TimeExpr], expr: TimeExpr) -> Period | None:
    """The day an event's week names after it in its clause ("in the week following the
    approval on Jan. 10, 2024")."""
    for later in found:
        if later.start < expr.end:
            continue
        if later.start - expr.end > _EVENT_REACH or _CLAUSE_END.search(text, expr.end, later.start):
            return None
        if later.period and later.period[0] == later.period[1]:
            return later.period
    return None


_EVENT_REACH = 60  # characters: "the week leading up to the Dencun upgrade on March 13"


def _event_week(day: Period | None, after: bool) -> Period | None:
    """ "fell 15% over the week that followed" the April 20 halving: the seven days after
    the day its sentence names ("leading up to": before it); no period without one."""
    if day is None:
        return None
    return (day[1], day[1] + timedelta(days=7)) if after else (day[0] - timedelta(days=7), day[0])


_EVENT_WEEK = re.compile(
    r"(?i)\s+(?:(?P<after>(?:that\s+|which\s+)?follow(?:ed|ing))|leading\s+up|"
    r"(?:that\s+|which\s+)?preced(?:ed|ing))\b"
)
_ROLLING_WEEK = re.compile(r"(?i)(?:over|on|in|during|across|throughout)\s+the\s+week")
_AHEAD = re.compile(r"(?i)\s+ahead\b")


def _whole_unit(named: list[Period], unit: str) -> Period | None:
    """The last whole calendar month (or year) of ``named``."""
    for first, last in reversed(named):
        if first.day != 1:
            continue
        if unit == "month" and (first.year, first.month) == (last.year, last.month):
            return first, month_end(first)
        if unit == "year" and first.month == 1 and first.year == last.year:
            return first, date(first.year, 12, 31)
    return None


_OPENS_SENTENCE = re.compile(r"(?<![A-Z])[.!?][\s\"”’]+$")  # "... last week. The week before"
_UNIT_ANAPHORA = re.compile(r"(?i)the\s+(?P<u>month|year)")


@per_lexicon
def _title_before() -> re.Pattern[str]:
    """What stands before a headline's own month: a window preposition ("in September")
    or a report noun across a comma, colon or bar ("Monthly Report, September 2026")."""
    window = alternation(time_cue_phrases("window_prepositions"), space=r"\s+")
    title = alternation(time_cue_phrases("report_titles"), space=r"\s+")
    return re.compile(rf"(?i)(?:\b(?:{window})\s+|\b(?:{title})\s*[,:|\u2013\u2014-]\s*)$")


@per_lexicon
def _title_after() -> re.Pattern[str]:
    """What follows a headline's own month: a report noun ("September update", "January
    in numbers"), after its year if any, not a possessive ("September's rally")."""
    title = alternation(time_cue_phrases("report_titles"), space=r"\s+")
    return re.compile(rf"(?i)(?:,?\s*\d{{4}})?\s+(?:{title})\b")


def _titled_units(text: str, found: list[TimeExpr]) -> list[Period]:
    """The calendar months and years the headline (the text's first line) names as its
    own: after a window preposition or beside a report noun ("mines 401 BTC in
    September", "Corvid Credit September update"), not a month that modifies another
    thing ("after the September sell-off", "September's rally"); a text of one line has
    no headline."""
    end = text.find("\n")
    if end < 0:
        return []
    return [
        e.period
        for e in found
        if e.end <= end
        and e.period
        and e.kind in _NAMED_SPANS
        and e.kind != "this"
        and (
            _title_before().search(text, max(0, e.start - 40), e.start)
            or _title_after().match(text, e.end, end)
        )
    ]


def _report_unit(titled: list[Period], unit: str, pub: date | None) -> Period | None:
    """The month (or year) a report's headline names, when the report went up in the unit
    right after it (a "September update" of October 6, a "2025 review" of 2026): the unit
    its body's "the month" ("during the month", "over the month") refers back to. A headline
    naming the current unit, or one long past, leaves "the month" to the current one."""
    whole = _whole_unit(titled, unit)
    if len(set(titled)) != 1:
        return None  # "October flows top September's record": no one month is the report's
    if whole is None or pub is None or whole[1] >= pub:
        return None
    after = whole[1] + timedelta(days=1)
    if unit == "month":
        return whole if (pub.year, pub.month) == (after.year, after.month) else None
    return whole if pub.year == after.year else None


_FROM_BASE = re.compile(r"(?i)\bfrom\b(?:[^,;.]|(?<=\d)[.,](?=\d)){0,40}$")


def _unit_before(named: Period, words: str) -> Period | None:
    """ "$2.9 million last week, down from $4.1 million the week before": the week before
    the week named; the month, quarter or year before a whole one named."""
    unit = words.split()[1].lower()
    days = (named[1] - named[0]).days
    if unit == "week" or (unit == "month" and 28 <= days <= 31 and named[0].day != 1):
        # a week of any cut ("over the week", "in the week to Friday", "Jan. 26-30") or a
        # rolling month ("over the past 30 days"): the same span that long before
        if unit == "week" and not 0 < days <= 7:
            return None
        back = timedelta(days=7 if unit == "week" else days)
        return named[0] - back, named[1] - back
    if unit == "month" and named[0].day == 1 and named[1] <= month_end(named[0]):
        named = named[0], month_end(named[0])  # "In March" of a March story, cut at publication
    return _before(named, unit)


def _counted_on(text: str, expr: TimeExpr, day: Period | None, pub: date) -> Period | None:
    """ "touched a record on Sunday before sliding 9.9% in the following 24 hours", "hit
    $74,000 on Monday, then shed 6% over the next 48 hours": a window after a past day told
    earlier in its sentence runs on from that day, not from publication. A forecast's or a
    plan's window runs on from publication ("analysts expect it to add 10% in the following
    two weeks", "aims to onboard 1 million users over the next six months")."""
    assert expr.period is not None
    m = _COUNTED_ON.match(text, expr.start, expr.end)
    if m is None:
        return None
    length = expr.period[1] - expr.period[0]
    if _looks_ahead(text, expr.start, expr.end):
        return pub, pub + length
    if day is None or day[1] >= pub:
        return None
    return day[1], day[1] + length


def _looks_ahead(text: str, start: int, end: int) -> bool:
    """Whether the clause of a span is a forecast, a plan or a condition, its cue before the
    span ("could rise 10% over the next two weeks", "aims to onboard 1 million users over
    the next six months") or after it ("over the next 48 hours, inflows of $500 million are
    expected")."""
    stop = _CLAUSE_AFTER.search(text, end, end + _FORECAST_REACH)
    tail = text[end : stop.start() if stop else end + _FORECAST_REACH]
    lead = _clause_before(text, start)[-_FORECAST_REACH:]
    patterns = (_roles()["future"], hypothetical(), _forecast_cue())
    # a move told in the past between the cue and the span is no forecast ("lost another 5%
    # over the following two days as holders who would not wait sold")
    last = max((m.end() for p in patterns for m in p.finditer(lead)), default=0)
    if _past_move().search(lead, last):
        return False  # "lost another 5% over the following two days as holders who would ..."
    if last:
        return True
    first = min((m.start() for p in patterns for m in p.finditer(tail)), default=-1)
    return first >= 0 and not _past_move().search(tail, 0, first)


# where the clause after a span ends ("..., and analysts expect more" is another clause)
_CLAUSE_AFTER = re.compile(r"[.;!?\n]|—|,\s+(?:and|but|while|whereas|as)\b")


_COUNTED_ON = re.compile(
    r"(?i)(?:(?:in|over|during|within|across)\s+)?(?:just\s+)?the\s+"
    r"(?P<w>next|coming|following|subsequent|ensuing)\s+\S"
)


# Periods the text names itself (not counted from another: "a year ago", "the same period").
_NAMED_SPANS = frozenset(
    {"quarter", "half", "month", "month_span", "month_between", "period_ending", "year", "this"}
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_SENTENCE_END_AT = re.compile(r"(?=[.!?]\s|\n)")  # where each of its matches may start
_LAST_YEAR = re.compile(r"(?i)year|prior|comparable")
_QUARTER_ANAPHORA = re.compile(r"(?i)(?:for\s+)?the\s+quarter\b")


# "the previous quarter" after a quarter named in its sentence: the one before that quarter.
_PREVIOUS_UNIT = re.compile(
    r"(?i)(?:(?:in|during|over|for|from)\s+)?the\s+(?:previous|prior|preceding)\s+"
    r"(?P<u>month|quarter|year)\b"
)
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _before(span: Period, unit: str) -> Period | None:
    """The calendar unit before a named one of that length ("Q2 2025" → Q1 2025)."""
    months = _UNIT_MONTHS[unit]
    whole = span[0].day == 1 and month_end(span[1]) == span[1]
    length = (span[1].year - span[0].year) * 12 + span[1].month - span[0].month + 1
    if not whole or length != months:
        return None
    return shift_months(span[0], -months), month_end(shift_months(span[0], -1))


def _shifted(span: Period, months: int) -> Period:
    return shift_months(span[0], months), shift_months(span[1], months)


def _months_back(span: Period, ago: Period, pub: date | None) -> int | None:
    """How many months back "a year ago" reaches, when said beside a quarter or a month."""
    if pub is None or ago[0] != ago[1]:
        return None
    months = (ago[0].year - pub.year) * 12 + ago[0].month - pub.month
    return months if months <= -1 else None


def _the_quarter(span: Period | None, pub: date | None) -> Period | None:
    """ "for the quarter": the quarter the text last named; else, in the weeks after a
    quarter ends, that quarter (the one results are reported for)."""
    if span and 85 <= (span[1] - span[0]).days <= 95:
        return span
    if pub and (pub - calendar_unit(pub, "quarter", 0)[0]).days < _REPORTING_DAYS:
        return calendar_unit(pub, "quarter", -1)
    return None


_REPORTING_DAYS = 45  # days into a quarter during which results for the last one come out


@per_lexicon
def _anchored_form() -> re.Pattern[str]:
    """The parts of a count from another date ("two weeks and three days earlier"); "the
    day before/after" first: "the" is no count. The second unit is the "ago" pattern's."""
    return re.compile(
        r"(?i)(?:the\s+)?(?P<prev>previous|prior)\s+day|the\s+day\s+before"
        r"|(?P<next>next|following)\s+day|the\s+day\s+(?P<after>after)"
        r"|(?P<n>\w+(?:\s+(?!(?:trading|business)\b)\w+)?)\s+(?P<u>minutes?|hours?|days?"
        r"|(?:trading|business)\s+days?|sessions?|weeks?|months?|quarters?|years?)"
        rf"{second_count()}?\s+(?P<dir>earlier|before|prior|later|after)\b"
    )


def _from_anchor(m: re.Match[str], anchor: Period) -> Period | None:
    if m["prev"] or (not m["n"] and not m["next"] and not m["after"]):
        day = anchor[0] - timedelta(days=1)
        return day, day
    if m["next"] or m["after"]:
        day = anchor[1] + timedelta(days=1)
        return day, day
    word = m["n"].lower()
    n = int(word) if word.isdigit() else count_words().get(word)
    if n is None:
        return None
    unit = m["u"].lower().split()[-1].rstrip("s")
    unit = "day" if unit == "session" else unit
    unit = "business day" if m["u"].lower().startswith("business") else unit
    sign = -1 if m["dir"].lower() in ("earlier", "before", "prior") else 1
    if anchor[0] != anchor[1] and unit in ("year", "quarter", "month"):
        ends = (back(anchor[0], -sign * n, unit), back(anchor[1], -sign * n, unit))
        return further(ends[0], m, -sign, unit), further(ends[1], m, -sign, unit)
    day = back(anchor[0] if sign < 0 else anchor[1], -sign * n, unit)
    day = further(day, m, -sign, unit)
    return day, day


_FULL_DATE = re.compile(rf"\b(?:{CAP_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+({YEAR})\b")
_NUMERIC_DATE = re.compile(rf"\b({YEAR})-\d\d-\d\d\b|\b\d{{1,2}}/\d{{1,2}}/({YEAR})\b")


def default_year(text: str, skip: Sequence[Span] = ()) -> int | None:
    """The year dates without one take when the article has no publication date: that of
    its first full date, else the latest year it dates something in (a year in a "since"
    or "until" clause, a deadline or a story told with "when" aside), outside ``skip``
    (boilerplate)."""
    outside = [m for m in (*_FULL_DATE.finditer(text), *_NUMERIC_DATE.finditer(text))
               if not _inside(m.start(), skip)]  # fmt: skip
    if outside:
        first = min(outside, key=lambda m: m.start())
        return int(next(g for g in first.groups() if g))
    years = [
        t.period[0].year
        for t in find_time_expressions(text, None, None)
        if t.period and t.role in ("date", "level", "scope") and not _inside(t.start, skip)
        and t.period[0].year == t.period[1].year and not _STORY.match(text, t.end)
        and t.kind != "year_described"  # "after a robust 2025": a year looked back on
    ]  # fmt: skip
    return max(years) if years else None


_STORY = re.compile(r",?\s+when\b")


def _inside(pos: int, spans: Sequence[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)
