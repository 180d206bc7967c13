"""What every verdict needs to know about a reading: its article, its source, how to cite it."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from extractor.audit.policy import AuditSettings
from extractor.audit.readings import Reading
from extractor.audit.records import ArticleInfo
from extractor.audit.sizes import Sizes
from extractor.audit.stories import common_subject, label_ids, near_in_time
from extractor.audit.valuation import Valuation
from extractor.audit.wholes import Wholes
from extractor.models import Claim, ClaimRole, FindingClaim


@dataclass
class ArticleTable:
    """The articles of an audit, numbered in the order their claims arrive."""

    known: dict[str, ArticleInfo]
    rows: list[ArticleInfo] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    events: list[str | None] = field(default_factory=list)

    def number(self, claim: Claim) -> int:
        """The claim's article's number, adding the article on first sight."""
        at = self.index.get(claim.article_id)
        if at is None:
            info = self.known.get(claim.article_id) or ArticleInfo.from_claim(claim)
            at = self.index[claim.article_id] = len(self.rows)
            self.rows.append(info)
            self.events.append(None if info.event in (None, "", "single") else info.event)
        return at

    def renumber(self) -> list[int]:
        """Number the articles by publication day, then id (whatever order their claims
        came in: a syndicated source is named by its first article, most often the
        original); old number → new number."""
        order = sorted(range(len(self.rows)), key=lambda n: _first_published(self.rows[n]))
        self.rows = [self.rows[n] for n in order]
        self.events = [self.events[n] for n in order]
        self.index = {row.id: n for n, row in enumerate(self.rows)}
        renumbered = [0] * len(order)
        for new, old in enumerate(order):
            renumbered[old] = new
        return renumbered

    def event(self, at: int) -> str | None:
        """The news event an article reports, when known ("single" is none)."""
        return self.events[at]


def _first_published(row: ArticleInfo) -> tuple[bool, date, str]:
    day = row.published.date() if row.published is not None else date.min
    return (row.published is None, day, row.id)


@dataclass
class AuditContext:
    """Articles, their independent sources and the run's settings."""

    table: ArticleTable
    settings: AuditSettings
    source_of: list[int] = field(default_factory=list)  # article number → source number
    sizes: Sizes = field(default_factory=Sizes)  # how big each kind of figure runs per event
    wholes: Wholes = field(default_factory=Wholes)  # market-wide totals that bound parts
    valuation: Valuation = field(default_factory=Valuation)  # coin amounts and prices
    in_arithmetic: frozenset[str] = frozenset()  # claims an arithmetic finding cites
    adds_up: set[str] = field(default_factory=set)  # claims in a computation that holds
    # an exact figure its own article states as a bound → that bound (``own_bounds``)
    shorthand: dict[str, tuple[float, float]] = field(default_factory=dict)
    # fact key → the same holder's figures of its metric's family (see ``tiebreak.Peers``)
    family: dict[Hashable, list[Reading]] = field(default_factory=dict)
    # article number → its news event's pool label, or None (``number_pools``)
    event_pools: list[tuple[str, str] | None] = field(default_factory=list)

    def number_pools(self) -> None:
        """Label each article's news event once, when the articles are numbered for good:
        the label is asked for once per reading by every profile and judge."""
        self.event_pools = [None if e is None else ("event", e) for e in self.table.events]

    def pool(self, reading: Reading) -> Hashable:
        """The news event of a reading, or else its publication day, or else its article."""
        try:
            event = self.event_pools[reading.article]
        except IndexError:  # asked before the articles were numbered for good
            name = self.table.event(reading.article)
            event = None if name is None else ("event", name)
        if event is not None:
            return event
        if reading.published is not None:
            return ("day", reading.published)
        return ("article", reading.article)

    def one_story(
        self, ours: Sequence[Reading], theirs: Sequence[Reading], asset: str | None
    ) -> bool:
        """Whether a reading of each side is of one story (:mod:`extractor.audit.stories`):
        one article or news event; else, where an event is unknown, articles that ran
        within a week of each other or figures whose sentences name a common subject beyond
        the fact's coin. Asked only of two figures about to be found at odds."""
        rows, events = self.table.rows, self.table.events
        mine: set[int] = set()
        yours: set[int] = set()
        for a in {r.article for r in ours}:
            for b in {r.article for r in theirs}:
                if a == b or (events[a] is not None and events[a] == events[b]):
                    return True
                if events[a] is not None and events[b] is not None:
                    continue  # two news events: two stories
                if near_in_time(rows[a].published, rows[b].published):
                    return True
                mine.add(a)
                yours.add(b)
        return bool(mine) and common_subject(
            [r.sentence for r in ours if r.article in mine],
            [r.sentence for r in theirs if r.article in yours],
            label_ids(asset),
        )

    def sources(self, readings: Iterable[Reading]) -> set[int]:
        """The distinct independent sources of some readings."""
        return {r.source for r in readings}

    def publisher(self, reading: Reading) -> str:
        """Who published the reading, or its article id when unknown."""
        article = self.table.rows[reading.article]
        return article.publisher or article.id

    def source_name(self, source: int) -> str:
        """An independent source, named by its first article's id."""
        return self.table.rows[source].id

    def cite(self, reading: Reading, role: ClaimRole) -> FindingClaim:
        """The reading as a finding lists it."""
        article = self.table.rows[reading.article]
        return FindingClaim(
            claim_id=reading.id,
            article_id=article.id,
            quote=reading.quote,
            start=reading.start,
            end=reading.end,
            value=reading.value,
            unit=reading.unit,
            low=reading.low,
            high=reading.high,
            qualifier=reading.qualifier,
            sentence=reading.sentence,
            quote_offset=quote_offset(reading, article.text),
            publisher=article.publisher or article.id,
            published=article.published,
            url=article.url,
            source_group=self.source_name(reading.source) if reading.source >= 0 else article.id,
            role=role,
        )


def quote_offset(reading: Reading, text: str | None) -> int | None:
    """Where the quote starts in its sentence, placed by the article text if known."""
    if text is not None and text[reading.start : reading.end] == reading.quote:
        begin = text.rfind(reading.sentence, 0, reading.start + len(reading.sentence))
        if begin >= 0 and begin + len(reading.sentence) >= reading.end:
            return reading.start - begin
    found = reading.sentence.find(reading.quote)
    return found if found >= 0 else None
