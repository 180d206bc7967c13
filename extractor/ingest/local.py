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
from extractor.store import Failure, Store

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
        c = self.counts
        head = (
            f"files: stored {c['stored']}, updated {c['updated']}, unchanged {c['unchanged']}, "
            f"syndicated copies {c['duplicate']}; claims stored {c['claims']}; "
            f"failed {len(self.failures)}"
        )
        rows = [f"  {f.stage:<10} {f.url}: {f.reason}" for f in self.failures]
        return [head, *rows, *self.undated_lines()]


def ingest_paths(store: Store, paths: Sequence[Path], extract: Extract | None) -> LocalReport:
    """Store the articles of ``paths`` (with their claims unless ``extract`` is None)."""
    report = LocalReport(store.start_run())
    for item in local_articles(paths):
        if isinstance(item, ArticleError):
            _fail(store, report, item.where, "read", item.reason)
            continue
        try:
            claims = extract(item) if extract else []
        except Exception as exc:  # one article's extraction bug must not end the run
            _fail(store, report, item.id, "extract", f"{type(exc).__name__}: {exc}")
            continue
        saved = store.save_article(item, claims, extracted=extract is not None)
        report.counts[saved.outcome] += 1
        if saved.outcome in ("stored", "updated"):
            report.counts["claims"] += len(claims)
            if item.published is None:
                report.undated.append(item.url or item.id)
    store.finish_run(report.run_id, {**report.counts, "failed": len(report.failures)})
    return report


def _fail(store: Store, report: RunReport, where: str, stage: str, reason: str) -> None:
    failure = Failure(report.run_id, where, stage, reason, None)
    report.failures.append(failure)
    store.record_failure(failure)
