"""``cryptoclaims evaluate``: extract a corpus and score the claims against its gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractor.errors import ExitCode


@click.command("evaluate")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option(
    "--gold", type=click.Path(path_type=Path), help="Gold file (default: CORPUS/gold.jsonl)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="List every missed, wrong and extra claim.")
@click.option(
    "--by-event",
    is_flag=True,
    help="Scores per event cluster (meta.jsonl 'event') and their macro average.",
)
@click.option(
    "--articles",
    "only",
    multiple=True,
    metavar="PATTERN",
    help="Score only articles whose id matches this shell pattern (repeatable): 'd1??'.",
)
@click.option(
    "--min-f1",
    type=click.FloatRange(0, 1),
    help="Exit 1 when the amount F1 is below this.",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes."
)
def evaluate_command(
    corpus: Path,
    gold: Path | None,
    as_json: bool,
    misses: bool,
    by_event: bool,
    only: tuple[str, ...],
    min_f1: float | None,
    workers: int,
) -> None:
    """Score extraction on CORPUS (a folder with meta.jsonl) against its gold claims.

    A predicted claim matches a gold claim when their spans overlap; its amount is right
    when the unit is equal and the value within 0.5 %. Exits 1 when --min-f1 is not met,
    2 on bad input (the message names file:line).
    """
    from rich.console import Console

    from extractor.evaluation.report import events_json, events_table, render, to_json
    from extractor.evaluation.runner import evaluate_corpus

    evaluation = evaluate_corpus(corpus, gold, workers=workers, only=only)
    if as_json:
        document = to_json(evaluation, misses=misses)
        if by_event:
            document.update(events_json(evaluation))
        click.echo(json.dumps(document, indent=2, default=str))
    else:
        title = f"{corpus} against {gold or corpus / 'gold.jsonl'}"
        console = Console()
        render(evaluation, console, title=title, misses=misses)
        if by_event:
            console.print(events_table(evaluation))
    f1 = evaluation.totals.f1
    if min_f1 is not None and f1 < min_f1:
        click.echo(f"amount F1 {f1:.3f} is below --min-f1 {min_f1:.3f}", err=True)
        sys.exit(ExitCode.CHECK_FAILED)
