"""A report's opening that declares the day its data stands on ("The snapshot was taken
... on 31 January", "Data to Sunday, February 1, unless stated") dates the report's undated
levels on that day, not on the day of publication nor in the month its title names."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

# published 2026-02-06, a Friday (nlp_cases.PUBLISHED)

RESERVES = (
    "Halvard Proof of Reserves, January 2026: customer assets fully covered\n\n"
    "Halvard blog | Transparency | 6 February 2026\n\n"
    "This month's snapshot was taken at 23:59 UTC on 31 January 2026 and checked by an "
    "outside accounting firm.\n\n"
    "We held 14,220 BTC against customer balances of 13,905 BTC. Bitcoin reserves were valued "
    "at a price of $78,450.\n"
)
LETTER = (
    "Chain Pulse #12: stablecoin float keeps climbing\n\n"
    "Chain Pulse is the weekly letter of Orrin Labs. Data to Sunday, February 1, 2026, unless "
    "stated.\n\n"
    "The total stablecoin supply is $318.4 billion, a record, and exchange balances of bitcoin "
    "sit at 2.31 million BTC.\n"
)
MONITOR = (
    "Derivatives Monitor: leverage rebuilds\n\n"
    "All figures as of Feb. 3 unless otherwise noted.\n\n"
    "Bitcoin open interest stands at $61.2 billion across the major venues.\n"
)
REGIONAL = (
    "Mercado semanal: bitcoin holds its ground\n\n"
    "Prices as of Wednesday, February 4, 18:00 BRT.\n\n"
    "Bitcoin changes hands at R$412,300, while ether trades at R$13,900.\n"
)
WIRE = (
    "Fund monitor: spot bitcoin funds steady\n\n"
    "The data are as of Jan. 30 unless otherwise stated.\n\n"
    "Spot bitcoin ETFs hold 1.29 million BTC in total.\n"
)
TABLE = (
    "Ostra exchange reserves report\n\n"
    "Snapshot date: 31 January 2026.\n\n"
    "| Coin | Reserves |\n|---|---|\n| BTC | 22,410 BTC |\n| ETH | 310,200 ETH |\n"
)

ROWS: list[Any] = [
    # reach: the declared day dates undated levels, in prose and in a table
    row(RESERVES, "14,220 BTC", period="2026-01-31..2026-01-31"),
    row(RESERVES, "$78,450", period="2026-01-31..2026-01-31"),
    row(LETTER, "$318.4 billion", period="2026-02-01..2026-02-01"),
    row(LETTER, "2.31 million BTC", period="2026-02-01..2026-02-01"),
    row(MONITOR, "$61.2 billion", period="2026-02-03..2026-02-03"),
    row(REGIONAL, "R$412,300", period="2026-02-04..2026-02-04"),
    row(WIRE, "1.29 million BTC", period="2026-01-30..2026-01-30"),
    row(TABLE, "310,200 ETH", period="2026-01-31..2026-01-31"),
    # twins: a snapshot still to come, a data line that states a figure of its own, a scope
    # line with no day, and a level with a day of its own
    row(
        "Kite sets airdrop date\n\nThe airdrop snapshot will be taken on February 20.\n\n"
        "KITE trades at $0.42.\n",
        "$0.42",
        period="2026-02-06..2026-02-06",
    ),
    row(
        "Reserves slide\n\nData to Sunday show exchange reserves fell to 2.31 million BTC.\n\n"
        "Bitcoin trades at $71,200.\n",
        "$71,200",
        period="2026-02-06..2026-02-06",
    ),
    row(
        "Market wrap\n\nAll prices in US dollars unless stated.\n\nBitcoin trades at $71,200.\n",
        "$71,200",
        period="2026-02-06..2026-02-06",
    ),
    row(
        LETTER.replace("The total", "On Thursday, the total"),
        "$318.4 billion",
        period="2026-02-05..2026-02-05",
    ),
    # reach: the declaration may open with its "unless" clause
    row(
        "Onchain Weekly, issue 5\n\nUnless otherwise noted, figures are as of Tuesday, "
        "February 3.\n\nExchange balances of ether stand at 16.2 million ETH.\n",
        "16.2 million ETH",
        period="2026-02-03..2026-02-03",
    ),
    # twins: a line of the opening that names one day for one thing (a provider's data
    # behind the next figure, an airdrop's or a fork's snapshot, a filing, data handed over)
    # is no declaration: the later present-tense levels are the day's news
    row(
        "ETF streak extends\n\nFarside data through Wednesday, February 4, showed the streak "
        "extending.\n\nThe funds took in $420 million last week. Bitcoin trades at $71,200.\n",
        "$71,200",
        period="2026-02-06..2026-02-06",
    ),
    row(
        "Lumen opens claims\n\nThe airdrop snapshot was taken on January 30.\n\n"
        "LUM trades at $0.84.\n",
        "$0.84",
        period="2026-02-06..2026-02-06",
    ),
    row(
        "Upgrade goes live\n\nThe network's snapshot date for the fork was Monday, February 2."
        "\n\nETH changes hands at $3,050.\n",
        "$3,050",
        period="2026-02-06..2026-02-06",
    ),
    row(
        "Exchange hands records to watchdog\n\nThe firm sent its trading data to the regulator "
        "on Tuesday, February 3.\n\nThe exchange holds 41,000 BTC for customers.\n",
        "41,000 BTC",
        period="2026-02-06..2026-02-06",
    ),
    row(
        "Treasury firm buys\n\nThe company said that its figures as of January 31 would be "
        "published later.\n\nIt holds 640,000 BTC.\n",
        "640,000 BTC",
        period="2026-02-06..2026-02-06",
    ),
    # a snapshot whose day is followed by the thing it was taken for is that thing's
    row(
        "Lumen opens claims\n\nThe snapshot was taken on January 30 for the LUM airdrop.\n\n"
        "LUM trades at $0.84.\n",
        "$0.84",
        period="2026-02-06..2026-02-06",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_data_day(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# a report named for the unit its snapshot closes: its levels stand on the snapshot's day
POR = (
    "Proof of Reserves, January 2026: reserves at 104.1% of customer balances\n\n"
    "Norrvik Exchange | Blog | 6 February 2026\n\n"
    "The snapshot was taken at 00:00 UTC on 1 February 2026.\n\n"
    "Customer deposits came to 2,100 BTC in January, and reserves rose 6% over the month. "
    "The average bitcoin price in January was $91,300.\n"
)
FUND = (
    "Aurel Gold Token monthly report, January 2026: $212 million in net assets\n\n"
    "Figures as of January 31, 2026 unless stated.\n\n"
    "The token's holders rose to 3,400.\n"
)
CUSTODY = (
    "Client Reserve Report January 2026 - 1.9 million ETH held for clients\n\n"
    "Snapshot taken on 31 January 2026 at 23:59 UTC, reviewed by an outside auditor.\n"
)
ATTEST = (
    "USDQ attestation, January 2026: tokens backed by $4.12 billion of reserves\n\n"
    "Balances as of 1 February 2026, 00:00 UTC, as confirmed by the issuer's accountants.\n"
)
QUARTER = (
    "Quarterly Reserve Report, Q4 2025: $8.3 billion held for users\n\n"
    "The snapshot was taken on 1 January 2026.\n"
)
STALE = (
    "Proof of Reserves, December 2025: 13,100 BTC on hand\n\n"
    "The snapshot was taken at 00:00 UTC on 1 February 2026.\n"
)

UNIT_ROWS: list[Any] = [
    # reach
    row(POR, "104.1%", period="2026-02-01..2026-02-01"),
    row(FUND, "$212 million", period="2026-01-31..2026-01-31"),
    row(CUSTODY, "1.9 million ETH", period="2026-01-31..2026-01-31"),
    row(ATTEST, "$4.12 billion", period="2026-02-01..2026-02-01"),
    row(QUARTER, "$8.3 billion", period="2026-01-01..2026-01-01"),
    # twins: a flow and a move of the unit, a level whose own sentence names the unit, a
    # title unit that does not close on the snapshot
    row(POR, "2,100 BTC", period="2026-01-01..2026-01-31"),
    row(POR, "6%", period="2026-01-01..2026-01-31"),
    row(POR, "$91,300", period="2026-01-01..2026-01-31"),
    row(STALE, "13,100 BTC", period="2025-12-01..2025-12-31"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), UNIT_ROWS)
def test_report_unit_levels(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


# a declaration found by its shape: a clause of no figure whose head is a noun of data
# joined to an as-of bound and one day, governing the report when it stands in the opening
# or the headline, and the table or list above it when it is the block's caption
LENDER = (
    "Halden Loans | Monthly book review | 6 February 2026\n\n"
    "This review covers January 2026. Balances are as of 23:59 UTC on 31 January unless "
    "stated otherwise.\n\nCustomer deposits stood at $2.4 billion.\n"
)
DESK = (
    "Derivs Desk #88. All numbers run to Tuesday, February 3, except where another date is "
    "given.\n\nAggregate open interest in ether futures sits at $24.6 billion.\n"
)
TITLED = (
    "Stablecoin reserve statement (balances as at 00:00 UTC, 2 February 2026)\n\n"
    "USDX in circulation: 812 million USDX\nReserve coverage: 103.8%\n"
)
READINGS = (
    "Unless a different date is shown, readings are for Monday 2 February. Exchange "
    "reserves of bitcoin sit at 2.29 million BTC.\n"
)
CAPTIONED = (
    "Spot bitcoin funds\n\nThe funds took in $310 million on Thursday.\n\n"
    "| Fund | Net assets |\n|---|---|\n| IBIT | $71.2bn |\n| FBTC | $19.4bn |\n"
    "Data: issuer websites, as of February 4\n\nOn Thursday, IBIT's assets hit $72.0 billion.\n"
)
LISTED = (
    "Wallet users by country\n\n- Brazil: 212,000 wallets\n- Chile: 41,000 wallets\n"
    "Source: Ledgerline. Wallets as of 31 January.\n"
)
DEADLINE = (
    "Guild vote opens\n\nVoting runs until Sunday, February 1, unless the council extends "
    "it.\n\nThe GLD token trades at $4.12.\n"
)
SOURCE_ONLY = (
    "Top lending pools\n\n| Pool | Deposits |\n|---|---|\n| Aave USDC | $3.1bn |\n"
    "Source: DefiLlama\n"
)

# other writers' shapes: a data noun's label line with its bound, a bound of "from" under
# an exception clause, a deadline with an exception of another kind
LABELLED = (
    "Treasury tracker\n\nHoldings: as of Feb. 3\n\nETFs took in $90 million on Thursday.\n\n"
    "Strategy holds 713,502 BTC.\n"
)
FROM_DAY = (
    "Miner monitor\n\nUnless noted, all readings are from Sunday, February 1.\n\n"
    "ETFs took in $90 million on Thursday.\n\nHashrate sits at 1,010 EH/s.\n"
)
HALTED = (
    "Exchange notice\n\nAs of Monday the exchange halted withdrawals.\n\n"
    "ETFs took in $90 million on Thursday.\n\nStrategy holds 713,502 BTC.\n"
)
SUSPENDED = (
    "Exchange notice\n\nWithdrawals are suspended until Monday, February 2, unless stated "
    "otherwise by the exchange.\n\nETFs took in $90 million on Thursday.\n\n"
    "Strategy holds 713,502 BTC.\n"
)

# participial and predicate shapes: a participle of recording data after the noun (with or
# without a verb of being), a predicate naming the data as what stood then, a caption's
# compound noun with a bare day; twins: a compound's full clause, an event's participle
REPORTED = (
    "Treasury update\n\nHoldings are reported as of January 31.\n\nETFs took in $90 million "
    "on Thursday.\n\nThe company holds 8,400 BTC.\n"
)
VALUED = (
    "Fund factsheet\n\nPositions are valued at the close on Monday, February 2.\n\nETFs took "
    "in $90 million on Thursday.\n\nThe fund holds 1,250 BTC.\n"
)
IN_FORCE = (
    "Savings desk\n\nRates below are those in force at 00:00 UTC on 1 February.\n\nETFs took "
    "in $90 million on Thursday.\n\nUSDC savings pay 5.1%.\n"
)
SNAPSHOT_TAKEN = (
    "Reserve attestation\n\nReserve snapshot taken 2 February.\n\nETFs took in $90 million "
    "on Thursday.\n\nThe exchange held 41,200 BTC for customers.\n"
)
PUBLISHED_ON = (
    "Exchange news\n\nListings are published on Monday, February 2.\n\nETFs took in $90 "
    "million on Thursday.\n\nThe exchange holds 713,502 BTC.\n"
)
AIRDROP_SNAPSHOT = (
    "Airdrop news\n\nThe airdrop snapshot was taken on 30 January.\n\nETFs took in $90 "
    "million on Thursday.\n\nThe token trades at $1.20.\n"
)
COMPILED = (
    "Stablecoin monitor\n\nSupply figures are compiled as at Sunday, February 1.\n\nETFs "
    "took in $90 million on Thursday.\n\nUSDT supply stands at $182 billion.\n"
)

SHAPE_ROWS: list[Any] = [
    row(REPORTED, "8,400 BTC", period="2026-01-31..2026-01-31"),
    row(VALUED, "1,250 BTC", period="2026-02-02..2026-02-02"),
    row(IN_FORCE, "5.1%", period="2026-02-01..2026-02-01"),
    row(SNAPSHOT_TAKEN, "41,200 BTC", period="2026-02-02..2026-02-02"),
    row(PUBLISHED_ON, "713,502 BTC", period="2026-02-06..2026-02-06"),
    row(AIRDROP_SNAPSHOT, "$1.20", period="2026-02-06..2026-02-06"),
    known(
        "a compound data noun with a verb of being ('Supply figures are compiled as at') is "
        "not read: the compound is read only in a verbless caption",
        COMPILED,
        "$182 billion",
        period="2026-02-01..2026-02-01",
    ),
    row(LABELLED, "713,502 BTC", period="2026-02-03..2026-02-03"),
    row(FROM_DAY, "1,010 EH/s", period="2026-02-01..2026-02-01"),
    row(HALTED, "713,502 BTC", period="2026-02-06..2026-02-06"),
    row(SUSPENDED, "713,502 BTC", period="2026-02-06..2026-02-06"),
    known(
        "an edge of the day before the day ('as of press time on Monday') is not yet read",
        "Market wrap\n\nPrices are as of press time on Monday.\n\nETFs took in $90 million "
        "on Thursday.\n\nEther trades at $3,420.\n",
        "$3,420",
        period="2026-02-02..2026-02-02",
    ),
    # reach
    row(LENDER, "$2.4 billion", period="2026-01-31..2026-01-31"),
    row(DESK, "$24.6 billion", period="2026-02-03..2026-02-03"),
    row(TITLED, "812 million", period="2026-02-02..2026-02-02"),
    row(TITLED, "103.8%", period="2026-02-02..2026-02-02"),
    row(READINGS, "2.29 million BTC", period="2026-02-02..2026-02-02"),
    row(CAPTIONED, "$19.4bn", period="2026-02-04..2026-02-04"),
    row(LISTED, "41,000", period="2026-01-31..2026-01-31"),
    # twins: the prose around a captioned table keeps its own days, a deadline with an
    # exception of another kind declares nothing, a caption that names only a provider
    row(CAPTIONED, "$310 million", period="2026-02-05..2026-02-05"),
    row(CAPTIONED, "$72.0 billion", period="2026-02-05..2026-02-05"),
    row(DEADLINE, "$4.12", period="2026-02-06..2026-02-06"),
    row(SOURCE_ONLY, "$3.1bn", period=None),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), SHAPE_ROWS)
def test_declared_by_shape(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


# a table of a report that declares its data day reads on that day, not in the window of
# the prose figure before it (a comparison's "a month earlier", a month's flows)
BOOK = (
    "Halden Loans | Monthly book review | 6 February 2026\n\n"
    "Balances are as of 23:59 UTC on 31 January unless stated otherwise.\n\n"
    "The average loan-to-value ratio was 51.2%, against 54.0% a month earlier.\n\n"
    "| Collateral | Loans | Average LTV |\n|---|---|---|\n| BTC | $610m | 48.9% |\n"
    "| ETH | $205m | 56.3% |\n"
)
UNDECLARED = BOOK.replace(
    "Balances are as of 23:59 UTC on 31 January unless stated otherwise.\n\n", ""
)

TABLE_ROWS: list[Any] = [
    # reach
    row(BOOK, "48.9%", period="2026-01-31..2026-01-31"),
    row(BOOK, "$205m", period="2026-01-31..2026-01-31"),
    # twin: the same table with no declaration keeps the prose's window
    row(UNDECLARED, "48.9%", period="2026-01-06..2026-01-06"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TABLE_ROWS)
def test_declared_table(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
