"""Hack figures: the one coin an article counts stolen; a chain named as where it
happened is no coin taken.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from extractor.lexicon import per_lexicon
from extractor.nlp.asset_data import asset_words
from extractor.nlp.context import Context
from extractor.nlp.cues import other_event
from extractor.nlp.layers import Amount, M
from extractor.nlp.mentions import Mention
from extractor.nlp.owner_clauses import incidental

if TYPE_CHECKING:
    from extractor.nlp.linker import Draft as Link


@per_lexicon
def _chain_after() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s*{asset_words('chain_nouns')}\b")


_CHAIN_BEFORE = re.compile(r"(?i)\b(?:on|across|to)\s+(?:the\s+)?$")


def named_as_chain(ctx: Context, m: Mention) -> bool:
    """A coin named as the chain where something happened ("$18 million on the BNB Chain",
    "bridged to the Ethereum network"), not as what was taken."""
    if _chain_after().match(ctx.text, m.end):
        return True
    return bool(_CHAIN_BEFORE.search(ctx.text[max(0, m.start - 12) : m.start]))


def stolen_coin(ctx: Context, a: Amount, links: list[Link]) -> str | None:
    """The coin a theft took, as the article counts it ("400,000 ETH stolen"); a chain the
    victim runs on ("the largest DEX on Sui") or a mix of tokens is no such coin."""
    if other_event().search(ctx.text[slice(*ctx.sentence_of(a.start))]):
        return None  # "previous thefts", "in 2024 alone": another event's figure
    coins = ctx.remember("stolen_coins", 0, lambda: _stolen_coins(ctx))
    return next(iter(coins)) if len(coins) == 1 else None  # a mix of tokens is no one coin


def _stolen_coins(ctx: Context) -> Counter[str]:
    """The coins the article counts stolen: coin amounts in sentences that name a theft."""
    coins: Counter[str] = Counter()
    for m in ctx.mentions:
        if m.kind == "metric" and m.value == M.HACK_AMOUNT:
            sent = ctx.sentence_of(m.start)
            coins.update(x.unit for x in ctx.amounts_in(sent) if x.kind == "crypto")
            coins.update(
                n.value
                for n in ctx.in_span("asset", sent)
                if n.asset_kind in ("crypto", "stablecoin")  # "in cryptocurrency" is no coin
                and (
                    n.asset_kind == "stablecoin"
                    or _CONTENT_BEFORE.search(ctx.text[max(0, n.start - 40) : n.start])
                )
                and not incidental(ctx, n)
                and not named_as_chain(ctx, n)
                and not _derived_after().match(ctx.text, n.end)
            )  # "27,300 ETH plus $15.4 million in USDC and DAI"; "drained USDC, WBNB and ETH"
    if _STABLECOINS.search(ctx.text):
        coins["stablecoins"] += 1  # "along with $15 million in stablecoins": a mix
    return coins


@per_lexicon
def _derived_after() -> re.Pattern[str]:
    """A brand before a staked or wrapped coin's name ("Mantle Staked ETH"): the coin is the
    later one."""
    return re.compile(rf"(?i)\s+(?:liquid[\s-]+)?{asset_words('derived_coin_words')}\b")


_STABLECOINS = re.compile(r"(?i)\bstablecoins\b")


# A coin named as what was taken: "$1.4 billion in Ethereum", "assets like USDC, WBNB and ETH",
# "wrapped Ether (wstETH)".
_CONTENT_BEFORE = re.compile(
    r"(?i)(?:(?:\b(?:in|of|like|including|such as|and|plus)|,)\s+(?:[\w-]+\s+)?|\()\Z"
)
