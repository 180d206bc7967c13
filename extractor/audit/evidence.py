"""Who backs which figure: the votes of independent sources between two sets of readings.

Each independent source has one vote, split between the two figures in the share of its
statements that give each: an article stating "$2.65 billion" twice and "$2.65 million"
once gives two thirds of a vote to the billion. The figure with more votes is the
supported one; with equal votes nothing says which figure is wrong.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from extractor.audit.modes import statements
from extractor.audit.readings import Reading

CONTEXT_ATTRIBUTION = 0.6  # split sources, the slipped figure told by other evidence


@dataclass(frozen=True)
class Evidence:
    """Two sets of readings set against each other, and how the sources vote."""

    majority: Sequence[Reading]
    other: Sequence[Reading]
    backers: frozenset[int]
    other_sources: frozenset[int]
    votes_for: float
    votes_against: float
    told_by: str = ""  # split votes, but other evidence gives the other figure away: why

    @property
    def named(self) -> bool:
        """Whether the votes (or, when they are split, other evidence) single out the other
        figure as the wrong one."""
        return self.votes_for > self.votes_against or bool(self.told_by)

    @property
    def independent(self) -> bool:
        """Whether each figure has a source that does not also state the other.

        An article stating two different figures for what looks like one fact almost
        always means two facts (operating vs net loss, seized vs retained); only a slipped
        scale word is a finding within a single source.
        """
        return bool(self.backers - self.other_sources) and bool(self.other_sources - self.backers)

    @property
    def attribution(self) -> float:
        """How sure the supported figure is the right one: the votes' share, shrunk to ½."""
        if not self.named:
            return 0.5
        if self.votes_for <= self.votes_against:  # named by other evidence alone
            return CONTEXT_ATTRIBUTION
        return (self.votes_for + 0.5) / (self.votes_for + self.votes_against + 1)

    def split_words(self) -> str:
        """How the sources divide when nothing says which figure is wrong."""
        if self.backers == self.other_sources and len(self.backers) == 1:
            return "the article gives both figures equally often"
        return f"the sources are split {len(self.backers)} to {len(self.other_sources)}"


def weigh(majority: Sequence[Reading], other: Sequence[Reading]) -> Evidence:
    """The evidence for the majority's figure against the other's."""
    ours = _by_source(majority)
    theirs = _by_source(other)
    votes_for = votes_against = 0.0
    for source in ours.keys() | theirs.keys():
        total = ours[source] + theirs[source]
        votes_for += ours[source] / total
        votes_against += theirs[source] / total
    return Evidence(majority, other, frozenset(ours), frozenset(theirs), votes_for, votes_against)


def _by_source(readings: Sequence[Reading]) -> Counter[int]:
    """Distinct statements per source (a syndicated copy's repeat counts once)."""
    return Counter(source for source, _, _ in statements(readings))
