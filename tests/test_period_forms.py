"""The date forms news writes, each resolved against its publication date.

Rows give the publication date, a news-style sentence, the expression as it must be
found (one span) and the period it names. The conventions are the corpus's: "last
week" the previous Monday–Sunday, "over the past week" the seven days up to
publication, "the last 3 months" the same day three calendar months back, a date
written without a year the last such day on or before publication.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from nlp_cases import period_text

from extractor.errors import LexiconError
from extractor.lexicon import HolidayEntry, load_jsonl
from extractor.nlp.period_patterns import holiday_names, triggers
from extractor.nlp.periods import default_year, find_time_expressions

FRI = date(2026, 2, 6)  # a Friday
WED = date(2026, 2, 4)  # a Wednesday
MON = date(2025, 2, 10)  # a Monday


def found(text: str, published: date | None) -> dict[str, str | None]:
    """Every expression of ``text`` with the period it resolves to."""
    year = default_year(text) if published is None else None
    return {
        text[t.start : t.end]: period_text(t.period)
        for t in find_time_expressions(text, published, year)
    }


RANGES = [
    (FRI, "ETF inflows reached $4 billion from April to June 2025.", "from April to June 2025",
     "2025-04-01..2025-06-30"),
    (FRI, "Funding fell between April and June, data showed.", "between April and June",
     "2025-04-01..2025-06-30"),
    (FRI, "Miners sold 9,000 BTC from November to January.", "from November to January",
     "2025-11-01..2026-01-31"),
    (FRI, "Flows were negative in September–October 2025.", "September–October 2025",
     "2025-09-01..2025-10-31"),
    (FRI, "Outflows from Jan. 5 to Jan. 9 reached $1.2 billion.", "from Jan. 5 to Jan. 9",
     "2026-01-05..2026-01-09"),
    (FRI, "ETFs shed $1.5 billion Jan. 26–30.", "Jan. 26–30", "2026-01-26..2026-01-30"),
    # ends written in digits, ISO or numeric, as data desks write them
    (FRI, "Spot ETFs drew $9 billion from 2025-10-06 to 2025-12-19, per Farside.",
     "from 2025-10-06 to 2025-12-19", "2025-10-06..2025-12-19"),
    (FRI, "Ether gained 41% from 7/1/2025 through 8/22/2025.",
     "from 7/1/2025 through 8/22/2025", "2025-07-01..2025-08-22"),
    (FRI, "Open interest rose 35% from 05.01.2026 to 30.01.2026, the exchange said.",
     "from 05.01.2026 to 30.01.2026", "2026-01-05..2026-01-30"),
    # both ends of a digit span in one order: day first when either end can only be read so
    (FRI, "Inflows reached €700 million from 06/10/2025 to 19/10/2025, the Lyon-based fund said.",
     "from 06/10/2025 to 19/10/2025", "2025-10-06..2025-10-19"),
    (FRI, "Trading volume hit €2 billion from 05/01/2026 to 30/01/2026 on the venue.",
     "from 05/01/2026 to 30/01/2026", "2026-01-05..2026-01-30"),
    (FRI, "Won-pegged volume grew 18% between 2025.10.06 and 2025.12.19, the Seoul exchange said.",
     "between 2025.10.06 and 2025.12.19", "2025-10-06..2025-12-19"),
    # ... month first when nothing says otherwise, as US news writes it
    (FRI, "Miners sold 3,100 BTC from 3/4/2025 to 3/9/2025.", "from 3/4/2025 to 3/9/2025",
     "2025-03-04..2025-03-09"),
    # spans of year-first quarters and halves
    (FRI, "Exchange revenue grew 30% from 2024 Q4 to 2025 Q2, the filing shows.",
     "from 2024 Q4 to 2025 Q2", "2024-10-01..2025-06-30"),
    (FRI, "Stablecoin supply grew 40% from 2024-H2 to 2025-H1, per the dashboard.",
     "from 2024-H2 to 2025-H1", "2024-07-01..2025-06-30"),
    # a named day, the latest on or before publication unless its year or a forecast says
    (FRI, "ETF outflows hit $200 million on Black Friday.", "Black Friday",
     "2025-11-28..2025-11-28"),
    # every named day of the Thanksgiving week and of US bond-market closures
    (FRI, "Crypto donations hit $42 million on Giving Tuesday.", "Giving Tuesday",
     "2025-12-02..2025-12-02"),
    (FRI, "US charities raised $3.6 billion on GivingTuesday, a record.", "GivingTuesday",
     "2025-12-02..2025-12-02"),
    (FRI, "Independent shops took in $18 billion on Small Business Saturday.",
     "Small Business Saturday", "2025-11-29..2025-11-29"),
    (FRI, "Treasury markets were shut on Columbus Day as bitcoin slid 3%.", "Columbus Day",
     "2025-10-13..2025-10-13"),
    (FRI, "Gold rose 1.2% on Indigenous Peoples' Day in thin trading.",
     "Indigenous Peoples' Day", "2025-10-13..2025-10-13"),
    (FRI, "Bond markets were closed on Veterans Day while ether rose 4%.", "Veterans Day",
     "2025-11-11..2025-11-11"),
    (FRI, "Bitcoin fell 8% last Thanksgiving.", "last Thanksgiving", "2025-11-27..2025-11-27"),
    (FRI, "Bitcoin hit $69,000 on Christmas Eve.", "Christmas Eve", "2025-12-24..2025-12-24"),
    (FRI, "Bitcoin rose 5% on the Fourth of July.", "Fourth of July", "2025-07-04..2025-07-04"),
    (FRI, "Ether rose 5% on Easter Monday 2024.", "Easter Monday 2024", "2024-04-01..2024-04-01"),
    (FRI, "US markets closed on Good Friday 2025 as bitcoin slid 2%.", "Good Friday 2025",
     "2025-04-18..2025-04-18"),
    (FRI, "Spot ETFs will not trade on Good Friday.", "Good Friday", "2026-04-03..2026-04-03"),
    # a forecast anywhere before a date in its clause, with no past move between: the next one
    (FRI, "Bitcoin could hit $150,000 by Christmas.", "Christmas", "2026-12-25..2026-12-25"),
    (FRI, "Analysts expect bitcoin to hit $150,000 by Christmas.", "Christmas",
     "2026-12-25..2026-12-25"),
    (date(2026, 4, 1), "ETFs will see flows of $1 billion on Good Friday.", "Good Friday",
     "2026-04-03..2026-04-03"),
    (date(2026, 4, 1), "Analysts expect flows of $1 billion on Good Friday.", "Good Friday",
     "2026-04-03..2026-04-03"),
    (FRI, "Bitcoin could hit $150,000 by December.", "December", "2026-12-01..2026-12-31"),
    (FRI, "The SEC will rule on the three pending applications by March.", "March",
     "2026-03-01..2026-03-31"),
    # ... but not past a move told in the past, nor a forecast that did not come true
    (FRI, "Data will show bitcoin rose 5% in May.", "May", "2025-05-01..2025-05-31"),
    (FRI, "Bitcoin could not hold $70,000 in March.", "March", "2025-03-01..2025-03-31"),
    (FRI, "Bitcoin had hit $150,000 by December.", "December", "2025-12-01..2025-12-31"),
    (date(2026, 2, 10), "It could extend the decline toward the Feb. 6 low of $60,030.",
     "Feb. 6", "2026-02-06..2026-02-06"),
    (date(2026, 4, 20), "ETFs saw flows of $1 billion on Good Friday.", "Good Friday",
     "2026-04-03..2026-04-03"),
    (date(2026, 5, 29), "Flows were thin over Memorial Day.", "Memorial Day",
     "2026-05-25..2026-05-25"),
    # a day range written day first, as British and European news write it
    (FRI, "ETFs drew $2 billion from 9 to 12 June.", "from 9 to 12 June",
     "2025-06-09..2025-06-12"),
    (FRI, "Outflows reached $800 million between 9 and 12 June 2025.",
     "between 9 and 12 June 2025", "2025-06-09..2025-06-12"),
    (FRI, "Ether shed 14% on 9-12 June.", "9-12 June", "2025-06-09..2025-06-12"),
    (FRI, "Miners sold 4,000 BTC from 30 December to 2 January.",
     "from 30 December to 2 January", "2025-12-30..2026-01-02"),
    # a year written on the last end of a range across New Year is the last day's
    (FRI, "Miners sold 4,000 BTC from 30 December to 2 January 2026.",
     "from 30 December to 2 January 2026", "2025-12-30..2026-01-02"),
    (FRI, "Miners sold 4,000 BTC from December 30 to January 2, 2026.",
     "from December 30 to January 2, 2026", "2025-12-30..2026-01-02"),
    (FRI, "The token fell 20% between 12th and 15th of March.", "between 12th and 15th of March",
     "2025-03-12..2025-03-15"),
    (FRI, "Revenue grew from 2021 to 2024.", "from 2021 to 2024", "2021-01-01..2024-12-31"),
    # a span of years written with a dash or "till", as news and Recognizers-Text read it
    (FRI, "Bitcoin rose 300% in 2020-2021.", "2020-2021", "2020-01-01..2021-12-31"),
    (FRI, "The 2021–2022 bear market wiped out $2 trillion.", "2021–2022",
     "2021-01-01..2022-12-31"),
    (FRI, "Fees fell 40% in the 2022-23 bear market.", "2022-23", "2022-01-01..2023-12-31"),
    (FRI, "Miners sold 9,000 BTC from 2014 till 2018.", "from 2014 till 2018",
     "2014-01-01..2018-12-31"),
    # a month "of" its year, as US news writes it
    (FRI, "Bitcoin hit $69,000 in November of 2021.", "November of 2021",
     "2021-11-01..2021-11-30"),
    # a week counted from the day it began, as "the week ending" is counted to its end
    (date(2024, 3, 15), "Outflows hit $2 billion in the week beginning February 5.",
     "week beginning February 5", "2024-02-05..2024-02-11"),
    (date(2024, 3, 15), "Inflows reached $900 million in the week starting 4 March.",
     "week starting 4 March", "2024-03-04..2024-03-10"),
    (date(2024, 3, 15), "Inflows reached $900 million in the week commencing March 11.",
     "week commencing March 11", "2024-03-11..2024-03-15"),
    (FRI, "ETFs drew $1 billion over the past five business days.",
     "over the past five business days", "2026-01-30..2026-02-06"),
    # a span to the present, or with an end that is a part of a unit or a quarter
    # a span opening its sentence
    (FRI, "From March to date, ETF inflows reached $4 billion.", "From March to date",
     "2025-03-01..2026-02-06"),
    (FRI, "Between mid-December and now, outflows totaled $2 billion.",
     "Between mid-December and now", "2025-12-11..2026-02-06"),
    (FRI, "From Q1 2024 to Q3 2025, revenue rose 30%.", "From Q1 2024 to Q3 2025",
     "2024-01-01..2025-09-30"),
    (FRI, "Between 1 and 3 March, traders lost $500 million.", "Between 1 and 3 March",
     "2025-03-01..2025-03-03"),
    (FRI, "ETF inflows reached $4 billion from March to date.", "from March to date",
     "2025-03-01..2026-02-06"),
    (FRI, "Ether has gained 12% from January to today.", "from January to today",
     "2026-01-01..2026-02-06"),
    (FRI, "Ether rose 300% from 2019 to present.", "from 2019 to present",
     "2019-01-01..2026-02-06"),
    (FRI, "Outflows totaled $2 billion between mid-December and now.",
     "between mid-December and now", "2025-12-11..2026-02-06"),
    (FRI, "Bitcoin rose 40% from 2023 to the end of 2024.", "from 2023 to the end of 2024",
     "2023-01-01..2024-12-31"),
    (FRI, "Miners sold 9,000 BTC from April until the end of June 2025.",
     "from April until the end of June 2025", "2025-04-01..2025-06-30"),
    (FRI, "Miners sold 9,000 BTC from March 2025 to the end of June.",
     "from March 2025 to the end of June", "2025-03-01..2025-06-30"),
    (FRI, "Revenue rose 30% from Q1 2024 to Q3 2025.", "from Q1 2024 to Q3 2025",
     "2024-01-01..2025-09-30"),
    (FRI, "Bitcoin rose 150% from 2021 to March 2024.", "from 2021 to March 2024",
     "2021-01-01..2024-03-31"),
    (FRI, "Revenue grew 40% from March 2023 to 2025.", "from March 2023 to 2025",
     "2023-03-01..2025-12-31"),
    (FRI, "Solana fell 60% between the middle of 2024 and the end of 2025.",
     "between the middle of 2024 and the end of 2025", "2024-05-01..2025-12-31"),
]  # fmt: skip

AGO = [
    (FRI, "Bitcoin traded at $70,000 two days ago.", "two days ago", "2026-02-04..2026-02-04"),
    (FRI, "Ether was at $2,900 a week ago.", "a week ago", "2026-01-30..2026-01-30"),
    (FRI, "Solana rose 12% 2 weeks ago.", "2 weeks ago", "2026-01-23..2026-01-23"),
    (FRI, "The fund held 3,000 BTC three months ago.", "three months ago",
     "2025-11-06..2025-11-06"),
    (FRI, "Bitcoin was at $96,000 a year ago.", "a year ago", "2025-02-06..2025-02-06"),
    (FRI, "On Jan. 20 ETFs lost $300 million; three days later they lost $200 million.",
     "three days later", "2026-01-23..2026-01-23"),
    (FRI, "Revenue was $2.2 billion in Q4 2025, against $953 million a year earlier.",
     "a year earlier", "2024-10-01..2024-12-31"),
    (FRI, "Bitcoin fell 4% the day before yesterday.", "the day before yesterday",
     "2026-02-04..2026-02-04"),
    (FRI, "The token fell 9% 1d ago.", "1d ago", "2026-02-05..2026-02-05"),
    # a count of two units
    (FRI, "Bitcoin traded at $44,000 two years and three months ago.",
     "two years and three months ago", "2023-11-06..2023-11-06"),
    (FRI, "Ether was at $1,600 a year and a half ago.", "a year and a half ago",
     "2024-08-06..2024-08-06"),
    (FRI, "Solana rose 12% two weeks and two days ago.", "two weeks and two days ago",
     "2026-01-21..2026-01-21"),
    # a duration, then the next clause's count: no count of two units
    (FRI, "Bitcoin has held above $60,000 for two years, and three months ago it hit $126,000.",
     "three months ago", "2025-11-06..2025-11-06"),
    (FRI, "Ether fell 8% over two days, and a week ago it traded at $3,000.", "a week ago",
     "2026-01-30..2026-01-30"),
    (FRI, "Bitcoin rose 3% in two weeks and two days ago it hit $70,000.", "two days ago",
     "2026-02-04..2026-02-04"),
    # business days are Monday to Friday
    (FRI, "ETFs drew $1 billion three business days ago.", "three business days ago",
     "2026-02-03..2026-02-03"),
    (FRI, "On Jan. 30 ETFs lost $300 million; two business days later they lost $200 million.",
     "two business days later", "2026-02-03..2026-02-03"),
    (FRI, "On Jan. 30 ETFs lost $300 million; two trading days later they lost $200 million.",
     "two trading days later", "2026-02-01..2026-02-01"),
    # one business day on from publication (a Friday) is the Monday, one back the Thursday
    (FRI, "Redemptions above $5 million settle the next business day.",
     "the next business day", "2026-02-09..2026-02-09"),
    (FRI, "Orders over 10 BTC are filled at the closing price of the coming business day.",
     "the coming business day", "2026-02-09..2026-02-09"),
    (FRI, "The fund paid out $41 million in redemptions on the previous business day.",
     "the previous business day", "2026-02-05..2026-02-05"),
    (FRI, "On Jan. 5 ETFs lost $300 million; a week and two days later they lost $200 million.",
     "a week and two days later", "2026-01-14..2026-01-14"),
    # a count right before the date it is counted from
    (FRI, "Bitcoin rose 5% two weeks before May 13, 2024.", "two weeks before May 13, 2024",
     "2024-04-29..2024-04-29"),
    (FRI, "ETFs drew $500 million a week after January 10.", "a week after January 10",
     "2026-01-17..2026-01-17"),
    (FRI, "XRP rose 4% a day after Monday's ruling.", "a day after Monday's",
     "2026-02-03..2026-02-03"),
    (FRI, "Revenue rose 5% three months after Q1 2025.", "three months after Q1 2025",
     "2025-04-01..2025-06-30"),
    (FRI, "Tokens worth $40 million will unlock two weeks later.", "two weeks later",
     "2026-02-20..2026-02-20"),
    # with no date told before, a count forward runs from publication
    (FRI, "Bitcoin rose 10% two days later, to $70,000.", "two days later",
     "2026-02-08..2026-02-08"),
    (FRI, "ETFs took in $1 billion a week after launch on January 11.",
     "a week after launch on January 11", "2026-01-18..2026-01-18"),
    (FRI, "Bitcoin dropped 6% one day after Powell spoke on Wednesday.",
     "one day after Powell spoke on Wednesday", "2026-02-05..2026-02-05"),
    # "starting" after a move told in the past opens a window to publication; with no
    # such move it is a schedule (a date without a year is the next one)
    (FRI, "Bitcoin rose 5% starting January 7.", "January 7", "2026-01-07..2026-02-06"),
    (FRI, "Ether fell 12% beginning March 3, data show.", "March 3", "2025-03-03..2026-02-06"),
    (FRI, "Outflows totaled $2 billion starting Jan. 5.", "Jan. 5", "2026-01-05..2026-02-06"),
    (FRI, "Import duties starting April 10 will raise costs by 10%.", "April 10",
     "2026-04-10..2026-04-10"),
    # a schedule told after a word of saying is no window of the move before it
    (FRI, "Bitcoin fell 5% after the SEC said rules starting March 1 will cap leverage at 2x.",
     "March 1", "2026-03-01..2026-03-01"),
    (FRI, "Bitcoin fell 5% after Binance said fees starting March 1 would rise to 0.1%.",
     "March 1", "2026-03-01..2026-03-01"),
    (FRI, "Ether fell 8% after Robinhood said it would stop listing the token starting March 3.",
     "March 3", "2026-03-03..2026-03-03"),
    # a written end is kept
    (FRI, "Bitcoin rose 9% starting January 7 through January 14.",
     "January 7 through January 14", "2026-01-07..2026-01-14"),
    (FRI, "Bitcoin rose 9% in a rally starting January 7 and ending January 14.", "January 7",
     "2026-01-07..2026-01-14"),
    (FRI, "The token listed 2y ago at $0.40.", "2y ago", "2024-02-06..2024-02-06"),
    (FRI, "Ether traded at $3,100 four days before.", "four days before",
     "2026-02-02..2026-02-02"),
    (FRI, "The unlock of 40 million tokens comes in three weeks' time.", "in three weeks' time",
     "2026-02-27..2026-02-27"),
    (FRI, "The vote on the $2 billion plan is the day after tomorrow.",
     "the day after tomorrow", "2026-02-08..2026-02-08"),
    (FRI, "Holdings were $1.67 billion as of June 30, up from $1.5 billion three months earlier.",
     "three months earlier", "2025-03-31..2025-03-31"),
]  # fmt: skip

HALVES_AND_QUARTERS = [
    (FRI, "Venture funding hit $10 billion in H1 2025.", "H1 2025", "2025-01-01..2025-06-30"),
    (FRI, "Profit rose in the first half of 2025.", "first half of 2025",
     "2025-01-01..2025-06-30"),
    (FRI, "Hacks cost $2.1 billion in the second half of 2025.", "second half of 2025",
     "2025-07-01..2025-12-31"),
    (FRI, "ETFs bought 26,700 BTC in the first half of May.", "the first half of May",
     "2025-05-01..2025-05-15"),
    (FRI, "The firm lost $125 million in the previous quarter.", "in the previous quarter",
     "2025-10-01..2025-12-31"),
    (FRI, "Deals rose 8% in the current quarter.", "current quarter", "2026-01-01..2026-02-06"),
    (FRI, "Coinbase earned $1.3 billion in Q4'25.", "Q4'25", "2025-10-01..2025-12-31"),
    # the year first, as research notes and dashboards write it
    (FRI, "Exchange revenue grew 14% in 2025 Q3, the research note shows.", "2025 Q3",
     "2025-07-01..2025-09-30"),
    (FRI, "DEX volumes fell 11% during 2024-Q2, per the dashboard.", "2024-Q2",
     "2024-04-01..2024-06-30"),
    (FRI, "The miner booked a $210 million loss for 2024 H2.", "2024 H2",
     "2024-07-01..2024-12-31"),
    (FRI, "Stablecoin supply rose 8% in 2025-H1, the newsletter said.", "2025-H1",
     "2025-01-01..2025-06-30"),
    (FRI, "Revenue was $2.27 billion for the quarter ended December 2025.",
     "quarter ended December 2025", "2025-10-01..2025-12-31"),
    (FRI, "Outflows hit $316 million in the week ending Jan. 30.", "week ending Jan. 30",
     "2026-01-26..2026-01-30"),
    (FRI, "In just the first six months of 2024, the exchange added 30 million users.",
     "the first six months of 2024", "2024-01-01..2024-06-30"),
    (date(2025, 10, 8), "Hacks drained $1.7 billion in the first nine months of the year.",
     "the first nine months of the year", "2025-01-01..2025-09-30"),
    (FRI, "Miners sold 14,000 BTC over the last three months of 2025.",
     "the last three months of 2025", "2025-10-01..2025-12-31"),
    (FRI, "Revenue doubled in the first 3 months of 2026.", "the first 3 months of 2026",
     "2026-01-01..2026-02-06"),
]  # fmt: skip

WEEKDAYS = [
    (FRI, "ETFs recorded $300 million of outflows on Thursday, Feb. 5.", "Thursday, Feb. 5",
     "2026-02-05..2026-02-05"),
    (date(2025, 1, 16), "Bitcoin rose 5% on Tuesday, Jan. 14.", "Tuesday, Jan. 14",
     "2025-01-14..2025-01-14"),
    (date(2024, 5, 10), "Ether fell 3% on Thursday, May 9.", "Thursday, May 9",
     "2024-05-09..2024-05-09"),
    (WED, "Bitcoin hit $80,000 last Wednesday.", "last Wednesday", "2026-01-28..2026-01-28"),
    (WED, "Bitcoin hit $80,000 on Wednesday.", "Wednesday", "2026-02-04..2026-02-04"),
    (FRI, "Bitcoin hit $80,000 last Tuesday.", "last Tuesday", "2026-02-03..2026-02-03"),
    (FRI, "The Fed meets next Wednesday.", "next Wednesday", "2026-02-11..2026-02-11"),
    # abbreviated weekdays of tables and headlines ("Sat" and "Sun" only after "on")
    (FRI, "ETFs shed $200 million on Wed, Farside data show.", "Wed", "2026-02-04..2026-02-04"),
    (FRI, "BTC Slides 4% Mon as Miners Sell", "Mon", "2026-02-02..2026-02-02"),
    (FRI, "Ether gained 3% last Thurs.", "last Thurs", "2026-02-05..2026-02-05"),
    (MON, "Liquidations hit $300 million on Sat.", "Sat", "2025-02-08..2025-02-08"),
]  # fmt: skip

WINDOWS = [
    # a unit shorter than a day ("the very last minute") falls within publication day
    (FRI, "The fund dumped 5,000 BTC at the very last minute, for $300 million.",
     "last minute", "2026-02-06..2026-02-06"),
    (FRI, "ETFs drew $2 billion in the first week of January.", "the first week of January",
     "2026-01-01..2026-01-07"),
    (FRI, "Miners sold 9,000 BTC in the last week of December 2025.",
     "the last week of December 2025", "2025-12-25..2025-12-31"),
    (FRI, "Only 7,200 BTC were mined during the first 15 days of January.",
     "the first 15 days of January", "2026-01-01..2026-01-15"),
    (FRI, "ETFs shed $3 billion in the last two weeks of December 2025.",
     "the last two weeks of December 2025", "2025-12-18..2025-12-31"),
    (FRI, "Funds lost $2 billion in the seven days to Jan. 30.", "the seven days to Jan. 30",
     "2026-01-24..2026-01-30"),
    (FRI, "Outflows reached $1 billion in the week to Thursday.", "the week to Thursday",
     "2026-02-02..2026-02-05"),
    (FRI, "Exchange revenue grew 40% in 2H24.", "2H24", "2024-07-01..2024-12-31"),
    (FRI, "ETFs lost $1 billion from Monday to Wednesday.", "from Monday to Wednesday",
     "2026-02-02..2026-02-04"),
    (FRI, "Flows were positive between Monday and Thursday.", "between Monday and Thursday",
     "2026-02-02..2026-02-05"),
    (FRI, "Bitcoin rose 8% over the last fortnight.", "over the last fortnight",
     "2026-01-23..2026-02-06"),
    # "over/on/in/during the week" is the seven days up to publication, as "for the week";
    # a part of the week ("later in the week") stays inside this calendar week
    (FRI, "Dogecoin rose just 2.1% over the week to 21 cents.", "over the week",
     "2026-01-30..2026-02-06"),
    (WED, "Pepe was the worst performer, down 11% on the week.", "on the week",
     "2026-01-28..2026-02-04"),
    (MON, "Bitcoin held on exchanges fell by 38,400 BTC over the week, CryptoQuant said.",
     "over the week", "2025-02-03..2025-02-10"),
    (FRI, "Cardano lost 6% in the week, while Avalanche rose 2%.", "in the week",
     "2026-01-30..2026-02-06"),
    (FRI, "During the week, spot bitcoin ETFs drew $1.2 billion.", "During the week",
     "2026-01-30..2026-02-06"),
    (FRI, "Later in the week, ether climbed to $2,100.", "the week", "2026-02-02..2026-02-06"),
    (FRI, "Bitcoin funds gained 6% in the week to 28th September, CoinShares said.",
     "the week", "2026-02-02..2026-02-06"),  # a week ending at a day: not the rolling one
    # a window after a past day told earlier in its sentence runs on from that day; a
    # forecast's "over the next two weeks" still runs from publication
    (FRI, "The token touched a record on Sunday before sliding 9.9% in the following 24 hours.",
     "in the following 24 hours", "2026-02-01..2026-02-02"),
    (FRI, "Bitcoin hit $74,000 on Monday, then shed 6% over the next 48 hours.",
     "over the next 48 hours", "2026-02-02..2026-02-04"),
    (FRI, "Following the Feb. 1 unlock, the token fell 22% over the subsequent three days.",
     "over the subsequent three days", "2026-02-01..2026-02-04"),
    (FRI, "On Monday, analysts said bitcoin could rise 10% over the next two weeks.",
     "over the next two weeks", "2026-02-06..2026-02-20"),
    (FRI, "In the following 24 hours, liquidations reached $400 million.",
     "In the following 24 hours", "2026-02-05..2026-02-06"),
    (FRI, "Trading volume hit $40 billion on the busiest day of the week.", "the week",
     "2026-02-02..2026-02-06"),
    (FRI, "Bitcoin hit $70,000 a fortnight ago.", "a fortnight ago", "2026-01-23..2026-01-23"),
    (FRI, "Profit rose in the nine months through September 2025.",
     "nine months through September 2025", "2025-01-01..2025-09-30"),
    (FRI, "Bitcoin fell 5% on 2026/02/03.", "2026/02/03", "2026-02-03..2026-02-03"),
    (FRI, "Bitcoin fell 5% on 03.02.2026, Berlin time.", "03.02.2026", "2026-02-03..2026-02-03"),
    (FRI, "Mining revenue rose in calendar 2025.", "calendar 2025", "2025-01-01..2025-12-31"),
    (FRI, "Flows hit $4 billion this calendar year.", "this calendar year",
     "2026-01-01..2026-02-06"),
    (FRI, "ETFs drew $35 billion last calendar year.", "last calendar year",
     "2025-01-01..2025-12-31"),
    (FRI, "Ether lost 20% in the last 3 months.", "in the last 3 months",
     "2025-11-06..2026-02-06"),
    (FRI, "The stock is down 42% in the last 12 months.", "in the last 12 months",
     "2025-02-06..2026-02-06"),
    (FRI, "Bitcoin fell 7% over the past week.", "over the past week", "2026-01-30..2026-02-06"),
    (FRI, "ETFs lost $1.5 billion last week.", "last week", "2026-01-26..2026-02-01"),
    (FRI, "ETFs lost $1.1 billion this week.", "this week", "2026-02-02..2026-02-06"),
    (FRI, "Outflows reached $3 billion last month.", "last month", "2026-01-01..2026-01-31"),
    (FRI, "The Fed is expected to speak later this week.", "later this week",
     "2026-02-07..2026-02-08"),
    (FRI, "Liquidations reached $1.72 million in the last hour.", "in the last hour",
     "2026-02-06..2026-02-06"),
    (FRI, "Shorts lost $37 million in 12 hours.", "in 12 hours", "2026-02-06..2026-02-06"),
    (FRI, "Open interest rose by 20,000 BTC on a one-day basis.", "on a one-day basis",
     "2026-02-05..2026-02-06"),
    (MON, "The S&P 500 dropped 10% over the weekend.", "over the weekend",
     "2025-02-08..2025-02-09"),
    (FRI, "Bitcoin tumbled from $83,000 to $74,000 overnight.", "overnight",
     "2026-02-05..2026-02-06"),
    (FRI, "Miners sold 2,000 BTC this past weekend.", "this past weekend",
     "2026-01-31..2026-02-01"),
    (FRI, "ETFs took in $2 billion year-to-date.", "year-to-date", "2026-01-01..2026-02-06"),
    # a span of time a change took, told with no date: the span up to publication
    (date(2025, 7, 29), "The firm now holds 438,200 ETH, a 121% increase in four weeks.",
     "in four weeks", "2025-07-01..2025-07-29"),
    (date(2024, 6, 10), "Binance has added 70 million users in just two years.",
     "in just two years", "2022-06-10..2024-06-10"),
    (FRI, "Exchange balances fell by 617,000 BTC in a span of 20 months.",
     "in a span of 20 months", "2024-06-06..2026-02-06"),
    (FRI, "Ether shed 30% over three weeks as ETFs bled.", "over three weeks",
     "2026-01-16..2026-02-06"),
    # ... and in a forecast, the span after it
    (FRI, "Analysts say the fund could double its holdings in two years.", "in two years",
     "2026-02-06..2028-02-06"),
]  # fmt: skip

PARTS_AND_FORECASTS = [
    (FRI, "Bitcoin traded near $90,000 in early March.", "early March",
     "2025-03-01..2025-03-10"),
    (FRI, "Bitcoin traded near $90,000 in mid-March.", "mid-March", "2025-03-11..2025-03-20"),
    # parts of a week: early Monday–Tuesday, mid Wednesday–Thursday, late Friday–Sunday
    (FRI, "Bitcoin slid below $75,000 late last week.", "late last week",
     "2026-01-30..2026-02-01"),
    (FRI, "ETFs lost $400 million early last week.", "early last week", "2026-01-26..2026-01-27"),
    (FRI, "Ether rallied 6% early this week.", "early this week", "2026-02-02..2026-02-03"),
    (WED, "Miners sold 2,000 BTC in mid-week.", "mid-week", "2026-02-04..2026-02-04"),
    (FRI, "Solana rose 9% late this week.", "late this week", "2026-02-06..2026-02-06"),
    # the unit before last, a weekday of a named week, the first or last day of a month
    (FRI, "ETFs drew $2 billion the week before last.", "the week before last",
     "2026-01-19..2026-01-25"),
    (FRI, "Bitcoin hit $80,000 on Friday last week.", "Friday last week",
     "2026-01-30..2026-01-30"),
    (FRI, "Ether rose 4% on Tuesday of this week.", "Tuesday of this week",
     "2026-02-03..2026-02-03"),
    (date(2026, 3, 10), "Bitcoin closed at $84,000 on the last day of February.",
     "the last day of February", "2026-02-28..2026-02-28"),
    (FRI, "Inflows resumed on the first day of the month.", "the first day of the month",
     "2026-02-01..2026-02-01"),
    # a quarter named by the month it ends with ("the June quarter", results' usage)
    (FRI, "Revenue rose 20% in the September quarter.", "September quarter",
     "2025-07-01..2025-09-30"),
    (FRI, "The miner produced 1,200 BTC in the December quarter of 2024.",
     "December quarter of 2024", "2024-10-01..2024-12-31"),
    # a span counted forward from publication
    (FRI, "The unlock of $200 million in tokens comes two weeks from now.", "two weeks from now",
     "2026-02-20..2026-02-20"),
    (FRI, "The vote is a week from today.", "a week from today", "2026-02-13..2026-02-13"),
    # a quarter of a year named relative to publication; "the last quarter of" a year is Q4
    (FRI, "Revenue fell in the first quarter of last year.", "first quarter of last year",
     "2025-01-01..2025-03-31"),
    (FRI, "Hacks peaked in the last quarter of 2023.", "last quarter of 2023",
     "2023-10-01..2023-12-31"),
    (FRI, "Bitcoin rose 7% over the past couple of weeks.", "over the past couple of weeks",
     "2026-01-23..2026-02-06"),
    (FRI, "Bitcoin traded at $97,000 this time last year.", "this time last year",
     "2025-02-06..2025-02-06"),
    (FRI, "Bitcoin fell 20% in March last year.", "March last year", "2025-03-01..2025-03-31"),
    (FRI, "ETFs drew $5 billion in November of last year.", "November of last year",
     "2025-11-01..2025-11-30"),
    (date(2026, 7, 1), "Funding hit $2 billion in March this year.", "March this year",
     "2026-03-01..2026-03-31"),
    (FRI, "Analysts see bitcoin at $150,000 by the end of 2026.", "the end of 2026",
     "2026-12-31..2026-12-31"),
    (FRI, "The Fed sees rates at 3.9% by year-end 2026.", "year-end 2026",
     "2026-12-31..2026-12-31"),
    (FRI, "The exchange could reach 300 million users by 2027.", "by 2027",
     "2027-01-01..2027-12-31"),
    (FRI, "Standard Chartered expects $5 billion in inflows next year.", "next year",
     "2027-01-01..2027-12-31"),
    (FRI, "Unlocks worth $1 billion arrive next month.", "next month", "2026-03-01..2026-03-31"),
    (FRI, "Unlocks worth $1 billion arrive next March.", "next March", "2026-03-01..2026-03-31"),
    (date(2026, 3, 10), "Bitcoin fell 20% last March.", "last March", "2025-03-01..2025-03-31"),
    (FRI, "Bitcoin could reach $100,000 tomorrow.", "tomorrow", "2026-02-07..2026-02-07"),
    (FRI, "The company held $759 million at the end of the first quarter.",
     "the end of the first quarter", "2025-03-31..2025-03-31"),
    # A level a unit began or ended at is on that unit's first or last day.
    (date(2025, 7, 29), "The firm began the month holding 198,200 ETH.", "began the month",
     "2025-07-01..2025-07-01"),
    (FRI, "Bitcoin started the year at $87,000.", "started the year", "2026-01-01..2026-01-01"),
    (FRI, "Bitcoin ended last year at $93,400.", "ended last year", "2025-12-31..2025-12-31"),
    (FRI, "Ether closed 2024 at $3,330.", "closed 2024", "2024-12-31..2024-12-31"),
    (FRI, "Solana opened the week near $100.", "opened the week", "2026-02-02..2026-02-02"),
    (date(2025, 4, 3), "XRP closed the first quarter at $2.09.", "closed the first quarter",
     "2025-03-31..2025-03-31"),
    (date(2019, 3, 29), "Bitcoin could close the week above $4,100.", "close the week",
     "2019-03-25..2019-03-29"),
    # ... not a move over the unit, nor an event in it
    (FRI, "Bitcoin closed the week 5% higher.", "the week", "2026-02-02..2026-02-06"),
    (FRI, "Bybit started the year with a $1.5 billion hack.", "the year",
     "2026-01-01..2026-02-06"),
    (FRI, "Mt. Gox lost 850,000 BTC in its 2014 collapse.", "its 2014",
     "2014-01-01..2014-12-31"),
    (date(2024, 6, 25), "Mt. Gox repayments to start in July.", "July", "2024-07-01..2024-07-31"),
    # A year described as a stretch of time ("a blistering 2024") is that year.
    (date(2025, 2, 12), "Bitcoin had a sluggish start after a blistering 2024 when it rose "
     "119.5%.", "a blistering 2024", "2024-01-01..2024-12-31"),
    (date(2025, 3, 20), "It was a record 2024 for ETF inflows, which hit $36 billion.",
     "a record 2024", "2024-01-01..2024-12-31"),
    (FRI, "After a robust 2025, ETF demand is resetting.", "a robust 2025",
     "2025-01-01..2025-12-31"),
    (FRI, "Miners endured a brutal, loss-making 2022.", "a brutal, loss-making 2022",
     "2022-01-01..2022-12-31"),
    (date(2025, 4, 7), "Beijing set a 34% duty on U.S. imports starting April 10.", "April 10",
     "2025-04-10..2025-04-10"),
]  # fmt: skip

EXPLICIT = [
    (FRI, "Bitcoin rose 5% on March 3rd.", "March 3rd", "2025-03-03..2025-03-03"),
    (FRI, "The fund took in $120 million on 12/03/2025.", "12/03/2025", "2025-12-03..2025-12-03"),
    (FRI, "The fund took in $120 million on 2025-3-3.", "2025-3-3", "2025-03-03..2025-03-03"),
    (FRI, "Fees jumped 40% on Tuesday the 3rd.", "Tuesday the 3rd", "2026-02-03..2026-02-03"),
    (FRI, "The fund took in $120 million on 13/03/2025.", "13/03/2025", "2025-03-13..2025-03-13"),
    (FRI, "The filing is dated 06-17-2014.", "06-17-2014", "2014-06-17..2014-06-17"),
    (FRI, "Mt. Gox halted withdrawals on Feb. 7, 2014.", "Feb. 7, 2014", "2014-02-07..2014-02-07"),
    (FRI, "Bitcoin first traded at $0.0008 on 17 July 2010.", "17 July 2010",
     "2010-07-17..2010-07-17"),
    (FRI, "The exchange opened on the 8th of May.", "8th of May", "2025-05-08..2025-05-08"),
    (FRI, "The token listed on the 3rd at $1.20.", "on the 3rd", "2026-02-03..2026-02-03"),
    (FRI, "Revenue rose 20% in 3Q25.", "3Q25", "2025-07-01..2025-09-30"),
    (FRI, "Revenue rose 20% in FY2024.", "FY2024", "2024-01-01..2024-12-31"),
    (FRI, "Bank analysts see $200,000 by end-2026.", "end-2026", "2026-12-31..2026-12-31"),
    (FRI, "Bitcoin closed at $1,000 on Sep 03 2014.", "Sep 03 2014", "2014-09-03..2014-09-03"),
    (FRI, "Bitcoin closed at $470 on 11 sept. 2014.", "11 sept. 2014", "2014-09-11..2014-09-11"),
    (FRI, "Bitcoin traded near $600 on 3/3/94, a typo for 2014.", "3/3/94",
     "1994-03-03..1994-03-03"),
    (FRI, "The report came out on Tues 9th Aug, 2015.", "Tues 9th Aug, 2015",
     "2015-08-09..2015-08-09"),
    (FRI, "Bitcoin rose 5% on March the 3rd.", "March the 3rd", "2025-03-03..2025-03-03"),
    # a comma between the month and a day ending its phrase, as translated news writes it
    (date(2023, 3, 31), "They promised $1 mln for information on the thief on March, 15.",
     "March, 15", "2023-03-15..2023-03-15"),
    (FRI, "The token listed on October, 1st, at $0.40.", "October, 1st",
     "2025-10-01..2025-10-01"),
    (FRI, "In March, 15 exchanges listed the token.", "March", "2025-03-01..2025-03-31"),
    (FRI, "By March, 15% of supply was staked.", "March", "2025-03-01..2025-03-31"),
    # a number listed after the month's own comma is no day of it
    (date(2025, 3, 20), "Of the 40 tokens listed in March, 15, or 37%, have since halved.",
     "March", "2025-03-01..2025-03-20"),
    (date(2025, 3, 20), "Of the tokens listed in March, 15 have halved.", "March",
     "2025-03-01..2025-03-20"),
    (FRI, "Of the 40 tokens listed in March, 15, 12 and 9 halved.", "March",
     "2025-03-01..2025-03-31"),
    (FRI, "The fund launched on March, 15, with $40 million.", "March, 15",
     "2025-03-15..2025-03-15"),
    (FRI, "The fund launched March, 15, 2024, with $40 million.", "March, 15, 2024",
     "2024-03-15..2024-03-15"),
    (FRI, "The fund's NAV was $41.20 on 08-Mar-2024.", "08-Mar-2024", "2024-03-08..2024-03-08"),
    # a stray space before the year's comma, as text taken from a page's markup has it
    (FRI, "Bitcoin rose 5% on Dec. 31 , 2024.", "Dec. 31 , 2024", "2024-12-31..2024-12-31"),
    (FRI, "Ether rose 5% on 31 December , 2024.", "31 December , 2024", "2024-12-31..2024-12-31"),
    (FRI, "Outflows hit $300 million on 8-Mar, data show.", "8-Mar", "2025-03-08..2025-03-08"),
    (date(2026, 3, 10), "Revenue rose 12% in the three months to end-February, it said.",
     "three months to end-February", "2025-12-01..2026-02-28"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "phrase", "period"),
    RANGES + AGO + HALVES_AND_QUARTERS + WEEKDAYS + WINDOWS + PARTS_AND_FORECASTS + EXPLICIT,
)
def test_form(published: date, text: str, phrase: str, period: str) -> None:
    got = found(text, published)
    assert phrase in got, f"{phrase!r} not found as one expression; got {list(got)}"
    assert got[phrase] == period


# A date written without a year is never a future one.
PAST_ROWS = [
    (FRI, "Bitcoin peaked on December 28.", "December 28", "2025-12-28..2025-12-28"),
    (FRI, "Flows turned in March.", "March", "2025-03-01..2025-03-31"),
    (FRI, "Coinbase reported a loss for Q3.", "Q3", "2025-07-01..2025-09-30"),
    (FRI, "Miners sold 4,000 BTC in the second half.", "second half", "2025-07-01..2025-12-31"),
    (FRI, "Bitcoin fell to $40,000 in late October.", "late October", "2025-10-21..2025-10-31"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "phrase", "period"), PAST_ROWS)
def test_a_date_without_a_year_is_past(
    published: date, text: str, phrase: str, period: str
) -> None:
    assert found(text, published)[phrase] == period


def test_an_undated_article_takes_the_year_it_dates_things_in() -> None:
    text = (
        "Venture funding reached $4.5 billion in the second quarter, the second-largest "
        "month of 2025 being June. The largest round since May 2022 was $585 million."
    )
    assert found(text, None)["second quarter"] == "2025-04-01..2025-06-30"


@pytest.mark.parametrize(
    ("text", "phrase", "period"),
    [("Bitcoin rose 60% in 2024; Q4 alone added 45%.", "in 2024", "2024-01-01..2024-12-31"),
     ("Revenue rose 12% in 2024. Q4 was weaker.", "in 2024", "2024-01-01..2024-12-31"),
     ("Bitcoin rose 5% in 2024 as Q4 flows hit $2 billion.", "in 2024",
      "2024-01-01..2024-12-31")],
)  # fmt: skip
def test_a_year_apart_from_a_quarter_is_the_whole_year(text: str, phrase: str, period: str) -> None:
    assert found(text, FRI) == {phrase: period, "Q4": "2024-10-01..2024-12-31"}


def test_a_described_year_is_not_the_article_year() -> None:
    # "after a robust 2025" looks back on a year gone by: the story is told in a later one
    text = "Investors pulled $165.8 million on Feb. 19 after a robust 2025 for the funds."
    assert found(text, None)["Feb. 19"] is None


def test_a_year_in_a_since_clause_is_not_the_article_year() -> None:
    text = "Cumulative inflows since launch in January 2024 total $54 billion; $316 million left in the week ending Feb. 20."  # noqa: E501
    assert found(text, None)["week ending Feb. 20"] is None


@pytest.mark.parametrize(
    "text",
    ["Tether holds Treasurys collateralizing its overnight repo.",
     "Funding rates stood at 0.01% every eight hours.",
     "Analysts expect volatility in the coming weeks.",
     "<h2>Bybit Loses $1.46 Billion</h2><h1>The Heist</h1>",
     "ETFs posted six straight days of outflows, a fifth consecutive week of losses.",
     "High-priority fees peaked at 2200 Sat, about $200.",
     "The miner relied on Sun hardware worth $3 million.",
     "The token rose 8% over 1.5 days after listing.",
     "Bitcoin crashed 39% on Black Thursday.",
     "Retail buyers spent $1 billion on Black Friday deals.",
     "The hospital's Giving Tuesday campaign raised $2 million.",
     "The Veterans Day parade drew 10,000 people.",
     "Columbus Day sales lifted the retailer's revenue by 4%.",
     # a named day that modifies a noun, or an "Easter egg"
     "Bitcoin's Christmas rally added 5%.",
     "The developer hid an Easter egg worth 1 BTC.",
     "The coin is perfect for Halloween, up 40%.",
     "Bitcoin rose 4% on the Christmas holiday.",
     "The exchange on Christmas Island holds 500 BTC.",
     # a count of a round size, not a year
     "The airdrop went to a mere 2025 wallets.",
     # ranges of figures or codes with a year's digits
     "Validators numbered 2020-2100 at any one time.",
     "Bitcoin traded between $2,020-2,100 at the open.",
     "Call +86 138-2010-2015 for support.",
     "The exploit drained a staggering 2024 ETH.",
     "Validators numbered a whopping 2024.",
     "A total 2021 tokens were burned.",
     # a count a figure reached or was counted at, whatever word describes it
     "A record 2024 transactions were processed.",
     "The network processed a record 2024 transactions.",
     "Active validators reached a record 2024, and fees rose 5%.",
     "Daily signups hit a record 2024 for the app.",
     "Listed tokens climbed to a fresh 2024 as the rally spread.",
     "The DAO counted an unprecedented 2024, a third more than before."],
)  # fmt: skip
def test_not_a_date(text: str) -> None:
    assert all(p is None for p in found(text, FRI).values())


@pytest.mark.parametrize(
    ("text", "phrase", "role"),
    [("Last Updated April 22, 2024 2:09 PM\nBitcoin miners earned $107 million.",
      "April 22, 2024", "stamp"),
     ("date 2025-02-13 Coinbase reported $2.27 billion in revenue.", "2025-02-13", "stamp"),
     ("Dec 19, 2025\nPi Network crashed by over 90%.", "Dec 19, 2025", "stamp"),
     ("August 1, 2025 • 3 min read\nCoinbase posted a $1.43 billion profit.", "August 1, 2025",
      "stamp"),
     ("February 26, 2025 by Bena Ilyas\n- ETFs lost $935 million.", "February 26, 2025",
      "stamp"),
     ("Monday's session had already set the tone with $187 million of inflows.", "Monday's",
      "date"),
     ("So far this month, the products attracted $1.12 billion.", "So far this month", "date")],
)  # fmt: skip
def test_a_page_stamp_is_told_from_a_story_date(text: str, phrase: str, role: str) -> None:
    roles = {text[t.start : t.end]: t.role for t in find_time_expressions(text, FRI, None)}
    assert roles[phrase] == role


@pytest.mark.parametrize(
    ("published", "text", "phrase", "period"),
    [(date(2025, 5, 18), "The beginning of 2024 saw the market heading up. During January, "
      "February, and March, the funds received 33,546 BTC, 116,561 BTC, and 65,456 BTC.",
      "March", "2024-03-01..2024-03-31"),
     # a month cut at publication in the current year is whole in the year of the paragraph
     (date(2025, 5, 18), "In 2024 the funds grew fast. Yet May saw ETFs sell 6,074 BTC.",
      "May", "2024-05-01..2024-05-31"),
     # a single day of another year is an event, not the paragraph's year
     (date(2023, 9, 22), "On December 9, 2022, the chain set a record. The metrics of "
      "September 13 came close to it.", "September 13", "2023-09-13..2023-09-13"),
     # a new paragraph starts afresh
     (date(2025, 5, 18), "In 2024 the funds grew fast.\nIn March, ETFs sold 9,843 BTC.",
      "March", "2025-03-01..2025-03-31"),
     # the year of a comparison's "since" clause measures the record, it frames nothing
     (date(2026, 3, 18), "It is the largest penalty on a crypto platform since the agency "
      "fined Binance ₹18.82 crore in 2025. As of January 31, 49 platforms were registered.",
      "January 31", "2026-01-31..2026-01-31"),
     (date(2026, 6, 2), "That is the steepest monthly loss since the Terra crash wiped out "
      "$40 billion in May 2022. On May 28, ether hit $2,400.", "May 28",
      "2026-05-28..2026-05-28"),
     (date(2026, 3, 25), "Solana's drawdown is the deepest since the network halted for 17 "
      "hours in September 2021. On March 20, SOL changed hands at $95.", "March 20",
      "2026-03-20..2026-03-20"),
     (date(2026, 3, 18), "The agency fined Binance ₹18.82 crore in 2025. As of January 31, 49 "
      "platforms were registered.", "January 31", "2025-01-31..2025-01-31")],
)  # fmt: skip
def test_a_date_without_a_year_takes_its_paragraphs_year(
    published: date, text: str, phrase: str, period: str
) -> None:
    assert found(text, published)[phrase] == period


def test_a_list_of_months_shares_the_year_written_last() -> None:
    text = "In October and November 2024, inflows were 76,823 and 71,570 BTC, respectively."
    assert found(text, FRI)["October"] == "2024-10-01..2024-10-31"


@pytest.mark.parametrize(
    ("text", "phrase", "period"),
    [("Coinbase earned $1.3 billion in Q2 2025, up from $36 million in the same quarter last "
      "year.", "the same quarter last year", "2024-04-01..2024-06-30"),
     ("Revenue was $2.27 billion for the quarter ended December 2025. EPS of $3.39 for the "
      "same period compares to $1.04 a year ago.", "the same period", "2025-10-01..2025-12-31"),
     ("Revenue was $2.27 billion for the quarter ended December 2025. EPS of $3.39 for the "
      "same period compares to $1.04 a year ago.", "a year ago", "2024-10-01..2024-12-31"),
     ("Bitcoin hit $103,900 on December 5, 2024. On the same day, its market value crossed "
      "$2 trillion.", "the same day", "2024-12-05..2024-12-05")],
)  # fmt: skip
def test_periods_counted_from_the_period_named(text: str, phrase: str, period: str) -> None:
    assert found(text, FRI)[phrase] == period


@pytest.mark.parametrize(
    ("text", "phrase", "period"),
    [("The protocol earned $2.9 million in fees last week, down from $4.1 million the week "
      "before, Token Terminal data show.", "the week before", "2026-01-19..2026-01-25"),
     ("ETFs drew $1.2 billion last week, up from $800 million the week prior.",
      "the week prior", "2026-01-19..2026-01-25"),
     ("Miners earned $1.1 billion in December, versus $1.3 billion the month before.",
      "the month before", "2025-11-01..2025-11-30"),
     ("Coinbase's revenue rose to $2 billion last quarter from $1.6 billion the quarter "
      "before.", "the quarter before", "2025-07-01..2025-09-30")],
)  # fmt: skip
def test_the_unit_before_the_one_its_sentence_names(text: str, phrase: str, period: str) -> None:
    assert found(text, FRI)[phrase] == period


@pytest.mark.parametrize(
    ("published", "text", "period"),
    [(date(2026, 10, 6), "Combined assets climbed to A$2.36 billion at the end of September, up "
      "18% from A$2.0 billion at the end of August, helped by bitcoin's 9% gain over the month.",
      "2026-09-01..2026-09-30"),
     (date(2026, 3, 20), "In February, ETFs shed $3.6 billion, their worst showing of the year, "
      "as bitcoin lost 15% over the month.", "2026-02-01..2026-02-28"),
     (date(2026, 3, 20), "For 2025, the fund returned 40%, while bitcoin rose 80% over the year.",
      "2025-01-01..2025-12-31"),
     # no month named in the sentence: the month so far
     (date(2026, 3, 20), "Bitcoin hit $90,000 in February. Over the month, ether fell 8%.",
      "2026-03-01..2026-03-20")],
)  # fmt: skip
def test_the_month_is_the_one_its_sentence_names(published: date, text: str, period: str) -> None:
    got = found(text, published)
    assert got.get("the month", got.get("the year")) == period


def test_the_unit_before_an_event_is_no_such_unit() -> None:
    assert "the week before" not in found(
        "The fund took in $500 million in the week before the halving.", FRI
    )


def test_the_day_after_a_date_is_counted_from_it() -> None:
    text = "The wallet received funds from 27,914 addresses on Feb. 2 and 53,551 the day after."
    assert found(text, FRI)["the day after"] == "2026-02-03..2026-02-03"
    assert "the day after" not in found("Bitcoin fell 3% the day after the halving.", FRI)


@pytest.mark.parametrize(
    ("published", "period"),
    [(date(2026, 1, 31), "2025-10-01..2025-12-31"), (date(2025, 8, 1), "2025-04-01..2025-06-30"),
     (date(2025, 9, 10), "2025-07-01..2025-09-10")],
)  # fmt: skip
def test_the_quarter_in_reporting_weeks_is_the_one_just_reported(
    published: date, period: str
) -> None:
    text = "Tether reported a net profit above $10 billion for the quarter."
    assert found(text, published)["for the quarter"] == period


PARTS = ["early last week", "late last week", "mid-week", "late this week", "early next week",
         "late this month", "early last year", "the end of this week", "later this month",
         "earlier this quarter", "the second half of February", "the last week of February",
         "March last year", "late Q3", "over the weekend", "the week to Thursday"]  # fmt: skip


@pytest.mark.parametrize("phrase", PARTS)
def test_a_period_never_ends_before_it_starts(phrase: str) -> None:
    """Every weekday of a year and both ends of its months: a reversed period is an invalid
    claim, dropped with its figure."""
    day = date(2025, 1, 1)
    while day.year == 2025:
        for t in find_time_expressions(f"Bitcoin rose 5% {phrase}.", day, None):
            assert t.period is None or t.period[0] <= t.period[1], (phrase, day, t.period)
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("The Fed cut rates by 50 basis points for the first time in four years.", "in four years"),
     ("Bitcoin hit a record high for the fourth time in six days.", "in six days"),
     ("Luna lost 99% of its value in six days in May 2022.", "in six days"),
     ("ETFs posted $3 billion in just five days on April 21-25.", "in just five days"),
     ("Kwon must transfer $4.47 billion within 30 days of the judgment.", "within 30 days"),
     ],
)  # fmt: skip
def test_a_span_of_time_that_dates_nothing(text: str, phrase: str) -> None:
    """A span that bounds a record ("the first time in four years"), one inside another
    date's sentence, or one counted from an event is no window up to publication."""
    assert found(text, FRI).get(phrase) is None


def test_two_days_of_a_month_are_no_range() -> None:
    """ "on 5 and 12 June" names two days, not the days between them."""
    got = found("ETFs saw outflows of $300 million on 5 and 12 June.", FRI)
    assert got == {"12 June": "2025-06-12..2025-06-12"}


def test_the_dated_ends_of_a_move_are_no_span() -> None:
    """Two dates with a figure between them each date their own figure."""
    text = "Bitcoin climbed from $20,000 in March to $30,000 at the end of June."
    assert found(text, FRI) == {
        "March": "2025-03-01..2025-03-31",
        "the end of June": "2025-06-30..2025-06-30",
    }


def test_every_named_day_of_the_data_file_is_read() -> None:
    """A named day is looked for around its first word, taken from the data file: every
    name there is read as a date when led by "on" with its year."""
    for name in holiday_names():
        text = f"Bitcoin rose 3% on {name} 2024."
        assert any(t.period for t in find_time_expressions(text, FRI, None)), name
    assert "christmas" in triggers()["holiday"][0]


def test_a_named_day_without_a_rule_names_its_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "holidays.jsonl"
    bad.write_text('{"names": ["Christmas"], "month": 12, "day": 25}\n{"names": ["Easter"]}\n')
    with pytest.raises(LexiconError, match=r"holidays.jsonl:2: .*give month and day"):
        load_jsonl(bad, HolidayEntry)


# Rows of four classes of week and window readings: the outlet's words vary, the reading must
# not. Published on a Friday (2026-03-13) or a Monday (2026-03-09).
FRI_MAR, MON_MAR = date(2026, 3, 13), date(2026, 3, 9)


@pytest.mark.parametrize(
    ("published", "text", "phrase", "period"),
    [  # a year after a comparison's "since" date, outside its clause, frames the later days
        (FRI_MAR, "In a run not seen since 2021, ETFs drew $5 billion in October 2024; on "
         "Oct. 14 alone they took in $556 million.", "Oct. 14", "2024-10-14..2024-10-14"),
        (FRI_MAR, "For the first time since 2020, miners sold more than they mined in March "
         "2024, and on March 11 alone they sent 5,000 BTC to exchanges.", "March 11",
         "2024-03-11..2024-03-11"),
        (FRI_MAR, "At its highest since 2021, bitcoin rose 40% in the fourth quarter of 2024, "
         "and on Dec. 5 it topped $100,000.", "Dec. 5", "2024-12-05..2024-12-05"),
        (FRI_MAR, "The exchange logged its busiest month since 2021 in November 2024. On Nov. "
         "12, spot volume hit $40 billion.", "Nov. 12", "2024-11-12..2024-11-12"),
        # a comparison's "since" in the sentence before frames nothing of the next one
        (FRI_MAR, "Bitcoin's drawdown was the deepest since the FTX crash in 2022. In 2024, it "
         "rose 120%, and on March 5 it crossed $68,000.", "March 5", "2024-03-05..2024-03-05"),
        (FRI_MAR, "Volatility is the lowest since 2020. During 2024, bitcoin traded above "
         "$60,000 for months, and on Nov. 11 it hit $88,000.", "Nov. 11",
         "2024-11-11..2024-11-11"),
        (FRI_MAR, "Solana's slump was its worst since May 2022. In 2023, SOL rallied 900%, and "
         "on Dec. 25 it reached $110.", "Dec. 25", "2023-12-25..2023-12-25"),
        # twins: the year inside the since clause still frames nothing
        (FRI_MAR, "The hack is the largest since Ronin lost $625 million in March 2022. On Feb. "
         "21, the attacker moved 5,000 ETH.", "Feb. 21", "2026-02-21..2026-02-21"),
        (FRI_MAR, "It was the worst outflow since 2022. In March 2024, ETFs drew $4.6 billion; "
         "on March 12 alone they took in $1 billion.", "March 12", "2024-03-12..2024-03-12"),
    ],
)  # fmt: skip
def test_a_since_comparison_frames_only_its_own_clause(
    published: date, text: str, phrase: str, period: str
) -> None:
    assert found(text, published)[phrase] == period


@pytest.mark.parametrize(
    ("published", "text", "phrase", "period"),
    [  # a forecast or a plan runs from publication, whatever day its sentence names
        (FRI_MAR, "Bitcoin hit $74,000 on Monday; over the next 48 hours, ETF inflows of $500 "
         "million are expected.", "over the next 48 hours", "2026-03-13..2026-03-15"),
        (FRI_MAR, "After Monday's rally to $74,000, bitcoin is likely to consolidate near "
         "$72,000 over the next two weeks, analysts say.", "over the next two weeks",
         "2026-03-13..2026-03-27"),
        (FRI_MAR, "Coinbase said on Tuesday it aims to onboard 1 million users over the next six "
         "months.", "over the next six months", "2026-03-13..2026-09-13"),
        (FRI_MAR, "Mt. Gox's trustee said on Monday it intends to repay 34,000 BTC over the next "
         "12 months.", "over the next 12 months", "2026-03-13..2027-03-13"),
        (FRI_MAR, "Strategy said on Monday it intends to raise $2 billion over the next two "
         "years.", "over the next two years", "2026-03-13..2028-03-13"),
        (FRI_MAR, "On Tuesday Ripple said it aims to unlock 1 billion XRP each month over the "
         "next three years.", "over the next three years", "2026-03-13..2029-03-13"),
        (FRI_MAR, "The token unlocked on Tuesday, and over the next two weeks holders may sell "
         "$80 million worth.", "over the next two weeks", "2026-03-13..2026-03-27"),
        (FRI_MAR, "Bitcoin broke $90,000 on Monday, and analysts expect it to add 10% in the "
         "following two weeks.", "in the following two weeks", "2026-03-13..2026-03-27"),
        (MON_MAR, "Solana could swing 8% in the following 48 hours as the ETF decision nears.",
         "in the following 48 hours", "2026-03-09..2026-03-11"),
        # twins: a told past move still runs on from its day
        (FRI_MAR, "Bitcoin hit $74,000 on Monday, then shed 6% over the next 48 hours.",
         "over the next 48 hours", "2026-03-09..2026-03-11"),
        (FRI_MAR, "Ether fell 4% on Tuesday and lost another 3% over the following two days, "
         "analysts said.", "over the following two days", "2026-03-10..2026-03-12"),
        (FRI_MAR, "The token fell 20% on Monday and lost another 5% over the following two days "
         "as holders who would not wait sold.", "over the following two days",
         "2026-03-09..2026-03-11"),
        (FRI_MAR, "Bitcoin fell 5% on Monday and over the next 48 hours slid below the $60,000 "
         "target analysts had set.", "over the next 48 hours", "2026-03-09..2026-03-11"),
        (FRI_MAR, "On Monday Binance said it will list the token, and over the next 48 hours its "
         "price doubled to $0.80.", "over the next 48 hours", "2026-03-09..2026-03-11"),
    ],
)  # fmt: skip
def test_a_forecast_window_runs_from_publication(
    published: date, text: str, phrase: str, period: str
) -> None:
    assert found(text, published)[phrase] == period


@pytest.mark.parametrize(
    ("published", "text", "phrase", "period"),
    [  # a part of the week ("the week's first three days") is inside this calendar week
        (FRI_MAR, "On the week's busiest day, volume hit $90 billion.", "the week",
         "2026-03-09..2026-03-13"),
        (FRI_MAR, "Ether ETFs drew $300 million over the week's first three days.", "the week",
         "2026-03-09..2026-03-13"),
        (FRI_MAR, "Bitcoin rose 2% in the week’s final session to $71,500.", "the week",
         "2026-03-09..2026-03-13"),
        # a title-case headline keeps the rolling week ("To" is no day the week ends at)
        (FRI_MAR, "Solana Rose 12% Over the Week To Top $200", "Over the Week",
         "2026-03-06..2026-03-13"),
        (FRI_MAR, "Bitcoin Climbs 5% Over the Week To Reclaim $70K", "Over the Week",
         "2026-03-06..2026-03-13"),
        (FRI_MAR, "Ether Sheds 8% Over The Week To Hit $1,900", "Over The Week",
         "2026-03-06..2026-03-13"),
        # twin: a week ending at a named day is still not the rolling one
        (FRI_MAR, "Funds gained 6% in the week to Sept. 28, CoinShares said.",
         "week to Sept. 28", "2025-09-22..2025-09-28"),
        (FRI_MAR, "Ether rose 11% over the week as traders bet the Fed would cut rates.",
         "over the week", "2026-03-06..2026-03-13"),
        # a forecast over "the week" or "the week ahead" is the week to come
        (FRI_MAR, "Analysts expect bitcoin to swing 10% over the week ahead.",
         "over the week", "2026-03-13..2026-03-20"),
        (MON_MAR, "Traders expect volatility over the week as the Fed meets, with options "
         "pricing a 6% move.", "over the week", "2026-03-09..2026-03-15"),
        (MON_MAR, "Bitcoin could test $80,000 during the week, as CPI data land on Wednesday.",
         "during the week", "2026-03-09..2026-03-15"),
        (MON_MAR, "Ether may retest $2,000 in the week ahead, options traders said.",
         "in the week", "2026-03-09..2026-03-16"),
    ],
)  # fmt: skip
def test_a_part_or_a_forecast_of_the_week_is_no_past_seven_days(
    published: date, text: str, phrase: str, period: str
) -> None:
    got = found(text, published)
    assert got.get(phrase, got.get(phrase.lower())) == period


@pytest.mark.parametrize(
    ("published", "text", "phrase", "period"),
    [  # "the week" after an earlier dated day or week of its paragraph is that day's week
        (FRI_MAR, "FTX filed for bankruptcy on Nov. 11, 2022; over the week, FTT lost 90%.",
         "over the week", "2022-11-07..2022-11-13"),
        (FRI_MAR, "On Nov. 9, 2022, as FTX collapsed, bitcoin fell 14%. Over the week, it lost "
         "25%.", "Over the week", "2022-11-07..2022-11-13"),
        (FRI_MAR, "The week of Feb. 23 was volatile: over the week, ETFs lost $1 billion.",
         "over the week", "2026-02-23..2026-03-01"),
        # or the earlier month or year its sentence names
        (FRI_MAR, "In March 2020, bitcoin fell 40% during the week as Covid hit markets.",
         "during the week", "2020-03-01..2020-03-31"),
        # an event's week: the seven days after (or before) the day its sentence names
        (FRI_MAR, "After the halving on April 20, 2024, bitcoin fell 15% over the week that "
         "followed.", "the week", "2024-04-20..2024-04-27"),
        (FRI_MAR, "Ether gained 9% in the week leading up to the Dencun upgrade on March 13, "
         "2024.", "the week", "2024-03-06..2024-03-13"),
        (FRI_MAR, "In the week following the approval on Jan. 10, 2024, ETFs drew $1.2 billion.",
         "the week", "2024-01-10..2024-01-17"),
        (FRI_MAR, "In the week leading up to the halving, bitcoin rose 6%.", "the week", None),
        # twins: a day inside the seven days, or a year in another paragraph, changes nothing
        (FRI_MAR, "Bitcoin hit $70,000 on Tuesday, and over the week it rose 5%.",
         "over the week", "2026-03-06..2026-03-13"),
        (FRI_MAR, "In 2025 bitcoin rose 80%.\nOver the week, it fell 3% to $71,000.",
         "Over the week", "2026-03-06..2026-03-13"),
        (FRI_MAR, "Ether rose 11% over the week, its best since the Merge in September 2022.",
         "over the week", "2026-03-06..2026-03-13"),
    ],
)  # fmt: skip
def test_the_week_of_an_earlier_dated_event(
    published: date, text: str, phrase: str, period: str | None
) -> None:
    assert found(text, published)[phrase] == period


@pytest.mark.parametrize(
    ("published", "text", "phrase", "period"),
    [  # the unit before a span of any cut its sentence (or the sentence before) names
        (FRI_MAR, "Digital asset products saw inflows of $1.1 billion over the week, following "
         "outflows of $400 million the week prior.", "the week prior", "2026-02-27..2026-03-06"),
        (MON_MAR, "Funds drew $2.1 billion in the week to Friday, versus $900 million the week "
         "before, CoinShares said.", "the week before", "2026-02-23..2026-02-27"),
        (FRI_MAR, "In March, ETFs lost $1 billion; the month before, they had gained $2 billion.",
         "the month before", "2026-02-01..2026-02-28"),
        (FRI_MAR, "Trading volume fell to $1.2 trillion in February, from $1.8 trillion the month "
         "before that.", "the month before", "2026-01-01..2026-01-31"),
        (FRI_MAR, "Bitcoin fell 5% last week. The week before, it rose 8%.", "The week before",
         "2026-02-23..2026-03-01"),
        (FRI_MAR, "Solana DEX volume hit $120 billion over the past 30 days, up from $90 billion "
         "the month before.", "the month before", "2026-01-12..2026-02-11"),
        (FRI_MAR, "Spot ETFs shed $1.5 billion Jan. 26-30, after $900 million the week before.",
         "the week before", "2026-01-19..2026-01-23"),
        # twins: a unit of another length, an event, or no unit named: no such span
        (FRI_MAR, "ETFs drew $3 billion in February, versus $800 million the week before.",
         "the week before", None),
        (FRI_MAR, "The week before, bitcoin had traded at $60,000.", "The week before", None),
        (FRI_MAR, "Bitcoin fell 5% in February. Analysts had warned of it. The week before, it "
         "rose 8%.", "The week before", None),
    ],
)  # fmt: skip
def test_the_unit_before_a_span_of_any_cut(
    published: date, text: str, phrase: str, period: str | None
) -> None:
    assert found(text, published).get(phrase) == period
