"""Parts against their whole: long and short liquidations against the total.

Different metrics, sides and units are never one fact, but a part is checked against
its whole (the metric's ``parts`` in ``audit_metrics.jsonl``): a part may not exceed the
whole, the parts may not add up to more than it, and a stated share ("82% of the
liquidations were longs") must match the part over the whole ($2.62 billion of $2.65
billion is 98.9%). Each fact is represented by its majority's reference figure, so a
figure already found to be a scale slip does not raise a second finding here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from extractor.audit import explain
from extractor.audit.context import AuditContext
from extractor.audit.intervals import point, relative_gap, stated
from extractor.audit.periods import same_window
from extractor.audit.policy import metric_policy
from extractor.audit.verdicts import GroupAnalysis, finding_id
from extractor.models import Claim, ClaimRole, FactKey, Finding


def part_whole_findings(analyses: Sequence[GroupAnalysis], ctx: AuditContext) -> list[Finding]:
    """Every part/whole disagreement among the analysed facts, each once."""
    found: dict[str, Finding] = {}
    analyses = [a for a in analyses if not a.group.pooled]
    for whole in analyses:
        parts = metric_policy(whole.fact.metric).parts
        if whole.fact.side is not None or not parts or whole.fact.unit == "%":
            continue
        related = [a for a in analyses if a.fact.side in parts and _same_scope(a, whole, ctx)]
        amounts = [a for a in related if a.fact.unit == whole.fact.unit]
        shares = [a for a in related if a.fact.unit == "%"]
        for finding in _check(whole, amounts, shares, ctx):
            found.setdefault(finding.id, finding)
    return list(found.values())


def _same_scope(part: GroupAnalysis, whole: GroupAnalysis, ctx: AuditContext) -> bool:
    """Same metric, asset and venue over the same window (or stated by one source)."""
    a, b = part.fact, whole.fact
    if (a.metric, a.asset, a.venue) != (b.metric, b.asset, b.venue):
        return False
    if a.period_start and a.period_end and b.period_start and b.period_end:
        windows = (a.period_start, a.period_end), (b.period_start, b.period_end)
        return same_window(*windows, ctx.settings.period_slack_days)
    return bool(ctx.sources(part.group.claims) & ctx.sources(whole.group.claims))


def _check(
    whole: GroupAnalysis,
    amounts: Sequence[GroupAnalysis],
    shares: Sequence[GroupAnalysis],
    ctx: AuditContext,
) -> Iterator[Finding]:
    total = whole.majority.reference
    for part in amounts:
        yield from _part_exceeds(part.majority.reference, total, whole.fact, ctx)
    by_side = {a.fact.side: a.majority.reference for a in amounts}
    if len(by_side) > 1:
        yield from _parts_exceed(list(by_side.values()), total, whole.fact, ctx)
    for share in shares:
        part_claim = by_side.get(share.fact.side)
        if part_claim is not None:
            yield from _share_mismatch(share.majority.reference, part_claim, total, whole, ctx)


def _part_exceeds(part: Claim, whole: Claim, fact: FactKey, ctx: AuditContext) -> Iterator[Finding]:
    if stated(part).lo <= stated(whole).hi or not _comparable_size(part, whole, ctx):
        return
    gap = relative_gap(stated(part), stated(whole))
    if gap > ctx.settings.tolerance:
        text = explain.part_exceeds_whole(part, whole, gap, ctx)
        yield _finding(fact, gap, text, [(part, "part"), (whole, "whole")], ctx)


def _comparable_size(part: Claim, whole: Claim, ctx: AuditContext) -> bool:
    """A "part" many times its "whole" is another fact, not a part that grew too large."""
    return whole.value > 0 and part.value / whole.value <= ctx.settings.conflict_max_ratio


def _parts_exceed(
    parts: list[Claim], whole: Claim, fact: FactKey, ctx: AuditContext
) -> Iterator[Finding]:
    low = sum(stated(p).lo for p in parts)
    if low <= stated(whole).hi or not all(_comparable_size(p, whole, ctx) for p in parts):
        return
    gap = (low - stated(whole).hi) / low
    if gap > ctx.settings.tolerance:
        cited: list[tuple[Claim, ClaimRole]] = [(p, "part") for p in parts]
        text = explain.parts_exceed_whole(parts, whole, gap, ctx)
        yield _finding(fact, gap, text, [*cited, (whole, "whole")], ctx)


def _share_mismatch(
    share: Claim, part: Claim, whole: Claim, analysis: GroupAnalysis, ctx: AuditContext
) -> Iterator[Finding]:
    computed = point(part).divided(point(whole)).scaled(100)
    gap = relative_gap(stated(share), computed)
    if gap > ctx.settings.tolerance:
        middle = part.value / whole.value * 100 if whole.value else float("inf")
        text = explain.share_mismatch(share, part, whole, middle, ctx)
        cited: list[tuple[Claim, ClaimRole]] = [(share, "share"), (part, "part"), (whole, "whole")]
        yield _finding(analysis.fact, gap, text, cited, ctx)


def _finding(
    fact: FactKey, gap: float, text: str, cited: list[tuple[Claim, ClaimRole]], ctx: AuditContext
) -> Finding:
    claims = [ctx.cite(claim, role) for claim, role in cited]
    return Finding(
        id=finding_id("part_whole", (c.claim_id for c in claims)),
        verdict="part_whole",
        severity="high" if gap >= 0.5 else "medium",
        confidence=round(min(max(1 - ctx.settings.tolerance / gap, 0.0), 1.0), 2),
        explanation=text,
        fact=fact,
        claims=claims,
        relative_difference=gap,
        tolerance=ctx.settings.tolerance,
    )
