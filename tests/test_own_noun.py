"""A figure's metric from the noun of its own phrase, in any topic's words: the quantity noun
after it ("$41 million in sales volume"), before it ("a reward rate of 3.1%"), the subject a
verb links it to ("value secured stood at $8.2 billion") or the verb taking it as object
("seized $1.2 billion"), looked up by lemma in data/quantity_nouns.jsonl. Each class has
must-not-change twins: the same words where another reading holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from nlp_cases import check, known, row

from extractor import lexicon
from extractor.errors import LexiconError
from extractor.lexicon import Lexicon
from extractor.models import METRICS
from extractor.nlp import own_noun

# volume: marketplace sales, spot and margin trading, turnover, prediction-market bets
VOLUME_ROWS = [
    row("The gaming token's marketplace logged $41 million in sales volume over the weekend, "
        "per DappRadar.", "$41 million", metric="trading_volume"),
    row("Sales volume of $41m made it the busiest week since the Season 3 launch.", "$41m",
        metric="trading_volume"),
    row("Magic Eden sales dropped to $88 million in September as mint activity cooled.",
        "$88 million", metric="trading_volume"),
    row("Spot trading on Korean exchanges climbed to $2.2 billion on Friday, Kaiko figures show.",
        "$2.2 billion", metric="trading_volume"),
    row("Turnover on Bithumb fell 17% week on week, according to the exchange's own data.",
        "17%", metric="trading_volume"),
    row("Bettors wagered $260 million on the Super Bowl contracts, the platform said.",
        "$260 million", metric="trading_volume"),
    # twins: a session is no volume, a trading price stays a price
    row("Bitcoin rose 3% in early trading on Monday as Asian buyers returned.", "3%",
        metric="price_change"),
    row("Shares of Coinbase rose 6.2% to $214.50 in extended trading after the results.",
        "$214.50", metric="price"),
    row("Bitcoin was trading at $61,200 on Friday afternoon, CoinDesk data show.", "$61,200",
        metric="price"),
]  # fmt: skip

# value locked or secured: layer-2s, tokenized treasuries, restaking
TVL_ROWS = [
    row("The network's value secured stood at $8.2bn at the end of the quarter, L2Beat data "
        "show.", "$8.2bn", metric="tvl"),
    row("Measured in ether, value secured on rollups slipped to 15.3 million ETH from 15.6 "
        "million.", "15.3 million ETH", metric="tvl"),
    row("Total value locked in tokenized treasury protocols reached $1.9 billion this week, per "
        "rwa.xyz.", "$1.9 billion", metric="tvl"),
    row("Total value secured across optimistic rollups jumped 12% in November.", "12%",
        metric="tvl"),
    # twins: the open interest a strike holds, a market value crossing a line
    row("The largest open interest sits at the $120,000 call strike, where $1.6 billion in "
        "notional is parked.", "$120,000", metric="price"),
    row("The global crypto market capitalization rose above the $4 trillion line for the first "
        "time.", "$4 trillion", metric="market_cap"),
]  # fmt: skip

# royalties, commissions and fees paid; validator rewards and tips earned; profits
FEES_AND_EARNINGS_ROWS = [
    row("Royalties paid to creators fell to 310 ETH in October, the lowest since the "
        "marketplace wars began.", "310 ETH", metric="fees"),
    row("The staking provider booked commissions of $220m over the year, its annual report "
        "showed.", "$220m", metric="fees"),
    row("Creators collected $4.1 million in royalties on Blur last month, down from $6 million.",
        "$4.1 million", metric="fees"),
    row("Fees paid by rollup users totalled $9.8 million for the month.", "$9.8 million",
        metric="fees"),
    row("OpenSea will enforce a minimum royalty of 0.5% on new collections from January.", "0.5%",
        metric="fees"),
    row("Validator rewards of 2,900 ETH were paid out over the week, Rated data show.",
        "2,900 ETH", metric="revenue"),
    row("Ethereum validators collected 9,840 ETH in execution-layer rewards last week.",
        "9,840 ETH", metric="revenue"),
    row("Priority tips climbed to 2,210 ETH in 24 hours during the liquidation wave.",
        "2,210 ETH", metric="revenue"),
    row("The mining pool paid out $14 million in block rewards to its members in October.",
        "$14 million", metric="revenue"),
    row("Adjusted EBITDA was $604 million, the company said in its letter to shareholders.",
        "$604 million", metric="profit"),
    # twins: a move called a gain, money lost by traders, what a stock sale raised
    row("Bitcoin traded at $102,530, reflecting a 6.2% gain over the previous 24 hours.", "6.2%",
        metric="price_change"),
    row("Solana traders lost $61.2 million in liquidations, most of it on the long side.",
        "$61.2 million", metric="liquidations"),
    row("The miner funded the purchases with at-the-market stock sales, which raised $402.6 "
        "million.", "$402.6 million", metric="funding_raised"),
]  # fmt: skip

# what the metric list has no home for: staked totals, queues, reward and tax rates, expenses
OTHER_ROWS = [
    row("Total staked reached 34 million ETH on Sunday, about 28% of supply, per Dune.",
        "34 million ETH", metric="other"),
    row("Lido stakers earned a reward rate of 3.1% last week after the protocol's cut.", "3.1%",
        metric="other"),
    row("The validator exit queue shrank to 18,900 ETH, the smallest since June.", "18,900 ETH",
        metric="other"),
    row("Tokenized treasury funds now pay a yield of 4.6%, just under the Fed's rate.", "4.6%",
        metric="other"),
    row("Management expects operating expenses of $880 million for the quarter.",
        "$880 million", metric="other"),
    # twins: a country's inflation and the Fed's rate stay other, a ratio stays a ratio
    row("Policymakers expect the Fed funds rate to fall to 3.9% by the end of next year.", "3.9%",
        metric="other"),
    row("The BTC long/short ratio among top traders on Binance rose to 1.87 on Friday.", "1.87",
        metric="long_short_ratio"),
    row("Spot bitcoin ETF inflows reached $1.2 billion on Monday, Farside data show.",
        "$1.2 billion", metric="etf_flow"),
]  # fmt: skip

# seizures and forfeitures are fines; payments and settlements are transaction values
FINE_AND_PAYMENT_ROWS = [
    row("Federal agents seized $1.2 billion in bitcoin tied to the darknet market, the Justice "
        "Department said.", "$1.2 billion", metric="fine"),
    row("The tax agency's crypto seizures hit $2.9 billion in fiscal 2026.", "$2.9 billion",
        metric="fine"),
    row("Prosecutors forfeited 5,000 BTC linked to the fraud, court records show.", "5,000 BTC",
        metric="fine"),
    row("The founder was ordered to pay $48 million in restitution to customers of the failed "
        "lender.", "$48 million", metric="fine"),
    row("Almost $2.1 billion of the seizures came from a single case, HMRC said.",
        "$2.1 billion", metric="fine"),
    row("Six banks settled HK$11.8 billion of tokenised deposit transactions in the third "
        "quarter.", "HK$11.8 billion", metric="transaction_value"),
    row("Cumulative e-CNY transactions reached 9.2 trillion yuan by the end of September.",
        "9.2 trillion yuan", metric="transaction_value"),
    # twins: a settlement with a regulator stays a fine; a price level stays a price
    row("Terraform Labs agreed to a $4.47 billion settlement with the SEC.", "$4.47 billion",
        metric="fine"),
    row("The withdrawals came as Bitcoin's price dropped below the $90,000 mark.", "$90,000",
        metric="price"),
]  # fmt: skip

# people counted, supply added, floors
COUNT_AND_SUPPLY_ROWS = [
    row("The number of unique buyers fell to 214,600, the lowest since early 2021.", "214,600",
        metric="participants"),
    row("The collection drew 1,284 buyers against 1,019 sellers over the week.", "1,284",
        metric="participants"),
    known("a country's abbreviation with points (U.S.) breaks the noun phrase after the figure",
          "The exchange has roughly 2.3 million U.S. accounts, according to the filing.",
          "2.3 million", metric="participants"),
    row("Arbitrum's next unlock of 92.6 million ARB is scheduled for November 16.",
        "92.6 million ARB", metric="supply"),
    row("The Bored Ape floor price slipped to 9.1 ETH on Wednesday.", "9.1 ETH", metric="price"),
    # twins: a move of a count of operations is none of ours; an airdrop's holders are people
    row("Rollups processed 412 user operations per second in October, per growthepie.", "412",
        metric="other"),
    row("The airdrop reached 250,000 holders, the project said.", "250,000",
        metric="participants"),
    # twins: a country's emissions and income are no coin's supply or a company's revenue
    known("a fall in a country's emissions is read as a price move by the cue rules",
          "Global CO2 emissions must decline by about 45% by 2030, the IPCC report says.", "45%",
          metric="other"),
    row("The top 1 percent took home about 8.5 percent of the national income in 1976.",
        "8.5 percent", metric="other"),
]  # fmt: skip


# twins that share a table noun with a volume or a profit but are another quantity: a price
# set "in trading", a company selling its own shares, one deal or one move called "a sale" or
# "a gain"; and the volume and the profit the same nouns do name
NARROWED_ROWS = [
    row("The governance token slid to $0.38 in trading on Wednesday after the exploit.",
        "$0.38", metric="price"),
    row("Ether changed hands at $3,480 in trading in Seoul, a small premium to Coinbase.",
        "$3,480", metric="price"),
    row("Shares of the miner closed at $14.65 in trading on Nasdaq after the results.",
        "$14.65", metric="price"),
    row("The derivatives venue drew $640 million in trading during the Fed announcement.",
        "$640 million", metric="trading_volume"),
    row("Sales of the company's common stock brought in $82 million during the quarter, its "
        "10-Q shows.", "$82 million", metric="funding_raised"),
    row("The treasury firm completed sales of $150 million of its class A shares under the ATM "
        "program.", "$150 million", metric="funding_raised"),
    row("Secondary sales of $9.4 million on the game's marketplace made it the best week since "
        "launch.", "$9.4 million", metric="trading_volume"),
    row("Solana notched a gain of $14 on the day as the ETF decision neared.", "$14",
        metric="price"),
    row("The indictment says he hid $1.3 million in gains from selling bitcoin in 2022.",
        "$1.3 million", metric="profit"),
    known("a company's sales of its own products are read as a market's volume, not revenue",
          "The rig maker said sales of its hydro-cooled miners fell to $61 million in the "
          "quarter.", "$61 million", metric="revenue"),
    row("Staff turnover at the payments company rose to 22% last year.", "22%",
        metric="other"),
    known("turnover with its people after it ('turnover among engineers') is read as a "
          "market's turnover", "Turnover among the exchange's engineers reached 31% in 2024.",
          "31%", metric="other"),
    row("Turnover on the won exchange fell 9% week on week, its own data show.", "9%",
        metric="trading_volume"),
    # a sum an agency took is counted in the coin named right after it; two coins name none
    row("Border police seized $7 million in USDT from a courier, officials said.",
        "$7 million", metric="fine", asset="USDT"),
    row("Investigators seized about $2 million worth of ether from the laptops.", "$2 million",
        metric="fine", asset="ETH"),
    row("The tax agency seized R$9 million of bitcoin and tether from the group.",
        "R$9 million", metric="fine", asset=None),
    row("Regulators fined the broker $3 million in the case, its statement said.",
        "$3 million", asset=None),
    known("a payment made to settle charges is read as a transaction's value, not a fine",
          "The exchange agreed to a payment of $85 million to settle the charges.",
          "$85 million", metric="fine"),
]  # fmt: skip

# a platform's own volume or head count is no figure of the whole crypto market
PLATFORM_ASSET_ROWS = [
    row("Bettors wagered $540 million on the mayoral race, the prediction market said.",
        "$540 million", metric="trading_volume", asset=None),
    row("The game's marketplace drew 48,300 buyers in its first month.", "48,300",
        metric="participants", asset=None),
    row("The remittance app now serves 2.6 million customers in Mexico.", "2.6 million",
        metric="participants", asset=None),
    # twins: volumes of the market, liquidated traders and crypto owners stay the market's
    row("Spot trading volume across centralized exchanges rose to $1.1 trillion in November.",
        "$1.1 trillion", metric="trading_volume", asset="CRYPTO"),
    row("More than 190,000 traders were liquidated over 24 hours as prices tumbled.",
        "190,000", asset="CRYPTO"),
]  # fmt: skip


# a rate moved by basis points: the noun before "by" is what moved, no money raised
RATE_MOVE_ROWS = [
    row("The Fed raised rates by 25 basis points on Wednesday, its third hike of the year.",
        "25 basis points", metric="other"),
    row("The central bank raised its policy rate by 75 bps, more than economists expected.",
        "75 bps", metric="other"),
    row("Policymakers raised rates by 0.25 percentage points in March.",
        "0.25 percentage points", metric="other"),
    known("a rate moved with no 'by' before the figure is not read as the rate's move yet",
          "The RBA raised the cash rate 25bp to 4.35% on Tuesday.", "25bp", metric="other"),
    # twins: money raised, a dominance rating, a bounty's reward
    row("The startup raised $25 million in a Series A round led by Paradigm.", "$25 million",
        metric="funding_raised"),
    row("On CoinMarketCap, ether holds an 18% dominance rating, with bitcoin at 49.8%.", "18%",
        metric="market_cap"),
    row("The team promised a reward of $500,000 for information leading to the hacker.",
        "$500,000", metric="other"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    VOLUME_ROWS
    + TVL_ROWS
    + FEES_AND_EARNINGS_ROWS
    + OTHER_ROWS
    + FINE_AND_PAYMENT_ROWS
    + COUNT_AND_SUPPLY_ROWS
    + RATE_MOVE_ROWS
    + NARROWED_ROWS
    + PLATFORM_ASSET_ROWS,
)
def test_own_noun(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


def test_every_entry_is_written_in_lemmas_and_names_a_known_metric() -> None:
    with Lexicon.bundled().active():
        nouns, verbs = own_noun._entries()  # validates the lemmas
        assert "royalty" in nouns and "seize" in verbs
        assert all(e.metric in METRICS for e in lexicon.quantity_nouns())


def test_an_entry_not_in_lemmas_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    Lexicon.bundled().to_disk(folder)
    with (folder / "quantity_nouns.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"words": "royalties", "metric": "fees"}) + "\n")
    with (
        Lexicon.from_disk(folder).active(),
        pytest.raises(
            LexiconError, match=r"quantity_nouns\.jsonl: 'royalties' is not written in lemmas"
        ),
    ):
        own_noun._entries()


def test_an_unknown_metric_names_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    Lexicon.bundled().to_disk(folder)
    with (folder / "quantity_nouns.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"words": "staking yield", "metric": "yields"}) + "\n")
    with pytest.raises(LexiconError, match=r"quantity_nouns\.jsonl:\d+: metric: .*unknown metric"):
        Lexicon.from_disk(folder)
