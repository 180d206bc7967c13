"""A run killed with SIGKILL and started again ends with the store of an uninterrupted run."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable

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


def _unique_keys(db):
    """No key twice: article ids and URLs, claim ids, syndication and cache rows."""
    checks = {
        "articles": "SELECT count(*) - count(DISTINCT id) + count(*) - count(DISTINCT url) "
        "FROM articles",
        "claims": "SELECT count(*) - count(DISTINCT id) FROM claims",
        "syndication": "SELECT count(*) - count(DISTINCT article_id || ' ' || url) "
        "FROM syndication",
        "fetch_cache": "SELECT count(*) - count(DISTINCT url) FROM fetch_cache",
    }
    with sqlite3.connect(db) as conn:
        return {name: conn.execute(query).fetchone()[0] for name, query in checks.items()}


def _kill_then_rerun(site, db, kill_when) -> bool:
    """Start a slowed run, SIGKILL it when ``kill_when()`` says so, check the store, run
    again to the end; True when the kill landed before the run had finished."""
    site.log.clear()
    site.page_delay = 0.15
    process = subprocess.Popen(_command(site, db), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not kill_when() and process.poll() is None:
        assert time.monotonic() < deadline, "the run never reached the kill point"
        time.sleep(0.01)
    mid_run = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    if db.exists():  # whatever the moment of the kill: a sound file, no key twice
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "articles" in tables:  # killed before the schema's transaction: an empty file
            assert set(_unique_keys(db).values()) == {0}
    site.page_delay = 0.0
    subprocess.run(_command(site, db), check=True, capture_output=True)
    return mid_run


# Random kill moments (matrix row 26 asks for 50 seeds: CRYPTOCLAIMS_KILL_SEEDS=50; each
# seed costs two runs, so the default suite tries a few).
KILL_SEEDS = int(os.environ.get("CRYPTOCLAIMS_KILL_SEEDS", "4"))


def test_sigkill_at_pages_and_random_moments_then_rerun_equals_an_uninterrupted_run(site, tmp_path):
    clean = tmp_path / "clean.db"
    site.page_delay = 0.15
    started = time.monotonic()
    subprocess.run(_command(site, clean), check=True, capture_output=True)
    span = time.monotonic() - started
    expected = _snapshot(clean)
    assert len(expected["articles"]) == 5
    for pages in (1, 4):  # mid-fetch, early and late
        db = tmp_path / f"killed-after-{pages}.db"
        assert _kill_then_rerun(site, db, lambda n=pages: _pages_served(site) >= n)
        assert _snapshot(db) == expected, f"killed after page {pages}"
    landed = 0
    for seed in range(KILL_SEEDS):  # start-up, feed, pages, claims, commit
        at = random.Random(seed).uniform(0.0, span)
        db = tmp_path / f"killed-{seed}.db"
        landed += _kill_then_rerun(site, db, _after(at))
        assert _snapshot(db) == expected, f"seed {seed}: killed at {at:.2f} s of {span:.2f} s"
    assert landed >= KILL_SEEDS // 2  # most kills land mid-run, not after it ended


def _after(seconds: float) -> Callable[[], bool]:
    start = time.monotonic()
    return lambda: time.monotonic() - start >= seconds
