"""A coin the lexicon does not know, introduced by the article itself (its ticker in brackets
after its name, "the token X", "X token"), is the unit and asset of the counts written in its
ticker ("310 million ZRTH"), before and after the brackets. Twins: counts beside a ticker that
is no coin (a company's stock, an agency's initials, a unit) stay counts."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

COIN_COUNT_ROWS = [
    # a ticker named in the lede before the body brackets it
    row("Cobalt's unlock is next week. If you hold ZRTH, mark Monday: Zorith (ZRTH) releases "
        "310 million ZRTH, worth roughly $124 million, to early backers.", "310 million ZRTH",
        unit="ZRTH", kind="crypto", value=310e6, asset="ZRTH"),
    row("Vela USD (VUSD) slid to $0.874. A wallet pulled 84 million VUSD from the pool, and "
        "total supply fell to 1.62 billion VUSD.", "84 million VUSD", unit="VUSD",
        asset="VUSD"),
    row("Vela USD (VUSD) slid to $0.874. A wallet pulled 84 million VUSD from the pool, and "
        "total supply fell to 1.62 billion VUSD.", "1.62 billion VUSD", unit="VUSD",
        asset="VUSD", metric="supply"),
    row("Layer-1 project Quillet (QLTR) opens its first cliff next week. Next week, 42 million "
        "QLTR hit the market.", "42 million QLTR", unit="QLTR", asset="QLTR"),
    row("The airdrop of the MOSK token sent 250 million MOSK to 96,000 wallets in March.",
        "250 million MOSK", unit="MOSK", asset="MOSK"),
    row("Decentralized finance protocol Helix (HLXT) said it burned 9.5 million HLXT from the "
        "treasury on Thursday.", "9.5 million HLXT", unit="HLXT", asset="HLXT"),
    row("Open interest in PRYM perpetuals on Bybit climbed to $44 million after Prymal (PRYM) "
        "moved 20 million PRYM to a market maker.", "20 million PRYM", unit="PRYM",
        asset="PRYM"),
    # twins: a count beside the brackets, a unit the article never named a coin, a company's
    # shares and an agency's initials are no coin amounts
    row("The exchange listed 12 new tokens on Monday, including Quillet (QLTR), and 3 of them "
        "doubled.", "12", unit="count"),
    row("Solana processed 65,000 TPS in the stress test, Firedancer developers said.", "65,000",
        unit="count"),
    row("Bitcoin miner Greyrock Digital (GRDG) mined 402 BTC in October. Insiders sold 4 million "
        "GRDG shares last week.", "4 million", unit="count"),
    row("The Financial Action Task Force (FATF) said 75 jurisdictions have adopted the travel "
        "rule; FATF expects 20 more next year.", "20", unit="count", asset=None),
    # twins: a noun after the ticker is what is counted (holders, funds), the ticker its
    # adjective
    row("Nimbra (NMBR) unlocked 80 million NMBR on Monday; the drop reached 310,000 NMBR holders "
        "across three chains.", "310,000", unit="count"),
    row("Asset managers filed for 2 NMBR ETFs in May after Nimbra (NMBR) released 40 million "
        "NMBR to its treasury.", "2", unit="count"),
    row("Nimbra (NMBR) sent 40 million NMBR to market makers, and 3 NMBR-based funds now hold "
        "the token.", "3", unit="count"),
    row("Nimbra (NMBR) sent 40 million NMBR to market makers, and 3 NMBR-based funds now hold "
        "the token.", "40 million NMBR", unit="NMBR"),
    row("Nimbra (NMBR) minted 1,200,000 NMBR tokens for 52,000 NMBR stakers last week.",
        "1,200,000 NMBR", unit="NMBR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), COIN_COUNT_ROWS)
def test_coin_count(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
