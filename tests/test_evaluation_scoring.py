"""The scorer: span matching, amount tolerance, field accuracies, mismatches.

Texts are sentences of the seed articles (corpus/000, corpus/004) and their gold figures.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.evaluation.gold import GoldClaim, GoldPeriod, PlacedGold, locate_quote
from extractor.evaluation.scoring import (
    Counts,
    match_claims,
    score_article,
    value_matches,
)
from extractor.models import Claim, claim_id

HEADLINE = "Crypto market loses $2.65 billion as Bitcoin dips to $60,000 amid bearish sentiment"
LIQUIDATIONS = (
    "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 traders were "
    "liquidated in derivatives, resulting in a $2.62 billion wipeout of bullish positions."
)
MARKET_CAP = (
    "At the time of writing, the total crypto market capitalization is above $2 trillion "
    "($2.18 trillion), whereas the altcoin market is below $1 trillion ($900 billion)."
)
SIXTY = (
    "  • More than $2.60 billion was wiped out of the crypto market over the last 24 hours as "
    "Bitcoin touched $60,000 on Friday.\nThe cryptocurrency market valuation is down $2.8 "
    "trillion as the industry leader, Bitcoin (BTC), dropped to $60,000 earlier on Friday "
    "before a whipsaw to $65,000. Bitcoin dips to $60,000 amid bearish sentiment"
)
RESERVES = "Exchange reserves have fallen to roughly 1.806 million $BTC, the lowest in years."
LIQ_PERIOD = GoldPeriod(start=date(2026, 2, 5), end=date(2026, 2, 6))


def gold(
    text: str, quote: str, value: float, unit: str, occurrence: int = 1, **fields: Any
) -> PlacedGold:
    """A gold claim placed in ``text`` as the scorer places it."""
    record: dict[str, Any] = {
        "metric": "other",
        "side": None,
        "asset": None,
        "period": None,
        "source": None,
        "venue": None,
        "qualifier": "exact",
    }
    record.update(fields)
    claim = GoldClaim(quote=quote, occurrence=occurrence, value=value, unit=unit, **record)
    span = locate_quote(text, quote, occurrence)
    assert span is not None, quote
    return PlacedGold(claim, *span)


def pred(
    text: str, quote: str, value: float, unit: str, occurrence: int = 1, **fields: Any
) -> Claim:
    """A predicted claim over the ``occurrence``-th ``quote`` of ``text``."""
    span = locate_quote(text, quote, occurrence)
    assert span is not None, quote
    start, end = span
    return Claim(
        id=claim_id("a", start, end),
        article_id="a",
        quote=quote,
        start=start,
        end=end,
        sentence=text,
        value=value,
        unit=unit,
        low=None,
        high=None,
        **fields,
    )


@pytest.mark.parametrize(
    ("predicted", "expected", "ok"),
    [
        (60_000, 60_000, True),
        (60_299, 60_000, True),  # within 0.5 %
        (60_301, 60_000, False),
        (59_701, 60_000, True),
        (2_650_000, 2_650_000_000, False),  # million read for billion
        (0.9594, 0.9594, True),
        (0.0, 0.0, True),
        (0.01, 0.0, False),
    ],
)
def test_value_tolerance_is_half_a_percent_of_gold(
    predicted: float, expected: float, ok: bool
) -> None:
    assert value_matches(predicted, expected) is ok


def test_million_for_billion_matches_the_span_but_misses_the_amount() -> None:
    g = [gold(HEADLINE, "$2.65 billion", 2_650_000_000, "USD", metric="liquidations")]
    p = [pred(HEADLINE, "$2.65 billion", 2_650_000, "USD", metric="liquidations")]
    score = score_article("seed-000", HEADLINE, g, p)
    assert (score.counts.matched, score.counts.amount_correct) == (1, 0)
    assert (score.counts.precision, score.counts.recall) == (0.0, 0.0)
    wrong = [(m.field, m.expected, m.got) for m in score.mismatches]
    assert wrong == [("value", "2650000000", "2650000")]


@pytest.mark.parametrize(
    ("quote", "gold_unit", "pred_unit", "amount_ok"),
    [
        ("585,000", "count", "USD", False),
        ("585,000", "count", "count", True),
        ("$2.62 billion", "USD", "EUR", False),
        ("$2.62 billion", "USD", "USD", True),
    ],
)
def test_overlap_with_a_wrong_unit_is_not_a_right_amount(
    quote: str, gold_unit: str, pred_unit: str, amount_ok: bool
) -> None:
    value = 585_000 if quote == "585,000" else 2_620_000_000
    g = [gold(LIQUIDATIONS, quote, value, gold_unit)]
    score = score_article(
        "seed-000", LIQUIDATIONS, g, [pred(LIQUIDATIONS, quote, value, pred_unit)]
    )
    assert score.counts.matched == 1
    assert score.counts.amount_correct == int(amount_ok)
    assert any(m.field == "unit" for m in score.mismatches) is not amount_ok


def test_partial_span_overlap_counts_as_a_match() -> None:
    g = [gold(RESERVES, "1.806 million $BTC", 1_806_000, "BTC", metric="reserves")]
    p = [pred(RESERVES, "1.806 million", 1_806_000, "BTC", metric="reserves")]
    counts = score_article("seed-004", RESERVES, g, p).counts
    assert (counts.matched, counts.amount_correct, counts.f1) == (1, 1, 1.0)


@pytest.mark.parametrize(
    ("gold_occurrences", "pred_occurrences", "matched"),
    [
        ([2], [2], 1),
        ([2], [3], 0),  # same quote, another place: no overlap
        ([1, 2, 3], [3, 2, 1], 3),
        ([1, 3], [2], 0),
    ],
)
def test_duplicate_quotes_are_placed_by_occurrence(
    gold_occurrences: list[int], pred_occurrences: list[int], matched: int
) -> None:
    g = [gold(SIXTY, "$60,000", 60_000, "USD", n) for n in gold_occurrences]
    p = [pred(SIXTY, "$60,000", 60_000, "USD", n) for n in pred_occurrences]
    counts = score_article("seed-000", SIXTY, g, p).counts
    assert (counts.matched, counts.amount_correct) == (matched, matched)
    for gi, pi in match_claims(g, p):
        assert g[gi].start == p[pi].start


def test_raw_substring_occurrence_counts_digits_inside_other_numbers() -> None:
    text = (
        "Open Interest (OI) has dropped to $95.73 billion on Friday, extending a decline since "
        "the October 7 peak of $233.50 billion.\n"
        "The Fear and Greed Index reading falls to 5 on Friday"
    )
    start, end = locate_quote(text, "5", 3) or (0, 0)
    assert text[start - 9 : end + 3] == "falls to 5 on"
    assert locate_quote(text, "5", 4) is None


def test_prediction_over_two_gold_claims_matches_the_longer_overlap() -> None:
    g = [
        gold(MARKET_CAP, "$2 trillion", 2e12, "USD", qualifier="more_than"),
        gold(MARKET_CAP, "$2.18 trillion", 2.18e12, "USD"),
    ]
    start = MARKET_CAP.index("$2 trillion")
    end = MARKET_CAP.index(")")
    wide = pred(MARKET_CAP, MARKET_CAP[start:end], 2.18e12, "USD")
    score = score_article("seed-000", MARKET_CAP, g, [wide])
    assert match_claims(g, [wide]) == [(1, 0)]
    assert (score.counts.matched, score.counts.amount_correct) == (1, 1)
    assert [(m.kind, m.quote) for m in score.mismatches] == [("missed", "$2 trillion")]


@pytest.mark.parametrize(
    ("values", "winner"),
    [
        ([2.62, 2_620_000_000], 1),  # "$2.62" and "$2.62 billion": longer overlap wins
        ([2_620_000_000, 2.62], 0),
    ],
)
def test_two_predictions_over_one_gold_claim_match_one(values: list[float], winner: int) -> None:
    g = [gold(LIQUIDATIONS, "$2.62 billion", 2_620_000_000, "USD")]
    quotes = ["$2.62" if v < 100 else "$2.62 billion" for v in values]
    p = [pred(LIQUIDATIONS, q, v, "USD") for q, v in zip(quotes, values, strict=True)]
    score = score_article("seed-000", LIQUIDATIONS, g, p)
    assert match_claims(g, p) == [(0, winner)]
    assert (score.counts.predicted, score.counts.amount_correct) == (2, 1)
    assert [m.kind for m in score.mismatches] == ["extra"]


def test_equal_overlap_prefers_the_closer_value() -> None:
    g = [gold(HEADLINE, "$60,000", 60_000, "USD")]
    p = [pred(HEADLINE, "$60,000", 6_000, "USD"), pred(HEADLINE, "$60,000", 60_000, "USD")]
    assert match_claims(g, p) == [(0, 1)]


@pytest.mark.parametrize(
    ("fields", "wrong"),
    [
        ({}, []),
        ({"source": "coinglass"}, []),  # source compares case-insensitively
        ({"asset": "crypto"}, ["asset"]),  # asset does not
        ({"period_start": date(2026, 2, 6), "period_end": date(2026, 2, 6)}, ["period"]),
        ({"period_start": None, "period_end": None}, ["period"]),
        ({"side": "short", "qualifier": "approx"}, ["qualifier", "side"]),
        ({"venue": "Binance", "metric": "participants"}, ["metric", "venue"]),
    ],
)
def test_field_accuracies_over_matched_claims(fields: dict[str, Any], wrong: list[str]) -> None:
    expected: dict[str, Any] = {
        "metric": "liquidations",
        "side": "long",
        "asset": "CRYPTO",
        "source": "CoinGlass",
        "venue": None,
        "qualifier": "exact",
    }
    g = [gold(LIQUIDATIONS, "$2.62 billion", 2.62e9, "USD", period=LIQ_PERIOD, **expected)]
    predicted = {**expected, "period_start": LIQ_PERIOD.start, "period_end": LIQ_PERIOD.end}
    predicted.update(fields)
    score = score_article(
        "seed-000",
        LIQUIDATIONS,
        g,
        [pred(LIQUIDATIONS, "$2.62 billion", 2.62e9, "USD", **predicted)],
    )
    assert sorted(m.field for m in score.mismatches if m.field) == wrong
    for name in ("metric", "side", "asset", "period", "source", "venue", "qualifier"):
        assert score.counts.accuracy(name) == (0.0 if name in wrong else 1.0)
    assert score.counts.amount_correct == 1


def test_period_mismatch_shows_both_windows() -> None:
    g = [gold(LIQUIDATIONS, "$2.62 billion", 2.62e9, "USD", period=LIQ_PERIOD)]
    p = [
        pred(
            LIQUIDATIONS,
            "$2.62 billion",
            2.62e9,
            "USD",
            period_start=date(2026, 2, 6),
            period_end=date(2026, 2, 6),
        )
    ]
    (mismatch,) = score_article("seed-000", LIQUIDATIONS, g, p).mismatches
    assert (mismatch.expected, mismatch.got) == (
        "2026-02-05 to 2026-02-06",
        "2026-02-06 to 2026-02-06",
    )


def test_precision_recall_f1_from_counts() -> None:
    g = [
        gold(LIQUIDATIONS, "$2.65 million", 2_650_000, "USD"),
        gold(LIQUIDATIONS, "585,000", 585_000, "count"),
        gold(LIQUIDATIONS, "$2.62 billion", 2.62e9, "USD"),
    ]
    p = [
        pred(LIQUIDATIONS, "$2.65 million", 2_650_000, "USD"),
        pred(LIQUIDATIONS, "24", 24, "count"),
    ]
    score = score_article("seed-000", LIQUIDATIONS, g, p)
    c = score.counts
    assert (c.gold, c.predicted, c.matched, c.amount_correct) == (3, 2, 1, 1)
    assert (c.precision, c.recall) == (0.5, pytest.approx(1 / 3))
    assert c.f1 == pytest.approx(0.4)
    kinds = [(m.kind, m.quote) for m in score.mismatches]
    assert kinds == [("extra", "24"), ("missed", "585,000"), ("missed", "$2.62 billion")]


def test_missed_claim_is_shown_with_its_sentence() -> None:
    text = f"{HEADLINE}\n\n{LIQUIDATIONS} The largest single liquidation occurred on Binance."
    g = [gold(text, "585,000", 585_000, "count")]
    (miss,) = score_article("seed-000", text, g, []).mismatches
    assert (miss.kind, miss.sentence) == ("missed", LIQUIDATIONS)


@pytest.mark.parametrize(
    ("gold_n", "pred_n", "right", "p", "r", "f1"),
    [
        (0, 0, 0, 1.0, 1.0, 1.0),
        (0, 3, 0, 0.0, 1.0, 0.0),
        (4, 0, 0, 1.0, 0.0, 0.0),
        (4, 4, 4, 1.0, 1.0, 1.0),
    ],
)
def test_scores_of_empty_sides(
    gold_n: int, pred_n: int, right: int, p: float, r: float, f1: float
) -> None:
    counts = Counts(gold=gold_n, predicted=pred_n, matched=right, amount_correct=right)
    assert (counts.precision, counts.recall, counts.f1) == (p, r, f1)
    assert counts.accuracy("metric") == (None if right == 0 else 0.0)


def test_counts_add_up_per_field() -> None:
    a = Counts(gold=2, predicted=3, matched=2, amount_correct=1)
    a.field_correct["metric"] = 2
    b = Counts(gold=1, predicted=1, matched=1, amount_correct=1)
    b.field_correct["metric"] = 0
    total = a + b
    assert (total.gold, total.predicted, total.matched, total.amount_correct) == (3, 4, 3, 2)
    assert total.accuracy("metric") == pytest.approx(2 / 3)


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=8,
)


@given(gold_spans=spans, pred_spans=spans)
def test_matching_is_one_to_one_and_leaves_no_overlapping_pair_unmatched(
    gold_spans: list[tuple[int, int]], pred_spans: list[tuple[int, int]]
) -> None:
    text = SIXTY[:80]
    g = [gold(text, text[s:e], 1.0, "USD", text[:e].count(text[s:e])) for s, e in gold_spans]
    p = [
        Claim(
            id=claim_id("a", s, e),
            article_id="a",
            quote=text[s:e],
            start=s,
            end=e,
            sentence=text,
            value=1.0,
            unit="USD",
            low=None,
            high=None,
        )
        for s, e in pred_spans
    ]
    pairs = match_claims(g, p)
    assert len({gi for gi, _ in pairs}) == len({pi for _, pi in pairs}) == len(pairs)
    for gi, pi in pairs:
        assert min(g[gi].end, p[pi].end) > max(g[gi].start, p[pi].start)
    free_gold = set(range(len(g))) - {gi for gi, _ in pairs}
    free_pred = set(range(len(p))) - {pi for _, pi in pairs}
    for gi in free_gold:
        for pi in free_pred:
            assert min(g[gi].end, p[pi].end) <= max(g[gi].start, p[pi].start)
