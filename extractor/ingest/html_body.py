"""Main text of a news page, one paragraph, heading, caption or table row a line.

Three steps over a BeautifulSoup tree:

1. *prune*: drop scripts, navigation, footers, sidebars, share bars, ads, newsletter and
   related-article boxes, recognised by tag, ARIA role, or class/id tokens listed in
   ``data/boilerplate_html.jsonl`` (an element holding most of the page's text is kept);
2. *locate*: the deepest element holding most of the remaining paragraph text, widened to
   an ancestor when that adds more paragraph text than link text (a standfirst or a
   "Quick Take" list above the body);
3. *emit*: blocks in document order; tables as rows with cells joined by ``" | "``;
   figure captions ("Source: CoinGlass") stay where they are; link lists and lines that
   read as boilerplate (disclaimers, "Read more:", newsletter blurbs) are dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString, PageElement
from pydantic import BaseModel, ConfigDict, Field

from extractor.lexicon import load

LEAVES = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "caption", "blockquote"}
    | {"pre", "dt", "dd", "address", "summary"}
)
CONTAINERS = frozenset(
    {"html", "body", "div", "section", "article", "main", "header", "figure", "ul", "ol", "dl"}
    | {"table", "tbody", "thead", "tfoot", "tr", "td", "th", "details", "center", "hr", "form"}
    | {"fieldset"}
)
BLOCKS = LEAVES | CONTAINERS
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SCORED = ["p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "pre", "dd", "tr"]
LINK_DENSITY_MAX = 0.5  # a block whose text is mostly links is navigation
CONTAINMENT = 0.8  # the content root holds this share of the page's paragraph text
PROTECT_SHARE = 0.5  # never prune an element holding this share of the page's text
CONTAINS_MAX_CHARS = 300  # "contains" markers judge short lines only
MAX_DEPTH = 150  # deeper subtrees are read as one block (no recursion blow-up)
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


class HtmlMarker(BaseModel):
    """One boilerplate marker: a tag, ARIA role, class/id token or phrase, or a text cue."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["tag", "role", "class_token", "class_phrase", "text_prefix", "text_contains"]
    value: str = Field(min_length=1)


@dataclass(frozen=True)
class Markers:
    """Boilerplate markers grouped by kind."""

    tags: frozenset[str]
    roles: frozenset[str]
    tokens: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]

    def attrs_match(self, tag: Tag) -> bool:
        """True when the element's class or id names boilerplate (``share-bar``, ``navBar``)."""
        tokens = _attr_tokens(tag)
        if not self.tokens.isdisjoint(tokens):
            return True
        return any(_has_run(tokens, phrase) for phrase in self.phrases)

    def text_matches(self, text: str) -> bool:
        """True when a line reads as boilerplate (disclaimer, "Read more:", sign-up blurb)."""
        lowered = text.lower()
        if lowered.startswith(self.prefixes):
            return True
        return len(text) <= CONTAINS_MAX_CHARS and any(c in lowered for c in self.contains)


@cache
def markers() -> Markers:
    """The markers of ``data/boilerplate_html.jsonl``."""
    rows = load("boilerplate_html.jsonl", HtmlMarker)

    def values(kind: str) -> list[str]:
        return [row.value.lower() for row in rows if row.kind == kind]

    return Markers(
        tags=frozenset(values("tag")),
        roles=frozenset(values("role")),
        tokens=frozenset(values("class_token")),
        phrases=tuple(tuple(p.split()) for p in values("class_phrase")),
        prefixes=tuple(values("text_prefix")),
        contains=tuple(values("text_contains")),
    )


@dataclass(frozen=True)
class Block:
    """One line of output before filtering: its text, how much of it is links, its tag."""

    text: str
    link_chars: int
    tag: str


def extract_body(soup: BeautifulSoup, title: str | None = None) -> list[str]:
    """Body lines of a page; mutates ``soup`` (read metadata first)."""
    root = soup.body or soup
    for br in root.find_all("br"):
        br.replace_with("\n")
    found = markers()
    prune(root, found)
    content = content_root(root, found)
    kept: list[Block] = []
    for block in _blocks(content, 0):
        if _keep(block, found, title) and (not kept or kept[-1].text != block.text):
            kept.append(block)
    return [block.text for block in _without_orphan_headings(kept)]


def _without_orphan_headings(blocks: list[Block]) -> list[Block]:
    """Drop headings left with nothing under them (their list of links was removed)."""
    kept: list[Block] = []
    for block in reversed(blocks):
        level = _heading_level(block)
        following = _heading_level(kept[-1]) if kept else 0
        if level and (not kept or 0 < following <= level):
            continue
        kept.append(block)
    return kept[::-1]


def _heading_level(block: Block) -> int:
    """1-6 for a heading block, 0 for anything else."""
    return int(block.tag[1]) if block.tag in HEADINGS else 0


# --- prune ---------------------------------------------------------------------------


def prune(root: Tag, found: Markers) -> None:
    """Remove boilerplate elements from ``root`` in place."""
    total = len(root.get_text())
    doomed = [tag for tag in root.find_all(True) if _is_noise(tag, found)]
    for tag in doomed:
        if tag.decomposed:
            continue
        if found.attrs_match(tag) and _protected(tag, total):
            continue
        tag.decompose()


def _is_noise(tag: Tag, found: Markers) -> bool:
    name = tag.name
    if name in found.tags or (name == "header" and tag.find_parent(["article", "main"]) is None):
        return True
    role = tag.get("role")
    if isinstance(role, str) and role.lower() in found.roles:
        return True
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    style = tag.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return True
    return name not in ("html", "body") and found.attrs_match(tag)


def _protected(tag: Tag, total: int) -> bool:
    """An element that holds most of the page (or the marked article body) is never pruned."""
    if tag.find(None, {"itemprop": "articleBody"}) is not None:
        return True
    return total > 0 and len(tag.get_text()) >= PROTECT_SHARE * total


def _attr_tokens(tag: Tag) -> list[str]:
    values: list[str] = []
    for attr in ("class", "id"):
        value = tag.get(attr)
        values.extend(value if isinstance(value, list) else [value] if value else [])
    tokens: list[str] = []
    for value in values:
        tokens.extend(t for t in _NON_ALNUM.split(_CAMEL.sub(r"\1 \2", str(value)).lower()) if t)
    return tokens


def _has_run(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == phrase for i in range(len(tokens) - size + 1))


# --- locate --------------------------------------------------------------------------


def content_root(root: Tag, found: Markers) -> Tag:
    """The element that holds the article text (see the module docstring)."""
    marked = root.find(None, {"itemprop": "articleBody"})
    if isinstance(marked, Tag) and _collapse(marked.get_text()):
        return marked
    good = _paragraph_text(root, found)
    total = good[id(root)]
    if total == 0:
        return root
    node = root
    while True:
        child = next(
            (c for c in node.find_all(True, recursive=False) if good[id(c)] >= CONTAINMENT * total),
            None,
        )
        if child is None:
            return _widen(node, root, good)
        node = child


def _paragraph_text(root: Tag, found: Markers) -> defaultdict[int, int]:
    """Characters of good paragraph text under each element (keyed by ``id``)."""
    good: defaultdict[int, int] = defaultdict(int)
    for tag in root.find_all(SCORED):
        if tag.find(SCORED) is not None:
            continue
        block = _leaf(tag)
        if not block.text or not _keep(block, found, None):
            continue
        good[id(tag)] += len(block.text)
        for parent in tag.parents:
            good[id(parent)] += len(block.text)
            if parent is root:
                break
    return good


def _widen(node: Tag, root: Tag, good: defaultdict[int, int]) -> Tag:
    """The ancestor that adds the most paragraph text net of link text (ties: the lowest)."""
    best, best_gain = node, 0
    base_links = _link_chars(node)
    for parent in node.parents:
        gain = (good[id(parent)] - good[id(node)]) - (_link_chars(parent) - base_links)
        if gain > best_gain:
            best, best_gain = parent, gain
        if parent is root:
            break
    return best


# --- emit ----------------------------------------------------------------------------


def _blocks(tag: Tag, depth: int) -> Iterator[Block]:
    """Blocks under ``tag`` in document order; inline runs between blocks become lines."""
    run: list[PageElement] = []
    for child in tag.children:
        if isinstance(child, Tag) and depth < MAX_DEPTH and _is_block(child):
            yield from _run_block(run)
            run = []
            yield from _block(child, depth + 1)
        elif isinstance(child, Tag) or type(child) is NavigableString:
            run.append(child)
    yield from _run_block(run)


def _block(tag: Tag, depth: int) -> Iterator[Block]:
    if tag.name == "a":  # a link wrapping blocks (a teaser card): all of it is link text
        for block in _blocks(tag, depth):
            yield Block(block.text, len(block.text), block.tag)
    elif tag.name == "table":
        yield from _table_rows(tag)
    elif tag.name in LEAVES and tag.find(BLOCKS) is None:
        yield _leaf(tag)
    else:
        yield from _blocks(tag, depth)


def _is_block(tag: Tag) -> bool:
    return tag.name in BLOCKS or tag.find(BLOCKS) is not None


def _leaf(tag: Tag) -> Block:
    return Block(_collapse(tag.get_text()), _link_chars(tag), tag.name)


def _run_block(run: list[PageElement]) -> Iterator[Block]:
    if not run:
        return
    text = _collapse("".join(piece.get_text() for piece in run))
    links = sum(_link_chars(piece) for piece in run if isinstance(piece, Tag))
    if text:
        yield Block(text, links, "run")


def _table_rows(table: Tag) -> Iterator[Block]:
    """A caption line, then one line per row with cells joined by ``" | "``."""
    caption = table.find("caption")
    if isinstance(caption, Tag):
        yield _leaf(caption)
    for row in table.find_all("tr"):
        if row.find_parent("table") is not table:
            continue
        cells = [
            _collapse(cell.get_text(" ")) for cell in row.find_all(["td", "th"], recursive=False)
        ]
        text = " | ".join(cell for cell in cells if cell)
        if text:
            yield Block(text, _link_chars(row), "tr")


def _keep(block: Block, found: Markers, title: str | None) -> bool:
    text = block.text
    if not any(ch.isalnum() for ch in text):
        return False
    if block.link_chars > LINK_DENSITY_MAX * len(text):
        return False
    if title and text.casefold() == title.casefold():
        return False
    return not found.text_matches(text)


def _link_chars(tag: Tag) -> int:
    links: Iterable[Tag] = [tag] if tag.name == "a" else tag.find_all("a")
    return sum(len(_collapse(link.get_text())) for link in links)


def _collapse(text: str) -> str:
    return " ".join(text.split())
