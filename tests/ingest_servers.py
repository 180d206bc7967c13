"""Servers on 127.0.0.1 for the ingestion tests.

``RawServer`` speaks raw bytes on a socket so that tests can produce faults no HTTP
framework will: a server that never answers, a body that drips, a reset mid-body, a
Content-Length larger than the body, an endless body, compression bombs.
``SiteHandler`` serves ``tests/fixtures/site`` through pytest-httpserver with ETag and
Last-Modified validators, counting each request and the status it got.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import socket
import ssl
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from werkzeug import Request, Response

from extractor.ingest.http import FetchConfig
from extractor.ingest.urls import parse_networks

SITE = Path(__file__).parent / "fixtures" / "site"
# The articles the fixture site's feed lists, by the last part of their URL.
SITE_ARTICLES = frozenset(
    {
        "bitcoin-liquidations",
        "ether-etf-outflows",
        "funding-rates-negative",
        "solana-dex-volume",
        "strategy-bitcoin-purchase",
    }
)
LAST_MODIFIED = "Sat, 07 Feb 2026 10:20:00 GMT"

Behaviour = Callable[[socket.socket, threading.Event], None]


# What the whole-run tests give each request: a little more than one fetch needs.
RUN_LIMITS = {
    "connect_timeout": 0.5,
    "read_timeout": 0.5,
    "deadline": 2.0,
    "max_bytes": 2_000_000,
    "retries": 1,
}


def loopback_config(networks: str = "127.0.0.1", **changes: object) -> FetchConfig:
    """Fetch settings for servers on ``networks``: short timeouts and backoff, no pacing
    between requests, two retries, Retry-After capped at 5 s; ``changes`` override."""
    fast = FetchConfig(
        connect_timeout=0.3,
        read_timeout=0.3,
        deadline=1.0,
        max_bytes=1_000_000,
        retries=2,
        backoff=0.01,
        retry_after_cap=5.0,
        host_delay=0.0,
        allowed_networks=parse_networks([networks]),
    )
    return replace(fast, **changes)  # type: ignore[arg-type]


def head(status: str = "200 OK", headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answer(body: bytes, headers: dict[str, str] | None = None, status: str = "200 OK") -> Behaviour:
    def send(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(head(status, {"Content-Length": str(len(body)), **(headers or {})}) + body)

    return send


def never_answer(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(10)


def drip(conn: socket.socket, stop: threading.Event) -> None:
    """Headers, then one byte every 0.1 s (a slowloris body)."""
    conn.sendall(head(headers={"Content-Length": "100000", "Content-Type": "text/html"}))
    while not stop.wait(0.1):
        conn.sendall(b"x")


def trickle_headers(every: float = 0.2) -> Behaviour:
    """Response headers one byte every ``every`` seconds (slowloris on the header phase)."""

    def send(conn: socket.socket, stop: threading.Event) -> None:
        for byte in head(headers={"Content-Type": "text/html", "X-Pad": "p" * 5000}):
            if stop.wait(every):
                return
            conn.sendall(bytes([byte]))

    return send


def gzip_cut(body: bytes, keep: float = 0.5) -> Behaviour:
    """A gzip body cut at ``keep`` of its length, with a Content-Length that matches the cut."""
    packed = gzip.compress(body)
    cut = packed[: int(len(packed) * keep)]
    return answer(cut, {"Content-Encoding": "gzip", "Content-Type": "text/html"})


def gzip_members(*parts: bytes, padding: bytes = b"") -> Behaviour:
    """Each part gzipped on its own and the members concatenated (``gzip -c a b``)."""
    packed = b"".join(gzip.compress(part) for part in parts) + padding
    return answer(packed, {"Content-Encoding": "gzip", "Content-Type": "text/html"})


def short_body(conn: socket.socket, stop: threading.Event) -> None:
    """Content-Length promises 5,000 bytes; 100 arrive, then FIN."""
    conn.sendall(
        head(headers={"Content-Length": "5000", "Content-Type": "text/html"}) + b"<p>" * 33
    )


def reset_mid_body(conn: socket.socket, stop: threading.Event) -> None:
    """100 of 10,000 bytes, then an RST (SO_LINGER 0)."""
    conn.sendall(head(headers={"Content-Length": "10000"}) + b"a" * 100)
    stop.wait(0.05)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def huge_content_length(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head(headers={"Content-Length": str(10 * 1024**3)}) + b"a" * 1000)
    stop.wait(2)


def endless(conn: socket.socket, stop: threading.Event) -> None:
    """A chunked body that never ends (until the client hangs up)."""
    conn.sendall(head(headers={"Transfer-Encoding": "chunked"}))
    chunk = b"%x\r\n%s\r\n" % (65536, b"a" * 65536)
    try:
        while not stop.is_set():
            conn.sendall(chunk)
    except OSError:
        pass


def gzip_bomb(layers: int = 1, size: int = 64 * 1024 * 1024) -> Behaviour:
    """``size`` zero bytes gzipped ``layers`` times (64 MiB → about 64 KiB)."""
    body = b"\0" * size
    for _ in range(layers):
        body = gzip.compress(body, compresslevel=9)
    coding = ", ".join(["gzip"] * layers)
    return answer(body, {"Content-Encoding": coding, "Content-Type": "text/html"})


class RawServer:
    """A TCP server whose paths are scripted byte-level behaviours; counts hits per path."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Behaviour] = {}
        self.hits: Counter[str] = Counter()
        self._stop = threading.Event()
        self._sock = socket.create_server((host, 0))
        self._sock.settimeout(0.05)
        self.port = self._sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data and len(data) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
            path = data.split(b" ", 2)[1].decode()
            self.hits[path] += 1
            behaviour = self.routes.get(path, answer(b"not found", status="404 Not Found"))
            with contextlib.suppress(OSError):  # the client hung up: expected in fault tests
                behaviour(conn, self._stop)

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        self._accepting.join(2)
        for thread in self._threads:
            thread.join(2)


class SelfSignedTLSServer:
    """A TLS server on 127.0.0.1 whose certificate comes from a CA nobody trusts."""

    def __init__(self) -> None:
        import trustme

        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        trustme.CA().issue_cert("127.0.0.1").configure_cert(self.context)
        self.handshakes = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"https://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            self.handshakes += 1
            with contextlib.suppress(ssl.SSLError, OSError), conn:
                self.context.wrap_socket(conn, server_side=True).close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._sock.close()


def free_port() -> int:
    """A port with nothing listening on 127.0.0.1 (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SiteHandler:
    """Serves the fixture site with validators; records (path, status) of every request."""

    def __init__(self, origin: str, site: Path = SITE) -> None:
        self.origin = origin
        self.site = site
        self.log: list[tuple[str, int]] = []
        self.overrides: dict[str, Callable[[Request], Response]] = {}
        self.page_delay = 0.0  # seconds before answering an .html page (to kill runs mid-way)

    def body(self, path: str) -> bytes | None:
        if path.endswith("/"):
            path += "index.html"
        file = (self.site / path.lstrip("/")).resolve()
        if not file.is_file() or not file.is_relative_to(self.site.resolve()):
            return None
        return file.read_bytes().replace(b"{{origin}}", self.origin.encode())

    def __call__(self, request: Request) -> Response:
        if self.page_delay and request.path.endswith(".html"):
            time.sleep(self.page_delay)
        response = self._respond(request)
        self.log.append((request.path, response.status_code))
        return response

    def _respond(self, request: Request) -> Response:
        if request.path in self.overrides:
            return self.overrides[request.path](request)
        body = self.body(request.path)
        if body is None:
            return Response("not found", status=404)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        kind = {".xml": "application/rss+xml", ".txt": "text/plain"}.get(
            Path(request.path).suffix, "text/html; charset=utf-8"
        )
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        return Response(body, content_type=kind, headers=headers)

    def statuses(self, prefix: str = "/") -> Counter[int]:
        return Counter(status for path, status in self.log if path.startswith(prefix))
