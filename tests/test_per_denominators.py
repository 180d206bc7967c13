"""The round denominator of a rate ("per 1,000 diluted shares", "per 100,000 residents") is
no claim, and the coins or things counted per it are a ratio of metric `other`; money per a
round number stays money, and a count after "per" that is no round number stays a count."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, quotes, row

REACH = [
    # a treasury company's release: the coin per thousand shares
    row(
        "Holdings now stand at 0.85 BTC per 1,000 shares, up from 0.71 BTC in June.",
        "0.85 BTC",
        unit="ratio",
        value=0.85,
        metric="other",
    ),
    # a fact box label: the rate's label before its value
    row(
        "Key figures\n- ETH per 1,000 diluted shares: 12.6\n- Shares outstanding: 48.2 million",
        "12.6",
        unit="ratio",
        value=12.6,
        metric="other",
    ),
    # a regional site: things per head of population
    row(
        "The canton has 3.2 crypto ATMs per 100,000 residents, the most in Switzerland.",
        "3.2",
        unit="ratio",
        metric="other",
    ),
    # the things counted left unsaid at the sentence's end: no market ratio either
    row(
        "Scam reports filed with the regulator climbed from 1.9 to 2.7 per 10,000.",
        "2.7",
        unit="ratio",
        metric="other",
    ),
    # an exchange note: "for every"
    row(
        "Staking pools hold 41 validators for every 1,000 wallets on the network.",
        "41",
        unit="ratio",
        metric="other",
    ),
]

GONE = [
    ("Holdings now stand at 0.85 BTC per 1,000 shares, up from 0.71 BTC in June.", "1,000"),
    (
        "Key figures\n- ETH per 1,000 diluted shares: 12.6\n- Shares outstanding: 48.2 million",
        "1,000",
    ),
    ("The canton has 3.2 crypto ATMs per 100,000 residents, the most in Switzerland.", "100,000"),
    ("Advertisers pay $4.10 per 1,000 impressions on the platform.", "1,000"),
]

TWINS = [
    # money per a round number keeps its currency
    row("Advertisers pay $4.10 per 1,000 impressions on the platform.", "$4.10", unit="USD"),
    # a count after "and" is no denominator
    row("The exchange charges $2 per trade and lists 1,000 tokens.", "1,000", unit="count"),
    # a block subsidy per block stays coins
    row("Miners produced 900 BTC per day, or 6.25 BTC per block.", "6.25 BTC", unit="BTC"),
    # a coin sum after "per" is a fee's base, no round denominator: the fee stays coins
    row("A fee of 1 USDT per 1,000 USDT withdrawn applies from Monday.", "1 USDT", unit="USDT"),
    row("A fee of 1 USDT per 1,000 USDT withdrawn applies from Monday.", "1,000 USDT", unit="USDT"),
    # a market ratio keeps its reading
    row("The long/short ratio on Binance rose to 1.8.", "1.8", metric="long_short_ratio"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_rate_per_round_number(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "denominator"), GONE)
def test_the_denominator_is_no_claim(text: str, denominator: str) -> None:
    assert denominator not in quotes(text)
