"""The Python API: claims from a text or a page, and the spaCy pipeline itself.

    >>> import extractor
    >>> claims = extractor.extract("Bitcoin fell 5% to $62,000 on Friday.", published="2026-02-06")
    >>> [(c.quote, c.metric, c.side, c.asset) for c in claims]
    [('5%', 'price_change', 'down', 'BTC'), ('$62,000', 'price', None, 'BTC')]

spaCy is imported on the first call, not on ``import extractor``.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.corpus import parse_published
from extractor.models import Article, Claim, text_hash

if TYPE_CHECKING:
    from spacy.language import Language

Published = str | date | datetime | None


def extract(
    text: str,
    *,
    published: Published = None,
    publisher: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
) -> list[Claim]:
    """Every claim ``text`` states, in text order, as the ``extract`` command gives them.

    ``published`` (ISO string, date or datetime) resolves relative dates ("on Friday");
    ``article_id`` defaults to a hash of the text, so claim ids are stable.
    """
    from extractor.claims import extract_article

    article = Article(
        id=article_id or text_hash(text)[:12],
        text=text,
        published=_published(published),
        publisher=publisher,
        url=url,
    )
    return extract_article(article)


def extract_html(
    html: str | bytes,
    *,
    published: Published = None,
    publisher: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
) -> list[Claim]:
    """The claims of a web page's article text; metadata given wins over the page's own."""
    from extractor.claims import extract_article
    from extractor.ingest.html import parse_article

    article = parse_article(html, url=url, article_id=article_id)
    update = {"published": _published(published), "publisher": publisher}
    article = article.model_copy(update={k: v for k, v in update.items() if v is not None})
    if article_id is None:
        article = article.model_copy(update={"id": text_hash(article.text)[:12]})
    return extract_article(article)


def load(path: str | Path | None = None) -> Language:
    """The spaCy pipeline: a new one from the package's config, or one saved at ``path``."""
    if path is None:
        from extractor.nlp.pipeline import blank

        return blank()
    import spacy

    return spacy.load(path)


def _published(value: Published) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return parse_published(value, "published")
