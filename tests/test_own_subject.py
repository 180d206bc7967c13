"""An article about one fund, company or token: its own subject, introduced with its ticker in
brackets in the headline or the lead and named in the headline, carries that ticker to the
later figures that name no asset but refer back to it ("the fund's net assets", "the company
sold 1.2 million shares", "its yield", a fact list's "Management fee: 0.25%"); another subject
named in the clause, or a figure of the whole market, stops the carry. A token's ticker goes
only to the token's own figures (price, supply, market value), never to the platform's."""

from __future__ import annotations

import pytest
from nlp_cases import check, known, row

_GOLD_FUND = (
    "Aurelia's tokenised gold fund passes $200 million as Gulf buyers pile in\n\n"
    "By Dana Okafor\n\n"
    "The Aurelia Vaulted Gold Fund (AURG), which issues one token per gram of allocated "
    "bullion, reported its biggest month since launch on Tuesday.\n\n"
)
_MINER = (
    "Ostrava Hashworks widens loss as it sells shares to fund new rigs\n\n"
    "Bitcoin miner Ostrava Hashworks Inc. (NASDAQ: OHWK) posted a wider quarterly loss on "
    "Wednesday as its fleet upgrade ran over budget.\n\n"
)
_LENDER = (
    "Cinderhill creditors get a second payout two years after the lender's collapse\n\n"
    "Cinderhill Lending (OTC: CDHL), the bankrupt crypto lender, began its second round of "
    "distributions this week, court papers show.\n\n"
)
_GAME_TOKEN = (
    "Questfall's token doubles after the studio's new season launch\n\n"
    "Players have piled into Questfall (QFL), the token of the mobile role-playing game built "
    "by Emberline Studios, since the new season went live on Monday.\n\n"
)
_CARD = (
    "Tessary Pay card spending tops $90 million in October\n\n"
    "Payments firm Tessary Pay (NYSE: TSRY) said on Thursday that spending on its crypto-linked "
    "debit card rose for a fifth straight month.\n\n"
)

# reach: figures that name no asset and refer back to the article's subject, in other
# outlets' words (a wire, a fund factsheet, a blog, a regional site, an exchange note)
REACH_ROWS = [
    row(_GOLD_FUND + "The fund's net assets rose to $212 million at the end of October.",
        "$212 million", asset="AURG"),
    row(_GOLD_FUND + "Key facts\nNet asset value per token: $84.10\nToken holders: 3,912\n"
        "Management fee: 0.25% a year", "0.25%", asset="AURG"),
    row(_GOLD_FUND + "Key facts\nNet asset value per token: $84.10\nToken holders: 3,912\n"
        "Management fee: 0.25% a year", "3,912", asset="AURG"),
    row(_GOLD_FUND + "Redemptions, by contrast, were modest: holders cashed out just $6.4 million "
        "of tokens over the month, the fund said.", "$6.4 million", asset="AURG"),
    row(_MINER + "The company sold 1.2 million shares through its at-the-market programme, "
        "raising $5.3 million.", "1.2 million", asset="OHWK"),
    row(_MINER + "Its net loss widened to $38.6 million from $21.9 million a year earlier.",
        "$38.6 million", asset="OHWK"),
    row(_MINER + "Revenue at the miner slipped 7% to $61 million in the quarter.", "$61 million",
        asset="OHWK"),
    row(_LENDER + "The lender has now handed back 64% of what customers were owed, the estate's "
        "administrator said.", "64%", asset="CDHL"),
    row(_CARD + "The company's card volume reached $91.5 million, up from $77 million in "
        "September.", "$91.5 million", asset="TSRY"),
    row(_GAME_TOKEN + "The token's circulating supply stands at 412 million, about 41% of the "
        "cap.", "412 million", asset="QFL"),
    row(_GAME_TOKEN + "The token now changes hands at $0.083, up from $0.04 a week ago.",
        "$0.083", asset="QFL"),
]  # fmt: skip

# twins: another subject in the clause, a figure of the whole market, a platform's own
# figure in an article about its token
TWIN_ROWS = [
    row(_GOLD_FUND + "Across the market, bitcoin funds held 1.31 million BTC at the end of the "
        "month.", "1.31 million BTC", asset="BTC"),
    known("a segment's total (tokenised products) is no coin's and no market's: null, as the "
          "gold gives a sector's figure; the market fallback still gives CRYPTO",
          _GOLD_FUND + "Across the market, tokenised commodity products held $3.1 billion, up "
          "19% this year.", "$3.1 billion", asset=None),
    row(_GOLD_FUND + "Bitcoin, meanwhile, slipped 2% to $96,400 on the day.", "$96,400",
        asset="BTC"),
    row(_MINER + "Network hashrate hit a record 1.1 zettahash on Tuesday, and bitcoin traded "
        "near $91,000.", "$91,000", asset="BTC"),
    row(_MINER + "Rival Greyfield Mining said it spent $44 million on rigs in the same quarter.",
        "$44 million", asset=None),
    row(_GAME_TOKEN + "The studio's game drew 2.3 million players in its first week.",
        "2.3 million", asset=None),
    row(_GAME_TOKEN + "The studio booked $4.2 million in in-game sales last month.",
        "$4.2 million", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_own_subject_carries(text: str, quote: str, occurrence: int, expected: dict[str, object]):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_other_figures_keep_their_owner(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


_LENDING = (
    "Marrowbank votes to lift its reserve factor\n\n"
    "Marrowbank, a lending protocol on Base whose governance token MRW trades near $0.31, "
    "passed a vote on Friday to raise the share of interest it keeps.\n\n"
)
_CHAIN = (
    "Solana activity picks up\n\nSolana (SOL) rose 6% to $142 on Tuesday as memecoin trading "
    "returned.\n\n"
)

# reach: a protocol's, exchange's or platform's own figures, in a story that names its token:
# none of the token's (a newsletter, a governance digest, an exchange note, a regional site)
PLATFORM_ROWS = [
    row(_LENDING + "The protocol earned $6.2 million in interest fees in the third quarter.",
        "$6.2 million", asset=None),
    row(_LENDING + "The DAO's treasury now holds about $88 million, most of it in stablecoins.",
        "$88 million", asset=None),
    row(_LENDING + "Over the month the platform collected $1.3 million in fees, its best since "
        "launch.", "$1.3 million", asset=None),
    row(_LENDING + "According to its dashboard, the lending protocol generated revenue of $2.4 "
        "million last quarter.", "$2.4 million", asset=None),
    row(_LENDING + "Deposits on the venue climbed to $415 million by Friday, and the exchange's "
        "fees reached $3.9 million.", "$3.9 million", asset=None),
]  # fmt: skip

# twins: the token's own figures, and a network's fees, which stay its coin's
PLATFORM_TWIN_ROWS = [
    row(_LENDING + "MRW rose 12% after the vote to $0.35.", "$0.35", asset="MRW"),
    row(_CHAIN + "Transaction fees on the network rose to $3.2 million as users flocked back.",
        "$3.2 million", asset="SOL"),
    row("Bitcoin slid 3% to $88,000.\n\nMiners earned $41 million in fees on Tuesday.",
        "$41 million", asset="BTC"),
    row("Coinbase (COIN) beat forecasts on Thursday.\n\nThe exchange's revenue rose to $2.1 "
        "billion in the quarter.", "$2.1 billion", asset="COIN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), PLATFORM_ROWS)
def test_platform_figures_take_no_token(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), PLATFORM_TWIN_ROWS)
def test_token_and_network_figures_keep_their_coin(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.xfail(
    strict=True,
    reason="the article's asset fallback (subject.fallback_asset) "
    "carries a fund's ticker to another party's figure ('Its sponsor oversees')",
)
def test_fallback_gives_the_fund_to_its_sponsor() -> None:
    check(
        _GOLD_FUND + "Its sponsor oversees $41 billion in client money.",
        "$41 billion",
        1,
        {"asset": None},
    )


_BY_NETWORK = (
    "\n\nTokens by network, Oct. 31\n\nNetwork | Tokens | Share of fund\nEthereum | 1.9 million | "
    "71%\nSolana | 0.8 million | 29%\n\nSource: Aurelia factsheet\n\nThe fund said demand was "
    "strongest in Dubai."
)
_DEPOSITS = (
    "Bridged deposits climb\n\nDeposits held by the bridge rose in November.\n\nChain | "
    "Deposits | Change\nArbitrum | $412 million | +6%\nOptimism | $188 million | -2%\n\nThe "
    "bridge said it would add two chains next year."
)
_COINS = (
    "Altcoins rally\n\nMost large tokens rose on Monday.\n\nAsset | Price | 24h\nSolana | $142 "
    "| +3%\nCardano | $0.71 | +5%\n\nBitcoin was flat."
)

# a leaderboard: a rank opens each row, the chain's name stands under "Chain" in the next cell
_RANKED = (
    "Where the money sits\n\n| # | Network | TVL | 1w |\n|---|---|---|---|\n"
    "| 1 | Ethereum | $61.2bn | +2.0% |\n| 2 | Tron | $5.4bn | -1.1% |"
)
_RANKED_TABS = (
    "DEX volume, last 24 hours\n\nPos.\tChain\tVolume\tShare\n1\tSolana\t$2.9bn\t31%\n"
    "2\tEthereum\t$2.1bn\t22%"
)
_RANKED_FEES = (
    "| No. | Chain | Fees (30d) | Revenue (30d) |\n|---|---|---|---|\n"
    "| 1 | Solana | $88.1m | $41.0m |\n| 2 | BNB Chain | $23.5m | $11.8m |"
)
_RANKED_COINS = (
    "Biggest movers\n\n| # | Asset | Market cap | 7d |\n|---|---|---|---|\n"
    "| 1 | Solana | $82bn | +9.1% |\n| 2 | Avalanche | $14bn | +4.0% |"
)
_LISTED_ON = (
    "New listings this week\n\n| Rank | Symbol | Network | First-day volume |\n"
    "|---|---|---|---|\n| 1 | PLOVR | Base | $18.4 million |\n| 2 | MARLN | Solana | $6.1 million |"
)

# reach: rows named by networks in a table whose label column says so: chains, not coins
NETWORK_ROW_ROWS = [
    row(_RANKED, "$61.2bn", asset=None),
    row(_RANKED, "-1.1%", asset=None),
    row(_RANKED_TABS, "$2.9bn", asset=None),
    row(_RANKED_TABS, "22%", asset=None),
    row(_RANKED_FEES, "$23.5m", asset=None),
    row(_GOLD_FUND + _BY_NETWORK, "71%", asset="AURG"),
    row(_GOLD_FUND + _BY_NETWORK, "29%", asset="AURG"),
    row(_GOLD_FUND + _BY_NETWORK, "0.8 million", asset="AURG"),
    row(_DEPOSITS, "$412 million", asset=None),
    row(_DEPOSITS, "-2%", asset=None),
]  # fmt: skip

# twins found in review: "its" after another noun phrase ("The central bank kept its rate"),
# "its"/"the fund's" before another party ("Its sponsor", "the fund's closest rival"), an
# officer speaking for the company, and a token's trading volume on an exchange
_TRUST = (
    "Harrowgate bitcoin trust tops $500 million\n\n"
    "LONDON - The Harrowgate Physical Bitcoin Trust (HGBT) drew fresh money on Tuesday.\n\n"
)
REVIEW_TWIN_ROWS = [
    row(_MINER + "The central bank kept its benchmark rate at 4.5% on Wednesday.", "4.5%",
        asset=None),
    row(_TRUST + "Its sponsor oversees $41 billion in client money.", "$41 billion",
        asset=None),
    row(_TRUST + "The trust's closest rival lost 2% of its net assets in October.", "2%",
        asset=None),
    row(_MINER + "chief executive Dalia Brenner said it spent $52 million on new rigs.",
        "$52 million", asset="OHWK"),
    row(_MINER + "CFO Tomas Reyes said it spent $52 million on new rigs.", "$52 million",
        asset="OHWK"),
    row(_CHAIN + "Trading volume in the token on the exchange rose to $80 million.",
        "$80 million", asset="SOL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REVIEW_TWIN_ROWS)
def test_other_parties_and_officers(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


# twins: rows named by coins under an asset column keep their coin
NETWORK_ROW_TWINS = [
    row(_RANKED_COINS, "$82bn", asset="SOL"),
    row(_RANKED_COINS, "+4.0%", asset="AVAX"),
    # a network column beside a row named by its symbol leaves it the symbol's (not the chain's)
    row(_LISTED_ON, "$6.1 million", asset="MARLN"),
    row(_COINS, "$142", asset="SOL"),
    row(_COINS, "+5%", asset="ADA"),
    row(_COINS, "$0.71", asset="ADA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), NETWORK_ROW_ROWS)
def test_network_rows_are_no_coins(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), NETWORK_ROW_TWINS)
def test_coin_rows_keep_their_coin(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
