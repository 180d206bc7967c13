"""Where audit input comes from: corpus folders, article files, claims/article JSONL.

Each kind of input is an :class:`AuditSource` whose ``load()`` gives an
:class:`AuditInput`; :func:`source_for_path` picks one by a path's kind, suffix and
content, and :func:`gather` merges sources and extracts the claims of articles that
came without any. Another kind of input (a database of stored articles and claims)
plugs in as one more ``AuditSource``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

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

    def load(self) -> AuditInput:
        """Read the input; bad articles become ``errors``, unusable input raises InputError."""
        ...


@dataclass(frozen=True)
class ArticlePaths:
    """A corpus folder (or its ``meta.jsonl``) or one ``.txt``/``.html`` article: articles to
    extract, read by the project's one article reader."""

    path: Path

    def load(self) -> AuditInput:
        data = AuditInput()
        for item in read_articles([self.path]):
            if isinstance(item, ArticleError):
                data.errors.append(item)
            else:
                data.pending.append(item)
        return data


@dataclass(frozen=True)
class RecordsFile:
    """JSONL (one record a line) or JSON (a record or a list) of Claim and Article records."""

    path: Path

    def load(self) -> AuditInput:
        data = AuditInput()
        first: dict[str, tuple[str, Any]] = {}
        for where, record in _records(self.path):
            if isinstance(record, dict) and "quote" in record and "id" in record:
                seen = first.setdefault(str(record["id"]), (where, record))
                if seen[0] != where:
                    if seen[1] != record:
                        raise InputError(
                            f"{where}: duplicate claim id {record['id']!r} with another "
                            f"content (first at {seen[0]})"
                        )
                    continue
            _add_record(data, record, where)
        return data


@dataclass(frozen=True)
class StoreDatabase:
    """The SQLite store ``ingest`` fills: its claims, and its articles for their texts
    (articles stored without claims are extracted)."""

    path: Path

    def load(self) -> AuditInput:
        from extractor.store import load_articles, load_claims

        data = AuditInput()
        data.add_claims(load_claims(self.path))
        data.pending.extend(load_articles(self.path))
        return data


def _records(path: Path) -> Iterator[tuple[str, Any]]:
    """Each JSON record of a file with where it stands (``path:line`` or ``path[i]``);
    ``-`` is JSONL on stdin (``extract ... | cryptoclaims audit -``)."""
    if str(path) == "-":
        text = sys.stdin.buffer.read().decode("utf-8-sig", errors="strict")
        path = Path("stdin.jsonl")
    else:
        text = read_text(path)
    if path.suffix.lower() == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield f"{path}:{lineno}", _parse(line, f"{path}:{lineno}")
        return
    document = _parse(text, str(path))
    items = document if isinstance(document, list) else [document]
    for index, item in enumerate(items):
        yield f"{path}[{index}]", item


def _parse(text: str, where: str) -> Any:
    return jsonio.loads(text, where)


def _add_record(data: AuditInput, record: Any, where: str) -> None:
    """A claim (it has a ``quote``) or an article (it has a ``text``), validated."""
    if not isinstance(record, dict) or not ({"quote", "text"} & record.keys()):
        raise InputError(f"{where}: neither a claim (no 'quote') nor an article (no 'text')")
    try:
        if "quote" in record:
            data.add_claims([Claim.model_validate(record)])
        else:
            data.pending.append(Article.model_validate(record))
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"]) or "record"
        raise InputError(f"{where}: {field}: {error['msg']}") from None


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
    """Every source merged; articles that came without claims are extracted."""
    data = AuditInput()
    for source in sources:
        data.merge(source.load())
    unique = _unique_articles(data)
    _drop_claims_of_unknown_articles(data, set(unique) | set(data.articles))
    have_claims = {claim.article_id for claim in data.claims}
    pending = [a for a in unique.values() if a.id not in have_claims]
    for article in data.pending:
        data.add_article(ArticleInfo.from_article(article))
    data.pending = []
    _extract(data, pending, progress or Silent())
    return data.complete()


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


def _drop_claims_of_unknown_articles(data: AuditInput, known: set[str]) -> None:
    """When articles are given, a claim of none of them is reported and left out."""
    if not known:
        return  # claims alone: their own publisher and sentence describe their article
    unknown = dict.fromkeys(c.article_id for c in data.claims if c.article_id not in known)
    for article_id in unknown:
        data.errors.append(
            ArticleError(article_id, "claims of an article that is not among the articles given")
        )
    data.claims = [c for c in data.claims if c.article_id in known]


def _extract(data: AuditInput, articles: list[Article], progress: Progress) -> None:
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
            data.add_claims(result)
            progress.advance(article.id, f"{len(result)} claims")
