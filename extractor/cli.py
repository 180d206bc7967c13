"""Command line: a thin layer over the library.

Each command lives with its stage and is registered here. The project's own errors
become one line on stderr and a non-zero exit; anything else is a bug and keeps its
traceback. Heavy imports (spaCy, dateparser) happen inside commands so start-up is fast.
"""

from __future__ import annotations

import click

from extractor import __version__
from extractor.commands.audit import audit_command
from extractor.commands.evaluate import evaluate_command
from extractor.commands.export import export_command
from extractor.commands.extract import extract_command
from extractor.commands.ingest import ingest_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cryptoclaims")
def main() -> None:
    """Extract the figures crypto news states and audit them across sources."""


main.add_command(extract_command)
main.add_command(ingest_command)
main.add_command(export_command)
main.add_command(evaluate_command)
main.add_command(audit_command)
