"""Whether two claims' periods are the same window of time.

A window that ends on its article's publication day ("in the last 24 hours", "so far
this month", "on Friday" in Friday's paper) is counted back from the moment of writing.
Two such windows from articles published within a day of each other differ by a day at
their ends and are the same window, as long as their lengths differ by a day at most (a
day is not the three days around it). Any other window is explicit and must match
exactly ("$258 million on Thursday" is not "$545 million on Wednesday", and "more than
$640 million on Monday and Tuesday" is not Tuesday's figure), and so must two single days.
"""

from __future__ import annotations

from datetime import date

from extractor.models import Claim

Period = tuple[date, date]


def period(claim: Claim) -> Period | None:
    """The claim's inclusive period, or None when the text gives no time."""
    if claim.period_start is None or claim.period_end is None:
        return None
    return claim.period_start, claim.period_end


def counted_back(claim: Claim) -> bool:
    """Whether the claim's period ends on its publication day (counted from the writing)."""
    return claim.published is not None and claim.period_end == claim.published.date()


def same_window(a: Period, b: Period, slack_days: int, counted: bool = True) -> bool:
    """Whether two known periods are the same window.

    ``counted``: both are counted back from publication, so their ends and lengths may
    differ by ``slack_days``; otherwise they must be equal.
    """
    if a == b:
        return True
    if not counted or (a[0] == a[1] and b[0] == b[1]):  # two single days must be one day
        return False
    starts = abs((a[0] - b[0]).days)
    ends = abs((a[1] - b[1]).days)
    lengths = abs((a[1] - a[0]).days - (b[1] - b[0]).days)
    return max(starts, ends, lengths) <= slack_days
