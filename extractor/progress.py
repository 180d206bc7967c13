"""Where long operations report how far they are: phases of items, each with an outcome.

The library calls a :class:`Progress`; the command line passes its reporter (a bar on a
terminal, per-item lines with ``--verbose``, nothing with ``--quiet``), tests pass nothing.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Receives the phases of a long operation and each item done."""

    def phase(self, name: str, total: int) -> None: ...

    def advance(self, item: str, outcome: str) -> None: ...


class Silent:
    """A Progress that reports nothing."""

    def phase(self, name: str, total: int) -> None:
        pass

    def advance(self, item: str, outcome: str) -> None:
        pass
