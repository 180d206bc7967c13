"""``cryptoclaims audit``: find figures across articles that cannot all be true.

Exit status (the README's table): 0 when the audit ran, whatever it found, unless
``--fail-on`` names verdicts: then 1 when a finding has one of them; 2 on error.
Findings are the audit's product, not a failure, so a scheduled daily audit does not
"fail" every day; ``--fail-on scale_error,conflict`` turns it into a gate for scripts.
Inputs are :class:`~extractor.audit.inputs.AuditSource` objects, one per path; another
kind of input (a database) is one more source appended to that list.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from extractor.commands.options import db_inputs, parse_duration
from extractor.commands.progress import Reporter, output_options
from extractor.errors import ExitCode, InputError
from extractor.models import VERDICTS, AuditReport

if TYPE_CHECKING:
    from extractor.audit.records import ArticleInfo

PLAIN_WIDTH = 120  # table width when the output is not a terminal (files, pipes, make)


def parse_fail_on(value: str) -> frozenset[str]:
    """The verdicts named in ``--fail-on`` ("none" or empty: never fail)."""
    names = {v.strip() for v in value.split(",") if v.strip()} - {"none"}
    if "all" in names:
        names = (names - {"all"}) | set(VERDICTS)
    unknown = sorted(names - set(VERDICTS))
    if unknown:
        raise click.BadParameter(
            f"unknown verdict {', '.join(unknown)}; choose from {', '.join(VERDICTS)} or none"
        )
    return frozenset(names)


@click.command("audit")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_inputs("An article store filled by 'ingest' (repeatable).")
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write JSON to a file, or to stdout with '-' (the tables then go to stderr).",
)
@click.option(
    "--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), help="Write HTML."
)
@click.option(
    "--tolerance",
    type=click.FloatRange(0, 1),
    default=0.05,
    show_default=True,
    help="Relative gap allowed between figures beyond their precision.",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=None,
    help="Report only the N most severe findings (the summary still counts them all).",
)
@click.option(
    "--fail-on",
    default="none",
    show_default=True,
    help=f"Verdicts that make the exit status 1 (comma-separated from {', '.join(VERDICTS)}, "
    "'all', or 'none').",
)
@click.option(
    "--since",
    callback=lambda ctx, param, value: None if value is None else parse_since(value),
    help="Report only findings involving an article stored (--db) or published at or after "
    "this time: an ISO date or time (UTC), or a duration back from now (24h, 7d).",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="SCHEDULER|local",
    help="Judge the facts on a Dask cluster: the scheduler's address, or 'local'.",
)
@output_options
def audit_command(
    paths: tuple[Path, ...],
    dbs: tuple[Path, ...],
    json_path: Path | None,
    html_path: Path | None,
    tolerance: float,
    top: int | None,
    fail_on: str,
    since: datetime | None,
    quiet: bool,
    verbose: bool,
    dask_address: str | None,
) -> None:
    """Audit corpus folders, article files (.txt/.html), claims JSONL from extract, or stores."""
    failing = parse_fail_on(fail_on)
    if not paths and not dbs:
        raise click.UsageError("give at least one PATH or --db")
    to_stdout = json_path is not None and str(json_path) == "-"
    with Reporter(quiet=quiet, verbose=verbose) as reporter:
        report = _run(paths, dbs, tolerance, top, to_stdout, since, reporter, dask_address)
    _write(report, None if to_stdout else json_path, html_path)
    if to_stdout:
        from extractor.report import to_json

        click.echo(to_json(report), nl=False)
    if any(f.verdict in failing for f in report.findings):
        sys.exit(ExitCode.CHECK_FAILED)


def parse_since(value: str) -> datetime:
    """An ISO date or time (naive means UTC), or a duration back from now ("24h")."""
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        seconds = parse_duration(value)
        if seconds is None:
            raise click.BadParameter(f"{value!r} is neither a date nor a duration") from None
        return datetime.now(UTC) - timedelta(seconds=seconds)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _run(
    paths: tuple[Path, ...],
    dbs: tuple[Path, ...],
    tolerance: float,
    top: int | None,
    to_stderr: bool,
    since: datetime | None,
    reporter: Reporter,
    dask_address: str | None = None,
) -> AuditReport:
    """Read the inputs, audit them, keep what is new ``since`` and the ``top`` most severe
    findings, print the tables (to stderr when stdout carries the JSON; not with --quiet)."""
    from extractor.audit import AuditSettings, audit
    from extractor.audit.inputs import AuditSource, StoreDatabase, gather, source_for_path
    from extractor.report import render

    sources: list[AuditSource] = [source_for_path(path) for path in paths]
    sources += [StoreDatabase(db) for db in dbs]
    data = gather(sources, progress=reporter)
    for error in data.errors:
        click.echo(f"error: {error}", err=True)
    if data.errors and not data.articles and not data.claimed:
        raise InputError("nothing to audit: no article could be read")
    scanned = len(data.errors)
    settings = AuditSettings(tolerance=tolerance)
    # claims stream into the audit; articles known from their claims alone join
    # data.articles as they are read (``_since`` needs them)
    if dask_address:
        from extractor.distributed import connect, judge_on

        with connect(dask_address) as client:
            report = audit(data.claims, data.articles, settings, judge_on(client))
    else:
        report = audit(data.claims, data.articles, settings)
    reporter.close()
    for error in data.errors[scanned:]:  # articles whose extraction failed on the way
        click.echo(f"error: {error}", err=True)
    if since is not None:
        report = _since(report, data.articles.values(), dbs, since)
    if top is not None:
        report = most_severe(report, top)
    if not reporter.quiet:
        stream = sys.stderr if to_stderr else sys.stdout
        plain = not stream.isatty()
        console = Console(file=stream, width=PLAIN_WIDTH if plain else None, highlight=False)
        render(report, console)
    return report


def most_severe(report: AuditReport, top: int) -> AuditReport:
    """The report cut to its ``top`` most severe findings (and the consensus rows that cite
    only those), counting how many there were."""
    kept = report.findings[:top]
    ids = {f.id for f in kept}
    rows = [
        c.model_copy(update={"finding_ids": [i for i in c.finding_ids if i in ids]})
        for c in report.consensus
    ]
    return report.model_copy(
        update={"findings": kept, "findings_total": len(report.findings), "consensus": rows}
    )


def _since(
    report: AuditReport, articles: Iterable[ArticleInfo], dbs: tuple[Path, ...], since: datetime
) -> AuditReport:
    """The findings that involve an article new since ``since``: stored since then for a
    store's articles, published since then for the others."""
    from extractor.daily import restrict_to_articles
    from extractor.store import Store

    new: set[str] = set()
    stored: set[str] = set()
    for db in dbs:
        with Store(db, readonly=True) as store:
            new |= store.article_ids_stored_since(since)
            stored |= {article.id for article in store.articles()}
    new |= {
        a.id for a in articles if a.id not in stored and a.published and _utc(a.published) >= since
    }
    return restrict_to_articles(report, new)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _write(report: AuditReport, json_path: Path | None, html_path: Path | None) -> None:
    """Write the JSON and HTML reports asked for; a file that cannot be written is an error."""
    from extractor.report import write_html, write_json

    for path, write in ((json_path, write_json), (html_path, write_html)):
        if path is None:
            continue
        try:
            write(report, path)
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror}") from None
