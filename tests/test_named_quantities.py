"""A figure's own name decides its metric, and a name FORMAT.md has no metric for makes it
``other``: a ratio named by its modifier ("the MVRV ratio", "a Sharpe ratio", "the
estimated leverage ratio") is no long/short ratio; what users hold with a platform ("user
balances of $3.9 billion") is a liability, no reserve; a minimum investment is a rule of
entry. A realized price is the holders' average cost, and a payment company's volume by its
initials ("TPV", "GPV") or its merchant payouts a transaction value, a share of it too.
Ratios of longs to shorts, bare or possessive ("OKX's ratio"), a platform's own reserves,
market prices and moves or shares of a count of transactions keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

RATIOS = [
    # an on-chain research note
    row(
        "Bitcoin's MVRV ratio slid to 1.82 on Tuesday, its lowest reading since March, "
        "according to Glassnode.",
        "1.82",
        metric="other",
    ),
    # a newsletter: the ratio's full name, its initials, then the cohort before the figure
    row(
        "The spent output profit ratio (SOPR) for short-term holders dipped to 0.97, a sign "
        "that recent buyers are selling at a loss.",
        "0.97",
        metric="other",
    ),
    # a fund's letter
    row(
        "Over the past year the fund returned 31% with a Sharpe ratio of 1.4, the manager "
        "wrote in its letter.",
        "1.4",
        metric="other",
    ),
    # an exchange research note: a leverage gauge on a named exchange
    row(
        "CryptoQuant's estimated leverage ratio on Binance rose to 0.27, a record for the "
        "exchange.",
        "0.27",
        metric="other",
    ),
    # a regional site: one coin priced in another
    row(
        "Ether looks soft: the ETH/BTC ratio slipped to 0.0412 on Sunday, its weakest since "
        "spring.",
        "0.0412",
        metric="price",
    ),
    # a newsletter: an appositive between the named ratio and its verb (known gap: the
    # words between the ratio and the figure must be linking words only)
    known(
        "an appositive after a named ratio hides its name from the figure",
        "The Puell ratio, a gauge of miner revenue, climbed to 1.31 on Monday.",
        "1.31",
        metric="other",
    ),
]

# the earlier value a named ratio's figure is compared with is a value of the same ratio
EARLIER_RATIOS = [
    # an on-chain newsletter
    row(
        "Ether's NVT ratio eased to 52 this week, compared with 66 in late April, the letter said.",
        "66",
        metric="other",
        unit="ratio",
    ),
    # a fund's quarterly letter
    row(
        "The fund's Sortino ratio improved to 2.3 from 1.6 a quarter earlier, the manager wrote.",
        "1.6",
        metric="other",
        unit="ratio",
    ),
    # an exchange research note
    row(
        "Bitcoin's Puell ratio climbed to 1.12, up from 0.94 at the start of the month.",
        "0.94",
        metric="other",
        unit="ratio",
    ),
    # a wire: a pair's ratio keeps its price reading
    row(
        "The SOL/ETH ratio slipped to 0.041 from 0.047 over the weekend, traders said.",
        "0.047",
        metric="price",
    ),
    # a lender's update
    row(
        "Its collateralization ratio fell to 1.45 versus 1.72 a week before, the lender said.",
        "1.72",
        metric="reserves",
    ),
]

EARLIER_TWINS = [
    # a long/short ratio's earlier value stays one
    row(
        "Bybit's long/short ratio for ETH rose to 1.64, up from 1.38 on Monday.",
        "1.38",
        metric="long_short_ratio",
    ),
    # an options gauge keeps its reading
    row(
        "The put/call ratio on Deribit fell to 0.52 from 0.67 before Friday's expiry.",
        "0.67",
        metric="other",
    ),
    # a price compared after a ratio in another clause is no ratio's value
    row(
        "The MVRV ratio dipped to 1.74 on Friday, while bitcoin slid to $88,400 from $92,100.",
        "$92,100",
        metric="price",
    ),
]

RATIO_TWINS = [
    # an options gauge is no ratio of longs to shorts either; its reading is kept
    row(
        "The put-call ratio for Bitcoin options on Deribit dropped to 0.48 ahead of expiry.",
        "0.48",
        metric="other",
    ),
    row(
        "Binance's long/short ratio for BTC perpetuals rose to 1.92 as retail traders piled in.",
        "1.92",
        metric="long_short_ratio",
    ),
    row(
        "The ratio of long to short accounts on OKX fell to 0.88, CoinGlass data show.",
        "0.88",
        metric="long_short_ratio",
    ),
    row(
        "Longs outnumber shorts across major exchanges, with the ratio at 1.36 on Thursday, "
        "according to CoinGlass.",
        "1.36",
        metric="long_short_ratio",
    ),
    # a possessive before the bare word: the exchange's long/short ratio
    row(
        "On Bybit the long/short ratio is 1.48, while OKX's ratio is slightly lower at 1.21.",
        "1.21",
        metric="long_short_ratio",
    ),
    # a count after a named ratio is no value of it
    row(
        "The MVRV ratio has drifted lower for weeks, and 1,240 large wallets have sold since June.",
        "1,240",
        metric="participants",
    ),
]

NAMED = [
    # a wire: an exchange's reserves against what it owes users
    row(
        "Kestrel said it held $4.2 billion against user balances of $3.9 billion at the end "
        "of the month.",
        "$3.9 billion",
        metric="other",
    ),
    # a payment company's results release
    row(
        "Customer balances held in custody totalled $840 million at quarter-end, the company said.",
        "$840 million",
        metric="other",
    ),
    # an attestation story: the balances rise
    row(
        "The exchange's client balances rose to 61,200 BTC, according to its latest attestation.",
        "61,200 BTC",
        metric="other",
    ),
    known(
        "a plural possessive before 'balances' is not read as the noun's owner",
        "Its customers' balances stood at 412,000 ETH on the snapshot date.",
        "412,000 ETH",
        metric="other",
    ),
    # a fund launch: a rule of entry, no price
    row(
        "The new fund requires a minimum investment of $50,000 and charges 0.2% a year.",
        "$50,000",
        metric="other",
    ),
    # an on-chain newsletter: a cohort's realized price
    row(
        "The short-term holder realized price is $97,800, about 6% above spot, Glassnode "
        "data show.",
        "$97,800",
        metric="average_cost",
    ),
    # British spelling, the figure after "of"
    row(
        "Ether trades just above its realised price of $2,150.",
        "$2,150",
        metric="average_cost",
    ),
    known(
        "an appositive between the name and the verb hides 'realized price' from the figure",
        "Bitcoin's realized price, the average price at which coins last moved, sits near $41,200.",
        "$41,200",
        metric="average_cost",
    ),
]

NAMED_TWINS = [
    row(
        "Binance's reserves rose to $118 billion, its proof-of-reserves page shows.",
        "$118 billion",
        metric="reserves",
    ),
    row(
        "Exchange balances of bitcoin fell to 2.31 million BTC, the lowest since 2018, "
        "CryptoQuant said.",
        "2.31 million BTC",
        metric="reserves",
    ),
    row(
        "Bitcoin's price hit $98,400 on Tuesday before sellers returned.",
        "$98,400",
        metric="price",
    ),
    row(
        "Strategy bought 5,000 BTC at an average price of $97,200.",
        "$97,200",
        metric="average_cost",
    ),
]


# a payment company's volume by its initials, and shares of money moved by payments
PAYMENTS = [
    # a results release's highlight
    row(
        "Quarterly TPV climbed to $4.1 billion, the payments firm said in its earnings release.",
        "$4.1 billion",
        metric="transaction_value",
    ),
    # a share of the volume keeps its metric
    row(
        "Card transactions made up 38% of TPV in the quarter, up from 29% a year earlier.",
        "38%",
        metric="transaction_value",
    ),
    # a processor's gross payment volume moves
    row(
        "The processor's GPV rose 21% to $2.2 billion in the three months to September.",
        "21%",
        metric="transaction_value",
    ),
    # a newsletter: what a processor pays merchants
    row(
        "Merchant payouts settled in stablecoins reached $1.7 billion in October, the company "
        "said.",
        "$1.7 billion",
        metric="transaction_value",
    ),
    row(
        "Stablecoins settled 55% of merchant payouts by value in the quarter.",
        "55%",
        metric="transaction_value",
    ),
]

PAYMENT_TWINS = [
    # a share or a move of a count of transactions stays other
    row(
        "About 12% of transactions on the chain now involve stablecoins, Artemis said.",
        "12%",
        metric="other",
    ),
    row(
        "Daily transactions on the network fell 6% over the week, Artemis data show.",
        "6%",
        metric="other",
    ),
    # a bankruptcy's payouts are no payments volume
    row(
        "The bankruptcy estate said creditor payouts will start in March, covering 72% of claims.",
        "72%",
        metric="other",
    ),
    row(
        "Bitcoin's trading volume rose 21% to $48 billion on Tuesday, according to CoinGecko.",
        "$48 billion",
        metric="trading_volume",
    ),
]


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    RATIOS
    + RATIO_TWINS
    + EARLIER_RATIOS
    + EARLIER_TWINS
    + NAMED
    + NAMED_TWINS
    + PAYMENTS
    + PAYMENT_TWINS,
)
def test_named_quantity(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
