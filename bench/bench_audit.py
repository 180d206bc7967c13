"""Audit speed and memory at 10k, 100k and 1M claims, from real clusters replicated.

    python bench/bench_audit.py [--sizes 10000,100000,1000000] [--claims gold|extracted]
                                [--dask SCHEDULER|local] [--via memory|jsonl]
                                [--report FILE] [CORPUS]

The articles of CORPUS (default ``../shared/corpus``) and their claims (the gold claims,
or the project's own extraction) are replicated until the wanted number of claims: each
replica is a new world of the same news, with its own article ids, publishers and event
keys, its publication dates and periods 2,500 days later than the replica before (more
than the corpus's dates span, so a replica is never compared with another), and its
claims' sentences marked as its own (so
replicas are not syndicated copies of each other). The first replica's articles carry
their texts; the others are known from their claims alone, as when claims JSONL is
audited without its articles.

Each size runs in a fresh process. The claims are built first (not timed) and handed to
the audit as an iterator; the report gives the audit's wall time and claims/s, its CPU
time and claims per CPU second (what one idle core does: on a shared machine the wall
time also counts other processes), the process's peak resident memory and what the audit
added to it over the input it was given, and the CPU time ratio to the previous size
beside the claims ratio (linear: the same). With ``--dask``, the fact keys are judged on
that cluster (``local``: this machine's cores); the CPU time is then the client's only.
With ``--via jsonl``, the claims are written to a claims JSONL file first (without their
articles) and the timed part is what ``cryptoclaims audit claims.jsonl`` does: scan the
file, then stream its claims into the audit; the memory added is then the whole read.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import click
from audit_corpus import extracted_claims, load_gold_corpus

from extractor.audit import ArticleInfo, audit
from extractor.models import Article, AuditReport, Claim, claim_id

DEFAULT_SIZES = "10000,100000,1000000"


# Replicas this far apart in time never share a window: the corpus's dates span less. Dates
# end in year 9999, so about 1,100 replicas (1.6 million gold claims) is the most there is.
SHIFT = timedelta(days=2500)


def replica_article(article: Article, k: int) -> ArticleInfo:
    """The article as replica ``k`` knows it: its own id, publisher, event, date and hash."""
    event = article.event
    return ArticleInfo(
        id=f"{article.id}~{k}",
        publisher=f"{article.publisher} ~{k}",
        published=article.published + SHIFT * k if article.published else None,
        url=article.url,
        title=article.title,
        event=f"{event}~{k}" if event and event != "single" else event,
        text_hash=f"{article.text_hash}~{k}",
        text=article.text if k == 0 else None,
    )


def replica_claims(claims: Sequence[Claim], info: ArticleInfo, k: int) -> Iterator[Claim]:
    """An article's claims in replica ``k`` (built without validation: they are valid)."""
    shift = SHIFT * k
    for claim in claims:
        yield claim.model_copy(
            update={
                "id": claim_id(info.id, claim.start, claim.end),
                "article_id": info.id,
                "sentence": f"{claim.sentence} (r{k})" if k else claim.sentence,
                "publisher": info.publisher,
                "published": info.published,
                "period_start": claim.period_start + shift if claim.period_start else None,
                "period_end": claim.period_end + shift if claim.period_end else None,
            }
        )


def load_base(corpus: Path, source: str) -> tuple[list[Article], dict[str, list[Claim]]]:
    data = load_gold_corpus(corpus)
    articles = list(data.articles.values())
    if source == "gold":
        return articles, {a.id: data.gold_claims(a) for a in articles}
    return articles, extracted_claims(articles)


def run_size(
    corpus: Path,
    source: str,
    size: int,
    dask: str | None = None,
    via: str = "memory",
    report_to: Path | None = None,
) -> dict[str, Any]:
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

    if via == "jsonl":
        return _via_jsonl(stream())
    given = list(stream())
    before = _rss_mb()
    if dask:
        from extractor.distributed import connect, judge_on

        with connect(dask, quiet=True) as client:
            start, cpu = time.perf_counter(), time.process_time()
            report = audit(iter(given), infos, judge_all=judge_on(client))
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    else:
        start, cpu = time.perf_counter(), time.process_time()
        report = audit(iter(given), infos)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if report_to is not None:  # the whole report, to compare two versions byte for byte
        report_to.write_text(report.model_dump_json(), encoding="utf-8")
    return _measured(report, seconds, cpu, before)


def _via_jsonl(claims: Iterator[Claim]) -> dict[str, Any]:
    """Write the claims to a JSONL file (not timed), then read and audit it as ``cryptoclaims
    audit claims.jsonl`` does: scanned, then streamed into the audit. The peak is the
    whole process's over what it held before reading the file."""
    from extractor.audit.inputs import gather, source_for_path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for claim in claims:
                out.write(claim.model_dump_json() + "\n")
        before = _rss_mb()
        start, cpu = time.perf_counter(), time.process_time()
        data = gather([source_for_path(path)])
        report = audit(data.claims, data.articles)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return _measured(report, seconds, cpu, before)


def _measured(report: AuditReport, seconds: float, cpu: float, before: float) -> dict[str, Any]:
    """What a size's run gives: its counts, times, peak memory and the memory it added."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "claims": report.claims,
        "articles": report.articles,
        "findings": len(report.findings),
        "seconds": seconds,
        "cpu": cpu,
        "rss_mb": peak,
        "added_mb": peak - before,
    }


def _rss_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1024 / 1024


def in_child(
    corpus: Path, source: str, size: int, dask: str | None, via: str, report: Path | None
) -> dict[str, Any]:
    cmd = [sys.executable, __file__, str(corpus), "--claims", source, "--one", str(size)]
    cmd += ["--dask", dask] if dask else []
    cmd += ["--via", via]
    cmd += (
        ["--report", str(report.parent / f"{report.stem}-{size}{report.suffix}")] if report else []
    )
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
@click.option("--dask", help="Judge on this Dask scheduler ('local': this machine's cores).")
@click.option(
    "--via",
    type=click.Choice(["memory", "jsonl"]),
    default="memory",
    show_default=True,
    help="Hand the claims to the audit as built, or read them from a claims JSONL file.",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write each size's report JSON (--via memory) to this path, its size before the suffix.",
)
@click.option("--one", type=int, hidden=True)
def main(
    corpus: Path,
    sizes: str,
    source: str,
    dask: str | None,
    via: str,
    report: Path | None,
    one: int | None,
) -> None:
    """Audit replicated real clusters at each size and print claims/s and peak memory."""
    if one is not None:
        print(json.dumps(run_size(corpus, source, one, dask, via, report)))
        return
    print(f"{'claims':>10} {'articles':>9} {'findings':>9} {'seconds':>8} {'claims/s':>9} "
          f"{'cpu s':>7} {'claims/cpu s':>12} {'peak MB':>8} {'audit MB':>9} {'x claims':>9} "
          f"{'x cpu':>6}")  # fmt: skip
    previous: dict[str, Any] | None = None
    for size in (int(s) for s in sizes.split(",")):
        r = in_child(corpus, source, size, dask, via, report)
        ratio = "-"
        if previous:
            grow = r["claims"] / previous["claims"]
            ratio = f"{grow:>9.1f} {r['cpu'] / previous['cpu']:>6.1f}"
        print(
            f"{r['claims']:>10,} {r['articles']:>9,} {r['findings']:>9,} {r['seconds']:>8.1f} "
            f"{r['claims'] / r['seconds']:>9,.0f} {r['cpu']:>7.1f} "
            f"{r['claims'] / r['cpu']:>12,.0f} "
            f"{r['rss_mb']:>8.0f} {r['added_mb']:>9.0f} {ratio:>16}",
            flush=True,
        )
        previous = r


if __name__ == "__main__":
    main()
