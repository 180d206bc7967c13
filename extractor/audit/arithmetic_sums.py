"""Parts against their total, and a stated share against its parts, within one article.

Long plus short liquidations against the total; listed single funds' same-side ETF flows
against the funds' total (only when the article lists no fund flowing the other way, and
beyond the tolerance: unlisted small flows); "82% were longs" against the article's own
long and total figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from extractor.audit import explain_arithmetic as words
from extractor.audit.arithmetic_links import arithmetic_finding, underlying
from extractor.audit.arithmetic_values import MOVE
from extractor.audit.context import AuditContext
from extractor.audit.modes import relative_gap
from extractor.audit.policy import metric_policy, scale_factors
from extractor.audit.readings import Reading
from extractor.models import Finding


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
        if reading.unit == "%":
            continue
        parted = metric_policy(reading.metric).parts
        fund_asset = reading.asset if reading.metric in ("etf_flow", "fund_flow") else None
        if not (parted or fund_asset) or reading.doubtful:  # the doubt test reads text: last
            continue
        key: tuple[object, ...]
        if parted:
            key = (reading.metric, reading.asset, reading.venue, reading.unit, period)
            groups[key][reading.side].append(reading)
        if fund_asset:
            fund = fund_asset in underlying()
            key = (reading.metric, reading.side, reading.unit, period)
            funds[key][f"fund:{fund_asset}" if fund else fund_asset].append(reading)
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
    yield arithmetic_finding(total, [(p, "operand") for p in parts.values()], computed, text, ctx)


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
                if name.startswith("fund:") and underlying().get(name[5:]) == group
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
                yield arithmetic_finding(
                    total, [(p, "operand") for p in parts], computed, text, ctx
                )


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
        yield arithmetic_finding(
            share, [(part, "operand"), (total, "operand")], computed, text, ctx
        )
