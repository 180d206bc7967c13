"""A corpus through one process and through ``--dask local``: the same claims, and how fast;
then the dataset writer's memory at two corpus sizes.

    python bench/bench_dask.py [--articles 2000] [--dataset-sizes 2000,20000] [CORPUS ...]

The texts of the corpora (default ``corpus/`` and ``../shared/corpus``) are replicated to N
articles in a temporary corpus folder (each copy its own id and a publication date a day
later), then extracted in this process (``extract_many``, one core) and on a LocalCluster of
this machine's cores (``extract_shards``, one single-threaded worker process a core; the
cluster's start-up, workers building their pipelines, is timed apart); the claims are
compared as Arrow tables (they must be equal) and articles/s printed for both. The dataset
phase writes the claims of the corpus replicated to each size through ``DatasetWriter`` in a
fresh process and prints its peak RSS: flat means the writer holds a buffer, not the
dataset. ``--extract-sizes`` runs ``cryptoclaims extract FOLDER --dataset DIR`` on corpora
of those sizes and prints the command's peak RSS (flat: articles are streamed).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import click

DEFAULT_CORPORA = ("corpus", "../shared/corpus")


def replicate(corpora: tuple[str, ...], count: int, folder: Path) -> None:
    """A corpus folder of ``count`` articles cycling over the corpora's texts."""
    base = []
    for name in corpora:
        meta = Path(name) / "meta.jsonl"
        if meta.is_file():
            for line in meta.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                base.append((record, (Path(name) / record["file"]).read_text(encoding="utf-8")))
    lines = []
    for i in range(count):
        record, text = base[i % len(base)]
        copy = i // len(base)
        name = f"a{i:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        day = date.fromisoformat((record.get("published") or "2026-02-06")[:10])
        row = {**record, "id": f"{record['id']}#{copy}", "file": name}
        row["published"] = (day + timedelta(days=copy % 365)).isoformat()
        lines.append(json.dumps(row))
    (folder / "meta.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def compare(folder: Path) -> None:
    import pyarrow as pa

    from extractor.claims import extract_article, extract_many
    from extractor.corpus import ArticleError
    from extractor.dataset import claims_table
    from extractor.distributed import connect, extract_shards, warm_pipeline
    from extractor.models import Article
    from extractor.shards import plan, read_inputs

    articles = [a for a in read_inputs([folder]) if isinstance(a, Article)]
    extract_article(articles[0])  # warm-up: the pipeline built before the clock starts
    start = time.perf_counter()
    tables = [
        claims_table(a, r)
        for a, r in zip(articles, extract_many(articles), strict=True)
        if not isinstance(r, ArticleError)
    ]
    one = time.perf_counter() - start
    expected = pa.concat_tables(tables)
    start = time.perf_counter()
    with connect("local", quiet=True) as client:
        client.register_plugin(warm_pipeline())
        ready = time.perf_counter()
        results = list(extract_shards(client, plan([folder])))
    many = time.perf_counter() - ready
    startup = ready - start
    got = pa.concat_tables([r.claims for r in results])
    same = "yes" if got.equals(expected) else "NO"
    n = len(articles)
    print(f"{n:,} articles, {expected.num_rows:,} claims; equal claims: {same}")
    print(f"one process      {n / one:8.1f} articles/s")
    workers = os.cpu_count()
    print(
        f"--dask local     {n / many:8.1f} articles/s ({workers} workers; start-up {startup:.1f} s)"
    )


def write_dataset(folder: Path, size: int) -> dict[str, float]:
    """Write ``size`` replicated articles' claims to a dataset; peak RSS of this process."""
    from extractor.claims import extract_many
    from extractor.dataset import DatasetWriter
    from extractor.models import Article
    from extractor.shards import read_inputs

    base = [a for a in read_inputs([folder]) if isinstance(a, Article)]
    claims = [r if isinstance(r, list) else [] for r in extract_many(base)]
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, DatasetWriter(Path(tmp) / "ds") as writer:
        for i in range(size):
            article, found = base[i % len(base)], claims[i % len(base)]
            copy = article.model_copy(update={"id": f"{article.id}~{i}"})
            writer.add(copy, [_claim_of(copy.id, c) for c in found])
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"claims": writer.written.claims, "seconds": seconds, "rss_mb": rss}


def _claim_of(article_id: str, claim: Any) -> Any:
    from extractor.models import claim_id

    new_id = claim_id(article_id, claim.start, claim.end)
    return claim.model_copy(update={"article_id": article_id, "id": new_id})


@click.command()
@click.argument("corpora", nargs=-1)
@click.option("--articles", default=2000, show_default=True)
@click.option("--dataset-sizes", default="2000,20000", show_default=True)
@click.option("--extract-sizes", default="", help="Corpus sizes for the extract command.")
@click.option("--skip-dask", is_flag=True, help="Only the dataset phase.")
@click.option("--one", type=int, hidden=True)
@click.option("--folder", type=click.Path(path_type=Path), hidden=True)
def main(
    corpora: tuple[str, ...],
    articles: int,
    dataset_sizes: str,
    extract_sizes: str,
    skip_dask: bool,
    one: int | None,
    folder: Path | None,
) -> None:
    if one is not None and folder is not None:
        print(json.dumps(write_dataset(folder, one)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        replicate(corpora or DEFAULT_CORPORA, articles, corpus)
        if not skip_dask:
            compare(corpus)
        small = Path(tmp) / "base"
        small.mkdir()
        replicate(corpora or DEFAULT_CORPORA, 200, small)
        for size in (int(s) for s in dataset_sizes.split(",")):
            cmd = [sys.executable, __file__, "--one", str(size), "--folder", str(small)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"dataset writer   {size:>7,} articles {r['claims']:>9,} claims "
                f"{r['claims'] / r['seconds']:>8,.0f} claims/s  peak RSS {r['rss_mb']:.0f} MB"
            )
        for size in (int(s) for s in extract_sizes.split(",") if s):
            extract_command(corpora or DEFAULT_CORPORA, size, Path(tmp))


def extract_command(corpora: tuple[str, ...], size: int, tmp: Path) -> None:
    """``cryptoclaims extract`` of a corpus of ``size`` articles into a dataset, measured."""
    folder = tmp / f"corpus-{size}"
    folder.mkdir()
    replicate(corpora, size, folder)
    cmd = [sys.executable, "-m", "extractor", "extract", str(folder)]
    cmd += ["--dataset", str(tmp / f"ds-{size}")]
    # a fresh parent per run: RUSAGE_CHILDREN then holds this command's peak alone
    measure = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "d = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=True); "
        "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, d.stderr.splitlines()[-1])"
    )
    done = subprocess.run([sys.executable, "-c", measure, *cmd], capture_output=True, text=True)
    if done.returncode:
        raise click.ClickException(done.stderr)
    seconds, rss, summary = done.stdout.strip().split(" ", 2)
    print(
        f"extract command  {size:>7,} articles {size / float(seconds):>8.1f} articles/s  "
        f"peak RSS {int(rss) / 1024:.0f} MB ({summary})"
    )


if __name__ == "__main__":
    main()
