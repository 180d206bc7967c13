"""Whether figures of two articles can be one story's: what the labels alone cannot tell.

A figure's labels (metric, side, asset, venue, unit) are the extraction's reading of it,
and on unseen news some are misread: a stablecoin's supply read as a payment firm's
month of transfers, an index's constituents' value as the whole market's, a share of an
ETF's owners as its flows. Two unrelated stories whose misread labels and windows collide
are no disagreement. So figures of two articles are one story's when the input files both
under one news event; under two events, never. Where it names no event for one of them,
they are when the two articles ran within ``NEWS_DAYS`` of each other (the days a story
runs: a hack reported on Sunday and recounted on Thursday), or when the figures' own
sentences name a common subject beyond the labels: a coin, company, fund, venue or data
provider the lexicons know, other than the fact's own coin and its wrapped forms
("Tether's USDT" in a supply report of 7 October and a payments story of 21 October is one
subject, and so is one company or fund named in both; "bitcoin" in two ETF stories six
weeks apart is only the label).

Figures of two stories never conflict and are never a part and its whole; a scale slip
between them needs the same digits written, two or more (``$185.3 billion`` of one story is
no slip of another's ``$184 million``): the honest spread and a bound's reach are one
story's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cache, lru_cache

from extractor.lexicon import assets, sources, venues

NEWS_DAYS = 7  # the days a story runs: articles further apart need a common subject


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every unambiguous name and epithet the lexicons know (coins,
    companies, funds, venues, data providers; scopes left out), and each one's canonical
    id."""
    owner: dict[str, str] = {}
    for asset in assets():
        if asset.kind == "scope":
            continue
        for name in (set(asset.names) | set(asset.epithets)) - set(asset.ambiguous):
            owner.setdefault(name.lower(), asset.id)
    for entry in (*venues(), *sources()):
        for name in set(entry.names) - set(entry.ambiguous):
            owner.setdefault(name.lower(), entry.name)
    return name_pattern(owner), owner


def name_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Lower-case names as whole words in any case, the longest tried first; a name after a
    dollar sign or inside a longer word is none ("$SOL", "Solaris")."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w$])(?:{alternatives})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def named(sentence: str) -> frozenset[str]:
    """The canonical ids of the names a sentence gives."""
    pattern, owner = _names()
    return frozenset(owner[m.group(0).lower()] for m in pattern.finditer(sentence))


@cache
def forms(asset: str) -> frozenset[str]:
    """An asset and its wrapped or staked forms (WBTC and cbBTC are bitcoin's)."""
    return frozenset(
        {asset} | {a.id for a in assets() if a.kind == "crypto" and a.underlying == asset}
    )


@cache
def label_ids(asset: str | None) -> frozenset[str]:
    """The names that are no evidence beyond a fact's labels: its coin and the coin's forms
    (a coin, a stablecoin, a metal is the subject of countless stories: "bitcoin" in two
    ETF stories is only the label). A company, fund or venue is a narrower subject: the
    same one named in both sentences is evidence of one story."""
    kinds = {a.id: a.kind for a in assets()}
    return forms(asset) if asset and kinds.get(asset) in _BROAD else frozenset()


_BROAD = frozenset({"crypto", "stablecoin", "commodity", "currency"})


def near_in_time(a: datetime | None, b: datetime | None) -> bool:
    """Whether two articles ran within ``NEWS_DAYS`` of each other (unknown: no)."""
    if a is None or b is None:
        return False
    return abs((a.date() - b.date()).days) <= NEWS_DAYS


def common_subject(ours: Sequence[str], theirs: Sequence[str], labels: frozenset[str]) -> bool:
    """Whether a sentence of each side names a subject beyond the labels in common."""
    mine = frozenset().union(*(named(s) for s in set(ours))) - labels
    if not mine:
        return False
    return any(mine & named(s) for s in set(theirs))
