"""``cryptoclaims ingest``: feeds and pages into the article store.

Exit status (the README's table): 0 when the run finished (failures are recorded and
listed), 2 when nothing at all could be read or an error stops the run (the store, a bad
feeds file).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from extractor.errors import ExitCode, InputError
from extractor.store import DEFAULT_DB

PROGRESS_MIN_PAGES = 5  # shorter runs need no bar


class _Bar:
    """A rich progress bar on stderr, shown only on a terminal and for longer runs."""

    def __init__(self) -> None:
        self._progress = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), transient=True
        )
        self._task = self._progress.add_task("ingest", total=None)
        self._on = self._progress.console.is_terminal
        self._started = False

    def start(self, total: int) -> None:
        if self._on and total >= PROGRESS_MIN_PAGES:
            self._progress.update(self._task, total=total)
            self._progress.start()
            self._started = True

    def advance(self, url: str) -> None:
        self._progress.advance(self._task)

    def stop(self) -> None:
        if self._started:
            self._progress.stop()


def read_feeds_file(path: Path) -> list[str]:
    """Feed URLs of a file: one a line; blank lines and ``#`` comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the feeds file: {exc}") from None
    feeds = [line.split("#", 1)[0].strip() for line in lines]
    return [feed for feed in feeds if feed]


@click.command("ingest")
@click.option("--feed", "feeds", multiple=True, help="RSS/Atom feed URL (repeatable).")
@click.option("--url", "urls", multiple=True, help="Article page URL (repeatable).")
@click.option(
    "--path",
    "paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Local .txt/.html file, folder of them, or corpus folder (repeatable).",
)
@click.option(
    "--feeds-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File of feed URLs, one a line ('#' starts a comment).",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="SQLite store (created if missing).",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow private, loopback and link-local addresses (local test servers).",
)
@click.option(
    "--delay",
    type=click.FloatRange(0),
    default=1.0,
    show_default=True,
    help="Seconds between two requests to one host (robots.txt Crawl-delay may raise it).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 32),
    default=4,
    show_default=True,
    help="Hosts fetched in parallel (one request at a time per host).",
)
@click.option("--no-claims", is_flag=True, help="Store articles without extracting claims.")
def ingest_command(
    feeds: tuple[str, ...],
    urls: tuple[str, ...],
    paths: tuple[Path, ...],
    feeds_file: Path | None,
    db: Path,
    allow_private: bool,
    delay: float,
    workers: int,
    no_claims: bool,
) -> None:
    """Fetch feeds and pages politely (or read local files), extract claims, store them."""
    from extractor.ingest.http import FetchConfig
    from extractor.ingest.run import IngestRun, extract_claims
    from extractor.store import Store

    bar = _Bar()
    try:
        all_feeds = [*feeds, *(read_feeds_file(feeds_file) if feeds_file else [])]
        if not all_feeds and not urls and not paths:
            raise click.UsageError("give at least one --feed, --url, --feeds-file or --path")
        config = FetchConfig(host_delay=delay, allow_private=allow_private)
        with Store(db) as store:
            runner = IngestRun(
                store,
                config,
                workers=workers,
                extract=None if no_claims else extract_claims,
                progress=bar,
            )
            reports = [runner.run(all_feeds, list(urls))] if all_feeds or urls else []
            if paths:
                from extractor.ingest.local import ingest_paths

                reports.append(ingest_paths(store, paths, None if no_claims else extract_claims))
    finally:
        bar.stop()
    for report in reports:
        for line in report.lines():
            click.echo(line, err=True)
    if not any(report.succeeded for report in reports):
        sys.exit(ExitCode.ERROR)
