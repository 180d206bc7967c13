"""Venues by default structure: a platform the sentence itself types ("the voting platform
Snapshot", "Lumora, the options venue,"), and no venue string that is not a name (an
adjective before a kind noun, "an Indonesian exchange"; a common noun capitalized by a
label, "Perp DEX volume"; a group of holders before the name, "Tokenholders of Kestrel").
The topics are ones no corpus article covers; each class has rows that must change and
twins that must not.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import known, link_for, row


def venue_of(text: str, quote: str, occurrence: int) -> dict[str, Any]:
    return {"venue": link_for(text, quote, occurrence).venue}


# A platform of any kind the sentence names with its kind word, before the name or in an
# appositive after it (closed by a comma or by the sentence's end).
PLATFORM_ROWS = [
    row("The proposal passed on the voting platform Snapshot with 91% support.", "91%",
        venue="Snapshot"),
    row("Lumora, the options venue, settled $1.4 billion of contracts at Friday's expiry.",
        "$1.4 billion", venue="Lumora"),
    row("Some 9,800 buyers bought the passes on Kairo Market, the studio's marketplace.",
        "9,800", venue="Kairo Market"),
    row("Gamers spent $3.4 million on skins via Runeforge, the item marketplace, in October.",
        "$3.4 million", venue="Runeforge"),
    row("The motion cleared on governance platform Tally, drawing 12 million votes.",
        "12 million", venue="Tally"),
    row("Banks moved 2.3 billion baht through Siam Rail, the pilot's payment platform, in "
        "March.", "2.3 billion baht", venue="Siam Rail"),
]  # fmt: skip

PLATFORM_TWINS = [
    row("Bitcoin fees paid to miners rose to $2 million on Monday, Kivra Markets said.",
        "$2 million", venue=None),
    row("Kivra Markets said buyers paid $2 million in network fees on Monday.", "$2 million",
        venue=None),
    # a venue's name modifying the subject's noun is not the subject
    row("The Kestrel Exchange listing pushed network fees to $2 million on Friday.",
        "$2 million", venue=None),
    # a chain's own fees: a network is no venue
    row("The layer-2 network Tessel (TSL) unlocks tokens on Monday. Tessel charges users "
        "about $38,000 a day in fees.", "$38,000", venue=None),
    row("Traders drained $3 million from the Camelot pool on Sunday.", "$3 million",
        venue="Camelot"),
    row("The foundation said on its blog that 2 million tokens were burned.", "2 million",
        venue=None),
    row("Kairo, the game studio, raised $12 million from investors.", "$12 million",
        venue=None),
    # a platform of no market (messaging, social media, streaming) is no venue: FORMAT.md
    # has a venue an exchange or a protocol
    row("The messaging platform Quillo counts 40 million users, and its token rose 8%.",
        "40 million", venue=None),
    row("Scammers took $4 million from followers on the social media platform Rumbleo last "
        "month.", "$4 million", venue=None),
    row("Vantro, the streaming platform, paid creators $90 million last year.",
        "$90 million", venue=None),
]  # fmt: skip

# No venue that is not a name: a capitalized adjective after "a"/"an" before the kind noun,
# a label's common noun the article writes in lower case elsewhere, holders of the venue.
NAME_ROWS = [
    row("An Indonesian exchange lost $4 million in a hot-wallet breach last week, the police "
        "said.", "$4 million", venue=None),
    row("Options desks saw a quiet week.\nOptions Exchange volume: $3.1 billion\nOn most "
        "options venues, volume was flat.", "$3.1 billion", venue=None),
    row("Perp DEX volume: $41 billion (+6% w/w)\nOn-chain perp venues took 9% of all perp "
        "trading.", "$41 billion", venue=None),
    row("Tokenholders of Kestrel, the lending protocol, voted to move $30 million into "
        "T-bills.", "$30 million", venue="Kestrel"),
    known("a fee the venue's holders vote for: the holders, not the venue, open the clause",
          "Holders of Runeswap, the gaming DEX, approved a fee of 0.2% on Friday.", "0.2%",
          venue="Runeswap"),
]  # fmt: skip

NAME_TWINS = [
    row("The Hanbit Exchange handled 2.1 trillion won on Monday.", "2.1 trillion won",
        venue="Hanbit Exchange"),
    row("A Brazilian marketplace for game items settled $2.2 million of trades on Sunday.",
        "$2.2 million", venue=None),
    row("The Kairo Marketplace settled 9,800 item sales on Sunday.", "9,800", venue=None),
    row("Bank of Korea, the central bank, said 1.2 million wallets joined the pilot.",
        "1.2 million", venue=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    PLATFORM_ROWS + PLATFORM_TWINS + NAME_ROWS + NAME_TWINS,
)
def test_venue_by_default(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    assert venue_of(text, quote, occurrence) == expected
