"""Figures of two articles are one fact only when they can be one story's.

A figure's labels are the extraction's reading of it, and on unseen news some are misread.
Two unrelated stories whose misread labels and windows collide (a stablecoin's supply read
as a payment firm's month of transfers, an index's constituents' value as the whole
market's, a share of an ETF's owners as its flows) are no disagreement. Where the input
files neither article under a news event, two articles published more than a week apart
are one story's only when the figures' sentences name a common subject beyond the labels
(a coin, company, fund, venue or data provider the lexicons know); otherwise they never
conflict, and a scale slip between them needs the same digits written. A news cluster with
no event named (as the daily runs give it) keeps its slips and conflicts, and so do two
late reports of one month that name one fund, or that write the same digits a scale apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from audit_claims import Story, run

from extractor.models import AuditReport


@dataclass(frozen=True)
class Side:
    """One outlet's sentence and figure."""

    publisher: str
    published: date
    sentence: str
    quote: str
    value: float


SEPTEMBER = (date(2026, 9, 1), date(2026, 9, 30))
SEPT_30 = (date(2026, 9, 30), date(2026, 9, 30))
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
AUG_31 = (date(2026, 8, 31), date(2026, 8, 31))
JUNE_30 = (date(2026, 6, 30), date(2026, 6, 30))


def _audit(
    labels: dict[str, object],
    period: tuple[date, date],
    sides: list[Side],
    event: str | None = None,
) -> AuditReport:
    stories, claims = [], []
    for n, side in enumerate(sides):
        story = Story(f"st-{n}", side.publisher, side.published, event=event).say(side.sentence)
        stories.append(story)
        claims.append(story.claim(side.quote, side.value, period=period, **labels))  # type: ignore[arg-type]
    return run(claims, stories)


def _cited(report: AuditReport) -> list[tuple[str, list[str]]]:
    return [(f.verdict, [c.quote for c in f.claims]) for f in report.findings]


PAYMENTS = {"metric": "transaction_value", "asset": None, "unit": "USD"}
MARKET_VALUE = {"metric": "market_cap", "asset": "CRYPTO", "unit": "USD"}
ETF_SHARE = {"metric": "etf_flow", "asset": "BTC", "unit": "%"}
VOLUME = {"metric": "trading_volume", "asset": "CRYPTO", "unit": "USD"}
GOLD = {"metric": "holdings", "asset": "XAU", "unit": "USD"}
LOCKED = {"metric": "tvl", "asset": "CRYPTO", "unit": "USD"}
TURNOVER = {"metric": "trading_volume", "asset": None, "unit": "USD"}
INFLOWS = {"metric": "etf_flow", "side": "inflow", "asset": "BTC", "unit": "USD"}

# Unrelated stories weeks apart whose misread labels collide: each gave a false finding.
COLLISIONS = [
    pytest.param(
        PAYMENTS,
        SEPTEMBER,
        Side(
            "Stablecoin Monthly",
            date(2026, 10, 7),
            "Tether's USDT added $1.6 billion in September to end the month at $185.3 billion.",
            "$185.3 billion",
            1.853e11,
        ),
        Side(
            "Lagos Tech Courier",
            date(2026, 10, 21),
            "Kora Pay, a remittance app, said it processed $184 million for 212,000 users in "
            "September.",
            "$184 million",
            1.84e8,
        ),
        id="stablecoin-supply-vs-remittance-app",
    ),
    pytest.param(
        MARKET_VALUE,
        SEPT_30,
        Side(
            "Index Desk",
            date(2026, 10, 2),
            "The combined market value of the benchmark's 20 members stood at $3.41 trillion "
            "on Sept. 30, or 93% of the total crypto market, according to CoinGecko.",
            "$3.41 trillion",
            3.41e12,
        ),
        Side(
            "Fund Letters",
            date(2026, 10, 14),
            "Total crypto market capitalization ended September at $4.1 trillion, "
            "CoinMarketCap data show.",
            "$4.1 trillion",
            4.1e12,
        ),
        id="index-members-vs-whole-market",
    ),
    pytest.param(
        ETF_SHARE,
        SEPT_30,
        Side(
            "Harbour Ledger",
            date(2026, 10, 6),
            "Assets of the country's seven listed crypto ETFs climbed to A$2.36 billion at the "
            "end of September, up 18% on the month, helped by bitcoin's rise.",
            "18%",
            18.0,
        ),
        Side(
            "Allocator Weekly",
            date(2026, 11, 21),
            "Professional investors owned 27.4% of the shares of U.S. spot bitcoin funds at "
            "the end of September, according to an analysis of 13F filings.",
            "27.4%",
            27.4,
        ),
        id="etf-asset-growth-vs-ownership-share",
    ),
    # reach: other desks, assets and regions
    pytest.param(
        VOLUME,
        OCTOBER,
        Side(
            "Seoul Markets",
            date(2026, 11, 3),
            "Upbit and Bithumb together handled $96 billion of trades in October, a record for "
            "the won market.",
            "$96 billion",
            9.6e10,
        ),
        Side(
            "Istanbul Finance Review",
            date(2026, 11, 26),
            "Turkish platforms' October turnover reached $84 billion, the central bank's survey "
            "showed.",
            "$84 billion",
            8.4e10,
        ),
        id="korean-vs-turkish-exchange-volume",
    ),
    pytest.param(
        GOLD,
        JUNE_30,
        Side(
            "Bullion Desk",
            date(2026, 7, 3),
            "Central banks' gold reserves were worth $4.2 trillion at the end of June, the "
            "council's quarterly survey found.",
            "$4.2 trillion",
            4.2e12,
        ),
        Side(
            "Private Wealth Wire",
            date(2026, 7, 20),
            "Swiss private banks held $3.6 trillion of client bullion at the end of June, the "
            "bankers' association said.",
            "$3.6 trillion",
            3.6e12,
        ),
        id="central-bank-gold-vs-private-bank-gold",
    ),
    pytest.param(
        LOCKED,
        AUG_31,
        Side(
            "DeFi Pulse Weekly",
            date(2026, 9, 2),
            "Lending markets held $2.9 billion in deposits at the end of August, DeFiLlama "
            "data show.",
            "$2.9 billion",
            2.9e9,
        ),
        Side(
            "Restaking Review",
            date(2026, 9, 18),
            "Restaking protocols' deposits were $3.4 billion on Aug. 31, according to a public "
            "dashboard.",
            "$3.4 billion",
            3.4e9,
        ),
        id="lending-vs-restaking-deposits",
    ),
    pytest.param(
        TURNOVER,
        SEPTEMBER,
        Side(
            "Equities on Chain",
            date(2026, 10, 4),
            "Tokenized stock trading on Kraken reached $1.37 billion in September.",
            "$1.37 billion",
            1.37e9,
        ),
        Side(
            "Sports Betting Digest",
            date(2026, 10, 29),
            "Polymarket cleared $1.4 million in cricket contracts in September.",
            "$1.4 million",
            1.4e6,
        ),
        id="tokenized-stocks-vs-cricket-contracts",
    ),
]


@pytest.mark.parametrize(("labels", "period", "a", "b"), COLLISIONS)
def test_unrelated_stories_weeks_apart_raise_nothing(
    labels: dict[str, object], period: tuple[date, date], a: Side, b: Side
) -> None:
    assert _cited(_audit(labels, period, [a, b])) == []


# Twins: the same kinds of figure, but one story's.
LIQUIDATIONS = {"metric": "liquidations", "asset": "CRYPTO", "unit": "USD"}
CRASH = date(2026, 2, 6)


def test_a_cluster_without_an_event_still_names_its_slip() -> None:
    sides = [
        Side(
            "Mitrade",
            CRASH,
            "Crypto liquidations reached $2.65 billion in the past 24 hours, CoinGlass said.",
            "$2.65 billion",
            2.65e9,
        ),
        Side(
            "Coin Desk Wire",
            CRASH,
            "Traders lost $2.65 million to liquidations over the past 24 hours.",
            "$2.65 million",
            2.65e6,
        ),
        Side(
            "Chain Brief",
            CRASH,
            "About $2.6 billion of leveraged positions were wiped out in the past day.",
            "$2.6 billion",
            2.6e9,
        ),
    ]
    report = _audit(LIQUIDATIONS, "last_24h", sides)  # type: ignore[arg-type]
    suspects = [c.quote for f in report.findings for c in f.claims if c.role == "suspect"]
    assert suspects == ["$2.65 million"]


def _ibit(sentence_b: str, quote_b: str, value_b: float) -> list[Side]:
    return [
        Side(
            "ETF Tracker",
            date(2026, 10, 3),
            "Spot bitcoin ETFs took in $3.52 billion in September, led by IBIT, SoSoValue "
            "data show.",
            "$3.52 billion",
            3.52e9,
        ),
        Side("Fund Flows Weekly", date(2026, 10, 24), sentence_b, quote_b, value_b),
    ]


def test_late_reports_of_one_month_naming_one_fund_still_conflict() -> None:
    sides = _ibit(
        "September's spot bitcoin ETF inflows came to $4.4 billion, with IBIT drawing most of it.",
        "$4.4 billion",
        4.4e9,
    )
    assert [v for v, _ in _cited(_audit(INFLOWS, SEPTEMBER, sides))] == ["conflict"]


def test_late_reports_with_the_same_digits_a_scale_apart_are_still_a_slip() -> None:
    sides = _ibit(
        "September's spot bitcoin fund inflows came to $3.52 million, an analyst said.",
        "$3.52 million",
        3.52e6,
    )
    assert [v for v, _ in _cited(_audit(INFLOWS, SEPTEMBER, sides))] == ["scale_error"]


@pytest.mark.parametrize(
    ("event", "late"),
    [("won-lira-volumes-2026-10", date(2026, 11, 26)), (None, date(2026, 11, 7))],
    ids=["one-event", "within-a-week"],
)
def test_one_event_or_one_week_still_conflicts(event: str | None, late: date) -> None:
    (_, _, a, b) = COLLISIONS[3].values
    sides = [a, Side(b.publisher, late, b.sentence, b.quote, b.value)]  # type: ignore[attr-defined]
    assert [v for v, _ in _cited(_audit(VOLUME, OCTOBER, sides, event))] == ["conflict"]


@pytest.mark.xfail(
    strict=True,
    reason="an ambiguous company name ('Strategy', 'Circle') is no common subject, so two late "
    "reports of one company's month with other digits a scale apart are judged two stories",
)
def test_late_reports_naming_one_company_by_an_ambiguous_name_still_a_slip() -> None:
    purchases: dict[str, object] = {"metric": "transaction_value", "asset": "BTC", "unit": "USD"}
    april = (date(2026, 4, 1), date(2026, 4, 30))
    sides = [
        Side(
            "Markets Daily",
            date(2026, 5, 2),
            "Strategy spent $1.2 billion on bitcoin purchases in April, a filing showed.",
            "$1.2 billion",
            1.2e9,
        ),
        Side(
            "Asia Business Review",
            date(2026, 5, 25),
            "Strategy's April bitcoin buying cost $1.18 million, the company disclosed.",
            "$1.18 million",
            1.18e6,
        ),
    ]
    assert [v for v, _ in _cited(_audit(purchases, april, sides))] == ["scale_error"]
