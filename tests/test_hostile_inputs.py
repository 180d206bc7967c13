"""Hostile files given to extract and audit: one line naming file:line and why, no traceback.

A lone surrogate or a NUL in meta.jsonl, JSON nested 100,000 deep, NaN/Infinity figures,
claims of articles nobody gave, and ids used twice.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audit_claims import Story
from click.testing import CliRunner

from extractor.cli import main

TEXT = "Bitcoin fell 5% to $60,000 on Friday as liquidations topped $2.1 billion.\n"


def _corpus(tmp_path: Path, lines: list[str]) -> Path:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def _invoke(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


BAD_META = [
    ('{"id": "a\\ud800", "file": "a.txt"}', "lone surrogate (\\ud800)"),
    ('{"id": "b", "file": "a\\u0000.txt"}', "NUL character"),
    ('{"id": "c", "file": "a.txt", "publisher": "Desk\\udfff"}', "lone surrogate (\\udfff)"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"id": "d", "file": "a.txt", "published": NaN}', "NaN is not a number"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_META)
def test_a_hostile_meta_line_is_one_error_and_the_others_are_extracted(tmp_path, line, reason):
    folder = _corpus(tmp_path, ['{"id": "good", "file": "a.txt"}', line])
    result = _invoke("extract", folder)
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    errors = [e for e in result.stderr.splitlines() if e.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {folder}/meta.jsonl:2: ")
    assert reason in errors[0]
    assert {json.loads(c)["article_id"] for c in result.stdout.splitlines()} == {"good"}


def test_an_id_used_twice_is_an_error_not_a_silent_merge(tmp_path):
    (tmp_path / "b.txt").write_text("Ether fell 8% to $1,800.\n", encoding="utf-8")
    folder = _corpus(tmp_path, ['{"id": "x", "file": "a.txt"}', '{"id": "x", "file": "b.txt"}'])
    result = _invoke("extract", folder)
    assert f"error: {folder}/meta.jsonl:2: duplicate article id 'x' (first at " in result.stderr
    quotes = {json.loads(c)["quote"] for c in result.stdout.splitlines()}
    assert "$60,000" in quotes and "$1,800" not in quotes


def _claim_record(**change: object) -> str:
    story = Story("s1", "Coin Ledger").say("Spot bitcoin ETFs had net outflows of $434 million.")
    claim = story.claim("$434 million", 434e6, metric="etf_flow", side="outflow", asset="BTC")
    record = json.loads(claim.model_dump_json())
    record.update(change)
    return json.dumps(record)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("NaN", "NaN is not a number this tool accepts"),
        ("Infinity", "Infinity is not a number this tool accepts"),
        ("-Infinity", "-Infinity is not a number this tool accepts"),
        ("1e999", "1e999 is too large for a number"),
    ],
)
def test_audit_refuses_figures_that_are_not_finite(tmp_path, value, reason):
    line = _claim_record(value=0).replace('"value": 0', f'"value": {value}')
    path = tmp_path / "claims.jsonl"
    path.write_text(_claim_record() + "\n" + line + "\n", encoding="utf-8")
    result = _invoke("audit", path)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {path}:2: invalid JSON: {reason}"


def test_audit_of_json_nested_100000_deep_is_one_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = _invoke("audit", path)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {path}: invalid JSON: nested too deeply"


def test_claims_of_an_article_nobody_gave_are_reported_and_left_out(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text(_claim_record(article_id="elsewhere") + "\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _corpus(corpus, ['{"id": "good", "file": "a.txt", "publisher": "Desk"}'])
    result = _invoke("audit", claims, corpus)
    assert result.exit_code == 0, result.output
    assert "error: elsewhere: claims of an article that is not among the articles given" in (
        result.stderr
    )


def test_duplicate_claim_ids_with_different_contents_are_refused(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text(_claim_record() + "\n" + _claim_record(value=4.34e9) + "\n", encoding="utf-8")
    result = _invoke("audit", path)
    assert result.exit_code == 2
    assert f"error: {path}:2: duplicate claim id" in result.stderr and "(first at " in result.stderr


def test_the_same_claim_twice_is_read_once(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text((_claim_record() + "\n") * 2, encoding="utf-8")
    result = _invoke("audit", path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Audited 1 claims")
