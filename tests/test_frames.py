"""Which dated frame is open over a figure: a table's column header (or a table on its
side's row label) that names a period dates the cells under it, whatever the prose above
the table dates; a cell's own time phrase still wins, and a header naming no period leaves
the prose's date alone.

Rows give the publication date, a news-style text, the quote and the period its claim
must take (``None``: no period).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check, link_for, xfail

FRI = date(2026, 2, 6)
NOV = date(2025, 11, 14)


def case(published: date, text: str, quote: str, period: str | None) -> Any:
    return pytest.param(published, text, quote, period, id=f"{quote}|{text[:40]}")


QUARTERS = (
    "Northvale Mining posted third-quarter numbers on Thursday.\n\n"
    "| Metric | Q3 2025 | Q3 2024 |\n| --- | --- | --- |\n"
    "| Revenue | $112.4 million | $61.8 million |\n| Bitcoin mined | 1,204 BTC | 1,880 BTC |\n"
)
YEARS = (
    "Highlights of the broker's annual report:\n\nItem | 2024 | 2023\n"
    "Net revenue | $3.1 billion | $1.4 billion\nTrading revenue | $2.0 billion | $0.9 billion\n"
)
MONTHS = (
    "Exchange volumes, per a research note.\n\n| Market | January 2026 | December 2025 |\n"
    "|---|---|---|\n| Spot | $84.2 billion | $91.7 billion |\n| Perpetuals | $1.22 trillion "
    "| $1.31 trillion |\n"
)
BARE_QUARTERS = (
    "Quarter on quarter\n\nMetric | Q3 | Q2 | Change\nRevenue | $48.0 million | $39.5 million "
    "| +21.5%\nHashrate | 31.2 EH/s | 27.9 EH/s | +11.8%\n"
)
DAYS = (
    "Balance sheet (unaudited)\n\n| | Sept. 30, 2025 | A year earlier |\n| --- | --- | --- |\n"
    "| Digital assets | $2.41 billion | $1.02 billion |\n| Total debt | $640 million "
    "| $410 million |\n"
)
FISCAL = (
    "The miner's fiscal figures, in US dollars:\n\n| Line item | Fiscal 2025 | Fiscal 2024 |\n"
    "|:--|--:|--:|\n| Mining revenue | $301.2 million | $158.4 million |\n| Hosting revenue "
    "| $22.7 million | $30.1 million |\n"
)
FLOWS = (
    "Daily flows by issuer:\n\nFund | Mon, Feb. 2 | Tue, Feb. 3 | Wed, Feb. 4\n"
    "IBIT | +$120.4M | -$45.0M | +$88.1M\nFBTC | -$12.3M | +$4.4M | -$60.9M\n"
)

COLUMN_HEADERS = [
    case(NOV, QUARTERS, "$61.8 million", "2024-07-01..2024-09-30"),
    case(NOV, QUARTERS, "1,204 BTC", "2025-07-01..2025-09-30"),
    case(NOV, YEARS, "$1.4 billion", "2023-01-01..2023-12-31"),
    case(NOV, YEARS, "$2.0 billion", "2024-01-01..2024-12-31"),
    case(FRI, MONTHS, "$91.7 billion", "2025-12-01..2025-12-31"),
    case(NOV, BARE_QUARTERS, "$39.5 million", "2025-04-01..2025-06-30"),
    case(NOV, DAYS, "$410 million", "2024-09-30..2024-09-30"),
    case(NOV, FISCAL, "$158.4 million", "2024-01-01..2024-12-31"),
    case(FRI, FLOWS, "-$45.0M", "2026-02-03..2026-02-03"),
]

TWINS = [
    # a header naming no period: the lead line's day dates the rows
    case(FRI, "Spot volume on Tuesday, by venue:\n\n| Exchange | Volume | Share |\n"
         "| --- | --- | --- |\n| Binance | $14.2 billion | 38% |\n| Coinbase | $3.9 billion "
         "| 10% |\n", "$3.9 billion", "2026-02-03..2026-02-03"),
    case(NOV, "Results for the third quarter of 2025:\n\n| Metric | Value | Note |\n"
         "| --- | --- | --- |\n| Revenue | $48.0 million | record |\n| BTC mined | 1,204 BTC "
         "| down |\n", "$48.0 million", "2025-07-01..2025-09-30"),
    # a window in the lead line, no period in the headers
    case(FRI, "Top gainers over the past 24 hours:\n\n| Token | Price | Change |\n"
         "| --- | --- | --- |\n| SOL | $212.40 | +9.1% |\n| AVAX | $41.02 | +7.7% |\n",
         "+7.7%", "2026-02-05..2026-02-06"),
    # a table on its side: the row's label already names the period
    case(NOV, "Results at a glance\n\nPeriod\tRevenue\tBTC mined\nQ3 2025\t$48.0 million\t1,204\n"
         "Q2 2025\t$39.5 million\t1,180\n", "$39.5 million", "2025-04-01..2025-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "quote", "period"), COLUMN_HEADERS + TWINS)
def test_table_frame_period(published: date, text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A reading at the edge of a unit is that edge's day, not the unit: "ended September with"
# a level, "at month-end" or "at the end of the quarter" told in the past is the last such
# end on or before publication (never the coming one); a move or a flow told after "with"
# spans the unit.
EDGES = [
    case(NOV, "The miner ended September with 2,410 BTC on its balance sheet.", "2,410 BTC",
         "2025-09-30..2025-09-30"),
    case(NOV, "The company finished the third quarter with $1.1 billion in cash and "
         "equivalents.", "$1.1 billion", "2025-09-30..2025-09-30"),
    case(FRI, "Stablecoin supply closed out January at $305 billion, per DefiLlama.",
         "$305 billion", "2026-01-31..2026-01-31"),
    case(FRI, "Open interest stood at $61 billion at month-end, Coinglass data show.",
         "$61 billion", "2026-01-31..2026-01-31"),
    case(FRI, "Total value locked was $4.2 billion at year-end.", "$4.2 billion",
         "2025-12-31..2025-12-31"),
    case(FRI, "At month's end, stablecoin reserves on exchanges stood at $44 billion.",
         "$44 billion", "2026-01-31..2026-01-31"),
    case(FRI, "As of quarter-end, the company held 5,000 ETH, it said.", "5,000 ETH",
         "2025-12-31..2025-12-31"),
    case(FRI, "Coinbase closed the quarter with $9.8 billion in customer custodial funds.",
         "$9.8 billion", "2025-12-31..2025-12-31"),
    case(FRI, "Lido's staked ether stood at 9.1 million ETH at the end of the month.",
         "9.1 million ETH", "2026-01-31..2026-01-31"),
    case(FRI, "The DAO's treasury finished 2025 with 1.4 million OP.", "1.4 million OP",
         "2025-12-31..2025-12-31"),
    # a move or a flow after the edge, or another figure of its sentence: the whole unit
    case(FRI, "Bitcoin ended January with a 9% loss, while ETF investors pulled $1.1 "
         "billion.", "$1.1 billion", "2026-01-01..2026-01-31"),
]  # fmt: skip

EDGE_TWINS = [
    # a forecast or a deadline keeps the coming end
    case(FRI, "Analysts expect open interest to reach $80 billion by year-end.", "$80 billion",
         "2026-12-31..2026-12-31"),
    case(FRI, "The firm will report holdings of 5,000 ETH at quarter-end.", "5,000 ETH",
         "2026-03-31..2026-03-31"),
    case(FRI, "Bitcoin needs to close above $100,000 at month-end for the trend to hold.",
         "$100,000", "2026-02-28..2026-02-28"),
    # a named unit's end, and a week's close told while it runs, are unchanged
    case(NOV, "At the end of October, the treasury firm held 640,031 BTC.", "640,031 BTC",
         "2025-10-31..2025-10-31"),
    case(FRI, "Ether closed the week at $2,310, down 6%.", "$2,310", "2026-02-02..2026-02-06"),
    # an opening verb with "with" tells an event of the unit, no level on its first day
    case(FRI, "Bybit started the year with a $1.5 billion hack.", "$1.5 billion",
         "2026-01-01..2026-02-06"),
    # an edge told as a plan is the coming end for a level; a move spans the unit so far
    case(NOV, "The company plans to close the quarter with 1,000 BTC in treasury.",
         "1,000 BTC", "2025-12-31..2025-12-31"),
    case(NOV, "Bitcoin is on track to close the month with a 10% gain.", "10%",
         "2025-11-01..2025-11-14"),
]  # fmt: skip

# a later figure of the paragraph takes the month an end-of-month reading closes, not its day
EDGE_CARRIED = [
    case(NOV, "Staked supply rose 2% last month to 210 million tokens, about $95 million at "
         "the month-end price. Validators numbered 41,000.", "41,000", "2025-10-01..2025-10-31"),
    case(NOV, "Ether ETFs drew $1.2 billion last month, and their holdings were worth $27 "
         "billion at month-end. Fees paid to issuers came to $4 million.", "$4 million",
         "2025-10-01..2025-10-31"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"), EDGES + EDGE_TWINS + EDGE_CARRIED
)
def test_edge_of_a_unit(published: date, text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A date written without a year in a schedule told in the present is the next such date
# when the last one lies long behind publication; a past told anywhere in the sentence, a
# reading "as of" a date, or a date close behind keeps the last one.
SCHEDULES = [
    case(
        NOV,
        "The token unlock of 45 million ARB is set for Feb. 16.",
        "45 million ARB",
        "2026-02-16..2026-02-16",
    ),
    pytest.param(
        NOV,
        "An unlock of more than 45 million ARB is set for Feb. 16.",
        "45 million ARB",
        "2026-02-16..2026-02-16",
        id="schedule opened by 'An'",
    ),
    case(
        NOV,
        "A vesting cliff releasing 9% of supply is pencilled in for February 3.",
        "9%",
        "2026-02-03..2026-02-03",
    ),
    case(
        NOV,
        "Another 2.1 million OP tokens unlock on May 31 under the foundation's schedule.",
        "2.1 million OP",
        "2026-05-31..2026-05-31",
    ),
    case(
        NOV,
        "The protocol's governance vote on a $50 million treasury grant closes March 9.",
        "$50 million",
        "2026-03-09..2026-03-09",
    ),
]

SCHEDULE_TWINS = [
    case(NOV, "The token unlock of 45 million ARB took place on Feb. 16.", "45 million ARB",
         "2025-02-16..2025-02-16"),
    case(NOV, "Bitcoin fell 4% on Nov. 3, dragging ether lower.", "4%",
         "2025-11-03..2025-11-03"),
    case(NOV, "Revenue in March reached $5 million, the firm said.", "$5 million",
         "2025-03-01..2025-03-31"),
    case(NOV, "The fund has $2 billion in assets as of June 30.", "$2 billion",
         "2025-06-30..2025-06-30"),
    case(NOV, "Ether jumps 6% to $3,400 on Oct. 28 as ETF demand returns.", "6%",
         "2025-10-28..2025-10-28"),
    # a figure compared against, told on a date: that past reading, whatever the tense
    case(NOV, "The stablecoin float is $300 billion, up from $205 billion on Jan. 1.",
         "$205 billion", "2025-01-01..2025-01-01"),
    case(NOV, "Open interest is $40 billion versus $52 billion on April 6, per Coinglass.",
         "$52 billion", "2025-04-06..2025-04-06"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "quote", "period"), SCHEDULES + SCHEDULE_TWINS)
def test_schedule_without_a_year(
    published: date, text: str, quote: str, period: str | None
) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A "since" window opened by an event: the date its own phrase gives ("Since its launch in
# March,") or the date an earlier sentence of the paragraph tells the event on ("IBIT
# launched on Jan. 11, 2024. Since launch ..."), to publication; no date anywhere: none.
SINCE_EVENTS = [
    case(FRI, "The token debuted on Coinbase on Sept. 4. Since its debut, it has lost 61%.",
         "61%", "2025-09-04..2026-02-06"),
    case(FRI, "Since its listing in November, the share has doubled, rising 104%.", "104%",
         "2025-11-01..2026-02-06"),
    case(FRI, "Since going live in October, the bridge has moved $2.3 billion.", "$2.3 billion",
         "2025-10-01..2026-02-06"),
    case(FRI, "The halving took place on April 20, 2024. Since the halving, miners have sold "
         "41,000 BTC.", "41,000 BTC", "2024-04-20..2026-02-06"),
    case(FRI, "Since launch in July, the issuer has added $3.1 billion of supply.",
         "$3.1 billion", "2025-07-01..2026-02-06"),
    case(FRI, "IBIT launched on Jan. 11, 2024. Since launch it has gathered $62 billion in net "
         "inflows.", "$62 billion", "2024-01-11..2026-02-06"),
    case(FRI, "Since its launch in March, the token has rallied 340%.", "340%",
         "2025-03-01..2026-02-06"),
]  # fmt: skip

SINCE_TWINS = [
    case(FRI, "The fund has drawn $62 billion since launch.", "$62 billion", None),
    case(FRI, "It was the biggest weekly outflow since March, at $1.7 billion.", "$1.7 billion",
         None),
    case(FRI, "Since its debut, the token has lost 61%.", "61%", None),
    case(FRI, "The token debuted on Coinbase on Sept. 4 at $0.40. Since then it has lost 61%.",
         "61%", "2025-09-04..2026-02-06"),
    case(FRI, "The exchange was hacked on Jan. 12. Since Monday, withdrawals have totalled $80 "
         "million.", "$80 million", "2026-02-02..2026-02-06"),
    pytest.param(
        FRI,
        "Since its launch in July, the protocol has bought back 40 million tokens, leaving a "
        "circulating supply of 960 million.",
        "960 million",
        "2026-02-06..2026-02-06",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a standing level told in a since-window sentence takes the window, as after "
            "'Since July,' (a since phrase dates every figure of its sentence)",
        ),
        id="since-window level",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "quote", "period"), SINCE_EVENTS + SINCE_TWINS)
def test_since_an_event(published: date, text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A calendar: a table row opened by a date written without a year, told in no tense, is the
# occurrence nearest publication (an unlock or auction calendar lists what is coming; a
# closing-price table what is past).
OCT8 = date(2026, 10, 8)
CALENDAR = "Upcoming unlocks\nDate | Token | Amount\nOct 14 | Corvane (CRVN) | 25M CRVN\n"
CALENDAR_ROWS = [
    case(OCT8, CALENDAR + "Nov 2 | Helix (HLX) | 8M HLX\n", "8M HLX", "2026-11-02..2026-11-02"),
    case(
        OCT8,
        "Auctions ahead\nDate\tIssuer\tSize\nDec 4\tMinerva Treasury\t$120 million\n",
        "$120 million",
        "2026-12-04..2026-12-04",
    ),
    case(
        OCT8,
        "| Date | Event | Size |\n| --- | --- | --- |\n| Jan 15 | Orrin unlock | 40M ORN |\n",
        "40M",
        "2027-01-15..2027-01-15",
    ),
]
CALENDAR_TWINS = [
    case(OCT8, CALENDAR + "Nov 2 | Helix (HLX) | 8M HLX\n", "25M CRVN", "2026-10-14..2026-10-14"),
    case(OCT8, "Date | BTC close\nSep 30 | $61,200\nOct 6 | $63,900\n", "$61,200",
         "2026-09-30..2026-09-30"),
    case(OCT8, "Date | Token | Amount\nJul 3 | Corvane (CRVN) | 25M CRVN\n", "25M CRVN",
         "2026-07-03..2026-07-03"),
    case(OCT8, "Helix released 8M HLX on Nov 2, its foundation said.", "8M",
         "2025-11-02..2025-11-02"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "quote", "period"), CALENDAR_ROWS + CALENDAR_TWINS)
def test_calendar_rows(published: date, text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A count of days to a weekday ("in the seven days to Sunday") is a window of that many days
# ending on the latest such day by publication, as one to a written date is; a countdown to
# a day ("with three days to Friday's expiry") and the days after a day are no such window.
WED = date(2026, 11, 18)
DAYS_TO_A_WEEKDAY = [
    case(
        WED,
        "Spot bitcoin ETFs took in $1.2 billion in the seven days to Sunday, CoinShares said.",
        "$1.2 billion",
        "2026-11-09..2026-11-15",
    ),
    case(
        WED,
        "In the 30 days to Monday, stablecoin supply grew by $6.1 billion, per DefiLlama.",
        "$6.1 billion",
        "2026-10-18..2026-11-16",
    ),
    case(
        WED,
        "Bitcoin ETFs logged net inflows of $3.4 billion over the seven days through Sunday.",
        "$3.4 billion",
        "2026-11-09..2026-11-15",
    ),
    case(
        WED,
        "Solana's DEX volume reached $28 billion in the 7 days ended Sunday, DefiLlama data show.",
        "$28 billion",
        "2026-11-09..2026-11-15",
    ),
    case(
        WED,
        "Liquidations totalled $2.2 billion in the two weeks to Friday as longs unwound.",
        "$2.2 billion",
        "2026-10-31..2026-11-13",
    ),
]
DAYS_TO_A_WEEKDAY_TWINS = [
    case(WED, "With three days to Friday's expiry, bitcoin options open interest stood at $9.1 "
         "billion.", "$9.1 billion", "2026-11-13..2026-11-13"),
    case(WED, "Digital asset funds drew $870 million in the week to Friday, according to "
         "CoinShares.", "$870 million", "2026-11-09..2026-11-13"),
    case(WED, "Ether products saw outflows of $240 million in the five days to Nov. 14, data "
         "showed.", "$240 million", "2026-11-10..2026-11-14"),
    case(WED, "Bitcoin gained 6% in seven days; on Sunday it touched $95,000.", "6%",
         "2026-11-15..2026-11-15"),
    case(WED, "Miners sold 4,200 BTC in the seven days after Sunday's difficulty adjustment.",
         "4,200 BTC", "2026-11-22..2026-11-22"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"), DAYS_TO_A_WEEKDAY + DAYS_TO_A_WEEKDAY_TWINS
)
def test_days_to_a_weekday(published: date, text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A move between two marks of two days ("from Monday's open to Thursday's low") spans the
# days from the first to the second; the level it reached ("Thursday's low of $2,960")
# stands on the last day.
FRI20 = date(2026, 11, 20)
BETWEEN_MARKS = [
    case(
        FRI20,
        "Bitcoin rose 9% from Monday's open to Thursday's high.",
        "9%",
        "2026-11-16..2026-11-19",
    ),
    case(
        FRI20,
        "Ether shed 14% from Tuesday's close to Thursday's low, Kaiko data show.",
        "14%",
        "2026-11-17..2026-11-19",
    ),
    case(
        FRI20,
        "The token lost 22% from Monday's opening to Wednesday's trough as unlocks hit.",
        "22%",
        "2026-11-16..2026-11-18",
    ),
    case(
        FRI20,
        "From Monday's open through Thursday's close, solana gained 11.5%.",
        "11.5%",
        "2026-11-16..2026-11-19",
    ),
    case(
        FRI20,
        "XRP fell 8% from Tuesday's high to Thursday, according to CoinGecko.",
        "8%",
        "2026-11-17..2026-11-19",
    ),
    case(
        FRI20,
        "Liquidations hit $1.1 billion from Monday's open to Thursday's close, CoinGlass said.",
        "$1.1 billion",
        "2026-11-16..2026-11-19",
    ),
]
BETWEEN_MARKS_TWINS = [
    case(FRI20, "ETH slid 9.4% from Monday's open to Thursday's low of $2,960 as longs unwound.",
         "$2,960", "2026-11-19..2026-11-19"),
    case(FRI20, "Bitcoin fell 3% from Monday to Wednesday.", "3%", "2026-11-16..2026-11-18"),
    case(FRI20, "Bitcoin was 4% above Monday's open by Thursday.", "4%", "2026-11-16..2026-11-16"),
    case(FRI20, "Monday's open of $91,200 gave way to Thursday's low of $86,400.", "$86,400",
         "2026-11-19..2026-11-19"),
    case(FRI20, "Ether rose 5% from Thursday's low, Glassnode said.", "5%", None),
    case(FRI20, "Dogecoin slid 6% on Thursday from Wednesday's close.", "6%",
         "2026-11-19..2026-11-19"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"), BETWEEN_MARKS + BETWEEN_MARKS_TWINS
)
def test_between_marks_of_two_days(
    published: date, text: str, quote: str, period: str | None
) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A row of a list whose lead names a window ("Weekly moves (seven days to Sunday):") holds
# its change over the window and the level the change follows in its row ("$3,020
# (-2.4%)", "$91,200, up 3.1%") at the window's end; a row of a level alone, a flow or a
# lead naming a day keep the lead's time.
ROW_LEVELS = [
    case(
        WED,
        "Weekly moves (seven days to Sunday):\nBTC: $91,200 (+3.1%)\nETH: $3,020 (-2.4%)\n"
        "Prices: CoinGecko\n",
        "$3,020",
        "2026-11-15..2026-11-15",
    ),
    case(
        WED,
        "Seven-day scorecard, the week to Friday:\n- SOL: $141.20 (+6.3%)\n- ADA: $0.412 (-1.9%)\n",
        "$141.20",
        "2026-11-13..2026-11-13",
    ),
    case(
        WED,
        "Token corner, week ended Friday\nHLX | $2.31 (+1.1%)\nGRD | $0.74 (-4.0%)\n",
        "$0.74",
        "2026-11-13..2026-11-13",
    ),
    xfail(
        "a price row under 'how the majors moved' reads as transaction_value (the metric of "
        "'moved'), a flow, so its level keeps the window",
        WED,
        "How the majors moved in the seven days to Monday:\nXRP: $2.14 (−3.3%)\nDOGE: "
        "$0.171 (+2.2%)\n",
        "$2.14",
        "2026-11-16..2026-11-16",
    ),
    case(
        WED,
        "Weekly moves (seven days to Sunday):\nBTC: $91,200, up 3.1%\nETH: $3,020, down 2.4%\n",
        "$91,200",
        "2026-11-15..2026-11-15",
    ),
]
ROW_LEVEL_TWINS = [
    # a flow or a tally in a row sums the whole window whatever change follows it
    case(WED, "Spot volume by venue, the week to Friday:\n- Kraken: $6.4 billion (-8.2%)\n- "
         "OKX: $19.7 billion (+3.5%)\n", "$19.7 billion", "2026-11-09..2026-11-13"),
    case(WED, "Third-quarter highlights:\n- Net revenue: $27.9 million (+22%)\n- Operating "
         "loss: $4.4 million (-31%)\n", "$27.9 million", "2026-07-01..2026-09-30"),
    case(WED, "ETF flows (seven days to Sunday):\n- ARKB: $141 million (+19%)\n- BITB: "
         "$58 million (-7%)\n", "$141 million", "2026-11-09..2026-11-15"),
    case(WED, "Protocol fees in October:\n- Lido: $74 million (+6%)\n- Jupiter: $39 million "
         "(+14%)\n", "$39 million", "2026-10-01..2026-10-31"),
    case(WED, "Wiped out, the week to Friday:\n- SOL longs: $208 million (+61%)\n",
         "$208 million", "2026-11-09..2026-11-13"),
    case(WED, "Weekly moves (seven days to Sunday):\nBTC: $91,200 (+3.1%)\nETH: $3,020 (-2.4%)\n",
         "-2.4%", "2026-11-09..2026-11-15"),
    case(WED, "Here is how Saturday unfolded:\n- BTC: $89,400 (+1.2%)\n- ETH: $2,990 (-0.6%)\n",
         "$89,400", "2026-11-14..2026-11-14"),
    case(WED, "Prices, the week to Friday:\n- BTC: $91,200\n- ETH: $3,020\n", "$91,200",
         "2026-11-09..2026-11-13"),
    case(WED, "Fund flows, the week to Friday:\n- IBIT: $412 million\n- FBTC: $96 million\n",
         "$412 million", "2026-11-09..2026-11-13"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "quote", "period"), ROW_LEVELS + ROW_LEVEL_TWINS)
def test_row_level_at_window_end(
    published: date, text: str, quote: str, period: str | None
) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A count before a weekday after a verb or "by" is a countdown or a shift, no window
# ending on that day: the figure keeps at most the day itself.
COUNTDOWNS = [
    case(WED, "Ether has four days to Friday to win back $3,300, options desks say.", "$3,300",
         None),
    case(WED, "The DAO pushed its $12 million grants vote back by ten days to Sunday.",
         "$12 million", None),
    case(WED, "There are two days to Friday, when $5.6 billion of bitcoin options lapse on "
         "Deribit.", "$5.6 billion", None),
    case(WED, "Claimants were given 21 days to Monday to file for a share of the $80 million "
         "fund.", "$80 million", None),
    case(WED, "Regulators trimmed the review by 30 days to Friday, so the $300 million listing "
         "can go ahead.", "$300 million", None),
    case(WED, "Only six days to Saturday remain for holders to swap 4,500 legacy tokens.",
         "4,500", None),
    case(WED, "Two days to Friday, and the $4.2 billion quarterly expiry already weighs on "
         "ether.", "$4.2 billion", None),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "quote", "period"), COUNTDOWNS)
def test_countdown_to_a_day_is_no_window(
    published: date, text: str, quote: str, period: str | None
) -> None:
    got = link_for(text, quote, published=published).period
    assert got is None or got[0] == got[1], f"{quote!r}: a window {got} from a countdown"


# A count back from a window a change was measured over ("over the past week", "in the seven
# days to Sunday") starts at the window's last day: the level "a week earlier" is the one the
# week's change began from. A count back from an event's span ("from Nov. 5 to Nov. 7. Two
# days earlier") or from one day keeps counting from where it starts.
BACK_FROM_WINDOWS = [
    case(WED, "Total value locked on Arbitrum rose 5.2% in the seven days to Sunday, to $3.9 "
         "billion, L2Beat data show. It was $3.71 billion a week earlier.", "$3.71 billion",
         "2026-11-08..2026-11-08"),
    case(WED, "Bitcoin added 6% over the past week to $91,300; it changed hands at $86,100 a "
         "week earlier.", "$86,100", "2026-11-11..2026-11-11"),
    case(WED, "Stablecoin supply grew 2.1% in the 30 days through Monday to $301 billion, up "
         "from $294.8 billion 30 days earlier, per DefiLlama.", "$294.8 billion",
         "2026-10-17..2026-10-17"),
    case(WED, "Open interest on CME climbed to $14.2 billion over the past seven days. A week "
         "before, it stood at $13.1 billion.", "$13.1 billion", "2026-11-11..2026-11-11"),
    case(WED, "Ether rose 8% in the two weeks to Friday, reaching $3,410, from $3,150 two "
         "weeks earlier.", "$3,150", "2026-10-30..2026-10-30"),
]  # fmt: skip
BACK_FROM_SPANS_AND_DAYS = [
    case(WED, "The Token2049 conference ran from Nov. 5 to Nov. 7. Two days earlier, bitcoin "
         "fell 4% to $88,000.", "$88,000", "2026-11-03..2026-11-03"),
    case(WED, "Bitcoin fell 5% on Tuesday to $90,200. It was $95,000 a week earlier.", "$95,000",
         "2026-11-10..2026-11-10"),
    case(WED, "The exchange paused withdrawals between Nov. 2 and Nov. 6; a week before, it "
         "held $1.2 billion in reserves.", "$1.2 billion", "2026-10-26..2026-10-26"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"), BACK_FROM_WINDOWS + BACK_FROM_SPANS_AND_DAYS
)
def test_count_back_from_a_measured_window_starts_at_its_end(
    published: date, text: str, quote: str, period: str | None
) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A level a move reached over a window ("fell by 41,000 BTC during the past week to 2.24
# million BTC") takes the window, as the shared gold has every such level (three of three:
# "fell to as low as", "dropped to ... during the last 24 hours", "over the past day, falling
# to"); the move's own amount may group its digits with commas, which part no clause. A level
# stated as it stands ("was trading at", "stands at") keeps the day.
FRI_DEC = date(2026, 12, 4)
REACHED_OVER_WINDOWS = [
    case(FRI_DEC, "Exchange balances of bitcoin fell by 41,000 BTC during the past week to 2.24 "
         "million BTC, per Glassnode.", "2.24 million BTC", "2026-11-27..2026-12-04"),
    case(FRI_DEC, "Bitcoin gave up $3,400 over the past 24 hours to $88,150, the weakest since "
         "early November.", "$88,150", "2026-12-03..2026-12-04"),
    case(FRI_DEC, "Holdings of the spot ether funds grew by 212,000 ETH in the past seven days "
         "to 6.1 million ETH, according to a research note from K33.", "6.1 million ETH",
         "2026-11-27..2026-12-04"),
    case(FRI_DEC, "Ether has dropped $1,020 in the past month to $2,870 — its worst run since "
         "the spring.", "$2,870", "2026-11-04..2026-12-04"),
    case(FRI_DEC, "Staked SOL swelled by 3,150,000 SOL this week to 412 million SOL, validators' "
         "dashboards show.", "412 million SOL", "2026-11-30..2026-12-04"),
    case(FRI_DEC, "Over the past 24 hours the index shed 1,240 points to 38,910.", "38,910",
         "2026-12-03..2026-12-04"),
]  # fmt: skip
STANDING_AFTER_WINDOWS = [
    # no "to" before the level: a grouping comma still ends the lead, as before
    case(FRI_DEC, "Bitcoin hit $92,400 on Tuesday. Right after the print on Thursday, ether slid "
         "by about 3% from $3,250 just under $3,160 before recovering.", "$3,160",
         "2026-12-03..2026-12-03"),
    case(FRI_DEC, "Bitcoin shed $1,200 in the past 24 hours and was trading at $88,150 at press "
         "time.", "$88,150", "2026-12-04..2026-12-04"),
    case(FRI_DEC, "The fund, which holds 41,000 BTC, said outflows over the past week reached "
         "$310 million.", "41,000 BTC", "2026-12-04..2026-12-04"),
    case(FRI_DEC, "The index, which shed 1,240 points over the week, stands at 38,910.", "38,910",
         "2026-12-04..2026-12-04"),
    case(FRI_DEC, "Bitcoin fell 2,1% over the past day, and ether held at $3,020 at press time.",
         "$3,020", "2026-12-04..2026-12-04"),
    case(FRI_DEC, "Over the past week, the exchange said, users withdrew 18,400 BTC; its reserve "
         "is 512,000 BTC.", "512,000 BTC", "2026-12-04..2026-12-04"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"), REACHED_OVER_WINDOWS + STANDING_AFTER_WINDOWS
)
def test_level_reached_over_a_window_takes_the_window(
    published: date, text: str, quote: str, period: str | None
) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A column whose header names a trailing window ("7d", "Fees, 7d", "30d change", "24h
# volume", "YTD volume", "Revenue (30d)") holds that window, ending on the one day the
# table's lead line gives ("Top chains by TVL, November 21") or the lead's window's last
# day, as "the past seven days" runs; with no date in the lead the prose dates the cells (a
# newsletter's "7d" is often its issue's week); a level's column beside it keeps the lead's
# day. A row label naming a unit's edge ("month-end", "end of quarter", "at start of
# month") under a column of a period dates each cell on that edge of its own column's period.
SUN22 = date(2026, 11, 22)
THU5 = date(2026, 11, 5)
LEADERBOARD = (
    "Top chains by TVL, November 21 (source: DefiLlama)\n\n| Rank | Chain | TVL | 7d | Fees, 7d |\n"
    "|---|---|---|---|---|\n| 1 | Ethereum | $92.4bn | +2.2% | $31.0m |\n| 2 | Solana | $12.1bn "
    "| -3.4% | $44.9m |\n"
)
PERP_WEEK = (
    "Perp venues this week:\n\nVenue | 24h volume | 7d volume | Open interest\n"
    "Hyperliquid | $9.8B | $61.2B | $7.4B\nLighter | $2.1B | $13.9B | $1.2B\n"
)
SUPPLY = (
    "Stablecoin supply, Nov. 20\n\nToken   Supply      30d change\nUSDT    $188.2bn    +2.9%\n"
    "USDC    $77.5bn     -1.1%\n"
)
PERP_DAY = (
    "Perp venues, Nov. 20 (source: DefiLlama)\n\nVenue | 24h volume | Open interest | YTD volume\n"
    "Hyperliquid | $9.8B | $7.4B | $2.1T\nLighter | $2.1B | $1.2B | $0.4T\n"
)
PRICES = (
    "Prices as of Dec. 1 (source: CoinGecko)\n\nAsset\tPrice\t24h %\t7d %\nBTC\t$91,240\t+1.2%"
    "\t-4.4%\nETH\t$3,018\t+0.8%\t-6.1%\n"
)
EARNERS = (
    "| Protocol | Revenue (30d) | TVL |\n|---|---|---|\n| Aave | $64.2m | $41.0bn |\n"
    "| Maker | $29.8m | $5.6bn |\n"
)
KPIS = (
    "Northgate Mining's October production update.\n\n| Metric | Oct 2026 | Sep 2026 | Oct 2025 |"
    "\n|---|---|---|---|\n| BTC mined | 512 | 498 | 610 |\n| Hashrate, month-end (EH/s) | 33.4 "
    "| 31.9 | 22.0 |\n| Bitcoin held at month-end | 7,410 | 7,020 | 5,115 |\n"
)
QUARTER_ENDS = (
    "Quarterly snapshot, per the company's filing:\n\nItem | Q2 2026 | Q1 2026\n"
    "ETH held, end of quarter | 412,300 | 380,150\nStaking revenue | $18.2 million "
    "| $15.9 million\n"
)
YEAR_ENDS = (
    "Highlights of the trust's annual report:\n\nItem | 2025 | 2024\nBitcoin held at year-end "
    "| 41,200 | 38,900\nFees earned | $62.1 million | $48.4 million\n"
)
ALIGNED = (
    "Output and balance sheet\n\nItem                    Oct 2026    Sep 2026\n"
    "BTC mined               512         498\nBTC held, month-end     7,410       7,020\n"
)
TREASURY = (
    "The miner's treasury, by month:\n\n| | October | September |\n|---|---|---|\n"
    "| Bitcoin at start of month | 7,020 | 6,640 |\n| Bitcoin at month-end | 7,410 | 7,020 |\n"
)
BALANCE_DAYS = (
    "Balance sheet highlights\n\n| | Sep 30, 2026 | Sep 30, 2025 |\n|---|---|---|\n"
    "| BTC held, month-end | 5,212 | 3,987 |\n"
)
WINDOW_COLUMNS = [
    case(SUN22, LEADERBOARD, "+2.2%", "2026-11-14..2026-11-21"),
    case(SUN22, LEADERBOARD, "$44.9m", "2026-11-14..2026-11-21"),
    case(SUN22, PERP_WEEK, "$61.2B", "2026-11-15..2026-11-22"),
    case(SUN22, SUPPLY, "-1.1%", "2026-10-21..2026-11-20"),
    case(SUN22, PERP_DAY, "$9.8B", "2026-11-19..2026-11-20"),
    case(SUN22, PERP_DAY, "$2.1T", "2026-01-01..2026-11-20"),
    case(date(2026, 12, 2), PRICES, "-4.4%", "2026-11-24..2026-12-01"),
    case(
        date(2026, 12, 2), "Top earners, Dec. 1:\n\n" + EARNERS, "$64.2m", "2026-11-01..2026-12-01"
    ),
]
EDGE_ROWS = [
    case(THU5, KPIS, "31.9", "2026-09-30..2026-09-30"),
    case(THU5, KPIS, "22.0", "2025-10-31..2025-10-31"),
    case(THU5, KPIS, "5,115", "2025-10-31..2025-10-31"),
    case(date(2026, 7, 8), QUARTER_ENDS, "380,150", "2026-03-31..2026-03-31"),
    case(SUN22, YEAR_ENDS, "38,900", "2024-12-31..2024-12-31"),
    case(THU5, ALIGNED, "7,020", "2026-09-30..2026-09-30"),
    case(THU5, TREASURY, "6,640", "2026-09-01..2026-09-01"),
    case(THU5, BALANCE_DAYS, "3,987", "2025-09-30..2025-09-30"),
]
WINDOW_AND_EDGE_TWINS = [
    # a level's column beside a window's keeps the lead's day; no lead date, no day
    case(SUN22, LEADERBOARD, "$92.4bn", "2026-11-21..2026-11-21"),
    case(SUN22, PERP_DAY, "$7.4B", "2026-11-20..2026-11-20"),
    case(date(2026, 12, 2), "Which protocols earn the most?\n\n" + EARNERS, "$41.0bn", None),
    case(date(2026, 12, 2), "Which protocols earn the most?\n\n" + EARNERS, "$64.2m", None),
    # two windows in one header name no one period
    case(SUN22, "Perp venues, Nov. 20\n\nVenue | 7d/30d volume | Open interest\nHyperliquid | "
         "$61B / $240B | $7.4B\nLighter | $13B / $52B | $1.2B\n", "$7.4B",
         "2026-11-20..2026-11-20"),
    # a header of words, no window written
    case(SUN22, "Fund flows by issuer:\n\n| Fund | Week | Month |\n|---|---|---|\n| IBIT | $412m "
         "| $1.9bn |\n| FBTC | -$88m | $240m |\n", "$1.9bn", None),
    # a month-end row under no period's column keeps its own edge; a bare 24h column its day
    case(THU5, "Treasury snapshot:\n\n| Metric | Value |\n|---|---|\n| BTC held, month-end "
         "| 5,212 |\n| BTC mined in October | 401 |\n", "5,212", "2026-10-31..2026-10-31"),
    case(SUN22, "Exchange volumes:\n\n| Venue | 24h |\n|---|---|\n| Binance | $14.2B |\n| OKX | "
         "$5.1B |\n", "$14.2B", "2026-11-21..2026-11-22"),
    case(THU5, KPIS, "498", "2026-09-01..2026-09-30"),
    # beside other words a month or year is as often a size or a term ahead as a trailing
    # window: "over $1m", "1m+ tokens", "Target (1y)", "3m lock" keep the lead's day; a change
    # column of a month ("1m %") is still the month
    case(SUN22, "Big liquidations, Nov. 20\n\n| Venue | Orders over $1m | Total |\n|---|---|---|\n"
         "| Bybit | 17 | $240m |\n| OKX | 6 | $71m |\n", "17", "2026-11-20..2026-11-20"),
    case(SUN22, "Whale count, Nov. 20\n\n| Token | Wallets with 1m+ tokens | Share |\n|---|---|---|"
         "\n| SHIB | 1,311 | 61% |\n", "1,311", "2026-11-20..2026-11-20"),
    case(SUN22, "Street targets, Nov. 20\n\n| Broker | Target (1y) | Call |\n|---|---|---|\n"
         "| Bernstein | $210,000 | Outperform |\n", "$210,000", "2026-11-20..2026-11-20"),
    case(SUN22, "Earn rates, Nov. 20\n\n| Product | 3m lock APY | Flexible APY |\n|---|---|---|\n"
         "| ETH | 3.4% | 2.1% |\n", "3.4%", "2026-11-20..2026-11-20"),
    case(SUN22, "Majors, Nov. 20\n\nAsset | Price | 1m %\nBTC | $90,100 | -9.8%\nETH | $3,010 "
         "| -12.4%\n", "-9.8%", "2026-10-20..2026-11-20"),
    # a row label's day that merely falls on a month's edge ("yesterday" on the 1st, a
    # Monday on the 30th) is no edge of its column's month: it keeps its own day
    case(date(2026, 12, 1), "Monthly treasury\n\n| Item | Oct 2026 | Sep 2026 |\n|---|---|---|\n"
         "| BTC held yesterday | 6,400 | 6,100 |\n", "6,100", "2026-11-30..2026-11-30"),
    case(date(2026, 12, 1), "Monthly treasury\n\n| Item | Oct 2026 | Sep 2026 |\n|---|---|---|\n"
         "| Close, Monday | $101,200 | $112,400 |\n", "$101,200", "2026-11-30..2026-11-30"),
    xfail("a day window that is a term ahead ('30d fixed borrow rate') reads as a trailing "
          "window: nothing in a header's structure tells a loan's term from 'Revenue (30d)'",
          SUN22, "Fixed-rate quotes, Nov. 20\n\n| Asset | 30d fixed borrow rate | Floating |\n"
          "|---|---|---|\n| USDC | 6.2% | 5.4% |\n", "6.2%", "2026-11-20..2026-11-20"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"), WINDOW_COLUMNS + EDGE_ROWS + WINDOW_AND_EDGE_TWINS
)
def test_columns_naming_their_own_period(
    published: date, text: str, quote: str, period: str | None
) -> None:
    check(text, quote, 1, {"period": period}, published=published)


# A month written without a year in a sentence told in the past takes the latest such month
# on or before publication (FORMAT.md), whatever a forecast said before the sentence: a
# quotation's closing mark after its stop ('... by the end of the year."') and a line's end (a
# headline or list line without a stop) end the forecast's clause too. A forecast of the
# month's own clause still looks ahead.
REPORTED_AFTER_FORECASTS = [
    case(THU5, "\"We expect to be above 60 EH/s by the end of the year.\"\n\nThe miner put its "
         "cash cost per coin at $39,800 in October, excluding depreciation.", "$39,800",
         "2026-10-01..2026-10-31"),
    case(date(2026, 12, 2), "The chief executive told analysts: \"Our fleet will top 30 EH/s "
         "soon.\"\nOperating hashrate averaged 24.6 EH/s in November.", "24.6 EH/s",
         "2026-11-01..2026-11-30"),
    case(date(2026, 11, 4), "- Forecast: network hashrate will reach 1,300 EH/s by March\n"
         "- Hashrate averaged 1,150 EH/s in October", "1,150 EH/s", "2026-10-01..2026-10-31"),
    case(date(2026, 11, 3), "The operator will energise its Abilene site by January\nIt "
         "produced 388 BTC in October, up from 371 BTC.", "388 BTC", "2026-10-01..2026-10-31"),
    case(date(2026, 11, 6), "“Output will double by June,” the chief executive said. “We expect "
         "to be the largest miner in Texas by the end of next year.”\n\nThe company put its "
         "all-in cost at $52,100 in October.", "$52,100", "2026-10-01..2026-10-31"),
]  # fmt: skip
FORECASTS_OF_THEIR_OWN = [
    case(THU5, "The miner expects its cash cost per coin to fall to $35,000 in March.", "$35,000",
         "2027-03-01..2027-03-31"),
    case(THU5, "\"Costs will keep falling,\" she said, adding that the cash cost should reach "
         "$35,000 in March.", "$35,000", "2027-03-01..2027-03-31"),
    case(THU5, "The firm will report results in February.\n\nIt expects output to reach 600 BTC "
         "in March.", "600 BTC", "2027-03-01..2027-03-31"),
    case(THU5, "Analysts expect the miner's output to climb, to about 640 BTC in March.",
         "640 BTC", "2027-03-01..2027-03-31"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"), REPORTED_AFTER_FORECASTS + FORECASTS_OF_THEIR_OWN
)
def test_a_forecast_ends_at_its_quotation_or_line(
    published: date, text: str, quote: str, period: str | None
) -> None:
    check(text, quote, 1, {"period": period}, published=published)
