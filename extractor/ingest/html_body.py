"""Main text of a news page, one paragraph, heading, caption or table row a line.

trafilatura decides which text is the article; the project's own rules add what it leaves
out and take out what crypto pages add:

1. *segment*: the page (scripts, styles and hidden elements left out) as blocks in
   document order: paragraphs, headings, list items, figure captions, table rows (cells
   joined by ``" | "``) and inline runs. A block inside an element that reads as
   boilerplate (by tag, ARIA role, or class/id tokens of ``data/boilerplate_html.jsonl``)
   carries that element's flag, unless the element is the page's main wrapper (it holds
   most of the text, or is or holds the marked ``articleBody``).
2. *select*: a block is article text when trafilatura's output contains it (4-token
   shingles). Between the first and the last such block, blocks trafilatura dropped come
   back when they are unflagged prose, captions ("Source: CoinGlass") or table rows; a
   standfirst before the body comes back when it repeats the page's description.
   Lines that read as boilerplate (disclaimers, "Read more:", "Advertisement", gallery
   counters) are dropped wherever they stand.
3. *fallback*: when trafilatura finds nothing, the densest element of unflagged
   paragraph text is the article (``content_root``).

A page whose selected text is too short to be an article, or mostly boilerplate (a
cookie notice, a footer, a caption), raises :class:`~extractor.errors.ExtractionError`
with the reason instead of returning that text as the article.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from lxml import etree
from lxml.html import HtmlElement
from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractor.errors import ExtractionError
from extractor.lexicon import load

if TYPE_CHECKING:
    from trafilatura.settings import Extractor

LEAVES = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "caption", "blockquote"}
    | {"pre", "dt", "dd", "address", "summary"}
)
CONTAINERS = frozenset(
    {"html", "body", "div", "section", "article", "main", "header", "figure", "ul", "ol", "dl"}
    | {"table", "tbody", "thead", "tfoot", "tr", "td", "th", "details", "center", "hr", "form"}
    | {"fieldset", "footer", "nav", "aside"}
)
BLOCKS = LEAVES | CONTAINERS
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
CAPTIONS = frozenset({"figcaption", "caption"})
STRIPPED = ("script", "style", "svg", "template")  # removed before the engine reads the tree
# Elements whose text no reader sees as prose: dropped before segmenting.
SKIPPED = (
    *("script", "style", "noscript", "template", "svg", "head", "title", "iframe"),
    *("button", "select", "textarea", "input", "canvas", "object", "embed"),
)
LINK_DENSITY_MAX = 0.5  # a block whose text is mostly links is navigation
CARD_EXCERPT_MAX = 400  # a linked headline with at most this much text under it is a teaser
CONTAINMENT = 0.8  # the content root holds this share of the page's paragraph text
PROTECT_SHARE = 0.5  # an element holding this share of the page's text is its wrapper
CONTAINS_MAX_CHARS = 300  # "contains" markers judge short lines only
MAX_DEPTH = 150  # deeper subtrees are read as one block (no recursion blow-up)
SHINGLE = 4  # tokens per shingle when matching blocks to the engine's text
MATCH_SHARE = 0.5  # a block is the engine's when this share of its shingles is
MAX_PROBES = 16  # shingles looked up per block, evenly spaced
OWN_OVER_ENGINE = 2.0  # the project's own text this many times longer wins
WRAPPER_SHARE = 0.5  # a flagged element with this share of the selected text wraps it
MIN_COVERAGE = 0.5  # below this share of the engine's text in the blocks, take its lines
MIN_ARTICLE_CHARS = 250  # less body text than this is no article (a notice, a caption)
MAX_BOILERPLATE_SHARE = 0.5  # more of the selected text flagged than this: no article
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_TOKEN = re.compile(r"\w+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_LINE_PUNCT = " .:;,!?|·•-–—()[]"

MarkerKind = Literal[
    "tag",
    "role",
    "class_token",
    "class_phrase",
    "text_prefix",
    "text_contains",
    "text_line",
    "line_pattern",
    "notice",
    "caption_cue",
    "caption_credit",
]


class HtmlMarker(BaseModel):
    """One boilerplate marker: a tag, ARIA role, class/id token or phrase, or a text cue.

    ``text_line`` is a whole line (case and surrounding punctuation aside);
    ``line_pattern`` a regular expression a whole line matches; ``notice`` names a flag
    (``<footer>``, ``role=contentinfo``, a class token such as ``cookie``) whose text is
    never the article, whereas a ``sidebar`` or ``modal`` wrapper may hold the article;
    ``caption_cue`` a word that makes a figure caption a chart's ("Source: CoinGlass"),
    ``caption_credit`` one that makes it a photo's ("Photo: AP", "Getty Images").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: MarkerKind
    value: str = Field(min_length=1)

    @field_validator("value")
    @classmethod
    def _compiles(cls, value: str, info: object) -> str:
        data = getattr(info, "data", {})
        if data.get("kind") == "line_pattern":
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {exc}") from None
        return value


@dataclass(frozen=True, eq=False)  # hashed by identity: cheap keys for the caches below
class Markers:
    """Boilerplate markers grouped by kind."""

    tags: frozenset[str]
    roles: frozenset[str]
    tokens: frozenset[str]
    phrases: re.Pattern[str] | None  # class/id phrases, over the tokens joined by spaces
    prefixes: tuple[str, ...]
    contains: re.Pattern[str] | None
    lines: frozenset[str]
    pattern: re.Pattern[str] | None
    notices: frozenset[str]
    caption_cues: frozenset[str]
    caption_credits: frozenset[str]

    def attrs_match(self, element: HtmlElement) -> str | None:
        """The class/id token or phrase naming boilerplate (``share-bar``, ``navBar``), if any."""
        names = (element.get("class"), element.get("id"))
        if names == (None, None):
            return None
        return self._names_match(names)

    @lru_cache(maxsize=4096)  # noqa: B019 -- one Markers lives for the process; pages repeat names
    def _names_match(self, names: tuple[str | None, str | None]) -> str | None:
        tokens = _attr_tokens(names)
        if not tokens:
            return None
        hit = next((t for t in tokens if t in self.tokens), None)
        if hit is not None:
            return hit
        if self.phrases is None:
            return None
        phrase = self.phrases.search(" ".join(tokens))
        return phrase.group(0) if phrase else None

    @lru_cache(maxsize=8192)  # noqa: B019 -- one Markers per process; menus repeat across pages
    def text_matches(self, text: str, row: bool = False) -> bool:
        """True when a line reads as boilerplate (disclaimer, "Read more:", "Advertisement").

        A table ``row`` is judged by prefixes and phrases only: a row of dates and
        figures is data, not a dateline.
        """
        lowered = text.lower()
        if lowered.startswith(self.prefixes):
            return True
        if len(text) > CONTAINS_MAX_CHARS:
            return False
        if not row and lowered.strip(_LINE_PUNCT) in self.lines:
            return True
        if not row and self.pattern is not None and self.pattern.fullmatch(lowered.strip()):
            return True
        return self.contains is not None and self.contains.search(lowered) is not None

    def photo_caption(self, text: str) -> bool:
        """True for a caption that credits a photo and cites no data ("Photo: AP")."""
        words = set(_TOKEN.findall(text.lower()))
        return self.caption_credits.isdisjoint(words) is False and self.caption_cues.isdisjoint(
            words
        )

    def boilerplate(self, block: Block) -> bool:
        """True for a block never to keep: a boilerplate line, or a photo caption."""
        if block.caption and self.photo_caption(block.text):
            return True
        return self.text_matches(block.text, row=block.tag == "tr")


@cache
def markers() -> Markers:
    """The markers of ``data/boilerplate_html.jsonl``."""
    rows = load("boilerplate_html.jsonl", HtmlMarker)

    def values(kind: str) -> list[str]:
        return [row.value.lower() for row in rows if row.kind == kind]

    patterns = [row.value for row in rows if row.kind == "line_pattern"]
    return Markers(
        tags=frozenset(values("tag")),
        roles=frozenset(values("role")),
        tokens=frozenset(values("class_token")),
        phrases=_phrases(values("class_phrase")),
        prefixes=tuple(values("text_prefix")),
        contains=_alternatives(values("text_contains")),
        lines=frozenset(v.strip(_LINE_PUNCT) for v in values("text_line")),
        pattern=re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None,
        notices=frozenset(values("notice")),
        caption_cues=frozenset(values("caption_cue")),
        caption_credits=frozenset(values("caption_credit")),
    )


@dataclass(frozen=True, eq=False)
class Flag:
    """Why an element reads as boilerplate (a tag, role, class token) and the element."""

    name: str
    element: HtmlElement


class Block(NamedTuple):  # a tuple: pages have thousands, built in the hot loop
    """One line of the page: its text, link text, tag, element and boilerplate flag."""

    text: str
    link_chars: int
    tag: str
    element: HtmlElement | None
    flag: Flag | None = None
    caption: bool = False  # a figure or table caption (see _is_caption)

    @property
    def flag_name(self) -> str | None:
        return self.flag.name if self.flag is not None else None

    @property
    def prose(self) -> bool:
        """Readable text: not mostly links, with letters or digits."""
        return self.link_chars <= LINK_DENSITY_MAX * len(self.text) and any(
            ch.isalnum() for ch in self.text
        )


Engine = Literal["trafilatura", "own"]


def extract_body(
    tree: HtmlElement,
    title: str | None = None,
    *,
    description: str | None = None,
    url: str | None = None,
    engine: Engine = "trafilatura",
    thorough: bool = False,
) -> list[str]:
    """Body lines of a page; changes ``tree`` (read metadata first).

    ``thorough`` runs trafilatura with its own fallback extractors (slower; for a page the
    fast run found no article in). Raises ExtractionError when the page holds no article
    (see the module docstring).
    """
    found = markers()
    blocks = segment(tree, found)
    own = own_selection(blocks, found)
    # The engine reads the tree last: it changes it, and the blocks already hold their text.
    engine_text = _engine_text(tree, url, thorough) if engine == "trafilatura" else ""
    chosen = select(blocks, engine_text, found, own, description) if engine_text else []
    if engine_text and _coverage(chosen, engine_text) < MIN_COVERAGE:
        # The engine read text the page's blocks do not hold (in <noscript>, a template).
        # Lines a block holds keep what the block knows (a photo caption stays one).
        known = {block.text: block for block in blocks}
        lines = _lines(engine_text)
        chosen = [known.get(line) or Block(line, 0, "p", None) for line in lines]
        chosen = [b for b in chosen if not found.boilerplate(b)]
    if _chars(own) > OWN_OVER_ENGINE * _chars(chosen):
        chosen = own  # the engine under-read the page (a teaser, the first section)
    chosen = [b for b in chosen if not _is_title(b, title)]
    check_article(chosen, found)
    kept = [b for b in chosen if b.flag_name not in found.notices]
    return [block.text for block in _without_orphan_headings(_deduplicated(kept))]


def check_article(blocks: list[Block], found: Markers) -> None:
    """Raise unless the blocks read as an article: enough text, not mostly notices or captions."""
    body = [b for b in blocks if b.tag not in HEADINGS]
    chars = sum(len(b.text) for b in body)
    if chars == 0:
        raise ExtractionError("no article text found")
    notices = [b for b in body if b.flag_name in found.notices]
    noticed = sum(len(b.text) for b in notices)
    if noticed > MAX_BOILERPLATE_SHARE * chars:
        kinds = ", ".join(sorted({b.flag_name or "" for b in notices}))
        raise ExtractionError(
            f"no article text found: {noticed} of {chars} characters are a notice ({kinds})"
        )
    captions = sum(len(b.text) for b in body if b.tag in CAPTIONS)
    if captions > MAX_BOILERPLATE_SHARE * chars:
        raise ExtractionError(
            f"no article text found: {captions} of {chars} characters are captions"
        )
    chars -= noticed
    if chars < MIN_ARTICLE_CHARS:
        raise ExtractionError(
            f"no article text found: {chars} characters of text, under the "
            f"{MIN_ARTICLE_CHARS} an article has"
        )


# --- segment -------------------------------------------------------------------------


def segment(tree: HtmlElement, found: Markers) -> list[Block]:
    """Every block of the page in document order, with its boilerplate flag."""
    root = _body(tree)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    etree.strip_elements(root, *STRIPPED, with_tail=False)
    walker = _Walker(found, root)
    walker.walk(root, 0, None)
    return walker.out


def _body(tree: HtmlElement) -> HtmlElement:
    body = tree.find("body") if tree.tag == "html" else None
    return body if body is not None else tree


class _Walker:
    """Walks the tree once, flagging boilerplate elements as it goes down."""

    def __init__(self, found: Markers, root: HtmlElement) -> None:
        self.found = found
        self.total = len(root.text_content())
        self.marked: set[HtmlElement] = set()  # the marked article body and its ancestors
        for body in root.xpath(".//*[@itemprop='articleBody']"):
            self.marked.update([body, *body.iterancestors()])
        self.cards = _teaser_cards(root, self.total)
        self.out: list[Block] = []
        # Elements with a block below them, found in one pass over the blocks (ids of
        # elements this list keeps alive, so that no proxy is rebuilt with another id).
        self._holders: list[HtmlElement] = []
        self._holder_ids: set[int] = set()
        for block in root.iter(*BLOCKS):
            parent = block.getparent()
            while parent is not None and id(parent) not in self._holder_ids:
                self._holders.append(parent)
                self._holder_ids.add(id(parent))
                parent = parent.getparent()

    def _has_blocks(self, element: HtmlElement) -> bool:
        return len(element) > 0 and id(element) in self._holder_ids

    def walk(self, element: HtmlElement, depth: int, flag: Flag | None) -> None:
        """Blocks under ``element``; inline runs between child blocks become lines."""
        run: list[str] = [element.text or ""]
        links = 0
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIPPED or _hidden(child):
                run.append(child.tail or "")
            elif depth < MAX_DEPTH and (tag in BLOCKS or self._has_blocks(child)):
                self._run(run, links, element, flag)
                run, links = [child.tail or ""], 0
                self._block(child, depth + 1, self._flag(child, flag))
            else:
                run.append(child.text_content())
                run.append(child.tail or "")
                links += _link_chars(child)
        self._run(run, links, element, flag)

    def _block(self, element: HtmlElement, depth: int, flag: Flag | None) -> None:
        tag = element.tag
        if tag == "a":  # a link wrapping blocks (a teaser card): all of it is link text
            start = len(self.out)
            self.walk(element, depth, flag)
            for i in range(start, len(self.out)):
                block = self.out[i]
                self.out[i] = block._replace(link_chars=len(block.text))
        elif tag == "table":
            self.out.extend(_table_rows(element, flag))
        elif tag in LEAVES and not self._has_blocks(element):
            text = _collapse(element.text_content())
            if text:
                caption = _is_caption(tag, element)
                self.out.append(Block(text, _link_chars(element), tag, element, flag, caption))
        else:
            self.walk(element, depth, flag)

    def _run(self, run: list[str], links: int, element: HtmlElement, flag: Flag | None) -> None:
        text = _collapse("".join(run))
        if text:
            self.out.append(Block(text, links, "run", element, flag, _is_caption("run", element)))

    def _flag(self, element: HtmlElement, inherited: Flag | None) -> Flag | None:
        """The element's boilerplate flag (inherited from an ancestor, or its own)."""
        if inherited is not None:
            return inherited
        own = _own_flag(element, self.found) or ("teaser" if element in self.cards else None)
        if own is None:
            return None
        if own in self.found.notices:  # a cookie notice or footer never wraps the article
            return None if element in self.marked else Flag(own, element)
        return None if self._protected(element) else Flag(own, element)

    def _protected(self, element: HtmlElement) -> bool:
        """The page's main wrapper is never boilerplate, whatever its class or tag says."""
        if element in self.marked or element.tag == "main":
            return True
        return self.total > 0 and len(element.text_content()) >= PROTECT_SHARE * self.total


def _teaser_cards(root: HtmlElement, total: int) -> set[HtmlElement]:
    """Teaser cards: a linked headline with a short excerpt under it ("more stories");
    ``total`` is the length of the root's text."""
    cards: set[HtmlElement] = set()
    for heading in root.iter(*SUBHEADINGS):
        title = len(_collapse(heading.text_content()))
        if not title or _link_chars(heading) <= LINK_DENSITY_MAX * title:
            continue
        card = None
        for ancestor in heading.iterancestors():
            size = len(_collapse(ancestor.text_content()))
            if size > title + CARD_EXCERPT_MAX or _headings_under(ancestor) > 1:
                break
            card = ancestor if size > title else card
        if card is not None:
            cards.add(card)
    # Cards holding most of the page are its content (a listicle), not teasers beside it.
    held = sum(len(card.text_content()) for card in cards)
    return cards if held < PROTECT_SHARE * total else set()


def _headings_under(element: HtmlElement) -> int:
    return sum(1 for _ in element.iter(*HEADINGS))


def _own_flag(element: HtmlElement, found: Markers) -> str | None:
    """``<tag>``, ``role=name`` or the class/id token that names the element boilerplate."""
    tag = str(element.tag)
    if tag in found.tags:
        return f"<{tag}>"
    role = (element.get("role") or "").lower()
    if role in found.roles:
        return f"role={role}"
    if tag == "header" and not any(a.tag in ("article", "main") for a in element.iterancestors()):
        return "<header>"
    if tag in ("html", "body"):
        return None
    return found.attrs_match(element)


_HIDDEN = etree.XPath(".//*[@hidden or @aria-hidden='true' or @style]")


def _hidden(element: HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def _table_rows(table: HtmlElement, flag: Flag | None) -> Iterator[Block]:
    """A caption line, then one line per row with cells joined by ``" | "``."""
    caption = table.find("caption")
    if caption is not None:
        text = _collapse(caption.text_content())
        if text:
            yield Block(text, _link_chars(caption), "caption", caption, flag, True)
    for row in table.iter("tr"):
        if next(row.iterancestors("table"), None) is not table:
            continue
        cells = [_collapse(" ".join(cell.itertext())) for cell in row if cell.tag in ("td", "th")]
        text = " | ".join(cell for cell in cells if cell)
        if text:
            yield Block(text, _link_chars(row), "tr", row, flag)


def _attr_tokens(names: tuple[str | None, ...]) -> list[str]:
    tokens: list[str] = []
    for value in names:
        if value:
            split = _NON_ALNUM.split(_CAMEL.sub(r"\1 \2", value).lower())
            tokens.extend(t for t in split if t)
    return tokens


def _alternatives(phrases: list[str]) -> re.Pattern[str] | None:
    """One pattern finding any of the phrases (as written) in a text."""
    if not phrases:
        return None
    return re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))


def _phrases(phrases: list[str]) -> re.Pattern[str] | None:
    """One pattern for token runs such as ``read more`` in ``post-read-more-box``."""
    if not phrases:
        return None
    spaced = sorted((" ".join(p.split()) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![^ ])(?:" + "|".join(map(re.escape, spaced)) + r")(?![^ ])")


_LINK_TEXT = etree.XPath("descendant-or-self::a//text()")


def _link_chars(element: HtmlElement) -> int:
    """Characters of link text in the element (one XPath call: pages have many links)."""
    texts = _LINK_TEXT(element)
    return len(_collapse(" ".join(texts))) if texts else 0


def _collapse(text: str) -> str:
    return " ".join(text.split())


# --- select --------------------------------------------------------------------------


def _engine_text(tree: HtmlElement, url: str | None, thorough: bool = False) -> str:
    """trafilatura's main text of the page (tables in, comments out), or ``""``."""
    import trafilatura  # imported here: a second or two of start-up, only when pages are read

    document = trafilatura.bare_extraction(tree, options=_engine_options(url, thorough))
    text = getattr(document, "text", None)
    return text if isinstance(text, str) else ""


def _engine_options(url: str | None, thorough: bool) -> Extractor:
    """The engine's options for one page: a copy of the process's options with the URL set
    (building them reads the engine's config file's values, a tenth of its run on a small
    page)."""
    options = copy.copy(_engine_defaults(thorough))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


@cache
def _engine_defaults(thorough: bool) -> Extractor:
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="python",  # a Document, as bare_extraction gives by default
        fast=not thorough,  # the comparison with the project's rules replaces its fallback
        recall=True,
        tables=True,
        comments=False,
        with_metadata=False,
    )


def select(
    blocks: list[Block],
    engine_text: str,
    found: Markers,
    own: list[Block],
    description: str | None = None,
) -> list[Block]:
    """The article's blocks given the engine's text (see the module docstring)."""
    index = EngineText(engine_text)
    matched = [i for i, block in enumerate(blocks) if index.holds(block)]
    if not matched:
        return []
    first, last = matched[0], matched[-1]
    chosen = set(matched)
    chosen.update(i for i in range(first + 1, last) if _fills_gap(blocks[i]))
    # The lead the engine skipped (a standfirst, a "Quick Take" list): what the project's
    # own rules keep between the headline and the engine's first block.
    mine = {id(block) for block in own}
    chosen.update(i for i in range(_below_headline(blocks, first), first) if id(blocks[i]) in mine)
    chosen.update(blocks.index(b) for b in _standfirst(blocks[:first], description))
    picked = _without_insets([blocks[i] for i in sorted(chosen)])
    return [b for b in picked if not found.boilerplate(b)]


def _below_headline(blocks: list[Block], first: int) -> int:
    """The index after the last ``<h1>`` above ``first`` (``first`` when there is none)."""
    return next((i + 1 for i in range(first - 1, -1, -1) if blocks[i].tag == "h1"), first)


def _without_insets(blocks: list[Block]) -> list[Block]:
    """Drop flagged boxes inside the article (a newsletter promo, a disclosure); a flagged
    element holding most of the text is the article's wrapper and stays."""
    total = _chars(blocks)
    held: dict[int, int] = {}
    for block in blocks:
        if block.flag is not None:
            held[id(block.flag)] = held.get(id(block.flag), 0) + len(block.text)
    return [b for b in blocks if b.flag is None or held[id(b.flag)] >= WRAPPER_SHARE * total]


class EngineText:
    """The engine's text as a set of 4-token shingles and a set of lines, for lookups."""

    def __init__(self, text: str) -> None:
        self.shingles = set(_shingles(_TOKEN.findall(text.lower())))
        self.lines = {tuple(_TOKEN.findall(line.lower())) for line in text.splitlines()}

    def holds(self, block: Block) -> bool:
        """True when the block is a line of the engine's or half its 4-token shingles are."""
        tokens = _TOKEN.findall(block.text.lower())
        if len(tokens) < SHINGLE:
            return bool(tokens) and tuple(tokens) in self.lines
        count = len(tokens) - SHINGLE + 1
        step = max(1, count // MAX_PROBES)  # a long paragraph is judged on spaced probes
        probes = _shingles(tokens, count, step)
        found = sum(shingle in self.shingles for shingle in probes)
        return found >= MATCH_SHARE * len(probes)


def _shingles(tokens: list[str], count: int | None = None, step: int = 1) -> list[tuple[str, ...]]:
    """The runs of SHINGLE consecutive tokens starting at 0, step, 2 * step, ... below
    ``count`` (all of them by default), in order; zip builds them in C."""
    if count is None:
        count = len(tokens) - SHINGLE + 1
    starts = (tokens[k : count + k : step] for k in range(SHINGLE))
    return list(zip(*starts, strict=False))


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks)


def _coverage(blocks: list[Block], engine_text: str) -> float:
    """The chosen blocks' characters over the engine's (its text without line breaks)."""
    wanted = len(_collapse(engine_text))
    return _chars(blocks) / wanted if wanted else 1.0


def _lines(text: str) -> list[str]:
    return [line for line in (_collapse(raw) for raw in text.splitlines()) if line]


def _fills_gap(block: Block) -> bool:
    """A block inside the article the engine left out that the project keeps."""
    return block.flag is None and block.prose and (block.tag == "tr" or block.caption)


def _is_caption(tag: str, element: HtmlElement) -> bool:
    """A figure or table caption, by tag, by a ``caption`` class, or as text of a figure."""
    if tag in CAPTIONS:
        return True
    if tag in HEADINGS:
        return False
    names = (element.get("class"), element.get("id"))
    if any(name and "caption" in name.lower() for name in names) and "caption" in _attr_tokens(
        names
    ):
        return True
    parent = element.getparent()
    return parent is not None and parent.tag == "figure"


def _standfirst(before: list[Block], description: str | None) -> list[Block]:
    """The standfirst above the body: the block that repeats the page's description."""
    if not description:
        return []
    wanted = _collapse(description).casefold().rstrip(" .…")
    for block in reversed(before):
        text = block.text.casefold()
        if block.flag is None and block.prose and len(wanted) >= 40 and text.startswith(wanted):
            return [block]
    return []


# --- the project's own locate (fallback) --------------------------------------------


def own_selection(blocks: list[Block], found: Markers) -> list[Block]:
    """The unflagged prose blocks under the element that holds most of the paragraph text."""
    good = [b for b in blocks if b.flag is None and b.prose and not found.boilerplate(b)]
    if not good:
        return []
    weight: dict[HtmlElement, int] = {}
    children: dict[HtmlElement, dict[HtmlElement, None]] = {}  # ordered sets
    top: HtmlElement | None = None
    for block in good:
        element, below, size = block.element, None, len(block.text)
        while element is not None:
            weight[element] = weight.get(element, 0) + size
            if below is not None:
                children.setdefault(element, {})[below] = None
            top, below, element = element, element, element.getparent()
    if top is None:
        return good
    total = weight[top]
    node = top
    while True:
        child = next((c for c in children.get(node, ()) if weight[c] >= CONTAINMENT * total), None)
        if child is None:
            break
        node = child
    links: dict[HtmlElement, int] = {}
    for block in blocks:
        element = block.element if block.link_chars else None
        while element is not None:
            links[element] = links.get(element, 0) + block.link_chars
            element = element.getparent()
    root = _widen(node, top, weight, links)
    inside = set(root.iter(etree.Element))
    return [b for b in good if b.element in inside]


def _widen(
    node: HtmlElement,
    top: HtmlElement,
    weight: dict[HtmlElement, int],
    links: dict[HtmlElement, int],
) -> HtmlElement:
    """The ancestor that adds the most paragraph text net of link text (ties: the lowest)."""
    best, best_gain = node, 0
    base_links = links.get(node, 0)
    for parent in node.iterancestors():
        gain = (weight.get(parent, 0) - weight[node]) - (links.get(parent, 0) - base_links)
        if gain > best_gain:
            best, best_gain = parent, gain
        if parent is top:
            break
    return best


# --- clean-up ------------------------------------------------------------------------


def _is_title(block: Block, title: str | None) -> bool:
    return bool(title) and block.text.casefold() == (title or "").casefold()


def _deduplicated(blocks: Iterator[Block] | list[Block]) -> list[Block]:
    kept: list[Block] = []
    for block in blocks:
        if not kept or kept[-1].text != block.text:
            kept.append(block)
    return kept


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
