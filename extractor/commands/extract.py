"""``cryptoclaims extract``: articles in, claims out as JSONL."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import click

from extractor.commands.options import db_inputs, open_text_output
from extractor.commands.progress import Reporter, output_options
from extractor.corpus import META_FILE, ArticleError, article_from_file, load_corpus
from extractor.errors import CryptoClaimsError, ExitCode, InputError
from extractor.models import Article
from extractor.progress import Progress


def iter_inputs(
    paths: tuple[Path, ...],
    *,
    url: str | None = None,
    publisher: str | None = None,
    published: datetime | None = None,
) -> Iterator[Article | ArticleError]:
    """Articles from files and corpus folders; unreadable ones come out as ArticleError."""
    for path in paths:
        if str(path) == "-":
            yield _stdin_article(url=url, publisher=publisher, published=published)
            continue
        if path.is_dir() or path.name == META_FILE:
            folder = path if path.is_dir() else path.parent
            try:
                yield from load_corpus(folder)
            except CryptoClaimsError as exc:
                yield ArticleError(str(folder), str(exc).removeprefix(f"{folder}: "))
            continue
        try:
            yield article_from_file(path, url=url, publisher=publisher, published=published)
        except CryptoClaimsError as exc:
            yield ArticleError(str(path), str(exc).removeprefix(f"{path}: "))


def _stdin_article(**metadata: Any) -> Article | ArticleError:
    """One article from stdin (``extract -``): text, or HTML when it starts with markup."""
    from extractor.corpus import article_from_text

    try:
        raw = sys.stdin.buffer.read().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ArticleError("stdin", f"not valid UTF-8 at byte {exc.start}")
    try:
        return article_from_text(raw, "stdin", html=raw.lstrip().startswith("<"), **metadata)
    except CryptoClaimsError as exc:
        return ArticleError("stdin", str(exc).removeprefix("stdin: "))


def open_output(output: Path | None) -> contextlib.AbstractContextManager[TextIO]:
    """The output stream: a file (its folder created) or stdout (``-`` too), left open."""
    if output is None or str(output) == "-":
        return contextlib.nullcontext(sys.stdout)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        return output.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror or exc}") from None


def _stored_articles(db: Path) -> list[Article]:
    from extractor.store import load_articles

    return load_articles(db)


@click.command("extract")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_inputs("Extract the articles of a store filled by 'ingest' (repeatable).")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="JSONL file (default: stdout)."
)
@click.option("--published", type=click.DateTime(), help="Publication date of a lone file.")
@click.option("--publisher", help="Publisher of a lone file.")
@click.option("--url", help="URL of a lone file.")
@click.option("--workers", type=int, default=1, show_default=True, help="Worker processes.")
@click.option(
    "--json-summary",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Write the run's summary as JSON to this file ('-': stdout, when -o is a file).",
)
@output_options
def extract_command(
    paths: tuple[Path, ...],
    dbs: tuple[Path, ...],
    output: Path | None,
    published: datetime | None,
    publisher: str | None,
    url: str | None,
    workers: int,
    json_summary: Path | None,
    quiet: bool,
    verbose: bool,
) -> None:
    """Extract claims from .txt/.html files, corpus folders (with meta.jsonl) or stores.

    PATH '-' reads one article from stdin; '-o -' (the default) writes to stdout.
    """
    if not paths and not dbs:
        raise click.UsageError("give at least one PATH or --db")
    if str(json_summary) == "-" and (output is None or str(output) == "-"):
        raise click.UsageError("--json-summary - needs -o FILE: stdout carries the claims")
    tally = _Tally()
    articles = _read_articles(paths, dbs, tally, url=url, publisher=publisher, published=published)
    try:
        stream = open_output(output)
    except InputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ExitCode.ERROR)
    with stream as out, Reporter(quiet=quiet, verbose=verbose) as reporter:
        _write_claims(articles, out, tally, workers, reporter)
    if not quiet:
        click.echo(tally.summary(), err=True)
    if json_summary is not None:
        with open_text_output(json_summary) as handle:
            handle.write(tally.to_json() + "\n")
    if tally.failed and not tally.done:
        sys.exit(ExitCode.ERROR)


@dataclass
class _Tally:
    """What a run wrote and what failed, for the closing line and the exit status."""

    claims: int = 0
    done: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    clock: float = field(default_factory=time.monotonic)

    def fail(self, error: object) -> None:
        click.echo(f"error: {error}", err=True)
        self.failed += 1
        where, _, reason = str(error).partition(": ")
        self.errors.append((where, reason))

    def summary(self) -> str:
        failed = f"; {self.failed} failed" if self.failed else ""
        return f"{self.claims} claims from {self.done} articles{failed}"

    def to_json(self) -> str:
        from extractor.summaries import ExtractSummary, FailureRecord

        return ExtractSummary(
            started=self.started,
            elapsed_seconds=round(time.monotonic() - self.clock, 3),
            articles=self.done,
            claims=self.claims,
            failed=self.failed,
            failures=[FailureRecord(where=w, stage="read", reason=r) for w, r in self.errors],
            succeeded=not (self.failed and not self.done),
        ).model_dump_json(indent=2)


def _read_articles(
    paths: tuple[Path, ...],
    dbs: tuple[Path, ...],
    tally: _Tally,
    **metadata: Any,
) -> list[Article]:
    """Every readable article of the paths and stores; the unreadable ones are reported."""
    articles: list[Article] = []
    for item in iter_inputs(paths, **metadata):
        if isinstance(item, ArticleError):
            tally.fail(item)
        else:
            articles.append(item)
    for db in dbs:
        try:
            articles.extend(_stored_articles(db))
        except CryptoClaimsError as exc:
            tally.fail(exc)
    return articles


def _write_claims(
    articles: list[Article], out: TextIO, tally: _Tally, workers: int, progress: Progress
) -> None:
    """Claims as JSON lines, article by article; a failing article is reported and skipped."""
    from extractor.claims import extract_many

    progress.phase("extract", len(articles))
    for article, result in zip(articles, extract_many(articles, workers=workers), strict=True):
        if isinstance(result, ArticleError):
            tally.fail(result)
            progress.advance(article.id, "failed")
            continue
        tally.done += 1
        for claim in result:
            out.write(claim.model_dump_json() + "\n")
            tally.claims += 1
        progress.advance(article.id, f"{len(result)} claims")
