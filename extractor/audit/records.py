"""What the audit reads: claims, and what is known of the articles they come from."""

from __future__ import annotations

from collections.abc import Iterable
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
    """Claims to audit, their articles where known, and what could not be read.

    ``pending`` holds articles read in full whose claims are still to be extracted.
    """

    claims: list[Claim] = field(default_factory=list)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    errors: list[ArticleError] = field(default_factory=list)
    pending: list[Article] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set, repr=False)

    def add_claims(self, claims: Iterable[Claim]) -> None:
        """Add claims, skipping ones already present (same id)."""
        if len(self._ids) != len(self.claims):  # claims were appended directly
            self._ids = {claim.id for claim in self.claims}
        for claim in claims:
            if claim.id not in self._ids:
                self._ids.add(claim.id)
                self.claims.append(claim)

    def add_article(self, article: ArticleInfo) -> None:
        """Add an article; a fuller record (with text) replaces a thinner one."""
        known = self.articles.get(article.id)
        if known is None or (known.text is None and article.text is not None):
            self.articles[article.id] = article

    def merge(self, other: AuditInput) -> None:
        """Take in another input's claims, articles and errors."""
        self.add_claims(other.claims)
        for article in other.articles.values():
            self.add_article(article)
        self.errors.extend(other.errors)
        self.pending.extend(other.pending)

    def complete(self) -> AuditInput:
        """Every claim's article known, at least from what the claim says."""
        for claim in self.claims:
            if claim.article_id not in self.articles:
                self.articles[claim.article_id] = ArticleInfo.from_claim(claim)
        return self
