"""The HTML report in a real browser: headless Chromium loads it cleanly and shows the finding.

Chromium comes from Debian's ``chromium`` package (``make browser``, as root). Where it
is absent these tests skip and say so.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from audit_claims import Story

from extractor.audit import ArticleInfo, audit
from extractor.corpus import load_corpus
from extractor.models import Article, AuditReport, Claim
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


CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLES_AT_SCALE = 2000
APART = timedelta(days=2500)  # replicas this far apart never share a window


def replicated_report(count: int) -> AuditReport:
    """The bundled corpus's claims copied to ``count`` articles, each copy its own news:
    its own ids, publishers and events, dated 2,500 days after the copy before."""
    from extractor.claims import extract_article

    base = [a for a in load_corpus(CORPUS) if isinstance(a, Article)]
    claims = {a.id: extract_article(a) for a in base}
    infos: dict[str, ArticleInfo] = {}
    copies: list[Claim] = []
    for n in range(count):
        article, k = base[n % len(base)], n // len(base)
        info = ArticleInfo(
            id=f"{article.id}~{k}",
            publisher=f"{article.publisher} ~{k}",
            published=article.published + APART * k if article.published else None,
            url=article.url,
            event=f"{article.event}~{k}" if article.event not in (None, "single") else None,
            text_hash=f"{article.text_hash}~{k}",
            text=article.text,
        )
        infos[info.id] = info
        for claim in claims[article.id]:
            copies.append(
                claim.model_copy(
                    update={
                        "id": f"{claim.id}~{k}",
                        "article_id": info.id,
                        "sentence": f"{claim.sentence} (r{k})",
                        "publisher": info.publisher,
                        "published": info.published,
                        "period_start": claim.period_start + APART * k
                        if claim.period_start
                        else None,
                        "period_end": claim.period_end + APART * k if claim.period_end else None,
                    }
                )
            )
    return audit(copies, infos)


def test_report_of_2000_articles_loads_with_a_working_index(tmp_path: Path) -> None:
    base = len([a for a in load_corpus(CORPUS) if isinstance(a, Article)])
    one_copy = len(replicated_report(base).findings)
    report = replicated_report(ARTICLES_AT_SCALE)
    # each full copy is news of its own, so it carries every finding of one copy
    assert report.articles == ARTICLES_AT_SCALE and one_copy > 0
    assert len(report.findings) >= one_copy * (ARTICLES_AT_SCALE // base)
    page = tmp_path / "report.html"
    write_html(report, page)
    dom, console = load(page, tmp_path / "profile")
    assert console == []
    parser = Anchors()
    parser.feed(dom)
    assert len(parser.index) == len(report.findings)
    assert set(parser.index) <= parser.ids  # every index entry leads to its finding
    assert parser.first_badge == "high"  # most severe first
    assert f"{len(report.findings)} findings" in " ".join(dom.split())


class Anchors(HTMLParser):
    """Index links, element ids and the first index entry's severity badge of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.index: list[str] = []
        self.ids: set[str] = set()
        self.first_badge: str | None = None
        self._in_index = False
        self._badge = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"] or "")
        if tag == "nav" and found.get("id") == "index":
            self._in_index = True
        if self._in_index and tag == "a" and (found.get("href") or "").startswith("#finding-"):
            self.index.append((found["href"] or "")[1:])
        self._badge = self._in_index and tag == "span" and found.get("class") == "badge"

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self._in_index = False

    def handle_data(self, data: str) -> None:
        if self._badge and self.first_badge is None:
            self.first_badge = data.strip()
        self._badge = False
