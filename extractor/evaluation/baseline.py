"""Quality floors the test gate holds extraction to, and the command that records them.

    python -m extractor.evaluation.baseline [CORPUS ...] [-o tests/quality_baseline.json]

measures every corpus (default: ``corpus`` and, when present, ``../shared/corpus``,
relative to the working directory) and writes, per corpus, each score rounded down to two
decimals less a margin of 0.01, never below the floor already recorded. Run it after an
improvement and commit the diff.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import click

from extractor.errors import CorpusError, CryptoClaimsError
from extractor.evaluation.report import SCORE_NAMES, summary
from extractor.evaluation.runner import evaluate_corpus

MARGIN = 0.01
DEFAULT_CORPORA: tuple[str, ...] = ("corpus", "../shared/corpus")
DEFAULT_OUTPUT = Path("tests/quality_baseline.json")


def floor_of(score: float) -> float:
    """The score rounded down to two decimals, less the margin, never below 0."""
    # round() first so that 0.29 stored as 0.28999… is not floored to 0.28.
    hundredths = math.floor(round(score * 100, 6))
    return max(0.0, round(hundredths / 100 - MARGIN, 2))


def floors(scores: dict[str, float | None]) -> dict[str, float | None]:
    """Floors of every score; a score with nothing to measure (None) has no floor."""
    result: dict[str, float | None] = {}
    for name in SCORE_NAMES:
        score = scores.get(name)
        result[name] = None if score is None else floor_of(score)
    return result


def raised_only(
    old: dict[str, dict[str, float | None]], new: dict[str, dict[str, float | None]]
) -> dict[str, dict[str, float | None]]:
    """Floors are only ever raised: each score keeps the higher of its old and new floor
    (a score measured a little lower is noise under the margin, not a new floor)."""
    merged = {name: dict(floors) for name, floors in old.items()}
    for name, floors in new.items():
        kept = merged.setdefault(name, {})
        for score, floor in floors.items():
            previous = kept.get(score)
            kept[score] = floor if previous is None or (floor or 0) > previous else previous
    return merged


def read_baseline(path: Path) -> dict[str, dict[str, float | None]]:
    """The floors per corpus recorded in ``path``."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read baseline: {exc}") from None
    corpora = data.get("corpora") if isinstance(data, dict) else None
    if not isinstance(corpora, dict):
        raise CorpusError(f"{path}: expected an object with a 'corpora' object")
    return corpora


def measure(folder: Path, workers: int = 1) -> dict[str, float | None]:
    """Current scores of extraction on one corpus folder."""
    return summary(evaluate_corpus(folder, workers=workers).totals)


def write_baseline(path: Path, corpora: dict[str, dict[str, float | None]]) -> None:
    """Write the floors per corpus as stable, diff-friendly JSON."""
    document = {"margin": MARGIN, "corpora": corpora}
    path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")


@click.command()
@click.argument("corpora", nargs=-1)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT, show_default=True
)
@click.option("--workers", type=int, default=1, show_default=True)
def main(corpora: tuple[str, ...], output: Path, workers: int) -> None:
    """Measure each corpus and record its floors in OUTPUT."""
    chosen = corpora or tuple(c for c in DEFAULT_CORPORA if Path(c).is_dir())
    recorded: dict[str, dict[str, float | None]] = {}
    for name in chosen:
        try:
            scores = measure(Path(name), workers)
        except CryptoClaimsError as exc:
            raise click.ClickException(str(exc)) from None
        recorded[name] = floors(scores)
        shown = ", ".join(f"{k} {v:.3f}" for k, v in scores.items() if v is not None)
        click.echo(f"{name}: {shown}", err=True)
    if output.exists():
        recorded = raised_only(read_baseline(output), recorded)
    write_baseline(output, recorded)
    click.echo(f"wrote {output}", err=True)


if __name__ == "__main__":
    main()
