"""The shared corpus as audit input: articles, their gold claims as Claim records, clusters.

Gold claims carry no bounds; they get the bounds their written precision and qualifier
imply, as the extractor computes them ("$2.65 billion" → 2.645–2.655 billion, "more
than" no upper bound), and the two ends of a range bound each other. Used by
``bench/audit_mutations.py`` and ``bench/bench_audit.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.evaluation.gold import GoldClaim, PlacedGold
from extractor.evaluation.runner import load_scoring_set
from extractor.evaluation.sentences import sentence_around
from extractor.models import Article, Claim, claim_id
from extractor.nlp.numbers import bounds, half_step

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class GoldCorpus:
    """Articles by id (in corpus order), their placed gold, and the news events."""

    articles: dict[str, Article]
    gold: dict[str, list[PlacedGold]]

    def clusters(self) -> dict[str, list[str]]:
        """Event → article ids, for events reported by more than one publisher."""
        by_event: dict[str, list[str]] = defaultdict(list)
        for article in self.articles.values():
            if article.event and article.event != "single":
                by_event[article.event].append(article.id)
        return {
            event: ids
            for event, ids in by_event.items()
            if len({self.articles[i].publisher for i in ids}) > 1
        }

    def gold_claims(self, article: Article) -> list[Claim]:
        """The article's gold claims as Claim records (in the article as given)."""
        return gold_claims(article, self.gold.get(article.id, []))


def load_gold_corpus(folder: Path) -> GoldCorpus:
    """A corpus folder with ``gold.jsonl``."""
    scoring = load_scoring_set(folder)
    return GoldCorpus({a.id: a for a in scoring.articles}, scoring.gold)


def written_bounds(gold: GoldClaim) -> tuple[float | None, float | None]:
    """The interval the quote's written digits and qualifier allow."""
    digits = _DIGITS.search(gold.quote)
    if digits is None:  # number words ("half a million", "twice"): as exact as written
        return bounds(gold.value, 0.0, gold.qualifier)
    number = float(digits.group(0).replace(",", ""))
    scale = gold.value / number if number else 1.0
    return bounds(gold.value, half_step(digits.group(0)) * abs(scale), gold.qualifier)


def gold_claims(article: Article, placed: Sequence[PlacedGold]) -> list[Claim]:
    """Claim records for placed gold claims; consecutive range ends bound each other."""
    spans = [written_bounds(p.claim) for p in placed]
    for i in range(len(placed) - 1):
        a, b = placed[i].claim, placed[i + 1].claim
        if a.qualifier == b.qualifier == "range" and a.unit == b.unit:
            low, high = min(a.value, b.value), max(a.value, b.value)
            spans[i] = spans[i + 1] = (low, high)
    return [_claim(article, p, low, high) for p, (low, high) in zip(placed, spans, strict=True)]


def _claim(article: Article, placed: PlacedGold, low: float | None, high: float | None) -> Claim:
    gold = placed.claim
    period = gold.period
    return Claim(
        id=claim_id(article.id, placed.start, placed.end),
        article_id=article.id,
        quote=gold.quote,
        start=placed.start,
        end=placed.end,
        sentence=sentence_around(article.text, placed.start, placed.end),
        value=gold.value,
        unit=gold.unit,
        low=None if low is None else min(low, gold.value),
        high=None if high is None else max(high, gold.value),
        qualifier=gold.qualifier,
        metric=gold.metric,
        side=gold.side,
        asset=gold.asset,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        source=gold.source,
        venue=gold.venue,
        publisher=article.publisher,
        published=article.published,
        url=article.url,
    )


def extracted_claims(articles: Iterable[Article]) -> dict[str, list[Claim]]:
    """The project's extraction of each article (an article that fails has no claims)."""
    from extractor.claims import extract_many

    articles = list(articles)
    found: dict[str, list[Claim]] = {}
    for article, result in zip(articles, extract_many(articles), strict=True):
        found[article.id] = result if isinstance(result, list) else []
    return found
