"""A currency name several countries share ("pesos", "rupees", "shillings"), written
without its country, is the money of the country the article names: the country (or its
people's adjective) written nearest before the figure, else the first one after it, else
the name's most common code ("pesos" MXN, "rupees" INR). The countries come from the
qualified forms of ``data/currencies.jsonl`` ("argentine pesos": ARS, its ``country``
words "Argentina", "Argentine", ...); only a bare form marked ``by_country`` is read so
("dollars" stays USD whatever country an article names)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount import Amount


@dataclass(frozen=True)
class _Shared:
    default: str  # the bare form's code
    qualified: tuple[str, ...]  # the forms with a country word ("argentine pesos")
    cue: re.Pattern[str]  # any country word of the name's countries (one group each)
    codes: tuple[str, ...]  # the code of each group of ``cue``


def _stem(word: str) -> str:
    return word.removesuffix("s")


@per_lexicon
def _shared_names() -> dict[str, _Shared]:
    """Each bare form read by country to its countries' cue words and codes."""
    entries = lexicon.currencies()
    found: dict[str, _Shared] = {}
    for bare in (c for c in entries if c.by_country):
        named = [c for c in entries if c.country and _stem(c.form.split()[-1]) == _stem(bare.form)]
        if not named:
            continue
        groups = "|".join(
            rf"(?P<c{i}>{'|'.join(re.escape(w) for w in c.country)})" for i, c in enumerate(named)
        )
        found[bare.form] = _Shared(
            default=bare.code,
            qualified=tuple(c.form for c in named),
            cue=re.compile(rf"\b(?:{groups})(?![\w-])"),
            codes=tuple(c.code for c in named),
        )
    return found


def read_by_country(text: str, amounts: list[Amount]) -> None:
    """Give each amount written with a bare shared name the code of the country named
    nearest before it in ``text`` (else the first after it)."""
    shared = _shared_names()
    cues: dict[str, tuple[list[int], list[str]]] = {}
    for a in amounts:
        quote = text[a.start : a.end].lower()
        name = quote.rsplit(None, 1)[-1] if a.kind == "money" else ""
        entry = shared.get(name)
        if entry is None or a.unit != entry.default or any(q in quote for q in entry.qualified):
            continue
        if name not in cues:
            hits = [
                (m.start(), entry.codes[int(m.lastgroup[1:])])
                for m in entry.cue.finditer(text)
                if m.lastgroup
            ]
            cues[name] = ([at for at, _ in hits], [code for _, code in hits])
        starts, codes = cues[name]
        if not starts:
            continue
        i = bisect.bisect_left(starts, a.start)
        a.unit = codes[i - 1] if i > 0 else codes[0]
