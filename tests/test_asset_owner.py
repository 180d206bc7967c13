"""Whose figure an amount is: the name of its own clause, the coin that owns its metric, the
company or the coin, one coin or the whole market, a fund or its coin. Each class has rows
that must resolve and twins that must not be pulled along."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check, link_for, row

# The name of the amount's own clause, not the subject of the next one.
CLAUSE_ROWS = [
    row("While bitcoin traded sideways below $100,000 this week, ETH outperformed the largest "
        "crypto.", "$100,000", asset="BTC"),
    row("Bitcoin slipped 2% on Monday, while ether rallied 6% to $3,900.", "6%", asset="ETH"),
    row("The firm sold preferred shares (STRF and STRD) this quarter, but 80% of the capital "
        "raised came from MSTR common stock sales.", "80%", asset="MSTR"),
    row("Solana futures draw little interest\n\nTraders still shrug off Solana derivatives, "
        "noting that the CME contract holds $210 million in open interest compared to "
        "Bitcoin's $11.8 billion.", "$210 million", asset="SOL"),
    row("Traders still shrug off Solana derivatives, noting that the CME contract holds "
        "$210 million in open interest compared to Bitcoin's $11.8 billion.", "$11.8 billion",
        asset="BTC"),
    row("Grayscale's two funds lost $151.9 million, with $61.2 million from the Grayscale "
        "Bitcoin Trust (GBTC) and $90.7 million from its Bitcoin Mini Trust ETF (BTC).",
        "$90.7 million", asset="BTC"),
    row("Grayscale's two funds lost $151.9 million, with $61.2 million from the Grayscale "
        "Bitcoin Trust (GBTC) and $90.7 million from its Bitcoin Mini Trust ETF (BTC).",
        "$61.2 million", asset="GBTC"),
]  # fmt: skip


# The coin that owns the figure's metric word, through a participle that goes on with it, or
# named in the sentence before when this one points back to it ("the token").
OWNER_ROWS = [
    row("Solana's market cap jumped by $9.8 billion, reaching a yearly high of $118 billion.",
        "$118 billion", asset="SOL", metric="market_cap"),
    row("Bitcoin's market cap fell by $100 billion, leaving the total crypto market cap at "
        "$2.4 trillion.", "$2.4 trillion", asset="CRYPTO"),
    row("Solana's market cap jumped by $9.8 billion, while the total crypto market cap "
        "reached $3.1 trillion.", "$3.1 trillion", asset="CRYPTO"),
    row("Dogecoin climbed 7% on Wednesday as bitcoin held steady.\n\nThe token changed "
        "hands near $0.41, with 24-hour trading volume topping $5.2 billion.", "$5.2 billion",
        asset="DOGE", metric="trading_volume"),
    row("Dogecoin climbed 7% on Wednesday as bitcoin held steady.\n\nTrading volume across "
        "the board topped $190 billion.", "$190 billion", asset="CRYPTO",
        metric="trading_volume"),
    row("Ether slid 3% on Thursday.\n\nEven with the sell-off, daily trading volume for spot "
        "Bitcoin ETFs jumped by nearly 167%, hitting $7.74 billion.", "$7.74 billion",
        asset="BTC", metric="trading_volume"),
    row("Open interest in the spot ether market climbed to $9 billion as ETH rallied.",
        "$9 billion", asset="ETH"),
    # twin: the spot market as a whole owns its volume
    row("Bitcoin and ether slid 3% on Thursday.\n\nDaily trading volume for spot markets "
        "jumped by 40%, hitting $90 billion.", "$90 billion", asset="CRYPTO"),
    # the coin that opens the sentence owns a volume its clause goes on to after "with"
    row("Bitcoin and ether slid on Monday.\n\nPI token led Gate.io trading with $508M in volume, "
        "surpassing Ethereum and Bitcoin.", "$508M", asset="PI"),
    row("Bitcoin and ether slid on Monday.\n\nSolana led the derivatives market with about $2.1 "
        "billion in open interest.", "$2.1 billion", asset="SOL"),
    # twins: no coin opens the clause, or a comma ends the coin's clause before "with"
    row("Bitcoin and ether slid on Monday.\n\nTrading was heavy across the market, with $90 "
        "billion in volume.", "$90 billion", asset="CRYPTO"),
    row("Bitcoin fell 4% on Monday, with $1 billion in liquidations across the market.",
        "$1 billion", asset="CRYPTO"),
    # a sentence opening on the move points back to the coin that made it, across a heading;
    # two coins, or liquidations, stay the market's
    row("Solana rose 12% to a record $290 on Monday, its best day in a year.\n\nTrading Volume "
        "and Market Capitalization\n\nThis remarkable rally was accompanied by a 70% increase in "
        "24-hour trading volume to $11.5 billion.", "$11.5 billion", asset="SOL"),
    row("Bitcoin and ether rallied 5% on Monday.\n\nThe rally was accompanied by a 30% increase "
        "in trading volume to $117.5 billion.", "$117.5 billion", asset="CRYPTO"),
    row("Solana jumped 12% to $290 on Monday.\n\nThe rally wiped out $300 million in short "
        "liquidations.", "$300 million", asset="CRYPTO"),
    row("Dogecoin climbed 7% on Wednesday as bitcoin held steady. The token market as a whole "
        "saw $190 billion in trading volume.", "$190 billion", asset="CRYPTO"),
]  # fmt: skip


# Counts of addresses, holders and validators are a network's; traders liquidated are the
# whole market's.
NETWORK_ROWS = [
    row("On Tuesday, 1.3 million active addresses transacted, the highest count ever recorded "
        "on the Solana network.", "1.3 million", asset="SOL", metric="participants"),
    row("Solana's network activity surged this week.\n\nRoughly 1.3 million unique addresses "
        "transacted on Tuesday.", "1.3 million", asset="SOL"),
    # a count of a network's activity (transfers, blocks) is the network's too
    row("Ethereum's active addresses spiked twice this month.\n\nThe Binance 14 hot wallet "
        "received 703,174 transfers from 702,083 unique addresses.", "703,174", asset="ETH"),
    row("Bitcoin's fourth halving is near.\n\nHalving occurs once every four years (every 210 "
        "thousand blocks), after which the reward for miners is cut in half.", "210 thousand",
        asset="BTC"),
    row("Bitcoin fell below $60,000 on Monday.\n\nMore than 246,000 traders were liquidated "
        "over the past 24 hours.", "246,000", asset="CRYPTO"),
]  # fmt: skip

# Venture totals are the sector's; a round someone named raised is that raiser's (no ticker).
SECTOR_ROWS = [
    row("Crypto startups drew strong interest in May.\n\n- In April, a total of $1.1 billion "
        "was raised across 170 funding rounds.", "$1.1 billion", asset="CRYPTO"),
    row("Venture funding for crypto startups rose in May.\n\nTokenWorks, a firm that builds "
        "staking tools, received a $47 million investment led by Paradigm.", "$47 million",
        asset=None, metric="funding_raised"),
    row("Paradigm’s $850 million funding round would be the largest for the crypto sector "
        "since 2022.", "$850 million", asset=None, metric="funding_raised"),
    row("Crypto Venture Funding Tops $1 Billion For A Second Month\n\nStartups raised the "
        "money across 150 rounds.", "$1 Billion", asset="CRYPTO"),
]  # fmt: skip

# What a theft took: one coin, or a mix (no one coin); a chain where it happened is no coin
# taken; a coin amount's dollar worth is that coin's; a fine is paid by no coin.
THEFT_ROWS = [
    row("Lendora, a lending protocol, lost over $50 million in the exploit.\n\nThe attackers "
        "drained assets such as USDC, WBNB and ETH before bridging them out.", "$50 million",
        asset=None, metric="hack_amount"),
    row("The attackers now control $32 million in assets on the Arbitrum network and "
        "$18 million on the BNB Chain.", "$18 million", asset=None),
    row("In March, the protocol lost 2,100 ETH (worth $4.1 million at the time) in a flash "
        "loan attack.", "$4.1 million", asset="ETH"),
    row("Hackers stole 401,000 ETH from the exchange's cold wallet.\n\nThe $1.46 billion "
        "theft is the largest on record.", "$1.46 billion", asset="ETH"),
    row("Terra's developer and its co-founder agreed to pay $4.47 billion to settle the "
        "regulator's lawsuit.", "$4.47 billion", asset=None),
]  # fmt: skip

# A company or the coin it holds: a market value named with the company is the company's.
COMPANY_ROWS = [
    row("At a market value of about $95 billion, MicroStrategy trades at a 1.4x premium to the "
        "bitcoin it holds.", "$95 billion", asset="MSTR", metric="market_cap"),
    row("Bitcoin's market cap topped $2 trillion as MicroStrategy added 5,000 BTC.",
        "$2 trillion", asset="BTC"),
    row("MicroStrategy now holds 640,000 BTC.\n\nThat stack is about 3% of Bitcoin's maximum "
        "supply and, on paper, shows a gain of roughly $12.4 billion.", "$12.4 billion",
        asset="MSTR", metric="profit"),
    row("Strategy disclosed another purchase on Monday.\n\n• BTC Acquired: 10,624\n"
        "• Average Price: $90,615", "10,624", asset="MSTR"),
    row("Strategy disclosed another purchase on Monday.\n\nBitcoin added 4% on the week.",
        "4%", asset="BTC"),
    row("Metaplanet bought 1,005 BTC for $108 million, bringing its total to 13,350 BTC.",
        "13,350 BTC", asset="3350.T", metric="holdings"),
    row("Coinbase beat estimates on Thursday.\n\nCoinbase reported total revenue of "
        "$1.5 billion for the quarter.", "$1.5 billion", asset="COIN", metric="revenue"),
    row("Robinhood's crypto revenue doubled to $358 million in the quarter.", "$358 million",
        asset="HOOD"),
    row("Monad, a new layer-1 backed by Paradigm and Coinbase Ventures, received a $225 million "
        "investment.", "$225 million", asset=None),
    row("MARA added 700 BTC in May.\n\nBitcoin miners saw record revenue of $107.8 million "
        "in a day as fees spiked.", "$107.8 million", asset="BTC", metric="revenue"),
    row("MARA added 700 BTC in May.\n\nThe company reported revenue of $238 million for the "
        "quarter.", "$238 million", asset="MARA", metric="revenue"),
]  # fmt: skip

# A fund group's flow is its coin's; a fund named as the leader or the exception of the group
# is not the figure's, a fund given its own figure is.
GROUP_STORY = (
    "Ether products shed $30 million last week, while Solana funds drew $12 million.\n\n"
    "Bitcoin ETFs Bleed For A Fourth Week\n\n"
    "About $98 million flowed out of the funds on Monday, followed by $140 million in "
    "outflows on Tuesday."
)
FUND_ROWS = [
    row("Spot bitcoin ETFs drew $412 million on Tuesday, with BlackRock's iShares Bitcoin "
        "Trust (IBIT) leading the way.", "$412 million", asset="BTC", metric="etf_flow"),
    row("Spot bitcoin ETFs drew $412 million on Tuesday, with BlackRock's iShares Bitcoin "
        "Trust (IBIT) taking in $390 million.", "$390 million", asset="IBIT"),
    row("The 11 spot bitcoin funds posted net outflows of $520 million, excluding the "
        "Grayscale Bitcoin Trust (GBTC).", "$520 million", asset="BTC"),
    row("The Grayscale Bitcoin Trust (GBTC) posted net outflows of $520 million.",
        "$520 million", asset="GBTC"),
    row(GROUP_STORY, "$140 million", asset="BTC", metric="etf_flow"),
    row(GROUP_STORY, "$12 million", asset="SOL"),
    row("XRP products added $9.1 million last week. Other altcoin products lost a combined "
        "$48 million.", "$48 million", asset="ALTCOINS"),
]  # fmt: skip

# A stablecoin and its issuer: the issuer's reserves back the coin; before the issuer was
# listed its name is no ticker, and a price of the coin is the coin's (published 2023-03-11).
BEFORE_LISTING = date(2023, 3, 11)
ISSUER_ROWS = [
    row("USDC, the stablecoin issued by Circle, slid to $0.87 on Saturday as traders fled.",
        "$0.87", asset="USDC"),
    row("Late on Friday, Circle confirmed that $3.3 billion of the $40 billion in reserves "
        "backing its stablecoin sat at the failed lender.", "$40 billion", asset="USDC"),
]  # fmt: skip
AFTER_LISTING_ROWS = [
    row("Shares of Circle jumped 168% in their first day of trading on Thursday.", "168%",
        asset="CRCL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ISSUER_ROWS)
def test_issuer_before_listing(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected, published=BEFORE_LISTING)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), AFTER_LISTING_ROWS)
def test_issuer_after_listing(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected, published=date(2025, 6, 6))


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    CLAUSE_ROWS + OWNER_ROWS + NETWORK_ROWS + SECTOR_ROWS + THEFT_ROWS + COMPANY_ROWS + FUND_ROWS,
)
def test_owner_of_a_figure(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


def test_a_firms_clients_are_no_networks() -> None:
    """Clients and investors of a lender that takes bitcoin as collateral are no count of the
    bitcoin network (whatever else they are)."""
    text = (
        "The lender lets market makers borrow dollars against bitcoin held in custody.\n\n"
        "It has $640 million in active loans across 38 institutional clients."
    )
    assert link_for(text, "38").asset != "BTC"
