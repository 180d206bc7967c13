"""Input shards: pieces a worker reads alone, that together read as the whole input does."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.corpus import ArticleError
from extractor.models import Article
from extractor.shards import plan, read_inputs, read_shard

TEXTS = [
    "Bitcoin ETFs took in $512 million on Tuesday, Farside data show.",
    "Ether fell 4% to $2,310 as $96 million of longs were wiped out, CoinGlass says.",
    "Solana DEX volume hit $4.1 billion on Sunday, DefiLlama data show.",
]


def _corpus(folder: Path, ids: list[str]) -> Path:
    folder.mkdir()
    lines = []
    for i, article_id in enumerate(ids):
        (folder / f"{i}.txt").write_text(TEXTS[i % len(TEXTS)])
        lines.append(json.dumps({"id": article_id, "file": f"{i}.txt", "published": "2026-03-03"}))
    (folder / "meta.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def _ids(items) -> list[str]:
    return [a.id if isinstance(a, Article) else f"error {a.where}" for a in items]


def test_corpus_shards_read_as_the_whole_folder(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "c", [f"a{i}" for i in range(11)])
    shards = plan([folder], size=4)
    assert [s.lines for s in shards] == [range(1, 5), range(5, 9), range(9, 12)]
    pieces = [item for shard in shards for item in read_shard(shard)]
    assert _ids(pieces) == _ids(read_inputs([folder])) == [f"a{i}" for i in range(11)]


def test_a_repeated_id_keeps_the_corpus_one_shard(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "c", ["a0", "a1", "a2", "a3", "a4", "a1"])
    (shard,) = plan([folder], size=2)
    items = list(read_shard(shard))
    assert _ids(items)[:5] == ["a0", "a1", "a2", "a3", "a4"]
    error = items[5]
    assert isinstance(error, ArticleError) and "duplicate article id 'a1'" in error.reason


def test_jsonl_records_in_runs_with_bad_lines_named(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    rows = [json.dumps({"id": f"w{i}", "text": TEXTS[i % 3], "fetched_url": "x"}) for i in range(7)]
    rows[3] = '{"id": "w3", "text": '
    rows[5] = json.dumps({"id": "w5"})
    path.write_text("\n".join(rows) + "\n")
    shards = plan([path], size=3)
    assert [s.lines for s in shards] == [range(1, 4), range(4, 7), range(7, 8)]
    items = [item for shard in shards for item in read_shard(shard)]
    assert _ids(items) == ["w0", "w1", "w2", f"error {path}:4", "w4", f"error {path}:6", "w6"]
    assert "invalid article: text: Field required" in str(items[5])
    assert _ids(read_inputs([path])) == _ids(items)
