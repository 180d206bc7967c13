"""Forecast horizons and running windows: "by mid-2027" and "by the middle of 2027" are the
day the year's first half ends, as "by the end of 2026" is its last day; a quarter or half
named without its year after "by the end of" in a clause that tells no past is the next
one ahead; "in its first full year" names no calendar year unless its sentence says when
the thing starts, and is never the day the forecast was announced.

Rows give the publication date, a news-style text on a topic of its own (mining
difficulty, options expiries, central-bank digital currency pilots, bankruptcy
distributions, card programmes), the quote and the period its claim must take (``None``:
no period). Twin rows of neighbouring wording keep their output.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check

THU = date(2026, 3, 12)


def case(published: date, text: str, quote: str, period: str | None, *marks: Any) -> Any:
    return pytest.param(published, text, quote, period, id=f"{quote}|{text[:50]}", marks=marks)


def known(reason: str, published: date, text: str, quote: str, period: str | None) -> Any:
    return case(published, text, quote, period, pytest.mark.xfail(strict=True, reason=reason))


MIDDLE_OF = [
    case(THU, "The trustee aims to return $9 billion to creditors by the middle of 2027.",
         "$9 billion", "2027-06-30..2027-06-30"),
    case(THU, "The central bank expects its retail pilot to reach 5 million wallets by "
         "mid-2027, a deputy governor told lawmakers.", "5 million", "2027-06-30..2027-06-30"),
    case(THU, "By mid-2028 the card issuer wants 40% of its volume settled in stablecoins.",
         "40%", "2028-06-30..2028-06-30"),
    case(THU, "Deribit hopes to clear $80 billion in quarterly expiries by the middle of next "
         "year, a spokesperson said.", "$80 billion", "2027-06-30..2027-06-30"),
    case(THU, "The pool plans to add 60 EH/s of capacity by mid-April.", "60 EH/s",
         "2026-04-15..2026-04-15"),
    # a past reached by the middle of a year; twins: the middle of a year as a stretch
    case(THU, "Open interest in quarterly options reached $30 billion by mid-2025.",
         "$30 billion", "2025-06-30..2025-06-30"),
    case(THU, "In mid-2025, the pool paid out 4,200 BTC to its members.", "4,200 BTC",
         "2025-05-01..2025-08-31"),
    case(THU, "The pool expects to mine 9,000 BTC in the first half of 2027.", "9,000 BTC",
         "2027-01-01..2027-06-30"),
]  # fmt: skip

UNIT_ENDS_AHEAD = [
    case(THU, "Analysts see network hashrate topping 1,200 EH/s by the end of Q3.", "1,200 EH/s",
         "2026-09-30..2026-09-30"),
    known("a participle after its object ('wants 40 series listed by') reads as a past verb",
          THU, "The exchange wants 40 more option series listed by the end of the third "
          "quarter.", "40", "2026-09-30..2026-09-30"),
    known("'the end of H2' is read as the whole half, not its last day",
          THU, "Creditors should see 85% of their claims repaid by the end of H2, the plan "
          "administrator estimates.", "85%", "2026-12-31..2026-12-31"),
    case(THU, "The venue expects 2,500 option series listed by the end of the third quarter.",
         "2,500", "2026-09-30..2026-09-30"),
    # twins: told in the past, the quarter just gone
    case(THU, "Hashrate topped 1,000 EH/s by the end of Q3.", "1,000 EH/s",
         "2025-09-30..2025-09-30"),
    case(THU, "By the end of Q4, the pilot had onboarded 1.4 million users.", "1.4 million",
         "2025-12-31..2025-12-31"),
]  # fmt: skip

# a lasting state a forecast tells up to a unit or an edge after "through", "into" or
# "until" runs from publication to the unit's end, whatever the unit (a yearless month has
# its rows in test_period_scope.py); told in the past, the unit stays as it was
STATE_UNTIL = [
    case(THU, "We expect the kimchi premium to stay between 2% and 5% through the first "
         "quarter of 2027.", "5%", "2026-03-12..2027-03-31"),
    case(THU, "The central bank expects inflation to remain above 4% through the second half.",
         "4%", "2026-03-12..2026-12-31"),
    case(THU, "Traders expect the copper discount to hold near $120 a tonne until the end of "
         "June.", "$120", "2026-03-12..2026-06-30"),
    case(THU, "The utility expects power prices to stay under 6 cents per kilowatt-hour "
         "through the end of the year.", "6 cents", "2026-03-12..2026-12-31"),
    case(THU, "Fund managers expect outflows to stay above $500 million a week through Q2 "
         "2026.", "$500 million", "2026-03-12..2026-06-30"),
    case(THU, "Analysts expect mortgage rates to remain near 6.5% into the third quarter.",
         "6.5%", "2026-03-12..2026-09-30"),
    # twins: the same states told in the past, and a forecast of a level at the edge
    case(THU, "Inflation remained above 4% through the second half of 2025.", "4%",
         "2025-07-01..2025-12-31"),
    case(THU, "The premium stayed between 2% and 5% through the first quarter of 2025.", "5%",
         "2025-01-01..2025-03-31"),
    case(THU, "The desk expects bitcoin at $150,000 by the end of the year.", "$150,000",
         "2026-12-31..2026-12-31"),
]  # fmt: skip

FIRST_FULL_YEAR = [
    case(THU, "The card programme is expected to process $2 billion in its first full year, "
         "the company said on Tuesday.", "$2 billion", None),
    case(THU, "The lender projects $45 million of revenue in its first full year of "
         "operation, it announced on Monday.", "$45 million", None),
    case(THU, "Officials said on Wednesday the digital pound pilot could handle 12 million "
         "payments in its first full year.", "12 million", None),
    case(THU, "The levy, which will apply from January 1, is expected to raise €800 million in its "
         "first full year, the ministry said on Wednesday.", "€800 million",
         "2027-01-01..2027-12-31"),
    case(THU, "From 2027, the new options venue targets $500 million in daily volume in its "
         "first full year.", "$500 million", "2027-01-01..2027-12-31"),
    # twins: a year the sentence names, and a first year told as past
    case(THU, "Revenue reached $45 million in 2025, the lender's first full year.",
         "$45 million", "2025-01-01..2025-12-31"),
    case(THU, "The distribution agent paid $1.2 billion on Tuesday, its first full payout.",
         "$1.2 billion", "2026-03-10..2026-03-10"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"),
    MIDDLE_OF + UNIT_ENDS_AHEAD + STATE_UNTIL + FIRST_FULL_YEAR,
)
def test_horizon_period(published: date, text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=published)


def test_a_first_full_year_dates_only_its_own_clause() -> None:
    text = (
        "The regulator will charge a 0.05% fee on every card payment from January 1, officials "
        "said on Wednesday, a measure expected to raise €60 million in its first full year."
    )
    check(text, "0.05%", 1, {"period": "2027-01-01..2027-01-01"}, published=THU)
    check(text, "€60 million", 1, {"period": "2027-01-01..2027-12-31"}, published=THU)
