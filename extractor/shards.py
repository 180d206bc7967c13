"""Extraction inputs as shards: pieces of input a worker reads on its own.

A corpus folder is cut into runs of ``meta.jsonl`` lines, a JSONL file of article records
into runs of lines, a web archive is one shard (a gzip stream cannot be entered in the
middle without an index), and lone ``.txt``/``.html`` files are one shard each. A shard
is a small description (path and line range), so it travels to a worker for nothing and
the worker reads the articles itself. Read one after another, the shards of some paths
give the same articles in the same order as reading the paths whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from extractor.corpus import META_FILE, ArticleError
from extractor.errors import CryptoClaimsError
from extractor.ingest.page_filter import PageFilter
from extractor.models import Article

SHARD_ARTICLES = 100  # articles a shard holds: a few seconds of work, worth a task
ARTICLE_RECORD_SUFFIXES = (".jsonl",)
Kind = Literal["corpus", "records", "warc", "file"]


@dataclass(frozen=True)
class LoneFileMeta:
    """Metadata the command line gives a lone file."""

    url: str | None = None
    publisher: str | None = None
    published: datetime | None = None


@dataclass(frozen=True)
class Shard:
    """A piece of input: a path, its kind, and (corpus and records) a range of lines."""

    path: Path
    kind: Kind
    lines: range | None = None
    offset: int = 0  # byte offset of the first line of ``lines`` (records)
    meta: LoneFileMeta = LoneFileMeta()

    def __str__(self) -> str:
        if self.lines is None:
            return str(self.path)
        return f"{self.path}:{self.lines.start}-{self.lines.stop - 1}"


def kind_of(path: Path) -> Kind:
    """What kind of input a path is."""
    from extractor.ingest.warc import is_warc

    if path.is_dir() or path.name == META_FILE:
        return "corpus"
    if is_warc(path):
        return "warc"
    if path.suffix.lower() in ARTICLE_RECORD_SUFFIXES:
        return "records"
    return "file"


def plan(
    paths: Iterable[Path], size: int | None = SHARD_ARTICLES, meta: LoneFileMeta | None = None
) -> list[Shard]:
    """The shards of the paths, in input order (``size`` None: a folder or file whole)."""
    shards: list[Shard] = []
    for path in paths:
        kind = kind_of(path)
        if kind == "corpus":
            folder = path if path.is_dir() else path.parent
            shards += _line_shards(folder, folder / META_FILE, "corpus", size)
        elif kind == "records":
            shards += _line_shards(path, path, "records", size)
        else:
            shards.append(Shard(path, kind, meta=meta or LoneFileMeta()))
    return shards


def _line_shards(path: Path, lines_of: Path, kind: Kind, size: int | None) -> list[Shard]:
    """Runs of ``size`` lines (a file that cannot be read is one shard: its error). A corpus
    that uses an id twice stays whole, so the second use is reported as on one machine."""
    starts: list[tuple[int, int]] = []  # (line number, byte offset) of each run
    ids: set[str] = set()
    repeated = False
    offset = count = 0
    try:
        with lines_of.open("rb") as handle:
            for count, line in enumerate(handle, start=1):
                if size is not None and count % size == 1 % size:
                    starts.append((count, offset))
                offset += len(line)
                if kind == "corpus" and size is not None and not repeated:
                    repeated = _seen_again(line, ids)
    except OSError:
        return [Shard(path, kind)]
    if size is None or repeated:
        return [Shard(path, kind, range(1, count + 1))] if count else []
    return [Shard(path, kind, range(n, min(n + size, count + 1)), at) for n, at in starts]


def _seen_again(line: bytes, ids: set[str]) -> bool:
    """Whether a ``meta.jsonl`` line names an id an earlier line named."""
    try:
        record = json.loads(line)
    except ValueError:
        return False
    article_id = record.get("id") if isinstance(record, dict) else None
    if not isinstance(article_id, str):
        return False
    if article_id in ids:
        return True
    ids.add(article_id)
    return False


def read_shard(
    shard: Shard, page_filter: PageFilter | None = None
) -> Iterator[Article | ArticleError]:
    """The articles of one shard, in order; what cannot be read comes out as ArticleError."""
    if shard.kind == "corpus":
        yield from _corpus(shard)
    elif shard.kind == "records":
        yield from _records(shard)
    elif shard.kind == "warc":
        from extractor.ingest.warc import read_articles as warc_articles

        yield from warc_articles([shard.path], page_filter)
    else:
        yield _lone_file(shard)


def read_inputs(
    paths: Iterable[Path], page_filter: PageFilter | None = None, meta: LoneFileMeta | None = None
) -> Iterator[Article | ArticleError]:
    """Every article of the paths, each folder or file whole (the single-machine reader)."""
    for shard in plan(paths, size=None, meta=meta):
        yield from read_shard(shard, page_filter)


def _lone_file(shard: Shard) -> Article | ArticleError:
    from extractor.corpus import article_from_file

    m, path = shard.meta, shard.path
    try:
        return article_from_file(path, url=m.url, publisher=m.publisher, published=m.published)
    except CryptoClaimsError as exc:
        return ArticleError(str(path), str(exc).removeprefix(f"{path}: "))


def _corpus(shard: Shard) -> Iterator[Article | ArticleError]:
    from extractor.corpus import load_corpus

    try:
        yield from load_corpus(shard.path, shard.lines)
    except CryptoClaimsError as exc:
        yield ArticleError(str(shard.path), str(exc).removeprefix(f"{shard.path}: "))


def _records(shard: Shard) -> Iterator[Article | ArticleError]:
    """Article records of a JSONL file (an export of the ``articles`` table will do: the
    fields an Article does not have are left out)."""
    lines = shard.lines or range(1, 1 << 62)
    try:
        handle = shard.path.open("rb")
    except OSError as exc:
        yield ArticleError(str(shard.path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        handle.seek(shard.offset)
        for lineno, raw in zip(lines, handle, strict=False):
            yield from _record(raw, f"{shard.path}:{lineno}", first=lineno == 1)


def _record(raw: bytes, where: str, first: bool) -> Iterator[Article | ArticleError]:
    """The article of one JSONL line (nothing for a blank line)."""
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        yield ArticleError(where, f"not valid UTF-8 at byte {exc.start}")
        return
    if line.strip():
        yield _article(line, where)


def _article(line: str, where: str) -> Article | ArticleError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return ArticleError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return ArticleError(where, "expected a JSON object (an article record)")
    fields = {k: v for k, v in record.items() if k in Article.model_fields}
    try:
        return Article.model_validate(fields)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        return ArticleError(where, f"invalid article: {field}: {error['msg']}")
