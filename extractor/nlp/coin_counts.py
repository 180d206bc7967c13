"""Counts written in a coin's ticker the lexicon does not know: "310 million CBLT",
"84 million VUSD". The amount grammar reads the number alone (a count), since only the
lexicon's tickers are units to it; once the mentions know the word is the article's coin (a
ticker introduced in brackets, "the token X", "$X"), the count right before it is an amount
of that coin, so it gets the coin's unit, and the metric and asset rules of coin amounts."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from extractor.lexicon import per_lexicon
from extractor.nlp.cues import cue_words
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
    # the coin's word wherever the text writes it after a count, also before the sentence
    # that introduces it ("stake 25,000 BRZ" above "paid in BRZ tokens", a headline's "150M
    # QKA" above "the QKA airdrop"): the article's coin is one coin throughout
    coins = {text[m.start : m.end]: m.value for _, m in tickers if m.value.isupper()}
    read = []
    for a in amounts:
        if a.kind not in ("count", "number"):
            read.append(a)
        elif coin := _ticker_after(text, a, starts, tickers):
            read.append(replace(a, end=coin.end, unit=coin.value, kind="crypto"))
        elif (word := _word_after(text, a, coins)) is not None:
            read.append(replace(a, end=word[1], unit=coins[word[0]], kind="crypto"))
        else:
            read.append(a)
    return read


# the upper-case word right after a count, apart and whole ("150 million QKA;")
_WORD_AFTER = re.compile(rf"[ \t]{{1,{_GAP}}}(?P<word>[A-Z][A-Z0-9]{{1,9}})(?![\w-])")


# a plural noun after that word makes it the noun's adjective ("40,000 ASIC rigs", "5 million
# AT1 notes"): after a count a verb takes no "s", so a word ending in one is a noun
@per_lexicon
def _plural_after() -> re.Pattern[str]:
    others = cue_words("s_final_function_words")
    return re.compile(rf"\s+(?!(?:tokens|coins|units|{others})\b)[a-z]+s\b")


def _word_after(text: str, a: Amount, coins: dict[str, str]) -> tuple[str, int] | None:
    """The coin word ``coins`` knows written right after ``a``, and where it ends."""
    m = _WORD_AFTER.match(text, a.end)
    if m is None or m["word"] not in coins:
        return None
    if _COUNTED_AFTER.match(text, m.end()) or _plural_after().match(text, m.end()):
        return None
    return m["word"], m.end()


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
