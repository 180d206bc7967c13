"""The pipeline as a spaCy user meets it: declared layers, order, save/load, DocBin, API."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import DocBin

import extractor
from extractor.claims import claims_of, extract_article
from extractor.corpus import load_corpus
from extractor.models import Article, Claim
from extractor.nlp.pipeline import PIPELINE, PipelineOrderError, blank

CORPORA = [Path("corpus"), Path("../shared/corpus")]
FUNDING = (
    "Funding rates on Bitcoin perpetuals turned negative at -0.0051% on Binance, while "
    "longs lost $120 million as the price slid to $62,000 between January 5–11."
)


def _articles(folder: Path) -> list[Article]:
    if not (folder / "meta.jsonl").is_file():
        pytest.skip(f"{folder} is absent")
    return [a for a in load_corpus(folder) if isinstance(a, Article)]


def _dump(claims: list[Claim]) -> list[str]:
    return [c.model_dump_json() for c in claims]


def test_analyze_pipes_lists_every_layer_without_problems() -> None:
    nlp = blank()
    analysis = nlp.analyze_pipes()
    assert nlp.pipe_names == list(PIPELINE)
    assert all(not problems for problems in analysis["problems"].values())
    summary = analysis["summary"]
    assert summary["cc_amounts"]["requires"] == ["doc._.structure", "doc._.times"]
    assert summary["cc_linker"]["assigns"] == ["doc._.links"]
    assert all(summary[name]["assigns"] for name in PIPELINE)


def test_amounts_before_periods_is_refused() -> None:
    """Without the dates, "January 5–11" would give a false amount "11"; refuse instead."""
    nlp = blank()
    nlp.remove_pipe("cc_periods")
    nlp.add_pipe("cc_periods", after="cc_amounts")
    assert nlp.analyze_pipes()["problems"]["cc_amounts"] == ["doc._.times"]
    with pytest.raises(PipelineOrderError, match="add cc_periods before cc_amounts"):
        nlp(FUNDING)


def test_running_the_pipeline_twice_changes_nothing() -> None:
    nlp = blank()
    doc = nlp.make_doc(FUNDING)
    doc._.published = date(2026, 1, 12)
    once = list(nlp(doc)._.links)
    twice = list(nlp(doc)._.links)
    assert once == twice
    funding = next(x for x in twice if x.amount.kind == "percent")
    assert (funding.value, funding.amount.value) == (-0.0051, 0.0051)  # the amount stays as read
    assert "11" not in [FUNDING[x.amount.start : x.amount.end] for x in twice]


def test_layers_go_through_docbin() -> None:
    nlp = blank()
    doc = nlp.make_doc(FUNDING)
    doc._.published = date(2026, 1, 12)
    doc = nlp(doc)
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    back = next(iter(DocBin().from_bytes(stored).get_docs(nlp.vocab)))
    for layer in ("published", "structure", "clauses", "times", "amounts", "mentions", "links"):
        assert getattr(back._, layer) == getattr(doc._, layer), layer
    assert back.to_bytes() == doc.to_bytes()


def test_pipe_gives_what_extract_gives() -> None:
    articles = _articles(Path("corpus"))
    nlp = blank()
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.published = article.published.date() if article.published else None
        doc._.publisher = article.publisher  # as extract_article gives it: never its own source
        docs.append(doc)
    piped = [claims_of(doc, a) for doc, a in zip(nlp.pipe(docs), articles, strict=True)]
    assert [_dump(c) for c in piped] == [_dump(extract_article(a)) for a in articles]


_LOAD_AND_EXTRACT = """
import json, sys
from pathlib import Path
import spacy
from extractor.claims import extract_article
from extractor.corpus import load_corpus
nlp = spacy.load(sys.argv[1])
for article in load_corpus(Path(sys.argv[2])):
    print(json.dumps([c.model_dump_json() for c in extract_article(article, nlp)]))
"""


@pytest.mark.parametrize("folder", CORPORA, ids=str)
def test_saved_pipeline_loads_in_a_fresh_process(folder: Path, tmp_path: Path) -> None:
    articles = _articles(folder)
    blank().to_disk(tmp_path / "nlp")
    run = subprocess.run(
        [sys.executable, "-c", _LOAD_AND_EXTRACT, str(tmp_path / "nlp"), str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = [json.loads(line) for line in run.stdout.splitlines()]
    assert loaded == [_dump(extract_article(a)) for a in articles]


def test_api_example_of_the_readme() -> None:
    claims = extractor.extract("Bitcoin fell 5% to $62,000 on Friday.", published="2026-02-06")
    got = [(c.quote, c.value, c.metric, c.side, c.asset, c.period_start) for c in claims]
    friday = date(2026, 2, 6)
    assert got == [
        ("5%", 5.0, "price_change", "down", "BTC", friday),
        ("$62,000", 62000.0, "price", None, "BTC", friday),
    ]


def test_api_matches_the_cli(tmp_path: Path) -> None:
    text = (
        "Spot bitcoin ETFs recorded $1.2 billion in net outflows on Tuesday, according to "
        "Farside Investors, while Ethereum funds took in $87 million.\n"
    )
    path = tmp_path / "flows.txt"
    path.write_text(text, encoding="utf-8")
    cli = Path(sys.executable).with_name("cryptoclaims")
    args = [str(cli), "extract", str(path), "--published", "2026-02-10", "--publisher", "Desk"]
    run = subprocess.run(args, capture_output=True, text=True, check=True)
    expected = [Claim.model_validate_json(line) for line in run.stdout.splitlines()]
    got = extractor.extract(text, published="2026-02-10", publisher="Desk", article_id="flows")
    assert [c.model_dump() for c in got] == [c.model_dump() for c in expected]
    assert [c.side for c in got] == ["outflow", "inflow"]


def test_api_reads_html() -> None:
    html = (
        "<html><head><title>Bitcoin ETFs bleed for a third day</title></head><body>"
        "<nav>Markets | Policy | Newsletters</nav><article><h1>Bitcoin ETFs bleed for a "
        "third day</h1><p>Spot bitcoin ETFs recorded $1.2 billion in net outflows on Tuesday, "
        "according to Farside Investors, extending a three-day losing streak as the price of "
        "the largest cryptocurrency slipped below levels last seen in the autumn.</p>"
        "<p>Traders pointed to rising Treasury yields and a stronger dollar, and said the "
        "redemptions were concentrated in the older, higher-fee funds rather than the newer "
        "products that gathered most of last year's inflows.</p></article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    claims = extractor.extract_html(html, published="2026-02-10", url="https://example.com/a")
    assert [(c.quote, c.metric, c.side, c.url) for c in claims] == [
        ("$1.2 billion", "etf_flow", "outflow", "https://example.com/a")
    ]


def test_load_returns_a_pipeline_to_extend(tmp_path: Path) -> None:
    nlp = extractor.load()
    assert nlp.pipe_names == list(PIPELINE)
    nlp.to_disk(tmp_path / "nlp")
    assert extractor.load(tmp_path / "nlp").pipe_names == list(PIPELINE)
