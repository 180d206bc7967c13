"""Figures naming neither coin nor venue: which other outlets' figures they meet.

A count or a share naming no coin and no venue may be anyone's (a country's users, a
game's players): it meets only its own news event's figures. A sum naming none (a
month's turnover) still meets every outlet's, and a count still meets the other
outlets reporting the same event.
"""

from __future__ import annotations

from datetime import date

from audit_claims import Story, run

SEPTEMBER = (date(2026, 9, 1), date(2026, 9, 30))
TUESDAY = (date(2026, 12, 1), date(2026, 12, 1))


def test_a_months_turnover_naming_no_coin_still_meets_other_outlets() -> None:
    a = Story("a", "Lisbon Ledger", date(2026, 10, 3)).say(
        "Spot turnover on local platforms climbed to US$3.8 billion in September."
    )
    b = Story("b", "Harbour Markets", date(2026, 10, 4)).say(
        "Local trading desks handled $2.7 billion of spot trades during September."
    )
    volume = {"metric": "trading_volume", "asset": None, "period": SEPTEMBER}
    claims = [a.claim("US$3.8 billion", 3.8e9, **volume), b.claim("$2.7 billion", 2.7e9, **volume)]
    report = run(claims, [a, b])
    assert [f.verdict for f in report.findings] == ["conflict"]


def test_two_outlets_counts_of_one_event_are_still_compared() -> None:
    a = Story("a", "Wire Desk", date(2026, 12, 2), event="flash-crash").say(
        "More than 190,000 traders were liquidated on Tuesday, the data showed."
    )
    b = Story("b", "Chain Bulletin", date(2026, 12, 2), event="flash-crash").say(
        "Some 95,000 traders saw their positions wiped out on Tuesday."
    )
    count = {"metric": "participants", "unit": "count", "asset": None, "period": TUESDAY}
    claims = [a.claim("190,000", 190000.0, **count), b.claim("95,000", 95000.0, **count)]
    report = run(claims, [a, b])
    assert [f.verdict for f in report.findings] == ["conflict"]
