"""A coin whose name is also a word ("Sand", "Link", "Near", "Rose", "Ray") is no coin where
the article writes it as the last word of a person's or a firm's name: after a capitalized
word that is no name of the same coin ("analyst Hildur Sand", "said Marco Near"). Its
ticker in capitals, a cashtag, or the name after a lower-case word ("gaming token Sand") or
after another name of the same coin ("Harmony One", "Stellar Lumens") still name the coin."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

# reach: a blog, a wire, a research note, a newsletter, a data site; the surname is the only
# asset word of the sentence, so the figure takes no coin from it
REACH_ROWS = [
    row(
        "The token's price slid 12% to $0.41 on Tuesday, according to a dashboard built by "
        "analyst Hildur Sand.",
        "$0.41",
        asset=None,
    ),
    row(
        "The vault's deposits reached $3.2 million by Friday, data compiled by researcher "
        "Petra Link showed.",
        "$3.2 million",
        asset=None,
    ),
    row(
        "Fees fell 6% to $1.1 million last week, said Marco Near, a partner at Lattice Research.",
        "$1.1 million",
        asset=None,
    ),
    row(
        "The index gained 4% in October, according to strategist Dana Rose of Corbel Markets.",
        "4%",
        asset=None,
    ),
    row(
        "Deposits rose to $84 million, wrote Ilse Ray, who tracks the protocol for Kestrel Data.",
        "$84 million",
        asset=None,
    ),
]

# twins: the coin's word-name after a lower-case word, after another name of the same coin,
# in a list of coins, or before a fund's noun, still names the coin
TWIN_ROWS = [
    row("Metaverse tokens Mana and Sand gained 4% on Tuesday.", "4%", asset="SAND"),
    row("Gaming token Sand rose 3% to $0.49.", "$0.49", asset="SAND"),
    row("Harmony One jumped 15% to $0.02 after the bridge reopened.", "15%", asset="ONE"),
    row("Stellar Lumens fell 3% to $0.11 in late trading.", "$0.11", asset="XLM"),
    # a fund named for the coin: the word before is the issuer's, the fund holds the coin
    row(
        "Clients pulled $22 million from the Bitwise Polygon fund in May.",
        "$22 million",
        asset="POL",
    ),
    row(
        "Outflows from the Grayscale Near Trust hit $9 million on the week.",
        "$9 million",
        asset="NEAR",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_surname_is_no_coin(text: str, quote: str, occurrence: int, expected: dict[str, object]):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_coin_word_name_still_names_it(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
