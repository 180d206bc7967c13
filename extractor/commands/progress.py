"""How long commands tell the user where they are: a bar, per-item lines, or silence.

- a rich progress bar on stderr, per phase ("feeds", "pages", "extract", ...), only when
  stderr is a terminal: a cron job's mail or a pipe never gets control characters;
- ``--verbose``: one line per item (URL or article and what happened to it), on any
  stream, instead of the bar;
- ``--quiet``: neither, and no closing summary; errors still reach stderr.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

F = TypeVar("F", bound=Callable[..., object])
MIN_ITEMS_FOR_BAR = 2  # a single item needs no bar


def output_options(command: F) -> F:
    """``--quiet`` and ``--verbose`` (they exclude each other)."""
    command = click.option(
        "-v", "--verbose", is_flag=True, help="One line per item on stderr (no progress bar)."
    )(command)
    return click.option(
        "-q", "--quiet", is_flag=True, help="No progress and no summary; only errors on stderr."
    )(command)


class Reporter:
    """Progress of one command on stderr (see the module docstring); a context manager."""

    def __init__(
        self, *, quiet: bool = False, verbose: bool = False, console: Console | None = None
    ) -> None:
        if quiet and verbose:
            raise click.UsageError("--quiet and --verbose exclude each other")
        self.quiet = quiet
        self.verbose = verbose
        self.console = console or Console(stderr=True, highlight=False)
        self.bar_enabled = self.console.is_terminal and not quiet and not verbose
        self._progress: Progress | None = None
        self._phase = ""

    def __enter__(self) -> Reporter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def phase(self, name: str, total: int) -> None:
        """Start a phase of ``total`` items (the previous phase's bar goes away)."""
        self.close()
        self._phase = name
        if self.verbose and not self.quiet:
            self.console.print(f"{escape(name)}: {total}", markup=True)
        if self.bar_enabled and total >= MIN_ITEMS_FOR_BAR:
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.add_task(name, total=total)
            self._progress.start()

    def advance(self, item: str, outcome: str) -> None:
        """One item done; ``outcome`` says what happened to it (``--verbose`` prints it)."""
        if self._progress is not None:
            self._progress.advance(self._progress.task_ids[0])
        if self.verbose:
            self.console.print(f"{self._phase} {outcome}: {item}", markup=False)

    def summary(self, line: str) -> None:
        """A closing line (not with ``--quiet``)."""
        if not self.quiet:
            self.console.print(line, markup=False, soft_wrap=True)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
