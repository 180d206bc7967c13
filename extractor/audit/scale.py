"""Scale slips: a figure whose digits match another's after a factor of 10^3, 10^6 or 10^9.

Within a window, a figure times the factor that lands inside the honest spread of a mode
(its hull, widened by the tolerance) is a slip, however wide that spread: a "$2.67
million" among 24-hour liquidations that run from $2.2 billion to $2.7 billion. A figure
written coarser than the tolerance ("$2 million") needs the same digits as one of the
mode's figures, not merely a place in its spread.

"More than X" is a lower bound only. Within a window, scaled, it matches precise figures
it holds for that lie within its reach above it ("topped $1 million" against "$1.1
billion"; the reach is a quarter), however round the bound: a threshold is round by
nature. A figure written coarser than the tolerance ("$2M"), two bounds, or a bound and
a figure across windows, match only with the same digits. A bound that backs a figure of
its window ("above $10 million" beside a $25 million round) still states a figure of its
own and may be the twin of a slipped bound ("above $10 billion"), but only of a bound
with the same digits: it has an honest home, so neither reach nor a stated value with its
digits ("$10 billion" raised over the quarter) makes it a slip. A coarse figure needs the
same digits as a figure a mode states, never as a bound that backs it.

Across the windows of one news event (a pool, where the modes are chained over all its
readings), a figure must agree with one of its partner's figures, not merely land in a
spread, and one written with fewer than ``pooled_digits`` significant digits needs the
same digits ("$4 million" against "$4 billion"); so does a partner written that coarsely
(a fund's "$1 billion" target, half a billion either way, is met by "$1 million", never by
a startup's "$1.2 million" round).

Figures of two stories (:mod:`extractor.audit.stories`: articles of two news events, or,
where an event is unknown, more than a week apart and naming no common subject beyond the
labels) are a slip only with the same digits, two or more: a place in the other's spread or
within its bound's reach is a collision of misread labels.

Doubtful readings never back a figure, and a reading whose scale word we did not read
whole from its own text (a range end sharing the other end's word, a cut-off word or
number) is never named as a slip.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from extractor.audit import explain, tiebreak
from extractor.audit.context import AuditContext
from extractor.audit.evidence import Evidence, weigh
from extractor.audit.findings import make
from extractor.audit.modes import SAME_DIGITS, Frame, Mode, statements
from extractor.audit.policy import scale_factors
from extractor.audit.readings import Reading
from extractor.audit.stretches import names_a_week
from extractor.models import FactKey, Finding

NEVER_SLIPPED = ("a range end", "its scale word is cut off", "its number is cut off")
ROUNDED_DIGITS = 2  # a figure written with fewer digits is the same as another's only exactly
REACH = 0.25  # how far above "more than X" (or below "under X") the true figure usually is
NEAR = 2.0  # a partner figure is within this factor of the scaled figure (bounds, spreads)

Kind = Literal["value", "lower", "upper"]


@dataclass
class Figure:
    """Readings that state one figure: a mode of values, or a run of alike open bounds."""

    readings: list[Reading]
    value: float
    kind: Kind
    precision: float
    digits: int
    mode: Mode | None = None
    doubtful: bool = False  # read with doubt throughout: never the basis of another's slip
    held: bool = False  # a bound that backs a mode: it has an honest home already

    @property
    def identity(self) -> int:
        return id(self.mode) if self.mode is not None else id(self.readings[0])

    def reach(self) -> float:
        """How far from an open bound the figure it bounds may lie."""
        return REACH


def can_slip(reading: Reading) -> bool:
    """Whether the reading's scale word is its own (so it can have slipped)."""
    return not (reading.doubtful and reading.doubtful.startswith(NEVER_SLIPPED))


def figures(frame: Frame, tolerance: float) -> list[Figure]:
    """Each mode of a frame, and each run of alike readings that no mode holds."""
    found: list[Figure] = []
    for mode in frame.modes:
        best = mode.supported(tolerance)
        kind: Kind = "value" if not mode.open else "lower" if best.lower_only else "upper"
        found.append(Figure(mode.readings, best.value, kind, best.precision, best.digits, mode))
        found[-1].doubtful = all(r.doubtful for r in mode.readings)
    # an open bound that backs a mode still states a figure of its own: "over $1 million"
    # beside a $3 million round may be the "$1 billion" of another statement, slipped
    held = [r for mode in frame.modes if mode.members for r in mode.bounds]
    loose = sorted([*frame.violating, *frame.stray, *held], key=lambda r: (_kind(r), r.value))
    backing = {id(r) for r in held}
    run: list[Reading] = []
    for reading in loose:
        if run and (
            _kind(reading) != _kind(run[0])
            or abs(reading.value - run[0].value) > SAME_DIGITS * abs(run[0].value)
        ):
            found.append(_run(run, backing))
            run = []
        run.append(reading)
    if run:
        found.append(_run(run, backing))
    return found


def _kind(reading: Reading) -> Kind:
    return "lower" if reading.lower_only else "upper" if reading.upper_only else "value"


def _run(run: list[Reading], backing: set[int]) -> Figure:
    first = run[0]
    doubtful = all(r.doubtful for r in run)
    held = any(id(r) in backing for r in run)
    return Figure(
        run, first.value, _kind(first), first.precision, first.digits, None, doubtful, held
    )


@dataclass(frozen=True)
class Rules:
    """How a scaled figure must meet its partner."""

    tolerance: float
    spread: bool  # a place anywhere in a mode's spread is enough
    min_digits: int  # fewer digits written: the same digits are needed


def _same_digits(value: float, digits: int, readings: Sequence[Reading]) -> bool:
    return any(alike(value, digits, r.value, r.digits) for r in readings)


def alike(a: float, a_digits: int, b: float, b_digits: int) -> bool:
    """Whether two figures (one scaled) are written with the same digits: equal, or the
    coarser is the finer rounded to its own digits, two or more ("$1.5 billion" and
    "$1.49 billion", "$2.7 million" and "$2.65 billion"; not "$1 billion" and "$1.2
    million": one digit says too little)."""
    if abs(a - b) <= SAME_DIGITS * abs(b):
        return True
    digits = min(a_digits, b_digits)
    if digits < ROUNDED_DIGITS or not a or not b:
        return False
    fine, coarse = (a, b) if a_digits > b_digits else (b, a)
    step = 10 ** (math.floor(math.log10(abs(fine))) - digits + 1)
    rounded = math.floor(abs(fine) / step + 0.5 + 1e-9) * step
    return abs(rounded - abs(coarse)) <= 1e-9 * abs(coarse) and (fine > 0) == (coarse > 0)


def meets(candidate: Figure, scaled: float, target: Figure, rules: Rules) -> bool:
    """Whether ``candidate`` times a factor (``scaled``) is the figure ``target`` states."""
    tol = rules.tolerance
    if candidate.kind != "value" and target.kind != "value":
        return candidate.kind == target.kind and _same_digits(
            scaled, candidate.digits, target.readings
        )
    if candidate.kind == "value" and target.kind == "value":
        mode = target.mode
        assert mode is not None
        if _coarse(candidate, rules) or all(_too_coarse(r, rules) for r in mode.members):
            return _same_digits(scaled, candidate.digits, mode.members)
        if rules.spread:
            return mode.holds(scaled, tol)
        # across windows a coarse member ("$1 billion": half a billion either way) backs
        # only its own digits, never a place in its written interval
        return any(
            _same_digits(scaled, candidate.digits, [r])
            if _too_coarse(r, rules)
            else r.lo - tol * abs(scaled) <= scaled <= r.hi + tol * abs(scaled)
            for r in mode.members
        )
    # one side is an open bound, the other states values
    bound, values = (candidate, target) if candidate.kind != "value" else (target, candidate)
    if bound.held:  # its honest home is the mode it backs: only another bound is its twin
        return False
    point = scaled if bound is candidate else bound.value
    stated = (
        [(scaled, candidate.digits)]
        if values is candidate
        else [(r.value, r.digits) for r in values.readings]
    )
    exact = any(alike(v, digits, point, bound.digits) for v, digits in stated)
    if exact or not rules.spread or _coarse(values, rules):
        return exact
    low, high = (scaled, scaled) if values is candidate else _hull(values)
    reach = bound.reach()
    if bound.kind == "lower":
        return high >= point * (1 - tol) and low <= point * (1 + reach)
    return low <= point * (1 + tol) and high >= point * (1 - reach)


def _too_coarse(reading: Reading, rules: Rules) -> bool:
    return reading.precision > rules.tolerance + 1e-9 or reading.digits < rules.min_digits


def _coarse(figure: Figure, rules: Rules) -> bool:
    """Written too coarsely to say more than its digits: every figure it stands for."""
    members = figure.mode.members if figure.mode is not None else []
    if members:
        return all(_too_coarse(r, rules) for r in members)
    return figure.precision > rules.tolerance + 1e-9 or figure.digits < rules.min_digits


def _hull(figure: Figure) -> tuple[float, float]:
    assert figure.mode is not None
    return figure.mode.lo, figure.mode.hi


def span(values: Iterable[float]) -> tuple[float, float] | None:
    """The sizes a scaled figure must lie within to come near one of ``values``: from the
    smallest over ``NEAR`` to the largest times it (None when every value is zero). The
    cheap test before modes are built, or a figure is compared with them."""
    sizes = [abs(v) for v in values if v]
    if not sizes:
        return None
    return min(sizes) / NEAR, max(sizes) * NEAR


def _targets_near(
    value: float, ordered: Sequence[Figure], starts: Sequence[float]
) -> Iterator[Figure]:
    """Value figures (sorted by their lows) whose spread may hold ``value``, nearest first."""
    at = bisect_left(starts, value)
    yield from ordered[max(at - 2, 0) : at + 2]


def slips(
    frame: Frame,
    ctx: AuditContext,
    reported: set[str],
    fact_for: Callable[[Sequence[Reading]], FactKey],
    min_digits: int = 0,
    spread: bool = True,
    peers: tiebreak.Peers | None = None,
) -> list[Finding]:
    """Scale slips among a frame's figures; ids of the readings judged go into ``reported``.

    A candidate with a reading already judged is skipped, and so is one none of whose
    readings can have slipped (that side is then only ever the backing).
    """
    rules = Rules(ctx.settings.tolerance, spread, min_digits)
    every = figures(frame, rules.tolerance)
    targets = [f for f in every if not f.doubtful]
    valued = sorted(
        (f for f in targets if f.kind == "value"), key=lambda f: f.mode.lo if f.mode else f.value
    )
    starts = [f.mode.lo if f.mode else f.value for f in valued]
    bounds = sorted((f for f in targets if f.kind != "value"), key=lambda f: f.value)
    bound_values = [f.value for f in bounds]
    reach = span(f.value for f in every)
    if reach is None:
        return []
    smallest, largest = reach
    found: list[Finding] = []
    pairs: set[tuple[int, int]] = set()
    for candidate in every:
        if any(r.id in reported for r in candidate.readings):
            continue
        if not any(can_slip(r) for r in candidate.readings):
            continue
        for factor in _both_ways(scale_factors(candidate.readings[0].unit)):
            scaled = candidate.value * factor
            if not smallest <= abs(scaled) <= largest:
                continue  # no figure of the frame is anywhere near it
            lo, hi = (
                bisect_left(bound_values, scaled / NEAR),
                bisect_right(bound_values, scaled * NEAR),
            )
            near = [*_targets_near(scaled, valued, starts), *bounds[lo:hi]]
            target = next(
                (
                    t
                    for t in near
                    if t is not candidate
                    and meets(candidate, scaled, t, rules)
                    and _one_story_or_twin(candidate, scaled, t, ctx)
                ),
                None,
            )
            if target is None or _lone_coincidence(candidate, target, rules):
                continue
            pair = (
                min(candidate.identity, target.identity),
                max(candidate.identity, target.identity),
            )
            if pair in pairs:
                continue
            pairs.add(pair)
            closeness = _closeness(scaled, target, rules.tolerance)
            fact = fact_for(candidate.readings)
            found.append(
                _finding(fact, target.readings, candidate.readings, factor, ctx, closeness, peers)
            )
            reported.update(r.id for r in candidate.readings + target.readings)
            break
    return found


def _one_story_or_twin(candidate: Figure, scaled: float, target: Figure, ctx: AuditContext) -> bool:
    """Whether two figures that meet are one story's (:mod:`extractor.audit.stories`), or
    else the same digits, two or more, written a scale apart: a place in another story's
    spread, or within its bound's reach, is a collision of misread labels ("$185.3 billion"
    of a stablecoin's supply against a payment firm's "$184 million" in one month)."""
    if ctx.one_story(candidate.readings, target.readings, candidate.readings[0].asset):
        return True
    return candidate.digits >= ROUNDED_DIGITS and any(
        r.digits >= ROUNDED_DIGITS and abs(scaled - r.value) <= SAME_DIGITS * abs(r.value)
        for r in target.readings
    )


def _lone_coincidence(candidate: Figure, target: Figure, rules: Rules) -> bool:
    """Across windows, one article giving two figures a scale apart as often as each other,
    alike in no more than ``min_digits`` digits ("$0.024" a token, "$24" a reward): two
    facts, most likely, unless the article dated them to windows that share their days.
    A figure the article restates ("$850 million" thrice, "$850 billion" once) or one of
    more digits ("$14.3" beside "$14.3 million") is still a slip."""
    if rules.spread or _windows_meet(candidate, target):
        return False
    sources = {r.source for r in candidate.readings} | {r.source for r in target.readings}
    even = len(statements(candidate.readings)) == len(statements(target.readings))
    return len(sources) == 1 and even and candidate.digits <= rules.min_digits


def _windows_meet(candidate: Figure, target: Figure) -> bool:
    """Whether every period of the two figures shares a day with every other: the article
    dated them as one stretch told twice ("weekly losses" to Tuesday, "this week" to
    Wednesday), as one window's figures are, not as two facts of unknown or other days."""
    readings = candidate.readings + target.readings
    periods = [r.period for r in readings]
    if any(p is None for p in periods):
        return False
    # overlap alone is no evidence (a day and "the past 24 hours" overlap in most articles):
    # both figures must be told as a week's
    if not all(names_a_week(r.sentence, r.quote) for r in readings):
        return False
    starts = [p[0] for p in periods if p is not None]
    ends = [p[1] for p in periods if p is not None]
    return max(starts) <= min(ends)


def _both_ways(factors: tuple[float, ...]) -> Iterator[float]:
    for factor in factors:
        yield factor
        yield 1 / factor


def _closeness(value: float, target: Figure, tolerance: float) -> float:
    """1 inside the target's spread (or at a bound), falling to ½ at the tolerance beyond."""
    mode = target.mode
    if mode is None or mode.open or (mode.lo <= value <= mode.hi) or not tolerance:
        return 1.0
    gap = min(abs(value - mode.lo), abs(value - mode.hi)) / max(abs(mode.lo), abs(mode.hi))
    return 1 - 0.5 * min(gap / tolerance, 1.0)


def _finding(
    fact: FactKey,
    backing: Sequence[Reading],
    slipped: Sequence[Reading],
    factor: float,
    ctx: AuditContext,
    closeness: float = 1.0,
    peers: tiebreak.Peers | None = None,
) -> Finding:
    """``slipped`` times ``factor`` agrees with ``backing``: name the side the votes reject,
    or, when they are split, the side other evidence gives away (see :mod:`tiebreak`)."""
    sides = weigh(backing, slipped)
    if sides.votes_against > sides.votes_for:  # the backing side is the odd one out
        sides, factor = weigh(slipped, backing), 1 / factor
    elif sides.votes_against == sides.votes_for:
        if why := tiebreak.slipped(slipped, backing, ctx, peers):
            sides = replace(sides, told_by=why)
        elif why := tiebreak.slipped(backing, slipped, ctx, peers):
            sides, factor = replace(weigh(slipped, backing), told_by=why), 1 / factor
    return _scale_error(fact, sides, factor, ctx, closeness)


def _scale_error(
    fact: FactKey, sides: Evidence, factor: float, ctx: AuditContext, closeness: float
) -> Finding:
    suspect_doubt = any(r.doubtful for r in sides.other)
    confidence = sides.attribution * closeness * (0.5 if suspect_doubt else 1.0)
    supported = _partner(sides, factor, ctx) if sides.named else None
    role_other = "suspect" if sides.named else "disputed"
    role_major = "supported" if sides.named else "disputed"
    cited = [(r, role_other) for r in sides.other] + [(r, role_major) for r in sides.majority]
    values = [r.value for r in sides.majority if r.bounded] or [r.value for r in sides.majority]
    return make(
        "scale_error",
        "high" if sides.named and not suspect_doubt else "medium",
        confidence,
        explain.scale_error(fact, sides, factor, supported, ctx),
        fact,
        cited,  # type: ignore[arg-type]
        ctx,
        supported_value=supported.value if supported else None,
        supported_quote=supported.quote if supported else None,
        spread_low=min(values) if supported else None,
        spread_high=max(values) if supported else None,
        factor=factor,
    )


def _partner(sides: Evidence, factor: float, ctx: AuditContext) -> Reading:
    """The supported figure: the one whose digits the slipped figure repeats, if one does,
    else the figure most sources back."""
    slipped = _best(sides.other, ctx).value * factor
    alike = [
        r
        for r in sides.majority
        if r.bounded and abs(r.value - slipped) <= SAME_DIGITS * abs(r.value)
    ]
    return _best(alike, ctx) if alike else _best(sides.majority, ctx)


def _best(readings: Sequence[Reading], ctx: AuditContext) -> Reading:
    """The figure most of the readings' sources back as written."""
    valued = [r for r in readings if r.bounded] or list(readings)
    mode = Mode(valued, min(r.lo for r in valued), max(r.hi for r in valued))
    return mode.supported(ctx.settings.tolerance)
