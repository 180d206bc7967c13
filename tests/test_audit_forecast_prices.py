"""A price in a forecast or conditional clause is no price the article prices coins at.

"37,626 BTC ($2.39 million)" is checked against the article's own price of bitcoin. "The
price may fall to $42,000" (a forecast filed without a date) is not that price: the
computation uses the price the article reports ("traded near $65,000 on Monday"). A price
told as a fact keeps its place even beside a forecast in another clause, and so does a
reported price whose sentence holds a forecast word that governs something else ("as
traders bet the Fed would cut rates") or the month May.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story

from extractor.audit import audit
from extractor.models import AuditReport

DAY = (date(2025, 8, 25), date(2025, 8, 25))


def _audit(price_sentence: str, other: str, other_value: float) -> AuditReport:
    """A reported price, another price sentence (``other``, filed without a date) and a
    coin amount with a dollar value a thousand times too small."""
    story = Story("fc", "Whale Watch", date(2025, 8, 26)).say(price_sentence).say(other)
    story.say("A dormant wallet moved 37,000 BTC ($2.4 million) to Binance.")
    claims = [
        story.claim("$65,000", 65000, metric="price", asset="BTC", period=DAY, sentence=0),
        story.claim(
            f"${other_value:,.0f}",
            other_value,
            metric="price",
            asset="BTC",
            period=None,
            sentence=1,
        ),
        story.claim("37,000 BTC", 37000, metric="fund_flow", unit="BTC", asset="BTC", period=DAY),
        story.claim("$2.4 million", 2.4e6, metric="fund_flow", asset="BTC", period=DAY),
    ]
    return audit(sorted(claims, key=lambda c: c.start), {story.id: story.info()})


def _operands(report: AuditReport) -> list[str]:
    found = [f for f in report.findings if f.verdict == "arithmetic"]
    assert len(found) == 1, [f.explanation for f in report.findings]
    return [c.quote for c in found[0].claims if c.role == "operand"]


REACH = [
    "Experts predict that after the halving, the price may fall to $42,000.",
    "Some traders warn BTC could drop to $42,000 before the summer.",
    "If bitcoin loses support, it might revisit $42,000, one analyst said.",
    "The bank's strategists forecast a slide to $42,000 by the autumn.",
    "Bitcoin would need to fall to $42,000 for miners to capitulate.",
    "Analysts have a target of $42,000 for the next leg down.",
    "Analysts predict bitcoin will drop to $42,000 after the halving.",
    "Standard Chartered sees bitcoin at $42,000 by year-end.",
    "One analyst predicted a slide to $42,000.",
    "Bitcoin Could Drop To $42,000 Before Summer, Analysts Warn",
]


@pytest.mark.parametrize("forecast", REACH)
def test_a_forecast_price_is_not_the_articles_price(forecast: str) -> None:
    operands = _operands(_audit("Bitcoin traded near $65,000 on Monday.", forecast, 42000))
    assert "$65,000" in operands and "$42,000" not in operands


TWINS = [
    "Bitcoin fell to $64,000 on Tuesday, and analysts expect more volatility.",
    "On Tuesday bitcoin slipped to $64,000 as miners sold.",
    "Bitcoin changed hands at $64,000 late on Tuesday, data showed.",
]


@pytest.mark.parametrize("reported", TWINS)
def test_a_price_told_as_a_fact_is_still_the_articles_price(reported: str) -> None:
    operands = _operands(_audit("Bitcoin traded near $65,000 on Monday.", reported, 64000))
    assert "$64,000" in operands


REPORTED = [
    "Bitcoin traded near $65,000 on May 12.",
    "Bitcoin Holds $65,000 in Early May Trading",
    "Bitcoin rose to $65,000 on Monday as traders bet the Fed would cut rates.",
    "Bitcoin held $65,000 on Monday, a level analysts say could act as a floor.",
    "Bitcoin climbed to $65,000 on Monday as the market expects a rate cut.",
    "Bitcoin, which slid as if on cue after the Fed decision, traded at $65,000 on Monday.",
    "Bitcoin traded at $65,000 on Monday, a level bulls should defend, Glassnode said.",
]


@pytest.mark.parametrize("reported", REPORTED)
def test_a_reported_price_beside_a_forecast_word_prices_the_slip(reported: str) -> None:
    story = Story("fr", "Whale Watch", date(2025, 8, 26)).say(reported)
    story.say("A dormant wallet moved 37,000 BTC ($2.4 million) to Binance.")
    claims = [
        story.claim("$65,000", 65000, metric="price", asset="BTC", period=DAY, sentence=0),
        story.claim("37,000 BTC", 37000, metric="fund_flow", unit="BTC", asset="BTC", period=DAY),
        story.claim("$2.4 million", 2.4e6, metric="fund_flow", asset="BTC", period=DAY),
    ]
    report = audit(sorted(claims, key=lambda c: c.start), {story.id: story.info()})
    assert "$65,000" in _operands(report)
