"""``cryptoclaims audit``: exit status, terminal table, JSON and HTML files, errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from audit_claims import Story
from click.testing import CliRunner

from extractor.cli import main
from extractor.models import AuditReport, Claim
from extractor.schemas import SCHEMAS, schema_text

FEB5 = (date(2026, 2, 5), date(2026, 2, 5))


def slip_claims() -> list[Claim]:
    a = Story("mitrade-1", "Mitrade").say("The crypto market lost $2.65 million in 24 hours.")
    b = Story("coinpedia-1", "Coinpedia").say("More than $2.65 billion was wiped out in 24 hours.")
    c = Story("cryptodesk-1", "CryptoDesk").say("CoinGlass counted $2.65 billion in liquidations.")
    return [
        a.claim("$2.65 million", 2.65e6),
        b.claim("$2.65 billion", 2.65e9, qualifier="more_than"),
        c.claim("$2.65 billion", 2.65e9),
    ]


def flow_claims(second: str, value: float) -> list[Claim]:
    kw = {"metric": "etf_flow", "side": "outflow", "asset": "BTC", "period": FEB5}
    a = Story("sosovalue-1", "SoSoValue Daily").say(
        "Spot bitcoin ETFs bled $540.2 million Thursday."
    )
    b = Story("farside-1", "Farside Wrap").say(f"US spot bitcoin ETFs saw {second} in outflows.")
    return [a.claim("$540.2 million", 540.2e6, **kw), b.claim(second, value, **kw)]


def claims_file(tmp_path: Path, claims: list[Claim]) -> Path:
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    return path


def audit(*args: str | Path):
    return CliRunner().invoke(main, ["audit", *map(str, args)])


def test_scale_slip_is_reported_with_exit_0_and_validated_json_and_html(tmp_path: Path) -> None:
    path = claims_file(tmp_path, slip_claims())
    out_json, out_html = tmp_path / "out" / "findings.json", tmp_path / "out" / "report.html"
    result = audit(path, "--json", out_json, "--html", out_html)
    assert result.exit_code == 0, result.output  # findings are the product, not a failure
    assert "scale slip" in result.stdout and "“$2.65 million” Mitrade (suspect)" in result.stdout
    report = AuditReport.model_validate_json(out_json.read_text(encoding="utf-8"))
    assert [f.verdict for f in report.findings] == ["scale_error"]
    schema = json.loads(schema_text(SCHEMAS["finding.schema.json"]))
    for finding in json.loads(out_json.read_text(encoding="utf-8"))["findings"]:
        jsonschema.validate(finding, schema)
        for claim in finding["claims"]:
            assert {"article_id", "quote", "start", "end", "value", "unit", "publisher"} <= set(
                claim
            )
    assert "$2.65 million" in out_html.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("fail_on", "status"),
    [
        ("scale_error,conflict", 1),
        ("scale_error", 1),
        ("all", 1),
        ("conflict", 0),
        ("none", 0),
        ("", 0),
    ],
)
def test_fail_on_names_the_verdicts_that_fail(tmp_path: Path, fail_on: str, status: int) -> None:
    result = audit(claims_file(tmp_path, slip_claims()), "--fail-on", fail_on)
    assert result.exit_code == status


@pytest.mark.parametrize(
    ("second", "value", "tolerance", "status"),
    [
        ("$502.0 million", 502.0e6, "0.05", 1),
        ("$502.0 million", 502.0e6, "0.10", 0),
        ("$540 million", 540e6, "0.05", 0),
    ],
)
def test_tolerance_and_consistent_figures(
    tmp_path: Path, second: str, value: float, tolerance: str, status: int
) -> None:
    claims = claims_file(tmp_path, flow_claims(second, value))
    result = audit(claims, "--tolerance", tolerance, "--fail-on", "all")
    assert result.exit_code == status, result.output
    if status == 0:
        assert "No findings" in result.stdout
        assert "ETF outflows — spot bitcoin ETFs" in result.stdout and "2/2" in result.stdout


def test_malformed_claims_file_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(slip_claims()[0].model_dump_json() + "\n{broken\n", encoding="utf-8")
    result = audit(path)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith(f"error: {path}:2: invalid JSON")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fail-on", "typo"], "unknown verdict typo"),
        (["--tolerance", "2"], "not in the range"),
        (["--json", "{tmp}/claims.jsonl/out.json"], "cannot write"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = audit(claims_file(tmp_path, slip_claims()), *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "meta.jsonl").write_text('{"id": "a", "file": "gone.txt"}\n', encoding="utf-8")
    result = audit(tmp_path)
    assert result.exit_code == 2
    assert "no such file" in result.stderr and "nothing to audit" in result.stderr


def two_findings(tmp_path: Path) -> Path:
    """A scale slip (high) and a conflict (low), in one claims file."""
    return claims_file(tmp_path, [*slip_claims(), *flow_claims("$502.0 million", 502.0e6)])


def test_json_dash_writes_the_report_to_stdout_and_the_tables_to_stderr(tmp_path: Path) -> None:
    result = audit(two_findings(tmp_path), "--json", "-", "--fail-on", "none")
    assert result.exit_code == 0, result.stderr
    report = AuditReport.model_validate_json(result.stdout)
    assert [f.verdict for f in report.findings] == ["scale_error", "conflict"]
    assert result.stderr.startswith("Audited 5 claims") and "Findings" in result.stderr
    assert not (tmp_path / "-").exists()


def test_top_keeps_the_most_severe_findings_and_counts_them_all(tmp_path: Path) -> None:
    out = tmp_path / "findings.json"
    html = tmp_path / "report.html"
    result = audit(two_findings(tmp_path), "--top", "1", "--json", out, "--html", html)
    assert result.exit_code == 0  # findings alone do not fail (--fail-on none)
    assert "(the 1 most severe of 2 findings)" in result.stdout
    report = AuditReport.model_validate_json(out.read_text(encoding="utf-8"))
    assert [f.verdict for f in report.findings] == ["scale_error"]
    assert report.findings_total == 2
    assert all(set(c.finding_ids) <= {report.findings[0].id} for c in report.consensus)
    assert "Showing the 1 most severe of 2 findings." in html.read_text(encoding="utf-8")


def test_top_must_be_positive(tmp_path: Path) -> None:
    result = audit(two_findings(tmp_path), "--top", "0")
    assert result.exit_code == 2 and "--top" in result.stderr
