"""``cryptoclaims explain``: why a figure got its metric, side, asset, period and source."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import click

from extractor.corpus import ArticleError, read_articles
from extractor.errors import InputError
from extractor.models import Article

FIELDS = ("metric", "side", "asset", "period", "source", "venue")


@click.command("explain")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--quote", required=True, help='The figure as written, e.g. "$2.6B".')
@click.option("--article", "article_id", help="The article's id, where PATH is a corpus folder.")
@click.option("--published", type=click.DateTime(), help="Publication date of a lone file.")
@click.option("--publisher", help="Publisher of a lone file.")
@click.option("--url", help="URL of a lone file.")
def explain_command(
    path: Path,
    quote: str,
    article_id: str | None,
    published: datetime | None,
    publisher: str | None,
    url: str | None,
) -> None:
    """Show how each figure written as QUOTE in an article was linked, field by field:
    the value, the rule or fallback that chose it, and the cue word with its distance."""
    article = _one_article(path, article_id, url=url, publisher=publisher, published=published)
    click.echo(explain(article, quote))  # an InputError exits by the exit code table


def _one_article(
    path: Path,
    article_id: str | None,
    *,
    url: str | None,
    publisher: str | None,
    published: datetime | None,
) -> Article:
    found: list[Article] = []
    for item in read_articles([path], url=url, publisher=publisher, published=published):
        if isinstance(item, ArticleError):
            if article_id is None or item.where.endswith(f"{article_id}"):
                raise InputError(str(item))
        elif article_id is None or item.id == article_id:
            found.append(item)
    if not found:
        raise InputError(f"{path}: no article {article_id!r}" if article_id else f"{path}: empty")
    if len(found) > 1:
        ids = ", ".join(a.id for a in found[:5])
        raise InputError(f"{path}: {len(found)} articles ({ids}, ...): name one with --article")
    return found[0]


def explain(article: Article, quote: str) -> str:
    """The linking of every figure of ``article`` written exactly as ``quote``, as text."""
    from extractor.claims import check_prose
    from extractor.nlp.pipeline import annotate, blank

    check_prose(article)
    published = article.published.date() if article.published else None
    doc = annotate(article.text, published, article.publisher, nlp=blank(trace=True))
    text = article.text
    hits = [x for x in doc._.links if text[x.amount.start : x.amount.end] == quote]
    if not hits:
        quotes = sorted({text[x.amount.start : x.amount.end] for x in doc._.links})
        digits = re.search(r"\d[\d.,]*", quote)
        near = [q for q in quotes if digits and digits.group() in q][:5]
        hint = f" (figures like it: {', '.join(near)})" if near else ""
        raise InputError(f"{article.id}: no figure written {quote!r}{hint}")
    blocks = []
    for x in hits:
        a = x.amount
        sentence = " ".join(text[x.sentence[0] : x.sentence[1]].split())
        lines = [
            f"{article.id} @{a.start}: {quote!r} = {x.value:g} {x.unit} ({a.kind}, {a.qualifier})",
            f"  sentence: {sentence}",
        ]
        reasons = {c.field: c for c in x.reasons}
        for name in FIELDS:
            choice = reasons.get(name)
            if choice is None:
                continue
            value = choice.value if choice.value is not None else "-"
            cue = ""
            if choice.cue is not None:
                cue = f"; cue {text[choice.cue[0] : choice.cue[1]]!r}"
                if choice.distance is not None:
                    cue += f" at distance {choice.distance:g}"
            lines.append(f"  {name:<7} {value:<24} {choice.reason}{cue}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
