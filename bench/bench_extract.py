"""Extraction speed beside spaCy's blank English tokenizer, on the same texts, in one run.

    python bench/bench_extract.py [--articles N] [CORPUS ...]

The texts of ``corpus/`` (and ``../shared/corpus`` when present) are replicated to N
articles (default 2,000); each copy gets its own id and a publication date shifted by a
day, so date parsing is not served from the cache of an earlier copy. Each phase runs in
a fresh child process, after a warm-up, and reports articles/s, words/s (whitespace-
separated words), the speed relative to the tokenizer's, articles per CPU second (the
process's and its workers' user and system time: on a machine other work shares, this
varies much less than wall time) and that relative to the tokenizer's, the process's
peak resident memory and, for the pool, the largest worker's:

    tokenizer   spacy.blank("en") tokenizer alone
    pipeline    text -> claims, one process (extract_many(..., workers=1))
    workers=2   text -> claims, extract_many(..., workers=2) (pool start-up included)

It then times CLI start-up (``cryptoclaims --help`` as a subprocess, best of 5).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import click

DEFAULT_CORPORA = ("corpus", "../shared/corpus")
PHASES = ("tokenizer", "pipeline", "workers=2")


def load_articles(corpora: tuple[str, ...], count: int) -> list[Any]:
    """``count`` articles cycling over the corpora's texts, each copy with its own id and date."""
    from extractor.corpus import load_corpus
    from extractor.models import Article

    base = [
        a
        for folder in corpora
        if (Path(folder) / "meta.jsonl").is_file()
        for a in load_corpus(Path(folder))
        if isinstance(a, Article)
    ]
    if not base:
        raise click.ClickException(f"no articles in {', '.join(corpora)}")
    out = []
    for i in range(count):
        src = base[i % len(base)]
        copy = i // len(base)
        published = (src.published or datetime(2026, 2, 6)) + timedelta(days=copy % 365)
        out.append(src.model_copy(update={"id": f"{src.id}#{copy}", "published": published}))
    return out


def run_tokenizer(articles: list[Any]) -> int:
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    tokenizer(articles[0].text)  # warm-up
    start, cpu = time.perf_counter(), _cpu_seconds()
    for article in articles:
        tokenizer(article.text)
    return _finish(start, cpu, articles, claims=0)


def run_pipeline(articles: list[Any], workers: int) -> int:
    from extractor.claims import extract_article, extract_many

    extract_article(articles[0])  # warm-up: build the pipeline, load the lexicons
    start, cpu = time.perf_counter(), _cpu_seconds()
    claims = 0
    for result in extract_many(articles, workers=workers):
        claims += len(result) if isinstance(result, list) else 0
    return _finish(start, cpu, articles, claims)


def _cpu_seconds() -> float:
    """User and system time of this process and of its finished children (pool workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _finish(start: float, cpu: float, articles: list[Any], claims: int) -> int:
    """Print the phase's measurements as one JSON line (read by the parent process)."""
    seconds = time.perf_counter() - start
    record = {
        "seconds": seconds,
        "cpu_seconds": _cpu_seconds() - cpu,
        "articles": len(articles),
        "words": sum(len(a.text.split()) for a in articles),
        "claims": claims,
        "rss_mb": _max_rss_mb(resource.RUSAGE_SELF),
        "children_rss_mb": _max_rss_mb(resource.RUSAGE_CHILDREN),
    }
    print(json.dumps(record))
    return 0


def _max_rss_mb(who: int) -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(who).ru_maxrss / scale


def run_phase(phase: str, count: int, corpora: tuple[str, ...]) -> dict[str, Any]:
    """Run one phase in a fresh interpreter and return its measurements."""
    cmd = [sys.executable, __file__, "--phase", phase, "--articles", str(count), *corpora]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise click.ClickException(f"phase {phase} failed:\n{done.stderr}")
    record: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return record


def startup_seconds(runs: int = 5) -> float:
    """Best wall time of ``cryptoclaims --help`` as a subprocess."""
    script = Path(sys.executable).with_name("cryptoclaims")
    cmd = [str(script), "--help"] if script.exists() else [sys.executable, "-m", "extractor"]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def print_table(results: dict[str, dict[str, Any]], startup: float) -> None:
    """The measurements as a small table, with each phase's speed relative to the tokenizer."""
    base = results["tokenizer"]["words"] / results["tokenizer"]["seconds"]
    first = results["tokenizer"]
    print(f"{first['articles']} articles, {first['words']:,} words\n")
    cpu_base = results["tokenizer"]["articles"] / results["tokenizer"]["cpu_seconds"]
    print(
        f"{'phase':<11} {'articles/s':>11} {'words/s':>10} {'vs tokenizer':>13} "
        f"{'art/CPU s':>10} {'CPU vs tok.':>12} {'peak MB':>8} {'worker MB':>10}"
    )
    for phase, r in results.items():
        words = r["words"] / r["seconds"]
        per_cpu = r["articles"] / r["cpu_seconds"]
        worker = f"{r['children_rss_mb']:.0f}" if phase == "workers=2" else "-"
        print(
            f"{phase:<11} {r['articles'] / r['seconds']:>11,.0f} {words:>10,.0f} "
            f"{words / base:>13.0%} {per_cpu:>10,.0f} {per_cpu / cpu_base:>12.0%} "
            f"{r['rss_mb']:>8.0f} {worker:>10}"
        )
    claims = results["pipeline"]["claims"]
    print(f"\nclaims extracted: {claims:,}; CLI start-up (cryptoclaims --help, best of 5): "
          f"{startup:.2f} s")  # fmt: skip


@click.command()
@click.argument("corpora", nargs=-1)
@click.option("--articles", "count", type=click.IntRange(min=1), default=2000, show_default=True)
@click.option("--phase", type=click.Choice(PHASES), hidden=True)
def main(corpora: tuple[str, ...], count: int, phase: str | None) -> None:
    """Benchmark text -> claims against spaCy's blank tokenizer on the corpus texts."""
    corpora = corpora or DEFAULT_CORPORA
    if phase:
        articles = load_articles(corpora, count)
        runners: dict[str, Callable[[], int]] = {
            "tokenizer": lambda: run_tokenizer(articles),
            "pipeline": lambda: run_pipeline(articles, workers=1),
            "workers=2": lambda: run_pipeline(articles, workers=2),
        }
        sys.exit(runners[phase]())
    results = {p: run_phase(p, count, corpora) for p in PHASES}
    print_table(results, startup_seconds())


if __name__ == "__main__":
    main()
