"""Classes of text that lose or mislead a figure's asset on news the rules were not written
from: possessives typed with other apostrophes, stock indices and yields beside crypto
figures, abbreviations and time zones read as tickers."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check, known, link_for, quotes, row

# A possessive typed with a left quote, a modifier letter, a backtick or an acute accent
# ("Bitcoin‘s", "Solana`s") is a possessive all the same: the coin stays named.
APOSTROPHE_ROWS = [
    row("• Bitcoin‘s difficulty hits a new high of 114.7 T, rising 5.6%.", "5.6%", asset="BTC"),
    row("Solana`s market cap jumped by $9.8 billion on Monday.", "$9.8 billion", asset="SOL",
        metric="market_cap_change"),
    row("Ethereumʼs open interest climbed to $21 billion as traders piled in.", "$21 billion",
        asset="ETH", metric="open_interest"),
    row("XRP´s price rose 5% to $0.62 after the ruling.", "$0.62", asset="XRP"),
    row("Dogecoin‘s 24-hour trading volume topped $5.2 billion.", "$5.2 billion", asset="DOGE"),
    row("Bitcoin’s open interest hit $60 billion.", "$60 billion", asset="BTC"),
]  # fmt: skip

# Stock indices and bond yields are the macro backdrop of a crypto story: their moves are no
# coin's and no ticker of their own is given (as in the gold); gold and silver keep theirs.
INDEX_ROWS = [
    row("Bitcoin rose 2% to $98,000. The Nasdaq 100 rose 0.3%, while the S&P 500 and Dow Jones "
        "Industrial Average were up about 0.1% each.", "0.3%", asset=None),
    row("Bitcoin rose 2% to $98,000. The Nasdaq 100 rose 0.3%, while the S&P 500 and Dow Jones "
        "Industrial Average were up about 0.1% each.", "0.1%", asset=None),
    row("The US 10-year Treasury yield closed at 3.783%, up from Tuesday’s close of 3.741%.",
        "3.741%", asset=None),
    row("Ether slid 4% on the day. S&P 500 futures dropped 10% over the weekend.", "10%",
        asset=None),
    row("Bitcoin held $60,000 while gold hit a new all-time high of $2,600.", "$2,600",
        asset="XAU"),
    row("Treasury yields jumped, and the dollar index rose 0.7% on Thursday.", "0.7%",
        asset="DXY"),
]  # fmt: skip

# An abbreviation spelled out before it (a possessive in between) and a time zone are no
# tickers: the figure keeps the coin of its paragraph.
NOT_TICKER_ROWS = [
    row("BTC is testing the $26,000 support. Failing to hold it would lead BTC down to the "
        "Momentum Reversal Indicator’s (MRI) State Trend Resistance level at $25,142.",
        "$25,142", asset="BTC"),
    row("USDC traded at $0.97 on Saturday. Around five other stablecoins dropped below "
        "parity during the early morning (ET) trading sessions.", "five", asset=None),
    row("Bitcoin fell to $61,200 at 9:30 a.m. (EST) on Monday.", "$61,200", asset="BTC"),
]  # fmt: skip


# A derivatives figure (volume, open interest) in a sentence that names no coin continues the
# sentence before it in its paragraph: when that sentence names one coin, the figure is that
# coin's; a sentence naming the whole market, or several coins, leaves it the market's.
PREVIOUS_COIN_ROWS = [
    row("Crypto markets slid on tariff fears.\n\nSolana is now down nearly 9% in the past 24 "
        "hours, hovering near $118. Trading volumes have surged over 180%, hitting $9 billion.",
        "$9 billion", asset="SOL", metric="trading_volume"),
    row("The crypto market rallied.\n\nDogecoin jumped 12% to $0.21 on Monday. Open interest "
        "climbed to $2.4 billion as traders piled in.", "$2.4 billion", asset="DOGE",
        metric="open_interest"),
    # twins: the sentence before names the market, or two coins
    row("The crypto market lost 6% in the past 24 hours. Trading volumes have surged over 180%, "
        "hitting $140 billion.", "$140 billion", asset="CRYPTO", metric="trading_volume"),
    row("Crypto markets slid on tariff fears.\n\nBitcoin fell 5% while ether dropped 8% on "
        "Monday. Trading volumes have surged over 180%, hitting $140 billion.", "$140 billion",
        asset="CRYPTO", metric="trading_volume"),
]  # fmt: skip

# Liquidations are the whole market's unless a coin owns them in their clause: its traders or
# longs as the subject ("Solana traders took the brunt, enduring $61 million of liquidations"),
# or the coin right before "with" in a ranking ("followed by XRP with $40 million").
COIN_LIQUIDATION_ROWS = [
    row("Solana (SOL) traders took the brunt of the losses, enduring $61 million of long "
        "liquidations, followed by XRP with $40 million.", "$61 million", asset="SOL",
        metric="liquidations"),
    row("Solana (SOL) traders took the brunt of the losses, enduring $61 million of long "
        "liquidations, followed by XRP with $40 million.", "$40 million", asset="XRP",
        metric="liquidations"),
    # twins: traders of the whole market; a coin's move beside the market's liquidations
    row("Bitcoin slid 4%, and traders across the market endured $900 million of liquidations.",
        "$900 million", asset="CRYPTO", metric="liquidations"),
    row("Bitcoin fell 5% on Monday, with $900 million in liquidations across the market.",
        "$900 million", asset="CRYPTO", metric="liquidations"),
    row("Crypto traders endured $900 million of liquidations as bitcoin slid.", "$900 million",
        asset="CRYPTO", metric="liquidations"),
]  # fmt: skip

# Liquidations in a story about one coin's derivatives market (its futures, its open interest)
# are that market's; in a story about the coin's price they stay the whole market's.
DERIVATIVES_STORY = (
    "Solana futures open interest hits record $9.1 billion\n\n"
    "Solana's derivatives market has shown heavy activity, with open interest climbing 14% to "
    "$9.1 billion on Tuesday, CoinGlass data shows.\n\n"
    "The liquidation data reveals $12.5M liquidated in the last hour and $70M in 24 hours."
)
PRICE_STORY = (
    "Solana slides below $120 as sellers return\n\n"
    "Solana fell 6% to $118 on Tuesday, its lowest level in a month.\n\n"
    "The liquidation data reveals $12.5M liquidated in the last hour and $70M in 24 hours."
)
DERIVATIVES_LIQUIDATION_ROWS = [
    row(DERIVATIVES_STORY, "$70M", asset="SOL", metric="liquidations"),
    row(PRICE_STORY, "$70M", asset="CRYPTO", metric="liquidations"),
]

# "X% of the total crypto market" names the whole a coin's share is taken of: the share, and
# the figures its clause goes on with, are the coin's; the market's own figures stay its.
SHARE_OF_WHOLE_ROWS = [
    row("Ether currently accounts for 12.4% of the total crypto market, having a market "
        "capitalization of $480 billion.", "12.4%", asset="ETH"),
    row("Ether currently accounts for 12.4% of the total crypto market, having a market "
        "capitalization of $480 billion.", "$480 billion", asset="ETH"),
    row("Solana now makes up 3% of the whole crypto market, having a market cap of "
        "$95 billion.", "$95 billion", asset="SOL"),
    # twins: the market opens the sentence, or a clause boundary stands before the participle
    row("The total crypto market rose 2% on Monday, having a market capitalization of "
        "$3.2 trillion.", "$3.2 trillion", asset="CRYPTO"),
    row("Ether fell 2% on Monday, while the total crypto market slid 1.5%, having a market cap "
        "of $3.1 trillion.", "$3.1 trillion", asset="CRYPTO"),
    # twins: the market is the subject; a sector is the one with the share
    row("The total crypto market rose 3% to $3.2 trillion on Monday.", "$3.2 trillion",
        asset="CRYPTO"),
    row("Ether fell 2% on Monday, while the total crypto market slid 1.5% to $3.1 trillion.",
        "$3.1 trillion", asset="CRYPTO"),
]  # fmt: skip

# The whole market named by its gauges: a broad crypto index, "all cryptocurrencies".
MARKET_ROWS = [
    row("Ether rallied 6% on Monday.\n\nThe CoinDesk 20 index, which tracks the largest digital "
        "assets, has increased by 35% in the past month.", "35%", asset="CRYPTO"),
    row("Ether rallied 6% on Monday. The CoinDesk 20 index hit 4,000. The index is up 35% in "
        "the past month.", "35%", asset="CRYPTO"),
    row("The CoinDesk Market Index shed 2.9% in the past 24 hours as bitcoin slipped.", "2.9%",
        asset="CRYPTO"),
    row("The market cap for all cryptocurrencies has surpassed $4 trillion, driven by a rally "
        "in altcoins like XRP and ETH.", "$4 trillion", asset="CRYPTO"),
    # bitcoin and the altcoins joined as one: a market-wide figure of both is the market's
    row("The tariffs dragged Bitcoin and major altcoins into freefall, wiping out over $900 "
        "million in liquidations within hours.", "$900 million", asset="CRYPTO"),
    row("Bitcoin and other altcoins saw $400 million in long liquidations on Friday.",
        "$400 million", asset="CRYPTO"),
    # twin: the altcoins alone
    row("Altcoins saw $400 million in liquidations on Friday while Bitcoin held steady.",
        "$400 million", asset="ALTCOINS"),
]  # fmt: skip


# A sector's market (DeFi, stablecoins, NFTs, memecoins) is neither one coin nor the whole
# market: its cap and volume take no asset; the whole market's own figure stays CRYPTO.
SECTOR_ROWS = [
    row("The decentralised finance (DeFi) cryptocurrency market cap increased 7.26 percent to "
        "$113.19 billion while that of stablecoins rose 0.14 percent to $165 billion.",
        "$113.19 billion", asset=None, metric="market_cap"),
    row("The decentralised finance (DeFi) cryptocurrency market cap increased 7.26 percent to "
        "$113.19 billion while that of stablecoins rose 0.14 percent to $165 billion.",
        "$165 billion", asset=None),
    row("DeFi’s total volume is currently $5.07 billion, accounting for 5.42% of the overall "
        "crypto market 24-hour volume.", "5.42%", asset=None),
    row("The volume of all stable coins is presently $85.77 billion.", "$85.77 billion",
        asset=None),
    row("The global crypto market cap stands at $3.2 trillion, while DeFi tokens lagged.",
        "$3.2 trillion", asset="CRYPTO"),
    row("BNB (BNB-USD), the third-largest digital asset by market value excluding stablecoins, "
        "lost 2.1%.",
        "2.1%", asset="BNB"),
    row("Chainlink, the 12th largest cryptocurrency, slid 3.4% as the broader market cooled.",
        "3.4%", asset="LINK"),
    # twin: the rank name alone is bitcoin's
    row("The largest cryptocurrency slid 3.4% as the broader market cooled.", "3.4%",
        asset="BTC"),
    row("Memecoins slumped on Monday.\n\nTotal crypto liquidations topped $1.1 billion.",
        "$1.1 billion", asset="CRYPTO"),
]  # fmt: skip


# A count of people or things outside the market (creditors, people, bills, followers), or a
# figure whose own noun is one (a lawsuit, a rate cut), is nobody's figure of a coin, company
# or market, whatever the sentence names; counts of traders, shares, rounds and runes keep
# theirs.
OUTSIDE_COUNT_ROWS = [
    row("Strategy bought 3,081 BTC this week. Saylor took a victory lap on X in 280 characters "
        "or less.", "280", asset=None),
    row("Jump Trading is replenishing the 120,000 ETH, three people familiar with the matter "
        "told reporters.", "three", asset=None),
    row("Trump Media holds $2 billion in bitcoin. The House passed three key crypto bills "
        "during crypto week.", "three", asset=None),
    row("More than $9.4 billion worth of Bitcoin is owed to approximately 127,000 creditors of "
        "the defunct exchange.", "127,000", asset=None),
    row("Glassnode tells its 368,300 Twitter followers that 617,000 BTC have left exchanges.",
        "368,300", asset=None),
    row("Bitcoin (BTC) fell below the crucial $100,000 mark after the Federal Reserve announced "
        "a 25-basis-point rate cut, aligning with market expectations.", "25-basis-point",
        asset=None),
    row("Ether slid 3% after the Fed delivered a 0.5% rate hike on Wednesday.", "0.5%",
        asset=None),
    row("Last week, Musk asked a judge to dismiss a $258 million lawsuit that alleges he helped "
        "run a pyramid scheme to support Dogecoin.", "$258 million", asset=None),
    # twins: a coin's own figures beside those, and counts of the market's own things
    row("Bitcoin rose 5% to $104,000 after the Federal Reserve's rate cut.", "5%",
        asset="BTC"),
    row("246,000 traders were liquidated as bitcoin slid below $60,000.", "246,000",
        asset="CRYPTO"),
    row("Strategy sold 1,990,911 shares of its Class A common stock last week.", "1,990,911",
        asset="MSTR"),
    row("Crypto startups raised $1.02 billion over 161 investment rounds in April.", "161",
        asset="CRYPTO"),
    row("Bitcoin Runes launched with 4,923 runes etched and 68,548 holders.", "4,923",
        asset="BTC"),
]  # fmt: skip


# A coin whose ticker is one letter is named by it in parentheses after its name ("Wormhole
# (W)"); a letter no coin has ("plan (B)") names none.
LETTER_TICKER_ROWS = [
    row("Pi Network slid 20% this week.\n\nFor instance, Wormhole (W) initially peaked at $1.6 "
        "after its airdrop but has since crashed to $0.18.", "$0.18", asset="W"),
    row("Memecoins fell on Monday. Sonic (S) bucked the trend, rising 8% to $0.52.", "$0.52",
        asset="S"),
    row("Bitcoin slid 2% on Monday.\n\nUnder plan (B), the exchange would repay $2 million to "
        "its users.", "$2 million", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    APOSTROPHE_ROWS
    + INDEX_ROWS
    + NOT_TICKER_ROWS
    + MARKET_ROWS
    + SECTOR_ROWS
    + PREVIOUS_COIN_ROWS
    + COIN_LIQUIDATION_ROWS
    + DERIVATIVES_LIQUIDATION_ROWS
    + SHARE_OF_WHOLE_ROWS
    + OUTSIDE_COUNT_ROWS
    + LETTER_TICKER_ROWS,
)
def test_asset_class(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A company's ticker exists from its first trading day: a round it raised before is an
# unlisted company's (no asset), its holdings after listing are its ticker's.
LISTING_ROWS = [
    row("Twenty One Capital received $585 million, the largest funding round of the quarter.",
        "$585 million", asset=None),
    row("Crypto startups raised $10 billion this year.\n\nThe largest funding round of the quarter "
        "went to Twenty One Capital, which received $585 million.", "$585 million", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), LISTING_ROWS)
def test_before_listing(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=date(2025, 7, 3))


def test_after_listing() -> None:
    text = "Twenty One Capital now holds 43,514 BTC after its first quarter as a listed company."
    check(text, "43,514 BTC", 1, {"asset": "XXI"}, published=date(2026, 1, 20))


# A company's figures referred to by its stockpile ("their stockpile", "that stash") are the
# company's, even where the coin is named beside them; a crowd's stash is the coin's.
COMPANY_ROWS = [
    row("Tesla has not sold any of its bitcoin this quarter.\n\nArkham reports that the entirety "
        "of their stockpile is made up of Bitcoin, worth almost $1.370 billion at the time of "
        "writing.", "$1.370 billion", asset="TSLA"),
    row("SharpLink now controls 438,200 ETH.\n\nBased on recent prices, that stockpile was worth "
        "$1.4 billion on Tuesday, the second largest among corporate Ethereum treasuries.",
        "$1.4 billion", asset="SBET"),
    row("Whales grew their stash by 20,000 BTC this week, worth about $2 billion.",
        "$2 billion", asset="BTC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), COMPANY_ROWS)
def test_company_figure(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A stablecoin issuer's reserves and holdings back its coin: in a story about the issuer, the
# figures it reports of "the company" or "excess reserves" are the coin's; an exchange's
# reserves are not.
TETHER_STORY = (
    "Tether, the issuer of USDT, published its quarterly attestation on Thursday. "
    "USDT's circulation rose to $120 billion.\n\n"
    "A key pillar of the report is the disclosure of $6.3 billion in excess reserves. "
    "The company's holdings of U.S. Treasuries now surpass $141 billion."
)
ISSUER_ROWS = [
    row(TETHER_STORY, "$6.3 billion", asset="USDT", metric="reserves"),
    row(TETHER_STORY, "$141 billion", asset="USDT"),
    row("Tether's USDT lost its peg briefly.\n\nBinance's reserves fell to $60 billion after "
        "the withdrawals.", "$60 billion", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ISSUER_ROWS)
def test_issuer_figure(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A fund named by its sponsor ("BlackRock, which attracted $849 million") or by a name that
# holds its coin ("its Bitcoin Trust (GBTC)") is that fund; a fund named after another
# figure's clause is not this one's.
FUND_ROWS = [
    row("Spot bitcoin ETFs drew $1 billion on Tuesday.\n\nDriving the charge in the spot bitcoin "
        "ETFs is BlackRock, which attracted a record $849 million in inflows on Tuesday.",
        "$849 million", asset="IBIT"),
    row("Spot ether ETFs had a strong week.\n\nBlackRock took in $300 million of the inflows on "
        "Monday, while Fidelity added $50 million.", "$50 million", asset="FETH"),
    row("Grayscale’s two funds collectively lost $151.9 million, with $66.1 million from its "
        "Bitcoin Trust (GBTC) and $85.8 million from the Bitcoin Mini Trust ETF (BTC).",
        "$66.1 million", asset="GBTC"),
    row("The Fidelity Wise Origin Bitcoin Fund (FBTC) led the charge with an outflow of "
        "$345 million, closely followed by BlackRock’s iShares Bitcoin Trust (IBIT), which saw "
        "$164.3 million in withdrawals.", "$345 million", asset="FBTC"),
    row("Spot bitcoin ETFs shed $500 million on Monday, according to BlackRock data.",
        "$500 million", asset="BTC"),
    row("Ether ETPs lost $30 million.\n\nBlackRock’s IBIT led the rebound with about $64.5 million "
        "in inflows, while Fidelity’s FBTC added roughly $23.6 million.", "$64.5 million",
        asset="IBIT"),
    # a flow into "the products" is the group its section's heading names, paragraphs below
    row("Capital is rotating within crypto funds: Ether funds saw outflows for a third week, "
        "while Solana and XRP products drew inflows.\n\nBitcoin ETFs Post Heavy Midweek Outflows "
        "Despite Friday Rebound\n\nRoughly $105 million exited on Tuesday, followed by $133 "
        "million on Wednesday.\n\nA modest recovery on Friday, when $88 million flowed back into "
        "the products, was not enough to reverse the weekly trend.", "$88 million", asset="BTC"),
    row("Bitcoin ETFs Post Heavy Midweek Outflows\n\nRoughly $105 million exited on Tuesday.\n\n"
        "Ether ETFs Extend Their Slide\n\nEther funds lost $40 million, as $12 million left the "
        "products on Friday.", "$12 million", asset="ETH"),
    # a count of funds is the fund group's, even beside one named fund
    row("Spot bitcoin ETFs lost $680 million on Thursday.\n\nThe Bitwise Bitcoin ETF (BITB) lost "
        "$88.3 million, while Grayscale’s two funds together lost $151.9 million.", "two",
        asset="BTC"),
    row("Spot bitcoin ETFs saw their largest single-day exodus, with 10 out of 12 products "
        "watching their assets drain away.", "10", asset="BTC"),
    row("Spot ether ETFs drew $300 million on Monday. The nine products combined booked $332 "
        "million this week.", "nine", asset="ETH"),
    row("There is now $31.1 billion held in the spot bitcoin ETFs excluding Grayscale’s, and "
        "nearly $59 billion when you do include Grayscale’s bitcoin ETF.", "$59 billion",
        asset="BTC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), FUND_ROWS)
def test_fund_figure(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A macro quantity named before a figure in a sentence that names no coin owns the figure; a
# coin's move in the next sentence stays the coin's.
MACRO_STORY = (
    "Bitcoin slid 2% after the hotter-than-expected inflation print.\n\n"
    "Core CPI, a measure of the change in goods and services prices less food and energy, was "
    "higher than the month prior at 0.4%, versus 0.3% expectations. It later recovered 1.5% to "
    "$97,000."
)
MACRO_ROWS = [
    row(MACRO_STORY, "0.4%", asset=None),
    row(MACRO_STORY, "0.3%", asset=None),
    row(MACRO_STORY, "1.5%", asset="BTC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), MACRO_ROWS)
def test_macro_figure(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# Label lines under a lead line that names one listed company are that company's figures,
# trading volume included ("Here is how Coinbase performed:"); a lead naming no company, or
# two, gives none.
EARNINGS_STORY = (
    "Coinbase reported $2.27 billion in revenue for the quarter.\n\n"
    "Here is how Coinbase Global performed in the just reported quarter in terms of the "
    "metrics most watched by analysts:\n\n"
    "Trading Volume : $439 billion versus the six-analyst average estimate of $391.25 billion.\n\n"
    "Trading Volume - Consumer : $94 billion compared to the $63.28 billion average estimate."
)
MARKET_STORY = (
    "Bitcoin and ether both slid on Tuesday. Here is how the market looked by the close:\n\n"
    "Trading Volume : $139 billion over 24 hours."
)
LEAD_ROWS = [
    row(EARNINGS_STORY, "$439 billion", asset="COIN"),
    row(EARNINGS_STORY, "$63.28 billion", asset="COIN"),
    row(MARKET_STORY, "$139 billion", asset="CRYPTO"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), LEAD_ROWS)
def test_list_lead_company(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


# "In cryptocurrency" names no coin taken; a brand before a staked coin's name ("Mantle Staked
# ETH") is no coin taken either; a mix of different coins is still no one coin.
THEFT_ROWS = [
    row("On Friday, the exchange suffered the largest hack in history, losing approximately "
        "$1.4 billion in digital assets.\n\nThe hack involved the theft of Mantle Staked ETH "
        "and other ETH from its cold wallet.", "$1.4 billion", asset="ETH",
        metric="hack_amount"),
    row("Hackers stole 401,000 ETH from the exchange.\n\nThis marks the largest theft to date, "
        "with $1.5 billion in cryptocurrency stolen from the exchange and its customers.",
        "$1.5 billion", asset="ETH"),
    row("The attackers stole 27,300 ETH, 12.6 million USDC and 2.8 million DAI.\n\nThe "
        "$71.4 million theft is this year's largest.", "$71.4 million", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), THEFT_ROWS)
def test_theft_figure(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


def test_undated_article_before_listing() -> None:
    """An undated article that names nothing later than mid-2025 was written before Twenty
    One Capital listed: the round it reports is an unlisted company's."""
    text = (
        "Crypto venture funding reached $10 billion in the first half of 2025.\n\n"
        "Twenty One Capital received $585 million, the largest round of the second quarter."
    )
    check(text, "$585 million", 1, {"asset": None}, published=None)


# A flow counted in coins is that coin's; shares of an exchange are its company's; a move
# several altcoins share is the altcoin market's.
OWNER_ROWS = [
    row("The seven-fund complex posted no outflow days while Bitcoin ETFs bled $4.4B, locking "
        "a record 938.7M XRP.", "938.7M XRP", asset="XRP"),
    row("Crypto stocks were also up on Friday, with shares of Coinbase last higher at 8.2%, and "
        "crypto miners Riot Platforms and Marathon Digital up 5.1% and 9.6%, respectively.",
        "8.2%", asset="COIN"),
    row("Bitcoin fell to $60,000 on Coinbase.", "$60,000", asset="BTC"),
    row("Bitcoin slid 3%. Data shows SOL, XRP, and Dogecoin experienced declines exceeding 14%.",
        "14%", asset="ALTCOINS"),
    row("XRP, BNB, Dogecoin, Cardano, and Tron are all down by 3% or more in the last 24 hours.",
        "3%", asset="ALTCOINS"),
    row("Ether, Solana and XRP rose 5%, while Bitcoin fell 1%.", "1%", asset="BTC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), OWNER_ROWS)
def test_owner_class(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# News names bitcoin and ether by their rank ("the largest cryptocurrency", "the
# second-largest digital asset"); the largest crypto exchange is no coin.
EPITHET_ROWS = [
    row("The largest cryptocurrency has lost more than 6% of its market capitalization in the "
        "last six days.", "6%", asset="BTC"),
    row("The world’s second-largest cryptocurrency slid 4% to $2,310.", "$2,310", asset="ETH"),
    row("Traders on the world’s largest crypto exchange lost $12 million in the outage.",
        "$12 million", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), EPITHET_ROWS)
def test_epithet(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# An exchange's users are its own count, neither a network's nor the market's; a network's
# addresses at an exchange's wallet stay the network's.
CLIENTELE_ROWS = [
    row("Binance crypto exchange hits a new milestone.\n\nIn 2022, Binance had around 130 million "
        "users.", "130 million", asset=None),
    row("Teng said that Binance currently aimed to bring a total of 1 billion crypto traders "
        "globally.", "1 billion", asset=None),
    row("If this growth trend continues, the exchange could reach 300 million users by 2026, "
        "Binance said.", "300 million", asset=None),
    row("Ethereum's active addresses spiked.\n\nThe Binance 14 hot wallet received 703,174 "
        "transfers from 702,083 unique addresses.", "702,083", asset="ETH"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), CLIENTELE_ROWS)
def test_clientele(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# Counts of funding rounds and deals are the sector's, like the money they raised.
ROUND_ROWS = [
    row("Crypto startups drew strong interest in April.\n\nAccording to RootData, the total "
        "financing for April amounted to $1.02 billion, spread over 161 investment rounds.",
        "161", asset="CRYPTO"),
    row("Crypto venture funding slowed in the quarter.\n\nWhile the number of deals dropped to a "
        "multi-year low in May, with only 62 rounds, the median round size held up.", "62",
        asset="CRYPTO"),
    row("Crypto startups drew strong interest in April.\n\nThe protocol processed 161 "
        "transactions per block.", "161", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROUND_ROWS)
def test_round_count(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A coin named in an aside that leaves the figure out is not the figure's; an exchange's
# withdrawals are of all its assets; a group's flow with no fund named is the group's coin.
ETF_STORY = (
    "Spot bitcoin ETFs shed $937 million on Thursday.\n\n"
    "Invesco's BTCO lost $12 million. This wave of selling surpassed the previous record of "
    "$671.9 million in outflows recorded on December 19."
)
ASIDE_ROWS = [
    row("Radiant Capital, which is a decentralised lending protocol leveraging LayerZero "
        "technology, had already lost US$4.5M in a January hack.", "US$4.5M", asset=None),
    row("Hackers stole 401,000 ETH from Bybit on Friday.\n\nBut with $4 billion in user "
        "withdrawals hitting the exchange in a frantic exodus, the road to recovery looks "
        "steep.", "$4 billion", asset=None),
    row(ETF_STORY, "$671.9 million", asset="BTC"),
    row(ETF_STORY, "$12 million", asset="BTCO"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ASIDE_ROWS)
def test_aside_and_flows(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A fund flow whose sentence names no fund is the fund group's, unless it points back to the
# one fund named before ("The fund", "It").
GROUP_ROWS = [
    row("Spot bitcoin ETFs shed $937 million on Thursday. Invesco's BTCO lost $12 million.\n\n"
        "This wave of selling surpassed the previous record of $671.9 million in outflows, set "
        "in December.", "$671.9 million", asset="BTC"),
    row("Spot bitcoin ETFs shed $937 million on Thursday, and Invesco's BTCO lost $12 million. "
        "The combined total of $151.9 million came from two other funds.", "$151.9 million",
        asset="BTC"),
    row("Spot bitcoin ETFs shed $937 million on Thursday. BlackRock's IBIT took in $300 million. "
        "The fund has drawn $50 billion in inflows since its launch.", "$50 billion",
        asset="IBIT"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), GROUP_ROWS)
def test_group_flow(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A count of addresses, wallets or validators is the network's, whatever metric it was given.
NETWORK_ROWS = [
    row("Ethereum's active users spiked twice this month.\n\nThe wallet received crypto from "
        "27,914 addresses on September 11.", "27,914", asset="ETH"),
    row("Bitcoin set a record this week.\n\nFor the first time in history, there have been over "
        "50 million addresses on the blockchain with at least one Satoshi.", "50 million",
        asset="BTC"),
    row("Crypto startups raised $1 billion in April.\n\nThe fund now backs 40 portfolio "
        "companies.", "40", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), NETWORK_ROWS)
def test_network_count(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


def test_a_ratio_before_traders_is_no_user_count() -> None:
    """ "rises to 1.87 as retail traders pile in": the traders are no count of the venue's."""
    text = "- The long/short ratio on Binance rises to 1.87 as retail traders pile into longs."
    assert link_for(text, "1.87").asset is not None


def test_other_apostrophes_leave_the_text_as_written() -> None:
    """The possessive is read as "’s" but the claims quote the article as it is written."""
    from extractor import extract

    text = "Solana`s price rose 5% to $160 on Monday, while Bitcoin‘s share held at 58%."
    claims = {c.quote: c for c in extract(text, published="2026-02-06")}
    assert claims["$160"].asset == "SOL"
    assert claims["58%"].asset == "BTC"
    assert all(text[c.start : c.end] == c.quote for c in claims.values())


# A fund's assets named by its sponsor, or by the sponsor and the coin ("the Ark / 21 Shares
# Bitcoin ETF"), are that fund's, not the coin's or another company's.
AUM_ROWS = [
    row("Solana funds are growing fast. The largest is Bitwise's BSOL, which has attracted "
        "$400 million in assets, followed by the Grayscale Solana ETF, which had $200 million in "
        "assets as of March 12.", "$200 million", asset="GSOL"),
    row("Spot bitcoin ETFs now hold $59 billion, more than MicroStrategy's stash.\n\nBecause "
        "Grayscale already had more than $20 billion in assets when it converted its trust into "
        "an ETF, it is often excluded from flow tallies.", "$20 billion", asset="GBTC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), AUM_ROWS)
def test_fund_assets(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A listed company the lexicon does not know, introduced once with its ticker in brackets
# (an exchange before the code or a company suffix before the brackets says it is one), keeps
# that ticker where the article names it again: by the bare ticker, or by its name or first
# word as a subject or an owner. Coins, funds, exchanges, regulators and other abbreviations
# in brackets, and figures of the coin beside the company's, keep their readings.
_NORRLAND = (
    "Norrland Hash Inc. (NASDAQ: NHSH) reported record revenue of $148 million for the first "
    "quarter on Tuesday.\n\n"
)
INTRODUCED_TICKER_ROWS = [
    row(_NORRLAND + "Shares of NHSH fell 7.2% in after-hours trading on Wednesday to $14.06.",
        "7.2%", asset="NHSH"),
    row(_NORRLAND + "Shares of NHSH fell 7.2% in after-hours trading on Wednesday to $14.06.",
        "$14.06", asset="NHSH", metric="price"),
    row(_NORRLAND + "Norrland's shares have gained 40% this year, outpacing bitcoin.", "40%",
        asset="NHSH"),
    row(_NORRLAND + "Norrland said installed hashrate stood at 41.2 EH/s at the end of March.",
        "41.2 EH/s", asset="NHSH", source="Norrland Hash"),
    row("Bitcoin miner Greyrock Digital (GRDX) posted a net loss of $32 million for the "
        "quarter.\n\nGRDX shares slid 11% to $4.20 in premarket trading.", "$4.20", asset="GRDX"),
    row("Kizuna Holdings (3962.T) said on Monday it had suspended withdrawals.\n\nKizuna "
        "Holdings shares fell 8.4% in Tokyo on Wednesday to ¥1,126.", "¥1,126", asset="3962.T"),
    row("Hoshino Capital (TSE: 3987) bought 120 BTC last week, it said in a filing.\n\nHoshino's "
        "stock rose 5% on Monday.", "5%", asset="3987.T"),
    row("Vantor Mining Corp. (NYSE: VNTR) said it sold 300 BTC in January.\n\nVantor shares fell "
        "4% on the news.", "4%", asset="VNTR"),
    # twins: coins, a fund, an exchange and regulators in brackets; the coin's own figures
    row("Solana (SOL) rose 7% to $182 on Tuesday, while Bitcoin (BTC) slipped 1% to $61,000."
        "\n\nSOL has gained 30% this month.", "30%", asset="SOL"),
    row("BlackRock's iShares Bitcoin Trust (IBIT) drew $520 million in inflows on Monday.\n\n"
        "IBIT now holds about 570,000 BTC.", "570,000 BTC", asset="IBIT"),
    row("The Securities and Exchange Commission (SEC) fined the exchange $4.3 million on "
        "Friday.\n\nThe SEC said the penalty covered unregistered offers. Bitcoin rose 1% to "
        "$62,000.", "$62,000", asset="BTC"),
    row("Korea's Financial Intelligence Unit (FIU) fined Upbit $3.5 million last week.\n\nThe "
        "FIU said bitcoin volumes of $2 billion went unreported.", "$2 billion", asset="BTC"),
    row("The hacker moved the funds to Binance (Binance) hot wallets.\n\nBitcoin fell 2% to "
        "$60,000.", "$60,000", asset="BTC"),
    row(_NORRLAND + "Norrland mined 412 BTC; bitcoin fell 3% to $61,000.", "$61,000",
        asset="BTC", metric="price"),
    row(_NORRLAND + "Bitcoin fell 3% to $61,000 on Tuesday.", "3%", asset="BTC"),
    row("Kizuna Holdings (3962.T) bought 250 bitcoin.\n\nKizuna Coin (KZC), an unrelated token, "
        "fell 8% to $0.03.", "$0.03", asset="KZC"),
    known("an unknown token named without a ticker does not stop the previous sentence's "
          "company from being carried to its price",
          "Kizuna Holdings (3962.T) bought 250 bitcoin.\n\nKizuna's shares jumped 12%.\n\n"
          "Separately, Zephyr Coin, an unrelated token, fell 8% to $0.03.", "$0.03",
          asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), INTRODUCED_TICKER_ROWS)
def test_introduced_ticker(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


def test_an_exchange_code_in_brackets_is_no_figure() -> None:
    text = "Metaplanet (TSE: 3350) bought another 1,004 BTC, and Tencent (HKEX: 0700) fell 2%."
    assert quotes(text) == ["1,004 BTC", "2%"]


# A stablecoin issuer's possessive before a stablecoin names the coin ("Circle's USDC"), not
# the company; a listed issuer's name before "shares"/"stock" is the company even where its
# name is ambiguous and opens the sentence ("Circle shares rose 5%").
ISSUER_COIN_ROWS = [
    row("Circle's USDC supply rose to $74 billion on Monday, according to DefiLlama.",
        "$74 billion", asset="USDC"),
    row("Circle's USDC climbed to 76 billion tokens in circulation this week, Artemis data "
        "show.", "76 billion", asset="USDC"),
    row("Circle's EURC leads the euro stablecoins with €262m in circulation.", "€262m",
        asset="EURC"),
    row("Circle shares rose 5% to $112 on Tuesday after the company reported earnings.", "5%",
        asset="CRCL"),
    row("Strategy shares fell 5% to $310 on Monday as bitcoin slipped 2% to $95,000.", "$310",
        asset="MSTR"),
    # twins: the issuer's own figures, a backing figure, another company's possessive, a coin
    # that is no stablecoin, and the coin's move beside the company's
    row("Circle's revenue rose 66% to $658 million in the second quarter.", "$658 million",
        asset="CRCL"),
    row("Circle's USDC reserves of $40 billion are held mostly in Treasury bills.",
        "$40 billion", asset="USDC"),
    row("Strategy's bitcoin holdings rose to 640,000 BTC after the latest purchase.",
        "640,000 BTC", asset="MSTR"),
    row("Coinbase's USDC rewards cost the exchange $100 million last year.", "$100 million",
        asset="USDC"),
    row("Strategy shares fell 5% to $310 on Monday as bitcoin slipped 2% to $95,000.",
        "$95,000", asset="BTC"),
    row("Full circle: bitcoin fell 3% to $61,000 on Monday.", "$61,000", asset="BTC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ISSUER_COIN_ROWS)
def test_issuer_and_coin(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A coin or company the lexicon does not know, introduced by the article itself, is the asset
# of its introducing sentence and of later figures: a ticker in brackets after a stock
# exchange (any length: "(NSE: ZETAPAY)"), an upper-case name after a coin noun ("Solana
# memecoin BONKLE", "the token WOOFY") or described as one ("FLOKIX, a cat-themed token"),
# then the bare name again. The chain named before the coin noun is not its subject.
INTRODUCED_ROWS = [
    row("Shares of Zeta Payments (NSE: ZETAPAY) fell 4.6% to ₹512.40 on Wednesday, their "
        "lowest close in five months.", "₹512.40", asset="ZETAPAY"),
    row("Shares of Zeta Payments (NSE: ZETAPAY) fell 4.6% to ₹512.40 on Wednesday.", "4.6%",
        asset="ZETAPAY"),
    row("Base memecoin TOSHIRO rallied 210% in a week to $0.0021, pushing its market value to "
        "$340 million.", "$0.0021", asset="TOSHIRO"),
    row("FLOKIX, a cat-themed token launched on Pump.fun last month, has surged 95% to $0.0031, "
        "data from Birdeye show.", "95%", asset="FLOKIX"),
    row("Memecoin WOOFY doubles in a week\n\nWOOFY, the Solana dog coin, has climbed 104% since "
        "Monday.", "104%", asset="WOOFY"),
    row("Solana memecoin BONKLE soars 380% in a week\n\nTraders piled in on Sunday. On-chain "
        "data show that BONKLE now has 186,400 holders.", "186,400", asset="BONKLE"),
    row("Hashwell Mining Corp. (TSX: HWM) jumped 12% to C$3.40 in Toronto on Tuesday.",
        "C$3.40", asset="HWM"),
    # twins: a coin named near a memecoin keeps its own figure; an acronym after a coin noun
    # is no coin; a research firm's estimate is not a later-named company's figure
    row("Bitcoin fell 2% as memecoin WOOFY jumped 40%.", "2%", asset="BTC"),
    row("Solana rose 5% to $180 on Monday, while the memecoin sector lagged.", "$180",
        asset="SOL"),
    row("Ether gained 3% after the token ETF filings were approved.", "3%", asset="ETH"),
    row("FTX, the bankrupt exchange whose FTT token collapsed in 2022, will repay $12 billion. "
        "FTX said creditors would get 118%.", "118%", asset=None),
    # an organisation's acronym described by a clause about tokens, an acronym or an English
    # word in capitals after a coin noun, is no coin
    row("MEXC, an exchange that lists new tokens quickly, said it processed $2 billion in "
        "withdrawals on Monday.", "$2 billion", asset=None),
    row("NYDFS, the regulator overseeing tokens issued in New York, fined the firm $40 "
        "million.\n\nNYDFS said 12 firms hold licences.", "12", asset=None),
    row("CLARITY, a bill defining tokens as commodities, passed the House by 294 votes to 134.",
        "294", asset=None),
    row("Analysts expect the token TGE to value the project at $1.2 billion.", "$1.2 billion",
        asset=None),
    row("Two tokens DOMINATE the list.\n\nDOMINATE drew $40 billion in volume, the exchange "
        "said.", "$40 billion", asset="CRYPTO"),
    row("The coin NOW trades at $0.42 after a 20% drop, the exchange said.", "$0.42",
        asset=None),
    row("PUMP, the platform's token, fell 12% to $0.004 on Monday.", "12%", asset="PUMP"),
    row("Newly launched token ZEPHX climbed 400% on its first day.", "400%", asset="ZEPHX"),
    # a list of holdings in different assets: each part keeps its own
    row("FRX token holders approved the plan.\n\nIts treasury holds 11.2 million FRX and $3.1 "
        "million in stablecoins, the team said.", "$3.1 million", asset=None),
    row("The DAO treasury holds 5,000 ETH and $2 million in stablecoins.", "$2 million",
        asset=None),
    row("The company holds $40 million in stablecoins and 500 BTC.", "$40 million", asset=None),
    row("The company holds $40 million in stablecoins and 500 BTC.", "500 BTC", asset="BTC"),
    # the chain (or another known coin) a later sentence is about keeps its market figures
    row("Solana memecoin BONKLE soared 380% in a week.\n\nSolana fell 3% to $140 on Wednesday, "
        "and its DEX volume reached $4 billion.", "$4 billion", asset="SOL"),
    row("Solana memecoin BONKLE soared 380% in a week.\n\nSolana users paid $38.6 million in "
        "fees last week, and decentralized exchanges on the network handled $29 billion in "
        "volume.", "$29 billion", asset="SOL"),
    row("Base memecoin BRETTO jumped 50% on Monday.\n\nEther slipped 1%, and its futures open "
        "interest eased to $20 billion.", "$20 billion", asset="ETH"),
    row("Memecoin WOOFY doubled in a week.\n\nWOOFY's daily trading volume hit $90 million on "
        "Tuesday.", "$90 million", asset="WOOFY"),
]  # fmt: skip

# A coin's own market value after its move: "its market cap", or a bare "as market cap" right
# after the coin's move (no determiner, nothing owning the word after it).
OWN_VALUE_ROWS = [
    row("Dogecoin rallied 21% in a week to $0.21, pushing its market value to $30 billion.",
        "$30 billion", asset="DOGE"),
    row("XRP jumped 9% on Tuesday, lifting its market capitalization above $180 billion.",
        "$180 billion", asset="XRP"),
    row("Toncoin slid 12% over the weekend, taking its market cap down to $13 billion, CoinGecko "
        "data show.", "$13 billion", asset="TON"),
    row("Cardano fell 6% on Friday and its market capitalization dropped to $24 billion.",
        "$24 billion", asset="ADA"),
    # twins: the whole market's, or another coin's, value stays theirs
    row("Bitcoin fell 3% as the total crypto market cap dropped to $3.1 trillion.",
        "$3.1 trillion", asset="CRYPTO"),
    row("Ether rose 4%, while the crypto market's capitalization climbed to $3.4 trillion.",
        "$3.4 trillion", asset="CRYPTO"),
    row("Bitcoin slipped 2% as market cap of all cryptocurrencies fell to $3 trillion.",
        "$3 trillion", asset="CRYPTO"),
    row("Bitcoin rose 2% while ether's market cap reached $400 billion.", "$400 billion",
        asset="ETH"),
    row("Bitcoin rose 3% as market cap across all crypto assets climbed to $3.3 trillion.",
        "$3.3 trillion", asset="CRYPTO"),
    row("Bitcoin Slides 4% as Market Cap Drops Below $3 Trillion", "$3 Trillion",
        asset="CRYPTO"),
    row("Ether Drops 6% as Market Cap Falls Under $2.9 Trillion", "$2.9 Trillion",
        asset="CRYPTO"),
    row("XRP climbed 5% as market cap across the sector topped $3.5 trillion.",
        "$3.5 trillion", asset="CRYPTO"),
    row("PEPE Soars 25% as Market Cap Tops $5 Billion", "$5 Billion", asset="PEPE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), INTRODUCED_ROWS)
def test_introduced_asset(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), OWN_VALUE_ROWS)
def test_own_market_value(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A ticker in brackets right after a fund's name ("The Purpose Bitcoin ETF (BTCC)") is that
# fund's, even where the lexicon knows the name as another listing ("The iShares Bitcoin ETF
# (IBTC)", listed in Sydney): the fund's coin holdings and flows are the fund's.
FUND_TICKER_ROWS = [
    row("The Purpose Bitcoin ETF (BTCC), the largest, shed C$58.2 million and now holds about "
        "24,700 BTC.", "24,700 BTC", asset="BTCC"),
    row("The Evolve Ether ETF (ETHR) shed C$12 million last week and now holds 18,200 ETH.",
        "18,200 ETH", asset="ETHR"),
    row("The Osprey Bitcoin Trust (OBTC) shrank to 4,200 BTC as redemptions continued.",
        "4,200 BTC", asset="OBTC"),
    row("The iShares Bitcoin ETF (IBTC), which listed in Sydney in November last year, led "
        "with A$63.4 million of net inflows, followed by the Global X 21Shares Bitcoin ETF "
        "(EBTC) with A$22.7 million.", "A$63.4 million", asset="IBTC"),
    # twins: a fund the lexicon knows by both name and ticker, a company's ticker
    row("BlackRock's iShares Bitcoin Trust (IBIT) drew $300 million on Monday.", "$300 million",
        asset="IBIT"),
    row("The Grayscale Bitcoin Trust (GBTC) lost $80 million on Tuesday as outflows continued.",
        "$80 million", asset="GBTC"),
    row("Shares of Bitcoin Depot (BTM) fell 5% to $1.40.", "$1.40", asset="BTM"),
    # a fund of another clause does not share the flow
    row("Osprey said its Bitcoin Trust (OBTC) holdings fell, while the Hashdex Nasdaq Crypto "
        "Index ETF (NCIQ) drew $5 million.", "$5 million", asset="NCIQ"),
    row("The Evolve Ether ETF (ETHR) shed C$12 million, while the Purpose Ether ETF (ETHH) took "
        "in C$4 million.", "C$4 million", asset="ETHH"),
    row("IBIT and FBTC drew a combined $500 million on Monday.", "$500 million", asset="BTC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), FUND_TICKER_ROWS)
def test_fund_ticker(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
