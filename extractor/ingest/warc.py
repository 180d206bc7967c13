"""Web archives (WARC, plain or gzip) → HTML pages → articles, streamed record by record.

The framing is :mod:`warc_stream`'s, so a damaged record is reported with its file,
offset and reason and the reading goes on at the next record. Each response record is
then read by warcio (chosen over fastwarc, which reads twice as fast but leaves chunked
and gzip-encoded payloads to the caller; neither is the cost here, parsing HTML is, see
``bench/bench_warc.py``). A page is kept when it is a 200 response with an HTML body
and passes the :class:`PageFilter`; it becomes an article by the same path as a fetched
page (:func:`extractor.ingest.html.parse_page`). The crawl date is not taken for the
publication date: a page that states none stays undated.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.corpus import ArticleError
from extractor.errors import ExtractionError
from extractor.ingest.page_filter import PageFilter
from extractor.ingest.warc_stream import Broken, ByteStream, open_stream
from extractor.models import Article

MAX_LINE = 16 * 1024
MAX_HEADER = 64 * 1024
MAX_PAGE = 20_000_000  # the HTML parser's own limit on a page
HTML_TYPES = ("text/html", "application/xhtml+xml")
SKIP_CHUNK = 1 << 20


def is_warc(path: Path) -> bool:
    """Whether a path names a WARC file (``.warc`` or ``.warc.gz``)."""
    name = path.name.lower()
    return name.endswith(".warc") or name.endswith(".warc.gz")


@dataclass(frozen=True)
class WarcError:
    """A record that could not be read: file, offset and reason."""

    path: str
    offset: int
    reason: str

    @property
    def where(self) -> str:
        return f"{self.path}@{self.offset}"

    def __str__(self) -> str:
        return f"{self.path}: offset {self.offset}: {self.reason}"


@dataclass(frozen=True)
class DamagedRecord(ArticleError):
    """A record that could not be read, as an article input that failed."""


@dataclass(frozen=True)
class WarcPage:
    """An archived HTML page: where it is, its URL, its bytes and their declared type."""

    path: str
    offset: int
    url: str
    html: bytes
    content_type: str | None

    @property
    def where(self) -> str:
        return f"{self.path}@{self.offset}"


@dataclass
class WarcStats:
    """What a read of archives saw, by kind (records, pages kept, skipped and why)."""

    counts: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        c = self.counts
        return (
            f"warc: {c['records']} records, {c['responses']} responses, "
            f"{c['html']} HTML pages, kept {c['kept']} (off-site {c['off_site']}, "
            f"off-topic {c['off_topic']}, not HTML {c['not_html']}, "
            f"status not 200 {c['not_ok']}); damaged {c['damaged']}"
        )


@dataclass(frozen=True)
class _Record:
    offset: int
    head: bytes
    headers: dict[str, str]
    body: bytes | None  # None: not read (not a response, or over the limit)


def read_pages(
    paths: Iterable[Path],
    page_filter: PageFilter | None = None,
    stats: WarcStats | None = None,
) -> Iterator[WarcPage | WarcError]:
    """The HTML pages of the archives that pass the filter, in file order; damaged
    records come out as :class:`WarcError` and the reading goes on."""
    keep = page_filter or PageFilter()
    seen = stats or WarcStats()
    for path in paths:
        for record in _records(path):
            if isinstance(record, WarcError):
                seen.counts["damaged"] += 1
                yield record
                continue
            seen.counts["records"] += 1
            page = _page(path, record, keep, seen)
            if page is not None:
                yield page


def read_articles(
    paths: Iterable[Path],
    page_filter: PageFilter | None = None,
    stats: WarcStats | None = None,
) -> Iterator[Article | ArticleError]:
    """Articles of the archives' pages (parsed like fetched pages); a damaged record or a
    page without article text comes out as an :class:`ArticleError`."""
    from extractor.ingest.html import parse_page

    keep = page_filter or PageFilter()
    seen = stats or WarcStats()
    for item in read_pages(paths, keep, seen):
        if isinstance(item, WarcError):
            yield DamagedRecord(f"{item.path}: offset {item.offset}", item.reason)
            continue
        try:
            article = parse_page(item.html, item.url, content_type=item.content_type).article
        except ExtractionError as exc:
            seen.counts["no_article"] += 1
            reason = str(exc).removeprefix(f"{item.url}: ")
            yield ArticleError(f"{item.path}: offset {item.offset}: {item.url}", reason)
            continue
        if not keep.keeps_article(article):
            seen.counts["off_topic"] += 1
            continue
        seen.counts["kept"] += 1
        yield article


def _records(path: Path) -> Iterator[_Record | WarcError]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield WarcError(str(path), 0, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        stream = open_stream(handle)
        while True:
            try:
                record = _next_record(stream)
            except Broken as exc:
                yield WarcError(str(path), exc.offset, exc.reason)
                try:
                    stream.resync(exc.offset)
                except Broken:  # pragma: no cover - resync reads raw bytes only
                    return
                continue
            if record is None:
                return
            yield record


def _next_record(stream: ByteStream) -> _Record | None:
    """The next record, None at the end; raises Broken where the record cannot be read."""
    while stream.peek(1) in (b"\r", b"\n"):
        stream.read(1)
    at = stream.location()
    first = stream.readline(MAX_LINE)
    if not first:
        return None
    if not first.startswith(b"WARC/1."):
        raise Broken(at, f"not a WARC record (it starts {first[:24]!r})")
    head, headers = bytearray(first), {}
    while True:
        line = stream.readline(MAX_LINE)
        if not line:
            raise Broken(at, "truncated: the file ends inside the record header")
        head += line
        if line in (b"\r\n", b"\n"):
            break
        if len(head) > MAX_HEADER:
            raise Broken(at, f"record header longer than {MAX_HEADER} bytes")
        name, colon, value = line.decode("utf-8", "replace").partition(":")
        if not colon:
            raise Broken(at, f"malformed header line {line[:40]!r}")
        headers[name.strip().lower()] = value.strip()
    length = headers.get("content-length", "")
    if not length.isdigit():
        raise Broken(at, f"bad Content-Length {length!r}")
    size = int(length)
    wanted = headers.get("warc-type") == "response" and size <= MAX_PAGE
    body = stream.read(size) if wanted else None
    got = len(body) if body is not None else _skip(stream, size)
    if got < size:
        raise Broken(at, f"truncated: the record has {got} of its {size} bytes")
    _end_of_record(stream, at)
    return _Record(at, bytes(head), headers, body)


def _skip(stream: ByteStream, size: int) -> int:
    """Read past ``size`` bytes without keeping them; how many there were."""
    done = 0
    while done < size:
        chunk = stream.read(min(SKIP_CHUNK, size - done))
        if not chunk:
            break
        done += len(chunk)
    return done


def _end_of_record(stream: ByteStream, at: int) -> None:
    """The blank lines closing a record; anything else means its length was wrong."""
    ending = stream.peek(4)
    newlines = len(ending) - len(ending.lstrip(b"\r\n"))
    stream.read(newlines)
    if newlines == 0 and ending and not stream.peek(7).startswith(b"WARC/1."):
        raise Broken(at, "the record does not end where its Content-Length says")


def _page(path: Path, record: _Record, keep: PageFilter, seen: WarcStats) -> WarcPage | None:
    """The HTML page of a response record, or None when it is not one to keep."""
    headers = record.headers
    if headers.get("warc-type") != "response":
        return None
    seen.counts["responses"] += 1
    url = headers.get("warc-target-uri", "").strip("<>")
    if record.body is None:
        seen.counts["over_limit"] += 1
        return None
    if not url.startswith(("http://", "https://")):
        return None
    if not keep.keeps_url(url):
        seen.counts["off_site"] += 1
        return None
    status, content_type, payload = _http(record)
    if status != "200":
        seen.counts["not_ok"] += 1
        return None
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind not in HTML_TYPES and not (not kind and b"<html" in payload[:2048].lower()):
        seen.counts["not_html"] += 1
        return None
    seen.counts["html"] += 1
    if not keep.may_keep_html(payload):
        seen.counts["off_topic"] += 1
        return None
    return WarcPage(str(path), record.offset, url, payload, content_type)


def _http(record: _Record) -> tuple[str | None, str | None, bytes]:
    """HTTP status, Content-Type and payload (chunks joined, gzip/deflate undone)."""
    from warcio.archiveiterator import ArchiveIterator

    assert record.body is not None
    raw = io.BytesIO(record.head + record.body + b"\r\n\r\n")
    for parsed in ArchiveIterator(raw, no_record_parse=False):
        http = parsed.http_headers
        if http is None:
            return None, None, b""
        try:
            payload = parsed.content_stream().read()
        except Exception:  # a payload that says gzip but is not: read it as it is
            payload = record.body.split(b"\r\n\r\n", 1)[-1]
        return http.get_statuscode(), http.get_header("Content-Type"), payload
    return None, None, b""
