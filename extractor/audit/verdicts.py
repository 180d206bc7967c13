"""Within one fact: which figures agree, which slipped a scale, which conflict.

Claims are clustered around the figure most independent sources back (open bounds
capped, see :mod:`extractor.audit.intervals`). The first cluster is the majority; every
other cluster is judged against it: a ``scale_error`` when its digits match the
majority's after a factor of 10^3, 10^6 or 10^9 (10^2 for percentages), a ``conflict``
when the stated intervals stay apart by more than the tolerance, else it agrees.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from extractor.audit import explain
from extractor.audit.context import AuditContext
from extractor.audit.evidence import Cluster, Evidence, weigh
from extractor.audit.grouping import FactGroup
from extractor.audit.intervals import agree, plausible, relative_gap, scale_slip, stated
from extractor.audit.policy import metric_policy, scale_factors
from extractor.models import Claim, ClaimRole, FactKey, Finding, Severity, Verdict


@dataclass
class GroupAnalysis:
    """One fact: its clusters (majority first), findings and the claims that agree.

    ``apart`` holds claims judged another fact: too far off, or one source's other figure.
    """

    group: FactGroup
    fact: FactKey
    clusters: list[Cluster]
    findings: list[Finding] = field(default_factory=list)
    agreeing: list[Claim] = field(default_factory=list)
    apart: list[Claim] = field(default_factory=list)

    @property
    def majority(self) -> Cluster:
        return self.clusters[0]


def analyse(group: FactGroup, ctx: AuditContext) -> GroupAnalysis:
    """Cluster a fact's claims and judge every minority cluster against the others."""
    found = clusters(group.claims, ctx)
    analysis = GroupAnalysis(group, group.fact(), found, agreeing=list(found[0].claims))
    for i, other in enumerate(found[1:], start=1):
        finding = scale_finding(analysis.fact, found[:i], other, group.pooled, ctx)
        if finding is None and not group.pooled:
            finding = conflict_finding(analysis.fact, found[0], other, ctx)
        if finding is not None:
            analysis.findings.append(finding)
        elif _consistent(found[0], other, ctx):
            analysis.agreeing.extend(other.claims)
        else:  # not a disagreement, yet not the same figure: another fact (see conflicts)
            analysis.apart.extend(other.claims)
    return analysis


def _consistent(majority: Cluster, other: Cluster, ctx: AuditContext) -> bool:
    gap = relative_gap(stated(other.reference), stated(majority.reference))
    return gap <= ctx.settings.tolerance


def clusters(claims: Sequence[Claim], ctx: AuditContext) -> list[Cluster]:
    """Claims clustered around the best-backed figures, best-backed cluster first."""
    backs = _backing(claims, ctx)
    remaining = list(range(len(claims)))
    found: list[Cluster] = []
    while remaining:
        ranks = [_support_rank(i, remaining, backs, claims, ctx) for i in remaining]
        reference = remaining[ranks.index(max(ranks))]
        members = [i for i in remaining if backs[reference][i]]
        found.append(Cluster(claims[reference], [claims[i] for i in members]))
        remaining = [i for i in remaining if not backs[reference][i]]
    found.sort(key=lambda c: (len(ctx.sources(c.claims)), ctx.statements(c.claims)), reverse=True)
    return found


def _backing(claims: Sequence[Claim], ctx: AuditContext) -> list[list[bool]]:
    """Which claims back which: their plausible intervals agree within the tolerance."""
    cap, tolerance = ctx.settings.open_bound_cap, ctx.settings.tolerance
    spans = [plausible(c, cap) for c in claims]
    return [[agree(a, b, tolerance) for b in spans] for a in spans]


def _support_rank(
    index: int,
    pool: Sequence[int],
    backs: list[list[bool]],
    claims: Sequence[Claim],
    ctx: AuditContext,
) -> tuple[bool, int, int, bool, int]:
    """A bounded figure first (open bounds back too much), then its backing sources."""
    backers = [claims[i] for i in pool if backs[index][i]]
    claim = claims[index]
    exact = claim.qualifier == "exact"
    sources, statements = len(ctx.sources(backers)), ctx.statements(backers)
    return (stated(claim).bounded, sources, statements, exact, -index)


def scale_finding(
    fact: FactKey, larger: Sequence[Cluster], other: Cluster, pooled: bool, ctx: AuditContext
) -> Finding | None:
    """A scale slip of ``other`` against the best-backed larger cluster it fits, if any.

    In a pool of undated figures a slip needs an undated figure on one side: two dated
    clusters there have different periods (two facts) or were judged in their window.
    """
    factors, tolerance = scale_factors(fact.unit), ctx.settings.tolerance
    for majority in larger:
        if pooled and _dated(majority) and _dated(other):
            continue
        slip = scale_slip(other.reference, majority.reference, factors, tolerance)
        if slip is not None:
            sides = weigh(majority, other, ctx)
            return _scale_error(fact, sides, slip, ctx)
    return None


def _dated(cluster: Cluster) -> bool:
    return all(c.period_start is not None for c in cluster.claims)


def conflict_finding(
    fact: FactKey, majority: Cluster, other: Cluster, ctx: AuditContext
) -> Finding | None:
    """A conflict when the stated intervals stay apart beyond the tolerance, else None."""
    sides = weigh(majority, other, ctx)
    gap = relative_gap(stated(other.reference), stated(majority.reference))
    if gap <= ctx.settings.tolerance or not sides.independent:
        return None
    if metric_policy(fact.metric, fact.unit).compare != "all" or not _comparable_size(sides, ctx):
        return None
    return _conflict(fact, sides, gap, ctx)


def _comparable_size(sides: Evidence, ctx: AuditContext) -> bool:
    """Whether the two figures are close enough in size to be one fact in dispute."""
    a, b = abs(sides.other.reference.value), abs(sides.majority.reference.value)
    return min(a, b) > 0 and max(a, b) / min(a, b) <= ctx.settings.conflict_max_ratio


def _scale_error(
    fact: FactKey, sides: Evidence, slip: tuple[float, float], ctx: AuditContext
) -> Finding:
    factor, gap = slip
    digits = 1 - 0.5 * gap / ctx.settings.tolerance if ctx.settings.tolerance else 1.0
    supported = consensus_value(sides.majority.claims, ctx) if sides.named else None
    return _finding(
        "scale_error",
        "high" if sides.named else "medium",
        digits * sides.attribution,
        explain.scale_error(fact, sides, factor, supported, ctx),
        fact,
        sides,
        ctx,
        supported_value=supported,
        factor=factor,
    )


def _conflict(fact: FactKey, sides: Evidence, gap: float, ctx: AuditContext) -> Finding:
    tolerance = ctx.settings.tolerance
    severity: Severity = "high" if gap >= 0.5 else "medium" if gap >= 3 * tolerance else "low"
    supported = consensus_value(sides.majority.claims, ctx) if sides.named else None
    return _finding(
        "conflict",
        severity,
        1 - tolerance / gap,
        explain.conflict(fact, sides, gap, ctx),
        fact,
        sides,
        ctx,
        supported_value=supported,
        relative_difference=gap,
    )


def _finding(
    verdict: Verdict,
    severity: Severity,
    confidence: float,
    explanation: str,
    fact: FactKey,
    sides: Evidence,
    ctx: AuditContext,
    **numbers: float | None,
) -> Finding:
    suspect: ClaimRole = "suspect" if sides.named else "disputed"
    backed: ClaimRole = "supported" if sides.named else "disputed"
    cited = [ctx.cite(c, suspect) for c in sides.other.claims]
    cited += [ctx.cite(c, backed) for c in sides.majority.claims]
    return Finding(
        id=finding_id(verdict, (c.claim_id for c in cited)),
        verdict=verdict,
        severity=severity,
        confidence=round(min(max(confidence, 0.0), 1.0), 2),
        explanation=explanation,
        fact=fact,
        claims=cited,
        tolerance=ctx.settings.tolerance,
        **numbers,
    )


def finding_id(verdict: str, claim_ids: Iterable[str]) -> str:
    """A stable id: the same verdict on the same claims always gets the same id."""
    digest = hashlib.sha1("\x1f".join([verdict, *sorted(claim_ids)]).encode())
    return digest.hexdigest()[:12]


def consensus_value(claims: Iterable[Claim], ctx: AuditContext) -> float:
    """The (low) median over independent sources of their median bounded figures.

    Low medians keep the value one that a source actually states.
    """
    pool = list(claims)
    bounded = [c for c in pool if stated(c).bounded] or pool
    by_source: dict[str, list[float]] = defaultdict(list)
    for claim in bounded:
        by_source[ctx.source(claim)].append(claim.value)
    return float(statistics.median_low(statistics.median_low(v) for v in by_source.values()))
