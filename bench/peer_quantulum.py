"""Peer comparison: quantulum3 and cryptoclaims scored on the same articles and gold.

    python bench/peer_quantulum.py [CORPUS ...] [--misses] [--json]

quantulum3 is the best-known open quantity extractor. Each quantity it finds becomes a
claim over its span, its unit mapped to ours by ``quantulum_units.jsonl`` (an unmapped
unit stays ``?name`` and so never matches). It knows no metric, asset or period, so only
amount precision, recall and F1 are compared. The default corpora are ``corpus`` and,
when present, ``../shared/corpus``; cryptoclaims' column appears once ``extractor.claims``
exists.
"""

from __future__ import annotations

import importlib.util
import json
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from extractor.errors import LexiconError
from extractor.evaluation.report import mismatch_line, to_json
from extractor.evaluation.runner import (
    Prediction,
    extract_predictions,
    load_scoring_set,
    score_predictions,
)
from extractor.evaluation.scoring import Evaluation
from extractor.evaluation.sentences import sentence_around
from extractor.models import Article, Claim, claim_id

UNITS_FILE = Path(__file__).with_name("quantulum_units.jsonl")
DEFAULT_CORPORA = ("corpus", "../shared/corpus")


def load_unit_map(path: Path = UNITS_FILE) -> dict[str, str]:
    """quantulum3 unit name → our unit, from JSONL; a bad line is named by path:line."""
    units: dict[str, str] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            units[record["quantulum"]] = record["unit"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise LexiconError(
                f"{path}:{lineno}: not a {{quantulum, unit}} object: {exc}"
            ) from None
    return units


def quantulum_parser() -> Callable[[str], list[Any]]:
    """quantulum3's parse function, without its note that the optional classifier is absent."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
    return parser.parse  # type: ignore[no-any-return]


def to_claim(article: Article, quantity: Any, units: dict[str, str]) -> Claim | None:
    """A quantulum3 quantity as a Claim over its span; None if the span is empty."""
    start, end = quantity.span
    if end <= start:
        return None
    unit_name = quantity.unit.name
    return Claim(
        id=claim_id(article.id, start, end),
        article_id=article.id,
        quote=article.text[start:end],
        start=start,
        end=end,
        sentence=sentence_around(article.text, start, end),
        value=float(quantity.value),
        unit=units.get(unit_name, f"?{unit_name}"),
        low=None,
        high=None,
    )


def quantulum_predictions(articles: Sequence[Article]) -> list[Prediction]:
    """quantulum3's quantities of each article, as claims."""
    parse = quantulum_parser()
    units = load_unit_map()
    results: list[Prediction] = []
    for article in articles:
        claims = [to_claim(article, q, units) for q in parse(article.text)]
        results.append([c for c in claims if c is not None])
    return results


def timed(predict: Callable[[], list[Prediction]]) -> tuple[list[Prediction], float]:
    """Predictions and the seconds they took."""
    began = time.perf_counter()
    results = predict()
    return results, time.perf_counter() - began


def compare(folder: Path) -> dict[str, tuple[Evaluation, float]]:
    """Each extractor's evaluation on one corpus, with its run time."""
    scoring = load_scoring_set(folder)
    runs: dict[str, Callable[[], list[Prediction]]] = {
        "quantulum3": lambda: quantulum_predictions(scoring.articles),
    }
    if importlib.util.find_spec("extractor.claims") is not None:
        runs["cryptoclaims"] = lambda: extract_predictions(scoring.articles)
    results: dict[str, tuple[Evaluation, float]] = {}
    for name, predict in runs.items():
        predictions, seconds = timed(predict)
        results[name] = (score_predictions(scoring, predictions), seconds)
    return results


def side_by_side(corpus: str, results: dict[str, tuple[Evaluation, float]]) -> Table:
    """Rows of counts and amount scores, one column per extractor."""
    table = Table(title=corpus, caption="right amount: same unit, value within 0.5 %")
    table.add_column("")
    for name in results:
        table.add_column(name, justify="right")
    rows: list[tuple[str, Callable[[Evaluation, float], str]]] = [
        ("gold claims", lambda e, s: str(e.totals.gold)),
        ("predicted", lambda e, s: str(e.totals.predicted)),
        ("span matches", lambda e, s: str(e.totals.matched)),
        ("right amounts", lambda e, s: str(e.totals.amount_correct)),
        ("precision", lambda e, s: f"{e.totals.precision:.3f}"),
        ("recall", lambda e, s: f"{e.totals.recall:.3f}"),
        ("F1", lambda e, s: f"{e.totals.f1:.3f}"),
        ("seconds", lambda e, s: f"{s:.1f}"),
    ]
    for label, cell in rows:
        table.add_row(label, *(cell(e, s) for e, s in results.values()))
    return table


@click.command()
@click.argument("corpora", nargs=-1)
@click.option("--misses", is_flag=True, help="List quantulum3's missed, wrong and extra claims.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def main(corpora: tuple[str, ...], misses: bool, as_json: bool) -> None:
    """Score quantulum3 (and cryptoclaims, when present) on each corpus."""
    chosen = corpora or tuple(c for c in DEFAULT_CORPORA if Path(c).is_dir())
    console = Console()
    report: dict[str, Any] = {}
    for corpus in chosen:
        results = compare(Path(corpus))
        report[corpus] = {
            name: {**to_json(e)["totals"], "seconds": round(s, 2)}
            for name, (e, s) in results.items()
        }
        if not as_json:
            console.print(side_by_side(corpus, results))
        if misses and not as_json:
            for article in results["quantulum3"][0].articles:
                # quantulum3 gives no metric, asset or period: show only amount mismatches.
                for mismatch in article.mismatches:
                    if mismatch.field not in (None, "value", "unit"):
                        continue
                    console.print(f"{article.article_id}: {mismatch_line(mismatch)}", markup=False)
    if as_json:
        click.echo(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
