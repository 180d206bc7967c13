"""Conflicts: a reading outside the honest spread of its window by more than the tolerance.

The honest spread is the main mode's hull (see :mod:`extractor.audit.modes`). Another
mode, an open bound the main mode breaks ("more than $1.4 billion" against $344 million)
or a stray doubtful reading is a conflict when it stays apart from that hull by more
than the tolerance, is within ``conflict_max_ratio`` of the centre (further apart is
another fact), each side has a source that does not also state the other (one article
giving two figures for what looks like one fact means two facts), and the two sides can
be reporting the same news (one story's figures, :mod:`extractor.audit.stories`: no
conflict between articles filed under different events, nor, where an event is unknown,
between articles more than a week apart whose sentences name no common subject beyond the
labels; a figure of one owner's metric that names no coin, company or venue, which may be
anyone's, only between articles filed under one event), and neither side is its article's shorthand
of a bound the other side keeps ("$900M" in a headline over "over $900 million" in its
body: :mod:`extractor.audit.own_bounds`). When the two
best-supported modes tie, neither is the honest one and both are disputed.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.audit import explain
from extractor.audit.context import AuditContext
from extractor.audit.evidence import weigh
from extractor.audit.findings import make
from extractor.audit.modes import Frame, Mode, relative_gap
from extractor.audit.own_bounds import bound_holds
from extractor.audit.policy import metric_policy
from extractor.audit.readings import Reading
from extractor.models import ClaimRole, FactKey, Finding, Severity


def frame_conflicts(
    fact: FactKey, frame: Frame, ctx: AuditContext, reported: set[str]
) -> list[Finding]:
    """Every conflict within one window (readings already named in ``reported`` are not)."""
    valued = [m for m in frame.modes if not m.open]
    main = frame.main
    if main is not None and main.open:
        return []  # open bounds alone state no value to disagree with
    if main is None:
        if len(valued) < 2 or _judged(valued[1].readings, reported):
            return []
        found = _conflict(fact, valued[0], valued[1].readings, valued[1], ctx)
        return [found] if found else []
    findings: list[Finding] = []
    others: list[tuple[Sequence[Reading], Mode | None]] = [
        (m.readings, m) for m in valued if m is not main
    ]
    others += [([r], None) for r in [*frame.violating, *frame.stray]]
    for readings, mode in others:
        if _judged(readings, reported):
            continue
        found = _conflict(fact, main, readings, mode, ctx)
        if found is not None:
            findings.append(found)
            reported.update(r.id for r in readings)
    return findings


def _same_news(
    ours: Sequence[Reading], theirs: Sequence[Reading], ctx: AuditContext, fact: FactKey
) -> bool:
    """Whether the two sides can report the same news: one story's figures
    (:mod:`extractor.audit.stories`: an event both report; where an event is unknown,
    articles a week apart at most or a subject both name beyond the labels). Articles the
    input files under different events report different news (a purchase of July is not
    July's total of purchases). A figure whose owner is not named (two companies' rounds of
    one quarter) needs an event both sides report."""
    if _ownerless(fact):
        mine = {ctx.table.event(r.article) for r in ours}
        yours = {ctx.table.event(r.article) for r in theirs}
        return bool((mine & yours) - {None})
    return ctx.one_story(ours, theirs, fact.asset)


def _ownerless(fact: FactKey) -> bool:
    """A figure of one owner's metric (money raised, a fine, holdings) naming no owner."""
    return fact.asset is None and fact.venue is None and metric_policy(fact.metric).owned


def _judged(readings: Sequence[Reading], reported: set[str]) -> bool:
    return any(r.id in reported for r in readings)


def _conflict(
    fact: FactKey,
    main: Mode,
    readings: Sequence[Reading],
    mode: Mode | None,
    ctx: AuditContext,
) -> Finding | None:
    settings = ctx.settings
    lo = mode.lo if mode else readings[0].lo
    hi = mode.hi if mode else readings[0].hi
    gap = relative_gap(lo, hi, main.lo, main.hi)
    if gap <= settings.tolerance:
        return None
    members = mode.members if mode else readings
    shorthand, tolerance = ctx.shorthand, settings.tolerance
    if bound_holds(members, main.lo, main.hi, shorthand, tolerance) or bound_holds(
        main.members, lo, hi, shorthand, tolerance
    ):
        return None  # one side is its article's shorthand of a bound the other keeps
    value = mode.centre() if mode else readings[0].value
    centre = main.centre()
    if not value or not centre or value / centre < 0:
        return None
    ratio = max(abs(value), abs(centre)) / min(abs(value), abs(centre))
    if ratio > settings.conflict_max_ratio:
        return None
    sides = weigh(main.backing or main.readings, readings)
    if not sides.independent or not _same_news(main.readings, readings, ctx, fact):
        return None
    doubt = any(r.doubtful for r in readings)
    severity: Severity = (
        "high" if gap >= 0.5 else "medium" if gap >= 3 * settings.tolerance else "low"
    )
    supported = main.supported(settings.tolerance) if sides.named else None
    suspect: ClaimRole = "suspect" if sides.named else "disputed"
    backed: ClaimRole = "supported" if sides.named else "disputed"
    values = [r.value for r in main.members] or [centre]
    cited = [(r, suspect) for r in readings] + [(r, backed) for r in main.readings]
    return make(
        "conflict",
        severity,
        (1 - settings.tolerance / gap) * (0.5 if doubt else 1.0),
        explain.conflict(fact, sides, gap, supported, (min(values), max(values)), ctx),
        fact,
        cited,
        ctx,
        supported_value=supported.value if supported else None,
        supported_quote=supported.quote if supported else None,
        spread_low=min(values),
        spread_high=max(values),
        relative_difference=gap,
    )
