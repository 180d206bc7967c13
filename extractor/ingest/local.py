"""Local files into the store: saved ``.txt``/``.html`` articles and corpus folders.

Each article goes through the same :meth:`Store.save_article` as a fetched page, so the
same identity rules hold: the same file again changes nothing, the same text under another
name is a syndicated copy, a changed file replaces its article and claims. A lone file's
article id is its name without the suffix (as ``extract`` names it); an HTML file keeps the
canonical URL the page declares. A file that cannot be read or parsed is a failure of the
run (stage ``read``), and the other files are still stored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from extractor.corpus import META_FILE, ArticleError, article_from_file, load_corpus
from extractor.errors import CryptoClaimsError
from extractor.ingest.run import Extract, RunReport
from extractor.models import Article
from extractor.store import Store

SUFFIXES = frozenset({".txt", ".html", ".htm"})


def local_articles(paths: Sequence[Path]) -> Iterator[Article | ArticleError]:
    """Articles of files, folders of files and corpus folders (with ``meta.jsonl``)."""
    for path in paths:
        if path.name == META_FILE or (path / META_FILE).is_file():
            folder = path if path.is_dir() else path.parent
            try:
                yield from load_corpus(folder)
            except CryptoClaimsError as exc:
                yield ArticleError(str(folder), str(exc).removeprefix(f"{folder}: "))
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
            if not files:
                yield ArticleError(str(path), "no .txt or .html files and no meta.jsonl")
            yield from local_articles(files)
        else:
            try:
                yield article_from_file(path)
            except CryptoClaimsError as exc:
                yield ArticleError(str(path), str(exc).removeprefix(f"{path}: "))


class LocalReport(RunReport):
    """The counts of a run over local files."""

    def lines(self) -> list[str]:
        return [*self.stored_lines("files"), *self.undated_lines()]


def ingest_paths(store: Store, paths: Sequence[Path], extract: Extract | None) -> LocalReport:
    """Store the articles of ``paths`` (with their claims unless ``extract`` is None)."""
    report = LocalReport(store.start_run())
    for item in local_articles(paths):
        if isinstance(item, ArticleError):
            report.fail(store, item.where, "read", item.reason)
        else:
            report.take(store, item, extract, item.id)
    store.finish_run(report.run_id, {**report.counts, "failed": len(report.failures)})
    return report
