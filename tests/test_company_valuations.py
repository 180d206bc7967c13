"""A company's valuation in a round is no metric of ours (FORMAT.md has none for it): "at a
$750 million valuation", "values the startup at $2.1 billion" are ``other``, not a market
cap, a sum raised or a holding. A coin's valuation ("fully diluted", "market valuation") stays
a market cap, the round's own sum stays funding raised, and coins "valued at" a sum keep
their reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

REACH = [
    # a venture roundup's lead item
    row(
        "Helix Labs closed a $60 million Series B at a $750 million valuation, led by Paradigm.",
        "$750 million",
        metric="other",
    ),
    # a wire's deal story: a verb of valuing with the company as its object
    row(
        "The deal values the startup at roughly $2.1 billion, two people familiar with the "
        "matter said.",
        "$2.1 billion",
        metric="other",
    ),
    # a newsletter: the valuation after the round's sum
    row(
        "Ostrum raised $18 million in seed funding at a post-money valuation of $120 million.",
        "$120 million",
        metric="other",
    ),
    # a relative clause of the round
    row(
        "The round, which valued the company at $1.5 billion, was led by Haun Ventures.",
        "$1.5 billion",
        metric="other",
    ),
    # a roundup's list item with a bound before the figure
    row(
        "- Norther (wallet infrastructure) - $25 million Series A led by Dragonfly at a "
        "valuation above $300 million.",
        "$300 million",
        metric="other",
    ),
    # a regional site: a company noun valued at the figure
    row(
        "It is the fourth crypto startup valued at over $1 billion this quarter.",
        "$1 billion",
        metric="other",
    ),
    # an exchange research note: a hedge between the noun and the figure
    row(
        "Investors priced the exchange operator at a valuation of nearly $4 billion in its "
        "latest raise.",
        "$4 billion",
        metric="other",
    ),
]

TWINS = [
    # the round's own sum is what was raised
    row(
        "Ostrum raised $18 million in seed funding at a post-money valuation of $120 million.",
        "$18 million",
        metric="funding_raised",
    ),
    # coins valued at a sum are the holding's value
    row(
        "Strategy's 640,250 BTC, valued at about $58 billion, make it the largest corporate "
        "holder.",
        "$58 billion",
        metric="holdings",
    ),
    # a coin's fully diluted valuation is its market cap
    row(
        "The token now trades at a $4 billion fully diluted valuation, well above its launch "
        "price.",
        "$4 billion",
        metric="market_cap",
    ),
    row(
        "Tether's market valuation rose to $182 billion on Tuesday, according to CoinGecko.",
        "$182 billion",
        metric="market_cap",
    ),
    # stolen coins valued at a sum stay the hack's
    row(
        "The hacker moved 12,000 ETH, valued at roughly $41 million, to a mixer.",
        "$41 million",
        metric="hack_amount",
    ),
    # a valuation with no round in its clause is a token's: buyers of a coin
    row(
        "Buyers paying a $900 million valuation for the token are betting on a listing.",
        "$900 million",
        metric="market_cap",
    ),
    # a listed company valued by its shares is no round's valuation: it keeps its ticker
    row(
        "Coinbase stock climbed 4% to $298, valuing the exchange operator at about $75 billion.",
        "$75 billion",
        asset="COIN",
    ),
]

# a round's valuation takes no coin from the startup's description (its chain), as the
# round's own sum takes none
REACH += [
    row(
        "- Quillmark (staking tools for Ethereum) - $12 million seed led by Variant at a $90 "
        "million valuation.",
        "$90 million",
        metric="other",
        asset=None,
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH + TWINS)
def test_company_valuation(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
