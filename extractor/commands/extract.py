"""``cryptoclaims extract``: articles in, claims out as JSONL."""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from extractor.commands.options import (
    PageFilterOptions,
    db_inputs,
    open_text_output,
    warc_filter_options,
)
from extractor.commands.progress import Reporter, output_options
from extractor.corpus import ArticleError
from extractor.errors import CryptoClaimsError, ExitCode, InputError
from extractor.models import Article
from extractor.progress import Progress

if TYPE_CHECKING:
    from extractor.dataset import DatasetWriter
    from extractor.ingest.page_filter import PageFilter
    from extractor.shards import LoneFileMeta, Shard


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
@click.option(
    "--dataset",
    type=click.Path(file_okay=False, path_type=Path),
    help="Append articles and claims to this Parquet dataset folder (no JSONL unless -o).",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="SCHEDULER|local",
    help="Extract on a Dask cluster: the scheduler's address (tcp://host:8786), or 'local' "
    "for a cluster of this machine's cores.",
)
@warc_filter_options
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
    dataset: Path | None,
    dask_address: str | None,
    page_filter: PageFilterOptions,
    quiet: bool,
    verbose: bool,
) -> None:
    """Extract claims from .txt/.html files, corpus folders (with meta.jsonl), JSONL article
    records, web archives (.warc, .warc.gz) or stores.

    PATH '-' reads one article from stdin; '-o -' (the default) writes to stdout.
    """
    if not paths and not dbs:
        raise click.UsageError("give at least one PATH or --db")
    if str(json_summary) == "-" and (output is None or str(output) == "-"):
        raise click.UsageError("--json-summary - needs -o FILE: stdout carries the claims")
    if dask_address and (dbs or any(str(p) == "-" for p in paths)):
        raise click.UsageError(
            "--dask reads PATHs (corpus folders, JSONL, WARC files), not --db or -"
        )
    from extractor.dataset import DatasetWriter
    from extractor.shards import LoneFileMeta

    keep = page_filter.build()
    metadata = LoneFileMeta(url=url, publisher=publisher, published=published)
    tally = _Tally()
    try:
        stream = open_output(output if output or not dataset else Path(os.devnull))
        sink = DatasetWriter(dataset) if dataset else contextlib.nullcontext(None)
        with stream as out, sink as writer, Reporter(quiet=quiet, verbose=verbose) as reporter:
            if dask_address:
                _extract_on_dask(dask_address, paths, keep, metadata, out, tally, writer)
            else:
                total, articles = _read_articles(paths, dbs, tally, keep, metadata)
                _write_claims(articles, total, out, tally, workers, reporter, writer)
    except InputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ExitCode.ERROR)
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
    page_filter: PageFilter,
    metadata: LoneFileMeta,
) -> tuple[int, Iterator[Article]]:
    """About how many articles there are, and every readable article of the paths and
    stores, read as extraction goes (memory does not grow with the input); the unreadable
    ones are reported as they come."""
    from extractor.shards import plan

    shards = [plan([p], size=None, meta=metadata) if str(p) != "-" else [] for p in paths]
    stored = []
    for db in dbs:
        try:
            stored.extend(_stored_articles(db))
        except CryptoClaimsError as exc:
            tally.fail(exc)
    total = sum(_size(s) for run in shards for s in run) + sum(str(p) == "-" for p in paths)

    def articles() -> Iterator[Article]:
        from extractor.shards import read_shard

        for path, run in zip(paths, shards, strict=True):
            items: Iterable[Article | ArticleError]
            if str(path) == "-":
                items = [
                    _stdin_article(
                        url=metadata.url, publisher=metadata.publisher, published=metadata.published
                    )
                ]
            else:
                items = (item for shard in run for item in read_shard(shard, page_filter))
            for item in items:
                if isinstance(item, ArticleError):
                    tally.fail(item)
                else:
                    yield item
        yield from stored

    return total + len(stored), articles()


def _size(shard: Shard) -> int:
    return len(shard.lines) if shard.lines is not None else 1


def _write_claims(
    articles: Iterable[Article],
    total: int,
    out: TextIO,
    tally: _Tally,
    workers: int,
    progress: Progress,
    dataset: DatasetWriter | None = None,
) -> None:
    """Claims as JSON lines (and into the dataset), article by article; a failing article
    is reported and skipped."""
    from extractor.claims import extract_many

    progress.phase("extract", total)
    read, extracting = itertools.tee(articles)  # the lag is the articles in flight
    for article, result in zip(read, extract_many(extracting, workers=workers), strict=True):
        if isinstance(result, ArticleError):
            tally.fail(result)
            progress.advance(article.id, "failed")
            continue
        tally.done += 1
        for claim in result:
            out.write(claim.model_dump_json() + "\n")
            tally.claims += 1
        if dataset is not None:
            dataset.add(article, result)
        progress.advance(article.id, f"{len(result)} claims")


def _extract_on_dask(
    address: str,
    paths: tuple[Path, ...],
    page_filter: PageFilter,
    metadata: LoneFileMeta,
    out: TextIO,
    tally: _Tally,
    dataset: DatasetWriter | None,
) -> None:
    """Claims of the paths' shards extracted on a Dask cluster, in input order."""
    from extractor.distributed import connect, extract_shards
    from extractor.models import Claim
    from extractor.shards import plan

    with connect(address) as client:
        shards = plan(paths, meta=metadata)
        for result in extract_shards(client, shards, page_filter, progress=True):
            for where, reason in result.errors:
                tally.fail(f"{where}: {reason}")
            tally.done += result.articles.num_rows
            for row in result.claims.drop_columns(["text_hash"]).to_pylist():
                out.write(Claim.model_validate(row).model_dump_json() + "\n")
            tally.claims += result.claims.num_rows
            if dataset is not None:
                dataset.add_tables(result.articles, result.claims)
