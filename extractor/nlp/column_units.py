"""A table column whose header names the unit of its cells: "Supply (USD)", "Volume, US$m",
"Revenue (in $bn)", "Net flow (USD m)", "Weight (%)". A cell that holds a bare number and
nothing else is in that unit, at the header's scale where the cell writes none ("41,250"
under "US$m" is $41.25 billion; "186.1bn" under "(USD)" keeps its own scale). The unit is
read from the header's own end only (a bracket, or the words after its last comma or "in"),
never from a word elsewhere in it, and a cell that writes its own unit keeps it. A table
whose lead line ends in its currency ("Bridge deposits by chain, Nov 30 (US$)") gives it to
the cells of its rows that write a scale of their own ("2.41bn"), not to a bare rank or count;
a lead line that declares a scale as well ("AuM by product (CHF m)", "(EUR million, as at 31
Aug)", "(USD, millions)") writes every bare cell of the table at it, bar a column that counts
people, events or days or ranks ("Holders", "Trades", "Rank"), names a coin ("BTC mined")
or names a share, rate or change ("Share", "Fee p.a."; cues ``relative_headers``).
A header may also name a unit the grammar reads after a number or a coin ("Hashrate (EH/s)",
"Stake (ETH)"), and where the column names none, the row's label does: at its end
("Fleet efficiency (J/TH)") or as a coin counted by a verb's participle ("BTC mined | 401").
A row named by a coin alone ("| SOL | 1,210,500 |", "| USDT | 1.92bn |") counts its bare cells
in that coin where the column holds coin amounts: another row's cell in it writes its own row's
coin ("| BTC | 18,406 BTC |"), or its header names what is held of a coin ("Reserves",
"Balance", "Staked"; cues ``coin_amount_headers``) and no money or price ("Reserve value").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount import Amount
from extractor.nlp.amount_grammar import Grammar
from extractor.nlp.amount_reading import currency_code
from extractor.nlp.lemmas import lemma
from extractor.nlp.lines import Line

if TYPE_CHECKING:
    from extractor.nlp.blocks import Cell

# the unit at the header's end: "(USD)", "(in $bn)", ", US$m", " in EUR"; a bracket may
# add a note after a comma ("(EUR million, as at 31 Aug)") or write its scale there ("(USD,
# millions)")
_HEADER_END = re.compile(
    r"(?:\(\s*(?:in\s+)?(?P<bracket>[^()]{1,40}?)\s*\)|,\s*(?:in\s+)?(?P<comma>[^,()]{1,14}?)"
    r"|\bin\s+(?P<inword>[^,()]{1,14}?))\s*$",
    re.IGNORECASE,
)
# a currency sign or code, then a scale: "US$m", "USD m", "$bn", "€", "EUR million"
_UNIT = re.compile(r"(?P<cur>[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3})\s*(?P<scale>[A-Za-z]{1,8})?")
_BARE = ("count", "number")
_MARKS = "+-−~≈ "  # a sign or an approximation before the cell's number


@per_lexicon
def _scale_factors() -> dict[str, float]:
    return {s.word.lower(): s.factor for s in lexicon.scales()}


def _header_unit(header: str, g: Grammar) -> tuple[str, str, float] | None:
    """(kind, unit, scale factor) the header's end names, or None."""
    m = _HEADER_END.search(header)
    if m is None:
        return None
    if m["bracket"] is not None and "," in m["bracket"]:
        return _bracket_parts(m["bracket"], g)
    written = (m["bracket"] or m["comma"] or m["inword"] or "").strip()
    if len(written) > 14:
        return None  # a bracket of words is a note, no unit
    scale = _THOUSANDS.get(written) or _scale_factors().get(written.lower())
    if scale is not None:
        return _scaled_count(header[: m.start()], scale)
    return _written_unit(written, g)


# a header's thousands written as the zeros they stand for: "Holders ('000)", "Trades, 000s"
_THOUSANDS = {"000": 1e3, "'000": 1e3, "’000": 1e3, "000s": 1e3, "'000s": 1e3, "’000s": 1e3}


def _scaled_count(header: str, scale: float) -> tuple[str, str, float] | None:
    """A header that ends in a scale alone ("Shares (m)", "Active cardholders (millions)",
    "Contracts, 000s"): its cells count the things it names at that scale; a header that
    names no counted things ("Revenue (m)": money of a currency it does not say) gives
    none."""
    words = set(re.findall(r"[a-z]+", header.lower()))
    if words & _scaled_count_headers() or _counts_things(header):
        return "count", "count", scale
    return None


@per_lexicon
def _scaled_count_headers() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("scaled_count_headers"))


def _bracket_parts(bracket: str, g: Grammar) -> tuple[str, str, float] | None:
    """The unit of a bracket a comma splits: its currency and then its scale
    ("USD, millions"), or its unit first and a note after it ("EUR million, as at 31 Aug",
    "%, annualised")."""
    first, second = (p.strip() for p in bracket.split(",", 1))
    if first and second.lower() in _scale_factors():
        joined = _written_unit(f"{first} {second}", g)
        if joined is not None:
            return joined
    return _written_unit(first, g) if len(first) <= 14 else None


def _written_unit(written: str, g: Grammar) -> tuple[str, str, float] | None:
    """(kind, unit, scale factor) of a unit written alone: "US$m", "EUR million", "%"."""
    if written == "%":
        return "percent", "%", 1.0
    unit = _UNIT.fullmatch(written)
    if unit is None:
        return _unit_word(written, g)
    cur, scale = unit["cur"], unit["scale"]
    if cur.endswith("$") or cur in "€£¥₹":
        code = currency_code(cur, g)
    elif cur in g.currency_codes.values() and cur not in g.crypto_codes and cur not in g.named_by:
        # a code read only where the text names its currency ("(MNT)" may be Mantle) is no
        # column's currency: the header alone does not say which
        code = cur
    else:
        return _unit_word(written, g)  # "(ETH)": a coin, no currency
    factor = 1.0
    if scale is not None:
        found = _scale_factors().get(scale.lower())
        if found is None:
            return None  # "(USD per coin)", "(EUR total)": not a scale
        factor = found
    return "money", code, factor


def _unit_word(written: str, g: Grammar) -> tuple[str, str, float] | None:
    """A unit the grammar reads after a number ("EH/s", "J/TH", "bps") or a coin's ticker
    ("BTC"), written alone at a header's end: "Hashrate (EH/s)", "Reserves (ETH)"."""
    known = g.units.get(written) or g.units.get(written.lower())
    if known is not None and known[0] in ("quantity", "percent", "crypto"):
        return known
    return ("crypto", g.coins[written.lower()], 1.0) if _is_coin(written, g) else None


def _is_coin(word: str, g: Grammar) -> bool:
    """A coin's ticker in capitals or a name no other word shares ("BTC", "Bitcoin")."""
    low = word.lower()
    return low in g.coins and (word.isupper() or low not in g.ambiguous_coins)


def _label_unit(label: str, g: Grammar) -> tuple[str, str, float] | None:
    """The unit a row's label names: at its end ("Energised hashrate, month-end (EH/s)"), or
    a coin counted by a verb's past participle right after it ("BTC mined", "ETH staked",
    "Bitcoin sold"), closing the label or followed by a comma or a preposition ("BTC held,
    month-end", "BTC mined per day"): the row counts that coin. A noun after the participle
    ("ETH staked share") or a present participle ("BTC mining difficulty") names a property."""
    unit = _header_unit(label, g)
    if unit is not None:
        return unit
    words = label.split()
    if len(words) < 2 or not _is_coin(words[0], g):
        return None
    if len(words) > 2 and not words[1].endswith(",") and words[2].lower() not in _coin_tails():
        return None  # "ETH staked share", "BTC mined blocks": the participle names a property
    verb = words[1].strip(",;").lower()
    if verb == lemma(verb) or verb.endswith(("s", "ing")) or lemma(verb) not in _coin_verbs():
        return None  # "BTC price", "ETH holdings", "BTC mining difficulty": no coins counted
    return "crypto", g.coins[words[0].lower()], 1.0


@per_lexicon
def _coin_verbs() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("counted_coin_verbs"))


@per_lexicon
def _coin_tails() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("counted_coin_tails"))


def read_column_units(
    text: str, amounts: Sequence[Amount], g: Grammar, lines: Sequence[Line] | None = None
) -> None:
    """Give each bare number that fills a table cell the unit its column's header names,
    else the unit the table's lead line names at its end ("Deposits by chain (USD)") where
    the cell writes its own scale ("2.41bn": a rank's "1" stays a count)."""
    # imported here: at module level it closes an import cycle that leaves mypy unable to
    # type the period rules' constants
    from extractor.nlp.blocks import table_cells

    bare = [a for a in amounts if a.kind in _BARE]
    if not bare or ("|" not in text and "\t" not in text):
        return
    cells = table_cells(text, lines)
    starts = [c.span[0] for c in cells]
    coin_columns = _coin_columns(text, cells, starts, amounts, g)
    for a in bare:
        i = bisect.bisect_right(starts, a.start) - 1
        if i < 0 or not _filled_by(text, cells[i], a):
            continue
        unit = _column_unit(text, cells[i], a, g)
        coin = _row_coin(text, cells[i], coin_columns, g)
        if unit is not None and unit[0] == "count" and coin is not None:
            # "| ARB | 92.6 |" under "Tokens unlocked (m)": the row's coin at the header's scale
            unit = (coin[0], coin[1], unit[2])
        unit = unit or coin
        if unit is None:
            continue
        kind, code, factor = unit
        if not a.scaled and factor != 1.0:
            a.rescale(factor)
        a.kind, a.unit = kind, code


def _label_coin(text: str, cell: Cell, g: Grammar) -> str | None:
    """The coin a row's label names alone ("SOL", "USDT", "Bitcoin"), or None."""
    if cell.label is None:
        return None
    written = text[cell.label[0] : cell.label[1]].strip()
    return g.coins[written.lower()] if _is_coin(written, g) else None


def _coin_columns(
    text: str, cells: Sequence[Cell], starts: Sequence[int], amounts: Sequence[Amount], g: Grammar
) -> set[tuple[int, int]]:
    """The headers of the columns where a row named by a coin writes an amount in that coin
    ("| BTC | 18,406 BTC |"): the column counts coins, its other rows' bare cells included."""
    found: set[tuple[int, int]] = set()
    for a in amounts:
        if a.kind != "crypto":
            continue
        i = bisect.bisect_right(starts, a.start) - 1
        header = cells[i].header if i >= 0 else None
        if header is None or not _filled_by(text, cells[i], a):
            continue
        if _label_coin(text, cells[i], g) == a.unit:
            found.add(header)
    return found


def _row_coin(
    text: str, cell: Cell, coin_columns: set[tuple[int, int]], g: Grammar
) -> tuple[str, str, float] | None:
    """A row named by a coin alone counts its bare cells in that coin where the column
    holds coin amounts (``_coin_columns``) or its header names a holding of coins and no
    money, price or count ("Reserves", "Balance", not "Price", "Reserve value", "Deposits
    (count)")."""
    coin = _label_coin(text, cell, g)
    if coin is None or cell.header is None:
        return None
    if cell.header not in coin_columns:
        words = set(re.findall(r"[a-z]+", text[cell.header[0] : cell.header[1]].lower()))
        if not words & _coin_amount_headers() or words & (_money_headers() | _count_headers()):
            return None
    return "crypto", coin, 1.0


@per_lexicon
def _coin_amount_headers() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("coin_amount_headers"))


@per_lexicon
def _money_headers() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("money_headers"))


@per_lexicon
def _count_headers() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("count_headers"))


def _column_unit(text: str, cell: Cell, a: Amount, g: Grammar) -> tuple[str, str, float] | None:
    """The unit the cell's header names, else its row's label, else for a scaled figure the
    table lead's."""
    if cell.header is not None:
        unit = _header_unit(text[cell.header[0] : cell.header[1]], g)
        if unit is not None:
            return unit
    if cell.label is not None and (unit := _label_unit(text[cell.label[0] : cell.label[1]], g)):
        return unit
    if cell.lead is None:
        return None
    header = text[cell.header[0] : cell.header[1]] if cell.header is not None else ""
    if _counts_things(header):
        return None  # "Active addresses" under a lead's "(US$)" still counts addresses
    unit = _header_unit(text[cell.lead[0] : cell.lead[1]].rstrip(" :"), g)
    if unit is None or unit[0] != "money":
        return None
    if a.scaled:
        return unit
    # a caption that declares its scale ("AuM by product (CHF m)") writes every cell of the
    # table at it, bar a column of a share, a rate or a change, or of a coin ("BTC mined"),
    # which the caption's money does not measure; with no scale ("(US$)") a bare "3" may be
    # a count
    if unit[2] == 1.0 or _relative(header) or _names_coin(header, g):
        return None
    return unit


def _names_coin(header: str, g: Grammar) -> bool:
    """The header names a coin and no money or price ("BTC mined", "ETH staked"; not "BTC
    value"): its bare cells count that coin."""
    words = re.findall(r"[A-Za-z]+", header)
    return any(_is_coin(w, g) for w in words) and not {w.lower() for w in words} & _money_headers()


@per_lexicon
def _counted_nouns() -> frozenset[str]:
    return frozenset(
        w.lower()
        for name in ("participant_nouns", "network_participant_nouns", "active_participant_nouns")
        for w in lexicon.cue_phrases(name)
    )


def _counts_things(header: str) -> bool:
    """The header names people, accounts or events counted ("Holders", "Active addresses",
    "Trades")."""
    words = re.findall(r"[a-z]+", header.lower())
    return any(w in _counted_nouns() or w in _count_headers() for w in words)


@per_lexicon
def _relative_headers() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("relative_headers"))


def _relative(header: str) -> bool:
    """The header names a share, a rate, a ratio or a change ("Share", "Fee p.a.", "Change
    m/m"): no amount of the caption's money."""
    return any(w in _relative_headers() for w in re.findall(r"[a-z]+", header.lower()))


def _filled_by(text: str, cell: Cell, a: Amount) -> bool:
    """The cell's whole text is the amount, a sign or a mark of approximation before it
    aside."""
    start, end = cell.span
    if not start <= a.start < a.end <= end:
        return False
    return not text[start : a.start].strip(_MARKS) and not text[a.end : end].strip()
