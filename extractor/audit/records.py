"""What the audit reads: claims, and what is known of the articles they come from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from extractor.corpus import ArticleError
from extractor.models import Article, Claim


@dataclass(frozen=True)
class ArticleInfo:
    """An article as the audit knows it; text and hash are None when only claims were read."""

    id: str
    publisher: str | None = None
    published: datetime | None = None
    url: str | None = None
    title: str | None = None
    event: str | None = None
    text_hash: str | None = None
    text: str | None = None

    @classmethod
    def from_article(cls, article: Article) -> ArticleInfo:
        """Everything an Article record carries."""
        return cls(
            id=article.id,
            publisher=article.publisher,
            published=article.published,
            url=article.url,
            title=article.title,
            event=article.event,
            text_hash=article.text_hash,
            text=article.text,
        )

    @classmethod
    def from_claim(cls, claim: Claim) -> ArticleInfo:
        """The little a claim says about its article."""
        return cls(
            id=claim.article_id,
            publisher=claim.publisher,
            published=claim.published,
            url=claim.url,
        )


@dataclass
class AuditInput:
    """What the audit reads: its claims as a stream, their articles where known, and what
    could not be read.

    ``pending`` holds articles read in full whose claims are still to be extracted;
    ``claimed`` the ids of the articles that came with claims. ``claims`` is read once.
    """

    claims: Iterator[Claim] = field(default_factory=lambda: iter(()))
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    errors: list[ArticleError] = field(default_factory=list)
    pending: list[Article] = field(default_factory=list)
    claimed: set[str] = field(default_factory=set)

    def add_article(self, article: ArticleInfo) -> None:
        """Add an article; a fuller record (with text) replaces a thinner one."""
        known = self.articles.get(article.id)
        if known is None or (known.text is None and article.text is not None):
            self.articles[article.id] = article
