"""A provider that counts a figure after a clause about itself ("Lookonchain, which tracks
large transfers, counted 14,650 ETH") states that figure, as it does with no clause between
("Lookonchain counted"), so the provider of the sentence before no longer carries onto it.
Rows are an on-chain desk, a wire, a newsletter, a regional site and an exchange note on
topics no corpus article covers; twins keep what they had.
"""

from __future__ import annotations

import pytest
from nlp_cases import known, link_for, row

TALLY_ROWS = [
    row("Arkham data show the fund's wallets moved 2,180 BTC to Kraken on Friday. Lookonchain, "
        "which tracks large transfers, counted 14,650 ETH sent from the same cluster.",
        "14,650 ETH", source="Lookonchain"),
    known("a provider of two words before a relative clause and a verb of counting is not yet "
          "read as counting (found only where named outright, which the clause turns off)",
          "Nansen data show the exploiter bridged 3,400 ETH overnight. Whale Alert, which posts "
          "large moves, counted 42 transfers from the hacker's wallets.", "42",
          source="Whale Alert"),
    row("According to Arkham, the treasury sold 900 BTC last week. Lookonchain, which follows "
        "whale wallets, tallied 1,250 BTC moved to exchanges over the month.", "1,250 BTC",
        source="Lookonchain"),
    row("Arkham data show the miner sent 610 BTC to OTC desks. Blockvane, which follows whale "
        "wallets, tallied 310 transfers above $1 million.", "310", source=None),
    row("Glassnode data show long-term holders sold 45,000 BTC in May. Lookonchain, which watches "
        "miner wallets, counted about 3,100 BTC leaving them.", "3,100 BTC",
        source="Lookonchain"),
]  # fmt: skip

# Twins: a provider counting with nothing between; a counting name inside its sentence, not
# opening it; "counted for" (accounted for) states nothing.
TALLY_TWINS = [
    row("Arkham data show the fund moved 2,180 BTC on Friday. Lookonchain counted 14,650 ETH "
        "sent from the same cluster.", "14,650 ETH", source="Lookonchain"),
    row("Arkham data show the fund moved 2,180 BTC on Friday, and Lookonchain, which tracks "
        "transfers, counted 14,650 ETH.", "2,180 BTC", source="Arkham"),
    row("Arkham data show the fund moved 2,180 BTC on Friday. The desk, which handles OTC "
        "trades, counted for 58% of the flow.", "58%", source="Arkham"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), [*TALLY_ROWS, *TALLY_TWINS])
def test_tally_after_clause(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
