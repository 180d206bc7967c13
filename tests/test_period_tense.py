"""A date written without a year takes its year from the verb that governs it: the nearest
tense its sentence tells before it (or, when the date opens the sentence, the first after
it). A future, a modal or a verb of forecasting ("sees", "reckons", "anticipates") puts the
date ahead, a month or more away though it is; a present ("is") or a date that opens its
sentence as a start ("From January 5,") puts it ahead when the coming occurrence is nearer
than the last; a verb told in the past keeps the last occurrence.

Rows give the publication date, a news-style text on a topic of its own (fee schedules,
options expiries, token unlocks, bank forecasts), the quote and the period its claim must
take. Twin rows tell the same words about a past.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check

from extractor import extract
from extractor.nlp.lines import line_bounds
from extractor.nlp.periods import date_tense

WED = date(2026, 10, 14)


def case(text: str, quote: str, period: str | None, *marks: Any) -> Any:
    return pytest.param(text, quote, period, id=f"{quote}|{text[:50]}", marks=marks)


def known(reason: str, text: str, quote: str, period: str | None) -> Any:
    return case(text, quote, period, pytest.mark.xfail(strict=True, reason=reason))


AHEAD = [
    # known gaps: a scheduled event told in the present ("expire on Friday") is the coming
    # day, and a sum converted "at current prices" is of what it values, dated as that is
    known("a present of a scheduled expiry reads the weekday as the last one",
          "About 118,000 BTC of options expire on Deribit on Friday.", "118,000 BTC",
          "2026-10-16..2026-10-16"),
    known("'at current prices' dates the converted sum at publication, not as what it values",
          "The fund's 2.2 million tokens, worth about $1.9 million at current prices, moved on "
          "Friday.", "$1.9 million", "2026-10-09..2026-10-09"),
    # a verb of forecasting in the present, in a clause joined to an earlier one
    case("Analysts at a Zurich brokerage see ether changing hands near $5,200 by the end of "
         "March.", "$5,200", "2027-03-31..2027-03-31"),
    case("The consultancy anticipates Brazilian exchange volumes of $40 billion by the end of "
         "May.", "$40 billion", "2027-05-31..2027-05-31"),
    case("Strategists at the bank reckon solana reaches $420 by the end of June.", "$420",
         "2027-06-30..2027-06-30"),
    # a future after a past verb of another event in the same sentence
    case("The token unlock lifted supply last month, and the team will burn a further 12 "
         "million tokens by the end of January, a spokesperson told us.", "12 million",
         "2027-01-31..2027-01-31"),
    case("Phase one wrapped up on Monday and will pay out 8% of supply, or 80 million MOTH, "
         "by the end of April.", "80 million", "2027-04-30..2027-04-30"),
    # a start that opens its sentence, with a future or a present after it
    case("From January 5, the exchange will charge makers 0.02% on spot pairs.", "0.02%",
         "2027-01-05..2027-01-05"),
    case("Effective March 3, withdrawal fees on the Lightning route drop to 0.5%, the wallet "
         "provider said in a notice.", "0.5%", "2027-03-03..2027-03-03"),
    case("Starting November 20, the lender's savings rate on USDT slips to 4.1%.", "4.1%",
         "2026-11-20..2026-11-20"),
    # an opening start dates its sentence's later clauses too, also on a bulleted line
    case("\u2022 From December 1, cashback on the standard card falls to 1% and the premium "
         "tier drops to 3%.", "3%", "2026-12-01..2026-12-01"),
    # a present that governs a date a few weeks ahead, beside a past of another clause
    case("Ether's funding rate for the December 26 quarterly is 0.01%, while it averaged 0.03% "
         "last week.", "0.01%", "2026-12-26..2026-12-26"),
]  # fmt: skip

BEHIND = [
    # the same words told about a past keep the last occurrence
    case("By the end of March the fund had already returned 14% to its investors.", "14%",
         "2026-03-31..2026-03-31"),
    case("The fund, which will wind down next year, returned 9% by the end of March.", "9%",
         "2026-03-31..2026-03-31"),
    case("Analysts expected bitcoin to reach $100,000 by the end of March, and it did.",
         "$100,000", "2026-03-31..2026-03-31"),
    case("Ether's funding rate on May 26 was 0.01%.", "0.01%", "2026-05-26..2026-05-26"),
    case("From May 3, the exchange charged a 0.5% fee, and volumes fell.", "0.5%",
         "2026-05-03..2026-05-03"),
    case("Bitcoin is at $110,000, up from $92,000 on March 1.", "$92,000",
         "2026-03-01..2026-03-01"),
    case("The March 26 expiry settled at $98,000, the desk said.", "$98,000",
         "2026-03-26..2026-03-26"),
    case("On January 29, roughly 18,300 BTC contracts expired worth about $1.9 billion.",
         "18,300 BTC", "2026-01-29..2026-01-29"),
    # a perfect ("has grown") tells what is done by now: the start that opens it is behind
    case("From February 9, the supply of dollar stablecoins on Tron has grown by $7 billion.",
         "$7 billion", "2026-02-09..2026-02-09"),
    known("a start opening a sentence told in the past dates no clause after it",
          "Starting September 1, the exchange cut its listing fee for new tokens to 0.1%.",
          "0.1%", "2026-09-01..2026-09-01"),
    known("an expiry's day with its weekday ('expire on Friday, January 29') is not read as "
          "one date", "Roughly 18,300 BTC contracts expire on Friday, January 29, worth about "
          "$1.9 billion at current prices.", "18,300 BTC", "2027-01-29..2027-01-29"),
]  # fmt: skip


TUE = date(2026, 11, 10)

# a forecast of the running unit named without its year is all of the unit; the same words
# told in the past are the unit so far
WHOLE_UNITS = [
    case("The miner expects to add 4 EH/s in the fourth quarter.", "4 EH/s",
         "2026-10-01..2026-12-31"),
    case("Management guides for revenue of $48 million to $52 million in the fourth quarter.",
         "$48 million", "2026-10-01..2026-12-31"),
    case("We anticipate two further token burns of 1 million each in Q4, the foundation wrote.",
         "1 million", "2026-10-01..2026-12-31"),
    case("Analysts see ETF inflows of $6 billion in November.", "$6 billion",
         "2026-11-01..2026-11-30"),
    case("The exchange will list 12 new perpetual pairs in the second half.", "12",
         "2026-07-01..2026-12-31"),
    # twins
    case("Bitcoin has risen 14% in the fourth quarter so far.", "14%", "2026-10-01..2026-11-10"),
    case("ETF inflows totaled $6 billion in November, Farside data show.", "$6 billion",
         "2026-11-01..2026-11-10"),
    case("The miner added 4 EH/s in the fourth quarter.", "4 EH/s", "2026-10-01..2026-11-10"),
    case("Volumes will be reported later; they reached $3 billion in November.", "$3 billion",
         "2026-11-01..2026-11-10"),
    case("ETF inflows have reached $6 billion so far in the fourth quarter, and analysts see "
         "more to come.", "$6 billion", "2026-10-01..2026-11-10"),
    # a unit a forecast opens with a verb of guidance told in the past, a unit a plan noun
    # follows (a measure's noun between), and "this year/month" in a forecast: the whole unit
    case("For the fourth quarter, the exchange guided transaction revenue of $410 million to "
         "$440 million.", "$410 million", "2026-10-01..2026-12-31"),
    case("For the second half, the carmaker guided deliveries of 210,000 vehicles, below "
         "analysts' estimates.", "210,000", "2026-07-01..2026-12-31"),
    case("The brewer raised its full-year 2026 sales guidance to 4.1 billion euros.",
         "4.1 billion euros", "2026-01-01..2026-12-31"),
    case("The miner cut its 2026 production guidance to 3,200 BTC after the curtailment.",
         "3,200 BTC", "2026-01-01..2026-12-31"),
    case("Rio Verde's fourth-quarter capex plan of $1.3 billion was approved by the board.",
         "$1.3 billion", "2026-10-01..2026-12-31"),
    case("The custodian expects revenue of about $95 million this year, up from $62 million "
         "in 2025.", "$95 million", "2026-01-01..2026-12-31"),
    case("The airline expects to carry 14 million passengers this year.", "14 million",
         "2026-01-01..2026-12-31"),
    case("Analysts expect the funds to draw $5 billion this month.", "$5 billion",
         "2026-11-01..2026-11-30"),
    # twins: the same units told as results so far
    case("For the fourth quarter, the exchange reported transaction revenue of $410 million "
         "so far.", "$410 million", "2026-10-01..2026-11-10"),
    case("The brewer has booked full-year 2026 sales of 4.1 billion euros so far.",
         "4.1 billion euros", "2026-01-01..2026-11-10"),
    case("Revenue reached about $95 million this year, up from $62 million in 2025.",
         "$95 million", "2026-01-01..2026-11-10"),
    case("The funds drew $5 billion this month, and analysts expect more.", "$5 billion",
         "2026-11-01..2026-11-10"),
    case("In 2026 the target was met: the lender booked $2 billion of loans.", "$2 billion",
         "2026-01-01..2026-11-10"),
    case("Ether could climb to $5,000 this year, the strategist said.", "$5,000",
         "2026-01-01..2026-11-10"),
    case("The exchange will list 40 new tokens this month.", "40", "2026-11-01..2026-11-10"),
    # a plan noun after a unit a preposition opens, a verb between: the unit is the clause's
    # time, not a plan's
    case("The exchange's revenue in 2026 topped targets at $3 billion.", "$3 billion",
         "2026-01-01..2026-11-10"),
    case("Chip sales during 2026 missed estimates, reaching $41 billion.", "$41 billion",
         "2026-01-01..2026-11-10"),
    case("The insurer lifted its fourth-quarter premium forecast to $2.2 billion.",
         "$2.2 billion", "2026-10-01..2026-12-31"),
    known("a plural noun of forecasts after a verb reads as a forecast of the yearless unit",
          "Deliveries in the fourth quarter beat forecasts at 92,000 vehicles.", "92,000",
          "2026-10-01..2026-11-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "period"), WHOLE_UNITS)
def test_forecast_of_the_running_unit(text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=TUE)


@pytest.mark.parametrize(("text", "quote", "period"), AHEAD + BEHIND)
def test_yearless_date_follows_its_tense(text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=WED)


@pytest.mark.parametrize(
    ("text", "date_words", "tense"),
    [
        ("Season 2 began on Friday and will run until May 3.", "May 3", "future"),
        ("By the end of March the fund had sold 40 BTC.", "the end of March", "past"),
        ("Max pain for the June 26 expiry is $90,000.", "June 26", "present"),
        ("The desk reckons on a rebound by the end of June.", "the end of June", "future"),
        ("Prices on March 2, with no verb at all.", "March 2", None),
    ],
)
def test_date_tense(text: str, date_words: str, tense: str | None) -> None:
    line_bounds(text, None)
    start = text.index(date_words)
    assert date_tense(text, start, start + len(date_words))[0] == tense


def test_start_told_in_the_past_is_not_the_coming_date() -> None:
    """A start opening a sentence whose verb is past ("Starting September 1, the exchange
    cut ...") never takes the coming year's date (the right date is the strict xfail above)."""
    claims = extract(
        "Starting September 1, the exchange cut its listing fee for new tokens to 0.1%.",
        published=WED,
    )
    fee = next(c for c in claims if c.quote == "0.1%")
    assert fee.period_start is None or fee.period_start < WED
