"""Run extraction over a corpus folder and score it against the corpus's gold claims.

The steps are separate so that another extractor's predictions (see ``bench/``) can be
scored on exactly the same articles and gold: ``load_scoring_set`` → predictions →
``score_predictions``. Articles without a gold line are listed as unscored, not scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from extractor.corpus import ArticleError, read_articles
from extractor.errors import CorpusError, ExtractionError
from extractor.evaluation.gold import GOLD_FILE, PlacedGold, load_gold, place_claims
from extractor.evaluation.scoring import Evaluation, score_article
from extractor.models import Article, Claim

Prediction = Sequence[Claim] | ArticleError


@dataclass
class ScoringSet:
    """The articles that have gold, their placed gold claims, and the ids left unscored."""

    articles: list[Article]
    gold: dict[str, list[PlacedGold]]
    unscored: list[str]


def load_articles(folder: Path) -> list[Article]:
    """Every article of a corpus folder; an unreadable one is bad input (CorpusError)."""
    articles: list[Article] = []
    for item in read_articles([folder]):
        if isinstance(item, ArticleError):
            raise CorpusError(str(item))
        articles.append(item)
    return articles


def load_scoring_set(
    folder: Path, gold_path: Path | None = None, only: Sequence[str] = ()
) -> ScoringSet:
    """Articles of ``folder`` with their gold claims placed (default gold: FOLDER/gold.jsonl);
    with ``only``, just the articles whose id matches one of those shell patterns."""
    lines = load_gold(gold_path or folder / GOLD_FILE)
    articles = {article.id: article for article in load_articles(folder)}
    if only:
        articles = {k: v for k, v in articles.items() if any(fnmatchcase(k, p) for p in only)}
        lines = [line for line in lines if line.article.id in articles]
    gold: dict[str, list[PlacedGold]] = {}
    for line in lines:
        article = articles.get(line.article.id)
        if article is None:
            raise CorpusError(
                f"{line.where}: article {line.article.id!r} is not in {folder}/meta.jsonl"
            )
        gold[article.id] = place_claims(line, article.text)
    scored = [article for article in articles.values() if article.id in gold]
    unscored = [article_id for article_id in articles if article_id not in gold]
    return ScoringSet(scored, gold, unscored)


def extract_predictions(articles: Sequence[Article], workers: int = 1) -> list[Prediction]:
    """The project's extraction over ``articles``, one result per article, in order."""
    from extractor.claims import extract_many

    results: list[Prediction] = list(extract_many(articles, workers=workers))
    if len(results) != len(articles):
        raise ExtractionError(
            f"extraction gave {len(results)} results for {len(articles)} articles"
        )
    return results


def _check_owner(article: Article, claims: Sequence[Claim]) -> None:
    """Refuse claims filed under the wrong article: their spans would be scored wrongly."""
    for claim in claims:
        if claim.article_id != article.id:
            raise ExtractionError(
                f"{article.id}: claim {claim.quote!r} belongs to article {claim.article_id!r}"
            )


def score_predictions(scoring: ScoringSet, predictions: Sequence[Prediction]) -> Evaluation:
    """Score one prediction per article of ``scoring``; a failed article counts as no claims."""
    evaluation = Evaluation([], unscored=list(scoring.unscored))
    for article, result in zip(scoring.articles, predictions, strict=True):
        claims: Sequence[Claim] = []
        if isinstance(result, ArticleError):
            evaluation.failures.append(str(result))
        else:
            _check_owner(article, result)
            claims = result
        gold = scoring.gold[article.id]
        scored = score_article(article.id, article.text, gold, claims)
        scored.event = article.event
        evaluation.articles.append(scored)
    return evaluation


def evaluate_corpus(
    folder: Path, gold_path: Path | None = None, workers: int = 1, only: Sequence[str] = ()
) -> Evaluation:
    """Extract claims from a corpus folder and score them against its gold."""
    scoring = load_scoring_set(folder, gold_path, only)
    return score_predictions(scoring, extract_predictions(scoring.articles, workers))
