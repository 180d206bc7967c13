"""``cryptoclaims run``: the daily loop against the fixture site on 127.0.0.1 and 127.0.0.2.

One cycle ingests, extracts what is new and audits what is new; two overlapping runs on
one store leave no duplicates and one clear message; progress is drawn only on a
terminal; the JSON summary validates against its schema.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.schemas import SCHEMA_DIR
from extractor.store import Store, load_claims
from extractor.store_lock import lock_path

CLI = [sys.executable, "-m", "extractor"]


def _schema(name: str) -> dict[str, object]:
    schema: dict[str, object] = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return schema


def _run(*args: str):
    return CliRunner().invoke(main, ["run", "--allow-private", "--delay", "0", *args])


def test_one_cycle_ingests_extracts_and_audits_what_is_new(site, site2, tmp_path):
    db = tmp_path / "news.db"
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(
        f"# two outlets\n{site.origin}/feed.xml\n{site2.origin}/desk/feed.xml  # desk\n",
        encoding="utf-8",
    )
    first = _run("--feeds-file", str(feeds), "--db", str(db), "--json", "--fail-on", "scale_error")
    assert first.exit_code == 1, first.output  # a new scale slip, and --fail-on names it
    summary = json.loads(first.stdout)
    jsonschema.validate(summary, _schema("run-summary.schema.json"))
    assert summary["ingest"]["pages"]["stored"] == 6
    assert summary["extracted_articles"] == 6 and summary["extracted_claims"] > 50
    assert summary["audit"]["by_verdict"].get("scale_error", 0) >= 1
    assert len(load_claims(db)) == summary["extracted_claims"]
    with Store(db) as store:
        assert store.unextracted_articles() == []

    second = _run("--feeds-file", str(feeds), "--db", str(db), "--json", "--fail-on", "all")
    assert second.exit_code == 0, second.output  # nothing new: the old slip is not news
    again = json.loads(second.stdout)
    assert again["ingest"]["feeds"]["not_modified"] == 2
    assert (again["extracted_articles"], again["audit"]["findings"]) == (0, 0)
    assert again["audit"]["claims"] == summary["audit"]["claims"]


def test_new_findings_are_printed_as_a_table(site, site2, tmp_path):
    result = _run(
        *("--feed", f"{site.origin}/feed.xml", "--feed", f"{site2.origin}/desk/feed.xml"),
        *("--db", str(tmp_path / "news.db")),
    )
    assert result.exit_code == 0, result.output  # findings alone do not fail a daily job
    assert "scale slip" in result.stdout and "$434 billion" in result.stdout
    new = re.search(r"(\d+) new findings", result.stderr)
    assert new and int(new.group(1)) >= 1


def test_articles_stored_without_claims_are_extracted_by_the_next_run(site, tmp_path):
    db = tmp_path / "news.db"
    ingest = CliRunner().invoke(
        main,
        [
            *("ingest", "--feed", f"{site.origin}/feed.xml", "--db", str(db)),
            *("--allow-private", "--delay", "0", "--no-claims"),
        ],
    )
    assert ingest.exit_code == 0, ingest.output
    assert load_claims(db) == []
    result = _run("--feed", f"{site.origin}/feed.xml", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["extracted_articles"] == 5
    assert len(load_claims(db)) > 20


# --- two overlapping runs on one store -------------------------------------------------


def _command(site, db: Path, *extra: str) -> list[str]:
    return [
        *CLI,
        *("run", "--feed", f"{site.origin}/feed.xml", "--db", str(db), "--allow-private"),
        *("--delay", "0", "--workers", "1", *extra),
    ]


def _wait_for_lock(db: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while f"pid {process.pid} " not in (
        lock_path(db).read_text() if lock_path(db).exists() else ""
    ):
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)


def test_two_overlapping_runs_leave_no_duplicates_and_one_clear_message(site, tmp_path):
    db = tmp_path / "news.db"
    site.page_delay = 0.4  # the first run takes a few seconds
    first = subprocess.Popen(_command(site, db), stderr=subprocess.PIPE, text=True)
    _wait_for_lock(db, first)
    second = subprocess.run(
        _command(site, db), capture_output=True, text=True, check=False, timeout=60
    )
    assert second.returncode == 75
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1, second.stderr
    assert lines[0].startswith(f"error: {db} is in use by another run (pid {first.pid} since ")
    assert "try again when it has finished" in lines[0]
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    # every page was fetched once, and the store holds each article and claim once
    pages = Counter(path for path, _ in site.log if path.endswith(".html"))
    assert set(pages.values()) == {1}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchone() == (
            5,
            5,
        )
        ids = conn.execute("SELECT count(*), count(DISTINCT id) FROM claims").fetchone()
        assert ids[0] == ids[1] > 20
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1


def test_an_overlapping_run_can_wait_for_the_lock(site, tmp_path):
    db = tmp_path / "news.db"
    site.page_delay = 0.2
    first = subprocess.Popen(_command(site, db), stderr=subprocess.PIPE, text=True)
    _wait_for_lock(db, first)
    second = subprocess.run(
        _command(site, db, "--lock-wait", "2m", "--json"),
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )
    assert first.wait(120) == 0
    assert second.returncode == 0, second.stderr
    summary = json.loads(second.stdout)
    assert summary["ingest"]["feeds"]["not_modified"] == 1  # it ran after the first one
    assert summary["extracted_articles"] == 0


def test_a_killed_run_does_not_leave_the_store_locked(site, tmp_path):
    db = tmp_path / "news.db"
    site.page_delay = 0.5
    ingest = [*CLI, "ingest", "--feed", f"{site.origin}/feed.xml", "--db", str(db)]
    ingest += ["--allow-private", "--delay", "0", "--no-claims"]
    first = subprocess.Popen(ingest, stderr=subprocess.PIPE, text=True)
    _wait_for_lock(db, first)
    first.kill()  # SIGKILL: no clean-up runs, the lock file stays behind
    first.wait()
    assert lock_path(db).exists()
    site.page_delay = 0.0
    second = subprocess.run(ingest, capture_output=True, text=True, check=False)
    assert second.returncode == 0, second.stderr


# --- progress: a bar on a terminal only ---------------------------------------------------


def _on_a_terminal(command: list[str]) -> tuple[int, str]:
    """Run ``command`` with stderr on a pseudo-terminal; its exit status and what it drew."""
    master, slave = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=slave, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    os.close(master)
    return process.wait(60), b"".join(chunks).decode("utf-8", "replace")


def _ingest_command(site, db: Path, *extra: str) -> list[str]:
    return [
        *CLI,
        *("ingest", "--feed", f"{site.origin}/feed.xml", "--db", str(db), "--allow-private"),
        *("--delay", "0", "--no-claims", *extra),
    ]


def test_progress_is_drawn_on_a_terminal_and_never_in_a_pipe(site, tmp_path):
    site.page_delay = 0.1
    piped = subprocess.run(
        _ingest_command(site, tmp_path / "piped.db"), capture_output=True, text=True, check=False
    )
    assert piped.returncode == 0, piped.stderr
    assert "\x1b[" not in piped.stderr and "\r" not in piped.stderr
    assert "feeds: read 1" in piped.stderr

    status, drawn = _on_a_terminal(_command(site, tmp_path / "tty.db"))
    assert status == 0, drawn
    assert "\x1b[" in drawn and "━" in drawn  # rich's bar
    assert "pages" in drawn and "extract" in drawn

    status, quiet = _on_a_terminal(_ingest_command(site, tmp_path / "quiet.db", "--quiet"))
    assert status == 0, quiet
    assert quiet.strip() == ""


def test_verbose_lists_every_item(site, tmp_path):
    result = subprocess.run(
        _command(site, tmp_path / "v.db", "--verbose"), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert f"feeds 7 entries: {site.origin}/feed.xml" in result.stderr
    assert f"pages stored: {site.origin}/bitcoin-liquidations.html" in result.stderr
    assert "extract " in result.stderr and " claims: " in result.stderr
    assert "\x1b[" not in result.stderr


def test_usage_errors_exit_2():
    assert _run().exit_code == 2  # no feeds
    result = _run("--feed", "https://wire.example/feed", "--every", "soon")
    assert result.exit_code == 2 and "not a duration" in result.output
    assert _run("--feed", "x", "--quiet", "--verbose").exit_code == 2


@pytest.mark.parametrize("value", ["1h", "30m", "90s", "1d", "1h30m"])
def test_every_takes_durations(value):
    from extractor.commands.options import parse_duration

    assert (
        parse_duration(value)
        == {
            "1h": 3600,
            "30m": 1800,
            "90s": 90,
            "1d": 86400,
            "1h30m": 5400,
        }[value]
    )


def test_sigterm_ends_a_run_cleanly_with_exit_130(site, tmp_path):
    db = tmp_path / "news.db"
    site.page_delay = 0.4
    process = subprocess.Popen(_ingest_command(site, db), stderr=subprocess.PIPE, text=True)
    _wait_for_lock(db, process)
    deadline = time.monotonic() + 60
    while not any(path.endswith(".html") for path, _ in site.log):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    process.terminate()  # what systemctl stop sends
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.strip().splitlines()[-1] == "error: interrupted; what was stored so far is kept"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    site.page_delay = 0.0
    again = subprocess.run(_ingest_command(site, db), capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
