"""Local files: decoded like fetched pages, and stored with the same idempotence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from extractor.cli import main
from extractor.corpus import article_from_file
from extractor.ingest.local import ingest_paths
from extractor.models import Article
from extractor.store import Store, load_articles, load_syndication

CORPUS = Path(__file__).parent.parent / "corpus"

# A page saved from a site that serves windows-1252: the euro sign is byte 0x80, the dash
# 0x97, the quotes 0x93/0x94; none of it is valid UTF-8.
SAVED_PAGE = """<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Tether mints €2.5 billion in a week — the most since March | Euro Crypto Wire</title>
<meta property="article:published_time" content="2026-02-09T10:00:00+01:00">
</head><body>
<div class="cookie-consent">We use cookies to personalise content. <a href="/privacy">More</a></div>
<article><h1>Tether mints €2.5 billion in a week — the most since March</h1>
<p>Tether minted €2.5 billion worth of its euro and dollar stablecoins over the past seven
days, the most in a single week since March, according to data from CryptoQuant.</p>
<p>“Demand for on-chain dollars tends to lead spot buying by a few days,” said an analyst at
a Paris-based market maker, who noted that exchange reserves of USDT rose 4% over the week.</p>
<p>The issuer’s total supply now stands above $187 billion, data from DefiLlama show.</p>
</article></body></html>"""


def _write_page(folder: Path, name: str = "tether-mint.html") -> Path:
    path = folder / name
    path.write_bytes(SAVED_PAGE.encode("cp1252"))
    return path


def test_extract_decodes_a_saved_windows_1252_page_as_ingest_does(tmp_path):
    article = article_from_file(_write_page(tmp_path))
    assert article.title == "Tether mints €2.5 billion in a week — the most since March"
    assert "“Demand for on-chain dollars" in article.text
    assert "cookies" not in article.text
    assert (article.published_source, article.published.isoformat()) == (
        "meta",
        "2026-02-09T10:00:00+01:00",
    )


def test_extract_command_reads_the_saved_page(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(_write_page(tmp_path))])
    assert result.exit_code == 0, result.output
    quotes = [json.loads(line)["quote"] for line in result.stdout.splitlines()]
    assert "€2.5 billion" in quotes and "$187 billion" in quotes


def test_local_files_are_stored_once_and_a_changed_file_replaces_its_article(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    _write_page(folder)
    note = folder / "miner-flows.txt"
    note.write_text(
        "Miners sent 15,300 BTC to exchanges on Tuesday, CryptoQuant data show.\n", "utf-8"
    )
    with Store(tmp_path / "news.db") as store:
        first = ingest_paths(store, [folder], extract=None)
        again = ingest_paths(store, [folder], extract=None)
        note.write_text("Miners sent 15,800 BTC to exchanges on Tuesday, revised data show.\n")
        changed = ingest_paths(store, [folder], extract=None)
    assert (first.counts["stored"], first.failures) == (2, [])
    assert (again.counts["unchanged"], again.counts["stored"]) == (2, 0)
    assert (changed.counts["updated"], changed.counts["unchanged"]) == (1, 1)
    stored = {a.id: a for a in load_articles(tmp_path / "news.db")}
    assert "15,800 BTC" in stored["miner-flows"].text
    # the text file has no date: stored, and the run says so
    assert first.undated == ["miner-flows"]
    assert any("1 articles stored without a publication date" in x for x in first.lines())


def test_a_copy_under_another_name_is_syndication_and_a_bad_file_does_not_stop_the_run(
    tmp_path,
):
    page = _write_page(tmp_path)
    copy = tmp_path / "tether-mint-copy.html"
    shutil.copy(page, copy)
    with Store(tmp_path / "news.db") as store:
        report = ingest_paths(store, [page, tmp_path / "missing.html", copy], extract=None)
    assert (report.counts["stored"], report.counts["duplicate"]) == (1, 1)
    assert [(f.url, f.stage) for f in report.failures] == [(str(tmp_path / "missing.html"), "read")]
    assert "no such file" in report.failures[0].reason
    assert list(load_syndication(tmp_path / "news.db").values()) == [["tether-mint-copy"]]


def test_corpus_folder_keeps_its_ids_and_dates_and_is_idempotent(tmp_path):
    db = tmp_path / "news.db"
    extracted: list[Article] = []

    def extract(article: Article) -> list:
        extracted.append(article)
        return []

    with Store(db) as store:
        first = ingest_paths(store, [CORPUS], extract=extract)
        second = ingest_paths(store, [CORPUS / "meta.jsonl"], extract=extract)
    ids = [json.loads(line)["id"] for line in (CORPUS / "meta.jsonl").read_text().splitlines()]
    assert first.counts["stored"] == len(ids) == second.counts["unchanged"]
    stored = {a.id: a for a in load_articles(db)}
    assert set(stored) == set(ids)
    assert all(
        (a.published_source == "given") == (a.published is not None) for a in stored.values()
    )
    assert len(extracted) == 2 * len(ids)


def test_ingest_command_with_path(tmp_path):
    db = tmp_path / "news.db"
    args = ["ingest", "--no-claims", "--db", str(db), "--path", str(_write_page(tmp_path))]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "files: stored 1, updated 0, unchanged 0" in first.output
    second = CliRunner().invoke(main, args)
    assert "files: stored 0, updated 0, unchanged 1" in second.output
    missing = CliRunner().invoke(main, ["ingest", "--db", str(db), "--path", "nowhere.txt"])
    assert missing.exit_code == 2  # nothing could be read (the exit code table)
    assert "nowhere.txt: no such file" in missing.output
