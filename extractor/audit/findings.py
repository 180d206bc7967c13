"""A finding built from the readings it cites: stable id, roles, severity order."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from extractor.audit.context import AuditContext
from extractor.audit.readings import Reading
from extractor.audit.wording import fact_words
from extractor.models import ClaimRole, FactKey, Finding, FindingClaim, Severity, Verdict

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
VERDICT_RANK = {"scale_error": 0, "arithmetic": 1, "part_whole": 2, "conflict": 3}

Cited = Sequence[tuple[Reading, ClaimRole]]


def finding_id(verdict: str, claim_ids: Iterable[str]) -> str:
    """A stable id: the same verdict on the same claims always gets the same id."""
    digest = hashlib.sha1("\x1f".join([verdict, *sorted(claim_ids)]).encode())
    return digest.hexdigest()[:12]


def make(
    verdict: Verdict,
    severity: Severity,
    confidence: float,
    explanation: str,
    fact: FactKey,
    cited: Cited,
    ctx: AuditContext,
    **numbers: float | str | None,
) -> Finding:
    """A finding citing readings in their roles (each reading once, first role wins), each
    role's readings in the order the articles gave them."""
    roles = list(dict.fromkeys(role for _, role in cited))
    ordered = sorted(cited, key=lambda c: (roles.index(c[1]), c[0].article, c[0].start))
    seen: set[str] = set()
    claims: list[FindingClaim] = []
    for reading, role in ordered:
        if reading.id not in seen:
            seen.add(reading.id)
            claims.append(ctx.cite(reading, role))
    return Finding(
        id=finding_id(verdict, seen),
        verdict=verdict,
        severity=severity,
        confidence=round(min(max(confidence, 0.0), 1.0), 2),
        explanation=explanation,
        fact=fact,
        claims=claims,
        tolerance=ctx.settings.tolerance,
        **numbers,
    )


def severity_order(finding: Finding) -> tuple[int, int, float, str]:
    """Most severe first: severity, then verdict (scale slips first), then confidence."""
    return (
        SEVERITY_RANK[finding.severity],
        VERDICT_RANK[finding.verdict],
        -finding.confidence,
        fact_words(finding.fact),
    )
