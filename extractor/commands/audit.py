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
from pathlib import Path

import click
from rich.console import Console

from extractor.commands.options import db_inputs
from extractor.errors import ExitCode, InputError
from extractor.models import VERDICTS, AuditReport

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
def audit_command(
    paths: tuple[Path, ...],
    dbs: tuple[Path, ...],
    json_path: Path | None,
    html_path: Path | None,
    tolerance: float,
    top: int | None,
    fail_on: str,
) -> None:
    """Audit corpus folders, article files (.txt/.html), claims JSONL from extract, or stores."""
    failing = parse_fail_on(fail_on)
    if not paths and not dbs:
        raise click.UsageError("give at least one PATH or --db")
    to_stdout = json_path is not None and str(json_path) == "-"
    report = _run(paths, dbs, tolerance, top, to_stdout)
    _write(report, None if to_stdout else json_path, html_path)
    if to_stdout:
        from extractor.report import to_json

        click.echo(to_json(report), nl=False)
    if any(f.verdict in failing for f in report.findings):
        sys.exit(ExitCode.CHECK_FAILED)


def _run(
    paths: tuple[Path, ...],
    dbs: tuple[Path, ...],
    tolerance: float,
    top: int | None,
    to_stderr: bool,
) -> AuditReport:
    """Read the inputs, audit them, keep the ``top`` most severe findings, print the tables
    (to stderr when stdout carries the JSON)."""
    from extractor.audit import AuditSettings, audit
    from extractor.audit.inputs import AuditSource, StoreDatabase, gather, source_for_path
    from extractor.report import render

    sources: list[AuditSource] = [source_for_path(path) for path in paths]
    sources += [StoreDatabase(db) for db in dbs]
    data = gather(sources)
    for error in data.errors:
        click.echo(f"error: {error}", err=True)
    if data.errors and not data.articles:
        raise InputError("nothing to audit: no article could be read")
    report = audit(data.claims, data.articles, AuditSettings(tolerance=tolerance))
    if top is not None:
        report = most_severe(report, top)
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
