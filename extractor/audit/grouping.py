"""Group claims into facts: same metric, side, scope and unit over the same window.

Different metrics never share a group (long liquidations are not total liquidations;
the part/whole check relates those). Dated claims are linked when their periods are the
same window. A claim whose text gives no time joins the window its own source states
the same kind of figure in, when there is exactly one. Otherwise nothing shows which
moment it means, so it is pooled with the figures of its news event (the articles'
``event``), or of its own source when no event is known, and such a pool is searched
for scale slips only: matching digits show one fact, differing values do not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from extractor.audit.periods import Period, counted_back, period, same_window
from extractor.audit.policy import metric_policy
from extractor.models import Claim, FactKey

Key = tuple[str, str | None, str | None, str | None, str]
Label = Callable[[Claim], str | None]


@dataclass
class FactGroup:
    """Claims about one fact, in input order; a pool of undated figures if ``pooled``."""

    key: Key
    claims: list[Claim] = field(default_factory=list)
    pooled: bool = False

    def fact(self) -> FactKey:
        """The fact, dated by the most common period among its claims (none if pooled)."""
        metric, side, asset, venue, unit = self.key
        periods = [p for p in map(period, self.claims) if p is not None]
        if self.pooled or not periods:
            start, end = None, None
        else:
            start, end = max(periods, key=periods.count)
        return FactKey.model_validate(
            {
                "metric": metric,
                "side": side,
                "asset": asset,
                "venue": venue,
                "unit": unit,
                "period_start": start,
                "period_end": end,
            }
        )


def fact_key(claim: Claim) -> Key:
    """What makes two claims candidates for the same fact, before their periods."""
    return (claim.metric, claim.side, claim.asset, claim.venue, claim.unit)


def fact_groups(
    claims: Iterable[Claim], source: Callable[[Claim], str], event: Label, slack_days: int
) -> list[FactGroup]:
    """Claims grouped by fact; metrics the policy never compares are left out."""
    by_key: dict[Key, list[Claim]] = defaultdict(list)
    for claim in claims:
        if metric_policy(claim.metric, claim.unit).compare != "none":
            by_key[fact_key(claim)].append(claim)
    groups: list[FactGroup] = []
    for key, members in by_key.items():
        windows, undated = _split(members, source, slack_days)
        groups.extend(FactGroup(key, w) for w in windows)
        pools = _pools(members, undated, source, event)
        groups.extend(FactGroup(key, p, pooled=True) for p in pools)
    return groups


def _split(
    claims: Sequence[Claim], source: Callable[[Claim], str], slack_days: int
) -> tuple[list[list[Claim]], list[Claim]]:
    """Windows of one key (undated claims attached where unambiguous), and the rest."""
    windows = _windows([c for c in claims if period(c) is not None], slack_days)
    undated: list[Claim] = []
    for claim in claims:
        if period(claim) is not None:
            continue
        homes = [w for w in windows if any(source(c) == source(claim) for c in w)]
        if len(homes) == 1:
            homes[0].append(claim)
        else:
            undated.append(claim)
    order = {id(claim): i for i, claim in enumerate(claims)}
    return [sorted(w, key=lambda c: order[id(c)]) for w in windows], undated


def _pools(
    claims: Sequence[Claim], undated: Sequence[Claim], source: Callable[[Claim], str], event: Label
) -> list[list[Claim]]:
    """Undated claims pooled by event (with that event's dated claims) or else by source."""
    pools: dict[str, list[Claim]] = defaultdict(list)
    for claim in undated:
        pools[_pool_label(claim, source, event)].append(claim)
    for claim in claims:
        label = f"event:{event(claim)}"
        if period(claim) is not None and label in pools:
            pools[label].append(claim)
    order = {id(claim): i for i, claim in enumerate(claims)}
    return [sorted(p, key=lambda c: order[id(c)]) for p in pools.values() if len(p) > 1]


def _pool_label(claim: Claim, source: Callable[[Claim], str], event: Label) -> str:
    label = event(claim)
    return f"event:{label}" if label else f"source:{source(claim)}"


def _windows(claims: Sequence[Claim], slack_days: int) -> list[list[Claim]]:
    """Dated claims grouped so that every two periods in a group are the same window.

    Periods are placed most common first, each into the first group all of whose
    periods it matches: a day, the 24 hours around it and the three days around those
    do not chain into one window.
    """
    by_period: dict[tuple[Period, bool], list[Claim]] = defaultdict(list)
    for claim in claims:
        known = period(claim)
        if known is not None:
            by_period[known, counted_back(claim)].append(claim)
    windows: list[list[tuple[Period, bool]]] = []
    for key in sorted(by_period, key=lambda k: (-len(by_period[k]), k)):
        home = next((w for w in windows if all(_same(key, other, slack_days) for other in w)), None)
        if home is None:
            windows.append([key])
        else:
            home.append(key)
    return [[c for key in w for c in by_period[key]] for w in windows]


def _same(a: tuple[Period, bool], b: tuple[Period, bool], slack_days: int) -> bool:
    return same_window(a[0], b[0], slack_days, counted=a[1] and b[1])
