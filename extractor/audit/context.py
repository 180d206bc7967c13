"""What every verdict needs to know about a claim: its source, its voice, how to cite it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from extractor.audit.policy import AuditSettings
from extractor.audit.records import ArticleInfo
from extractor.models import Claim, ClaimRole, FindingClaim


@dataclass(frozen=True)
class AuditContext:
    """Articles, their independent sources and the run's settings."""

    articles: Mapping[str, ArticleInfo]
    source_of: Mapping[str, str]
    settings: AuditSettings

    def source(self, claim: Claim) -> str:
        """The independent source a claim comes from (syndicated copies share one)."""
        return self.source_of.get(claim.article_id, claim.article_id)

    def event(self, claim: Claim) -> str | None:
        """The news event the claim's article reports, when known ("single" is none)."""
        article = self.articles.get(claim.article_id)
        event = article.event if article else None
        return None if event in (None, "", "single") else event

    def sources(self, claims: Iterable[Claim]) -> set[str]:
        """The distinct independent sources of some claims."""
        return {self.source(claim) for claim in claims}

    def statements(self, claims: Iterable[Claim]) -> int:
        """Distinct statements: a headline and its body count twice, a copy's repeat once."""
        return len({(self.source(c), c.quote, " ".join(c.sentence.split())) for c in claims})

    def publisher(self, claim: Claim) -> str:
        """Who published the claim, or its article id when unknown."""
        article = self.articles.get(claim.article_id)
        return (article.publisher if article else None) or claim.publisher or claim.article_id

    def cite(self, claim: Claim, role: ClaimRole) -> FindingClaim:
        """The claim as a finding lists it."""
        article = self.articles.get(claim.article_id)
        return FindingClaim(
            claim_id=claim.id,
            article_id=claim.article_id,
            quote=claim.quote,
            start=claim.start,
            end=claim.end,
            value=claim.value,
            unit=claim.unit,
            low=claim.low,
            high=claim.high,
            qualifier=claim.qualifier,
            sentence=claim.sentence,
            quote_offset=quote_offset(claim, article.text if article else None),
            publisher=self.publisher(claim),
            published=claim.published or (article.published if article else None),
            url=claim.url or (article.url if article else None),
            source_group=self.source(claim),
            role=role,
        )


def quote_offset(claim: Claim, text: str | None) -> int | None:
    """Where the quote starts in the claim's sentence, placed by the article text if known."""
    if text is not None and text[claim.start : claim.end] == claim.quote:
        begin = text.rfind(claim.sentence, 0, claim.start + len(claim.sentence))
        if begin >= 0 and begin + len(claim.sentence) >= claim.end:
            return claim.start - begin
    found = claim.sentence.find(claim.quote)
    return found if found >= 0 else None
