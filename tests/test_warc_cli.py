"""``cryptoclaims ingest --warc``: archived pages stored with their claims, damage listed."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from warc_files import OFFTOPIC, gzip_records, http_response, page, record, warcinfo

from extractor.cli import main
from extractor.store import Store, load_articles, load_claims

BASE = "https://coinledger.example"


def _archive(path: Path, damaged: bool = False) -> list[int]:
    records = [
        warcinfo(),
        record(f"{BASE}/a/liq", http_response(page("bitcoin-liquidations.html"))),
        record(f"{BASE}/a/mstr", http_response(page("strategy-bitcoin-purchase.html"))),
        record(
            "https://riverside-courier.example/run",
            http_response(page("city-marathon.html", OFFTOPIC)),
        ),
        record(f"{BASE}/a/funding", http_response(page("funding-rates-negative.html"))),
    ]
    offsets = gzip_records(path, records)
    if damaged:
        data = bytearray(path.read_bytes())
        data[offsets[2] + 30 : offsets[2] + 90] = bytes(60)
        path.write_bytes(bytes(data))
    return offsets


def _ingest(*args: str):
    return CliRunner().invoke(main, ["ingest", *args])


def test_ingest_warc_stores_crypto_pages_with_claims_and_is_idempotent(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    _archive(warc)
    db = tmp_path / "store.db"
    first = _ingest("--warc", str(warc), "--crypto-only", "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "kept 3" in first.output and "off-topic 1" in first.output
    assert "pages: stored 3," in first.output
    articles, claims = load_articles(db), load_claims(db)
    assert len(articles) == 3 and claims
    assert {c.article_id for c in claims} == {a.id for a in articles}
    second = _ingest("--warc", str(warc), "--crypto-only", "--db", str(db))
    assert second.exit_code == 0, second.output
    assert "pages: stored 0, updated 0, unchanged 3," in second.output
    assert (load_articles(db), load_claims(db)) == (articles, claims)


def test_damaged_record_is_a_failure_with_file_and_offset_and_others_stored(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    offsets = _archive(warc, damaged=True)
    db = tmp_path / "store.db"
    result = _ingest("--warc", str(warc), "--no-claims", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert f"warc       {warc}: offset {offsets[2]}: corrupt gzip member" in result.output
    assert len(load_articles(db)) == 3  # the marathon page too: no filter asked
    with Store(db) as store:
        (failure,) = store.failures()
    assert failure.stage == "warc" and failure.url == f"{warc}: offset {offsets[2]}"


def test_site_list_file_and_missing_file(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    _archive(warc)
    sites = tmp_path / "sites.txt"
    sites.write_text("# news sites\nriverside-courier.example\n")
    db = tmp_path / "store.db"
    result = _ingest("--warc", str(warc), "--sites", str(sites), "--no-claims", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert [a.publisher for a in load_articles(db)] == ["Riverside Courier"]
    missing = _ingest("--warc", str(warc), "--sites", str(tmp_path / "nope.txt"), "--db", str(db))
    assert missing.exit_code == 2
    assert "nope.txt: cannot read the sites file" in missing.output
