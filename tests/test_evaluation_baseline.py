"""Quality floors: rounding, the recorded file and the command that regenerates it."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extractor.errors import CorpusError
from extractor.evaluation import baseline
from extractor.evaluation.report import SCORE_NAMES
from extractor.models import Article, Claim, claim_id

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("score", "floor"),
    [
        (0.8765, 0.86),
        (0.29, 0.28),  # 0.29 * 100 is 28.999…: still floored to 0.29 first
        (0.57, 0.56),
        (1.0, 0.99),
        (0.011, 0.0),
        (0.004, 0.0),  # never below 0
        (0.0, 0.0),
    ],
)
def test_floor_is_rounded_down_less_the_margin(score: float, floor: float) -> None:
    assert baseline.floor_of(score) == floor


def test_floors_keep_none_for_scores_with_nothing_to_measure() -> None:
    scores: dict[str, float | None] = dict.fromkeys(SCORE_NAMES, 0.5)
    scores["venue"] = None
    floors = baseline.floors(scores)
    assert floors["venue"] is None
    assert floors["amount_f1"] == 0.49
    assert list(floors) == list(SCORE_NAMES)


def test_baseline_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    recorded = {"corpus": baseline.floors(dict.fromkeys(SCORE_NAMES, 0.75))}
    baseline.write_baseline(path, recorded)
    assert baseline.read_baseline(path) == recorded
    assert json.loads(path.read_text())["margin"] == 0.01


@pytest.mark.parametrize("content", ["{", "[]", '{"corpora": 3}'])
def test_unreadable_baseline_is_named(tmp_path: Path, content: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content)
    with pytest.raises(CorpusError, match=r"baseline\.json"):
        baseline.read_baseline(path)


def test_committed_baseline_lists_every_score() -> None:
    recorded = baseline.read_baseline(ROOT / "tests" / "quality_baseline.json")
    for name, floors in recorded.items():
        assert set(floors) == set(SCORE_NAMES), name
        assert all(f is None or 0 <= f <= 1 for f in floors.values()), name


def test_command_measures_and_writes_floors(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = "Bitcoin ETFs saw an outflow of $258 million on Thursday, and $500 million this month."
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "meta.jsonl").write_text('{"id": "a", "file": "a.txt"}\n')
    gold = [
        {
            "quote": q,
            "occurrence": 1,
            "value": v,
            "unit": "USD",
            "metric": "etf_flow",
            "side": "outflow",
            "asset": "BTC",
            "period": None,
            "source": None,
            "venue": None,
            "qualifier": "exact",
        }
        for q, v in (("$258 million", 258e6), ("$500 million", 500e6))
    ]
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "a", "claims": gold}) + "\n")
    start = text.index("$258 million")
    found = Claim(
        id=claim_id("a", start, start + 12),
        article_id="a",
        quote="$258 million",
        start=start,
        end=start + 12,
        sentence=text,
        value=258e6,
        unit="USD",
        low=None,
        high=None,
        metric="etf_flow",
        side="outflow",
        asset="BTC",
    )

    def extract_many(articles: Iterable[Article], workers: int = 1) -> Iterator[Any]:
        return iter([[found] for _ in articles])

    module = types.ModuleType("extractor.claims")
    module.extract_many = extract_many  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "extractor.claims", module)
    output = tmp_path / "floors.json"
    result = CliRunner().invoke(baseline.main, [str(tmp_path), "-o", str(output)])
    assert result.exit_code == 0, result.output
    floors = baseline.read_baseline(output)[str(tmp_path)]
    # P 1/1, R 1/2, F1 2/3 → 0.66 - 0.01
    assert (floors["precision"], floors["recall"], floors["amount_f1"]) == (0.99, 0.49, 0.65)
    assert floors["metric"] == 0.99 and floors["qualifier"] == 0.99


def test_recorded_floors_are_only_raised() -> None:
    from extractor.evaluation.baseline import raised_only

    old = {"corpus": {"asset": 0.79, "metric": 0.82, "venue": None}}
    new = {"corpus": {"asset": 0.78, "metric": 0.85, "venue": 0.9}, "other": {"asset": 0.5}}
    assert raised_only(old, new) == {
        "corpus": {"asset": 0.79, "metric": 0.85, "venue": 0.9},
        "other": {"asset": 0.5},
    }
