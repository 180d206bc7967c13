"""``cryptoclaims evaluate`` end to end, with the extraction replaced by fixed predictions.

The corpus is built in a temporary folder from sentences of the seed articles, so that the
command's scoring, output and exit codes are checked whatever the real extractor does.
"""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.corpus import ArticleError
from extractor.evaluation.gold import locate_quote
from extractor.models import Article, Claim, claim_id

TEXTS = {
    "a": (
        "Crypto market loses $2.65 billion as Bitcoin dips to $60,000 amid bearish sentiment\n"
        "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 traders "
        "were liquidated in derivatives."
    ),
    "b": "An outflow of $258 million on Thursday, amounting to more than $500 million so far.",
    "c": "The Fear and Greed Index reading falls to 5 on Friday.",
}
GOLD = {
    "a": [
        ("$2.65 billion", 2.65e9, "USD"),
        ("$60,000", 60_000, "USD"),
        ("585,000", 585_000, "count"),
    ],
    "b": [("$258 million", 258e6, "USD"), ("$500 million", 500e6, "USD")],
}


def gold_record(quote: str, value: float, unit: str) -> dict[str, Any]:
    return {
        "quote": quote,
        "occurrence": 1,
        "value": value,
        "unit": unit,
        "metric": "other",
        "side": None,
        "asset": None,
        "period": None,
        "source": None,
        "venue": None,
        "qualifier": "exact",
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A corpus folder: three articles, gold for two of them."""
    meta = []
    for article_id, text in TEXTS.items():
        (tmp_path / f"{article_id}.txt").write_text(text, encoding="utf-8")
        meta.append(
            json.dumps({"id": article_id, "file": f"{article_id}.txt", "published": "2026-02-06"})
        )
    (tmp_path / "meta.jsonl").write_text("\n".join(meta) + "\n", encoding="utf-8")
    gold = [json.dumps({"id": k, "claims": [gold_record(*c) for c in v]}) for k, v in GOLD.items()]
    (tmp_path / "gold.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    return tmp_path


def claim(article_id: str, quote: str, value: float, unit: str) -> Claim:
    start, end = locate_quote(TEXTS[article_id], quote, 1) or (0, 0)
    return Claim(
        id=claim_id(article_id, start, end),
        article_id=article_id,
        quote=quote,
        start=start,
        end=end,
        sentence=TEXTS[article_id],
        value=value,
        unit=unit,
        low=None,
        high=None,
    )


def install_extractor(monkeypatch: pytest.MonkeyPatch, outputs: dict[str, Any]) -> list[str]:
    """Stand in ``extractor.claims`` with one that returns ``outputs`` per article id."""
    seen: list[str] = []

    def extract_many(articles: Iterable[Article], workers: int = 1) -> Iterator[Any]:
        for article in articles:
            seen.append(article.id)
            yield outputs.get(article.id, [])

    module = types.ModuleType("extractor.claims")
    module.extract_many = extract_many  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "extractor.claims", module)
    return seen


PERFECT = {k: [claim(k, *c) for c in v] for k, v in GOLD.items()}
# "$2.65 billion" read as millions; "24" is not a claim; "585,000" not found.
FLAWED = {
    "a": [
        claim("a", "$2.65 billion", 2.65e6, "USD"),
        claim("a", "$60,000", 60_000, "USD"),
        claim("a", "24", 24, "count"),
    ],
    "b": PERFECT["b"],
}


def run(*args: str) -> Any:
    return CliRunner().invoke(main, ["evaluate", *args])


def test_perfect_predictions_score_one_and_pass_min_f1(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    seen = install_extractor(monkeypatch, PERFECT)
    result = run(str(corpus), "--json", "--min-f1", "1")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["totals"]["scores"]["amount_f1"] == 1.0
    assert report["totals"]["gold"] == report["totals"]["amount_correct"] == 5
    assert report["unscored"] == ["c"]
    assert seen == ["a", "b"]  # only articles with gold are extracted


def test_flawed_predictions_counts_and_min_f1_exit(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    install_extractor(monkeypatch, FLAWED)
    result = run(str(corpus), "--json", "--min-f1", "0.7")
    assert result.exit_code == 1
    assert "amount F1 0.600 is below --min-f1 0.700" in result.stderr
    totals = json.loads(result.stdout)["totals"]
    assert (totals["gold"], totals["predicted"], totals["matched"], totals["amount_correct"]) == (
        5,
        5,
        4,
        3,
    )
    assert totals["scores"]["precision"] == totals["scores"]["recall"] == 0.6
    per_article = {a["id"]: a["scores"]["amount_f1"] for a in json.loads(result.stdout)["articles"]}
    assert per_article == {"a": pytest.approx(1 / 3, abs=1e-4), "b": 1.0}


def test_misses_list_each_mismatch_with_its_sentence(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    install_extractor(monkeypatch, FLAWED)
    result = run(str(corpus), "--misses")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "wrong value: expected 2650000000, got 2650000 @20 '$2.65 billion'" in out
    assert f"extra @{TEXTS['a'].index('24')} '24'" in out
    assert f"missed @{TEXTS['a'].index('585')} '585,000' — The crypto market lost $2.65" in out
    assert "not scored (no gold): c" in out


def test_misses_in_json(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    install_extractor(monkeypatch, FLAWED)
    report = json.loads(run(str(corpus), "--json", "--misses").stdout)
    kinds = [(m["kind"], m["field"], m["quote"]) for m in report["articles"][0]["mismatches"]]
    assert kinds == [
        ("wrong", "value", "$2.65 billion"),
        ("extra", None, "24"),
        ("missed", None, "585,000"),
    ]
    assert "mismatches" not in json.loads(run(str(corpus), "--json").stdout)["articles"][0]


def test_extraction_failure_is_reported_and_scored_as_no_claims(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    install_extractor(monkeypatch, {**PERFECT, "b": ArticleError("b", "spaCy E088: text too long")})
    report = json.loads(run(str(corpus), "--json").stdout)
    assert report["failures"] == ["b: spaCy E088: text too long"]
    assert report["totals"]["scores"]["recall"] == 0.6


@pytest.mark.parametrize(
    ("gold_lines", "message"),
    [
        (['{"id": "a", "claims": []}', "{oops"], "gold.jsonl:2: invalid JSON"),
        (['{"id": "zzz", "claims": []}'], "gold.jsonl:1: article 'zzz' is not in"),
        (
            [json.dumps({"id": "b", "claims": [gold_record("$259 million", 259e6, "USD")]})],
            "gold.jsonl:1: claims[0]: quote '$259 million'",
        ),
    ],
)
def test_bad_gold_exits_2_naming_file_and_line(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, gold_lines: list[str], message: str
) -> None:
    install_extractor(monkeypatch, PERFECT)
    bad = corpus / "other-gold.jsonl"
    bad.write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    result = run(str(corpus), "--gold", str(bad))
    assert result.exit_code == 2
    assert message.replace("gold.jsonl", "other-gold.jsonl") in result.stderr


def test_missing_corpus_exits_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    install_extractor(monkeypatch, {})
    result = run(str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "no such gold file" in result.stderr


def test_table_output_shows_scores(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    install_extractor(monkeypatch, FLAWED)
    out = run(str(corpus)).stdout
    assert "amount F1" in out and "60.0%" in out
    assert "metric accuracy" in out
