"""Audit speed and memory at 10k, 100k and 1M claims, from real clusters replicated.

    python bench/bench_audit.py [--sizes 10000,100000,1000000] [--claims gold|extracted] [CORPUS]

The articles of CORPUS (default ``../shared/corpus``) and their claims (the gold claims,
or the project's own extraction) are replicated until the wanted number of claims: each
replica is a new world of the same news, with its own article ids, publishers and event
keys, and its publication dates and periods moved on by a day per replica, so a replica
is never compared with another. Claims are handed to the audit as a stream (a generator
building each replica's claims as it goes); the replicas' article texts are the corpus
texts themselves (one copy in memory, each replica with its own content hash).

Each size runs in a fresh process and reports the audit's wall time (the stream's own cost
of building claims included), claims/s, the process's peak resident memory, and the time
ratio to the previous size beside the claims ratio (linear: the same).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import click
from audit_corpus import extracted_claims, load_gold_corpus

from extractor.audit import ArticleInfo, audit
from extractor.models import Article, Claim, claim_id

DEFAULT_SIZES = "10000,100000,1000000"


def replica_article(article: Article, k: int) -> ArticleInfo:
    """The article as replica ``k`` knows it: its own id, publisher, event, date and hash."""
    event = article.event
    return ArticleInfo(
        id=f"{article.id}~{k}",
        publisher=f"{article.publisher} ~{k}",
        published=article.published + timedelta(days=k) if article.published else None,
        url=article.url,
        title=article.title,
        event=f"{event}~{k}" if event and event != "single" else event,
        text_hash=f"{article.text_hash}~{k}",
        text=article.text,
    )


def replica_claims(claims: Sequence[Claim], info: ArticleInfo, k: int) -> Iterator[Claim]:
    """An article's claims in replica ``k`` (built without validation: they are valid)."""
    days = timedelta(days=k)
    for claim in claims:
        yield claim.model_copy(
            update={
                "id": claim_id(info.id, claim.start, claim.end),
                "article_id": info.id,
                "publisher": info.publisher,
                "published": info.published,
                "period_start": claim.period_start + days if claim.period_start else None,
                "period_end": claim.period_end + days if claim.period_end else None,
            }
        )


def load_base(corpus: Path, source: str) -> tuple[list[Article], dict[str, list[Claim]]]:
    data = load_gold_corpus(corpus)
    articles = list(data.articles.values())
    if source == "gold":
        return articles, {a.id: data.gold_claims(a) for a in articles}
    return articles, extracted_claims(articles)


def run_size(corpus: Path, source: str, size: int) -> dict[str, Any]:
    """Audit ``size`` replicated claims in this process and measure it."""
    articles, claims = load_base(corpus, source)
    per_replica = sum(len(c) for c in claims.values())
    replicas = -(-size // per_replica)
    infos: dict[str, ArticleInfo] = {}
    for k in range(replicas):
        for article in articles:
            info = replica_article(article, k)
            infos[info.id] = info

    def stream() -> Iterator[Claim]:
        count = 0
        for k in range(replicas):
            for article in articles:
                for claim in replica_claims(claims[article.id], infos[f"{article.id}~{k}"], k):
                    if count == size:
                        return
                    count += 1
                    yield claim

    start = time.perf_counter()
    report = audit(stream(), infos)
    seconds = time.perf_counter() - start
    return {
        "claims": report.claims,
        "articles": report.articles,
        "findings": len(report.findings),
        "seconds": seconds,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def in_child(corpus: Path, source: str, size: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, str(corpus), "--claims", source, "--one", str(size)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise click.ClickException(f"size {size} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@click.command()
@click.argument(
    "corpus",
    default="../shared/corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--sizes", default=DEFAULT_SIZES, show_default=True, help="Claim counts.")
@click.option("--claims", "source", type=click.Choice(["gold", "extracted"]), default="gold")
@click.option("--one", type=int, hidden=True)
def main(corpus: Path, sizes: str, source: str, one: int | None) -> None:
    """Audit replicated real clusters at each size and print claims/s and peak memory."""
    if one is not None:
        print(json.dumps(run_size(corpus, source, one)))
        return
    print(f"{'claims':>10} {'articles':>9} {'findings':>9} {'seconds':>8} {'claims/s':>9} "
          f"{'peak MB':>8} {'x claims':>9} {'x time':>7}")  # fmt: skip
    previous: dict[str, Any] | None = None
    for size in (int(s) for s in sizes.split(",")):
        r = in_child(corpus, source, size)
        ratio = "-"
        if previous:
            grow = r["claims"] / previous["claims"]
            ratio = f"{grow:>9.1f} {r['seconds'] / previous['seconds']:>7.1f}"
        print(
            f"{r['claims']:>10,} {r['articles']:>9,} {r['findings']:>9,} {r['seconds']:>8.1f} "
            f"{r['claims'] / r['seconds']:>9,.0f} {r['rss_mb']:>8.0f} {ratio:>17}",
            flush=True,
        )
        previous = r


if __name__ == "__main__":
    main()
