"""Claim assembly: the metric, side, asset, period, source and venue each amount takes.

Seed paragraphs first (with the "Source: X" caption that follows them in the article),
then crypto-news sentences for each metric, attribution pattern and the venue/source split.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

LIQ_PARAGRAPH = (
    "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 traders were "
    "liquidated in derivatives, resulting in a $2.62 billion wipeout of bullish positions. The "
    "largest single liquidation occurred on Binance, with an entity losing $12.02 million in the "
    "BTC-USDT pair.\n\nCrpyto market liquidations data. Source: CoinGlass\n"
)
OI_PARAGRAPH = (
    "Consistent with the liquidations, the derivatives market Open Interest (OI) has dropped to "
    "$95.73 billion on Friday, extending a decline since the October 7 peak of $233.50 billion. "
    "Additionally, the long-to-short ratio is at 0.9594 over the last 24 hours, indicating more "
    "short positions compared to the long positions.\n\nCrypto market derivatives data. Source: "
    "CoinGlass\n"
)
FNG_PARAGRAPH = (
    "The Fear and Greed Index reading falls to 5 on Friday, reflecting extreme fear in the "
    "market.\n\nCrypto Fear and Greed Index. Source: CoinMarketCap\n"
)
MCAP_PARAGRAPH = (
    "At the time of writing, the total crypto market capitalization is above $2 trillion ($2.18 "
    "trillion), whereas the altcoin market is below $1 trillion ($900 billion).\n"
)
ETF_PARAGRAPH = (
    "The declining confidence among institutional investors is reflected in a steady outflow "
    "from U.S. spot Bitcoin Exchange-Traded Funds (ETFs). An outflow of $258 million on "
    "Thursday, amounting to more than $500 million so far this month.\n\nBitcoin ETFs data. "
    "Source: Sosovalue\n"
)
MSTR_PARAGRAPH = (
    "On the corporate side, Michael Saylor’s Strategy (MSTR) posted a $12.6 billion loss in Q4 "
    "2025 and an operating loss of $17.4 billion, as previously reported by FXStreet. This "
    "caused the MSTR shares to decline by 17% on Thursday, closing at approximately $106.\n"
)
S004_CRASH = (
    "On February 6, the crypto market saw a sharp crash as Bitcoin plunged nearly 15%, wiping "
    "out around $350 billion in total market value in a single day. Bitcoin’s price fell to "
    "$60,030, erasing gains made since its October peak near $126,000.\n"
)
S004_MINERS = (
    "One of the biggest pressures is coming from Bitcoin miners. Data shows that the average "
    "cost to mine one Bitcoin has now risen above $87,000.\n\nBitcoin miner Reserves have fallen "
    "consistently over the past months and now stand near 1.806 million $BTC.\n"
)
S004_LIQ = (
    "In just 24 hours, more than $2.65 billion worth of leveraged crypto positions were wiped "
    "out. Around 82% of these liquidations came from long traders who were betting on higher "
    "prices.\nThe single largest liquidation happened on Binance, where a BTCUSDT position worth "
    "$12 million was forcibly closed.\n"
)
S004_STRATEGY = (
    "Michael Saylor’s Strategy reported an unrealized loss of about $9 billion, equal to 16% of "
    "its massive Bitcoin holdings.\n"
)
CRYPTO_DAY = "2026-02-05..2026-02-06"

SEED_ROWS = [
    row(LIQ_PARAGRAPH, "$2.65 million", metric="liquidations", side=None, asset="CRYPTO",
        period=CRYPTO_DAY, source="CoinGlass", venue=None),
    row(LIQ_PARAGRAPH, "585,000", metric="participants", asset="CRYPTO", source="CoinGlass"),
    row(LIQ_PARAGRAPH, "$2.62 billion", metric="liquidations", side="long", asset="CRYPTO"),
    row(LIQ_PARAGRAPH, "$12.02 million", metric="liquidations", asset="BTC", venue="Binance",
        source="CoinGlass"),
    row(OI_PARAGRAPH, "$95.73 billion", metric="open_interest", asset="CRYPTO",
        period="2026-02-06..2026-02-06", source="CoinGlass"),
    row(OI_PARAGRAPH, "$233.50 billion", metric="open_interest", period="2025-10-07..2025-10-07"),
    row(OI_PARAGRAPH, "0.9594", metric="long_short_ratio", unit="ratio", period=CRYPTO_DAY,
        source="CoinGlass"),
    row(FNG_PARAGRAPH, "5", metric="sentiment_index", unit="index", source="CoinMarketCap",
        period="2026-02-06..2026-02-06"),
    row(MCAP_PARAGRAPH, "$2.18 trillion", metric="market_cap", asset="CRYPTO"),
    row(MCAP_PARAGRAPH, "$900 billion", metric="market_cap", asset="ALTCOINS"),
    row(ETF_PARAGRAPH, "$258 million", metric="etf_flow", side="outflow", asset="BTC",
        period="2026-02-05..2026-02-05", source="SoSoValue"),
    row(MSTR_PARAGRAPH, "$12.6 billion", metric="loss", asset="MSTR",
        period="2025-10-01..2025-12-31"),
    row(MSTR_PARAGRAPH, "17%", metric="price_change", side="down", asset="MSTR",
        period="2026-02-05..2026-02-05"),
    row(MSTR_PARAGRAPH, "$106", metric="price", asset="MSTR", qualifier="approx"),
    row(S004_CRASH, "15%", metric="price_change", side="down", asset="BTC"),
    row(S004_CRASH, "$350 billion", metric="market_cap_change", side="down", asset="CRYPTO"),
    row(S004_CRASH, "$60,030", metric="price", asset="BTC"),
    row(S004_CRASH, "$126,000", metric="price", asset="BTC"),
    row(S004_MINERS, "$87,000", metric="mining_cost", asset="BTC", qualifier="more_than"),
    row(S004_MINERS, "1.806 million $BTC", metric="reserves", asset="BTC", unit="BTC"),
    row(S004_LIQ, "$2.65 billion", metric="liquidations", asset="CRYPTO",
        qualifier="more_than"),
    row(S004_LIQ, "82%", metric="liquidations", side="long", unit="%"),
    row(S004_LIQ, "$12 million", metric="liquidations", venue="Binance", asset="BTC"),
    row(S004_STRATEGY, "$9 billion", metric="loss", asset="MSTR"),
]  # fmt: skip

METRIC_ROWS = [
    row("Bitcoin ETFs recorded net inflows of $458.6 million on Tuesday.", "$458.6 million",
        metric="etf_flow", side="inflow", asset="BTC", period="2026-02-03..2026-02-03"),
    row("Bitcoin open interest fell to $40 billion on Friday.", "$40 billion",
        metric="open_interest", asset="BTC"),
    row("Funding rates on Binance rose to 0.01% on Friday.", "0.01%", metric="funding_rate"),
    row("Total value locked on Aave fell to $20 billion.", "$20 billion", metric="tvl",
        asset="AAVE"),
    row("Hackers stole $1.5 billion from Bybit in the largest exploit on record.",
        "$1.5 billion", metric="hack_amount", venue="Bybit"),
    row("The startup raised $25 million in a Series A round led by Paradigm.", "$25 million",
        metric="funding_raised"),
    row("Ethereum network fees dropped to $3.2 million on Sunday.", "$3.2 million",
        metric="fees", asset="ETH", period="2026-02-01..2026-02-01"),
    row("Trading volume rose 40% to $120 billion.", "40%", metric="trading_volume", side="up"),
    row("Bitcoin's market cap fell to $1.2 trillion.", "$1.2 trillion", metric="market_cap",
        asset="BTC"),
    row("Strategy holds 3% of all bitcoin.", "3%", metric="supply", asset="BTC", unit="%"),
    row("Short positions worth $500 million were liquidated.", "$500 million",
        metric="liquidations", side="short"),
    row("Michael Saylor's Strategy now holds 650,000 BTC, according to its latest filing.",
        "650,000 BTC", metric="holdings", asset="MSTR", unit="BTC"),
    row("Ether fell 8% to $1,800 on Friday.", "8%", metric="price_change", side="down",
        asset="ETH"),
    row("Ether fell 8% to $1,800 on Friday.", "$1,800", metric="price", asset="ETH"),
    row("Bitcoin traded between $60,000 and $65,000 on Thursday.", "$60,000", metric="price"),
    row("Bitcoin crossed $70,000 on Monday.", "$70,000", metric="price"),
    row("BlackRock's IBIT took in $300 million on Tuesday.", "$300 million", metric="etf_flow",
        side="inflow", asset="IBIT"),
    # In the story of a hack, every figure of it happened on the hacked platform.
    row("Bybit was hacked on Friday. Hackers drained about 401,000 ETH from a Bybit cold "
        "wallet. Bybit CEO Ben Zhou said the exchange holds over $20 billion in assets. "
        "Within an hour, the stolen ETH was worth $1.4 billion.", "$1.4 billion",
        metric="hack_amount", venue="Bybit"),
    # A flow several named funds share is the fund group's, not the first fund's.
    row("Spot bitcoin ETFs took in $458.6 million on Tuesday. Bitwise's BITB and Grayscale's "
        "Mini Trust added a combined $34.7 million.", "$34.7 million", metric="etf_flow",
        side="inflow", asset="BTC"),
    # A level stated without a date is as of publication; a forecast level is not.
    row("Bitcoin trades around $67,800, capped by the 100-day EMA.", "$67,800", metric="price",
        period="2026-02-06..2026-02-06"),
    row("A daily close below the $64,000 support could trigger a slide toward $60,000.",
        "$60,000", metric="price", period=None),
    # A weak figure in a liquidation report takes the report's topic and its own side.
    row("Crypto liquidations reached $1.2 billion in the past 24 hours, CoinGlass data shows. "
        "Long positions accounted for $1.03 billion of the total, while shorts lost "
        "$171.4 million.", "$171.4 million", metric="liquidations", side="short",
        asset="CRYPTO"),
    # Liquidations "as bitcoin slides" are the market's; "BTC longs" are bitcoin's own.
    row("Over $1.2 billion was liquidated as bitcoin slid to $66,400.", "$1.2 billion",
        metric="liquidations", asset="CRYPTO"),
    row("Over $1.2 billion was liquidated as bitcoin slid to $66,400.", "$66,400",
        metric="price", asset="BTC"),
]  # fmt: skip

SOURCE_ROWS = [
    row("Liquidations reached $1.2 billion in 24 hours, according to CoinGlass.",
        "$1.2 billion", source="CoinGlass"),
    row("Spot bitcoin ETFs recorded $258 million in outflows on Thursday, data from SoSoValue "
        "shows.", "$258 million", source="SoSoValue", side="outflow"),
    row("Data from SoSoValue shows spot bitcoin ETFs shed $258 million on Thursday.",
        "$258 million", source="SoSoValue"),
    row("CoinGlass data shows $1.2 billion in liquidations.", "$1.2 billion", source="CoinGlass"),
    row("ETF outflows reached $258 million, per Farside Investors.", "$258 million",
        source="Farside Investors"),
    row("Glassnode data shows long-term holders sold 46,000 BTC this week.", "46,000 BTC",
        source="Glassnode"),
    # "Source: X" attributes the paragraph(s) just above it, not across a heading.
    row("Ether fell 8% on Friday.\n\nLiquidations hit $1.2 billion on Friday.\n\nSource: "
        "CoinGlass\n", "$1.2 billion", source="CoinGlass"),
    row("Ether fell 8% on Friday.\n\nDerivatives\n\nLiquidations hit $1.2 billion on Friday."
        "\n\nSource: CoinGlass\n", "8%", source=None),
    row("Bitcoin open interest rose to $40 billion.\nChart: BTC open interest (Source: "
        "Coinglass)\n", "$40 billion", source="CoinGlass"),
    # A provider cited in a sentence carries to the next sentences of its paragraph.
    row("According to CoinGlass, liquidations hit $1.2 billion. Longs made up $900 million.",
        "$900 million", source="CoinGlass"),
    row("Bitcoin fell 5% to $60,000 on Friday.", "$60,000", source=None),
    row("The miners now hold 650,000 BTC, according to their latest filing.", "650,000 BTC",
          source=None),
    # "the report" points back to the provider the article cited before.
    row("Digital asset funds saw outflows of $1.7 billion last week, CoinShares data show.\n"
        "According to the report, the United States accounted for $1.62 billion of the "
        "outflows.", "$1.62 billion", source="CoinShares"),
    # Of two providers, the one "according to" names is the source carried forward.
    row("According to Farside Investors and Trader T data, FBTC led with $344 million. "
        "BlackRock's IBIT followed with $162 million.", "$162 million",
        source="Farside Investors"),
    # A hacked exchange's CEO speaks for the exchange.
    row("Bybit was hacked on Friday. Hackers drained about 401,000 ETH from a Bybit cold "
        "wallet. CEO Ben Zhou said Bybit remains solvent and holds over $20 billion in client "
        "assets.", "$20 billion", source="Bybit"),
]  # fmt: skip

VENUE_ROWS = [
    row("A $12 million long was liquidated on Binance, according to CoinGlass.",
        "$12 million", venue="Binance", source="CoinGlass", side="long"),
    row("Hyperliquid saw $300 million in liquidations, according to CoinGlass.",
        "$300 million", venue="Hyperliquid", source="CoinGlass", metric="liquidations"),
    row("Bitcoin fell to $60,000 on Coinbase.", "$60,000", venue="Coinbase", metric="price"),
    row("Bitcoin fell 5% on Coinbase, according to CoinGecko.", "5%", source="CoinGecko"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    SEED_ROWS + METRIC_ROWS + SOURCE_ROWS + VENUE_ROWS,
)
def test_link(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
