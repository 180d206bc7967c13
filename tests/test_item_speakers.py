"""A company speaking inside one list item ("1. Kelvane ... Kelvane says its network ...")
speaks for that item only: the items under it are about other parties, and the first item
is no lead line (a data provider cited there still carries, as in a paragraph). A lead line
that cites ("According to CoinGlass, the largest liquidations were:") still governs its
items, and a speaker still governs the rest of its own item. Rows are a venture roundup, an
exchange digest, a mining newsletter, a regional wire and a grants bulletin on topics no
corpus article covers; twins keep what they had.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

ITEM_ROWS = [
    row("Deals of the week\n\n1. Kelvane (proof markets) - $48 million Series A led by Halyard. "
        "Kelvane says its network has generated 2.6 million proofs since May.\n\n"
        "2. Ferrum Pay (payments) - $22.5 million seed. Ferrum processes about $310 million of "
        "payments a month.", "$310 million", source=None),
    row("Exchange notes\n- Orbex Markets said on Monday it had listed four tokens.\n"
        "- Tallow Markets cut its fees. Maker rebates now run at 0.02%.", "0.02%", source=None),
    row("Miner updates\n\n• Norrhash said it mined 412 BTC in October.\n\n"
        "• Quarry Digital switched on new machines in Ohio. Fleet hashrate reached 3.1 EH/s.",
        "3.1 EH/s", source=None),
    row("1) Vantor Pay - a $9 million seed. Vantor said it serves 40,000 merchants.\n"
        "2) Lumis - a $6 million round. Monthly users passed 210,000 in June.", "210,000",
        source=None),
    row("Grants this quarter\n- Polder Foundation said it gave 1.2 million tokens to tooling "
        "teams.\n- Rekka DAO: grants to game studios. About 800,000 tokens are set "
        "aside.", "800,000", source=None),
]  # fmt: skip

# Twins: a citing lead line governs its items; the rest of an item keeps its own speaker;
# a caption under the list governs its items; a data provider cited in the first item
# still carries to the items under it.
ITEM_TWINS = [
    row("According to CoinGlass, the largest liquidations were:\n- Orbex: $120 million\n"
        "- Tallow: $84 million", "$84 million", source="CoinGlass"),
    row("Deals of the week\n\n1. Kelvane (proof markets) - $48 million Series A. Kelvane says "
        "its network generated 2.6 million proofs since May. It has 300 provers.", "300",
        source="Kelvane"),
    row("Open interest by venue\n- Orbex: $4.1 billion\n- Tallow: $2.2 billion\n"
        "Source: CoinGlass", "$2.2 billion", source="CoinGlass"),
    row("Stablecoins this week\n- Total supply rose 0.6% to $301 billion, per DefiLlama.\n"
        "- USDT added 1.1 billion over the week.", "1.1 billion", source="DefiLlama"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), [*ITEM_ROWS, *ITEM_TWINS])
def test_item_speaker_reach(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
