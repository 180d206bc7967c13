"""Find amounts in text: money, crypto amounts, percentages, counts, ratios, multiples.

The grammar is one combined regular expression over the text (fast, and exact about
offsets), scanned once; :mod:`extractor.nlp.amount_reading` reads each match. The words
it knows (scales, currencies, unit words, qualifiers, number words, time units, coin
names) come from the data files. An :class:`Amount` keeps the quote's character span so
that ``text[start:end]`` is the quote. After the scan, neighbours are read together:
ranges share a unit and a scale ("$31-32 million"), a conversion in parentheses keeps
the bound of the figure it converts, and a number the excerpt cuts off is dropped.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence

from extractor.lexicon import per_lexicon
from extractor.nlp import layers
from extractor.nlp.amount import Amount
from extractor.nlp.amount_grammar import MONTHS, Grammar, grammar
from extractor.nlp.amount_reading import (
    FACTOR_OF,
    counts_things,
    read_core,
    read_ratio,
    read_single,
    read_words,
)
from extractor.nlp.class_bounds import without_class_bounds
from extractor.nlp.column_units import read_column_units
from extractor.nlp.contact_numbers import contact_spans
from extractor.nlp.cues import cue_words
from extractor.nlp.currency_notes import read_currency_note
from extractor.nlp.lines import Line, read_lines
from extractor.nlp.per_denominators import drop_per_denominators
from extractor.nlp.row_numbers import without_row_numbers
from extractor.nlp.shared_currencies import country_code, read_by_country, shares_name
from extractor.price_highs import highest_price

__all__ = ["MONTHS", "Amount", "find_amounts"]

_RANGE_JOIN = re.compile(r"^\s?(?:–|—|-|‑|to)\s?$")
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:roughly\s+|about\s+|around\s+|approximately\s+)?$")
_FROM = re.compile(r"(?i)\bfrom\s+(?:a\s+|an\s+|the\s+)?$")


@per_lexicon
def _range_from() -> re.Pattern[str]:
    """ "range from", "varied from", "anywhere from" before a figure: with "to Y" after it,
    the two are one range's ends whatever their ratio ("from $300 million to $1 billion")."""
    return re.compile(rf"(?i)\b{cue_words('range_from_words')}\s+from\s+(?:about\s+|roughly\s+)?$")


# "510,000 ether ($1.1 billion)": the figure in parentheses converts the one before it
_CONVERSION = re.compile(r"^\s*\(\s*(?:or\s+)?$")
# "roughly $68 million and $58 million", "$1.29 billion in April, $624 million in May"
# "up to 10% of the stolen funds, or $140 million", "up to a 10% bounty, potentially
# reaching $140 million": the same figure in another unit
_RESTATEMENT = re.compile(r"[^,;.()\d]{0,40},\s(?:or|potentially)\s(?:[a-z]+ing\s)?")
# "or 20% under its launch price": a distance from a level, not the figure restated
_GAP_WORD = re.compile(r"(?i)\s+(?:under|below|above|over|higher|lower|less|more|off|from)\b")
_COORDINATED = re.compile(r"^(?:\s(?:in|on|for)\s[A-Za-z]+)?(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)$")
_CENTS_JOIN = re.compile(r"(?:,?\s(?:and\s)?)$")
_CUT_OFF = re.compile(r"^(?:[.,]\d{1,2}|[ \t]?[A-Za-z]{1,9})$")
Span = tuple[int, int]


class _Spans:
    """Spans merged into disjoint sorted intervals, asked by bisection whether they cover
    a position (a date may lie inside boilerplate)."""

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


def find_amounts(
    text: str, skip: list[Span] | None = None, lines: Sequence[Line] | None = None
) -> list[layers.Amount]:
    """Every amount in ``text`` outside the ``skip`` spans, in text order (``lines``: the
    text's line layer, read again when not given)."""
    g, skipped = grammar(), _Spans([*(skip or []), *contact_spans(text)])
    found: list[Amount] = []
    pos, search = 0, g.scan.search
    while m := search(text, pos):
        branch = m.lastgroup  # the branch that matched closes last: ratio, core or spelled
        if branch == "core":
            a, pos = read_core(text, m, g)
        elif branch == "spelled":
            share = g.word_share.match(text, m.start())
            if share is not None and (a := read_ratio(share, g)) is not None:
                pos = share.end()  # "Seven out of 10 investors"
            else:
                a, pos = read_words(text, m, g)
        elif branch == "single":
            a = read_single(text, m, g)
            pos = a.end if a is not None else m.end()
        elif (a := read_ratio(m, g)) is not None or not m["r5"]:
            pos = m.end()
        else:  # "12 in six weeks" is no share: its numbers are read one by one
            first = search(text, m.start(), m.end("r5"))
            if first is not None and first.lastgroup == "core":
                a, _ = read_core(text, first, g)
            elif first is not None and first.lastgroup == "spelled":
                a, _ = read_words(text, first, g)
            pos = m.start("r6")
        pos = max(pos, m.start() + 1)
        if a is not None and not skipped.holds(a.start):
            found.append(a)
    found = _join_cents(text, found)
    for a in found:
        _exchange_rate(text, a, g)
        _coin_price_level(text, a, g)
        _by_a_factor(text, a, g)
    for a, b in itertools.pairwise(found):
        _change_to_level(text, a, b, g)
        _compared_with_earlier(text, a, b, g)
    _link_ranges(text, found, g)
    _unit_named_once(text, found, g)
    found = _without_rate_units(text, found)
    found = drop_per_denominators(text, found)  # "41.9 AVAX per 1,000 shares": a ratio
    found = [a for a in found if not a.loose or a.qualifier == "range"]
    _carry_qualifiers(text, found)
    found = _without_cohort_bounds(text, found, g)
    found = without_class_bounds(text, found)  # "the 100-1,000 BTC cohort": a class's name
    if found and _cut_off(text, found[-1], g):
        found.pop()  # the excerpt stops at this number: "attacks like the $600" was cut off
    # no figure is infinite (hundreds of digits overflow a float); a cut scale word is none
    found = [
        a for a in found if math.isfinite(a.value) and not _scale_word_cut_at_line_end(text, a, g)
    ]
    layer = read_lines(text) if lines is None else lines
    found = without_row_numbers(text, found, layer)  # "| 1 | Ethereum |": a rank, no figure
    read_column_units(text, found, g, layer)  # "88.4bn" under "Supply (USD)": dollars
    read_by_country(text, found)  # "900 billion pesos" in a story about Argentina: ARS
    read_currency_note(text, found)  # "All figures in Canadian dollars": a bare "$" is CAD
    return [a.finish().frozen() for a in found]


# "1 USD = 1,380 won", "1 BTC ≈ $90,000": the one unit an exchange rate is quoted for
_RATE_SIGN = re.compile(r"\s*(?:=|≈|~=)\s*")
_MONEY_KINDS = ("money", "crypto")


def _without_rate_units(text: str, amounts: list[Amount]) -> list[Amount]:
    """The amounts less a single unit of money set equal to another amount: that one is
    the rate's unit, not a figure; the amount after it is the rate."""
    units = {
        id(a)
        for a, b in itertools.pairwise(amounts)
        if a.value == 1
        and a.kind in _MONEY_KINDS
        and b.kind in _MONEY_KINDS
        and a.unit != b.unit
        and _RATE_SIGN.fullmatch(text, a.end, b.start)
    }
    return [a for a in amounts if id(a) not in units] if units else amounts


# "1,380 per dollar", "34.2 against the dollar", "1,600 to the US dollar"
_PER_CURRENCY = re.compile(
    r"\s+(?:per|to\s+the|against\s+the|a)\s+(?:(?:US|U\.S\.)\s+)?(?P<cur>[A-Za-z]+)\b"
    r"(?!\s+(?:index|value|terms|strength|weakness)\b)"
)
_CLAUSE_WORDS = re.compile(r"[A-Za-z]+|[.;!?](?!\d)")


def _exchange_rate(text: str, a: Amount, g: Grammar) -> None:
    """A bare number quoted per unit of a currency, in a sentence about another currency
    ("the won traded at 1,380 per dollar") is that currency's price of the one unit: money
    in the currency the sentence names, not a count."""
    if a.kind not in ("count", "number") or a.scaled:
        return
    per = _PER_CURRENCY.match(text, a.end)
    if per is None or (base := g.units.get(per["cur"].lower())) is None or base[0] != "money":
        return
    words = _CLAUSE_WORDS.findall(text, max(0, a.start - 80), a.start)
    for word in reversed(words):
        if not word[0].isalpha():
            return  # the sentence before this one names no currency of this one
        if shares_name(word):
            # "the peso closed at 4,215 per dollar": the peso of the country the text names
            code = country_code(text, word, a.start, a.end)
            if code is not None and code != base[1]:
                a.kind, a.unit = "money", code
            return
        named = g.units.get(word.lower())
        if named and named[0] == "money" and named[1] != base[1] and named[2] == 1:
            a.kind, a.unit = "money", named[1]
            return


def rate_base(text: str, a: layers.Amount) -> str | None:
    """The currency an exchange rate is quoted per ("the won stood at 1,380 per dollar" →
    USD): the figure is that currency's price, never a coin's."""
    per = _PER_CURRENCY.match(text, a.end)
    if a.kind != "money" or per is None:
        return None
    base = grammar().units.get(per["cur"].lower())
    return base[1] if base and base[0] == "money" and base[1] != a.unit else None


def _join_cents(text: str, amounts: list[Amount]) -> list[Amount]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
    joined: list[Amount] = []
    for b in amounts:
        a = joined[-1] if joined else None
        if (
            a is not None
            and a.kind == b.kind == "money"
            and a.factor == 1
            and b.factor == 0.01
            and b.value < 1
            and a.value == int(a.value)
            and _CENTS_JOIN.match(text, a.end, b.start)
        ):
            a.end, a.value, a.step = b.end, a.value + b.value, b.step
            continue
        joined.append(b)
    return joined


_THOUSANDS = 1000.0
_MILLIONS = 1e6
# a figure in thousands a coin moves to is its dollar price up to ten times its dearest one
_PRICE_REACH = 10
_RANGE_END = re.compile(r"\s?(?:–|—|-|to)\s?\$?\d[\d,.]*[kKmM]?")
_OWNER_BEFORE = re.compile(r"['\u2019]s?\s$")
_GAP_AFTER = re.compile(
    r"(?i)\s+(?:away\b|short\s+of\b|(?:below|above|under|off|from)\s+(?:its|the|an?)\s)"
)


def _coin_price_level(text: str, a: Amount, g: Grammar) -> None:
    """A bare figure in thousands that a coin with a known dearest price moves to is that
    coin's dollar price, as headlines write it ("Bitcoin Drops Below 60K", "BTC reclaims
    70k"); a bare figure a coin's pair with a currency moves to is its price in that
    currency ("BTC/USD traded at 60,000"). Not when it counts things ("hits 100K holders"),
    when something of the coin's is the subject ("Bitcoin miners sold 30K"), or when the
    figure is far past any dollar price the coin had ("Ethereum hits 900K")."""
    if a.kind not in ("count", "number") or counts_things(text, a.end, g):
        return
    if (end := _RANGE_END.match(text, a.end)) and counts_things(text, end.end(), g):
        return  # "rose from 2K to 3K daily transactions": the range's far end counts them
    start = max(0, a.start - 60)
    if a.factor == _THOUSANDS and (m := g.coin_level_before.search(text, start, a.start)):
        if _OWNER_BEFORE.search(text[max(0, m.start() - 3) : m.start()]):
            return  # "Tesla's Bitcoin Falls to 11K": the firm's coins, its holdings
        if _GAP_AFTER.match(text, a.end):
            return  # "Bitcoin is 15K away from its high": a distance, not a level
        code, coin = "USD", g.coins.get(m["coin"].lower())
    elif a.factor >= _MILLIONS and (m := g.stable_level_before.search(text, start, a.start)):
        a.kind, a.unit = "crypto", g.coins[m["coin"].lower()]  # "USDT tops 180bn": its supply
        return
    elif m := g.pair_level_before.search(text, start, a.start):
        code, coin = m["code"].upper(), g.coins.get(m["coin"].lower())  # any scale: "60,000"
        if coin is None:
            return
    else:
        return
    highest = highest_price(coin)
    if highest is None and code == "USD" and a.factor == _THOUSANDS:
        return  # "Dogecoin hits 100K": no known price to read it against
    if highest is None or code != "USD" or a.value <= _PRICE_REACH * highest:
        a.kind, a.unit = "money", code


def _by_a_factor(text: str, a: Amount, g: Grammar) -> None:
    """ "jumped by a factor of 10": a multiple, not a count of ten."""
    if a.kind not in ("count", "number") or counts_things(text, a.end, g):
        return
    if FACTOR_OF.search(text, max(0, a.start - 20), a.start):
        a.kind, a.unit = "multiple", "x"


_SMALL = 1000  # "climbed by 5 to $3.30": a small bare number may be a rank or a count


def _change_to_level(text: str, a: Amount, b: Amount, g: Grammar) -> None:
    """The bare size of a change, right before the money or coin level it changed to, is
    in that level's unit ("increase by 850M to reach $3.3B", "fell by 120K to 2.3 million
    BTC"); not a count of things ("by 120,000 wallets to"), a small number or a bare level."""
    if a.kind not in ("count", "number") or b.kind not in ("money", "crypto"):
        return
    if a.value < _SMALL or counts_things(text, a.end, g):
        return
    gap = g.to_level.match(text, a.end)
    if gap is None or gap.end() != b.start:
        return
    if g.change_before.search(text, max(0, a.start - 40), a.start):
        a.kind, a.unit = b.kind, b.unit


# "16.2 million ETH, down from 17.1 million", "$2.1 billion from 1.6 billion a year ago"
COMPARED = re.compile(
    r"(?i)(?:\b(?:up|down)\s+|\b)(?:from|compared\s+(?:with|to)|versus|vs\.?)"
    r"(?:\s+(?:about|around|roughly|nearly|some))?\s+$"
)
_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)")
_COMPARABLE = 10  # the earlier figure of a comparison is within tenfold of the later


def _compared_with_earlier(text: str, a: Amount, b: Amount, g: Grammar) -> None:
    """A bare scaled figure a money or coin figure of its sentence is compared with is in
    that figure's unit ("16.2 million ETH ..., down from 17.1 million", "$1.2 billion, up
    from 800 million"); not a count of things ("up from 3.9 million users"), not a figure
    far from it, not across a sentence."""
    if b.kind not in ("count", "number") or a.kind not in ("money", "crypto"):
        return
    if not (a.scaled and b.scaled) or b.start - a.end > 120 or counts_things(text, b.end, g):
        return
    if not a.value or not 1 / _COMPARABLE <= b.value / a.value <= _COMPARABLE:
        return
    if _SENTENCE_END.search(text, a.end, b.start) is None and COMPARED.search(
        text, max(0, b.start - 30), b.start
    ):
        b.kind, b.unit = a.kind, a.unit


def _link_ranges(text: str, amounts: list[Amount], g: Grammar) -> None:
    """Mark "X–Y" and "between X and Y" pairs as ranges; a bare end borrows the other's unit
    and scale ("$1.3-1.5 billion", "$115-120", "525-550bps")."""
    for a, b in itertools.pairwise(amounts):
        gap = text[a.end : b.start]
        if not gap and b.sign < 0 and text[b.start] in "-–—‑" and a.kind == b.kind:
            gap, b.start, b.sign = text[b.start], b.start + 1, 0  # "4.75%-5%"
        dash = bool(_RANGE_JOIN.match(gap))
        # "from 6.25 to 3.125 bitcoins" is a move, not a range; its ends still share the unit
        move = gap.strip() == "to" and bool(_FROM.search(text[max(0, a.start - 12) : a.start]))
        spread = move and bool(_range_from().search(text[max(0, a.start - 40) : a.start]))
        move = move and not spread
        between = gap == " and " and bool(_BETWEEN.search(text[max(0, a.start - 26) : a.start]))
        # "three or four requests"; "option 1 or 2" names two labels, no rough count
        between = between or (gap == " or " and _next_whole(a, b) and not _labelled(text, a))
        between = between or spread  # "estimates ranged from $40 million to $55 million"
        rising = gap.strip() == "to" and _plausible_range(a.value, b.value)
        if (dash and gap.strip() != "to") or rising or move or between:
            _share_scaled_unit(text, a, b, g)  # "$2m-3m", "2.5 million-3 million ETH"
        if dash and a.kind == "money" and b.kind == "count" and b.scaled and a.factor == 1:
            scaled_to = gap.strip() == "to" and _plausible_range(a.value * b.factor, b.value)
            if gap.strip() == "-" or scaled_to:
                b.kind, b.unit = a.kind, a.unit  # "$1.3-1.5 billion", "$3.5 to 4 billion"
        if (dash or between) and a.kind == "count" and b.kind == "multiple" and not a.scaled:
            a.kind, a.unit = b.kind, b.unit  # "two to three times": a bare count is a multiple
        if not (dash or between) or (a.kind != b.kind and "number" not in (a.kind, b.kind)):
            continue
        shared = b.factor if a.factor == 1 else 1.0  # "1.5 to 2 million ETH"
        to_level = gap.strip() == "to" and not move
        to_level = to_level and not _plausible_range(a.value * shared, b.value)
        if to_level and "number" in (a.kind, b.kind) and a.unit != b.unit:
            continue  # "fell 2% to 60,000": the level after a move keeps its own unit
        if a.kind == "number" and b.kind != "number":
            a.kind, a.unit = b.kind, b.unit
        elif b.kind == "number" and a.kind != "number" and dash:
            b.kind, b.unit = a.kind, a.unit  # "$115-120"
        if b.factor != 1 and a.factor == 1 and b.value:
            scaled = a.value * b.factor  # the same as a.value * shared: to_level holds for it
            if b.value / 1000 <= abs(scaled) <= b.value * 10 and not to_level:
                a.rescale(b.factor)  # "$3.5 to 4 billion"; "fell $5 to 60 thousand" keeps $5
        if move or (gap.strip() == "to" and not spread and not _plausible_range(a.value, b.value)):
            continue
        low, high = sorted((a.value, b.value))
        for x in (a, b):
            x.qualifier, x.low, x.high = "range", low, high


# "1.2 million and 800,000 SOL", "2,400, 1,100 and 650 BTC": a list of bare figures whose
# last names the unit
_LISTED = re.compile(r"(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)")
# "41.2 million ARB in favour and 11.3 million against", "3,200 BTC in October and 2,900 in
# November": the unit written with the first figure, the second after a few words and "and"
_PAIRED = re.compile(r"(?:\s[\w'’-]+){0,3},?\s(?:and|but|while|versus|vs\.?)\s")
_PAIR_REACH = 1000  # two figures of one list are within a thousandfold
_BARE = ("count", "number")


def _unit_named_once(text: str, amounts: list[Amount], g: Grammar) -> None:
    """A coin or currency written once for two figures: the bare figures of a list take the
    unit written after its last ("1.2 million and 800,000 SOL respectively"), and a bare
    figure after "and" takes the unit of the like figure before it ("41.2 million ARB in
    favour and 11.3 million against"). Not a figure that counts things ("1.2 million
    players and 800,000 SOL"), and not a figure of another scale than its partner."""
    for a, b in reversed(list(itertools.pairwise(amounts))):
        if (
            a.kind in _BARE
            and _unit_after_figure(text, b, g)
            and _LISTED.fullmatch(text, a.end, b.start)
        ):
            bare, unit = a, b
        elif (
            b.kind in _BARE
            and _unit_after_figure(text, a, g)
            and _PAIRED.fullmatch(text, a.end, b.start)
        ):
            bare, unit = b, a
            if bare.scaled != unit.scaled:
                continue  # "12 BTC in fees and 3 million ..." is no second sum of coins
        else:
            continue
        if (
            bare.qualifier == "range"
            or bare.sign
            or counts_things(text, bare.end, g)
            or not unit.value
            or not 1 / _PAIR_REACH <= bare.value / unit.value <= _PAIR_REACH
        ):
            continue
        bare.kind, bare.unit = unit.kind, unit.unit


def _unit_after_figure(text: str, a: Amount, g: Grammar) -> bool:
    """A money or coin figure whose unit is written after its digits ("800,000 SOL", "12
    million naira"), the way a list names it once; not a unit that is an ordinary word too
    ("40 or 100 pounds" may weigh; "800,000 SOL" is the coin, not Peru's "sol")."""
    word = text[a.start : a.end].rsplit(None, 1)[-1].lower()
    ordinary = word in g.ambiguous_units and g.units.get(word, ("", ""))[1] == a.unit
    return (
        a.kind in _MONEY_KINDS
        and text[a.start : a.start + 1].isdigit()
        and a.factor >= 1
        and not ordinary
    )


def _labelled(text: str, a: Amount) -> bool:
    """A label noun right before the number: "phase 1 or 2", "tier 2 or 3"."""
    return bool(_label_before().search(text, max(0, a.start - 30), a.start))


@per_lexicon
def _label_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{cue_words('range_label_nouns')}\s+$")


def _next_whole(a: Amount, b: Amount) -> bool:
    """Two whole numbers of one kind, the second the next after the first: "three or four",
    "3 or 4" give a rough count, not two figures."""
    same = a.kind == b.kind and a.unit == b.unit and a.factor == b.factor
    return same and a.value >= 1 and a.value == int(a.value) and b.value == a.value + 1


def _share_scaled_unit(text: str, a: Amount, b: Amount, g: Grammar) -> None:
    """Both ends of a dash carry their own scale and one of them its currency or coin
    ("$2m-3m", "£1bn-2bn", "2.5 million-3 million ETH"): the other, a bare scaled count
    that counts no things after the pair, takes that unit."""
    if not (a.scaled and b.scaled) or (a.kind == "count") == (b.kind == "count"):
        return
    bare, unit = (a, b) if a.kind == "count" else (b, a)
    if unit.kind in ("money", "crypto") and not counts_things(text, b.end, g):
        bare.kind, bare.unit = unit.kind, unit.unit


def _plausible_range(low: float, high: float) -> bool:
    """ "$60,000 to $65,000" is a range; "rose 3 cents to 41 cents" is a move and a level:
    a range written with "to" goes up, by less than threefold."""
    return 0 < low < high <= 3 * low


def _carry_qualifiers(text: str, amounts: list[Amount]) -> None:
    """A conversion in parentheses keeps the bound of the figure it converts ("more than
    200,000 ETH ($450 million)"; "above $2 trillion ($2.18 trillion)" gives the precise
    figure instead); "roughly" carries over a list of like figures ("roughly $68 million
    and $58 million")."""
    for a, b in itertools.pairwise(amounts):
        if b.qualifier != "exact" or a.qualifier in ("exact", "range"):
            continue
        gap = text[a.end : b.start]
        if _CONVERSION.match(gap) and text.startswith(")", b.end) and a.unit != b.unit:
            b.qualifier = a.qualifier  # in the same unit it is the precise figure: "($2.18T)"
        elif a.qualifier == "approx" and a.unit == b.unit and _COORDINATED.match(gap):
            b.qualifier = a.qualifier
        elif a.qualifier != "approx" and a.unit != b.unit and _RESTATEMENT.fullmatch(gap):
            # "up to 10% of the stolen funds, or $140 million": a bound holds for the figure
            # restated; an approximation does not ("roughly 86%, or $1.03 billion" is exact)
            b.qualifier = a.qualifier if not _GAP_WORD.match(text, b.end) else b.qualifier


def _without_cohort_bounds(text: str, amounts: list[Amount], g: Grammar) -> list[Amount]:
    """ "Wallets holding between 1,000 and 10,000 BTC added 61,200 BTC", "claims of $50,000
    or less": a bound that defines a group of holders is no quantity about the world (both
    ends of its range). Only a bound, never an approximation ("customers owed about $4.7
    billion"). A range or an upper bound is a definition; a lower bound ("more than", "at
    least") only where the group is then counted or given another figure in its sentence:
    alone it is as often the group's total ("Mt. Gox creditors owed more than 140,000 BTC",
    "long-term holders holding over 14 million BTC"). A figure followed by "in claims", "in
    total" or "combined" is the group's total, and so is one after a count ("5 million users
    with more than $20 billion")."""
    kept: list[Amount] = []
    bound: Amount | None = None
    for a in amounts:
        if (
            bound is not None
            and a.qualifier == "range"
            and (a.low, a.high) == (bound.low, bound.high)
        ):
            continue  # the other end of the group's range
        bound = None
        group = None
        if a.qualifier in _DEFINING and not _TOTAL_AFTER.match(text, a.end):
            group = g.cohort_before.search(text, max(0, a.start - 70), a.start)
        if (
            group is not None
            and not _COUNT_BEFORE.search(text, max(0, group.start() - 12), group.start())
            # "claims of $50,000 or less"; "filed claims of more than $8 billion" is their sum
            and (group["link"].lower() != "of" or _BOUND_AFTER.match(text, a.end))
            and (
                a.qualifier in ("range", "less_than", "at_most")
                or _BOUND_AFTER.match(text, a.end)
                or _other_figure(text, a, amounts)
            )
        ):
            bound = a
            continue
        kept.append(a)
    return kept


def _other_figure(text: str, bound: Amount, amounts: list[Amount]) -> bool:
    """Another figure in the bound's sentence, not the other end of its range: "addresses
    holding at least 1,000 BTC rose to 2,100" counts the group the bound defines."""
    for b in amounts:
        if b is bound or (b.qualifier == "range" and (b.low, b.high) == (bound.low, bound.high)):
            continue
        lo, hi = (b.end, bound.start) if b.end <= bound.start else (bound.end, b.start)
        if lo <= hi and not _SENTENCE_END.search(text, lo, hi):
            return True
    return False


_DEFINING = ("range", "more_than", "less_than", "at_least", "at_most")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_TOTAL_AFTER = re.compile(
    r"(?i)\s*(?:[A-Z]{2,6}\s+)?(?:in\s+(?:total|claims|deposits|assets|losses|customer\s+funds)"
    r"|combined|altogether|collectively|between\s+them)\b"
)
_BOUND_AFTER = re.compile(
    r"(?i)\s*(?:or|and)\s+(?:less|more|fewer|lower|higher|above|below|under|over)\b"
)
_COUNT_BEFORE = re.compile(r"(?i)(?:\d|\b(?:hundred|thousand|million|billion|[mbk]))\s+$")


def _cut_off(text: str, last: Amount, g: Grammar) -> bool:
    """A text that stops at its last number, or inside the word after it ("$1.46 billi",
    "$69,00"), may have been cut off there: the figure as read is not what was written."""
    if len(text) <= 200:
        return False
    rest = text[last.end :].rstrip()
    if not rest:
        return last.kind in ("money", "count", "number") and not last.scaled
    if not _CUT_OFF.match(rest):
        return False
    word = rest.strip().lower()
    return word[:1] in ".," or any(
        len(word) < len(full) and full.startswith(word) for full in g.scales
    )


_FRAGMENT_AT_LINE_END = re.compile(
    r"[ \t]?(?P<w>[A-Za-z]{2,9})(?P<dots>…|\.\.\.)?(?=[ \t]*(?:\n|$))"
)


def _scale_word_cut_at_line_end(text: str, a: Amount, g: Grammar) -> bool:
    """A line cut inside the scale word after its number ("Liquidations top $1.46 billi…"
    heading an article, a truncated feed title): read unscaled, the figure would be
    audited as a scale slip of the full one."""
    if a.scaled or a.kind not in ("money", "count", "number"):
        return False
    m = _FRAGMENT_AT_LINE_END.match(text, a.end)
    if m is None or (len(m["w"]) < 3 and not m["dots"]):
        return False
    word = m["w"].lower()
    return any(len(word) < len(full) and full.startswith(word) for full in g.scales)
