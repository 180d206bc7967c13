"""Label families: the same holder's figure filed under another metric by other outlets.

One outlet's headline says miners "profit" $107 million where the others give the day's
revenue; an exchange's "loss" is the hack's haul; an issuer's "holdings" of Treasuries
are its reserves. When two outlets split over one figure a scale apart ("$107 million"
against "$107 billion" of profit), the family's figures of the same holder, day and news
(``family`` and ``kin`` in ``audit_metrics.jsonl``) are the same fact elsewhere in the
news: they name the figure nobody else gives. They only tell which side slipped; they
never meet the figures themselves (a profit per share is no slip of the revenue).
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, roles, run, slip

from extractor.models import AuditReport

HALVING = (date(2024, 4, 20), date(2024, 4, 20))
HACK_DAY = (date(2025, 2, 21), date(2025, 2, 21))
QUARTER = (date(2023, 4, 1), date(2023, 6, 30))
YEAR = (date(2024, 1, 1), date(2024, 12, 31))


def split(
    metric: str,
    ours: tuple[str, float, str],
    theirs: tuple[str, float, str],
    family: list[tuple[str, str, float, str]],
    labels: dict[str, object],
    period: tuple[date, date],
    family_period: tuple[date, date] | None = None,
) -> AuditReport:
    """Two outlets give one figure a scale apart under ``metric`` (quote, value, sentence);
    each of ``family`` (metric, quote, value, sentence) is another outlet's figure of the
    same holder, filed under another metric."""
    day = period[1] if period[1] < date(2025, 12, 31) else period[0]
    published = date.fromordinal(day.toordinal() + 1)
    stories, claims = [], []
    for n, (quote, value, sentence) in enumerate([ours, theirs]):
        story = Story(f"split-{n}", f"outlet{n}.com", published, event="news").say(sentence)
        stories.append(story)
        claims.append(story.claim(quote, value, metric=metric, period=period, **labels))  # type: ignore[arg-type]
    for n, (other, quote, value, sentence) in enumerate(family):
        story = Story(f"kin-{n}", f"kin{n}.com", published, event="news").say(sentence)
        stories.append(story)
        claims.append(
            story.claim(quote, value, metric=other, period=family_period or period, **labels)  # type: ignore[arg-type]
        )
    return run(claims, stories)


MINERS = {"asset": "BTC"}
BYBIT = {"asset": "ETH", "venue": "Bybit"}
TETHER = {"asset": "USDT"}

REACH = [
    pytest.param(
        "profit",
        ("$107 Billion", 107e9, "Bitcoin Miners Profit $107 Billion as Runes Frenzy Lifts Fees"),
        ("$107 million", 107e6, "Miners pocketed a profit of $107 million on halving day."),
        [
            ("revenue", "$107.8 million", 107.8e6, "Miner revenue hit a record $107.8 million."),
            ("revenue", "$107 million", 107e6, "Bitcoin miners raked in $107 million on Saturday."),
        ],
        MINERS,
        HALVING,
        id="a headline's profit, the day's revenue elsewhere",
    ),
    pytest.param(
        "revenue",
        ("$26.2 billion", 26.2e9, "Block subsidies added $26.2 billion to miners' revenue."),
        ("$26.2 million", 26.2e6, "The subsidy brought in revenue of $26.2 million, data show."),
        [("profit", "$26.2 million", 26.2e6, "Miners profited $26.2 million from the subsidy.")],
        MINERS,
        HALVING,
        id="revenue named by a newsletter's profit",
    ),
    pytest.param(
        "loss",
        ("$1.46 million", 1.46e6, "Bybit put its loss at $1.46 million, the CEO said."),
        ("$1.46 billion", 1.46e9, "The exchange said the loss came to $1.46 billion."),
        [
            ("hack_amount", "$1.46 billion", 1.46e9, "Hackers drained $1.46 billion of ether."),
            ("hack_amount", "$1.46 billion", 1.46e9, "Lazarus took $1.46 billion from Bybit."),
        ],
        BYBIT,
        HACK_DAY,
        id="an exchange's loss, the hack's haul elsewhere",
    ),
    pytest.param(
        "hack_amount",
        ("$1.5 million", 1.5e6, "Attackers siphoned $1.5 million in ETH from the cold wallet."),
        ("$1.5 billion", 1.5e9, "North Korean hackers stole about $1.5 billion from Bybit."),
        [("loss", "$1.5 billion", 1.5e9, "Bybit's CEO said the exchange lost $1.5 billion.")],
        BYBIT,
        HACK_DAY,
        id="a haul named by the exchange's own loss",
    ),
    pytest.param(
        "holdings",
        ("$72.5 million", 72.5e6, "Tether held $72.5 million of US Treasury bills."),
        ("$72.5 billion", 72.5e9, "The issuer's T-bill holdings stood at $72.5 billion."),
        [("reserves", "$72.5B", 72.5e9, "Treasuries made up $72.5B of USDT's reserves.")],
        TETHER,
        QUARTER,
        id="an issuer's holdings, its reserves elsewhere",
    ),
    pytest.param(
        "reserves",
        ("$72.5 million", 72.5e6, "The attestation shows $72.5 million of reserves in bills."),
        ("$72.5 billion", 72.5e9, "Reserves in T-bills reached $72.5 billion, the report said."),
        [("holdings", "$72.5 billion", 72.5e9, "Tether now holds $72.5 billion of Treasuries.")],
        TETHER,
        QUARTER,
        id="reserves named by a wire's holdings",
    ),
]


@pytest.mark.parametrize(("metric", "ours", "theirs", "family", "labels", "period"), REACH)
def test_the_familys_figure_names_the_slip_nobody_else_gives(
    metric: str,
    ours: tuple[str, float, str],
    theirs: tuple[str, float, str],
    family: list[tuple[str, str, float, str]],
    labels: dict[str, object],
    period: tuple[date, date],
) -> None:
    """``ours`` is the figure the family's outlets never give."""
    finding = slip(split(metric, ours, theirs, family, labels, period))
    assert roles(finding) == {ours[0]: "suspect", theirs[0]: "supported"}, finding.explanation
    assert "for the same fact elsewhere in the news" in finding.explanation


PROFIT_OURS = (
    "$107 Billion",
    107e9,
    "Bitcoin Miners Profit $107 Billion as Runes Frenzy Lifts Fees",
)
PROFIT_THEIRS = ("$107 million", 107e6, "Miners pocketed a profit of $107 million on halving day.")
REVENUE = ("revenue", "$107 million", 107e6, "Bitcoin miners raked in $107 million on Saturday.")


def _disputed(report: AuditReport) -> None:
    for finding in report.findings:
        assert set(roles(finding).values()) == {"disputed"}, finding.explanation


def test_a_familys_figure_of_another_length_says_nothing() -> None:
    """A year's revenue is no witness of a day's profit, whatever its digits."""
    report = split("profit", PROFIT_OURS, PROFIT_THEIRS, [REVENUE], MINERS, HALVING, YEAR)
    assert report.findings
    _disputed(report)


def test_a_familys_figure_naming_no_holder_says_nothing() -> None:
    """Without a coin or a venue the figures may be anyone's."""
    nobody = {"asset": None}
    report = split("profit", PROFIT_OURS, PROFIT_THEIRS, [REVENUE], nobody, HALVING)
    assert report.findings
    _disputed(report)


def test_a_family_on_both_sides_leaves_a_dispute() -> None:
    billion = ("revenue", "$107 billion", 107e9, "Revenue across miners: $107 billion.")
    report = split("profit", PROFIT_OURS, PROFIT_THEIRS, [REVENUE, billion], MINERS, HALVING)
    assert report.findings
    _disputed(report)


def test_a_metric_outside_the_family_says_nothing() -> None:
    """Fees paid on the day are a part of the revenue, not the same figure."""
    fees = ("fees", "$107 million", 107e6, "Users paid $107 million in fees on Saturday.")
    report = split("profit", PROFIT_OURS, PROFIT_THEIRS, [fees], MINERS, HALVING)
    assert report.findings
    _disputed(report)


def test_a_profit_per_share_never_meets_the_revenue() -> None:
    """The family only weighs a split: an earnings-per-share figure beside the quarter's
    revenue with nearly its digits is no finding."""
    quarter = (date(2024, 10, 1), date(2024, 12, 31))
    a = Story("eps-a", "nasdaq.com", date(2025, 2, 14), event="coin-q4").say(
        "Revenue of $1.84 billion was expected; the consensus EPS estimate was $1.94."
    )
    b = Story("eps-b", "zacks.com", date(2025, 2, 14), event="coin-q4").say(
        "Analysts had pencilled in $1.84 billion of revenue for the quarter."
    )
    kw = {"asset": "COIN", "period": quarter}
    claims = [
        a.claim("$1.84 billion", 1.84e9, metric="revenue", **kw),  # type: ignore[arg-type]
        a.claim("$1.94", 1.94, metric="profit", **kw),  # type: ignore[arg-type]
        b.claim("$1.84 billion", 1.84e9, metric="revenue", **kw),  # type: ignore[arg-type]
    ]
    assert run(claims, [a, b]).findings == []
