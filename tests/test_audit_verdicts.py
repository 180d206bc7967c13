"""Verdicts on hand-built claims from realistic crypto-news sentences.

Each scenario is a few short articles; the table says which verdict (if any) the audit
must reach, which quote it must name as likely wrong and which value it must support.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from audit_claims import Story

from extractor.audit import AuditSettings, audit
from extractor.models import AuditReport, Claim, Finding

Scenario = Callable[[], tuple[list[Claim], list[Story]]]
FEB5 = (date(2026, 2, 5), date(2026, 2, 5))
FEB4 = (date(2026, 2, 4), date(2026, 2, 4))
MAR1 = (date(2026, 3, 1), date(2026, 3, 1))


def run(scenario: Scenario, tolerance: float = 0.05) -> AuditReport:
    claims, stories = scenario()
    infos = {s.id: s.info() for s in stories}
    return audit(claims, infos, AuditSettings(tolerance=tolerance))


def suspects(finding: Finding) -> list[str]:
    return [c.quote for c in finding.claims if c.role == "suspect"]


# --- scale slips ------------------------------------------------------------------


def million_vs_billion() -> tuple[list[Claim], list[Story]]:
    a = Story("mvb-a", "Mitrade").say(
        "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 "
        "traders were liquidated in derivatives."
    )
    b = Story("mvb-b", "Coinpedia").say(
        "In just 24 hours, more than $2.65 billion worth of leveraged crypto positions "
        "were wiped out."
    )
    c = Story("mvb-c", "CryptoDesk").say(
        "CoinGlass data shows $2.65 billion in liquidations over the past day, most of it longs."
    )
    claims = [
        a.claim("$2.65 million", 2.65e6),
        b.claim("$2.65 billion", 2.65e9, qualifier="more_than"),
        c.claim("$2.65 billion", 2.65e9),
    ]
    return claims, [a, b, c]


def headline_vs_body() -> tuple[list[Claim], list[Story]]:
    a = Story("seed", "Mitrade").say(
        "Crypto market loses $2.65 billion as Bitcoin dips to $60,000 amid bearish sentiment"
    )
    a.say("More than $2.60 billion was wiped out of the crypto market over the last 24 hours.")
    a.say("The crypto market lost $2.65 million in the last 24 hours, CoinGlass data show.")
    claims = [
        a.claim("$2.65 billion", 2.65e9, sentence=0),
        a.claim("$2.60 billion", 2.6e9, qualifier="more_than", sentence=1),
        a.claim("$2.65 million", 2.65e6),
    ]
    return claims, [a]


def headline_vs_body_only() -> tuple[list[Claim], list[Story]]:
    a = Story("seed", "Mitrade").say("Crypto market loses $2.65 billion as Bitcoin dips to $60,000")
    a.say("The crypto market lost $2.65 million in the last 24 hours, CoinGlass data show.")
    claims = [a.claim("$2.65 billion", 2.65e9, sentence=0), a.claim("$2.65 million", 2.65e6)]
    return claims, [a]


def percent_vs_fraction() -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "funding_rate", "unit": "%", "asset": "BTC", "period": FEB5}
    a = Story("a", "BlockBeat").say(
        "Funding rates on bitcoin perpetuals sat at 0.0100% on Thursday."
    )
    b = Story("b", "Ledgerline").say(
        "Bitcoin's funding rate was 0.0100% on Thursday, per Coinglass."
    )
    c = Story("c", "ChartWatch").say("The BTC funding rate held at 1.00% on Thursday.")
    claims = [
        a.claim("0.0100%", 0.01, **kw),
        b.claim("0.0100%", 0.01, **kw),
        c.claim("1.00%", 1.0, **kw),
    ]
    return claims, [a, b, c]


def price_thousand_slip() -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "price", "asset": "BTC", "period": (date(2026, 3, 13), date(2026, 3, 13))}
    a = Story("a", "News Example").say("Bitcoin slid to $66,400 on Friday after the CPI print.")
    b = Story("b", "CryptoDesk").say("BTC bottomed near $66,400 on Friday before bouncing.")
    c = Story("c", "FX Markets").say(
        "Bitcoin fell to $66.4 million on Friday, its lowest in weeks."
    )
    claims = [
        a.claim("$66,400", 66400, **kw),
        b.claim("$66,400", 66400, qualifier="approx", **kw),
        c.claim("$66.4 million", 66.4e6, **kw),
    ]
    return claims, [a, b, c]


def split_one_to_one() -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "market_cap", "period": (date(2026, 3, 10), date(2026, 3, 10))}
    a = Story("a", "CoinPulse").say(
        "The total crypto market capitalization stood at $2.41 trillion."
    )
    b = Story("b", "Ledgerline").say("Total crypto market value reached $2.41 billion on Tuesday.")
    return [a.claim("$2.41 trillion", 2.41e12, **kw), b.claim("$2.41 billion", 2.41e9, **kw)], [
        a,
        b,
    ]


@dataclass(frozen=True)
class Slip:
    scenario: Scenario
    suspect: list[str]
    supported: float | None
    factor: float


SLIPS = [
    Slip(million_vs_billion, ["$2.65 million"], 2.65e9, 1000),
    Slip(headline_vs_body, ["$2.65 million"], 2.65e9, 1000),
    Slip(percent_vs_fraction, ["1.00%"], 0.01, 0.01),
    Slip(price_thousand_slip, ["$66.4 million"], 66400, 0.001),
    Slip(split_one_to_one, [], None, 1000),
    Slip(headline_vs_body_only, [], None, 1000),
]


@pytest.mark.parametrize("case", SLIPS, ids=lambda c: c.scenario.__name__)
def test_scale_slip_is_found_and_the_supported_value_named(case: Slip) -> None:
    report = run(case.scenario)
    assert [f.verdict for f in report.findings] == ["scale_error"]
    finding = report.findings[0]
    assert suspects(finding) == case.suspect
    if case.supported is None:  # sources split: either side may be the slip
        assert finding.supported_value is None
        assert finding.factor in (pytest.approx(case.factor), pytest.approx(1 / case.factor))
        assert {c.role for c in finding.claims} == {"disputed"}
        assert finding.severity == "medium"
        assert re.search(r"split 1 to 1|gives both figures equally often", finding.explanation)
    else:  # the suspect times the factor is the supported value
        assert finding.supported_value == pytest.approx(case.supported)
        assert finding.factor == pytest.approx(case.factor)
        assert finding.severity == "high"
        assert f"“{case.suspect[0]}”" in finding.explanation


def test_scale_slip_confidence_grows_with_independent_support() -> None:
    alone = run(headline_vs_body).findings[0]
    backed = run(million_vs_billion).findings[0]
    assert 0.5 < alone.confidence < backed.confidence <= 1


# --- conflicts --------------------------------------------------------------------


def hack_estimates() -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "hack_amount", "asset": "ETH", "period": MAR1}
    a = Story("a", "ChainSentry").say("Cross-chain bridge Kestrel lost $71.4 million on Sunday.")
    b = Story("b", "News Example DeFi").say(
        "An attacker drained about $71.4 million from the Kestrel bridge on Sunday."
    )
    c = Story("c", "Block Research").say(
        "Cyvers estimated the total damage from Sunday's attack at $93.5 million."
    )
    claims = [
        a.claim("$71.4 million", 71.4e6, **kw),
        b.claim("$71.4 million", 71.4e6, qualifier="approx", **kw),
        c.claim("$93.5 million", 93.5e6, **kw),
    ]
    return claims, [a, b, c]


def etf_day_seven_percent() -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "etf_flow", "side": "outflow", "asset": "BTC", "period": FEB5}
    a = Story("etf-a", "SoSoValue Daily").say("Spot bitcoin ETFs bled $540.2 million on Thursday.")
    b = Story("etf-b", "Farside Wrap").say(
        "US spot bitcoin ETFs saw $502.0 million in outflows on Thursday."
    )
    return [a.claim("$540.2 million", 540.2e6, **kw), b.claim("$502.0 million", 502.0e6, **kw)], [
        a,
        b,
    ]


def test_conflict_reports_relative_difference_and_names_the_outlier() -> None:
    report = run(hack_estimates)
    assert [f.verdict for f in report.findings] == ["conflict"]
    finding = report.findings[0]
    assert suspects(finding) == ["$93.5 million"]
    assert finding.supported_value == pytest.approx(71.4e6)
    # outside every honest interval: "about $71.4 million" allows up to 5% more
    assert finding.relative_difference == pytest.approx((93.45 - 71.4 * 1.05) / 93.45, rel=1e-3)
    assert "19.8% apart" in finding.explanation


@pytest.mark.parametrize(("tolerance", "flagged"), [(0.05, True), (0.10, False)])
def test_tolerance_decides_a_conflict(tolerance: float, flagged: bool) -> None:
    report = run(etf_day_seven_percent, tolerance)
    assert [f.verdict for f in report.findings] == (["conflict"] if flagged else [])
    if flagged:
        assert report.findings[0].tolerance == tolerance
        assert {c.role for c in report.findings[0].claims} == {"disputed"}


# --- part and whole ---------------------------------------------------------------


def share_of_longs() -> tuple[list[Claim], list[Story]]:
    a = Story("share-a", "Mitrade").say(
        "Crypto market loses $2.65 billion as Bitcoin dips to $60,000 amid bearish sentiment"
    )
    a.say("Roughly 585,000 traders were liquidated, resulting in a $2.62 billion wipeout of longs.")
    b = Story("share-b", "Coinpedia").say(
        "Around 82% of these liquidations came from long traders who were betting on higher prices."
    )
    claims = [
        a.claim("$2.65 billion", 2.65e9, sentence=0),
        a.claim("$2.62 billion", 2.62e9, side="long"),
        b.claim("82%", 82, unit="%", side="long", qualifier="approx"),
    ]
    return claims, [a, b]


def long_exceeds_total() -> tuple[list[Claim], list[Story]]:
    a = Story("a", "CryptoDesk").say(
        "Total liquidations reached $1.2 billion in the past 24 hours."
    )
    b = Story("b", "Markets Brief").say(
        "Long traders alone lost $1.9 billion in the past 24 hours."
    )
    return [a.claim("$1.2 billion", 1.2e9), b.claim("$1.9 billion", 1.9e9, side="long")], [a, b]


def parts_add_up_to_more() -> tuple[list[Claim], list[Story]]:
    a = Story("a", "CryptoDesk").say("Liquidations hit $1.21 billion in the last 24 hours.")
    b = Story("b", "Markets Brief").say(
        "Over the past day, $930 million of longs and $510 million of shorts were liquidated."
    )
    claims = [
        a.claim("$1.21 billion", 1.21e9),
        b.claim("$930 million", 930e6, side="long"),
        b.claim("$510 million", 510e6, side="short"),
    ]
    return claims, [a, b]


@pytest.mark.parametrize(
    ("scenario", "roles", "words"),
    [
        (share_of_longs, ["share", "part", "whole"], "98.9%"),
        (long_exceeds_total, ["part", "whole"], "exceeds the whole"),
        (parts_add_up_to_more, ["part", "part", "whole"], "add up to more"),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_part_whole_disagreement(scenario: Scenario, roles: list[str], words: str) -> None:
    report = run(scenario)
    assert [f.verdict for f in report.findings] == ["part_whole"]
    assert [c.role for c in report.findings[0].claims] == roles
    assert words in report.findings[0].explanation


# --- what must not be flagged -----------------------------------------------------


def rounding_cases() -> tuple[list[Claim], list[Story]]:
    etf = {"metric": "etf_flow", "side": "outflow", "asset": "BTC", "period": FEB5}
    top = {"asset": "BTC", "venue": "Binance"}
    price = {"metric": "price", "asset": "BTC", "period": (date(2026, 2, 6), date(2026, 2, 6))}
    a = Story("a", "Mitrade")
    a.say("An outflow of $258 million on Thursday, amounting to more than $500 million this month.")
    a.say("The largest single liquidation occurred on Binance, an entity losing $12.02 million.")
    a.say("Bitcoin dropped to $60,000 earlier on Friday before a whipsaw to $65,000.")
    b = Story("b", "Coinpedia")
    b.say("On February 5, spot Bitcoin ETFs recorded $258.8 million in net withdrawals.")
    b.say("The single largest liquidation happened on Binance, a position worth $12 million.")
    b.say("Bitcoin's price fell to $60,030, erasing gains made since its October peak.")
    claims = [
        a.claim("$258 million", 258e6, sentence=0, **etf),
        b.claim("$258.8 million", 258.8e6, sentence=0, **etf),
        a.claim("$12.02 million", 12.02e6, sentence=1, **top),
        b.claim("$12 million", 12e6, sentence=1, **top),
        a.claim("$60,000", 60000, sentence=2, **price),
        a.claim("$65,000", 65000, sentence=2, **price),
        b.claim("$60,030", 60030, sentence=2, **price),
    ]
    return claims, [a, b]


def open_bounds_and_qualifiers() -> tuple[list[Claim], list[Story]]:
    a = Story("a", "Mitrade").say("More than $2.60 billion was wiped out over the last 24 hours.")
    b = Story("b", "Coinpedia").say("In just 24 hours, more than $2.65 billion was wiped out.")
    c = Story("c", "BTC Insider").say("Nearly $2.7 billion in positions were liquidated in a day.")
    claims = [
        a.claim("$2.60 billion", 2.6e9, qualifier="more_than"),
        b.claim("$2.65 billion", 2.65e9, qualifier="more_than"),
        c.claim("$2.7 billion", 2.7e9, qualifier="approx"),
    ]
    return claims, [a, b, c]


def long_vs_total_are_two_facts() -> tuple[list[Claim], list[Story]]:
    a = Story("a", "Markets Brief").say(
        "Roughly $1.2 billion was liquidated, with long traders absorbing about $1.03 billion."
    )
    b = Story("b", "CryptoDesk").say("Longs made up about 86% of the $1.21 billion liquidated.")
    claims = [
        a.claim("$1.2 billion", 1.2e9, qualifier="approx"),
        a.claim("$1.03 billion", 1.03e9, side="long", qualifier="approx"),
        b.claim("86%", 86, unit="%", side="long", qualifier="approx"),
        b.claim("$1.21 billion", 1.21e9),
    ]
    return claims, [a, b]


def different_days_and_scopes() -> tuple[list[Claim], list[Story]]:
    etf = {"metric": "etf_flow", "side": "outflow", "asset": "BTC"}
    a = Story("a", "Coinpedia").say("On February 5, spot Bitcoin ETFs recorded $258.8 million out.")
    b = Story("b", "Farside Wrap").say("A day earlier, the funds saw a $544.9 million outflow.")
    c = Story("c", "CryptoDesk").say("Ether liquidations reached $412 million in 24 hours.")
    d = Story("d", "Ledgerline").say("Crypto liquidations reached $1.2 billion in 24 hours.")
    e = Story("e", "Hype Watch").say("On Hyperliquid alone, liquidations reached $418 million.")
    claims = [
        a.claim("$258.8 million", 258.8e6, period=FEB5, **etf),
        b.claim("$544.9 million", 544.9e6, period=FEB4, **etf),
        c.claim("$412 million", 412e6, asset="ETH"),
        d.claim("$1.2 billion", 1.2e9),
        e.claim("$418 million", 418e6, asset="ETH", venue="Hyperliquid"),
    ]
    return claims, [a, b, c, d, e]


def one_article_two_losses() -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "loss", "asset": "MSTR", "period": (date(2025, 10, 1), date(2025, 12, 31))}
    a = Story("a", "Mitrade").say(
        "Strategy posted a $12.6 billion loss in Q4 2025 and an operating loss of $17.4 billion."
    )
    return [a.claim("$12.6 billion", 12.6e9, **kw), a.claim("$17.4 billion", 17.4e9, **kw)], [a]


def windows_two_days_apart() -> tuple[list[Claim], list[Story]]:
    a = Story("a", "Mitrade", date(2026, 2, 6)).say("The market lost $2.65 million in 24 hours.")
    b = Story("b", "Coinpedia", date(2026, 2, 8)).say("Over 24 hours, $2.65 billion was wiped out.")
    return [a.claim("$2.65 million", 2.65e6), b.claim("$2.65 billion", 2.65e9)], [a, b]


def counts_of_different_things() -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "hack_amount", "unit": "count", "asset": "ETH", "period": MAR1}
    a = Story("a", "Block Research").say("The attacker made 17 fraudulent withdrawals on Sunday.")
    b = Story("b", "ChainSentry").say("The proceeds were split across 46 fresh addresses.")
    c = Story("c", "News Example DeFi").say("Arkham data showed 46 addresses holding the loot.")
    claims = [a.claim("17", 17, **kw), b.claim("46", 46, **kw), c.claim("46", 46, **kw)]
    return claims, [a, b, c]


def test_counts_of_traders_are_compared() -> None:
    def traders() -> tuple[list[Claim], list[Story]]:
        kw = {"metric": "participants", "unit": "count"}
        a = Story("a", "Mitrade").say("Roughly 585,000 traders were liquidated in 24 hours.")
        b = Story("b", "CryptoDesk").say("More than 318,000 traders were liquidated in 24 hours.")
        c = Story("c", "Glass Recap").say("CoinGlass counted 318,400 traders liquidated in a day.")
        claims = [
            a.claim("585,000", 585000, qualifier="approx", **kw),
            b.claim("318,000", 318000, qualifier="more_than", **kw),
            c.claim("318,400", 318400, **kw),
        ]
        return claims, [a, b, c]

    (finding,) = run(traders).findings
    assert finding.verdict == "conflict" and suspects(finding) == ["585,000"]


def two_days_named_is_not_one_day() -> tuple[list[Claim], list[Story]]:
    etf = {"metric": "etf_flow", "side": "inflow", "asset": "BTC"}
    tue, mon_tue = (date(2026, 3, 10),) * 2, (date(2026, 3, 9), date(2026, 3, 10))
    a = Story("a", "BlockBeat", date(2026, 3, 11)).say("ETFs took in $458.6 million on Tuesday.")
    b = Story("b", "Ledgerline", date(2026, 3, 11)).say("Tuesday's ETF inflow was $458.6 million.")
    c = Story("c", "News Example", date(2026, 3, 13)).say(
        "Spot bitcoin ETFs pulled in more than $640 million on Monday and Tuesday."
    )
    claims = [
        a.claim("$458.6 million", 458.6e6, period=tue, **etf),
        b.claim("$458.6 million", 458.6e6, period=tue, **etf),
        c.claim("$640 million", 640e6, qualifier="more_than", period=mon_tue, **etf),
    ]
    return claims, [a, b, c]


@pytest.mark.parametrize(
    "scenario",
    [
        two_days_named_is_not_one_day,
        counts_of_different_things,
        rounding_cases,
        open_bounds_and_qualifiers,
        long_vs_total_are_two_facts,
        different_days_and_scopes,
        one_article_two_losses,
        windows_two_days_apart,
    ],
)
def test_not_flagged(scenario: Scenario) -> None:
    assert run(scenario).findings == []


def test_windows_published_a_day_apart_are_one_window() -> None:
    def one_day_apart() -> tuple[list[Claim], list[Story]]:
        _, stories = windows_two_days_apart()
        a, b = stories
        b.published = date(2026, 2, 7)
        return [a.claim("$2.65 million", 2.65e6), b.claim("$2.65 billion", 2.65e9)], stories

    assert [f.verdict for f in run(one_day_apart).findings] == ["scale_error"]


# --- consensus --------------------------------------------------------------------


def test_consensus_is_the_median_of_independent_sources() -> None:
    report = run(hack_estimates)
    (summary,) = report.consensus
    assert summary.value == pytest.approx(71.4e6)
    assert (summary.agreeing, summary.sources, summary.claims) == (2, 3, 3)
    assert [c.quote for c in summary.outliers] == ["$93.5 million"]
    assert summary.finding_ids == [report.findings[0].id]
    assert summary.publishers == ["ChainSentry", "News Example DeFi"]


def test_findings_are_ordered_most_severe_first() -> None:
    def everything() -> tuple[list[Claim], list[Story]]:
        parts = [etf_day_seven_percent(), share_of_longs(), million_vs_billion()]
        return [c for claims, _ in parts for c in claims], [s for _, ss in parts for s in ss]

    verdicts = [(f.severity, f.verdict) for f in run(everything).findings]
    assert verdicts == [("high", "scale_error"), ("medium", "part_whole"), ("low", "conflict")]


def test_figures_far_apart_are_another_fact_not_a_conflict_or_a_consensus() -> None:
    def valuation() -> tuple[list[Claim], list[Story]]:
        kw = {"metric": "market_cap_change", "side": "down", "period": (date(2026, 2, 6),) * 2}
        a = Story("a", "Mitrade").say("The cryptocurrency market valuation is down $2.8 trillion.")
        b = Story("b", "Coinpedia").say("The crash wiped out around $350 billion in market value.")
        c = Story("c", "BlockBeat").say("About $360 billion of market value vanished on Friday.")
        claims = [
            a.claim("$2.8 trillion", 2.8e12, **kw),
            b.claim("$350 billion", 350e9, qualifier="approx", **kw),
            c.claim("$360 billion", 360e9, qualifier="approx", **kw),
        ]
        return claims, [a, b, c]

    report = run(valuation)
    assert report.findings == []
    (summary,) = report.consensus
    assert (summary.agreeing, summary.sources, summary.claims) == (2, 2, 2)
    assert summary.value == pytest.approx(350e9)
