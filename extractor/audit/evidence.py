"""Who backs which figure: clusters of agreeing claims and the votes of their sources.

Each independent source has one vote, split between the two figures in the share of
its statements that give each: an article stating "$2.65 billion" twice and "$2.65
million" once gives two thirds of a vote to the billion. The figure with more votes is
the supported one; with equal votes nothing says which figure is wrong.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extractor.audit.context import AuditContext
from extractor.models import Claim


@dataclass
class Cluster:
    """Claims that back one reference figure."""

    reference: Claim
    claims: list[Claim]


@dataclass(frozen=True)
class Evidence:
    """Two clusters set against each other, and how the sources vote between them."""

    majority: Cluster
    other: Cluster
    backers: frozenset[str]
    other_sources: frozenset[str]
    votes_for: float
    votes_against: float

    @property
    def named(self) -> bool:
        """Whether the votes single out the other cluster as the wrong one."""
        return self.votes_for > self.votes_against

    @property
    def independent(self) -> bool:
        """Whether some source states only one figure; else its articles give both.

        An article stating two different figures for what looks like one fact almost
        always means two facts (operating vs net loss, seized vs retained); only a slipped
        scale word is a finding within a single source.
        """
        return self.backers != self.other_sources

    @property
    def attribution(self) -> float:
        """How sure the supported figure is the right one: the votes' share, shrunk to ½."""
        if not self.named:
            return 0.5
        return (self.votes_for + 0.5) / (self.votes_for + self.votes_against + 1)

    def split_words(self) -> str:
        """How the sources divide when nothing says which figure is wrong."""
        if self.backers == self.other_sources and len(self.backers) == 1:
            return "the article gives both figures equally often"
        return f"the sources are split {len(self.backers)} to {len(self.other_sources)}"


def weigh(majority: Cluster, other: Cluster, ctx: AuditContext) -> Evidence:
    """The evidence for the majority's figure against the other's."""
    ours = _statements_by_source(majority.claims, ctx)
    theirs = _statements_by_source(other.claims, ctx)
    votes_for = votes_against = 0.0
    for source in ours.keys() | theirs.keys():
        total = ours[source] + theirs[source]
        votes_for += ours[source] / total
        votes_against += theirs[source] / total
    return Evidence(
        majority,
        other,
        frozenset(ours),
        frozenset(theirs),
        votes_for,
        votes_against,
    )


def _statements_by_source(claims: list[Claim], ctx: AuditContext) -> Counter[str]:
    """Distinct statements per source (a syndicated copy's repeat counts once)."""
    seen = {(ctx.source(c), c.quote, " ".join(c.sentence.split())) for c in claims}
    return Counter(source for source, _, _ in seen)
