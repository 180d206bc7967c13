"""Command line: a thin layer over the library.

Each command lives with its stage and is registered here. This is the one place the exit
code table (``extractor.errors.ExitCode``, the README's "Exit status") is applied: a
command raises one of the project's errors and it becomes one line on stderr and that
error's exit code; anything else is a bug and keeps its traceback. Heavy imports (spaCy,
dateparser) happen inside commands so start-up is fast.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import click

from extractor import __version__
from extractor.commands.audit import audit_command
from extractor.commands.evaluate import evaluate_command
from extractor.commands.explain import explain_command
from extractor.commands.export import export_command
from extractor.commands.extract import extract_command
from extractor.commands.ingest import ingest_command
from extractor.commands.run import run_command
from extractor.errors import CryptoClaimsError, ExitCode


def _fail(message: str, code: ExitCode) -> None:
    """End the command: ``message`` as one ``error:`` line on stderr, then exit ``code``."""
    click.echo(f"error: {message}", err=True)
    raise click.exceptions.Exit(int(code))


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM (``systemctl stop``, ``kill``) ends a command like Ctrl-C: cleanly, exit 130.

    Worker processes forked meanwhile keep the default: their parent stops them.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    main_pid = os.getpid()

    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != main_pid:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Commands(click.Group):
    """Applies the exit code table to the project's errors, whichever command raised them."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with _sigterm_interrupts():
                return super().invoke(ctx)
        except CryptoClaimsError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted; what was stored so far is kept", ExitCode.INTERRUPTED)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cryptoclaims")
def main() -> None:
    """Extract the figures crypto news states and audit them across sources.

    \b
    Exit status (every command):
      0    done; items that failed are listed on stderr
      1    a check failed (audit --fail-on, evaluate --min-f1)
      2    bad usage or input, an unusable store, or nothing could be read
      75   another run holds the store's lock: try again later
      130  interrupted (Ctrl-C, SIGTERM)
    """


main.add_command(extract_command)
main.add_command(ingest_command)
main.add_command(export_command)
main.add_command(evaluate_command)
main.add_command(audit_command)
main.add_command(run_command)
main.add_command(explain_command)
