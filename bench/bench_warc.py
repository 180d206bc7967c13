"""Reading web archives: the WARC libraries, the project's reader, and pages → articles.

    python bench/bench_warc.py [--records N] [--articles] [--shared-pages]

Builds a ``.warc.gz`` of N response records (default 2,000; gzip per record) from the
test site's news pages (``tests/fixtures/site``), or with ``--shared-pages`` from the 161
real pages of ``../shared/pages`` (big general pages, 175 KB on average), then runs each
phase in a fresh child process and prints records/s (wall clock), records per CPU second
of the process (the figure other load on a shared machine disturbs least) and the
process's peak RSS:

    fastwarc     fastwarc's ArchiveIterator, payloads read (no chunked/gzip decoding)
    warcio       warcio's ArchiveIterator, content_stream() read
    read_pages   the project's damage-tolerant reader (framing + warcio per record)
    articles     read_pages + HTML -> Article (--articles; the costly part)
    claims       read_pages + HTML -> Article -> claims (--articles), after a warm-up

Peak RSS at two sizes (``--records 2000`` and ``--records 20000``) shows whether memory
grows with the archive.
"""

from __future__ import annotations

import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import click

PAGES = Path("../shared/pages/html")
SITE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "site"


def _record(url: str, body: bytes) -> bytes:
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
        + body
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2026-04-13T02:11:09Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def build(path: Path, records: int, shared: bool) -> None:
    if shared:
        pages = [gzip.decompress(p.read_bytes()) for p in sorted(PAGES.glob("*.html.gz"))]
    else:
        pages = [p.read_bytes() for p in sorted(SITE.glob("*.html"))]
    with path.open("wb") as out:
        for i in range(records):
            out.write(gzip.compress(_record(f"https://news.example/{i}", pages[i % len(pages)])))


def phase(name: str, path: Path) -> dict[str, float]:
    start, cpu_start = time.perf_counter(), time.process_time()
    count = 0
    if name == "fastwarc":
        from fastwarc.warc import ArchiveIterator, WarcRecordType

        with path.open("rb") as f:
            for rec in ArchiveIterator(f, record_types=WarcRecordType.response):
                rec.reader.read()
                count += 1
    elif name == "warcio":
        from warcio.archiveiterator import ArchiveIterator as WarcioIterator

        with path.open("rb") as f:
            for rec in WarcioIterator(f):
                rec.content_stream().read()
                count += 1
    elif name == "read_pages":
        from extractor.ingest.warc import read_pages

        count = sum(1 for _ in read_pages([path]))
    elif name == "articles":
        from extractor.ingest.warc import read_articles

        count = sum(1 for _ in read_articles([path]))
    else:
        from extractor.claims import extract_article
        from extractor.ingest.warc import read_articles
        from extractor.models import Article

        extract_article(Article(id="warm-up", text="Bitcoin rose 2% to $64,000 on Monday."))
        start, cpu_start = time.perf_counter(), time.process_time()
        for item in read_articles([path]):
            count += 1
            if isinstance(item, Article):
                extract_article(item)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"records": count, "seconds": seconds, "cpu_seconds": cpu, "rss_mb": rss}


@click.command()
@click.option("--records", default=2000, show_default=True)
@click.option("--articles", is_flag=True, help="Also parse each page into an article.")
@click.option("--shared-pages", is_flag=True, help="Pages of ../shared/pages, not the test site.")
@click.option("--phase", "only", hidden=True)
@click.option("--path", type=click.Path(path_type=Path), hidden=True)
def main(
    records: int, articles: bool, shared_pages: bool, only: str | None, path: Path | None
) -> None:
    if only and path:
        print(json.dumps(phase(only, path)))
        return
    phases = ["fastwarc", "warcio", "read_pages", *(["articles", "claims"] if articles else [])]
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "bench.warc.gz"
        build(warc, records, shared_pages)
        size = warc.stat().st_size / 1e6
        print(f"{records:,} records, {size:.1f} MB compressed")
        print(f"{'phase':<12} {'records/s':>10} {'per CPU s':>10} {'peak RSS':>10}")
        for name in phases:
            out = subprocess.run(
                [sys.executable, __file__, "--phase", name, "--path", str(warc)],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            wall, cpu = r["records"] / r["seconds"], r["records"] / r["cpu_seconds"]
            print(f"{name:<12} {wall:>10,.0f} {cpu:>10,.0f} {r['rss_mb']:>8.0f} MB")


if __name__ == "__main__":
    main()
