"""Evaluation gate: extraction quality on the corpora may not fall below the recorded floors.

Floors live in ``tests/quality_baseline.json`` (per corpus: amount F1, precision, recall and
each field's accuracy). After an improvement, raise them with
``python -m extractor.evaluation.baseline`` and commit the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.evaluation.baseline import read_baseline
from extractor.evaluation.report import SCORE_NAMES, summary
from extractor.evaluation.runner import evaluate_corpus

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "quality_baseline.json"
# Keys as recorded in the baseline: paths relative to the repository root.
CORPORA = ("corpus", "../shared/corpus")
REGENERATE = "python -m extractor.evaluation.baseline"


def below_floor(scores: dict[str, float | None], floors: dict[str, float | None]) -> list[str]:
    """One line per score under its floor (a score with nothing measured counts as 0)."""
    failures = []
    for name in SCORE_NAMES:
        floor = floors.get(name)
        measured = scores.get(name)
        if floor is not None and (measured or 0.0) < floor:
            shown = "nothing measured" if measured is None else f"{measured:.4f}"
            failures.append(f"{name}: {shown} < floor {floor:.2f}")
    return failures


@pytest.mark.parametrize(
    ("scores", "failures"),
    [
        ({"amount_f1": 0.70, "metric": 0.5}, []),
        ({"amount_f1": 0.6999, "metric": 0.5}, ["amount_f1: 0.6999 < floor 0.70"]),
        ({"amount_f1": 0.80, "metric": None}, ["metric: nothing measured < floor 0.40"]),
    ],
)
def test_below_floor_names_each_score(scores: dict[str, float | None], failures: list[str]) -> None:
    assert below_floor(scores, {"amount_f1": 0.70, "metric": 0.40, "venue": None}) == failures


@pytest.mark.parametrize("name", CORPORA)
def test_extraction_quality_holds_its_floors(name: str) -> None:
    folder = (ROOT / name).resolve()
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent on this machine; only the project corpus is gated")
    floors = read_baseline(BASELINE).get(name)
    assert floors is not None, (
        f"no floors for {name!r} in {BASELINE}; record them with {REGENERATE}"
    )
    scores = summary(evaluate_corpus(folder).totals)
    failures = below_floor(scores, floors)
    assert not failures, f"{name}: quality fell below the baseline:\n" + "\n".join(failures)
