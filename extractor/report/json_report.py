"""The audit as one JSON document: findings (``schemas/finding.schema.json``) and consensus."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from extractor.corpus import read_text
from extractor.errors import InputError
from extractor.models import AuditReport


def to_json(report: AuditReport) -> str:
    """The report as indented JSON, validated on the way out."""
    checked = AuditReport.model_validate(report.model_dump())
    return checked.model_dump_json(indent=2) + "\n"


def write_json(report: AuditReport, path: Path) -> None:
    """Write the report to ``path``, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_json(report), encoding="utf-8")


def read_json(path: Path) -> AuditReport:
    """A report written by :func:`write_json`, validated; errors name the file and field."""
    try:
        return AuditReport.model_validate_json(read_text(path))
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "document"
        raise InputError(f"{path}: {field}: {error['msg']}") from None
