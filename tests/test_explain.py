"""``cryptoclaims explain``: each field of a figure with the rule, cue and distance behind it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.claims import claims_of, extract_article
from extractor.cli import main
from extractor.corpus import load_corpus
from extractor.models import Article
from extractor.nlp.pipeline import annotate, blank

STORY = """Bitcoin ETFs Bleed $2.6B in a Week

U.S. spot bitcoin ETFs shed $2.6B over the past week, according to Farside Investors, \
with BlackRock's IBIT posting the largest outflow.

On Tuesday alone, the funds lost $412 million. Shorts lost $171.4 million in liquidations \
across exchanges, CoinGlass data showed.
"""


def run(tmp_path: Path, *args: str) -> tuple[int, str]:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(path), "--published", "2026-02-06", *args])
    return result.exit_code, result.output


def field_line(output: str, name: str) -> str:
    return next(line for line in output.splitlines() if line.strip().startswith(name + " "))


def test_explain_names_cue_distance_and_fallback(tmp_path: Path) -> None:
    code, out = run(tmp_path, "--quote", "$2.6B")
    assert code == 0, out
    blocks = out.split("\n\n")
    assert len(blocks) == 2  # the headline's figure and the body's
    body = blocks[1]
    assert "etf_flow" in field_line(body, "metric")
    side = field_line(body, "side")
    assert "outflow" in side and "cue 'shed' at distance" in side
    source = field_line(body, "source")
    assert "Farside" in source and "cited in the sentence" in source
    assert "2026-01-30..2026-02-06" in field_line(body, "period")
    headline = blocks[0]
    assert "the source the body gives the same figure" in field_line(headline, "source")


def test_explain_shows_the_paragraph_fallback(tmp_path: Path) -> None:
    code, out = run(tmp_path, "--quote", "$412 million")
    assert code == 0, out
    assert "cue 'Tuesday'" in field_line(out, "period")


def test_explain_of_a_figure_not_written_so_is_an_error(tmp_path: Path) -> None:
    code, out = run(tmp_path, "--quote", "$2.6 billion")
    assert code == 2  # bad input, by the exit code table
    assert "no figure written '$2.6 billion'" in out and "$2.6B" in out


def test_a_trace_changes_no_claim() -> None:
    traced = blank(trace=True)
    for article in load_corpus(Path("corpus")):
        assert isinstance(article, Article)
        published = article.published.date() if article.published else None
        doc = annotate(article.text, published, article.publisher, nlp=traced)
        assert all(x.reasons for x in doc._.links)
        got = [c.model_dump() for c in claims_of(doc, article)]
        assert got == [c.model_dump() for c in extract_article(article)], article.id


@pytest.mark.parametrize("field", ["metric", "side", "asset", "period", "source"])
def test_every_field_has_a_reason(tmp_path: Path, field: str) -> None:
    _, out = run(tmp_path, "--quote", "$171.4 million")
    line = field_line(out, field)
    assert len(line.split(None, 2)[-1]) > 10, line
