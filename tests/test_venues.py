"""Venues: the exchange, protocol or bridge a figure happened at, kept apart from sources."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

HACK_STORY = (
    "Bybit was hacked on Friday, and the hack drained a Bybit cold wallet. Bybit said it "
    "remains solvent. "
)

VENUE_ROWS = [
    # Trading figures take the venue nearest in the sentence, not one of the next clause.
    row("Top traders on Binance hold a long/short ratio of 1.95.", "1.95", venue="Binance"),
    row("On Binance’s XRP/USDT pair the long/short ratio for accounts is 1.59, while OKX’s "
        "ratio is lower at 0.94.", "1.59", venue="Binance"),
    row("On Binance’s XRP/USDT pair the long/short ratio for accounts is 1.59, while OKX’s "
        "ratio is lower at 0.94.", "0.94", venue="OKX"),
    # Other figures take a venue of their own clause: users, fines, a venue's own reserves.
    row("In 2022, Binance had around 130 million users.", "130 million", venue="Binance"),
    row("Binance has agreed to pay more than $4 billion in fines and penalties.", "$4 billion",
        venue="Binance"),
    row("More than $9.4 billion worth of bitcoin is owed to 127,000 creditors of Mt. Gox.",
        "127,000", venue="Mt. Gox"),
    row("About 350,000 ETH of the validators waiting to exit are tied to staking provider "
        "Figment.", "350,000 ETH", venue="Figment"),
    # the comma of a number written between the venue and the figure is no clause boundary
    row("Scope Protocol found that the Binance 14 hot wallet received 703,174 transfers from "
        "702,083 unique addresses.", "702,083", venue="Binance"),
    row("Binance leads with 535 million XRP contracts, while 12,400 traders hold positions "
        "elsewhere.", "12,400", venue=None),
    # A comparison that opens the sentence belongs to the main clause's subject after it.
    row("Compared to 130 million users reported in 2023, Binance has added 70 million since.",
        "130 million", venue="Binance"),
    row("Up from 90 million users a year ago, Coinbase now counts 110 million.",
        "90 million", venue="Coinbase"),
    row("Compared to 130 million users in 2023, the market has grown, Binance said.",
        "130 million", venue=None),
    # A venue in an aside that leaves the figure out is not the figure's.
    row("Radiant Capital, a lending protocol built on LayerZero, had already lost $4.5 million "
        "in a January hack.", "$4.5 million", venue="Radiant Capital"),
    # Prices and a company's own money happen at no venue, unless the price is quoted at one
    # market ("on Coinbase" right after it), as the gold of both corpora reads it.
    row("Coinbase shares rose 8% on Monday.", "8%", venue=None),
    row("Bitcoin fell to $60,000 on Coinbase.", "$60,000", venue="Coinbase"),
    # A venue cited as the source of data is not where the figure happened.
    row("Traders priced a 61% chance of a half-point cut, according to the CME Group.", "61%",
        venue=None),
    # "The exchange" points back; a figure of the same kind carries through its paragraph.
    row("Binance turned seven this week. On Saturday, the exchange announced it had passed 200 "
        "million users.", "200 million", venue="Binance"),
    row("In 2022, Binance had around 130 million users. A year later, the exchange had 170 "
        "million users.", "170 million", venue="Binance"),
    # Fines a story tells of one party: a later fine without a venue takes that party.
    row("Regulators fine Binance $4.3 billion\n\nA second $968 million fine was also imposed "
        "by another agency.", "$968 million", venue="Binance"),
    row("Regulators fine Binance $4.3 billion and KuCoin $300 million\n\nA third $50 million "
        "fine was also imposed.", "$50 million", venue=None),
    # twins: a fine or a count of another party, with nothing that points back to the venue
    row("SEC fines Kraken $30 million over staking\n\nElsewhere, a U.K. court ordered a "
        "crypto fund manager to pay a $2 million fine.", "$2 million", venue=None),
    row("Coinbase has 100 million verified users.\n\nRobinhood, by contrast, counts 24 "
        "million funded accounts.", "24 million", venue=None),
    # An exchange's users, told of one exchange: later counts of no asset are its users too.
    row("Binance now has 200 million users, the exchange said.\n\nThank you to our "
        "community.\n\nOur journey to 1 billion users continues.", "1 billion",
        venue="Binance"),
    # twins: people of the whole market, and a story of two exchanges' users
    row("Binance now has 200 million users, the exchange said.\n\nThank you to our "
        "community.\n\nAround 580 million people worldwide now own crypto.", "580 million",
        venue=None),
    row("Binance has 200 million users and Coinbase 110 million.\n\nThank you to our "
        "community.\n\nOur journey to 1 billion users continues.", "1 billion", venue=None),
    # A list under a lead line that names one venue is that venue's.
    row("Here is how Coinbase performed in the quarter:\n\nTrading Volume : $439 billion versus "
        "an estimate of $391 billion.\n\nTrading Volume - Consumer : $94 billion.\n",
        "$94 billion", venue="Coinbase"),
    # In a hack story the hacked platform is where its figures happened, not another year's.
    row(HACK_STORY + "The attacker moved 401,000 ETH to fresh wallets.", "401,000 ETH",
        venue="Bybit"),
    row(HACK_STORY + "In 2024 alone, hackers stole over $2.2 billion from crypto platforms.",
        "$2.2 billion", venue=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), VENUE_ROWS)
def test_venue(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


RELATIVE_ROWS = [
    # A venue whose relative clause holds the figure is that figure's ("X, which lost ...").
    row("Mt. Gox, which lost 850,000 bitcoin in its 2014 collapse, will start repayments next "
        "month.", "850,000 bitcoin", venue="Mt. Gox"),
    row("Binance, which also serves 200 million users, said it halted withdrawals for 2 hours, "
        "while OKX stayed open.", "200 million", venue="Binance"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), RELATIVE_ROWS)
def test_venue_of_a_relative_clause(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
