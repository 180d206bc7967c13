"""The computation behind an ``arithmetic`` finding, in words a reader can redo by hand."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from extractor.audit.wording import amount, names

if TYPE_CHECKING:
    from extractor.audit.arithmetic_links import Figure
    from extractor.audit.context import AuditContext
    from extractor.audit.readings import Reading


def _pct(value: float) -> str:
    return f"{value:.1f}%"


def _who(reading: Reading, ctx: AuditContext) -> str:
    return ctx.publisher(reading)


def percent_move(
    percent: Figure,
    start: Figure,
    end: Figure,
    computed: float,
    span: tuple[float, float],
    ctx: AuditContext,
) -> str:
    p, x, y = percent.reading, start.reading, end.reading
    way = "fall" if y.value < x.value else "rise"
    return (
        f"“{p.quote}” does not match the levels the same sentence gives "
        f"({_who(p, ctx)}): from “{x.quote}” to “{y.quote}” is a {way} of "
        f"({amount(y.value, y.unit)} − {amount(x.value, x.unit)}) ÷ {amount(x.value, x.unit)} "
        f"= {_pct(computed)} ({_pct(span[0])} to {_pct(span[1])} as the levels are written)."
    )


def product(
    quantity: Figure, average: Figure, total: Figure, computed: float, ctx: AuditContext
) -> str:
    q, a, t = quantity.reading, average.reading, total.reading
    return (
        f"“{t.quote}” does not match the quantity and average price beside it "
        f"({_who(t, ctx)}): {q.quote} × {a.quote} = {amount(computed, t.unit)}."
    )


def coin_value(
    coin: Figure, money: Figure, price: float, computed: float, ctx: AuditContext
) -> str:
    c, m = coin.reading, money.reading
    times = max(computed, m.value) / min(computed, m.value) if m.value and computed else 0
    way = "more" if computed > m.value else "less"
    return (
        f"“{m.quote}” does not fit “{c.quote}” at the article's own price of {c.unit}, about "
        f"{amount(price, m.unit)} ({_who(m, ctx)}): {c.quote} × {amount(price, m.unit)} = "
        f"{amount(computed, m.unit)}, {times:,.0f} times {way} than stated."
    )


def parts_sum(
    total: Reading,
    parts: Mapping[str, Reading],
    computed: float,
    complete: bool,
    ctx: AuditContext,
) -> str:
    terms = " + ".join(f"{p.quote} {side}" for side, p in parts.items())
    if complete:
        return (
            f"“{total.quote}” in total does not match its parts in the same article "
            f"({_who(total, ctx)}): {terms} = {amount(computed, total.unit)}."
        )
    return (
        f"The part {terms} is larger than the total “{total.quote}” the same article gives "
        f"({_who(total, ctx)}): a part cannot exceed its total."
    )


def fund_sum(total: Reading, parts: Sequence[Reading], computed: float, ctx: AuditContext) -> str:
    terms = " + ".join(f"{p.quote} ({p.asset})" for p in parts)
    return (
        f"The single funds the article lists add up to more than the total “{total.quote}” "
        f"it gives for all of them ({_who(total, ctx)}), and it lists no fund flowing the "
        f"other way: {terms} = {amount(computed, total.unit)}."
    )


def share(
    stated: Reading, part: Reading, total: Reading, side: str, computed: float, ctx: AuditContext
) -> str:
    return (
        f"“{stated.quote}” {side} does not match the article's own figures "
        f"({names([_who(stated, ctx)])}): {part.quote} ÷ {total.quote} = {_pct(computed)}."
    )


def listed_parts(
    total: Reading, parts: Sequence[Reading], computed: float, ctx: AuditContext
) -> str:
    terms = " + ".join(p.quote for p in parts)
    return (
        f"The parts the same sentence lists add up to more than the total “{total.quote}” "
        f"they are listed in ({_who(total, ctx)}): {terms} = {amount(computed, total.unit)}; "
        f"parts cannot exceed their total."
    )


def premium(
    percent: Figure,
    first: Figure,
    second: Figure,
    is_premium: bool,
    computed: float,
    ctx: AuditContext,
) -> str:
    p, x, y = percent.reading, first.reading, second.reading
    named = "premium" if is_premium else "discount"
    ratio = x.value / y.value
    way = "above" if ratio >= 1 else "below"
    return (
        f"“{p.quote}” {named} does not match the two values it compares ({_who(p, ctx)}): "
        f"“{x.quote}” against “{y.quote}” is {amount(x.value, x.unit)} ÷ "
        f"{amount(y.value, y.unit)} = {ratio:.4g}, {_pct(abs(ratio - 1) * 100)} {way} it."
    )
