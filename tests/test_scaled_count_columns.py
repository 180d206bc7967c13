"""A table column whose header ends in a scale alone ("Shares (m)", "Active cardholders
(millions)", "Trades ('000)", "Notes issued, bn") counts the things it names at that scale:
"12.4" under "Shares (m)" is 12.4 million shares. Only a header naming counted things (shares,
tokens, contracts, notes; the people, accounts and events a count names) is read so; a bare
scale over money ("Revenue (m)") names no currency, and its cells stay as they were. A row
named by a coin alone under a header of coin holdings ("| ARB | 92.6 |" under "Tokens unlocked
(m)") counts that coin at the scale.
"""

from __future__ import annotations

import pytest

from extractor.nlp.amounts import find_amounts


def read(text: str) -> dict[str, tuple[float, str]]:
    return {text[a.start : a.end]: (a.value, a.unit) for a in find_amounts(text)}


# a business desk's shareholder register
_HOLDERS = (
    "Largest holders of Coinbase shares, Sept. 30\n\n"
    "| Holder | Shares (m) | Stake (%) |\n"
    "| --- | --- | --- |\n"
    "| Vanguard | 12.4 | 8.1 |\n"
    "| BlackRock | 9.8 | 6.4 |\n"
)
# a card issuer's quarterly table: the scale on the row's label
_CARDS = (
    "| Metric | Q3 2026 | Q2 2026 |\n"
    "| --- | --- | --- |\n"
    "| Monthly active cardholders (millions) | 1.74 | 1.52 |\n"
)
# a derivatives venue's table: thousands written as zeros
_TRADES = (
    "| Venue | Trades ('000) | Volume ($bn) |\n"
    "| --- | --- | --- |\n"
    "| CME | 412 | 8.1 |\n"
    "| Deribit | 655 | 6.4 |\n"
)
# an exchange league table in a regional outlet
_USERS = "| Exchange | Users (million) |\n| --- | --- |\n| Binance | 250 |\n| OKX | 50 |\n"
# a token-unlock newsletter
_UNLOCKS = (
    "| Project | Tokens unlocked (m) | Date |\n| --- | --- | --- |\n| Arbitrum | 92.6 | Dec 16 |\n"
)
# rows named by a coin alone: the coin, at the header's scale
_COIN_UNLOCKS = "| Token | Tokens unlocked (m) |\n| --- | --- |\n| ARB | 92.6 |\n| OP | 31.3 |\n"
# a column of people beside rows named by a coin: still a count
_COIN_HOLDERS = "| Token | Holders (m) |\n| --- | --- |\n| ETH | 12.4 |\n| SOL | 5.1 |\n"
# a bond desk: a scale after a comma
_BONDS = "| Issuer | Notes issued, bn |\n| --- | --- |\n| Strategy | 2.0 |\n"
# twins: money with a bare scale names no currency; a share column; a money column
_REVENUE = "| Quarter | Revenue (m) |\n| --- | --- |\n| Q1 | 1,200 |\n| Q2 | 1,350 |\n"


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (_HOLDERS, "12.4", (12.4e6, "count")),
        (_HOLDERS, "9.8", (9.8e6, "count")),
        (_CARDS, "1.74", (1.74e6, "count")),
        (_TRADES, "412", (412e3, "count")),
        (_USERS, "250", (250e6, "count")),
        (_UNLOCKS, "92.6", (92.6e6, "ARB")),
        (_BONDS, "2.0", (2e9, "count")),
        (_COIN_UNLOCKS, "92.6", (92.6e6, "ARB")),
        (_COIN_UNLOCKS, "31.3", (31.3e6, "OP")),
        # twins
        (_HOLDERS, "8.1", (8.1, "%")),
        (_TRADES, "8.1", (8.1e9, "USD")),
        (_REVENUE, "1,200", (1200, "count")),
        (_UNLOCKS, "16", None),
        (_COIN_HOLDERS, "12.4", (12.4e6, "count")),
    ],
)
def test_scaled_count_column(text: str, quote: str, expected: tuple[float, str] | None) -> None:
    got = read(text).get(quote)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert got[1] == expected[1]
        assert got[0] == pytest.approx(expected[0], rel=1e-9)
