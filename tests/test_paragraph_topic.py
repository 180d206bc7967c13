"""A figure whose sentence names no asset takes the coin its paragraph is about, and the
paragraph's topic is a coin named before its sentence's figures (their subject), or in a
sentence without figures. A coin named after a figure of an earlier sentence says what that
figure was of or on ("a loss of $2.9 million on AVAX", "mostly on our ETH calls"): it is
that figure's, and a fund's fees, a firm's revenue or a corridor's transfer fees in the next
sentence take no asset from it (FORMAT.md leaves a figure about no asset without one)."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

FUND_LETTER = (
    "Larkspur Capital monthly letter to investors: November\n\n"
    "Dear investors,\n\n"
    "We booked gains of $4.1 million in the month, mostly on our ETH calls. "
    "Management fees charged to the fund came to $310,000.\n"
)
CORRIDOR = (
    "Remittances through the Manila corridor keep growing\n\n"
    "MANILA - Transfer firms moved $220 million through the corridor in March, a quarter of "
    "it settled in USDT, an industry survey found. Average transfer fees fell to 1.4% from "
    "2.1% a year earlier.\n"
)
WIRE = (
    "Mintgate posts first profit as payments volume climbs\n\n"
    "Mintgate, the privately held payments processor, took a $61 million charge on its "
    "bitcoin holdings in the third quarter, its filing shows. Revenue rose 22% to $480 "
    "million.\n"
)
NEWSLETTER = (
    "The Ledger Digest: treasuries, buybacks and the week's revenue table\n\n"
    "A busy week for on-chain treasuries.\n\n"
    "One lending market's treasury spent $2.5 million over the quarter, largely buying back "
    "AAVE on the open market. Protocol revenue for the sector climbed 14% to $9 million.\n"
)
RESEARCH_NOTE = (
    "Exchange research: where the week's flows went\n\n"
    "Our desk reviews the week's order books.\n\n"
    "Spot desks cleared $1.8 billion, a large part of it in LINK pairs after the upgrade. "
    "Taker fees across the venues we track slipped 3% on the week.\n"
)

TW_SUBJECT = (
    "Markets wrap: a volatile Tuesday\n\n"
    "Traders faced another choppy session.\n\n"
    "Ether fell 4% on Tuesday to $3,100 in early trading. Prices recovered 2% by the close.\n"
)
TW_NO_FIGURE = (
    "Markets wrap: a ruling day\n\n"
    "Traders faced another choppy session.\n\n"
    "XRP traders braced for the court ruling. Prices jumped 9% after it came.\n"
)
TW_OWNER_FIRST = (
    "Network report: fees and activity\n\n"
    "Our weekly look at network economics.\n\n"
    "Solana validators collected $3.2 million in priority fees last week. Fees climbed "
    "another 8% on Monday.\n"
)
TW_SAME_SENTENCE = (
    "Markets wrap: a volatile Tuesday\n\n"
    "Traders faced another choppy session.\n\n"
    "Dogecoin jumped 12% on Tuesday, then gave back 5% by the close.\n"
)
TW_AMOUNT_OF = (
    "On-chain desk: exchange flows\n\n"
    "Our daily look at wallets and order books.\n\n"
    "Large holders moved $85 million of ETH onto exchanges on Monday. The coin slid 4% over "
    "the following session.\n"
)
TW_WORTH_OF = (
    "Whale watch\n\n"
    "Big wallets were busy again.\n\n"
    "Whales withdrew some $45 million worth of ether from trading venues on Sunday. The "
    "token then climbed 7% in two days.\n"
)
TW_AMOUNT_IN = (
    "Treasury tracker: October\n\n"
    "Listed firms kept buying.\n\n"
    "Corporate treasuries added $1.6 billion in bitcoin during October. The coin ended the "
    "month 9% higher.\n"
)

# reach: a fund letter, a regional wire, a filing story, a newsletter, a research note: the
# coin stands after an earlier sentence's figure, and the next figure names none
REACH_ROWS = [
    row(FUND_LETTER, "$310,000", asset=None),
    row(CORRIDOR, "1.4%", asset=None),
    row(WIRE, "22%", asset=None),
    row(NEWSLETTER, "14%", asset=None),
    row(RESEARCH_NOTE, "3%", asset=None),
]

# twins: the coin is the subject of its sentence (before its figures), of a sentence without
# figures, named in the figure's own sentence, or what an earlier amount is of: it carries
TWIN_ROWS = [
    row(TW_SUBJECT, "2%", asset="ETH"),
    row(TW_NO_FIGURE, "9%", asset="XRP"),
    row(TW_OWNER_FIRST, "8%", asset="SOL"),
    row(TW_SAME_SENTENCE, "5%", asset="DOGE"),
    # the coin joined to its figure by "of", "worth of", "in" is what the amount is of
    row(TW_AMOUNT_OF, "4%", asset="ETH"),
    row(TW_WORTH_OF, "7%", asset="ETH"),
    row(TW_AMOUNT_IN, "9%", asset="BTC"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_coin_of_an_earlier_figure_stays_there(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_paragraph_subject_still_carries(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
