"""The Parquet dataset: explicit types, monthly partitions, appends that add nothing twice,
and DuckDB and pandas reading it with no options."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from click.testing import CliRunner

from extractor.claims import extract_article
from extractor.cli import main
from extractor.dataset import (
    ARTICLE_SCHEMA,
    CLAIM_SCHEMA,
    DatasetWriter,
    articles_table,
    claims_table,
    month_of,
    read_table,
)
from extractor.errors import ExitCode
from extractor.models import Article

FEB = """Bitcoin Slides Below $64K as Crypto Liquidations Top $2.1B
More than $2.1 billion of leveraged positions were liquidated across crypto exchanges in the
past 24 hours, according to CoinGlass, as bitcoin fell 9% to $63,400 on Thursday.
Long traders bore the brunt, with $1.8 billion of longs wiped out."""

MAR = """Spot Ether ETFs Bleed $185 Million as Staking Hopes Fade
U.S. spot ether exchange-traded funds recorded net outflows of $185.2 million on Monday,
SoSoValue data show, the fourth day of withdrawals in a row. BlackRock's ETHA lost $92 million."""

UNDATED = """Solana DEX volume hit $4.1 billion, DefiLlama data show, as memecoin trading
returned. Raydium handled about $1.6 billion of it."""


def _articles() -> list[Article]:
    return [
        Article(
            id="liq-0206",
            text=FEB,
            publisher="Coin Ledger Daily",
            url="https://coinledger.example/liq",
            published=datetime(2026, 2, 6, 9, 12, tzinfo=UTC),
        ),
        # a naive time is UTC; 23:30 at UTC-5 on 28 February is already March in UTC
        Article(
            id="etf-0302",
            text=MAR,
            publisher="The Chain Wire",
            published=datetime(2026, 2, 28, 23, 30, tzinfo=timezone(timedelta(hours=-5))),
        ),
        Article(id="sol-undated", text=UNDATED, publisher="DeFi Desk"),
    ]


def _write(root: Path, articles: list[Article]) -> DatasetWriter:
    with DatasetWriter(root) as writer:
        for article in articles:
            writer.add(article, extract_article(article))
    return writer


def test_month_partition_is_utc() -> None:
    assert month_of(datetime(2026, 2, 28, 23, 30, tzinfo=timezone(timedelta(hours=-5)))) == (
        "2026-03"
    )
    assert month_of(datetime(2026, 2, 28, 23, 30)) == "2026-02"
    assert month_of(None) == "undated"


def test_schema_is_explicit_even_for_empty_tables() -> None:
    empty = claims_table(_articles()[0], [])
    assert empty.schema == CLAIM_SCHEMA and empty.num_rows == 0
    types = {f.name: f.type for f in CLAIM_SCHEMA}
    assert types["period_start"] == pa.date32()
    assert types["published"] == pa.timestamp("us", tz="UTC")
    assert pa.types.is_dictionary(types["metric"]) and pa.types.is_dictionary(types["side"])
    assert types["value"] == pa.float64() and types["source"] == pa.string()
    assert articles_table([]).schema == ARTICLE_SCHEMA


def test_partitions_by_month_with_typed_files(tmp_path: Path) -> None:
    root = tmp_path / "ds"
    writer = _write(root, _articles())
    months = sorted(p.name for p in (root / "claims").iterdir())
    assert months == ["month=2026-02", "month=2026-03", "month=undated"]
    (part,) = (root / "claims" / "month=2026-03").glob("*.parquet")
    schema = pq.read_schema(part)
    assert schema.field("period_start").type == pa.date32()
    assert schema.field("published").type == pa.timestamp("us", tz="UTC")
    # a partition whose claims all lack a source still has a typed, all-null column
    (undated,) = (root / "claims" / "month=undated").glob("*.parquet")
    assert pq.read_schema(undated).field("period_start").type == pa.date32()
    claims = read_table(root)
    assert writer.written.claims == claims.num_rows > 5
    assert writer.written.articles == 3


def test_appending_the_same_articles_adds_nothing(tmp_path: Path) -> None:
    root = tmp_path / "ds"
    first = _write(root, _articles())
    files = sorted(root.rglob("*.parquet"))
    again = _write(root, _articles())
    assert again.written.claims == 0 and again.written.articles == 0
    assert again.written.known_claims == first.written.claims
    assert sorted(root.rglob("*.parquet")) == files
    assert read_table(root).num_rows == first.written.claims


def test_a_changed_text_is_a_new_version_and_new_articles_append(tmp_path: Path) -> None:
    root = tmp_path / "ds"
    first = _write(root, _articles())
    changed = _articles()[0].model_copy(
        update={"text": FEB.replace("$1.8 billion", "$1.9 billion"), "text_hash": ""}
    )
    changed = Article.model_validate(changed.model_dump())
    extra = Article(
        id="liq-0207",
        text=FEB.replace("Thursday", "Friday"),
        published=datetime(2026, 2, 7, 8, 0),
    )
    second = _write(root, [changed, extra, *_articles()])
    assert second.written.articles == 2
    articles = read_table(root, "articles").to_pylist()
    assert sorted(a["id"] for a in articles) == sorted(
        ["liq-0206", "liq-0206", "liq-0207", "etf-0302", "sol-undated"]
    )
    claims = read_table(root)
    assert claims.num_rows == first.written.claims + second.written.claims


def test_duplicates_within_one_run_are_written_once(tmp_path: Path) -> None:
    root = tmp_path / "ds"
    article = _articles()[0]
    writer = _write(root, [article, article])
    assert writer.written.articles == 1
    assert writer.written.claims == len(extract_article(article))


def test_duckdb_and_pandas_read_the_dataset_with_no_options(tmp_path: Path) -> None:
    root = tmp_path / "ds"
    _write(root, _articles())
    con = duckdb.connect()
    rows = con.sql(
        f"SELECT month, count(*), typeof(any_value(period_start)), "
        f"typeof(any_value(published)) FROM '{root}/claims/**/*.parquet' "
        f"GROUP BY month ORDER BY month"
    ).fetchall()
    assert [r[0] for r in rows] == ["2026-02", "2026-03", "undated"]
    assert rows[0][2:] == ("DATE", "TIMESTAMP WITH TIME ZONE")
    liq = con.sql(
        f"SELECT value FROM '{root}/claims/**/*.parquet' "
        "WHERE metric = 'liquidations' AND side = 'long'"
    ).fetchall()
    assert liq == [(1.8e9,)]
    joined = con.sql(
        f"SELECT a.publisher, count(*) FROM '{root}/claims/**/*.parquet' c "
        f"JOIN '{root}/articles/**/*.parquet' a USING (text_hash) GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert [p for p, _ in joined] == ["Coin Ledger Daily", "DeFi Desk", "The Chain Wire"]

    frame = pd.read_parquet(root / "claims")
    assert len(frame) == read_table(root).num_rows
    assert str(frame["published"].dtype) == "datetime64[us, UTC]"
    assert isinstance(frame["metric"].dtype, pd.CategoricalDtype)
    feb = frame[frame["month"] == "2026-02"]
    assert date(2026, 2, 5) in set(feb["period_start"].dropna())
    articles = pd.read_parquet(root / "articles")
    assert sorted(articles["id"]) == ["etf-0302", "liq-0206", "sol-undated"]


def test_files_get_the_users_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        _write(tmp_path / "ds", _articles())
    finally:
        os.umask(old)
    for part in (tmp_path / "ds").rglob("*.parquet"):
        assert stat.S_IMODE(part.stat().st_mode) == 0o644


def test_extract_command_writes_the_dataset_and_reruns_add_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = []
    for article in _articles():
        (corpus / f"{article.id}.txt").write_text(article.text)
        published = article.published.isoformat() if article.published else None
        lines.append(
            json.dumps({"id": article.id, "file": f"{article.id}.txt", "published": published})
        )
    (corpus / "meta.jsonl").write_text("\n".join(lines) + "\n")
    root = tmp_path / "ds"
    runner = CliRunner()
    first = runner.invoke(main, ["extract", str(corpus), "--dataset", str(root)])
    assert first.exit_code == 0, first.output
    assert first.stdout == ""  # claims go to the dataset, not to stdout
    count = read_table(root).num_rows
    assert f"{count} claims from 3 articles" in first.stderr
    second = runner.invoke(main, ["extract", str(corpus), "--dataset", str(root)])
    assert second.exit_code == 0
    assert read_table(root).num_rows == count


def test_dataset_folder_that_cannot_be_made_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "a.txt").write_text(FEB)
    target = tmp_path / "file.txt" / "ds"
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "a.txt"), "--dataset", str(target)]
    )
    assert result.exit_code == ExitCode.ERROR
    assert f"{target}: cannot write the dataset" in result.stderr
