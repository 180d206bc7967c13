"""Which of two split figures slipped: the evidence beyond the fact's own sources.

When as many independent sources give "$1.49 billion" as give "$1.49 million", the votes
cannot say which scale word slipped. Other evidence can, asked in turn, the nearest
first; the first that singles out one side (and not the other) decides:

1. its own sentence: the figures of its kind beside it are a scale off it, and the size
   of the other side ("$105 million on Tuesday, $133 billion on Wednesday");
2. the same fact elsewhere in the news event: other sources give the other side's
   figure in another window ("$3.3 billion" dated March 11 beside an undated one);
3. its window: it is an open bound that the window's figures, from two sources or more,
   all break ("more than $10 billion" where the quarter's total is $4.5 billion);
4. its own article's arithmetic: it takes part in a computation that does not add up
   ("632,457 BTC acquired for $46.50 million at $73,527 per bitcoin"), or the other
   figure takes part in one that does; or its own article's ranking (``ranks``): its
   sentence calls it the least of its kind, yet of the two or more figures its article
   gives under its labels and window one is far below it ("the least-funded group ... $3
   billion" beside "$626 million");
5. the limit of its metric in its unit (``audit_limits.jsonl``): more bitcoin than will
   ever exist, more traders than people on Earth, a price at which a coin's least supply
   (``supply``) would be worth more than all the world's wealth;
6. a whole that cannot hold it, or a part it cannot hold (``wholes``): a quarter's
   market-wide "$4.5 million" of venture funding below June's "$2.5 billion", one
   company's "$29 billion" above the quarter's "$4.5 billion"; a market value below the
   least value of a coin it takes in, at the news event's own price of that coin
   (``supply``): the crypto market's "$3.52 billion" where the news prices ether at
   $3,647; money a company raises more than twice its own market value in the news
   (``at_most``): a share sale's "$309.9 billion" beside a "$112 billion" market cap;
7. its price per coin (``valuation``): "$512 billion" of holdings over the same holder's
   4,710 BTC is $109 million a bitcoin, where the news gives $108,800 and the other side
   fits; or, where the news prices no such coin, far above the most the coin had ever
   traded at by then (``supply``): "120,000 ether worth $320 billion" in 2022;
8. the other figures of its metric and unit in the same news event (``sizes``): the
   day's other spot-ETF flows crowd around hundreds of millions, none near $1 million.
   Figures of one metric mix totals, single deals and medians, so only a crowd on one
   side and (nearly) none on the other decides;
9. restatement: a source of the other side states its figure twice (headline and body),
   every source of ours only once: a slipped scale word is a typo, rarely made twice.

When none decides, the finding stays a dispute with both figures named.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Sequence
from datetime import date
from operator import attrgetter

from extractor.audit.context import AuditContext
from extractor.audit.modes import SAME_DIGITS, statements
from extractor.audit.policy import limit
from extractor.audit.ranks import rank_of
from extractor.audit.readings import Reading, one_length
from extractor.audit.supply import MONEY, price_cap
from extractor.audit.valuation import Priced
from extractor.audit.wholes import MARGIN
from extractor.audit.wording import amount, metric_words


class Peers:
    """Every reading of one fact key, sorted by value when first asked: the same fact's
    figures in the other windows of its news event. ``family``: the same holder's figures
    other outlets file under a metric of its family (``family`` in ``audit_metrics.jsonl``:
    the day's revenue beside a headline's "profit"), which state the same fact too."""

    def __init__(self, readings: Sequence[Reading], family: Sequence[Reading] = ()) -> None:
        self._readings = readings
        self._family = family
        self._values: list[float] = []
        self._ordered: list[Reading] = []
        self._windows: dict[object, list[Reading]] | None = None

    def in_window(self, reading: Reading, ctx: AuditContext) -> list[Reading]:
        """The readings of the same period and pool as ``reading`` (indexed on first use)."""
        if self._windows is None:
            self._windows = {}
            for other in self._readings:
                if other.period is not None:
                    self._windows.setdefault((other.period, ctx.pool(other)), []).append(other)
        if reading.period is None:
            return []
        return self._windows.get((reading.period, ctx.pool(reading)), [])

    def sources_stating(
        self,
        value: float,
        pools: set[Hashable],
        leave_out: set[str],
        ctx: AuditContext,
        period: tuple[date, date] | None = None,
    ) -> set[int]:
        """Sources of the pools that give ``value`` with the same digits, outside the
        readings being weighed, for a period of about the length of ``period`` (a
        quarter's figure says nothing of a year's)."""
        if not self._ordered:
            self._ordered = sorted([*self._readings, *self._family], key=attrgetter("value"))
            self._values = [r.value for r in self._ordered]
        slack = SAME_DIGITS * abs(value)
        begin = bisect_left(self._values, value - slack)
        end = bisect_right(self._values, value + slack)
        return {
            r.source
            for r in self._ordered[begin:end]
            if r.id not in leave_out and ctx.pool(r) in pools and one_length(r.period, period)
        }


def slipped(
    ours: Sequence[Reading],
    theirs: Sequence[Reading],
    ctx: AuditContext,
    peers: Peers | None = None,
) -> str:
    """Why ``ours`` (not ``theirs``) is the slipped figure, in words; "" when nothing says."""
    elsewhere = _elsewhere(peers) if peers is not None else None
    broken = _broken(peers) if peers is not None else None
    ranked = _ranked(peers) if peers is not None else None
    rules = (
        _sentence,
        elsewhere,
        broken,
        _arithmetic,
        _adds_up,
        ranked,
        _beyond_limit,
        _whole,
        _below_coin,
        _above_worth,
        _priced,
        _above_high,
        _event,
        _restated,
    )
    for rule in rules:
        if rule is None:
            continue
        ours_off, why = rule(ours, theirs, ctx)
        theirs_off, _ = rule(theirs, ours, ctx)
        if ours_off != theirs_off:
            return why if ours_off else ""
    return ""


Verdict = tuple[bool, str]
Rule = Callable[[Sequence[Reading], Sequence[Reading], AuditContext], Verdict]


def _elsewhere(peers: Peers) -> Rule:
    """Other sources give the other side's figure for the same fact elsewhere in the news
    event (another window: "$3.3 billion" on March 11 and "$3.3 billion" undated); none
    gives ours."""

    def rule(ours: Sequence[Reading], theirs: Sequence[Reading], ctx: AuditContext) -> Verdict:
        pools = {ctx.pool(r) for r in [*ours, *theirs]}
        leave_out = {r.id for r in [*ours, *theirs]}
        period = ours[0].period or theirs[0].period
        backing = peers.sources_stating(theirs[0].value, pools, leave_out, ctx, period)
        if not backing or peers.sources_stating(ours[0].value, pools, leave_out, ctx, period):
            return False, ""
        return True, (
            f"{len(backing)} other source{'s' if len(backing) > 1 else ''} give"
            f"{'' if len(backing) > 1 else 's'} “{theirs[0].quote}” for the same fact "
            f"elsewhere in the news"
        )

    return rule


BREAKERS = 2  # independent sources whose figures must break an open bound


def _broken(peers: Peers) -> Rule:
    """Our figure is an open bound that every figure of the same window breaks, given by
    at least two sources ("more than $10 billion" where two outlets give the quarter's
    $4.5 billion); the other side's bound holds for them."""

    def rule(ours: Sequence[Reading], theirs: Sequence[Reading], ctx: AuditContext) -> Verdict:
        if not all(r.lower_only or r.upper_only for r in ours):
            return False, ""
        tolerance = ctx.settings.tolerance
        weighed = {r.id for r in [*ours, *theirs]}
        for bound in ours:
            values = [
                r
                for r in peers.in_window(bound, ctx)
                if r.bounded and not r.doubtful and r.id not in weighed
            ]
            if len({r.source for r in values}) < BREAKERS:
                return False, ""
            if bound.lower_only:
                breaks = all(r.hi < bound.lo * (1 - tolerance) for r in values)
            else:
                breaks = all(r.lo > bound.hi * (1 + tolerance) for r in values)
            if not breaks:
                return False, ""
        first = ours[0]
        return True, (
            f"the figures {len({r.source for r in values})} sources give for the same window "
            f"break the bound “{first.quote}”"
        )

    return rule


RANKED = 2  # figures of its kind an article must give for one to be called the least


def _ranked(peers: Peers) -> Rule:
    """Our figure's sentence calls it the least of its kind, yet of the two or more
    figures its article gives under the same labels and window, one is far below it: "the
    least-funded group ... $3 billion" beside "$626 million"."""

    def rule(ours: Sequence[Reading], theirs: Sequence[Reading], ctx: AuditContext) -> Verdict:
        weighed = {r.id for r in [*ours, *theirs]}
        below = 0
        for reading in ours:
            if rank_of(reading.sentence) is None:  # the cheap test first
                return False, ""
            others = [
                r.hi
                for r in peers.in_window(reading, ctx)
                if r.article == reading.article
                and r.bounded
                and not r.doubtful
                and r.id not in weighed
            ]
            if len(others) < RANKED:
                return False, ""
            below = sum(reading.lo > MARGIN * hi for hi in others)
            if not below:
                return False, ""
        return True, (
            f"its sentence calls “{ours[0].quote}” the least of its kind, but its own article "
            f"gives {'a figure' if below == 1 else f'{below} figures'} of the same kind and "
            f"window far below it"
        )

    return rule


MIN_NEAR = 2  # the event's figures that must crowd around the other side
CROWD = 4  # ... and how many times as many as around ours


def _sentence(ours: Sequence[Reading], theirs: Sequence[Reading], _: AuditContext) -> Verdict:
    """Our figure is a scale off the figures of its kind beside it in its sentence, where
    the other side's figure fits among them (within a factor of ten)."""
    beside = {(t.article, t.sentence) for t in theirs}  # their figure is no neighbour of ours
    sized = [r for r in ours if not math.isnan(r.context) and (r.article, r.sentence) not in beside]
    if not sized:
        return False, ""
    ours_off = all(abs(math.log10(abs(r.value)) - r.context) >= 2 for r in sized if r.value)
    theirs_fit = any(
        abs(math.log10(abs(t.value)) - r.context) <= 1 for r in sized for t in theirs if t.value
    )
    why = (
        f"the figures of this kind beside “{sized[0].quote}” in its own sentence are the "
        f"size of “{theirs[0].quote}”"
    )
    return ours_off and theirs_fit, why


def _arithmetic(ours: Sequence[Reading], _: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """Our figure is part of a computation of its own article that does not add up."""
    off = next((r for r in ours if r.id in ctx.in_arithmetic), None)
    if off is None:
        return False, ""
    return True, f"“{off.quote}” does not add up with the other figures of its own article"


def _adds_up(ours: Sequence[Reading], theirs: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """The other figure adds up with its own article's other figures; ours does not."""
    vouched = next((r for r in theirs if r.id in ctx.adds_up), None)
    if vouched is None or any(r.id in ctx.adds_up for r in ours):
        return False, ""
    return True, f"“{vouched.quote}” adds up with the other figures of its own article"


def _beyond_limit(ours: Sequence[Reading], _: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """Our figure is more than its metric can ever be in its unit, or a price at which its
    coin's least supply would outweigh the world's wealth."""
    first = ours[0]
    cap = limit(first.metric, first.unit)
    if cap is not None and all(abs(r.value) > cap.high for r in ours):
        return True, f"“{first.quote}” is more than {amount(cap.high, first.unit)}: {cap.why}"
    caps = [price_cap(r) for r in ours]
    if all(c is not None and abs(r.value) > c[0] for r, c in zip(ours, caps, strict=True)):
        high, why = caps[0]  # type: ignore[misc]
        return True, f"“{first.quote}” is more than {amount(high, first.unit)}: {why}"
    return False, ""


def _whole(ours: Sequence[Reading], _: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """Our figure is far above a market-wide total that takes it in, or far below a part
    of its own total (another window inside it, one company's share)."""
    for reading in ours:
        broken = ctx.wholes.breaks(reading, ctx.pool(reading))
        if broken is not None:
            kind, value = broken
            other = amount(value, reading.unit)
            why = (
                f"a total that takes in “{reading.quote}” is {other} at most"
                if kind == "whole"
                else f"“{reading.quote}” takes in a part of at least {other}"
            )
            return True, why
    return False, ""


def _below_coin(ours: Sequence[Reading], _: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """Our market value is far below the least value of a coin it takes in, at the news
    event's own price of that coin."""
    found = [ctx.valuation.least_worth(r, ctx.pool(r)) for r in ours]
    if not all(f is not None and r.hi * MARGIN < f[0] for r, f in zip(ours, found, strict=True)):
        return False, ""
    worth, coin = found[0]  # type: ignore[misc]
    return True, (
        f"at the news's own price of {coin}, the {coin} that exist are worth at least "
        f"{amount(_rounded(worth), MONEY)}, far more than “{ours[0].quote}”"
    )


def _above_worth(ours: Sequence[Reading], _: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """Our figure is far above a figure of its holder that bounds it: one share sale raising
    more than twice the company's market value."""
    found = [ctx.valuation.above_bound(r, ctx.pool(r)) for r in ours]
    if not all(found):
        return False, ""
    bound, metric = found[0]  # type: ignore[misc]
    return True, (
        f"“{ours[0].quote}” is more than twice the {metric_words(metric, None)} the news gives "
        f"its {ours[0].asset}, {amount(_rounded(bound), MONEY)}"
    )


def _priced(ours: Sequence[Reading], theirs: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """Our dollar figure gives no price per coin near the news's own, the other's does."""
    split = _price_split(ctx.valuation.judged, ours, theirs, ctx)
    if split is None:
        return False, ""
    misfit, fits = split
    return True, (
        f"over the coin amount it counts, “{ours[0].quote}” is "
        f"{amount(_rounded(misfit.price), MONEY)} a {misfit.coin}, far from the news's own "
        f"price, and “{theirs[0].quote}” is {amount(_rounded(fits.price), MONEY)}"
    )


def _above_high(ours: Sequence[Reading], theirs: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """Our dollar figure, over the coin amount it counts, is a price far above any its coin
    had ever traded at up to its day; the other's is not."""
    split = _price_split(ctx.valuation.above_high, ours, theirs, ctx, every=True)
    if split is None:
        return False, ""
    misfit, fits = split
    coin = misfit.coin
    return True, (
        f"over the coin amount it counts, “{ours[0].quote}” is "
        f"{amount(_rounded(misfit.price), MONEY)} a {coin}, far above the most {coin} had "
        f"ever traded at by then, and “{theirs[0].quote}” is "
        f"{amount(_rounded(fits.price), MONEY)}"
    )


def _price_split(
    judge: Callable[[Reading, Hashable], Priced | None],
    ours: Sequence[Reading],
    theirs: Sequence[Reading],
    ctx: AuditContext,
    *,
    every: bool = False,
) -> tuple[Priced, Priced] | None:
    """Our first price per coin that ``judge`` finds off, and the other's first that fits,
    when none of ours fits (``every``: and each of ours gives a price)."""
    ours_priced = [judge(r, ctx.pool(r)) for r in ours]
    theirs_priced = [judge(r, ctx.pool(r)) for r in theirs]
    fits = next((p for p in theirs_priced if p is not None and p.fits), None)
    misfits = [p for p in ours_priced if p is not None]
    if fits is None or not misfits or any(p.fits for p in misfits):
        return None
    if every and None in ours_priced:
        return None
    return misfits[0], fits


def _rounded(value: float) -> float:
    """Three significant digits: a computed price, not a figure anyone wrote."""
    return float(f"{value:.3g}")


def _event(ours: Sequence[Reading], theirs: Sequence[Reading], ctx: AuditContext) -> Verdict:
    """The event's other figures of our metric and unit (of every asset, or of our own
    when the metric is sized by asset) crowd around the other side's size, not ours."""
    first = ours[0]
    pools = [ctx.pool(r) for r in [*ours, *theirs]]
    leave_out = [*ours, *theirs]
    near_ours = ctx.sizes.near(pools, first, _log(ours), leave_out)
    near_theirs = ctx.sizes.near(pools, first, _log(theirs), leave_out)
    off = near_theirs >= MIN_NEAR and near_theirs >= CROWD * near_ours
    why = (
        f"{near_theirs} other {first.metric.replace('_', ' ')} figures reported with them "
        f"are within a factor of ten of “{theirs[0].quote}”, {near_ours} of “{ours[0].quote}”"
    )
    return off, why


def _log(readings: Sequence[Reading]) -> float:
    sizes = sorted(math.log10(abs(r.value)) for r in readings if r.value)
    return sizes[(len(sizes) - 1) // 2] if sizes else math.nan


def _restated(ours: Sequence[Reading], theirs: Sequence[Reading], _: AuditContext) -> Verdict:
    """Every source of ours states it once; a source of the other side states its figure
    again (a headline and its body): a slipped scale word is a typo, rarely made twice."""
    ours_once = all(n == 1 for n in _per_source(ours).values())
    again = [source for source, n in _per_source(theirs).items() if n >= 2]
    if not (ours_once and again):
        return False, ""
    return True, f"“{theirs[0].quote}” is stated again in its own article, “{ours[0].quote}” once"


def _per_source(readings: Sequence[Reading]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for source, _, _ in statements(readings):
        counts[source] = counts.get(source, 0) + 1
    return counts
