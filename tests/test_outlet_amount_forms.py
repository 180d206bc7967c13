"""Amount, unit and bound forms of business outlets outside crypto's own press.

African, Indian, British and Australian business desks, exchange notes and trade weeklies
write figures in forms crypto sites rarely use: prices in pence, a currency written as one
letter before the digits, bare multiples of net asset value, a token named once for two
figures, list numbers before a sentence, hedges such as "perhaps". Each class has rows that
must read the form (on topics the corpora lack: mining pools, options expiries, CBDC pilots,
bankruptcy estates, card spending, gaming tokens, carbon credits) and twins that look alike
and must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, quotes, row

# A bound or hedge written before the figure.
QUALIFIER_ROWS = [
    # "clear" as a verb: the figure is passed
    row("Weekly card spending could clear $50 million for the first time, analysts said.",
        "$50 million", qualifier="more_than"),
    row("Options volume on the venue cleared 1.2 million contracts on expiry day.",
        "1.2 million", qualifier="more_than"),
    row("Carbon-credit token trades clear 40,000 a day on the registry's new market.",
        "40,000", qualifier="more_than"),
    row("The bankruptcy estate's second payout is clearing $900 million, the trustee said.",
        "$900 million", qualifier="more_than"),
    # a hedge before the figure is an estimate
    row("The mining pool's hashrate is maybe 40 EH/s after the firmware upgrade.",
        "40 EH/s", qualifier="approx"),
    row("The estate could pay perhaps $2.1 billion to creditors by the summer.",
        "$2.1 billion", qualifier="approx"),
    row("Gaming guilds hold perhaps 12% of the token's float, a newsletter estimated.",
        "12%", qualifier="approx"),
    row("CBDC wallets in the pilot number maybe 30,000, officials conceded.",
        "30,000", qualifier="approx"),
    # "cap" and "limit" as verbs with their object between them and the figure
    row("The central bank will cap each eNaira wallet at ₦500,000 a day.", "₦500,000",
        qualifier="at_most"),
    row("- cap any single validator at 5% of the pool's stake", "5%", qualifier="at_most"),
    row("The regulator capped card spending at $10,000 a month for retail users.",
        "$10,000", qualifier="at_most"),
    row("The exchange limits options positions to 2,500 contracts per account.", "2,500",
        qualifier="at_most"),
    row("Withdrawals from the bankruptcy estate are limited to $250 a week.", "$250",
        qualifier="at_most"),
]  # fmt: skip

QUALIFIER_TWINS = [
    # "clear" before the figure as an adjective, or clearing a named threshold
    row("The pool now has a clear 52% majority of the network's hashrate.", "52%",
        qualifier="exact"),
    row("The vote passed, comfortably clearing the 40 million ARB quorum.", "40 million ARB",
        qualifier="exact"),
    row("The registry holds a clear $3 million surplus after fees.", "$3 million",
        qualifier="exact"),
    # a hedge on the whole sentence, not on the figure
    row("Maybe the gaming token's 45% slide is over, traders said.", "45%", qualifier="exact"),
    # "cap" as a noun: a market's capitalisation, not a limit
    row("The token's market cap at $2.1 billion tops the gaming sector.", "$2.1 billion",
        qualifier="exact"),
    row("The fee is a limit order's 0.1%, the venue said.", "0.1%", qualifier="exact"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), QUALIFIER_ROWS + QUALIFIER_TWINS
)
def test_outlet_qualifier(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# Pence and pennies are hundredths of a pound (FORMAT.md: money in its ISO code, the value
# in base units): "164p" is GBP 1.64 where the article writes in sterling.
SUB_UNIT_ROWS = [
    row("Shares in the Leeds-based miner closed at 164p on Tuesday, valuing it at £48 million.",
        "164p", value=1.64, unit="GBP"),
    row("The AIM-listed carbon-credit registry slipped 3p to 57.5p, its placing priced at "
        "52 pence and raising £4 million.", "57.5p", value=0.575, unit="GBP"),
    row("The AIM-listed carbon-credit registry slipped 3p to 57.5p, its placing priced at "
        "52 pence and raising £4 million.", "3p", value=0.03, unit="GBP"),
    row("Units of the tokenised gilt fund were issued at 99.7p, against £1 at launch.",
        "99.7p", value=0.997, unit="GBP"),
    row("The gaming studio's shares rose 12p to 410p after it said card spending in its "
        "sterling wallet doubled.", "410p", value=4.1, unit="GBP"),
    row("Each transfer costs savers 38 pennies in fees, against £2 at a high-street bank.",
        "38 pennies", value=0.38, unit="GBP"),
]  # fmt: skip

SUB_UNIT_TWINS = [
    # no sterling in the text: a glued "p" is no pence ("1080p", a page, a player count)
    row("The mining pool streams its dashboard at 1080p and shows 312 workers online.",
        "312", unit="count"),
    row("Options on the gaming token hit a 25p/c skew, Deribit data showed, at $1.20.",
        "$1.20", value=1.2, unit="USD"),
    row("The gaming token changed hands at 42 cents on Sunday, the studio said.",
        "42 cents", value=0.42, unit="USD"),
    row("The board approved a final dividend of 4.2 pence a share.", "4.2 pence",
        value=0.042, unit="GBP"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), SUB_UNIT_ROWS + SUB_UNIT_TWINS
)
def test_outlet_sub_unit(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


def test_a_glued_p_without_sterling_is_no_amount() -> None:
    """ "1080p" in an article with no pound, pence or sterling stays no figure."""
    assert quotes("The pool's dashboard streams at 1080p for 312 miners.") == ["312"]


# A currency written as one letter glued to the digits (Nigerian "N", South African "R",
# Zambian "K") is that currency only where the article names it: the letter alone is a
# model name, a grade or a code as often.
LETTER_ROWS = [
    row("The Central Bank of Nigeria said eNaira wallets processed N1.2 billion in the "
        "quarter, up from the naira's weaker start.", "N1.2 billion", value=1.2e9, unit="NGN"),
    row("Lagos gamers spent N45,000 on average on in-game tokens, paid in naira through "
        "local cards.", "N45,000", value=45_000, unit="NGN"),
    row("Johannesburg-listed miner Kalahari Hash raised R350 million in a rights issue, the "
        "rand having slid 4% in a month.", "R350 million", value=3.5e8, unit="ZAR"),
    row("Card spending on crypto debit cards reached R1.4bn in 2025, the SARB said of the "
        "rand figures.", "R1.4bn", value=1.4e9, unit="ZAR"),
    row("Zambia's central bank fined the mobile-money operator K12 million, its largest "
        "kwacha penalty since the CBDC pilot began.", "K12 million", value=1.2e7, unit="ZMW"),
    row("Carbon-credit tokens worth N3.5trn were retired on the exchange, a naira record.",
        "N3.5trn", value=3.5e12, unit="NGN"),
]  # fmt: skip

LETTER_TWINS = [
    # no such currency named: a model, a grade or a road is no money
    row("Miners ordered the R9 rig, which hashes at 200 TH/s, for 3,000 sites.", "3,000",
        unit="count"),
    row("The pool rebuilt its N95-rated cooling line for 14 sites.", "14", unit="count"),
    row("The K12 education token fell 8% on the week.", "8%", unit="%"),
    # the currency named, but the letter starts a name or a model: "P2P", "R2 rollup"
    row("Naira P2P volumes hit N2 billion as the R2 rollup went live.", "N2 billion",
        value=2e9, unit="NGN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), LETTER_ROWS + LETTER_TWINS)
def test_outlet_letter_currency(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The R9 rig hashes at 200 TH/s.", ["200 TH/s"]),
        ("The K12 education token fell 8% on the week.", ["8%"]),
        ("Naira P2P volumes hit N2 billion as the R2 rollup went live.", ["N2 billion"]),
        # the currency named, but a letter before a small whole number is a name or model
        ("Climbers on K2 paid guides in kwacha, K30 million in all.", ["K30 million"]),
        ("The R9 rig trial cost R12 million as the rand slid.", ["R12 million"]),
        ("Lagos clinics bought N95 masks with N1.2 billion in naira.", ["N1.2 billion"]),
    ],
)
def test_a_letter_without_its_currency_is_no_amount(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


# A bare figure with decimals and no noun it counts is a ratio or a multiple, never a
# count of things (FORMAT.md: `ratio` for bare ratios, `x` for multiples).
RATIO_ROWS = [
    row("The Tokyo-listed treasury firm trades at an mNAV of 1.31, the lowest since it began "
        "buying bitcoin.", "1.31", value=1.31, unit="ratio"),
    row("Deribit data showed a put/call ratio of 0.62 ahead of Friday's options expiry.",
        "0.62", value=0.62, unit="ratio"),
    row("The mining pool's luck factor fell to 0.87 over the week, Hashlabs data showed.",
        "0.87", value=0.87, unit="ratio"),
    row("The carbon-credit token's price-to-book multiple was 0.74 in late February.",
        "0.74", value=0.74, unit="ratio"),
    row("Its coverage stood at 1.8 after the bankruptcy estate's second distribution.",
        "1.8", value=1.8, unit="ratio"),
    row("If the premium falls below 1.0, the board says it will stop issuing shares.", "1.0",
        value=1.0, unit="ratio"),
    row("The fund trades at 2.4x net asset value after the rally.", "2.4x", value=2.4,
        unit="x"),
    # no gauge noun next to it: a verb or preposition links the bare decimal to its clause
    row("Analysts said the funding skew dropped below 0.5 for the first time since June.",
        "0.5", value=0.5, unit="ratio"),
    row("The Sharpe reading for the basket reached 0.83, the fund told investors.", "0.83",
        value=0.83, unit="ratio"),
]  # fmt: skip

RATIO_TWINS = [
    # whole numbers and figures that count things stay counts; an index stays an index
    row("The pool paid out to 14 miners on Friday, Hashlabs data showed.", "14", unit="count"),
    row("Card issuers signed up 1.8 million users in the quarter.", "1.8 million",
        unit="count"),
    row("The gaming index rose to 52.3 on Friday.", "52.3", unit="index"),
    row("The estate has paid 3 distributions so far.", "3", unit="count"),
    # a decimal that labels or measures something else: a version, a reading in degrees,
    # a rating, a magnitude, a grade; a list of versions takes its name before the list
    row("The Geth 1.14 client fixes a bug that stalled some validators.", "1.14",
        unit="count"),
    row("Most nodes moved to 1.2 after the upgrade, the client team said.", "1.2",
        unit="count"),
    row("Python 3.5, 3.6 and 3.7 are supported by the wallet library.", "3.7", unit="count"),
    row("Miners warn warming could pass 1.5 °C as the grid adds gas plants.", "1.5",
        unit="count"),
    row("The exchange app holds 2.5 stars on the store after the outage.", "2.5",
        unit="count"),
    row("A 3.2 magnitude tremor knocked rigs offline in the mining region.", "3.2",
        unit="count"),
    row("The trading card, graded 9.5 by its grader, was minted as a token.", "9.5",
        unit="count"),
    row("The hardware wallet's screen grew from 1.5 to 2 inches.", "1.5", unit="count"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), RATIO_ROWS + RATIO_TWINS)
def test_outlet_ratio(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A coin or currency named once for two figures: after the second ("1.2 million and 800,000
# SOL respectively") or after the first ("41 million ARB for and 11 million against").
SHARED_UNIT_ROWS = [
    row("The two gaming guilds unlocked 1.2 million and 800,000 SOL respectively.",
        "1.2 million", value=1.2e6, unit="SOL"),
    row("Validators staked 2.1 million and 1.4 million DOT respectively in the two pools.",
        "2.1 million", value=2.1e6, unit="DOT"),
    row("The proposal passed with 41.2 million ARB in favour and 11.3 million against.",
        "11.3 million", value=1.13e7, unit="ARB"),
    row("The estate will return 2,400, 1,100 and 650 BTC to the three creditor classes.",
        "2,400", value=2400, unit="BTC"),
    row("The estate will return 2,400, 1,100 and 650 BTC to the three creditor classes.",
        "1,100", value=1100, unit="BTC"),
    row("Miners sold 3,200 BTC in October and 2,900 in November, the pool said.", "2,900",
        value=2900, unit="BTC"),
]  # fmt: skip

SHARED_UNIT_TWINS = [
    # the first figure counts its own things, or the second is another kind of figure
    row("The guild has 1.2 million players and 800,000 SOL in its treasury.", "1.2 million",
        unit="count"),
    row("The proposal drew 41.2 million ARB in favour from 3,100 wallets.", "3,100",
        unit="count"),
    row("Miners sold 3,200 BTC in October and 14 rigs in November.", "14", unit="count"),
    row("The pool paid 12 BTC in fees to 7 miners.", "7", unit="count"),
    row("The two apps count 1.2 million and 800,000 users respectively.", "1.2 million",
        unit="count"),
    # a unit that is an ordinary word too is not carried to the first of the pair
    row("Rig crates weigh 40 or 100 pounds, the pool said.", "40", unit="count"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), SHARED_UNIT_ROWS + SHARED_UNIT_TWINS
)
def test_outlet_shared_unit(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


# A list's number before its item is a counter, no figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(2) Spending on crypto cards rose 18% to $410 million.", ["18%", "$410 million"]),
        ("2) Spending on crypto cards rose 18% to $410 million.", ["18%", "$410 million"]),
        ("Miners said:\n(3) hashprice fell 9% to $41.", ["9%", "$41"]),
        ("1. The exchange listed 14 new tokens in February.", ["14"]),
        ("#3 Option open interest on Deribit hit $28 billion.", ["$28 billion"]),
        # twins: a figure in brackets inside a sentence stays one
        ("The pool found blocks on (2) of its 14 servers.", ["2", "14"]),
        ("Card spending rose (18%) to $410 million.", ["18%", "$410 million"]),
    ],
)
def test_a_list_counter_is_no_amount(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected
