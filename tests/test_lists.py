"""Lists, label lines and flattened table rows take their metric, side, asset and period from
the label, the row's name and the lead line above the list."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check, row

from extractor.nlp.structure import analyse

PUBLISHED = date(2026, 1, 20)
REPORT = (
    "Crypto liquidations top $1.1 billion as bitcoin slides below $92,000\n\n"
    "More than $1.1 billion in leveraged positions were liquidated across the crypto market in "
    "the past 24 hours, CoinGlass data shows.\n\n"
    "Liquidations by side:\n"
    "• Longs liquidated: $948.2 Million (86% of total)\n"
    "• Shorts liquidated: $152.4 Million (14% of total)\n"
    "• Traders liquidated: 241,370\n\n"
    "Top assets by liquidations (24h):\n"
    "Bitcoin (BTC) $412.3 Million -4.8%\n"
    "Ethereum (ETH) $301.7 Million -7.2%\n"
    "Solana (SOL) $96.4 Million -9.1%\n"
)

# An earnings table scraped with its labels split off: each orphan line repeats the row
# above it, and its figures take that row's reading.
EARNINGS = (
    "Here is how Galaxy Digital performed in the just reported quarter on the metrics "
    "analysts watch most:\n\n"
    "Trading Volume : $512 billion versus the five-analyst average estimate of $470.35 "
    "billion.\n\n"
    ": $512 billion versus the five-analyst average estimate of $470.35 billion. Net revenue "
    ": $1.92 billion versus the seven-analyst average estimate of $1.70 billion.\n\n"
    ": $1.92 billion versus the seven-analyst average estimate of $1.70 billion.\n"
)

# Rows under a short lead line that names the quantity they list, company names as labels.
VOLUMES = (
    "Exchange volumes slid for a third week as retail traders stepped back, CCData said.\n\n"
    "Spot trading volume by exchange over the past 24 hours:\n"
    "• Binance: $14.2 billion\n"
    "• Coinbase: $3.1 billion\n"
    "• OKX: $2.4 billion\n\n"
    "Top exchanges by open interest (24h):\n"
    "Binance $21.4 billion -3.2%\n"
    "Bybit $12.9 billion -4.0%\n"
)

ROWS = [
    row(VOLUMES, "$3.1 billion", metric="trading_volume"),
    row(VOLUMES, "$2.4 billion", metric="trading_volume"),
    row(VOLUMES, "$12.9 billion", metric="open_interest"),
    # a label line's quantity decides for the figure right after its colon, an indented
    # bullet too, whatever the words after it say
    row("Strategy now holds more Bitcoin than any other public company:\n\n"
        "  • Holdings: 687,410 BTC (~3.3% of total supply)\n"
        "  • Value at Current Prices: ~$63.28 billion\n", "687,410 BTC", metric="holdings"),
    row("Strategy now holds more Bitcoin than any other public company:\n\n"
        "  • Holdings: 687,410 BTC (~3.3% of total supply)\n", "3.3%", metric="supply"),
    row("Derivatives at a glance:\n• Open interest: $31.4 billion, near the record volume "
        "set in March\n", "$31.4 billion", metric="open_interest"),
    # twin: a paragraph's long first sentence is no heading of the rows under it
    row("This acquisition aligns with the firm's plan of steady bitcoin accumulation, after a "
        "smaller purchase of 1,287 BTC for $116 million. It retains capacity for more buys:\n"
        "• Remaining ATM capacity: >$10 billion (common stock)\n", "$10 billion",
        metric="other"),
    row(EARNINGS, "$512 billion", occurrence=2, metric="trading_volume"),
    row(EARNINGS, "$470.35 billion", occurrence=2, metric="trading_volume"),
    row(EARNINGS, "$1.92 billion", occurrence=2, metric="revenue"),
    row(EARNINGS, "$1.70 billion", occurrence=2, metric="revenue"),
    row(REPORT, "$948.2 Million", metric="liquidations", side="long", asset="CRYPTO"),
    row(REPORT, "$152.4 Million", metric="liquidations", side="short"),
    row(REPORT, "241,370", metric="participants"),
    row(REPORT, "$301.7 Million", metric="liquidations", asset="ETH",
        period="2026-01-19..2026-01-20"),
    row(REPORT, "-7.2%", metric="price_change", side="down", asset="ETH"),
    row("Strategy's purchase at a glance:\n• Total Cost: ~$1.25 billion\n"
        "• Average Price: $91,519/BTC\n• New Total Holdings: 687,410 BTC",
        "$91,519/BTC", metric="average_cost"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_list_figures(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected, published=PUBLISHED)


def test_a_list_is_one_paragraph_with_its_lead_and_a_headline_stands_alone() -> None:
    structure = analyse(REPORT)
    firsts = [REPORT[s:e].split("\n")[0] for s, e in structure.paragraphs]
    assert firsts == [
        "Crypto liquidations top $1.1 billion as bitcoin slides below $92,000",
        "More than $1.1 billion in leveraged positions were liquidated across the crypto market "
        "in the past 24 hours, CoinGlass data shows.",
        "Liquidations by side:",
        "Top assets by liquidations (24h):",
    ]
    bullets = [REPORT[s:e] for s, e in structure.headings]
    assert bullets == ["Crypto liquidations top $1.1 billion as bitcoin slides below $92,000"]


def test_rows_need_a_lead_a_lone_headline_with_figures_is_no_row() -> None:
    text = "Bitcoin Falls 5% to $60,000\n\nEther Drops 8% as ETF Outflows Mount\n"
    assert len(analyse(text).paragraphs) == 2
