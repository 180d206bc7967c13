"""The audit: claims (and their articles) in, findings and consensus per fact out.

Claims are read once, as a stream. Each becomes a compact reading filed under its hashed
fact key; an article's own arithmetic is checked as soon as its claims are complete (they
come article by article); syndication is learnt article by article as hashes. Then each
fact key is judged on its own, by sorting and scanning: time grows with the number of
claims, not with its square.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date

from extractor.audit.arithmetic import check_article
from extractor.audit.context import ArticleTable, AuditContext
from extractor.audit.facts import Judged, Key, judge
from extractor.audit.findings import severity_order
from extractor.audit.independence import Sources
from extractor.audit.parts import part_whole_findings
from extractor.audit.policy import AuditSettings, metric_policy
from extractor.audit.readings import Reading, read, set_context
from extractor.audit.records import ArticleInfo
from extractor.audit.wording import fact_words
from extractor.models import Article, AuditReport, Claim, Consensus, Finding


class _Intake:
    """Claims as they stream in: readings by fact key, each article checked when complete."""

    def __init__(self, table: ArticleTable, ctx: AuditContext) -> None:
        self.table = table
        self.ctx = ctx
        self.sources = Sources(ctx.settings.near_duplicate)
        self.groups: dict[Key, list[Reading]] = defaultdict(list)
        self.arithmetic: list[Finding] = []
        self.claims = 0
        self._article = -1
        self._readings: list[Reading] = []
        self._seen: set[str] = set()  # every claim id taken in (the readings' own strings)
        self._sentences: dict[str, str] = {}
        self._published: date | None = None
        self._compared: dict[tuple[str, str], bool] = {}

    def add(self, claim: Claim) -> None:
        number = self.table.number(claim)
        if number == len(self.sources.parent):
            self.sources.article(number, self.table.rows[number])
        if claim.id in self._seen:
            return  # the same claim read twice (two inputs holding it) counts once
        self._seen.add(claim.id)
        if number != self._article:
            self.flush()
            self._article = number
            self._published = claim.published.date() if claim.published else None
        self.claims += 1
        sentence = self._sentences.setdefault(claim.sentence, claim.sentence)
        reading = read(claim, number, sentence, self._published)
        self._readings.append(reading)
        kind = (claim.metric, claim.unit)
        compared = self._compared.get(kind)
        if compared is None:
            compared = self._compared[kind] = metric_policy(*kind).compare != "none"
        if compared:
            key = (claim.metric, claim.side, claim.asset, claim.venue, claim.unit)
            self.groups[key].append(reading)

    def flush(self) -> None:
        """The current article's claims are complete: its arithmetic and its sentences."""
        if self._article < 0:
            return
        publisher = self.table.rows[self._article].publisher
        self.sources.claims(
            self._article, publisher, ((r.quote, r.sentence) for r in self._readings)
        )
        self.arithmetic += check_article(self._readings, self.ctx)
        set_context(self._readings)
        self._readings, self._sentences = [], {}
        self._article = -1


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
    for claim in claims:
        intake.add(claim)
    intake.flush()
    ctx.source_of = intake.sources.resolve()
    for readings in intake.groups.values():
        for reading in readings:
            reading.source = ctx.source_of[reading.article]
        ctx.sizes.add_all(readings, ctx.pool)
    ctx.in_arithmetic = frozenset(c.claim_id for f in intake.arithmetic for c in f.claims)
    findings, consensus, windows = [], [], []
    for judged in judge_all(intake.groups, ctx):
        findings += judged.findings
        consensus += judged.consensus
        windows += judged.windows
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
