"""The starter feeds file: real outlets' public feed URLs, readable by ingest and run.

Nothing is fetched: the test reads the file as the commands do and checks each line.
"""

from __future__ import annotations

from pathlib import Path

from extractor.commands.ingest import read_feeds_file
from extractor.ingest.urls import canonicalize, check_scheme, host_key

FEEDS = Path(__file__).resolve().parents[1] / "feeds" / "crypto-news.txt"


def test_starter_feeds_are_public_https_feed_urls_one_per_outlet():
    feeds = read_feeds_file(FEEDS)
    assert len(feeds) >= 15
    for url in feeds:
        check_scheme(url)
        assert url.startswith("https://") and canonicalize(url)
    hosts = [host_key(url) for url in feeds]
    assert len(set(hosts)) == len(hosts)  # one feed per outlet: per-host politeness holds
    assert not any(h.endswith((".example", "localhost")) for h in hosts)
