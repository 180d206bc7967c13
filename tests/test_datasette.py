"""The store opened in Datasette with the repository's metadata.yml, on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml
from ingest_servers import SITE

from extractor.ingest.html import parse_article
from extractor.ingest.run import extract_claims
from extractor.store import Store

METADATA = Path(__file__).resolve().parents[1] / "metadata.yml"
PAGES = ["bitcoin-liquidations", "ether-etf-outflows", "funding-rates-negative"]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("datasette") / "cryptoclaims.db"
    with Store(path) as store:
        for name in PAGES:
            article = parse_article(
                (SITE / f"{name}.html").read_bytes(), f"https://w.example/{name}"
            )
            store.save_article(article, extract_claims(article), encoding="utf-8")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def datasette(store_path):
    executable = Path(sys.executable).with_name("datasette")
    port = _free_port()
    process = subprocess.Popen(
        [
            *(str(executable), "serve", str(store_path), "--metadata", str(METADATA)),
            *("--host", "127.0.0.1", "--port", str(port)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{base}/-/versions.json", timeout=1).raise_for_status()
            break
        except httpx.HTTPError:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "datasette did not start"
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(10)


def _rows(url: str, **params: str) -> list[dict[str, object]]:
    response = httpx.get(url, params={"_shape": "array", **params}, timeout=10)
    response.raise_for_status()
    rows: list[dict[str, object]] = response.json()
    return rows


def test_claims_filter_on_their_columns(datasette):
    rows = _rows(f"{datasette}/cryptoclaims/claims.json", metric="liquidations", asset="CRYPTO")
    assert rows and all(r["metric"] == "liquidations" and r["asset"] == "CRYPTO" for r in rows)
    assert any(r["source"] == "CoinGlass" for r in rows)


def test_article_search_uses_the_full_text_index(datasette):
    rows = _rows(f"{datasette}/cryptoclaims/articles.json", _search="liquidated")
    assert len(rows) == 1 and "bitcoin-liquidations" in str(rows[0]["url"])


def test_canned_queries_run(datasette):
    found = _rows(f"{datasette}/cryptoclaims/search_articles.json", q="ETF")
    assert found and "[" in str(found[0]["passage"])
    figures = _rows(f"{datasette}/cryptoclaims/figures_of_a_fact.json", metric="etf_flow", asset="")
    assert figures and all(f["unit"] for f in figures)
    _rows(f"{datasette}/cryptoclaims/spread_between_outlets.json", min_ratio="1.5")
    _rows(f"{datasette}/cryptoclaims/recent_failures.json", runs="5")


def test_table_page_shows_the_column_labels(datasette):
    page = httpx.get(f"{datasette}/cryptoclaims/claims", timeout=10).text
    assert "The figure as written, with its sign, scale word and unit" in page


def test_metadata_names_only_tables_and_columns_the_store_has(store_path):
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    tables = metadata["databases"][store_path.stem]["tables"]
    with Store(store_path) as store:
        for table, spec in tables.items():
            assert store.table_exists(table), table
            names = {row[1] for row in store._db.execute(f"PRAGMA table_info({table})")}
            assert set(spec.get("columns", {})) <= names, table
            assert set(spec.get("facets", [])) <= names, table
        claims = {row[1] for row in store._db.execute("PRAGMA table_info(claims)")}
        assert claims <= set(tables["claims"]["columns"])  # every claim column is labelled
