"""The cue lists of ``data/cues.jsonl``: each line validated, errors naming ``path:line``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor import lexicon
from extractor.errors import LexiconError
from extractor.models import METRICS

GOOD = '{"name": "sentiment_words", "phrases": ["fear", "greed"]}'

BAD_LINES = [
    pytest.param(
        '{"name": "flows", "metrics": ["etf_flows"]}',
        ":2: metrics: Value error, unknown metric 'etf_flows'",
        id="unknown-metric",
    ),
    pytest.param(
        '{"name": "mixed", "phrases": ["total"], "metrics": ["holdings"]}',
        ":2: metrics: Value error, a list holds either phrases or metrics",
        id="both-kinds",
    ),
    pytest.param(
        '{"name": "empty"}', ":2: metrics: Value error, a list holds either", id="neither"
    ),
    pytest.param(
        '{"name": "padded", "phrases": ["according to "]}',
        ":2: phrases: Value error, phrase 'according to ' is empty or not stripped",
        id="unstripped-phrase",
    ),
    pytest.param(
        '{"name": "twice", "phrases": ["filed", "filed"]}',
        ":2: phrases: Value error, a phrase is listed twice",
        id="duplicate-phrase",
    ),
    pytest.param(
        '{"name": "Total Words", "phrases": ["total"]}', ":2: name: String should match", id="name"
    ),
    pytest.param(
        '{"name": "typo", "phrases": ["total"], "metric": ["holdings"]}',
        ":2: metric: Extra inputs",
        id="unknown-field",
    ),
    pytest.param('{"name": "cut", "phrases": ["tot', ":2: invalid JSON", id="broken-json"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_bad_line_names_path_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "cues.jsonl"
    path.write_text(f"{GOOD}\n{line}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        lexicon.read_cue_lists(path)
    assert str(err.value).startswith(f"{path}{message}")


def test_list_given_twice_names_its_second_line(tmp_path: Path) -> None:
    path = tmp_path / "cues.jsonl"
    path.write_text(f"{GOOD}\n\n{GOOD.replace('greed', 'panic')}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r":3: name: list 'sentiment_words' is given twice"):
        lexicon.read_cue_lists(path)


@pytest.mark.parametrize(
    ("accessor", "name", "message"),
    [
        pytest.param(lexicon.cue_phrases, "no_such_list", "no list named", id="missing"),
        pytest.param(lexicon.cue_phrases, "stock_metrics", "holds no phrases", id="metrics-list"),
        pytest.param(lexicon.cue_metrics, "total_words", "holds no metrics", id="phrases-list"),
    ],
)
def test_wrong_list_names_the_file(
    accessor: Callable[[str], object], name: str, message: str
) -> None:
    with pytest.raises(LexiconError, match=rf"cues\.jsonl: (?:list '{name}' )?{message}"):
        accessor(name)


def test_shipped_lists_load_and_name_known_metrics() -> None:
    lists = lexicon.cue_lists()
    metric_lists = [entry for entry in lists.values() if entry.metrics]
    assert {"market_wide_metrics", "stock_metrics", "directional_metrics"} <= set(lists)
    assert all(set(entry.metrics) <= set(METRICS) for entry in metric_lists)
    assert "rose" in lexicon.cue_phrases("up_verbs")


def test_a_missing_time_cue_list_names_the_file() -> None:
    from extractor.nlp.periods import time_cue_phrases

    assert "plunge" in time_cue_phrases("move_verbs")
    with pytest.raises(LexiconError, match=r"time_cues\.jsonl: no list of phrases named 'nope'"):
        time_cue_phrases("nope")


def test_a_missing_asset_cue_list_names_the_file() -> None:
    from extractor.nlp.asset_data import asset_words

    assert re.fullmatch(asset_words("outside_count_nouns"), "Creditors", re.IGNORECASE)
    # any space between words
    assert re.fullmatch(asset_words("derivatives_nouns"), "open \n interest", re.IGNORECASE)
    assert not re.fullmatch(asset_words("derivatives_nouns"), "openinterest", re.IGNORECASE)
    with pytest.raises(LexiconError, match=r"asset_cues\.jsonl: no list of phrases named 'nope'"):
        asset_words("nope")
