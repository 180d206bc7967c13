"""A reading of one coin's market, a premium of its local price over another or a gauge of
its derivatives ("the kimchi premium topped 4%", "the put/call ratio stands at 0.78", "MVRV at
1.61"), is that coin's figure where its sentence names none: it takes the coin the article is
about, else the one its paragraph names last. "Cost basis", "basis points", an insurance or
equity risk premium read no coin's market and keep no asset, nor does "basis" in an
adverbial of how a figure is counted ("on a quarterly basis", "on a per-wallet basis")."""

from __future__ import annotations

import pytest
from nlp_cases import check, known, row

_GAUGE_CASES = [
    (  # a Korean market wire
        "Bitcoin's kimchi premium narrows as Upbit volumes cool\n\n"
        "Bitcoin traded at 141.2 million won on Upbit on Friday morning, local data show.\n\n"
        "The premium narrowed to 2.1% from 3.4% a week earlier.\n",
        "2.1%",
        "BTC",
    ),
    (  # a Nigerian P2P desk report
        "Lagos traders pay up for USDT as naira weakens\n\n"
        "Demand for USDT on peer-to-peer desks in Lagos rose again in May.\n\n"
        "Buyers paid an average premium of 3.2% over the official rate, the desk said.\n",
        "3.2%",
        "USDT",
    ),
    (  # an options newsletter
        "Ether options: traders pile into puts ahead of the upgrade\n\n"
        "Ether options open interest climbed on Deribit this week as traders hedged.\n\n"
        "The put/call ratio rose to 0.93, its highest since March.\n",
        "0.93",
        "ETH",
    ),
    (  # an on-chain weekly
        "On-chain weekly: bitcoin holders sit on gains\n\n"
        "Bitcoin's long-term holders added to their coins for a fourth week.\n\n"
        "MVRV stood at 2.05, up from 1.88 a week earlier, Glassnode data show.\n",
        "2.05",
        "BTC",
    ),
    (  # a futures desk note
        "Solana futures draw record demand on CME\n\n"
        "Solana futures on CME drew record volume on Tuesday.\n\n"
        "The annualised basis on the front-month contract slipped to 6.2%.\n",
        "6.2%",
        "SOL",
    ),
    (  # a derivatives column
        "Bitcoin options price in a volatile month\n\n"
        "Bitcoin options buyers paid up for protection this week.\n\n"
        "One-month 25-delta skew flipped to 3.8% in favour of puts.\n",
        "3.8%",
        "BTC",
    ),
    (  # a Turkish market report
        "Turkish buyers pay more for tether as lira slides\n\n"
        "Tether (USDT) changed hands above the official lira rate on local desks this week.\n\n"
        "The premium on lira P2P desks reached 2.8% on Thursday.\n",
        "2.8%",
        "USDT",
    ),
]
_TWIN_CASES = [
    (
        "Bitcoin steadies after the Fed\n\n"
        "Bitcoin held near $97,000 on Thursday.\n\n"
        "The Fed cut its benchmark rate by 25 basis points, as expected.\n",
        "25 basis points",
        None,
    ),
    (
        "Bitcoin custodians face higher costs\n\n"
        "Bitcoin custodians are paying more to insure the coins they hold.\n\n"
        "Insurance premiums rose 12% this year, a broker said.\n",
        "12%",
        None,
    ),
    (
        "Bitcoin lags stocks in November\n\n"
        "Bitcoin slipped 4% in November while equities rallied.\n\n"
        "The equity risk premium stood at 4.1%, the bank's strategists wrote.\n",
        "4.1%",
        None,
    ),
    (
        "Bitcoin mortgage lender grows its book\n\n"
        "A Florida lender said its loans secured partly by bitcoin passed $500 million.\n\n"
        "Rate premium: 0.75%\n",
        "0.75%",
        None,
    ),
    (  # a tax desk: "on a per-wallet basis" says how gains are counted
        "Bitcoin traders face new tax rules\n\n"
        "Bitcoin traders in the US must report sales to the IRS from next year. Bitcoin gains "
        "are taxed.\n\n"
        "The rule applies on a per-wallet basis from 2026, with a 15% rate for most filers.\n",
        "15%",
        None,
    ),
    (  # a staking firm's results
        "Ether staking firm expands\n\n"
        "Ether staking provider Lidex said on Tuesday ether staking demand held up in the "
        "quarter.\n\n"
        "On a like-for-like basis, 64% of its staff now work outside Europe.\n",
        "64%",
        None,
    ),
    (  # a payments wire
        "Solana payments firm adds merchants\n\n"
        "Solana-based payments firm Sprout said Solana merchants settle within seconds.\n\n"
        "Staff are reviewed on a quarterly basis, and 12% received a bonus.\n",
        "12%",
        None,
    ),
    (  # a rating note
        "Ether staking firm expands\n\n"
        "Ether staking provider Lidex said on Tuesday ether staking demand held up in the "
        "quarter.\n\n"
        "On an annual basis, the firm's score rose to 78 out of 100.\n",
        "78",
        None,
    ),
    (  # a takeover wire: a premium to a share's closing price is the bidder's offer
        "Bitcoin miner agrees to be bought\n\n"
        "Bitcoin miner Hashline agreed on Monday to be acquired by a power company. Bitcoin "
        "miners have consolidated this year as bitcoin rewards shrank.\n\n"
        "The offer represents a 32% premium to Friday's closing price.\n",
        "32%",
        None,
    ),
    (  # a product note: "premium" modifies the service its price is of
        "Bitcoin app adds paid tier\n\n"
        "Bitcoin wallet maker Lumen said on Thursday bitcoin users can now pay for extras.\n\n"
        "Its premium service costs 4.99 a month.\n",
        "4.99",
        None,
    ),
    (  # a treasury company's shares trade at a premium to their own net asset value
        "Bitcoin treasury firm sells more shares\n\n"
        "Bitcoin treasury company Northvale said on Monday it bought 1,200 bitcoin, funded by "
        "an equity sale. Bitcoin now makes up most of its assets.\n\n"
        "The new shares were priced at a 15% premium to its net asset value.\n",
        "15%",
        None,
    ),
    (  # a media company's subscribers: "premium" modifies the subscribers counted
        "Bitcoin newsletter grows\n\n"
        "Bitcoin newsletter publisher Satsdesk said bitcoin readers kept paying in the "
        "quarter.\n\n"
        "Premium subscribers rose 12% from a year earlier, the company said.\n",
        "12%",
        None,
    ),
]

# reach: a coin's gauges in other outlets' words (a Korean wire, a Nigerian P2P report, an
# options newsletter, an on-chain weekly, a futures note, a derivatives column, a Turkish report)
REACH_ROWS = [row(text, quote, asset=want) for text, quote, want in _GAUGE_CASES]
TWIN_ROWS = [row(text, quote, asset=want) for text, quote, want in _TWIN_CASES]
KNOWN_ROWS = [
    known(
        "the article's most named coin is read from an exchange's name (Mercado Bitcoin), "
        "so a premium of the stablecoin the story is about takes BTC",
        "Brazilians pay up for USDT on Mercado Bitcoin\n\n"
        "Tether (USDT) changed hands at R$5.62 on Mercado Bitcoin on Tuesday. Mercado Bitcoin "
        "said demand rose, and Mercado Bitcoin added more desks.\n\n"
        "In July the premium was under 0.3%.\n",
        "0.3%",
        asset="USDT",
    ),
    known(
        "the article's topic coin comes before the coin the gauge's own paragraph is about: "
        "an ether put/call ratio in a story about bitcoin takes BTC",
        "Bitcoin options traders turn cautious\n\n"
        "Bitcoin fell 2% on Monday. Bitcoin options buyers paid for puts. Bitcoin's volatility "
        "rose.\n\n"
        "Ether traders were more bearish, with heavy put buying on Deribit. The put/call "
        "ratio jumped to 1.12.\n",
        "1.12",
        asset="ETH",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_a_coin_gauge_takes_the_article_coin(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_rates_and_insurance_premiums_take_no_coin(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), KNOWN_ROWS)
def test_known_gaps_of_coin_gauges(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
