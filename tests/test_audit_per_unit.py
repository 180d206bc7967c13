"""A figure per unit is another fact than the total of its metric.

"41 cents a share" and "$410 million" of net income are both profit, but one is counted
per share and the other over the company: their ratio is the share count, never a slipped
scale word. A figure the words right after it count per something ("a share", "per
diluted share", "per token", "per active cardholder", "on the dollar"), or one written in
cents, is filed apart from the totals of its metric, so it meets only figures counted the
same way. A metric counted per coin by nature (a price, a cost basis) is not split; a rate
over time ("$4.2 million a day") is a total of its window; a total beside a per-share
figure in its sentence stays a total; and a bare "$41" of net income against another
outlet's "$41 million" is still the slip it was.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run

from extractor.models import AuditReport

QUARTER = (date(2026, 7, 1), date(2026, 9, 30))
EVENT = "hashline-q3-2026"


def _one_article(
    sentence: str, per_unit: tuple[str, float], total: tuple[str, float], metric: str
) -> AuditReport:
    story = Story("pu-one", "Mining Wire", date(2026, 11, 5), event=EVENT).say(sentence)
    claims = [
        story.claim(quote, value, metric=metric, asset="HSHL", period=QUARTER)
        for quote, value in (per_unit, total)
    ]
    return run(sorted(claims, key=lambda c: c.start), [story])


def _two_outlets(
    first: tuple[str, str, str, float], second: tuple[str, str, str, float], metric: str = "profit"
) -> AuditReport:
    stories, claims = [], []
    for n, (publisher, sentence, quote, value) in enumerate((first, second)):
        story = Story(f"pu-{n}", publisher, date(2026, 11, 5), event=EVENT).say(sentence)
        stories.append(story)
        claims.append(story.claim(quote, value, metric=metric, asset="HSHL", period=QUARTER))
    return run(claims, stories)


# REACH: the per-unit figure and the total are alike once scaled by a billion; none is a slip
ONE_ARTICLE = [
    pytest.param(
        "Hashline Mining posted net income of $19 million, or 41 cents a share, while "
        "adjusted EBITDA reached $410 million.",
        ("41 cents", 0.41),
        ("$410 million", 4.1e8),
        "profit",
        id="wire-cents-a-share",
    ),
    pytest.param(
        "Card issuer Plastiq earned 52¢ per active cardholder in the quarter; revenue hit "
        "$520 million, up 30% on the year.",
        ("52¢", 0.52),
        ("$520 million", 5.2e8),
        "revenue",
        id="blog-cents-per-cardholder",
    ),
    pytest.param(
        "EPS came in at $0.73 per diluted share against a consensus of $0.70, on adjusted "
        "earnings of $730 million.",
        ("$0.73", 0.73),
        ("$730 million", 7.3e8),
        "profit",
        id="research-note-per-diluted-share",
    ),
    pytest.param(
        "Creditors of the collapsed lender will get back 18 cents on the dollar - $180 "
        "million in all - under the plan approved on Monday.",
        ("18 cents", 0.18),
        ("$180 million", 1.8e8),
        "transaction_value",
        id="newsletter-cents-on-the-dollar",
    ),
    pytest.param(
        "The studio books $0.27 per token burned and put its fee revenue for the season at "
        "$270 million.",
        ("$0.27", 0.27),
        ("$270 million", 2.7e8),
        "revenue",
        id="regional-per-token",
    ),
]


@pytest.mark.parametrize(("sentence", "per_unit", "total", "metric"), ONE_ARTICLE)
def test_a_per_unit_figure_is_no_slip_of_its_metrics_total(
    sentence: str, per_unit: tuple[str, float], total: tuple[str, float], metric: str
) -> None:
    report = _one_article(sentence, per_unit, total, metric)
    assert not report.findings, [f.explanation for f in report.findings]


def test_a_per_share_figure_is_no_slip_of_another_outlets_net_income() -> None:
    report = _two_outlets(
        (
            "Street Ledger",
            "Tidewater Hash earned 64 cents a share in the third quarter.",
            "64 cents",
            0.64,
        ),
        (
            "Miner Daily",
            "Tidewater Hash reported third-quarter net income of $640 million.",
            "$640 million",
            6.4e8,
        ),
    )
    assert not report.findings, [f.explanation for f in report.findings]


# TWINS: what must still be found
def test_a_bare_figure_missing_its_scale_word_is_still_named() -> None:
    report = _two_outlets(
        ("Street Ledger", "Tidewater Hash posted net income of $41 for the quarter.", "$41", 41.0),
        (
            "Miner Daily",
            "Tidewater Hash reported quarterly net income of $41 million.",
            "$41 million",
            4.1e7,
        ),
    )
    found = [f for f in report.findings if f.verdict == "scale_error"]
    assert [c.quote for f in found for c in f.claims] == ["$41", "$41 million"], [
        f.explanation for f in report.findings
    ]


def test_a_total_beside_a_per_share_figure_is_still_a_total() -> None:
    report = _two_outlets(
        (
            "Street Ledger",
            "Tidewater Hash reported net income of $64 billion, or 22 cents a share, in Q3.",
            "$64 billion",
            6.4e10,
        ),
        (
            "Miner Daily",
            "Tidewater Hash booked net income of $64 million in the quarter.",
            "$64 million",
            6.4e7,
        ),
    )
    assert [f.verdict for f in report.findings] == ["scale_error"], [
        f.explanation for f in report.findings
    ]


def test_per_share_figures_still_meet_each_other() -> None:
    report = _two_outlets(
        (
            "Street Ledger",
            "Tidewater Hash earned 64 cents a share in the third quarter.",
            "64 cents",
            0.64,
        ),
        (
            "Miner Daily",
            "Tidewater Hash said it earned $0.48 per share in the quarter.",
            "$0.48",
            0.48,
        ),
    )
    assert [f.verdict for f in report.findings] == ["conflict"], [
        f.explanation for f in report.findings
    ]
    assert "per unit" in report.findings[0].explanation


def test_a_rate_over_time_is_still_a_total_of_its_window() -> None:
    report = _two_outlets(
        (
            "Street Ledger",
            "Tidewater Hash took in $4.2 million a day in revenue last quarter.",
            "$4.2 million",
            4.2e6,
        ),
        (
            "Miner Daily",
            "Tidewater Hash said revenue ran at $4.2 billion per day in the quarter.",
            "$4.2 billion",
            4.2e9,
        ),
        metric="revenue",
    )
    assert [f.verdict for f in report.findings] == ["scale_error"], [
        f.explanation for f in report.findings
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tidewater Hash raised $64 million per the filing it made on Friday.",
        "Tidewater Hash raised $64 million per CoinGlass data compiled on Friday.",
        "Tidewater Hash raised $64 million per data from the exchange.",
    ],
)
def test_per_naming_a_source_is_no_per_unit_figure(sentence: str) -> None:
    report = _two_outlets(
        ("Street Ledger", sentence, "$64 million", 6.4e7),
        ("Miner Daily", "Tidewater Hash closed a $64 billion round.", "$64 billion", 6.4e10),
        metric="funding_raised",
    )
    assert [f.verdict for f in report.findings] == ["scale_error"], [
        f.explanation for f in report.findings
    ]
