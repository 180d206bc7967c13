"""Stablecoin issuers: their reserves and holdings back the coin they issue; their
results are an unlisted company's.
"""

from __future__ import annotations

from collections import Counter

from extractor.nlp.asset_data import issued_stablecoins
from extractor.nlp.context import Context
from extractor.nlp.layers import Amount, M
from extractor.nlp.market_owner import FOCUS_SHARE
from extractor.nlp.mentions import Mention

# Figures of what backs a stablecoin: its issuer's reserves are the coin's.
BACKING = (M.RESERVES,)


def issued_coin(mentions: list[Mention]) -> str | None:
    """The stablecoin of an issuer named for a reserve figure ("Circle confirmed that $3.3
    billion of the $40 billion backing its stablecoin was at the bank")."""
    issued = [issued_stablecoins().get(m.value) for m in mentions]
    coins = {c for c in issued if c}
    return coins.pop() if len(coins) == 1 else None


# A company's own results: a stablecoin named for them is its issuer, which has no ticker.
ISSUER_FIGURES = (M.PROFIT, M.LOSS, M.REVENUE, M.FUNDING_RAISED, M.TRANSACTION_VALUE)


# A stablecoin issuer's reserves and holdings (of Treasuries, of gold) are what back its coin.
ISSUER_BACKING = (M.RESERVES, M.HOLDINGS)


def backed_coin(ctx: Context, a: Amount) -> str | None:
    """The stablecoin whose issuer the article is about, for reserves and holdings its
    sentence names no owner of ("the disclosure of $6.3 billion in excess reserves", "the
    company's holdings of Treasuries"); an exchange's reserves are the exchange's."""
    if ctx.in_span("venue", ctx.sentence_of(a.start)):
        return None
    return ctx.remember("issuer_focus", 0, lambda: _issuer_focus(ctx))


def _issuer_focus(ctx: Context) -> str | None:
    """The stablecoin named (by itself or its issuer) in at least half of the article's
    mentions of coins and companies."""
    named = [
        m for m in ctx.mentions if m.kind == "asset" and m.asset_kind not in ("scope", "index")
    ]
    coins = Counter(
        m.value if m.asset_kind == "stablecoin" else issued_stablecoins().get(m.value)
        for m in named
    )
    coins.pop(None, None)
    if not coins:
        return None
    coin, count = coins.most_common(1)[0]
    return coin if count >= FOCUS_SHARE * len(named) else None
