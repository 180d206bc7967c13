"""Which archived pages to keep: a site list and a keyword filter (crypto news only).

An archive holds every page a crawler saw; a dataset wants the news of some sites on one
topic. A site entry keeps its host and every subdomain (``coindesk.com`` keeps
``www.coindesk.com`` and ``markets.coindesk.com``). Keywords are matched as whole words,
case-insensitively, twice: a cheap test on the raw HTML (no keyword anywhere: the page is
not parsed at all), then on the article read from it: its headline names one, or its
text names them at least :data:`MIN_BODY_HITS` times (a general page's menu or a passing
mention does not make it crypto news). The bundled list is ``data/crypto_keywords.jsonl``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor.errors import InputError, LexiconError
from extractor.ingest.urls import host_key
from extractor.lexicon import DATA_DIR
from extractor.models import Article

MIN_BODY_HITS = 2
KEYWORDS_FILE = "crypto_keywords.jsonl"


class _Keyword(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    word: str = Field(min_length=2, pattern=r"^[a-z0-9][a-z0-9 .\-]*[a-z0-9]$")


@cache
def crypto_keywords() -> tuple[str, ...]:
    """The bundled crypto keyword list (validated; a bad line names ``path:line``)."""
    path = DATA_DIR / KEYWORDS_FILE
    words = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            words.append(_Keyword.model_validate(json.loads(line)).word)
        except (json.JSONDecodeError, ValidationError) as exc:
            raise LexiconError(f"{path}:{lineno}: {exc}") from None
    return tuple(words)


def read_list_file(path: Path, what: str) -> list[str]:
    """Entries of a list file: one a line, blank lines and ``#`` comments ignored."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the {what} file: {exc}") from None
    entries = [line.split("#", 1)[0].strip() for line in lines]
    return [entry for entry in entries if entry]


def _site(entry: str) -> str:
    """A site list entry as a host key: a bare host or a URL both work."""
    host = host_key(entry if "//" in entry else f"http://{entry}")
    if not host or "." not in host:
        raise InputError(f"site {entry!r} is not a host name")
    return host


@dataclass(frozen=True)
class PageFilter:
    """Sites to keep (empty: every site) and keywords a page must name (empty: any page)."""

    sites: frozenset[str] = frozenset()
    keywords: tuple[str, ...] = ()

    @classmethod
    def build(cls, sites: Iterable[str] = (), keywords: Iterable[str] = ()) -> PageFilter:
        return cls(frozenset(_site(s) for s in sites), tuple(k.lower() for k in keywords))

    def keeps_url(self, url: str) -> bool:
        """Whether the URL's host is one of the sites (or a subdomain of one)."""
        if not self.sites:
            return True
        host = host_key(url)
        parts = host.split(".")
        return any(".".join(parts[i:]) in self.sites for i in range(len(parts) - 1))

    def may_keep_html(self, html: bytes) -> bool:
        """The cheap test before parsing: the raw page names a keyword somewhere."""
        return not self.keywords or _raw_pattern(self.keywords).search(html) is not None

    def keeps_article(self, article: Article) -> bool:
        """The page's article is on topic: a keyword in its headline, or enough in its text."""
        if not self.keywords:
            return True
        pattern = _text_pattern(self.keywords)
        if article.title and pattern.search(article.title):
            return True
        hits = pattern.finditer(article.text)
        return sum(1 for _, _ in zip(range(MIN_BODY_HITS), hits, strict=False)) >= MIN_BODY_HITS


def _source(keywords: tuple[str, ...]) -> str:
    """One alternation of the keywords as whole words, longest first."""
    words = sorted(keywords, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return rf"(?<![\w-])(?:{body})(?![\w-])"


@cache
def _text_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_source(keywords), re.IGNORECASE)


@cache
def _raw_pattern(keywords: tuple[str, ...]) -> re.Pattern[bytes]:
    return re.compile(_source(keywords).encode(), re.IGNORECASE)
