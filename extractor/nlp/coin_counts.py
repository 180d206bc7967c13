"""Counts written in a coin's ticker the lexicon does not know: "310 million CBLT",
"84 million VUSD". The amount grammar reads the number alone (a count), since only the
lexicon's tickers are units to it; once the mentions know the word is the article's coin (a
ticker introduced in brackets, "the token X", "$X"), the count right before it is an amount
of that coin, so it gets the coin's unit, and the metric and asset rules of coin amounts."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from extractor.nlp.layers import Amount
from extractor.nlp.mentions import Mention

_COIN_KINDS = ("crypto", "stablecoin")
_GAP = 2  # characters of white space between the number and the ticker
# A ticker that a counted noun follows is its adjective, not the unit: "250,000 DRKN holders",
# "2 DRKN ETFs", "3 DRKN-based funds" count holders and funds (nouns of people, places and
# things in plural; "tokens"/"coins" after the ticker are the coins themselves)
_COUNTED_AFTER = re.compile(
    r"-\w|\s+(?!(?:tokens|coins|units)\b)(?:[A-Z]{2,}s|[a-z]*(?:ers|ors|ets|ists|ants|ents|"
    r"ses|ions|ies|airs|funds))\b"
)


def in_named_coins(text: str, amounts: list[Amount], mentions: list[Mention]) -> list[Amount]:
    """``amounts`` with each bare count that a coin's upper-case ticker follows read as an
    amount of that coin (its span grown over the ticker)."""
    tickers = sorted(
        (m.start, m)
        for m in mentions
        if m.kind == "asset" and m.asset_kind in _COIN_KINDS and text[m.start : m.end].isupper()
    )
    if not tickers:
        return amounts
    starts = [start for start, _ in tickers]
    read = []
    for a in amounts:
        coin = _ticker_after(text, a, starts, tickers) if a.kind in ("count", "number") else None
        read.append(a if coin is None else replace(a, end=coin.end, unit=coin.value, kind="crypto"))
    return read


def _ticker_after(
    text: str, a: Amount, starts: list[int], tickers: list[tuple[int, Mention]]
) -> Mention | None:
    i = bisect.bisect_left(starts, a.end)
    if i == len(starts) or starts[i] - a.end > _GAP:
        return None
    gap = text[a.end : starts[i]]
    if not gap or not gap.isspace() or "\n" in gap:
        return None
    coin = tickers[i][1]
    return None if _COUNTED_AFTER.match(text, coin.end) else coin
