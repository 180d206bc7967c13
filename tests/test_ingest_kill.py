"""A run killed with SIGKILL and started again ends with the store of an uninterrupted run."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time

import pytest

SNAPSHOT = {
    "articles": "SELECT id, url, fetched_url, publisher, title, author, published, updated, "
    "text_hash, event FROM articles ORDER BY id",
    "claims": "SELECT id, article_id, record FROM claims ORDER BY id",
    "syndication": "SELECT article_id, url, reason FROM syndication ORDER BY article_id, url",
    "fetch_cache": "SELECT url, etag, last_modified FROM fetch_cache ORDER BY url",
}


def _command(site, db):
    return [
        *(sys.executable, "-m", "extractor", "ingest", "--feed", f"{site.origin}/feed.xml"),
        *("--allow-private", "--delay", "0", "--workers", "1", "--db", str(db)),
    ]


def _snapshot(db):
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {name: conn.execute(query).fetchall() for name, query in SNAPSHOT.items()}


def _pages_served(site):
    return sum(1 for path, _ in site.log if path.endswith(".html"))


@pytest.mark.parametrize("kill_after", [1, 3, 5])
def test_sigkill_mid_run_then_rerun_equals_an_uninterrupted_run(site, tmp_path, kill_after):
    clean = tmp_path / "clean.db"
    subprocess.run(_command(site, clean), check=True, capture_output=True)
    expected = _snapshot(clean)
    assert len(expected["articles"]) == 5

    killed = tmp_path / "killed.db"
    site.log.clear()
    site.page_delay = 0.15
    process = subprocess.Popen(_command(site, killed), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _pages_served(site) < kill_after and process.poll() is None:
        assert time.monotonic() < deadline, "the run never reached the kill point"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    partial = _snapshot(killed)
    assert len(partial["articles"]) < 5  # killed before the end
    site.page_delay = 0.0
    subprocess.run(_command(site, killed), check=True, capture_output=True)
    assert _snapshot(killed) == expected
