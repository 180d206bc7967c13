"""Build articles and their claims by hand for the audit tests.

A :class:`Story` is an article written sentence by sentence; :meth:`Story.claim` places a
quote in it and returns the Claim an extractor would give, with ``low``/``high`` from the
qualifier and written precision ("$2.65 billion" → 2.645–2.655 billion, "$60,000" →
55,000–65,000, "more than $2.6 billion" → no upper bound).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from extractor.audit import ArticleInfo, audit
from extractor.models import Article, AuditReport, Claim, Finding, claim_id

LAST_24H = "last_24h"


def _midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day)


def written_bounds(quote: str, value: float, qualifier: str) -> tuple[float | None, float | None]:
    """Bounds implied by the digits written and the qualifier."""
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", quote)
    assert match, quote
    number = float(match.group(0).replace(",", ""))
    scale = value / number if number else 1.0
    if match.group(1):
        half = 0.5 * 10 ** -len(match.group(1))
    else:
        digits = match.group(0).replace(",", "")
        half = 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))
    low, high = value - half * scale, value + half * scale
    if qualifier == "approx":
        low, high = min(low, value * 0.95), max(high, value * 1.05)
    if qualifier in ("more_than", "at_least"):
        return low, None
    if qualifier in ("less_than", "at_most"):
        return None, high
    return low, high


@dataclass
class Story:
    """One article: publisher, publication day (None: the page gives none), event and its
    sentences."""

    id: str
    publisher: str
    published: date | None = date(2026, 2, 6)
    sentences: list[str] = field(default_factory=list)
    event: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.sentences)

    def article(self) -> Article:
        """The Article record (its hash is computed from the text)."""
        return Article(
            id=self.id,
            url=f"https://{self.publisher.lower().replace(' ', '')}.example/{self.id}",
            publisher=self.publisher,
            published=_midnight(self.published),
            text=self.text,
            event=self.event,
        )

    def info(self) -> ArticleInfo:
        return ArticleInfo.from_article(self.article())

    def say(self, sentence: str) -> Story:
        """Add a sentence."""
        self.sentences.append(sentence)
        return self

    def claim(
        self,
        quote: str,
        value: float,
        *,
        metric: str = "liquidations",
        unit: str = "USD",
        side: str | None = None,
        asset: str | None = "CRYPTO",
        venue: str | None = None,
        qualifier: str = "exact",
        period: tuple[date, date] | str | None = LAST_24H,
        sentence: int = -1,
        occurrence: int = 1,
        bounds: tuple[float | None, float | None] | None = None,
    ) -> Claim:
        """The claim for the ``occurrence``-th ``quote`` in sentence number ``sentence``.

        ``bounds`` overrides the written precision (a range's two ends, say).
        """
        index = sentence % len(self.sentences)
        text = self.sentences[index]
        offset = sum(len(s) + 1 for s in self.sentences[:index])
        at = -1
        for _ in range(occurrence):
            at = text.index(quote, at + 1)
        start = offset + at
        low, high = bounds if bounds is not None else written_bounds(quote, value, qualifier)
        start_day, end_day = self._period(period)
        return Claim.model_validate(
            {
                "id": claim_id(self.id, start, start + len(quote)),
                "article_id": self.id,
                "quote": quote,
                "start": start,
                "end": start + len(quote),
                "sentence": text,
                "value": value,
                "unit": unit,
                "low": low,
                "high": high,
                "qualifier": qualifier,
                "metric": metric,
                "side": side,
                "asset": asset,
                "venue": venue,
                "period_start": start_day,
                "period_end": end_day,
                "publisher": self.publisher,
                "published": _midnight(self.published),
                "url": self.article().url,
            }
        )

    def _period(self, period: tuple[date, date] | str | None) -> tuple[date | None, date | None]:
        if period == LAST_24H:
            assert self.published is not None, "a 24-hour window needs a publication day"
            return self.published - timedelta(days=1), self.published
        if period is None or isinstance(period, str):
            return None, None
        return period


def run(claims: list[Claim], stories: list[Story]) -> AuditReport:
    """Audit the claims with their stories' article records."""
    return audit(claims, {s.id: s.info() for s in stories})


def slip(report: AuditReport) -> Finding:
    """The report's one scale-error finding (failing with every explanation otherwise)."""
    found = [f for f in report.findings if f.verdict == "scale_error"]
    assert len(found) == 1, [f.explanation for f in report.findings]
    return found[0]


def roles(finding: Finding) -> dict[str, str]:
    """Each quote of the finding with its role (suspect, witness, ...)."""
    return {c.quote: c.role for c in finding.claims}


def suspects(report: AuditReport) -> list[str]:
    """The quotes the report's findings hold suspect, in finding order."""
    return [c.quote for f in report.findings for c in f.claims if c.role == "suspect"]
