"""Options several commands share, as decorators."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

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
