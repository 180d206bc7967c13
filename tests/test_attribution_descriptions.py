"""Sources named by a description that points back: "the on-chain analytics firm says",
"the Texas-based miner disclosed", "she expects". Each class has rows that must change
(in several outlets' wording) and twins that must not.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import link_for, row


def source_of(text: str, quote: str, occurrence: int) -> str | None:
    return link_for(text, quote, occurrence).source


# "the <words> <kind> <verb of stating>": a kind noun with words before it ("the crypto
# insights firm notes") points back like "the firm notes" does, to the organisation of
# that kind named before.
DESCRIBED_ROWS = [
    row("Blockchain analytics firm Glassnode flagged the trend on Tuesday.\n\nThe on-chain "
        "intelligence firm notes that exchange balances fell to 2.31 million BTC.",
        "2.31 million BTC", source="Glassnode"),
    row("Santiment flagged the spike late Sunday.\n\nThe Dubai-based analytics firm said whale "
        "wallets added 47,000 BTC in a week.", "47,000 BTC", source="Santiment"),
    row("Singapore's Kestrix Exchange halted withdrawals on Friday.\n\nThe embattled crypto "
        "exchange said it still holds $310 million in customer assets.", "$310 million",
        source="Kestrix Exchange"),
    row("Paxley Digital, a bitcoin miner, released its monthly update on Monday.\n\nThe "
        "Texas-based miner disclosed that it produced 412 BTC in October.", "412 BTC",
        source="Paxley Digital"),
    row("Kaiko published new liquidity figures on Wednesday.\n\nThe Paris-based data provider "
        "estimates that market depth fell 18% since June.", "18%", source="Kaiko"),
    row("Bitcoin treasury company Norhaven Holdings bought more coins last week.\n\nThe "
        "Nasdaq-listed company has since reported holdings of 5,120 BTC.", "5,120 BTC",
        source="Norhaven Holdings"),
]  # fmt: skip

# twins: a kind noun that is no speaker, or a company's words about market prices
DESCRIBED_TWINS = [
    row("Users of the Ethereum lending protocol reported losses of $3 million after the "
        "outage.", "$3 million", source=None),
    row("Bitcoin slid 4% to $81,000 as the largest exchange by volume reported outages.",
        "$81,000", source=None),
    row("Miner Orvell Digital sold coins.\n\nThe Nasdaq-listed miner said bitcoin's slide to "
        "$81,000 hurt its margins.", "$81,000", source=None),
    row("The crypto exchange's largest shareholder sold 2,000 BTC on Monday.", "2,000 BTC",
        source=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), DESCRIBED_ROWS + DESCRIBED_TWINS
)
def test_source_of_description(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    assert source_of(text, quote, occurrence) == expected["source"]


# "she expects", "he said": a pronoun speaking is the person named last before it, who
# speaks for the organisation the article ties them to; a person tied to none, or a
# pronoun with no person before it, leaves the figure without a source.
PRONOUN_ROWS = [
    row('"Funding is flushing out," said Maren Lind, head of derivatives at Kestrel Research.'
        "\n\nShe estimates that open interest fell by $2.4 billion over the weekend.",
        "$2.4 billion", source="Kestrel Research"),
    row("Tomas Reyes, an analyst at Brightline Capital, has watched the basis narrow for "
        "weeks. He says the annualised premium is now 4.1%, the lowest since March.", "4.1%",
        source="Brightline Capital"),
    row("Our guest this week is Ana Kowal, chief economist at Varda Bank. She expects the "
        "central bank to cut rates by 50 basis points before June.", "50 basis points",
        source="Varda Bank"),
    row("Kenji Sato, a strategist at Mizuna Securities in Tokyo, was blunt. \"This is "
        'capitulation," he told clients, adding that 61% of retail accounts were underwater.',
        "61%", source="Mizuna Securities"),
    row("We spoke with Priya Natarajan, head of research at Oakfield Digital.\n\nShe noted "
        "that stablecoin supply grew by $3.2 billion last week.", "$3.2 billion",
        source="Oakfield Digital"),
]  # fmt: skip

PRONOUN_TWINS = [
    row("Retail trader Sam Patel lost most of his savings. He said he had put $40,000 into "
        "the token.", "$40,000", source=None),
    row("Maren Lind, an analyst at Kestrel Research, expects volatility. Trader Joe Park "
        "disagreed. He said he bought 30 BTC on the dip.", "30 BTC", source=None),
    row("He said the token had lost 80% of its value since the listing.", "80%", source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), PRONOUN_ROWS + PRONOUN_TWINS)
def test_source_of_pronoun(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    assert source_of(text, quote, occurrence) == expected["source"]


# An agency is an organisation by the word that names its kind, wherever it stands in its
# name ("the Financial Supervisory Service said", "data from the Korea Securities
# Depository"): cited like any firm, by its name.
AGENCY_ROWS = [
    row("Customer deposits at Korean exchanges rose to ₩11.2 trillion in October, the "
        "Financial Supervisory Service said on Monday.", "₩11.2 trillion",
        source="Financial Supervisory Service"),
    row("Korean investors sold a net $412 million of US crypto stocks in November, data from "
        "the Korea Securities Depository show.", "$412 million",
        source="Korea Securities Depository"),
    row("Brokers sold a net $412 million of US crypto stocks in November, data from the "
        "Central Securities Depository show.", "$412 million",
        source="Central Securities Depository"),
    row("Taxpayers reported 2.1 million digital asset trades last year, the Federal Tax "
        "Service said in its annual review.", "2.1 million",
        source="Federal Tax Service"),
    row("According to the National Statistics Office, 14% of adults held crypto in 2025.",
        "14%", source="National Statistics Office"),
    row("The Central Depository Administration reported that 31,000 accounts were frozen "
        "in the first half.", "31,000", source="Central Depository Administration"),
]  # fmt: skip

AGENCY_TWINS = [
    row("Prism Labs, a zero-knowledge proving service, raised $18.5 million in a seed "
        "round.", "$18.5 million", source=None),
    row("Orders on the exchange's Prime Service desk rose 12% in the quarter.", "12%",
        source=None),
    row("Shares of Depository Trust rose 3% on Monday.", "3%", source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), AGENCY_ROWS + AGENCY_TWINS)
def test_source_of_agency(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    assert source_of(text, quote, occurrence) == expected["source"]


# The outlet's own figures ("per our on-chain monitoring") have no source, and an earlier
# sentence's source does not carry over them.
OWN_DATA_ROWS = [
    row("Glassnode data show exchange balances fell to 2.3 million BTC. Transfers to Binance "
        "totalled $1.3 billion this week, per our on-chain monitoring.", "$1.3 billion",
        source=None),
    row("Outflows hit $410 million on Monday, Farside Investors said. That leaves the funds "
        "with 1.1 million BTC, according to our calculations.", "1.1 million BTC", source=None),
    row("CoinGlass data show $900 million of longs were wiped out. Our own tally puts "
        "Hyperliquid's share at 41%.", "41%", source=None),
    row("Santiment says whales added 40,000 BTC. Based on our analysis of exchange wallets, "
        "retail sold 12,000 BTC.", "12,000 BTC", source=None),
    row("Kaiko figures show depth fell 18%. By our count, 14 tokens lost half their "
        "liquidity.", "14", source=None),
]  # fmt: skip

OWN_DATA_TWINS = [
    row("Glassnode data show exchange balances fell to 2.3 million BTC. Our guest expects "
        "another 100,000 BTC to leave by March.", "100,000 BTC", source="Glassnode"),
    row("Outflows hit $410 million on Monday, Farside Investors said. That leaves the funds "
        "with 1.1 million BTC.", "1.1 million BTC", source="Farside Investors"),
    row("Our readers asked about CoinGlass data, which show $900 million of longs were wiped "
        "out.", "$900 million", source="CoinGlass"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), OWN_DATA_ROWS + OWN_DATA_TWINS
)
def test_source_of_own_data(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    assert source_of(text, quote, occurrence) == expected["source"]


def test_pronoun_speaker_governs_only_their_sentence() -> None:
    text = (
        "Tomas Reyes, an analyst at Brightline Capital, spoke on Monday. He says the premium "
        "is now 4.1%. Traders have since pulled $300 million from the funds."
    )
    assert source_of(text, "4.1%", 1) == "Brightline Capital"
    assert source_of(text, "$300 million", 1) is None


# A person the article ties to a firm speaks for it as an analyst does, market data
# included ("Hart says the funding rate fell to 0.004%"); a company speaking for itself
# still is no source of the market's prices.
PERSON_ROWS = [
    row("Lena Hart, head of research at Ordin Analytics, joined us this week.\n\nHart says "
        "bitcoin's funding rate fell to 0.004% on Monday.", "0.004%", source="Ordin Analytics"),
    row("Ravi Menon, a strategist at Pelham Securities, has turned cautious. Menon said ether "
        "could slide to $2,100 before it recovers.", "$2,100", source="Pelham Securities"),
    row("We asked Julia Brandt, an economist at Kessler Bank, about the dollar. Brandt noted "
        "that the euro had climbed to $1.17 for the first time since May.", "$1.17",
        source="Kessler Bank"),
    row("Omar Haddad, a partner at Redline Ventures, was unmoved.\n\nHaddad told the "
        "newsletter that bitcoin's 30-day volatility is 38%, low for a sell-off.", "38%",
        source="Redline Ventures"),
    row("Mei Tanaka, chief analyst at Sora Research in Tokyo, watches the premium daily. "
        "Tanaka estimates it reached 4.8% on Friday.", "4.8%", source="Sora Research"),
]  # fmt: skip

PERSON_TWINS = [
    row("Tether said on Monday that bitcoin's drop to $81,000 did not affect its reserves.",
        "$81,000", source=None),
    row("The exchange's rival Kestrix said bitcoin traded at $64,000 during the outage.",
        "$64,000", source=None),
    row("Trader Sam Patel says bitcoin fell to $58,000 before he sold.", "$58,000",
        source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), PERSON_ROWS + PERSON_TWINS)
def test_source_of_person(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    assert source_of(text, quote, occurrence) == expected["source"]


# A "Source: X" caption under a table governs every row of it, as under a list; a caption
# naming the firm's report cites the firm ("Source: Harlow & Finch LLP audit report").
TABLE_ROWS = [
    row("Fund | Flow | Assets\nIBIT | $312.5 million | $71.2 billion\nFBTC | $88.1 million | "
        "$19.4 billion\nARKB | $12.0 million | $4.1 billion\nSource: Farside Investors",
        "$312.5 million", source="Farside Investors"),
    row("Asset | Reserves | Ratio\nBTC | 41,230 BTC | 102.3%\nETH | 512,400 ETH | 103.6%\n"
        "USDT | 2.31 billion | 103.9%\nSOL | 3.05 million SOL | 103.0%\nSource: Kessel & "
        "Grant LLP attestation report", "41,230 BTC", source="Kessel & Grant"),
    row("Exchange | Open interest | Change\nBinance | $8.1 billion | 2.1%\nBybit | $5.6 billion | "
        "1.4%\nOKX | $3.9 billion | 0.8%\nSource: CoinGlass", "$8.1 billion", source="CoinGlass"),
    row("Sector | Raised | Deals\nInfrastructure | $1.2 billion | 48\nDeFi | $640 million | 31\n"
        "Gaming | $210 million | 17\nSource: RootData", "$1.2 billion", source="RootData"),
    row("Miner | Mined | Held\nHashvale | 402 BTC | 17,320 BTC\nCorrix | 318 BTC | 9,100 BTC\n"
        "Source: Theta Mining Research", "402 BTC", source="Theta Mining Research"),
]  # fmt: skip

TABLE_TWINS = [
    row("Bitcoin held its ground.\nSource: CoinGecko\n\nCoin | Price | Change\nBTC | $64,000 | "
        "2%\nETH | $3,100 | 1%", "$64,000", source=None),
    row("Source: CoinGlass data, author's calculations\n\nLongs lost $120 million.",
        "$120 million", source=None),
    row("BTC | ETH\n\nBitcoin held $64,000 on Monday.\nSource: CoinGecko", "$64,000",
        source="CoinGecko"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TABLE_ROWS + TABLE_TWINS)
def test_source_of_table(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    assert source_of(text, quote, occurrence) == expected["source"]
