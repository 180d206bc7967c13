"""A listed company's own figures in a story about it: its hashrate, output, holdings and
sales, in prose that refers back to it (a place, a site or a figure's unit in the sentence
names no other party; "the miner" is the company) and in a table whose lead line names it
("Key figures (source: X)", "X monthly update:"), where a coin in a row's label is the unit
the company's figures are counted in. A figure of the network stays the coin's."""

from __future__ import annotations

import pytest
from nlp_cases import check, known, row

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
    row(_RIDGE + "Its hashrate reached 22.6 EH/s, while network-wide hashrate hit 1,160 EH/s.",
        "1,160 EH/s", asset="BTC"),
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
    # a place that owns the figure, or names it before any reference to the company
    known("a place's power price per MWh, now `other`, takes the company the sentence refers "
          "back to: company_metrics owns `other`, and reporting_company does not read the place "
          "that opens the sentence",
          _RIDGE + "Wholesale prices in Harris County peaked at $2,900 per megawatt-hour, the "
          "company said.", "$2,900", asset=None),
    # a table the company's lead line heads, but whose rows are rivals or the network
    row(_RIDGE + "How Ridgeback stacks up, October\n\n| Miner | BTC mined |\n|---|---|\n"
        "| Greyfield Mining | 401 |\n| Ridgeback | 512 |", "401", asset="BTC"),
    row(_RIDGE + "Ridgeback October dashboard\n\n| Item | Oct |\n|---|---|\n"
        "| Network hashrate (EH/s) | 1,150 |", "1,150", asset=None),
]  # fmt: skip

_HOST = (
    "Hearth Energy signs hosting deal with bitcoin miner\n\n"
    "Hearth Energy (NYSE: HRTH), a Texas power producer, signed a five-year hosting agreement "
    "with a bitcoin miner on Monday.\n\n"
)
# twins in a story about a company that is no miner: "the miner" is its customer
HOST_TWINS = [
    row(_HOST + "The miner's hashrate at the site is expected to reach 9.5 EH/s by March.",
        "9.5 EH/s", asset="BTC"),
    row(_HOST + "The miner expects its hashrate at the site to reach 9.5 EH/s by March, the "
        "company said.", "9.5 EH/s", asset="BTC"),
]  # fmt: skip

# known gap: a miner named without a mining word ("Ridgeback (RDGB)") is not "the miner"
MINER_GAP = [
    known("'the miner' refers back only to a company whose name says it mines",
          "Ridgeback is turning into a hashrate giant\n\nRidgeback (NASDAQ: RDGB) has had quite "
          "a year.\n\nBy the end of September the miner was running 22.6 EH/s across its sites "
          "in Texas.", "22.6 EH/s", asset="RDGB"),
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


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), HOST_TWINS + MINER_GAP)
def test_the_miner_is_the_company_only_when_it_mines(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
