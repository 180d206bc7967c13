"""What a figure is when no table knows the noun of its own phrase, on topics no corpus holds
(mining-pool rebates, bankruptcy distributions, governance votes and quorums, carbon-credit
levies, CBDC pilot limits, card top-up thresholds, options strikes, gaming grants): the head
noun of its phrase decides, and a noun no table knows makes the figure `other` rather than a
price, flow or holding word elsewhere in the sentence; a limit a rule sets is `other` whatever
flow word stands beside it; a % move of something that is no price takes that thing's metric;
a funding rate restated per year stays a funding rate. Each class has must-not-change twins."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

# a head noun no table knows: `other`, not the cue of another clause
UNKNOWN_HEAD_ROWS = [
    row("Creditors of the bankrupt lender will receive $1.1 billion in distributions next "
        "month, even as the token's price sank 8%.", "$1.1 billion", metric="other"),
    row("Governance proposal 47 passed with 61 million ARB in votes, while the token price "
        "edged up 2%.", "61 million ARB", metric="other"),
    row("The proposal needs a quorum of 40 million UNI to pass; UNI was trading at $9.80 on "
        "Monday.", "40 million UNI", metric="other"),
    row("The registry will charge a levy of 1.5% on each retired credit, even as the KLIMA "
        "price fell 20% this week.", "1.5%", metric="other"),
    row("Brazil's finance ministry plans a 0.38% tax on crypto transfers abroad, a measure it "
        "expects to raise R$2 billion a year.", "0.38%", metric="other"),
    row("The studio set aside $9 million in developer grants, after weekly trading volume on "
        "its marketplace topped $4 million.", "$9 million", metric="other"),
    row("Lenders must post collateral haircuts of 15% on tokenised bonds, the regulator said, "
        "as inflows into the funds slowed.", "15%", metric="other"),
    known("a cue verb of the figure's own clause still decides ('paid' a transaction)",
          "The pool paid $3.4 million in rebates to small miners in October as bitcoin's price "
          "climbed, Hashrate Index said.", "$3.4 million", metric="other"),
    known("a cue verb of the figure's own clause still decides ('holds' holdings)",
          "The channel holds 2.4 BTC of capacity, roughly $210,000 at current prices.",
          "2.4 BTC", metric="other"),
    # twins: a head some table knows keeps its metric
    row("Spot ETFs drew $412 million in inflows on Monday, Farside data show.", "$412 million",
        metric="etf_flow"),
    row("The fund raised $40 million in a Series B round led by Paradigm.", "$40 million",
        metric="funding_raised"),
    row("Traders bought $3,000 in stablecoins on the local exchange.", "$3,000",
        metric="transaction_value"),
    row("Hackers stole $40 million in tokens from the bridge on Sunday.", "$40 million",
        metric="hack_amount"),
    row("About $300 million in long positions was liquidated in four hours, CoinGlass data "
        "show.", "$300 million", metric="liquidations"),
    row("Miners earned $36 million in the same quarter a year earlier, the company said, as "
        "revenue rose.", "$36 million", metric="revenue"),
    row("Spot bitcoin ETFs posted a record of $672 million in daily outflows on Friday, Farside "
        "data show.", "$672 million", metric="etf_flow"),
]  # fmt: skip

# a bound a rule sets: `other`, no flow, price or holding
LIMIT_ROWS = [
    row("A withdrawal cap of $20,000 a day applies to unverified users, the exchange said, "
        "while bitcoin traded near $88,000.", "$20,000", metric="other"),
    row("Pilot users may spend no more than $2,000 a day through the digital-dollar wallet, "
        "the Treasury said.", "$2,000", metric="other"),
    row("A $10,000 reporting threshold applies to crypto card top-ups from March, the tax "
        "office said.", "$10,000", metric="other"),
    row("The exchange raised its daily withdrawal limit to 50 BTC for verified accounts.",
        "50 BTC", metric="other"),
    known("a bare 'ceiling' is also a price level word; only a modified one reads as a rule",
          "Redemptions above a ceiling of $5 million settle the next business day, the issuer "
          "said.", "$5 million", metric="other"),
    known("'capped at' is also said of a price's rally; no verb of capping is read as a rule",
          "Each CBDC wallet is capped at ¥50,000, the central bank said, down from ¥100,000 in "
          "the first phase.", "¥50,000", metric="other"),
    # twins: a price level named by a limit word, a cap on a known quantity
    row("Bitcoin broke through the $100,000 threshold on Thursday.", "$100,000", metric="price"),
    row("Bulls need a daily close above the psychological price threshold of $30,000, "
        "analysts said.", "$30,000", metric="price"),
    row("The protocol's rules set a maximum cap of 21 million on its total supply.",
        "21 million", metric="supply"),
    row("Users can withdraw $5,000 from the pilot wallet at any bank branch, the central bank "
        "said.", "$5,000", metric="fund_flow"),
    # twins: a limit noun inside a metric phrase ("supply cap") is that metric's figure, and
    # "a maximum of" / "a minimum of" with no modal before it says "at most" of a penalty
    row("The token's supply cap of 21 million coins was written into its code at launch.",
        "21 million", metric="supply"),
    row("Fines for unlicensed crypto dealers will rise to a maximum of €50,000 for repeat "
        "offences, the ministry said.", "€50,000", metric="fine"),
    row("Verified customers can withdraw a maximum of $50,000 a day, the exchange said.",
        "$50,000", metric="other"),
]  # fmt: skip

# a % move of something that is no price takes that thing's metric (FORMAT: volume, supply,
# TVL and revenue moves keep their metric; a move of a count of things is `other`)
MOVED_SUBJECT_ROWS = [
    row("Active addresses on the gaming chain fell 18% in October even as the token climbed.",
        "18%", metric="participants"),
    row("Retired credits on the on-chain registry jumped 35% in the quarter, the registry said.",
        "35%", metric="other"),
    row("Distributions to creditors rose 12% from the first round, the trustee said.", "12%",
        metric="other"),
    row("The number of pilot wallets grew 22% month on month, the central bank said.", "22%",
        metric="participants"),
    row("The pool's share of network hashrate rose 4% over the week.", "4%", metric="hashrate"),
    row("Open interest at the $120,000 strike climbed 9% ahead of Friday's expiry, Deribit data "
        "show.", "9%", metric="open_interest"),
    row("Daily transactions in the e-krona pilot fell 6% after the holiday, the Riksbank said.",
        "6%", metric="other"),
    row("Card spending by the app's customers rose 31% in the quarter, the company said.",
        "31%", metric="transaction_value"),
    # twins: moves of prices and of things traded at a price
    row("Bitcoin fell 4% to $86,200 on Tuesday, CoinGecko data show.", "4%",
        metric="price_change"),
    row("The token's price sank 8% after the unlock.", "8%", metric="price_change"),
    row("Shares of the miner rose 6.2% in early trading.", "6.2%", metric="price_change"),
    row("Trading volume on the marketplace rose 40% in October.", "40%",
        metric="trading_volume"),
    row("Ether traded at $3,150 in Asian hours after a 5% drop.", "5%", metric="price_change"),
]  # fmt: skip

# a funding rate restated per year
ANNUALISED_ROWS = [
    row("Funding on the ether perpetual averaged 0.009% an hour last week, or about 79% "
        "annualised.", "79%", metric="funding_rate"),
    row("Perpetual funding rates on Bybit hit 0.03% per eight hours, roughly 33% on an "
        "annualized basis.", "33%", metric="funding_rate"),
    # twins: a yield per year with no funding rate beside it
    row("The tokenised bill fund pays 4.1% annualised, its issuer said.", "4.1%",
        metric="other"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    UNKNOWN_HEAD_ROWS + LIMIT_ROWS + MOVED_SUBJECT_ROWS + ANNUALISED_ROWS,
)
def test_unknown_noun(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
