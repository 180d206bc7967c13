"""Render an Evaluation: a JSON-ready dict, or rich tables for a terminal."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.evaluation.scoring import FIELDS, ArticleScore, Counts, Evaluation, Mismatch

AMOUNT_SCORES: tuple[str, ...] = ("amount_f1", "precision", "recall")
SCORE_NAMES: tuple[str, ...] = AMOUNT_SCORES + FIELDS


def summary(counts: Counts) -> dict[str, float | None]:
    """Flat scores: amount F1, precision, recall and each field's accuracy (None: no match)."""
    scores: dict[str, float | None] = {
        "amount_f1": counts.f1,
        "precision": counts.precision,
        "recall": counts.recall,
    }
    scores.update({name: counts.accuracy(name) for name in FIELDS})
    return scores


def _rounded(scores: dict[str, float | None]) -> dict[str, float | None]:
    return {k: None if v is None else round(v, 4) for k, v in scores.items()}


def _counts_json(counts: Counts) -> dict[str, Any]:
    return {
        "gold": counts.gold,
        "predicted": counts.predicted,
        "matched": counts.matched,
        "amount_correct": counts.amount_correct,
        "scores": _rounded(summary(counts)),
    }


def _article_json(article: ArticleScore, misses: bool) -> dict[str, Any]:
    record: dict[str, Any] = {"id": article.article_id, **_counts_json(article.counts)}
    if misses:
        record["mismatches"] = [asdict(m) for m in article.mismatches]
    return record


def to_json(evaluation: Evaluation, *, misses: bool = False) -> dict[str, Any]:
    """The whole evaluation as plain data; mismatches only when ``misses``."""
    return {
        "totals": _counts_json(evaluation.totals),
        "articles": [_article_json(a, misses) for a in evaluation.articles],
        "unscored": evaluation.unscored,
        "failures": evaluation.failures,
    }


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def totals_table(evaluation: Evaluation, title: str) -> Table:
    """One row per score, with the counts behind it."""
    totals = evaluation.totals
    table = Table(title=escape(title), title_justify="left")
    table.add_column("score")
    table.add_column("value", justify="right")
    table.add_column("counts", justify="right")
    table.add_row(
        "amount precision", _pct(totals.precision), f"{totals.amount_correct}/{totals.predicted}"
    )
    table.add_row("amount recall", _pct(totals.recall), f"{totals.amount_correct}/{totals.gold}")
    table.add_row("amount F1", _pct(totals.f1), f"{totals.matched} matched")
    for name in FIELDS:
        table.add_row(
            f"{name} accuracy",
            _pct(totals.accuracy(name)),
            f"{totals.field_correct[name]}/{totals.matched}",
        )
    return table


def articles_table(evaluation: Evaluation) -> Table:
    """One row per article: counts and amount scores."""
    table = Table(title="Per article", title_justify="left")
    for column in ("article", "gold", "predicted", "matched", "amount ok", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "article" else "right")
    for article in evaluation.articles:
        c = article.counts
        table.add_row(
            escape(article.article_id),
            str(c.gold),
            str(c.predicted),
            str(c.matched),
            str(c.amount_correct),
            _pct(c.precision),
            _pct(c.recall),
            _pct(c.f1),
        )
    return table


def mismatch_line(mismatch: Mismatch) -> str:
    """One plain line saying what went wrong and where."""
    where = f"@{mismatch.start} {mismatch.quote!r}"
    if mismatch.kind == "wrong":
        head = f"wrong {mismatch.field}: expected {mismatch.expected}, got {mismatch.got} {where}"
    else:
        head = f"{mismatch.kind} {where}"
    return f"{head} — {' '.join(mismatch.sentence.split())}"


def render(evaluation: Evaluation, console: Console, *, title: str, misses: bool = False) -> None:
    """Print the totals, the per-article table and (with ``misses``) every mismatch."""
    console.print(totals_table(evaluation, title))
    console.print(articles_table(evaluation))
    if evaluation.unscored:
        console.print(f"not scored (no gold): {escape(', '.join(evaluation.unscored))}")
    for failure in evaluation.failures:
        console.print(f"extraction failed: {escape(failure)}")
    if misses:
        for article in evaluation.articles:
            if article.mismatches:
                console.rule(escape(article.article_id))
                for mismatch in article.mismatches:
                    console.print(escape(mismatch_line(mismatch)), soft_wrap=True)


_EVENT_COLUMNS: tuple[str, ...] = ("amount_f1", "metric", "side", "asset", "period", "source")


def events_table(evaluation: Evaluation) -> Table:
    """One row per event cluster, weakest amount F1 first, and the macro average."""
    from extractor.evaluation.events import by_event, macro

    events = by_event(evaluation)
    table = Table(title="Per event cluster (weakest first)", title_justify="left")
    table.add_column("event", no_wrap=True, min_width=12)
    table.add_column("articles", justify="right")
    table.add_column("gold", justify="right")
    for name in _EVENT_COLUMNS:
        table.add_column(name.replace("amount_", ""), justify="right")
    for event in sorted(events, key=lambda e: (e.counts.f1, e.event)):
        scores = summary(event.counts)
        table.add_row(
            escape(event.event),
            str(len(event.articles)),
            str(event.counts.gold),
            *(_pct(scores[name]) for name in _EVENT_COLUMNS),
        )
    averaged = macro(events)
    table.add_section()
    table.add_row(
        f"macro average of {len(events)} clusters",
        "",
        "",
        *(_pct(averaged[name]) for name in _EVENT_COLUMNS),
    )
    return table


def events_json(evaluation: Evaluation) -> dict[str, Any]:
    """Per-event counts and scores, and the macro average over clusters."""
    from extractor.evaluation.events import by_event, macro

    events = by_event(evaluation)
    return {
        "events": [
            {"event": e.event, "articles": list(e.articles), **_counts_json(e.counts)}
            for e in events
        ],
        "macro": _rounded(macro(events)),
    }
