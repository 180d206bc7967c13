"""Within-article arithmetic: an article's own figures that cannot all be true together.

Five computations, each checked against the figure the article states for it:

- a percent move against the from/to levels the same sentence gives ("fell 12% from
  $125,000 to $113,000" is a fall of 9.6%);
- parts against their total (long plus short liquidations against the total; per-fund
  ETF flows against the funds' total for the day);
- a quantity times its average price against the stated total ("4,225 BTC for $472.5
  million at $111,827 average");
- a coin amount against its dollar value at the article's own price ("37,000 BTC ($2.4
  million)" where the article prices bitcoin at $65,000: a factor of 1,000 out);
- a stated share against its parts ("82% were longs" against $2.62 billion of $2.65
  billion).

Every figure is taken as the interval its written precision allows, and the computation
is done on intervals, so rounding is never flagged: only a result outside everything the
written figures allow is. Figures are linked only when the words between them are
connectors (``audit_arithmetic.jsonl``): "fell 12% from $125,000 to $113,000" links;
"dropped 3.4% in 24 hours, falling from $92,000 to a low of $86,140" does not.
A coin's price moves between the moments an article's figures were taken, and an
article's price labels can be wrong, so a coin amount and its dollar value are checked
only for a slipped scale: a value a factor of 10^3, 10^6 or 10^9 away from what the
article's own price gives (within a factor of two).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from extractor.audit import explain_arithmetic as words
from extractor.audit.context import AuditContext
from extractor.audit.findings import make
from extractor.audit.modes import relative_gap
from extractor.audit.policy import metric_policy, scale_factors
from extractor.audit.readings import Reading
from extractor.lexicon import assets, currencies, load
from extractor.models import METRICS, ClaimRole, FactKey, Finding

MOVE = 2.0  # a coin's price may move this much (either way) between two figures of a day
NOT_AMOUNTS = {"%", "count", "ratio", "index", "x"}
_MOVES = {"price_change", "market_cap_change"}
_WORD = re.compile(r"[a-z]+|\d+")
_ASIDE = re.compile(r"\([^()]*\)")


class Connectors(BaseModel):
    """Words that may stand between two figures of one computation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    max_words: int = Field(ge=0)
    words: frozenset[str]
    why: str = ""


@cache
def connectors() -> dict[str, Connectors]:
    return {entry.name: entry for entry in load("audit_arithmetic.jsonl", Connectors)}


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(entry.code for entry in currencies())


@cache
def _parted() -> frozenset[str]:
    """Metrics whose figures an article may split into parts or shares."""
    return frozenset(m for m in METRICS if metric_policy(m).parts) | {"etf_flow", "fund_flow"}


@cache
def _underlying() -> dict[str, str]:
    """Fund ticker → the coin it holds (IBIT → BTC)."""
    return {a.id: a.underlying for a in assets() if a.kind == "etf" and a.underlying}


@dataclass(frozen=True)
class Figure:
    """A reading placed in its sentence: where its quote starts."""

    reading: Reading
    at: int

    @property
    def end(self) -> int:
        return self.at + len(self.reading.quote)


def is_money(unit: str) -> bool:
    return unit in _currency_codes()


def is_coin(unit: str) -> bool:
    return not is_money(unit) and unit not in NOT_AMOUNTS


def _gap_words(text: str) -> list[str] | None:
    """The words of a gap between two figures; None when it holds another figure.

    Dates are not figures: a month name and the day numbers after it, and a year, are
    left out ("between January 5-11 for $1.25 billion"), and so is an aside in
    parentheses ("3.09 million BTC ($190.01 billion) in February 2020 to").
    """
    text = _ASIDE.sub(" ", text)
    months = connectors()["dates"].words
    found: list[str] = []
    after_month = 0
    for word in _WORD.findall(text.lower()):
        if word in months:
            after_month = 2
        elif word.isdigit() and after_month and len(word) <= 2:
            after_month -= 1
        elif word.isdigit() and len(word) == 4 and word[:2] in ("19", "20"):
            continue
        elif word.isdigit():
            return None
        else:
            after_month = 0
            found.append(word)
    return found


def _linked(text: str, name: str, required: str | None = None) -> bool:
    """Whether a gap is only connectors of a kind (and holds the required word)."""
    found = _gap_words(text)
    rule = connectors()[name]
    if found is None or len(found) > rule.max_words:
        return False
    if required is not None and required not in found:
        return False
    return all(w in rule.words for w in found)


def in_sentences(readings: Sequence[Reading]) -> list[list[Figure]]:
    """The article's figures sentence by sentence, in order, placed in their sentence."""
    by_sentence: dict[str, list[Reading]] = defaultdict(list)
    for reading in readings:
        by_sentence[reading.sentence].append(reading)
    placed: list[list[Figure]] = []
    for sentence, members in by_sentence.items():
        members.sort(key=lambda r: r.start)
        figures: list[Figure] = []
        cursor = 0
        for reading in members:
            at = sentence.find(reading.quote, cursor)
            if at < 0:
                break  # the sentence was cut or rewritten: do not guess positions
            figures.append(Figure(reading, at))
            cursor = at + len(reading.quote)
        else:
            placed.append(figures)
    return placed


def check_article(pairs: Sequence[Reading], ctx: AuditContext) -> list[Finding]:
    """Every arithmetic disagreement among one article's figures.

    Each computation needs figures of certain kinds; an article without them (most) is
    passed over after one look at its units and metrics.
    """
    moves = coins = parted = False
    for r in pairs:
        moves = moves or (r.unit == "%" and (r.side in ("up", "down") or r.metric in _MOVES))
        coins = coins or is_coin(r.unit)
        parted = parted or r.metric in _parted()
    found: list[Finding] = []
    if moves or coins:
        sentences = in_sentences([r for r in pairs if r.unit != "count"])
        for figures in sentences:
            if len(figures) < 3:
                continue
            sentence = figures[0].reading.sentence
            if moves:
                found += percent_moves(figures, sentence, ctx)
            if coins:
                found += products(figures, sentence, ctx)
        if coins:
            found += coin_values(sentences, pairs, ctx)
    if parted:
        found += sums(pairs, ctx)
        found += shares(pairs, ctx)
    return list({f.id: f for f in found}.values())


# --- a percent move against its from/to levels ---------------------------------------


def percent_moves(figures: Sequence[Figure], sentence: str, ctx: AuditContext) -> Iterator[Finding]:
    """'fell 12% from $125,000 to $113,000': the percent against the two levels.

    The levels are figures of one unit; figures of another unit between them are set
    aside when the text gives them in parentheses ("from 3.09 million BTC ($190.01
    billion) to 2.47 million BTC").
    """
    units = {f.reading.unit for f in figures if f.reading.unit != "%"}
    seen: set[tuple[int, int, int]] = set()
    for unit in units:
        chosen = [f for f in figures if f.reading.unit in (unit, "%")]
        for i in range(len(chosen) - 2):
            a, b, c = chosen[i : i + 3]
            move = _move(a, b, c, sentence)
            key = (a.at, b.at, c.at)
            if move is not None and key not in seen:
                seen.add(key)
                yield from _check_move(*move, ctx)


def _move(a: Figure, b: Figure, c: Figure, sentence: str) -> tuple[Figure, Figure, Figure] | None:
    """(percent, from-level, to-level) when three consecutive figures read as one move."""
    if _is_percent_move(a) and _levels(b, c):
        first, second = sentence[a.end : b.at], sentence[b.end : c.at]
        if _lead(first, "from") and _linked(second, "move_level", "to"):
            return a, b, c
        if _lead(first, "to") and _linked(second, "move_level", "from"):
            return a, c, b
    if _is_percent_move(b) and _levels(a, c):  # "trading at $0.91, up 4% from $0.87"
        first, second = sentence[a.end : b.at], sentence[b.end : c.at]
        if _lead(first, None) and _lead(second, "from"):
            return b, c, a
    if _is_percent_move(c) and _levels(a, b):
        before = sentence[max(0, a.at - 40) : a.at]
        if (
            _ends_with_from(before)
            and _linked(sentence[a.end : b.at], "move_level", "to")
            and _linked(sentence[b.end : c.at], "move_tail")
        ):
            return c, a, b
    return None


def _is_percent_move(figure: Figure) -> bool:
    reading = figure.reading
    return reading.unit == "%" and (reading.metric in _MOVES or reading.side in ("up", "down"))


def _levels(x: Figure, y: Figure) -> bool:
    return (
        x.reading.unit == y.reading.unit
        and x.reading.unit != "%"
        and x.reading.bounded
        and y.reading.bounded
        and x.reading.value > 0
    )


def _lead(text: str, marker: str | None) -> bool:
    """A gap between a percent and a level: connectors (and the marker word, if given)."""
    found = _gap_words(text)
    if found is None or (marker is not None and marker not in found):
        return False
    allowed = connectors()["move_lead"].words | connectors()["move_level"].words
    return len(found) <= connectors()["move_lead"].max_words + 2 and all(
        w in allowed for w in found
    )


def _ends_with_from(text: str) -> bool:
    """'... from' or '... from a high of' just before a level."""
    found = _gap_words(text.rsplit(",", 1)[-1]) or []
    if "from" not in found:
        return False
    tail = found[len(found) - found[::-1].index("from") :]
    return all(w in connectors()["move_level"].words for w in tail) and len(tail) <= 4


def _check_move(
    percent: Figure, start: Figure, end: Figure, ctx: AuditContext
) -> Iterator[Finding]:
    p, x, y = percent.reading, start.reading, end.reading
    ratios = (y.lo / x.hi, y.hi / x.lo) if x.lo > 0 else None
    if ratios is None or not p.bounded:
        return
    low, high = ratios
    moves = [abs(low - 1) * 100, abs(high - 1) * 100]
    computed_low = 0.0 if low <= 1 <= high else min(moves)
    computed_high = max(moves)
    if relative_gap(p.lo, p.hi, computed_low, computed_high) <= 0:
        return
    computed = abs(end.reading.value / start.reading.value - 1) * 100
    text = words.percent_move(percent, start, end, computed, (computed_low, computed_high), ctx)
    yield _finding(percent, [(start, "operand"), (end, "operand")], computed, text, ctx)


# --- quantity times average price ------------------------------------------------------


def products(figures: Sequence[Figure], sentence: str, ctx: AuditContext) -> Iterator[Finding]:
    """'4,225 BTC for $472.5 million at $111,827': quantity × average against the total."""
    for i in range(len(figures) - 2):
        trio = figures[i : i + 3]
        gaps = (sentence[x.end : y.at] for x, y in itertools.pairwise(trio))
        if not all(_linked(gap, "product_link") for gap in gaps):
            continue
        roles = _product_roles(trio)
        if roles is not None:
            yield from _check_product(*roles, ctx)


def _product_roles(trio: Sequence[Figure]) -> tuple[Figure, Figure, Figure] | None:
    """(quantity, average price, total) among three figures, or None."""
    quantity = [f for f in trio if is_coin(f.reading.unit)]
    money = [f for f in trio if is_money(f.reading.unit)]
    if len(quantity) != 1 or len(money) != 2 or money[0].reading.unit != money[1].reading.unit:
        return None
    average = [f for f in money if f.reading.metric in ("average_cost", "price")]
    total = [f for f in money if f.reading.metric not in ("average_cost", "price")]
    if len(average) != 1 or len(total) != 1:
        return None
    return quantity[0], average[0], total[0]


def _check_product(
    quantity: Figure, average: Figure, total: Figure, ctx: AuditContext
) -> Iterator[Finding]:
    q, a, t = quantity.reading, average.reading, total.reading
    if not (q.bounded and a.bounded) or q.lo <= 0 or a.lo <= 0:
        return
    low, high = q.lo * a.lo, q.hi * a.hi
    if relative_gap(t.lo, t.hi, low, high) <= 0:
        return
    computed = q.value * a.value
    text = words.product(quantity, average, total, computed, ctx)
    yield _finding(total, [(quantity, "operand"), (average, "operand")], computed, text, ctx)


# --- a coin amount against its dollar value ----------------------------------------------


def _point_span(reading: Reading) -> tuple[float, float]:
    """A figure's written interval; an open bound ("over $1 million") at its own value."""
    return (reading.lo, reading.hi) if reading.bounded else (reading.value, reading.value)


@dataclass(frozen=True)
class Valued:
    """A coin amount and the money value the article gives it."""

    coin: Figure
    money: Figure

    @property
    def price(self) -> tuple[float, float]:
        """The price per coin the pair implies (an open bound taken at its own value)."""
        c, m = _point_span(self.coin.reading), _point_span(self.money.reading)
        return (m[0] / c[1], m[1] / c[0])


def coin_values(
    sentences: Sequence[Sequence[Figure]],
    pairs: Sequence[Reading],
    ctx: AuditContext,
) -> Iterator[Finding]:
    """'37,000 BTC ($2.4 million)': the dollar value against the article's own price."""
    valued = [v for figures in sentences for v in _valued(figures)]
    if not valued:
        return
    prices = _article_prices(pairs)
    for item in valued:
        key = (item.coin.reading.unit, item.money.reading.unit)
        own = prices.get(key, [])
        others = [v.price for v in valued if v is not item and _key(v) == key]
        references = [_point_span(r) for r in own] or _agreeing(others)
        if not references or any(_near(item.price, p, 1.0) for p in references):
            continue
        middle = statistics.median_low(sum(p) / 2 for p in references)
        if any(
            _near(item.price, (middle * f, middle * f), 1.0)
            for factor in scale_factors(item.money.reading.unit)
            for f in (factor, 1 / factor)
        ):
            quoted = [min(own, key=lambda r: abs(r.value - middle))] if own else []
            yield _value_finding(item, middle, quoted, ctx)


def _key(item: Valued) -> tuple[str, str]:
    return (item.coin.reading.unit, item.money.reading.unit)


def _near(price: tuple[float, float], reference: tuple[float, float], factor: float) -> bool:
    """Whether a price span meets a reference span once moves of ``MOVE`` are allowed."""
    return price[0] <= reference[1] * MOVE * factor and price[1] >= reference[0] / MOVE / factor


def _agreeing(others: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The prices other valuations imply, when at least two of them agree."""
    if len(others) < 2:
        return []
    middle = statistics.median_low(lo for lo, _ in others)
    agreeing = [p for p in others if _near(p, (middle, middle), 1.0)]
    return agreeing if len(agreeing) >= 2 else []


def _valued(figures: Sequence[Figure]) -> Iterator[Valued]:
    for x, y in itertools.pairwise(figures):
        sentence = x.reading.sentence
        coin, money = (x, y) if is_coin(x.reading.unit) else (y, x)
        if not (is_coin(coin.reading.unit) and is_money(money.reading.unit)):
            continue
        if coin.reading.value <= 0 or money.reading.value <= 0:
            continue
        if _linked(sentence[x.end : y.at], "value_link"):
            yield Valued(coin, money)


def _article_prices(pairs: Sequence[Reading]) -> dict[tuple[str, str], list[Reading]]:
    """The article's own prices per (coin, currency): stated, bounded, not forecasts."""
    prices: dict[tuple[str, str], list[Reading]] = defaultdict(list)
    for reading in pairs:
        if reading.metric != "price" or not reading.asset or reading.value <= 0:
            continue
        if reading.period and reading.published and reading.period[0] > reading.published:
            continue  # a target, not a price the article prices things at
        prices[reading.asset, reading.unit].append(reading)
    return prices


def _value_finding(
    item: Valued, price: float, own: Sequence[Reading], ctx: AuditContext
) -> Finding:
    computed = item.coin.reading.value * price
    text = words.coin_value(item.coin, item.money, price, computed, ctx)
    cited: list[tuple[Figure | Reading, ClaimRole]] = [(item.coin, "operand")]
    cited += [(r, "operand") for r in own]
    return _finding(item.money, cited, computed, text, ctx)


# --- parts against their total -----------------------------------------------------------


def _dated(pairs: Sequence[Reading]) -> list[tuple[Reading, object]]:
    """Each figure with its period; an undated figure takes the one period its kind has."""
    periods: dict[tuple[str, str | None], set[object]] = defaultdict(set)
    for reading in pairs:
        if reading.period is not None:
            periods[reading.metric, reading.venue].add(reading.period)
    out = []
    for reading in pairs:
        period: object = reading.period
        known = periods.get((reading.metric, reading.venue), set())
        if period is None and len(known) == 1:
            period = next(iter(known))
        out.append((reading, period))
    return out


def _one_figure(readings: Sequence[Reading], tolerance: float) -> Reading | None:
    """The figure readings state, when they all state one (a repeat agrees); else None."""
    if not readings:
        return None
    first = min(readings, key=lambda r: r.precision)
    if all(relative_gap(r.lo, r.hi, first.lo, first.hi) <= 0 for r in readings):
        return first
    return None


def sums(pairs: Sequence[Reading], ctx: AuditContext) -> Iterator[Finding]:
    """Long + short against total liquidations; per-fund flows against the funds' total."""
    tolerance = ctx.settings.tolerance
    groups: dict[tuple[object, ...], dict[str | None, list[Reading]]] = defaultdict(
        lambda: defaultdict(list)
    )
    funds: dict[tuple[object, ...], dict[str, list[Reading]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for reading, period in _dated(pairs):
        if reading.unit == "%" or reading.doubtful:
            continue
        key: tuple[object, ...]
        if metric_policy(reading.metric).parts:
            key = (reading.metric, reading.asset, reading.venue, reading.unit, period)
            groups[key][reading.side].append(reading)
        if reading.metric in ("etf_flow", "fund_flow") and reading.asset:
            fund = reading.asset in _underlying()
            key = (reading.metric, reading.side, reading.unit, period)
            funds[key][f"fund:{reading.asset}" if fund else reading.asset].append(reading)
    for (metric, *_), sides in groups.items():
        total = _one_figure(sides.get(None, []), tolerance)
        found = {s: _one_figure(r, tolerance) for s, r in sides.items() if s is not None}
        parts = {s: p for s, p in found.items() if p is not None}
        if total is not None and parts and len(parts) == len(found):
            yield from _check_sum(total, parts, str(metric), ctx)
    yield from _fund_sums(funds, pairs, ctx)


def _check_sum(
    total: Reading, parts: dict[str, Reading], metric: str, ctx: AuditContext
) -> Iterator[Finding]:
    if not total.bounded or not all(p.bounded for p in parts.values()):
        return
    allowed = set(metric_policy(metric).parts)
    parts = {s: p for s, p in parts.items() if s in allowed}
    if not parts:
        return
    low, high = sum(p.lo for p in parts.values()), sum(p.hi for p in parts.values())
    if not _one_fact(sum(p.value for p in parts.values()), total.value, ctx):
        return
    complete = len(parts) == len(allowed)
    apart = relative_gap(total.lo, total.hi, low, high) > 0 if complete else low > total.hi
    if not apart:
        return
    computed = sum(p.value for p in parts.values())
    text = words.parts_sum(total, parts, computed, complete, ctx)
    yield _finding(total, [(p, "operand") for p in parts.values()], computed, text, ctx)


def _one_fact(parts: float, total: float, ctx: AuditContext) -> bool:
    """Whether parts and a total can be figures of one fact: within the ratio beyond which
    figures are two facts, or a scale factor apart (a slipped scale word)."""
    if parts <= 0 or total <= 0:
        return False
    ratio = max(parts, total) / min(parts, total)
    if ratio <= ctx.settings.conflict_max_ratio:
        return True
    return any(factor / MOVE <= ratio <= factor * MOVE for factor in scale_factors("USD"))


def _fund_sums(
    funds: dict[tuple[object, ...], dict[str, list[Reading]]],
    pairs: Sequence[Reading],
    ctx: AuditContext,
) -> Iterator[Finding]:
    """Same-side flows of single funds may not add up to more than all funds' total.

    Funds the article does not list may have flowed the other way, so a sum below the
    total says nothing, and a sum above it counts only when the article lists no fund
    flowing the other way that day.
    """
    tolerance = ctx.settings.tolerance
    for (metric, side, unit, period), members in funds.items():
        for group, readings in members.items():
            if group.startswith("fund:"):
                continue
            total = _one_figure(readings, tolerance)
            held = [
                _one_figure(r, tolerance)
                for name, r in members.items()
                if name.startswith("fund:") and _underlying().get(name[5:]) == group
            ]
            parts = [p for p in held if p is not None]
            if total is None or len(parts) < 2 or len(parts) != len(held) or not total.bounded:
                continue  # one fund beside a total is too often another day's figure
            opposite = "inflow" if side == "outflow" else "outflow"
            other_way = funds.get((metric, opposite, unit, period), {})
            if any(name.startswith("fund:") for name in other_way):
                continue
            low = sum(p.lo for p in parts)
            if not _one_fact(sum(p.value for p in parts), total.value, ctx):
                continue
            if low > total.hi * (1 + tolerance):  # small flows the article leaves out
                computed = sum(p.value for p in parts)
                text = words.fund_sum(total, parts, computed, ctx)
                yield _finding(total, [(p, "operand") for p in parts], computed, text, ctx)


# --- a stated share against its parts ----------------------------------------------------


def shares(pairs: Sequence[Reading], ctx: AuditContext) -> Iterator[Finding]:
    """'82% were longs' against the article's own long and total figures."""
    tolerance = ctx.settings.tolerance
    amounts: dict[tuple[object, ...], dict[str | None, list[Reading]]] = defaultdict(
        lambda: defaultdict(list)
    )
    stated: list[tuple[tuple[object, ...], str, Reading]] = []
    for reading, period in _dated(pairs):
        parts = metric_policy(reading.metric).parts
        if not parts or reading.doubtful:
            continue
        scope: tuple[object, ...] = (reading.metric, reading.asset, reading.venue, period)
        if reading.unit == "%":
            if reading.side in parts:
                stated.append((scope, reading.side, reading))
        else:
            amounts[scope][reading.side].append(reading)
    for scope, side, share in stated:
        part = _one_figure(amounts.get(scope, {}).get(side, []), tolerance)
        total = _one_figure(amounts.get(scope, {}).get(None, []), tolerance)
        if part is None or total is None or part.unit != total.unit or total.lo <= 0:
            continue
        low, high = part.lo / total.hi * 100, part.hi / total.lo * 100
        if not share.bounded or relative_gap(share.lo, share.hi, low, high) <= 0:
            continue
        computed = part.value / total.value * 100
        text = words.share(share, part, total, side, computed, ctx)
        yield _finding(share, [(part, "operand"), (total, "operand")], computed, text, ctx)


# --- the finding ---------------------------------------------------------------------------


def _reading(item: Figure | Reading) -> Reading:
    return item.reading if isinstance(item, Figure) else item


def _finding(
    stated: Figure | Reading,
    operands: Sequence[tuple[Figure | Reading, ClaimRole]],
    computed: float,
    text: str,
    ctx: AuditContext,
) -> Finding:
    main = _reading(stated)
    gap = abs(main.value - computed) / max(abs(main.value), abs(computed)) if computed else 1.0
    fact = FactKey.model_validate(
        {
            "metric": main.metric,
            "side": main.side,
            "asset": main.asset,
            "venue": main.venue,
            "unit": main.unit,
            "period_start": main.period[0] if main.period else None,
            "period_end": main.period[1] if main.period else None,
        }
    )
    cited = [(main, "stated")] + [(_reading(item), role) for item, role in operands]
    return make(
        "arithmetic",
        "high" if gap >= 0.5 else "medium" if gap >= 3 * ctx.settings.tolerance else "low",
        min(0.95, max(0.5, 1 - ctx.settings.tolerance / gap)) if gap else 0.5,
        text,
        fact,
        cited,  # type: ignore[arg-type]
        ctx,
        computed_value=computed,
        relative_difference=gap,
    )
