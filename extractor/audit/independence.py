"""Which articles are independent sources: syndicated copies count once.

Two articles are one source when their texts have the same content hash, when their
texts are near-duplicates, when the sentences their figures stand in are mostly the
same (this works from claims alone, and ignores boilerplate a copy adds), or when the
same publisher printed the same figure in the same sentence twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

from extractor.audit.records import ArticleInfo
from extractor.models import Claim

SHINGLE_WORDS = 5
TEXT_DUPLICATE = 0.8  # full texts share boilerplate, so copies of them must share more
MIN_SHINGLES = 8  # fewer shingles than this say too little to call two articles copies
COMMON_SHINGLE = 50  # shingles in more articles than this are stock phrases, not copying

_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """Hashes of the overlapping runs of words of a text, case and punctuation ignored."""
    words = _WORD.findall(text.lower())
    runs = (tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))
    return frozenset(hash(run) for run in runs)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set found in the larger; 0 when either is too small to judge."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class _Groups:
    """Union-find over article ids; a group is named by its smallest id."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {article_id: article_id for article_id in ids}

    def find(self, article_id: str) -> str:
        root = article_id
        while self.parent[root] != root:
            root = self.parent[root]
        self.parent[article_id] = root
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def source_groups(
    articles: Mapping[str, ArticleInfo], claims: Sequence[Claim], threshold: float
) -> dict[str, str]:
    """Article id → id of its independent source (the smallest id among its copies)."""
    groups = _Groups(articles)
    by_hash: dict[str, str] = {}
    for article in articles.values():
        if article.text_hash:
            groups.union(article.id, by_hash.setdefault(article.text_hash, article.id))
    contexts = _claim_contexts(claims)
    for a, b in _candidate_pairs(contexts):
        if containment(contexts[a], contexts[b]) >= threshold:
            groups.union(a, b)
    for a, b in _same_publisher_sentence(articles, claims):
        groups.union(a, b)
    for a, b in _near_duplicate_texts(articles):
        groups.union(a, b)
    return {article_id: groups.find(article_id) for article_id in articles}


def _claim_contexts(claims: Sequence[Claim]) -> dict[str, frozenset[int]]:
    """Per article, the shingles of the distinct sentences its figures stand in."""
    sentences: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        sentences[claim.article_id].add(claim.sentence)
    return {article_id: shingles("\n".join(sorted(s))) for article_id, s in sentences.items()}


def _candidate_pairs(signatures: Mapping[str, frozenset[int]]) -> set[tuple[str, str]]:
    """Pairs of articles sharing at least one uncommon shingle (an inverted index)."""
    index: dict[int, list[str]] = defaultdict(list)
    for article_id, signature in signatures.items():
        for shingle in signature:
            index[shingle].append(article_id)
    pairs: set[tuple[str, str]] = set()
    for ids in index.values():
        if len(ids) <= COMMON_SHINGLE:
            pairs.update(combinations(sorted(ids), 2))
    return pairs


def _same_publisher_sentence(
    articles: Mapping[str, ArticleInfo], claims: Sequence[Claim]
) -> Iterable[tuple[str, str]]:
    """Articles of one publisher stating the same figure in the same sentence."""
    first: dict[tuple[str, str, str], str] = {}
    for claim in claims:
        publisher = articles[claim.article_id].publisher if claim.article_id in articles else None
        if not publisher:
            continue
        key = (publisher.casefold(), claim.quote, " ".join(claim.sentence.split()))
        other = first.setdefault(key, claim.article_id)
        if other != claim.article_id:
            yield other, claim.article_id


def _near_duplicate_texts(articles: Mapping[str, ArticleInfo]) -> Iterable[tuple[str, str]]:
    """Articles whose full texts are near-duplicates."""
    texts = {a.id: shingles(a.text) for a in articles.values() if a.text}
    for a, b in _candidate_pairs(texts):
        if containment(texts[a], texts[b]) >= TEXT_DUPLICATE:
            yield a, b
