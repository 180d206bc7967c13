"""A quantity times its average price, and a coin amount against its dollar value.

"4,225 BTC for $472.5 million at $111,827 average": the total is the quantity times the
price. "37,000 BTC ($2.4 million)" where the article prices bitcoin at $65,000: a value a
factor of 1,000 out. A coin's price moves between the moments an article's figures were
taken, and an article's price labels can be wrong, so a coin amount and its value are
checked only for a slipped scale (a factor of 10^3 or more, within a factor of two). The
article's own price of a coin is a price its text states as the coin's
(:mod:`extractor.audit.prices`): "an average online cash gift of $162" read as bitcoin's is
none.
"""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extractor.audit import explain_arithmetic as words
from extractor.audit.arithmetic_links import (
    Figure,
    arithmetic_finding,
    is_coin,
    is_money,
    linked,
)
from extractor.audit.context import AuditContext
from extractor.audit.forecasts import forecasts_price
from extractor.audit.modes import relative_gap
from extractor.audit.policy import scale_factors
from extractor.audit.prices import states_price
from extractor.audit.readings import Reading
from extractor.models import ClaimRole, Finding

MOVE = 2.0  # a coin's price may move this much (either way) between two figures of a day


def products(figures: Sequence[Figure], sentence: str, ctx: AuditContext) -> Iterator[Finding]:
    """'4,225 BTC for $472.5 million at $111,827': quantity × average against the total."""
    for i in range(len(figures) - 2):
        trio = figures[i : i + 3]
        gaps = (sentence[x.end : y.at] for x, y in itertools.pairwise(trio))
        if not all(linked(gap, "product_link") for gap in gaps):
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
        ctx.adds_up.update((q.id, a.id, t.id))  # three figures that vouch for each other
        return
    computed = q.value * a.value
    text = words.product(quantity, average, total, computed, ctx)
    yield arithmetic_finding(
        total, [(quantity, "operand"), (average, "operand")], computed, text, ctx
    )


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
        if not references:
            continue
        if any(_near(item.price, p, 1.0) for p in references):
            if own:  # the article's own price vouches for the amount and its value
                ctx.adds_up.update((item.coin.reading.id, item.money.reading.id))
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
        if linked(sentence[x.end : y.at], "value_link"):
            yield Valued(coin, money)


def _article_prices(pairs: Sequence[Reading]) -> dict[tuple[str, str], list[Reading]]:
    """The article's own prices per (coin, currency): stated as the coin's (:mod:`prices`),
    not forecasts."""
    prices: dict[tuple[str, str], list[Reading]] = defaultdict(list)
    for reading in pairs:
        if reading.metric != "price" or not reading.asset or reading.value <= 0:
            continue
        if reading.period and reading.published and reading.period[0] > reading.published:
            continue  # a target, not a price the article prices things at
        if forecasts_price(reading.sentence, reading.quote):
            continue  # "the price may fall to $42,000": a forecast, dated or not
        if not states_price(reading.sentence, reading.asset):
            continue  # "an average online cash gift of $162": no coin's price
        prices[reading.asset, reading.unit].append(reading)
    return prices


def _value_finding(
    item: Valued, price: float, own: Sequence[Reading], ctx: AuditContext
) -> Finding:
    computed = item.coin.reading.value * price
    text = words.coin_value(item.coin, item.money, price, computed, ctx)
    cited: list[tuple[Figure | Reading, ClaimRole]] = [(item.coin, "operand")]
    cited += [(r, "operand") for r in own]
    return arithmetic_finding(item.money, cited, computed, text, ctx)
