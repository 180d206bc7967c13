"""Options several commands share, as decorators."""

from __future__ import annotations

import contextlib
import functools
import io
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click

from extractor.errors import InputError

if TYPE_CHECKING:
    from extractor.ingest.page_filter import PageFilter

F = TypeVar("F", bound=Callable[..., object])


def db_inputs(help_text: str) -> Callable[[F], F]:
    """``--db PATH`` (repeatable): article stores filled by ``ingest``, passed as ``dbs``."""
    return click.option(
        "--db",
        "dbs",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help=help_text,
    )


def store_option(command: F) -> F:
    """``--db PATH``: the one store a command writes (created if missing)."""
    from extractor.store import DEFAULT_DB  # loaded only by the commands that write a store

    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_DB,
        show_default=True,
        help="SQLite store (created if missing).",
    )(command)


def feeds_file_option(command: F) -> F:
    """``--feeds-file PATH``: feed URLs, one a line; ``-`` is stdin."""
    return click.option(
        "--feeds-file",
        type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
        help="File of feed URLs, one a line ('#' starts a comment; '-' reads stdin).",
    )(command)


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: str) -> float | None:
    """Seconds of ``90``, ``90s``, ``30m``, ``1h``, ``1d`` or ``1h30m``; None for ``none``."""
    text = value.strip().lower()
    if text == "none":
        return None
    total, number = 0.0, ""
    for char in text:
        if char.isdigit() or char == ".":
            number += char
        elif char in _UNITS and number:
            total += float(number) * _UNITS[char]
            number = ""
        else:
            raise click.BadParameter(f"{value!r} is not a duration (examples: 90s, 30m, 1h, 1d)")
    if number:
        total += float(number)
    if total <= 0:
        raise click.BadParameter(f"{value!r} is not a positive duration (examples: 90s, 30m, 1h)")
    return total


def duration_option(name: str, *, default: str, help: str) -> Callable[[F], F]:
    """An option taking a duration (see :func:`parse_duration`), passed as seconds or None."""

    def convert(ctx: click.Context, param: click.Parameter, value: str) -> float | None:
        return parse_duration(value)

    return click.option(name, default=default, show_default=True, help=help, callback=convert)


def open_text_input(
    path: Path, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[TextIO]:
    """A text file to read, or stdin for ``-`` (left open)."""
    if str(path) == "-":
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding=encoding, newline=None)
        return _unclosed(stream)
    return path.open(encoding=encoding)


def open_text_output(path: Path) -> contextlib.AbstractContextManager[TextIO]:
    """A text file to write (its folder created), or stdout for ``-`` (left open)."""
    if str(path) == "-":
        return contextlib.nullcontext(sys.stdout)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _unclosed(stream: io.TextIOWrapper) -> Iterator[TextIO]:
    try:
        yield stream
    finally:
        stream.detach()  # leave the process's stdin open


@dataclass(frozen=True)
class PageFilterOptions:
    """The archive page filter as given on the command line."""

    sites_file: Path | None = None
    keywords_file: Path | None = None
    crypto_only: bool = False

    def build(self) -> PageFilter:
        """The filter: sites of the file, keywords of the file and/or the bundled list."""
        from extractor.ingest.page_filter import PageFilter, crypto_keywords, read_list_file

        sites = read_list_file(self.sites_file, "sites") if self.sites_file else []
        keywords = read_list_file(self.keywords_file, "keywords") if self.keywords_file else []
        if self.crypto_only:
            keywords += crypto_keywords()
        return PageFilter.build(sites, keywords)


def warc_filter_options(command: F) -> F:
    """``--sites FILE``, ``--keywords FILE`` and ``--crypto-only``, passed as ``page_filter``."""

    options = [
        click.option(
            "--sites",
            "sites_file",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Archives: keep only pages of these sites (file, one host a line).",
        ),
        click.option(
            "--keywords",
            "keywords_file",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Archives: keep only pages naming these keywords (file, one a line).",
        ),
        click.option(
            "--crypto-only",
            is_flag=True,
            help="Archives: keep only crypto news (the bundled keyword list).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return _bundle(command)


def _bundle(command: F) -> F:
    """Pass the three filter options to the command as one ``page_filter`` value."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["page_filter"] = PageFilterOptions(
            kwargs.pop("sites_file"), kwargs.pop("keywords_file"), kwargs.pop("crypto_only")
        )
        return command(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
