"""Figure forms that wire copy, exchange notes and newsletters write in words: a rate move
sized in fractions of a point, a multiple measured against another party's figure, a count of
some of the things a time or a party owns, and the bounds "closer to", "the $1bn club" and a
market that "cleared" (processed) a sum. Each class has twins that look alike and must keep
their reading."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, quotes, row

# a fraction of a point sizes a rate move in percentage points
POINT_ROWS = [
    row("Traders now see a 78% chance that the Federal Reserve cuts rates by a quarter point "
        "in December.", "a quarter point", value=0.25, unit="%"),
    row("The Bank of England raised rates by half a point on Thursday.", "half a point",
        value=0.5, unit="%"),
    row("Markets price a half-point cut at the September meeting.", "a half-point",
        value=0.5, unit="%"),
    row("The ECB lowered its deposit rate by a quarter of a percentage point.",
        "a quarter of a percentage point", value=0.25, unit="%"),
    row("Futures imply the Fed will trim rates by a quarter-point next month.",
        "a quarter-point", value=0.25, unit="%"),
    row("The central bank is expected to deliver a quarter-percentage-point cut.",
        "a quarter-percentage-point", value=0.25, unit="%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), POINT_ROWS)
def test_a_fraction_of_a_point_is_a_move_in_points(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


# twins: a count of moves of that size, a share of points, a share of a whole
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Economists expect two quarter-point cuts next year.", ["two"]),
        ("Powell signalled three half-point hikes were off the table.", ["three"]),
        ("Miners earned a quarter of the points on offer in the campaign.", ["a quarter"]),
        ("The token hit a quarter of its all-time high in the sell-off.", ["a quarter"]),
        ("The dollar index rose half a point after the jobs report.", []),
        ("The DXY gained a quarter point to 104.3.", ["104.3"]),
        ("The proposal won half of points cast in the first round.", ["half"]),
    ],
)
def test_a_count_of_moves_or_a_share_keeps_its_reading(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


# "twice" before another party's figure, or what it was, is a multiple of it
MULTIPLE_ROWS = [
    row("XRP changed hands for 1.86 trillion won on Upbit on Monday, more than twice bitcoin's "
        "0.81 trillion won.", "twice", unit="x", value=2, qualifier="more_than"),
    row("Solana's DEX volume was nearly twice Ethereum's for the third straight week, per "
        "DefiLlama.", "twice", unit="x", qualifier="approx"),
    row("Tron's daily fees are running at twice Solana's, Token Terminal says.", "twice",
        unit="x"),
    row("The Genesis plot fetched almost twice last year's record price.", "twice", unit="x"),
    row("Stablecoin settlements on the network ran at twice Visa's weekly average, the research "
        "note said.", "twice", unit="x"),
    row("Open interest on Bybit is now roughly twice what it was in January, CoinGlass data "
        "show.", "twice", unit="x"),
]  # fmt: skip

# twins: how often something happened
MULTIPLE_TWINS = [
    row("The network has been halted twice this year.", "twice", unit="count"),
    row("The exchange has been hacked twice since 2022.", "twice", unit="count"),
    row("Binance has delisted the token twice, most recently in May.", "twice", unit="count"),
    row("The protocol paused withdrawals twice last week.", "twice", unit="count"),
    row("Regulators have warned the firm twice, the filing shows.", "twice", unit="count"),
    row("The SEC rejected twice Grayscale's application before courts intervened.", "twice",
        unit="count"),
    row("Validators went offline twice Tuesday's morning session.", "twice", unit="count"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), MULTIPLE_ROWS + MULTIPLE_TWINS
)
def test_twice_another_figure_is_a_multiple(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


# a number word before "of" and things a time or a party owns counts some of them
COUNT_ROWS = [
    row("Halyard was again the busiest lead investor, with two of the week's rounds.", "two",
        unit="count", value=2),
    row("The fund led four of the quarter's biggest raises, PitchBook data show.", "four",
        unit="count"),
    row("Coinbase listed six of the year's top-performing tokens before Binance did.", "six",
        unit="count"),
    row("Analysts flagged five of last week's new listings as high risk.", "five",
        unit="count"),
    row("Bridges accounted for seven of the month's ten largest exploits, per the report.",
        "seven", unit="count"),
    row("Only two of the exchange's 14 trading pairs saw volume rise.", "two", unit="count"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), COUNT_ROWS)
def test_a_number_word_counts_some_of_what_is_owned(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


# twins: one of many, an ordinal, a pronoun, a time span, a share
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ark trimmed one of the year's largest positions on Tuesday.", []),
        ("It was the second of the week's rounds to close above $100 million.",
         ["$100 million"]),
        ("The desk closed both of them by Friday, the two of them said.", []),
        ("Bitcoin rose in two of the past three weeks, Glassnode data show.", []),
        ("The foundation sold half of the week's unlocked tokens.", ["half"]),
    ],
)  # fmt: skip
def test_what_counts_nothing_stays_unread(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


# bounds written in ways the list lacked
BOUND_ROWS = [
    # "closer to" hedges the figure as "close to" does
    row("Analysts at Larchmont estimate an all-in cost closer to $68,000 per coin.", "$68,000",
        qualifier="approx"),
    row("The real figure is probably closer to 40,000 wallets, a researcher said.", "40,000",
        qualifier="approx"),
    row("Fees on the bridge now run nearer to 0.3% once slippage is counted.", "0.3%",
        qualifier="approx"),
    row("Some desks put the fair value closer to $3,900, the note said.", "$3,900",
        qualifier="approx"),
    row("Including borrowed funds, the protocol's deposits are closer to $44 billion.",
        "$44 billion", qualifier="approx"),
    # a member of "the $1bn club" is above it
    row("Funding Friday: $167M week; Lumen Markets joins the $1bn club", "$1bn",
        qualifier="more_than"),
    row("Tessellate became the latest startup to enter the $1 billion club after its Series C.",
        "$1 billion", qualifier="more_than"),
    row("Mara's fleet joined the 50 EH/s club in October, the miner said.", "50 EH/s",
        qualifier="more_than"),
    row("Solana rejoined the $100 billion club as SOL rallied 9%.", "$100 billion",
        qualifier="more_than"),
    row("Two more tokens crashed into the $10 billion club this week, CoinGecko data show.",
        "$10 billion", qualifier="more_than"),
    # a market or operator that "cleared" a sum processed it: no bound
    row("Spot decentralised exchanges cleared $71.8 billion this week, up from $63.2 billion.",
        "$71.8 billion", qualifier="exact"),
    row("Binance cleared $14.2 billion in spot trades on Monday, Kaiko data show.",
        "$14.2 billion", qualifier="exact"),
    known("a network or platform also holds levels (hashrate, deposits): not read as processing",
          "The settlement network cleared $2.3 billion of stablecoin payments in October.",
          "$2.3 billion", qualifier="exact"),
    row("Korean exchanges cleared 3.1 trillion won in trades on Sunday as altcoins rallied.",
        "3.1 trillion won", qualifier="exact"),
    row("Upbit cleared 1.9 trillion won of XRP orders on Monday, its busiest day this year.",
        "1.9 trillion", qualifier="exact"),
]  # fmt: skip

BOUND_TWINS = [
    row("Bitcoin closed at $68,000 on Sunday.", "$68,000", qualifier="exact"),
    row("The token traded close to $2 for most of the day.", "$2", qualifier="approx"),
    row("The closest rival holds $68,000 in reserves.", "$68,000", qualifier="exact"),
    row("Members pay a $200 club fee each month.", "$200", qualifier="exact"),
    row("The exchange sponsors a $5 million club deal with the football team.", "$5 million",
        qualifier="exact"),
    row("Bitcoin cleared $100,000 for the first time on Thursday.", "$100,000",
        qualifier="more_than"),
    row("Options volume on the venue cleared 1.2 million contracts on expiry day.",
        "1.2 million", qualifier="more_than"),
    row("Trading volume on the exchange cleared $20 billion on Friday.", "$20 billion",
        qualifier="more_than"),
    row("The exchange's token cleared $5 after the listing.", "$5", qualifier="more_than"),
    row("Bitcoin's network cleared 800 EH/s of hashrate on Monday.", "800 EH/s",
        qualifier="more_than"),
    row("The platform cleared $1 billion in total value locked for the first time.",
        "$1 billion", qualifier="more_than"),
    row("He paid the $500 club membership in bitcoin.", "$500", qualifier="exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), BOUND_ROWS + BOUND_TWINS)
def test_bound_forms(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
