"""Venues by class: a venue no lexicon lists, named as one by the article's own words; a
price quoted at one market; a figure in an appositive of the clause that names its venue.
Each class has rows that must change and twins that must not.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

_VEYRA = (
    "Lending protocol Veyra Finance was drained of $12 million on Sunday. Veyra paused its "
    "markets. The attacker swapped the loot for 4,000 ETH. Veyra's treasury holds $5 million. "
    "The exploit is the third this year."
)

_ZEPHYR = (
    "Zephyr Labs loses $14 million\n\nZephyr Labs, a lending protocol, was exploited on "
    "Sunday. The attacker drained $14.2 million. Zephyr Labs paused its markets.\n\n"
)

# A name is a venue when its last word, a noun before it or an appositive after it says so,
# or the article trades on it; the body's first form names it ("bridge Kestrel" over the
# headline's "Kestrel Bridge"), and its first word alone is the same venue.
UNLISTED_ROWS = [
    row("Crypto exchange Zorbex said it processed $3 billion in trades last week, and Zorbex "
        "users topped 2 million.", "2 million", venue="Zorbex"),
    row("Seoul regulators fined Hanul Exchange 12 billion won on Tuesday.", "12 billion won",
        venue="Hanul Exchange"),
    row("Orbita, a derivatives platform on Solana, saw $40 million of liquidations on Friday.",
        "$40 million", venue="Orbita"),
    row(_VEYRA, "4,000 ETH", venue="Veyra Finance"),
    row(_VEYRA, "$5 million", venue="Veyra Finance"),
    row("Pontis Bridge hacked for $9 million\n\nCross-chain bridge Pontis lost $9 million on "
        "Sunday, and Pontis paused withdrawals. The attacker moved 3,000 ETH. Pontis offered a "
        "bounty.", "3,000 ETH", venue="Pontis"),
    # a hack story's venue stops at a sentence turning to another event or naming another
    # party as the one that lost the figure; it goes on through the story's own sentences
    row(_ZEPHYR + "Separately, Zephyr's rival Aurum lost $2 million on Saturday, PeckShield "
        "said.", "$2 million", venue=None),
    row(_ZEPHYR + "According to the post-mortem published by security firm PeckShield, "
        "Zephyr's rival Aurum lost $2 million.", "$2 million", venue=None),
    row(_ZEPHYR + "Zephyr lost $2 million more from a second pool, the team said.",
        "$2 million", venue="Zephyr Labs"),
    row(_ZEPHYR + "Lenders lost $2 million, PeckShield said.", "$2 million",
        venue="Zephyr Labs"),
    # the name an attack was done to is the hack story's venue, however often the
    # attacker's deposit exchange is named; an attack of another year is not
    row("Ferrox Finance drained of $7 million\n\nFerrox Finance was exploited for $7 million "
        "on Saturday. The attacker sent $2 million to Binance, then $1 million more to "
        "Binance, and $500,000 to Binance via a bridge. Binance froze part of the funds. "
        "Binance later said it had blocked $800,000.", "$7 million", occurrence=2,
        venue="Ferrox Finance"),
    row("Upbit was hacked for $36 million on Thursday. Upbit said it would cover the losses. "
        "The attacker sent $2 million to Binance.", "$2 million", venue="Binance"),
    row("Kestrel Bridge loses $11 million\n\nThe Kestrel Bridge lost $11 million on Sunday, "
        "and Kestrel paused deposits. The Ronin Bridge was hacked in 2022 for $625 million.",
        "$11 million", occurrence=2, venue="Kestrel Bridge"),
    # a kind word is a name's kind only heading its phrase ("the Tornado protocol mixer" is
    # a mixer); a name in quotation marks is a title, no market
    row("The attacker laundered $9 million through the Tornado protocol mixer after the "
        "Kestrel bridge exploit.", "$9 million", venue="Kestrel"),
    row("The Kestrel bridge was drained of $11 million on Sunday.", "$11 million",
        venue="Kestrel"),
    row('Another early Shabka project was the "Shabka Exchange", where members visited '
        "Vienna.\n\nThe Hub 2018 was Shabka's launch as a think tank based on two pillars.",
        "two", venue=None),
    # twins: a name whose last word is no venue's, where shares trade, an agency, a
    # reference that is no appositive, a story naming two venues alike
    row("Yahoo Finance data show bitcoin rose 3% to $90,000 on Monday.", "$90,000", venue=None),
    row("Shares of Circle rose 8% to $82 on the New York Stock Exchange.", "$82", venue=None),
    row("The Securities and Exchange Commission fined the firm $4 million, the agency said.",
        "$4 million", venue=None),
    row("According to the FIU, the exchange failed to verify 536,000 customers.", "536,000",
        venue=None),
    row("Regulators fined Hanul Exchange 12 billion won. Separately, exchange Tamra Coin was "
        "hacked, losing 300 BTC, and Tamra Coin said it would repay users. Hanul shares fell "
        "8.4% in Seoul.", "8.4%", venue=None),
]  # fmt: skip

# A price quoted at one market takes the venue "on" or "at" introduces right after it in its
# clause; an event at a venue or a venue of another clause does not.
PRICE_ROWS = [
    row("Bitcoin traded at $95,000 on Coinbase, according to Kaiko.", "$95,000",
        venue="Coinbase"),
    row("Ether touched $2,131 on the ETHUSDT pair on Bybit early on Friday.", "$2,131",
        venue="Bybit"),
    # twins
    row("IOST jumped 50% on Upbit listing news.", "50%", venue=None),
    row("Bitcoin fell 5% to $60,000 on Friday, before Binance halted withdrawals.", "$60,000",
        venue=None),
    row("Ether rose 3% at the open on Monday as Binance listed new pairs.", "3%", venue=None),
    row("Kraken listed the token on Monday. The token rose 40% to $1.20 on its first day.",
        "$1.20", venue=None),
]  # fmt: skip

# A figure in an appositive belongs to the clause it interrupts ("the largest order, a $9.8
# million long, was closed on Binance"), not to the clause before.
CLAUSE_ROWS = [
    row("OKX alone saw $60 million of long liquidations, and the largest single order, a $7.5 "
        "million ETH-USDT long, was closed on Bybit, CoinGlass data show.", "$7.5 million",
        venue="Bybit"),
    # twins
    row("Bybit alone saw $121 million of long liquidations, while OKX saw $80 million, "
        "CoinGlass data show.", "$121 million", venue="Bybit"),
    row("Binance's ratio is 1.59, while OKX's is 0.94.", "1.59", venue="Binance"),
]  # fmt: skip

# A venue that is its clause's subject reaches the clause's figures across an appositive
# set off by two commas ("Lido, the largest liquid staking protocol, holds ..."); a
# relative clause, a new clause after the aside or a count of unknown things does not.
APPOSITIVE_ROWS = [
    row("Uniswap, the biggest decentralized exchange, recorded 1.2 million active wallets in "
        "May.", "1.2 million", venue="Uniswap"),
    row("Lido, the largest liquid staking protocol, holds 9.4 million ETH on behalf of users.",
        "9.4 million ETH", venue="Lido"),
    row("Binance, the world's largest exchange by volume, processed net withdrawals of $1.6 "
        "billion in 24 hours, according to Nansen.", "$1.6 billion", venue="Binance"),
    row("Aave, DeFi's top lender, lost $300 million of deposits", "$300 million", venue="Aave"),
    row("A whale sold 4 million ARB tokens, worth about $3.2 million, on OKX on Friday, "
        "Lookonchain said.", "4 million ARB", venue="OKX"),
    # twins
    row("Binance, the world’s largest crypto exchange, may have been responsible for a spike "
        "in Ethereum's daily active users on two separate occasions this month.", "two",
        venue=None),
    row("Kraken, the US exchange, said it would cut 15% of staff, and OKX added 2 million "
        "users.", "15%", venue=None),
    row("Coinbase, which listed the token last week, and Kraken reported outages, while "
        "ether fell 4%.", "4%", venue=None),
]  # fmt: skip


# A clause whose subject points back to a venue ("The protocol earned", "the exchange had
# spent") is the story's venue's (the hacked one, else the one named more than all others
# together); an asset's market and a company's own money stay without one.
POINTED_ROWS = [
    row("Aave v4 goes live\n\nAave shipped its upgrade on Tuesday. Aave governance approved "
        "it last month. Aave's token rose.\n\nThe protocol earned $2.9 million in fees last "
        "week, Token Terminal data show.", "$2.9 million", venue="Aave"),
    row("This week at Binance: Binance listed three tokens and Binance cut spot fees. The "
        "exchange paid out $12 million in trading rewards last week.", "$12 million",
        venue="Binance"),
    row("Zorvex halts withdrawals\n\nCrypto exchange Zorvex halted withdrawals on Monday. "
        "Zorvex said it was investigating, and Zorvex users are angry.\n\nThe exchange spent "
        "$4 million on security audits this year, according to its filing.", "$4 million",
        venue="Zorvex"),
    # twins
    row("Aave deposits shrink\n\nAave lost deposits. Aave governance met. Aave's token fell."
        "\n\nEther, the largest collateral asset on the platform, lost 6.4% over the week to "
        "$3,215.", "6.4%", venue=None),
    row("Binance and OKX cut fees. Binance listed tokens, and OKX did too. The exchange paid "
        "out $12 million in rewards.", "$12 million", venue=None),
    row("Radiant hacked\n\nRadiant Capital was exploited. Radiant paused markets. Radiant "
        "said funds were safe.\n\nRadiant's token dropped by 9%, and the protocol is working "
        "with security firms.", "9%", venue=None),
]  # fmt: skip


# Whose clause a figure is in: a venue or a pointer to one ("the exchange") reaches a figure
# only as the subject of the figure's own verb. A speech verb or a subordinator after it
# opens a clause with its own subject; a possessed party ("Binance's founder", "the
# exchange's rival") is not the venue; "the platform" points to the nearest platform named.
_STORY = (
    "Binance added users in March. Binance said growth was strong, and Binance's app "
    "topped charts. "
)
OWNER_ROWS = [
    row(_STORY + "The exchange said US spot ETFs took in $500 million on Monday.",
        "$500 million", venue=None),
    row("Bybit was hacked for $1.5 billion in February. Bybit covered the loss, and Bybit "
        "users kept trading. The exchange said US spot ether ETFs lost $300 million that "
        "week.", "$300 million", venue=None),
    row(_STORY + "The exchange noted that Solana's DEX volume hit $3 billion.", "$3 billion",
        venue=None),
    row(_STORY + "The exchange said the broader market saw $1 billion in liquidations.",
        "$1 billion", venue=None),
    row(_STORY + "Pump.fun, a memecoin launchpad, also grew. The platform earned $2 million "
        "in fees on Monday.", "$2 million", venue=None),
    row("Coinbase, the US exchange, noted that 3 million users had left rival apps.",
        "3 million", venue=None),
    row("Coinbase, the US exchange, said that traders had pulled $2 billion from rival "
        "platforms.", "$2 billion", venue=None),
    row("Binance, the largest exchange, blamed rivals after traders pulled $2 billion from "
        "the market.", "$2 billion", venue=None),
    row("Hyperliquid's largest rival, a Solana-based perpetuals venue, handled $2 billion in "
        "volume on Monday.", "$2 billion", venue=None),
    row("Aave's biggest competitor, a newer lending market, now holds $6 billion in "
        "deposits.", "$6 billion", venue=None),
    row("Binance's founder, the billionaire Changpeng Zhao, holds 40,000 BTC in a personal "
        "wallet.", "40,000 BTC", venue=None),
    # twins
    row("OKX grew too. The exchange's users traded $5 billion on Monday.", "$5 billion",
        venue="OKX"),
    row("Lido, the largest staking protocol, lost share as new rivals drew 40,000 ETH in "
        "deposits.",
        "40,000 ETH", venue=None),
    row("Binance, the largest exchange, said rival OKX's users fell by 2 million.",
        "2 million", venue="OKX"),
    row("Justin Sun, an investor in HTX, withdrew $100 million from Aave.", "$100 million",
        venue="Aave"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    UNLISTED_ROWS + PRICE_ROWS + CLAUSE_ROWS + APPOSITIVE_ROWS + POINTED_ROWS + OWNER_ROWS,
)
def test_venue_by_class(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
