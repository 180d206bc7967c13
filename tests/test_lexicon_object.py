"""The Lexicon object: a pipeline built with a lexicon of its own, and its files on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.claims import claims_of
from extractor.errors import LexiconError
from extractor.lexicon import Lexicon
from extractor.models import Article
from extractor.nlp.pipeline import annotate, blank

TEXT = (
    "Ether slid 4% to $3,150 on Tuesday while Bitcoin held above $62,000, "
    "according to CoinGlass data."
)


def _assets(claims_text: str, lexicon: str | Path | None) -> list[tuple[str, str | None]]:
    nlp = blank(lexicon)
    doc = annotate(claims_text, None, nlp=nlp)
    article = Article(id="t", text=claims_text)
    return [(c.quote, c.asset) for c in claims_of(doc, article)]


def _small_lexicon(tmp_path: Path, keep: set[str]) -> Path:
    folder = tmp_path / "lexicon"
    Lexicon.bundled().to_disk(folder)
    lines = (folder / "assets.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.strip() and json.loads(line)["id"] in keep]
    (folder / "assets.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return folder


def test_a_pipeline_with_a_small_lexicon_knows_only_its_assets(tmp_path: Path) -> None:
    bundled = _assets(TEXT, None)
    assert bundled == [("4%", "ETH"), ("$3,150", "ETH"), ("$62,000", "BTC")]
    small = _assets(TEXT, _small_lexicon(tmp_path, {"BTC"}))
    assert small == [("4%", "BTC"), ("$3,150", "BTC"), ("$62,000", "BTC")]  # Ether unknown
    assert _assets(TEXT, None) == bundled  # the bundled lexicon's patterns were not touched


def test_a_lexicon_written_and_read_back_gives_the_same_claims(tmp_path: Path) -> None:
    Lexicon.bundled().to_disk(tmp_path / "copy")
    assert _assets(TEXT, tmp_path / "copy") == _assets(TEXT, None)


def test_a_bad_line_in_a_lexicon_folder_names_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    Lexicon.bundled().to_disk(folder)
    with (folder / "metrics.jsonl").open("a", encoding="utf-8") as out:
        out.write('{"phrase": "inflows", "metric": "etf_flows"}\n')
    with pytest.raises(LexiconError, match=r"metrics\.jsonl:\d+: metric: .*unknown metric"):
        Lexicon.from_disk(folder)


def test_a_saved_pipeline_keeps_its_lexicon(tmp_path: Path) -> None:
    folder = _small_lexicon(tmp_path, {"BTC"})
    blank(folder).to_disk(tmp_path / "nlp")
    import spacy

    nlp = spacy.load(tmp_path / "nlp")
    doc = annotate(TEXT, None, nlp=nlp)
    assert [x.asset for x in doc._.links] == ["BTC", "BTC", "BTC"]


def test_a_price_verb_written_as_an_inflection_is_refused(tmp_path: Path) -> None:
    """A verb of the amount grammar is written as its lemma, so every form of it matches;
    "dropped" alone would miss "drops" and "dropping"."""
    folder = tmp_path / "lexicon"
    Lexicon.bundled().to_disk(folder)
    with (folder / "number_context.jsonl").open("a", encoding="utf-8") as out:
        out.write('{"word": "dropped", "role": "price_verb"}\n')
    with pytest.raises(
        LexiconError,
        match=r"number_context\.jsonl:\d+: word: price_verb entries must be lemmas, not 'dropped'",
    ):
        _assets(TEXT, folder)


def test_a_unit_word_measuring_an_unknown_metric_names_file_and_line(tmp_path: Path) -> None:
    """A hashrate unit says once, in unit_words.jsonl, which metric it measures."""
    folder = tmp_path / "lexicon"
    Lexicon.bundled().to_disk(folder)
    with (folder / "unit_words.jsonl").open("a", encoding="utf-8") as out:
        out.write('{"form": "MH/s", "unit": "MH/s", "kind": "quantity", "metric": "hash"}\n')
    with pytest.raises(LexiconError, match=r"unit_words\.jsonl:\d+: metric: .*unknown metric"):
        Lexicon.from_disk(folder)
