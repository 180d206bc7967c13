"""Big real-style clusters: the honest spread, slips inside it, open bounds, the consensus.

A crash day's "24-hour liquidations" drift from $2.2 billion to $2.7 billion as outlets
publish through the day; some round up ("more than $2 billion"). A slipped "$2.67
million" must be named however wide the spread, an outlier outside every honest reading
is a conflict with the spread shown, and no open bound may set the centre.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run

from extractor.audit import audit
from extractor.models import AuditReport, Claim

CRASH_DAY = date(2026, 2, 6)
DRIFT = [  # (publisher, sentence, quote, value, qualifier), each a different outlet
    (
        "CoinDesk Wire",
        "Over $2.2 billion was liquidated in the past 24 hours, CoinGlass data show.",
        "$2.2 billion",
        2.2e9,
        "more_than",
    ),
    (
        "Decrypt Daily",
        "Liquidations hit $2.24 billion in the last 24 hours as bitcoin slid.",
        "$2.24 billion",
        2.24e9,
        "exact",
    ),
    (
        "The Block Wire",
        "Traders saw $2.31 billion in positions liquidated over the past day.",
        "$2.31 billion",
        2.31e9,
        "exact",
    ),
    (
        "Cointelegraph Desk",
        "Some $2.38 billion of leveraged bets were wiped out in 24 hours.",
        "$2.38 billion",
        2.38e9,
        "approx",
    ),
    (
        "BeInCrypto Brief",
        "CoinGlass counted $2.45 billion in liquidations over the last 24 hours.",
        "$2.45 billion",
        2.45e9,
        "exact",
    ),
    (
        "Blockworks Wire",
        "Roughly $2.5 billion in longs and shorts were liquidated in a day.",
        "$2.5 billion",
        2.5e9,
        "approx",
    ),
    (
        "U.Today Desk",
        "The market lost $2.58 billion to liquidations in the last 24 hours.",
        "$2.58 billion",
        2.58e9,
        "exact",
    ),
    (
        "Coinpedia",
        "In just 24 hours, $2.65 billion worth of leveraged positions were wiped out.",
        "$2.65 billion",
        2.65e9,
        "exact",
    ),
    (
        "FXStreet Wire",
        "More than $2.60 billion was wiped out of the crypto market over the last 24 hours.",
        "$2.60 billion",
        2.6e9,
        "more_than",
    ),
    (
        "CryptoSlate Desk",
        "Liquidations across exchanges reached $2.71 billion in 24 hours.",
        "$2.71 billion",
        2.71e9,
        "exact",
    ),
    (
        "Bitcoinist Brief",
        "More than $2 billion was liquidated in the past 24 hours.",
        "$2 billion",
        2e9,
        "more_than",
    ),
]


def crash_cluster(extra: list[tuple[str, str, str, float, str]] | None = None):
    claims: list[Claim] = []
    stories: list[Story] = []
    for i, (publisher, sentence, quote, value, qualifier) in enumerate([*DRIFT, *(extra or [])]):
        story = Story(f"crash-{i}", publisher, CRASH_DAY, event="btc-crash-2026-02-06").say(
            sentence
        )
        claims.append(story.claim(quote, value, qualifier=qualifier))
        stories.append(story)
    return claims, stories


def test_honest_drift_is_no_finding_and_one_consensus_with_its_spread() -> None:
    report = run(*crash_cluster())
    assert report.findings == []
    (row,) = report.consensus
    assert row.sources == row.agreeing == len(DRIFT)
    assert (row.spread_low, row.spread_high) == (2.24e9, 2.71e9)  # values, not bounds
    assert 2.3e9 <= row.value <= 2.6e9 and row.quote is not None  # a figure as written


@pytest.mark.parametrize(
    ("quote", "value"),
    [("$2.67 million", 2.67e6), ("$2.4 million", 2.4e6), ("$2.31 trillion", 2.31e12)],
)
def test_a_slip_inside_a_wide_spread_is_named(quote: str, value: float) -> None:
    slip = (
        "Blockchain Herald",
        f"The crypto market lost {quote} in the last 24 hours.",
        quote,
        value,
        "exact",
    )
    claims, stories = crash_cluster([slip])
    (finding,) = run(claims, stories).findings
    assert finding.verdict == "scale_error" and finding.severity == "high"
    assert [c.quote for c in finding.claims if c.role == "suspect"] == [quote]
    assert finding.supported_value is not None and 2.2e9 <= finding.supported_value <= 2.71e9


def test_an_outlier_outside_every_honest_reading_is_a_conflict_with_the_spread() -> None:
    outlier = (
        "Crypto Courier",
        "Liquidations reached $1.6 billion in the last 24 hours.",
        "$1.6 billion",
        1.6e9,
        "exact",
    )
    (finding,) = run(*crash_cluster([outlier])).findings
    assert finding.verdict == "conflict"
    assert [c.quote for c in finding.claims if c.role == "suspect"] == ["$1.6 billion"]
    assert "run from $2.24 billion to $2.71 billion" in finding.explanation


def test_an_open_bound_never_sets_the_centre_and_a_true_one_is_no_conflict() -> None:
    lowball = (
        "Crypto Courier",
        "More than $1 billion was liquidated in a day.",
        "$1 billion",
        1e9,
        "more_than",
    )
    report = run(*crash_cluster([lowball]))
    assert report.findings == []  # "more than $1 billion" is true of $2.45 billion
    (row,) = report.consensus
    assert row.value != 1e9 and row.value >= 2.2e9


def test_an_open_bound_the_honest_readings_break_is_a_conflict() -> None:
    high = (
        "Crypto Courier",
        "More than $3.2 billion was liquidated in 24 hours.",
        "$3.2 billion",
        3.2e9,
        "more_than",
    )
    (finding,) = run(*crash_cluster([high])).findings
    assert finding.verdict == "conflict"
    assert [c.quote for c in finding.claims if c.role == "suspect"] == ["$3.2 billion"]


def test_a_slipped_bound_is_named_against_the_values_it_reaches() -> None:
    slip = (
        "Crypto Courier",
        "More than $2.6 million was liquidated in 24 hours.",
        "$2.6 million",
        2.6e6,
        "more_than",
    )
    (finding,) = run(*crash_cluster([slip])).findings
    assert finding.verdict == "scale_error"
    assert [c.quote for c in finding.claims if c.role == "suspect"] == ["$2.6 million"]


def test_counts_that_truly_disagree_are_surfaced() -> None:
    def traders(publisher: str, quote: str, value: float, i: int) -> tuple[Story, Claim]:
        story = Story(f"t{i}", publisher, CRASH_DAY).say(
            f"Some {quote} traders were liquidated over the past 24 hours, CoinGlass data show."
        )
        return story, story.claim(quote, value, metric="participants", unit="count")

    pairs = [
        traders("Coinpedia", "585,000", 585000, 0),
        traders("CryptoDesk", "318,452", 318452, 1),
        traders("Glass Recap", "318,000", 318000, 2),
        traders("Markets Brief", "320,100", 320100, 3),
    ]
    report = audit([c for _, c in pairs], {s.id: s.info() for s, _ in pairs})
    (finding,) = report.findings
    assert finding.verdict == "conflict" and finding.severity == "medium"
    assert [c.quote for c in finding.claims if c.role == "suspect"] == ["585,000"]


def test_claims_are_read_once_as_a_stream() -> None:
    claims, stories = crash_cluster()
    infos = {s.id: s.info() for s in stories}
    read: list[str] = []

    def stream():
        for claim in claims:
            read.append(claim.id)
            yield claim

    assert audit(stream(), infos) == audit(list(claims), infos)
    assert read == [c.id for c in claims]


YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


def dao_split(total: str, total_value: float) -> AuditReport:
    """One outlet gives the DAOs' "$3 million" beside the year's total "over X", another
    writes the DAOs' figure as "$3 billion"."""
    a = Story("vc-a", "funderlyst.com", date(2024, 5, 2), event="crypto-vc-2024-04")
    a.say(
        "The least-funded group in 2024 was decentralized autonomous organizations (DAOs), "
        "which had received only $3 million so far."
    ).say(f"With 604 fundraising rounds totaling over {total} in 2024, the sector is on track.")
    b = Story("vc-b", "toolsforinvestors.com", date(2024, 5, 3), event="crypto-vc-2024-04").say(
        "Decentralized autonomous organizations received the least funding, totaling only "
        "$3 billion so far this year."
    )
    claims = [
        a.claim("$3 million", 3e6, sentence=0, metric="funding_raised", period=YEAR_2024),
        a.claim(
            total,
            total_value,
            sentence=1,
            qualifier="more_than",
            metric="funding_raised",
            period=YEAR_2024,
        ),
        b.claim("$3 billion", 3e9, metric="funding_raised", period=YEAR_2024),
    ]
    return run(claims, [a, b])


def test_a_bound_backs_a_coarse_figure_only_within_the_tolerance_of_its_digits() -> None:
    # "$3 billion" allows up to $3.5 billion as written; "over $3.67 billion" is within 5%
    # of that end but 22% above the figure: the year's total, not a second voice for it.
    (finding,) = dao_split("$3.67 billion", 3.67e9).findings
    assert finding.verdict == "scale_error"
    assert {c.quote: c.role for c in finding.claims if c.quote != "$3.67 billion"} == {
        "$3 million": "disputed",
        "$3 billion": "disputed",
    }


def test_a_bound_that_holds_for_the_figure_backs_it() -> None:
    (finding,) = dao_split("$2.9 billion", 2.9e9).findings
    assert {c.quote: c.role for c in finding.claims} == {
        "$3 million": "suspect",
        "$3 billion": "supported",
        "$2.9 billion": "supported",
    }
    assert "2 independent sources" in finding.explanation


TUESDAY = (date(2024, 3, 12), date(2024, 3, 12))


def etf_tuesday(bound: str, bound_value: float) -> AuditReport:
    """Two outlets give Tuesday's record spot-ETF inflows; one rounds down to a threshold."""
    a = Story("ath-a", "businesstimes.com.sg", date(2024, 3, 13), event="btc-ath").say(
        f"Net daily inflows into US spot Bitcoin ETFs on Tuesday topped {bound}, data "
        "compiled by Bloomberg show."
    )
    b = Story("ath-b", "techtelegraph.co.uk", date(2024, 3, 13), event="btc-ath").say(
        "On Tuesday, a record $1.1 billion flowed into spot bitcoin ETFs."
    )
    kw = {"metric": "etf_flow", "side": "inflow", "asset": "BTC", "period": TUESDAY}
    claims = [
        a.claim(bound, bound_value, qualifier="more_than", **kw),  # type: ignore[arg-type]
        b.claim("$1.1 billion", 1.1e9, **kw),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b])


def test_a_round_threshold_scaled_into_reach_of_the_figure_is_a_slip() -> None:
    """ "Topped US$1 million" against "$1.1 billion": a threshold is round by nature, so its
    single digit does not make it too coarse to meet a precise figure within reach."""
    (finding,) = etf_tuesday("US$1 million", 1e6).findings
    assert finding.verdict == "scale_error"
    assert "US$1 million" in {c.quote for c in finding.claims}


def test_a_round_threshold_that_holds_is_no_finding() -> None:
    assert etf_tuesday("US$1 billion", 1e9).findings == []


def test_a_scaled_threshold_beyond_reach_of_the_figure_is_no_slip() -> None:
    """ "Topped $800,000" times 1,000 is $800 million: $1.1 billion lies 37% above it,
    beyond what rounding down to a threshold explains."""
    assert etf_tuesday("$800,000", 8e5).findings == []


@pytest.mark.parametrize(
    ("bound", "bound_value", "figure", "value"),
    [
        ("$258 million", 258e6, "$258.8 million", 258.8e6),
        ("$12 million", 12e6, "$12.02 million", 12.02e6),
        ("$60,000", 60000.0, "$60,030", 60030.0),
    ],
)
def test_a_round_threshold_beside_honest_rounding_is_no_finding(
    bound: str, bound_value: float, figure: str, value: float
) -> None:
    a = Story("r-a", "coindesk.com", CRASH_DAY, event="rounding").say(
        f"Liquidations topped {bound} over the past 24 hours."
    )
    b = Story("r-b", "theblock.co", CRASH_DAY, event="rounding").say(
        f"Traders saw {figure} in positions liquidated over the past day."
    )
    claims = [
        a.claim(bound, bound_value, qualifier="more_than"),
        b.claim(figure, value),
    ]
    assert run(claims, [a, b]).findings == []


Q2_2025 = (date(2025, 4, 1), date(2025, 6, 30))


def median_round(bound_a: str, value_a: float, total: str, total_value: float) -> AuditReport:
    """Two outlets on a quarter's venture funding. The second gives the median round as
    "above $10 million" beside a $25 million average Series A, a figure the bound holds
    for; the first gives the median round as ``bound_a``."""
    a = Story("q2-a", "ainvest.com", date(2025, 7, 2), event="vc-q2-2025")
    a.say(
        f"While deals dropped to a multi-year low in May, the median round size for the "
        f"quarter remained above {bound_a}."
    ).say(f"Startups raised {total} over the quarter.")
    b = Story("q2-b", "althunter.xyz", date(2025, 7, 3), event="vc-q2-2025")
    b.say(
        "The quarter's median round size stayed above $10 million, while Series A rounds "
        "averaged $25 million."
    ).say("Crypto startups pulled in $4.5 billion in the second quarter.")
    kw = {"metric": "funding_raised", "period": Q2_2025}
    claims = [
        a.claim(bound_a, value_a, sentence=0, qualifier="more_than", **kw),  # type: ignore[arg-type]
        a.claim(total, total_value, sentence=1, **kw),  # type: ignore[arg-type]
        b.claim("$10 million", 1e7, sentence=0, qualifier="more_than", **kw),  # type: ignore[arg-type]
        b.claim("$25 million", 25e6, sentence=0, **kw),  # type: ignore[arg-type]
        b.claim("$4.5 billion", 4.5e9, sentence=1, **kw),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b])


def test_a_bound_that_backs_another_figure_still_meets_its_slipped_twin() -> None:
    """ "Above $10 million" holds for the $25 million Series A, so it backs that figure; it
    is still a figure of its own, and "above $10 billion" is its twin a factor of 1,000
    off (not the $25 million's)."""
    (finding,) = median_round("$10 billion", 1e10, "$4.5 billion", 4.5e9).findings
    assert finding.verdict == "scale_error"
    cited = {c.quote: c.role for c in finding.claims}
    assert cited["$10 billion"] in ("suspect", "disputed")
    assert cited["$10 million"] in ("supported", "disputed")
    assert "$25 million" not in cited


@pytest.mark.parametrize(
    ("bound", "value", "total", "total_value"),
    [
        ("$10 million", 1e7, "$4.5 billion", 4.5e9),  # both outlets agree
        ("$12 million", 12e6, "$4.5 billion", 4.5e9),  # another figure, honestly rounded
        ("$10 million", 1e7, "$10.3 billion", 10.3e9),  # the quarter's total, out of reach
        ("$10 million", 1e7, "$10 billion", 1e10),  # a round total: no twin of the bound
        ("$12 million", 12e6, "$12 billion", 12e9),  # a round total of the other digits
    ],
)
def test_a_bound_that_backs_another_figure_is_no_slip_by_itself(
    bound: str, value: float, total: str, total_value: float
) -> None:
    assert median_round(bound, value, total, total_value).findings == []
