"""Forecasts are everyday crypto news: a figure dated after publication is kept as written,
and one figure that cannot be a valid claim never takes the article's other claims with it."""

from __future__ import annotations

import dataclasses
import logging
from datetime import datetime

import pytest

from extractor import claims as claims_module
from extractor.claims import extract_article
from extractor.models import Article, Claim

FORECAST = (
    "Spot bitcoin ETFs took in $1.2 billion last week, according to Farside Investors.\n\n"
    "Standard Chartered expects $5 billion in inflows in 2027 and sees Bitcoin at $200,000 by "
    "the end of 2026. The Fed projected only two rate cuts in 2026, down from four.\n\n"
    "Bitcoin traded at $87,400 at press time, down 2.1% on the day."
)


def article(text: str, published: str = "2025-12-18") -> Article:
    return Article(
        id="forecast-1",
        text=text,
        publisher="example.com",
        published=datetime.fromisoformat(published),
    )


def by_quote(claims: list[Claim]) -> dict[str, Claim]:
    return {c.quote: c for c in claims}


def test_a_forecast_keeps_its_own_future_period_and_the_article_keeps_the_rest() -> None:
    found = by_quote(extract_article(article(FORECAST)))
    assert {"$1.2 billion", "$5 billion", "$200,000", "$87,400", "2.1%"} <= set(found)
    inflows = found["$5 billion"]
    assert (str(inflows.period_start), str(inflows.period_end)) == ("2027-01-01", "2027-12-31")
    assert found["$87,400"].period_start is not None


def test_one_invalid_claim_is_dropped_with_a_warning_not_the_article(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = claims_module._claim

    def broken_for_one(a: Article, link: claims_module.Link) -> Claim:
        if a.text[link.amount.start : link.amount.end] == "$5 billion":
            reversed_period = (datetime(2027, 1, 2).date(), datetime(2027, 1, 1).date())
            link = dataclasses.replace(link, period=reversed_period)
        return real(a, link)

    monkeypatch.setattr(claims_module, "_claim", broken_for_one)
    with caplog.at_level(logging.WARNING, logger="extractor.claims"):
        found = by_quote(extract_article(article(FORECAST)))
    assert "$5 billion" not in found
    assert {"$1.2 billion", "$200,000", "$87,400"} <= set(found)
    assert "forecast-1: claim '$5 billion'" in caplog.text
    assert "period_start is after period_end" in caplog.text
