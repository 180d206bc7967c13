"""Whether two claims' periods are the same window of time.

A "last 24 hours" window resolves to the day before publication through the day of it,
so two such windows from articles published within a day of each other differ by a day
at both ends: they are the same window. A single explicit date must match exactly
("$258 million on Thursday" is not "$545 million on Wednesday").
"""

from __future__ import annotations

from datetime import date

from extractor.models import Claim


def period(claim: Claim) -> tuple[date, date] | None:
    """The claim's inclusive period, or None when the text gives no time."""
    if claim.period_start is None or claim.period_end is None:
        return None
    return claim.period_start, claim.period_end


def same_window(a: tuple[date, date], b: tuple[date, date], slack_days: int) -> bool:
    """Whether two known periods are the same window.

    Their ends lie within ``slack_days`` and their lengths differ by at most as much
    (a day is not the three days around it); two single days must be equal.
    """
    if a[0] == a[1] and b[0] == b[1]:
        return a[0] == b[0]
    starts = abs((a[0] - b[0]).days)
    ends = abs((a[1] - b[1]).days)
    lengths = abs((a[1] - a[0]).days - (b[1] - b[0]).days)
    return max(starts, ends, lengths) <= slack_days
