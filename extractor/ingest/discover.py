"""Feed autodiscovery: the RSS/Atom feeds a site's page announces with ``<link rel=alternate>``.

The page is fetched like any other (robots.txt, address policy, limits). A URL that
already is a feed is its own answer. Links are resolved against the page (and its
``<base href>``) and kept only when they are http(s).
"""

from __future__ import annotations

from urllib.parse import urljoin

from extractor.errors import FetchError, InputError
from extractor.ingest.charset import decode_html
from extractor.ingest.feeds import looks_like_feed
from extractor.ingest.html import html_tree
from extractor.ingest.http import Fetcher
from extractor.ingest.robots import RobotsPolicy
from extractor.ingest.urls import check_scheme

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml"}
)


def feed_links(html: str, base: str) -> list[str]:
    """Feed URLs a page announces, in page order, without repeats."""
    tree = html_tree(html)
    base_href = tree.xpath("string(//base[@href][1]/@href)")
    if base_href:
        base = urljoin(base, str(base_href))
    found: list[str] = []
    for link in tree.iter("link"):
        href = link.get("href")
        if href is None:
            continue
        rels = {r.lower() for r in (link.get("rel") or "").split()}
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" not in rels or kind not in FEED_TYPES:
            continue
        url = urljoin(base, href.strip())
        try:
            check_scheme(url)
        except FetchError:
            continue
        found.append(url)
    return list(dict.fromkeys(found))


def discover_feeds(fetcher: Fetcher, robots: RobotsPolicy, url: str) -> list[str]:
    """The feeds ``url`` announces (or ``[url]`` when it is a feed itself).

    Raises FetchError when the page cannot be fetched and InputError when it names no feed.
    """
    result = fetcher.fetch(url, check=robots.check)
    if looks_like_feed(result.body):
        return [url]
    html, _ = decode_html(result.body, result.content_type)
    feeds = feed_links(html, result.final_url)
    if not feeds:
        raise InputError(
            f"{url}: the page announces no RSS or Atom feed "
            '(no <link rel="alternate" type="application/rss+xml"> or atom+xml)'
        )
    return feeds
