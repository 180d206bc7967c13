"""Where audit input comes from: corpus folders, article files, claims/article JSONL, stores.

Each kind of input is an :class:`AuditSource`, read in two passes so that claims are never
all held at once. ``scan`` learns the articles (their texts to extract, or what is known of
them), the ids of the articles that came with claims, and the input's errors; ``claims``
then reads the claims again, one at a time, for the audit to take in as a stream.
:func:`source_for_path` picks a source by a path's kind, suffix and content, and
:func:`gather` scans every source and gives one stream: each source's claims, then the
claims of the articles that came without any, extracted as they are reached.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from pydantic import ValidationError

from extractor import jsonio
from extractor.audit.records import ArticleInfo, AuditInput
from extractor.corpus import HTML_SUFFIXES, META_FILE, ArticleError, read_articles, read_text
from extractor.errors import InputError
from extractor.models import Article, Claim
from extractor.progress import Progress, Silent

RECORD_SUFFIXES = {".jsonl", ".json"}
TEXT_SUFFIXES = {".txt", *HTML_SUFFIXES}


class AuditSource(Protocol):
    """Anything that yields claims and articles to audit."""

    def scan(self, into: AuditInput) -> None:
        """Learn the articles, the ids of articles with claims, and bad articles (``errors``);
        unusable input raises InputError."""
        ...

    def claims(self) -> Iterator[Claim]:
        """The claims, one at a time (after ``scan``)."""
        ...


@dataclass(frozen=True)
class ArticlePaths:
    """A corpus folder (or its ``meta.jsonl``) or one ``.txt``/``.html`` article: articles to
    extract, read by the project's one article reader."""

    path: Path

    def scan(self, into: AuditInput) -> None:
        for item in read_articles([self.path]):
            if isinstance(item, ArticleError):
                into.errors.append(item)
            else:
                into.pending.append(item)

    def claims(self) -> Iterator[Claim]:
        return iter(())


@dataclass
class RecordsFile:
    """JSONL (one record a line) or JSON (a record or a list) of Claim and Article records.

    JSONL is read line by line, twice: the scan keeps a claim id and a number per claim
    (to refuse one id given twice with other contents), the second pass validates and
    yields the claims. ``-`` is JSONL on stdin, spooled to a temporary file to be read twice.
    """

    path: Path
    _spool: IO[bytes] | None = field(default=None, init=False, repr=False)

    def scan(self, into: AuditInput) -> None:
        first: dict[str, tuple[int, int]] = {}  # claim id → (record number, content hash)
        for number, (where, record) in enumerate(self._records()):
            if _is_claim(record):
                into.claimed.add(str(record["article_id"]))
                digest = hash(json.dumps(record, sort_keys=True))
                seen = first.setdefault(str(record["id"]), (number, digest))
                if seen[1] != digest:
                    raise InputError(
                        f"{where}: duplicate claim id {record['id']!r} with another content "
                        f"(first at {self._where(seen[0])})"
                    )
                continue
            article = _article(record, where)
            if article is not None:
                into.pending.append(article)

    def claims(self) -> Iterator[Claim]:
        for where, record in self._records():
            if _is_claim(record):
                yield _claim(record, where)

    def _records(self) -> Iterator[tuple[str, Any]]:
        """Each JSON record of the file with where it stands (``path:line`` or ``path[i]``)."""
        if str(self.path) == "-":
            yield from _lines(self._stdin(), Path("stdin.jsonl"))
            return
        if self.path.suffix.lower() == ".jsonl":
            with _open(self.path) as handle:
                yield from _lines(handle, self.path)
            return
        document = jsonio.loads(read_text(self.path), str(self.path))
        items = document if isinstance(document, list) else [document]
        for index, item in enumerate(items):
            yield f"{self.path}[{index}]", item

    def _where(self, number: int) -> str:
        """Where the ``number``-th record stands (read again: only for an error message)."""
        for index, (where, _) in enumerate(self._records()):
            if index == number:
                return where
        return str(self.path)

    def _stdin(self) -> IO[bytes]:
        """Standard input, copied once to a temporary file and rewound on each read."""
        if self._spool is None:
            self._spool = tempfile.TemporaryFile()  # noqa: SIM115 (kept open for the second read)
            shutil.copyfileobj(sys.stdin.buffer, self._spool)
        self._spool.seek(0)
        return self._spool


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def _lines(handle: IO[bytes], path: Path) -> Iterator[tuple[str, Any]]:
    """The records of a JSONL stream, one a line, with ``path:line``."""
    for lineno, raw in enumerate(handle, start=1):
        where = f"{path}:{lineno}"
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: not valid UTF-8 at byte {exc.start}") from None
        if line.strip():
            yield where, jsonio.loads(line, where)


@dataclass(frozen=True)
class StoreDatabase:
    """The SQLite store ``ingest`` fills: its claims, and its articles for their texts
    (articles stored without claims are extracted)."""

    path: Path

    def scan(self, into: AuditInput) -> None:
        from extractor.store import claimed_article_ids, load_articles

        into.pending.extend(load_articles(self.path))
        into.claimed |= claimed_article_ids(self.path)

    def claims(self) -> Iterator[Claim]:
        from extractor.store import stream_claims

        return stream_claims(self.path)


def _is_claim(record: Any) -> bool:
    return (
        isinstance(record, dict)
        and "quote" in record
        and "id" in record
        and (isinstance(record.get("article_id"), str))
    )


def _article(record: Any, where: str) -> Article | None:
    """An article record (it has a ``text``), validated; a claim record is validated later."""
    if not isinstance(record, dict) or not ({"quote", "text"} & record.keys()):
        raise InputError(f"{where}: neither a claim (no 'quote') nor an article (no 'text')")
    if "quote" in record:
        _claim(record, where)  # an invalid claim (no id, no article): its error now
        return None
    return _validated_article(record, where)


def _claim(record: dict[str, Any], where: str) -> Claim:
    try:
        return Claim.model_validate(record)
    except ValidationError as exc:
        raise _invalid(exc, where) from None


def _validated_article(record: dict[str, Any], where: str) -> Article:
    try:
        return Article.model_validate(record)
    except ValidationError as exc:
        raise _invalid(exc, where) from None


def _invalid(exc: ValidationError, where: str) -> InputError:
    """The first problem of a record, naming where it stands."""
    error = exc.errors()[0]
    field_name = ".".join(str(p) for p in error["loc"]) or "record"
    return InputError(f"{where}: {field_name}: {error['msg']}")


def source_for_path(path: Path) -> AuditSource:
    """The kind of input a path is: corpus folder, article file, or JSON(L) records."""
    if str(path) == "-":
        return RecordsFile(path)
    if path.is_dir() or path.name == META_FILE:
        return ArticlePaths(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        return RecordsFile(path)
    if suffix in TEXT_SUFFIXES:
        return ArticlePaths(path)
    raise InputError(
        f"{path}: not a corpus folder, an article (.txt, .html) or records (.jsonl, .json)"
    )


def gather(sources: Iterable[AuditSource], progress: Progress | None = None) -> AuditInput:
    """Every source scanned; ``claims`` of the result streams their claims, then those of the
    articles that came without any (extracted as the stream reaches them). Read the stream
    once; the articles known only from their claims join ``articles`` as it is read."""
    data = AuditInput()
    sources = list(sources)
    for source in sources:
        source.scan(data)
    unique = _unique_articles(data)
    known = set(unique)
    for article in data.pending:
        data.add_article(ArticleInfo.from_article(article))
    pending = [a for a in data.pending if a.id not in data.claimed]
    data.pending = []
    _report_claims_of_unknown_articles(data, known)
    data.claims = _stream(data, sources, known, pending, progress or Silent())
    return data


def _stream(
    data: AuditInput,
    sources: list[AuditSource],
    known: set[str],
    pending: list[Article],
    progress: Progress,
) -> Iterator[Claim]:
    for source in sources:
        for claim in source.claims():
            if known and claim.article_id not in known:
                continue  # reported by the scan
            if claim.article_id not in data.articles:
                data.articles[claim.article_id] = ArticleInfo.from_claim(claim)
            yield claim
    yield from _extract(data, pending, progress)


def _unique_articles(data: AuditInput) -> dict[str, Article]:
    """One article per id; a second article with that id and another text is an error."""
    unique: dict[str, Article] = {}
    for article in data.pending:
        first = unique.setdefault(article.id, article)
        if first.text_hash != article.text_hash:
            data.errors.append(
                ArticleError(
                    article.id, "article id given twice with different texts; the first kept"
                )
            )
    data.pending = list(unique.values())
    return unique


def _report_claims_of_unknown_articles(data: AuditInput, known: set[str]) -> None:
    """When articles are given, claims of none of them are reported (and left out)."""
    if not known:
        return  # claims alone: their own publisher and sentence describe their article
    for article_id in sorted(data.claimed - known):
        data.errors.append(
            ArticleError(article_id, "claims of an article that is not among the articles given")
        )


def _extract(data: AuditInput, articles: list[Article], progress: Progress) -> Iterator[Claim]:
    """Claims of articles read without any, by the project's extractor."""
    if not articles:
        return
    from extractor.claims import extract_many

    progress.phase("extract", len(articles))
    for article, result in zip(articles, extract_many(articles), strict=False):
        if isinstance(result, ArticleError):
            data.errors.append(result)
            progress.advance(article.id, "failed")
        else:
            progress.advance(article.id, f"{len(result)} claims")
            yield from result
