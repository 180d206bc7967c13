"""Where extraction spends its time: each pipeline stage's share, under cProfile.

    python bench/profile_extract.py [--articles 300] [--top 0]

The bench corpus of ``bench_extract.py`` (replicated texts, each copy its own id and date)
is extracted under cProfile after a warm-up; the report gives each stage's cumulative
share of the time spent in ``extract_article`` (stages nest: citations are part of the
source, which is part of linking), and with ``--top N`` the N functions with the most
time of their own.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import DEFAULT_CORPORA, load_articles

STAGES = (
    ("extract_article", "claims.py", "extract_article"),
    ("tokenizer", "language.py", "make_doc"),
    ("structure", "structure.py", "analyse"),
    ("amounts", "amounts.py", "find_amounts"),
    ("mentions", "mentions.py", "find"),
    ("dates", "periods.py", "find_time_expressions"),
    ("linking", "linker.py", "link"),
    ("  source", "attribution.py", "attribute"),
    ("    citations", "citations.py", "in_sentence"),
    ("  metric", "metric.py", "metric"),
    ("  asset", "subject.py", "asset"),
    ("claim records", "claims.py", "_claim"),
)


@click.command()
@click.option("--articles", default=300, show_default=True)
@click.option("--top", default=0, show_default=True, help="Also list the N costliest functions.")
def main(articles: int, top: int) -> None:
    from extractor.claims import extract_article

    corpus = load_articles(DEFAULT_CORPORA, articles)
    extract_article(corpus[0])  # warm-up: the pipeline and lexicons built
    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    for article in corpus:
        extract_article(article)
    profile.disable()
    seconds = time.perf_counter() - start
    stats = pstats.Stats(profile)
    cumulative: dict[tuple[str, str], float] = {}
    for (path, _, name), row in stats.stats.items():  # type: ignore[attr-defined]
        key = (Path(path).name, name)
        cumulative[key] = max(cumulative.get(key, 0.0), row[3])
    total = cumulative.get(("claims.py", "extract_article"), seconds)
    print(f"{articles} articles, {seconds / articles * 1000:.1f} ms an article under cProfile")
    for label, module, function in STAGES:
        share = cumulative.get((module, function), 0.0)
        print(f"{label:<16} {share / total:6.1%}")
    if top:
        stats.sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main()
