"""The article store's schema: migrations applied in order, tracked by ``PRAGMA user_version``.

A new schema version is a new ``(version, script)`` row at the end; statements are
separated by ``;`` and a migration runs in one transaction (see ``Store._apply``).
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
)
SCHEMA_VERSION = MIGRATIONS[-1][0]
