"""Scores per event cluster and their macro average, so one big cluster cannot hide
weakness elsewhere.

An event is the ``event`` key of ``meta.jsonl``: articles of different outlets about the same
news. An article whose event is missing or ``single`` is a cluster of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.evaluation.report import SCORE_NAMES, summary
from extractor.evaluation.scoring import ArticleScore, Counts, Evaluation

SINGLE = "single"


@dataclass(frozen=True)
class EventScore:
    """The summed counts of one event's articles."""

    event: str
    articles: tuple[str, ...]
    counts: Counts


def event_of(article: ArticleScore) -> str:
    """The cluster key of an article: its event, or the article itself when it stands alone."""
    event = article.event
    return article.article_id if not event or event == SINGLE else event


def by_event(evaluation: Evaluation) -> list[EventScore]:
    """One row per event cluster, in the order clusters first appear."""
    grouped: dict[str, list[ArticleScore]] = {}
    for article in evaluation.articles:
        grouped.setdefault(event_of(article), []).append(article)
    rows = []
    for event, members in grouped.items():
        counts = Counts()
        for member in members:
            counts = counts + member.counts
        rows.append(EventScore(event, tuple(m.article_id for m in members), counts))
    return rows


def macro(events: list[EventScore]) -> dict[str, float | None]:
    """Each score averaged over clusters (a field no claim of a cluster matched is left out)."""
    result: dict[str, float | None] = {}
    for name in SCORE_NAMES:
        values = [v for e in events if (v := summary(e.counts).get(name)) is not None]
        result[name] = sum(values) / len(values) if values else None
    return result
