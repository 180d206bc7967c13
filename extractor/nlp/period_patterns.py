"""The patterns that find date and period expressions, in priority order.

An expression overlapping one found by an earlier pattern is dropped, so longer forms
come first ("from April to June 2025" before "April", "Thursday, May 9" before
"Thursday"). Month names count only capitalised ("may" is a verb). ``HINTS`` lists words
one of which a pattern cannot match without, so most patterns skip most texts with a
substring test; ``BEFORE_MONTH`` marks the patterns run only around month names.
"""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import trie
from extractor.nlp.amounts import MONTHS
from extractor.nlp.lemmas import inflections
from extractor.nlp.tries import alternation, prefix_tree

YEAR = r"(?:19|20)\d\d"
CAP_MONTHS = "|".join(m.capitalize() for m in MONTHS.split("|"))
# The month names as prefix trees: the same matches as the alternations (which list a
# name before its abbreviation), tried faster (a case-insensitive alternation makes the
# regex engine enter all 24 names at every word it tries).
_MONTHS = prefix_tree(MONTHS.split("|")) or MONTHS
_CAP_MONTHS = prefix_tree(CAP_MONTHS.split("|")) or CAP_MONTHS
_MON = rf"(?:{_CAP_MONTHS})\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# words a span of years written with a dash follows ("in 2020-2021", "the 2021–2022 bear")
# ("since 2022-23 lows" runs to publication: the "year" pattern's "since")
_RANGE_LEADS = ("in", "the", "during", "of", "for", "over", "its", "their", "this")
# A day number that is not the start of a bigger number, a percentage or a scaled figure.
_DAY_END = r"\b(?![.,]\d|\s?%|\s(?:million|billion|thousand|percent|per\s))"
# the stop of an abbreviated month ("5 Feb."), not a sentence's after a full one
_ABBR_STOP = r"(?:(?<!May)(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\.)?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
# Abbreviated weekdays ("Tues., Jan. 14") only right before a date: "Sun" alone is a name.
_WEEKDAY_ABBR = r"Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun"
# the marks of a trading day a move is measured from or to ("Monday's open")
_DAY_MARKS = r"open|opening|close|closing|high|low|peak|trough|settlement|session"
# ... and alone in tables and headlines ("ETFs shed $200 million Wed"); "Sat" and "Sun"
# only after "on" and before a stop ("2200 Sat", "on Sun hardware"); none before a name.
_WEEKDAY_BARE = r"Mon|Tues?|Wed|Thu(?:rs?)?|Fri"
_WEEKDAY_BEFORE = rf"(?:(?P<wd>{_WEEKDAY}|(?:{_WEEKDAY_ABBR})\.?),?\s+(?:the\s+)?)?"
# an empty mark where a count is a duration's ("in two weeks", "for two years")
_DURATION_LEAD = r"(?P<dur>(?<=\bin\s)|(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s))?+"
_UNITS = (
    r"(?P<u>minutes?|hours?|days?|(?:trading|business)\s+days?|sessions?|weeks?|fortnights?|months?|quarters?"
    r"|years?|decades?)\b"
)


@per_lexicon
def count_words() -> dict[str, int]:
    """Written counts a window or an "ago" can take ("two days ago", "a week ago")."""
    words = {
        "a": 1,
        "an": 1,
        "one": 1,
        "a few": 3,
        "few": 3,
        "several": 3,
        "a couple of": 2,
        "couple of": 2,
    }
    for entry in lexicon.number_words():
        if entry.qualifier == "exact" and entry.value.is_integer() and entry.value >= 2:
            words[entry.word] = int(entry.value)
    return words


def _count() -> str:
    # digits not after "1." or "2," ("1.5 days later" is no five days); words longest first
    return rf"(?P<n>(?<!\d[.,])\d+|{alternation(count_words())})"


@per_lexicon
def second_count() -> str:
    """The second unit of a count of two ("a week and two days", "a year and a half"): the
    groups ``half``, or ``n2`` and ``u2``."""
    return (
        rf"(?:\s+and\s+(?:(?P<half>a\s+half)|(?P<n2>\d+|{alternation(count_words())})\s+"
        r"(?P<u2>days?|weeks?|months?)\b))"
    )


def _not_named_day() -> str:
    """Lookbehinds that keep a weekday of a named day ("Black Thursday") from being read."""
    words = lexicon.listed(lexicon.TIME_CUES_FILE, "named_weekday_words", "phrases").phrases
    return "".join(rf"(?<!\b{re.escape(w)}\s)" for w in words)


@per_lexicon
def _not_a_count_of() -> str:
    """Lookbehinds that keep "a record 2024" a figure reached or counted ("validators
    reached a record 2024", "climbed to an all-time 2024", "counted an unprecedented
    2024"), not a year described."""
    verbs = [
        *lexicon.listed(lexicon.TIME_CUES_FILE, "move_verbs", "phrases").phrases,
        *lexicon.listed(lexicon.TIME_CUES_FILE, "count_verbs", "phrases").phrases,
    ]
    words = sorted(inflections(verbs) | {"to", "at", "of", "by"})
    return "".join(rf"(?<!\b{re.escape(w)}\s)" for w in words)


def _edge_verbs(edge: str) -> list[str]:
    """The forms of the verbs that begin (``edge`` "beginning") or end ("end") a unit."""
    return [verb for verb, named in unit_edge_verbs().items() if named == edge]


@per_lexicon
def unit_edge_verbs() -> dict[str, str]:
    """Every form of the verbs that begin or end a unit ("began the month", "closed 2024"),
    to the edge it names: "beginning" or "end"."""
    edges: dict[str, str] = {}
    for name, edge in (("unit_opening_verbs", "beginning"), ("unit_closing_verbs", "end")):
        words = lexicon.listed(lexicon.TIME_CUES_FILE, name, "phrases").phrases
        edges |= dict.fromkeys(inflections(words), edge)
    return edges


def _point(tag: str) -> str:
    """One end of a "joined" span: a month (with its day, first or after, and year), a year
    or a quarter, or a part of one ("the end of 2008", "mid-March", "the start of the
    year"), or a day written in digits ("2024-01-11", "1/11/2024", "11.01.2024"); the groups
    ``part``/``q``/``d`` + ``tag`` mark the forms the plain range patterns do not read,
    ``m``/``y`` + ``tag`` a month and a bare year (a year to a month, "from 2021 to March
    2024", is no plain range either)."""
    return (
        rf"(?:(?:the\s+)?(?P<part{tag}>beginning|start|end|middle|close)\s+of\s+(?:the\s+)?"
        r"|(?:early|late)\s+|mid-?)?"
        rf"(?:(?:{_DAY}\s+(?:of\s+)?)?(?P<m{tag}>{_MON})(?:\s+{_DAY}{_DAY_END})?(?:,?\s+{YEAR})?"
        rf"|(?P<d{tag}>{YEAR}(?:-\d\d?-|/\d\d?/|\.\d\d?\.)\d\d?|\d\d?(?:/\d\d?/|\.\d\d?\.){YEAR})"
        rf"|(?P<q{tag}>{YEAR}[\s-](?:Q[1-4]|H[12])|Q[1-4](?:\s+{YEAR})?"
        rf"|(?:first|second|third|fourth)\s+quarter"
        rf"(?:\s+of)?\s+{YEAR})"
        rf"|(?P<y{tag}>{YEAR})|(?<=\s)(?:this\s+)?(?:year|month|quarter|week))\b"
    )


@per_lexicon
def holiday_names() -> dict[str, lexicon.HolidayEntry]:
    """Each name of a named day ("Christmas", "Good Friday") to its entry."""
    return {name: entry for entry in lexicon.holidays() for name in entry.names}


def _patterns() -> list[tuple[str, str]]:
    n = _count()
    named = _not_named_day()
    # the unit a part, a day or a level at an edge is of: a month (of a year), a year, a
    # quarter (of a year), or a week, month, quarter or year counted from publication
    unit = (
        rf"(?:(?P<mon>{_MONTHS})\b(?:\.(?=\s+{YEAR}))?(?:,?\s+(?P<y>{YEAR}))?|(?P<y2>{YEAR})\b"
        rf"|(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?(?P<y3>{YEAR}))?"
        r"|(?:(?P<rel>this|last|next|the|current)\s+)?(?P<u>week|month|quarter|year)\b)"
    )
    sizes = alternation(
        lexicon.listed(lexicon.TIME_CUES_FILE, "count_size_words", "phrases").phrases
    )
    return [
        (
            # "from March to date", "from 2007 to the end of 2008", "between Q1 2024 and
            # now": a span whose ends are any two points the other patterns read, kept only
            # when one end is a part of a unit, a quarter or the present (the plain forms
            # have their own patterns below)
            "joined",
            rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<a>{_point('a')})\s+(?:to|until|till|through|and)\s+"
            rf"(?P<b>{_point('b')}|(?P<now>date|today|now|(?:the\s+)?present(?:\s+day)?))\b",
        ),
        (
            # "on Christmas Day", "last Thanksgiving", "Black Friday 2024": a named day
            # (written as news writes it, capitalised; not "an Easter egg")
            "holiday",
            rf"\b(?:(?P<rel>(?i:last|this|next))\s+)?(?P<h>{alternation(holiday_names())})"
            rf"(?![\w’'-]|\s+eggs?\b)(?:,?\s+(?P<y>{YEAR})\b)?",
        ),
        (
            "between",
            rf"(?i)\b(?:between|from)\s+(?P<mon>{_MONTHS})\.?\s+(?P<d1>{_DAY})"
            rf"\s+(?:and|to|through|until|till)\s+(?:(?P<mon2>{_MONTHS})\.?\s+)?(?P<d2>{_DAY}){_DAY_END}"
            rf"(?:,?\s+(?P<y>{YEAR}))?\b",
        ),
        (
            "month_between",
            rf"\b[Bb]etween\s+(?:early\s+|late\s+|mid-?)?(?P<mon>{_MON})(?:\s+(?P<y>{YEAR}))?"
            rf"\s+and\s+(?:early\s+|late\s+|mid-?)?(?P<mon2>{_MON})(?:,?\s+(?P<y2>{YEAR}))?\b",
        ),
        (
            "month_span",
            rf"\b(?:[Ff]rom\s+)?(?:early\s+|late\s+|mid-?)?(?P<mon>{_MON})(?:\s+(?P<y>{YEAR}))?"
            rf"(?:\s?[–—-]\s?|\s+(?:to|through|until|till)\s+)(?:early\s+|late\s+|mid-?)?"
            rf"(?P<mon2>{_MON})(?:,?\s+(?P<y2>{YEAR}))?\b(?!\s?\d)",
        ),
        (
            "months_of",
            rf"(?i)\b(?:the\s+)?(?P<edge>first|last|final|opening|closing)\s+{n}\s+"
            rf"(?P<u>months|quarters)\s+of\s+(?:(?P<y>{YEAR})|(?:the|this)\s+year"
            r"|(?P<prev>last|the\s+previous|the\s+prior)\s+year)\b",
        ),
        (
            "period_ending",
            rf"(?i)\b(?P<u>week|month|quarter|half|year|(?:three|six|nine|twelve|3|6|9|12)\s+months)"
            rf"\s+(?:end(?:ing|ed)|to|through)\s+(?:end-|the\s+end\s+of\s+)?(?P<mon>{_MONTHS})\.?"
            rf"(?:\s+(?P<d>{_DAY}){_DAY_END})?"
            rf"(?:,?\s+(?P<y>{YEAR}))?",
        ),
        (
            # "the week beginning February 5", "the week starting 4 March": seven days from it
            "week_from",
            r"(?i)\bweek\s+(?:beginning|starting|commencing)\s+(?:on\s+)?"
            rf"(?:(?P<mon>{_MONTHS})\.?\s+(?P<d>{_DAY})|(?P<d2>{_DAY})\s+(?P<mon2>{_MONTHS})\b)"
            rf"{_DAY_END}(?:,?\s+(?P<y>{YEAR}))?",
        ),
        (
            # "the first week of January", "the last week of March 2025"
            "week_of_month",
            rf"(?i)\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+"
            rf"(?P<mon>{_MONTHS})\b(?:,?\s+(?P<y>{YEAR})\b)?",
        ),
        (
            # "the first 15 days of May", "the last two weeks of March 2025"
            "days_of_month",
            rf"(?i)\b(?:the\s+)?(?P<edge>first|last|final|opening)\s+{n}\s+(?P<u>days|weeks)\s+"
            rf"of\s+(?P<mon>{_MONTHS})\b(?:,?\s+(?P<y>{YEAR})\b)?",
        ),
        (
            # "the seven days to Jan. 30", "the two weeks ending March 7"
            "days_to",
            rf"(?i)\b(?:the\s+)?{n}\s+(?P<u>days|weeks)\s+(?:to|through|ending|ended|until)\s+"
            rf"(?P<mon>{_MONTHS})\.?\s+(?P<d>{_DAY}){_DAY_END}(?:,?\s+(?P<y>{YEAR})\b)?",
        ),
        (
            # "the seven days to Sunday", "the 30 days through Monday": the days counted back
            # from the latest such day; "to"/"through" only where a window is named as one
            # (after "the" or an opening bracket: "Weekly moves (seven days to Sunday)"),
            # since a bare count is a countdown or a shift ("has three days to Friday to
            # reclaim", "extended by seven days to Sunday", "Two days to Friday, and ...",
            # "with three days to Friday's expiry"); "ended"/"ending" tell a past window
            "days_to_day",
            rf"(?i)(?<!with\s)(?P<the>\bthe\s+|(?<=\())?\b{n}\s+(?P<u>days|weeks)\s+"
            rf"(?(the)(?:to|through|ending|ended)|(?:ending|ended))\s+"
            rf"(?P<wd>{'|'.join(WEEKDAYS)})\b(?!['’]s\b)",
        ),
        (
            # "the week to Friday", "the week ended Thursday": that week's Monday to that day
            "week_to_day",
            rf"(?i)\b(?:the\s+)?week\s+(?:to|ending|ended|through)\s+(?P<wd>{'|'.join(WEEKDAYS)})\b",
        ),
        (
            "week_of",
            rf"(?i)\bweek\s+of\s+(?P<mon>{_MONTHS})\.?\s+(?P<d>{_DAY}){_DAY_END}(?:,?\s+(?P<y>{YEAR}))?",
        ),
        (
            "iso",
            rf"\b(?P<y>{YEAR})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>[0-2]?\d|3[01])\b"
            r"(?![-/]\d)",
        ),
        (
            "day_range",
            rf"\b(?P<mon>{_MON})\s+(?P<d1>{_DAY})\s?(?:[–—-]|\s(?:to|through|until)\s)\s?"
            rf"(?:(?P<mon2>{_MON})\s+)?(?P<d2>{_DAY}){_DAY_END}(?:,?\s+(?P<y>{YEAR})\b)?",
        ),
        (
            # "9-12 June", "from 30 June to 2 July 2025", "between 9 and 12 June": a day range
            # written day first ("and" only after "between": "on 5 and 12 June" is two days)
            "day_first_range",
            rf"\b(?:[Bb]etween\s+(?P<b>)|[Ff]rom\s+)?(?P<d1>{_DAY})(?:\s+(?:of\s+)?(?P<mon1>{_CAP_MONTHS})\b"
            rf"{_ABBR_STOP})?(?(b)\s+and\s+|(?:\s?[–—-]\s?|\s+(?:to|through|until|till)\s+))"
            rf"(?P<d2>{_DAY})\s+(?:of\s+)?(?P<mon>{_CAP_MONTHS})\b{_ABBR_STOP}"
            rf"(?:,?\s+(?P<y>{YEAR})\b)?",
        ),
        (
            "month_day",
            # "on March, 15", "March, 15.", "March, 15, 2024", "October, 1st": a comma
            # between month and day; not "in March, 15, or 37%, have halved" (a count)
            rf"\b{_WEEKDAY_BEFORE}(?:(?<=\bon\s)(?P<on>))?(?P<mon>{_MON})"
            rf"(?:,(?(on)|(?=\s+(?:\d{{1,2}}(?:st|nd|rd|th)\b|{_DAY}(?:[.;!?]|$|,\s+{YEAR}\b)))))?"
            rf"\s+(?:the\s+(?=\d+(?:st|nd|rd|th)))?(?P<d>{_DAY}){_DAY_END}"
            rf"(?:\s?,?\s+(?P<y>{YEAR})\b)?",  # "Dec. 31 , 2024": a page's stray space
        ),
        (
            "day_month",
            rf"\b{_WEEKDAY_BEFORE}(?P<d>{_DAY})(?:\s+(?:of\s+)?|-(?=[A-Z][a-z]{{2}}\b))(?P<mon>{_CAP_MONTHS})\b"
            rf"{_ABBR_STOP}"  # the stop of "5 Feb." only
            rf"(?:(?:\s?,?\s+|-)(?P<y>{YEAR})\b)?(?!-\d)",
        ),
        (
            "dated_ci",
            rf"(?i)\b(?:(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTHS})|(?P<mon2>{_MONTHS})\.?\s+"
            rf"(?P<d2>{_DAY})){_DAY_END}\.?\s?,?\s+(?P<y>{YEAR})\b",
        ),
        (
            "weekday_day",
            rf"\b(?P<wd>{_WEEKDAY}|(?:{_WEEKDAY_ABBR})\.?),?\s+(?:the\s+)?(?P<d>{_DAY})"
            rf"(?<=st|nd|rd|th)\b(?!,?\s+(?:of\s+)?(?i:{_MONTHS})\b)",
        ),
        (
            # "from Monday's open to Thursday's low": a move between two marks of two days
            # spans the days from the first to the second
            "weekday_marks",
            rf"\b(?i:from)\s+(?P<wd>{_WEEKDAY})['’]s\s+(?:{_DAY_MARKS})\s+(?:to|through|until)\s+"
            rf"(?P<wd2>{_WEEKDAY})(?:['’]s\s+(?:{_DAY_MARKS})\b|\b(?!['’]))",
        ),
        (
            # "from Monday to Wednesday", "Monday through Thursday", "between Monday and Friday"
            "weekday_span",
            rf"\b(?:(?:from\s+)?(?P<wd>{_WEEKDAY})\s*(?:[–—-]|\s(?:to|through|until|till)\s)\s*"
            rf"|between\s+(?P<wdb>{_WEEKDAY})\s+and\s+)(?P<wd2>{_WEEKDAY})\b",
        ),
        (
            "numeric",
            rf"\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{YEAR}|(?<=/)\d\d)\b(?![.,/-]?\d)",
        ),
        (
            "part",
            rf"(?i)\b(?:the\s+(?=(?:beginning|start|end|middle|close)\s+of\s))?(?P<part>"
            r"(?:beginning|start|end|middle|close)(?=\s+of\s)|early|mid|late|end(?=-(?:\d|[A-Z])))"
            rf"(?:\s+of\s+(?:the\s+)?|[\s-]+){unit}",
        ),
        (
            # "began the month holding 198,200 ETH", "closed 2024 at $93,400", "closed out
            # January at $305 billion", "ended September with 2,410 BTC": a level a unit began
            # or ended at (not "closed the week 5% higher", nor "started the year with")
            "unit_edge",
            rf"(?i)\b(?P<part>(?P<closing>{alternation(_edge_verbs('end'))})|"
            rf"{alternation(_edge_verbs('beginning'))})(?:\s+out)?\s+(?:the\s+(?=(?:first"
            rf"|second|third|fourth)\s))?{unit}(?=\s+(?:at|near|around|above|below|holding|just)\b"
            rf"|(?(closing)\s+(?P<with>with)\b|(?!)))",
        ),
        (
            # "the last day of February", "the first day of the month"
            "day_of",
            rf"(?i)\b(?:the\s+)?(?P<part>(?:first|last|final)\s+day)\s+of\s+(?:the\s+)?{unit}",
        ),
        (
            "month_half",
            rf"(?i)\b(?:the\s+)?(?P<hw>first|second|1st|2nd)\s+half\s+of\s+(?P<mon>{_MONTHS})\b"
            rf"(?:\s+(?P<y>{YEAR}))?",
        ),
        (
            "half",
            # "H1 2025", "1H25", "the first half of 2025", and the year first as research
            # notes and dashboards write it ("2025 H1", "2025-H1")
            rf"(?i)\b(?<![</])(?:(?P<yh>{YEAR})[\s-]H(?P<hy>[12])\b"
            rf"|(?:H(?P<h>[12])|(?P<hw>first|second|1st|2nd)[\s-]half)"
            rf"(?:\s*(?:of\s+)?(?:the\s+)?(?:FY\s?|fiscal\s+)?(?:'|’)?(?P<y>{YEAR}|\d\d)\b)?"
            rf"|(?P<hn>[12])H\s?(?:'|’)?(?P<y2>{YEAR}|\d\d)\b)(?:\s+of\s+the\s+year)?",
        ),
        (
            "day_only",
            r"(?i)\bon\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
            r"(?!\s+(?:of|and|to|through|century|time|anniversary|day|week|month|year)\b)",
        ),
        (
            "quarter",
            # "Q4 2025", "4Q25", "the fourth quarter of 2025", and the year first ("2025 Q4",
            # "2025-Q4"; not across a comma or a stop: "in 2024, Q4 included")
            rf"(?i)\b(?:(?P<yq>{YEAR})[\s-]Q(?P<qy>[1-4])\b|(?:Q(?P<q>[1-4])|(?P<qn>[1-4])Q"
            rf"|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th"
            rf"|(?:last|final)(?=\s+quarter\s+of\s+(?:{YEAR}|the\s+year|(?:last|this|next)\s+year)\b))"
            rf"[\s-]quarter)(?:\s*(?:[-–]\s*|of\s+)?(?:the\s+)?(?:FY\s?|fiscal\s+)?(?:'|’)?"
            rf"(?P<y>{YEAR}|\d\d)\b|\s+of\s+(?P<ry>last|this|next)\s+year\b)?)(?:\s+of\s+the\s+year)?",
        ),
        (
            # "year-end 2025", "at month-end", "by quarter's end"
            "year_end",
            rf"(?i)\b(?P<u>year|month|quarter)(?:[\s-]|['’]s\s+)end(?:\s+(?P<y>{YEAR})\b)?",
        ),
        (
            # "the June quarter", "the December quarter of 2024": the quarter ending that month
            "month_quarter",
            rf"\b(?P<mon>March|June|September|December|Mar|Jun|Sept?|Dec)\.?\s+quarter\b"
            rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})\b)?",
        ),
        (
            # "March last year", "November of this year": that month of the year named
            "month_of_year",
            rf"\b(?P<mon>{CAP_MONTHS})\s+(?:of\s+)?(?P<ry>(?i:last|this|next))\s+year\b",
        ),
        (
            "month",
            rf"\b(?:(?P<rel>(?i:next|last|this)|Next|Last|This)\s+)?(?P<mon>{_CAP_MONTHS})\b"
            rf"(?:\.(?=\s+{YEAR}))?(?:\s+(?:of\s+)?(?P<y>{YEAR})\b)?",
        ),
        (
            # "Friday last week", "on Tuesday of this week"
            "weekday_week",
            rf"\b(?=[MTWFS]){named}(?P<wd>{_WEEKDAY})\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+week\b",
        ),
        (
            # "the week before last": the calendar unit before the last one
            "before_last",
            r"(?i)\bthe\s+(?P<u>week|month|quarter|year)\s+before\s+last\b",
        ),
        (
            # "down from $4.1 million the week before", "the quarter prior": the unit before
            # the one its sentence names (resolved in ``periods``), not before an event
            # named after it ("the week before the halving")
            "unit_before",
            r"(?i)\bthe\s+(?P<u>week|month|quarter|year)\s+(?:before|prior|earlier)\b"
            # ("the month before that" is the unit before that one, "before that vote" not)
            r"(?!\s+(?:(?:the|a|an|its|their|his|her|this|last|to)\b|that\b(?!\s*(?:[,.;:!?)]|$))))"
            r"(?!\s+(?-i:[A-Z\d$]))",
        ),
        (
            # "this time last year": the same day a year before publication
            "time_last_year",
            r"(?i)\b(?:this|the\s+same)\s+time\s+last\s+year\b",
        ),
        (
            "same_period",
            r"(?i)\b(?:the\s+)?(?:same|year-ago|year-earlier|prior-year|comparable)\s+"
            r"(?P<u>quarter|period|month|half|week|day)\b(?:\s+(?:(?:of\s+)?last\s+year|a\s+year\s+"
            r"(?:ago|earlier)|(?:of|in)\s+the\s+(?:previous|prior)\s+year))?",
        ),
        (
            # "two days ago", "a year and a half ago", "two weeks and three days earlier"
            "ago",
            # a count led by "in", "for", "over" or "within" is a duration of its own:
            # "rose 3% in two weeks and two days ago it hit" joins no two units
            rf"(?i)\b(?:{_DURATION_LEAD}{n}\s+{_UNITS}(?(dur)|{second_count()}?)"
            r"|(?P<na>\d+)\s?(?P<ua>d|w|wks?|mos?|mons?|y|yrs?))\s+"
            r"(?P<dir>ago|earlier|before|later|prior|after)\b"
            r"(?!\s+(?:the|a|an|its|their|this)\b)",
        ),
        (
            # "two weeks from now", "a week from today": counted forward from publication
            "from_now",
            rf"(?i)\b{n}\s+{_UNITS}\s+from\s+(?:now|today)\b",
        ),
        (
            "in_time",
            rf"(?i)\bin\s+{n}\s+{_UNITS}(?:['’]|['’]s)?\s+time\b",
        ),
        (
            "window",
            r"(?i)\b(?:(?:in|over|during|within|for|across)\s+)?(?:just\s+)?(?:(?P<the>the)\s+)?"
            # "the following 24 hours" only with a count ("the following day" is day_before's)
            r"(?P<w>past|previous|prior|trailing|last|next|coming|(?:following|subsequent|ensuing)"
            r"(?=\s+(?:\d|(?!trading|business)[a-z]+(?:\s+|-)(?:hours?|days?|weeks?|sessions?)\b)))"
            rf"\s+(?:{n}\s*-?\s*)?"
            rf"{_UNITS}(?!\s+(?:ending|ended|of)\b)",
        ),
        (
            # "six straight days of outflows", "a fifth consecutive week": a run counted back
            # from a day the text may not give; it dates nothing by itself
            "streak",
            rf"(?i)\b(?P<k>{n}|\w+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+"
            r"(?:trading\s+)?(?P<u>day|week|month|session|quarter|year)s?\b"
            r"|(?:trading\s+)?(?P<u2>day|week|month|session|quarter|year)s?\s+in\s+a\s+row\b)",
        ),
        (
            "year_span",
            rf"(?i)\b(?:from|between)\s+(?P<y>{YEAR})(?:\s*[–—-]\s*|\s+(?:to|and|through|until|till)\s+)"
            rf"(?P<y2>{YEAR})\b",
        ),
        (
            # "in 2020-2021", "the 2021–2022 bear market", "the 2022-23 cycle": years joined by a
            # dash after a word that leads a time (not "+86 138-2010-2015", "$2,020-2,100")
            "year_range",
            r"(?i)(?:"
            + "|".join(rf"(?<=\b{w}\s)" for w in _RANGE_LEADS)
            + rf"|^|(?<=\n))(?P<y>{YEAR})\s?[–—-]\s?(?P<y2>{YEAR}|\d\d)\b(?![–—-]?\d|\s?%)",
        ),
        (
            "span",
            rf"(?i)\b(?:in|over|during)\s+(?:just\s+)?(?:the\s+)?(?!an?\s|one\s|first\s){n}\s+"
            r"(?P<u>minutes?|hours?)\b",
        ),
        (
            # "a 121% increase in four weeks", "in a span of 20 months": how long a change took
            "duration",
            r"(?i)\b(?:in|over|within|across)\s+(?:just\s+|only\s+|(?:a|the)\s+(?:span|space|matter)"
            rf"\s+of\s+)?(?!first\s|an?\s|one\s|few\s|several\s){n}\s+(?P<u>(?:trading\s+|business\s+)?days"
            r"|sessions|weeks|months|quarters|years|decades)\b"
            r"(?!\s+(?:of|after|from|since|before|ago|earlier|later|prior|into)\b|['’])",
        ),
        (
            "day24",
            r"(?i)\b(?P<any>in\s+(?:a\s+)?single\s+day|in\s+(?:one|a)\s+day|in\s+the\s+first\s+24"
            r"[\s-]?hours?)\b|\b(?P<intraday>intraday)\b|\b(?:on\s+a\s+(?:one|single|24)[\s-](?:day|hour)"
            r"\s+basis|24[\s-]?hours?|24h)\b|\bovernight(?=\s*(?:[,.;:!?)]|$|\s+(?:as|after|on|to|and|while|before"
            r"|following|amid|when|in|from)\b))",
        ),
        (
            "weekend",
            r"(?i)\b(?:(?P<rel>this|last|next|the|over\s+the|on\s+the|during\s+the|past)\s+)"
            r"(?:past\s+)?weekend\b",
        ),
        (
            "this",
            r"(?i)\b(?:(?P<pre>so\s+far|earlier|later)\s+)?(?P<rel>this|last|next|the|for\s+the"
            # "fell 2% over the week", "up 11% on the week": a move over the seven days up to
            # publication, as "for the week" (not "later in the week", a part of this week)
            r"|(?<!later\s)(?<!earlier\s)(?<!early\s)(?<!late\s)(?<!midway\s)(?<!mid\s)"
            # (not a part of it: "the week's busiest day", "the week’s first three days")
            r"(?:over|on|in|during|across|throughout)\s+the(?=\s+week\b(?!['’]s\b))"
            # not a week ending at a day ("in the week to 28th September", "up to Friday"; a
            # title-case "Over the Week To Top $200" ends at no day)
            r"(?!\s+week\s+(?:up\s+)?(?:to|through|until|till)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
            rf"(?-i:{_CAP_MONTHS}|{_WEEKDAY})\b)"
            # nor an event's week ("the week leading up to the halving", "that followed")
            r"(?!\s+week\s+(?:leading|(?:that|which)\s+(?:followed|preceded)|following|preceding)\b)"
            r"|current|previous|prior|coming|past)\s+(?:calendar\s+(?=year))?(?P<u>week|month|year"
            r"|quarter)\b(?!\s+(?:ending|ended|of|before|prior|earlier|after|later)\b)"
            r"(?![\s-]+(?:end|to[\s-]date)\b)",
        ),
        (
            "to_date",
            r"(?i)\b(?P<u>week|month|year|quarter)[\s-]to[\s-]date\b|\b(?P<ytd>YTD|MTD|QTD)\b",
        ),
        (
            "year_noun",
            rf"\b(?:its|their|the|a|this|last)\s+(?P<y>{YEAR})(?=\s+[a-z])"
            r"(?!\s+(?:percent|per|to|and|or)\b)",
        ),
        (
            # "after a blistering 2024 when", "a brutal, loss-making 2022.": a year described
            # as a stretch of time, where the clause ends or goes on ("a mere 2025 wallets" and
            # "a whopping 2024." are counts)
            "year_described",
            rf"\b{_not_a_count_of()}[Aa]n?\s+(?!(?:{sizes})\b)[a-z]+(?:,?[\s-][a-z]+){{0,2}}\s+(?P<y>{YEAR})"
            r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:when|that|which|for|as|and|but|where|while)\b)",
        ),
        (
            "year",
            r"(?i)\b(?:(?P<pre>in|during|for|of|throughout|by|since|until|from|due|before|after"
            r"|full[\s-]year|fiscal|fiscal\s+year|calendar|calendar\s+year|FY)\s*)"
            rf"(?P<y>{YEAR})\b(?![.,]\d|\s?%)"
            # a fiscal year in two digits: "FY25", "FY 2026"'s short form, "fiscal '25"
            # ("FY 24 points" is no year: after a space, a fiscal figure's word or a stop)
            r"|\b(?P<fy>(?-i:FY)|(?-i:FY)\s(?=\d\d(?:[.,;:)]|\s+(?:revenue|results|budget|"
            r"guidance|earnings|sales|outlook|report|(?-i:Q[1-4]|H[12]))\b))"
            r"|fiscal\s+(?:year\s+)?['’])(?P<yy>\d\d)\b(?![.,]\d|\s?%)",
        ),
        (
            "today",
            r"(?i)\b(?P<w>the\s+day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|yesterday"
            r"|today|tonight|tomorrow"
            r"|(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
        ),
        (
            "day_before",
            r"(?i)\b(?P<back>(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:previous|prior)\s+day"
            r"|the\s+day\s+before)\b|\b(?P<fwd>(?:a|one)\s+day\s+later|the\s+(?:next|following)\s+day"
            r"|the\s+day\s+after(?!\s+(?:the|a|an|its|their|his|her|this|that)\b|\s+\w+['’]s\b))\b",
        ),
        (
            "weekday",
            rf"\b(?:(?P<rel>(?i:last|this|next|past|previous|coming))\s+)?(?=[MTWFS]){named}"
            rf"(?:(?P<wd>{_WEEKDAY})"
            rf"(?:’s|'s)?\b|(?P<wda>{_WEEKDAY_BARE}|(?<=\bon\s)(?:Sat|Sun)(?=[,.;:!?)]|$))\b(?!\s+[A-Z0-9]))",
        ),
        (
            # "has fallen 40% since then": from the last date told up to publication
            "since_then",
            r"(?i)\b(?:ever\s+)?since\s+(?:then|that\s+(?:day|date|time|point|moment))\b",
        ),
        (
            "now",
            r"(?i)\b(?:at\s+the\s+time\s+of\s+(?:writing|publication|press)|at\s+press\s+time|"
            r"as\s+of\s+(?:press\s+time|writing)|currently|right\s+now|now|at\s+the\s+moment|"
            r"at\s+current\s+(?:prices|levels)|(?:(?:the|a|its)\s+)?current(?=\s+[a-z])"
            r"|(?:has|have)\s+since)\b(?![-\u2010\u2011]\w)",  # "the now-defunct exchange": no date
        ),
    ]


@per_lexicon
def patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The compiled patterns, in priority order."""
    return [(kind, re.compile(p)) for kind, p in _patterns()]


# Where each pattern can match: trigger words (looked up in one scan of the text's
# lower-cased words) and how far before a trigger a match may start. Each pattern then runs
# only in a short window around its triggers, not over the whole text.
_MONTH_WORDS = tuple(MONTHS.split("|"))
_YEARS = tuple(str(y) for y in range(1900, 2100))
TRIGGERS: dict[str, tuple[tuple[str, ...], int]] = {
    "joined": (("from", "between"), 0),
    "holiday": ((), 10),  # the first words of the names in holidays.jsonl (``triggers``)
    "between": (("between", "from"), 0),
    "month_between": (("between",), 0),
    "month_span": (_MONTH_WORDS, 12),
    "months_of": (("months", "quarters"), 40),
    "period_ending": (_MONTH_WORDS, 40),
    "week_of_month": (("week",), 16),
    "week_from": (("week",), 0),
    "days_of_month": (("days", "weeks"), 24),
    "days_to": (("days", "weeks"), 16),
    "days_to_day": (("days", "weeks"), 16),
    "week_to_day": (("week",), 4),
    "week_of": (("week",), 0),
    "iso": (_YEARS, 0),
    "weekday_day": ((*WEEKDAYS, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                     "sat", "sun"), 0),
    "day_range": (_MONTH_WORDS, 0),
    "day_first_range": (_MONTH_WORDS, 40),
    "month_day": (_MONTH_WORDS, 16),
    "day_month": (_MONTH_WORDS, 24),
    "dated_ci": (_MONTH_WORDS, 24),
    "weekday_marks": (WEEKDAYS, 8),
    "weekday_span": (WEEKDAYS, 8),
    "numeric": (("/", *_YEARS), 6),
    "part": (("beginning", "start", "end", "middle", "close", "early", "mid", "late"), 4),
    "day_of": (("day",), 16),
    "unit_edge": (("week", "month", "quarter", "year", *_MONTH_WORDS, *_YEARS), 24),
    "month_half": (("half",), 16),
    "half": (("h1", "h2", "1h", "2h", "half"), 12),
    "day_only": (("on",), 0),
    "quarter": (("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "quarter"), 12),
    "year_end": (("end",), 8),
    "month_quarter": (("quarter",), 16),
    "month_of_year": (("year",), 24),
    "month": (_MONTH_WORDS, 6),
    "same_period": (("same", "comparable", "ago", "earlier", "prior"), 10),
    "ago": (("ago", "earlier", "before", "later", "prior", "after"), 40),
    "from_now": (("now", "today"), 40),
    "in_time": (("time",), 32),
    "window": (
        ("past", "previous", "prior", "trailing", "last", "next", "coming", "following",
         "subsequent", "ensuing"),
        32,
    ),
    "streak": (("straight", "consecutive", "successive", "row"), 36),
    "year_span": (("from", "between"), 0),
    "year_range": (_YEARS, 0),
    "span": (("minute", "minutes", "hour", "hours"), 40),
    "duration": (("days", "sessions", "weeks", "months", "quarters", "years", "decades"), 40),
    "day24": (("24", "24h", "day", "intraday", "overnight"), 16),
    "weekday_week": (WEEKDAYS, 0),
    "before_last": (("before",), 16),
    "unit_before": (("before", "prior", "earlier"), 16),
    "time_last_year": (("time",), 16),
    "weekend": (("weekend",), 24),
    "this": (("week", "month", "year", "quarter"), 24),
    "to_date": (("date", "ytd", "mtd", "qtd"), 10),
    "year_noun": (_YEARS, 8),
    "year_described": (_YEARS, 40),
    "year": (("fy", *_YEARS), 16),
    "today": (("today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening",
               "night"), 28),
    "day_before": (("day",), 16),
    "weekday": ((*WEEKDAYS, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                 "sun"), 10),
    "since_then": (("since",), 6),
    "now": (("now", "currently", "current", "time", "press", "moment", "since"), 16),
}  # fmt: skip
REACH = 64  # characters after a trigger within which a match ends
_FIRST_WORD = re.compile(r"\w+")


@per_lexicon
def triggers() -> dict[str, tuple[tuple[str, ...], int]]:
    """``TRIGGERS`` with the named days' trigger words: the first word of each name in
    ``data/holidays.jsonl``."""
    first = {m.group() for name in holiday_names() if (m := _FIRST_WORD.match(name.lower()))}
    return {**TRIGGERS, "holiday": (tuple(sorted(first)), TRIGGERS["holiday"][1])}


@per_lexicon
def _trigger_scans() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The trigger words at a word start: "1q", "2h", "fy" before a digit, a year, or a word
    (as a prefix tree, so each word start tries a few first letters, not every trigger
    word). A word start is read from the character before it, which no word character is:
    the regex engine finds those in one fast scan of a character set, instead of trying a
    word boundary at every character of the text (the text's first word is tried on its
    own)."""
    words = {w for ws, _ in triggers().values() for w in ws if w != "/" and not w.isdigit()}
    word = rf"(?:(?:[1-4]q|[12]h|fy)(?=\d)|(?:(?:19|20)\d\d|{trie(words | {'24'})})\b)"
    return re.compile(rf"[^\w](?P<w>{word})"), re.compile(word)


def trigger_words(lower: str) -> list[tuple[int, str]]:
    """Where the trigger words (and the slashes of numeric dates) of a lower-cased text
    stand, in text order: what one scan of ``/|\b<trigger word>`` finds."""
    found = []
    at = lower.find("/")
    while at >= 0:
        found.append((at, "/"))
        at = lower.find("/", at + 1)
    after_gap, at_start = _trigger_scans()
    if first := at_start.match(lower):
        found.append((0, first.group()))
    found.extend((m.start("w"), m["w"]) for m in after_gap.finditer(lower))
    found.sort()
    return found


@per_lexicon
def trigger_kinds() -> dict[str, tuple[str, ...]]:
    """For each trigger word, the patterns it triggers."""
    kinds: dict[str, list[str]] = {}
    for kind, (words, _before) in triggers().items():
        for word in words:
            kinds.setdefault(word, []).append(kind)
    return {word: tuple(k) for word, k in kinds.items()}
