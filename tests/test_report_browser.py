"""The HTML report in a real browser: headless Chromium loads it cleanly and shows the finding.

Chromium comes from Debian's ``chromium`` package (``make browser``, as root). Where it
is absent these tests skip and say so.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from audit_claims import Story

from extractor.audit import audit
from extractor.report import write_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (run `make browser` as root): HTML report not checked",
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


def load(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The page's DOM after loading, and every console message the page produced."""
    assert CHROMIUM is not None
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return done.stdout, console


def report_page(path: Path) -> Path:
    a = Story("seed-000", "Mitrade").say(
        "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 traders "
        "were liquidated in derivatives."
    )
    b = Story("seed-004", "Coinpedia").say(
        "In just 24 hours, more than $2.65 billion worth of leveraged crypto positions were "
        "wiped out."
    )
    c = Story("c005", "CryptoDesk").say("CoinGlass data shows total liquidations of $2.65 billion.")
    claims = [
        a.claim("$2.65 million", 2.65e6),
        b.claim("$2.65 billion", 2.65e9, qualifier="more_than"),
        c.claim("$2.65 billion", 2.65e9),
    ]
    write_html(audit(claims, {s.id: s.info() for s in (a, b, c)}), path)
    return path


def test_report_loads_without_errors_and_shows_the_finding(tmp_path: Path) -> None:
    dom, console = load(report_page(tmp_path / "report.html"), tmp_path / "profile")
    assert console == []
    assert "Likely scale slip" in dom and "high severity" in dom
    assert "<mark>$2.65 million</mark>" in dom and "<mark>$2.65 billion</mark>" in dom
    assert "lost <mark>$2.65 million</mark> in the last 24 hours" in dom
    assert "Value the other sources support: <strong>$2.65 billion</strong>" in " ".join(
        dom.split()
    )


def test_script_errors_would_be_seen(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text('<p>x</p><script>throw new Error("broken page")</script>', encoding="utf-8")
    _, console = load(page, tmp_path / "profile")
    assert any("Uncaught Error: broken page" in line for line in console)
