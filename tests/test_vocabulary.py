"""Words of rises and falls match on lemmas: one lexicon entry in its base form covers every
inflection, at the start of a sentence too. A word written in an inflected form matches only
that form, so "offering" (of shares) stays apart from "offered" (a bounty)."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

from extractor.nlp.lemmas import covers_every_form, inflections, lemma, trigger_key

MOVE_ROWS = [
    row("Solana tanked 18% over the weekend as memecoin volumes dried up.", "18%",
        metric="price_change", side="down"),
    row("Ether slumped 7.4% on Tuesday, its steepest one-day drop since August.", "7.4%",
        metric="price_change", side="down"),
    row("Plunging 12%, Dogecoin led the majors lower after the Fed decision.", "12%",
        metric="price_change", side="down"),
    row("XRP cratered 23% in an hour before buyers stepped in.", "23%",
        metric="price_change", side="down"),
    row("Bitcoin slid 3.1% to $96,200 in Asian trading.", "3.1%",
        metric="price_change", side="down"),
    row("After a 31% drawdown from its peak, Cardano is testing support.", "31%",
        metric="price_change", side="down"),
    row("Chainlink rebounds 9% as whales accumulate LINK.", "9%",
        metric="price_change", side="up"),
    row("Avalanche clawed back 6% by Friday’s close as the exploit fears faded.", "6%",
        metric="price_change", side="up"),
    row("Bitcoin rallies 4.2% after softer CPI print.", "4.2%",
        metric="price_change", side="up"),
    row("Toncoin skyrocketed 40% following the Telegram announcement.", "40%",
        metric="price_change", side="up"),
    row("Polygon recouped 11% on Monday after the weekend sell-off.", "11%",
        metric="price_change", side="up"),
    # A level the move ended at is no move: the percent is the thing's own level.
    row("Bitcoin dominance eased to 58.4% as altcoins caught a bid.", "58.4%",
        metric="market_cap", side=None),
    row("The funding rate rose to 0.05% on Binance perpetuals.", "0.05%",
        metric="funding_rate", side=None),
]  # fmt: skip

# A percentage move is a move of what its clause names: a price only when a coin, a stock or
# nothing else is named.
MOVED_ROWS = [
    row("The Consumer Price Index rose 0.5% in January, above economists' forecasts.", "0.5%",
        metric="other", side="up"),
    row("Venture funding for crypto startups fell 22% in the second quarter.", "22%",
        metric="funding_raised", side="down"),
    row("Open interest on CME climbed 8% to $12 billion as basis trades returned.", "8%",
        metric="open_interest", side="up"),
    row("Coinbase reported $2.27 billion in revenue, a year-over-year increase of 138.2%.",
        "138.2%", metric="revenue", side="up"),
    row("Total crypto market capitalization fell 2.4% over the past day to $2.3 trillion.",
        "2.4%", metric="market_cap_change", side="down"),
    row("Daily trading volume for spot bitcoin ETFs jumped by nearly 167% on Thursday.", "167%",
        metric="trading_volume", side="up"),
    row("The hack sent the price of RDNT sharply lower, which fell nearly 10% in an hour.",
        "10%", metric="price_change", side="down"),
    row("The miner's gains came thanks to a 30% jump in Bitcoin's price over the quarter.",
        "30%", metric="price_change", side="up"),
    row("The Nasdaq 100 rose 0.3%, while the S&P 500 was up about 0.1%.", "0.1%",
        metric="price_change", side="up"),
    row("The 10-year Treasury yield closed at 3.783%, up from 3.741% on Tuesday.", "3.783%",
        metric="other"),
]  # fmt: skip

# Who holds decides what a holding is: an exchange's or a stablecoin issuer's assets are its
# reserves; coins a fund buys are a flow into it.
HOLDER_ROWS = [
    row("Bybit claims to manage over $20 billion in assets, enough to cover the losses.",
        "$20 billion", metric="reserves"),
    row("Tether's excess reserves rose to $3.3 billion, its attestation shows.", "$3.3 billion",
        metric="reserves"),
    row("Throughout May, U.S. spot bitcoin ETFs bought a total of nearly 26,700 BTC.",
        "26,700 BTC", metric="etf_flow"),
    row("Strategy has added 13,627 bitcoin for $1.25 billion, its filing shows.",
        "$1.25 billion", metric="transaction_value"),
    row("In January, the platform lost 1,900 ETH in a flash loan attack.", "1,900 ETH",
        metric="hack_amount"),
    row("Miner revenue hit a record $107.7 million on the day of the halving.", "$107.7 million",
        metric="revenue"),
    row("Outflows from exchanges averaged 30,850 BTC per month since February 2020.",
        "30,850 BTC", metric="fund_flow"),
]  # fmt: skip

# One change word governs the figures coordinated with its own; a sign is a direction.
SIDE_ROWS = [
    row("The cryptocurrency has dropped 23% this year, sliding 10% in January and an "
        "additional 15% in February.", "15%", metric="price_change", side="down"),
    row("Trump Media stock has lost over 41% year-to-date and over 42% in the last 12 months.",
        "42%", side="down"),
    row("BNB lost 2.1% on the day, while Solana tumbled 4%.", "2.1%", metric="price_change",
        side="down"),
    row("Short-term holders' wealth grew by +$22B this year, while long-term holders saw a "
        "near-identical reduction of -$21B.", "-$21B", side="down"),
    row("Since January, spot ETFs have been adding an average of 1,700 BTC every day.",
        "1,700 BTC", metric="etf_flow", side="inflow"),
    # a multiple right after a rise or fall word is the size of that move
    row("The frog-themed memecoin soared 5x in a week after the listing.", "5x", side="up"),
    row("Daily transactions on the rollup rose seven times to 4 million.", "seven times",
        side="up"),
    row("USDC supply on Solana grew by a factor of three this year.", "three", side="up"),
    row("Perpetuals volume slumped 6x from its January peak, Kaiko said.", "6x", side="down"),
    # a multiple of an earlier figure or of an earlier period's: a rise; "a year ago" after a
    # multiple dates it, it compares nothing
    row("The agency seized $3.1 billion in 2026, more than double the $1.2 billion of the "
        "prior year.", "double", side="up"),
    row("Deposits into Upbit reached $1.4 billion in the week, double the prior week.",
        "double", side="up"),
    row("The premium has shrunk to about 1.2x from above 2x a year ago.", "2x", occurrence=2,
        side=None),
    # twins: leverage, a valuation multiple, a bound that starts with a direction word
    row("Most traders on the venue opened positions with 20x leverage.", "20x", side=None),
    # a move verb acting on a leverage setting gives the setting no direction
    row("OKX cut 100x leverage to 20x on new altcoin listings.", "100x", side=None),
    row("Kraken lowered 50x leverage on ether pairs to 10x.", "50x", side=None),
    row("The venue raised 5x margin limits for its largest clients.", "5x", side=None),
    row("The miner trades at 12 times forward earnings.", "12 times", side=None),
    row("Upward of 8,000 wallets signed the malicious approval.", "8,000", side=None),
]  # fmt: skip

# A level a move reached is a price; money a startup receives from investors is funding.
LEVEL_ROWS = [
    row("On Monday, Bitcoin briefly surged past $66,000 before sellers returned.", "$66,000",
        metric="price"),
    row("Bitcoin surged 1.2%, briefly touching $61,000 before sliding back.", "$61,000",
        metric="price"),
    row("It has since made a slight recovery to approximately $88,658.", "$88,658",
        metric="price"),
    row("Securitize received a $47 million investment led by BlackRock.", "$47 million",
        metric="funding_raised"),
]  # fmt: skip

# Quantities named by their own nouns: rewards, dominance, hoards, issuance, users.
NOUN_ROWS = [
    row("The halving cut miner rewards from 6.25 to 3.125 bitcoins per block.",
        "3.125 bitcoins", metric="revenue"),
    row("Bitcoin currently dominates 59.91% of the total crypto market.", "59.91%",
        metric="market_cap"),
    row("Its hoard of 11,509 BTC remained unchanged from the last quarter.", "11,509 BTC",
        metric="holdings"),
    row("Bitcoin's weekly issuance of roughly 6,300 tokens is dwarfed by ETF demand.", "6,300",
        metric="supply"),
    row("ETH active addresses spiked to a record 1.1 million earlier this month.",
        "1.1 million", metric="participants"),
    row("The team paused the bridge, offered a 10% bounty and promised to reimburse users.",
        "10%", metric="other"),
]  # fmt: skip

# Settlements, disgorgement and penalties are fines; commissions and network fees are fees.
FINE_ROWS = [
    row("Terraform Labs and Do Kwon agreed to pay $4.47 billion to settle the SEC's lawsuit.",
        "$4.47 billion", metric="fine"),
    row("Kwon is jointly and severally liable for $110 million of the disgorgement.",
        "$110 million", metric="fine"),
    row("Kwon must also pay $204.3 million in remedies separate from his liability in "
        "Terraform Labs' payments.", "$204.3 million", metric="fine"),
    row("The SEC fined the exchange $4.3 million for registration failures.", "$4.3 million",
        metric="fine"),
    row("The founder agreed to a plea deal of $50 million with the Justice Department.",
        "$50 million", metric="fine"),
    # twin: a resolution of a DAO is no legal settlement
    row("The DAO approved a resolution to spend $12 million on developer grants.",
        "$12 million", metric="other"),
    row("One user paid 6.7 BTC ($430,000) as commission for a single transfer.", "6.7 BTC",
        metric="fees"),
    row("Bitcoin transaction fees hit a record average of $127.97 on halving day.", "$127.97",
        metric="fees"),
]  # fmt: skip

COUNT_ROWS = [
    # A count of shares is no holding, sale or raise: the money beside it is.
    row("The purchases were funded by at-the-market sales of 2,941,207 shares of MSTR class A "
        "common stock, which raised $402.6 million in net proceeds.", "2,941,207",
        metric="other"),
    row("The purchases were funded by at-the-market sales of 2,941,207 shares of MSTR class A "
        "common stock, which raised $402.6 million in net proceeds.", "$402.6 million",
        metric="funding_raised"),
    row("On September 13, Ethereum recorded 1,029,430 active addresses, a two-year high.",
        "1,029,430", metric="participants"),
    row("The attacker split the proceeds across 46 fresh addresses before using Tornado Cash.",
        "46", metric="other"),
    row("More than 112,400 traders were liquidated over the past 24 hours.", "112,400",
        metric="participants"),
    row("Crypto startups closed 312 funding rounds in the quarter.", "312", metric="other"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    MOVE_ROWS
    + MOVED_ROWS
    + HOLDER_ROWS
    + SIDE_ROWS
    + LEVEL_ROWS
    + NOUN_ROWS
    + FINE_ROWS
    + COUNT_ROWS,
)
def test_move_words(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


def test_lemmas_fold_case_and_inflection() -> None:
    assert [lemma(w) for w in ("Plunged", "tanking", "rallies", "slid", "outflows")] == [
        "plunge",
        "tank",
        "rally",
        "slide",
        "outflow",
    ]
    assert {"lose", "loses", "losing", "lost"} <= inflections(["lose"])


def test_base_forms_cover_every_form_and_inflected_entries_only_themselves() -> None:
    assert covers_every_form("plunge") and covers_every_form("wipe out")
    assert not covers_every_form("offering") and not covers_every_form("losses")
    assert trigger_key("Plunge") == "plunge"
    assert trigger_key("offering") == "offering"


def test_scale_slips_keep_the_first_letter_and_leave_names_out() -> None:
    from extractor.lexicon import cue_phrases
    from extractor.nlp.amount_grammar import grammar
    from extractor.nlp.scale_slips import slips

    found = slips("million")
    assert {"milion", "milllion", "mlilion"} <= found
    assert found.isdisjoint({"illion", "imllion", "million", "millions"})
    names = set(cue_phrases("scale_slip_names"))
    assert "millard" in names
    assert names.isdisjoint(grammar().scales)
    assert "bilion" in grammar().scales
