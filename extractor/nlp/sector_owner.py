"""Figures of a sector of the market: a sector's market cap or volume (no asset), venture
funding totals and round counts (the sector's scope), unless someone named raised them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractor.lexicon import per_lexicon
from extractor.nlp.asset_data import excluded_before
from extractor.nlp.citations import title_case_lines
from extractor.nlp.context import Context, Span
from extractor.nlp.cues import cue_words, market_wide
from extractor.nlp.layers import Amount, M

if TYPE_CHECKING:
    from extractor.nlp.linker import Draft as Link


_SECTOR_REACH = 100  # characters before the figure where the sector owning it is named


def sector_figure(ctx: Context, a: Amount, metric: str, sent: Span) -> bool:
    """A market-wide figure of one sector of the market ("the DeFi market cap increased 7%
    to $113 billion", "that of stablecoins rose to $165 billion", "DeFi's total volume is
    $5.07 billion, 5.42% of the overall market's"): a sector named before it in its sentence
    with no coin or company named between them."""
    if metric not in market_wide() or metric == M.PARTICIPANTS:
        return False
    lo = max(sent[0], a.start - _SECTOR_REACH)
    found = [  # not "the third-largest asset excluding stablecoins"
        m
        for m in _sector_nouns().finditer(ctx.text, lo, a.start)
        if not excluded_before().search(ctx.text, max(sent[0], m.start() - 20), m.start())
    ]
    if not found:
        return False
    named = ctx.in_span("asset", (found[-1].end(), a.start))
    return not any(m.asset_kind not in ("scope", "index") for m in named)


def held_in_sector(ctx: Context, a: Amount, metric: str) -> bool:
    """A money holding given as "in" a sector's coins ("holds 11.2 million FRX and $3.1
    million in stablecoins"): a part of a list of holdings in other assets, none of the
    sentence's coins."""
    if metric != M.HOLDINGS or a.kind != "money":
        return False
    linked = _IN_SECTOR.match(ctx.text, a.end)
    return bool(linked and _sector_nouns().match(ctx.text, linked.end()))


_IN_SECTOR = re.compile(r"(?i)\s+(?:in|of)\s+")


@per_lexicon
def _sector_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-]){cue_words('sector_nouns')}(?![\w-])")


# Figures that, with no company named, are the sector's: venture funding totals.
SECTOR_FIGURES = (M.FUNDING_RAISED,)


def rounds_owner(ctx: Context, a: Amount, links: list[Link]) -> str | None:
    """Rounds are counted for the money raised in them: the asset of the sentence's funding
    figure before the count, else the sector's."""
    sent = ctx.sentence_of(a.start)
    for x in reversed(links):
        if x.amount.start < sent[0]:
            break
        if x.metric in SECTOR_FIGURES:
            return x.asset
    return sector_of(ctx, a)


def counts_rounds(ctx: Context, a: Amount) -> bool:
    """A count of funding rounds or deals ("161 investment rounds")."""
    return _round_nouns().match(ctx.text, a.end) is not None


@per_lexicon
def _round_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s+{cue_words('round_nouns')}\b")


def sector_of(ctx: Context, a: Amount) -> str | None:
    """The sector an unattributed figure totals: a scope the article names before it
    ("crypto startups raised ... in May"), unless the sentence names who raised it."""
    if names_someone(ctx, a):
        return None  # "Auradine received $80 million": a startup's round, not the sector's
    scopes = [m for m in ctx.in_span("asset", (0, a.start)) if m.asset_kind == "scope"]
    return scopes[-1].value if scopes else None


_PROPER = re.compile(r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*\b")


_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day|Q[1-4]"
)


def names_someone(ctx: Context, a: Amount) -> bool:
    """A capitalized name other than a date or a known coin or metric word stands before the
    amount in its sentence: a company, fund or person is the subject. The sentence's first
    word counts when it reads as a name: a possessive or an apposition follows it
    ("Securitize, a tokenization firm, received ..."), or a lexicon names it."""
    sent = ctx.sentence_of(a.start)
    if title_case_lines(ctx)(a.start, longest=None):
        return False  # "Crypto Venture Funding Tops $1 Billion": a headline capitalizes all
    lead = _LEADING.match(ctx.text, sent[0], a.start)
    first = lead.end() if lead else sent[0]
    known = [  # a data source is cited; a company without a ticker yet is someone, and so
        # is a source that owns the figure ("Hypernative’s $40 million round")
        (m.start, m.end)
        for m in ctx.mentions_in((sent[0], a.start))
        if m.kind != "venue"
        and not (m.kind == "asset" and m.asset_kind == "stock")
        and not (m.kind == "source" and _POSSESSIVE.fullmatch(ctx.text, m.end, a.start))
    ]
    for match in _PROPER.finditer(ctx.text, first, a.start):
        if _CALENDAR.fullmatch(match.group()) or any(s <= match.start() < e for s, e in known):
            continue
        if match.start() == first and not _NAME_AFTER.match(ctx.text, match.end()):
            continue  # "In April, a total of ...": a sentence's first word is capitalized
        return True
    return False


_LEADING = re.compile(r"[\s\-–—•*·“\"']+")  # a bullet or quote before the first word


_POSSESSIVE = re.compile(r"['’]s\s+")  # right before the figure it owns
_NAME_AFTER = re.compile(r"(?:['’]s\b|,\s+(?:a|an)\s)")
