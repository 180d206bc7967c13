"""Amounts: value, unit, qualifier and bounds of every amount form crypto news writes.

Rows come from the seed articles first (corpus/000, corpus/004), then crypto-news
sentences for each form the extractor must read. Bounds follow the written precision
("$2.65 billion" is 2.645-2.655 billion; "$60,000" is a round figure, ±5,000) and the
qualifier ("about" widens to ±5 %, "more than" opens the top).
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, quotes, row, xfail

S000_HEADLINE = (
    "Crypto market loses $2.65 billion as Bitcoin dips to $60,000 amid bearish sentiment"
)
S000_WIPED = (
    "More than $2.60 billion was wiped out of the crypto market over the last 24 hours as "
    "Bitcoin touched $60,000 on Friday."
)
S000_LIQ = (
    "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 traders were "
    "liquidated in derivatives, resulting in a $2.62 billion wipeout of bullish positions."
)
S000_OI = (
    "Consistent with the liquidations, the derivatives market Open Interest (OI) has dropped to "
    "$95.73 billion on Friday, extending a decline since the October 7 peak of $233.50 billion."
)
S000_RATIO = (
    "Additionally, the long-to-short ratio is at 0.9594 over the last 24 hours, indicating more "
    "short positions compared to the long positions."
)
S000_FNG = (
    "The Fear and Greed Index reading falls to 5 on Friday, reflecting extreme fear in the market."
)
S000_MCAP = (
    "At the time of writing, the total crypto market capitalization is above $2 trillion ($2.18 "
    "trillion), whereas the altcoin market is below $1 trillion ($900 billion)."
)
S000_MSTR = (
    "This caused the MSTR shares to decline by 17% on Thursday, closing at approximately $106."
)
S004_RESERVES = (
    "Bitcoin miner Reserves have fallen consistently over the past months and now stand near "
    "1.806 million $BTC."
)
S004_WEEK = (
    "Although this was lower than the $544.9 million outflow seen a day earlier, the total "
    "outflows for the week have already crossed $1.07 billion."
)
S004_LONGS = (
    "Around 82% of these liquidations came from long traders who were betting on higher prices."
)
S004_STRATEGY = (
    "Michael Saylor’s Strategy reported an unrealized loss of about $9 billion, equal to 16% of "
    "its massive Bitcoin holdings."
)

SEED_ROWS = [
    row(S000_HEADLINE, "$2.65 billion", value=2.65e9, unit="USD", qualifier="exact",
        low=2.645e9, high=2.655e9),
    row(S000_HEADLINE, "$60,000", value=60_000, unit="USD", low=55_000, high=65_000),
    row(S000_WIPED, "$2.60 billion", value=2.6e9, qualifier="more_than", low=2.595e9, high=None),
    row(S000_LIQ, "$2.65 million", value=2.65e6, unit="USD", low=2.645e6, high=2.655e6),
    row(S000_LIQ, "585,000", value=585_000, unit="count", qualifier="approx",
        low=555_750, high=614_250),
    row(S000_LIQ, "$2.62 billion", value=2.62e9, qualifier="exact"),
    row(S000_OI, "$95.73 billion", value=95.73e9, low=95.725e9, high=95.735e9),
    row(S000_OI, "$233.50 billion", value=233.5e9, low=233.495e9, high=233.505e9),
    row(S000_RATIO, "0.9594", value=0.9594, unit="ratio", low=0.95935, high=0.95945),
    row(S000_FNG, "5", value=5, unit="index", qualifier="exact"),
    row(S000_MCAP, "$2 trillion", value=2e12, qualifier="more_than", low=1.5e12, high=None),
    row(S000_MCAP, "$2.18 trillion", value=2.18e12, qualifier="exact"),
    row(S000_MCAP, "$1 trillion", value=1e12, qualifier="less_than", low=None, high=1.5e12),
    row(S000_MCAP, "$900 billion", value=900e9, low=850e9, high=950e9),
    row(S000_MSTR, "17%", value=17, unit="%", qualifier="exact", low=16.5, high=17.5),
    row(S000_MSTR, "$106", value=106, qualifier="approx", low=100.7, high=111.3),
    row(S004_RESERVES, "1.806 million $BTC", value=1.806e6, unit="BTC", kind="crypto",
        qualifier="approx"),
    row(S004_WEEK, "$544.9 million", value=544.9e6, qualifier="exact"),
    row(S004_WEEK, "$1.07 billion", value=1.07e9, qualifier="more_than", low=1.065e9, high=None),
    row(S004_LONGS, "82%", value=82, unit="%", qualifier="approx", low=77.9, high=86.1),
    row(S004_STRATEGY, "$9 billion", value=9e9, qualifier="approx", low=8.5e9, high=9.5e9),
    row(S004_STRATEGY, "16%", value=16, unit="%", qualifier="exact"),
]  # fmt: skip

MONEY_ROWS = [
    row("Bitcoin slipped below $60K for the first time since October.", "$60K", value=60_000,
        unit="USD", qualifier="less_than", low=None, high=65_000),
    row("Liquidations hit $2B+ across exchanges on Friday.", "$2B+", value=2e9, unit="USD",
        qualifier="more_than", low=1.5e9, high=None),
    row("Weekly ETF outflows reached $1.07bn, Farside data shows.", "$1.07bn", value=1.07e9,
        unit="USD", low=1.065e9, high=1.075e9),
    row("The Berlin-based custody startup raised €3.4m in a seed round.", "€3.4m", value=3.4e6,
        unit="EUR", kind="money"),
    row("US spot bitcoin ETFs posted net outflows of USD 258.8 million on Thursday.",
        "USD 258.8 million", value=258.8e6, unit="USD", low=258.75e6, high=258.85e6),
    row("Bitcoin's market value shrank to 1.5 trillion dollars.", "1.5 trillion dollars",
        value=1.5e12, unit="USD"),
    row("Hackers drained half a billion dollars from the cross-chain bridge.",
        "half a billion dollars", value=5e8, unit="USD", kind="money"),
    row("Binance users withdrew $12.02 million in a single hour.", "$12.02 million",
        value=12.02e6, low=12.015e6, high=12.025e6),
    row("Fees on Ethereum fell to US$3.2 million on Sunday.", "US$3.2 million", value=3.2e6,
        unit="USD"),
]  # fmt: skip

CRYPTO_ROWS = [
    row("Miners held 1.806 million BTC at the end of January.", "1.806 million BTC",
        value=1.806e6, unit="BTC", kind="crypto", low=1.8055e6, high=1.8065e6),
    row("Long-term holders sold 46,000 bitcoin last week.", "46,000 bitcoin", value=46_000,
        unit="BTC", low=45_500, high=46_500),
    row("The Ethereum Foundation still holds 401,000 ETH.", "401,000 ETH", value=401_000,
        unit="ETH", kind="crypto"),
    row("At least 1,200 BTC was moved to Coinbase.", "1,200 BTC", value=1_200, unit="BTC",
        qualifier="at_least", low=1_150, high=None),
    row("A whale bought 2,000 $ETH on Friday.", "2,000 $ETH", value=2_000, unit="ETH"),
]  # fmt: skip

PERCENT_ROWS = [
    row("Bitcoin plunged 15% on Friday.", "15%", value=15, unit="%", kind="percent"),
    row("82 percent of liquidations hit long traders.", "82 percent", value=82, unit="%",
        low=81.5, high=82.5),
    # A minus sign is the direction of a move: the value is its size, the side says "down".
    row("Solana fell -14.16% over the past week.", "-14.16%", value=14.16, unit="%",
        side="down", low=14.155, high=14.165),
    row("Ether is up +5.2% since Monday.", "+5.2%", value=5.2, side="up"),
]  # fmt: skip

OTHER_KIND_ROWS = [
    row("The Crypto Fear and Greed Index sits at 5, its lowest reading on record.", "5",
        value=5, unit="index"),
    row("Traders piled into 25x leveraged longs on Hyperliquid.", "25x", value=25, unit="x",
        kind="multiple", low=24.5, high=25.5),
    row("Trading volume jumped 3 times in an hour.", "3 times", value=3, unit="x"),
    row("Roughly 585,000 traders were liquidated.", "585,000", value=585_000, unit="count",
        qualifier="approx"),
    row("The long/short ratio fell to 0.87 on Binance.", "0.87", value=0.87, unit="ratio"),
]  # fmt: skip

RANGE_ROWS = [
    row("Analysts expect Bitcoin to trade in a $60,000–$65,000 range this week.", "$60,000",
        value=60_000, qualifier="range", low=60_000, high=65_000),
    row("Analysts expect Bitcoin to trade in a $60,000–$65,000 range this week.", "$65,000",
        value=65_000, qualifier="range", low=60_000, high=65_000),
    row("Bitcoin swung between $60,000 and $65,000 on Friday.", "$60,000", qualifier="range",
        low=60_000, high=65_000),
    row("Bitcoin swung between $60,000 and $65,000 on Friday.", "$65,000", qualifier="range",
        low=60_000, high=65_000),
    row("ETH traded between $1,800 and $2,100 on Thursday.", "$2,100", value=2_100,
        qualifier="range", low=1_800, high=2_100),
]  # fmt: skip

QUALIFIER_ROWS = [
    row("Over $1 billion left crypto funds last week.", "$1 billion", qualifier="more_than"),
    row("Nearly $500 million left spot ETFs.", "$500 million", qualifier="approx",
        low=450e6, high=550e6),
    row("Bitcoin trades around $62,500 on Coinbase.", "$62,500", qualifier="approx"),
    row("Up to $3 billion in longs could be liquidated below $58,000.", "$3 billion",
        qualifier="at_most", low=None, high=3.5e9),
    row("Liquidations topped $2.65 billion on Friday.", "$2.65 billion", qualifier="more_than"),
    row("Bitcoin crossed $70,000 on Monday.", "$70,000", qualifier="more_than", high=None),
    row("Ether fell below $1,800 for the first time since 2023.", "$1,800",
        qualifier="less_than", low=None),
]  # fmt: skip

SIGN_AND_RANGE_ROWS = [
    row("Solana changed -14.16% over the past week.", "-14.16%", value=14.16, side="down"),
    row("Funding rates on Bitcoin perpetuals turned negative at -0.0051%.", "-0.0051%",
          value=-0.0051),
    row("Analysts put the losses at $1.3-1.5 billion.", "$1.3", value=1.3e9, unit="USD",
          qualifier="range", low=1.3e9, high=1.5e9),
    row("Analysts put the losses at $1.3-1.5 billion.", "1.5 billion", unit="USD",
          qualifier="range"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    SEED_ROWS
    + MONEY_ROWS
    + CRYPTO_ROWS
    + PERCENT_ROWS
    + OTHER_KIND_ROWS
    + RANGE_ROWS
    + QUALIFIER_ROWS
    + SIGN_AND_RANGE_ROWS,
)
def test_amount(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# Class 6 of issue 9: the forms amounts take in news from other outlets.
CURRENCY_FORM_ROWS = [
    # "mm" is a million only with money, as finance writes it; bare it is millimetres
    row("A whale moved 40,000 Move to Binance after the unlock.", "40,000 Move", value=40_000,
        unit="MOVE"),
    row("Whale Moves 40,000 MOVE Tokens to Binance After Unlock", "40,000 MOVE",
        value=40_000, unit="MOVE"),
    row("The market maker raised $22mm in its seed round, the filing shows.", "$22mm",
        value=22e6, unit="USD"),
    row("The desk's revenue target for the year is US$ 1MM.", "US$ 1MM", value=1e6,
        unit="USD"),
    # "cr" is a crore (ten million) with a currency, as Indian outlets write it (it was read
    # as Rs 2,000, ten million times too small)
    row("WazirX lost Rs 2,000 cr in the July hack, the exchange said.", "Rs 2,000 cr",
        value=2e10, unit="INR"),
    row("Indian Crypto Exchange Fined ₹18.8 Cr For Money Laundering Breaches", "₹18.8 Cr",
        value=1.88e8, unit="INR"),
    row("Investors moved INR 500cr into crypto funds last year.", "INR 500cr", value=5e9,
        unit="INR"),
    # a price given in two currencies across a slash ("$15/£13.49"): the second keeps its own
    row("The hardware wallet costs $149/£129 at launch.", "£129", value=129, unit="GBP"),
    row("Tickets cost $99/€89 for the Bitcoin conference.", "€89", value=89, unit="EUR"),
    # the currency after the number
    row("A whale dumped BTC at 85,000$ on Binance late on Sunday.", "85,000$", value=85_000,
        unit="USD", kind="money"),
    row("Bitpanda said 2,300€ was the median deposit in the campaign.", "2,300€",
        value=2_300, unit="EUR"),
    row("The Swiss regulator ordered the exchange to pay 5 million CHF.", "5 million CHF",
        value=5e6, unit="CHF"),
    # a spaced sign, in any case for a two-letter prefix
    row("Pantera closed its fund at $ 75 million, below the target.", "$ 75 million",
        value=75e6, unit="USD"),
    row("HashKey Group secured US$ 1.5 billion in fresh deposits in Hong Kong.",
        "US$ 1.5 billion", value=1.5e9, unit="USD"),
    row("russia has accepted a us $ 150 million world bank loan for its miners.",
        "us $ 150 million", value=150e6, unit="USD"),
    # a glued scale word
    row("Tether minted 2.3billion USDT over the weekend.", "2.3billion USDT", value=2.3e9,
        unit="USDT", kind="crypto"),
    row("Stablecoin inflows hit $4.1billion on Monday.", "$4.1billion", value=4.1e9, unit="USD"),
    row("The foundation approved a $5-million grant for audits.", "$5-million", value=5e6,
        unit="USD"),
    row("Strategy made a 2,000-BTC purchase on Monday.", "2,000-BTC", value=2_000,
        unit="BTC"),
    # trillions as The Economist and Reuters abbreviate them
    row("Global debt hit $300trn last year, the IIF said.", "$300trn", value=300e12,
        unit="USD"),
    row("The market cap of all stocks hit $2.5 trn on Monday.", "$2.5 trn", value=2.5e12,
        unit="USD"),
    row("Reuters said bond outflows hit $1.2 trln in the quarter.", "$1.2 trln",
        value=1.2e12, unit="USD"),
    # "$70Ks": thousands, plural
    row("Bitcoin spent most of March in the $70Ks before the breakout.", "$70Ks", value=70_000,
        unit="USD", qualifier="approx", low=60_000, high=80_000),
    # a round figure in the plural is the span it opens: "the $60,000s" are about 60,000-70,000
    row("Bitcoin traded in the low $60,000s for most of March.", "$60,000s", value=60_000,
        unit="USD", qualifier="approx", low=50_000, high=70_000),
    row("Ether has been stuck in the $3,000s since the upgrade.", "$3,000s", value=3_000,
        unit="USD", qualifier="approx"),
    # currencies other than the dollar and the euro, with ISO 4217 codes
    row("Chinese police seized crypto worth 12 billion yuan from the ring.", "12 billion yuan",
        value=12e9, unit="CNY", kind="money"),
    row("Upbit lost 58 billion won in the hot wallet breach.", "58 billion won", value=58e9,
        unit="KRW"),
    row("Coincheck lost 58 billion yen in the NEM hack.", "58 billion yen", value=58e9,
        unit="JPY"),
    row("Bitcoin traded at Rs 28,95,454 on WazirX while ether fell to Rs 2,00,017.6.",
        "Rs 28,95,454", value=2_895_454, unit="INR"),
    row("Bitcoin traded at Rs 28,95,454 on WazirX while ether fell to Rs 2,00,017.6.",
        "Rs 2,00,017.6", value=200_017.6, unit="INR"),
    row("The exchange was fined 5 lakh rupees by the Indian regulator.", "5 lakh rupees",
        value=5e5, unit="INR"),
    row("The tax on crypto gains could raise Rs 2 lakh crore a year.", "Rs 2 lakh crore",
        value=2e12, unit="INR"),
    row("The Swiss regulator ordered the exchange to pay CHF 5 million.", "CHF 5 million",
        value=5e6, unit="CHF"),
    row("Binance raised AED 367 million from Abu Dhabi's MGX.", "AED 367 million",
        value=367e6, unit="AED"),
    row("Shares of Hut 8 rose to C$12.50 in Toronto trading.", "C$12.50", value=12.5,
        unit="CAD"),
    row("Radiant Capital lost over US$50M (AU$74.82M) in the exploit.", "AU$74.82M",
        value=74.82e6, unit="AUD", qualifier="more_than"),
    row("The FCA fined the exchange £3.5 million for anti-money-laundering failures.",
        "£3.5 million", value=3.5e6, unit="GBP"),
    row("Robinhood paid 29.9 million pounds to settle the case.", "29.9 million pounds",
        value=29.9e6, unit="GBP"),
    # a ticker of a currency with a dollar sign; "a $5 million deal" is dollars
    row("A local desk quoted the coin at CAD$ 1,250 on Monday.", "CAD$ 1,250", value=1_250,
        unit="CAD"),
    row("The DAO approved a $5 million grant for audits.", "$5 million", value=5e6,
        unit="USD"),
    # cents are hundredths of the currency
    row("DOGE rose 3 cents to 41 cents after the listing.", "41 cents", value=0.41,
        unit="USD", qualifier="exact"),
    row("The memecoin jumped more than 20%, to as high as 10 cents.", "10 cents", value=0.1,
        unit="USD", qualifier="at_most"),
    row("The memecoin's creator paid thirteen dollars and forty-five cents in gas.",
        "thirteen dollars and forty-five cents", value=13.45, unit="USD"),
    # "a dollar" is one; its cents join it
    row("XRP trades above a dollar and 42 cents after the ruling.", "a dollar and 42 cents",
        value=1.42, unit="USD", qualifier="more_than"),
    row("Dogecoin rallied from 20 cents to a dollar in four months.", "a dollar", value=1,
        unit="USD"),
    row("The token sold for a dollar and a half at its peak.", "a dollar and a half",
        value=1.5, unit="USD"),
    row("Gas on the chain cost two dollars and a half per swap.", "two dollars and a half",
        value=2.5, unit="USD"),
    row("Cardano is still worth less than a euro, Kraken data show.", "a euro", value=1,
        unit="EUR", qualifier="less_than"),
    # cents glued to the number, as Australian and British outlets write them
    row("ADA slipped to 43c on Monday as volumes dried up.", "43c", value=0.43, unit="USD"),
    row("The stablecoin traded at 99.8c on Curve during the depeg.", "99.8c", value=0.998,
        unit="USD"),
    row("The token was quoted at $20 and 43c in the listing.", "$20 and 43c", value=20.43,
        unit="USD"),
    # "pc", glued, is the British "per cent"
    row("Ether slipped 0.5pc on Monday, the Telegraph reported.", "0.5pc", value=0.5,
        unit="%"),
    row("The miner bought 5 PCs and 40 GPUs for its new site.", "5", value=5, unit="count"),
    row("XRP traded at 800 won on Upbit, below its global price.", "800 won", value=800,
        unit="KRW"),
    row("Of the 12 listing proposals, 5 won approval this week.", "5", value=5,
        unit="count"),
    row("Bitcoin's supply is capped at ₿21,000,000 by its code.", "₿21,000,000",
        value=21e6, unit="BTC", kind="crypto"),
    row("Tencent's state-run partner raised RMB 2 billion for the chain.", "RMB 2 billion",
        value=2e9, unit="CNY"),
    row("Fewer than one percent of addresses hold most of the supply.", "one percent",
        value=1, unit="%", qualifier="less_than"),
    row("The census puts India's population at 1 414 021 100 this year.", "1 414 021 100",
        value=1_414_021_100, unit="count"),
    row("Bitcoin's difficulty hits a new high of 114.7 T, rising 5.6%.", "114.7 T",
        value=114.7e12),
    # one space group joins a figure with its currency or coin ("10 000 dollars", "€12 000");
    # after a label ("week 3", "Day 2", "top 5") the two numbers stay apart
    row("The hacker sent 10 000 dollars to a mixer on Sunday.", "10 000 dollars", value=1e4,
        unit="USD"),
    row("The exchange holds €12 000 in cold storage, its auditor said.", "€12 000",
        value=12_000, unit="EUR"),
    row("The miner sold 3 500 BTC on Monday, on-chain data show.", "3 500 BTC", value=3_500,
        unit="BTC"),
    row("In week 3 500 BTC left the exchange, Glassnode said.", "500 BTC", value=500,
        unit="BTC"),
    row("On Day 2 250 ETH were bridged to Arbitrum.", "250 ETH", value=250, unit="ETH"),
    # Malaysian, Kenyan and Indonesian outlets' signs, and "mil"/"bil" after the number
    row("Police seized RM500mil in crypto assets linked to the syndicate.", "RM500mil",
        value=500e6, unit="MYR"),
    row("Bitcoin funds drew US$1.2bil last week, The Star reported.", "US$1.2bil",
        value=1.2e9, unit="USD"),
    row("Losses from the Ponzi scheme hit KSh 2 billion, police said.", "KSh 2 billion",
        value=2e9, unit="KES"),
    row("The bank invested Rp 1 trillion in the exchange.", "Rp 1 trillion", value=1e12,
        unit="IDR"),
    # currency names of other countries, and the informal "quid" ("bucks" may be any dollar)
    row("Users of the app lost 2 million Kenyan shillings to the scam.",
        "2 million Kenyan shillings", value=2e6, unit="KES"),
    row("The miner paid 15 million Danish kroner for the site.",
        "15 million Danish kroner", value=15e6, unit="DKK"),
    row("The regulator fined the exchange 2.5 million zlotys.", "2.5 million zlotys",
        value=2.5e6, unit="PLN"),
    row("The Prague miner paid 3,000 Kč for the permit.", "3,000 Kč", value=3000,
        unit="CZK"),
    row("He paid 500 quid for the NFT in 2021.", "500 quid", value=500, unit="GBP"),
    # a sub-unit of a coin
    row("Bitcoin fees hit 2,200 sats on Runes launch day.", "2,200 sats", value=2.2e-5,
        unit="BTC", kind="crypto"),
]  # fmt: skip

RANGE_FORM_ROWS = [
    # one scale or currency shared by both ends
    row("The exploit drained $31-32 million from Curve pools, according to PeckShield.",
        "$31", value=31e6, unit="USD", qualifier="range", low=31e6, high=32e6),
    row("Solana traded in a $115-120 band through the weekend.", "120", value=120,
        unit="USD", qualifier="range", low=115, high=120),
    row("Miners sold 10-20 bitcoins a day last week.", "10", value=10, unit="BTC",
        qualifier="range"),
    row("Analysts expect US$20-$40 billion of inflows into ether ETFs next year.", "US$20",
        value=20e9, unit="USD", qualifier="range", low=20e9, high=40e9),
    row("The FOMC kept its target range of 525-550bps in January.", "525", value=5.25,
        unit="%", qualifier="range", low=5.25, high=5.5),
    row("The Fed lowered its benchmark rate to a range of 4.75%-5%.", "5%", occurrence=2,
        value=5, unit="%", qualifier="range", low=4.75, high=5),
    # "to" after a move's size names the level, in its own unit: no percent of 60,000
    row("Bitcoin fell 2% to 60,000 in Asian trading as ETFs bled.", "60,000", value=60000,
        unit="count"),
    row("Bitcoin traded between $60,000 to 65,000 over the weekend.", "65,000", value=65000,
        unit="USD"),
    row("Analysts see about $3.5 to 4 billion of inflows into ether ETFs.", "$3.5",
        value=3.5e9, unit="USD", qualifier="range", low=3.5e9, high=4e9),
    row("Bitcoin fell $5 to 60 thousand dollars in an hour, then rebounded.", "$5", value=5,
        unit="USD"),
    row("Exchanges saw outflows of 1.5 to 2 million ETH in March, Glassnode said.", "1.5",
        value=1.5e6, unit="ETH", qualifier="range"),
    # each end with its own scale, the unit written once, before or after the pair
    row("The startup expects to raise $2m-3m in its next round.", "3m", value=3e6,
        unit="USD", qualifier="range", low=2e6, high=3e6),
    row("Revenue could reach £1bn-2bn by 2027, the bank said.", "2bn", value=2e9,
        unit="GBP", qualifier="range"),
    row("Whales hold 2.5 million-3 million ETH, Santiment said.", "2.5 million",
        value=2.5e6, unit="ETH", qualifier="range", low=2.5e6, high=3e6),
    row("Outflows of 1.5 billion-2 billion dollars hit the funds.", "1.5 billion",
        value=1.5e9, unit="USD", qualifier="range"),
    row("Outflows of 1.5 billion to 2 billion dollars hit the funds.", "1.5 billion",
        value=1.5e9, unit="USD", qualifier="range", low=1.5e9, high=2e9),
    row("Analysts see between $2m and 3m of inflows this week.", "3m", value=3e6,
        unit="USD", qualifier="range"),
    # a scaled count of things beside money stays a count
    row("The protocol paid $2m to 3m stakers last year.", "3m", value=3e6, unit="count"),
    # a move from one figure to another shares the unit but is no range
    row("Miner rewards dropped from 6.25 to 3.125 bitcoins at the halving.", "6.25",
        value=6.25, unit="BTC", qualifier="exact"),
]  # fmt: skip

SCORE_ROWS = [
    row("About 1 in 5 holders is underwater at today's price.", "1 in 5", value=0.2,
        unit="ratio"),
    row("One in four traders lost money on the memecoin.", "One in four", value=0.25,
        unit="ratio"),
    row("One in four Americans owns crypto, a Pew survey found.", "One in four", value=0.25,
        unit="ratio"),
    row("About one in every five wallets is dormant, Glassnode said.", "one in every five",
        value=0.2, unit="ratio"),
    row("One in three bitcoin holders is in profit at $60,000.", "One in three", value=1 / 3,
        unit="ratio"),
    row("The Crypto Fear & Greed Index fell to 11/100 on Monday.", "11/100", value=11,
        unit="index"),
    row("The Altcoin Season Index stands at 12 out of 100, deep in bitcoin season.", "12",
        value=12, unit="index"),
    row("The attackers controlled 3 out of 11 private keys of the multisig.", "3", value=3,
        unit="count"),
    # "N out of M", "two in five" before a group's plural noun is a share of the group, as
    # "one in four" is; out of a named set ("10 out of 12 products") it counts the part
    row("Seven out of 10 investors hold bitcoin, a Gemini survey found.", "Seven out of 10",
        value=0.7, unit="ratio"),
    row("About 7 out of 10 retail traders lost money on the exchange last year.",
        "7 out of 10", value=0.7, unit="ratio", qualifier="approx"),
    row("Nine out of ten traders lose money on leverage, the exchange warned.",
        "Nine out of ten", value=0.9, unit="ratio"),
    row("Two out of three bitcoin holders are in profit at $60,000.", "Two out of three",
        value=2 / 3, unit="ratio"),
    row("One out of every four wallets is dormant, Glassnode said.", "One out of every four",
        value=0.25, unit="ratio"),
    row("Two in five investors plan to buy more crypto this year.", "Two in five", value=0.4,
        unit="ratio"),
    row("Three in 10 Americans have owned crypto, a Pew survey found.", "Three in 10",
        value=0.3, unit="ratio"),
    row("Roughly three in 10 people in the poll own crypto, the exchange said.",
        "three in 10", value=0.3, unit="ratio", qualifier="approx"),
    row("Outflows hit the ETFs, with 10 out of 12 products watching their assets drain.", "10",
        value=10, unit="count"),
    row("Bitcoin closed higher on 4 out of 5 days last week.", "4", value=4, unit="count"),
    row("The Fear and Greed Index scored 76 out of 100 points on Monday.", "76", value=76,
        unit="index"),
    # more of them than the group holds is no share: two counts
    row("The exploiter spread 14 in nine wallets before bridging them.", "nine", value=9,
        unit="count"),
    row("The exploiter spread 14 in nine wallets before bridging them.", "14", value=14,
        unit="count"),
]  # fmt: skip

WRITTEN_NUMBER_ROWS = [
    row("Thirty-four traders were liquidated on Hyperliquid in a single hour.",
        "Thirty-four", value=34, unit="count", kind="count"),
    row("One hundred and two wallets were drained before the bridge was paused.",
        "One hundred and two", value=102, unit="count"),
    row("Hackers drained half a million dollars from the bridge.", "half a million dollars",
        value=5e5, unit="USD"),
    row("The airdrop reached one and a half million wallets.", "one and a half million",
        value=1.5e6),
    row("A quarter of all bitcoin has not moved in five years.", "A quarter", value=25,
        unit="%", kind="percent"),
    row("Trump Media holds roughly two-thirds of its $3 billion in liquid assets in bitcoin.",
        "two-thirds", value=200 / 3, unit="%", qualifier="approx"),
    # a fraction before a comparative is the size of a change
    row("Trading volume was a fifth higher than last week, Kaiko data show.", "a fifth",
        value=20, unit="%"),
    row("Miner revenue is a third lower than before the halving.", "a third", value=100 / 3,
        unit="%"),
    # after "by", a fraction that ends the sentence is still the size of the change
    row("Binance will cut futures fees by half.", "half", value=50, unit="%"),
    row("The token's price fell by two-thirds.", "two-thirds", value=200 / 3, unit="%"),
    # "by a factor of": a multiple
    row("Daily transactions jumped by a factor of 10 after the upgrade.", "10", value=10,
        unit="x", kind="multiple"),
    row("Open interest grew by a factor of 2.5 in a year.", "2.5", value=2.5, unit="x"),
    # ... also written in words; a range of a bare number and a multiple is a multiple's
    row("Trading volume jumped by a factor of ten after the listing.", "ten", value=10,
        unit="x"),
    row("Fees fell by a factor of three once the upgrade went live.", "three", value=3,
        unit="x"),
    row("Analysts expect hosting to earn two to three times what mining did.", "two",
        value=2, unit="x", qualifier="range"),
    row("Inflows ran at five to six times the daily average.", "five", value=5, unit="x",
        qualifier="range"),
    row("Between two and three times as many wallets were drained.", "two", value=2,
        unit="x"),
    # twins: things counted after it, a frequency, a list of two counts
    row("A factor of ten issues drove the sell-off, the report said.", "ten", unit="count"),
    row("Five to ten people and three times as many bots joined.", "Five", unit="count"),
    row("Traders were liquidated two or three times.", "two", unit="count"),
    row("The theft is more than half of all crypto stolen in 2024, Chainalysis said.", "half",
        value=50, unit="%", qualifier="more_than"),
    row("On Thursday, three people familiar with the matter confirmed the repayment.",
        "three", value=3, unit="count"),
    row("Trading volume of $439 billion beat the six-analyst average estimate.", "six",
        value=6, unit="count"),
    # a half or a quarter after a scaled figure adds to it
    row("The hacker walked away with a million and a half dollars in USDT.",
        "a million and a half dollars", value=1.5e6, unit="USD"),
    row("The airdrop reached 3 million and a half wallets by Friday.", "3 million and a half",
        value=3.5e6),
    row("Solana processed two million and a quarter transactions in an hour.",
        "two million and a quarter", value=2.25e6),
    row("The DAO holds two million and one tokens after the vote.", "two million and one",
        value=2000001),
    # stacked scales in words multiply: the Indian "lakh crore", the British "thousand million"
    row("Crypto gains worth three lakh crore rupees went untaxed, the ministry said.",
        "three lakh crore rupees", value=3e12, unit="INR"),
    row("The fund manages two thousand million pounds in digital assets.",
        "two thousand million pounds", value=2e9, unit="GBP"),
    row("One million two thousand wallets held the token on Monday.",
        "One million two thousand", value=1002000),
    # a plural fraction needs its count: "three quarters million", not "quarters million"
    row("Some three quarters million wallets received the airdrop.",
        "three quarters million", value=750000),
    # a fraction after "and" adds to the whole, of the last scale ("six million and two
    # thirds"); read without it the figure would be wrong ("six million and two")
    row("The DAO counted six million and two thirds votes for the proposal.",
        "six million and two thirds", value=6e6 + 2e6 / 3),
    row("Tether's reserve grew by one billion and three quarters million dollars.",
        "one billion and three quarters million dollars", value=1.00075e9, unit="USD"),
    row("The miner's hashrate grew two and three quarters times in a year.",
        "two and three quarters times", value=2.75, unit="x"),
    row("The index stood at one hundred and three quarters after the rebalance.",
        "one hundred and three quarters", value=100.75),
    # a vulgar fraction glued to the whole number, or alone
    row("Bitcoin fell 2½% on Monday as ETF outflows resumed.", "2½%", value=2.5, unit="%"),
    row("The fund now holds 1½ million ETH after the merger.", "1½ million ETH",
        value=1.5e6, unit="ETH"),
    row("Some ¾ of the supply is staked, the foundation said.", "¾", value=75, unit="%",
        kind="percent"),
    # digits with scale words read as one number, as the words alone are
    row("The OTC desk offered 3 hundred and 21 yuan per token.", "3 hundred and 21 yuan",
        value=321, unit="CNY"),
    row("The airdrop reached 4 thousand 3 hundred and 21 wallets.",
        "4 thousand 3 hundred and 21", value=4321),
    row("The exchange lost 5 million and 20 staff left after the hack.", "5 million",
        value=5e6),
    row("Bitcoin rose 12 ½% on Monday, its best day since March.", "12 ½%", value=12.5,
        unit="%"),
    # a fraction with a slash before "of" is a share, as "two-thirds of" is
    row("Roughly 1/3 of all bitcoin sits on exchanges, CryptoQuant said.", "1/3",
        value=100 / 3, unit="%", kind="percent", qualifier="approx"),
    row("The fund sold 3/4 of its ether before the merge.", "3/4", value=75, unit="%"),
    # decimals written in words, as spoken figures are transcribed
    row("Bitcoin dominance fell two point five percent on Monday.", "two point five percent",
        value=2.5, unit="%"),
    row("The fund now manages three point two billion dollars in bitcoin.",
        "three point two billion dollars", value=3.2e9, unit="USD"),
    row("The stablecoin slipped to nought point nine eight dollars.",
        "nought point nine eight dollars", value=0.98, unit="USD"),
    row("Police seized two million worth of ether and three million with the laptops.",
        "two million", value=2e6),
    row("Chinese authorities seized five million yen in cash and 12 laptops.",
        "five million yen", value=5e6, unit="JPY"),
    row("Bitcoin dominance rose three percent in a week.", "three percent", value=3, unit="%"),
    # multiples
    row("Daily volume was twice the weekly average.", "twice", value=2, unit="x",
        kind="multiple"),
    row("SharpLink's ether holdings have more than doubled in three weeks.", "doubled",
        value=2, unit="x", qualifier="more_than"),
    row("Fees hit a record, a more than sevenfold increase from the previous day.",
        "sevenfold", value=7, unit="x", qualifier="more_than"),
    row("June saw $2.5 billion in funding, more than four times the amount raised in May.",
        "four times", value=4, unit="x", qualifier="more_than"),
    row("Buyers have tried twice to break the $72,000 high.", "twice", value=2,
        unit="count"),
    row("The bot rebalances four times a week on Hyperliquid.", "four times", value=4,
        unit="count"),
    row("Open interest jumped 3 times in a single session.", "3 times", value=3, unit="x"),
    row("Binance drove a spike in Ethereum's active users twice this month.", "twice",
        value=2, unit="count"),
]  # fmt: skip

RATE_ROWS = [
    # an exchange rate: the one unit it is quoted for is no figure; a bare number per unit of
    # one currency in a sentence about another is money in that other currency
    row("At the time, 1 USD = 1,390 won, so the penalty came to $1.8 million.", "1,390 won",
        value=1390, unit="KRW"),
    row("The desk quotes 1 BTC = $88,400 for block trades.", "$88,400", value=88_400,
        unit="USD"),
    row("The won weakened to 1,410 per dollar on Tuesday, its lowest since 2009.", "1,410",
        value=1410, unit="KRW", kind="money"),
    row("The Turkish lira slid to 36.1 against the dollar, lifting stablecoin demand.",
        "36.1", value=36.1, unit="TRY"),
    # such a rate is the price of the currency it is quoted per, never of the coin beside it
    row("Bitcoin topped 150 million won as the won slipped to 1,450 per dollar.", "1,450",
        unit="KRW", metric="price", asset="USD"),
    row("The yen weakened to 158 per dollar, lifting bitcoin in yen terms.", "158",
        unit="JPY", asset="USD"),
    row("Ether rose to 300,000 rupees while the rupee fell to 89 against the dollar.", "89",
        unit="INR", asset="USD"),
    row("Miners earned 3.1 per block on average in March.", "3.1", unit="count"),
    # a currency several countries name ("peso", "rupee") is the one of the country the text
    # names, as for a sum written in it; with no peso country named, no currency at all
    row("In Bogotá, the peso closed at 4,215 per dollar as local exchanges drew bids.",
        "4,215", unit="COP"),
    row("Pakistani traders watched the rupee slide to 281 per dollar on Friday.", "281",
        unit="PKR"),
    row("Mexico's peso weakened to 18.4 per dollar, lifting bitcoin's local price.", "18.4",
        unit="MXN"),
    row("In Manila, the peso traded at 58.2 per dollar as bitcoin hit 6 million pesos.",
        "58.2", unit="PHP"),
    row("Sri Lanka's rupee held at 298 against the dollar, the Colombo desk said.", "298",
        unit="LKR"),
    row("Argentina's official peso rate reached 1,450 per dollar this week.", "1,450",
        unit="ARS"),
    row("The peso closed at 4,215 per dollar on Wednesday, a trader said.", "4,215",
        unit="count"),
    row("Chile's peso firmed to 915 per dollar as copper rallied, lifting local bitcoin demand.",
        "915", unit="CLP"),
    row("The Uruguayan peso weakened to 40.1 per dollar on Thursday.", "40.1", unit="UYU"),
    row("Nepal's rupee held at 134 against the dollar, Kathmandu traders said.", "134",
        unit="NPR"),
    row("Dominican exporters watched the peso slip to 61.5 per dollar.", "61.5", unit="DOP"),
    row("The rupee slid to 84.2 per dollar in Mumbai, its weakest on record.", "84.2",
        unit="INR"),
    row("The peso held at 17.9 per dollar on Tuesday, traders said.", "17.9", unit="count"),
    # basis points are hundredths of a percentage point
    row("The Fed cut rates by 25 basis points on Wednesday.", "25 basis points", value=0.25,
        unit="%", kind="percent"),
    row("BREAKING: FED CUTS INTEREST RATES BY 50 BPS FOR THE FIRST TIME IN OVER 4 YEARS",
        "50 BPS", value=0.5, unit="%"),
    row("Markets price a 25-basis-point cut in March.", "25-basis-point", value=0.25,
        unit="%"),
    row("Traders expect a 25bps cut as inflation cools.", "25bps", value=0.25, unit="%"),
    # parts per million and per mille are units of a rate as basis points are: a Lightning
    # node's fee rate, an exchange's levy
    row("The node charges 150 ppm on routed payments, above the network median.", "150 ppm",
        value=0.015, unit="%", kind="percent"),
    row("Its channels now quote a fee rate of 1,000 ppm, or 0.1%, on forwarded sats.",
        "1,000 ppm", value=0.1, unit="%"),
    row("- Median fee rate: 38 ppm", "38 ppm", value=0.0038, unit="%"),
    row("The stablecoin's peg drifted by 250 parts per million on Curve, Kaiko said.",
        "250 parts per million", value=0.025, unit="%"),
    row("The exchange lowered its maker fee to 0.8‰ for its largest market makers.", "0.8‰",
        value=0.08, unit="%"),
    row("Seoul proposed a levy of 2 per mille on each won-denominated crypto trade.",
        "2 per mille", value=0.2, unit="%"),
    row("Lightning router ACINQ set its fee rate at 500 ppm for channels to Kraken.",
        "500 ppm", value=0.05, unit="%"),
    row("Tether's USDT traded 80 parts per million below its peg on Binance, Kaiko data show.",
        "80 parts per million", value=0.008, unit="%"),
    row("Upbit will charge 1.5‰ on every KRW trade from March.", "1.5‰", value=0.15, unit="%"),
    row("- Taker fee: 0.5 per mille", "0.5 per mille", value=0.05, unit="%"),
    # the same node's other figures keep their units: sats, a count of payments
    row("The node charges a base fee of 1 sat on routed payments.", "1 sat", value=1e-8,
        unit="BTC"),
    row("- Median base fee: 38 sats", "38 sats", value=3.8e-7, unit="BTC"),
    row("The node routed 500 payments through Kraken's channel last week.", "500", value=500,
        unit="count"),
    row("Bybit cut its taker fee to 0.055% for VIP clients.", "0.055%", value=0.055, unit="%"),
    row("The node forwarded 150 payments on each channel per hour.", "150", value=150,
        unit="count"),
    # a negative written in parentheses, as accounts write it, reads like a minus sign: a
    # direction (the figure of a loss is its size), or a level below zero where no side fits
    row("Net loss: ($12.3 million) in the quarter, the miner reported.", "$12.3 million",
        value=12.3e6, unit="USD", side="down"),
    # "minus" and "negative" before a figure sign it as "-" does; "plus or minus" bounds it
    row("The fund returned minus 5% in the quarter, its letter to investors shows.", "5%",
        value=5, unit="%", side="down"),
    row("The basis trade returned negative two percent in March, the desk said.",
        "two percent", value=2, unit="%", side="down"),
    row("The model's error is plus or minus 5% on most days.", "5%", value=5, unit="%",
        side=None),
    # a level below zero, written in words as with a minus sign; a count of negative
    # things ("negative 4 monthly closes", "negative 5 of the last 7") is no negative count
    row("The Coinbase Premium Index fell to minus 0.08 on Monday, CryptoQuant data show.",
        "0.08", value=-0.08),
    row("The Coinbase Premium Index fell to -0.08 on Monday, CryptoQuant data show.",
        "-0.08", value=-0.08),
    row("Bitcoin's MVRV Z-score slid to negative 0.5, a level last seen in 2022.", "0.5",
        value=-0.5),
    row("The z-score of miner outflows dropped to minus two on Friday.", "two", value=-2),
    row("The Coinbase premium gap closed at negative one, CryptoQuant said.", "one",
        value=-1),
    row("The basis model's error is plus or minus 0.5 on most days.", "0.5", value=0.5),
    row("Bitcoin has now printed negative 4 consecutive monthly closes.", "4", value=4),
    row("Spot ether ETF flows were negative 5 of the last 7 sessions.", "5", value=5),
    # a conversion in parentheses is no negative
    row("The queue holds more than 510,000 ether ($1.1 billion), Glassnode said.",
        "$1.1 billion", value=1.1e9, qualifier="more_than"),
]  # fmt: skip

BOUND_ROWS = [
    row("Liquidations exceeded $1 billion on Friday.", "$1 billion", qualifier="more_than"),
    row("Open interest surpassed $30 billion for the first time.", "$30 billion",
        qualifier="more_than"),
    row("The company's assets exceed $20 billion, enough to cover the loss.", "$20 billion",
        qualifier="more_than"),
    row("Crypto market cap tops $4 trillion for the first time.", "$4 trillion",
        qualifier="more_than"),
    row("Bitcoin surged past $66,000 on Monday.", "$66,000", qualifier="more_than"),
    row("Ether is surpassing the $4,000 mark this morning.", "$4,000", qualifier="more_than"),
    row("Bitcoin fell below the crucial $100,000 level after the Fed decision.", "$100,000",
        qualifier="less_than"),
    row("The profit is less than the $1.5 billion it declared in the first quarter.",
        "$1.5 billion", qualifier="exact"),
    row("The first ten million was surpassed in the 2017 bull run.", "ten million",
        qualifier="more_than"),
    row("Bitcoin rose to as high as $70,105 before quickly dropping.", "$70,105",
        qualifier="at_most"),
    row("XRP, BNB and Cardano are all down by 3% or more in the last 24 hours.", "3%",
        qualifier="at_least"),
    row("Saylor took a victory lap in 280 characters or less.", "280", qualifier="at_most"),
    row("CME holds just over 30% of the market, while Binance is just under 30%.", "30%",
        qualifier="more_than"),
    row("CME holds just over 30% of the market, while Binance is just under 30%.", "30%",
        occurrence=2, qualifier="less_than"),
    row("Fidelity's FBTC and ARKB saw inflows of roughly $68 million and $58 million.",
        "$58 million", qualifier="approx"),
    row("The top 1% of holders own most of the supply.", "1%", qualifier="exact"),
    row("🚨~$58,000,000 Exploit Alert🚨", "$58,000,000", qualifier="approx"),
    row("<h3>491,000 ETH Gone in the Dark</h3>", "491,000 ETH", qualifier="exact"),
    # a scale after a code written after the number scales it
    row("The exchange lost 75 USD million in the hack, its auditor said.", "75 USD million",
        value=75e6, unit="USD"),
    row("The exchange lost 75 USD in fees, its auditor said.", "75 USD", value=75,
        unit="USD"),
    # a decimal comma, as European outlets write it, when a unit or scale follows
    row("The fund holds €1,5 million in bitcoin after the rebalancing.", "€1,5 million",
        value=1.5e6, unit="EUR"),
    row("Spot ETFs took in $1,2 billion last week, CoinShares said.", "$1,2 billion",
        value=1.2e9, unit="USD"),
    row("Bitcoin rose 1,5% on Monday as ETF inflows resumed.", "1,5%", value=1.5, unit="%"),
    row("The token trades at €2,50 after the listing.", "€2,50", value=2.5, unit="EUR"),
    row("Spot ETFs took in $1,200 last week, CoinShares said.", "$1,200", value=1200,
        unit="USD"),
    # a code with a millions prefix, as European filings write it
    row("The miner's revenue rose to 48.5 MEUR in the quarter, its report shows.", "48.5 MEUR",
        value=48.5e6, unit="EUR"),
    row("Losses in excess of 30 MUSD were reported after the bridge hack.", "30 MUSD",
        value=30e6, unit="USD"),
    # a sign after the number, spaced, before a plain word ("10 $ is", "3 $ and then")
    row("A single transfer of 10 $ is enough to drain the wallet.", "10 $", value=10,
        unit="USD"),
    row("Outflows run at 71% of the average noted above (30,850 BTC).", "30,850 BTC",
        qualifier="exact"),
    row("That's right—over a billion dollars.", "a billion dollars", qualifier="more_than"),
    # a bound joined by a hyphen or a plus after the unit
    row("The miner bought 1,000-plus BTC in the quarter.", "1,000-plus BTC", value=1000,
        unit="BTC", qualifier="more_than"),
    row("Some 40-odd exchanges listed the token on day one.", "40", value=40,
        qualifier="approx"),
    row("The memecoin rose 1,000%+ in a year, then fell 90%.", "1,000%+", value=1000,
        unit="%", qualifier="more_than"),
    row("The ETFs took in $500 million-plus in their first week.", "$500 million",
        qualifier="more_than"),
    row("Funding fell short of the nearly $6 billion invested in the first quarter.",
        "$6 billion", qualifier="approx"),
    # a limit set on a figure is its most: caps, ceilings, "not exceeding"
    row("Daily withdrawals are capped at $25,000 for unverified accounts.", "$25,000",
        qualifier="at_most"),
    row("Leverage on the new perpetuals will be capped at 25x, the exchange said.", "25x",
        qualifier="at_most"),
    # ... whatever the verb of a negated "exceed"
    row("Under the new rules, trading fees may not exceed 1% of the order value.", "1%",
        qualifier="at_most"),
    row("Market makers kept spreads tight, never exceeding 0.2% on the pair.", "0.2%",
        qualifier="at_most"),
    row("A single transfer cannot exceed 50,000 USDC, the bridge's docs say.", "50,000 USDC",
        qualifier="at_most"),
    row("Transfers not exceeding $700 need no report under the rule.", "$700",
        qualifier="at_most"),
    row("The treasury plans to buy upward of 8,000 BTC this year.", "8,000 BTC",
        qualifier="more_than"),
    # a figure restated in another unit after ", or" keeps the bound of the one it restates;
    # a distance from a level after it is no restatement
    row("The exchange offered up to 10 percent of the stolen funds, or $150 million, as a "
        "bounty.", "$150 million", qualifier="at_most"),
    row("Hunters can earn up to a 5% bounty, potentially reaching $60 million.",
        "$60 million", qualifier="at_most"),
    row("More than 40% of the supply, or 8 billion tokens, sits with insiders.",
        "8 billion", qualifier="more_than"),
    row("The token fell below $1, or 20% under its launch price.", "20%", qualifier="exact"),
    row("Bitcoin rose 5%, or $3,000, on Monday.", "$3,000", qualifier="exact"),
    row("Shorts took roughly 70% of the losses, or $640 million.", "$640 million",
        qualifier="exact"),
    # a bound stacked on an approximation is the bound
    row("Total assets amounted to at least around $90 billion as of June 30.",
        "$90 billion", qualifier="at_least"),
    row("Losses could reach up to about $5 million, the auditor said.", "$5 million",
        qualifier="at_most"),
    row("Ether traded around $3,000 on Friday.", "$3,000", qualifier="approx"),
    # a bound inside a quotation opens after its quotation mark
    row('The team expects holders to claim "north of 70%" of the airdrop.', "70%",
        qualifier="more_than"),
    row("Analysts called it “more than $3 billion” of forced selling.", "$3 billion",
        qualifier="more_than"),
    row('The fund said "$45 million" was raised in the round.', "$45 million",
        qualifier="exact"),
    # two whole numbers, the second next after the first, joined by "or": a rough count
    row("We now get three or four calls a week from funds.", "four", qualifier="range",
        low=3, high=4),
    row("She expects 5 or 6 small miners to merge before the end of Q1.", "5",
        qualifier="range"),
    row("The exchange listed 3 or 5 new pairs, depending on the region.", "5",
        qualifier="exact"),
    # after a label noun the two numbers are labels, no rough count
    row("Token holders will vote on option 1 or 2 of the treasury plan next week.", "2",
        qualifier="exact"),
    row("The rollup moves to phase 2 or 3 once audits finish, the team said.", "3",
        qualifier="exact"),
    row("Validators in tier 2 or 3 earn smaller staking rewards.", "2", qualifier="exact"),
    # a negated strict bound is a bound the other way: "no fewer than" is at least
    row("The bridge requires no fewer than 8 signers for each release.", "8",
        qualifier="at_least"),
    row("A single holder may own not more than 3% of the token supply.", "3%",
        qualifier="at_most"),
    # "top out"/"max out at" set a ceiling after a modal or "to"; a peak reached ("topped out
    # at") is the figure itself, and "market cap at" is a noun, never a ceiling
    row("Strategists expect the rally to top out at $140,000 by spring.", "$140,000",
        qualifier="at_most"),
    row("Slippage on the pool could max out at 2%, the docs say.", "2%", qualifier="at_most"),
    row("Trading fees will top out at 0.15% for the smallest accounts.", "0.15%",
        qualifier="at_most"),
    row("The airdrop is capping at 1,000 tokens a wallet.", "1,000", qualifier="at_most"),
    row("Borrow rates on USDC maxed out at 42% during the squeeze.", "42%", qualifier="exact"),
    row("Ether topped out at $4,090 in March before a 30% slide.", "$4,090", qualifier="exact"),
    row("Avalanche's market cap at $14 billion trails that of Polygon at its peak.",
        "$14 billion", qualifier="exact"),
    row("Cardano, with a market cap at about $25 billion, sits ninth by size.",
        "$25 billion", qualifier="approx"),
    # a rough neighbourhood of a figure is about it; "south of" and "shy of" are below it
    row("Losses from the exploit are in the region of $25 million.", "$25 million",
        qualifier="approx"),
    row("Daily volume is in the neighbourhood of $8 billion, Kaiko said.", "$8 billion",
        qualifier="approx"),
    row("The foundation's treasury is worth more or less $300 million.", "$300 million",
        qualifier="approx"),
    row("Bitcoin slid to south of $57,000 during Asian hours.", "$57,000",
        qualifier="less_than"),
    row("Ether settled shy of $2,300 after the minutes.", "$2,300", qualifier="less_than"),
    row("Ether settled just shy of the $2,300 record it set in May.", "$2,300",
        qualifier="exact"),
    # a conversion in brackets keeps its own bound: "c." and "est." are about, as is a
    # bound inside square brackets
    row("The whale moved 25,000 ETH (c. $58m) to Kraken on Tuesday.", "$58m",
        qualifier="approx"),
    row("The miner sold 2,000 BTC (est. $170 million) over the weekend.", "$170 million",
        qualifier="approx"),
    # after a clock time "est." is Eastern time, no estimate
    row("The miner's stock opened at 9:30 a.m. est. 4% higher on the filing.", "4%",
        qualifier="exact"),
    row("Whales bought 50,000 ETH [about $140 million] this week.", "$140 million",
        qualifier="approx"),
    row("Whales bought 50,000 ETH [$140 million] this week.", "$140 million",
        qualifier="exact"),
    # a currency name several countries share takes the country the story names
    row("Savers in Argentina keep fleeing the peso. Exchanges there sold 640 billion pesos "
        "of stablecoins in April.", "640 billion pesos", value=640e9, unit="ARS"),
    row("Philippine authorities fined the platform 9 million pesos on Monday.",
        "9 million pesos", unit="PHP"),
    row("Bitcoin changed hands at 1.9 million pesos, a Mexican exchange said.",
        "1.9 million pesos", unit="MXN"),
    row("Pakistan's crypto council says citizens hold 4.1 trillion rupees in digital assets.",
        "4.1 trillion rupees", unit="PKR"),
    row("A Ugandan scheme took 30 billion shillings from savers, police said.",
        "30 billion shillings", unit="UGX"),
    # the country written with the name, or a name no country shares, stays as written
    row("Argentina's central bank sold 2 billion Mexican pesos of reserves.",
        "2 billion Mexican pesos", unit="MXN"),
    row("Indian investors paid 4,000 crore rupees in tax, against 900 crore a year earlier.",
        "4,000 crore rupees", unit="INR"),
    row("The Australian exchange said users withdrew 5 million dollars in a week.",
        "5 million dollars", unit="USD"),
    # a cap that names no limit: a market cap, a supply that is capped
    row("Ether's market cap of $400 billion trails bitcoin's.", "$400 billion",
        qualifier="exact"),
    row("The token, whose supply is capped, jumped 14% to $2.", "14%", qualifier="exact"),
    row("Ether rose 3% to $3,900, capping a 9% weekly gain.", "9%", qualifier="exact"),
    # "a cap of" and "a ceiling of" name a market value or a price level as often as a limit
    row("Solana, with a cap of $80 billion, ranks sixth among tokens.", "$80 billion",
        qualifier="exact"),
    row("Bitcoin hit a ceiling of $70,000 three times in March before breaking out.",
        "$70,000", qualifier="exact"),
    row("Inflows did exceed $5 million on Tuesday, the fund said.", "$5 million",
        qualifier="more_than"),
    # a scale word misspelt in hurried copy is still that scale: read without it, the value
    # would be wrong by a factor of a million
    row("Attackers siphoned roughly $4.6 milion in USDC before the pool was paused.",
        "$4.6 milion", value=4.6e6, unit="USD", qualifier="approx"),
    row("Tether's treasury minted another 2 billon USDT overnight.", "2 billon USDT",
        value=2e9, unit="USDT"),
    row("The treasury firm raised 120 milllion dollars in a private placement.",
        "120 milllion dollars", value=120e6, unit="USD"),
    row("Stablecoins could reach $2 trilion in supply, the bank's note says.",
        "$2 trilion", value=2e12),
    # European scale words: "mio" and "mrd" with a currency, "milliard" anywhere
    row("The Swiss bank's digital asset unit reported CHF 45 mio in client assets.",
        "CHF 45 mio", value=45e6, unit="CHF"),
    row("The Dutch fund booked EUR 1,2 mrd in inflows in the half.", "EUR 1,2 mrd",
        value=1.2e9, unit="EUR"),
    row("Miners exported 2 milliard roubles of bitcoin, the ministry said.",
        "2 milliard roubles", value=2e9, unit="RUB"),
    # a capitalised slip after a number is a name, and "millard" a name or street: no scale
    row("Investigators searched the miner's office at 2100 Millard Avenue on Friday.", "2100",
        value=2100),
    row("The 3 Bilion Club, a group of early holders, bought 200 BTC on Monday.", "3",
        value=3),
    row("Customs officers seized 4 Billon tokens, an obscure memecoin, at the border.", "4",
        value=4),
    # a shared currency name with no country of its own named before it (or in its clause):
    # no code rather than a neighbour's
    row("Uruguay's central bank said residents bought 80 million pesos of bitcoin; "
        "neighbouring Argentina has looser rules.", "80 million pesos", unit="UYU"),
    row("The Dominican Republic's central bank said locals lost 90 million pesos to a crypto "
        "scam; Mexico's regulator issued a similar warning.", "90 million pesos", unit="DOP"),
    row("Manila-based exchange Pisokoin said users bought 1.2 billion pesos of stablecoins in "
        "May.", "1.2 billion pesos", unit="PHP"),
    row("Buyers on informal desks paid 300 pesos per USDT last week, traders said.", "300",
        unit="count"),
    row("Remittance users moved 5 billion shillings through the app in March.", "5 billion",
        unit="count"),
]  # fmt: skip

KNOWN_FORM_GAPS = [
    known("a cap or ceiling is read as a limit only by 'capped at', not by 'a cap of' (a "
          "market cap as often)", "The draft sets a cap of $2 million on rewards paid to "
          "holders.", "$2 million", qualifier="at_most"),
    known("a cap or ceiling is read as a limit only by 'capped at', not by 'a ceiling of'",
          "The issuer faces a ceiling of 400 million tokens minted per day.", "400 million",
          qualifier="at_most"),
    known("an ordinal fraction of a unit is not read", "A satoshi is one hundred millionth "
          "of a BTC.", "one hundred millionth", value=1e-8, unit="BTC"),
    known("earnings per share need the EPS context for their unit", "EPS of $3.39 compares "
          "to $1.04 a year ago.", "$3.39", unit="USD/share"),
    known("a headline's title-case count before a rate move's size is read as a name",
          "Markets Bet on Four Quarter-Point Cuts as Bitcoin Rallies", "Four", value=4,
          unit="count"),
]  # fmt: skip

# A coin written as the subject of a price move, then a figure in thousands with no unit:
# headlines write the coin's dollar price so ("Bitcoin Drops Below 60K"). Only coins with a
# known dearest price, only a figure near its scale, and only the coin itself moving.
COIN_LEVEL_ROWS = [
    row("Bitcoin Drops Below 60K as Mt. Gox Repayments Near", "60K", value=60_000,
        unit="USD", metric="price", asset="BTC", qualifier="less_than"),
    row("BTC reclaims 70k after a week of ETF outflows.", "70k", value=70_000, unit="USD",
        metric="price", asset="BTC"),
    row("Ethereum price slips to 2.5K as stakers unlock", "2.5K", value=2_500, unit="USD",
        metric="price", asset="ETH"),
    row("Bitcoin is back above 100K for the first time since June.", "100K", value=100_000,
        unit="USD", metric="price", asset="BTC"),
    row("Bitcoin Eyes 75 Thousand as Shorts Pile Up", "75 Thousand", value=75_000,
        unit="USD"),
    # twins: people or things counted, another subject, a coin without a known high, a
    # figure far from the coin's scale, a verb that moves coins, not the price
    row("Bitcoin ETFs hit 100K holders in their first month.", "100K", unit="count"),
    row("Bitcoin hits 100K daily transactions on the Lightning Network.", "100K",
        unit="count"),
    row("Ethereum validators top 500K as staking grows.", "500K", unit="count"),
    row("Bitcoin miners sold 30K in a week.", "30K", unit="count"),
    row("Dogecoin hits 100K in a viral post.", "100K", unit="count"),
    row("Ethereum hits 900K in a week on the testnet.", "900K", unit="count"),
    row("Ethereum burns 10K as fees spike.", "10K", unit="count"),
    row("Bitcoin drops 12,000 as traders flee.", "12,000", unit="count"),
    # a firm's coins are its holdings; a gap to a peak is no price level
    row("Tesla's Bitcoin Falls to 11K After Sales", "11K", unit="count"),
    row("Strategy's bitcoin tops 640K after the latest purchase", "640K", unit="count"),
    row("Coinbase's bitcoin drops below 800K in customer wallets.", "800K", unit="count"),
    row("BlackRock's Ethereum nears 40K in its trust.", "40K", unit="count"),
    row("Bitcoin is 15K away from its all-time high.", "15K", unit="count"),
    row("Bitcoin is 20K below its peak, a 16% drawdown.", "20K", unit="count"),
    # a coin's pair with a currency prices it in that currency, whatever its scale
    row("BTC/USD traded at 60,000 on Bitstamp late on Sunday.", "60,000", value=60_000,
        unit="USD", metric="price", asset="BTC"),
    row("SOL/EUR slipped below 130 as the unlock neared.", "130", value=130, unit="EUR"),
    row("ETH/USD is back above 3,200 after the Fed decision.", "3,200", value=3_200,
        unit="USD"),
    # twins: a chart's timeframe, a pair's traders, a coin's own pair with a stablecoin
    row("The BTC/USD pair drew 12,000 traders on Binance this week.", "12,000",
        unit="count"),
    row("BTC/USDT traded at 60,000 on Binance.", "60,000", unit="count"),
    # the size of the move may stand between the verb and the level ("fell 3K to 97K"),
    # the move may start at a level ("from 2,800 to"), or follow a first move ("drops 2K,
    # then reclaims 98K"); "pair" may follow the pair
    row("Bitcoin fell 3K to 97K on Monday as ETF outflows mounted.", "97K", value=97_000,
        unit="USD", metric="price", asset="BTC"),
    row("BTC jumped 4% to 71K before sellers stepped in.", "71K", value=71_000, unit="USD"),
    row("Bitcoin surged 12 percent to 105K, a record.", "105K", value=105_000, unit="USD"),
    row("Bitcoin drops 2K, then reclaims 98K within hours.", "98K", value=98_000,
        unit="USD"),
    row("BTC/USD fell 5% to 58,000 during the Asian session.", "58,000", value=58_000,
        unit="USD", metric="price", asset="BTC"),
    row("ETH/USD rallied from 2,800 to 3,100 after the upgrade.", "2,800", value=2_800,
        unit="USD"),
    row("ETH/USD rallied from 2,800 to 3,100 after the upgrade.", "3,100", value=3_100,
        unit="USD"),
    row("Bitcoin rallied from 60K to 65K in a week.", "60K", value=60_000, unit="USD"),
    row("The BTC/USD pair rose to 62,000 on Friday.", "62,000", value=62_000, unit="USD"),
    # every form of a price verb, from its lemma: "trading at", "nearing", "fallen to"
    row("Bitcoin trading at 61K as the Fed meeting nears.", "61K", value=61_000, unit="USD"),
    row("Ethereum nearing 4K again after the ETF approval.", "4K", value=4_000, unit="USD"),
    row("Ethereum rose 500 to 3.5K as traders piled in.", "3.5K", value=3_500, unit="USD"),
    # twins: things counted at either end of the move, another subject moving, a firm's
    # coins, a level with its own unit
    row("Bitcoin fell 3K to 97K holders, Glassnode said.", "97K", unit="count"),
    row("Bitcoin fell 3K to 97K holders, Glassnode said.", "3K", unit="count"),
    row("Bitcoin rose from 2K to 3K daily transactions on Lightning.", "2K", unit="count"),
    row("Ethereum climbed from 500K to 700K active addresses in a month.", "500K",
        unit="count"),
    row("Ethereum validators rose 500 to 3.5K this week.", "3.5K", unit="count"),
    row("The number of Bitcoin nodes fell 3K to 17K.", "17K", unit="count"),
    row("Strategy's bitcoin rose 2K to 640K after the latest purchase.", "640K",
        unit="count"),
    row("Bitcoin fell 5% to 2.1K BTC in exchange reserves.", "2.1K BTC", unit="BTC"),
    row("Bitcoin added 2K, before miners sold 3K.", "3K", unit="count"),
]  # fmt: skip

# Mining's own units, kept as written (the gold writes "1,000 EH/s" in EH/s): hashrate,
# efficiency and power ("tops 1,150 EH/s", "17.5 J/TH", "a 300 MW site"); before they were
# bare counts with no unit, or indexes.
MINING_UNIT_ROWS = [
    row("The network's hashrate hit a record 1,150 EH/s on Monday, Hashrate Index data "
        "shows.", "1,150 EH/s", value=1150, unit="EH/s", metric="hashrate"),
    row("The S21 XP delivers 270 TH/s at 13.5 J/TH, the maker says.", "270 TH/s", value=270,
        unit="TH/s"),
    row("The S21 XP delivers 270 TH/s at 13.5 J/TH, the maker says.", "13.5 J/TH",
        value=13.5, unit="J/TH"),
    row("The miner signed a 300 MW power deal in Texas.", "300 MW", value=300, unit="MW"),
    row("Bitcoin mining uses about 150 TWh a year, the Cambridge index estimates.",
        "150 TWh", value=150, unit="TWh", qualifier="approx"),
    row("The pool's share rose to 45 exahashes per second.", "45 exahashes per second",
        value=45, unit="EH/s"),
    # twins: a price per unit of hashrate stays money
    row("Hashprice slumped to $38.40 per PH/s per day, a record low.", "$38.40",
        value=38.4, unit="USD"),
]  # fmt: skip

# "tokens" after a stablecoin's bare holdings or supply says the figure counts its coins,
# not dollars; a coin's own figures in those metrics took its unit already
TOKEN_UNIT_ROWS = [
    row("Tether's USDT remains dominant, with a circulating supply of 180.9 billion tokens "
        "on Sunday.", "180.9 billion", value=180.9e9, unit="USDT", metric="supply"),
    row("USDC's supply grew to 74.2 billion tokens, Circle said.", "74.2 billion",
        unit="USDC"),
    row("Ethena's USDe supply swelled 41% last month to 14.7bn tokens.", "14.7bn",
        unit="USDE", asset="USDE"),
    # a stablecoin's ticker moving to a bare figure in millions or more: its coins
    row("Stablecoin market passes $300bn as USDT tops 180bn; euro coins remain a rounding "
        "error", "180bn", value=180e9, unit="USDT"),
    row("PYUSD crossed 1 billion for the first time in August.", "1 billion", unit="PYUSD"),
    row("USDe surged to 14.7 billion as traders chased the yield.", "14.7 billion",
        unit="USDE"),
    row("Bitcoin stood at 97K on Sunday evening.", "97K", value=97_000, unit="USD"),
    # twins: the issuer's name, holders counted, a price near a dollar, another subject
    row("Tether reached 100 billion in market value.", "100 billion", unit="count"),
    row("USDT hits 5 million holders on Tron.", "5 million", unit="count"),
    row("USDT fell to 0.998 on Curve during the depeg.", "0.998", unit="count"),
    row("USDT volume hit 50 billion on Sunday.", "50 billion", unit="count"),
    # the figure such a supply is compared with counts the same tokens
    row("Tether has 180.9 billion tokens in circulation, up from 140 billion a year ago.",
        "140 billion", value=140e9, unit="USDT"),
    row("Tether has 180.9 billion tokens in circulation, up from 140 million holders.",
        "140 million", unit="count"),
    row("Binance listed 45 new tokens, up from 30 in 2024, while USDT supply grew.", "45",
        unit="count"),
    row("Binance listed 45 new tokens, up from 30 in 2024, while USDT supply grew.", "30",
        unit="count"),
    # twins: a stablecoin issuer's dollars, kinds of token counted on a network
    row("Tether holds 80 billion in Treasury bills, its attestation shows.", "80 billion",
        unit="count"),
    row("Pump.fun users created 11 million tokens on Solana last year.", "11 million",
        unit="count"),
    row("The Ethereum network hosts more than 500,000 tokens.", "500,000", unit="count"),
    row("Binance listed 45 new tokens in 2025, more than Coinbase, while Bitcoin rallied.",
        "45", unit="count"),
    # "tokens" counts the coin the sentence names whatever the figure measures; a chain
    # named after "on" is where the coins live, not what they are
    row("Tether minted 1 billion USDT on Tron, bringing its supply to 180.9 billion tokens.",
        "180.9 billion", unit="USDT", asset="USDT"),
    row("Circle issued 500 million USDC on Solana, lifting circulating supply to 62 billion "
        "tokens.", "62 billion", unit="USDC", asset="USDC"),
    row("Holders swapped 500 million DOGE to SHIB, about 2 trillion tokens.", "2 trillion",
        unit="SHIB", asset="SHIB"),
    row("SharpLink (SBET) bought 39,008 ETH, bringing its holdings to 837,230 tokens.",
        "837,230", unit="ETH", asset="SBET"),
    row("XRP ETFs Lock a Record 938.7M Tokens as $1.44B in Sticky Inflows Defies the Slide",
        "938.7M", value=938.7e6, unit="XRP"),
    row("Shiba Inu's burn rate jumped 900% as 1.2 billion tokens were sent to dead wallets.",
        "1.2 billion", unit="SHIB"),
    row("Dogecoin whales scooped up 250 million coins over the past 48 hours.",
        "250 million", unit="DOGE"),
    row("The Solana Foundation moved 500,000 SOL on Tuesday; another 200,000 tokens followed.",
        "200,000", unit="SOL"),
    row("Solana now hosts more than 20 million tokens, Dune data show.", "20 million",
        unit="count"),
    row("Ethereum has seen 600,000 tokens deployed this year.", "600,000", unit="count"),
    # a chain after a move: "from Tron to Ethereum"; a coin bought after a swap or rotation
    row("Tether moved 2 billion USDT from Tron to Ethereum, leaving 75 billion tokens there.",
        "75 billion", unit="USDT", asset="USDT"),
    row("Circle bridged 300 million USDC to Base, and 40 million tokens more followed.",
        "40 million", unit="USDC"),
    row("Investors rotated from Bitcoin to Ether, buying 2 million tokens in a week.",
        "2 million", unit="ETH"),
    row("Traders switched to XRP, scooping up 50 million tokens in a day.", "50 million",
        unit="XRP"),
    # kinds of token counted market-wide; a coin in another clause is not theirs
    row("CoinGecko tracks over 17,000 coins while Bitcoin dominance sits at 60%.", "17,000",
        unit="count"),
    row("Bitcoin dominance rose as more than 15 million tokens now compete for capital.",
        "15 million", unit="count"),
    row("More than 40 million tokens exist on Solana, according to Dune.", "40 million",
        unit="count"),
]  # fmt: skip

# A bare scaled figure that a money or coin figure of its sentence is compared with ("down
# from", "up from", "compared with", "versus", "from") is in that figure's unit
COMPARED_ROWS = [
    row("Net inflows reached $1.2 billion in the quarter, up from 800 million a year "
        "earlier.", "800 million", value=800e6, unit="USD"),
    row("The fund manages $4.5 billion, compared with 3.9 billion in March.", "3.9 billion",
        value=3.9e9, unit="USD"),
    row("Revenue rose to $2.1 billion from 1.6 billion a year ago.", "1.6 billion",
        value=1.6e9, unit="USD"),
    row("Exchange reserves fell to 2.3 million BTC versus 2.6 million in January.",
        "2.6 million", value=2.6e6, unit="BTC"),
    # twins: things counted, another sentence, an unscaled figure, a figure far apart
    row("The exchange holds $4.5 billion, up from 3.9 million users last year.",
        "3.9 million", unit="count"),
    row("Bitcoin ETFs hold 1.1 million BTC. Down from 1.3 million, active addresses fell.",
        "1.3 million", unit="count"),
    row("The ETF drew $1.2 billion, up from 800 a day earlier.", "800", unit="count"),
    row("Stablecoins hit $300 billion, up from 5 million holders in 2020.", "5 million",
        unit="count"),
    row("The protocol holds $20 million, compared with 2 billion in total value locked "
        "across DeFi.", "2 billion", unit="count"),
]  # fmt: skip

# The size of a change written bare before the level it changed to, which carries the unit:
# "increase by 850M to reach $3.3B" is $850M. Not a count of things, not a small number
# (a rank, days), not a year, and only before a money or coin level.
CHANGE_TO_LEVEL_ROWS = [
    row("Tether Excess Reserves increase by 850M to reach $3.3B as Tether Reveals Its "
        "T-Bill Exposure", "850M", value=850e6, unit="USD"),
    row("Exchange balances fell by 120K to 2.3 million BTC, CryptoQuant data shows.", "120K",
        value=120_000, unit="BTC", side="down"),
    row("Reserves jumped 850 million to $3.3 billion in the quarter.", "850 million",
        value=850e6, unit="USD"),
    row("The fund's assets grew by about 1.2 billion to a record $12 billion.", "1.2 billion",
        value=1.2e9, unit="USD", qualifier="approx"),
    # twins: things counted, a small number, a move in percent, a bare level, a year
    row("Holders rose by 120,000 wallets to $3.3 billion in value.", "120,000",
        unit="count"),
    row("The token climbed by 5 to $3.30 in a week.", "5", unit="count"),
    row("Addresses rose by 120,000 to 1.2 million this month.", "120,000", unit="count"),
    row("Open interest rose 4% to $3.3 billion on Friday.", "4%", unit="%"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    CURRENCY_FORM_ROWS
    + RANGE_FORM_ROWS
    + SCORE_ROWS
    + WRITTEN_NUMBER_ROWS
    + RATE_ROWS
    + BOUND_ROWS
    + COIN_LEVEL_ROWS
    + CHANGE_TO_LEVEL_ROWS
    + MINING_UNIT_ROWS
    + TOKEN_UNIT_ROWS
    + COMPARED_ROWS
    + KNOWN_FORM_GAPS,
)
def test_amount_form(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


ZERO_LABEL = (
    "a zero value or level is not read: its metric (price, holdings, a count of a queue) is "
    "not chosen right yet, and a zero with a wrong label is worse than none"
)

# Whole sentences and exactly the amounts they state: dates, years, times, windows,
# quarters, moving averages, ordinals and list counters are not amounts.
NON_CLAIM_ROWS = [
    ("On February 6, the crypto market saw a sharp crash as Bitcoin plunged nearly 15%, wiping "
     "out around $350 billion in total market value in a single day.", ["15%", "$350 billion"]),
    ("This drop also wiped out the entire “Trump bump” rally from November 2024, as selling "
     "pressure increased from miners.", []),
    ("In just 24 hours, more than $2.65 billion worth of leveraged crypto positions were wiped "
     "out.", ["$2.65 billion"]),
    ("Strategy posted a $12.6 billion loss in Q4 2025.", ["$12.6 billion"]),
    ("Bitcoin is trading below its 50-day moving average of $98,000.", ["$98,000"]),
    ("Bitcoin traded at $64,000 at 14:30 UTC on Feb. 5.", ["$64,000"]),
    ("Ether dropped 8% at 9:30 a.m. ET.", ["8%"]),
    ("It was the third-largest liquidation event of 2025.", []),
    ("Pi Network crashed on Dec 19, 2025.", []),
    ("Bitcoin has not been this low since 2024.", []),
    ("ETFs lost $1 billion over the past 7 days.", ["$1 billion"]),
    ("Liquidations reached $1.2 billion in a 24-hour period.", ["$1.2 billion"]),
    ("BTC fell to $60,000 on 6 February 2026.", ["$60,000"]),
    ("The top 10 tokens lost $200 billion this week.", ["$200 billion"]),
    ("1. Bitcoin fell 5% on Friday.\n2. Ether dropped 8% on Friday.", ["5%", "8%"]),
    ("BTC is down 3% week-over-week and 12% YTD.", ["3%", "12%"]),
    ("It was the 3rd largest liquidation event in 2025.", []),
    ("Solana fell for the 5th straight day.", []),
    ("Binance processed $12 billion in 24h volume.", ["$12 billion"]),
    ("Strategy's 10-K filing shows a $17.4 billion operating loss.", ["$17.4 billion"]),
    pytest.param("Yesterday 06:19 Cardano dropped 4%.", ["4%"]),
    # class 7 of issue 9: chart timeframes, numberless "hundreds", counters, names, widgets
    ("Bitcoin looks strong on the 6m chart, while the 1m and 3m charts show a pullback.", []),
    ("Hundreds of token markets are supported, and thousands of wallets joined.", []),
    ("Hundreds of thousands of customers lost bitcoin when Mt. Gox was hacked.", []),
    ("Strategy bought 3,081 bitcoin for $356.9 million [1].", ["3,081 bitcoin",
     "$356.9 million"]),
    ("The S&P 500 and the Nasdaq 100 rose 0.3%, while the CoinDesk 20 slipped.", ["0.3%"]),
    ("Terraform filed for Chapter 11 and the SEC cited Section 10(b).", []),
    ("Jan 12, 2024 - 5 min read", []),
    ("Reading Time: 3 mins read\n3\n42\nBitcoin rose 4% on Monday.", ["4%"]),
    ("The Ethereum ETH +0.11% blockchain saw validators queue to exit.", []),
    ("Bitcoin rose 2.1% and ETH +0.27% on Monday.", ["2.1%", "+0.27%"]),
    ("Strategy sold 237,336 shares of its 10.00% Series A Perpetual Strife preferred.",
     ["237,336"]),
    ("Tom Wan, an analyst at 21 Shares, thinks the wallets belong to Celsius.", []),
    ("Glassnode tells its 368,300 Twitter followers that 617,000 BTC left exchanges.",
     ["368,300", "617,000 BTC"]),
    ("Net flows into the 10 largest U.S. spot bitcoin funds reached $2.2 billion.",
     ["$2.2 billion"]),
    ("The top five assets by liquidation volume were BTC, ETH and SOL.", []),
    ("Glassnode's data shows a shift in wealth between these two cohorts.", []),
    ("The Binance 14 hot wallet received 703,174 transfers.", ["703,174"]),
    ("The relative strength index for the period 14 is still at 51.", ["51"]),
    ("Here's Three Reasons Why Bitcoin Futures Set Record Highs", []),
    ("Nine Point Eight, a trading desk in Hong Kong, joined the pool.", []),
    ("The court applied the three-pronged Howey test and a six-figure fine.", []),
    ("Analysts say bitcoin could reach six figures before the halving.", []),
    # "a dollar" names the currency before a noun or a hyphen, and in a negation
    ("The bill would assign a dollar value to staking rewards.", []),
    ("Each token is pegged to a dollar-based index.", []),
    ("The exchange did not lose a dollar of customer funds.", []),
    ("Section 3c of the bill covers staking, and Rule 15c3-3 covers custody.", []),
    ("Ether's weekly losses hit double digits as the unlock neared.", []),
    ("Bitcoin is supported by the 50 SMA and the 100 SMA on the daily chart.", []),
    ("As of 9:30 (GMT+2) on November 10, most assets are in the red.", []),
    ("They promised to pay $1 mln for information about the criminal on March, 15.",
     ["$1 mln"]),
    ("Redemptions continued on February 17‑19 as ETFs bled.", []),
    ("Three Arrows Capital owed $3.5 billion to creditors.", ["$3.5 billion"]),
    ("The hacker moved 1 in 3 days, the rest in a week.", ["1"]),
    ("Token unlocks on 5/17 of each year are a risk; 4/3 of the cap is no share.", []),
    ("Ether traded around $3,000 in the first half of 2025.", ["$3,000"]),
    ("Bitcoin's price halved in half an hour.", []),
    ("Agents seized 475 pounds of cocaine bought with bitcoin.", ["475"]),
    ("Agents Seize 475 Pounds Of Cocaine Bought With Bitcoin", []),
    ("The desk printed negative two sessions in a row before the rebound.", []),
    ("In the second half more traders joined the exchange than in the first.", []),
    # the whole of a share is "five hundred", not five; "one over 20" is no minus one
    ("One in five hundred wallets holds a full bitcoin, the analyst said.", ["five hundred"]),
    ("Two out of five hundred wallets hold a full bitcoin, the analyst said.",
     ["five hundred"]),
    ("The skew stood at negative one over 20 on the desk's model.", ["20"]),
    ("Agents seized 475 pounds (215.5 kilos) of cocaine bought with bitcoin.",
     ["475", "215.5"]),
    ("$ python3 fetch.py 1 $ python3 fetch.py 2", ["1", "2"]),
    ("The infielder hit two triples in the game sponsored by the exchange.", ["two"]),
    ("She spent four years in a third-level hospital before joining the exchange.", []),
    ("Phases 1,2 of the airdrop ended in March, the foundation said.", []),
    ("In recent quarters million-strong communities formed around memecoins.", []),
    # a whole number before a fraction it does not add to is no figure of its own
    ("The vote closed at one hundred and thirty fifths of the quorum.", []),
    ("The pool paid out six million and seven halves of a block reward.", []),
    ("Each share is a hundred thousand trillionths of the pool.", []),
    ("The vote closed on the one hundred and fifth day of the year.", []),
    ("At one point two whales sold the token.", ["two"]),
    ("The mining rig's fans sit 22mm apart, and the 35mm film shows them.", []),
    # a version after a name or "version" labels it ("Polygon 2.0", "iPhone 15"); a level of
    # 2.0 after a verb or a preposition stays a figure
    ("Polygon 2.0 and zkSync Era saw $2 billion in TVL.", ["$2 billion"]),
    ("Version 2.0 of the protocol launched with 3 new features.", ["3"]),
    ("The team shipped version 2.1 of the wallet to 40,000 users.", ["40,000"]),
    ("Apple's iPhone 15 supports the wallet, and zkSync 2 went live.", []),
    ("The long/short ratio rose to 2.0 on Binance.", ["2.0"]),
    ("Bitcoin's MVRV ratio hit 3.0 in March.", ["3.0"]),
    # a person's age set off by commas after the name is no figure of the story
    ("Do Kwon, 33, was extradited to the US, where he faces $40 billion in claims.",
     ["$40 billion"]),
    ("Sam Bankman-Fried, 32, was sentenced to 25 years on Thursday.", []),
    ("The exchange's hot wallet held 1,200 BTC, 45,000 ETH and 3 million USDT.",
     ["1,200 BTC", "45,000 ETH", "3 million USDT"]),
    ("Of the 12 exchanges, Binance, Coinbase and Kraken, 3 in all, listed it.", ["12", "3"]),
    ("Strategy bought 400 BTC; Metaplanet, 100, and Semler, 50.", ["400 BTC", "100", "50"]),
    # an age needs a person's name (two capitalized words); a company or a list keeps counts
    ("Roger Ver, 45, was arrested in Spain on Monday.", []),
    ("Changpeng Zhao, 47, stepped down as chief executive.", []),
    ("Strategy bought 400 BTC, Metaplanet, 100, but Semler sold 50.",
     ["400 BTC", "100", "50"]),
    ("Among exchanges, Kraken, 30, and OKX, 25, listed the token.", ["30", "25"]),
    ("Binance listed 45 new tokens in 2025; Coinbase, 20, mostly memecoins.", ["45", "20"]),
    ("Kraken reported 12 outages in 2024; Coinbase, 9, most during peaks.", ["12", "9"]),
    ("Of the 40 hacks tracked by Chainalysis, 12, worth $1.3 billion, hit DeFi.",
     ["40", "12", "$1.3 billion"]),
    ("Of the 20 largest tokens, Solana, 5, led gains.", ["5"]),
    ("In Texas, 12, in Florida, 8, miners applied for permits.", ["12", "8"]),
    ("Justin Sun, 34, bought 10,000 ETH last week.", ["10,000 ETH"]),
    # a title-case verb or a metric's name before "X.0" is no product's version
    ("Bitcoin Long/Short Ratio Hits 2.0 as Longs Pile In", ["2.0"]),
    ("Ethereum Leverage Ratio Reaches 1.0, a Record", ["1.0"]),
    ("XRP Surges 10x, Open Interest Ratio Tops 3.0", ["10x", "3.0"]),
    ("Binance BTC Long/Short Ratio 2.0 signals crowded longs.", ["2.0"]),
    ("Bitcoin's Puell Multiple 1.0 suggests miners are under stress.", ["1.0"]),
    ("Bitcoin's MVRV Z-Score 3.0 signals overheating", ["3.0"]),
    ("The BTC Fear & Greed Index 10.0 reading is the lowest since 2022.", ["10.0"]),
    # a telephone number's groups and a journal reference's volume and pages
    ("For help call the exchange on 0800 138 1016 or +44 1234 567 890.", []),
    ("Victims can call 212-306-6794 or the FBI on 202.324.3000 to report the scam.", []),
    ("Bitcoin traded at $60,000/BTC on Friday, and 5/17 of the sessions closed higher.",
     ["$60,000/BTC"]),
    ("The study (J Finance. 2019;74(6):3013-31) found 25 wash-traded pairs.", ["25"]),
    # a listed company's code with its exchange's suffix in brackets is a ticker
    ("The exchange is backed by its parent, Kizuna Holdings (3962.T), the company said.",
     []),
    ("Metaplanet (3350.T) bought 1,004 BTC on Monday.", ["1,004 BTC"]),
    ("Tencent (0700.HK) rose 3% in Hong Kong trading.", ["3%"]),
    ("Samsung Electronics (005930.KS) said it holds no bitcoin.", []),
    ("Holders (3,962) rose 5%, and the index (4,000.5) hit a record.",
     ["3,962", "5%", "4,000.5"]),
    ("The miner added 2,000 machines (3.5 EH/s) in Texas.", ["2,000", "3.5 EH/s"]),
    # a crore without its currency is no count of 500 (and no sure sum either)
    ("The startup raised 500 cr from local funds, the founder said.", []),
    # a ticker that is a word, capitalized before another capitalized word, is a title's
    ("Run Windows on Mac With Parallels Desktop 15 Virtual Machine for Mac", []),
    ("Analysts Name 3 Core Risks for Bitcoin Miners This Year", ["3"]),
    ("Nine out of ten traders lose money on leverage, the exchange warned.",
     ["Nine out of ten"]),
    ("Four out of five analysts expect a rally by March.", ["Four out of five"]),
    # the first end of a range whose last end is a duration is no quantity either
    ("Memecoin cycles tend to last four to six weeks, and most tokens give back 80% or more.",
     ["80%"]),
    ("Analysts expect the upgrade to take two to three months to reach mainnet.", []),
    ("The exchange said withdrawals would resume within 3 to 5 business days.", []),
    ("Mining rigs pay back their cost in 12 to 18 months at current hashprice.", []),
    ("Settlement typically takes between two and four days, the custodian said.", []),
    ("The SEC has 45 to 90 days to decide on the filing, analysts said.", []),
    # ... but a move to a level, a count before "and ... later", a coin range stay
    ("Bitcoin dropped 2,000 to 3-month lows on Tuesday.", ["2,000"]),
    ("Bitcoin hit 60,000 and 12 hours later fell to 58,000.", ["60,000", "58,000"]),
    ("The fund bought 12 to 18 bitcoin a week in March.", ["12", "18 bitcoin"]),
    # a bound that defines a group of holders is no quantity (both ends of its range)
    ("Wallets holding between 1,000 and 10,000 BTC added a net 61,200 BTC in 30 days.",
     ["61,200 BTC"]),
    ("The number of addresses holding at least 1,000 BTC rose to 2,100.", ["2,100"]),
    ("Entities with more than 10,000 ETH accumulated 340,000 ETH this week.",
     ["340,000 ETH"]),
    ("Claims of $50,000 or less, which make up 97% of all accounts, will be paid in full.",
     ["97%"]),
    ("Whales that hold 1,000-10,000 BTC have sold 50,000 BTC since the peak.", ["50,000 BTC"]),
    ("Creditors owed less than $10,000 will be paid first, the trustee said.", []),
    ("Shrimp wallets holding less than 1 BTC own 1.7 million BTC, Glassnode data show.",
     ["1.7 million BTC"]),
    ("Customers with balances of $250,000 or more were asked to verify their identity.", []),
    ("Bitcoin treasury firms' wallets with more than 1,000 BTC now number 40.", ["40"]),
    xfail("a payout tier's lower bound with no other figure of the group reads like the "
          "group's total (\"Mt. Gox creditors owed more than 140,000 BTC will be repaid\")",
          "Creditors owed more than $100,000 will be repaid first.", []),
    # ... but a holder's own holdings, a group's total and a sum of claims stay
    ("Strategy, which holds more than 500,000 BTC, bought another 1,200 BTC.",
     ["500,000 BTC", "1,200 BTC"]),
    ("The exchange has 5 million users with more than $20 billion in assets.",
     ["5 million", "$20 billion"]),
    ("An address holding more than 10,000 BTC moved its coins to Coinbase.", ["10,000 BTC"]),
    ("Creditors filed claims of more than $8 billion against the estate.", ["$8 billion"]),
    # a lower bound alone, a total "in claims" and an approximation are the group's figure
    ("Mt. Gox creditors owed more than 140,000 BTC will start receiving coins in July.",
     ["140,000 BTC"]),
    ("FTX customers with more than $8 billion in claims will be repaid in cash.",
     ["$8 billion"]),
    ("Depositors with more than $500 million in claims voted for the plan.",
     ["$500 million"]),
    ("Long-term holders holding over 14 million BTC have not sold, data show.",
     ["14 million BTC"]),
    ("Celsius customers owed about $4.7 billion will receive 64% of their claims.",
     ["$4.7 billion", "64%"]),
    ("Investors with an estimated $2 billion in the fund asked for redemptions.",
     ["$2 billion"]),
    ("Users with nearly $1 billion locked in the protocol were unable to withdraw.",
     ["$1 billion"]),
    ("Whale wallets holding roughly 2 million ETH sold 30,000 ETH on Monday.",
     ["2 million ETH", "30,000 ETH"]),
    ("Retail investors with over 3 million BTC combined hold 15% of supply.",
     ["3 million BTC", "15%"]),
    # "quarter" sizing a rate move is no fraction of the count before it
    ("The median projection shows just two quarter-point cuts in 2027.", ["two"]),
    ("Futures traders price in three quarter-point rate cuts by December.", ["three"]),
    ("Powell signaled three half-point hikes were off the table.", ["three"]),
    ("The Fed made two quarter point cuts last year, and Bitcoin rallied.", ["two"]),
    ("Bitcoin rose in two quarters in a row.", []),
    xfail("\"percentage\" inside the size of a rate move hides the count before it",
          "Powell signaled two quarter-percentage-point cuts, and Ether jumped 4%.",
          ["two", "4%"]),
    xfail("a word between the count and the size of a rate move hides the count",
          "Fed officials penciled in two more quarter point cuts.", ["two"]),
    ("The token lost three quarters of its value.", ["three quarters"]),
    ("Bitcoin fell two and a quarter percent on Friday.", ["two and a quarter percent"]),
    # zero as a value or a level is left out until its metric is sure: a token "worth zero"
    # is a price, a stake written down to zero a holding, a queue "close to zero" a count
    xfail(ZERO_LABEL, "Then Wormhole ETH is worth [zero] and everyone who has a balance of it "
          "loses.", ["zero"]),
    xfail(ZERO_LABEL, "The entry queue for new validators has remained close to zero.",
          ["zero"]),
    xfail(ZERO_LABEL, "Sequoia Capital marked down to zero its investments in FTX.", ["zero"]),
    xfail(ZERO_LABEL, "Temasek wrote its $275 million FTX stake down to zero last year.",
          ["$275 million", "zero"]),
    # a chance, odds or a probability near zero is no figure at all
    ("The chance that Bitcoin hits $200,000 this year is close to zero.", ["$200,000"]),
    ("The odds of an ETF approval this year are near zero, analysts said.", []),
    ("The probability of a default is nearly zero, Moody's said.", []),
    ("Bitcoin's price is close to zero risk premium, Arthur Hayes said.", []),
    ("Analysts said the token is now worth zero after the exploit.", []),
    ("Funding rates on most perpetual contracts have dipped below zero.", []),
    ("The Bank of Japan kept rates near zero for another quarter.", []),
    ("The token went from zero to $1 billion in market value in a week.", ["$1 billion"]),
    # an article's counter: an evaluative adjective, up to two words, a listicle noun
    ("2 key Ethereum price metrics prove pro traders are behind ETH's new highs", []),
    ("Michael Saylor announced two significant developments today.", []),
    ("5 crucial Bitcoin charts to watch before the Fed meeting", []),
    ("Here are three major takeaways from the Coinbase earnings call.", []),
    ("Three important on-chain indicators flash a buy signal for Cardano.", []),
    # ... but bills, exchanges, whales counted, and metrics counted without the adjective
    ("The House passed three key crypto bills, including the GENIUS bill.", ["three"]),
    ("Bitcoin was delisted from three major exchanges in the region.", ["three"]),
    ("Glassnode tracks more than 800 metrics across 40 blockchains.", ["800", "40"]),
    ("Glassnode offers 800 key on-chain metrics to its clients.", ["800"]),
    ("The app now lists 120 major exchanges and 40 new pairs.", ["120", "40"]),
    ("Two big whales sold 5,000 BTC on Monday.", ["Two", "5,000 BTC"]),
    ("At the time, 1 USD = 1,390 won, so the penalty came to $1.8 million.",
     ["1,390 won", "$1.8 million"]),
    ("Each holder got 1 BTC and 20 ETH in the airdrop.", ["1 BTC", "20 ETH"]),
    # a day beside another day of its month is a date, not a count
    ("The summit runs on 12 and 13 September in Dubai, with 4,000 attendees expected.",
     ["4,000"]),
    ("Hearings are set for April 8 and 9, the regulator said.", []),
    ("The exchange will pause deposits on 21 or 22 November for the upgrade.", []),
    ("On April 8, 9 exchanges halted withdrawals.", ["9"]),
    ("The fund bought 14 and sold 15 BTC in October.", ["14", "15 BTC"]),
    # a scale word the excerpt cut off is no slip of it; longer words that start like one
    ("The pool's reserves were drained of 1.46 millio", []),
    ("Bitcoin billionaires added 12 names to the list this year.", ["12"]),
    ("The rig draws 22 mm of coolant per cycle.", []),
    xfail("a group's bound after \"of\" is kept unless a bound follows the figure",
          "Bitcoin holders of more than 1 BTC numbered about 1 million at the end of 2025.",
          ["1 million"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NON_CLAIM_ROWS)
def test_only_quantities_are_amounts(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


CUT_OFF_LEAD = (
    "Bitcoin slid on Friday as spot ETFs recorded a fourth straight day of outflows and "
    "liquidations across exchanges climbed past the levels of the previous week, while "
    "traders waited for the minutes of the central bank's January meeting. "
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("In late 2021, its value rose to $69,00", []),
        ("Outflows from the funds reached $1.46 billi", []),
        ("Outflows from the funds reached $1.46 billion", ["$1.46 billion"]),
        ("Attacks like this drained $600", []),
    ],
)
def test_a_number_the_excerpt_cuts_off_is_no_claim(tail: str, expected: list[str]) -> None:
    """The texts are excerpts: a number cut off at the end is not what was written."""
    assert quotes(CUT_OFF_LEAD + tail) == expected
