"""Tokenizer fixes: every amount starts and ends on a token boundary.

spaCy's English rules keep "$1.07bn", "$2B+" and "10x" as one token after the currency
sign; the pipeline's tokenizer splits scale suffixes, a trailing "+", and range dashes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_cases import doc_of

from extractor.nlp.pipeline import build_nlp

SEEDS = [Path("corpus/000_6b4f3791dd6f0a68.txt"), Path("corpus/004_97bf1cce0f1a2846.txt")]

SCALE_ROWS = [
    ("$1.07bn", ["$", "1.07", "bn"]),
    ("$2B+", ["$", "2", "B", "+"]),
    ("$60K", ["$", "60", "K"]),
    ("€3.4m", ["€", "3.4", "m"]),
    ("1.806mn BTC", ["1.806", "mn", "BTC"]),
    ("Outflows hit $1.07bn.", ["Outflows", "hit", "$", "1.07", "bn", "."]),
    ("Liquidations topped $2.6B, CoinGlass said.",
     ["Liquidations", "topped", "$", "2.6", "B", ",", "CoinGlass", "said", "."]),
    ("Open interest: $2B+.", ["Open", "interest", ":", "$", "2", "B", "+", "."]),
    ("Outflows ($1.07bn) hit a record.",
     ["Outflows", "(", "$", "1.07", "bn", ")", "hit", "a", "record", "."]),
]  # fmt: skip

OTHER_ROWS = [
    ("10x leverage", ["10", "x", "leverage"]),
    ("~$3B", ["~", "$", "3", "B"]),
    ("2,500-3,200 BTC", ["2,500", "-", "3,200", "BTC"]),
    ("$87,000/BTC", ["$", "87,000", "/", "BTC"]),
    ("24h volume", ["24", "h", "volume"]),
    ("1.806 million $BTC", ["1.806", "million", "$", "BTC"]),
    ("USD 258.8 million", ["USD", "258.8", "million"]),
    ("-14.16%", ["-14.16", "%"]),
    ("BTC-USDT", ["BTC", "-", "USDT"]),
]

STOP_AND_DASH_ROWS = [
    pytest.param("Liquidations topped $2.6B.", ["Liquidations", "topped", "$", "2.6", "B", "."]),
    pytest.param("It jumped 10x.", ["It", "jumped", "10", "x", "."]),
    pytest.param("Fees hit $5m.", ["Fees", "hit", "$", "5", "m", "."]),
    pytest.param("$60,000–$65,000", ["$", "60,000", "–", "$", "65,000"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tokens"), SCALE_ROWS + OTHER_ROWS + STOP_AND_DASH_ROWS)
def test_tokens(text: str, tokens: list[str]) -> None:
    assert [t.text for t in build_nlp().make_doc(text)] == tokens


ALIGN_ROWS = [
    "Weekly outflows reached $1.07bn, Farside data shows.",
    "Liquidations hit $2B+ across exchanges on Friday.",
    "Bitcoin slipped below $60K for the first time since October.",
    "Analysts expect Bitcoin to trade in a $60,000–$65,000 range this week.",
    "Traders piled into 25x leveraged longs on Hyperliquid.",
    "The Berlin-based startup raised €3.4m in a seed round.",
    pytest.param("Liquidations topped $2.6B."),
    pytest.param("It jumped 10x."),
]  # fmt: skip


@pytest.mark.parametrize("text", ALIGN_ROWS)
def test_amounts_align_with_tokens(text: str) -> None:
    doc = doc_of(text)
    assert doc._.amounts
    for a in doc._.amounts:
        assert doc.char_span(a.start, a.end) is not None, text[a.start : a.end]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_amounts_align_with_tokens(path: Path) -> None:
    doc = doc_of(path.read_text(encoding="utf-8"))
    assert len(doc._.amounts) > 10
    misaligned = [
        doc.text[a.start : a.end] for a in doc._.amounts if doc.char_span(a.start, a.end) is None
    ]
    assert misaligned == []
