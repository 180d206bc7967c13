"""Match predicted claims to gold claims and count what is right.

A prediction matches a gold claim when their character spans overlap; matching is
one-to-one, chosen greedily: the pairs with the longest overlap first, then those whose
amount is right, then the closest value. A matched claim's amount is right when its unit
equals the gold unit and its value is within 0.5 % of the gold value. Amount precision and
recall count right amounts over all predictions and all gold claims; metric, side, asset,
period, source, venue and qualifier are accuracies over the matched claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from extractor.evaluation.gold import PlacedGold
from extractor.evaluation.sentences import sentence_around
from extractor.models import Claim

FIELDS: tuple[str, ...] = ("metric", "side", "asset", "period", "source", "venue", "qualifier")
CASE_INSENSITIVE = frozenset({"source", "venue"})
VALUE_TOLERANCE = 0.005

MismatchKind = Literal["missed", "extra", "wrong"]
Period = tuple[date, date] | None


@dataclass(frozen=True)
class Mismatch:
    """One reason a score is below 1: a missed gold claim, an extra prediction or a wrong field."""

    kind: MismatchKind
    quote: str
    start: int
    sentence: str
    field: str | None = None
    expected: str | None = None
    got: str | None = None


@dataclass
class Counts:
    """Raw counts of one article or a whole corpus; the scores derive from them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    amount_correct: int = 0
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            gold=self.gold + other.gold,
            predicted=self.predicted + other.predicted,
            matched=self.matched + other.matched,
            amount_correct=self.amount_correct + other.amount_correct,
            field_correct={f: self.field_correct[f] + other.field_correct[f] for f in FIELDS},
        )

    @property
    def precision(self) -> float:
        """Right amounts over predictions (1.0 when nothing was predicted: nothing is wrong)."""
        return self.amount_correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Right amounts over gold claims (1.0 when there is no gold: nothing was missed)."""
        return self.amount_correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of amount precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def accuracy(self, name: str) -> float | None:
        """Share of matched claims whose ``name`` field is right; None when nothing matched."""
        return self.field_correct[name] / self.matched if self.matched else None


@dataclass
class ArticleScore:
    """Counts and mismatches of one article."""

    article_id: str
    counts: Counts
    mismatches: list[Mismatch]
    event: str | None = None  # the article's event cluster (meta.jsonl ``event``)


@dataclass
class Evaluation:
    """Scores of a corpus: per article, and what could not be scored."""

    articles: list[ArticleScore]
    unscored: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def totals(self) -> Counts:
        """Counts summed over the articles (micro-averaged scores)."""
        total = Counts()
        for article in self.articles:
            total = total + article.counts
        return total


def value_matches(predicted: float, gold: float) -> bool:
    """True when ``predicted`` is within 0.5 % of ``gold``."""
    return abs(predicted - gold) <= VALUE_TOLERANCE * abs(gold)


def amount_matches(gold: PlacedGold, claim: Claim) -> bool:
    """True when the unit is equal and the value within tolerance."""
    return claim.unit == gold.claim.unit and value_matches(claim.value, gold.claim.value)


def _relative_gap(gold: float, predicted: float) -> float:
    return abs(predicted - gold) / abs(gold) if gold else abs(predicted)


def match_claims(gold: Sequence[PlacedGold], predicted: Sequence[Claim]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose spans overlap, chosen greedily."""
    candidates: list[tuple[int, bool, float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                gap = _relative_gap(g.claim.value, p.value)
                candidates.append((-overlap, not amount_matches(g, p), gap, gi, pi))
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for *_, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    return sorted(pairs)


def field_pair(name: str, gold: PlacedGold, claim: Claim) -> tuple[object, object]:
    """(expected, got) of one scored field; period is compared as its start and end dates."""
    if name == "period":
        period = gold.claim.period
        expected: Period = (period.start, period.end) if period else None
        got: Period = None
        if claim.period_start is not None and claim.period_end is not None:
            got = (claim.period_start, claim.period_end)
        return expected, got
    return getattr(gold.claim, name), getattr(claim, name)


def field_matches(name: str, expected: object, got: object) -> bool:
    """Equality, ignoring case for source and venue."""
    if name in CASE_INSENSITIVE and isinstance(expected, str) and isinstance(got, str):
        return expected.casefold() == got.casefold()
    return expected == got


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return " to ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "null" if value is None else str(value)


def _wrong(name: str, gold: PlacedGold, claim: Claim, expected: object, got: object) -> Mismatch:
    return Mismatch(
        "wrong", gold.claim.quote, gold.start, claim.sentence, name, _show(expected), _show(got)
    )


def _score_pair(gold: PlacedGold, claim: Claim, counts: Counts, out: list[Mismatch]) -> None:
    """Count one matched pair and record each of its wrong parts."""
    counts.matched += 1
    if amount_matches(gold, claim):
        counts.amount_correct += 1
    if not value_matches(claim.value, gold.claim.value):
        out.append(_wrong("value", gold, claim, gold.claim.value, claim.value))
    if claim.unit != gold.claim.unit:
        out.append(_wrong("unit", gold, claim, gold.claim.unit, claim.unit))
    for name in FIELDS:
        expected, got = field_pair(name, gold, claim)
        if field_matches(name, expected, got):
            counts.field_correct[name] += 1
        else:
            out.append(_wrong(name, gold, claim, expected, got))


def score_article(
    article_id: str, text: str, gold: Sequence[PlacedGold], predicted: Sequence[Claim]
) -> ArticleScore:
    """Counts and mismatches of one article's predictions against its placed gold claims."""
    counts = Counts(gold=len(gold), predicted=len(predicted))
    mismatches: list[Mismatch] = []
    pairs = match_claims(gold, predicted)
    for gi, pi in pairs:
        _score_pair(gold[gi], predicted[pi], counts, mismatches)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            sentence = sentence_around(text, g.start, g.end)
            mismatches.append(Mismatch("missed", g.claim.quote, g.start, sentence))
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            mismatches.append(Mismatch("extra", p.quote, p.start, p.sentence))
    mismatches.sort(key=lambda m: m.start)
    return ArticleScore(article_id, counts, mismatches)


def score_corpus(
    articles: Sequence[tuple[str, str, Sequence[PlacedGold], Sequence[Claim]]],
) -> Evaluation:
    """Score (article id, text, placed gold, predictions) rows into one Evaluation."""
    return Evaluation([score_article(*row) for row in articles])
