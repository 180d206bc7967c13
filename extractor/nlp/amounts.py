"""Find amounts in text: money, crypto amounts, percentages, counts, ratios, multiples.

The grammar is written once as regular expressions over the text (fast, and exact
about offsets); the words it knows (scales, currencies, qualifiers, number words,
time units, coin names) come from the data files. An :class:`Amount` keeps the
quote's character span so that ``text[start:end]`` is the quote.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from extractor import lexicon
from extractor.nlp.numbers import bounds, half_step, parse_number

# Full names before abbreviations, so "5 February" is not read as "5 Feb".
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTH_BEFORE = re.compile(rf"(?i)\b(?:{MONTHS})\.?\s*$")
_MONTH_AFTER = re.compile(rf"(?i)^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b")
_RANK_BEFORE = re.compile(r"(?i)(?:#|\bno\.\s?|\btop\s|\brank(?:ed)?\s|\bclass\s|\bphase\s)$")
_RANGE_JOIN = re.compile(r"^\s?(?:–|—|-|to)\s?$")
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:roughly\s+|about\s+|around\s+|approximately\s+)?$")
_FROM = re.compile(r"(?i)\bfrom\s+(?:a\s+|an\s+|the\s+)?$")
_RATIO = re.compile(
    r"(?<![\d:])\b(\d):(\d)\b(?!\s?(?:[ap]\.?m\.?|UTC|GMT|ET))|(?i:\b(\d|one)-to-(\d|one)\b)"
)


@dataclass(slots=True)
class Amount:
    """One amount as written, normalized to a value in base units."""

    start: int
    end: int
    value: float
    unit: str
    kind: str  # money | crypto | percent | count | ratio | multiple | number
    qualifier: str = "exact"
    step: float = 0.0
    sign: int = 0
    scaled: bool = False
    low: float | None = None
    high: float | None = None
    partner: int | None = field(default=None, repr=False)

    def amount_digits(self) -> str:
        """Significant digits of the value, whatever its scale: 2.65e9 → "265"."""
        mantissa = f"{abs(self.value):.6e}".split("e")[0]
        return mantissa.replace(".", "").rstrip("0") or "0"

    def negate(self) -> None:
        """A level below zero: the value and its bounds change sign (and places)."""
        self.value = -self.value
        self.low, self.high = (
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
        )

    def finish(self) -> Amount:
        """Set low/high from value, written precision and qualifier."""
        if self.qualifier != "range":
            self.low, self.high = bounds(self.value, self.step, self.qualifier)
        return self


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns and word tables the finder uses."""

    core: re.Pattern[str]
    word_core: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    qualifiers: Mapping[str, str]
    scales: Mapping[str, float]
    currencies_after: Mapping[str, str]
    time_unit_after: re.Pattern[str]
    counted_word: re.Pattern[str]
    number_words: Mapping[str, tuple[float, str]]
    coins: Mapping[str, str]
    ambiguous_coins: frozenset[str]
    blocked_after: re.Pattern[str]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _core_pattern(spaced: str) -> re.Pattern[str]:
    """[sign][currency]number[scale][+]: "-$2.65 billion", "$2B+", "€3.4m", "USD 258.8 million"."""
    attached = _alternation(s.word for s in lexicon.scales() if s.attached)
    # two-letter abbreviations may stand apart from the number ("$3.8 bn"); "5 m" may not
    attached_words = _alternation(
        s.word for s in lexicon.scales() if s.attached and len(s.word) > 1
    )
    cur_before = _alternation(c.form for c in lexicon.currencies() if c.position != "after")
    return re.compile(
        rf"(?<![\w.,/:])(?P<sign>[+\-−](?=[$€£¥\d]))?"
        rf"(?P<cur>(?:{cur_before})(?:(?<=[A-Z])\s)?)?"
        rf"(?P<num>{_NUM})(?![\d])"
        rf"(?:[ ]?(?P<sa>(?i:{attached_words}))(?![A-Za-z0-9])"
        rf"|(?P<sa1>(?i:{attached}))(?![A-Za-z0-9])|[ \t](?P<sw>(?i:{spaced}))\b)?"
        rf"(?P<plus>\+(?![\d]))?"
    )


def _coin_names() -> tuple[dict[str, str], frozenset[str]]:
    """Coin and stablecoin names written after a number ("46,000 bitcoin"), and which of
    them are ordinary words (counted as a unit only in upper case: "500 SOL")."""
    coins: dict[str, str] = {}
    ambiguous: set[str] = set()
    for asset in lexicon.assets():
        if asset.kind in ("crypto", "stablecoin"):
            for name in asset.names:
                coins.setdefault(name.lstrip("$"), asset.id)
            ambiguous.update(n.lstrip("$") for n in asset.ambiguous)
    return coins, frozenset(ambiguous)


@cache
def grammar() -> Grammar:
    """Build the grammar from the data files (once per process)."""
    scales = {s.word: s.factor for s in lexicon.scales()}
    spaced = _alternation(s.word for s in lexicon.scales() if not s.attached)
    core = _core_pattern(spaced)
    words = {w.word: (w.value, w.qualifier) for w in lexicon.number_words()}
    # "a" and "one" count only before a scale word ("a billion dollars"); other number
    # words stand alone too ("two funds", "three percent").
    word_core = re.compile(
        rf"(?i)\b(?:(?P<word>{_alternation(words)})(?:\s(?:a\s)?(?P<sw>{spaced})\b)?"
        rf"|(?P<aword>a|one)\s(?P<asw>{spaced})\b)"
    )
    quals = {q.phrase: q.qualifier for q in lexicon.qualifiers()}
    qualifier_before = re.compile(
        rf"(?i)(?:^|(?<=[\s(—–]))(?P<q>{_alternation(quals)})\s*(?:(?:a|an|the|just|only|some)\s+)?$"
    )
    units = _alternation(u.word for u in lexicon.time_units())
    coins, ambiguous = _coin_names()
    return Grammar(
        core=core,
        word_core=word_core,
        qualifier_before=qualifier_before,
        qualifiers=quals,
        scales={k.lower(): v for k, v in scales.items()},
        currencies_after={c.form: c.code for c in lexicon.currencies() if c.position != "before"},
        time_unit_after=re.compile(rf"(?i)^[\s-](?:[a-z]+\s)?(?:{units})s?\b"),
        counted_word=re.compile(r"(?i)^\s(?:[a-z-]+\s){0,2}?[a-z]+s\b"),
        number_words=words,
        coins=coins,
        ambiguous_coins=ambiguous,
        blocked_after=re.compile(
            rf"(?i)[ -](?:{_alternation(b.word for b in lexicon.unit_blockers())})\b"
        ),
    )


_PERCENT_AFTER = re.compile(r"(?i)^\s?(?:%|percent\b|per\s?cent\b|pct\b|percentage points?\b)")
_TIMES_AFTER = re.compile(r"^(?:[xX](?![A-Za-z0-9])|\s?times\b)")
_CURRENCY_AFTER = re.compile(r"^ (?P<c>[A-Za-z]+)\b")
_COIN_AFTER = re.compile(r"^ \$?(?P<w1>[A-Za-z][A-Za-z0-9]*)(?: (?P<w2>[A-Za-z]+))?")
_PER_UNIT = re.compile(r"^/(?:[A-Z]{2,5}|coin|token|share)\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TIME_AFTER = re.compile(r"(?i)^(?::\s?\d|\s?[ap]\.?m\b|\s?(?:UTC|GMT|ET|EST)\b)")
_LIST_COUNTER = re.compile(r"(?:^|\n)[ \t•*-]*$")
Span = tuple[int, int]


class _Spans:
    """Spans merged into disjoint sorted intervals, asked by bisection whether they cover
    a position or overlap a span (a date may lie inside boilerplate)."""

    def __init__(self, spans: list[Span]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def holds(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def _unit_after(text: str, end: int, g: Grammar) -> tuple[str, str, int] | None:
    """(kind, unit, new end) for a unit word written after a number, if any."""
    rest = text[end : end + 40]
    if m := _PERCENT_AFTER.match(rest):
        return "percent", "%", end + m.end()
    if m := _TIMES_AFTER.match(rest):
        return "multiple", "x", end + m.end()
    if (m := _CURRENCY_AFTER.match(rest)) and m["c"] in g.currencies_after:
        return "money", g.currencies_after[m["c"]], end + m.end()
    if m := _COIN_AFTER.match(rest):
        for word, stop in ((f"{m['w1']} {m['w2']}", m.end()), (m["w1"], m.end("w1"))):
            if not word or "None" in word:
                continue
            key = word.lower()
            coin = g.coins.get(key)
            if coin and (key not in g.ambiguous_coins or word.isupper()):
                if g.blocked_after.match(text, end + stop):
                    return None  # "12 Bitcoin ETFs": the coin names the funds, not a unit
                return "crypto", coin, end + stop
    return None


def _is_not_a_quantity(text: str, m: re.Match[str], g: Grammar) -> bool:
    """Bare numbers that are dates, years, times, ranks, list counters or identifiers."""
    num, start, end = m["num"], m.start(), m.end()
    before, after = text[max(0, start - 12) : start], text[end : end + 24]
    return bool(
        (_YEAR.match(num) and "." not in num)
        or _MONTH_BEFORE.search(before)
        or _MONTH_AFTER.match(after)
        or g.time_unit_after.match(after)
        or _TIME_AFTER.match(after)
        or (
            before.rstrip().endswith(":")
            and before[-1:] != "\n"
            and start
            and text[start - 1] == " "
            and re.search(r"\d:\s$", before)
        )
        or _RANK_BEFORE.search(before)
        or (_LIST_COUNTER.search(before) and re.match(r"^[.)]\s", after))
        or re.search(r"[A-Za-z]-$|\d{4}-$|[/-]$", before)
        or re.match(r"^(?:/\d|-\d{2}\b|\.\d)", after)
        or (len(num) > 1 and num[0] == "0" and num[1] != ".")
        or re.match(r"^(?:-?[A-Za-z])", after)  # "21Shares", "Form 8-K"
    )


def _from_core(text: str, m: re.Match[str], g: Grammar) -> Amount | None:
    scale_word = (m["sa"] or m["sa1"] or m["sw"] or "").lower()
    factor = g.scales.get(scale_word, 1.0)
    end = m.end()
    if m["cur"]:
        kind, unit = "money", _currency_code(m["cur"])
        if pm := _PER_UNIT.match(text[end : end + 12]):
            end += pm.end()
    elif (found := _unit_after(text, end, g)) and not _year_before_name(m, found, text):
        kind, unit, end = found
    elif scale_word:
        kind, unit = "count", "count"
    elif _is_not_a_quantity(text, m, g):
        return None
    else:
        kind, unit = "number", "count"
    value = parse_number(m["num"], factor)
    sign = -1 if m["sign"] in ("-", "−") else (1 if m["sign"] == "+" else 0)
    amount = Amount(m.start(), end, value, unit, kind, step=half_step(m["num"]) * factor)
    amount.sign, amount.scaled = sign, bool(scale_word)
    amount.qualifier = "more_than" if m["plus"] else _qualifier_before(text, m.start(), g)
    return amount


def _year_before_name(m: re.Match[str], found: tuple[str, str, int], text: str) -> bool:
    """ "in 2025 Bitcoin rose": a year, not 2,025 bitcoins (a ticker would read as an amount)."""
    word = text[m.end() : found[2]].strip(" $")
    return found[0] == "crypto" and bool(_YEAR.match(m["num"])) and not word.isupper()


def _currency_code(form: str) -> str:
    form = form.strip()
    for entry in lexicon.currencies():
        if entry.form == form:
            return entry.code
    return "USD"


def _qualifier_before(text: str, start: int, g: Grammar) -> str:
    if q := g.qualifier_before.search(text[max(0, start - 30) : start]):
        return g.qualifiers.get(q["q"].lower(), g.qualifiers.get(q["q"], "exact"))
    return "exact"


def _from_words(text: str, m: re.Match[str], g: Grammar) -> Amount | None:
    word = (m["word"] or m["aword"]).lower()
    scale_word = (m["sw"] or m["asw"] or "").lower()
    base, qualifier = g.number_words.get(word, (1.0, "exact"))
    factor = g.scales.get(scale_word, 1.0)
    found = _unit_after(text, m.end(), g)
    unit_kind = found[0] if found else None
    if found and (unit_kind in ("money", "crypto") if scale_word else unit_kind == "percent"):
        kind, unit, end = found
    elif (
        word not in ("a", "one", "half")
        and not scale_word
        and g.counted_word.match(text[m.end() : m.end() + 30])
        and not g.time_unit_after.match(text[m.end() : m.end() + 30])
    ):
        kind, unit, end = "count", "count", m.end()
    else:
        return None
    value = base * factor
    amount = Amount(m.start(), end, value, unit, kind, step=max(0.5, 0.05 * value))
    amount.scaled = bool(scale_word)
    amount.qualifier = qualifier if qualifier != "exact" else _qualifier_before(text, m.start(), g)
    return amount


def _ratios(text: str) -> Iterable[Amount]:
    for m in _RATIO.finditer(text):
        a, b = (m[1], m[2]) if m[1] else (m[3], m[4])
        num, den = (1.0 if x.lower() == "one" else float(x) for x in (a, b))
        if den:
            yield Amount(m.start(), m.end(), num / den, "ratio", "ratio", step=0.0)


def _link_ranges(text: str, amounts: list[Amount]) -> None:
    """Mark "X–Y" and "between X and Y" pairs as ranges; a bare first end borrows the second's
    unit and scale ("$1.3-1.5 billion")."""
    for a, b in itertools.pairwise(amounts):
        gap = text[a.end : b.start]
        dash = _RANGE_JOIN.match(gap) and not (
            gap.strip() == "to" and _FROM.search(text[: a.start])
        )
        between = gap == " and " and _BETWEEN.search(text[max(0, a.start - 26) : a.start])
        if dash and a.kind == "money" and b.kind == "count" and b.scaled and gap.strip() == "-":
            b.kind, b.unit = a.kind, a.unit  # "$1.3-1.5 billion"
        if not (dash or between) or (a.kind != b.kind and a.kind != "number"):
            continue
        if a.kind == "number" and b.kind != "number":
            a.kind, a.unit = b.kind, b.unit
        if b.scaled and not a.scaled and b.value and a.value < b.value / 100:
            factor = _scale_of(b)
            a.value, a.step = a.value * factor, a.step * factor
        low, high = sorted((a.value, b.value))
        for x in (a, b):
            x.qualifier, x.low, x.high = "range", low, high


def _scale_of(amount: Amount) -> float:
    for factor in (1e12, 1e9, 1e6, 1e3):
        if amount.value >= factor:
            return factor
    return 1.0


def _may_continue(amount: Amount) -> bool:
    """A number a cut-off text ends on could have gone on ("$600" before "million")."""
    return amount.kind in ("money", "count", "number") and not amount.scaled


def find_amounts(text: str, skip: list[Span] | None = None) -> list[Amount]:
    """Every amount in ``text`` outside the ``skip`` spans, in text order."""
    g, skipped = grammar(), _Spans(skip or [])
    found: list[Amount] = []
    for m in g.core.finditer(text):
        if not skipped.holds(m.start()) and (a := _from_core(text, m, g)):
            found.append(a)
    taken = _Spans([(a.start, a.end) for a in found])
    for m in g.word_core.finditer(text):
        if skipped.holds(m.start()) or taken.overlaps(m.start(), m.end()):
            continue
        if a := _from_words(text, m, g):
            found.append(a)
    for r in _ratios(text):
        if not skipped.holds(r.start):
            found = [a for a in found if a.end <= r.start or a.start >= r.end] + [r]
    found.sort(key=lambda a: a.start)
    _link_ranges(text, found)
    last = found[-1] if found else None
    if last and not text[last.end :].strip() and _may_continue(last) and len(text) > 200:
        found.pop()  # the excerpt stops at this number: "attacks like the $600" was cut off
    return [a.finish() for a in found]
