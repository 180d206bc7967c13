"""Read articles from disk: lone ``.txt``/``.html`` files and corpus folders with ``meta.jsonl``.

:func:`read_articles` reads article paths for ``audit``, ``evaluate`` and ``explain``
through the reader ``extract`` uses (:mod:`extractor.shards`).

Errors name the file (and line) and the reason. Loading a corpus yields an
:class:`ArticleError` for each bad line or file instead of stopping, so one bad
article never hides the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor import jsonio
from extractor.errors import CorpusError, ExtractionError, InputError
from extractor.ingest.decoding import GZIP_MAGIC, unpack
from extractor.models import Article

META_FILE = "meta.jsonl"
HTML_SUFFIXES = {".html", ".htm"}


@dataclass(frozen=True)
class ArticleError:
    """An article that could not be loaded, and why (the message names file and line)."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


MAX_UNPACKED_BYTES = 64 * 1024 * 1024  # a saved page is far smaller; a bomb is not read


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, unpacked when it is gzip ("page.html.gz", as saved by
    crawlers and archive tools), naming the file on failure."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    return _gunzip(data, path) if data.startswith(GZIP_MAGIC) else data


def _gunzip(data: bytes, path: Path) -> bytes:
    """A saved ``.gz`` file's bytes, every member of it, at most ``MAX_UNPACKED_BYTES``."""
    return unpack(
        data, "gzip", MAX_UNPACKED_BYTES, lambda why: InputError(f"{path}: {why}"), "gzip file"
    )


def unpacked_name(path: Path) -> Path:
    """The name a gzip file had before packing ("page.html.gz" -> "page.html")."""
    return path.with_suffix("") if path.suffix.lower() == ".gz" else path


def read_text(path: Path) -> str:
    """Read a text file as UTF-8 (BOM tolerated), naming the file on failure."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 at byte {exc.start} ({data[exc.start : exc.start + 1]!r})"
        ) from None


def parse_published(value: Any, where: str) -> datetime | None:
    """An ISO date or datetime (or null) from metadata."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise CorpusError(f"{where}: 'published' must be an ISO date string, got {value!r}")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise CorpusError(f"{where}: 'published' is not an ISO date: {value!r}") from None


def article_from_text(
    raw: str,
    article_id: str,
    *,
    html: bool = False,
    url: str | None = None,
    publisher: str | None = None,
    published: datetime | None = None,
) -> Article:
    """An Article from text already read (stdin): plain text, or an HTML page."""
    if html:
        from extractor.ingest.html import parse_article

        parsed = parse_article(raw, url=url, article_id=article_id)
        return parsed.model_copy(
            update={
                "url": url or parsed.url,
                "publisher": publisher or parsed.publisher,
                "published": published or parsed.published,
            }
        )
    return Article(id=article_id, url=url, publisher=publisher, published=published, text=raw)


def article_from_file(
    path: Path,
    *,
    article_id: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: datetime | None = None,
    title: str | None = None,
    event: str | None = None,
) -> Article:
    """Build an Article from a ``.txt`` or ``.html`` file; metadata given wins over the page's.

    An HTML file is decoded as a fetched page is (BOM, UTF-8, ``<meta charset>``, then
    detection), so a saved windows-1252 page reads the same from disk as from the web.
    """
    name = unpacked_name(path)
    if name.suffix.lower() in HTML_SUFFIXES:
        from extractor.ingest.html import parse_article

        try:
            parsed = parse_article(read_bytes(path), url=url, article_id=article_id or name.stem)
        except ExtractionError as exc:
            where = f"{url or article_id or name.stem}: "
            raise InputError(f"{path}: {str(exc).removeprefix(where)}") from None
        return parsed.model_copy(
            update={
                "id": article_id or parsed.id,
                "url": url or parsed.url,
                "publisher": publisher or parsed.publisher,
                "published": published or parsed.published,
                "published_source": "given" if published else parsed.published_source,
                "title": title or parsed.title,
                "event": event,
            }
        )
    raw = read_text(path)
    return Article(
        id=article_id or name.stem,
        url=url,
        publisher=publisher,
        published=published,
        published_source="given" if published else None,
        title=title,
        text=raw,
        event=event,
    )


def _meta_lines(
    folder: Path, lines: range | None = None
) -> Iterator[tuple[str, dict[str, Any] | ArticleError]]:
    meta = folder / META_FILE
    if not meta.is_file():
        raise CorpusError(f"{folder}: not a corpus folder (no {META_FILE})")
    for lineno, line in enumerate(read_text(meta).splitlines(), start=1):
        if lines is not None and lineno not in lines:
            continue
        where = f"{meta}:{lineno}"
        if not line.strip():
            continue
        try:
            record = jsonio.loads(line, where)
        except InputError as exc:
            yield where, ArticleError(where, str(exc).removeprefix(f"{where}: "))
            continue
        if not isinstance(record, dict):
            yield where, ArticleError(where, "expected a JSON object")
            continue
        yield where, record


def load_corpus(folder: Path, lines: range | None = None) -> Iterator[Article | ArticleError]:
    """Articles of a corpus folder in ``meta.jsonl`` order (only the line numbers in
    ``lines``, counted from 1, when given); bad lines become ArticleError.

    An id used twice is an error on the second line (the first article is kept): merging
    two articles silently would attribute one article's claims to the other.
    """
    first_seen: dict[str, str] = {}
    for where, record in _meta_lines(folder, lines):
        if isinstance(record, ArticleError):
            yield record
            continue
        article_id = record.get("id")
        if isinstance(article_id, str) and article_id in first_seen:
            seen = first_seen[article_id]
            yield ArticleError(where, f"duplicate article id {article_id!r} (first at {seen})")
            continue
        try:
            article = _article_from_meta(folder, record, where)
        except InputError as exc:
            # Some messages already start with the meta line; name it once.
            yield ArticleError(where, str(exc).removeprefix(f"{where}: "))
            continue
        first_seen[article.id] = where
        yield article


def _article_from_meta(folder: Path, record: dict[str, Any], where: str) -> Article:
    for key in ("id", "file"):
        if not isinstance(record.get(key), str) or not record[key]:
            raise CorpusError(f"missing or empty '{key}'")
    path = (folder / record["file"]).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise CorpusError(f"'file' points outside the corpus folder: {record['file']!r}")
    try:
        return article_from_file(
            path,
            article_id=record["id"],
            url=record.get("url"),
            publisher=record.get("publisher"),
            published=parse_published(record.get("published"), where),
            title=record.get("title"),
            event=record.get("event"),
        )
    except ValidationError as exc:
        raise CorpusError(f"invalid article: {exc.errors()[0]['msg']}") from None


def read_articles(
    paths: Iterable[Path],
    *,
    url: str | None = None,
    publisher: str | None = None,
    published: datetime | None = None,
) -> Iterator[Article | ArticleError]:
    """Articles of files and corpus folders (a folder, or its ``meta.jsonl``), in order, read
    as ``extract`` reads them (:func:`extractor.shards.read_inputs`); the metadata given
    applies to lone files. What cannot be read comes out as ArticleError."""
    from extractor.shards import LoneFileMeta, read_inputs

    yield from read_inputs(paths, meta=LoneFileMeta(url, publisher, published))
