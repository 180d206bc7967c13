"""``cryptoclaims export``: a table of the store as JSONL, CSV or Parquet, written atomically."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.errors import ExitCode, StoreError
from extractor.export import FORMATS, TABLES, Format, Table


@click.command("export")
@click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), required=True, help="SQLite store."
)
@click.option("--table", type=click.Choice(TABLES), required=True, help="What to export.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format (default: from the file suffix .jsonl, .csv or .parquet).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    required=True,
    help="Output file (replaced atomically), or '-' for stdout.",
)
@click.option("-q", "--quiet", is_flag=True, help="No closing line on stderr.")
def export_command(db: Path, table: Table, fmt: Format | None, output: Path, quiet: bool) -> None:
    """Export claims, articles or audit findings from the store (read-only)."""
    from extractor.export import export, format_of
    from extractor.store import Store

    named = "jsonl" if str(output) == "-" and fmt is None else format_of(output)
    if fmt is None and named is None:
        raise click.UsageError(
            f"cannot tell the format of {output.name!r}: end it in .jsonl, .csv or .parquet, "
            "or give --format"
        )
    if fmt is not None and named is not None and fmt != named:
        raise click.UsageError(f"--format {fmt} but {output.name!r} names {named}")
    fmt = fmt or named
    assert fmt is not None

    try:
        if not db.is_file():
            raise StoreError(f"{db}: no such store (run `cryptoclaims ingest --db {db}` first)")
        with Store(db, readonly=True) as store:
            count = export(store, table, fmt, output)
    except OSError as exc:
        click.echo(f"error: {output}: {exc.strerror or exc}", err=True)
        sys.exit(ExitCode.ERROR)
    if not quiet:
        click.echo(
            f"{count} {table} written to {'stdout' if str(output) == '-' else output}", err=True
        )
