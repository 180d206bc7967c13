"""The issue's acceptance figures for the two seed articles, extracted from ``corpus/``.

Seed 000 (Mitrade/FXStreet) and seed 004 (Coinpedia) were both published on 2026-02-06;
each row names a figure as the article writes it and the fields its claim must carry.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from nlp_cases import rounded, span_of

from extractor.claims import extract_article
from extractor.corpus import load_corpus
from extractor.models import Article, Claim

CORPUS = Path("corpus")
DAY_05_06 = {"period_start": "2026-02-05", "period_end": "2026-02-06"}
DAY_05 = {"period_start": "2026-02-05", "period_end": "2026-02-05"}


@cache
def articles() -> dict[str, Article]:
    """The corpus articles by id (loading errors fail the test that needs the article)."""
    return {a.id: a for a in load_corpus(CORPUS) if isinstance(a, Article)}


@cache
def claims(article_id: str) -> tuple[Claim, ...]:
    return tuple(extract_article(articles()[article_id]))


def claim_at(article_id: str, quote: str, occurrence: int) -> Claim:
    """The claim whose span is the ``occurrence``-th ``quote`` of the article; a quote
    written as "falls to [5] on" is the bracketed part of that context."""
    text = articles()[article_id].text
    if "[" in quote:
        start, _ = span_of(text, quote.replace("[", "").replace("]", ""), occurrence)
        quote_start = start + quote.index("[")
        span = (quote_start, quote_start + quote.index("]") - quote.index("[") - 1)
    else:
        span = span_of(text, quote, occurrence)
    found = [c for c in claims(article_id) if (c.start, c.end) == span]
    assert found, f"no claim {quote!r} (occurrence {occurrence}) in {article_id}"
    return found[0]


def seed(article_id: str, quote: str, occurrence: int = 1, **expected: Any) -> Any:
    return pytest.param(article_id, quote, occurrence, expected, id=f"{article_id}:{quote}")


SEED_000 = [
    seed("seed-000", "$2.65 billion", value=2.65e9, unit="USD", metric="liquidations",
         asset="CRYPTO", **DAY_05_06),
    seed("seed-000", "$2.65 million", value=2.65e6, unit="USD", metric="liquidations",
         asset="CRYPTO", source="CoinGlass", **DAY_05_06),
    seed("seed-000", "$2.62 billion", value=2.62e9, metric="liquidations", side="long",
         asset="CRYPTO"),
    seed("seed-000", "$12.02 million", value=12.02e6, metric="liquidations", venue="Binance",
         asset="BTC", source="CoinGlass"),
    seed("seed-000", "$95.73 billion", value=95.73e9, metric="open_interest", asset="CRYPTO",
         source="CoinGlass"),
    seed("seed-000", "$233.50 billion", value=233.5e9, metric="open_interest",
         period_start="2025-10-07", period_end="2025-10-07"),
    seed("seed-000", "0.9594", value=0.9594, unit="ratio", metric="long_short_ratio",
         asset="CRYPTO"),
    seed("seed-000", "falls to [5] on", value=5, unit="index", metric="sentiment_index",
         source="CoinMarketCap"),
    seed("seed-000", "$258 million", value=258e6, metric="etf_flow", side="outflow",
         source="SoSoValue", **DAY_05),
    seed("seed-000", "$2.18 trillion", value=2.18e12, metric="market_cap", asset="CRYPTO"),
    seed("seed-000", "$12.6 billion", value=12.6e9, metric="loss", asset="MSTR",
         period_start="2025-10-01", period_end="2025-12-31"),
    seed("seed-000", "17%", value=17, unit="%", metric="price_change", side="down",
         asset="MSTR"),
    seed("seed-000", "$106", value=106, metric="price", asset="MSTR", qualifier="approx"),
]  # fmt: skip

SEED_004 = [
    seed("seed-004", "$2.65 billion", value=2.65e9, metric="liquidations",
         qualifier="more_than"),
    seed("seed-004", "82%", value=82, unit="%", metric="liquidations", side="long",
         qualifier="approx"),
    seed("seed-004", "$258.8 million", value=258.8e6, metric="etf_flow", side="outflow",
         **DAY_05),
    seed("seed-004", "$544.9 million", value=544.9e6, metric="etf_flow", side="outflow",
         period_start="2026-02-04", period_end="2026-02-04"),
    seed("seed-004", "$1.07 billion", value=1.07e9, metric="etf_flow", side="outflow",
         period_start="2026-01-30", period_end="2026-02-06"),  # "for the week": 7 days
    seed("seed-004", "$87,000", value=87_000, metric="mining_cost", asset="BTC"),
    seed("seed-004", "1.806 million $BTC", value=1.806e6, unit="BTC", metric="reserves",
         asset="BTC"),
    seed("seed-004", "$350 billion", value=350e9, metric="market_cap_change", side="down",
         asset="CRYPTO"),
    seed("seed-004", "$60,030", value=60_030, metric="price", asset="BTC"),
    seed("seed-004", "$126,000", value=126_000, metric="price", asset="BTC"),
    seed("seed-004", "$12 million", value=12e6, metric="liquidations", venue="Binance"),
    seed("seed-004", "$9 billion", value=9e9, metric="loss", asset="MSTR"),
    seed("seed-004", "16%", value=16, unit="%", asset="MSTR"),
]  # fmt: skip


@pytest.mark.parametrize(("article_id", "quote", "occurrence", "expected"), SEED_000 + SEED_004)
def test_acceptance_figure(
    article_id: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    claim = claim_at(article_id, quote, occurrence).model_dump(mode="json")
    assert rounded({k: claim[k] for k in expected}) == rounded(expected)


def test_seed_000_boilerplate_yields_no_claims() -> None:
    text = articles()["seed-000"].text
    warning_end = text.index("afford to take the high risk of losing your money.")
    disclaimer = text.index("Disclaimer: The content available on Mitrade")
    inside = [c.quote for c in claims("seed-000") if c.start < warning_end or c.end > disclaimer]
    assert inside == []
    assert "74%" not in [c.quote for c in claims("seed-000")]
    assert len(claims("seed-000")) >= 20  # the body's figures are all still there


@pytest.mark.parametrize("article_id", ["seed-000", "seed-004"])
def test_seed_claims_point_at_their_quotes(article_id: str) -> None:
    article = articles()[article_id]
    for claim in claims(article_id):
        assert article.text[claim.start : claim.end] == claim.quote
        assert claim.publisher == article.publisher
        assert claim.published == article.published
