"""Scriptable output: '-' as stdin/stdout, --json-summary against its schema, --quiet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from extractor.cli import main
from extractor.schemas import SCHEMA_DIR

ARTICLE = (
    "Bitcoin ETFs bleed $434 million as BTC tests $64,000\n"
    "U.S.-listed spot bitcoin ETFs recorded net outflows of $434 million on Thursday, the "
    "fourth straight day of redemptions, according to Farside Investors.\n"
)


def _schema(name: str) -> dict[str, object]:
    schema: dict[str, object] = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return schema


def test_extract_reads_an_article_from_stdin_and_writes_claims_to_stdout():
    result = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", "-", "-o", "-", "--published", "2026-02-06"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert {c["quote"] for c in claims} >= {"$434 million", "$64,000"}
    assert {c["article_id"] for c in claims} == {"stdin"}


def test_extract_reads_an_html_page_from_stdin():
    more = (
        "The redemptions came as bitcoin slid toward $64,000, and analysts said the outflows "
        "tracked a broader deleveraging across crypto derivatives markets this week."
    )
    page = (
        "<html><head><title>ETF outflows</title></head><body><article>"
        f"<p>{ARTICLE}</p><p>{more}</p></article></body></html>"
    )
    result = CliRunner().invoke(main, ["extract", "-"], input=page)
    assert result.exit_code == 0, result.output
    assert "$434 million" in result.stdout


def test_extract_json_summary_validates(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"BTC\xe9 fell 5%")
    out, summary = tmp_path / "claims.jsonl", tmp_path / "summary.json"
    result = CliRunner().invoke(
        main,
        [
            *("extract", str(tmp_path / "a.txt"), str(tmp_path / "bad.txt")),
            *("-o", str(out), "--json-summary", str(summary), "--quiet"),
        ],
    )
    assert result.exit_code == 0, result.output
    document = json.loads(summary.read_text(encoding="utf-8"))
    jsonschema.validate(document, _schema("extract-summary.schema.json"))
    assert (document["articles"], document["failed"]) == (1, 1)
    assert document["claims"] == len(out.read_text(encoding="utf-8").splitlines())
    assert document["failures"][0]["where"].endswith("bad.txt")
    # --quiet: only the error line, no closing summary
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'bad.txt'}: not valid UTF-8 at byte 3 (b'\\xe9')"
    ]


def test_extract_json_summary_to_stdout_needs_claims_in_a_file(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    clash = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--json-summary", "-"])
    assert clash.exit_code == 2 and "stdout carries the claims" in clash.output
    ok = CliRunner().invoke(
        main,
        [
            "extract",
            str(tmp_path / "a.txt"),
            "-o",
            str(tmp_path / "c.jsonl"),
            "--json-summary",
            "-",
        ],
    )
    assert ok.exit_code == 0, ok.output
    jsonschema.validate(json.loads(ok.stdout), _schema("extract-summary.schema.json"))


def test_ingest_reads_its_feeds_file_from_stdin(site, tmp_path: Path):
    result = CliRunner().invoke(
        main,
        [
            *("ingest", "--feeds-file", "-", "--db", str(tmp_path / "n.db")),
            *("--allow-private", "--delay", "0", "--no-claims", "--json", "--quiet"),
        ],
        input=f"# from a pipe\n{site.origin}/feed.xml\n",
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    jsonschema.validate(summary, _schema("ingest-summary.schema.json"))
    assert summary["pages"]["stored"] == 5
    assert result.stderr == ""  # --quiet


def test_extract_piped_into_audit(tmp_path: Path):
    texts = {
        "a": ARTICLE,
        "b": "Spot bitcoin funds see fourth day of redemptions\nInvestors pulled $434 million "
        "from spot bitcoin exchange-traded funds on Thursday, Farside Investors data show.\n",
        "c": "Bitcoin slides as ETF selling deepens\nBitcoin ETF outflows reached $434 billion "
        "on Thursday, extending a run of withdrawals, per Farside Investors.\n",
    }
    claims = ""
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        claims += subprocess.run(
            [
                *(sys.executable, "-m", "extractor", "extract", str(tmp_path / f"{name}.txt")),
                *("--published", "2026-02-06", "--publisher", f"Desk {name}"),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    audit = subprocess.run(
        [sys.executable, "-m", "extractor", "audit", "-", "--fail-on", "all"],
        input=claims,
        capture_output=True,
        text=True,
        check=False,
    )
    assert audit.stdout.startswith("Audited 5 claims from 3 articles"), audit.stderr
    assert "scale slip" in audit.stdout and "“$434 billion” Desk c (suspect)" in audit.stdout
    assert audit.returncode == 1  # --fail-on all
