"""RSS/Atom feed bytes → the article links they list.

feedparser treats a string (and even bytes that name a file) as a URL or path to open,
so it only ever gets a ``BytesIO``. Feeds that declare entities or carry a DOCTYPE
internal subset (billion laughs, XXE) are refused before any parser sees them; a plain
``<!DOCTYPE rss PUBLIC ...>`` line of old RSS 0.91 feeds is harmless and accepted.
Ill-formed feeds keep the entries feedparser's loose parser recovers, with the parser's
complaint kept in ``Feed.problem``. One hostile entry (a link with a bad port or a broken
IPv6 host) is refused on its own; an entry whose date is written but is no real date
(``0000-00-00``), or that names no day (a bare year "2019" or year and month "2019-07",
which feedparser completes with the 1st), keeps its link, loses that date and is listed
in ``Feed.undated``; an
XML declaration naming an encoding no codec could have (a NUL, non-ASCII bytes) is
dropped before feedparser, which would otherwise fail on the whole document.
"""

from __future__ import annotations

import calendar
import codecs
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from extractor.errors import FetchError, InputError
from extractor.ingest.urls import check_scheme

_ENTITY = re.compile(r"<!\s*ENTITY", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?(\bencoding\s*=\s*(["'])(.*?)\2)""", re.S)
_ENCODING_NAME = re.compile(rb"[A-Za-z][A-Za-z0-9._:-]{0,39}\Z")
_HTML_START = re.compile(rb"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
_DOCTYPE_SUBSET = re.compile(r"<!\s*DOCTYPE[^>\[]*\[", re.I)
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: its absolute link, title and publication time."""

    url: str
    title: str | None = None
    published: datetime | None = None


@dataclass(frozen=True)
class Feed:
    """The entries of a feed, links refused (with why), entries whose written date was
    dropped (with why), and the parser's complaint if any."""

    title: str | None
    entries: list[FeedEntry] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    undated: list[tuple[str, str]] = field(default_factory=list)
    problem: str | None = None


def parse_feed(data: bytes, url: str, content_type: str | None = None) -> Feed:
    """Entries of an RSS/Atom document fetched from ``url``.

    Raises InputError naming the URL for entity declarations and for bytes that are
    not a feed at all.
    """
    if not isinstance(data, bytes):
        raise TypeError("parse_feed takes bytes: feedparser opens strings as URLs or paths")
    if not data.strip():
        raise InputError(f"{url}: not a readable feed (empty body)")
    refuse_declarations(data, url)
    data, bad_label = _usable_encoding_declaration(data)
    # Without a content type feedparser flags every feed as ill-formed.
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except (ValueError, LookupError, TypeError) as exc:  # feedparser on hostile bytes
        raise InputError(f"{url}: not a readable feed ({type(exc).__name__}: {exc})") from None
    problem = str(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if bad_label is not None:
        problem = f"the XML declaration names no usable encoding ({bad_label!r}); " + (
            problem or f"read as {parsed.get('encoding', 'utf-8')}"
        )
    if not parsed.entries and not parsed.get("version"):
        if _HTML_START.match(data[:4096]):
            raise InputError(
                f"{url}: this is an HTML page, not an RSS or Atom feed; "
                f"did you mean --url {url} (one article) or --discover {url} (its site's feed)?"
            )
        raise InputError(f"{url}: not a readable feed ({problem or 'no RSS or Atom root'})")
    feed = Feed(title=parsed.feed.get("title"), problem=problem)
    for item in parsed.entries:
        _add_entry(feed, item, url)
    return feed


def looks_like_feed(data: bytes) -> bool:
    """True when bytes start like an RSS/Atom document rather than an HTML page."""
    head = data[:4096]
    return not _HTML_START.match(head) and bool(_FEED_ROOT.search(head))


def _usable_encoding_declaration(data: bytes) -> tuple[bytes, bytes | None]:
    """The document with an impossible encoding label removed, and that label if any."""
    match = _XML_ENCODING.match(data[:1024])
    if match is None or _ENCODING_NAME.match(match.group(3)):
        return data, None  # no label, or a plausible one (feedparser copes with unknown names)
    return data[: match.start(1)] + data[match.end(1) :], match.group(3)


def refuse_declarations(data: bytes, url: str) -> None:
    """Raise InputError when the document declares entities or a DOCTYPE internal subset."""
    text = _prolog_text(data)
    if _ENTITY.search(text) or _DOCTYPE_SUBSET.search(text):
        raise InputError(
            f"{url}: feed declares XML entities (a DOCTYPE internal subset); refused "
            "because entity expansion can exhaust memory or read local files"
        )


def _prolog_text(data: bytes) -> str:
    """The document as text for the declaration check, UTF-16/32 included."""
    if data.startswith(_WIDE_BOMS) or b"\0" in data[:4]:
        for encoding in ("utf-32", "utf-16", "utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    return data.decode("latin-1")  # byte-transparent: ASCII markup is found as is


def _add_entry(feed: Feed, item: Any, base: str) -> None:
    link = _entry_link(item)
    if not link:
        feed.refused.append(("", "entry has no link"))
        return
    try:
        absolute = urljoin(base, link.strip())
        check_scheme(absolute)
    except FetchError as exc:
        feed.refused.append((link, exc.reason))
        return
    except ValueError as exc:  # urljoin on a broken IPv6 host
        feed.refused.append((link, f"invalid URL: {exc}"))
        return
    published, bad_date = _entry_time(item)
    if bad_date is not None:
        feed.undated.append(
            (absolute, f"entry date {bad_date[:40]!r} is not a real date; the page's own is used")
        )
    feed.entries.append(FeedEntry(absolute, item.get("title"), published))


def _entry_link(item: Any) -> str | None:
    link = item.get("link")
    if link:
        return str(link)
    for candidate in item.get("links", []):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            return str(candidate["href"])
    guid = item.get("id")
    return str(guid) if guid and item.get("guidislink") else None


_DAYLESS = re.compile(r"\s*\d{4}(?:-\d{1,2})?\s*")  # a year, or a year and month


def _entry_time(item: Any) -> tuple[datetime | None, str | None]:
    """The entry's publication (else update) time, and the date as written when no written
    date is a real day ("0000-00-00", which feedparser turns into year -1; "2019-07")."""
    bad = None
    for name in ("published", "updated"):
        written, parsed = item.get(name), item.get(f"{name}_parsed")
        if not written:
            continue
        if parsed and parsed.tm_year >= 1 and not _DAYLESS.fullmatch(str(written)):
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC), None
            except (ValueError, OverflowError, OSError):
                pass
        bad = bad or str(written)
    return None, bad
