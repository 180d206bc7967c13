"""Ages are no figures (FORMAT.md: "Not a claim: dates, times, years, ages").

The age of the people a figure is about is written after "aged", "age" or "ages (of)",
alone or as a band ("Victims aged 60 and over", "people aged 18-24", "between the ages of
55 and 75", "at the age of 19"), and a table's first column of age groups is its rows'
labels: whole-number bands where each starts at the number after the one above ends ("|
18-29 |", "| 30-44 |", "| 60+ |"), as income bands do ("| $0-999 |", "| $1,000-4,999 |").
The shares and counts beside them stay.
"""

from __future__ import annotations

import pytest
from nlp_cases import quotes

AGE_TABLE = """Who owns crypto (share of each age group)

| Age | 2026 | 2025 |
|---|---|---|
| 18-29 | 38% | 31% |
| 30-44 | 24% | 19% |
| 45-59 | 11% | 8% |
| 60+ | 4% | 3% |
"""

INCOME_TABLE = """Stablecoin users by monthly income, Lagos survey

| Income (USD) | Users | Share |
|---|---|---|
| $0-999 | 412 | 41% |
| $1,000-4,999 | 388 | 39% |
| $5,000+ | 200 | 20% |
"""

# bands that do not follow on are figures of their own: a range of prices per row
PRICE_TABLE = """Analyst targets by bank

| Target range | Bank |
|---|---|
| 90,000-110,000 | Citi |
| 120,000-150,000 | Bernstein |
"""

# bands that meet at the same number keep being read as classes
WALLET_TABLE = """BTC held by wallet size

| Wallet (BTC) | Supply share |
|---|---|
| 1-10 | 12% |
| 10-100 | 21% |
| 100+ | 60% |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consumer-protection report, a pension survey, a youth poll, a court report
        ("Victims aged 60 and over filed 41% of the reports and lost 67% of the money.",
         ["41%", "67%"]),
        ("Only 9% of people between the ages of 55 and 75 own crypto, the pension survey "
         "found.", ["9%"]),
        ("Women aged 16 to 24 were twice as likely to buy memecoins.", ["twice"]),
        ("People aged 45-59 hold 11% of the supply, Ipsos said.", ["11%"]),
        ("Users aged between 25 and 34 made up 38% of sign-ups in Brazil.", ["38%"]),
        ("He started trading at the age of 19 and lost 3 BTC within a year.", ["3 BTC"]),
        (AGE_TABLE, ["38%", "31%", "24%", "19%", "11%", "8%", "4%", "3%"]),
        (INCOME_TABLE, ["412", "41%", "388", "39%", "200", "20%"]),
    ],
)  # fmt: skip
def test_ages_are_no_figures(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twins: "age" inside another word, a coin's age in days, a count of people whose
        # average age is told apart, bands that do not follow on, bands that meet
        ("Leverage 20x positions were cut to 10x, while storage 500 TB arrays stayed.",
         ["20x", "10x", "500 TB"]),
        ("Coins aged 155 days or more hold 14.2 million BTC.", ["14.2 million BTC"]),
        ("The average age of the 2,000 respondents was 41.", ["2,000", "41"]),
        (PRICE_TABLE, ["90,000", "110,000", "120,000", "150,000"]),
        (WALLET_TABLE, ["12%", "21%", "60%"]),
    ],
)  # fmt: skip
def test_numbers_beside_ages_stay(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected
