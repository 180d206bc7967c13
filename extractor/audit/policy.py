"""What the audit compares and how: settings, per-metric policy and scale factors.

The per-metric policy (``audit_metrics.jsonl``), the scale slips looked for per unit
(``audit_scales.jsonl``) and the largest figure a unit can hold (``audit_limits.jsonl``)
are data under ``extractor/data``; each line is validated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractor.audit.per_unit import base_unit
from extractor.lexicon import assets, load
from extractor.models import METRICS, SIDES

Compare = Literal["all", "scale_only", "none"]
Undated = Literal["as_published", "not_compared"]
SizedBy = Literal["metric", "asset"]
STRICTNESS: dict[str, int] = {"all": 0, "scale_only": 1, "none": 2}


@dataclass(frozen=True)
class AuditSettings:
    """Thresholds of one audit run."""

    tolerance: float = 0.05
    """Relative gap tolerated between figures beyond their written precision (moving data)."""
    open_bound_cap: float = 2.0
    """"More than X" is taken as at most this times X when weighing which figures agree."""
    conflict_max_ratio: float = 3.0
    """Figures further apart than this factor (and no scale slip) are two facts, not one."""
    near_duplicate: float = 0.5
    """Share of shingles two articles must have in common to count as one source."""
    period_slack_days: int = 1
    """Windows counted back from publication whose ends differ by this many days are one."""
    pooled_digits: int = 2
    """Across windows of one news event, a scale slip needs this many digits written alike."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _MetricEntry(_Entry):
    """A line about one metric of the extraction's list (``*``: any)."""

    metric: str

    @field_validator("metric")
    @classmethod
    def _known_metric(cls, metric: str) -> str:
        if metric not in (*METRICS, "*"):
            raise ValueError(f"unknown metric {metric!r}")
        return metric


class MetricPolicy(_MetricEntry):
    """How a metric (``*``: any), or its figures in one unit, are audited.

    ``compare``: fully, for scale slips only, or not at all. ``undated``: a figure written
    without a date is a reading as of its article's publication day (a level), or is not
    compared for conflicts at all (a flow or an event's amount, whose window is unknown).
    ``sized_by``: whether figures of the metric are alike in size across assets (flows,
    liquidations) or only within one asset (a coin's price). ``owned``: figures of one
    holder's or company's metric; one that names no coin, company or venue may be anyone's
    (two companies' rounds of one quarter), so it conflicts only with articles filed under
    the same news event. ``at_most``: metrics whose dollar figure of the same holder bounds
    this one's (money a company raises is part of what it is worth afterwards). ``kin``:
    metrics the same figure of the same holder is often filed under (an exchange's "loss"
    in a hack is the hack's haul), met for scale slips only. ``family``: metrics other
    outlets file the same holder's figure of the same day under ("Bitcoin Miners Profit $107
    Million" for the day's revenue, an exchange's "loss" for the hack's haul): their figures
    only tell which of two split figures slipped (the same fact elsewhere in the news),
    never meet them (a profit per share is no slip of the revenue). ``forms_are_coin``: figures of
    a holding or a haul that one outlet may count in a coin and another in its wrapped or
    staked form (a hack's haul, a loss, holdings, a transaction), where the forms are the
    coin for scale slips (:mod:`unlabelled`); every other metric (trading volume, value
    locked, market value, open interest, supply) measures the token itself. ``per_unit``:
    figures counted per coin or share by nature (a price, a cost basis), never filed apart
    from the metric's other figures when their words say "per" (:mod:`per_unit`).
    """

    metric: str
    unit: str | None = None
    compare: Compare = "all"
    parts: list[str] = []
    undated: Undated = "not_compared"
    sized_by: SizedBy = "metric"
    owned: bool = False
    additive: bool = False
    at_once: bool = False
    forms_are_coin: bool = False
    per_unit: bool = False
    counted_in: list[str] = []
    at_most: list[str] = []
    kin: list[str] = []
    family: list[str] = []
    why: str = ""

    @field_validator("counted_in", "at_most", "kin", "family")
    @classmethod
    def _known_metrics(cls, metrics: list[str]) -> list[str]:
        for metric in metrics:
            if metric not in METRICS:
                raise ValueError(f"unknown metric {metric!r}")
        return metrics

    @field_validator("parts")
    @classmethod
    def _known_sides(cls, parts: list[str]) -> list[str]:
        for side in parts:
            if side not in SIDES:
                raise ValueError(f"unknown side {side!r}")
        return parts


class ScalePolicy(_Entry):
    """Factors by which a figure in ``unit`` is mistyped (``*``: every other unit)."""

    unit: str = Field(min_length=1)
    factors: list[float] = Field(min_length=1)
    why: str = ""


class Limit(_MetricEntry):
    """The largest a figure of ``metric`` (``*``: any) in ``unit`` can be: more bitcoin than
    will ever exist, more people than live on Earth. Used only to tell which of two split
    figures slipped its scale word."""

    metric: str = "*"
    unit: str = Field(min_length=1)
    high: float = Field(gt=0)
    why: str = Field(min_length=1)


class Whole(_Entry):
    """An asset that stands for a whole market: its figures bound those of every asset it
    covers (all but ``except``) for the same metric and window."""

    asset: str = Field(min_length=1)
    except_: list[str] = Field(default=[], alias="except")
    why: str = Field(min_length=1)


@cache
def wholes() -> dict[str, frozenset[str]]:
    """Whole-market assets and the assets each does not cover (itself among them)."""
    return {e.asset: frozenset([e.asset, *e.except_]) for e in load("audit_wholes.jsonl", Whole)}


def covers(whole: str | None, part: str | None) -> bool:
    """Whether a figure of asset ``whole`` takes in a figure of asset ``part`` (itself
    included)."""
    if whole == part:
        return True
    left_out = wholes().get(whole or "")
    return left_out is not None and part not in left_out


@cache
def limit(metric: str, unit: str) -> Limit | None:
    """The limit of a metric's figures in a unit (the metric's own line first)."""
    entries = {(e.metric, e.unit): e for e in load("audit_limits.jsonl", Limit)}
    return entries.get((metric, unit)) or entries.get(("*", unit))


@cache
def metric_policies() -> dict[tuple[str, str | None], MetricPolicy]:
    """Policy per (metric, unit); a unit of None covers every unit of the metric."""
    entries = load("audit_metrics.jsonl", MetricPolicy)
    return {(entry.metric, entry.unit): entry for entry in entries}


@cache
def metric_policy(metric: str, unit: str | None = None) -> MetricPolicy:
    """The policy of a metric's figures in a unit.

    A line for the metric in that unit decides; otherwise the metric's own line and the
    unit's line both apply, and the stricter ``compare`` of the two wins ("other" counts
    are never compared, holdings counted in units are checked for scale slips only). A
    unit counted per unit ("USD per unit") has the policy of the unit it is written in.
    """
    unit = None if unit is None else base_unit(unit)
    policies = metric_policies()
    if (metric, unit) in policies:
        return policies[metric, unit]
    own = policies.get((metric, None)) or MetricPolicy(metric=metric)
    wide = policies.get(("*", unit))
    if wide is not None and STRICTNESS[wide.compare] > STRICTNESS[own.compare]:
        return own.model_copy(update={"compare": wide.compare})
    return own


@cache
def kin(metric: str) -> frozenset[str]:
    """The metrics kin to ``metric`` (named on either one's line), itself left out."""
    found = {k for (m, _), p in metric_policies().items() if m == metric for k in p.kin}
    found |= {m for (m, _), p in metric_policies().items() if metric in p.kin}
    return frozenset(found - {metric})


@cache
def family(metric: str) -> frozenset[str]:
    """The metrics whose figures tell which of two split figures of ``metric`` slipped: its
    ``family`` and its ``kin`` (named on either one's line), itself left out."""
    found = {k for (m, _), p in metric_policies().items() if m == metric for k in p.family}
    found |= {m for (m, _), p in metric_policies().items() if metric in p.family}
    return frozenset((found | kin(metric)) - {metric})


@cache
def scale_factors(unit: str) -> tuple[float, ...]:
    """The scale slips looked for between two figures in ``unit``."""
    unit = base_unit(unit)
    entries = {entry.unit: entry.factors for entry in load("audit_scales.jsonl", ScalePolicy)}
    return tuple(entries.get(unit) or entries.get("*") or ())


@cache
def scopes() -> frozenset[str]:
    """Assets that name a scope (the crypto market), not a holder (``assets.jsonl`` kind)."""
    return frozenset(entry.id for entry in assets() if entry.kind == "scope")


def holderless(metric: str, asset: str | None, venue: str | None) -> bool:
    """Whether a figure of a metric one holder owns (a round, a fund, a fine) names none:
    no venue and no asset but a scope. Such a figure may be anyone's."""
    return venue is None and (asset is None or asset in scopes()) and metric_policy(metric).owned
