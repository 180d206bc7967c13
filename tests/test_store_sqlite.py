"""The SQLite article store: schema, idempotent saves, syndication, atomicity, readers."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from store_records import LIQUIDATIONS, URL, body_claim, desk_article

import extractor.store as store_module
from extractor.errors import StoreError
from extractor.models import Article, Claim
from extractor.store import (
    SCHEMA_VERSION,
    Failure,
    Store,
    Validators,
    load_articles,
    load_claims,
    load_syndication,
)

TEXT = (
    "Bitcoin Slides Below $64K as Crypto Liquidations Top $2.1B\n"
    "More than $2.1 billion worth of leveraged positions were liquidated in the past 24 hours, "
    "data from CoinGlass shows.\n"
    "Total crypto liquidations over the past 24 hours, by exchange. Source: CoinGlass"
)


def _article(text: str = TEXT, url: str | None = URL, article_id: str = "a1") -> Article:
    return desk_article(text, url, article_id)


def _claim(article: Article, quote: str = "$2.1 billion", value: float = 2.1e9) -> Claim:
    return body_claim(article, quote, value, **LIQUIDATIONS)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.db"


def test_new_store_has_current_schema_in_wal_mode(db):
    with Store(db) as store:
        assert store.schema_version == SCHEMA_VERSION
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "claims", "failures", "fetch_cache", "syndication", "runs"} <= tables


def test_reopening_keeps_data_and_does_not_migrate_again(db):
    with Store(db) as store:
        store.save_article(_article())
    with Store(db) as store:
        assert [a.id for a in store.articles()] == ["a1"]


def test_store_from_a_newer_version_is_refused(db):
    Store(db).close()
    sqlite3.connect(db).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this cryptoclaims understands"):
        Store(db)


def test_a_file_that_is_not_a_database_is_a_store_error(db):
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"store\.db: cannot open the store"):
        Store(db)


def test_round_trip_of_articles_and_claims(db):
    article = _article()
    claims = [_claim(article), _claim(article, "24", 24)]
    with Store(db) as store:
        assert store.save_article(article, claims).outcome == "stored"
    assert load_articles(db) == [article]
    assert sorted(load_claims(db), key=lambda c: c.id) == sorted(claims, key=lambda c: c.id)


SEQUENCES = [
    # saves in order → outcomes, articles stored afterwards
    ([("a1", URL, TEXT)], ["stored"], 1),
    ([("a1", URL, TEXT), ("a1", URL, TEXT)], ["stored", "unchanged"], 1),
    ([("a1", URL, TEXT), ("a1", URL, TEXT + "\nUpdated at 11:40 UTC.")], ["stored", "updated"], 1),
    # same text reached under another URL: a syndicated copy, linked, not stored twice
    ([("a1", URL, TEXT), ("a2", "https://wire.example/copy", TEXT)], ["stored", "duplicate"], 1),
    ([("a1", URL, TEXT), ("a2", "https://wire.example/other", TEXT + " More.")], ["stored"] * 2, 2),
]


@pytest.mark.parametrize(("saves", "outcomes", "count"), SEQUENCES)
def test_re_ingestion_is_idempotent(db, saves, outcomes, count):
    with Store(db) as store:
        got = [store.save_article(_article(t, u, i), []).outcome for i, u, t in saves]
        assert got == outcomes
        assert len(list(store.articles())) == count


def test_changed_text_replaces_claims(db):
    first = _article()
    second = _article(TEXT.replace("$2.1 billion", "$2.3 billion"))
    with Store(db) as store:
        store.save_article(first, [_claim(first)])
        saved = store.save_article(second, [_claim(second, "$2.3 billion", 2.3e9)])
        assert saved == store_module.Saved("updated", "a1")
        assert [c.value for c in store.claims()] == [2.3e9]


def test_syndicated_copies_are_linked(db):
    with Store(db) as store:
        store.save_article(_article(), [], canonical_link="https://origin.example/story")
        store.save_article(_article(url="https://wire.example/copy", article_id="a2"), [])
    assert load_syndication(db) == {
        "a1": ["https://origin.example/story", "https://wire.example/copy"]
    }
    with Store(db) as store:
        assert store.has_url("https://wire.example/copy")
        assert not store.has_url("https://wire.example/unknown")


def test_validators_are_saved_with_the_article(db):
    with Store(db) as store:
        store.save_article(
            _article(), [], fetched_url=URL + "?utm_source=rss", validators=Validators('"e1"', None)
        )
        assert store.validators(URL + "?utm_source=rss") == Validators('"e1"', None)
        assert store.validators(URL) is None


def test_a_failure_mid_save_leaves_nothing_behind(db, monkeypatch):
    article = _article()

    def broken(article_id, claim):
        raise RuntimeError("extraction record broken")

    with Store(db) as store:
        monkeypatch.setattr(store_module, "_claim_row", broken)
        with pytest.raises(RuntimeError):
            store.save_article(
                article, [_claim(article)], fetched_url=URL, validators=Validators('"e"')
            )
        assert list(store.articles()) == []
        assert store.validators(URL) is None


def test_full_disk_is_a_store_error_and_rolls_back(db):
    with Store(db) as store:
        page_count = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {page_count}")
        big = _article(TEXT + "\n" + "Funding rates turned negative. " * 20_000)
        with pytest.raises(StoreError, match="write failed and was rolled back: database or disk"):
            store.save_article(big, [])
        assert list(store.articles()) == []


def test_failures_and_runs_are_recorded(db):
    with Store(db) as store:
        run = store.start_run()
        store.record_failure(Failure(run, URL, "fetch", "server answered 503", 503))
        store.finish_run(run, {"stored": 0, "failed": 1})
        assert store.failures(run) == [Failure(run, URL, "fetch", "server answered 503", 503)]
        assert store.failures(run + 1) == []


def test_concurrent_writers_store_one_row(db):
    Store(db).close()
    outcomes = []

    def save():
        with Store(db) as store:
            outcomes.append(store.save_article(_article(), []).outcome)

    threads = [threading.Thread(target=save) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["stored"] + ["unchanged"] * 5
    assert len(load_articles(db)) == 1


def test_readers_need_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        load_articles(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_date_source_is_stored_and_a_version_1_store_is_migrated(db):
    from extractor.store_schema import MIGRATIONS

    raw = sqlite3.connect(db)
    raw.executescript(MIGRATIONS[0][1] + "; PRAGMA user_version = 1;")
    raw.execute(
        "INSERT INTO articles (id, url, text, text_hash, stored_at) VALUES (?, ?, ?, ?, ?)",
        ("old", "https://coinledger.example/old", TEXT, "h0", "2026-02-01T00:00:00+00:00"),
    )
    raw.commit()
    raw.close()
    dated = _article().model_copy(update={"published_source": "feed"})
    with Store(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        store.save_article(dated)
        sources = {a.id: (a.published, a.published_source) for a in store.articles()}
    assert sources == {"a1": (dated.published, "feed"), "old": (None, None)}
