"""A head count of people who were not liquidated and are no network's accounts ("4,300
customers", "312 identified victims", "18,420 unique buyers") is a firm's, a court case's or
a country's people, counted outside the market: where its sentence names no coin it takes no
asset, not the whole market's CRYPTO (FORMAT.md: a figure about no asset leaves it unset).
Traders liquidated stay the market's, and addresses, wallets and holders stay their
network's or token's."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

_PEOPLE_CASES = [
    (  # a regulator's enforcement story
        "Watchdog orders lender to repay savers\n\n"
        "A state regulator on Tuesday ordered Bluewave Credit, a crypto lending app, to repay "
        "its savers after a year-long probe.\n\n"
        "About 6,200 customers who could not withdraw in March will be repaid first, the "
        "regulator said.\n",
        "6,200",
        None,
    ),
    (  # a court wire
        "Fraudster jailed over bitcoin scheme\n\n"
        "A federal judge sentenced the founder of a bitcoin investment club to nine years on "
        "Thursday.\n\n"
        "Prosecutors said the scheme took money from 1,450 investors in four states.\n",
        "1,450",
        None,
    ),
    (  # a survey in a business desk's story
        "Survey: Britons warm to digital assets\n\n"
        "A bank-commissioned poll published on Monday shows interest in crypto rising among "
        "younger adults.\n\n"
        "Of the 4,000 adults polled, 38% said they would consider buying some within a year.\n",
        "4,000",
        None,
    ),
    (  # a marketplace report
        "NFT sales slip for a third month\n\n"
        "Sales of digital collectibles fell again in August as buyers stayed away.\n\n"
        "The number of unique buyers dropped to 96,300, the fewest since 2020.\n",
        "96,300",
        None,
    ),
    (  # a regional payments wire
        "Lagos fintech adds stablecoin transfers\n\n"
        "Lagos-based payments firm Kora Pay said on Wednesday it now lets merchants settle in "
        "stablecoins.\n\n"
        "The firm said 2,800 merchants signed up in the first week.\n",
        "2,800",
        None,
    ),
    (  # a scam tracker's note
        "Romance scams cost Canadians C$38 million\n\n"
        "Crypto romance scams cost victims in Canada C$38 million in the first half, police "
        "said.\n\n"
        "Officers counted 640 victims, most of them over 50.\n",
        "640",
        None,
    ),
    (  # a home-loan desk
        "Bitcoin-backed mortgages pass $500 million\n\n"
        "A Florida lender said its loans secured partly by bitcoin passed $500 million.\n\n"
        "During last week's slide, 41 borrowers were asked to post more collateral.\n",
        "41",
        None,
    ),
]
_TWIN_CASES = [
    (
        "Bitcoin slides below $90,000\n\n"
        "Bitcoin fell 6% on Friday, its worst day in a month.\n\n"
        "More than 212,000 traders were liquidated over the past 24 hours.\n",
        "212,000",
        "CRYPTO",
    ),
    (
        "Solana activity hits a record\n\n"
        "Solana's network saw record use on Sunday as memecoin trading surged.\n\n"
        "Active addresses rose to 6.1 million, the most since January.\n",
        "6.1 million",
        "SOL",
    ),
    (
        "Dogecoin holders keep growing\n\n"
        "Dogecoin added new wallets for a fifth week, on-chain data show.\n\n"
        "The number of holders rose to 7.9 million.\n",
        "7.9 million",
        "DOGE",
    ),
]

# reach: people counted in other outlets' stories (a regulator, a court wire, a bank's
# survey, an NFT report, a regional payments wire, a scam tracker, a home-loan desk)
REACH_ROWS = [row(text, quote, asset=want) for text, quote, want in _PEOPLE_CASES]
TWIN_ROWS = [row(text, quote, asset=want) for text, quote, want in _TWIN_CASES]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_people_counted_outside_the_market_take_no_asset(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_liquidated_traders_and_network_accounts_keep_their_asset(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
