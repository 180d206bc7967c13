"""Which articles are independent sources: syndicated copies count once.

Two articles are one source when their texts have the same content hash, when most of
the sentences their figures stand in are the same sentences (this works from claims
alone and ignores what a copy adds around them), when most paragraphs of their texts are
the same, or when one publisher printed the same figure in the same sentence twice.

Everything is gathered article by article while claims stream in, as hashes: a sentence
or paragraph is one number, indexed by the articles that hold it. A sentence that more
than ``COMMON`` articles hold is a stock phrase, not copying, and is dropped from the
index, so memory stays a few numbers per sentence and no pair of articles is compared
unless they share an uncommon sentence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

from extractor.audit.records import ArticleInfo
from extractor.models import Claim

TEXT_DUPLICATE = 0.8  # full texts share boilerplate, so copies of them must share more
SENTENCE_WORDS = 8  # a shorter sentence ("Bitcoin fell 5%.") is shared by chance
MIN_PARAGRAPHS = 3
PARAGRAPH_WORDS = 8  # shorter lines (captions, bylines, "Read more") say nothing
COMMON = 50  # held by more articles than this: a stock phrase


class Quoted(Protocol):
    """What is read of a claim here: its quote and its sentence."""

    @property
    def quote(self) -> str: ...
    @property
    def sentence(self) -> str: ...


def _fingerprint(text: str) -> int:
    """A sentence or paragraph as one number: its words, case and spacing ignored."""
    return hash(" ".join(text.split()).casefold())


class _Index:
    """Fingerprint → the articles holding it; the shared counts of article pairs."""

    def __init__(self) -> None:
        self.holders: dict[int, list[int] | None] = {}
        self.sizes: dict[int, int] = {}

    def add(self, article: int, fingerprints: set[int]) -> None:
        self.sizes[article] = len(fingerprints)
        for fingerprint in fingerprints:
            holders = self.holders.get(fingerprint, [])
            if holders is None:
                continue
            holders.append(article)
            self.holders[fingerprint] = holders if len(holders) <= COMMON else None

    def copies(self, threshold: float, minimum: int) -> Iterable[tuple[int, int]]:
        """Pairs of articles sharing at least ``threshold`` of the smaller's fingerprints."""
        shared: Counter[tuple[int, int]] = Counter()
        for holders in self.holders.values():
            if holders is None or len(holders) < 2:
                continue
            unique = sorted(set(holders))
            for i, a in enumerate(unique):
                for b in unique[i + 1 :]:
                    shared[a, b] += 1
        for (a, b), count in shared.items():
            smaller = min(self.sizes[a], self.sizes[b])
            if smaller >= minimum and count / smaller >= threshold:
                yield a, b


class Sources:
    """Independent sources of numbered articles, learnt article by article."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.parent: list[int] = []
        self.by_hash: dict[str, int] = {}
        self.statements: dict[int, int] = {}
        self.sentences = _Index()
        self.paragraphs = _Index()

    def article(self, number: int, info: ArticleInfo) -> None:
        """A new article (numbers come in order): its hash and its paragraphs."""
        self.parent.append(number)
        if info.text_hash:
            self._union(number, self.by_hash.setdefault(info.text_hash, number))
        if info.text:
            lines = info.text.splitlines()
            prints = {_fingerprint(line) for line in lines if line.count(" ") >= PARAGRAPH_WORDS}
            self.paragraphs.add(number, prints)

    def claims(self, number: int, publisher: str | None, quoted: Collection[Quoted]) -> None:
        """An article's claims (or their readings: anything with a quote and a sentence),
        once all of them are known."""
        folded = publisher.casefold() if publisher else None
        if folded:
            statements = self.statements
            for claim in quoted:
                first = statements.setdefault(hash((folded, claim.quote, claim.sentence)), number)
                if first != number:  # a statement first seen here joins nothing
                    self._union(number, first)
        sentences = {claim.sentence for claim in quoted}
        self.sentences.add(
            number,
            {hash(s.casefold()) for s in sentences if s.count(" ") >= SENTENCE_WORDS},
        )

    def resolve(self) -> list[int]:
        """Article number → its source (the smallest number among its copies)."""
        for a, b in self.sentences.copies(self.threshold, 1):
            self._union(a, b)
        for a, b in self.paragraphs.copies(TEXT_DUPLICATE, MIN_PARAGRAPHS):
            self._union(a, b)
        return [self._find(n) for n in range(len(self.parent))]

    def _find(self, number: int) -> int:
        root = number
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[number] != root:
            self.parent[number], number = root, self.parent[number]
        return root

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def source_groups(
    articles: Mapping[str, ArticleInfo], claims: Iterable[Claim], threshold: float
) -> dict[str, str]:
    """Article id → id of its independent source (the first article among its copies)."""
    ids = list(articles)
    number = {article_id: i for i, article_id in enumerate(ids)}
    found = Sources(threshold)
    for article_id in ids:
        found.article(number[article_id], articles[article_id])
    quoted: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        quoted[claim.article_id].append(claim)
    for article_id, pairs in quoted.items():
        found.claims(number[article_id], articles[article_id].publisher, pairs)
    roots = found.resolve()
    return {article_id: ids[roots[number[article_id]]] for article_id in ids}
