"""One reader of list and table leads (lines.ListBlocks): the line above a block's first line,
blank lines between, when it is a heading or a short line ending with a colon; and the time
such a lead gives reaches the rows below it that give none of their own."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

from extractor.nlp.lines import ListBlocks, read_lines


def _lead(text: str, quote: str) -> str | None:
    """The lead line of the block holding ``quote``, as text."""
    lines = read_lines(text)
    blocks = ListBlocks.read(text, lines)
    pos = text.index(quote)
    line = next(ln for ln in lines if ln.start <= pos <= ln.end)
    lead = blocks.lead(line)
    return None if lead is None else text[lead.start : lead.end]


@pytest.mark.parametrize(
    ("text", "quote", "lead"),
    [
        # a colon line, blank lines between it and the list
        (
            "Reserves as of Nov. 30:\n\n- Binance: 580,000 BTC\n- OKX: 141,000 BTC\n",
            "OKX",
            "Reserves as of Nov. 30:",
        ),
        # items set apart by blank lines stay one list
        (
            "Funds drained per network:\n\n- Optimism: $4.2m\n\n- Base: $1.9m\n",
            "Base",
            "Funds drained per network:",
        ),
        # label lines with no bullet are a list too
        (
            "Fund facts (as of October 31)\nNet assets: $1.1bn\nHolders: 1,420\n",
            "Holders",
            "Fund facts (as of October 31)",
        ),
        # a "#" heading leads whatever its length
        (
            "# " + "Weekly stablecoin supply by chain and issuer " * 3 + "\n\n- Tron: $79bn\n",
            "Tron",
            "# " + "Weekly stablecoin supply by chain and issuer " * 3,
        ),
        # a table's title: a caption naming its source, or a "Table 1:" label line
        (
            "Top chains by TVL (source: DefiLlama)\n\n"
            "| Chain | TVL |\n|---|---|\n| Base | $9bn |\n",
            "Base",
            "Top chains by TVL (source: DefiLlama)",
        ),
        (
            "Table 2: Volume by exchange, December\n\nExchange | Volume\nUpbit | ₩5.1T\n",
            "Upbit",
            "Table 2: Volume by exchange, December",
        ),
    ],
)
def test_a_block_is_led_by_the_heading_or_colon_line_above_it(
    text: str, quote: str, lead: str
) -> None:
    assert _lead(text, quote) == lead


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a paragraph of prose above a list introduces nothing
        (
            "Bitcoin fell on Monday as traders cut risk across the board.\n- Longs: $1.2bn\n",
            "Longs",
        ),
        # a colon line longer than a lead is a sentence of prose
        (
            "The exchange listed what each of its " + "very " * 20 + "large clients held at "
            "the end of the quarter:\n- Alpha: 1,200 BTC\n",
            "Alpha",
        ),
        # a line of prose is in no block
        ("Prices as of Friday:\n- BTC: $94,000\nBitcoin rose 2% on the day.\n", "rose"),
    ],
)
def test_no_lead(text: str, quote: str) -> None:
    assert _lead(text, quote) is None


FACTS = (
    "The tokenised credit fund grew for a fifth month, its manager said on Tuesday.\n\n"
    "Portfolio snapshot (as of December 31, 2025)\n"
    "Net asset value: $412.6 million\n"
    "Token holders: 3,920\n"
)
RESERVES = (
    "Coins kept leaving exchanges last week, on-chain data shows.\n\n"
    "Exchange reserves, Friday, Jan. 16:\n\n"
    "Binance: 581,300 BTC\n"
    "Coinbase: 812,000 BTC\n"
)
SUPPLY = (
    "Dollar tokens kept growing.\n\n"
    "## Stablecoin supply, January 16\n\n- USDT: $187.2 billion\n- USDC: $74.9 billion\n"
)
STAKING = (
    "Deposits to the beacon chain slowed as the exit queue cleared, Rated data shows.\n\n"
    "Staking figures as of Jan. 18:\n\n"
    "- Staked ETH: 36.1 million ETH\n\n"
    "- Validators: 1.08 million\n"
)
WALLETS = (
    "The DAO's treasury report, published on Thursday, shows spending fell in January.\n\n"
    "Wallet balances at the close on January 15\n"
    "• Treasury wallet: 9,400 ETH\n"
    "• Grants wallet: 2,150 ETH\n"
)

DESK = "Traders trimmed risk into the weekend, the desk's note said.\n\n"

ROWS: list[Any] = [
    row(
        DESK + "Market snapshot (Thursday close, Seoul)\nBTC/KRW: ₩138.2 million\n"
        "ETH/KRW: ₩4.61 million\n",
        "₩4.61 million",
        period="2026-02-05..2026-02-05",
    ),
    row(
        DESK + "Vault metrics as of Jan. 31\nDeposits: $88.4 million\nDepositors: 2,310\n",
        "2,310",
        period="2026-01-31..2026-01-31",
    ),
    row(
        DESK + "Treasury holdings on Feb. 2\nBTC held: 12,450 BTC\nETH held: 31,000 ETH\n",
        "31,000 ETH",
        period="2026-02-02..2026-02-02",
    ),
    row(
        DESK + "Open interest at 08:00 UTC on Wednesday:\n\nBTC: $61.2 billion\n"
        "ETH: $28.4 billion\n",
        "$28.4 billion",
        period="2026-02-04..2026-02-04",
    ),
    row(
        DESK + "Lending book on Jan. 30\n\n- Loans outstanding: $412 million\n\n"
        "- Borrowers: 1,905\n",
        "1,905",
        period="2026-01-30..2026-01-30",
    ),
    # reach: a lead's date (a heading, or a colon line with blank lines between) reaches
    # label rows that give none
    row(FACTS, "$412.6 million", period="2025-12-31..2025-12-31"),
    row(FACTS, "3,920", period="2025-12-31..2025-12-31"),
    row(RESERVES, "812,000 BTC", period="2026-01-16..2026-01-16"),
    row(SUPPLY, "$74.9 billion", period="2026-01-16..2026-01-16"),
    row(STAKING, "1.08 million", period="2026-01-18..2026-01-18"),
    row(WALLETS, "2,150 ETH", period="2026-01-15..2026-01-15"),
    # a heading's first time is its own: what follows repeats it ("Sunday, February 1" is
    # the week's last day, not the month so far)
    row(
        DESK + "Week ending Sunday, February 1\nSwaps routed: 18,300\nFees paid: 92,000 DYN\n",
        "18,300",
        period="2026-01-26..2026-02-01",
    ),
    # twins: a row's own date wins; a dated paragraph above a list is no lead; a dated
    # heading over prose dates nothing by this rule
    row(
        "Exchange reserves, Friday, Jan. 16:\n\nBinance: 581,300 BTC on Jan. 12\n",
        "581,300 BTC",
        period="2026-01-12..2026-01-12",
    ),
    row(
        "Bitcoin ETFs took in $310 million on Jan. 14, Farside data shows.\n\n"
        "- IBIT: $212 million\n- FBTC: $64 million\n",
        "$64 million",
        period="2026-01-14..2026-01-14",
    ),
    row(
        "Market wrap, January 16\n\nBitcoin traded at $95,100 on Monday, Kaiko data shows.\n",
        "$95,100",
        period="2026-02-02..2026-02-02",
    ),
    known(
        "a colon line longer than 110 characters is no lead, so a long sentence that introduces "
        "a list no longer dates its rows",
        "Spot prices held firm on Jan. 16 even as volumes thinned across the board and market "
        "makers pulled their quotes from thinner books, the desk's note said:\n"
        "BTC: $95,100\nETH: $3,310\n",
        "$3,310",
        period="2026-01-16..2026-01-16",
    ),
    known(
        "the period reader splits 'Week ending Sunday' from 'January 18' and a colon line "
        "gives its last time, the month to that day",
        DESK + "Week ending Sunday, January 18:\nSwaps routed: 18,300\nFees paid: 92,000 DYN\n",
        "18,300",
        period="2026-01-12..2026-01-18",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_a_lead_dates_its_rows(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
