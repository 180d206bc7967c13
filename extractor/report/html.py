"""The audit as one self-contained HTML page a journalist can open.

Inline CSS, no scripts, no external resources; every piece of text is HTML-escaped by
the template engine (autoescape), and only http(s) links become links. The page opens
with a summary and an index of the findings, most severe first, says how to read
severity and confidence, and lists a syndicated copy's repeat of a quote on its
original's row rather than as a row of its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from extractor.audit.wording import amount, fact_words, percent
from extractor.models import AuditReport, Consensus, Finding, FindingClaim
from extractor.report.terminal import VERDICT_WORDS, outlier_words

VERDICT_TITLES = {
    "scale_error": "Likely scale slip",
    "conflict": "Figures conflict",
    "part_whole": "Part and whole disagree",
    "arithmetic": "The article's own figures do not add up",
}
ROLE_WORDS = {
    "suspect": "likely wrong",
    "supported": "supported by the others",
    "disputed": "disputed",
    "part": "part",
    "whole": "whole",
    "share": "stated share",
    "stated": "stated figure",
    "operand": "figure used in the computation",
}


@dataclass
class CitedView:
    """A quote as the page shows it: the sentence split around the highlighted quote, and
    the other publishers that printed the same sentence (syndicated copies)."""

    role: str
    publisher: str
    date: str
    link: str | None
    article_id: str
    before: str
    quote: str
    after: str
    copies: list[str] = field(default_factory=list)


def render_html(report: AuditReport) -> str:
    """The whole page as a string."""
    env = Environment(loader=PackageLoader("extractor", "report"), autoescape=True)
    css = (resources.files("extractor") / "report" / "style.css").read_text(encoding="utf-8")
    findings = [_finding_view(f, n) for n, f in enumerate(report.findings, start=1)]
    return env.get_template("page.html").render(
        report=report,
        css=Markup(css),  # our own stylesheet, shipped with the package
        findings=findings,
        counts=_counts(report.findings),
        total=report.findings_total or len(report.findings),
        consensus=[_consensus_view(c) for c in report.consensus],
        tolerance=percent(report.tolerance),
    )


def write_html(report: AuditReport, path: Path) -> None:
    """Write the page to ``path``, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")


def _counts(findings: list[Finding]) -> list[str]:
    """'2 likely scale slips (1 high, 1 medium)' per verdict, most severe verdict first."""
    lines = []
    for verdict in VERDICT_WORDS:
        mine = [f for f in findings if f.verdict == verdict]
        if not mine:
            continue
        by_severity = Counter(f.severity for f in mine)
        severities = ", ".join(
            f"{by_severity[s]} {s}" for s in ("high", "medium", "low") if by_severity[s]
        )
        title = VERDICT_TITLES[verdict].lower()
        lines.append(f"{len(mine)} × {title} ({severities})")
    return lines


def _finding_view(finding: Finding, number: int) -> dict[str, object]:
    unit = finding.fact.unit
    claims = collapse(finding.claims)
    named = [c for c in claims if c.role in ("suspect", "stated", "share")] or claims[:1]
    spread = _spread(finding.spread_low, finding.spread_high, unit)
    return {
        "number": number,
        "id": finding.id,
        "verdict": finding.verdict,
        "title": VERDICT_TITLES[finding.verdict],
        "severity": finding.severity,
        "confidence": f"{finding.confidence:.0%}",
        "fact": fact_words(finding.fact),
        "explanation": finding.explanation,
        "headline": "; ".join(f"“{c.quote}” ({c.publisher})" for c in named[:2]),
        "supported": amount(finding.supported_value, unit)
        if finding.supported_value is not None
        else None,
        "supported_quote": finding.supported_quote,
        "spread": spread,
        "computed": amount(finding.computed_value, unit)
        if finding.computed_value is not None
        else None,
        "claims": claims,
    }


def _spread(low: float | None, high: float | None, unit: str) -> str | None:
    """'$2.24 billion to $2.71 billion', or None when there is no spread to show."""
    if low is None or high is None or high <= low:
        return None
    return f"{amount(low, unit)} to {amount(high, unit)}"


def collapse(claims: list[FindingClaim]) -> list[CitedView]:
    """One row per statement: a syndicated copy's repeat goes on its original's row."""
    rows: dict[tuple[str, str, str, str], CitedView] = {}
    for claim in claims:
        key = (claim.role, claim.source_group, claim.quote, " ".join(claim.sentence.split()))
        view = cited_view(claim)
        if key in rows:
            if view.publisher not in (rows[key].publisher, *rows[key].copies):
                rows[key].copies.append(view.publisher)
        else:
            rows[key] = view
    return list(rows.values())


def _consensus_view(item: Consensus) -> dict[str, object]:
    unit = item.fact.unit
    spread = _spread(item.spread_low, item.spread_high, unit)
    return {
        "fact": fact_words(item.fact),
        "value": amount(item.value, unit),
        "quote": item.quote,
        "spread": spread,
        "agreeing": item.agreeing,
        "sources": item.sources,
        "publishers": ", ".join(item.publishers),
        "outliers": outlier_words(item),
    }


def cited_view(claim: FindingClaim) -> CitedView:
    """Split the sentence around the quote (or show the quote alone if it is not found)."""
    offset = claim.quote_offset
    sentence = claim.sentence
    if offset is None or sentence[offset : offset + len(claim.quote)] != claim.quote:
        before, after = "", f" — {sentence}" if sentence else ""
    else:
        before, after = sentence[:offset], sentence[offset + len(claim.quote) :]
    return CitedView(
        role=ROLE_WORDS[claim.role],
        publisher=claim.publisher or claim.article_id,
        date=_date(claim.published),
        link=claim.url if claim.url and claim.url.startswith(("https://", "http://")) else None,
        article_id=claim.article_id,
        before=before,
        quote=claim.quote,
        after=after,
    )


def _date(published: datetime | None) -> str:
    return published.date().isoformat() if published else "date unknown"
