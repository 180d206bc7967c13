"""``cryptoclaims export``: a table of the store as JSONL, CSV or Parquet, written atomically."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.errors import CryptoClaimsError, ExitCode, StoreError
from extractor.export import FORMATS, TABLES, Format, Table


@click.command("export")
@click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), required=True, help="SQLite store."
)
@click.option("--table", type=click.Choice(TABLES), required=True, help="What to export.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Output file (replaced atomically).",
)
def export_command(db: Path, table: Table, fmt: Format, output: Path) -> None:
    """Export claims, articles or audit findings from the store."""
    from extractor.export import export
    from extractor.store import Store

    try:
        if not db.is_file():
            raise StoreError(f"{db}: no such store (run `cryptoclaims ingest --db {db}` first)")
        with Store(db) as store:
            count = export(store, table, fmt, output)
    except (CryptoClaimsError, OSError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(ExitCode.ERROR)
    click.echo(f"{count} {table} written to {output}", err=True)
