"""Scores per event cluster: articles of one event are summed, lone articles stand alone, and
the macro average weighs every cluster the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.evaluation.events import by_event, macro
from extractor.evaluation.scoring import FIELDS, ArticleScore, Counts, Evaluation


def scored(article_id: str, event: str | None, gold: int, correct: int) -> ArticleScore:
    fields = dict.fromkeys(FIELDS, correct)
    counts = Counts(gold=gold, predicted=gold, matched=gold, amount_correct=correct,
                    field_correct=fields)  # fmt: skip
    return ArticleScore(article_id, counts, [], event=event)


def test_articles_of_one_event_are_summed_and_lone_articles_are_their_own_cluster() -> None:
    evaluation = Evaluation(
        [
            scored("a1", "crash-2026-02-05", 10, 10),
            scored("a2", "crash-2026-02-05", 30, 30),
            scored("a3", "single", 4, 2),
            scored("a4", None, 6, 6),
        ]
    )
    events = by_event(evaluation)
    assert [(e.event, e.articles, e.counts.gold) for e in events] == [
        ("crash-2026-02-05", ("a1", "a2"), 40),
        ("a3", ("a3",), 4),
        ("a4", ("a4",), 6),
    ]
    # Micro F1 is 48/50 = 0.96; the macro average gives the weak lone article its full weight.
    assert evaluation.totals.f1 == pytest.approx(0.96)
    assert macro(events)["amount_f1"] == pytest.approx((1.0 + 0.5 + 1.0) / 3)
    assert macro(events)["metric"] == pytest.approx((1.0 + 0.5 + 1.0) / 3)


def test_evaluate_by_event_json(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    result = CliRunner().invoke(main, ["evaluate", str(corpus), "--by-event", "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    events = document["events"]
    assert sum(e["gold"] for e in events) == document["totals"]["gold"]
    assert {a for e in events for a in e["articles"]} == {a["id"] for a in document["articles"]}
    assert 0 < document["macro"]["amount_f1"] <= 1


def test_evaluate_articles_pattern_scores_only_the_matching_ids() -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    result = CliRunner().invoke(
        main, ["evaluate", str(corpus), "--json", "--articles", "c00?", "--articles", "seed-000"]
    )
    assert result.exit_code == 0, result.output
    ids = {a["id"] for a in json.loads(result.output)["articles"]}
    assert ids == {f"c00{i}" for i in range(1, 10)} | {"seed-000"}
