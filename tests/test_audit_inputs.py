"""Audit input: corpus folders, article files and claims/article JSON(L), detected by path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audit_claims import Story

from extractor.audit import audit
from extractor.audit.inputs import (
    ArticlePaths,
    RecordsFile,
    gather,
    source_for_path,
)
from extractor.errors import InputError
from extractor.models import Claim


def seed_story() -> tuple[Story, list[Claim]]:
    story = Story("seed-000", "Mitrade").say(
        "Crypto market loses $2.65 billion as Bitcoin dips to $60,000 amid bearish sentiment"
    )
    story.say("The crypto market lost $2.65 million in the last 24 hours.")
    claims = [
        story.claim("$2.65 billion", 2.65e9, sentence=0),
        story.claim("$2.65 million", 2.65e6),
    ]
    return story, claims


def write_jsonl(path: Path, records: list[str]) -> Path:
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


def no_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("articles that came with claims must not be extracted again")

    monkeypatch.setattr("extractor.claims.extract_many", refuse)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("corpus", ArticlePaths),
        ("corpus/meta.jsonl", ArticlePaths),
        ("claims.jsonl", RecordsFile),
        ("claims.json", RecordsFile),
        ("article.txt", ArticlePaths),
        ("article.html", ArticlePaths),
    ],
)
def test_source_for_path_by_kind_and_suffix(tmp_path: Path, name: str, kind: type) -> None:
    (tmp_path / "corpus").mkdir()
    path = tmp_path / name
    if not path.exists():
        path.write_text("{}", encoding="utf-8")
    assert isinstance(source_for_path(path), kind)


@pytest.mark.parametrize(
    ("name", "message"),
    [("missing.jsonl", "no such file"), ("claims.csv", "not a corpus folder, an article")],
)
def test_unusable_paths_are_errors_naming_the_path(tmp_path: Path, name: str, message: str) -> None:
    if name.endswith(".csv"):
        (tmp_path / name).write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        source_for_path(tmp_path / name)
    assert name in str(info.value)


def test_claims_jsonl_gives_claims_and_what_they_say_of_their_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_extraction(monkeypatch)
    _, claims = seed_story()
    path = write_jsonl(tmp_path / "claims.jsonl", [c.model_dump_json() for c in claims])
    data = gather([source_for_path(path)])
    assert [c.quote for c in data.claims] == ["$2.65 billion", "$2.65 million"]
    info = data.articles["seed-000"]
    assert (info.publisher, info.text) == ("Mitrade", None)


def test_claims_json_array_and_article_records_merge_without_reextraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_extraction(monkeypatch)
    story, claims = seed_story()
    array = tmp_path / "claims.json"
    array.write_text(json.dumps([c.model_dump(mode="json") for c in claims]), encoding="utf-8")
    articles = write_jsonl(tmp_path / "articles.jsonl", [story.article().model_dump_json()])
    data = gather([source_for_path(array), source_for_path(articles), source_for_path(array)])
    report = audit(data.claims, data.articles)
    assert report.claims == 2  # the same claims read twice count once
    assert data.articles["seed-000"].text == story.text
    assert data.articles["seed-000"].text_hash == story.article().text_hash


def test_articles_without_claims_are_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story, claims = seed_story()
    seen: list[str] = []

    def fake_extract(articles, workers=1):
        for article in articles:
            seen.append(article.id)
            yield claims

    monkeypatch.setattr("extractor.claims.extract_many", fake_extract)
    path = write_jsonl(tmp_path / "articles.jsonl", [story.article().model_dump_json()])
    data = gather([source_for_path(path)])
    assert seen == []  # extracted when the stream reaches the article, not before
    assert len(list(data.claims)) == 2 and seen == ["seed-000"]


@pytest.mark.parametrize(
    ("lines", "where", "reason"),
    [
        (["{not json"], ":1: invalid JSON", "Expecting property name"),
        (['{"id": "x"}'], ":1: neither a claim", "no 'quote'"),
        (["", "[1, 2]"], ":2: neither a claim", "no 'text'"),
        (['{"quote": "$2.65", "article_id": "a"}'], ":1: id:", "Field required"),
    ],
)
def test_bad_records_name_file_line_and_reason(
    tmp_path: Path, lines: list[str], where: str, reason: str
) -> None:
    path = write_jsonl(tmp_path / "claims.jsonl", lines)
    with pytest.raises(InputError, match=reason) as info:
        gather([source_for_path(path)])
    assert f"{path}{where}" in str(info.value)


def test_corpus_folder_keeps_going_past_a_missing_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("extractor.claims.extract_many", lambda articles, workers=1: iter([]))
    (tmp_path / "a.txt").write_text("Bitcoin fell to $60,000 on Friday.", encoding="utf-8")
    meta = [
        {"id": "a", "file": "a.txt", "publisher": "Coinpedia", "event": "btc-crash"},
        {"id": "b", "file": "b.txt", "publisher": "Mitrade"},
    ]
    write_jsonl(tmp_path / "meta.jsonl", [json.dumps(m) for m in meta])
    data = gather([source_for_path(tmp_path)])
    assert list(data.articles) == ["a"] and data.articles["a"].event == "btc-crash"
    (error,) = data.errors
    assert "meta.jsonl:2" in str(error) and "no such file" in str(error)


def test_claims_stream_one_at_a_time_after_a_scan_that_keeps_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claims of a JSONL file are read as the audit takes them: the first comes out
    before a bad claim further down is even validated, and that claim's error names its line."""
    no_extraction(monkeypatch)
    _, claims = seed_story()
    bad = claims[1].model_dump(mode="json") | {"value": "two point six five"}
    path = write_jsonl(tmp_path / "claims.jsonl", [claims[0].model_dump_json(), json.dumps(bad)])
    data = gather([source_for_path(path)])
    assert data.claimed == {"seed-000"} and data.articles == {}
    stream = iter(data.claims)
    assert next(stream).quote == "$2.65 billion"
    assert list(data.articles) == ["seed-000"]  # known from its claim as it was read
    with pytest.raises(InputError, match="value") as info:
        next(stream)
    assert f"{path}:2: value" in str(info.value)


def test_claims_on_stdin_are_read_twice_from_one_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    no_extraction(monkeypatch)
    _, claims = seed_story()
    text = "".join(c.model_dump_json() + "\n" for c in claims).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    data = gather([source_for_path(Path("-"))])
    assert data.claimed == {"seed-000"}
    assert [c.quote for c in data.claims] == ["$2.65 billion", "$2.65 million"]
