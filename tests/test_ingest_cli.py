"""``cryptoclaims ingest`` end to end: the acceptance run on the fixture site."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from werkzeug import Response

from extractor.cli import main
from extractor.store import load_articles, load_claims


def _ingest(*args):
    return CliRunner().invoke(main, ["ingest", "--delay", "0", *args])


def test_ingest_twice_stores_every_article_once_and_fetches_nothing_new(site, tmp_path):
    db = tmp_path / "cryptoclaims.db"
    args = ["--feed", f"{site.origin}/feed.xml", "--allow-private", "--db", str(db)]
    first = _ingest(*args)
    assert first.exit_code == 0, first.output
    assert "stored 5," in first.output and "syndicated copies 1," in first.output
    articles, claims = load_articles(db), load_claims(db)
    assert len(articles) == 5 and claims

    site.log.clear()
    second = _ingest(*args)
    assert second.exit_code == 0, second.output
    assert "not modified 1; pages: stored 0," in second.output
    assert [status for path, status in site.log if path != "/robots.txt"] == [304]
    assert (load_articles(db), load_claims(db)) == (articles, claims)


def test_feeds_file_with_comments(site, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(
        f"# markets\n{site.origin}/feed.xml\n\n{site.origin}/atom.xml  # coin ledger\n"
    )
    result = _ingest("--feeds-file", str(feeds), "--allow-private", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 0, result.output
    assert "feeds: read 2," in result.output


def test_failures_are_summarized_at_the_end(site, tmp_path):
    site.overrides["/solana-dex-volume.html"] = lambda r: Response("busy", status=503)
    result = _ingest(
        "--feed", f"{site.origin}/feed.xml", "--allow-private", "--db", str(tmp_path / "x.db")
    )
    assert result.exit_code == 0
    assert re.search(r"failed 1\n\s+fetch\s+http://.*/solana-dex-volume.html: .*503", result.output)


def test_private_target_without_flag_fails_the_run(site, tmp_path):
    result = _ingest("--feed", f"{site.origin}/feed.xml", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    assert "non-public address 127.0.0.1" in result.output
    assert site.log == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give at least one --feed, --url, --feeds-file, --discover, --path or --warc"),
        (["--feeds-file", "/nonexistent/feeds.txt"], "cannot read the feeds file"),
    ],
)
def test_usage_errors(tmp_path, args, message):
    result = _ingest(*args, "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    assert message in result.output


def test_unusable_store_is_one_line_and_exit_2(site, tmp_path):
    db = tmp_path / "broken.db"
    db.write_bytes(b"not a database" * 1000)
    result = _ingest("--feed", f"{site.origin}/feed.xml", "--allow-private", "--db", str(db))
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {db}: cannot open the store")
