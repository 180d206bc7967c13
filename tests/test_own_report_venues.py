"""A venue's own report (an exchange's reserves report, a lender's monthly update, a
marketplace's or a DEX's weekly stats) speaks as "we" under a headline its name opens: its
own figures, table rows and counts happened at the venue, whether or not a publisher is
given. A research house's or a security firm's report is no venue's; a coin's market price,
a figure of the whole market and one whose clause names another venue keep their own
reading. Rows are in the words of exchanges, lenders, marketplaces, DEXs and staking
services no corpus article covers.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

KESTREL = (
    "Kestrel Exchange proof-of-reserves update: BTC cover at 103%\n\n"
    "Kestrel Exchange blog | Reserves | 2 June 2026\n\n"
    "We hold 14,200 BTC against customer balances of 13,790 BTC, a ratio of 103%. "
    "Bitcoin closed the month near $64,300."
)
ORLA = (
    "Orla Credit monthly report: loan book reaches $640 million\n\n"
    "This is our report on the Orla Credit book for May. Active loans stood at $640 million "
    "at month-end, and we liquidated 14 positions.\n\n"
    "Bitcoin fell 5% to $61,200 on Kraken on May 12, which triggered 720 margin calls "
    "across the book."
)
PINEWOOD = (
    "Pinewood weekly: 9,400 sales, creator fees cut\n\n"
    "Pinewood Market | Weekly stats | 7 June 2026\n\n"
    "Buyers completed 9,400 sales on our marketplace last week, for volume of $3.1 million. "
    "OpenSea charges 2.5% on most sales. The Quiet Owls floor rose to 0.84 ETH.\n\n"
    "Across all marketplaces, NFT sales totalled $52 million last week."
)
SALTMARSH = (
    "Saltmarsh Swap monthly: $2.4 billion traded in May\n\n"
    "Saltmarsh Swap | Monthly | 1 June 2026\n\n"
    "Traders swapped $2.4 billion through our pools in May, and liquidity providers earned "
    "$7.2 million in fees."
)
FERNGATE = (
    "Ferngate Staking quarterly: deposits pass 1.2 million ETH\n\n"
    "We now secure 1.2 million ETH for 31,000 depositors across Ferngate Staking vaults."
)
NORVANE = (
    "Norvane Research weekly: whales absorb 47,000 BTC\n\n"
    "Norvane Research | Weekly | 2 June 2026\n\n"
    "We estimate whales absorbed 47,000 BTC last week, while exchange balances fell 1.2%."
)
BRIGHTWALL = (
    "Brightwall Labs Q2 security report: $210 million lost\n\n"
    "Brightwall Labs | Research | 8 July 2026\n\n"
    "We counted $210 million lost to phishing drainers in the quarter."
)
NEWS = (
    "Kestrel Exchange says reserves cover 103% of balances\n\n"
    "Customers hold 13,790 BTC with the exchange, its report showed. "
    '"We publish these figures every month," a spokesperson said.'
)

# own reports whose headline does not open with the firm's name: a masthead or the
# publisher signs them and the body opens in the firm's voice
HOW_WE = (
    "How we kept withdrawals open during the March rush\n\n"
    "Tidewater Exchange blog | Operations | 4 April 2026\n\n"
    "We processed 212,000 withdrawals in March, and our engine matched $9.8 billion in spot "
    "volume."
)
MAY_UPDATE = (
    "May update: the loan book grows again\n\n"
    "Active loans stood at $640 million at month-end, and we liquidated 14 positions."
)
THIS_WEEK = (
    "This week on Larchmere: creators earn more\n\n"
    "Buyers completed 8,100 sales on our marketplace last week, for $2.7 million in volume."
)
# stories about a firm, with the outlet's own "we", "our" and "us" and no publisher given
TOLD_US = (
    "Orla Credit liquidates 14 positions as bitcoin slides\n\n"
    "Orla Credit liquidated 14 positions last week and its loan book stood at $640 million, "
    "a person at Orla Credit told us."
)
NO_COMMENT = (
    "Orla Credit trims rates as lenders compete\n\n"
    "Rival lender Birchway's loan book shrank to $300 million in May. Orla Credit did not "
    "respond to our request for comment, and we could not verify its $640 million figure."
)
CONTACTED = (
    "Kestrel Exchange halts withdrawals\n\n"
    "Users said withdrawals of about $4 million were stuck. We contacted Kestrel Exchange, "
    "which declined to comment."
)
# an exchange's research arm writes of the whole market, not of its exchange
ARM = (
    "Binance Research monthly: DeFi TVL climbs 12%\n\n"
    "We note that DeFi TVL rose 12% to $95 billion in May, while Binance listed 6 new "
    "tokens. Our view is that open interest of $31 billion signals demand."
)

# reports labelled by a title line, not a story's headline: the name and a few words of
# no figure before a colon, bar, comma or dash; the body speaks as "we" or "our" somewhere
TAVIRA = (
    "Tavira Loans quarterly letter: Q3 2026\n\n"
    "Tavira Loans funds small miners against their rigs. Outstanding principal closed the "
    "quarter at $212 million. We wrote 64 new loans."
)
QUENBY = (
    "Quenby | November trading review\n\n"
    "Clients moved $940 million onto Quenby in November, and our desk filled 18,300 client "
    "orders."
)
MARLOWE = (
    "Marlowe Pay card report, October\n\n"
    "Cardholders spent £61 million through Marlowe Pay last month. Our cashback bill came to "
    "£0.9 million."
)
KIRRA = (
    "Kirra Exchange bulletin: December\n\n"
    "Kirra Exchange serves traders in Perth and Darwin. We listed 4 tokens in December, and "
    "spot turnover reached A$1.2 billion."
)
HOLLIN = (
    "Hollin Swap \u2014 monthly numbers\n\n"
    "Hollin Swap runs on Base. Our pools handled $310 million of swaps; liquidity providers "
    "earned $0.8 million."
)
# a story's headline, a research house's labelled note, an outlet's own newsletter and a
# title whose "we" is only quoted
TAVIRA_NEWS = (
    "Tavira Loans cuts rates as miners struggle\n\n"
    "Tavira Loans said outstanding principal fell to $190 million. We counted 12 defaults "
    "among its borrowers."
)
CALDER = (
    "Calder Research monthly: December\n\n"
    "We estimate miners sold 9,200 BTC in December, and Calder Research counts 41 funds."
)
DAILY = (
    "Coinwire Daily: December 3\n\n"
    "Bitcoin rose 2% to $91,400 on Coinwire Daily's tracker, and we expect more swings."
)
YEAR_ON = (
    "Kirra Exchange, a year after the hack\n\n"
    "Victims have recovered 61% of their funds from Kirra Exchange, a lawyer said. "
    '"We are not done," he added.'
)

REACH = [
    (TAVIRA, "$212 million", None, "Tavira Loans"),
    (TAVIRA, "64", None, "Tavira Loans"),
    (QUENBY, "$940 million", None, "Quenby"),
    (QUENBY, "18,300", None, "Quenby"),
    (MARLOWE, "£61 million", None, "Marlowe Pay"),
    (MARLOWE, "£0.9 million", None, "Marlowe Pay"),
    (KIRRA, "A$1.2 billion", None, "Kirra Exchange"),
    (KIRRA, "4", None, "Kirra Exchange"),
    (HOLLIN, "$310 million", None, "Hollin Swap"),
    (HOLLIN, "$0.8 million", None, "Hollin Swap"),
    (HOW_WE, "212,000", None, "Tidewater Exchange"),
    (HOW_WE, "$9.8 billion", None, "Tidewater Exchange"),
    (MAY_UPDATE, "$640 million", "Orla Credit", "Orla Credit"),
    (MAY_UPDATE, "14", "Orla Credit", "Orla Credit"),
    (THIS_WEEK, "8,100", "Larchmere Market", "Larchmere Market"),
    (KESTREL, "14,200 BTC", None, "Kestrel Exchange"),
    (KESTREL, "103%", None, "Kestrel Exchange"),
    (ORLA, "$640 million", None, "Orla Credit"),
    (ORLA, "14", None, "Orla Credit"),
    (ORLA, "720", None, "Orla Credit"),  # the price's market does not reach the count
    (PINEWOOD, "9,400", None, "Pinewood"),
    (PINEWOOD, "$3.1 million", "Pinewood Market", "Pinewood"),
    (PINEWOOD, "0.84 ETH", None, "Pinewood"),  # a floor counted in a coin is a sale's
    (SALTMARSH, "$2.4 billion", None, "Saltmarsh Swap"),
    (SALTMARSH, "$7.2 million", None, "Saltmarsh Swap"),
    (FERNGATE, "31,000", None, "Ferngate Staking"),
]
TWINS = [
    (TAVIRA_NEWS, "$190 million", None, None),  # a story's headline
    (TAVIRA_NEWS, "12", None, None),
    (CALDER, "9,200 BTC", None, None),  # a research house's labelled note
    (CALDER, "41", None, None),
    (DAILY, "$91,400", None, None),  # an outlet's newsletter, a coin's price
    (YEAR_ON, "61%", None, None),  # the only "we" is quoted
    (KESTREL, "$64,300", None, None),  # a coin's market price
    (ORLA, "$61,200", None, "Kraken"),  # the price keeps its market
    (PINEWOOD, "2.5%", None, None),  # another venue's fee is not the report's
    (PINEWOOD, "$52 million", None, None),  # the whole market
    (NORVANE, "47,000 BTC", "Norvane Research", None),  # a research house is no venue
    (BRIGHTWALL, "$210 million", None, None),  # nor a security firm
    (NEWS, "13,790 BTC", "Harbour Coin News", None),  # a site's story about the exchange
    (TOLD_US, "$640 million", None, None),  # the outlet's "told us"
    (NO_COMMENT, "$300 million", None, None),  # the outlet's "our request", a rival's book
    (CONTACTED, "$4 million", None, None),  # the outlet's "We contacted"
    (ARM, "$95 billion", "Binance Research", None),  # a research arm's market figure
    (ARM, "$31 billion", None, None),
]


@pytest.mark.parametrize(("text", "quote", "publisher", "venue"), REACH + TWINS)
def test_own_report_venue(text: str, quote: str, publisher: str | None, venue: str | None) -> None:
    assert link_for(text, quote, publisher=publisher).venue == venue
