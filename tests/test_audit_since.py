"""``audit --since``: only the findings that involve an article new since a time."""

from __future__ import annotations

import pytest
from audit_claims import Story
from click.testing import CliRunner

from extractor.cli import main
from extractor.commands.audit import parse_since
from extractor.store import Store

OLD = "2026-02-01T08:00:00+00:00"


def _store(tmp_path, new: set[str]):
    """Three outlets on Thursday's ETF outflows, one slipping a scale word; and a fourth
    article about something else. Articles outside ``new`` were stored on 1 February."""
    sentences = {
        "s1": ("Coin Ledger", "Spot bitcoin ETFs had net outflows of $434 million on Thursday."),
        "s2": ("Other Wire", "Investors pulled $434 billion from US bitcoin funds on Thursday."),
        "s3": ("Third Desk", "Bitcoin ETF redemptions reached $434 million on Thursday."),
        "s4": ("Fourth Post", "Solana DEX volume fell 41% in January."),
    }
    path = tmp_path / "news.db"
    with Store(path) as store:
        for story_id, (publisher, sentence) in sentences.items():
            story = Story(story_id, publisher).say(sentence)
            claims = []
            if "$434" in sentence:
                value = 434e9 if "billion" in sentence else 434e6
                quote = "$434 billion" if "billion" in sentence else "$434 million"
                claims = [story.claim(quote, value, metric="etf_flow", side="outflow", asset="BTC")]
            store.save_article(story.article(), claims)
            if story_id not in new:
                store._db.execute("UPDATE articles SET stored_at = ? WHERE id = ?", (OLD, story_id))
    return path


def _audit(*args):
    return CliRunner().invoke(main, ["audit", *map(str, args)])


def test_a_new_slip_is_reported(tmp_path):
    db = _store(tmp_path, new={"s2"})
    result = _audit("--db", db, "--since", "2026-02-03", "--fail-on", "scale_error")
    assert result.exit_code == 1, result.output
    assert "$434 billion" in result.stdout


def test_an_old_slip_is_not_news(tmp_path):
    db = _store(tmp_path, new={"s4"})
    everything = _audit("--db", db)
    assert "scale slip" in everything.stdout
    recent = _audit("--db", db, "--since", "2026-02-03", "--fail-on", "all")
    assert recent.exit_code == 0, recent.output
    assert "no findings" in recent.stdout


def test_a_new_article_agreeing_with_old_ones_brings_the_old_slip_back(tmp_path):
    db = _store(tmp_path, new={"s3"})  # s3 is in the finding as a supporting source
    result = _audit("--db", db, "--since", "24h")
    assert "scale slip" in result.stdout


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2026-02-03", "2026-02-03T00:00:00+00:00"),
        ("2026-02-03T10:30:00Z", "2026-02-03T10:30:00+00:00"),
        ("2026-02-03T10:30:00+02:00", "2026-02-03T10:30:00+02:00"),
    ],
)
def test_since_takes_dates_and_times(value, iso):
    assert parse_since(value).isoformat() == iso


def test_since_takes_a_duration_back_from_now():
    from datetime import UTC, datetime, timedelta

    assert abs(parse_since("24h") - (datetime.now(UTC) - timedelta(hours=24))).total_seconds() < 5


def test_bad_since_is_a_usage_error(tmp_path):
    result = _audit("--db", _store(tmp_path, new=set()), "--since", "last week")
    assert result.exit_code == 2
    assert "not a duration" in result.output or "neither" in result.output
