"""Instructions per extracted article, counted by valgrind's callgrind: a measure of the
extraction's work that other load on a shared machine does not disturb (its wall-clock
figures move by a fifth between runs).

    python bench/instructions.py [--articles 60] [--rev REV ...]

Each version (the working tree, then each git revision given, exported to a temporary
folder) extracts the bench corpus of ``bench_extract.py`` under callgrind twice: a
warm-up of 20 articles alone, and the warm-up followed by ``--articles`` more. The
difference divided by ``--articles`` is the count per article; the pipeline's build and
the patterns compiled on first use fall in the warm-up. Needs valgrind; a version takes
a minute or two (callgrind runs Python about fifty times slower).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

import click

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WARM_UP = 20

_CHILD = """
import sys
sys.path[:0] = {first!r}  # the version's own package before the installed one
sys.path.insert(1, {bench!r})
from bench_extract import DEFAULT_CORPORA, load_articles
from extractor.claims import extract_article
for article in load_articles(DEFAULT_CORPORA, {count})[: {count}]:
    extract_article(article)
"""


def _instructions(source: Path | None, count: int) -> int:
    """Instructions callgrind counts for a process extracting ``count`` articles with the
    ``extractor`` package of ``source`` (None: the one installed)."""
    first = [str(source)] if source is not None else []
    code = _CHILD.format(first=first, bench=str(BENCH), count=count)
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run(
        [*cmd, sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # the same set orders in every run
    )
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if done.returncode or not found:
        raise click.ClickException(f"callgrind run failed: {done.stderr[-2000:]}")
    return int(found[1])


def _export(rev: str, into: Path) -> Path:
    """The tree of a git revision, unpacked into a folder of its own."""
    archive = subprocess.run(["git", "archive", rev], capture_output=True, check=False, cwd=ROOT)
    if archive.returncode:
        raise click.ClickException(f"git archive {rev}: {archive.stderr.decode()[-500:]}")
    folder = into / rev.replace("/", "_")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder


@click.command()
@click.option("--articles", default=60, show_default=True, type=click.IntRange(min=1))
@click.option("--rev", "revs", multiple=True, help="Also count a git revision (repeatable).")
def main(articles: int, revs: tuple[str, ...]) -> None:
    if shutil.which("valgrind") is None:
        raise click.ClickException("valgrind is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        versions: list[tuple[str, Path | None]] = [("working tree", None)]
        versions += [(rev, _export(rev, Path(tmp))) for rev in revs]
        counts: dict[str, float] = {}
        for name, source in versions:
            warm = _instructions(source, WARM_UP)
            counts[name] = (_instructions(source, WARM_UP + articles) - warm) / articles
            click.echo(f"{name:14} {counts[name] / 1e6:8.2f} M instructions an article")
        for rev in revs:
            change = 100 * (counts["working tree"] / counts[rev] - 1)
            click.echo(f"working tree vs {rev}: {change:+.1f}% instructions an article")


if __name__ == "__main__":
    main()
