"""The exit code table: one definition (ExitCode), applied in one place (the CLI group),
and the README's table says the same."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.errors import ExitCode, InputError, StoreBusy, StoreError

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture
def raising() -> Iterator[list[BaseException]]:
    """A throwaway command that raises whatever the test puts in the list."""
    to_raise: list[BaseException] = []

    @click.command("raise-for-test")
    def command() -> None:
        raise to_raise[0]

    main.add_command(command)
    try:
        yield to_raise
    finally:
        main.commands.pop("raise-for-test")


@pytest.mark.parametrize(
    ("error", "status", "line"),
    [
        (InputError("feeds.txt:3: not a URL"), 2, "error: feeds.txt:3: not a URL"),
        (StoreError("news.db: cannot write: disk I/O error"), 2, "error: news.db: cannot write"),
        (StoreBusy("news.db is locked by run 4242"), 75, "error: news.db is locked by run 4242"),
        (KeyboardInterrupt(), 130, "error: interrupted"),
    ],
)
def test_project_errors_become_one_line_and_their_exit_code(raising, error, status, line):
    raising.append(error)
    result = CliRunner().invoke(main, ["raise-for-test"])
    assert result.exit_code == status
    assert result.stderr.startswith(line)
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_a_bug_keeps_its_traceback(raising):
    raising.append(ZeroDivisionError("a bug"))
    result = CliRunner().invoke(main, ["raise-for-test"])
    assert isinstance(result.exception, ZeroDivisionError)


def test_readme_table_matches_the_exit_codes():
    text = README.read_text(encoding="utf-8")
    section = text.split("### Exit status", 1)[1].split("\n#", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", section, re.M)}
    assert documented == {int(code) for code in ExitCode}


def test_help_lists_the_exit_codes():
    result = CliRunner().invoke(main, ["--help"])
    for code in ExitCode:
        assert re.search(rf"^\s+{int(code)}\s", result.output, re.M), code
