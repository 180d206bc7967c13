"""Tickers an article establishes by its structure, not by a bracket or a coin noun: the row
labels of a table whose label column is headed by a token word ("Token | Issuer | Supply"),
and the labels of a price list ("ORBX: $1.12 (+4%)" over "KLMP: $0.31 (-2%)"). Such a word is
a coin wherever the article writes it in capitals (before the table too: a lead often names
the ticker first), so its row's figures and the prose about it take it. Labels of other
tables ("Country", "Exchange") and acronyms of a fact list ("TVL: $4.1 billion") stay words."""

from __future__ import annotations

import pytest
from nlp_cases import check, known, row

_STABLES = (
    "Euro stablecoins double in a year as MiCA rules bite\n\n"
    "By Lena Vogt\n\n"
    "Issuance of euro-pegged tokens has doubled since January, led by EURQ and VEUR.\n\n"
    "Token\tIssuer\tCirculating supply\tHolders\n"
    "EURQ\tQuartz Money\t€412 million\t38,100\n"
    "VEUR\tVanta Bank\t€96 million\t9,450\n\n"
    "Both issuers hold their reserves at European banks."
)
_TOKEN_TABLE = (
    "Tokenised silver finds its buyers\n\n"
    "Asset | Issuer | Supply | Market value\n"
    "SLVX | Argent Vaults | 2.9 million | $148 million\n"
    "KAGT | Kestrel Bullion | 610,000 | $31 million\n\n"
    "SLVX traded at $51.20 on Friday, a 0.4% premium to spot silver."
)
_PRICE_LIST = (
    "Storage tokens: weekly wrap\n\n"
    "Prices at Monday's close:\n"
    "ORBX: $1.12 (+4.1%)\n"
    "KLMP: $0.3125 (-2.6%)\n"
    "Prices: CoinGecko\n\n"
    "KLMP has now fallen for five straight weeks."
)
_NEWSLETTER_PRICES = (
    "The DePIN Dispatch, issue 12\n\n"
    "Where the compute tokens closed the week\n"
    "- NODEX: $3.40, up 11%\n"
    "- GPUX: $0.082, down 3%\n\n"
    "GPUX holders voted on Tuesday to cut emissions by half."
)
_LISTINGS = (
    "New listings this week\n\n"
    "| Symbol | Network | First-day volume |\n"
    "|---|---|---|\n"
    "| PLOVR | Base | $18.4 million |\n"
    "| MARLN | Solana | $6.1 million |\n\n"
    "PLOVR opened at $0.041 and closed its first session 38% higher."
)
_MIXED_LIST = (
    "Evening close, Hong Kong\n\n"
    "- BTC: US$96,850\n"
    "- HKDX: US$0.1281\n\n"
    "Local stablecoin HKDX has held its peg since the licence was granted."
)

_FUNDS = (
    "Tokenised money-market funds keep growing\n\n"
    "| Fund | Sponsor | AUM | Yield |\n|---|---|---|---|\n"
    "| TBLX | Harbor Lane | $410m | 4.02% |\n| MMKT | Alder Asset | $215m | 3.97% |"
)
_FUND_TABS = "Fund\tIssuer\tNet assets\nGLDT\tVaultline\t$88.1m\nSTBT\tMatrixport\t$61.5m"
_ETFS = (
    "| ETF | Issuer | Net flow |\n|---|---|---|\n| BRRZ | Corvid Funds | +$18.2m |\n"
    "| HODX | Pell Capital | -$4.1m |"
)
_FUND_CHAINS = (
    "| Funds | Chain | Assets |\n|---|---|---|\n| USTR | Ethereum | $1.2bn |\n"
    "| TBIL | Polygon | $0.4bn |"
)

_MOVERS = (
    "Biggest movers today:\n- FROGX: +212%, $14.2M mcap\n- PEPU: +88%, market value $9.1M\n"
    "- HAMR: -31%, $2.2M"
)

# reach: tickers no bracket and no coin noun introduce, named by the table or list they head
REACH_ROWS = [
    row(_STABLES, "€412 million", asset="EURQ"),
    row(_STABLES, "9,450", asset="VEUR"),
    row(_TOKEN_TABLE, "$148 million", asset="SLVX"),
    row(_TOKEN_TABLE, "610,000", asset="KAGT"),
    row(_TOKEN_TABLE, "$51.20", asset="SLVX"),
    row(_PRICE_LIST, "$0.3125", asset="KLMP"),
    row(_PRICE_LIST, "-2.6%", asset="KLMP"),
    row(_NEWSLETTER_PRICES, "$0.082", asset="GPUX"),
    row(_LISTINGS, "$6.1 million", asset="MARLN"),
    row(_LISTINGS, "$0.041", asset="PLOVR"),
    row(_MIXED_LIST, "US$0.1281", asset="HKDX"),
    # a fund table: one fund's figures take the fund's own ticker, not its sponsor's
    row(_FUNDS, "$410m", asset="TBLX"),
    row(_FUNDS, "3.97%", asset="MMKT"),
    row(_FUND_TABS, "$61.5m", asset="STBT"),
    row(_ETFS, "-$4.1m", asset="HODX"),
    row(_FUND_CHAINS, "$0.4bn", asset="TBIL"),
    # a gainers or losers list that writes each coin's move before its price or value
    row(_MOVERS, "+212%", asset="FROGX"),
    row(_MOVERS, "-31%", asset="HAMR"),
    row("Top 24h gainers\nWIFX: +47%, now $0.93\nBLOBY: +39%, now $0.0041", "+39%",
        asset="BLOBY"),
    row("Movers on the board:\n• MOODY: +120%, US$5.4M\n• SNORK: +61%, US$3.3M", "+61%",
        asset="SNORK"),
    row("Winners this week\nCHOMP: +305%, €2.1M\nYAPPY: +140%, €1.2M", "+305%",
        asset="CHOMP"),
]  # fmt: skip

# twins: tables and lists whose capitalized labels are countries, venues or metrics
TWIN_ROWS = [
    row("Crypto ownership by country\n\nCountry\tOwners\tShare of adults\n"
        "UAE\t3.1 million\t31%\nSGP\t1.4 million\t24%\n", "3.1 million", asset=None),
    row("Market snapshot\n\nTVL: $4.1 billion\nFDV: $9.8 billion\n\nThe protocol's token "
        "slid 6% on the week.", "$4.1 billion", asset=None),
    row("Studio budget\n\nHQ: $12 million\nQA: $3.4 million\n\nThe studio spent most of it on "
        "staff.", "$12 million", asset=None),
    row("Volume by exchange\n\nExchange | Spot volume\nBTSE | $1.2 billion\nWOOX | $640 "
        "million\n\nBoth venues grew on the month.", "$1.2 billion", asset=None),
    row("Prices at the close\n\nBTC: $97,200 (+1.2%)\nETH: $3,410 (-0.8%)\n",
        "$3,410", asset="ETH"),
    # a move list whose labels are metrics, periods or regions, or one line alone
    row("Launchpad scorecard:\n- TVL: +12%, $4.1 billion\n- FDV: +8%, $9.8 billion", "+12%",
        asset=None),
    row("Quarter by quarter:\n- Q3: +18%, $2.1M revenue\n- Q2: +9%, $1.8M revenue", "+18%",
        asset=None),
    row("By region:\n- US: +3.1%, $2.1bn\n- UK: +1.2%, $0.4bn", "+3.1%", asset=None),
    row("Results at a glance:\n- EBITDA: +18%, to $42.0M\n- ARR: +40%, $12.6M\n"
        "- GMV: +22%, $310M", "+40%", asset=None),
    row("Payments scorecard, Q3\n\nTPV: +52%, $2.1B\nMAU: +9%, $14 ARPU\n", "+52%",
        asset=None),
    row("Only one mover stood out:\nWIFX: +47%, now $0.93", "+47%", asset=None),
    # a fund table whose rows are funds by name, or issuers: no ticker of their own
    row("| Fund | Net assets |\n|---|---|\n| Franklin OnChain Fund | $640m |\n"
        "| Ondo Short-Term Fund | $520m |", "$640m", asset=None),
    row("| Chain | Tokenised Treasuries |\n|---|---|\n| Ethereum | $6.4bn |\n"
        "| Solana | $1.1bn |", "$6.4bn", asset=None),
    known("a fund table's label column of venture firms in capitals reads them as tickers",
          "Rounds led this month\n\n| Fund | Round | Size |\n|---|---|---|\n"
          "| PARAFOLD | Series A | $40 million |\n| K5V | Seed | $8 million |",
          "$40 million", asset=None),
    # rows that sum up or set aside the others are no coin, in the table or in prose
    row("Fund weights, Q3\n\nAsset | Weight\nBTC | 61%\nETH | 24%\nOTHERS | 15%\n"
        "TOTAL | 100%\n", "15%", asset=None),
    row("Fund weights, Q3\n\nAsset | Weight\nBTC | 61%\nETH | 24%\nOTHERS | 15%\n"
        "TOTAL | 100%\n", "100%", asset=None),
    row("Holder tally, June\n\nToken\tHolders\tSupply\nAURX\t12,400\t410,000\n"
        "KGLD\t3,100\t96,000\nTOTAL\t15,500\t506,000\n", "506,000", asset=None,
        unit="count"),
    row("Treasury at quarter end\n\nAsset\tWeight\nBTC\t58%\nCASH\t30%\nETH\t12%\n\n"
        "CASH earned 1.2% in the quarter, the treasurer said.", "1.2%", asset=None),
]  # fmt: skip

# a bare number gapped after a count of people counts them too, for the coin its own clause
# names: no amount of that coin ("... 61,200 wallets ... and VGC 148,000")
_GOLD_TABLE = "Token\tSupply\nBLTK\t812,400\nVGC\t14.1 million\n\n"
GAPPED_ROWS = [
    row(_GOLD_TABLE + "BLTK has 61,200 wallets holding at least one token and VGC 148,000.",
        "148,000", unit="count", metric="participants", asset="VGC"),
    row(_GOLD_TABLE + "Some 9,300 addresses held BLTK at the end of June, while VGC 21,750.",
        "21,750", unit="count", metric="participants", asset="VGC"),
    row("Bitcoin counts 52 million addresses holding a balance, and Ether 131 million.",
        "131 million", unit="count", metric="participants"),
    row(_GOLD_TABLE + "BLTK has 61,200 wallets, and VGC holds 148,000 in its vault.",
        "148,000", unit="VGC"),
    known("a gapped count after a comma takes the first clause's coin",
          _GOLD_TABLE + "BLTK counts 9,800 holders, VGC 4,100.", "4,100", asset="VGC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_tickers_named_by_structure(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_other_labels_stay_words(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), GAPPED_ROWS)
def test_gapped_count_counts_people(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
