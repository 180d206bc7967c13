"""The asset lexicon as the owner rules read it: tables by asset id (kinds, issuers,
stablecoins, listing dates, fund sponsors) and the word lists of ``data/asset_cues.jsonl``.
"""

from __future__ import annotations

import re
from datetime import date

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.context import Context
from extractor.nlp.layers import Amount
from extractor.nlp.mentions import Mention
from extractor.nlp.tries import alternation


@per_lexicon
def issued_stablecoins() -> dict[str, str]:
    return {e.id: e.stablecoin for e in lexicon.assets() if e.stablecoin}


@per_lexicon
def venue_companies() -> dict[str, str]:
    return {e.venue: e.id for e in lexicon.assets() if e.venue}


def listed(ctx: Context, m: Mention) -> bool:
    """Whether a named company had its ticker when the article was written: before its
    listing ("Circle" in 2023) its figures are an unlisted company's, which have none. An
    undated article was written no earlier than the latest date it names."""
    since = _listing_dates().get(m.value)
    if since is None:
        return True
    written = ctx.published or ctx.remember("latest_date", 0, lambda: _latest_date(ctx))
    return written is None or written >= since


def _latest_date(ctx: Context) -> date | None:
    """An undated article is at least as recent as the latest date it names (the start of
    each period: "2025" says no more than that the year has begun)."""
    starts = [t.period[0] for t in ctx.times if t.period is not None]
    return max(starts, default=None)


@per_lexicon
def _listing_dates() -> dict[str, date]:
    return {e.id: e.listed for e in lexicon.assets() if e.listed}


@per_lexicon
def asset_words(name: str) -> str:
    """One list of ``data/asset_cues.jsonl`` as a regex alternation, longest phrase first."""
    phrases = lexicon.listed(lexicon.ASSET_CUES_FILE, name, "phrases").phrases
    return alternation(phrases, space=r"\s+")  # as a prefix tree where it matches the same


def kind_of_asset(asset_id: str | None) -> str | None:
    return _asset_kinds().get(asset_id) if asset_id else None


@per_lexicon
def _asset_kinds() -> dict[str, str]:
    return {e.id: e.kind for e in lexicon.assets()}


def issuer_of(m: Mention, a: Amount, metric: str) -> str:
    """A preferred stock's money figures are its issuer's ("$21 billion STRK programme")."""
    issuer = issuers().get(m.value)
    return issuer if issuer and a.kind != "percent" else m.value


@per_lexicon
def issuers() -> dict[str, str]:
    """Each preferred stock's issuing company, by asset id."""
    return {e.id: e.issuer for e in lexicon.assets() if e.issuer}


@per_lexicon
def fund_sponsors() -> dict[str, list[str]]:
    """Each fund sponsor's funds, by the sponsor's source name."""
    funds: dict[str, list[str]] = {}
    for e in lexicon.assets():
        for sponsor in e.sponsors:
            funds.setdefault(sponsor, []).append(e.id)
    return funds


@per_lexicon
def underlying_coins() -> dict[str, str]:
    return {e.id: e.underlying for e in lexicon.assets() if e.underlying}


@per_lexicon
def excluded_before() -> re.Pattern[str]:
    """A fund named as left out of (or counted in) a group's total is not the total's own."""
    return re.compile(rf"(?i)\b{asset_words('excluded_before')}\s+$")
