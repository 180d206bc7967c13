"""A typed, partitioned, appendable Parquet dataset of articles and claims.

Layout (Hive partitions by the article's publication month, UTC; ``undated`` when the
article gives no date)::

    DIR/articles/month=2026-02/part-<uuid>.parquet
    DIR/claims/month=2026-02/part-<uuid>.parquet

Types come from the models (:mod:`extractor.arrow_schema`): dates ``date32``, times UTC
``timestamp``, enums dictionary strings, every column typed even in an empty file. A
claim row carries its article's ``text_hash`` as the join and version key.

Appending: rows are buffered and written per partition as one new part file, written to
a hidden temporary file (readers skip names starting with ``.``), fsynced and renamed, so a
reader or a crash sees all of a write or none of it. An article already in its partition
(same ``id`` and ``text_hash``) and a claim already there (same ``id`` and ``text_hash``)
are not written again, so re-running over the same input adds nothing; a changed text is
a new version and is added. Writers to one folder take turns (a lock file).
"""

from __future__ import annotations

import fcntl
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from extractor.arrow_schema import model_schema, table
from extractor.errors import InputError
from extractor.models import Article, Claim

ARTICLES = "articles"
CLAIMS = "claims"
PARTITION = "month"
UNDATED = "undated"
CLAIM_SCHEMA = model_schema(Claim, {"text_hash": pa.string()})
ARTICLE_SCHEMA = model_schema(Article)
KEY_SEPARATOR = "\x1f"
FLUSH_ROWS = 20_000  # rows buffered before a write: bounds memory (a part file per write)


def month_of(published: datetime | None) -> str:
    """The partition of a publication time: ``YYYY-MM`` in UTC (naive taken as UTC)."""
    if published is None:
        return UNDATED
    if published.tzinfo is not None:
        published = published.astimezone(UTC)
    return f"{published.year:04d}-{published.month:02d}"


def claims_table(article: Article, claims: Iterable[Claim]) -> pa.Table:
    """An article's claims as rows of the dataset's claim schema."""
    rows = [{**c.model_dump(), "text_hash": article.text_hash} for c in claims]
    return table(rows, CLAIM_SCHEMA)


def articles_table(articles: Iterable[Article]) -> pa.Table:
    """Articles as rows of the dataset's article schema."""
    return table([a.model_dump() for a in articles], ARTICLE_SCHEMA)


def umask_mode(path: Path) -> None:
    """Give a file made by ``mkstemp`` (0600) the mode a plain ``open`` would have."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


@dataclass
class Written:
    """What an append wrote and what it found already there."""

    articles: int = 0
    claims: int = 0
    known_articles: int = 0
    known_claims: int = 0


class DatasetWriter:
    """Append articles and their claims to a dataset folder (see the module docstring)."""

    def __init__(self, root: Path, flush_rows: int = FLUSH_ROWS) -> None:
        self.root = root
        self.flush_rows = flush_rows
        self.written = Written()
        self._articles: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._claims: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._article_tables: dict[str, list[pa.Table]] = defaultdict(list)
        self._claim_tables: dict[str, list[pa.Table]] = defaultdict(list)
        self._buffered = 0
        self._lock: int | None = None

    def __enter__(self) -> DatasetWriter:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._lock = os.open(self.root / ".lock", os.O_CREAT | os.O_RDWR, 0o666)
        except OSError as exc:
            raise InputError(f"{self.root}: cannot write the dataset: {exc.strerror}") from None
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.flush()  # what was read is kept, whatever stopped the run
        finally:
            if self._lock is not None:
                fcntl.flock(self._lock, fcntl.LOCK_UN)
                os.close(self._lock)
                self._lock = None

    def add(self, article: Article, claims: list[Claim]) -> None:
        """Buffer one article and its claims (as rows: tables are built per write)."""
        month = month_of(article.published)
        self._articles[month].append(article.model_dump())
        rows = self._claims[month]
        rows += ({**c.model_dump(), "text_hash": article.text_hash} for c in claims)
        self._grown(1 + len(claims))

    def add_tables(self, articles: pa.Table, claims: pa.Table) -> None:
        """Buffer tables of the dataset's schemas (as extraction workers send them)."""
        for month, part in _by_month(articles, articles.column("published")):
            self._article_tables[month].append(part)
        for month, part in _by_month(claims, claims.column("published")):
            self._claim_tables[month].append(part)
        self._grown(articles.num_rows + claims.num_rows)

    def _grown(self, rows: int) -> None:
        self._buffered += rows
        if self._buffered >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        """Write what is buffered: one new part file per partition and table."""
        months = {*self._articles, *self._claims, *self._article_tables, *self._claim_tables}
        for month in sorted(months):
            articles = _concat(
                [
                    table(self._articles.pop(month, []), ARTICLE_SCHEMA),
                    *self._article_tables.pop(month, []),
                ],
                ARTICLE_SCHEMA,
            )
            claims = _concat(
                [
                    table(self._claims.pop(month, []), CLAIM_SCHEMA),
                    *self._claim_tables.pop(month, []),
                ],
                CLAIM_SCHEMA,
            )
            added = self._append(ARTICLES, month, articles, ("id", "text_hash"))
            self.written.articles += added
            self.written.known_articles += articles.num_rows - added
            added = self._append(CLAIMS, month, claims, ("id", "text_hash"))
            self.written.claims += added
            self.written.known_claims += claims.num_rows - added
        self._buffered = 0

    def _append(self, name: str, month: str, rows: pa.Table, key: tuple[str, ...]) -> int:
        """Write the rows not yet in the partition; how many were written."""
        if rows.num_rows == 0:
            return 0
        folder = self.root / name / f"{PARTITION}={month}"
        keys = _keys(rows, key)
        first = pc.equal(pc.index_in(keys, value_set=keys), pa.array(range(len(keys)), pa.int32()))
        fresh = pc.invert(pc.is_in(keys, value_set=_existing(folder, key)))
        rows = rows.filter(pc.and_(first, fresh))
        if rows.num_rows:
            _write_part(folder, rows)
        return int(rows.num_rows)


def _by_month(rows: pa.Table, published: pa.ChunkedArray) -> list[tuple[str, pa.Table]]:
    """The rows split by publication month."""
    if rows.num_rows == 0:
        return []
    months = [month_of(p) for p in published.to_pylist()]
    if len(set(months)) == 1:
        return [(months[0], rows)]
    column = pa.array(months)
    return [(m, rows.filter(pc.equal(column, m))) for m in sorted(set(months))]


def _concat(parts: list[pa.Table], schema: pa.Schema) -> pa.Table:
    if not parts:
        return schema.empty_table()
    return pa.concat_tables(parts).combine_chunks()


def _keys(rows: pa.Table, key: tuple[str, ...]) -> pa.Array:
    columns: list[Any] = [rows.column(k).cast(pa.string()).fill_null("") for k in key]
    return pc.binary_join_element_wise(*columns, KEY_SEPARATOR).combine_chunks()


def _existing(folder: Path, key: tuple[str, ...]) -> pa.Array:
    """The keys of the rows already in a partition (read column by column, not whole)."""
    parts = [_keys(pq.read_table(p, columns=list(key)), key) for p in _parts(folder)]
    return pa.concat_arrays(parts) if parts else pa.array([], pa.string())


def _parts(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith("."))


def _write_part(folder: Path, rows: pa.Table) -> Path:
    """Write a part file atomically: hidden temporary file, fsync, rename, fsync folder."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"part-{uuid.uuid4().hex}.parquet"
    temp = folder / f".{name}.tmp"
    try:
        with temp.open("wb") as handle:
            pq.write_table(rows, handle, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, folder / name)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return folder / name


def read_table(root: Path, name: str = CLAIMS) -> pa.Table:
    """A whole table of a dataset (for tests and small datasets)."""
    import pyarrow.dataset as ds

    schema = CLAIM_SCHEMA if name == CLAIMS else ARTICLE_SCHEMA
    folder = root / name
    if not folder.is_dir():
        return schema.empty_table()
    return ds.dataset(folder, format="parquet", partitioning="hive").to_table()
