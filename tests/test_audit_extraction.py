"""The audit on short realistic articles run through the real claim extractor."""

from __future__ import annotations

from datetime import datetime

import pytest

from extractor.audit import ArticleInfo, audit
from extractor.models import Article, AuditReport

DISCLAIMER = (
    "Disclaimer: This article is for information only and is not investment advice. "
    "It first appeared on our partner site."
)
ETF = {
    "sosovalue-wrap": (
        "SoSo Wrap",
        "Bitcoin ETFs bleed $540.2 million as BTC slides\nUS spot bitcoin ETFs recorded net "
        "outflows of $540.2 million on Thursday, according to SoSoValue data. BlackRock's IBIT "
        "led the withdrawals.",
    ),
    "ledger-daily": (
        "Ledger Daily",
        "Spot bitcoin ETFs shed $540 million on Thursday as investors cut risk, SoSoValue "
        "data show.",
    ),
    "chain-brief": (
        "Chain Brief",
        "Spot bitcoin ETFs saw $540.2 billion in net outflows on Thursday, data from "
        "SoSoValue show.",
    ),
}
LIQUIDATIONS = {
    "coinglass-recap": (
        "Glass Recap",
        "Crypto liquidations top $1.2 billion\nMore than $1.2 billion was liquidated in the last "
        "24 hours, CoinGlass data show.",
    ),
    "desk-note": (
        "Desk Note",
        "Traders lost about $1.21 billion in liquidations over the past 24 hours, with longs "
        "accounting for 86% of the total, according to CoinGlass.",
    ),
}


def articles(stories: dict[str, tuple[str, str]]) -> list[Article]:
    return [
        Article(id=i, publisher=p, published=datetime(2026, 2, 6), text=t, event="btc-2026-02-06")
        for i, (p, t) in stories.items()
    ]


def audited(items: list[Article]) -> AuditReport:
    from extractor.claims import extract_article

    claims = [c for a in items for c in extract_article(a)]
    return audit(claims, {a.id: ArticleInfo.from_article(a) for a in items})


def test_billion_slipped_into_an_etf_day_is_named() -> None:
    report = audited(articles(ETF))
    (finding,) = report.findings
    assert finding.verdict == "scale_error"
    assert [c.quote for c in finding.claims if c.role == "suspect"] == ["$540.2 billion"]
    assert finding.supported_value == pytest.approx(540.2e6, rel=0.001)  # $540m or $540.2m
    assert {c.article_id for c in finding.claims if c.role == "supported"} == {
        "sosovalue-wrap",
        "ledger-daily",
    }


def test_copies_of_the_slipped_story_do_not_outvote_the_others() -> None:
    items = articles(ETF)
    slipped = items[-1]
    copies = [
        slipped.model_copy(
            update={
                "id": f"copy-{n}",
                "publisher": f"Aggregator {n}",
                "text": slipped.text + "\n" + DISCLAIMER,
                "text_hash": "",
            }
        )
        for n in (1, 2)
    ]
    copies = [Article.model_validate(c.model_dump()) for c in copies]  # recompute the hashes
    (finding,) = audited(items + copies).findings
    assert {c.quote for c in finding.claims if c.role == "suspect"} == {"$540.2 billion"}
    assert len([c for c in finding.claims if c.role == "suspect"]) == 3


def test_rounded_totals_and_a_matching_share_are_not_findings() -> None:
    report = audited(articles(LIQUIDATIONS))
    assert report.findings == []
    (summary,) = [c for c in report.consensus if c.fact.metric == "liquidations"]
    assert (summary.agreeing, summary.sources) == (2, 2)
