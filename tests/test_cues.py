"""The linker's cue patterns built from ``data/cues.jsonl``, on crypto-news wording.

Each row is a pattern, the text it is tried on (the window the linker passes it: the
words before an amount, the words after one, or a whole sentence) and what it must
find there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from extractor.nlp import cues

Pattern = Callable[[], re.Pattern[str]]

# (pattern, how it is applied, text, found)
ROWS: list[tuple[Pattern, str, str, bool]] = [
    # before a money figure: a change, not a level
    (cues.change_before, "search", "Bitcoin's market cap is down about ", True),
    (cues.change_before, "search", "the crypto market wiped out more than ", True),
    (cues.change_before, "search", "Strategy's stock LOST ", True),
    (cues.change_before, "search", "Bitcoin dropped to ", False),
    (cues.change_before, "search", "down $5 billion on the day to ", False),
    # after a coin name: an attribute ("its Bitcoin holdings"), not the subject
    (cues.attribute_after, "match", " holdings rose to", True),
    (cues.attribute_after, "match", "-acquisition spree", True),
    # a coin's price is an attribute too: "Strategy's holdings, at current BTC prices, ..."
    (cues.attribute_after, "match", " prices, Strategy", True),
    (cues.attribute_after, "match", " fell 5%", False),
    # after a provider's name: an issuer ("CoinShares' fund") unless it is its data
    (cues.issuer_after, "match", "'s spot Bitcoin ETF saw", True),
    (cues.issuer_after, "match", "’s data shows", False),
    (cues.issuer_after, "match", "’s analysts said", False),
    # before a provider's name: a citation
    (cues.cue_before, "search", "outflows, according to ", True),
    (cues.cue_before, "search", "liquidations, data from the ", True),
    (cues.cue_before, "search", "liquidations rose as ", False),
    # sentences
    (cues.filing, "search", "Strategy disclosed the purchase in an 8-K filing on Monday.", True),
    (cues.filing, "search", "Bitcoin rose 3% on Monday.", False),
    (cues.issuance, "search", "The firm sold 6,827,695 MSTR shares for $1.13 billion.", True),
    (cues.issuance, "search", "Proceeds from preferred stock sales funded the buy.", True),
    (cues.issuance, "search", "The firm bought 13,627 BTC for $1.25 billion.", False),
    (cues.company_ref, "search", "The  company now holds 687,410 BTC.", True),
    (cues.company_ref, "search", "Saylor hinted at another purchase.", True),
    (cues.company_ref, "search", "Spot Bitcoin ETFs saw $258 million in outflows.", False),
    (cues.other_event, "search", "The exchange lost $1.5 billion in a previous hack.", True),
    (cues.other_event, "search", "Hackers stole $2.2 billion in 2024 alone.", True),
    (cues.other_event, "search", "Bybit lost $1.5 billion in the hack.", False),
    (cues.sentiment, "search", "The Fear and Greed Index reads 5.", True),
    (cues.oscillator, "search", "The daily RSI sits at 28.", True),
    (cues.oscillator, "search", "The Relative Strength Index fell to 31.", True),
    (cues.total, "search", "bringing its holdings to 687,410 BTC", True),
    (cues.total, "search", "The firm bought 855 BTC last week.", False),
    (cues.fund_words, "search", "ETPs recorded $1.7 billion of outflows", True),
    (cues.fund_words, "search", "Exchanges recorded $1.7 billion of outflows", False),
    (cues.attribution_cue, "search", "Bybit said in a statement that it lost $1.5 billion.", True),
    # after a count: participants or a fund group
    (cues.participant_after, "match", " traders were liquidated", True),
    (cues.participant_after, "match", " liquidated traders", True),
    (cues.participant_after, "match", " BTC were moved", False),
    (cues.funds_after, "match", " spot Bitcoin ETFs", True),
    (cues.funds_after, "match", " funds", True),
    (cues.funds_after, "match", " BTC were bought by funds", False),
]


@pytest.mark.parametrize(
    ("pattern", "how", "text", "found"),
    [pytest.param(*r, id=f"{r[0].__name__}|{r[2]}") for r in ROWS],
)
def test_cue_pattern(pattern: Pattern, how: str, text: str, found: bool) -> None:
    compiled = pattern()
    hit = compiled.search(text) if how == "search" else compiled.match(text)
    assert bool(hit) is found


@pytest.mark.parametrize(
    ("before", "verb", "rises"),
    [
        ("market cap is up ", "up", True),
        ("Ethereum gained nearly ", "gained", True),
        ("the sell-off erased roughly ", "erased", False),
        ("leveraged positions were wiped out over ", "wiped out", False),
    ],
)
def test_change_verb_and_its_direction(before: str, verb: str, rises: bool) -> None:
    hit = cues.change_before().search(before)
    assert hit is not None and hit["verb"] == verb
    assert (hit["verb"].lower() in cues.up_verbs()) is rises


@pytest.mark.parametrize(
    ("metrics", "member", "outsider"),
    [
        (cues.market_wide, "liquidations", "etf_flow"),
        (cues.company_metrics, "holdings", "price"),
        (cues.stock_metrics, "market_cap", "etf_flow"),
        (cues.carried_asset_metrics, "etf_flow", "liquidations"),
        (cues.directional_metrics, "price_change", "holdings"),
    ],
)
def test_metric_sets(metrics: Callable[[], frozenset[str]], member: str, outsider: str) -> None:
    assert member in metrics() and outsider not in metrics()
