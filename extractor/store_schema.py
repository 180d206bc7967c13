"""The article store's schema: migrations applied in order, tracked by ``PRAGMA user_version``.

A new schema version is a new ``(version, script)`` row at the end; a migration runs in
one transaction with foreign keys off, then ``PRAGMA foreign_key_check`` must find
nothing (see ``Store._apply``).

Version 3 makes the store queryable as it stands (SQL, Datasette): every claim field is
a column (the validated record stays in ``record``), with indexes on metric, asset and
period; articles get a stable integer key ``num`` for the full-text index
``articles_fts`` (FTS5 over title and text, kept in step by triggers), the encoding
their page was decoded with, and ``extracted_at`` (claims were extracted; NULL: not yet).
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT UNIQUE,
            fetched_url TEXT,
            publisher TEXT,
            title TEXT,
            author TEXT,
            published TEXT,
            updated TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            event TEXT,
            stored_at TEXT NOT NULL
        );
        CREATE INDEX articles_text_hash ON articles(text_hash);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            metric TEXT,
            unit TEXT,
            value REAL,
            asset TEXT,
            period_start TEXT,
            period_end TEXT,
            record TEXT NOT NULL
        );
        CREATE INDEX claims_article ON claims(article_id);
        CREATE TABLE syndication (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, url)
        );
        CREATE TABLE fetch_cache (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            fetched_at TEXT NOT NULL
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            summary TEXT
        );
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER REFERENCES runs(id),
            url TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            status INTEGER,
            at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        """
        ALTER TABLE articles ADD COLUMN published_source TEXT
        """,
    ),
    (
        3,
        """
        CREATE TABLE articles_v2 (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT UNIQUE,
            fetched_url TEXT,
            publisher TEXT,
            title TEXT,
            author TEXT,
            published TEXT,
            updated TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            event TEXT,
            published_source TEXT,
            encoding TEXT,
            stored_at TEXT NOT NULL,
            extracted_at TEXT
        );
        INSERT INTO articles_v2 (
            id, url, fetched_url, publisher, title, author, published, updated, text,
            text_hash, event, published_source, stored_at, extracted_at
        )
        SELECT id, url, fetched_url, publisher, title, author, published, updated, text,
            text_hash, event, published_source, stored_at,
            CASE WHEN EXISTS (SELECT 1 FROM claims WHERE claims.article_id = articles.id)
                THEN stored_at END
        FROM articles ORDER BY stored_at, id;
        CREATE TABLE claims_v2 (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            quote TEXT NOT NULL,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence TEXT,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            low REAL,
            high REAL,
            qualifier TEXT,
            metric TEXT,
            side TEXT,
            asset TEXT,
            period_start TEXT,
            period_end TEXT,
            source TEXT,
            venue TEXT,
            publisher TEXT,
            published TEXT,
            url TEXT,
            extractor_version TEXT,
            record TEXT NOT NULL
        );
        INSERT INTO claims_v2
        SELECT id, article_id,
            json_extract(record, '$.quote'), json_extract(record, '$.start'),
            json_extract(record, '$.end'), json_extract(record, '$.sentence'),
            json_extract(record, '$.value'), json_extract(record, '$.unit'),
            json_extract(record, '$.low'), json_extract(record, '$.high'),
            json_extract(record, '$.qualifier'), json_extract(record, '$.metric'),
            json_extract(record, '$.side'), json_extract(record, '$.asset'),
            json_extract(record, '$.period_start'), json_extract(record, '$.period_end'),
            json_extract(record, '$.source'), json_extract(record, '$.venue'),
            json_extract(record, '$.publisher'), json_extract(record, '$.published'),
            json_extract(record, '$.url'), json_extract(record, '$.extractor_version'),
            record
        FROM claims;
        DROP TABLE claims;
        DROP TABLE articles;
        ALTER TABLE articles_v2 RENAME TO articles;
        ALTER TABLE claims_v2 RENAME TO claims;
        CREATE INDEX articles_text_hash ON articles(text_hash);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_stored_at ON articles(stored_at);
        CREATE INDEX claims_article ON claims(article_id);
        CREATE INDEX claims_metric ON claims(metric, unit);
        CREATE INDEX claims_asset ON claims(asset, metric);
        CREATE INDEX claims_period ON claims(period_start, period_end);
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='num',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.num, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.num, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.num, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.num, new.title, new.text);
        END;
        """,
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]
CLAIM_COLUMNS = (
    *("id", "article_id", "quote", "start", "end", "sentence", "value", "unit", "low", "high"),
    *("qualifier", "metric", "side", "asset", "period_start", "period_end", "source", "venue"),
    *("publisher", "published", "url", "extractor_version"),
)
"""Claim fields stored as columns of ``claims`` (besides the whole record in ``record``)."""
