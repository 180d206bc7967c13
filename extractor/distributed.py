"""Extraction and audit on a Dask cluster (dask.distributed), with the results of one machine.

Extraction maps over input shards (:mod:`extractor.shards`): a task is a shard's small
description, the worker reads its articles, runs the pipeline it built once (a worker
plugin builds it when the worker starts) and sends back Arrow tables of articles and
claims, never spaCy Docs. The client takes the results in shard order, so the claims come
out in the order one machine gives them.

The audit keeps its one streaming pass on the client (readings, syndication, each
article's arithmetic; see :mod:`extractor.audit.engine`); the fact keys' readings are then
shuffled by a hash of the key into partitions, each worker judges whole keys with the
same :func:`~extractor.audit.facts.judge` as one machine, and the client puts the results
back in key order. The audit context (article table and sources) is sent to each worker
once.

Progress: the scheduler's dashboard (its address is printed), and on a terminal Dask's
own text progress bar, drawn on stderr (stdout may carry the claims).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from extractor.corpus import ArticleError
from extractor.errors import InputError

if TYPE_CHECKING:
    from distributed import Client, Future

    from extractor.audit.context import AuditContext
    from extractor.audit.engine import Groups, JudgeAll
    from extractor.audit.facts import Judged, Key
    from extractor.ingest.page_filter import PageFilter
    from extractor.shards import Shard

LOCAL = "local"
PARTITIONS_PER_WORKER = 4  # audit partitions: enough to balance keys of uneven size


@dataclass
class ShardResult:
    """What a worker sends back for one shard: tables of articles and claims, and errors."""

    shard: str
    articles: pa.Table
    claims: pa.Table
    errors: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)


@contextlib.contextmanager
def connect(address: str, *, quiet: bool = False) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a cluster on this machine for
    ``local`` (one single-threaded worker process a core, on 127.0.0.1)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError(
            "--dask needs dask.distributed: pip install 'cryptoclaims[dask]'"
        ) from None
    with contextlib.ExitStack() as stack:
        if address == LOCAL:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=os.cpu_count() or 1,
                    threads_per_worker=1,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(address, timeout="20s"))
            except OSError as exc:
                raise InputError(f"{address}: cannot reach the Dask scheduler: {exc}") from None
        if not quiet and client.dashboard_link:
            print(f"dask: dashboard at {client.dashboard_link}", file=sys.stderr)
        yield client


def warm_pipeline() -> Any:
    """A worker plugin that builds the extraction pipeline once, when the worker starts."""
    from distributed import WorkerPlugin

    class WarmPipeline(WorkerPlugin):
        name = "cryptoclaims-pipeline"

        def setup(self, worker: Any) -> None:
            from extractor.nlp.pipeline import build_nlp

            build_nlp()

    return WarmPipeline()


def extract_shard(shard: Shard, page_filter: PageFilter | None = None) -> ShardResult:
    """Read and extract one shard (runs on a worker)."""
    from extractor.claims import extract_or_error
    from extractor.dataset import CLAIM_SCHEMA, articles_table, claims_table
    from extractor.models import Article
    from extractor.shards import read_shard

    articles: list[Article] = []
    claims: list[pa.Table] = []
    errors: list[tuple[str, str]] = []
    for item in read_shard(shard, page_filter):
        if isinstance(item, ArticleError):
            errors.append((item.where, item.reason))
            continue
        found = extract_or_error(item)
        if isinstance(found, ArticleError):
            errors.append((item.id, found.reason.removeprefix(f"{item.id}: ")))
            continue
        articles.append(item)
        claims.append(claims_table(item, found))
    table = pa.concat_tables(claims) if claims else CLAIM_SCHEMA.empty_table()
    return ShardResult(str(shard), articles_table(articles), table, errors)


def extract_shards(
    client: Client,
    shards: Sequence[Shard],
    page_filter: PageFilter | None = None,
    *,
    progress: bool = False,
) -> Iterator[ShardResult]:
    """The shards extracted on the cluster, results in shard order."""
    client.register_plugin(warm_pipeline())
    futures = client.map(extract_shard, shards, page_filter=page_filter, pure=False)
    if progress:
        show_progress(futures)
    for future in futures:
        result: ShardResult = future.result()
        future.release()  # the worker may drop it: memory stays flat
        yield result


def judge_on(client: Client) -> JudgeAll:
    """The audit's ``judge_all`` on the cluster (see the module docstring)."""

    def judge_all(groups: Groups, ctx: AuditContext) -> Iterator[Judged]:
        from extractor.audit.engine import key_order

        keys = sorted(groups, key=key_order)
        if not keys:
            return
        count = max(1, len(client.scheduler_info()["workers"]) * PARTITIONS_PER_WORKER)
        parts: list[dict[Key, list[Any]]] = [{} for _ in range(count)]
        for key in keys:
            parts[_bucket(key, count)][key] = groups[key]
        shared = client.scatter(ctx, broadcast=True, hash=False)
        futures = [
            client.submit(judge_partition, part, shared, pure=False) for part in parts if part
        ]
        judged: dict[Key, Judged] = {}
        for future in futures:
            judged.update(future.result())
            future.release()
        for key in keys:
            yield judged[key]

    return judge_all


def _bucket(key: Key, count: int) -> int:
    """The partition of a fact key: a hash stable across processes and runs."""
    text = "\x1f".join(part or "" for part in key)
    return zlib.crc32(text.encode("utf-8")) % count


def judge_partition(part: dict[Key, Any], ctx: AuditContext) -> dict[Key, Judged]:
    """Judge every fact key of one partition (runs on a worker)."""
    from extractor.audit.facts import judge

    paused = gc.isenabled()
    gc.disable()  # as on one machine: many small acyclic readings
    try:
        return {key: judge(key, readings, ctx) for key, readings in part.items()}
    finally:
        if paused:
            gc.enable()


def show_progress(futures: Iterable[Future[Any]]) -> None:
    """Dask's text progress bar, drawn on stderr from a thread while results are read."""
    if not sys.stderr.isatty():
        return
    from distributed.diagnostics.progressbar import TextProgressBar

    class _StderrBar(TextProgressBar):
        def _draw_bar(self, remaining: int, all: int, **kwargs: Any) -> None:
            frac = (1 - remaining / all) if all else 1.0
            sys.stderr.write(f"\r[{'#' * int(40 * frac):<40}] {int(100 * frac)}% of shards")
            sys.stderr.flush()

        def _draw_stop(self, **kwargs: Any) -> None:
            sys.stderr.write("\33[2K\r")

    keys = [f.key for f in futures]
    threading.Thread(target=_StderrBar, args=(keys,), daemon=True).start()
