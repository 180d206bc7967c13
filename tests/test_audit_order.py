"""The audit reads claims as a stream in any order: the same claims give the same report.

Claims of one article need not come together (a store queried by metric, files merged by
time, several workers writing one JSONL), so nothing may hang on the order they arrive
in: not the arithmetic checked within an article, not which copy names a syndicated
source, not the order of a finding's quotes.
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from extractor.audit import ArticleInfo, audit
from extractor.models import Article, AuditReport, Claim

STORIES = {
    "sosovalue-wrap": (
        "SoSo Wrap",
        "Bitcoin ETFs bleed $540.2 million as BTC slides\nUS spot bitcoin ETFs recorded net "
        "outflows of $540.2 million on Thursday, according to SoSoValue data. BlackRock's "
        "IBIT led the withdrawals with $291.4 million, while Fidelity's FBTC shed $140.3 "
        "million.",
    ),
    "ledger-daily": (
        "Ledger Daily",
        "Spot bitcoin ETFs shed $540 million on Thursday as investors cut risk, SoSoValue "
        "data show. Bitcoin fell 4.2% from $70,000 to $67,060 over the session.",
    ),
    "chain-brief": (
        "Chain Brief",
        "Spot bitcoin ETFs saw $540.2 billion in net outflows on Thursday, data from "
        "SoSoValue show. More than $1.2 billion was liquidated in the last 24 hours.",
    ),
    "chain-brief-copy": (
        "Crypto Mirror",
        "Spot bitcoin ETFs saw $540.2 billion in net outflows on Thursday, data from "
        "SoSoValue show. More than $1.2 billion was liquidated in the last 24 hours.",
    ),
    "desk-note": (
        "Desk Note",
        "Traders lost about $1.21 billion in liquidations over the past 24 hours, with longs "
        "accounting for $1.04 billion and shorts for $170 million, according to CoinGlass. "
        "Strategy bought 4,225 BTC for $472.5 billion at an average of $111,827 per coin.",
    ),
}


def articles() -> list[Article]:
    return [
        Article(id=i, publisher=p, published=datetime(2026, 2, 6), text=t, event="btc-2026-02-06")
        for i, (p, t) in STORIES.items()
    ]


@pytest.fixture(scope="module")
def claims() -> list[Claim]:
    from extractor.claims import extract_article

    return [c for a in articles() for c in extract_article(a)]


def audited(claims: list[Claim], infos: dict[str, ArticleInfo]) -> AuditReport:
    return audit(iter(claims), infos)


def test_the_fixture_has_findings_of_every_kind_that_hangs_on_articles(
    claims: list[Claim],
) -> None:
    report = audited(claims, {a.id: ArticleInfo.from_article(a) for a in articles()})
    verdicts = {f.verdict for f in report.findings}
    assert {"scale_error", "arithmetic"} <= verdicts
    assert report.sources == len(STORIES) - 1  # the copy counts once


@pytest.mark.parametrize("seed", range(6))
def test_claims_in_any_order_give_the_same_report(claims: list[Claim], seed: int) -> None:
    infos = {a.id: ArticleInfo.from_article(a) for a in articles()}
    expected = audited(claims, infos)
    shuffled = list(claims)
    random.Random(seed).shuffle(shuffled)
    backwards = dict(reversed(list(infos.items())))
    assert audited(shuffled, backwards) == expected
    assert audited(list(reversed(claims)), infos) == expected


def test_interleaved_articles_keep_their_arithmetic(claims: list[Claim]) -> None:
    """Round-robin over the articles: no article's claims ever come two in a row."""
    infos = {a.id: ArticleInfo.from_article(a) for a in articles()}
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    interleaved = [
        queue[i] for i in range(max(map(len, by_article.values())))
        for queue in by_article.values() if i < len(queue)
    ]  # fmt: skip
    report = audited(interleaved, infos)
    assert report == audited(claims, infos)
    assert any(f.verdict == "arithmetic" for f in report.findings)
