"""A percentage a move ended at or started from ("falls to 1% from 1.5%", "rose to 11.2% of
its free float, up from 9.6%") is a level of the subject's own rate, share or ratio, not a
price change: a price move is told as its size ("rose 4%"). Twins: the size of a move, a
move's own level ("extended its gain to 5.2%"), and money levels after "to"."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

LEVEL_ROWS = [
    row("From December 1, base cashback on the standard card falls to 1% from 1.5%.",
        "1%", metric="other", side=None),
    row("From December 1, base cashback on the standard card falls to 1% from 1.5%.",
        "1.5%", metric="other"),
    row("Short interest in Strategy rose to 11.2% of its free float as of Friday, up from 9.6% "
        "two weeks earlier, according to S3 Partners.",
        "11.2%", metric="other", side=None),
    row("Short interest in Strategy rose to 11.2% of its free float as of Friday, up from 9.6% "
        "two weeks earlier, according to S3 Partners.",
        "9.6%", metric="other"),
    row("The trust said cumulative recoveries for account holders reached 71.3% of their "
        "allowed claims, up from 58.0% after the second payout.",
        "58.0%", metric="other"),
    # reach: polls, bank capital, labour, public health, a broker's margin rate
    row("Support among the state's black voters fell from 54% in November to 35%, the poll "
        "found.",
        "54%", metric="other"),
    row("The banking system's capital adequacy ratio stood at 13.8 percent, down from 15.9 "
        "percent at end-June, the IMF said.",
        "15.9 percent", metric="other"),
    row("Test positivity has nearly doubled, increasing from 3.9 per cent to 5.8 per cent "
        "alongside a rise in weekly cases.",
        "3.9 per cent", metric="other"),
    row("The share of women among new account holders rose to 38% in the quarter, up from 31% "
        "a year earlier.",
        "38%", metric="other", side=None),
    row("Mortgage delinquencies climbed to 4.1% in the third quarter, up from 3.7% a year "
        "earlier, the central bank said.",
        "3.7%", metric="other"),
    row("Churn at the streaming service dropped to 2.2% in October, down from 2.6% in "
        "September.",
        "2.2%", metric="other", side=None),
    row("Hospital occupancy in the region eased to 87%, down from 91% last week.",
        "91%", metric="other"),
]  # fmt: skip

LEVEL_TWINS = [
    row("Ether is down 3% from Friday and could slide to 10% below its March low, analysts "
        "said.",
        "10%", metric="price_change", side="down"),
    row("Shares of the miner rebounded from 40% below their 2021 peak to 15% above the "
        "cycle low.",
        "15%", metric="price_change", side="up"),
    row("Bitcoin rose 4% to $91,000, up from $87,500 a day earlier.",
        "4%", metric="price_change", side="up"),
    row("Bitcoin rose 4% to $91,000, up from $87,500 a day earlier.",
        "$91,000", metric="price"),
    row("Solana extended its gain to 5.2% after the ETF filing.",
        "5.2%", metric="price_change"),
    row("Bitcoin moved up after the numbers were released, jumping from USD 43,400 to USD "
        "43,900 in several minutes, and increasing its daily gains to around 5%.",
        "5%", metric="price_change", side="up"),
    row("Cloud's share of revenue rose to 41% in the quarter, up from 36% a year earlier, the "
        "company said.",
        "41%", metric="revenue"),
    row("Ether fell 12% from its peak in August, CoinGecko data show.",
        "12%", metric="price_change", side="down"),
    row("Traders said the token could climb up to 40% if the upgrade ships on time.",
        "40%", metric="price_change"),
    # a move's own noun with a measure before it ("the 7-day change", "its weekly change"):
    # the figures are sizes of moves, however the sentence moves them
    row("The 7-day change in ether widened to -8.4% from -5.1%, CoinGecko data show.",
        "-5.1%", metric="price_change", side="down"),
    row("Solana's weekly change swung to +3.9% from -2.7% as buyers returned.",
        "+3.9%", metric="price_change", side="up"),
]  # fmt: skip


# known gap: a level set by a verb that is no verb of moving stays a price change
LEVEL_GAPS = [
    known("'lifts ... to' is no verb of moving in figure_move_links",
          "The trust said the payout lifts cumulative recoveries for account holders to 71.3% of "
          "their allowed claims, up from 58.0% after the second.",
          "71.3%", metric="other"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), LEVEL_ROWS + LEVEL_TWINS + LEVEL_GAPS
)
def test_levels_a_move_ended_at(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
