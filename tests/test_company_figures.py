"""A listed company's own figures in a story about it: its hashrate, output, holdings and
sales, in prose that refers back to it (a place, a site or a figure's unit in the sentence
names no other party; "the miner" is the company) and in a table whose lead line names it
("Key figures (source: X)", "X monthly update:"), where a coin in a row's label is the unit
the company's figures are counted in. A figure of the network stays the coin's."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

_RIDGE = (
    "Ridgeback Mining lifts output as new Wyoming site comes online\n\n"
    "Ridgeback Mining (Nasdaq: RDGB) produced 512 bitcoin in October, the miner said in its "
    "monthly update on Tuesday.\n\n"
)
_OUTPUT_TABLE = (
    "Ridgeback Mining: October production\n\n| Item | Oct | Sep |\n|---|---|---|\n"
    "| Bitcoin produced | 512 | 483 |\n| Bitcoin held | 3,118 | 2,960 |"
)
_METRICS_TABLE = (
    "Ridgeback operating metrics (unaudited)\n\n| Metric | October | September |\n"
    "|---|---|---|\n| Self-mining hashrate (EH/s) | 22.6 | 21.0 |\n| BTC sold | 120 | 95 |"
)
_TAB_TABLE = "RDGB monthly update:\n\nMetric\tOct\tSep\nBTC mined\t512\t483\nBTC sold\t120\t95"
_CAPTIONED = (
    "Key figures (source: Ridgeback Mining)\n\n| | Oct 2026 | Oct 2025 |\n|---|---|---|\n"
    "| BTC mined per day | 16.5 | 19.1 |\n| Fleet efficiency (J/TH) | 19.4 | 23.0 |"
)
_MARKET_TABLE = (
    "Bitcoin market snapshot\n\n| Item | Oct | Sep |\n|---|---|---|\n"
    "| BTC price, month-end | $109,400 | $114,100 |\n| BTC market cap | $2.18tn | $2.27tn |"
)
_PRICE_ROW = (
    "Ridgeback Mining: October production\n\n| Item | Oct | Sep |\n|---|---|---|\n"
    "| Bitcoin price (average) | $111,200 | $112,900 |"
)
_PEERS = (
    "Peer comparison, October\n\n| Miner | BTC mined | Hashrate (EH/s) |\n|---|---|---|\n"
    "| Cipher Mining | 251 | 19.1 |\n| CleanSpark | 622 | 45.6 |"
)

# reach: the company's own figures, referred back to or in its own table
COMPANY_ROWS = [
    row(_RIDGE + "Average operating hashrate over the month was 21.8 EH/s, the company said.",
        "21.8 EH/s", asset="RDGB"),
    row(_RIDGE + "The company's realised hashrate climbed to 22.6 EH/s by Oct. 31, as 6,400 new "
        "machines went live at its Cheyenne campus in Wyoming.", "22.6 EH/s", asset="RDGB"),
    row(_RIDGE + "The miner's self-mining hashrate stood at 14.2 EH/s in November.",
        "14.2 EH/s", asset="RDGB"),
    row(_RIDGE + "Its hashrate reached 22.6 EH/s after 4,100 rigs were energised in West Texas.",
        "22.6 EH/s", asset="RDGB"),
    row(_RIDGE + _OUTPUT_TABLE, "3,118", asset="RDGB"),
    row(_RIDGE + _OUTPUT_TABLE, "483", asset="RDGB"),
    row(_RIDGE + _METRICS_TABLE, "22.6", asset="RDGB"),
    row(_RIDGE + _METRICS_TABLE, "95", asset="RDGB"),
    row(_RIDGE + _TAB_TABLE, "512", occurrence=2, asset="RDGB"),
    row(_RIDGE + _CAPTIONED, "16.5", asset="RDGB"),
    # the network's figure after the company's of the same metric: the coin's, not carried
    row(_RIDGE + "Its hashrate reached 22.6 EH/s.\n\nNetwork hashrate averaged about 1,150 EH/s "
        "over the month.", "1,150 EH/s", asset="BTC"),
]  # fmt: skip

# twins: another miner's, the network's and the coin's market figures keep their owner
COMPANY_TWINS = [
    row(_RIDGE + "Rival Greyfield Mining said its hashrate reached 30.2 EH/s at the end of "
        "October.", "30.2 EH/s", asset=None),
    row(_RIDGE + "Bitcoin's total hashrate climbed to 1,160 EH/s, Blockchain.com data show.",
        "1,160 EH/s", asset="BTC"),
    row(_RIDGE + _MARKET_TABLE, "$109,400", asset="BTC"),
    row(_RIDGE + _MARKET_TABLE, "$2.27tn", asset="BTC"),
    row(_RIDGE + _PRICE_ROW, "$111,200", asset="BTC"),
    row(_RIDGE + _PEERS, "251", asset="CIFR"),
    row(_RIDGE + _PEERS, "45.6", asset="CLSK"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), COMPANY_ROWS)
def test_company_figures_take_its_ticker(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), COMPANY_TWINS)
def test_other_owners_keep_their_figures(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
