"""The audit: claims (and their articles) in, findings and consensus per fact out.

Claims are read once, as a stream, in any order. Each becomes a compact reading kept by
article; once the stream ends, the articles are numbered by publication day and id (the
same claims in any order give the same report), each article's own arithmetic is
checked, syndication is learnt from hashes, and each reading is filed under its hashed
fact key. Then each fact key is judged on its own, by sorting and scanning: time grows
with the number of claims, not with its square.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from datetime import date, datetime
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import Any

from extractor.audit.arithmetic import check_article
from extractor.audit.context import ArticleTable, AuditContext
from extractor.audit.facts import Judged, Key, judge
from extractor.audit.findings import severity_order
from extractor.audit.independence import Sources
from extractor.audit.own_bounds import shorthands
from extractor.audit.parts import part_whole_findings
from extractor.audit.per_unit import counted_per_unit, per_unit
from extractor.audit.policy import AuditSettings, family, metric_policy, scopes
from extractor.audit.readings import Reading, read, set_context
from extractor.audit.records import ArticleInfo
from extractor.audit.unlabelled import unlabelled_slips
from extractor.audit.wording import fact_words
from extractor.models import Article, AuditReport, Claim, Consensus, Finding


class _Intake:
    """Claims as they stream in, in any order: readings by fact key and by article.

    Nothing is decided while claims arrive: an article's claims may come anywhere in the
    stream. Once the stream ends, :meth:`finish` numbers the articles by publication day
    and id (so the same claims in another order give the same report) and checks each
    article's arithmetic, sentences and copies.
    """

    def __init__(self, table: ArticleTable, ctx: AuditContext) -> None:
        self.table = table
        self.ctx = ctx
        self.sources = Sources(ctx.settings.near_duplicate)
        self.groups: dict[Key, list[Reading]] = defaultdict(list)
        self.arithmetic: list[Finding] = []
        self.claims = 0
        self._by_article: list[list[Reading]] = []
        self._compared: dict[tuple[str, str], int] = {}
        self._dates: dict[object, Any] = {}  # one object per period and day, shared
        self._days: dict[datetime, date] = {}  # publication time → its shared day

    def add_all(self, claims: Iterable[Claim]) -> None:
        """Read every claim of the stream (one loop, its lookups held in locals: this runs
        once per claim)."""
        by_article, dates, days = self._by_article, self._dates, self._days
        sentences: dict[str, str] = {}  # the current article's, to share their strings
        last_id: str | None = None  # the last claim's article (its number: ``number``)
        number = -1
        for claim in claims:
            # fields from the claim's __dict__ (see readings.read)
            article_id, said, stamp = _ADDED(claim.__dict__)
            if article_id != last_id:  # an article's claims mostly come together
                found = self.table.number(claim)
                if found == len(self.sources.parent):
                    self.sources.article(found, self.table.rows[found])
                    by_article.append([])
                if found != number:
                    number, sentences = found, {}
                last_id = article_id
            sentence = sentences.setdefault(said, said)
            published = None
            if stamp is not None:  # one day object per publication time
                published = days.get(stamp)
                if published is None:
                    day = stamp.date()
                    published = days[stamp] = dates.setdefault(day, day)
            reading = read(claim, number, sentence, published)
            if reading.period is not None:  # a million readings share a few thousand periods
                reading.period = dates.setdefault(reading.period, reading.period)
            by_article[number].append(reading)

    def finish(self) -> None:
        """The stream has ended: number the articles, give each reading its source,
        file it under its fact key (in article and text order) and check each article."""
        self._days = {}
        for number, readings in enumerate(self._by_article):
            readings[:] = _once(readings)
            self.claims += len(readings)
            publisher = self.table.rows[number].publisher
            self.sources.claims(number, publisher, readings)
        roots = self.sources.resolve()
        renumbered = self.table.renumber()
        self.ctx.number_pools()
        first: dict[int, int] = {}  # a source is named by its copies' first article
        for old, root in enumerate(roots):
            first[root] = min(first.get(root, renumbered[old]), renumbered[old])
        in_order = _inverse(renumbered)
        self.ctx.source_of = source_of = [first[roots[old]] for old in in_order]
        articles, self._by_article = self._by_article, []
        groups, compared = self.groups, self._compared
        for number, old in enumerate(in_order):
            readings = articles[old]
            source = source_of[number]
            for reading in readings:
                reading.article, reading.source = number, source
                kind = (reading.metric, reading.unit)
                filed = compared.get(kind)
                if filed is None:
                    filed = compared[kind] = _filing(*kind)
                if filed:
                    unit = reading.unit
                    if filed == SPLIT and counted_per_unit(reading.quote, reading.sentence):
                        unit = per_unit(unit)  # "41 cents a share" is no figure of the total
                    key = (reading.metric, reading.side, reading.asset, reading.venue, unit)
                    groups[key].append(reading)
            self.arithmetic += check_article(readings, self.ctx)
            self.ctx.shorthand.update(shorthands(readings))
            set_context(readings)
        articles.clear()


_ADDED = itemgetter("article_id", "sentence", "published")

FILED, SPLIT = 1, 2  # how a metric's figures in a unit are filed (0: not at all)


def _filing(metric: str, unit: str) -> int:
    """Whether a metric's figures in a unit are compared, and whether one counted per unit
    ("41 cents a share" of profit) is filed apart from the totals: not for a metric counted
    per coin by nature (a price) nor for percentages."""
    policy = metric_policy(metric, unit)
    if policy.compare == "none":
        return 0
    return FILED if policy.per_unit or unit == "%" else SPLIT


_in_text = attrgetter("start", "end", "id")  # a reading's place in its article's text


def _once(readings: list[Reading]) -> list[Reading]:
    """An article's readings in text order, a claim read twice (two inputs holding it)
    kept once: a claim's id names its place, so its copies sort side by side."""
    readings.sort(key=_in_text)
    kept = readings[:1]
    kept += [r for before, r in pairwise(readings) if r.id != before.id]
    return kept


def _inverse(renumbered: list[int]) -> list[int]:
    """Old numbers in the order of their new numbers."""
    old = [0] * len(renumbered)
    for before, after in enumerate(renumbered):
        old[after] = before
    return old


Groups = Mapping[Key, list[Reading]]
JudgeAll = Callable[[Groups, AuditContext], Iterable[Judged]]


def judge_keys(groups: Groups, ctx: AuditContext) -> Iterator[Judged]:
    """Each fact key judged on its own, in key order (this process; see
    :mod:`extractor.distributed` for the same on a cluster)."""
    for key in sorted(groups, key=key_order):
        yield judge(key, groups[key], ctx)


def audit(
    claims: Iterable[Claim],
    articles: Mapping[str, ArticleInfo | Article] | None = None,
    settings: AuditSettings | None = None,
    judge_all: JudgeAll = judge_keys,
) -> AuditReport:
    """Find the figures that cannot all be true, most severe first.

    ``claims`` may be any iterable (a generator is read once). ``articles`` (by id) lend
    their publisher, event, date and text to tell syndicated copies and place quotes;
    without them the claims' own publisher and sentences are used. ``judge_all`` judges
    the fact keys' readings and gives their results in key order.
    """
    paused = gc.isenabled()
    gc.disable()  # millions of small acyclic readings: collection passes would rescan them all
    try:
        return _audit(claims, articles, settings or AuditSettings(), judge_all)
    finally:
        if paused:
            gc.enable()


def _audit(
    claims: Iterable[Claim],
    articles: Mapping[str, ArticleInfo | Article] | None,
    settings: AuditSettings,
    judge_all: JudgeAll,
) -> AuditReport:
    known = {
        key: ArticleInfo.from_article(a) if isinstance(a, Article) else a
        for key, a in (articles or {}).items()
    }
    table = ArticleTable(known)
    ctx = AuditContext(table, settings)
    intake = _Intake(table, ctx)
    intake.add_all(claims)
    intake.finish()
    ctx.family = family_peers(intake.groups)
    for readings in intake.groups.values():
        ctx.sizes.add_all(readings, ctx.pool)
        ctx.wholes.add_all(readings, ctx.pool)
        ctx.valuation.add_all(readings, ctx.pool)
    ctx.in_arithmetic = frozenset(c.claim_id for f in intake.arithmetic for c in f.claims)
    findings, consensus, windows = [], [], []
    for judged in judge_all(intake.groups, ctx):
        findings += judged.findings
        consensus += judged.consensus
        windows += judged.windows
    findings += unlabelled_slips(intake.groups, ctx, findings)
    findings += part_whole_findings(windows, ctx)
    findings += _arithmetic(intake.arithmetic, findings, ctx)
    findings.sort(key=severity_order)
    consensus.sort(key=lambda c: (-c.sources, fact_words(c.fact)))
    return AuditReport(
        tolerance=settings.tolerance,
        articles=len(table.rows),
        claims=intake.claims,
        sources=len(set(ctx.source_of)),
        findings=findings,
        consensus=_linked(consensus, findings),
    )


def family_peers(groups: Groups) -> dict[Hashable, list[Reading]]:
    """Each fact key that names its holder (a coin or a venue, not a market scope) → the
    readings of the keys with the same labels under a metric of its family: other outlets'
    filing of the same figure, evidence of which split figure slipped."""
    found: dict[Hashable, list[Reading]] = {}
    for key in groups:
        metric, side, asset, venue, unit = key
        if venue is None and (asset is None or asset in scopes()):
            continue
        kin = [r for m in family(metric) for r in groups.get((m, side, asset, venue, unit), ())]
        if kin:
            found[key] = kin
    return found


def key_order(key: Key) -> tuple[str, ...]:
    return tuple(part or "" for part in key)


def _arithmetic(found: list[Finding], others: list[Finding], ctx: AuditContext) -> list[Finding]:
    """Arithmetic findings with their sources named; a slip a scale_error names is not
    reported twice."""
    slipped = {
        c.claim_id
        for f in others
        if f.verdict == "scale_error"
        for c in f.claims
        if c.role in ("suspect", "disputed")
    }
    kept = []
    for finding in found:
        if any(c.claim_id in slipped for c in finding.claims):
            continue
        for cited in finding.claims:
            number = ctx.table.index[cited.article_id]
            cited.source_group = ctx.source_name(ctx.source_of[number])
        kept.append(finding)
    return kept


def _linked(consensus: list[Consensus], findings: list[Finding]) -> list[Consensus]:
    """Consensus rows keep only the ids of findings that were reported."""
    reported = {f.id for f in findings}
    for row in consensus:
        row.finding_ids = [i for i in row.finding_ids if i in reported]
    return consensus
