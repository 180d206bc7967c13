"""`extract --db` and `audit --db`: the daily loop reads what `ingest` stored."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.claims import extract_article
from extractor.cli import main
from extractor.models import Article
from extractor.store import Store

# Two outlets report the same liquidation wave; the second slips a scale word.
FIRST = (
    "Crypto liquidations top $1.21 billion as bitcoin slides to $66,400\n"
    "More than $1.21 billion in leveraged positions were liquidated over the past 24 hours, "
    "according to CoinGlass data, as bitcoin fell nearly 7%.\n"
    "Long traders bore about $1.03 billion of the losses."
)
SECOND = (
    "Bitcoin crash wipes out leveraged traders\n"
    "Traders lost $1.21 million in liquidations in the last 24 hours, CoinGlass data shows, "
    "with longs taking the brunt.\n"
    "Disclaimer: This article is for information only and is not investment advice."
)
PUBLISHED = datetime(2026, 3, 13, 9, 0, tzinfo=UTC)


def _article(article_id: str, text: str, publisher: str) -> Article:
    return Article(
        id=article_id,
        url=f"https://{publisher}.example/{article_id}",
        publisher=publisher,
        published=PUBLISHED,
        text=text,
    )


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store holding one article with its claims and one stored without claims."""
    path = tmp_path / "cryptoclaims.db"
    first = _article("wire-1", FIRST, "coinwire")
    with Store(path) as db:
        db.save_article(first, extract_article(first))
        db.save_article(_article("desk-2", SECOND, "cryptodesk"))
    return path


def test_extract_reads_the_articles_of_a_store(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    result = CliRunner().invoke(main, ["extract", "--db", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in out.read_text().splitlines()]
    assert {c["article_id"] for c in claims} == {"wire-1", "desk-2"}
    slip = next(c for c in claims if c["quote"] == "$1.21 million")
    assert (slip["value"], slip["metric"], slip["asset"]) == (1.21e6, "liquidations", "CRYPTO")


def test_audit_of_a_store_finds_the_scale_slip(store: Path) -> None:
    result = CliRunner().invoke(main, ["audit", "--db", str(store), "--fail-on", "scale_error"])
    assert result.exit_code == 1, result.output
    assert "scale" in result.output.lower()
    assert "$1.21 million" in result.output


def test_a_missing_store_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    result = CliRunner().invoke(main, ["audit", "--db", str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.output
    assert not missing.exists()


def test_extract_without_inputs_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract"])
    assert result.exit_code == 2
    assert "--db" in result.output
