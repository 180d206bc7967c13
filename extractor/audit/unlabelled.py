"""Figures labelled apart from their twins: scale slips across a missing side, coin or venue,
or across kin metrics.

A figure of one metric and unit whose sentence names no side, coin or venue ("A second
$968 billion fine was also described as OFAC's largest settlement") is filed under a fact
key with that label empty, apart from the statements that name it ("OFAC's settlement
imposes a $968 million penalty on Binance"). Where, in one news event (or one article),
the figures of the metric and unit that fill the missing labels all fill them the same way
(one venue, one coin, one side), the unlabelled figures are about that fact as far as the
news tells, and are checked for scale slips against those of its figures whose period
overlaps theirs, give or take the period slack (last month's smaller exploit recalled in
a hack's story is another loss), by the rules of a news event's pool: the same digits
after a factor of 10^3, 10^6 or 10^9, never merely a place in a spread, and never a lone
coincidence of one article. They are never compared for conflicts: a figure without a
coin may be a hack's whole haul, its twin the ether part. Where the figures of its period
fill a label two ways (an ether part and a USDT part), nothing is met; a figure that states
one of those figures or their sum within the tolerance is that figure: never a slip, it
only backs that fact against a slip of its own figures, and only with the same digits (a
fund's coarse "$1 billion" beside a month's $1.02 billion of rounds spans half a billion:
a seed round's "$1.4 million" is no slip of it). Where two facts meet it (the
haul's ether figures and the exchange's loss, a kin metric), it is named only when both
find it the same factor off.

A coin and its wrapped or staked forms (``underlying`` in ``assets.jsonl``: wrapped ether,
staked ether) are one coin here for the metrics that opt in (``forms_are_coin`` in
``audit_metrics.jsonl``: a hack's haul, a loss, holdings, a transaction): they fill a
missing coin one way, and a figure naming one form meets the figures naming another, for
scale slips only (a bridge's haul counted in ether by one outlet and in the wrapped ether
it left unbacked by another is one haul). Trading volume, value locked, market value and
open interest measure the token itself: staked ether's volume is often a thousandth of
ether's. Where one article of the news event gives figures for two forms of the coin
(ether and staked ether taken in one hack), the forms are separate parts there.

A metric's ``kin`` (``audit_metrics.jsonl``) are metrics the same figure of the same holder
is often filed under: an exchange's "loss" in a hack is the haul, an issuer's Treasuries
"holdings" are its reserves. A figure that names its holder (a coin or a venue) is met
with its kin's figures that agree with every label it names in the same way, for scale
slips only; one that names neither ("a trader lost $1.4 million") may be anyone's.

The work is indexing the fact keys by their labels and scanning each key's readings once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from functools import cache
from itertools import product
from statistics import median

from extractor.audit.context import AuditContext
from extractor.audit.facts import Key, fact_of, may_slip
from extractor.audit.modes import SAME_DIGITS, frame
from extractor.audit.policy import kin, metric_policy, scale_factors
from extractor.audit.readings import Reading
from extractor.audit.scale import slips, span
from extractor.audit.tiebreak import Peers
from extractor.audit.windows import Period, by_length, overlap, window_of
from extractor.lexicon import assets
from extractor.models import Finding

LABELS = (1, 2, 3)  # side, asset and venue in a fact key
SIDE, ASSET, VENUE = LABELS


def unlabelled_slips(
    groups: Mapping[Key, list[Reading]], ctx: AuditContext, judged: Iterable[Finding]
) -> list[Finding]:
    """Scale slips between figures without a label (or of a kin metric) and the one fact
    that fills it in their news event; readings a scale finding already cites are left
    alone."""
    cited = {c.claim_id for f in judged if f.verdict == "scale_error" for c in f.claims}
    index = _index(groups)
    places = _Places(groups, ctx)
    found: list[Finding] = []
    # the figures that lack the fewest labels first: their twins are the nearest
    for key in sorted(
        (k for k in groups if _compared(k) and _open(k) and _fillable(k)), key=_order
    ):
        fillers = _fillers(key, index)
        if not fillers:
            continue
        for place, readings in places.of(key).items():
            own = [r for r in readings if r.id not in cited]
            homes = [k for k in fillers if place in places.of(k)] if own else []
            parts = _forms_apart([key, *homes], place, places)
            if parts and key[ASSET] is not None:  # another form is another part here
                homes = [k for k in homes if k[ASSET] == key[ASSET]]
            for dated, mine in _by_window(key, own).items():
                # the figures of each home whose period may be this one's
                theirs = {k: _partners(k, places.of(k)[place], dated, cited, ctx) for k in homes}
                theirs = {k: rs for k, rs in theirs.items() if rs}
                if not parts:
                    theirs = _one_coin(theirs)
                # parts of two coins fill the coin two ways: a figure without one may be the whole
                if not _one_way(key, list(theirs)):
                    continue
                # a figure that states one of theirs is that figure: it may back a slip of
                # theirs, never be one
                told = _unexplained(mine, list(theirs.values()), ctx)
                # by identity: told is drawn from mine (a reading's == compares every field)
                kept = {id(r) for r in told}
                stated = [r for r in mine if id(r) not in kept]
                mine = told
                met = [
                    m for m in (_judge(k, rs, mine, ctx, stated) for k, rs in theirs.items()) if m
                ]
                # when two facts meet it, which one it is cannot be told: it is named only
                # when every one finds the same figures a factor off (the best-backed told)
                ids = {r.id for r in mine}
                if met and all(_verdict(m, ids) == _verdict(met[0], ids) for m in met):
                    best = max(met, key=_named)
                    found += best
                    cited.update(c.claim_id for f in best for c in f.claims)
    return found


def _order(key: Key) -> tuple[int, tuple[str, ...]]:
    return (len(_missing(key)), _text(key))


def _compared(key: Key) -> bool:
    return metric_policy(key[0], key[4]).compare != "none" and bool(scale_factors(key[4]))


def _fillable(key: Key) -> bool:
    """Whether a key's missing labels may be filled from its news: a figure whose size
    depends on its coin (``sized_by`` in ``audit_metrics.jsonl``: a price, a cost per
    coin) without one may be any token's, a thousandth of the news's coin as often as not."""
    return key[ASSET] is not None or metric_policy(key[0]).sized_by != "asset"


def _open(key: Key) -> bool:
    """Whether a key may be another's, labelled less, under a kin metric or with its coin
    in another form."""
    return bool(_missing(key)) or bool(kin(key[0])) or len(_forms(key)) > 1


def _missing(key: Key) -> list[int]:
    """The labels a key lacks (a side is no lacking label of a metric with parts)."""
    whole = bool(metric_policy(key[0]).parts)
    return [i for i in LABELS if key[i] is None and not (i == SIDE and whole)]


def _index(groups: Mapping[Key, list[Reading]]) -> dict[tuple[object, ...], list[Key]]:
    """Each key under every view of it that keeps some of its labels (and forgets others)."""
    index: dict[tuple[object, ...], list[Key]] = defaultdict(list)
    for key in groups:
        for kept in product((True, False), repeat=len(LABELS)):
            view = tuple(key[i] if keep else None for i, keep in zip(LABELS, kept, strict=True))
            index[(key[0], key[4], kept, view)].append(key)
    return index


def _fillers(key: Key, index: Mapping[tuple[object, ...], list[Key]]) -> list[Key]:
    """The keys that agree with ``key`` on every label it has, of its metric (naming a
    label it lacks) or of a kin one that is compared. A metric with parts (long and short
    liquidations) lacks no side: without one, its figure is the whole."""
    missing = _missing(key)
    kept = tuple(i not in missing for i in LABELS)
    view = tuple(key[i] for i in LABELS)
    found = [
        other
        for other in index.get((key[0], key[4], kept, view), [])
        if other != key and any(other[i] is not None for i in missing)
    ]
    for form in _forms(key) - {key[ASSET]}:  # the same coin wrapped (or unwrapped)
        other = tuple(form if i == ASSET else key[i] for i in LABELS)
        found += index.get((key[0], key[4], kept, other), [])
    if key[ASSET] is None and key[VENUE] is None:
        return found  # a figure of no named holder (a trader's loss) may be anyone's: no kin
    for metric in sorted(kin(key[0])):
        found += [k for k in index.get((metric, key[4], kept, view), []) if _compared(k)]
    return found


def _verdict(found: Sequence[Finding], ids: set[str]) -> set[tuple[str, float | None]]:
    """The figures of ``ids`` a home's findings hold a scale off, each with its factor."""
    off = ("suspect", "disputed")
    return {
        (c.claim_id, f.factor)
        for f in found
        for c in f.claims
        if c.role in off and c.claim_id in ids
    }


def _named(found: Sequence[Finding]) -> int:
    """How many figures a home's findings name as the slip (not merely disputed)."""
    return sum(c.role == "suspect" for f in found for c in f.claims)


def _one_way(key: Key, homes: Sequence[Key]) -> bool:
    """Whether the homes fill each label ``key`` lacks with one value at most (the forms of
    one coin are merged into one home before, where they are the coin)."""
    return all(len({k[i] for k in homes if k[i] is not None}) <= 1 for i in _missing(key))


def _forms_apart(keys: Sequence[Key], place: Hashable, places: _Places) -> bool:
    """Whether one article of the place gives figures for two forms of one coin among the
    keys (ether and staked ether taken in one hack): separate parts, not one coin."""
    if all(len(_forms(k)) < 2 for k in keys):
        return False
    seen: dict[tuple[int, str | None], str | None] = {}
    for key in keys:
        if len(_forms(key)) < 2:
            continue
        coin = coin_of(key[ASSET])
        for reading in places.of(key).get(place, ()):
            other = seen.setdefault((reading.article, coin), key[ASSET])
            if other != key[ASSET]:
                return True
    return False


def _one_coin(homes: dict[Key, list[Reading]]) -> dict[Key, list[Reading]]:
    """Homes that differ only by a coin and its wrapped form, as one home (filed under the
    coin's key when there is one)."""
    merged: dict[Key, list[Reading]] = {}
    for key in sorted(homes, key=lambda k: (_folded(k) != k, _text(k))):
        folded = next((k for k in merged if _folded(k) == _folded(key)), key)
        merged.setdefault(folded, []).extend(homes[key])
    return merged


def _folded(key: Key) -> Key:
    metric, side, asset, venue, unit = key
    return (metric, side, _filled(ASSET, asset, metric), venue, unit)


def _text(key: Key) -> tuple[str, ...]:
    return tuple(part or "" for part in key)


def _filled(label: int, value: str | None, metric: str) -> str | None:
    return coin_of(value) if label == ASSET and metric_policy(metric).forms_are_coin else value


def coin_of(asset: str | None) -> str | None:
    """The coin a wrapped or staked token stands for (WETH → ETH); any other asset itself."""
    return _wrapped().get(asset or "", asset)


@cache
def _wrapped() -> dict[str, str]:
    return {a.id: a.underlying for a in assets() if a.kind == "crypto" and a.underlying}


@cache
def _forms(key: Key) -> frozenset[str | None]:
    """The key's coin and every wrapped or staked form of it (the asset alone if it has
    none, or unless the metric's figures of the forms are the coin's)."""
    asset = key[ASSET]
    if not metric_policy(key[0]).forms_are_coin:
        return frozenset({asset})
    coin = coin_of(asset)
    return frozenset({coin, *(w for w, c in _wrapped().items() if c == coin)})


def _unexplained(
    own: Sequence[Reading], homes: Sequence[Sequence[Reading]], ctx: AuditContext
) -> list[Reading]:
    """The figures of ``own`` that state none of the homes' figures, nor their sum, within
    the tolerance: a figure that does is that fact (or the whole), whatever else it meets."""
    tol = ctx.settings.tolerance
    stated = [r.value for readings in homes for r in readings]
    if len(homes) > 1:
        stated.append(sum(median(r.value for r in readings) for readings in homes))
    return [r for r in own if not any(abs(r.value - v) <= tol * abs(v) for v in stated)]


class _Places:
    """Each key's readings by news event, or else by article (worked out once per key)."""

    def __init__(self, groups: Mapping[Key, list[Reading]], ctx: AuditContext) -> None:
        self.groups = groups
        self.ctx = ctx
        self._by_key: dict[Key, dict[Hashable, list[Reading]]] = {}

    def of(self, key: Key) -> dict[Hashable, list[Reading]]:
        found = self._by_key.get(key)
        if found is None:
            found = self._by_key[key] = defaultdict(list)
            events = self.ctx.table.events  # an event's name, or its article's number
            for reading in self.groups[key]:
                found[events[reading.article] or reading.article].append(reading)
        return found


def _by_window(key: Key, own: Sequence[Reading]) -> dict[Period | None, list[Reading]]:
    """The figures of ``own`` by the period each is about (None: undated)."""
    found: dict[Period | None, list[Reading]] = defaultdict(list)
    published = _published_day(key)
    for reading in own:
        found[window_of(reading, published)].append(reading)
    return found


def _partners(
    home: Key, theirs: Sequence[Reading], dated: Period | None, cited: set[str], ctx: AuditContext
) -> list[Reading]:
    """The figures of ``home`` not yet cited whose period overlaps ``dated``, give or take
    the period slack (last month's exploit recalled in a hack's story is another loss)."""
    slack, published = ctx.settings.period_slack_days, _published_day(home)
    return [
        r for r in theirs if r.id not in cited and overlap(window_of(r, published), dated, slack)
    ]


def _published_day(key: Key) -> bool:
    """Whether an undated figure of the key is a level as of its publication day."""
    return metric_policy(key[0], key[4]).undated == "as_published"


def _judge(
    home: Key,
    kept: Sequence[Reading],
    own: Sequence[Reading],
    ctx: AuditContext,
    stated: Sequence[Reading] = (),
) -> list[Finding]:
    """Scale slips that cite one of ``own`` among the figures of the fact they lack labels
    of (a figure a finding already cites is not weighed again), and slips that one of
    ``stated`` (figures that state one of the fact's) backs with the same digits."""
    ids = {r.id for r in own}
    found = [f for f in _slips_among(home, kept, own, ctx) if _cites(f, ids)]
    if not stated:
        return found
    # a figure that only states the fact's ("$1 billion" for a $1.02 billion month) is no
    # better than its digits: a coarse one spans half a billion, and a seed round's
    # "$1.4 million" would land in it
    taken = {c.claim_id for f in found for c in f.claims}
    backing = {r.id: r for r in stated}
    for finding in _slips_among(home, kept, [*own, *stated], ctx):
        cited = {c.claim_id for c in finding.claims}
        if cited & taken or not _backed_alike(finding, backing):
            continue
        found.append(finding)
        taken |= cited
    return found


def _slips_among(
    home: Key, kept: Sequence[Reading], extra: Sequence[Reading], ctx: AuditContext
) -> list[Finding]:
    """Scale slips among the fact's figures ``kept`` and the ``extra`` ones met with them."""
    factors = scale_factors(home[4])
    if not _within_reach(extra, kept, factors):
        return []
    pool = [*kept, *extra]
    settings = ctx.settings
    peers, reported = Peers(pool), set[str]()
    found: list[Finding] = []
    for alike in by_length(pool, settings.period_slack_days):  # a quarter is no year
        if not may_slip(alike, factors):
            continue  # no two of its figures a scale apart: framing it finds no slip
        modes = frame(alike, settings.tolerance, settings.conflict_max_ratio)
        found += slips(
            modes,
            ctx,
            reported,
            lambda readings: fact_of(home, readings),
            settings.pooled_digits,
            spread=False,
            peers=peers,
        )
    return found


def _cites(finding: Finding, ids: set[str]) -> bool:
    return any(c.claim_id in ids for c in finding.claims)


def _backed_alike(finding: Finding, stated: Mapping[str, Reading]) -> bool:
    """Whether figures that state the fact back ``finding`` only as its supported side,
    one of them with the digits of the suspect times the finding's factor."""
    roles = [(c.claim_id, c.role) for c in finding.claims if c.claim_id in stated]
    if not roles or any(role != "supported" for _, role in roles) or finding.factor is None:
        return False
    slipped = [c.value for c in finding.claims if c.role == "suspect"]
    return any(
        abs(v * finding.factor - stated[i].value) <= SAME_DIGITS * abs(stated[i].value)
        for v in slipped
        for i, _ in roles
    )


def _within_reach(
    own: Sequence[Reading], theirs: Sequence[Reading], factors: Sequence[float]
) -> bool:
    """Whether one of ``own`` times a scale factor comes near the span of ``theirs`` (the
    cheap test before their modes are built)."""
    reach = span(r.value for r in theirs)
    if reach is None:
        return False
    low, high = reach
    return any(low <= abs(r.value) * f <= high for r in own for g in factors for f in (g, 1 / g))
