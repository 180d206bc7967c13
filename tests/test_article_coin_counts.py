"""A count written before a coin's ticker the lexicon does not know is an amount of that
coin where the article introduces the word as a coin anywhere (in brackets after its name,
"X tokens", "the X airdrop"), also above the sentence that introduces it: a headline's "150M
X" or "stake 25,000 X" before "paid in X tokens". An upper-case word the article never
introduces as a coin stays no unit ("5 million CET1 shares", "12 GPU clusters")."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

ROWS = [
    row("Holders can stake 25,000 VRL to reach the top tier; most cashback is now paid in VRL "
        "tokens.", "25,000 VRL", value=25_000, unit="VRL"),
    row("The MRSH airdrop sent 900 MRSH to the median wallet and 2.1 million MRSH to the "
        "largest.", "2.1 million MRSH", value=2.1e6, unit="MRSH"),
    row("Market makers sold 4.5 million GRNT on Tuesday, a day after the GRNT airdrop ended.",
        "4.5 million GRNT", value=4.5e6, unit="GRNT"),
    row("Voters backed the plan with 12.4 million DRFT against 3.1 million; DRFT holders had "
        "been split.", "12.4 million DRFT", value=1.24e7, unit="DRFT"),
    row("Stakers must lock 10,000 NIMB for the entry tier, the NIMB token's docs say.",
        "10,000 NIMB", value=10_000, unit="NIMB"),
    row("Season one, by the numbers: 80M PLVR to 96K wallets.\n\nPelver's PLVR airdrop closed "
        "on Monday.", "80M PLVR", value=8e7, unit="PLVR"),
]  # fmt: skip

TWINS = [
    # a bond's or a share's class is no coin: "buyback" names no coin's ticker
    row("The bank will buy back 5 million CET1 shares after its AT1 buyback.", "5 million",
        unit="count"),
    row("The SEC buyback rule applies to 12 NYSE firms, the agency said.", "12", unit="count"),
    # a coin's word before a counted noun counts that noun
    row("Lumen Bay (LBAY) listed 3 LBAY ETFs in Europe, and 14 LBAY holders sued.", "14",
        unit="count"),
    row("The South African Revenue Service (SARS) logged 148,000 returns and 2 SARS audits.",
        "2", unit="count"),
    # above the introduction too, a plural noun after the word makes it an adjective
    row("Operators plugged in 40,000 ASIC rigs last month; the ASIC token, a miners' reward "
        "coin, rose 9%.", "40,000", unit="count"),
    row("The lender will redeem 5 million AT1 notes, while its AT1 coin trades on Kraken.",
        "5 million", unit="count"),
    # a capital and one digit before "airdrop" or "tokens" is a season's or a layer's label,
    # no coin: the later tokens are no amount of it
    row("Season two wrapped up; the S2 airdrop hands 50 million tokens to 80,000 wallets.",
        "50 million", unit="count"),
    row("L2 tokens outperformed in June, and the L2 airdrop sent 1.2 million tokens to "
        "early bridgers.", "1.2 million", unit="count"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS + TWINS)
def test_article_coin_count(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
