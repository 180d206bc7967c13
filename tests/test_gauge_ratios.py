"""An on-chain gauge's bare value is a ratio: MVRV, SOPR and NUPL are quotients (market value
over realized value, spent output's price over its cost), read like "an mNAV of 1.31"; and
the earlier value a ratio's reading is compared with ("down from 1.74", "from 0.91") is a
ratio too. A count, an index or a level in a unit compared with an earlier one keeps its own.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

GAUGE_ROWS = [
    row("- MVRV at 1.61, down from 1.74 two weeks ago.", "1.61", unit="ratio"),
    row("- MVRV at 1.61, down from 1.74 two weeks ago.", "1.74", unit="ratio"),
    row("The MVRV ratio fell to 1.61 from 1.74 two weeks ago.", "1.74", unit="ratio"),
    row("Short-term holder SOPR slipped to 0.97 on Friday, from 1.02 a week earlier.", "1.02",
        unit="ratio"),
    row("Bitcoin's MVRV sits near 2.1, up from 1.9 a month ago, a desk note said.", "2.1",
        unit="ratio"),
    row("NUPL stood at 0.52 versus 0.48 in October, Glassnode data show.", "0.48",
        unit="ratio"),
]  # fmt: skip

GAUGE_TWINS = [
    row("The put/call ratio rose to 0.82 from 0.74 on Deribit.", "0.74", unit="ratio"),
    row("The fear and greed index fell to 41 from 55 over the weekend.", "55", unit="index"),
    row("Active addresses fell to 0.9 million from 1.1 million.", "1.1 million", unit="count"),
    row("Hashrate rose to 812 EH/s from 790 EH/s.", "790 EH/s", unit="EH/s"),
    row("Exchange reserves fell to 2.31 million BTC from 2.40 million.", "2.40 million",
        unit="BTC"),
]  # fmt: skip


# a ratio named before a bracketed gauge that qualifies it ("(open interest)", "(volume)"):
# the ratio outside the brackets names the figure
ASIDE_ROWS = [
    row("- BTC put/call ratio (open interest): 0.68, from 0.61 a week ago (Laevitas)", "0.68",
        unit="ratio"),
    row("- BTC put/call ratio (open interest): 0.68, from 0.61 a week ago (Laevitas)", "0.61",
        unit="ratio"),
    row("The ETH put/call ratio (volume) stood at 0.64 on Friday, Deribit data show.", "0.64",
        unit="ratio"),
    row("SOL's long/short ratio (open interest) climbed to 2.3 on Binance on Tuesday.", "2.3",
        unit="ratio"),
    known("a bracket that writes a number ('24h') between the ratio and its figure still "
          "hides the ratio", "OKX's BTC put/call ratio (24h volume) eased to 0.91, its lowest "
          "since August.", "0.91", unit="ratio"),
    row("| XRP put/call ratio (volume) | 0.55 |\n| XRP put/call ratio (open interest) | 0.47 |",
        "0.47", unit="ratio"),
    row("- SOL put/call ratio (volume): 0.83", "0.83", unit="ratio"),
    row("Bitcoin's put/call ratio (open interest) slipped to 0.49 on Deribit, from 0.55.",
        "0.55", unit="ratio"),
    row("Deribit's ETH put/call ratio (open interest) rose to 0.62 on Monday.", "0.62",
        unit="ratio"),
]  # fmt: skip

ASIDE_TWINS = [
    # a bracket's gauge that names the figure's own unit, no ratio before it
    row("Open interest (in BTC) rose to 310,000 BTC on Deribit.", "310,000 BTC", unit="BTC"),
    row("Spot volume (Binance) rose to 1.2 million trades on Monday.", "1.2 million",
        unit="count"),
    row("The put/call ratio fell while open interest (notional) rose to $4.1 billion.",
        "$4.1 billion", unit="USD"),
    # a bracket that is no gauge keeps the ratio before it, as before
    row("ETH's long/short ratio (top traders) rose to 1.9 on Bybit.", "1.9", unit="ratio"),
    row("The long/short ratio fell as open interest (in ETH) rose to 2.1 million ETH.",
        "2.1 million ETH", unit="ETH"),
    row("Deribit's put/call ratio stood at 0.7 while volume (24h) reached $3 billion.",
        "$3 billion", unit="USD"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    GAUGE_ROWS + GAUGE_TWINS + ASIDE_ROWS + ASIDE_TWINS,
)
def test_gauge_ratio(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
