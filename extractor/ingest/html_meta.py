"""Article metadata from a page: JSON-LD first, then meta tags, then visible text.

Each source yields a partial :class:`PageMeta`; the first source that has a field wins.
JSON-LD ``NewsArticle`` (and its kin) is the publisher's own statement; OpenGraph and
other ``<meta>`` tags (listed in ``data/html_meta_fields.jsonl``) come next; ``<time>``,
the ``<h1>`` and the byline are the fallback.
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

from bs4 import BeautifulSoup, Tag
from pydantic import BaseModel, ConfigDict

from extractor.lexicon import load

ARTICLE_TYPES = frozenset({"Article", "BlogPosting", "LiveBlogPosting", "Report"})
MAX_DATE_CHARS = 64
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
_BY_PREFIX = re.compile(r"^\s*by\s+", re.I)


class MetaField(BaseModel):
    """A ``<meta>`` tag that carries one metadata field (``attr``="``name``")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    field: Literal["title", "publisher", "author", "published", "updated", "canonical"]
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

    def merged(self, other: PageMeta) -> PageMeta:
        """This metadata with its gaps filled from ``other``."""
        gaps = {
            f.name: getattr(other, f.name) for f in fields(self) if getattr(self, f.name) is None
        }
        return replace(self, **gaps)


def read_metadata(soup: BeautifulSoup) -> PageMeta:
    """Metadata of a parsed page (call before the body extraction prunes the tree)."""
    meta = from_json_ld(soup).merged(from_meta_tags(soup)).merged(from_visible(soup))
    if meta.title:
        meta = replace(meta, title=strip_site_suffix(meta.title, meta.publisher))
    return meta


def parse_date(value: str | None) -> datetime | None:
    """A datetime from ISO 8601, RFC 2822 or (last) free text; None when unreadable."""
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

    return dateparser.parse(value, languages=["en"])


# --- JSON-LD -------------------------------------------------------------------------


def from_json_ld(soup: BeautifulSoup) -> PageMeta:
    """Fields of the first article object in the page's JSON-LD blocks."""
    objects = list(_json_ld_objects(soup))
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    for obj in objects:
        if _is_article(obj):
            return _article_meta(obj, by_id)
    return PageMeta()


def _json_ld_objects(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        try:
            data = json.loads(script.get_text(), strict=False)
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
        published=parse_date(_text(obj.get("datePublished"))),
        updated=parse_date(_text(obj.get("dateModified"))),
        canonical=_text(canonical),
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


def from_meta_tags(soup: BeautifulSoup) -> PageMeta:
    """Fields from OpenGraph, Twitter, Dublin Core and other ``<meta>`` tags, in data order."""
    values: dict[str, str] = {}
    for entry in _meta_fields():
        if entry.field in values:
            continue
        tag = soup.find(
            ["meta"], attrs={entry.attr: re.compile(f"^{re.escape(entry.name)}$", re.I)}
        )
        content = _text(tag.get("content")) if isinstance(tag, Tag) else None
        if content and not (entry.field == "author" and _looks_like_url(content)):
            values[entry.field] = content
    link = soup.find("link", rel="canonical")
    href = _text(link.get("href")) if isinstance(link, Tag) else None
    return PageMeta(
        title=values.get("title"),
        publisher=values.get("publisher"),
        author=values.get("author"),
        published=parse_date(values.get("published")),
        updated=parse_date(values.get("updated")),
        canonical=href or values.get("canonical"),
    )


# --- visible text --------------------------------------------------------------------


def from_visible(soup: BeautifulSoup) -> PageMeta:
    """Fallbacks from what a reader sees: the headline, the byline and ``<time>``."""
    scope = soup.find("article") or soup
    h1 = scope.find("h1") or soup.find("h1")
    time = scope.find("time", datetime=True) or soup.find("time", datetime=True)
    return PageMeta(
        title=_text(h1.get_text(" ")) if isinstance(h1, Tag) else _document_title(soup),
        author=_byline(scope),
        published=parse_date(_text(time.get("datetime"))) if isinstance(time, Tag) else None,
    )


def _byline(scope: BeautifulSoup | Tag) -> str | None:
    link = scope.find(["a", "span"], rel="author") or scope.find(None, {"itemprop": "author"})
    if isinstance(link, Tag):
        return _text(link.get_text(" "))
    candidates = [
        text
        for tag in scope.find_all(class_=re.compile("byline|author", re.I), limit=10)
        if (text := _text(tag.get_text(" "))) and _BY_PREFIX.match(text) and len(text) < 80
    ]
    # The innermost byline element is the shortest: a name without the date beside it.
    return _BY_PREFIX.sub("", min(candidates, key=len)) if candidates else None


def _document_title(soup: BeautifulSoup) -> str | None:
    return _text(soup.title.get_text()) if soup.title else None


def strip_site_suffix(title: str, publisher: str | None) -> str:
    """``"Headline | Site"`` → ``"Headline"`` when the last part names the publisher."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and publisher and parts[-1].strip().lower() == publisher.lower():
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:·")
    return title
