"""The article store: SQLite with WAL, a versioned schema, and one transaction per article.

Tables: ``articles`` (canonical URL unique, content hash indexed, full-text index
``articles_fts``), ``claims`` (every Claim field a column, and the validated record as
JSON), ``syndication`` (copies of an article seen under other URLs), ``fetch_cache``
(ETag/Last-Modified per URL), ``failures`` and ``runs`` (see ``store_schema``).
Re-ingesting is idempotent: the same URL with the same text changes nothing,
the same text under another URL becomes a syndication link, a changed text replaces
the article and its claims. An article, its claims and its cache entry are written in one
transaction, so a killed process leaves either all of them or none.

Readers: :func:`load_articles`, :func:`load_claims`, :func:`load_syndication`. They open
the store read-only, so a store on a read-only file system (or a copy being served)
can be read; they understand every schema version up to this one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from extractor.errors import StoreError
from extractor.models import Article, Claim
from extractor.store_schema import CLAIM_COLUMNS, MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = Path("cryptoclaims.db")
BUSY_TIMEOUT_MS = 30_000
ARTICLE_COLUMNS = (
    "id, url, fetched_url, publisher, title, author, published, updated, text, text_hash, event"
    ", published_source"
)

Outcome = Literal["stored", "updated", "unchanged", "duplicate"]


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back: the ETag and Last-Modified of the last fetch."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Saved:
    """What saving an article did; ``article_id`` is the stored row it landed in."""

    outcome: Outcome
    article_id: str


@dataclass(frozen=True)
class Failure:
    """A failure recorded during a run."""

    run_id: int | None
    url: str
    stage: str
    reason: str
    status: int | None


def _now() -> str:
    # microseconds: "stored since" must tell apart two runs within one second
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


class Store:
    """An open store; use as a context manager. Errors are StoreError naming the file.

    ``readonly`` opens without writing anything (no migration, no journal change): the
    readers use it, so a store on a read-only file system can still be read.
    """

    def __init__(self, path: Path | str = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        try:
            self._db = self._open_readonly() if readonly else self._open()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db = db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL survives a crash
        self._migrate()  # foreign keys are off while tables are rebuilt
        db.execute("PRAGMA foreign_keys = ON")
        return db

    def _open_readonly(self) -> sqlite3.Connection:
        """mode=ro; where even that cannot work (no -shm beside a WAL store on a read-only
        file system), immutable=1, which reads the file as it is."""
        uri = self.path.resolve().as_uri()
        for flags in ("mode=ro", "immutable=1"):
            db = sqlite3.connect(f"{uri}?{flags}", uri=True, check_same_thread=False)
            try:
                db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                self._check_version(int(db.execute("PRAGMA user_version").fetchone()[0]))
                return db
            except sqlite3.OperationalError:
                db.close()
                if flags == "immutable=1":
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # --- schema ---------------------------------------------------------------------

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this cryptoclaims "
                f"understands ({SCHEMA_VERSION}); upgrade cryptoclaims"
            )

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        self._check_version(version)
        for target, script in MIGRATIONS:
            if target > version:
                self._apply(target, script)

    def _apply(self, target: int, script: str) -> None:
        """Run one migration in one transaction (it applies whole or not at all)."""
        with self._transaction() as db:
            # Another process may have migrated while we waited for the write lock.
            if int(db.execute("PRAGMA user_version").fetchone()[0]) >= target:
                return
            for statement in _statements(script):
                db.execute(statement)
            broken = db.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"migration {target} breaks foreign keys: {broken}")
            db.execute(f"PRAGMA user_version = {target}")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE (writers queue on busy_timeout) … COMMIT, or ROLLBACK and StoreError."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write: {exc}") from None
        try:
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreError(f"{self.path}: write failed and was rolled back: {exc}") from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        # Some errors (SQLITE_FULL, SQLITE_IOERR) have already rolled the transaction back.
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    # --- writing --------------------------------------------------------------------

    def save_article(
        self,
        article: Article,
        claims: Sequence[Claim] = (),
        *,
        fetched_url: str | None = None,
        validators: Validators | None = None,
        canonical_link: str | None = None,
        encoding: str | None = None,
        extracted: bool = True,
    ) -> Saved:
        """Store an article with its claims (and its fetch validators) in one transaction.

        ``encoding`` is the one its page was decoded with; ``extracted=False`` stores an
        article whose claims are still to be extracted (``ingest --no-claims``).
        """
        with self._transaction() as db:
            row = _ArticleRow(article, fetched_url, encoding, _now() if extracted else None)
            saved = self._save(db, row, claims, canonical_link)
            if fetched_url and validators is not None:
                self._put_cache(db, fetched_url, validators)
            return saved

    def save_claims(self, article_id: str, claims: Sequence[Claim]) -> None:
        """Replace a stored article's claims with newly extracted ones, in one transaction."""
        with self._transaction() as db:
            db.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
            _insert_claims(db, article_id, claims)
            db.execute("UPDATE articles SET extracted_at = ? WHERE id = ?", (_now(), article_id))

    def _save(
        self,
        db: sqlite3.Connection,
        row: _ArticleRow,
        claims: Sequence[Claim],
        canonical_link: str | None,
    ) -> Saved:
        article = row.article
        same_url = self._row(db, "url = ?", article.url) if article.url else None
        same_id = self._row(db, "id = ?", article.id)
        existing = same_url or same_id
        if existing is not None:
            if existing["text_hash"] == article.text_hash:
                return Saved("unchanged", existing["id"])
            self._update(db, existing["id"], row, claims)
            return Saved("updated", existing["id"])
        copy_of = self._row(db, "text_hash = ?", article.text_hash)
        if copy_of is not None:
            link = article.url or row.fetched_url or article.id
            db.execute(
                "INSERT OR IGNORE INTO syndication VALUES (?, ?, 'same_text')",
                (copy_of["id"], link),
            )
            return Saved("duplicate", copy_of["id"])
        self._insert(db, row, claims, canonical_link)
        return Saved("stored", article.id)

    @staticmethod
    def _row(db: sqlite3.Connection, where: str, value: str) -> dict[str, Any] | None:
        row = db.execute(f"SELECT id, text_hash FROM articles WHERE {where}", (value,)).fetchone()
        return {"id": row[0], "text_hash": row[1]} if row else None

    @staticmethod
    def _insert(
        db: sqlite3.Connection,
        row: _ArticleRow,
        claims: Sequence[Claim],
        canonical_link: str | None,
    ) -> None:
        article = row.article
        db.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}, encoding, stored_at, extracted_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (*row.values(), _now(), row.extracted_at),
        )
        _insert_claims(db, article.id, claims)
        if canonical_link and canonical_link != article.url:
            db.execute(
                "INSERT OR IGNORE INTO syndication VALUES (?, ?, 'canonical')",
                (article.id, canonical_link),
            )

    @staticmethod
    def _update(
        db: sqlite3.Connection, article_id: str, row: _ArticleRow, claims: Sequence[Claim]
    ) -> None:
        """A changed text at a known URL: new text and metadata, claims replaced."""
        db.execute(
            "UPDATE articles SET url = ?, fetched_url = ?, publisher = ?, title = ?, author = ?, "
            "published = ?, updated = ?, text = ?, text_hash = ?, event = ?, "
            "published_source = ?, encoding = ?, stored_at = ?, extracted_at = ? WHERE id = ?",
            (*row.values()[1:], _now(), row.extracted_at, article_id),
        )
        db.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
        _insert_claims(db, article_id, claims)

    def _put_cache(self, db: sqlite3.Connection, url: str, validators: Validators) -> None:
        db.execute(
            "INSERT OR REPLACE INTO fetch_cache VALUES (?, ?, ?, ?)",
            (url, validators.etag, validators.last_modified, _now()),
        )

    def save_validators(self, url: str, validators: Validators) -> None:
        """Remember a URL's ETag/Last-Modified (feeds, once all their entries are handled)."""
        with self._transaction() as db:
            self._put_cache(db, url, validators)

    def validators(self, url: str) -> Validators | None:
        """The validators of the last complete fetch of ``url``, if any."""
        row = self._db.execute(
            "SELECT etag, last_modified FROM fetch_cache WHERE url = ?", (url,)
        ).fetchone()
        return Validators(row[0], row[1]) if row else None

    def start_run(self) -> int:
        """A new run's id."""
        with self._transaction() as db:
            cursor = db.execute("INSERT INTO runs (started_at) VALUES (?)", (_now(),))
            return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?",
                (_now(), json.dumps(summary, sort_keys=True), run_id),
            )

    def record_failure(self, failure: Failure) -> None:
        """Keep a failure (URL, stage, reason, HTTP status) for the summary and later runs."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO failures (run_id, url, stage, reason, status, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    failure.run_id,
                    failure.url,
                    failure.stage,
                    failure.reason,
                    failure.status,
                    _now(),
                ),
            )

    # --- reading --------------------------------------------------------------------

    def has_url(self, url: str) -> bool:
        """True when an article is stored under ``url`` or known as a copy at ``url``."""
        query = "SELECT 1 FROM articles WHERE url = ? UNION SELECT 1 FROM syndication WHERE url = ?"
        return self._db.execute(query, (url, url)).fetchone() is not None

    def articles(self) -> Iterator[Article]:
        """Every stored article, oldest publication first."""
        rows = self._db.execute(
            f"SELECT {self._article_select()} FROM articles "
            "ORDER BY published IS NULL, published, id"
        )
        for row in rows:
            yield _article(self.path, row)

    def _article_select(self) -> str:
        """``ARTICLE_COLUMNS`` as this store has them: a store of an older schema opened
        read-only (never migrated) lacks the newer ones, which read as NULL."""
        have = {row[1] for row in self._db.execute("PRAGMA table_info(articles)")}
        names = [name.strip() for name in ARTICLE_COLUMNS.split(",")]
        return ", ".join(name if name in have else f"NULL AS {name}" for name in names)

    def unextracted_articles(self) -> list[Article]:
        """Stored articles whose claims are still to be extracted, oldest stored first."""
        rows = self._db.execute(
            f"SELECT {self._article_select()} FROM articles WHERE extracted_at IS NULL "
            "ORDER BY stored_at, id"
        )
        return [_article(self.path, row) for row in rows]

    def article_ids_stored_since(self, since: datetime) -> set[str]:
        """Ids of the articles stored (or changed) at or after ``since``."""
        stamp = since.astimezone(UTC).isoformat(timespec="microseconds")
        rows = self._db.execute("SELECT id FROM articles WHERE stored_at >= ?", (stamp,))
        return {row[0] for row in rows}

    def claims(self) -> Iterator[Claim]:
        """Every stored claim, by article and position."""
        rows = self._db.execute("SELECT id, record FROM claims ORDER BY article_id, id")
        for claim_id, record in rows:
            try:
                yield Claim.model_validate_json(record)
            except ValidationError as exc:
                reason = exc.errors()[0]["msg"]
                raise StoreError(f"{self.path}: claim {claim_id} is unreadable: {reason}") from None

    def claimed_article_ids(self) -> set[str]:
        """The ids of the articles that have claims."""
        return {row[0] for row in self._db.execute("SELECT DISTINCT article_id FROM claims")}

    def claim_rows(self) -> Iterator[dict[str, Any]]:
        """Stored claims as flat JSON-ready dicts (for export)."""
        for (record,) in self._db.execute("SELECT record FROM claims ORDER BY article_id, id"):
            yield dict(json.loads(record))

    def syndication(self) -> dict[str, list[str]]:
        """For each article id, the other URLs its text was seen under."""
        links: dict[str, list[str]] = {}
        rows = self._db.execute("SELECT article_id, url FROM syndication ORDER BY article_id, url")
        for article_id, url in rows:
            links.setdefault(article_id, []).append(url)
        return links

    def failures(self, run_id: int | None = None) -> list[Failure]:
        """Failures of one run (or of all runs)."""
        query = "SELECT run_id, url, stage, reason, status FROM failures"
        rows = (
            self._db.execute(query + " WHERE run_id = ? ORDER BY id", (run_id,))
            if run_id is not None
            else self._db.execute(query + " ORDER BY id")
        )
        return [Failure(*row) for row in rows]

    def table_exists(self, name: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return row is not None

    def rows(self, query: str) -> Iterator[dict[str, Any]]:
        """Rows of a read-only query as dicts (export of plain tables)."""
        cursor = self._db.execute(query)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))


@dataclass(frozen=True)
class _ArticleRow:
    """An article with what the store keeps beside it."""

    article: Article
    fetched_url: str | None
    encoding: str | None
    extracted_at: str | None

    def values(self) -> tuple[Any, ...]:
        """``ARTICLE_COLUMNS`` then ``encoding``, in order."""
        a = self.article
        return (
            *(a.id, a.url, self.fetched_url, a.publisher, a.title, a.author),
            *(_iso(a.published), _iso(a.updated), a.text, a.text_hash, a.event),
            *(a.published_source, self.encoding),
        )


_QUOTED_CLAIM_COLUMNS = ", ".join(f'"{column}"' for column in CLAIM_COLUMNS)
_CLAIM_INSERT = (
    f"INSERT OR REPLACE INTO claims ({_QUOTED_CLAIM_COLUMNS}, record) "
    f"VALUES ({', '.join('?' * (len(CLAIM_COLUMNS) + 1))})"
)


def _insert_claims(db: sqlite3.Connection, article_id: str, claims: Sequence[Claim]) -> None:
    db.executemany(_CLAIM_INSERT, [_claim_row(article_id, claim) for claim in claims])


def _claim_row(article_id: str, claim: Claim) -> tuple[Any, ...]:
    if claim.article_id != article_id:
        claim = claim.model_copy(update={"article_id": article_id})
    record = claim.model_dump_json()
    fields = json.loads(record)
    return (*(fields.get(column) for column in CLAIM_COLUMNS), record)


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a script (a trigger's body keeps its inner semicolons)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
    if pending.strip(" \n;"):
        raise sqlite3.OperationalError(f"incomplete statement in migration: {pending[:60]}")


def _article(path: Path, row: Sequence[Any]) -> Article:
    names = [name.strip() for name in ARTICLE_COLUMNS.split(",")]
    record = {k: v for k, v in zip(names, row, strict=True) if k != "fetched_url"}
    try:
        return Article.model_validate(record)
    except ValidationError as exc:
        reason = exc.errors()[0]["msg"]
        raise StoreError(f"{path}: article {record['id']} is unreadable: {reason}") from None


def _existing(db: Path | str) -> Store:
    if not Path(db).is_file():
        raise StoreError(f"{db}: no such store (run `cryptoclaims ingest --db {db}` first)")
    return Store(db, readonly=True)


def load_articles(db: Path | str) -> list[Article]:
    """Every article of the store at ``db`` (which must exist)."""
    with _existing(db) as store:
        return list(store.articles())


def load_claims(db: Path | str) -> list[Claim]:
    """Every claim of the store at ``db`` (which must exist)."""
    with _existing(db) as store:
        return list(store.claims())


def stream_claims(db: Path | str) -> Iterator[Claim]:
    """The claims of the store at ``db`` one at a time, by article (which must exist)."""
    with _existing(db) as store:
        yield from store.claims()


def claimed_article_ids(db: Path | str) -> set[str]:
    """The ids of the stored articles that have claims."""
    with _existing(db) as store:
        return store.claimed_article_ids()


def load_syndication(db: Path | str) -> dict[str, list[str]]:
    """For each stored article id, the other URLs the same text was seen under."""
    with _existing(db) as store:
        return store.syndication()
