"""The JSON report round-trips through the models; schemas/ matches the models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audit_claims import Story

from extractor.audit import audit
from extractor.errors import InputError
from extractor.models import AuditReport
from extractor.report import read_json, to_json, write_json
from extractor.schemas import SCHEMA_DIR, SCHEMAS, schema_text


def slip_report() -> AuditReport:
    a = Story("a", "Mitrade").say("The crypto market lost $2.65 million in the last 24 hours.")
    b = Story("b", "Coinpedia").say("In just 24 hours, more than $2.65 billion was wiped out.")
    c = Story("c", "CryptoDesk").say("CoinGlass counted $2.65 billion in liquidations.")
    claims = [
        a.claim("$2.65 million", 2.65e6),
        b.claim("$2.65 billion", 2.65e9, qualifier="more_than"),
        c.claim("$2.65 billion", 2.65e9),
    ]
    return audit(claims, {s.id: s.info() for s in (a, b, c)})


def test_report_round_trips(tmp_path: Path) -> None:
    report = slip_report()
    path = tmp_path / "nested" / "findings.json"
    write_json(report, path)
    assert read_json(path) == report
    document = json.loads(path.read_text(encoding="utf-8"))
    (finding,) = document["findings"]
    assert finding["verdict"] == "scale_error" and finding["supported_value"] == 2.65e9
    suspect = next(c for c in finding["claims"] if c["role"] == "suspect")
    assert (suspect["article_id"], suspect["quote"], suspect["publisher"]) == (
        "a",
        "$2.65 million",
        "Mitrade",
    )
    assert suspect["sentence"][suspect["quote_offset"] :].startswith("$2.65 million")


def test_to_json_is_stable() -> None:
    assert to_json(slip_report()) == to_json(slip_report())


@pytest.mark.parametrize(
    ("document", "field"),
    [("{}", "tolerance"), ('{"tolerance": -1}', "tolerance"), ("[1]", "document")],
)
def test_bad_report_names_file_and_field(tmp_path: Path, document: str, field: str) -> None:
    path = tmp_path / "findings.json"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(InputError, match=f"{path}: {field}"):
        read_json(path)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_files_match_the_models(name: str) -> None:
    written = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert written == schema_text(SCHEMAS[name]), "run `make schemas` and commit the result"
