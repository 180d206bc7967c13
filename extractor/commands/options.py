"""Options several commands share, as decorators."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

import click

from extractor.errors import InputError

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
