"""The store as people query it: claim columns, indexes, full-text search, the migration
from the first schema, and reading a store on a read-only file system."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from store_records import body_claim, desk_article

from extractor.models import Article, Claim
from extractor.store import SCHEMA_VERSION, Store, load_articles, load_claims
from extractor.store_schema import CLAIM_COLUMNS, MIGRATIONS

TEXT = (
    "Bitcoin Slides Below $64K as Crypto Liquidations Top $2.1B\n"
    "More than $2.1 billion worth of leveraged positions were liquidated in the past 24 hours, "
    "data from CoinGlass shows, with Binance accounting for $740 million.\n"
    "Long traders bore the brunt of the sell-off as bitcoin fell 9% to $63,800."
)


def _article(article_id: str = "a1", text: str = TEXT) -> Article:
    return desk_article(text, f"https://coinledger.example/markets/{article_id}", article_id)


_claim = body_claim


def _claims(article: Article) -> list[Claim]:
    return [
        _claim(
            article,
            "$2.1 billion",
            2.1e9,
            qualifier="more_than",
            metric="liquidations",
            asset="CRYPTO",
            period_start=date(2026, 2, 5),
            period_end=date(2026, 2, 6),
            source="CoinGlass",
        ),
        _claim(
            article,
            "$740 million",
            7.4e8,
            metric="liquidations",
            asset="CRYPTO",
            venue="Binance",
            source="CoinGlass",
        ),
    ]


def test_every_claim_field_is_a_column():
    assert set(CLAIM_COLUMNS) == set(Claim.model_fields)


def test_claim_fields_are_columns_people_can_filter_on(tmp_path):
    article = _article()
    with Store(tmp_path / "news.db") as store:
        store.save_article(article, _claims(article))
        rows = store._db.execute(
            'SELECT quote, "start", "end", qualifier, side, source, venue, metric, asset, '
            "period_start, period_end, value FROM claims WHERE venue = 'Binance'"
        ).fetchall()
    quote = ("$740 million", *_span("$740 million"))
    assert rows == [
        (*quote, "exact", None, "CoinGlass", "Binance", "liquidations", "CRYPTO", None, None, 7.4e8)
    ]


def _span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


@pytest.mark.parametrize(
    ("where", "index"),
    [
        ("metric = 'liquidations'", "claims_metric"),
        ("asset = 'CRYPTO'", "claims_asset"),
        ("period_start = '2026-02-05'", "claims_period"),
    ],
)
def test_queries_on_metric_asset_and_period_use_an_index(tmp_path, where, index):
    with Store(tmp_path / "news.db") as store:
        plan = store._db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM claims WHERE {where}")
        assert index in " ".join(str(row) for row in plan)


def test_full_text_search_follows_inserts_updates_and_deletes(tmp_path):
    article = _article()
    with Store(tmp_path / "news.db") as store:
        store.save_article(article, [])
        store.save_article(_article("a2", "Ether ETFs bleed $1.3B\nOutflows continued."), [])

        def search(query: str) -> list[str]:
            sql = (
                "SELECT a.id FROM articles_fts JOIN articles a ON a.num = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY rank"
            )
            return [row[0] for row in store._db.execute(sql, (query,))]

        assert search("liquidated") == ["a1"]
        assert sorted(search("etfs OR binance")) == ["a1", "a2"]
        assert search("title:ether") == ["a2"]
        changed = article.model_copy(update={"text": TEXT.replace("Binance", "Bybit")})
        changed = Article.model_validate(changed.model_dump(exclude={"text_hash"}))
        assert store.save_article(changed, []).outcome == "updated"
        assert search("binance") == []
        assert search("bybit") == ["a1"]
        store._db.execute("DELETE FROM articles WHERE id = 'a2'")
        assert search("outflows") == []
        check = "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"
        store._db.execute(check)  # raises when the index and the table disagree


def _first_schema_store(path: Path) -> None:
    """A store as version 1 wrote it: claims as JSON records with a few columns."""
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0][1].split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    article, empty = _article(), _article("a2", "Markets were quiet\nNo figures today.")
    for a in (article, empty):
        db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                *(a.id, a.url, a.url, a.publisher, a.title, None),
                *(a.published.isoformat() if a.published else None, None, a.text, a.text_hash),
                *(None, "2026-02-06T10:00:00+00:00"),
            ),
        )
    for claim in _claims(article):
        db.execute(
            "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?)",
            (
                *(claim.id, claim.article_id, claim.metric, claim.unit, claim.value, claim.asset),
                *(None, None, claim.model_dump_json()),
            ),
        )
    db.execute("INSERT INTO syndication VALUES ('a1', 'https://mirror.example/a1', 'same_text')")
    db.commit()
    db.close()


def test_a_first_schema_store_is_migrated_without_loss(tmp_path):
    path = tmp_path / "old.db"
    _first_schema_store(path)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        assert [c.model_dump() for c in store.claims()] == [
            c.model_dump() for c in sorted(_claims(_article()), key=lambda c: c.id)
        ]
        row = store._db.execute(
            "SELECT quote, source, venue, qualifier, period_start FROM claims WHERE venue IS NULL"
        ).fetchone()
        assert row == ("$2.1 billion", "CoinGlass", None, "more_than", "2026-02-05")
        extracted = dict(store._db.execute("SELECT id, extracted_at FROM articles"))
        assert extracted["a1"] is not None and extracted["a2"] is None  # a2: to extract
        hits = store._db.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Binance'"
        )
        assert len(hits.fetchall()) == 1
        assert store.syndication() == {"a1": ["https://mirror.example/a1"]}
        assert store._db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # and the migrated store keeps working: a changed article replaces its claims
    with Store(path) as store:
        changed = _article("a1", TEXT + "\nUpdated at 11:00 UTC.")
        assert store.save_article(changed, []).outcome == "updated"
        assert list(store.claims()) == []


def test_readers_understand_a_first_schema_store_without_migrating_it(tmp_path):
    path = tmp_path / "old.db"
    _first_schema_store(path)
    assert {a.id for a in load_articles(path)} == {"a1", "a2"}
    assert len(load_claims(path)) == 2
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1  # read-only: untouched


def _read_only_mount(folder: Path, command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with ``folder`` bind-mounted read-only (a user + mount namespace)."""
    script = f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && "$@"'
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", *command],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _can_mount_read_only(tmp_path: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = _read_only_mount(tmp_path, ["touch", str(tmp_path / "probe")])
    return probe.returncode != 0 and "Read-only file system" in probe.stderr


def test_a_store_on_a_read_only_file_system_can_be_read_not_written(tmp_path):
    if not _can_mount_read_only(tmp_path):
        pytest.skip("cannot mount a read-only file system here (needs unshare -rm)")
    article = _article()
    with Store(tmp_path / "news.db") as store:
        store.save_article(article, _claims(article))
    cli = [sys.executable, "-m", "extractor"]
    read = _read_only_mount(
        tmp_path,
        [*cli, "export", "--db", str(tmp_path / "news.db"), "--table", "claims", "-o", "-"],
    )
    assert read.returncode == 0, read.stderr
    expected = [c.quote for c in sorted(_claims(article), key=lambda c: c.id)]
    assert [json.loads(line)["quote"] for line in read.stdout.splitlines()] == expected
    write = _read_only_mount(
        tmp_path,
        [*cli, "ingest", "--url", "https://example.com/a", "--db", str(tmp_path / "news.db")],
    )
    assert write.returncode == 2
    assert write.stderr.startswith("error: ")
    assert "Read-only file system" in write.stderr
    assert "Traceback" not in write.stderr
