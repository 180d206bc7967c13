"""``cryptoclaims ingest``: feeds and pages into the article store.

Exit status (the README's table): 0 when the run finished (failures are recorded and
listed), 2 when nothing at all could be read or an error stops the run (the store, a bad
feeds file), 75 when another run holds the store's lock.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from extractor.commands.options import (
    PageFilterOptions,
    duration_option,
    feeds_file_option,
    open_text_input,
    store_option,
    warc_filter_options,
)
from extractor.commands.progress import Reporter, output_options
from extractor.errors import ExitCode, FetchError, InputError

if TYPE_CHECKING:
    from extractor.ingest.http import FetchConfig

DEFAULT_BUDGET = "30m"


def read_feeds_file(path: Path) -> list[str]:
    """Feed URLs of a file (``-``: stdin): one a line; blank lines and ``#`` comments ignored."""
    try:
        with open_text_input(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the feeds file: {exc}") from None
    feeds = [line.split("#", 1)[0].strip() for line in lines]
    return [feed for feed in feeds if feed]


def fetch_options(command: click.decorators.FC) -> click.decorators.FC:
    """Options of every command that fetches: politeness, address policy, time budget."""
    for option in reversed(
        [
            click.option(
                "--allow-private",
                is_flag=True,
                help="Allow loopback and private addresses (local test servers); never "
                "link-local or cloud metadata addresses.",
            ),
            click.option(
                "--delay",
                type=click.FloatRange(0),
                default=1.0,
                show_default=True,
                help="Seconds between two requests to one host (robots.txt Crawl-delay may "
                "raise it).",
            ),
            click.option(
                "--workers",
                type=click.IntRange(1, 32),
                default=4,
                show_default=True,
                help="Hosts fetched in parallel (one request at a time per host).",
            ),
            duration_option(
                "--budget",
                default=DEFAULT_BUDGET,
                help="Time budget of the run (90s, 30m, 1h, or 'none'); what is left is "
                "fetched next run.",
            ),
        ]
    ):
        command = option(command)
    return command


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
    "--warc",
    "warcs",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Web archive (.warc or .warc.gz) whose HTML pages to store (repeatable).",
)
@warc_filter_options
@feeds_file_option
@click.option(
    "--discover",
    "sites",
    multiple=True,
    help="A site's page: ingest the feeds its <link rel=alternate> announces (repeatable).",
)
@store_option
@fetch_options
@click.option("--no-claims", is_flag=True, help="Store articles without extracting claims.")
@click.option("--json", "as_json", is_flag=True, help="Print the run's summary as JSON on stdout.")
@output_options
def ingest_command(
    feeds: tuple[str, ...],
    urls: tuple[str, ...],
    paths: tuple[Path, ...],
    warcs: tuple[Path, ...],
    page_filter: PageFilterOptions,
    feeds_file: Path | None,
    sites: tuple[str, ...],
    db: Path,
    allow_private: bool,
    delay: float,
    workers: int,
    budget: float | None,
    no_claims: bool,
    as_json: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Fetch feeds and pages politely (or read local files), extract claims, store them."""
    from extractor.ingest.http import FetchConfig
    from extractor.ingest.run import IngestRun, extract_claims
    from extractor.store import Store
    from extractor.store_lock import StoreLock

    all_feeds = [*feeds, *(read_feeds_file(feeds_file) if feeds_file else [])]
    if not all_feeds and not urls and not sites and not paths and not warcs:
        raise click.UsageError(
            "give at least one --feed, --url, --feeds-file, --discover, --path or --warc"
        )
    keep = page_filter.build()
    config = FetchConfig(host_delay=delay, allow_private=allow_private, run_budget=budget)
    with Reporter(quiet=quiet, verbose=verbose) as reporter, StoreLock(db), Store(db) as store:
        all_feeds += discover(sites, config, reporter)
        if sites and not all_feeds and not urls and not paths and not warcs:
            raise InputError("--discover: no feed found on " + ", ".join(sites))
        reports = []
        if all_feeds or urls:
            runner = IngestRun(
                store,
                config,
                workers=workers,
                extract=None if no_claims else extract_claims,
                progress=reporter,
            )
            reports.append(runner.run(all_feeds, list(urls)))
        if paths:
            from extractor.ingest.local import ingest_paths

            reports.append(ingest_paths(store, paths, None if no_claims else extract_claims))
        if warcs:
            from extractor.ingest.warc_ingest import ingest_warcs

            extract = None if no_claims else extract_claims
            reports.append(ingest_warcs(store, warcs, extract, keep))
        for report in reports:
            for line in report.lines():
                reporter.summary(line)
    if as_json:
        from extractor.ingest.summary import ingest_summary

        click.echo(ingest_summary(reports[0]).model_dump_json(indent=2))
    if not any(report.succeeded for report in reports):
        sys.exit(ExitCode.ERROR)


def discover(sites: tuple[str, ...], config: FetchConfig, reporter: Reporter) -> list[str]:
    """Feeds announced by each site's page; a site without one is an error line, not a stop."""
    if not sites:
        return []
    from extractor.ingest.discover import discover_feeds
    from extractor.ingest.http import Fetcher
    from extractor.ingest.robots import RobotsPolicy

    found: list[str] = []
    with Fetcher(config) as fetcher:
        robots = RobotsPolicy(fetcher)
        for site in sites:
            try:
                feeds = discover_feeds(fetcher, robots, site)
            except (FetchError, InputError) as exc:
                click.echo(f"error: {exc}", err=True)
                continue
            for feed in feeds:
                reporter.summary(f"discovered feed {feed} on {site}")
            found += feeds
    return found
