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


HOSTILE_PUBLISHERS = [
    "[link=https://evil.example/login]Coin Ledger[/link]",
    "[black on black]hidden note[/black on black] Desk",
    "Wire [bold red]BREAKING[/]",
    "Esc\x1b[8mHidden\x1b[0m Post",
]


def test_markup_in_publisher_names_is_printed_as_written_never_rendered():
    a = Story("a", HOSTILE_PUBLISHERS[0]).say("The crypto market lost $2.65 million in 24 hours.")
    b = Story("b", HOSTILE_PUBLISHERS[1]).say("More than $2.65 billion was wiped out in 24 hours.")
    c = Story("c", HOSTILE_PUBLISHERS[2]).say("CoinGlass counted $2.65 billion in liquidations.")
    d = Story("d", HOSTILE_PUBLISHERS[3]).say("Liquidations hit $2.65 billion over the day.")
    claims = [
        a.claim("$2.65 million", 2.65e6),
        b.claim("$2.65 billion", 2.65e9, qualifier="more_than"),
        c.claim("$2.65 billion", 2.65e9),
        d.claim("$2.65 billion", 2.65e9),
    ]
    report = audit(claims, {s.id: s.info() for s in (a, b, c, d)})
    assert report.findings
    out = io.StringIO()
    render(report, Console(file=out, width=400, force_terminal=True, color_system="truecolor"))
    text = out.getvalue()
    assert "\x1b]8;" not in text  # no hyperlink escape sequence
    assert "\x1b[8m" not in text  # no concealed text
    wide = io.StringIO()
    render(report, Console(file=wide, width=400, color_system=None))
    plain = wide.getvalue()
    assert "\x1b" not in plain
    assert "[link=https://evil.example/login]Coin Ledger[/link]" in plain
    assert "[black on black]hidden note[/black on black] Desk" in plain
    assert "Wire [bold red]BREAKING[/]" in plain
    assert "Esc[8mHidden[0m Post" in plain  # the escape character itself is gone
