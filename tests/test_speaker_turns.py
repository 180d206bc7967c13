"""Who spoke, and until whom: "it said" goes back to the organisation that spoke last when
the organisation named since is no subject (a fund issuer's possessive, an object). Rows are
wire, fund-flow newsletter, exchange-note and regional-site sentences on topics no corpus
article covers; twins keep their reading.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

# "It said": the last speaker, not a fund issuer or venue named in passing since.
PRONOUN_ROWS = [
    row("Grayscale's fund shed $48 million, Flowmeter data showed. It said total outflows for "
        "the week reached $512 million.", "$512 million", source="Flowmeter"),
    row("Issuer data compiled by Farside showed BlackRock's fund took in $88 million while "
        "Grayscale's lost $31 million. It said the net figure was $57 million.", "$57 million",
        source="Farside Investors"),
    row("Tokenterminal said fee revenue on Uniswap's v4 pools rose to $41 million last month. "
        "It estimates annualised fees at close to $500 million.", "$500 million",
        source="Token Terminal"),
    row("Net flows into solana products turned positive at $14 million, with Bitwise's fund "
        "drawing most of it, data firm Flowmeter said on Friday. It said ether funds lost a "
        "combined $9 million over the same days.", "$9 million", source="Flowmeter"),
    row("Won-denominated trading slipped to 2.1 trillion won, with Upbit's share at 71%, "
        "analytics firm Dunamis Lens said. It said volume on the smaller venues had risen 24% "
        "since October.", "24%", source="Dunamis Lens"),
    row("Quillstat, a research shop, reported that withdrawals from Fidelity's ether product "
        "hit $19 million on Monday. It added that ether funds have now bled $740 million this "
        "month.", "$740 million", source="Quillstat"),
]  # fmt: skip

# The organisation named since is the subject ("Binance saw ... It said"), or no one else
# spoke: "it" stays the last organisation named.
PRONOUN_TWINS = [
    row("According to CoinGlass, Binance saw $120 million of long liquidations. It said it had "
        "raised margin requirements on 40 pairs.", "40", source="Binance"),
    row("Coinbase posted subscription revenue of $710 million, data from FactSet showed. It said "
        "transaction revenue was $1.05 billion.", "$1.05 billion", source="Coinbase"),
    row("Kraken said on Tuesday it had settled the case for $30 million. It said it would keep "
        "serving 2 million US clients.", "2 million", source="Kraken"),
    row("Galaxy Digital reported a quarterly loss of $295 million. It said trading volumes fell "
        "22% from the previous quarter.", "22%", source="Galaxy Digital"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), PRONOUN_ROWS + PRONOUN_TWINS)
def test_it_said_is_the_last_speaker(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
