"""Loading, validating and placing gold claims; the sentence shown around a miss."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extractor.errors import CorpusError
from extractor.evaluation.gold import load_gold, locate_quote, place_claims
from extractor.evaluation.sentences import sentence_around

TEXT = (
    "Bitcoin Price Dips To $60,000, Erasing Trump Election Gains\n"
    "Bitcoin fell 15% to $60,000 on Friday. Over 82% of the $2.65 billion liquidated were longs."
)


def claim(**overrides: Any) -> dict[str, Any]:
    """A valid gold claim record (the second "$60,000" of TEXT), with overrides."""
    record: dict[str, Any] = {
        "quote": "$60,000",
        "occurrence": 2,
        "value": 60000,
        "unit": "USD",
        "metric": "price",
        "side": None,
        "asset": "BTC",
        "period": {"start": "2026-02-06", "end": "2026-02-06"},
        "source": None,
        "venue": None,
        "qualifier": "exact",
    }
    record.update(overrides)
    return record


def write_gold(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(article_id: str, *claims: dict[str, Any]) -> str:
    return json.dumps({"id": article_id, "claims": list(claims)})


def test_valid_gold_loads_with_its_line() -> None:
    path = Path(__file__).parent.parent / "corpus" / "gold.jsonl"
    lines = load_gold(path)
    assert lines[0].where == f"{path}:1"
    assert lines[0].article.claims[0].quote == "$2.65 billion"


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", ":2: invalid JSON"),
        ('["seed-000"]', ":2: expected a JSON object, got list"),
        (
            line("b", claim(metric="liquidation")),
            ":2: claims[0] ('$60,000').metric: Input should be",
        ),
        (line("b", claim(), claim(occurrence=0)), ":2: claims[1] ('$60,000').occurrence"),
        (line("b", claim(side="bearish")), ".side: Input should be"),
        (line("b", claim(period={"start": "2026-02-07", "end": "2026-02-06"})), "is after end"),
        (line("b", claim(qualifier="about")), ".qualifier: Input should be"),
        (line("b", claim(currency="USD")), ".currency: Extra inputs are not permitted"),
        (line("b", {k: v for k, v in claim().items() if k != "unit"}), ".unit: Field required"),
        (json.dumps({"id": "b"}), ":2: claims: Field required"),
        (line("a", claim()), ":2: duplicate article id 'a' (first at"),
    ],
)
def test_bad_gold_line_names_file_line_and_reason(
    tmp_path: Path, bad_line: str, message: str
) -> None:
    path = write_gold(tmp_path, line("a", claim()), bad_line)
    with pytest.raises(CorpusError) as info:
        load_gold(path)
    assert str(info.value).startswith(str(path))
    assert message in str(info.value)


def test_missing_gold_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"gold\.jsonl: no such gold file"):
        load_gold(tmp_path / "gold.jsonl")


def test_blank_lines_are_skipped_and_numbering_kept(tmp_path: Path) -> None:
    path = write_gold(tmp_path, line("a", claim()), "", line("b", claim()))
    assert [g.where.rsplit(":", 1)[1] for g in load_gold(path)] == ["1", "3"]


@pytest.mark.parametrize(
    ("quote", "occurrence", "expected"),
    [
        ("$60,000", 1, 22),
        ("$60,000", 2, TEXT.index("$60,000 on Friday")),
        ("$60,000", 3, None),
        ("2", 1, TEXT.index("82%") + 1),  # raw substring: a digit inside another number
        ("15%", 1, TEXT.index("15%")),
        ("$2.65 trillion", 1, None),
    ],
)
def test_locate_quote_by_occurrence(quote: str, occurrence: int, expected: int | None) -> None:
    span = locate_quote(TEXT, quote, occurrence)
    assert (span[0] if span else None) == expected
    if span:
        assert TEXT[span[0] : span[1]] == quote


def test_quote_not_in_article_names_line_and_count(tmp_path: Path) -> None:
    path = write_gold(tmp_path, line("a", claim(), claim(occurrence=3)))
    (gold_line,) = load_gold(path)
    with pytest.raises(CorpusError) as info:
        place_claims(gold_line, TEXT)
    assert str(info.value) == (
        f"{path}:1: claims[1]: quote '$60,000' occurrence 3 not in article 'a' (found 2)"
    )


def test_placed_claims_carry_their_spans(tmp_path: Path) -> None:
    path = write_gold(tmp_path, line("a", claim(), claim(quote="82%", occurrence=1, unit="%")))
    placed = place_claims(load_gold(path)[0], TEXT)
    assert [TEXT[p.start : p.end] for p in placed] == ["$60,000", "82%"]
    assert placed[0].start == TEXT.index("$60,000 on Friday")


@pytest.mark.parametrize(
    ("quote", "sentence"),
    [
        ("15%", "Bitcoin fell 15% to $60,000 on Friday."),
        ("82%", "Over 82% of the $2.65 billion liquidated were longs."),
        ("Erasing", "Bitcoin Price Dips To $60,000, Erasing Trump Election Gains"),
    ],
)
def test_sentence_around_a_span(quote: str, sentence: str) -> None:
    start = TEXT.index(quote)
    assert sentence_around(TEXT, start, start + len(quote)) == sentence


def test_sentence_around_a_span_in_a_long_run_is_cut_around_it() -> None:
    text = "word " * 200 + "$258 million outflow " + "word " * 200
    start = text.index("$258")
    shown = sentence_around(text, start, start + 12)
    assert "$258 million" in shown
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) < 450
