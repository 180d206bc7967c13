"""Where a named asset stands from a figure: its distance, whether a clause boundary lies
between them, whether it is attached to the figure, and names that are no subject (a unit,
an attribute, what a company handled).
"""

from __future__ import annotations

import re

from extractor.lexicon import per_lexicon
from extractor.nlp.asset_data import asset_words
from extractor.nlp.context import Context, boundaries, distance, gap
from extractor.nlp.cues import attribute_after
from extractor.nlp.layers import Amount
from extractor.nlp.mentions import Mention

TICKER_AFTER = r"(?:\s*\([A-Z0-9]{2,10}\))?"


# ", reaching ...", ", hitting ...": a participle goes on with the same subject and metric.
PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")


def incidental(ctx: Context, m: Mention) -> bool:
    """A coin named as a unit or an attribute, not as the subject: "3,081 BTC", "per bitcoin",
    "its Bitcoin holdings", "Bitcoin purchase"."""
    if any(a.start <= m.start < a.end for a in ctx.amounts_in((m.start - 200, m.start + 1))):
        return True
    before = ctx.text[max(0, m.start - 12) : m.start]
    after = ctx.text[m.end : m.end + 40]
    owned = _POSSESSED.match(after)  # "Bitcoin's maximum supply": the coin's attribute
    if owned and attribute_after().match(after[owned.end() :]):
        return True
    if _handled_after().match(after):
        return True
    return bool(re.search(r"(?i)\bper\s+$", before) or attribute_after().match(after))


@per_lexicon
def _handled_after() -> re.Pattern[str]:
    """ "BTC Acquired: 13,627", "bitcoin bought in May": the coin is what the company handled."""
    return re.compile(rf"(?i)\s+{asset_words('handled_verbs')}\b")


_POSSESSED = re.compile(r"(?i)['’]s(?:\s+[a-z]+(?=\s+[a-z]))?")


def asset_distance(ctx: Context, a: Amount, m: Mention) -> tuple[bool, float]:
    """Distance, with a name after the amount across a clause counting as far away: it
    opens the next clause and is its subject ("While bitcoin held below $100,000, ETH
    rose"), so any other name comes first."""
    d = distance(ctx, a, m)
    if m.end <= a.start:
        return False, d
    crosses = boundaries(gap(ctx, a, m)) > 0
    return crosses, d * (4 if crosses else 1.5)


def clause_distance(ctx: Context, a: Amount, m: Mention) -> tuple[bool, float]:
    """For companies and funds, each with its own figures in a list of clauses: a name of
    the amount's own clause first, on either side ("$66.1 million from GBTC and $85.8
    million from the Mini Trust (BTC)"; "shares (STRK, STRD) were sold, but 87% came from
    MSTR sales"), then distance."""
    crosses, d = asset_distance(ctx, a, m)
    return crosses or boundaries(gap(ctx, a, m)) > 0, d


def attached(ctx: Context, a: Amount, m: Mention) -> bool:
    """The asset belongs to the figure itself: same clause, close by ("BTC longs lost $50
    million", "$12 million in the BTC-USDT pair", "Solana traders lost $61.2 million"); a
    time phrase between them does not count ("bitcoin fell 8% over the past 24 hours to ...")."""
    between = gap(ctx, a, m)
    lo = min(a.end, m.end)
    adjunct = sum(t.end - t.start for t in ctx.times_in((lo, lo + len(between))))
    return m.asset_kind == "pair" or (len(between) - adjunct <= 40 and not boundaries(between))
