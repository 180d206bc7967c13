"""Article metadata from a page: JSON-LD first, then meta tags, then the page itself.

Each source yields a partial :class:`PageMeta`; the first source that has a field wins.
JSON-LD ``NewsArticle`` (and its kin) is the publisher's own statement; OpenGraph and
other ``<meta>`` tags (listed in ``data/html_meta_fields.jsonl``) come next; the
``<h1>``, the byline and the publication date htmldate finds in the markup (``<time>``,
date-bearing classes, the URL) are the fallback. Every publication date says where it
came from (:data:`DateSource`), so a store can tell a declared date from a guessed one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any, Literal

from lxml import etree
from lxml.html import HtmlElement
from pydantic import BaseModel, ConfigDict

from extractor.lexicon import load
from extractor.models import DateSource

ARTICLE_TYPES = frozenset({"Article", "BlogPosting", "LiveBlogPosting", "Report"})
MAX_DATE_CHARS = 64
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
_BY_PREFIX = re.compile(r"^\s*by\s+", re.I)
_BYLINE_XPATH = (
    ".//*["
    + " or ".join(
        f"contains(@class, '{word}')" for word in ("byline", "Byline", "author", "Author")
    )
    + "]"
)


class MetaField(BaseModel):
    """A ``<meta>`` tag that carries one metadata field (``attr``="``name``")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    field: Literal[
        "title", "publisher", "author", "published", "updated", "canonical", "description"
    ]
    attr: Literal["property", "name", "itemprop"]
    name: str


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself; ``canonical`` is as written (possibly relative)."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    canonical: str | None = None
    description: str | None = None
    published_source: DateSource | None = None

    def merged(self, other: PageMeta) -> PageMeta:
        """This metadata with its gaps filled from ``other`` (a date keeps its source)."""
        gaps = {
            f.name: getattr(other, f.name)
            for f in fields(self)
            if getattr(self, f.name) is None and f.name != "published_source"
        }
        if self.published is None:
            gaps["published_source"] = other.published_source
        return replace(self, **gaps)


def read_metadata(tree: HtmlElement, url: str | None = None) -> PageMeta:
    """Metadata of a parsed page (call before the body extraction changes the tree)."""
    meta = from_json_ld(tree).merged(from_meta_tags(tree))
    if meta.title is None or meta.author is None:
        meta = meta.merged(from_visible(tree))
    if meta.published is None:
        meta = meta.merged(from_markup_date(tree, url))
    if meta.title:
        meta = replace(meta, title=strip_site_suffix(meta.title, meta.publisher))
    return meta


def parse_date(value: str | None) -> datetime | None:
    """A datetime from ISO 8601, RFC 2822 or (last) free text; None when unreadable or
    when the text names no day of its own: a bare year ("1988"), a year and month
    ("2019-07", "July 2019"), a day without its year ("May 14") or a relative date ("3
    hours ago"). Free-text parsing fills such gaps from the day it runs, and a page's
    claims must not change with the day the tool reads it."""
    if not value or len(value) > MAX_DATE_CHARS:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; only reached for free-text dates

    return dateparser.parse(value, languages=["en"], settings=_WHOLE_DAYS_ONLY)


# free text is read only as a written calendar day: no part filled from the day it runs
_WHOLE_DAYS_ONLY: Any = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
}


def _dated(value: str | None, source: DateSource) -> dict[str, Any]:
    published = parse_date(value)
    return {"published": published, "published_source": source if published else None}


# --- JSON-LD -------------------------------------------------------------------------


def from_json_ld(tree: HtmlElement) -> PageMeta:
    """Fields of the first article object in the page's JSON-LD blocks."""
    objects = list(_json_ld_objects(tree))
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    for obj in objects:
        if _is_article(obj):
            return _article_meta(obj, by_id)
    return PageMeta()


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue  # a broken block is ignored; other sources remain
        yield from _walk(data)


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _walk(data[key])


def _is_article(obj: dict[str, Any]) -> bool:
    types = obj.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and (t in ARTICLE_TYPES or t.endswith("Article")) for t in names)


def _article_meta(obj: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> PageMeta:
    page = obj.get("mainEntityOfPage")
    canonical = obj.get("url") or (page.get("@id") if isinstance(page, dict) else page)
    return PageMeta(
        title=_text(obj.get("headline") or obj.get("name")),
        publisher=_names(obj.get("publisher"), by_id),
        author=_names(obj.get("author"), by_id),
        updated=parse_date(_text(obj.get("dateModified"))),
        canonical=_text(canonical),
        description=_text(obj.get("description")),
        **_dated(_text(obj.get("datePublished")), "json-ld"),
    )


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> str | None:
    """Names of a person/organization value: a string, an object, an @id reference or a list."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = by_id.get(item["@id"], item)
        name = item.get("name") if isinstance(item, dict) else item
        text = _text(name)
        if text and not _looks_like_url(text) and text not in names:
            names.append(text)
    return ", ".join(names) or None


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _looks_like_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "/"))


# --- meta tags -----------------------------------------------------------------------


@cache
def _meta_fields() -> tuple[MetaField, ...]:
    return load("html_meta_fields.jsonl", MetaField)


def from_meta_tags(tree: HtmlElement) -> PageMeta:
    """Fields from OpenGraph, Twitter, Dublin Core and other ``<meta>`` tags, in data order."""
    declared: dict[tuple[str, str], str] = {}
    for tag in tree.iter("meta"):
        content = _text(tag.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            name = tag.get(attr)
            if name:
                declared.setdefault((attr, name.strip().lower()), content)
    values: dict[str, str] = {}
    for entry in _meta_fields():
        content = declared.get((entry.attr, entry.name.lower()))
        if entry.field in values or content is None:
            continue
        if not (entry.field == "author" and _looks_like_url(content)):
            values[entry.field] = content
    return PageMeta(
        title=values.get("title"),
        publisher=values.get("publisher"),
        author=values.get("author"),
        updated=parse_date(values.get("updated")),
        canonical=_canonical_link(tree) or values.get("canonical"),
        description=values.get("description"),
        **_dated(values.get("published"), "meta"),
    )


def _canonical_link(tree: HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return _text(link.get("href"))
    return None


# --- the page itself -----------------------------------------------------------------


def from_visible(tree: HtmlElement) -> PageMeta:
    """Fallbacks from what a reader sees: the headline and the byline."""
    scope = next(tree.iter("article"), tree)
    h1 = next(scope.iter("h1"), None)
    if h1 is None:
        h1 = next(tree.iter("h1"), None)
    return PageMeta(
        title=_text(h1.text_content()) if h1 is not None else _document_title(tree),
        author=_byline(scope),
    )


def from_markup_date(tree: HtmlElement, url: str | None) -> PageMeta:
    """The publication day htmldate reads from the markup (date classes, ``<time>``, the URL).

    htmldate gives a day; a ``<time datetime>`` of the same day adds its time and zone.
    htmldate completes a date written without its day ("2019-07") with the day it runs,
    so its day counts only when the markup or the URL writes that whole day.
    """
    from htmldate import find_date  # imported here: only pages without declared dates need it

    found = find_date(
        tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
    )
    day = parse_date(found)
    if day is None or not _written_day(etree.tostring(tree, encoding=str) + " " + (url or ""), day):
        return PageMeta()
    stamp = _time_tag(tree)
    if stamp is not None and stamp.date() == day.date():
        day = stamp
    return PageMeta(published=day, published_source="markup")


def _written_day(markup: str, day: datetime) -> bool:
    """Whether ``markup`` writes the whole day: its digits in any order with a separator
    ("2019-07-04", "04/07/2019", "20190704") or a month's name in any language between
    its day and its year ("July 4, 2019", "4 Jul 2019", "am 24. Juli 2017")."""
    y, m, d = day.year, rf"0?{day.month}", rf"0?{day.day}"
    sep = r"[-/._ ]"
    month = r"[^\W\d_]{3,12}\.?"  # a month's name or its abbreviation, in any language
    nth = r"(?:st|nd|rd|th|\.)?"
    pattern = (
        rf"(?<!\d)(?:{y}{sep}{m}{sep}{d}|{d}{sep}{m}{sep}{y}|{m}{sep}{d}{sep}{y}"
        rf"|{y}{day.month:02}{day.day:02})(?!\d)"
        rf"|\b{month}\s+{d}{nth},?\s+{y}\b|(?<!\d){d}{nth}\s+(?:of\s+)?{month},?\s+{y}\b"
    )
    return re.search(pattern, markup) is not None


def _time_tag(tree: HtmlElement) -> datetime | None:
    scope = next(tree.iter("article"), tree)
    tag = next((t for t in scope.iter("time") if t.get("datetime")), None)
    return parse_date(_text(tag.get("datetime"))) if tag is not None else None


def _byline(scope: HtmlElement) -> str | None:
    for tag in scope.iter("a", "span"):
        if (tag.get("rel") or "").lower() == "author":
            return _text(tag.text_content())
    for tag in scope.iter(etree.Element):
        if tag.get("itemprop") == "author":
            return _text(tag.text_content())
    candidates: list[str] = []
    for tag in scope.xpath(_BYLINE_XPATH)[:10]:
        text = _text(tag.text_content())
        if text and _BY_PREFIX.match(text) and len(text) < 80:
            candidates.append(text)
    # The innermost byline element is the shortest: a name without the date beside it.
    return _BY_PREFIX.sub("", min(candidates, key=len)) if candidates else None


def _document_title(tree: HtmlElement) -> str | None:
    title = next(tree.iter("title"), None)
    return _text(title.text_content()) if title is not None else None


def strip_site_suffix(title: str, publisher: str | None) -> str:
    """``"Headline | Site"`` → ``"Headline"`` when the last part names the publisher."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and publisher and parts[-1].strip().lower() == publisher.lower():
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:·")
    return title
