"""The audit as one self-contained HTML page a journalist can open.

Inline CSS, no scripts, no external resources; every piece of text is HTML-escaped by
the template engine (autoescape), and only http(s) links become links.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from extractor.audit.wording import amount, fact_words, percent
from extractor.models import AuditReport, Consensus, Finding, FindingClaim
from extractor.report.terminal import outlier_words

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


@dataclass(frozen=True)
class CitedView:
    """A claim as the page shows it: the sentence split around the highlighted quote."""

    role: str
    publisher: str
    date: str
    link: str | None
    article_id: str
    before: str
    quote: str
    after: str


def render_html(report: AuditReport) -> str:
    """The whole page as a string."""
    env = Environment(loader=PackageLoader("extractor", "report"), autoescape=True)
    css = (resources.files("extractor") / "report" / "style.css").read_text(encoding="utf-8")
    return env.get_template("page.html").render(
        report=report,
        css=Markup(css),  # our own stylesheet, shipped with the package
        findings=[_finding_view(f) for f in report.findings],
        consensus=[_consensus_view(c) for c in report.consensus],
        tolerance=percent(report.tolerance),
    )


def write_html(report: AuditReport, path: Path) -> None:
    """Write the page to ``path``, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")


def _finding_view(finding: Finding) -> dict[str, object]:
    return {
        "id": finding.id,
        "verdict": finding.verdict,
        "title": VERDICT_TITLES[finding.verdict],
        "severity": finding.severity,
        "confidence": f"{finding.confidence:.0%}",
        "fact": fact_words(finding.fact),
        "explanation": finding.explanation,
        "supported": amount(finding.supported_value, finding.fact.unit)
        if finding.supported_value is not None
        else None,
        "claims": [cited_view(c) for c in finding.claims],
    }


def _consensus_view(item: Consensus) -> dict[str, object]:
    return {
        "fact": fact_words(item.fact),
        "value": amount(item.value, item.fact.unit),
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
