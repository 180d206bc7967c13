"""One fact key's readings judged: windows, their modes, findings and consensus.

A fact key is what two readings must share to be about one fact before time is asked:
metric, side, asset, venue and unit. Within a key, each window is judged for scale slips
and (for metrics compared fully) conflicts; then each news event's pool is searched for
scale slips across its windows of about one length. The work is sorting and scanning,
never all pairs.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from extractor.audit.conflicts import frame_conflicts
from extractor.audit.context import AuditContext
from extractor.audit.modes import Frame, frame
from extractor.audit.parts import Window
from extractor.audit.policy import holderless, metric_policy, scale_factors
from extractor.audit.readings import Reading, period_length
from extractor.audit.scale import slips, span
from extractor.audit.stories import NEWS_DAYS  # the days a story runs: its news's windows
from extractor.audit.stretches import names_a_stretch
from extractor.audit.tiebreak import Peers
from extractor.audit.windows import Period, by_length, pools, windows
from extractor.models import ClaimRole, Consensus, FactKey, Finding

Key = tuple[str, str | None, str | None, str | None, str]
SLIP_ROOM = 4.0  # a slip's two figures are at least the factor over this apart (spreads, bounds)


@dataclass
class Judged:
    """What one fact key gave: findings, consensus rows and its windows (for part/whole)."""

    findings: list[Finding] = field(default_factory=list)
    consensus: list[Consensus] = field(default_factory=list)
    windows: list[Window] = field(default_factory=list)


_ID, _PERIOD, _PUBLISHED = attrgetter("id"), attrgetter("period"), attrgetter("published")


def fact_of(key: Key, readings: Sequence[Reading]) -> FactKey:
    """The fact, dated by the most common period among the readings (none if undated)."""
    metric, side, asset, venue, unit = key
    # counted in C, then the unknown dropped (most_common keeps first-seen order on ties)
    periods = Counter(map(_PERIOD, readings))
    periods.pop(None, None)
    start, end = periods.most_common(1)[0][0] if periods else (None, None)
    if start is None:
        dates = Counter(map(_PUBLISHED, readings))
        dates.pop(None, None)
        if dates and metric_policy(metric, unit).undated == "as_published":
            start = end = dates.most_common(1)[0][0]
    # every field comes from claims validated already (built once per window judged)
    fields: dict[str, Any] = {"metric": metric, "side": side, "asset": asset, "venue": venue}
    return FactKey.model_construct(unit=unit, period_start=start, period_end=end, **fields)


def judge(key: Key, readings: Sequence[Reading], ctx: AuditContext) -> Judged:
    """Every finding and consensus row of one fact key.

    Most windows hold one reading, or readings of one source that cannot be a scale
    apart; those are passed over without building modes (a fact with parts keeps its
    windows, for the part/whole check across sources).
    """
    metric, _, _, _, unit = key
    policy = metric_policy(metric, unit)
    judged = Judged()
    if policy.compare == "none":
        return judged
    if len(set(map(_ID, readings))) < len(readings):  # a claim id twice (two articles'): once each
        readings = list(dict(zip(map(_ID, readings), readings, strict=True)).values())
    settings = ctx.settings
    factors = scale_factors(unit)
    parts = bool(metric_policy(metric).parts)
    reported: set[str] = set()
    as_published = policy.undated == "as_published"
    peers = Peers(readings, ctx.family.get(key, ()))
    for window in (
        window
        for group in _news_groups(key, readings, ctx)
        for window in windows(group, as_published, settings.period_slack_days)
    ):
        several = len(window) > 1 and len({r.source for r in window}) > 1
        # no two figures a scale apart (a slip's are at least its factor over NEAR apart,
        # more than SLIP_ROOM allows): the window is framed for its agreement only
        apart = len(window) > 1 and may_slip(window, factors)
        if not (parts or (len(window) > 1 and (several or apart))):
            continue
        fact = fact_of(key, window)
        modes = frame(window, settings.tolerance, settings.conflict_max_ratio)
        found = slips(modes, ctx, reported, _constant(fact), peers=peers) if apart else []
        if policy.compare == "all" and several:
            found += frame_conflicts(fact, modes, ctx, reported)
        judged.findings += found
        judged.windows.append(Window(fact, modes))
        row = consensus(fact, modes, found, policy.compare == "all", ctx)
        if row is not None:
            judged.consensus.append(row)
    # a figure of a metric one holder owns that names none meets no news window (read once)
    news = not holderless(metric, key[2], key[3])
    for pool in pools(readings, ctx.pool):
        # no two figures of the pool a scale apart: none of its lengths holds a slip
        alikes = by_length(pool, settings.period_slack_days) if may_slip(pool, factors) else []
        for alike in alikes:
            if not may_slip(alike, factors):
                continue
            modes = frame(alike, settings.tolerance, settings.conflict_max_ratio)
            judged.findings += slips(
                modes, ctx, reported, _dated(key), settings.pooled_digits, spread=False, peers=peers
            )
        if news:
            judged.findings += undated_news(key, pool, ctx, reported, peers)
    return judged


def _news_groups(key: Key, readings: Sequence[Reading], ctx: AuditContext) -> list[list[Reading]]:
    """The readings judged together: all of them, or, for a count or a share that names neither
    coin nor venue (a country's users and a game's players, a tax rate and a revenue share),
    those of one news event (an article of no known event alone): such a figure may be
    anyone's, of any whole. A sum naming none (a round, a fine, a month's turnover) still
    meets other news: the same digits a thousand apart are a slip anywhere."""
    _, _, asset, venue, unit = key
    if asset is not None or venue is not None or unit not in _SHARES_AND_COUNTS:
        return [list(readings)]
    groups: dict[object, list[Reading]] = {}
    for r in readings:
        event = ctx.table.event(r.article)
        groups.setdefault(event if event is not None else ("article", r.article), []).append(r)
    return list(groups.values())


_SHARES_AND_COUNTS = frozenset({"%", "count", "ratio", "x"})


def undated_news(
    key: Key, pool: Sequence[Reading], ctx: AuditContext, reported: set[str], peers: Peers
) -> list[Finding]:
    """Scale slips between an undated page's undated figures and its news event's short
    windows.

    A page that gives no publication day still reports its news: an undated figure on it
    is news of the event's days, as an undated figure of a dated page is news of its own
    day. So within a news event it is judged as a member of each window of at most
    ``NEWS_DAYS`` days (a day, a 24-hour window, a week), with the window's rules: a
    place in a mode's spread, a bound's reach. Longer windows (a quarter's median round,
    a year) are other facts than the news's, and so is a figure of a metric one holder
    owns (a round, a fund's target) that names no holder but the market. Only a finding
    that joins an undated page's figure to a dated one is kept; the rest was judged
    already.

    Only a figure stated exactly joins a window. A bound or an estimate ("more than",
    "nearly", "below", "about") on a page with no day is as likely a total of a longer
    stretch its page could not date ("this year", "in March", "a decade ago"): its reach
    would span a thousand days' figures, so it meets the window by the pool's rule (the
    same digits) only. The window's own bounds keep their reach over an exact figure,
    unless its sentence names a longer stretch the page could not date ("this year",
    "in March", "since launch": ``audit_stretches.jsonl``).
    """
    unit = key[-1]  # the caller passes over a key whose metric one holder owns and names none
    if ctx.table.event(pool[0].article) is None:
        return []
    short: dict[Period, list[Reading]] = {}
    for reading in pool:
        if reading.period is not None and period_length(reading.period) <= NEWS_DAYS:
            short.setdefault(reading.period, []).append(reading)
    if not short:
        return []  # no window of the news's days: the cue scans below would decide nothing
    exact = [r for r in pool if r.period is None and r.published is None and r.qualifier == "exact"]
    factors = scale_factors(unit)
    both = factors + tuple(1 / f for f in factors)
    candidates = _scaled(exact, both)
    if not any(_near(candidates, dated) for dated in short.values()):
        return []  # none comes near a window even before its words are read (the cheap test)
    undated = [r for r in exact if not names_a_stretch(r.sentence, r.quote)]
    if not undated:
        return []
    scaled = _scaled(undated, both)
    settings = ctx.settings
    unknown = {r.id for r in undated}
    found: list[Finding] = []
    for period in sorted(short):
        if not _near(scaled, short[period]):
            continue
        window = short[period] + undated
        modes = frame(window, settings.tolerance, settings.conflict_max_ratio)
        fact = fact_of(key, short[period])
        for finding in slips(modes, ctx, set(reported), _constant(fact), peers=peers):
            cited = {c.claim_id for c in finding.claims}
            if cited & unknown and cited - unknown and not cited & reported:
                found.append(finding)
                reported.update(cited)
    return found


def _scaled(readings: Sequence[Reading], factors: Sequence[float]) -> list[float]:
    """The readings' sizes times each factor, sorted."""
    return sorted(abs(r.value * f) for r in readings for f in factors)


def _near(scaled: Sequence[float], dated: Sequence[Reading]) -> bool:
    """Whether one of the undated figures' scaled sizes (sorted) comes near the sizes of a
    window's figures: the cheap test before the window is framed with them."""
    reach = span(r.value for r in dated)
    if reach is None:
        return False
    at = bisect_left(scaled, reach[0])
    return at < len(scaled) and scaled[at] <= reach[1]


def may_slip(readings: Sequence[Reading], factors: tuple[float, ...]) -> bool:
    """Whether two of the figures are far enough apart to be a scale slip of each other."""
    if not factors:  # a unit with no scale words (a percent) never slips
        return False
    sizes = [abs(r.value) for r in readings if r.value]
    if len(sizes) < 2:
        return False
    return max(sizes) >= min(sizes) * min(factors) / SLIP_ROOM


def _constant(fact: FactKey) -> Callable[[Sequence[Reading]], FactKey]:
    return lambda _: fact


def _dated(key: Key) -> Callable[[Sequence[Reading]], FactKey]:
    """The fact of a pool's finding, dated by the readings found out of scale."""
    return lambda readings: fact_of(key, readings)


def _arrival(reading: Reading) -> tuple[int, int]:
    return (reading.article, reading.start)


def consensus(
    fact: FactKey, modes: Frame, found: Sequence[Finding], compared: bool, ctx: AuditContext
) -> Consensus | None:
    """What the sources of one window agree on; None when there is no one figure to show."""
    main = modes.main
    if main is None:
        return None
    roles: dict[str, ClaimRole] = {
        c.claim_id: c.role for f in found for c in f.claims if c.role != "supported"
    }
    own = {r.id for r in main.readings}
    outliers = [r for m in modes.modes for r in m.readings if r.id in roles and r.id not in own] + [
        r for r in [*modes.violating, *modes.stray] if r.id in roles
    ]
    sources = ctx.sources(main.backing) | ctx.sources(outliers)
    if not ((compared and len(sources) > 1) or found) or len(main.readings) + len(outliers) < 2:
        return None
    best = main.supported(ctx.settings.tolerance)
    values = [r.value for r in main.members] or [best.value]
    return Consensus(
        fact=fact,
        value=best.value,
        quote=best.quote,
        centre=main.centre(),
        spread_low=min(values),
        spread_high=max(values),
        sources=len(sources),
        agreeing=len(main.sources),
        claims=len(main.readings) + len(outliers),
        publishers=list(
            dict.fromkeys(ctx.publisher(r) for r in sorted(main.backing, key=_arrival))
        ),
        outliers=[ctx.cite(r, roles[r.id]) for r in outliers],
        finding_ids=list(dict.fromkeys(f.id for f in found)),
    )
