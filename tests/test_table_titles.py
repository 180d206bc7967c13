"""A table's title that names its source ("Hashrate by pool, November (source: Poolwatch)")
governs the rows of the table under it, read without its closing bracket, and not the
prose above it: a title introduces what follows. A "Source: X" line under a table or a
chart still governs the rows or the paragraph above it. Rows are a mining wire, a DeFi
newsletter, an exchange research note, a regional site and a custody report on topics no
corpus article covers; twins keep what they had.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

from extractor.nlp.lines import caption_source

TITLE_ROWS = [
    # a markdown table under a title with the source in brackets
    row("Pool shares, November (source: Poolwatch)\n\n| Pool | Share | Blocks |\n|---|---|---|\n"
        "| Foundry | 31.2% | 1,342 |\n| AntPool | 22.8% | 981 |", "22.8%", source="Poolwatch"),
    # bars without outer bars, the title's bracket capitalised
    row("Loan book by product, Q3 (Source: Corvan Lending)\n\nProduct | Balance | Change\n"
        "Margin loans | $412m | +6.1%\nTerm loans | $96.0m | -2.4%", "$96.0m",
        source="Corvan Lending"),
    # columns set apart by spaces
    row("Stablecoin supply by chain, end of October (source: Stablewatch)\n\n"
        "Chain       Supply      Change\nTron        $78.4bn     +1.9%\n"
        "Solana      $11.2bn     +6.4%", "$11.2bn", source="Stablewatch"),
    # a later row of a longer table
    row("Weekly net flows by fund (source: Farline Data)\n| Fund | Flow |\n|---|---|\n"
        "| ORBT | $41.2m |\n| KLDR | -$12.6m |\n| VSTA | $3.1m |", "$3.1m",
        source="Farline Data"),
    # a regional site's title with a dash before the source
    row("Top exchanges by rupee volume - source: Kosmic Analytics\n\nExchange | Volume | Share\n"
        "Zenvault | ₹412 crore | 38%\nBhavX | ₹276 crore | 25%", "₹276 crore",
        source="Kosmic Analytics"),
    # the prose above a table's title is not the title's
    row("Foundry mined 1,342 blocks in November, up from 1,290 in October.\n\n"
        "Pool shares, November (source: Poolwatch)\n\n| Pool | Share |\n|---|---|\n"
        "| Foundry | 31.2% |\n| AntPool | 22.8% |", "1,290", source=None),
    # a chart's bracketed caption under a paragraph: read without its closing mark
    row("Block rewards fell 4.2% in the month.\nMonthly block rewards (source: Minerstat)",
        "4.2%", source="Minerstat"),
]  # fmt: skip

# Twins: a "Source: X" line under a table governs its rows above; a chart caption under a
# paragraph governs the paragraph; a title with no source gives its rows none; a bare
# "Source: X" line between a paragraph and a table stays the paragraph's caption.
TITLE_TWINS = [
    row("| Pool | Share | Blocks |\n|---|---|---|\n| Foundry | 31.2% | 1,342 |\n"
        "| AntPool | 22.8% | 981 |\nSource: Poolwatch", "22.8%", source="Poolwatch"),
    row("Lending balances climbed 8.4% over the quarter to $1.9 billion.\n"
        "Lending balances by quarter. Source: Corvan Lending", "$1.9 billion",
        source="Corvan Lending"),
    row("Pool shares, November\n\n| Pool | Share | Blocks |\n|---|---|---|\n"
        "| Foundry | 31.2% | 1,342 |\n| AntPool | 22.8% | 981 |", "22.8%", source=None),
    row("Lending balances climbed 8.4% over the quarter to $1.9 billion.\n"
        "Source: Corvan Lending\n\n| Quarter | Balance |\n|---|---|\n| Q2 | $1.75bn |\n"
        "| Q3 | $1.9bn |", "8.4%", source="Corvan Lending"),
    # a caption right under a table, a paragraph or a chart's line closes what is above it,
    # not the next table's title: whatever follows it, the block above keeps its source
    row("| Pool | Share |\n|---|---|\n| Foundry | 31.2% |\n| AntPool | 22.8% |\n"
        "Pool shares, November (source: Poolwatch)\n\n| Pool | Blocks |\n|---|---|\n"
        "| Foundry | 1,342 |\n| AntPool | 981 |", "22.8%", source="Poolwatch"),
    row("| Pool | Share |\n|---|---|\n| Foundry | 31.2% |\n| AntPool | 22.8% |\n"
        "Pool shares, November (source: Poolwatch)\n\n| Pool | Blocks |\n|---|---|\n"
        "| Foundry | 1,342 |\n| AntPool | 981 |", "981", source=None),
    row("| Venue | Volume |\n|---|---|\n| Orbex | $4.1bn |\n| Tallow | $2.2bn |\n"
        "Figures in US dollars. Source: Kaiko\n\n| Venue | Share |\n|---|---|\n"
        "| Orbex | 41% |\n| Tallow | 22% |", "$2.2bn", source="Kaiko"),
    row("Bitcoin rose 4.1% on the week to $98,200.\nFigure 1: Bitcoin price, weekly (source: "
        "TradingView)\n\n| Exchange | Volume |\n|---|---|\n| Orbex | $4.1bn |\n"
        "| Tallow | $2.2bn |", "$98,200", source="TradingView"),
    row("| Chain | TVL |\n|---|---|\n| Tron | $8.4bn |\n| Base | $4.2bn |\nTVL by chain. "
        "Source: DefiLlama\n\n| Chain | Fees |\n|---|---|\n| Tron | $41m |", "$4.2bn",
        source="DefiLlama"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), [*TITLE_ROWS, *TITLE_TWINS])
def test_table_title_source(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]


@pytest.mark.parametrize(
    ("line", "provider"),
    [
        ("Key figures (source: Tallis Hash)", "Tallis Hash"),
        ("Top chains by deposits, Nov. 2 (Source: DefiPulse).", "DefiPulse"),
        ("Weekly flows (sources: Farline, Orbis):", "Farline, Orbis"),
        ("Bitcoin ETF flows. Source: SoSoValue", "SoSoValue"),
        ("Chart (source: mempool.space)", "mempool.space"),
    ],
)
def test_bracketed_caption_provider(line: str, provider: str) -> None:
    assert caption_source(line) == provider
