"""The article's most named asset reaches a figure that names none only where the article
declares that asset its topic: the headline or the lead paragraph names it, or it is the
article's own subject. A coin named often but only in one body paragraph (a stablecoin frozen
in a hacks tally, the coin a payments story mentions, a token beside a rollup report) is no
owner of the story's other figures: they take no asset, as FORMAT.md leaves a figure that is
about no asset."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

HACKS = (
    "Scam losses fall for a second quarter, security firm says\n\n"
    "Losses to hacks and frauds dropped in the three months to September, according to a "
    "quarterly tally by blockchain security firm Obsidia Labs.\n\n"
    "Stolen funds totalled $402 million, down 21% from the previous quarter.\n\n"
    "Circle blacklisted $12 million in USDC linked to one of the thefts, and the issuer later "
    "froze a further 2 million USDC. Investigators traced another 900,000 USDC to a mixer.\n\n"
    "Romance scams cost victims a median of $3,150, the report said.\n"
)
COUNTRY = (
    "Vietnamese exchange turnover climbs as regulator readies licences\n\n"
    "HANOI - Trading on Vietnam's crypto platforms rose again last month, ahead of a licensing "
    "regime due in January.\n\n"
    "Tether's USDT made up 44% of trades on local order books, and USDT pairs led every venue "
    "surveyed. Demand for USDT has grown since the dong weakened.\n\n"
    "Trading fees on local venues averaged 0.15% a side last month, ministry data showed.\n"
)
NEWSLETTER = (
    "The Settlement Layer: prediction venues have their busiest week\n\n"
    "Welcome back. This week: election contracts, fee cuts and a new venue in Singapore.\n\n"
    "Among crypto-themed contracts, a market on ether's year-end close "
    "drew bets as ether slid. Ether holders hedged, and ether options volume rose.\n\n"
    "Contracts on the mayoral race traded at 62 cents on Thursday, up from 48 cents.\n"
)
RESEARCH = (
    "Weekly research note: rollup activity and sequencer margins\n\n"
    "Our desk looks at where activity on layer-2 networks went in the past seven days. "
    "Bridged deposits, transaction counts and fees all moved, though not in step.\n\n"
    "Solana's ecosystem drew attention too, as SOL traders bridged in, SOL staking rose "
    "and a SOL memecoin briefly topped the charts.\n\n"
    "Fees collected across the ten largest rollups fell 9% to $4.2 million on the week.\n"
)
REGIONAL = (
    "Lagos fintech firms report surge in cross-border transfers\n\n"
    "LAGOS - Payment start-ups in Nigeria's commercial capital say remittance traffic has "
    "jumped since the naira's latest slide.\n\n"
    "Several operators said customers increasingly settle in bitcoin, and one said bitcoin "
    "now clears a fifth of its transfers; bitcoin ATMs remain rare.\n\n"
    "Transfer fees at the largest operator dropped to 1.2% from 1.9% a year ago.\n"
)
WIRE = (
    "Court approves sale of failed exchange's office portfolio\n\n"
    "NEW YORK (Wire) - A bankruptcy judge on Monday cleared the estate of collapsed exchange "
    "Veltrix to sell its office leases in three cities.\n\n"
    "The estate still holds 3,100 BTC, and its advisers say no bitcoin will be sold before the "
    "creditor vote. Bitcoin accounts for most of its remaining assets.\n\n"
    "Legal and advisory fees have reached $41 million since the filing, court papers show.\n"
)
TW_HEADLINE = (
    "Bitcoin price analysis: bulls eye resistance after weekly close\n\n"
    "Traders are watching whether the rally can survive the options expiry on Friday.\n\n"
    "Bitcoin closed the week higher, and bitcoin miners held back supply.\n\n"
    "Key resistance levels - $71,500 and $74,000\n"
)
TW_LEAD = (
    "Staking queue hits a record as validators rush in\n\n"
    "Ether holders have lined up to stake ETH at the fastest pace since the Shapella upgrade, "
    "on-chain data show.\n\n"
    "The entry queue held 412,000 validators on Thursday, a record.\n\n"
    "Prices slipped 2% over the week as the queue grew.\n"
)
TW_SUBJECT = (
    "Brightwater Mining lifts output as new site comes online\n\n"
    "Brightwater Mining Corp. (NASDAQ: BWMC) said on Tuesday that its Texas site is now fully "
    "energised.\n\n"
    "Shares of the miner rose 8% in early trading.\n"
)

# reach: figures in other outlets' words (a security firm's tally, a regional wire, a
# newsletter, an exchange's research note, a payments story, a court wire) whose paragraph
# names no coin, in articles whose headline and lead name none either
REACH_ROWS = [
    row(HACKS, "$3,150", asset=None),
    row(COUNTRY, "0.15%", asset=None),
    row(NEWSLETTER, "62 cents", asset=None),
    row(RESEARCH, "9%", asset=None),
    row(REGIONAL, "1.2%", asset=None),
    row(WIRE, "$41 million", asset=None),
]

# twins: the coin the headline or the lead names, or the article's own subject, still carries
TWIN_ROWS = [
    row(TW_HEADLINE, "$71,500", asset="BTC"),
    row(TW_LEAD, "2%", asset="ETH"),
    row(TW_SUBJECT, "8%", asset="BWMC"),
    row(HACKS, "2 million USDC", asset="USDC"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_body_coin_stays_off_other_figures(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_declared_topic_still_carries(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
