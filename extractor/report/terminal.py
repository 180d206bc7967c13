"""The audit as tables on a terminal: findings most severe first, then consensus per fact.

Everything that comes from the articles (publishers, quotes, sentences, explanations
naming them) goes into the tables as plain :class:`~rich.text.Text`, never as markup: a
publisher name such as ``[link=...]`` or ``[black on black]`` is printed as written, and
control characters (an escape sequence could conceal or rewrite text) are dropped, so
nothing a web page says can restyle or hide output.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

from extractor.audit.wording import amount, fact_words, percent
from extractor.models import AuditReport, Consensus, Finding, FindingClaim

VERDICT_WORDS = {  # most severe kind first
    "scale_error": "scale slip",
    "arithmetic": "arithmetic",
    "part_whole": "part vs whole",
    "conflict": "conflict",
}
PLURALS = {
    "scale_error": "scale slips",
    "arithmetic": "arithmetic slips",
    "part_whole": "part vs whole",
    "conflict": "conflicts",
}
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str) -> Text:
    """Text as written (no markup), without control characters."""
    return Text(_CONTROL.sub("", text))


def render(report: AuditReport, console: Console) -> None:
    """Print the summary line, the findings table and the consensus table."""
    console.print(plain(summary(report)))
    if report.findings:
        console.print(findings_table(report.findings))
    else:
        console.print(plain("No findings: every figure agrees with the others about its fact."))
    if report.consensus:
        console.print(consensus_table(report.consensus))


def summary(report: AuditReport) -> str:
    """One line: what was audited and how many findings of each verdict."""
    counts = {v: sum(f.verdict == v for f in report.findings) for v in VERDICT_WORDS}
    words = [f"{n} {(VERDICT_WORDS if n == 1 else PLURALS)[v]}" for v, n in counts.items() if n]
    found = ", ".join(words) or "no findings"
    total = report.findings_total
    shown = (
        f" (the {len(report.findings)} most severe of {total} findings)"
        if total is not None and total > len(report.findings)
        else ""
    )
    return (
        f"Audited {report.claims} claims from {report.articles} articles "
        f"({report.sources} independent sources), tolerance {percent(report.tolerance)}: "
        f"{found}{shown}."
    )


def findings_table(findings: list[Finding]) -> Table:
    """One row per finding: verdict and confidence, the figures, and why."""
    table = Table(title="Findings (most severe first)", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Figures", ratio=2)
    table.add_column("Why", ratio=3)
    for number, finding in enumerate(findings, start=1):
        verdict = Text(VERDICT_WORDS[finding.verdict], style=SEVERITY_STYLE[finding.severity])
        verdict.append(f"\n{finding.severity}, {finding.confidence:.2f}", style="dim")
        figures = plain("\n".join(figure_lines(finding.claims)))
        table.add_row(str(number), verdict, figures, plain(finding.explanation))
    return table


def outlier_words(item: Consensus) -> list[str]:
    """Each outlying figure once per publisher: “$93.5 million” (Block Research Desk)."""
    words = (f"“{c.quote}” ({c.publisher or c.article_id})" for c in item.outliers)
    return list(dict.fromkeys(words))


def figure_lines(claims: list[FindingClaim]) -> list[str]:
    """One line per statement; a syndicated copy's repeat is counted on its original's line."""
    lines: dict[tuple[str, str, str, str], list[str]] = {}
    for claim in claims:
        key = (claim.role, claim.source_group, claim.quote, " ".join(claim.sentence.split()))
        lines.setdefault(key, []).append(claim.publisher or claim.article_id)
    out = []
    for (role, _, quote, _), publishers in lines.items():
        names = list(dict.fromkeys(publishers))
        extra = len(names) - 1
        copies = f" (+{extra} {'copy' if extra == 1 else 'copies'})" if extra else ""
        out.append(f"“{quote}” {names[0]}{copies} ({role})")
    return out


def consensus_table(summaries: list[Consensus]) -> Table:
    """One row per fact several sources state: the consensus, who agrees, the outliers."""
    table = Table(title="Consensus per fact", expand=True)
    table.add_column("Fact", ratio=3)
    table.add_column("Consensus", no_wrap=True)
    table.add_column("Agree", justify="right", no_wrap=True)
    table.add_column("Outliers", ratio=2)
    for item in summaries:
        outliers = ", ".join(outlier_words(item))
        table.add_row(
            plain(fact_words(item.fact)),
            plain(amount(item.value, item.fact.unit)),
            f"{item.agreeing}/{item.sources}",
            plain(outliers or "–"),
        )
    return table
