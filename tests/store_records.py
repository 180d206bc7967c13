"""Articles and claims to store in the store tests: a liquidations story of a markets desk."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from extractor.models import Article, Claim, claim_id

URL = "https://coinledger.example/markets/bitcoin-liquidations"
LIQUIDATIONS = {
    "qualifier": "more_than",
    "metric": "liquidations",
    "asset": "CRYPTO",
    "period_start": date(2026, 2, 5),
    "period_end": date(2026, 2, 6),
    "source": "CoinGlass",
}


def desk_article(text: str, url: str | None = URL, article_id: str = "a1") -> Article:
    """The article of ``text`` (headline on its first line) as the desk published it."""
    return Article(
        id=article_id,
        url=url,
        publisher="Coin Ledger Daily",
        title=text.split("\n")[0],
        published=datetime(2026, 2, 6, 9, 12, tzinfo=UTC),
        text=text,
    )


def body_claim(article: Article, quote: str, value: float, **fields: Any) -> Claim:
    """The claim of ``quote`` in the article's first body line, in dollars, at least
    ``value``; ``fields`` set the rest."""
    start = article.text.index(quote, article.text.index("\n"))
    return Claim(
        id=claim_id(article.id, start, start + len(quote)),
        article_id=article.id,
        quote=quote,
        start=start,
        end=start + len(quote),
        sentence=article.text.split("\n")[1],
        value=value,
        unit="USD",
        low=value,
        high=None,
        publisher=article.publisher,
        published=article.published,
        url=article.url,
        **fields,
    )
