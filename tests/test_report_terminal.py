"""The terminal report: summary line, findings most severe first, consensus per fact."""

from __future__ import annotations

import io
from datetime import date

from audit_claims import Story
from rich.console import Console

from extractor.audit import audit
from extractor.models import AuditReport, Claim
from extractor.report import render


def rendered(report: AuditReport) -> str:
    out = io.StringIO()
    render(report, Console(file=out, width=160, color_system=None))
    return out.getvalue()


def figures() -> tuple[list[Claim], dict]:
    hack = {"metric": "hack_amount", "asset": "ETH", "period": (date(2026, 3, 1),) * 2}
    a = Story("a", "ChainSentry").say("Kestrel Bridge lost $71.4 million on Sunday.")
    a.say("The crypto market lost $2.65 million in the last 24 hours.")
    b = Story("b", "News Example DeFi").say("An attacker drained $71.4 million from the bridge.")
    b.say("More than $2.65 billion was wiped out in 24 hours.")
    c = Story("c", "Block Research").say("Cyvers put the damage from the hack at $93.5 million.")
    c.say("CoinGlass counted $2.65 billion in liquidations over the past day.")
    claims = [
        a.claim("$71.4 million", 71.4e6, sentence=0, **hack),
        b.claim("$71.4 million", 71.4e6, sentence=0, **hack),
        c.claim("$93.5 million", 93.5e6, sentence=0, **hack),
        a.claim("$2.65 million", 2.65e6),
        b.claim("$2.65 billion", 2.65e9, qualifier="more_than"),
        c.claim("$2.65 billion", 2.65e9),
    ]
    return claims, {s.id: s.info() for s in (a, b, c)}


def test_findings_table_lists_most_severe_first_with_figures_and_reasons() -> None:
    text = rendered(audit(*figures()))
    assert text.splitlines()[0] == (
        "Audited 6 claims from 3 articles (3 independent sources), tolerance 5%: "
        "1 scale slip, 1 conflict."
    )
    assert text.index("scale slip") < text.index("conflict", text.index("Findings"))
    assert "“$2.65 million” ChainSentry (suspect)" in text
    assert "“$93.5 million” Block Research (suspect)" in text
    assert "Supported value: $2.65 billion." in text


def test_consensus_table_shows_value_agreement_and_outliers() -> None:
    text = rendered(audit(*figures()))
    consensus = text[text.index("Consensus per fact") :]
    row = next(line for line in consensus.splitlines() if "amount stolen — ethereum" in line)
    assert "$71.4 million" in row and "2/3" in row and "“$93.5 million” (Block Research)" in row


def test_no_findings_says_so() -> None:
    claims, infos = figures()
    text = rendered(audit([c for c in claims if c.quote == "$71.4 million"], infos))
    assert "no findings" in text.splitlines()[0]
    assert "No findings: every figure agrees" in text
