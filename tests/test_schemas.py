"""The committed JSON Schemas: generated from the models, and every extracted claim fits them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from extractor.claims import extract_many
from extractor.corpus import load_corpus
from extractor.models import Article
from extractor.schemas import SCHEMA_DIR, SCHEMAS, schema_text

CORPUS = Path("corpus")


@cache
def committed(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return schema


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_matches_its_model(name: str) -> None:
    path = SCHEMA_DIR / name
    assert path.is_file(), f"{path} is missing: run `make schemas` and commit schemas/"
    assert path.read_text(encoding="utf-8") == schema_text(SCHEMAS[name]), (
        f"{path} has drifted from its model: run `make schemas` and commit schemas/"
    )


def test_no_stray_schema_files() -> None:
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json")) == sorted(SCHEMAS)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_valid_json_schema(name: str) -> None:
    schema = committed(name)
    jsonschema.validators.validator_for(schema).check_schema(schema)


def corpus_claims() -> list[dict[str, Any]]:
    articles = [a for a in load_corpus(CORPUS) if isinstance(a, Article)]
    records: list[dict[str, Any]] = []
    for result in extract_many(articles):
        assert isinstance(result, list), str(result)
        records.extend(json.loads(c.model_dump_json()) for c in result)
    return records


def test_every_corpus_claim_validates() -> None:
    validator = jsonschema.Draft202012Validator(committed("claim.schema.json"))
    records = corpus_claims()
    assert len(records) > 100
    errors = [
        f"{r['article_id']} {r['quote']!r}: {e.message}"
        for r in records
        for e in validator.iter_errors(r)
    ]
    assert errors == []


def test_every_corpus_article_validates() -> None:
    validator = jsonschema.Draft202012Validator(committed("article.schema.json"))
    for article in load_corpus(CORPUS):
        assert isinstance(article, Article), str(article)
        validator.validate(json.loads(article.model_dump_json()))


GOOD_CLAIM: dict[str, Any] = {
    "id": "6017bea1c152da01",
    "article_id": "seed-000",
    "quote": "$2.65 billion",
    "start": 20,
    "end": 33,
    "sentence": "Crypto market loses $2.65 billion as Bitcoin dips to $60,000",
    "value": 2.65e9,
    "unit": "USD",
    "low": 2.645e9,
    "high": 2.655e9,
    "metric": "liquidations",
}

BAD_CLAIMS = [
    ({"metric": "liquidation"}, "metric"),
    ({"side": "sideways"}, "side"),
    ({"qualifier": "roughly"}, "qualifier"),
    ({"quote": ""}, "quote"),
    ({"start": -1}, "start"),
    ({"value": "2.65e9"}, "value"),
    ({"colour": "red"}, "colour"),
]


def test_a_minimal_claim_validates() -> None:
    jsonschema.validate(GOOD_CLAIM, committed("claim.schema.json"))


@pytest.mark.parametrize(("change", "field"), BAD_CLAIMS)
def test_schema_rejects_bad_claims(change: dict[str, Any], field: str) -> None:
    with pytest.raises(jsonschema.ValidationError) as caught:
        jsonschema.validate({**GOOD_CLAIM, **change}, committed("claim.schema.json"))
    assert field in str(caught.value)


@pytest.mark.parametrize("field", ["id", "quote", "value", "unit", "low", "high"])
def test_schema_requires(field: str) -> None:
    record = {k: v for k, v in GOOD_CLAIM.items() if k != field}
    with pytest.raises(jsonschema.ValidationError, match=field):
        jsonschema.validate(record, committed("claim.schema.json"))
