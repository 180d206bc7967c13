"""Tables told by their structure: a bare cell takes the unit its row's label or a bracketed
header names ("| BTC mined | 402 |", "| Hashrate (EH/s) | 41.2 |"), and the numbers that
count a table's rows ("| 1 | Ethereum |", "3 - Secured lenders | $84.5m") are no figures."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, quotes, row

MINER = (
    "Hashgrove Mining (HGRV) said on Monday its output rose in October.\n\n"
    "| Metric | Oct 2026 | Sep 2026 |\n"
    "|---|---|---|\n"
    "| BTC mined | 402 | 389 |\n"
    "| Hashrate, month-end (EH/s) | 41.2 | 38.6 |\n"
    "| Fleet efficiency (J/TH) | 17.8 | 18.3 |\n"
    "| BTC price | 98,600 | 91,200 |\n"
    "| Sites (count) | 14 | 9 |\n"
    "| Employees | 310 | 298 |\n"
)
FLAT = (
    "Keel Staking's quarterly letter shows its own book grew.\n\n"
    "Quarter | Q3 | Q2\n"
    "Bitcoin produced | 1,210 | 1,160\n"
    "ETH staked | 12,400 | 11,900\n"
    "Treasury (SOL) | 88,000 | 71,500\n"
)
VALIDATORS = (
    "Liquid staking kept its lead, a Rated report shows.\n\n"
    "| Provider | Stake (ETH) |\n|---|---|\n| Lido | 9,120,000 |\n| Coinbase | 3,410,000 |\n"
)

UNITS: list[Any] = [
    # reach: the unit a row's label or a column's bracket names reaches a bare cell
    row(MINER, "402", unit="BTC", value=402),
    row(MINER, "38.6", unit="EH/s", metric="hashrate"),
    row(MINER, "17.8", unit="J/TH"),
    row(FLAT, "1,160", unit="BTC"),
    row(FLAT, "12,400", unit="ETH"),
    row(FLAT, "71,500", unit="SOL"),
    row(VALIDATORS, "3,410,000", unit="ETH"),
    # twins: a coin's property or a count of things is no amount of the coin
    row(MINER, "91,200", unit="count"),
    row(MINER, "310", unit="count"),
    row(MINER, "14", unit="count"),
    # a preposition after the participle still counts the coin
    row(
        "Pool output slipped.\n\n| Metric | Sep | Aug |\n|---|---|---|\n"
        "| BTC mined per day | 13.4 | 12.5 |\n| ETH staked via the pool | 88,000 | 86,500 |\n",
        "12.5",
        unit="BTC",
    ),
    row(
        "Pool output slipped.\n\n| Metric | Sep | Aug |\n|---|---|---|\n"
        "| BTC mined per day | 13.4 | 12.5 |\n| ETH staked through the pool | 88,000 | 86,500 |\n",
        "86,500",
        unit="ETH",
    ),
    # a present participle or a noun after the coin names a property of it, no coins counted
    row(
        "Staking and mining moved little.\n\n| Metric | Now | Week ago |\n|---|---|---|\n"
        "| SOL staking APY | 7.1 | 7.0 |\n| BTC mining difficulty | 101.6 | 98.2 |\n"
        "| ETH staked share | 28.4 | 28.1 |\n",
        "101.6",
        unit="count",
    ),
    row(
        "Staking and mining moved little.\n\n| Metric | Now | Week ago |\n|---|---|---|\n"
        "| SOL staking APY | 7.1 | 7.0 |\n| BTC mining difficulty | 101.6 | 98.2 |\n"
        "| ETH staked share | 28.4 | 28.1 |\n",
        "28.1",
        unit="count",
    ),
    row(
        "Staking and mining moved little.\n\n| Metric | Now | Week ago |\n|---|---|---|\n"
        "| SOL staking APY | 7.1 | 7.0 |\n| BTC mining difficulty | 101.6 | 98.2 |\n",
        "7.0",
        unit="count",
    ),
    known(
        "a label's words after a comma are read as a qualifier of the coin counted ('BTC held, "
        "month-end'), also where they name what the cell counts ('validators')",
        "Validator set grew.\n\n| Metric | Now |\n|---|---|\n"
        "| ETH staked, validators | 1,040,000 |\n",
        "1,040,000",
        unit="count",
    ),
    row(
        "Depth thinned, Kaiko data shows.\n\n| Pair | Bids | Asks |\n|---|---|---|\n"
        "| BTC-USD | 2,140 | 1,980 |\n| ETH-USD | 1,230 | 1,410 |\n",
        "1,230",
        unit="count",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), UNITS)
def test_a_bare_cell_takes_its_row_or_column_unit(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


LEAD = "Total value locked rose again this week, DefiLlama data shows.\n\n"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # reach: rank and class numbers that count a table's rows are dropped
        (
            LEAD + "| Rank | Chain | TVL | 7d |\n|---|---|---|---|\n"
            "| 1 | Ethereum | $98.6bn | +3.1% |\n| 2 | Solana | $14.9bn | +7.4% |\n"
            "| 3 | Base | $6.7bn | +9.8% |\n",
            ["$98.6bn", "+3.1%", "$14.9bn", "+7.4%", "$6.7bn", "+9.8%"],
        ),
        (
            LEAD + "Class | Allowed claims | Recovery\n3 - Secured lenders | $84.5m | 100%\n"
            "4 - Account holders | $2.91bn | 71.3%\n",
            ["$84.5m", "100%", "$2.91bn", "71.3%"],
        ),
        (LEAD + "Pos.\tProtocol\tFees (24h)\n1\tTron\t$1.9m\n2\tLido\t$1.1m\n", ["$1.9m", "$1.1m"]),
        (
            LEAD + "Market | Volume\n1. Uniswap | $1.2bn\n2. Aerodrome | $640m\n",
            ["$1.2bn", "$640m"],
        ),
        (
            LEAD + "| Tier | Maker fee |\n|---|---|\n| 1 | 0.10% |\n| 2 | 0.08% |\n",
            ["0.10%", "0.08%"],
        ),
        # twins: numbers that do not count the rows up by one, a lone row, numbers inside
        # a row, years, a bulleted list's figures
        (LEAD + "| Validators | Chain |\n|---|---|\n| 12 | Base |\n| 7 | Solana |\n", ["12", "7"]),
        (
            LEAD + "| Chain | Rank | Apps |\n|---|---|---|\n| Base | 1 | 2 |\n| Sui | 2 | 3 |\n",
            ["1", "2", "2", "3"],
        ),
        (LEAD + "| 1 | Ethereum | $98.6bn |\n", ["1", "$98.6bn"]),
        (LEAD + "Year | Volume\n2024 | $1.2bn\n2025 | $3.4bn\n", ["$1.2bn", "$3.4bn"]),
        (
            LEAD + "1. Binance - $212 million\n2. Bybit - $98 million\n",
            ["$212 million", "$98 million"],
        ),
        # a first column of bare numbers under a header that names what they count is a
        # column of quantities that happen to rise by one, not row numbers
        (
            "Open interest by leverage, a venue's weekly note shows.\n\n| Leverage (x) | OI |\n"
            "|---|---|\n| 2 | $310m |\n| 3 | $540m |\n| 4 | $120m |\n",
            ["2", "$310m", "3", "$540m", "4", "$120m"],
        ),
        (
            "Multisig wallets by threshold, per on-chain data.\n\nSigners needed | Wallets\n"
            "1 | 41,000\n2 | 18,300\n3 | 7,900\n",
            ["1", "41,000", "2", "18,300", "3", "7,900"],
        ),
    ],
)
def test_numbers_that_count_a_tables_rows_are_no_figures(text: str, kept: list[str]) -> None:
    assert quotes(text) == kept
