"""Extraction and audit on a Dask cluster give exactly what one machine gives.

The cluster is a LocalCluster on 127.0.0.1 with two single-threaded worker processes,
started and stopped by this module (its memory limit keeps it fit for a 2-core CI box).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster
from warc_files import gzip_records, http_response, page, record

from extractor.audit import audit
from extractor.claims import extract_many
from extractor.cli import main
from extractor.corpus import ArticleError, load_corpus
from extractor.dataset import CLAIM_SCHEMA, claims_table, read_table
from extractor.distributed import extract_shards, judge_on
from extractor.errors import ExitCode
from extractor.models import Article, Claim
from extractor.shards import plan, read_inputs

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REPLICAS = 2


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        memory_limit="2GiB",
    )
    with cluster, Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus twice over (ids and dates of the copy moved), and one bad line."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = []
    for copy in range(REPLICAS):
        for line in (CORPUS / "meta.jsonl").read_text().splitlines():
            meta = json.loads(line)
            (folder / meta["file"]).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(CORPUS / meta["file"], folder / meta["file"])
            if copy:
                meta["id"] = f"{meta['id']}-copy{copy}"
                if meta.get("published"):
                    day = date.fromisoformat(meta["published"][:10]) + timedelta(days=40 * copy)
                    meta["published"] = day.isoformat()
            lines.append(json.dumps(meta))
    lines.insert(7, '{"id": "broken", "file": "missing.txt"}')
    (folder / "meta.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def _single_machine(paths: list[Path]) -> tuple[pa.Table, list[str]]:
    articles, errors = [], []
    for item in read_inputs(paths):
        (errors.append(str(item)) if isinstance(item, ArticleError) else articles.append(item))
    tables = [
        claims_table(article, result)
        for article, result in zip(articles, extract_many(articles), strict=True)
        if not isinstance(result, ArticleError)
    ]
    return (pa.concat_tables(tables) if tables else CLAIM_SCHEMA.empty_table()), errors


def test_shards_cover_a_corpus_in_order(corpus: Path) -> None:
    shards = plan([corpus], size=5)
    count = len((corpus / "meta.jsonl").read_text().splitlines())
    assert len(shards) == -(-count // 5)  # runs of 5 lines, the last one shorter
    assert shards[-1].lines.stop == count + 1
    assert [s.lines for s in shards][:2] == [range(1, 6), range(6, 11)]
    whole = [a.id for a in load_corpus(corpus) if isinstance(a, Article)]
    assert [a.id for a in read_inputs([corpus]) if isinstance(a, Article)] == whole


def test_extraction_on_the_cluster_equals_one_machine(client: Client, corpus: Path) -> None:
    expected, errors = _single_machine([corpus])
    results = list(extract_shards(client, plan([corpus], size=5)))
    claims = pa.concat_tables([r.claims for r in results])
    assert claims.num_rows == expected.num_rows > 400
    assert claims.equals(expected)  # same rows, same order, same types
    assert [f"{w}: {r}" for res in results for w, r in res.errors] == errors
    assert len(errors) == 1 and "meta.jsonl:8" in errors[0]


def test_audit_on_the_cluster_equals_one_machine(client: Client, corpus: Path) -> None:
    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)]
    claims = [c for result in extract_many(articles) if isinstance(result, list) for c in result]
    by_id = {a.id: a for a in articles}
    here = audit(claims, by_id)
    there = audit(claims, by_id, judge_all=judge_on(client))
    assert here.findings, "the corpus has slips to find"
    assert there.model_dump() == here.model_dump()


def _archive(path: Path) -> None:
    pages = ["bitcoin-liquidations", "ether-etf-outflows", "solana-dex-volume"]
    gzip_records(
        path,
        [
            record(f"https://coinledger.example/{name}", http_response(page(f"{name}.html")))
            for name in pages
        ],
    )


def _records(path: Path) -> None:
    texts = {
        "wire-1": "Spot bitcoin ETFs drew $512 million of net inflows on Tuesday, Farside says.",
        "wire-2": "Ether fell 4% to $2,310 as $96 million of longs were wiped out, CoinGlass says.",
    }
    rows = [
        {"id": key, "text": text, "published": "2026-03-10T14:00:00Z", "stored_at": "x"}
        for key, text in texts.items()
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")


def _claims(output: str) -> list[dict[str, object]]:
    """Claims of JSONL output, publication times as UTC instants (Arrow stores them so)."""
    rows = []
    for line in output.splitlines():
        claim = Claim.model_validate_json(line)
        if claim.published is not None and claim.published.tzinfo is None:
            claim.published = claim.published.replace(tzinfo=UTC)
        rows.append(claim.model_dump())
    return rows


def test_extract_command_on_the_cluster(client: Client, corpus: Path, tmp_path: Path) -> None:
    warc, jsonl = tmp_path / "crawl.warc.gz", tmp_path / "wire.jsonl"
    _archive(warc)
    _records(jsonl)
    inputs = [str(corpus), str(jsonl), str(warc)]
    runner = CliRunner()
    one = runner.invoke(main, ["extract", *inputs, "--dataset", str(tmp_path / "one")])
    address = client.scheduler.address
    args = ["extract", *inputs, "--dask", address, "--dataset", str(tmp_path / "many")]
    many = runner.invoke(main, [*args, "-o", str(tmp_path / "many.jsonl")])
    assert many.exit_code == one.exit_code == 0, many.output
    assert many.stderr.splitlines()[-1] == one.stderr.splitlines()[-1]
    assert "meta.jsonl:8: " in many.stderr  # the bad line, named as one machine names it
    plain = runner.invoke(main, ["extract", *inputs])
    assert _claims((tmp_path / "many.jsonl").read_text()) == _claims(plain.stdout)
    key = [("id", "ascending"), ("text_hash", "ascending")]
    for table in ("claims", "articles"):
        here = read_table(tmp_path / "one", table).sort_by(key)
        there = read_table(tmp_path / "many", table).sort_by(key)
        assert there.num_rows == here.num_rows > 0
        assert there.equals(here)


def test_audit_command_on_the_cluster(client: Client, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    runner = CliRunner()
    assert runner.invoke(main, ["extract", str(CORPUS), "-o", str(claims)]).exit_code == 0
    base = ["audit", str(claims), str(CORPUS), "--fail-on", "none"]
    one = runner.invoke(main, [*base, "--json", str(tmp_path / "one.json")])
    many = runner.invoke(
        main, [*base, "--json", str(tmp_path / "many.json"), "--dask", client.scheduler.address]
    )
    assert one.exit_code == many.exit_code == 0, many.output
    report = json.loads((tmp_path / "one.json").read_text())
    assert report["findings"]
    assert (tmp_path / "many.json").read_text() == (tmp_path / "one.json").read_text()


def test_unreachable_scheduler_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Bitcoin rose 5% to $64,000 on Monday.")
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "a.txt"), "--dask", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == ExitCode.ERROR
    assert "tcp://127.0.0.1:9: cannot reach the Dask scheduler" in result.stderr


def test_published_dates_survive_the_trip(client: Client, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Bitcoin fell 3% to $61,200 on Friday, CoinDesk data show.")
    meta = {"id": "a", "file": "a.txt", "published": "2026-02-09T23:30:00-05:00"}
    (folder / "meta.jsonl").write_text(json.dumps(meta) + "\n")
    (result,) = extract_shards(client, plan([folder]))
    row = result.claims.to_pylist()[0]
    assert row["published"] == datetime(2026, 2, 10, 4, 30, tzinfo=UTC)
    assert row["period_start"] == date(2026, 2, 6)
