"""JSON Schemas of the shared records, generated from the models into ``schemas/``.

Run ``python -m extractor.schemas`` (``make schemas``) after changing a model; a test
fails when a file under ``schemas/`` no longer matches its model.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from extractor.models import Article, Claim, Finding
from extractor.summaries import ExtractSummary, IngestSummary, RunSummary

SCHEMAS: dict[str, type[BaseModel]] = {
    "claim.schema.json": Claim,
    "article.schema.json": Article,
    "finding.schema.json": Finding,
    "ingest-summary.schema.json": IngestSummary,
    "extract-summary.schema.json": ExtractSummary,
    "run-summary.schema.json": RunSummary,
}
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


def schema_text(model: type[BaseModel]) -> str:
    """A model's JSON Schema, stable across runs (sorted keys, trailing newline)."""
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"


def main(folder: Path = SCHEMA_DIR) -> None:
    """Write every schema into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, model in SCHEMAS.items():
        (folder / name).write_text(schema_text(model), encoding="utf-8")


if __name__ == "__main__":
    main()
