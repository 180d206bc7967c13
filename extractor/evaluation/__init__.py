"""Extraction quality: score predicted claims against a corpus's gold claims.

``gold`` loads and places the gold claims, ``scoring`` matches predictions to them and
counts, ``report`` renders the figures, ``runner`` runs extraction over a corpus folder and
``baseline`` records the floors the test gate holds the scores to. Scoring follows the
corpus format (``FORMAT.md``): span overlap, value within 0.5 % and equal unit.
"""

from extractor.evaluation.gold import GoldArticle, GoldClaim, load_gold, locate_quote
from extractor.evaluation.scoring import (
    ArticleScore,
    Counts,
    Evaluation,
    Mismatch,
    score_article,
    score_corpus,
)

__all__ = [
    "ArticleScore",
    "Counts",
    "Evaluation",
    "GoldArticle",
    "GoldClaim",
    "Mismatch",
    "load_gold",
    "locate_quote",
    "score_article",
    "score_corpus",
]
