"""A share of a group written in words: "one in twenty owners", "one in five American
adults", "one in a hundred wallets".

FORMAT.md: a bare ratio takes unit ``ratio``. The whole of the share may be a tens word
("twenty", "forty") or "a" and a scale word ("a hundred", "a thousand"), as it may be a
digit or a word under twenty; a capitalized word may qualify the group's noun ("five
American adults", "three Coinbase users"), as a lowercase one may. "One in" that is no
share keeps its reading: a noun that is no plural after it ("one in a long line", "one in
charge", "one in March"), a time ("one in twenty days"), a name ("One in Twenty Capital").
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, quotes, row

REACH_ROWS = [
    # a UK consumer survey: a tens word as the whole
    row("One in twenty crypto owners in Britain has lost coins to a scam, the FCA survey "
        "found.", "One in twenty", value=0.05, unit="ratio"),
    row("Roughly one in forty pension savers holds a bitcoin fund, the Ofsted-style review "
        "found.", "one in forty", value=0.025, unit="ratio", qualifier="approx"),
    # a US poll: a capitalized adjective before the group's noun
    row("About one in five American adults has owned crypto, a Pew survey found.",
        "one in five", value=0.2, unit="ratio", qualifier="approx"),
    row("One in three Coinbase users holds ether, the exchange's report showed.",
        "One in three", value=1 / 3, unit="ratio"),
    row("Nearly one in four Nigerian households uses a stablecoin for savings, the Lagos "
        "study said.", "one in four", value=0.25, unit="ratio", qualifier="approx"),
    # a markets desk: "a hundred" and "a thousand" as the whole
    row("Only one in a hundred wallets holds more than 1 BTC, Glassnode data show.",
        "one in a hundred", value=0.01, unit="ratio"),
    row("Fewer than one in a thousand card payments in Australia settle in crypto, the RBA "
        "said.", "one in a thousand", value=0.001, unit="ratio", qualifier="less_than"),
]  # fmt: skip

GAP_ROWS = [
    known("a share whose group's noun follows two capitalized words stays unread, and the "
          "whole takes the first as a coin", "Two in ten Bitcoin Core developers were paid "
          "by the fund.", "Two in ten", value=0.2, unit="ratio"),
    known("a share whose group's noun follows a qualifier in capitals ('UK', 'EU') stays "
          "unread", "One in ten UK adults owns crypto, the Financial Conduct Authority said.",
          "One in ten", value=0.1, unit="ratio"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS + GAP_ROWS)
def test_word_share(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund was one in a long line of failed crypto vehicles.", []),
        ("She was the one in charge of 40 engineers at the exchange.", ["40"]),
        ("He bought one in March and two in April for 3 ETH each.", ["3 ETH"]),
        ("Only one in twenty days saw net inflows.", []),
        ("One in Twenty Capital raised $5 million.", ["$5 million"]),
        ("Bitcoin rose for the third day in a row, one in a series of gains.", []),
    ],
)  # fmt: skip
def test_one_in_that_is_no_share(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected
