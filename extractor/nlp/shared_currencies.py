"""A currency name several countries share ("pesos", "rupees", "shillings"), written
without its country, is the money of the country the article names: the country (its
people's adjective, its capital or central bank) written nearest before the figure. With no
such country before it, a name marked ``only_by_country`` ("pesos": Mexico's, Argentina's,
Uruguay's ...) stays a count, as a wrong currency is worse than none; the others keep their
usual code ("rupees" INR). A country named after the figure owns it only in the same
clause ("1.9 million pesos, a Mexican exchange said"; not "...; neighbouring Argentina has
looser rules"). The countries come from the
qualified forms of ``data/currencies.jsonl`` ("argentine pesos": ARS, its ``country``
words "Argentina", "Argentine", ...); only a bare form marked ``by_country`` is read so
("dollars" stays USD whatever country an article names)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount import Amount


@dataclass(frozen=True)
class _Shared:
    default: str  # the bare form's code
    only_by_country: bool  # no country named before: a count, not the default code
    qualified: tuple[str, ...]  # the forms with a country word ("argentine pesos")
    cue: re.Pattern[str]  # any country word of the name's countries (one group each)
    codes: tuple[str, ...]  # the code of each group of ``cue``


def _stem(word: str) -> str:
    return word.removesuffix("s")


@per_lexicon
def _shared_names() -> dict[str, _Shared]:
    """Each bare form read by country to its countries' cue words and codes."""
    entries = lexicon.currencies()
    by_iso_form = lexicon.after_forms_by_code(lexicon.iso_currencies())
    found: dict[str, _Shared] = {}
    for bare in (c for c in entries if c.by_country):
        named = [
            (c.form, c.country, c.code)
            for c in entries
            if c.country and _stem(c.form.split()[-1]) == _stem(bare.form)
        ]
        # a sign or name the ISO table gives several currencies ("kr"): their countries
        named = named or [("", e.countries, e.code) for e in by_iso_form.get(bare.form, [])]
        if not named:
            continue
        groups = "|".join(
            rf"(?P<c{i}>{'|'.join(re.escape(w) for w in words)})"
            for i, (_, words, _) in enumerate(named)
        )
        found[bare.form] = _Shared(
            default=bare.code,
            only_by_country=bare.only_by_country,
            qualified=tuple(form for form, _, _ in named if form),
            cue=re.compile(rf"\b(?:{groups})(?!\w|-(?!based\b))"),  # "Manila-based"
            codes=tuple(code for _, _, code in named),
        )
    return found


def read_by_country(text: str, amounts: list[Amount]) -> None:
    """Give each amount written with a bare shared name the code of the country named
    nearest before it in ``text`` (with none, a count or the name's usual code)."""
    shared = _shared_names()
    for a in amounts:
        quote = text[a.start : a.end].lower()
        name = quote.rsplit(None, 1)[-1] if a.kind == "money" else ""
        entry = shared.get(name)
        if entry is None or a.unit != entry.default or any(q in quote for q in entry.qualified):
            continue
        code = country_code(text, name, a.start, a.end)
        if code is not None:
            a.unit = code
        else:
            _as_count(text, a)


def country_code(text: str, name: str, start: int, end: int) -> str | None:
    """The code of a shared currency name ("pesos", "peso", "rupee") written at ``start``..
    ``end`` or naming a figure there: that of the country named nearest before it, else
    one named after it in the same clause ("1.9 million pesos, a Mexican exchange said"),
    else the name's usual code ("rupees": INR); None where the name is no shared one, or
    is one that no country named decides ("pesos": a wrong currency is worse than none)."""
    entry = _entry(name)
    if entry is None:
        return None
    starts, codes = _country_cues(text, entry)
    i = bisect.bisect_left(starts, start)
    if i > 0:
        return codes[i - 1]
    if i < len(starts) and not _CLAUSE_END.search(text, end, starts[i]):
        return codes[i]
    return None if entry.only_by_country else entry.default


@functools.lru_cache(maxsize=8)
def _country_cues(text: str, entry: _Shared) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where the text names a country of the shared name, and that country's code: read
    once per text and name, as every figure of that name in the text asks for them."""
    hits = [
        (m.start(), entry.codes[int(m.lastgroup[1:])])
        for m in entry.cue.finditer(text)
        if m.lastgroup
    ]
    return tuple(at for at, _ in hits), tuple(code for _, code in hits)


def _entry(name: str) -> _Shared | None:
    """The shared currency name ``name`` is, singular or plural ("peso", "rupees")."""
    return _shared_names().get(name.lower()) or _shared_names().get(name.lower() + "s")


def shares_name(name: str) -> bool:
    """``name`` (singular or plural) is a currency name several countries share."""
    return _entry(name) is not None


# the end of the figure's sentence or clause: a country named past it is another story's
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _as_count(text: str, a: Amount) -> None:
    """``a`` read without its currency word: "80 million pesos" -> the count "80 million"."""
    a.end = a.start + len(text[a.start : a.end].rsplit(None, 1)[0])
    a.unit, a.kind = "count", "count"
