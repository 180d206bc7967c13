"""Fixtures shared by the ingestion tests: web servers on 127.0.0.1 (the fixture site, raw
sockets), a store in a temporary folder and a sleep recorder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_servers import RawServer, SiteHandler
from pytest_httpserver import HTTPServer

from extractor.store import Store


@pytest.fixture
def web() -> Iterator[HTTPServer]:
    """An HTTP server on a free loopback port, cleared and stopped after the test."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def site(web: HTTPServer) -> SiteHandler:
    """The test news site (feeds, pages, robots.txt) served by ``web``."""
    handler = SiteHandler(web.url_for("/").rstrip("/"))
    web.expect_request(re.compile("^/.*$")).respond_with_handler(handler)
    return handler


@pytest.fixture
def sleeps() -> list[float]:
    """The delays a fetcher asked to sleep, recorded instead of slept."""
    return []


@pytest.fixture
def site2() -> Iterator[SiteHandler]:
    """The same test site on a second host, 127.0.0.2 (its own robots.txt and pacing)."""
    server = HTTPServer(host="127.0.0.2", port=0)
    server.start()
    handler = SiteHandler(server.url_for("/").rstrip("/"))
    server.expect_request(re.compile("^/.*$")).respond_with_handler(handler)
    yield handler
    server.clear()
    server.stop()


@pytest.fixture
def raw() -> Iterator[RawServer]:
    """A raw socket server on 127.0.0.1 for faults no HTTP framework produces."""
    server = RawServer()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store, ``news.db`` in the test's temporary folder."""
    with Store(tmp_path / "news.db") as opened:
        yield opened


@pytest.fixture
def canary() -> Iterator[RawServer]:
    """A server on a second loopback address that no test may reach unless allowed."""
    server = RawServer("127.0.0.2")
    server.routes["/canary"] = lambda conn, stop: conn.sendall(b"HTTP/1.1 200 OK\r\n\r\nok")
    yield server
    server.close()
