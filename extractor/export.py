"""Export a table of the store as JSONL, CSV or Parquet, written atomically.

The file is written to a temporary file in the target's folder, flushed and fsynced,
then renamed over the target: a reader (or a crash) sees the old file or the new one,
never half of one. A temporary file left by an export that was killed (its process is
gone) is removed by the next export to the same target. ``-`` writes to stdout instead.
CSV cells that a spreadsheet would run as a formula (text from the web starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) are written with a leading ``'``
(OWASP's advice), so opening an export never executes anything. Tables: ``claims``
(every Claim field), ``articles`` (the stored article with its fetched URL) and
``findings`` (the audit of the stored claims).
"""

from __future__ import annotations

import csv
import glob
import itertools
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from extractor.errors import InputError
from extractor.models import Article, Claim, Finding
from extractor.store import Store

if TYPE_CHECKING:
    import pyarrow as pa

Table = Literal["claims", "articles", "findings"]
Format = Literal["jsonl", "csv", "parquet"]
TABLES: tuple[Table, ...] = ("claims", "articles", "findings")
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
PART_SUFFIX = ".part"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SUFFIX_FORMATS: dict[str, Format] = {"jsonl": "jsonl", "csv": "csv", "parquet": "parquet"}
ARTICLE_FIELDS = (
    *("id", "url", "fetched_url", "publisher", "title", "author", "published", "updated"),
    *("event", "text_hash", "stored_at", "text"),
)
ARTICLE_EXPORT = (
    f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles ORDER BY published IS NULL, published, id"
)


def columns(table: Table) -> list[str]:
    """The columns of an exported table, in order."""
    if table == "claims":
        return list(Claim.model_fields)
    if table == "findings":
        return list(Finding.model_fields)
    return list(ARTICLE_FIELDS)


def table_rows(store: Store, table: Table) -> Iterator[dict[str, Any]]:
    """The rows of a table as JSON-ready dicts."""
    if table == "claims":
        yield from store.claim_rows()
    elif table == "articles":
        yield from store.rows(ARTICLE_EXPORT)
    else:
        yield from _findings(store)


def _findings(store: Store) -> Iterator[dict[str, Any]]:
    """The audit of the stored claims (articles give publishers, dates and texts)."""
    from extractor.audit.engine import audit
    from extractor.audit.records import ArticleInfo

    articles = {a.id: ArticleInfo.from_article(a) for a in store.articles()}
    for finding in audit(store.claims(), articles).findings:
        yield finding.model_dump(mode="json")


def export(store: Store, table: Table, fmt: Format, output: Path) -> int:
    """Write ``table`` to ``output`` in ``fmt`` atomically; the number of rows written."""
    if table not in TABLES:
        raise InputError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    rows = table_rows(store, table)
    names = columns(table)
    if str(output) == "-":
        return _to_stdout(fmt, rows, names)
    if fmt == "jsonl":
        return write_atomic(output, lambda f: _jsonl(f, rows), binary=False)
    if fmt == "csv":
        return write_atomic(output, lambda f: _csv(f, rows, names), binary=False)
    if fmt == "parquet":
        return write_atomic(output, lambda f: _parquet(f, rows, names), binary=True)
    raise InputError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def _to_stdout(fmt: Format, rows: Iterable[dict[str, Any]], names: list[str]) -> int:
    if fmt == "parquet":
        count = _parquet(sys.stdout.buffer, rows, names)
        sys.stdout.buffer.flush()
        return count
    if fmt == "csv":
        return _csv(sys.stdout, rows, names)
    return _jsonl(sys.stdout, rows)


def format_of(path: Path) -> Format | None:
    """The format a file name asks for by its suffix (None when it names none)."""
    suffix = path.suffix.lower().lstrip(".")
    return SUFFIX_FORMATS.get(suffix)


def write_atomic(path: Path, write: Callable[[IO[Any]], int], *, binary: bool) -> int:
    """Run ``write`` on a temporary file beside ``path``, fsync it, rename it over ``path``.
    The file gets the mode a plain ``open`` would give it (the user's umask)."""
    from extractor.dataset import umask_mode

    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(path)
    prefix = f".{path.name}.{os.getpid()}."
    fd, temp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=PART_SUFFIX)
    try:
        umask_mode(Path(temp))
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline=None if binary else "") as handle:
            count = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    return count


def remove_stale_parts(path: Path) -> list[Path]:
    """Remove temporary files of earlier exports to ``path`` whose process is gone."""
    removed = []
    for part in path.parent.glob(f".{glob.escape(path.name)}.*{PART_SUFFIX}"):
        pid = part.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue  # an export running right now
        part.unlink(missing_ok=True)
        removed.append(part)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _jsonl(handle: IO[str], rows: Iterable[dict[str, Any]]) -> int:
    count = 0
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv(handle: IO[str], rows: Iterable[dict[str, Any]], names: list[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=names, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
        count += 1
    return count


def _cell(value: Any) -> Any:
    """A CSV cell: nested values (a finding's claims) as JSON text, formulas neutralized."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def _parquet(handle: IO[bytes], rows: Iterable[dict[str, Any]], names: list[str]) -> int:
    """Parquet with the table's explicit schema (see :mod:`extractor.arrow_schema`), written
    in batches so memory does not grow with the table."""
    import pyarrow.parquet as pq

    from extractor.arrow_schema import table

    schema = export_schema(names)
    typed = _typed_rows(rows, names)
    count = 0
    with pq.ParquetWriter(handle, schema) as writer:
        while batch := list(itertools.islice(typed, PARQUET_BATCH)):
            writer.write_table(table(batch, schema))
            count += len(batch)
    return count


PARQUET_BATCH = 10_000


def export_schema(names: list[str]) -> pa.Schema:
    """The Arrow schema of an exported table, from its model."""
    import pyarrow as pa

    from extractor.arrow_schema import TIMESTAMP, model_schema

    if names == columns("claims"):
        return model_schema(Claim)
    if names == columns("findings"):
        return model_schema(Finding)
    known = model_schema(Article, {"fetched_url": pa.string(), "stored_at": TIMESTAMP})
    return pa.schema([known.field(name) for name in names])


def _typed_rows(rows: Iterable[dict[str, Any]], names: list[str]) -> Iterator[dict[str, Any]]:
    """Rows with Python values of their types (dates as dates), validated by their model."""
    if names == columns("claims"):
        return (Claim.model_validate(row).model_dump() for row in rows)
    if names == columns("findings"):
        return (Finding.model_validate(row).model_dump() for row in rows)
    return (_article_row(row) for row in rows)


def _article_row(row: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in row.items() if k in Article.model_fields}
    typed = Article.model_validate(fields).model_dump()
    stored = row.get("stored_at")
    return {**row, **typed, "stored_at": _time(stored) if stored else None}


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
