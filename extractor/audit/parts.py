"""Parts against their whole across sources: long and short liquidations against the total.

Different metrics, sides and units are never one fact, but a part is checked against its
whole (the metric's ``parts`` in ``audit_metrics.jsonl``) over the same window: a part may
not exceed the whole, the parts may not add up to more than it, and a stated share ("82%
of the liquidations were longs") must match the part over the whole ($2.62 billion of
$2.65 billion is 98.9%). Each fact is represented by the figure its sources back best, so
a figure already found to be a scale slip raises no second finding here. When every
figure involved comes from one article, the check is that article's arithmetic (see
:mod:`extractor.audit.arithmetic`), not a disagreement between sources; a part of another
story than its whole's (:mod:`extractor.audit.stories`) is no part of it. A figure its own
article states as a bound elsewhere ("$900M" over "over $900 million") is read as that
bound (:mod:`extractor.audit.own_bounds`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extractor.audit import explain
from extractor.audit.context import AuditContext
from extractor.audit.findings import make
from extractor.audit.modes import Frame, relative_gap
from extractor.audit.own_bounds import as_stated
from extractor.audit.policy import metric_policy
from extractor.audit.readings import Reading
from extractor.models import ClaimRole, FactKey, Finding


@dataclass
class Window:
    """One fact over one window, and the modes of its readings."""

    fact: FactKey
    frame: Frame


def part_whole_findings(windows: Sequence[Window], ctx: AuditContext) -> list[Finding]:
    """Every part/whole disagreement between sources, each once."""
    by_scope: dict[tuple[object, ...], list[Window]] = {}
    for window in windows:
        fact = window.fact
        scope = (fact.metric, fact.asset, fact.venue, fact.period_start, fact.period_end)
        by_scope.setdefault(scope, []).append(window)
    found: dict[str, Finding] = {}
    for group in by_scope.values():
        for whole in group:
            parts = metric_policy(whole.fact.metric).parts
            if whole.fact.side is not None or not parts or whole.fact.unit == "%":
                continue
            related = [w for w in group if w.fact.side in parts]
            amounts = [w for w in related if w.fact.unit == whole.fact.unit]
            shares = [w for w in related if w.fact.unit == "%"]
            for finding in _check(whole, amounts, shares, ctx):
                found.setdefault(finding.id, finding)
    return list(found.values())


def _figure(window: Window, ctx: AuditContext) -> Reading | None:
    main = window.frame.main
    return main.supported(ctx.settings.tolerance) if main is not None else None


def _check(
    whole: Window, amounts: Sequence[Window], shares: Sequence[Window], ctx: AuditContext
) -> Iterator[Finding]:
    total = _figure(whole, ctx)
    if total is None:
        return
    by_side: dict[str, Reading] = {}
    for window in amounts:
        part = _figure(window, ctx)
        if part is not None and window.fact.side:
            by_side[window.fact.side] = part
            yield from _part_exceeds(part, window.fact.side, total, whole.fact, ctx)
    if len(by_side) > 1:
        yield from _parts_exceed(list(by_side.items()), total, whole.fact, ctx)
    for window in shares:
        share = _figure(window, ctx)
        side = window.fact.side
        if share is not None and side in by_side:
            yield from _share_mismatch(share, by_side[side], total, side, whole.fact, ctx)


def _across_sources(readings: Sequence[Reading], fact: FactKey, ctx: AuditContext) -> bool:
    """Whether the figures come from two sources or more, each of one story with the whole
    (the last): another story's figure under the same labels is no part of it."""
    if len({r.source for r in readings}) < 2:
        return False
    whole = readings[-1]
    return all(ctx.one_story([r], [whole], fact.asset) for r in readings[:-1])


def _part_exceeds(
    part: Reading, side: str, whole: Reading, fact: FactKey, ctx: AuditContext
) -> Iterator[Finding]:
    part_lo, part_hi = as_stated(part, ctx.shorthand)
    whole_lo, whole_hi = as_stated(whole, ctx.shorthand)
    if part_lo <= whole_hi or not _across_sources([part, whole], fact, ctx):
        return
    if not whole.value > 0 or part.value / whole.value > ctx.settings.conflict_max_ratio:
        return  # a "part" many times its whole is another fact
    gap = relative_gap(part_lo, part_hi, whole_lo, whole_hi)
    if gap > ctx.settings.tolerance:
        text = explain.part_exceeds_whole(part, whole, side, fact, gap, ctx)
        yield _finding(fact, gap, text, [(part, "part"), (whole, "whole")], ctx)


def _parts_exceed(
    parts: list[tuple[str, Reading]], whole: Reading, fact: FactKey, ctx: AuditContext
) -> Iterator[Finding]:
    readings = [p for _, p in parts]
    low = sum(as_stated(p, ctx.shorthand)[0] for p in readings)
    whole_hi = as_stated(whole, ctx.shorthand)[1]
    if low <= whole_hi or not _across_sources([*readings, whole], fact, ctx) or not whole.value > 0:
        return
    if any(p.value / whole.value > ctx.settings.conflict_max_ratio for p in readings):
        return
    gap = (low - whole_hi) / low
    if gap > ctx.settings.tolerance:
        cited: list[tuple[Reading, ClaimRole]] = [(p, "part") for p in readings]
        text = explain.parts_exceed_whole([(p, s) for s, p in parts], whole, gap, ctx)
        yield _finding(fact, gap, text, [*cited, (whole, "whole")], ctx)


def _share_mismatch(
    share: Reading, part: Reading, whole: Reading, side: str, fact: FactKey, ctx: AuditContext
) -> Iterator[Finding]:
    if not _across_sources([share, part, whole], fact, ctx) or whole.lo <= 0:
        return
    low, high = part.lo / whole.hi * 100, part.hi / whole.lo * 100
    gap = relative_gap(share.lo, share.hi, low, high)
    if gap > ctx.settings.tolerance:
        computed = part.value / whole.value * 100
        text = explain.share_mismatch(share, part, whole, side, fact.metric, computed, ctx)
        cited: list[tuple[Reading, ClaimRole]] = [
            (share, "share"),
            (part, "part"),
            (whole, "whole"),
        ]
        yield _finding(fact, gap, text, cited, ctx)


def _finding(
    fact: FactKey, gap: float, text: str, cited: list[tuple[Reading, ClaimRole]], ctx: AuditContext
) -> Finding:
    tolerance = ctx.settings.tolerance
    return make(
        "part_whole",
        "high" if gap >= 0.5 else "medium",
        1 - tolerance / gap,
        text,
        fact,
        cited,
        ctx,
        relative_difference=gap,
    )
