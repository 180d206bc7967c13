"""A percentage right before a comparative and "than" is how much larger or smaller one
figure is than another ("37% more than the $30.4 million given last year", "38% less than
the $986.4 million lost"): up or down, whatever the figure measures. A multiple compared
with a figure written with its currency code ("almost double the HK$2.1 billion") or with
a month's figure ("more than double September's 4.3 million") is a rise. A premium over a
reference price, a gap above an official rate, a bound before the percentage and a ratio
to a value keep no side. Rows in the words of a remittance desk, a commodities wire, a
property desk, a miners' monthly, a Hong Kong IPO desk, a trade wire, a security firm and
a bond desk.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

ROWS_UP = [
    (
        "Remittances through the corridor reached $1.2 billion, 14% more than in the first "
        "quarter.",
        "14%",
    ),
    ("Gold ETF holdings stood at 3,210 tonnes, 4% more than a year ago.", "4%"),
    ("Tokyo condo sales totalled ¥1.1 trillion, 6% more than the year before.", "6%"),
    ("The listed miner produced 412 BTC in November, 11% more than in October.", "11%"),
    ("The IPO raised HK$4.0 billion, almost double the HK$2.1 billion raised in 2024.", "double"),
    (
        "Steel exports reached 9.1 million tonnes, more than double September's 4.3 million.",
        "double",
    ),
]
ROWS_DOWN = [
    ("Ransomware payments came to $813 million, 35% less than in 2023.", "35%"),
    ("Green bond issuance came to €3.4 billion, 12% smaller than in May.", "12%"),
]
TWINS = [
    ("Indian buyers are paying a premium of 2.4% over the global price.", "2.4%"),
    ("The crypto dollar traded about 2.3% above the official wholesale rate.", "2.3%"),
    ("Bitcoin moved less than 2% on the day of the expiry.", "2%"),
    ("The trust's shares trade at 2.5 times its net asset value.", "2.5 times"),
]


@pytest.mark.parametrize(("text", "quote"), ROWS_UP)
def test_larger_than(text: str, quote: str) -> None:
    assert link_for(text, quote).side == "up"


@pytest.mark.parametrize(("text", "quote"), ROWS_DOWN)
def test_smaller_than(text: str, quote: str) -> None:
    assert link_for(text, quote).side == "down"


@pytest.mark.parametrize(("text", "quote"), TWINS)
def test_no_comparison(text: str, quote: str) -> None:
    assert link_for(text, quote).side is None
