"""People counted: a count is of participants when its own noun names people or accounts
that use a market or a product (investors, merchants, residents, institutions, taxpayers,
bidders), whether the noun follows the count after a frequency word ("250,000 monthly active
traders") or is the subject "the number of X" however long the words attached to it before
the verb ("The number of individuals declaring crypto operations reached 4.6 million"). A
count of people is no coin's and no market's unless they were liquidated. Twins: counts of
other things, counts of people no market's (creditors, staff), a count sizing a noun of its
own after a count of people, and wallets funds were moved to."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

# "the number of X ..., verb N": the subject is the counted noun, past the words attached to it
NUMBER_OF_ROWS = [
    row("The number of individuals declaring crypto operations reached 4.6 million in July, "
        "compared with 3.9 million in July 2025.",
        "4.6 million", metric="participants"),
    row("The number of institutions reporting a position in at least one spot bitcoin ETF rose "
        "to 1,642 from 1,497 at the end of June.",
        "1,642", metric="participants"),
    row("The number of active cardholders, those who used their card in the month, rose to "
        "386,000 from 352,000.",
        "386,000", metric="participants"),
    row("The number of individual taxpayers who declared crypto gains or losses rose to about "
        "148,000 from 97,000, the revenue service said.",
        "148,000", metric="participants"),
    row("The number of registered crypto investors rose to 24.1 million at the end of "
        "September, the regulator said.",
        "24.1 million", metric="participants"),
    # reach: brokerage, pension, payments and retail-banking desks, other regions
    row("The number of retail investors holding shares through the app, a group the broker "
        "courted with commission-free trading, climbed to 2.8 million in the quarter.",
        "2.8 million", metric="participants"),
    row("The total number of clients using the bank's digital-asset custody desk reached 412 "
        "at the end of June, Zurich-based Helvetia Privatbank said.",
        "412", metric="participants"),
    row("The number of merchants accepting QR payments in Nairobi rose to 61,000 in August, "
        "the central bank said.",
        "61,000", metric="participants"),
    row("The number of residents who opened e-CNY wallets in the pilot cities rose to 9.6 "
        "million by December, the People's Bank of China said.",
        "9.6 million", metric="participants"),
    row("The number of members enrolled in the pension fund's self-directed option, which "
        "since March includes a bitcoin ETF, reached 18,400.",
        "18,400", metric="participants"),
]  # fmt: skip

# twins: what "the number of" counts is no people; another figure between; a level of money
NUMBER_OF_TWINS = [
    row("The number of crypto examinations opened by the agency rose to 431 in fiscal 2026.",
        "431", metric="other"),
    row("The number of licensed exchanges in the country, which the regulator caps, rose to 14 "
        "from 11.",
        "14", metric="other"),
    row("The number of public channels dropped to 43,800 in October, 1ML data show.",
        "43,800", metric="other"),
    row("The number of creditors who filed claims, the trustee said, reached 1,500.",
        "1,500", metric="other"),
]  # fmt: skip

# a count, a frequency word and the people counted; people nouns the table now knows
COUNTED_ROWS = [
    row("Lighter crossed 250,000 monthly active traders for the first time.",
        "250,000", metric="participants"),
    row("Its first title, Tidebreakers, had 210,000 monthly active players in August.",
        "210,000", metric="participants"),
    row("Some 8,900 merchants used the service at least once in the quarter, up from 3,200 in "
        "Q3 2025.",
        "8,900", metric="participants"),
    row("Eleven banks took part, and 312,000 residents opened e-HKD wallets in the pilot.",
        "312,000", metric="participants"),
    row("BlackRock's iShares Bitcoin Trust was held by 1,108 institutions at the end of "
        "September, more than any other fund.",
        "1,108", metric="participants"),
    row("The auction sold the coins in 20 lots to eight winning bidders, the Marshals Service "
        "said.",
        "eight", metric="participants"),
    row("Some 8,900 merchants used the service in the quarter; about 1,150 of them are cafés "
        "and bakeries.",
        "1,150", metric="participants"),
    # reach: a stock broker, a retail bank, a travel card, a lottery app
    row("The broker now counts 1.4 million weekly active investors in Germany and Austria.",
        "1.4 million", metric="participants"),
    row("Monzo said 3.2 million daily active customers opened its app during the outage week.",
        "3.2 million", metric="participants"),
    row("Revolut's travel card was used by 640,000 clients in Spain last summer.",
        "640,000", metric="participants"),
    row("The lottery app paid prizes to 52,000 monthly active participants in March.",
        "52,000", metric="participants"),
    row("About 2,600 taxpayers amended their returns after the letters went out, HMRC said.",
        "2,600", metric="participants"),
]  # fmt: skip

# twins: staff, creditors, wallets funds went to, a noun of its own after a count of people
COUNTED_TWINS = [
    row("The number of registered crypto investors rose to 24.1 million, from 23.6 million a "
        "month earlier. About 61% of them are under 30.",
        "30", metric="other"),
    row("The number of registered crypto investors rose to 24.1 million, from 23.6 million a "
        "month earlier. Roughly two-thirds of them are younger than 35.",
        "35", metric="other"),
    row("The pension fund had 410,000 members at the end of 2025. About a fifth of them were "
        "older than 65, the annual report said.",
        "65", metric="other"),
    row("The exchange hired 120 compliance staff during the month.",
        "120", metric="other"),
    row("The trustee repaid roughly 1,500 creditors in the first round.",
        "1,500", metric="other"),
    row("The hacker moved the stolen ether to 12 fresh addresses before bridging it.",
        "12", metric="other"),
    row("Its first title had 210,000 monthly active players in August. Halyard was again the "
        "busiest lead investor, with two of the week's rounds.",
        "two", metric="other"),
    row("The number of registered crypto investors rose to 24.1 million. Local memecoin volume "
        "rose 140% month-on-month, led by two tokens listed mid-month.",
        "two", metric="other"),
]  # fmt: skip

# a count of people is nobody's coin or market unless they were liquidated
PEOPLE_ASSET_ROWS = [
    row("ScamSniffer, which tracks drainer activity separately, counted roughly 46,000 victims "
        "and $88 million in losses over the same three months.",
        "46,000", metric="participants", asset=None),
    row("The median loss per victim was $9,800, but eight people lost more than $100,000 each.",
        "eight", metric="participants", asset=None),
    row("A survey put crypto ownership at 17% of adults. That is about 11.8 million people.",
        "11.8 million", metric="participants", asset=None),
    # reach: a pension fund, a stock broker
    row("The Ohio pension fund said 2,300 members had chosen the self-directed window since "
        "March.",
        "2,300", metric="participants", asset=None),
    row("The brokerage said 91,000 customers traded fractional shares on launch day.",
        "91,000", metric="participants", asset=None),
]  # fmt: skip

PEOPLE_ASSET_TWINS = [
    row("Over the past 24 hours, 246,000 traders were liquidated, with total liquidations "
        "reaching $1.1 billion, CoinGlass data show.",
        "246,000", metric="participants", asset="CRYPTO"),
    row("Bitcoin traded at $91,200 on Tuesday, CoinGecko data show.",
        "$91,200", asset="BTC"),
    row("Cardano's network counted 1.3 million active addresses in November, its most since "
        "2022.",
        "1.3 million", metric="participants", asset="ADA"),
]  # fmt: skip


# known gaps: three words between a count and its noun; a label's head before "for"
PEOPLE_GAPS = [
    known("three modifiers before the noun: the reader allows a frequency word and two more",
          "Blockchain games averaged 4.12 million daily unique active wallets last month, "
          "according to DappRadar.",
          "4.12 million", metric="participants"),
    known("a label is read by its last word: 'individuals' wins over the rate it qualifies",
          "- Inclusion rate for individuals: 40%",
          "40%", metric="other"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    PEOPLE_GAPS
    + NUMBER_OF_ROWS
    + NUMBER_OF_TWINS
    + COUNTED_ROWS
    + COUNTED_TWINS
    + PEOPLE_ASSET_ROWS
    + PEOPLE_ASSET_TWINS,
)
def test_people_counted(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
