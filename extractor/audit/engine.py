"""The audit: claims (and their articles) in, findings and consensus per fact out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from extractor.audit.context import AuditContext
from extractor.audit.grouping import fact_groups
from extractor.audit.independence import source_groups
from extractor.audit.parts import part_whole_findings
from extractor.audit.policy import AuditSettings, metric_policy
from extractor.audit.records import ArticleInfo, AuditInput
from extractor.audit.verdicts import GroupAnalysis, analyse, consensus_value
from extractor.audit.wording import fact_words
from extractor.models import Article, AuditReport, Claim, Consensus, Finding

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
VERDICT_RANK = {"scale_error": 0, "part_whole": 1, "conflict": 2}


def audit(
    claims: Iterable[Claim],
    articles: Mapping[str, ArticleInfo | Article] | None = None,
    settings: AuditSettings | None = None,
) -> AuditReport:
    """Find the figures about one fact that cannot all be true, most severe first.

    ``articles`` (by id) lend their publisher, event and text to tell syndicated copies;
    without them the claims' own publisher and sentences are used.
    """
    settings = settings or AuditSettings()
    known = {
        key: ArticleInfo.from_article(a) if isinstance(a, Article) else a
        for key, a in (articles or {}).items()
    }
    data = AuditInput(articles=known)
    data.add_claims(claims)
    data.complete()
    source_of = source_groups(data.articles, data.claims, settings.near_duplicate)
    ctx = AuditContext(data.articles, source_of, settings)
    groups = fact_groups(data.claims, ctx.source, ctx.event, settings.period_slack_days)
    analyses = [analyse(group, ctx) for group in groups]
    findings = [f for a in analyses for f in a.findings] + part_whole_findings(analyses, ctx)
    findings.sort(key=severity_order)
    citing: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        for claim_id in dict.fromkeys(c.claim_id for c in finding.claims):
            citing[claim_id].append(finding)
    summaries = [c for a in analyses if (c := consensus(a, citing, ctx)) is not None]
    summaries.sort(key=lambda c: (-c.sources, fact_words(c.fact)))
    return AuditReport(
        tolerance=settings.tolerance,
        articles=len({c.article_id for c in data.claims}),
        claims=len(data.claims),
        sources=len({ctx.source(c) for c in data.claims}),
        findings=findings,
        consensus=summaries,
    )


def severity_order(finding: Finding) -> tuple[int, int, float, str]:
    """Most severe first: severity, then verdict (scale slips first), then confidence."""
    return (
        SEVERITY_RANK[finding.severity],
        VERDICT_RANK[finding.verdict],
        -finding.confidence,
        fact_words(finding.fact),
    )


def consensus(
    analysis: GroupAnalysis, citing: Mapping[str, list[Finding]], ctx: AuditContext
) -> Consensus | None:
    """What the sources agree on for one fact; None for a fact only one source states."""
    apart = {c.id for c in analysis.apart}
    claims = [c for c in analysis.group.claims if c.id not in apart]
    if analysis.group.pooled and not analysis.findings:
        return None
    own = {c.id for c in claims}
    cited = list({f.id: f for c in claims for f in citing.get(c.id, [])}.values())
    sources = ctx.sources(claims)
    worth_it = (
        len(sources) > 1
        and metric_policy(analysis.fact.metric, analysis.fact.unit).compare == "all"
    )
    if len(claims) < 2 or not (cited or worth_it):
        return None
    agreeing = {c.id for c in analysis.agreeing}
    outliers = {
        c.claim_id: c
        for f in cited
        for c in f.claims
        if c.claim_id in own and c.claim_id not in agreeing
    }
    return Consensus(
        fact=analysis.fact,
        value=consensus_value(analysis.majority.claims, ctx),
        sources=len(sources),
        agreeing=len(ctx.sources(analysis.agreeing)),
        claims=len(claims),
        publishers=list(dict.fromkeys(ctx.publisher(c) for c in analysis.agreeing)),
        outliers=list(outliers.values()),
        finding_ids=[f.id for f in cited],
    )
