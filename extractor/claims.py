"""From an article to validated claim records, one article or many (in parallel)."""

from __future__ import annotations

import logging
import multiprocessing
import re
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pydantic import ValidationError

from extractor.corpus import ArticleError
from extractor.errors import CryptoClaimsError, ExtractionError
from extractor.models import Article, Claim, claim_id
from extractor.nlp.layers import Link

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


def _claim(article: Article, x: Link) -> Claim:
    a, text = x.amount, article.text
    start, end = x.sentence
    period = x.period or (None, None)
    return Claim(
        id=claim_id(article.id, a.start, a.end),
        article_id=article.id,
        quote=text[a.start : a.end],
        start=a.start,
        end=a.end,
        sentence=" ".join(text[start:end].split()),
        value=x.value,
        unit=x.unit,
        low=x.low,
        high=x.high,
        qualifier=a.qualifier,
        metric=x.metric,
        side=x.side,
        asset=x.asset,
        period_start=period[0],
        period_end=period[1],
        source=x.source,
        venue=x.venue,
        publisher=article.publisher,
        published=article.published,
        url=article.url,
    )


_MAX_CHARS = 1_000_000  # spaCy's own guard; news articles are a few thousand characters
_LONG_RUN = re.compile(r"\S{1000,}")  # no word or number is this long: encoded data, not prose


def check_prose(article: Article) -> None:
    """Refuse texts no news article looks like, before they cost minutes."""
    if len(article.text) > _MAX_CHARS:
        raise ExtractionError(
            f"{article.id}: text of {len(article.text):,} characters is over {_MAX_CHARS:,}"
        )
    if run := _LONG_RUN.search(article.text):
        raise ExtractionError(
            f"{article.id}: {len(run.group()):,} characters without a space at offset "
            f"{run.start()}: not prose"
        )


def extract_article(article: Article, nlp: Language | None = None) -> list[Claim]:
    """Every claim the article's text states, in text order (by ``nlp``, default the
    process's shared pipeline)."""
    from extractor.nlp.pipeline import annotate

    check_prose(article)
    published = article.published.date() if article.published else None
    return claims_of(annotate(article.text, published, article.publisher, nlp=nlp), article)


def claims_of(doc: Doc, article: Article) -> list[Claim]:
    """The claims of a Doc the pipeline ran over, as records of ``article``."""
    claims = []
    for link in doc._.links:
        try:
            claims.append(_claim(article, link))
        except ValidationError as exc:  # one bad figure never sinks the article's others
            quote = article.text[link.amount.start : link.amount.end]
            reasons = "; ".join(e["msg"] for e in exc.errors())
            log.warning(
                "%s: claim %r at %d dropped: %s", article.id, quote, link.amount.start, reasons
            )
    return claims


def extract_or_error(article: Article) -> list[Claim] | ArticleError:
    """The article's claims, or why it yields none; never raises for one article.

    A fault in a rule on text nobody foresaw is this article's error, named with the
    exception, so a long run keeps the other articles' claims.
    """
    try:
        return extract_article(article)
    except CryptoClaimsError as exc:
        return ArticleError(article.id, str(exc))
    except Exception as exc:  # one article's fault in a rule must not end the run
        log.debug("%s: extraction failed", article.id, exc_info=True)
        return ArticleError(article.id, f"extraction failed: {type(exc).__name__}: {exc}")


def _warm() -> None:
    from extractor.nlp.pipeline import build_nlp

    build_nlp()


def extract_many(
    articles: Iterable[Article], workers: int = 1
) -> Iterator[list[Claim] | ArticleError]:
    """Claims per article in input order; a failing article yields an ArticleError.

    With ``workers`` > 1, worker processes each build the pipeline once and send back
    claims, not Docs (shipping Docs between processes costs more than parsing them).
    """
    if workers <= 1:
        for article in articles:
            yield extract_or_error(article)
        return
    ctx = multiprocessing.get_context("fork")
    room = threading.Semaphore(IN_FLIGHT_PER_WORKER * workers)

    def fed() -> Iterator[Article]:
        # the pool's feeder thread would read the whole input at once: wait for room
        for article in articles:
            room.acquire()
            yield article

    with ctx.Pool(workers, initializer=_warm) as pool:
        for result in pool.imap(extract_or_error, fed(), chunksize=CHUNK):
            room.release()
            yield result


CHUNK = 8
IN_FLIGHT_PER_WORKER = 8 * CHUNK  # articles read ahead per worker: memory stays flat
