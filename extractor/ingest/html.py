"""HTML page → :class:`~extractor.models.Article`.

Metadata comes from the page's own statements (JSON-LD, meta tags, ``<time>``) before
visible text; the body is the main text without boilerplate (see ``html_body``). The
article text is the headline on the first line, then the body, one block a line.

The article URL is the page's canonical link when it is on the fetched host (so AMP and
tracking variants collapse into one), otherwise the fetched URL; a canonical link to
another host marks a syndicated copy and is returned separately.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from extractor.errors import ExtractionError, FetchError
from extractor.ingest.charset import decode_html
from extractor.ingest.html_body import Engine, extract_body
from extractor.ingest.html_meta import PageMeta, read_metadata
from extractor.ingest.urls import canonicalize, host_key
from extractor.models import Article

MAX_DEPTH = 2048  # libxml2 with huge_tree: deeper elements end the parse
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_HTML_CHARS = 20_000_000


@dataclass(frozen=True)
class ParsedPage:
    """An article parsed from a page, the encoding read, a cross-host canonical link, and
    why the article's text may be cut short (None when it is whole)."""

    article: Article
    encoding: str | None
    canonical_link: str | None
    cut_off: str | None = None


def parse_article(
    html: str | bytes,
    url: str | None = None,
    article_id: str | None = None,
    *,
    content_type: str | None = None,
    engine: Engine = "trafilatura",
) -> Article:
    """The article of an HTML page (see :func:`parse_page`)."""
    return parse_page(html, url, article_id, content_type=content_type, engine=engine).article


def parse_page(
    html: str | bytes,
    url: str | None = None,
    article_id: str | None = None,
    *,
    content_type: str | None = None,
    engine: Engine = "trafilatura",
) -> ParsedPage:
    """Parse a page; bytes are decoded BOM > UTF-8 > header > meta > detection.

    Raises :class:`ExtractionError` when the page has no article text or is too large.
    """
    where = url or article_id or "page"
    encoding: str | None = None
    if isinstance(html, bytes):
        html, encoding = decode_html(html, content_type)
    if len(html) > MAX_HTML_CHARS:
        raise ExtractionError(f"{where}: page has {len(html):,} characters, over the limit")
    # control characters are never content, and lxml refuses them when text is set
    html = _CONTROL_CHARS.sub("", html)
    tree = html_tree(html)
    cut_off = _depth_cut(tree)
    meta = read_metadata(tree, url)
    try:
        lines = _body(html, tree, meta, url, engine)
    except ExtractionError as exc:
        raise ExtractionError(f"{where}: {cut_off or exc}") from None  # the cause if known
    article_url, canonical_link = _article_url(meta, url)
    text = "\n".join([meta.title, *lines] if meta.title else lines)
    article = Article(
        id=article_id or _hash_id(article_url or text),
        url=article_url,
        publisher=meta.publisher or (host_key(url) if url else None),
        title=meta.title,
        author=meta.author,
        published=meta.published,
        published_source=meta.published_source,
        updated=meta.updated,
        text=text,
    )
    return ParsedPage(article, encoding, canonical_link, cut_off)


def _body(
    html: str, tree: lxml.html.HtmlElement, meta: PageMeta, url: str | None, engine: Engine
) -> list[str]:
    """The body lines; a page the fast pass finds no article in gets a thorough pass."""
    try:
        return extract_body(tree, meta.title, description=meta.description, url=url, engine=engine)
    except ExtractionError:
        if engine != "trafilatura":
            raise
        return extract_body(
            html_tree(html), meta.title, description=meta.description, url=url, thorough=True
        )


_PARSER = lxml.html.HTMLParser(
    remove_comments=True, remove_pis=True, encoding="utf-8", huge_tree=True
)
# Every element an HtmlElement, chosen in C: lxml's default lookup picks a class per tag
# in Python for every element proxy, a tenth of the extraction's time. No code here (nor
# trafilatura or htmldate) uses the form and input element classes it would pick.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)


def _depth_cut(tree: lxml.html.HtmlElement) -> str | None:
    """Why the text stops early when the parser met its depth limit, else None. The
    parser's log says so (a resource-limit error); the tree's depth confirms it."""
    if not any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _PARSER.error_log):
        return None
    if not _nested_past_the_parser(tree):
        return None
    return (
        f"elements nest more than {MAX_DEPTH:,} deep; the HTML parser stops there, "
        "so the page's text is cut off (a broken or hostile page)"
    )


def _nested_past_the_parser(tree: lxml.html.HtmlElement) -> bool:
    """True when the tree reaches libxml2's depth limit, where parsing stopped."""
    depth = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= MAX_DEPTH:
            return True
    return False


def html_tree(html: str) -> lxml.html.HtmlElement:
    """The page as an lxml tree (an empty document for markup lxml cannot read)."""
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        tree = lxml.html.document_fromstring("<html><body></body></html>")
    return tree


def _article_url(meta: PageMeta, url: str | None) -> tuple[str | None, str | None]:
    """(article URL, cross-host canonical link or None)."""
    fetched = _safe_canonical(url, None) if url else None
    declared = _safe_canonical(meta.canonical, url) if meta.canonical else None
    if declared is None:
        return fetched, None
    if fetched is None or host_key(declared) == host_key(fetched):
        return declared, None
    return fetched, declared


def _safe_canonical(link: str, base: str | None) -> str | None:
    """The canonical form of a link, or None for relative links without a base or non-http."""
    try:
        return canonicalize(link, base)
    except (FetchError, ValueError):
        return None


def _hash_id(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]
