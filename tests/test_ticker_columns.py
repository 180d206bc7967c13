"""A table whose column of tickers is not its label column ("Product | Ticker | AuM", "Fund
| Symbol | Net flows") names each row by the ticker in that column: the row's figures are
the product's, not the coin its label describes in words ("Physical Solana", "2x Short
Ether"), and the ticker is the product wherever the article writes it in capitals. Columns
under other headers (an exchange, a country's code) name nothing, and a ticker column of
coins keeps each coin."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

_ETPS = (
    "Vaulta's crypto ETPs grow in October\n\n"
    "AuM by product (USD m)\n\n"
    "| Product | Ticker | AuM |\n|---|---|---|\n"
    "| Physical Solana | VSOL | 88.2 |\n| Physical XRP | VXRP | 41.0 |\n\n"
    "VSOL took in $5.2 million of net creations last week, the issuer said."
)
_TRACKERS = (
    "Fund\tSymbol\tNet flows\n"
    "Global Ether Tracker\tGETH\t+$12.4m\n"
    "Bitcoin Core Tracker\tBCTX\t-$3.1m\n"
)
_STOCK_TOKENS = (
    "| Company | Token | Price |\n|---|---|---|\n"
    "| Apple | AAPLX | $228.10 |\n| Tesla | TSLAX | $412.50 |\n"
)
_LEVERAGED = (
    "| Product | Ticker | 1m return |\n|---|---|---|\n"
    "| 2x Long Ether | ETH2L | +18.4% |\n| 2x Short Ether | ETH2S | -16.9% |\n"
)
_TRUSTS = (
    "| Fund | Ticker | Net flows (USD m) |\n|---|---|---|\n"
    "| Spot Solana Trust | PSOL | +14.2 |\n| Spot Litecoin Trust | PLTC | -2.1 |\n"
)
_ISSUERS = (
    "Issuer\tTicker\tAUM\nNordvik Physical Bitcoin\tNVBT\t$214m\n"
    "Halden Staked Ether\tHLET\t$88m\n\n"
    "HLET drew $3.4 million of inflows on Friday, Halden said."
)
_TOKENIZED = (
    "| Stock | Token | 24h volume |\n|---|---|---|\n"
    "| Nvidia | NVDAX | $18.2m |\n| Microsoft | MSFTX | $6.4m |\n"
)

# reach: rows named by a ticker column beside a label in words, in other layouts and products
REACH_ROWS = [
    row(_ETPS, "41.0", asset="VXRP"),
    row(_ETPS, "$5.2 million", asset="VSOL"),
    row(_TRACKERS, "-$3.1m", asset="BCTX"),
    row(_STOCK_TOKENS, "$412.50", asset="TSLAX"),
    row(_LEVERAGED, "-16.9%", asset="ETH2S"),
    row(_TRUSTS, "-2.1", asset="PLTC"),
    row(_ISSUERS, "$88m", asset="HLET"),
    row(_ISSUERS, "$3.4 million", asset="HLET"),
    row(_TOKENIZED, "$6.4m", asset="MSFTX"),
]  # fmt: skip

# twins: a ticker column of coins, an exchange column, a country's code
TWIN_ROWS = [
    row("| Coin | Ticker | Price |\n|---|---|---|\n| Bitcoin | BTC | $97,100 |\n"
        "| Ether | ETH | $3,420 |\n", "$3,420", asset="ETH"),
    row("| Asset | Exchange | Volume |\n|---|---|---|\n| Bitcoin | OKX | $1.2bn |\n"
        "| Ether | BTSE | $310m |\n", "$310m", asset="ETH"),
    row("Crypto owners by country\n\n| Country | Code | Owners |\n|---|---|---|\n"
        "| Vietnam | VNM | 17 million |\n| Nigeria | NGA | 22 million |\n", "22 million",
        asset=None),
    row("| Rank | Coin | Symbol | Price |\n|---|---|---|---|\n| 1 | Bitcoin | BTC | $97,000 |\n"
        "| 2 | Ether | ETH | $3,400 |\n", "$3,400", asset="ETH"),
    row("| Company | Ticker | BTC mined |\n|---|---|---|\n| Marathon Digital | MARA | 705 |\n"
        "| Riot Platforms | RIOT | 477 |\n", "477", asset="RIOT"),
    row("| Exchange | Region | Volume |\n|---|---|---|\n| Upbit | KR | $2.1bn |\n"
        "| Bitkub | TH | $310m |\n", "$310m", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_ticker_columns_name_their_rows(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_other_columns_stay(text: str, quote: str, occurrence: int, expected: dict[str, object]):
    check(text, quote, occurrence, expected)
