"""Small WARC files built by the tests: records as archives write them, and damage.

Records are WARC/1.0 with the headers a crawler writes; ``gzip_records`` compresses each
record as its own gzip member (the ``.warc.gz`` convention), ``plain_records`` joins them.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

SITE = Path(__file__).parent / "fixtures" / "site"
OFFTOPIC = Path(__file__).parent / "fixtures" / "offtopic"


def http_response(
    body: bytes,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    extra: tuple[str, ...] = (),
) -> bytes:
    """An HTTP/1.1 response as a crawler saved it."""
    lines = [f"HTTP/1.1 {status}", "Server: nginx", *extra]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    if not any(h.lower().startswith("transfer-encoding") for h in extra):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def record(
    url: str,
    block: bytes,
    kind: str = "response",
    content_type: str = "application/http; msgtype=response",
    length: int | None = None,
) -> bytes:
    """One WARC record; ``length`` overrides the Content-Length (to make a lying one)."""
    digest = hashlib.sha1(url.encode() + block).hexdigest()
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{digest[:8]}-{digest[8:12]}-{digest[12:16]}-0000-000000000000>",
        "WARC-Date: 2026-04-13T02:11:09Z",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block) if length is None else length}",
    ]
    if kind in ("response", "request", "revisit"):
        head.insert(2, f"WARC-Target-URI: {url}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def warcinfo() -> bytes:
    return record(
        "",
        b"software: test-crawler/1.0\r\nformat: WARC/1.0\r\n",
        "warcinfo",
        "application/warc-fields",
    )


def page(name: str, folder: Path = SITE) -> bytes:
    return (folder / name).read_bytes()


def gzip_records(path: Path, records: list[bytes]) -> list[int]:
    """Write each record as its own gzip member; the offset of each member."""
    offsets, data = [], b""
    for rec in records:
        offsets.append(len(data))
        data += gzip.compress(rec, mtime=0)
    path.write_bytes(data)
    return offsets


def plain_records(path: Path, records: list[bytes]) -> list[int]:
    """Write the records one after another, uncompressed; the offset of each."""
    offsets, data = [], b""
    for rec in records:
        offsets.append(len(data))
        data += rec
    path.write_bytes(data)
    return offsets


def chunked(body: bytes, size: int = 700) -> bytes:
    """``body`` in HTTP/1.1 chunked transfer coding."""
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"
