"""Venues no lexicon lists, named by their kind or by the market slot they stand in.

FORMAT.md: a venue is where the figure's event happened. Besides exchanges and protocols,
news names games (their players, rewards and marketplaces), crypto ATM and kiosk operators
(their machines and blocked transfers) and registries (credits issued or retired) as the
place of the event, by a kind word before or after the name ("the blockchain game
Runeforge", "Starfall, a play-to-earn game,", "Bitcoin ATM operator Kioskly", "carbon
registry Terrabase"). An unknown capitalized name right after a market activity and "on"
("spot volume on Zephyrex", "longs were liquidated on Marlinex", "XRP futures on Parallax")
is the exchange or protocol it happened on. Twins: "on" before a date, a person, a chain or
market the lexicon knows, a stock exchange's place and "On-chain" labels.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

ON_NAME_ROWS = [
    row("Spot volume on Zephyrex climbed to $2.1 billion in the day after the listing, data "
        "showed.", "$2.1 billion", venue="Zephyrex"),
    row("Roughly $48 million of longs were liquidated on Marlinex as ether slid.",
        "$48 million", venue="Marlinex"),
    row("The pair now trades about $900 million a day on Quorra, a market maker said.",
        "$900 million", venue="Quorra"),
    row("Funding rates on Tidewave flipped negative at -0.02% overnight.", "-0.02%",
        venue="Tidewave"),
    row("Open interest for XRP futures on Parallax reached a record $1.7 billion.",
        "$1.7 billion", venue="Parallax"),
    row("Perpetuals volume on Helios Markets hit $640 million as SOL rallied.",
        "$640 million", venue="Helios Markets"),
]  # fmt: skip

KIND_ROWS = [
    row("Weekly players in Starfall, a play-to-earn game, dropped to 61,000.", "61,000",
        venue="Starfall"),
    row("The blockchain game Runeforge counted 240,000 daily active wallets in May.",
        "240,000", venue="Runeforge"),
    row("Bitcoin ATM operator Kioskly, which runs 1,900 machines in Texas, said it blocked "
        "3,100 suspicious transfers.", "3,100", venue="Kioskly"),
    row("Carbon registry Terrabase issued 1.4 million credits in the quarter.", "1.4 million",
        venue="Terrabase"),
    row("Greenledger, a carbon-credit registry, retired 410,000 credits last month.",
        "410,000", venue="Greenledger"),
]  # fmt: skip

TWINS = [
    row("Traders placed $12 million in bets on Harlan Voss winning the race.", "$12 million",
        venue=None),
    row("Bitcoin traded at $98,000 on Monday, up 2%.", "$98,000", venue=None),
    row("Coinbase shares traded at $310 on Nasdaq, up 4%.", "$310", venue=None),
    row("Trading volume on Wall Street's crypto desks rose 20%, a bank survey said.", "20%",
        venue=None),
    row("Options expiring on December 26 carry $14 billion in notional value.",
        "$14 billion", venue=None),
    row("On-chain data shows 42,000 BTC left exchanges last week.", "42,000 BTC", venue=None),
    row("On Friday, bitcoin fell 4% to $61,000.", "$61,000", venue=None),
    row("Carbon credits on the voluntary market fell 8% last year, a registry report said.",
        "8%", venue=None),
    # a named day is when, not where, even read without a date
    row("Spot volume on Juneteenth thinned to $19 billion with US banks shut.",
        "$19 billion", venue=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), ON_NAME_ROWS + KIND_ROWS + TWINS
)
def test_venue_kind(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
