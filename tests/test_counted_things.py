"""What a figure counts, read from its own head noun, its unit or the thing it is per, not
from the topic's words: people and accounts counted are participants, money spent, lent or
sent is a transaction value, a price per unit of a service is a fee, a price per unit of
energy or hashing work is none of the list's metrics, and what a pool holds
is its value locked. Every class has twins that must not change."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

# people and accounts counted by what they do with a product: subscribers, cardholders,
# players, borrowers, stakers, depositors, victims (participants in FORMAT's list)
PEOPLE_ROWS = [
    row("The wallet app now counts 2.3 million monthly subscribers, up from 1.6 million at the "
        "start of the year, the company said.",
        "2.3 million", metric="participants"),
    row("Roughly 410,000 cardholders used the debit card at least once in October, Pelion Pay "
        "disclosed in its quarterly letter.",
        "410,000", metric="participants"),
    row("The play-to-earn title drew 87,500 daily players on Sunday, a record for the game, "
        "according to DappRadar.",
        "87,500", metric="participants"),
    row("Some 6,200 borrowers took out loans against their ether on the platform last quarter.",
        "6,200", metric="participants"),
    row("Police in Manitoba said 18,400 victims had reported crypto investment scams since 2023.",
        "18,400", metric="participants"),
    row("Stakers: 950,000",
        "950,000", metric="participants"),
    row("Hollowfield's loyalty programme passed 1.2 million registered members this week.",
        "1.2 million", metric="participants"),
    row("The exchange onboarded 33,000 new depositors in the week after the listing, a "
        "spokesperson told reporters.",
        "33,000", metric="participants"),
    row("About 44% of subscribers pay annually rather than monthly, the firm said in a filing.",
        "44%", metric="participants"),
    row("Metric | Q3 | Q2 | Change\nMonthly active players | 5,400 | 4,100 | +32%",
        "5,400", metric="participants"),
]  # fmt: skip

# twins: staff, wallets funds were moved through, a token's price
PEOPLE_TWINS = [
    row("The lender cut 14 employees in Lisbon after the merger.",
        "14", metric="other"),
    row("The company hired 120 compliance staff during the month.",
        "120", metric="other"),
    row("The hacker moved the stolen ether through 12 fresh wallets before bridging it.",
        "12", metric="other"),
    row("The loyalty token traded at $3.20 on Tuesday, CoinGecko data show.",
        "$3.20", metric="price"),
]  # fmt: skip

# money spent, lent or sent: card spend, loans and mortgages originated, remittances,
# payments processed (transaction_value)
SPEND_ROWS = [
    row("Card spend on the Sable platform climbed to $2.4 billion in the third quarter, up 31% "
        "from a year earlier.",
        "$2.4 billion", metric="transaction_value"),
    row("Customers spent $880 million using the crypto-linked card during the holiday quarter, "
        "Pelion said.",
        "$880 million", metric="transaction_value"),
    row("Lenders originated $1.3 billion of bitcoin-backed mortgages in the first half, "
        "according to an industry tally.",
        "$1.3 billion", metric="transaction_value"),
    row("The average loan was $410,000, the fintech said, with most borrowers pledging ether.",
        "$410,000", metric="transaction_value"),
    row("Loan originations rose to $560 million in September from $420 million in August.",
        "$560 million", metric="transaction_value"),
    row("The protocol has lent $75 million in stablecoins against tokenised treasuries since "
        "March.",
        "$75 million", metric="transaction_value"),
    row("Remittances routed through the stablecoin corridor hit $3.1 billion last year, a "
        "central bank report said.",
        "$3.1 billion", metric="transaction_value"),
    row("Merchants processed $95 million in crypto payments through the gateway in November.",
        "$95 million", metric="transaction_value"),
    row("The firm said total spending on its prepaid cards reached $220 million for the month.",
        "$220 million", metric="transaction_value"),
    row("Consumer spend through crypto-linked cards hit $1.2 billion last year, the network said.",
        "$1.2 billion", metric="transaction_value"),
]  # fmt: skip

# twins: what the card issuer earned, a fee on transactions, a spending limit, loans still
# owed (a balance), collateral held for loans
SPEND_TWINS = [
    row("Net revenue rose to $27 million in the quarter, the card issuer said.",
        "$27 million", metric="revenue"),
    row("The card carries a 1.5% fee on foreign transactions.",
        "1.5%", metric="fees"),
    row("Customers may spend no more than $2,000 a day with the card.",
        "$2,000", metric="other"),
    row("The lender currently has $410 million in outstanding loans across 52 clients.",
        "$410 million", metric="other"),
    row("The custodian safeguards about 5,200 BTC of loan collateral for three lenders.",
        "5,200 BTC", metric="other"),
    # loans named after the figure may be owed or liquidated, no money lent (known gaps); a
    # company's own outlay ('marketing spend', 'ad spend') is no spend through a product
    known("loans named after the figure are read as lent whatever the verb: owed",
          "The bankrupt lender still owes $1.2 billion of loans to its creditors.",
          "$1.2 billion", metric="other"),
    known("loans named after the figure are read as lent whatever the verb: liquidated",
          "About $40 million of loans were liquidated on Aave as ether slid on Monday.",
          "$40 million", metric="liquidations"),
    row("Marketing spend rose to $45 million in the quarter, the exchange's filing shows.",
        "$45 million", metric="other"),
    row("Ad spend by crypto firms topped $30 million during the Super Bowl broadcast.",
        "$30 million", metric="other"),
]  # fmt: skip

# a price per unit of a service (compute, storage, bandwidth, a subscription month) is
# what users pay the provider: fees
SERVICE_PRICE_ROWS = [
    row("The decentralised GPU network charges $1.20 per GPU-hour for H100 capacity, its "
        "pricing page shows.",
        "$1.20", metric="fees"),
    row("Renting an A100 on the marketplace costs $2.15 an hour, down from $3.40 in March.",
        "$2.15", metric="fees"),
    row("Storage on the network is priced at $0.90 per terabyte per month, a fraction of what "
        "cloud providers ask.",
        "$0.90", metric="fees"),
    row("The premium tier launched at $4.99 a month, with 12,000 sign-ups in its first week.",
        "$4.99", metric="fees"),
    row("Bandwidth on the decentralised CDN is billed at $0.002 per GB.",
        "$0.002", metric="fees"),
    row("The node-hosting service charges $12 a month per validator.",
        "$12", metric="fees"),
    row("GPU rental prices on the marketplace climbed to $2.50 an hour in May.",
        "$2.50", metric="fees"),
    row("Price per TB: $0.45",
        "$0.45", metric="fees"),
    row("Hyperscale clouds charge about $3.00 per hour for comparable chips.",
        "$3.00", metric="fees"),
]  # fmt: skip

# twins: a traded good's price per tonne, a burn or a limit per month, a price a month ago,
# a power price per megawatt-hour, a total cost per year
SERVICE_PRICE_TWINS = [
    row("Carbon tokens traded at $3.85 per tonne on Monday, Toucan data show.",
        "$3.85", metric="price"),
    row("The studio's current burn is roughly $300,000 a month, its co-founder said.",
        "$300,000", metric="other"),
    row("Users may withdraw no more than $50,000 a month under the new rules.",
        "$50,000", metric="other"),
    row("Bitcoin traded near $92,000 a month ago, before the sell-off.",
        "$92,000", metric="price"),
    row("Wholesale power averaged $41 per megawatt-hour in Texas in October.",
        "$41", metric="other"),
    row("Fraud costs the country's banks more than $4 billion a year, according to estimates.",
        "$4 billion", metric="other"),
    # a move per unit of time beside a price word is a move, no price of a service
    row("Bitcoin's price climbed by $1,000 an hour during Tuesday's short squeeze.",
        "$1,000", metric="price_change"),
    row("The token's price slid $0.05 a day through most of March, Kaiko data show.",
        "$0.05", metric="price_change"),
    known("labour and housing priced per hour or month are read as a service's fee",
          "Wages in the region cost about $25 an hour, making the site attractive to miners.",
          "$25", metric="other"),
    known("labour and housing priced per hour or month are read as a service's fee",
          "Apartment rents in the city average $2,400 a month, and some landlords take bitcoin.",
          "$2,400", metric="other"),
]  # fmt: skip

# a price per unit of energy, power or hashing work (a rig's price per terahash, a hosting
# rate per kilowatt-hour) names no metric of the list: other, wherever the unit is written
PHYSICAL_RATE_ROWS = [
    row("Hashgrid's latest auction cleared new-generation rigs at $17.25 per terahash, a "
        "three-month high.",
        "$17.25", metric="other"),
    row("The operator agreed to host 4,000 machines for Ardent Mining at 6.1 cents a "
        "kilowatt-hour, the miner said in a statement.",
        "6.1 cents", metric="other"),
    row("Secondary-market S19j Pro units now change hands for about $4/TH, brokers told "
        "clients in a note.",
        "$4/TH", metric="other"),
    row("ERCOT North hub power settled at $58 per MWh on Tuesday as demand spiked.",
        "$58", metric="other"),
    row("| Model | Efficiency | Price per TH |\n|---|---|---|\n"
        "| Bitmain S21 XP | 13.5 J/TH | $21.40 |\n| MicroBT M60S | 18.5 J/TH | $12.85 |",
        "$12.85", metric="other"),
    row("Hosting rate per kWh: $0.068",
        "$0.068", metric="other"),
    row("The Norwegian site signed a five-year contract at about $42 a megawatt-hour, well "
        "below spot.",
        "$42", metric="other"),
    # the first end of a range and the earlier value share the rate's unit
    row("Brokers quote mid-tier rigs at $9 to $12 per terahash this month, TheMinerMag "
        "reported.",
        "$9", metric="other"),
    row("The miner's average power cost fell to 3.6 cents per kWh in the quarter, from 4.1 "
        "cents a year earlier.",
        "4.1 cents", metric="other"),
]  # fmt: skip

# twins: a coin's price per coin, a traded good per tonne, a service per GPU-hour, an
# earlier price, a total for rigs, a hashrate, and what a unit of hashing earns
PHYSICAL_RATE_TWINS = [
    row("Bitcoin traded at $92,400 per coin on Coinbase on Friday.",
        "$92,400", metric="price"),
    row("The GPU network charges $1.90 per GPU-hour for its H200 capacity.",
        "$1.90", metric="fees"),
    row("Bitcoin rose to $97,500 on Friday, up from $91,200 a week earlier.",
        "$91,200", metric="price"),
    row("Tundra paid $106 million for the rigs, the filing shows.",
        "$106 million", metric="transaction_value"),
    row("The miner's realized hashrate rose to 31.2 EH/s in October, up from 28.9 EH/s.",
        "31.2 EH/s", metric="hashrate"),
    row("The company's hosting revenue rose to $2.4 million per MW of capacity in 2025.",
        "$2.4 million", metric="revenue"),
    # a "from" figure of another subject the next clause brings is no earlier rate: a coin
    # named between, another currency or another order of magnitude
    row("The miner cut its power cost to 3.5 cents per kWh as bitcoin slid from $98,000.",
        "$98,000", metric="price"),
    row("The operator's power bill fell to 4 cents per kWh after prices retreated from $112,000 "
        "in October.",
        "$112,000", metric="price"),
    row("Texas power spiked to $1,800 per MWh on Tuesday, up from $40 a week earlier.",
        "$40", metric="other"),
    known("a power market named as 'the X pool' is read as a venue once its price per MWh is "
          "`other` (venue_names reads 'the Camelot pool' for every metric but a price)",
          "Electricity in the Nordic pool averaged EUR 38 per MWh in the quarter.",
          "EUR 38", metric="other", venue=None),
    known("a hashprice level is read as a price: the subject's revenue is not reached",
          "Hashprice, the expected daily revenue per petahash, slumped to $41.20 per PH/s on "
          "Monday, Luxor data show.",
          "$41.20", metric="revenue"),
]  # fmt: skip

# a fund's net asset value (NAV) is what the fund holds, like its net assets: holdings
FUND_BOOK_ROWS = [
    row("Kestrel Crypto Opportunities reported a net asset value of $88.3 million at the end "
        "of September, its investor letter shows.",
        "$88.3 million", metric="holdings"),
    row("The fund's NAV climbed to $412m in the quarter as bitcoin rallied.",
        "$412m", metric="holdings"),
    row("NAV per the administrator: $57.9 million",
        "$57.9 million", metric="holdings"),
    row("Marlow Digital's flagship vehicle ended June with NAV of about €140 million, down from "
        "€151 million in March.",
        "€140 million", metric="holdings"),
    row("| Fund | NAV | Return, Q3 |\n|---|---|---|\n| Marlow Alpha | $92.4m | +8.1% |\n"
        "| Marlow Yield | $31.0m | +2.2% |",
        "$92.4m", metric="holdings"),
    row("Its net asset value stood at $2.3 billion on Friday, the trust said.",
        "$2.3 billion", metric="holdings"),
]  # fmt: skip

# twins: a fee as a share of NAV, a multiple of NAV, a discount to NAV, the ETFs' net assets
FUND_BOOK_TWINS = [
    row("Management fees were $1.07 million, or 0.5% of average NAV, the letter shows.",
        "0.5%", metric="fees"),
    row("Metaplanet trades at an mNAV of 1.8, down from 3.1 in June.",
        "1.8", metric="other"),
    row("The trust's shares traded at a 12% discount to NAV on Monday.",
        "12%", metric="other"),
    row("Total net assets of the spot bitcoin ETFs stood at $131 billion, SoSoValue data show.",
        "$131 billion", metric="holdings"),
]  # fmt: skip

# what a liquidity or lending pool holds for its users is its value locked (tvl)
POOL_ROWS = [
    row("Liquidity pools held $96 million of the token at month-end, 58% of it on Uniswap.",
        "$96 million", metric="tvl"),
    row("The ETH-USDC pool on Aerodrome holds about $14 million, DefiLlama data show.",
        "$14 million", metric="tvl"),
    known("a label line's pool of a quantity unit is read as no metric: the label's own head is "
          "not reached for tonnes",
          "BCT pool: 3.1 million tonnes",
          "3.1 million tonnes", metric="tvl"),
    known("deposits in a pool are not read as the pool's balance: 'deposit' alone is also an "
          "exchange flow",
          "Deposits in the protocol's lending pools fell to $210 million after the exploit.",
          "$210 million", metric="tvl"),
    row("The insurance pool stood at $48 million at the end of the quarter.",
        "$48 million", metric="tvl"),
]  # fmt: skip

# twins: a mining pool's share of hashrate, a pool's fee, a reward or prize pool to pay out
POOL_TWINS = [
    row("Foundry's mining pool held 28% of the network's hashrate in October.",
        "28%", metric="hashrate"),
    row("The pool charges a 0.3% fee on every swap, the team said.",
        "0.3%", metric="fees"),
    row("Players will be rewarded from a pool of 5 million tokens for inviting friends, the "
        "studio said.",
        "5 million", metric="other"),
    row("The hackathon offers a prize pool of $2 million across six tracks.",
        "$2 million", metric="other"),
    known("a fund set up as a pool ('a $20 million pool for developers') is read as value "
          "locked",
          "The foundation set up a $20 million pool for developers building on the chain.",
          "$20 million", metric="other"),
]  # fmt: skip


# a move set right after a level figure ("reached $1.04 billion, up 38%") is a move of what
# the level's own noun names
LEVEL_MOVE_ROWS = [
    row("Total card spend reached $1.04 billion, up 38% from a year earlier.",
        "38%", metric="transaction_value"),
    row("Net revenue rose to $27.6 million, up 12% from the second quarter.",
        "12%", metric="revenue"),
    row("Monthly subscribers climbed to 2.3 million, up 9% on the quarter.",
        "9%", metric="participants"),
    row("Spot volume hit $41 billion on Friday, down 14% from Thursday.",
        "14%", metric="trading_volume"),
    row("Fees on the network fell to $3.1 million, a 5% drop from last week.",
        "5%", metric="fees"),
    row("Loan originations totalled $560 million, up 22% year on year, the lender said.",
        "22%", metric="transaction_value"),
    row("Creator royalties on the marketplace came to 310 ETH, down 41% from August.",
        "41%", metric="fees"),
    row("Active cardholders stood at 612,000 at the end of September, up 37%.",
        "37%", metric="participants"),
]  # fmt: skip

# twins: a price level's move stays a price change, a share of supply stays supply
LEVEL_MOVE_TWINS = [
    row("Bitcoin rose to $92,000, up 3% on the day, CoinGecko data show.",
        "3%", metric="price_change"),
    row("Coinbase shares closed at $241, up 6% after the earnings call.",
        "6%", metric="price_change"),
    row("Total staked reached 34 million ETH, or 28% of supply, per Dune.",
        "28%", metric="supply"),
]  # fmt: skip

# signed cells under a flow column are fund flows, their sign the side (an ETF flow where
# ETFs are named)
FLOW_CELL_ROWS = [
    row("Estimated index flows:\n\nAsset | Weight | Est. flow\nBTC | 30% | -$120M\nETH | 25% | "
        "+$40M",
        "-$120M", metric="fund_flow", side="outflow"),
    row("Estimated index flows:\n\nAsset | Weight | Est. flow\nBTC | 30% | -$120M\nETH | 25% | "
        "+$40M",
        "+$40M", metric="fund_flow", side="inflow"),
    row("Coin | Net flow (week)\nSOL | +$310M\nXRP | -$45M",
        "+$310M", metric="fund_flow", side="inflow"),
    row("Coin | Net flow (week)\nSOL | +$310M\nXRP | -$45M",
        "-$45M", metric="fund_flow", side="outflow"),
    row("Product\tAUM\tWeekly flow\nBitcoin ETP\t$4.1bn\t-$220m\nEther ETP\t$1.3bn\t+$18m",
        "-$220m", metric="fund_flow", side="outflow"),
    row("Chain | Net bridge flow\nBase | +41,000 ETH\nArbitrum | -12,500 ETH",
        "+41,000 ETH", metric="fund_flow", side="inflow"),
]  # fmt: skip

# twins: ETF flows stay ETF flows, cash flow and order flow are no fund flows, a signed
# price move stays a price change
FLOW_TWINS = [
    row("Spot bitcoin ETFs saw net flows of $500 million on Monday, Farside data show.",
        "$500 million", metric="etf_flow"),
    row("US spot ether ETFs recorded $1.2 billion in flows last week.",
        "$1.2 billion", metric="etf_flow"),
    row("Digital asset investment products saw $2.1 billion in inflows last week, CoinShares "
        "said.",
        "$2.1 billion", metric="fund_flow"),
    row("Fund | Net flow\nIBIT | +$210M\nFBTC | -$96M",
        "-$96M", metric="etf_flow", side="outflow"),
    row("The miner reported operating cash flow of $12 million for the quarter.",
        "$12 million", metric="other"),
    row("The broker routed $3 billion of order flow to market makers in May.",
        "$3 billion", metric="other"),
    row("Asset | Price | 24h\nBTC | $91,200 | -4.1%",
        "-4.1%", metric="price_change"),
]  # fmt: skip

# what a vault holds for its depositors is its value locked
VAULT_ROWS = [
    row("The protocol's USDC vault holds $85 million after the incentive programme ended.",
        "$85 million", metric="tvl"),
    row("Morpho's flagship USDC vault held $412 million on Friday, according to its dashboard.",
        "$412 million", metric="tvl"),
    # an adverb between a subject and 'holds' ('the vault now holds') is read through
    row("The restaking vault now holds 18,400 ETH, its curator said.",
        "18,400 ETH", metric="tvl"),
]  # fmt: skip

# twins: a fund named 'Vault', a count of a vault's depositors
VAULT_TWINS = [
    row("Aurum Vault charges a 0.25% fee on creations and redemptions.",
        "0.25%", metric="fees"),
    row("The vault has 3,100 depositors, the team said.",
        "3,100", metric="participants"),
]  # fmt: skip

# rewards and cashback a company pays its customers have no metric of their own: other
REWARD_ROWS = [
    row("The card issuer paid $6.8 million in cashback rewards during the quarter.",
        "$6.8 million", metric="other"),
    row("The exchange handed out 1.2 million ARB in referral rewards in October.",
        "1.2 million ARB", metric="other"),
    row("Users earned $2.4 million in cashback last quarter, the fintech said.",
        "$2.4 million", metric="other"),
]  # fmt: skip

# twins: validator and block rewards are revenue
REWARD_TWINS = [
    row("Ethereum validators collected 9,840 ETH in execution-layer rewards last week.",
        "9,840 ETH", metric="revenue"),
    row("The mining pool paid out $14 million in block rewards to its members in October.",
        "$14 million", metric="revenue"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    PEOPLE_ROWS
    + PEOPLE_TWINS
    + SPEND_ROWS
    + SPEND_TWINS
    + SERVICE_PRICE_ROWS
    + SERVICE_PRICE_TWINS
    + PHYSICAL_RATE_ROWS
    + PHYSICAL_RATE_TWINS
    + FUND_BOOK_ROWS
    + FUND_BOOK_TWINS
    + POOL_ROWS
    + POOL_TWINS
    + LEVEL_MOVE_ROWS
    + LEVEL_MOVE_TWINS
    + FLOW_CELL_ROWS
    + FLOW_TWINS
    + VAULT_ROWS
    + VAULT_TWINS
    + REWARD_ROWS
    + REWARD_TWINS,
)
def test_what_the_figure_counts(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
