"""Texts no article looks like: refused with a reason, or linked locally, never crashing.

Long runs without a space (encoded blobs, "?" * 100,000) make spaCy's affix splitting
slow, so extraction refuses them with an error naming the article and the offset; the
corpus loop reports that article and goes on. A run-on "sentence" of thousands of figures
is cut into bounded parts, so each figure is still linked to the words around it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest

from extractor.claims import extract_article, extract_many
from extractor.corpus import ArticleError
from extractor.errors import ExtractionError
from extractor.models import Article, Claim
from extractor.nlp.amounts import find_amounts

if TYPE_CHECKING:
    from spacy.tokens import Doc

FRIDAY = "Bitcoin fell 5% to $60,000 on Friday as $2.6 billion was liquidated, CoinGlass said. "


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("?" * 5_000 + "x", 0),
        ("Liquidations hit $2.6 billion. " + "9" * 2_000, 31),
        ("Data: " + "QUJD" * 600, 6),
    ],
)
def test_runs_without_spaces_are_refused_with_their_offset(text: str, offset: int) -> None:
    with pytest.raises(ExtractionError, match=rf"hostile: .* without a space at offset {offset}"):
        extract_article(Article(id="hostile", text=text))


def test_a_refused_article_does_not_stop_the_others() -> None:
    articles = [
        Article(id="ok-1", text=FRIDAY),
        Article(id="blob", text="A" * 5_000),
        Article(id="ok-2", text=FRIDAY),
    ]
    results = list(extract_many(articles))
    assert [len(r) if isinstance(r, list) else "error" for r in results] == [3, "error", 3]
    assert isinstance(results[1], ArticleError) and "blob" in str(results[1])


def test_a_run_on_text_of_many_figures_links_each_locally() -> None:
    claims = extract_article(Article(id="run-on", text=FRIDAY.replace(". ", "; ") * 300))
    assert len(claims) == 900
    prices = [c for c in claims if c.quote == "$60,000"]
    assert len(prices) == 300 and {c.metric for c in prices} == {"price"}
    liquidations = [c for c in claims if c.quote == "$2.6 billion"]
    assert {(c.metric, c.source) for c in liquidations} == {("liquidations", "CoinGlass")}


@pytest.mark.parametrize(
    "text",
    [
        "one two three four five six seven eight nine " * 3_000,  # a run read part by part
        "twenty-one and a half of a " * 3_000,
        "US$ " * 5_000 + "5",
    ],
)
def test_long_runs_of_number_words_are_read_in_linear_time(text: str) -> None:
    """The amount grammar bounds a run of number words, so a long run is not quadratic."""
    began = time.perf_counter()
    find_amounts(text)
    assert time.perf_counter() - began < 20  # about 1 s on an idle machine


@pytest.mark.parametrize("workers", [1, 2])
def test_a_fault_in_a_rule_is_that_articles_error_and_the_others_keep_their_claims(
    monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    import extractor.claims

    real = extractor.claims.claims_of

    def faulty(doc: Doc, article: Article) -> list[Claim]:
        if article.id == "faulty":
            raise KeyError("minute")  # a lookup table missing a unit some text names
        return real(doc, article)

    monkeypatch.setattr(extractor.claims, "claims_of", faulty)
    articles = [
        Article(id="ok-1", text=FRIDAY),
        Article(id="faulty", text=FRIDAY),
        Article(id="ok-2", text=FRIDAY),
    ]
    results = list(extract_many(articles, workers=workers))
    assert [len(r) if isinstance(r, list) else "error" for r in results] == [3, "error", 3]
    error = results[1]
    assert isinstance(error, ArticleError)
    assert error.where == "faulty" and "KeyError" in error.reason and "minute" in error.reason
