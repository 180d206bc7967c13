"""The layers' names: one definition of the metrics, checked against the data files and kept
out of the linker's code as bare strings."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from extractor import lexicon
from extractor.models import Claim
from extractor.nlp.layers import METRICS, M

LINKER_MODULES = [
    "linker",
    "metric",
    "side",
    "subject",
    "dating",
    "attribution",
    "venues",
    "citations",
    "context",
]


def test_the_metric_constants_are_the_metric_type() -> None:
    constants = {v for k, v in vars(M).items() if k.isupper()}
    assert constants == set(METRICS)
    assert {k: v.upper() for k, v in vars(M).items() if k.isupper()} == {
        v.upper(): v.upper() for v in METRICS
    }


def test_every_metric_has_units_and_a_trigger_in_the_data() -> None:
    """A new metric is one Literal name plus its data lines; a name without them never
    matches, a data line without the name is refused on load."""
    with_units = {m.metric for m in lexicon.metric_units()}
    triggered = {t.metric for t in lexicon.metric_triggers()}
    named = set(METRICS) - {M.OTHER}
    assert named - with_units == set(), "metrics without a metric_units.jsonl line"
    patterned = {M.PARTICIPANTS, M.SENTIMENT_INDEX, M.MARKET_CAP_CHANGE, M.RESERVES}
    assert named - triggered - patterned == set(), "metrics no trigger word can name"
    assert Claim.model_json_schema()["properties"]["metric"]["enum"] == list(METRICS)


@pytest.mark.parametrize("module", LINKER_MODULES)
def test_linker_modules_hold_no_metric_string_literals(module: str) -> None:
    tree = ast.parse(Path(f"extractor/nlp/{module}.py").read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    literals = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in METRICS and id(node) not in docstrings
    ]
    assert literals == [], f"use extractor.nlp.layers.M instead of {literals}"
