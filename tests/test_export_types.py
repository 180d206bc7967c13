"""Exports typed by their model, format from the file suffix, files with the user's umask."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from extractor.claims import extract_article
from extractor.cli import main
from extractor.models import Article
from extractor.store import Store

LIQ = """Crypto Liquidations Top $2.1B as Bitcoin Slides
More than $2.1 billion of leveraged positions were liquidated in the past 24 hours, according
to CoinGlass, as bitcoin fell 9% to $63,400 on Thursday. Longs lost $1.8 billion."""
ETF = """Ether ETFs See $185 Million Outflows
U.S. spot ether ETFs recorded net outflows of $185.2 million on Monday, SoSoValue data show."""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    articles = [
        Article(id="liq", text=LIQ, publisher="Coin Ledger", published=datetime(2026, 2, 6, 9)),
        Article(
            id="etf",
            text=ETF,
            publisher="Chain Wire",
            published=datetime(2026, 3, 2, 21, 5, tzinfo=UTC),
        ),
    ]
    with Store(path) as store:
        for article in articles:
            store.save_article(article, extract_article(article))
    return path


def _export(db: Path, table: str, out: Path, *extra: str):
    return CliRunner().invoke(
        main, ["export", "--db", str(db), "--table", table, "-o", str(out), *extra]
    )


def test_parquet_suffix_writes_parquet_with_typed_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    result = _export(db, "claims", out)
    assert result.exit_code == 0, result.output
    parquet = pq.read_table(out)
    types = {f.name: f.type for f in parquet.schema}
    assert types["period_start"] == pa.date32()
    assert types["published"] == pa.timestamp("us", tz="UTC")
    assert pa.types.is_dictionary(types["metric"])
    # naive and aware publication times both come out as UTC instants
    published = {row["article_id"]: row["published"] for row in parquet.to_pylist()}
    assert published["liq"] == datetime(2026, 2, 6, 9, tzinfo=UTC)
    assert published["etf"] == datetime(2026, 3, 2, 21, 5, tzinfo=UTC)
    periods = {r["period_start"] for r in parquet.to_pylist() if r["article_id"] == "liq"}
    assert date(2026, 2, 5) in periods
    flows = duckdb.sql(f"SELECT quote, value FROM '{out}' WHERE metric = 'etf_flow' ORDER BY 2")
    assert flows.fetchall() == [("$185 Million", 185e6), ("$185.2 million", 185.2e6)]


def test_daily_exports_stack(db: Path, tmp_path: Path) -> None:
    """Two exports, one with all-null columns, read as one table with no options."""
    one, two = tmp_path / "day1.parquet", tmp_path / "day2.parquet"
    assert _export(db, "claims", one).exit_code == 0
    with Store(tmp_path / "empty.db") as store:
        store.start_run()
    assert _export(tmp_path / "empty.db", "claims", two).exit_code == 0
    assert pq.read_schema(two) == pq.read_schema(one)
    count = duckdb.sql(f"SELECT count(*) FROM '{tmp_path}/day*.parquet'").fetchall()[0]
    assert count == (pq.read_table(one).num_rows,)


def test_articles_export_has_typed_times(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.parquet"
    assert _export(db, "articles", out).exit_code == 0
    schema = pq.read_schema(out)
    assert schema.field("published").type == pa.timestamp("us", tz="UTC")
    assert schema.field("stored_at").type == pa.timestamp("us", tz="UTC")
    assert pq.read_table(out).column("id").to_pylist() == ["liq", "etf"]


@pytest.mark.parametrize(("name", "first"), [("c.csv", "id,"), ("c.jsonl", '{"id"')])
def test_format_from_suffix(db: Path, tmp_path: Path, name: str, first: str) -> None:
    out = tmp_path / name
    assert _export(db, "claims", out).exit_code == 0
    assert out.read_text().startswith(first)


def test_unknown_suffix_or_disagreeing_format_is_a_usage_error(db: Path, tmp_path: Path) -> None:
    unknown = _export(db, "claims", tmp_path / "claims.out")
    assert unknown.exit_code == 2 and "cannot tell the format" in unknown.output
    assert _export(db, "claims", tmp_path / "claims.out", "--format", "csv").exit_code == 0
    clash = _export(db, "claims", tmp_path / "claims.parquet", "--format", "jsonl")
    assert clash.exit_code == 2 and "names parquet" in clash.output


def test_exported_file_gets_the_users_umask(db: Path, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        assert _export(db, "claims", tmp_path / "claims.parquet").exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "claims.parquet").stat().st_mode) == 0o640
