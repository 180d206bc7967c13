"""A table cell whose row label names a coin is that coin's figure: a figure with the same
digits told later in prose about something else (an index, another coin) is no repeat of
it, so the cell keeps its row's coin and reading. The repeat of a cell in prose about the
same coin still lends the cell what the prose says of it."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

_WEIGHTS = (
    "Index review: ADA makes way for TON\n\n"
    "Asset    Weight (Oct 31)    New weight\n"
    "BTC      29.6%              30.0%\n"
    "TON      -                  3.8%\n"
    "ADA      2.9%               -\n\n"
    "The index itself gained 2.9% in October, its best month since March."
)
_BAR_WEIGHTS = (
    "Quarterly rebalance: what changes\n\n"
    "| Coin | Current | Target |\n"
    "| DOT | 1.7% | - |\n"
    "| APT | - | 2.2% |\n\n"
    "Bitcoin rose 1.7% on the day the changes were announced."
)
_TAB_SHARES = (
    "Staking tokens by share of the basket\n\n"
    "Token\tShare\tOne-week move\n"
    "LDO\t6.4%\t-3.1%\n"
    "RPL\t2.6%\t+0.8%\n\n"
    "Ether fell 3.1% over the same week, CoinGecko data show."
)
_FLOWS = (
    "Estimated index flows\n\n"
    "Coin     Weight     Flow\n"
    "NEAR     -          +$61M\n"
    "ATOM     1.1%       -$61M\n\n"
    "Solana ETFs took in $61 million on Tuesday."
)
_NEWSLETTER = (
    "The Basket Letter\n\n"
    "Ticker | Weight now | Weight after\n"
    "FIL | 1.4% | -\n"
    "RENDER | - | 1.9%\n\n"
    "The wider crypto market added 1.4% this week."
)

# reach: a row's coin against a later figure of equal digits about something else
REACH_ROWS = [
    row(_WEIGHTS, "2.9%", asset="ADA"),
    row(_BAR_WEIGHTS, "1.7%", asset="DOT"),
    row(_TAB_SHARES, "-3.1%", asset="LDO"),
    row(_FLOWS, "-$61M", asset="ATOM"),
    row(_NEWSLETTER, "1.4%", asset="FIL"),
]  # fmt: skip

# twins: the prose figures keep their own asset; a prose repeat about the row's own coin
TWIN_ROWS = [
    row(_TAB_SHARES, "3.1%", occurrence=2, asset="ETH"),
    row(_BAR_WEIGHTS, "1.7%", occurrence=2, asset="BTC"),
    row("Index weights\n\nCoin | Weight\nSUI | 4.6%\nAVAX | 3.0%\n\nSUI enters with a 4.6% "
        "weight, Solace said.", "4.6%", asset="SUI"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_a_row_keeps_its_coin(text: str, quote: str, occurrence: int, expected: dict[str, object]):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_prose_figures_keep_theirs(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
