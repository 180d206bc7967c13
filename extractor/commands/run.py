"""``cryptoclaims run``: the daily loop — ingest, extract what is new, audit what is new.

Made for cron and systemd timers: one cycle by default (``--every`` repeats it), bounded
in time (``--budget``), one run per store at a time (a lock file; an overlapping run
exits 75 with one line saying who holds the store), quiet with ``--quiet``, and exit
codes from the README's table: 0 done, 1 new findings that ``--fail-on`` names, 2 when
nothing could be read or the store cannot be used, 75 busy, 130 interrupted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from extractor.commands.audit import parse_fail_on
from extractor.commands.ingest import fetch_options, read_feeds_file
from extractor.commands.options import duration_option, feeds_file_option, store_option
from extractor.commands.progress import Reporter, output_options
from extractor.errors import CryptoClaimsError, ExitCode, StoreBusy

if TYPE_CHECKING:
    from extractor.daily import CycleResult


@click.command("run")
@feeds_file_option
@click.option("--feed", "feeds", multiple=True, help="RSS/Atom feed URL (repeatable).")
@store_option
@duration_option(
    "--every",
    default="none",
    help="Repeat the cycle at this interval (1h, 30m, 1d) instead of running it once.",
)
@duration_option(
    "--lock-wait",
    default="none",
    help="How long to wait for another run on the store to finish (default: exit 75 at once).",
)
@fetch_options
@click.option(
    "--extract-workers",
    type=click.IntRange(1, 32),
    default=1,
    show_default=True,
    help="Processes extracting claims.",
)
@click.option("--tolerance", type=click.FloatRange(0, 1), default=0.05, show_default=True)
@click.option(
    "--fail-on",
    default="none",
    show_default=True,
    help="Verdicts of new findings that make the exit status 1 (comma-separated, all, none).",
)
@click.option("--json", "as_json", is_flag=True, help="Print each cycle's summary as JSON.")
@output_options
def run_command(
    feeds_file: Path | None,
    feeds: tuple[str, ...],
    db: Path,
    every: float | None,
    lock_wait: float | None,
    allow_private: bool,
    delay: float,
    workers: int,
    budget: float | None,
    extract_workers: int,
    tolerance: float,
    fail_on: str,
    as_json: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Ingest the feeds, extract the new articles' claims and audit what is new."""
    from extractor.ingest.http import FetchConfig

    failing = parse_fail_on(fail_on)
    all_feeds = [*feeds, *(read_feeds_file(feeds_file) if feeds_file else [])]
    if not all_feeds:
        raise click.UsageError("give --feeds-file or at least one --feed")
    config = FetchConfig(host_delay=delay, allow_private=allow_private, run_budget=budget)

    def cycle() -> int:
        from extractor.daily import run_cycle

        with Reporter(quiet=quiet, verbose=verbose) as reporter:
            result = run_cycle(
                db,
                all_feeds,
                config,
                workers=workers,
                extract_workers=extract_workers,
                lock_wait=lock_wait or 0.0,
                progress=reporter,
                tolerance=tolerance,
            )
            code = _exit_code(result, failing)
            _report(result, reporter, code, as_json=as_json)
        return code

    if every is None:
        sys.exit(cycle())
    while True:  # a daemon: one failed cycle is reported, the next one still runs
        started = time.monotonic()
        try:
            cycle()
        except StoreBusy as exc:
            click.echo(f"error: {exc}", err=True)
        except CryptoClaimsError as exc:
            click.echo(f"error: {exc}", err=True)
        time.sleep(max(0.0, started + every - time.monotonic()))


def _exit_code(result: CycleResult, failing: frozenset[str]) -> int:
    if not result.ingest.succeeded:
        return int(ExitCode.ERROR)
    if any(f.verdict in failing for f in result.audit.findings):
        return int(ExitCode.CHECK_FAILED)
    return int(ExitCode.OK)


def _report(result: CycleResult, reporter: Reporter, code: int, *, as_json: bool) -> None:
    """Summary lines on stderr; new findings as tables on stdout, or the JSON summary."""
    from extractor.report import render

    for line in result.ingest.lines():
        reporter.summary(line)
    for failure in result.extract_failures:
        click.echo(f"error: {failure}", err=True)
    reporter.summary(
        f"extracted {result.extracted} articles ({result.claims} claims); "
        f"audit since {result.since.isoformat()}: {len(result.audit.findings)} new findings"
    )
    if as_json:
        click.echo(result.summary(code).model_dump_json(indent=2))
    elif not reporter.quiet and result.audit.findings:
        plain = not sys.stdout.isatty()
        render(result.audit, Console(width=120 if plain else None, highlight=False))
