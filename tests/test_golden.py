"""Golden files: every article of `corpus/` and the claims it yields today.

Each `tests/golden/<article id>.jsonl` holds the article's claims (quote, place, value,
unit and what the linker decided). Any change in what extraction yields shows up as a
diff to review. After an intended change, regenerate and commit the diff:

    CRYPTOCLAIMS_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py

The gold claims in `corpus/gold.jsonl` say what *should* come out and are scored by the
evaluation gate; these files pin what *does* come out, claim by claim.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from extractor.claims import extract_article
from extractor.corpus import ArticleError, load_corpus
from extractor.models import Article

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
FIELDS = (
    "quote", "start", "end", "value", "unit", "qualifier", "low", "high", "metric", "side",
    "asset", "period_start", "period_end", "source", "venue",
)  # fmt: skip
UPDATE = os.environ.get("CRYPTOCLAIMS_UPDATE_GOLDEN") == "1"


def _articles() -> list[Article]:
    return [a for a in load_corpus(ROOT / "corpus") if not isinstance(a, ArticleError)]


def _rows(article: Article) -> list[dict[str, Any]]:
    rows = []
    for claim in extract_article(article):
        record = claim.model_dump(mode="json")
        rows.append({field: record[field] for field in FIELDS})
    return rows


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a.id)
def test_article_yields_its_golden_claims(article: Article) -> None:
    path = GOLDEN / f"{article.id}.jsonl"
    rows = _rows(article)
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), "utf-8")
    assert path.is_file(), f"no golden file {path.name}: run with CRYPTOCLAIMS_UPDATE_GOLDEN=1"
    expected = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert rows == expected


def test_every_golden_file_has_its_article() -> None:
    ids = {a.id for a in _articles()}
    stale = sorted(p.stem for p in GOLDEN.glob("*.jsonl") if p.stem not in ids)
    assert not stale, f"golden files without an article: {stale}"
