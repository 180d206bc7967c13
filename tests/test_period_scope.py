"""Which figure a date dates: its own clause's, not another clause's; a headline's figure
takes the body's date; a forecast keeps the future period it names; an undated figure
of a dated story takes the story's date.

Rows give the publication date, a news-style text, the quote and the period its claim
must take (``None``: no period).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check

FRI = date(2026, 2, 6)
TUE = date(2026, 1, 13)
MON = date(2024, 4, 22)
ONCE = date(2025, 3, 20)  # a Thursday


CPI = (
    "Consumer prices rose 0.5% in January, the Bureau of Labor Statistics said. Core CPI was "
    "0.4%, versus 0.3% expectations and 0.2% in December. Core CPI year over year rose to 3.3%, "
    "compared to forecasts of 3.1% and 3.2% in December."
)


def case(published: date | None, text: str, quote: str, period: str | None, *marks: Any) -> Any:
    return pytest.param(published, text, quote, period, id=f"{quote}|{text[:50]}", marks=marks)


def known(reason: str, published: date, text: str, quote: str, period: str | None) -> Any:
    return case(published, text, quote, period, pytest.mark.xfail(strict=True, reason=reason))


ATTACHED = [
    case(FRI, "Bitcoin rose 5% on March 3rd.", "5%", "2025-03-03..2025-03-03"),
    case(FRI, "Ether fell 8% two weeks ago.", "8%", "2026-01-23..2026-01-23"),
    case(FRI, "The fund took in $120 million on 12/03/2025.", "$120 million",
         "2025-12-03..2025-12-03"),
    case(FRI, "Bitcoin changed hands near $90,000 in early March.", "$90,000",
         "2025-03-01..2025-03-10"),
    case(date(2025, 1, 16), "Spot ETFs saw $300 million of outflows on Tuesday, Jan. 14.",
         "$300 million", "2025-01-14..2025-01-14"),
    case(FRI, "Standard Chartered sees bitcoin at $150,000 by the end of 2026.", "$150,000",
         "2026-12-31..2026-12-31"),
    case(FRI, "Venture funding reached $10 billion in H1 2025.", "$10 billion",
         "2025-01-01..2025-06-30"),
    case(FRI, "ETF inflows totaled $4 billion from April to June 2025.", "$4 billion",
         "2025-04-01..2025-06-30"),
]  # fmt: skip

CLAUSE_SCOPE = [
    # A "since" date after a superlative bounds a comparison and dates no figure.
    case(FRI, "Bitcoin fell 12% to $62,000, its worst week since March 2020.", "12%", None),
    # A "since" of the sentence before reaches no date of the next one.
    case(date(2025, 2, 26), "ETFs recorded $935 million of outflows on Tuesday, the largest "
         "since launch. That brought losses this week to $1.5 billion.", "$1.5 billion",
         "2025-02-24..2025-02-26"),
    # ... however many words its clause has before the date.
    case(FRI, "Spot bitcoin ETFs lost $1 billion on Thursday, the largest single-day exodus "
              "since these ETFs got the green light in January 2024, with 10 out of 12 "
              "products losing assets.", "10", "2026-02-05..2026-02-05"),
    # A "since" date with a change is the window from it to publication.
    case(FRI, "The token is up 40% since Jan. 1.", "40%", "2026-01-01..2026-02-06"),
    case(FRI, "Since Feb 2020, exchanges have lost 617,000 BTC.", "617,000 BTC",
         "2020-02-01..2026-02-06"),
    # ... also from the sentence's opening phrase; a "since" of a comparison stays a bound.
    case(date(2021, 11, 1), "During an extraordinary accumulation period since March, "
         "long-term holders added 2.42 million BTC to wallets.", "2.42 million BTC",
         "2021-03-01..2021-11-01"),
    # (a Monday's "during the week" is the seven days before it, not that Monday alone)
    case(date(2021, 11, 1), "During the week, long-term holders added 42,000 BTC, the most "
         "since March.", "42,000 BTC", "2021-10-25..2021-11-01"),
    # A move within a "since" window: the level it started from stood on the window's first
    # day, the level it reached stands now; the change spans the window.
    case(date(2024, 2, 16), "Since the beginning of February, the funding rate for ether "
         "perpetual futures on Deribit has increased from 0.00045% to a current value of "
         "0.035%.", "0.00045%", "2024-02-01..2024-02-01"),
    case(date(2024, 2, 16), "Since the beginning of February, the funding rate for ether "
         "perpetual futures on Deribit has increased from 0.00045% to a current value of "
         "0.035%.", "0.035%", "2024-02-16..2024-02-16"),
    case(date(2024, 2, 16), "Since the beginning of February, open interest in ether futures "
         "has risen from $5 billion to $7 billion, a 40% jump.", "40%",
         "2024-02-01..2024-02-16"),
    case(date(2024, 2, 16), "Open interest rose from $5 billion in January to $7 billion.",
         "$5 billion", "2024-01-01..2024-01-31"),
    # A count since an event the text gives no date for has no period, whatever other
    # date the sentence or paragraph holds; "the largest since launch" is a comparison.
    case(date(2025, 7, 29), "SharpLink bought 77,210 ETH last week. The company said it has "
         "generated 722 ETH in staking rewards since it pivoted away from sports betting.",
         "722 ETH", None),
    case(date(2025, 7, 29), "Spot bitcoin ETFs took in $438 million on Thursday. Since their "
         "launch, these funds have recorded $32.29 billion in net inflows.", "$32.29 billion",
         None),
    # "since then" is a window from the last date told up to publication; with none told
    # before it, no window.
    case(date(2025, 2, 14), "Bitcoin crashed on Monday. The token has fallen 40% since then.",
         "40%", "2025-02-10..2025-02-14"),
    case(date(2025, 2, 14), "ETFs listed in January 2024 and have drawn $40 billion ever since "
         "then.", "$40 billion", "2024-01-01..2025-02-14"),
    case(date(2025, 2, 14), "The exploit drained the pool. The token has fallen 40% since then.",
         "40%", None),
    case(date(2025, 7, 29), "Spot bitcoin ETFs saw $1.14 billion of outflows on Monday, the "
         "largest since launch.", "$1.14 billion", "2025-07-28..2025-07-28"),
    # A date in a side phrase of an earlier event ("after filing for bankruptcy last year")
    # dates that event: it is not the date of the story a later paragraph's flow takes.
    case(date(2024, 1, 5), "Celsius, going through restructuring after filing for bankruptcy "
         "protection last year, shared its plans to unstake its ether.\n\nThe validator exit "
         "queue swelled to 16,000 on Friday, according to ValidatorQueue.\n\nCelsius' "
         "withdrawal request of more than 200,000 ETH has contributed to the longer queue.",
         "200,000 ETH", "2024-01-05..2024-01-05"),
    # Nor is the date of levels a figure is compared with ("the levels observed last week").
    case(date(2024, 1, 5), "The validator exit queue swelled to 16,000, according to "
         "ValidatorQueue. The entry queue has stayed near 300 validators, mirroring the levels "
         "observed last week.\n\nThe exit queue held 16,000 validators on Friday.\n\nCelsius' "
         "withdrawal request of more than 200,000 ETH has contributed to the longer queue.",
         "200,000 ETH", "2024-01-05..2024-01-05"),
    # Twins: a past event stated as a sentence of its own dates it, not the story ...
    case(date(2024, 1, 5), "Celsius filed for bankruptcy protection in July 2022.\n\nThe "
         "validator exit queue swelled to 16,000 on Friday.\n\nCelsius' withdrawal request "
         "of more than 200,000 ETH has contributed to the longer queue.", "200,000 ETH",
         "2024-01-05..2024-01-05"),
    # ... and such a phrase opening a sentence dates the figures after it.
    case(date(2024, 3, 10), "After hitting a record high on Tuesday, bitcoin sharply "
         "reversed course and fell more than 10% back below the $60,000 level.", "10%",
         "2024-03-05..2024-03-05"),
    # A window counted from an event ("in the first two days", "the first 77 blocks after
    # the halving") holds at no date the text gives: without a date of its own clause, no
    # period, however dated the story around it.
    case(date(2025, 2, 22), "Pi Network's mainnet launched on Thursday, but its token crashed "
         "shortly after, resulting in a $6 billion wipeout in the first two days.",
         "$6 billion", None),
    case(MON, "The fourth halving took place on Saturday. However, the first 77 blocks after "
         "the halving generated $75 million in miner earnings.", "$75 million", None),
    case(MON, "The fourth halving took place on Saturday. In the last 77 blocks before the "
         "halving, miner earnings totaled only $35 million.", "$35 million", None),
    # A change named by its unit beside the figure spans that unit back to its day.
    case(date(2021, 4, 30), "Ether futures volume reached $8.5 billion on April 29. The $8.5 "
         "billion figure marks a 52% monthly increase.", "52%", "2021-03-29..2021-04-29"),
    case(date(2022, 1, 12), "Bitcoin jumped from $43,400 to $43,900 in minutes on Wednesday, "
         "increasing its daily gains to around 5%.", "5%", "2022-01-11..2022-01-12"),
    # Twin: a plain move of a day stays that day.
    case(date(2022, 1, 12), "Bitcoin rose 5% on Wednesday as the CPI print came in cooler.",
         "5%", "2022-01-12..2022-01-12"),
    # A window counted from a dated event is that window, from the event's day.
    case(date(2024, 1, 12), "Spot bitcoin ETFs drew $1.2 billion in the first two days, a debut "
         "that began on Thursday.", "$1.2 billion", "2024-01-11..2024-01-12"),
    case(date(2024, 2, 20), "Spot bitcoin ETFs drew $5 billion in the first two weeks after "
         "their debut on Jan. 11.", "$5 billion", "2024-01-11..2024-01-24"),
    case(date(2024, 1, 12), "Spot bitcoin ETFs traded $4.6 billion in the first 24 hours after "
         "their debut on Thursday.", "$4.6 billion", "2024-01-11..2024-01-11"),
    # Twins: the first 24 hours of a dated day are that day; "the last five days" count
    # back from publication.
    case(date(2024, 1, 12), "The ETFs started trading on Thursday. Over $4.6 billion worth of "
         "shares were traded in the first 24 hours.", "$4.6 billion", "2024-01-11..2024-01-11"),
    case(date(2025, 5, 20), "Spot bitcoin ETFs took in $2.1 billion over the last five days.",
         "$2.1 billion", "2025-05-15..2025-05-20"),
    case(date(2025, 7, 29), "The ETH concentration ratio has surged to 3.94, up 97% since the "
         "strategy launched on June 2.", "97%", "2025-06-02..2025-07-29"),
    # "since X, when ..." dates the "when" clause.
    case(FRI, "It was the largest purchase since July 2025, when Strategy acquired 21,000 BTC.",
         "21,000 BTC", "2025-07-01..2025-07-31"),
    # A maturity describes the notes, not when the figure holds.
    case(FRI, "GameStop sold $1.3 billion of convertible notes due in 2030.", "$1.3 billion", None),
    # A scheduled event's month dates what follows it, not what comes before it.
    case(FRI, "Bitcoin gained 3% ahead of the March meeting.", "3%", None),
    case(date(2024, 1, 12), "The March meeting is expected to cut rates to a range of 5%.",
         "5%", "2024-03-01..2024-03-31"),
    # A change's base dates the base, not the change.
    case(FRI, "Volume reached $93 billion, a 21.7% decline from the previous day.", "21.7%",
         None),
    case(FRI, "The premium has shrunk to 1.1x from above 2x a year ago.", "2x",
         "2025-02-06..2025-02-06"),
    case(FRI, "Total open interest slid to $97.3 billion, down from $104.9 billion on Wednesday.",
         "$104.9 billion", "2026-02-04..2026-02-04"),
    # A superlative's scope dates no figure: the day of the story does.
    case(MON, "Bitcoin fell 10% on Monday.\n"
              "It was one of the bloodiest days of 2024 as $900 million was liquidated.",
         "$900 million", "2024-04-22..2024-04-22"),
    # "Current outflows" are as of publication.
    case(FRI, "Current outflows are around 22,000 BTC per month.", "22,000 BTC",
         "2026-02-06..2026-02-06"),
    # "now" dates the figure beside it; the window dates the change.
    case(FRI, "XRP is currently trading at $0.79, with a surge of 67% in 24 hours.", "$0.79",
         "2026-02-06..2026-02-06"),
    case(FRI, "XRP is currently trading at $0.79, with a surge of 67% in 24 hours.", "67%",
         "2026-02-05..2026-02-06"),
    case(FRI, "The token peaked at $1.60 in April last year but has since crashed to $0.18.",
         "$0.18", "2026-02-06..2026-02-06"),
    case(FRI, "Bitcoin is currently down 7% in the past 24 hours.", "7%", "2026-02-05..2026-02-06"),
    case(FRI, "Bitcoin dipped below $75,000 during intraday trading.", "$75,000",
         "2026-02-06..2026-02-06"),
    # "now" in another clause dates no figure; opening the sentence it dates all of it.
    case(FRI, "RDNT dropped 9% after the exploit, and the team is currently working with "
              "security firms.", "9%", None),
    case(FRI, "Currently, bitcoin trades at $60,000 after a 5% drop.", "$60,000",
         "2026-02-06..2026-02-06"),
    case(FRI, "Bitcoin currently trades at $60,000.", "$60,000", "2026-02-06..2026-02-06"),
    # A forecast clause is dated by its own clause only, not by the sentence's other date.
    case(FRI, "Today the 50-day average turned higher, and the rebound could lift bitcoin above "
              "$74,000.", "$74,000", None),
    case(FRI, "Today the 50-day average turned higher, and the rebound will lift bitcoin above "
              "$74,000.", "$74,000", None),
    case(FRI, "Bitcoin could fall to $50,000 this week, analysts said.", "$50,000",
         "2026-02-02..2026-02-06"),
    case(FRI, "On Tuesday, Bitcoin fell 4% and ether lost 6%.", "6%", "2026-02-03..2026-02-03"),
    # "Since" as a cause opens no window.
    case(FRI, "Since only 7,200 BTC were mined during the first half of January, supply is "
              "tight.", "7,200 BTC", "2026-01-01..2026-01-15"),
]  # fmt: skip

# The scope of a date: a comma-bounded relative clause, a compound, a move's window.
SCOPE_OF_A_DATE = [
    # "The quarter" is the last quarter named, even after a month of it was named.
    case(date(2025, 8, 20), "Crypto venture firms invested $10.3 billion in the second quarter "
         "of 2025, DefiLlama data show. Deal count slipped to multi-year lows in May. The "
         "quarter's median round size remained above $12 million.", "$12 million",
         "2025-04-01..2025-06-30"),
    case(date(2025, 8, 20), "Crypto venture firms invested $10.3 billion in the second quarter "
         "of 2025, DefiLlama data show. Deal count slipped to multi-year lows in May, with "
         "62 rounds closed.", "62", "2025-05-01..2025-05-31"),
    # "now-" in a compound describes a thing, it dates no figure.
    case(FRI, "Withdrawals were halted on Tuesday. Customers had pulled $6 billion from the "
              "now-defunct exchange.", "$6 billion", "2026-02-03..2026-02-03"),
    # A date inside ", which ...," dates its own clause, not the main clause around it.
    case(FRI, "Terraform, which collapsed in May 2022, agreed to pay $4.47 billion to settle "
              "the case.", "$4.47 billion", None),
    case(FRI, "During the inflation shock, which peaked at 9.1% in June 2022, miners sold "
              "$2.3 billion of bitcoin.", "$2.3 billion", None),
    case(FRI, "During the inflation shock, which peaked at 9.1% in June 2022, miners sold "
              "$2.3 billion of bitcoin.", "9.1%", "2022-06-01..2022-06-30"),
    case(FRI, "Bitcoin, which crashed to $15,500 in November 2022, has rebounded sharply.",
         "$15,500", "2022-11-01..2022-11-30"),
    case(FRI, "Ether, which is the second-largest cryptocurrency, fell 6% on Tuesday.", "6%",
         "2026-02-03..2026-02-03"),
    case(FRI, "ETF outflows hit $800 million on Tuesday, which was the worst day since May.",
         "$800 million", "2026-02-03..2026-02-03"),
    # A forecast's date dates its own clause, not a figure of the news beside it.
    case(FRI, "Bitcoin drops below $60,000 as repayments are set to start in March.", "$60,000",
         "2026-02-06..2026-02-06"),
    case(FRI, "Repayments of $9 billion are set to start in March.", "$9 billion",
         "2026-03-01..2026-03-31"),
    # The day a result was reported yields to the period the result is for.
    case(FRI, "Tesla reported Wednesday a $284 million gain on its bitcoin in the fourth quarter.",
         "$284 million", "2025-10-01..2025-12-31"),
    case(FRI, "Strategy said Monday it bought 13,627 BTC.", "13,627 BTC",
         "2026-02-02..2026-02-02"),
    # "the previous quarter" after a quarter named is the one before that quarter.
    case(FRI, "Tesla booked a $284 million gain in the second quarter of 2025, reversing a "
              "$125 million loss in the previous quarter.", "$125 million",
         "2025-01-01..2025-03-31"),
    # "back in 2021" recalls the past for its own clause only.
    case(FRI, "The funds began trading on Thursday. They turned over $4.6 billion, dwarfing the "
              "$1 billion futures ETFs drew back in 2021.", "$4.6 billion",
         "2026-02-05..2026-02-05"),
    case(FRI, "The funds began trading on Thursday. They turned over $4.6 billion, dwarfing the "
              "$1 billion futures ETFs drew back in 2021.", "$1 billion", "2021-01-01..2021-12-31"),
    case(FRI, "The funds began trading on Thursday. They turned over $4.6 billion, dwarfing the "
              "$1 billion futures ETFs drew back in 2021. Inflows reached $600 million.",
         "$600 million", "2026-02-05..2026-02-05"),
    # A "which" clause late in a sentence, closed by a citation, is no aside: its date counts.
    case(FRI, "Bitcoin held firm on buying from spot ETFs, which drew $458 million on Tuesday, "
              "per SoSoValue. That followed $187 million a day earlier.", "$187 million",
         "2026-02-02..2026-02-02"),
    # A date naming a forecast's level beside it still dates that level.
    case(FRI, "A close above $69,400 would open the door to $72,500, the Feb. 3 high.", "$72,500",
         "2026-02-03..2026-02-03"),
    # A window after a move's base dates the whole move; a day there dates the base only.
    case(FRI, "The total crypto market cap dropped to $2.9 trillion from $3.1 trillion over "
              "the past 24 hours.", "$2.9 trillion", "2026-02-05..2026-02-06"),
    case(FRI, "Funding rates eased to 0.01% from 0.03% on Monday.", "0.01%",
         "2026-02-06..2026-02-06"),
    # A date that ends a comparison dates what is compared, not the figure compared with it.
    case(FRI, "Core CPI year over year rose slightly to 3.3%, compared to analysts' forecasts "
              "of 3.1% and 3.2% in December.", "3.3%", None),
    case(FRI, "Compared to 130 million users reported in 2023, Binance has added 70 million.",
         "130 million", "2023-01-01..2023-12-31"),
    # "More than" or "no further than" is no comparison.
    case(FRI, "The theft is more than half of all crypto stolen in 2024.", "half",
         "2024-01-01..2024-12-31"),
    case(FRI, "Look no further than the $1.01 billion that left ETFs on February 5, 2026. It "
              "was the largest exodus since January 2024, with 10 of 12 funds losing assets.",
         "10", "2026-02-05..2026-02-05"),
    # "the month prior" is no "this month".
    case(FRI, "Core CPI was two points higher than the month prior at 0.4%.", "0.4%", None),
    # "unchanged from" measures against a base too.
    case(date(2025, 7, 23), "Tesla's hoard of 11,509 BTC was unchanged from the previous "
         "quarter.", "11,509 BTC", "2025-07-23..2025-07-23"),
    # A trailing phrase naming an earlier event dates that event, not the figures before it.
    case(date(2024, 6, 12), "UPDATED 19:08 EDT / JUNE 12 2024\n\nTerraform agreed to pay "
         "$4.47 billion to settle the lawsuit following the collapse of its TerraUSD token in "
         "2022.", "$4.47 billion", "2024-06-12..2024-06-12"),
    case(date(2022, 1, 23), "Bitcoin was last at $35,049, after falling as low as $34,000 and "
         "following a steep fall on January 21.", "$35,049", "2022-01-23..2022-01-23"),
    # "levels last seen in" names when a level was last seen, not when the figure holds.
    case(FRI, "Exchange balances have fallen to 2.3 million BTC, levels last seen in March 2018.",
         "2.3 million BTC", "2026-02-06..2026-02-06"),
]  # fmt: skip

HEADLINE_AND_STORY = [
    # A headline's figure takes the body's date for the same figure.
    case(TUE, "Strategy buys 13,627 BTC in January 2026\n"
              "Strategy bought 13,627 BTC between Jan. 5 and Jan. 11, a filing showed.",
         "13,627 BTC", "2026-01-05..2026-01-11"),
    # An undated flow of a dated story takes the story's date.
    case(MON, "The fourth halving took place on Saturday, April 20.\n"
              "Transaction fees surged to an average of $127.97 as users minted Runes.",
         "$127.97", "2024-04-20..2024-04-20"),
    # A move from one dated level to another: each level its date, the change both.
    case(FRI, "Exchange balances plunged from 3.09 million BTC ($190 billion) in February 2020 "
              "to 2.47 million BTC ($152 billion) in October 2021, a 20% decrease.",
         "2.47 million BTC", "2021-10-01..2021-10-31"),
    case(FRI, "Exchange balances plunged from 3.09 million BTC ($190 billion) in February 2020 "
              "to 2.47 million BTC ($152 billion) in October 2021, a 20% decrease.",
         "20%", "2020-02-01..2021-10-31"),
    # A figure said to hold "for" a run of months takes the whole run; a run counted as
    # news of its own ("marking the sixth straight day") widens nothing.
    case(date(2024, 5, 2), "Crypto venture funding topped $1 billion in April for the second "
         "consecutive month, The Block reported.", "$1 billion", "2024-03-01..2024-04-30"),
    case(date(2024, 5, 2), "Venture funding reached $1.02 billion in April. For the second "
         "month in a row, crypto startups raised more than $1 billion.", "$1 billion",
         "2024-03-01..2024-04-30"),
    case(date(2025, 2, 26), "Spot bitcoin ETFs recorded $937.9 million in outflows on "
         "Tuesday, marking their sixth straight day of withdrawals.", "$937.9 million",
         "2025-02-25..2025-02-25"),
    case(date(2025, 2, 14), "For the third straight day, spot bitcoin ETFs took in $300 "
         "million on Thursday.", "$300 million", "2025-02-13..2025-02-13"),
    # A list of figures takes a list of dates in order; one figure takes their span.
    case(FRI, "ETFs bought 30,052 and 26,729 BTC in April and May, respectively.", "26,729 BTC",
         "2025-05-01..2025-05-31"),
    case(FRI, "ETFs bought 30,052 and 26,729 BTC in April and May, respectively.", "30,052",
         "2025-04-01..2025-04-30"),
    case(FRI, "The index fell 10% over the weekend after daily losses of 4% on Monday and "
              "Tuesday.", "4%", "2026-02-02..2026-02-03"),
    # More figures than dates, not paired "respectively": each holds over the whole span.
    case(date(2026, 3, 5), "Crypto firms raised about $3.1 billion across 268 deals in January "
         "and February, according to The Block.", "268", "2026-01-01..2026-02-28"),
    case(FRI, "Inflows were $500 million and $300 million on Monday and Tuesday.", "$300 million",
         "2026-02-03..2026-02-03"),
    # A date ending a list of compared figures dates the last of them only, and is not
    # carried on to later undated figures.
    case(date(2025, 2, 12), CPI, "0.3%", "2025-01-01..2025-01-31"),
    case(date(2025, 2, 12), CPI, "0.2%", "2024-12-01..2024-12-31"),
    case(date(2025, 2, 12), CPI, "3.3%", "2025-01-01..2025-01-31"),
    case(date(2025, 2, 12), CPI, "3.1%", "2025-01-01..2025-01-31"),
    # "was last up": the latest reading, on the story's day, not an earlier figure's date.
    case(date(2024, 3, 10), "Bitcoin reached a record high of $70,000 on March 8, 2024.\n"
         "After a record high on Tuesday, bitcoin fell more than 10%.\nEther was last up 1.62% "
         "at $3,939.84.", "1.62%", "2024-03-08..2024-03-08"),
    # A date right after the figure a change is measured from dates that figure only ...
    case(date(2026, 3, 13), "Total crypto open interest slid to $97.3 billion, down from $104.9 "
         "billion on Wednesday, while the long/short ratio fell to 0.91.", "0.91",
         "2026-03-13..2026-03-13"),
    case(date(2026, 3, 13), "Total crypto open interest slid to $97.3 billion, down from $104.9 "
         "billion on Wednesday, while the long/short ratio fell to 0.91.", "$104.9 billion",
         "2026-03-11..2026-03-11"),
    # ... but a move told from one dated figure to another spans both days.
    case(date(2026, 3, 13), "Daily inflows rose from $300 million on Monday to $500 million on "
         "Tuesday, a 67% jump.", "67%", "2026-03-09..2026-03-10"),
    # A section's heading that writes out a day dates the undated figures under it.
    case(date(2023, 9, 22), "Binance triggers two Ethereum activity spikes\n\nOn two occasions "
         "this month, active users spiked.\n\nSeptember 13 Ethereum active address spike\n\n"
         "The Binance 14 hot wallet received 703,174 transfers.", "703,174",
         "2023-09-13..2023-09-13"),
    # "has since" is no second date of a list: the day stays its figure's.
    case(date(2026, 3, 3), "The exploiter swapped the stablecoins for roughly 7,500 ETH on Sunday "
         "and has since routed funds through 46 new wallets.", "7,500 ETH",
         "2026-03-01..2026-03-01"),
    # A figure's period long before the story's recalls the past: it is not carried on.
    case(MON, "Bitcoin miners earned $107 million in revenue on Saturday, April 20.\n"
              "Miners last earned $60 million in revenue in a day back in April 2021.\n\n"
              "Later, miner revenue slipped to $40 million.", "$40 million",
         "2024-04-20..2024-04-20"),
    # Nor is the recalled past of an earlier sentence of the paragraph.
    case(MON, "Bitcoin miners earned $107 million in revenue on Saturday, April 20.\n\n"
              "The previous record was set in 2021. Transaction fees made up $80 million of "
              "the total.", "$80 million", "2024-04-20..2024-04-20"),
    # A fund's share of a day's flows takes that day, not the week's total's span.
    case(date(2025, 2, 26), "U.S. spot bitcoin ETFs recorded $935 million in outflows on "
         "Tuesday, pushing this week's losses to $1.5 billion.\n"
         "Fidelity's FBTC led with $344 million in outflows.", "$344 million",
         "2025-02-25..2025-02-25"),
    # A fund's share takes the day of the paragraph's figure of that kind, not a later date
    # of another event ("withdrawals earlier in the week").
    case(date(2025, 5, 18), "Spot bitcoin ETFs attracted $260 million on May 16th, the third "
         "day of gains after withdrawals earlier in the week. BlackRock's IBIT led the charge, "
         "absorbing nearly $130 million in inflows.", "$130 million", "2025-05-16..2025-05-16"),
    # A running total or a snapshot reading without a date holds as of publication.
    case(date(2026, 1, 13), "Strategy bought 13,627 BTC between Jan. 5 and Jan. 11.\n"
         "Cumulative cost basis: $51.8 billion.", "$51.8 billion", "2026-01-13..2026-01-13"),
    case(FRI, "Liquidations hit $1.7 billion in 24 hours.\n"
              "The long/short ratio on Binance stands at 1.59.", "1.59", "2026-02-06..2026-02-06"),
    # "till date", as Indian and Nigerian outlets write "to date", is a running total too.
    case(FRI, "Bitcoin ETFs drew $2 billion on Monday.\nThe exchange has paid out $12 million "
         "in bug bounties till date.", "$12 million", "2026-02-06..2026-02-06"),
    # A flow told again without a date keeps the date it was first told with; a standing
    # level of the same digits is as of publication.
    case(MON, "On Monday, bitcoin briefly surged past $66,000. Miner earnings hit a record "
              "$107 million on Saturday, according to CryptoQuant.\n\nRunes launched with "
              "the halving. In this record-setting $107 million, transaction fees made up "
              "$80.5 million.",
         "$80.5 million", "2024-04-20..2024-04-20"),
    # A "when" clause after a described year is that year's ("a blistering 2024 when").
    case(date(2025, 2, 12), "Bitcoin has had a sluggish start to the year after a blistering "
         "2024 when the asset rose 119.5%.", "119.5%", "2024-01-01..2024-12-31"),
    # A holding the month began with is the month's first day's; the change since is the
    # month's, and what it holds now publication's.
    case(date(2025, 7, 29), "The firm, which began the month holding 198,200 ETH, now controls "
         "438,200 ETH, a 121% increase in four weeks.", "198,200 ETH", "2025-07-01..2025-07-01"),
    case(date(2025, 7, 29), "The firm, which began the month holding 198,200 ETH, now controls "
         "438,200 ETH, a 121% increase in four weeks.", "438,200 ETH", "2025-07-29..2025-07-29"),
    case(date(2025, 7, 29), "The firm, which began the month holding 198,200 ETH, now controls "
         "438,200 ETH, a 121% increase in four weeks.", "121%", "2025-07-01..2025-07-29"),
    # The edge of a unit dates only the level right after it, no later figure of the
    # sentence ("and now trades at", "and bought").
    case(ONCE, "Bitcoin began 2025 near $94,000 and now trades at $100,000.", "$94,000",
         "2025-01-01..2025-01-01"),
    case(ONCE, "Bitcoin began 2025 near $94,000 and now trades at $100,000.", "$100,000",
         "2025-03-20..2025-03-20"),
    case(ONCE, "Ether closed 2024 at $3,330 and has lost 40% since, trading at $2,000.",
         "$2,000", "2025-03-20..2025-03-20"),
    case(ONCE, "Ether closed 2024 at $3,330 and has lost 40% since, trading at $2,000.",
         "40%", None),
    case(ONCE, "The firm began the month holding 198,200 ETH and bought 30,000 ETH.",
         "30,000 ETH", "2025-03-01..2025-03-20"),
    # A count listed after a month's comma takes the month, not a day of it.
    case(ONCE, "Of the 40 tokens listed in March, 15, or 37%, have since halved.", "37%",
         "2025-03-01..2025-03-20"),
    # A move since a span of years runs from its first year to publication.
    case(ONCE, "Bitcoin has risen 40% since 2022-23 lows.", "40%", "2022-01-01..2025-03-20"),
    case(ONCE, "Bitcoin rose 40% in 2022-23.", "40%", "2022-01-01..2023-12-31"),
    # A year looked back on ("after a robust 2025") dates no later sentence.
    case(None, "Demand may be resetting after a robust 2025 for the funds. Even so, they "
         "drew $120 million on Thursday and hold $85 billion in assets.", "$85 billion", None),
    # The parts of a figure its sentence tells again take that figure's period, whatever
    # metric each part is read as; a later date of the paragraph is not theirs.
    case(MON, "On Monday (April 22), bitcoin briefly surged past $66,000.\nMiner earnings hit "
              "a record $107 million on Saturday, surpassing the previous record of $77 million "
              "set in April 2021.\nAfter the launch of Runes, total block rewards for miners "
              "exceeded 17 bitcoins.\nIn this record-setting $107 million, transaction fees made "
              "up 75% or $80.5 million, while the remaining $26.2 million came from block rewards.",
         "$26.2 million", "2024-04-20..2024-04-20"),
    case(MON, "Hackers stole $125.5 million from the exchange on March 3, 2024.\n\n"
              "Binance holds $125.5M in its insurance fund.", "$125.5M",
         "2024-04-22..2024-04-22"),
    # A condition repeating a dated level has no period; a conditional sentence still
    # dates a figure of a clause with a time of its own.
    case(date(2023, 3, 2), "Bitcoin reached a high of $25,000 on Tuesday before sellers "
         "stepped in.\nHowever, if the $25K level is broken, the uptrend will resume.",
         "$25K", None),
    case(date(2023, 3, 2), "Analysts say bitcoin could extend losses after it dropped to "
         "$24,100 on Tuesday.", "$24,100", "2023-02-28..2023-02-28"),
    # A comparison base's date is not carried to the next undated figure of its kind.
    case(date(2025, 2, 12), "Consumer prices rose 0.5% in January. The CPI increase was 3.0% "
         "year over year, bigger than the 2.9% year over year increase in December.\nCore CPI "
         "year over year rose slightly to 3.3%, above forecasts.", "3.3%",
         "2025-01-01..2025-01-31"),
    # A headline's count of tokens is the body's amount of that token: the body's date.
    case(date(2026, 6, 27), "XRP ETFs Lock a Record 938.7M Tokens as Inflows Hold Up\nXRP slid "
         "to a 20-month low on Friday. The seven funds held a record 938.7 million XRP in "
         "custody as of June 25, Bitwise data show.", "938.7M", "2026-06-25..2026-06-25"),
    # The peak a move is measured from was reached at another time: only its own date.
    case(date(2025, 4, 8), "Bitcoin briefly dipped below $75,000 on Monday, a decline of over "
         "30% from its all-time high of $108,000.", "$108,000", None),
    case(date(2025, 2, 14), "Bitcoin slid 4% on Tuesday from its high of $99,000.", "$99,000",
         "2025-02-11..2025-02-11"),
    case(date(2025, 4, 8), "Bitcoin briefly dipped below $75,000 on Monday, down 30% from its "
         "record high of $108,000 in January.", "$108,000", "2025-01-01..2025-01-31"),
    # An undated goal has no period ("now" dates no goal); a goal with a date takes it.
    case(date(2024, 5, 2), "Crypto venture funding topped $1.02 billion in April. Pantera and "
         "Paradigm are now seeking $1 billion and $850 million, respectively, for new crypto "
         "funds.", "$850 million", None),
    case(date(2024, 5, 2), "Strategy aims to raise $84 billion through equity and convertible "
         "notes by 2027.", "$84 billion", "2027-01-01..2027-12-31"),
    # A level a move reached is an event of the story: the move's date, not publication's.
    case(MON, "Crypto markets slid on Saturday.\nBitcoin then rebounded 3% to $66,000 as buyers "
              "stepped in.", "$66,000", "2024-04-20..2024-04-20"),
    case(FRI, "Crypto markets slid on Thursday.\nBitcoin dropped 2.6% to $60,189.", "$60,189",
         "2026-02-05..2026-02-05"),
    case(MON, "Bitcoin slid 4% on Saturday.\nIt trades at $66,000.", "$66,000",
         "2024-04-22..2024-04-22"),
    # ... whatever verb the move is told with ("increased", "gained", "shed", "lost").
    case(date(2022, 1, 23), "The global crypto market cap dropped to $1.6 trillion during the "
         "last 24 hours.\n\nThe DeFi market cap increased 7.26 percent to $113.19 billion.",
         "$113.19 billion", "2022-01-22..2022-01-23"),
    case(MON, "Crypto markets slid on Saturday.\nEther shed 5% to $3,050 as traders sold.",
         "$3,050", "2024-04-20..2024-04-20"),
    case(MON, "Crypto markets slid on Saturday.\nEther lost 5% and sits at $3,050.", "$3,050",
         "2024-04-22..2024-04-22"),
    case(date(2022, 1, 23), "The global crypto market cap dropped to $1.6 trillion during the "
         "last 24 hours.\n\nThe DeFi market cap stands at $113.19 billion.",
         "$113.19 billion", "2022-01-23..2022-01-23"),
    case(MON, "Bitcoin slid 4% on Saturday.\nAnalysts say it could rebound to $70,000.",
         "$70,000", None),
    # A story of a day just before publication: its levels told in the past hold that day;
    # a level said to stand now is as of publication.
    case(date(2024, 3, 10), "date 2024-03-10\nBitcoin reached a record high of $70,000 on "
         "March 8, 2024.\nBitcoin rose to as high as $70,105 before quickly dropping and was "
         "last trading at $68,317.72.", "$68,317.72", "2024-03-08..2024-03-08"),
    case(date(2024, 3, 10), "date 2024-03-10\nBitcoin reached a record high of $70,000 on "
         "March 8, 2024.\nBitcoin now trades at $68,317.72.", "$68,317.72",
         "2024-03-10..2024-03-10"),
    # The month May is no modal "may": a level beside it still stands at publication; the
    # modal keeps a level out of publication day.
    case(date(2026, 6, 12), "Bitcoin is trading at $68,400, down 2% since May 1.", "$68,400",
         "2026-06-12..2026-06-12"),
    case(date(2026, 6, 12), "XRP trades near $2.10, its highest level since May 2025.", "$2.10",
         "2026-06-12..2026-06-12"),
    case(date(2026, 6, 12), "Solana now trades at $142, below its May peak.", "$142",
         "2026-06-12..2026-06-12"),
    case(date(2026, 6, 12), "Bitcoin is trading at $68,400, and traders say it may fall "
         "further.", "$68,400", None),
    # ... and so is one a plural subject holds ("these markets hold"), as "it holds" is.
    case(date(2021, 4, 30), "Ether futures open interest hit $8.5 billion on April 29.\nFTX "
         "and Deribit hold a combined $2 billion in ETH open interest.", "$2 billion",
         "2021-04-30..2021-04-30"),
    # The page's own date stamp is not the story's date.
    case(date(2025, 2, 13), "Updated Feb. 13, 2025 3:15 PM\n"
         "Coinbase reported $2.27 billion in revenue for the quarter ended December 2024.\n"
         "Trading volume: $439 billion against an average estimate of $391.25 billion.",
         "$439 billion", "2024-10-01..2024-12-31"),
    # "Today" in an embedded post is the day the post was written, from its signature line;
    # the article's own "today" stays publication's.
    case(date(2024, 6, 10), "Binance passed a new milestone, the exchange said.\nToday, we "
         "celebrate 200 million – and it's all because of YOU!\nHere's to the stars of our story "
         "– you! #Binance200M pic.twitter.com/3cWTEHx\n— Binance (@binance) June 8, 2024\n"
         "The milestone comes amid scrutiny.", "200 million", "2024-06-08..2024-06-08"),
    case(date(2024, 6, 10), "Today, Binance counts 200 million users, a figure that comes amid "
         "years of regulatory scrutiny, fines in the US and limits on its operations in the UK, "
         "Singapore and elsewhere, and after the arrest of its founder; the exchange thanked its "
         "users in a post on X and promised to reach one billion of them within a few years, as "
         "its rivals struggle.\nThank you all! #Binance200M\n— Binance (@binance) June 8, 2024",
         "200 million", "2024-06-10..2024-06-10"),
    # Only the lines that are the post take its day: the lines up to its link, not a line
    # of the article's own report ("Binance said today"), nor a line that carries no link.
    case(date(2024, 6, 10), "Binance said today it has 210 million users.\nThank you all!\n"
         "— Binance (@binance) June 8, 2024", "210 million", "2024-06-10..2024-06-10"),
    case(date(2024, 6, 10), "Binance said today it has 210 million users.\nThank you all! "
         "#Binance200M pic.twitter.com/3cWTEHx\n— Binance (@binance) June 8, 2024",
         "210 million", "2024-06-10..2024-06-10"),
    case(date(2024, 6, 10), "Ether climbed 4% on Monday to $3,700.\n— CoinDesk (@CoinDesk) "
         "June 8, 2024", "4%", "2024-06-10..2024-06-10"),
    case(date(2024, 6, 10), "Ether climbed 4% on Monday to $3,700.\n— CoinDesk (@CoinDesk) "
         "June 8, 2024", "$3,700", "2024-06-10..2024-06-10"),
    case(date(2024, 6, 10), "Ether rose, the exchange said.\nToday, we celebrate 200 million "
         "users! pic.twitter.com/3cWTEHx\n\n— Binance (@binance) June 8, 2024",
         "200 million", "2024-06-08..2024-06-08"),
    # A post's lines end at the signature of the post before it: what stands over that
    # signature is the article's (or the earlier post's), never the later post's.
    case(date(2024, 6, 10), "Today, Binance counts 300 million users.\n— Binance (@binance) "
         "June 8, 2024\nThank you all! pic.twitter.com/3cWTEHx\n— CoinDesk (@CoinDesk) June 9, "
         "2024", "300 million", "2024-06-10..2024-06-10"),
    case(date(2024, 6, 10), "Today, we count 300 million users! pic.twitter.com/9xQk\n— Binance "
         "(@binance) June 8, 2024\nThank you all! pic.twitter.com/3cWTEHx\n— CoinDesk "
         "(@CoinDesk) June 9, 2024", "300 million", "2024-06-08..2024-06-08"),
    # The level a move started from takes the window told after the level it reached, also
    # in a sentence with another date ("the largest drop this month").
    case(date(2026, 3, 13), "Bitcoin tumbled from above $71,000 to $66,400 over the past day, "
         "the largest drop this month.", "$71,000", "2026-03-12..2026-03-13"),
    case(date(2026, 3, 13), "Bitcoin tumbled from above $71,000 to $66,400 over the past day, "
         "the largest drop this month.", "$66,400", "2026-03-12..2026-03-13"),
    # A level its own clause states as it stands ("remains", "stands at") is not dated by a
    # window of another clause joined to it; a date of its own phrase still is.
    case(date(2026, 3, 12), "Ether futures open interest has risen 9% this week to $24.6 "
         "billion, according to CoinGlass, and funding rates remain modest at 0.0068% every "
         "eight hours.", "0.0068%", "2026-03-12..2026-03-12"),
    case(date(2026, 3, 6), "Funding rates remain positive at 0.0094%, and open interest has "
         "risen 5.1% over the past three days to $44.2 billion.", "0.0094%",
         "2026-03-06..2026-03-06"),
    case(date(2026, 3, 6), "Funding rates remain positive at 0.0094%, and open interest has "
         "risen 5.1% over the past three days to $44.2 billion.", "5.1%",
         "2026-03-03..2026-03-06"),
    case(date(2026, 3, 12), "Ether remains about 57% below its all-time high of $4,950, set in "
         "August 2025, and has lagged bitcoin.", "$4,950", "2025-08-01..2025-08-31"),
    case(date(2025, 1, 10), "Miners hold billions of dollars of bitcoin, while Tesla also holds "
         "$1.25 billion of it as of December 2024.", "$1.25 billion", "2024-12-01..2024-12-31"),
    # "Year to date" beside a figure of a later clause is that figure's, as how long a change
    # took is: the purchase told before keeps its week; figures that share the measure keep it.
    case(date(2025, 8, 25), "Strategy bought 3,081 BTC between Aug. 18 and Aug. 24 for $356.9M."
         "\nStrategy has acquired 3,081 BTC for ~$356.9 million and has achieved BTC Yield of "
         "25.4% YTD 2025.", "$356.9 million", "2025-08-18..2025-08-24"),
    case(date(2025, 8, 25), "Strategy bought 3,081 BTC between Aug. 18 and Aug. 24 for $356.9M."
         "\nStrategy has acquired 3,081 BTC for ~$356.9 million and has achieved BTC Yield of "
         "25.4% YTD 2025.", "25.4%", "2025-01-01..2025-08-25"),
    case(date(2025, 8, 25), "Bitcoin is up 12% and Ether has gained 20% YTD.", "12%",
         "2025-01-01..2025-08-25"),
    case(date(2025, 8, 25), "Bitcoin is up 12% and Ether 20% year-to-date.", "12%",
         "2025-01-01..2025-08-25"),
    # A figure told as "once" so, at a time the text leaves open, has no period; "once
    # again" repeats, and a date of its own clause still dates it.
    case(date(2022, 11, 8), "FTX's token plunged 75% on Tuesday.\nThe once US$32 billion "
         "exchange crashed as the token plunged.", "US$32 billion", None),
    case(date(2024, 6, 25), "Mt Gox will start repayments in July. The exchange launched in "
         "2010 and once handled up to 80% of global trading in bitcoin.", "80%", None),
    case(date(2024, 6, 25), "Bitcoin once again topped $62,000 on Monday.", "$62,000",
         "2024-06-24..2024-06-24"),
    case(MON, "Miners earned $107 million on Saturday.\nOnce the halving took place, fees "
              "jumped to $128 per transaction.", "$128", "2024-04-20..2024-04-20"),
    case(date(2024, 6, 25), "Bitcoin, which once traded at $69,000 in November 2021, fell 5% "
         "on Monday.", "$69,000", "2021-11-01..2021-11-30"),
    case(date(2024, 6, 25), "Bitcoin, which once traded at $69,000, fell 5% on Monday.", "5%",
         "2024-06-24..2024-06-24"),
    # The cue counts only before the figure's own past predicate ("once had", "formerly
    # valued at") or the figure itself; not opening a clause, in a hyphenated or plain
    # adjective, a former name, nor a past its clause then leaves for "now".
    case(ONCE, "Bitcoin rose 5% on Monday. The platform once had 2 million users and has "
         "500,000 now.", "2 million", None),
    case(ONCE, "Bitcoin rose 5% on Monday. The startup, formerly valued at $4 billion, raised "
         "$20 million on Tuesday.", "$4 billion", None),
    case(ONCE, "Ether jumped 6% on Tuesday. Once Bitcoin crossed $70,000, liquidations topped "
         "$300 million.", "$70,000", "2025-03-18..2025-03-18"),
    case(ONCE, "Bitcoin rose 5% on Monday. HTX (formerly Huobi) processed $2 billion in spot "
         "volume, data show.", "$2 billion", "2025-03-17..2025-03-17"),
    case(ONCE, "Bitcoin rose 5% on Monday. The once-dominant exchange now holds $2 billion.",
         "$2 billion", "2025-03-20..2025-03-20"),
    case(ONCE, "Bitcoin rose 5% on Monday. Its erstwhile rival Kraken holds $2 billion.",
         "$2 billion", "2025-03-20..2025-03-20"),
    case(ONCE, "Bitcoin rose 5% on Monday. Gate, formerly known as Gate.io, holds $2 billion.",
         "$2 billion", "2025-03-20..2025-03-20"),
    case(ONCE, "Bitcoin rose 5% on Monday. The exchange, once a market leader, now holds $2 "
         "billion.", "$2 billion", "2025-03-20..2025-03-20"),
    case(ONCE, "Bitcoin rose 5% on Monday. The exchange once led the market but now holds $2 "
         "billion.", "$2 billion", "2025-03-20..2025-03-20"),
    # A standing rule of a protocol or an index (a supply cap, a block schedule, what a
    # score means) holds at no time; a reading of the same story keeps its date.
    case(date(2024, 12, 5), "Bitcoin topped $100,000 on Thursday.\nThe creators of Bitcoin "
         "have set a maximum cap of 21 million on its total supply.", "21 million", None),
    case(MON, "Miners earned $107 million on Saturday. Halving occurs once every four years "
              "(every 210 thousand blocks), after which the reward is cut in half.",
         "210 thousand", None),
    case(date(2025, 5, 18), "ETFs bought 16,000 BTC this month. Under normal circumstances, "
         "the daily issuance of bitcoin is about 450 BTC.", "450 BTC", None),
    case(date(2024, 1, 14), "The Altcoin Season Index read 76 out of 100 on Sunday, with any "
         "score above 75 signaling an altcoin season.", "75", None),
    case(date(2024, 1, 14), "The Altcoin Season Index read 76 out of 100 on Sunday, with any "
         "score above 75 signaling an altcoin season.", "76", "2024-01-14..2024-01-14"),
    case(date(2024, 12, 5), "Bitcoin's supply cap held as miners sent 21,000 BTC to "
         "exchanges on Thursday.", "21,000 BTC", "2024-12-05..2024-12-05"),
    # "In a single day" counts from the story's day, not from publication.
    case(MON, "The fourth halving took place on Saturday, April 20.\n"
              "Miners earned a record $107.8 million in a single day.",
         "$107.8 million", "2024-04-20..2024-04-20"),
]  # fmt: skip


APR = date(2026, 4, 22)
MAY = date(2026, 5, 6)

# A scheduled event's day written without a year is the one nearest publication (ahead or
# back); a forecast noun governs a year-less date after it; a forecast keeps the whole
# period it names. Past events keep last year's date and the part so far.
FORECASTS = [
    case(date(2026, 2, 9), "Max pain, Feb. 13 expiry: $76,000", "$76,000",
         "2026-02-13..2026-02-13"),
    case(date(2026, 6, 15), "Futures markets price a roughly 70% chance that the central bank "
         "leaves rates unchanged at its June 17 meeting.", "70%", "2026-06-17..2026-06-17"),
    case(date(2026, 3, 20), "Ether options worth $1.2 billion expire in the March 27 expiry.",
         "$1.2 billion", "2026-03-27..2026-03-27"),
    case(date(2026, 1, 5), "The Fed cut rates by 25 basis points at its Dec. 10 meeting.",
         "25 basis points", "2025-12-10..2025-12-10"),
    case(FRI, "Bitcoin fell 4% after the Jan. 28 meeting, when the Fed held rates at 3.75%.",
         "4%", "2026-01-28..2026-01-28"),
    case(FRI, "Bitcoin rose 5% on Feb. 13 as ETFs drew $300 million.", "5%",
         "2025-02-13..2025-02-13"),
    case(APR, "Bernholt also set a first target for solana of $320 by the end of the third "
         "quarter.", "$320", "2026-09-30..2026-09-30"),
    case(APR, "In the nearer term, the bank's base case has bitcoin trading in a $110K-150K "
         "range at the end of June.", "$110K", "2026-06-30..2026-06-30"),
    case(APR, "Bernholt lowered its target for ether to $5,200 by the end of September.",
         "$5,200", "2026-09-30..2026-09-30"),
    case(APR, "Bitcoin hit the bank's target of $100,000 in March.", "$100,000",
         "2026-03-01..2026-03-31"),
    case(APR, "The fund topped its $500 million target in February.", "$500 million",
         "2026-02-01..2026-02-28"),
    case(APR, "Analysts raised their price target to $400 in March after the results.", "$400",
         "2026-03-01..2026-03-31"),
    case(APR, "The company missed its revenue guidance of $200 million in March.",
         "$200 million", "2026-03-01..2026-03-31"),
    case(APR, "The bank's outlook had bitcoin at $90,000 by the end of March, a call that "
         "proved right.", "$90,000", "2026-03-31..2026-03-31"),
    case(APR, "Bitcoin had climbed to $95,000 by the end of March, data show.", "$95,000",
         "2026-03-31..2026-03-31"),
    case(APR, "Analysts expect revenue of $500 million in 2026.", "$500 million",
         "2026-01-01..2026-12-31"),
    case(APR, "The company expects to mine 9,000 bitcoin in the first half of 2026.",
         "9,000 bitcoin", "2026-01-01..2026-06-30"),
    case(APR, "The exchange said it will launch 20 new pairs in Q2 2026.", "20",
         "2026-04-01..2026-06-30"),
    case(APR, "Bitcoin has risen 12% in 2026, data show.", "12%", "2026-01-01..2026-04-22"),
    case(APR, "ETFs took in $4 billion in 2026 so far.", "$4 billion", "2026-01-01..2026-04-22"),
    case(date(2026, 7, 10), "Miners sold 4,000 BTC in the first half of 2026, and analysts "
         "expect more selling.", "4,000 BTC", "2026-01-01..2026-06-30"),
    # a phrase opened by "to" after a comma continues the forecast before it
    case(APR, "Ashdown's case rests on the Federal Reserve, which Bernholt expects to cut "
         "rates two more times in 2026, to a range of 3.00%-3.25% by December.", "3.00%",
         "2026-12-01..2026-12-31"),
    case(APR, "Ashdown's case rests on the Federal Reserve, which Bernholt expects to cut "
         "rates two more times in 2026, to a range of 3.00%-3.25% by December.", "two",
         "2026-01-01..2026-12-31"),
    case(APR, "Analysts expect bitcoin to climb, toward $120,000 by September.", "$120,000",
         "2026-09-01..2026-09-30"),
    case(APR, "Bitcoin fell 5%, to $60,000 in March.", "$60,000", "2026-03-01..2026-03-31"),
    case(APR, "Bitcoin could rally this year, with ETFs drawing $2 billion in March, data show.",
         "$2 billion", "2026-03-01..2026-03-31"),
    case(APR, "Analysts expected a rally, with bitcoin up 20% in March.", "20%",
         "2026-03-01..2026-03-31"),
    # a period opening its sentence is a forecast's when the clause after it tells one
    case(MAY, "For the first half of 2026, management guided HPC revenue of between $175 and "
         "$190 million.", "$190 million", "2026-01-01..2026-06-30"),
    case(MAY, "In 2026, analysts expect bitcoin to reach $150,000.", "$150,000",
         "2026-01-01..2026-12-31"),
    case(MAY, "For the first half of 2026, revenue rose 20% to $300 million.", "$300 million",
         "2026-01-01..2026-05-06"),
    case(MAY, "In 2026, bitcoin has fallen 12%.", "12%", "2026-01-01..2026-05-06"),
    case(MAY, "In the first half of 2026, ETFs drew $3 billion, and analysts expect more.",
         "$3 billion", "2026-01-01..2026-05-06"),
]  # fmt: skip


WED = date(2025, 4, 9)

# A level no move reaches stands at the end of the window another figure's change took
# (the day of publication), not over it; a level a move reached, or one told in the past
# ("held above"), keeps the window.
LEVELS_BESIDE_CHANGES = [
    case(date(2026, 2, 9), "BTC open interest: $57.6 billion (-3.4% in 24h)", "$57.6 billion",
         "2026-02-09..2026-02-09"),
    case(date(2026, 6, 15), "The largest cryptocurrency was trading at $108,420 at 06:00 UTC, "
         "up 2.7% in the past 24 hours.", "$108,420", "2026-06-15..2026-06-15"),
    case(WED, "Bitcoin is now down nearly 7% in the past 24 hours, hovering at a key support "
         "zone of $77,500.", "$77,500", "2025-04-09..2025-04-09"),
    case(WED, "Solana sits at $105 after a 6% drop over the past 24 hours.", "$105",
         "2025-04-09..2025-04-09"),
    case(WED, "Ether trades at $1,580, down 9% in 24 hours.", "9%", "2025-04-08..2025-04-09"),
    case(WED, "Ether fell 9% in 24 hours to $1,580.", "$1,580", "2025-04-08..2025-04-09"),
    case(WED, "Bitcoin's price decreased by 17% over the past day, falling to $60,000 ahead of "
         "the decision.", "$60,000", "2025-04-08..2025-04-09"),
    case(WED, "Over the past 24 hours, Ether gained 4.4% to $2,148 and Solana added 5.7% to "
         "$91.30.", "$91.30", "2025-04-08..2025-04-09"),
    case(WED, "Market value rose 2.9% in the last 24 hours as bitcoin held above $70,000.",
         "$70,000", "2025-04-08..2025-04-09"),
    case(WED, "Trading volume stood at $2 billion, up 40% in 24 hours.", "$2 billion",
         "2025-04-08..2025-04-09"),
    case(WED, "On Monday, bitcoin traded at $60,000, down 5% in 24 hours.", "$60,000",
         "2025-04-07..2025-04-07"),
    case(WED, "Ether's supply swelled 1% last month to 120 million tokens.", "120 million",
         "2025-03-01..2025-03-31"),
]  # fmt: skip


# The date of a peak dates the peak's own figure (after it, or in apposition before it),
# not the distance a price stands from it.
PEAKS = [
    case(APR, "Bitcoin was changing hands near $84,300 on Wednesday, about 33% below its "
         "October 2025 record above $126,000.", "$126,000", "2025-10-01..2025-10-31"),
    case(APR, "Bitcoin was changing hands near $84,300 on Wednesday, about 33% below its "
         "October 2025 record above $126,000.", "33%", "2026-04-22..2026-04-22"),
    case(FRI, "Bitcoin is down 45% from its October peak near $126,000.", "$126,000",
         "2025-10-01..2025-10-31"),
    case(FRI, "Bitcoin is down 45% from its October peak near $126,000.", "45%", None),
    case(date(2025, 11, 18), "The token is down 39% from the record of $4,946 it set on Aug. "
         "24.", "39%", None),
    case(date(2025, 11, 18), "The token is down 39% from the record of $4,946 it set on Aug. "
         "24.", "$4,946", "2025-08-24..2025-08-24"),
    case(FRI, "Ether sits 40% below the $4,946 high it reached in August.", "$4,946",
         "2025-08-01..2025-08-31"),
    case(FRI, "Bitcoin trades 30% below its all-time high of $126,000 set in October.", "30%",
         None),
    case(FRI, "Bitcoin hit a record $126,000 on Oct. 6.", "$126,000", "2025-10-06..2025-10-06"),
    case(FRI, "Ether hit a low of $1,800 on Monday and a high of $2,100 on Wednesday.",
         "$2,100", "2026-02-04..2026-02-04"),
    case(FRI, "Solana slid 12% to $98, its lowest since the April low of $95.", "$95",
         "2025-04-01..2025-04-30"),
    case(FRI, "Bitcoin fell 3% on Thursday. It is down 45% from its all-time high.", "45%",
         "2026-02-05..2026-02-05"),
]  # fmt: skip


# A day after a quarter's figure a report verb leads is the report's day: the quarter
# dates the figure; a day of another clause, or one the quarter is no account of, stays.
REPORT_DAYS = [
    case(MAY, "Norrland Hash Inc. (NHSH) reported first-quarter revenue of $182.4 million on "
         "Wednesday, up 36% from $134.1 million a year earlier.", "$182.4 million",
         "2026-01-01..2026-03-31"),
    case(MAY, "Norrland Hash Inc. (NHSH) reported first-quarter revenue of $182.4 million on "
         "Wednesday, up 36% from $134.1 million a year earlier.", "36%",
         "2026-01-01..2026-03-31"),
    case(MAY, "Coinbase reported a first-quarter loss on Tuesday, and its shares fell 5% on "
         "Wednesday.", "5%", "2026-05-06..2026-05-06"),
    case(MAY, "ETFs reported inflows of $500 million on Monday, bringing the quarter's total "
         "to $5 billion.", "$500 million", "2026-05-04..2026-05-04"),
    case(MAY, "Bitcoin fell 4% on Monday, its worst day of the first quarter.", "4%",
         "2026-05-04..2026-05-04"),
    case(MAY, "Strategy said on Monday it bought 5,000 BTC in the first quarter.", "5,000 BTC",
         "2026-01-01..2026-03-31"),
    case(MAY, "Riot's shares jumped 9% on Tuesday after it reported first-quarter results.",
         "9%", "2026-05-05..2026-05-05"),
    # "the quarter" is the latest quarter named, not a comparison's earlier one, unless its
    # own sentence named one before it
    case(MAY, "Norrland Hash reported Q1 revenue of $182.4 million.\nHosting revenue beat "
         "estimates, against $26.9 million in Q1 2025.\nIts all-in cost rose to $71,600 in "
         "the quarter, from $52,300 in the fourth quarter of 2025.", "$71,600",
         "2026-01-01..2026-03-31"),
    case(MAY, "Revenue in the first quarter rose 36% from $134.1 million in Q1 2025.\nIts "
         "all-in cost rose to $71,600 in the quarter, from $52,300 in the fourth quarter of "
         "2025.", "$71,600", "2026-01-01..2026-03-31"),
    case(MAY, "Revenue in Q1 2026 was $182 million. In the fourth quarter of 2025 it was $150 "
         "million, and margins in the quarter were 30%.", "30%", "2025-10-01..2025-12-31"),
    case(date(2026, 1, 20), "Coinbase earned $1 billion in Q3 2025 and $1.2 billion in Q4 "
         "2025. Trading volume in the quarter was $300 billion.", "$300 billion",
         "2025-10-01..2025-12-31"),
    case(MAY, "Revenue in Q1 2025 was $134 million. Costs in the quarter were $90 million.",
         "$90 million", "2025-01-01..2025-03-31"),
    # a move in a clause of its own after the report keeps the report's day
    case(date(2026, 5, 14), "Coinbase reported first-quarter revenue of $1.9 billion on "
         "Thursday, while bitcoin fell 2% that day.", "2%", "2026-05-14..2026-05-14"),
    case(date(2026, 5, 14), "Coinbase reported first-quarter revenue of $1.9 billion on "
         "Thursday, while bitcoin fell 2% that day.", "$1.9 billion", "2026-01-01..2026-03-31"),
    case(date(2026, 5, 14), "Circle reported a first-quarter profit of $65 million on Tuesday, "
         "sending its shares up 8%.", "8%", "2026-05-12..2026-05-12"),
    case(date(2026, 5, 14), "Circle reported a first-quarter profit of $65 million on Tuesday, "
         "up 10% from a year earlier.", "10%", "2026-01-01..2026-03-31"),
    case(date(2026, 5, 14), "Strategy reported a Q1 net loss of $4.2 billion on Monday, when "
         "bitcoin traded near $95,000.", "$95,000", "2026-05-11..2026-05-11"),
]  # fmt: skip


# A time opening a clause after a semicolon or a conjunction dates that clause only.
CLAUSE_OPENERS = [
    case(FRI, "On Jan. 30 ETFs lost $300 million; two days later they lost $200 million.",
         "$300 million", "2026-01-30..2026-01-30"),
    case(FRI, "On Jan. 30 ETFs lost $300 million; two days later they lost $200 million.",
         "$200 million", "2026-02-01..2026-02-01"),
    case(FRI, "On Jan. 5 ETFs lost $300 million; a week and a half later they lost $200 "
         "million.", "$300 million", "2026-01-05..2026-01-05"),
    case(FRI, "Bitcoin has held above $60,000 for two years, and three months ago it hit "
         "$126,000.", "$126,000", "2025-11-06..2025-11-06"),
    case(FRI, "Bitcoin rose 3% in two weeks and two days ago it hit $70,000.", "$70,000",
         "2026-02-04..2026-02-04"),
    case(FRI, "ETFs took in $500 million on Monday and $300 million on Tuesday.",
         "$500 million", "2026-02-02..2026-02-02"),
    case(FRI, "Bitcoin fell 5% to $62,000 on Thursday, and ether dropped 7%.", "7%",
         "2026-02-05..2026-02-05"),
    case(date(2020, 10, 1), "For black women, the wage gap in 1979 was only 6 percent; by "
         "2015, it had jumped to 19 percent.", "6 percent", "1979-01-01..1979-12-31"),
    case(date(2020, 10, 1), "For black women, the wage gap in 1979 was only 6 percent; by "
         "2015, it had jumped to 19 percent.", "19 percent", "2015-01-01..2015-12-31"),
    case(date(2020, 8, 16), "Saturday's peak demand, according to the grid operator, reached "
         "44,947 megawatts, much lower than the 46,797 it saw on Friday.", "44,947 megawatts",
         "2020-08-15..2020-08-15"),
]  # fmt: skip


# Money or coins told as moved in the past "starting" a date moved from then on; a plan or
# a schedule after a word of saying keeps the date it names.
STARTING_FLOWS = [
    case(FRI, "Miners sold 3,000 BTC starting December 1.", "3,000 BTC",
         "2025-12-01..2026-02-06"),
    case(FRI, "ETFs drew $1 billion starting January 5.", "$1 billion", "2026-01-05..2026-02-06"),
    case(FRI, "Strategy bought 5,000 BTC beginning January 5.", "5,000 BTC",
         "2026-01-05..2026-02-06"),
    case(FRI, "The exchange will sell 3,000 BTC starting March 1.", "3,000 BTC",
         "2026-03-01..2026-03-01"),
    case(FRI, "Miners plan to sell 3,000 BTC starting March 1.", "3,000 BTC",
         "2026-03-01..2026-03-01"),
    case(FRI, "Mt. Gox said it would repay 140,000 BTC starting July 1.", "140,000 BTC",
         "2026-07-01..2026-07-01"),
    case(FRI, "Bitcoin fell 5% after Binance said fees starting March 1 would rise to 0.1%.",
         "0.1%", "2026-03-01..2026-03-01"),
]  # fmt: skip


# A span whose two ends each write their year, day first or month first; a span from the
# start of the running year or month to the present.
SPANS = [
    case(FRI, "Miners sold 4,000 BTC from 30 December 2025 to 2 January 2026.", "4,000 BTC",
         "2025-12-30..2026-01-02"),
    case(FRI, "Miners sold 4,000 BTC between 30 December 2025 and 2 January 2026.",
         "4,000 BTC", "2025-12-30..2026-01-02"),
    case(FRI, "ETFs drew $4 billion from 1 March 2024 to 30 June 2024.", "$4 billion",
         "2024-03-01..2024-06-30"),
    case(FRI, "Miners sold 4,000 BTC from December 30, 2025 to January 2, 2026.", "4,000 BTC",
         "2025-12-30..2026-01-02"),
    case(FRI, "ETFs drew $4 billion from March 2024 to June 2025.", "$4 billion",
         "2024-03-01..2025-06-30"),
    case(FRI, "The fund grew from $1 billion in March 2024 to $3 billion in June 2025.",
         "$1 billion", "2024-03-01..2024-03-31"),
    case(FRI, "ETF inflows reached $4 billion from the start of the year to date.",
         "$4 billion", "2026-01-01..2026-02-06"),
    case(FRI, "From the start of the year to now, bitcoin has fallen 20%.", "20%",
         "2026-01-01..2026-02-06"),
    case(FRI, "ETF inflows reached $4 billion from the beginning of the month to date.",
         "$4 billion", "2026-02-01..2026-02-06"),
    case(FRI, "ETF inflows reached $4 billion from March to date.", "$4 billion",
         "2025-03-01..2026-02-06"),
]  # fmt: skip


# An undated level told in the past holds on the story's day, or on the later day its
# paragraph tells before it.
PARAGRAPH_DAYS = [
    case(APR, "In a note on Tuesday, the bank cut its ether target to $5,200.\n\nBitcoin was "
         "changing hands near $84,300 on Wednesday. Ether traded at $1,890 and solana at $131.",
         "$131", "2026-04-22..2026-04-22"),
    case(APR, "In a note on Tuesday, the bank cut its ether target to $5,200.\n\nEther traded "
         "at $1,890.", "$1,890", "2026-04-21..2026-04-21"),
    case(APR, "Bitcoin rose to a record $70,000 on Tuesday.\n\nIt was last trading at $68,317.",
         "$68,317", "2026-04-21..2026-04-21"),
    case(APR, "Bitcoin rose to a record $70,000 on Tuesday.\n\nOn Monday ether fell 3%. Ether "
         "traded at $1,890.", "$1,890", "2026-04-21..2026-04-21"),
    case(date(2024, 3, 10), "date 2024-03-10 Bitcoin rose to as high as $70,105 on Friday "
         "before quickly dropping.\nEther was last trading at $3,900.", "$3,900",
         "2024-03-08..2024-03-08"),
]  # fmt: skip


# A post laid out in paragraphs under the article's line that introduces it with a colon
# is dated by its signature; without such a line the post is its link's paragraph only.
JUNE = date(2026, 6, 15)
POST_PARAGRAPHS = [
    case(JUNE, "Whales were busy. Lookonchain flagged a wallet that withdrew 1,850 BTC from "
         "Binance:\n\nA whale withdrew 1,850 $BTC($198.9M) from #Binance in the past 8 hours "
         "and now holds 14,210 $BTC($1.53B).\n\nThe whale has been buying every dip since "
         "April.https://t.co/Qm4vR8xTz2\n\n— Lookonchain (@lookonchain) June 13, 2026\n\n"
         "Coins leaving exchanges are a sign of holding.", "14,210 $BTC",
         "2026-06-13..2026-06-13"),
    case(JUNE, "Bitcoin rose 5% today.\n\nWe hit $1 billion in daily volume today "
         "https://t.co/Qm4vR8xTz2\n\n— Binance (@binance) June 13, 2026", "5%",
         "2026-06-15..2026-06-15"),
    case(JUNE, "Traders bought $BTC today as ETFs drew $300 million.\n\nWe hit $1 billion in "
         "daily volume today https://t.co/Qm4vR8xTz2\n\n— Binance (@binance) June 13, 2026",
         "$300 million", "2026-06-15..2026-06-15"),
    case(JUNE, "Here is what the exchange wrote:\n\nWe hit $1 billion in daily volume today "
         "https://t.co/Qm4vR8xTz2\n\n— Binance (@binance) June 13, 2026", "$1 billion",
         "2026-06-13..2026-06-13"),
    # a colon line that does not name the poster, or article lines with their own "today"
    # between, open no post: those lines keep the article's day
    case(JUNE, "Here is where markets stand:\n\nBitcoin fell 5% today to $60,000.\n\nETFs "
         "lost $300 million today.\n\nWe hit $1 billion in daily volume today "
         "https://t.co/Qm4vR8xTz2\n\n— Binance (@binance) June 13, 2026", "$300 million",
         "2026-06-15..2026-06-15"),
    case(JUNE, "Here is where markets stand:\n\nBitcoin fell 5% today to $60,000.\n\nETFs "
         "lost $300 million today.\n\nWe hit $1 billion in daily volume today "
         "https://t.co/Qm4vR8xTz2\n\n— Binance (@binance) June 13, 2026", "$1 billion",
         "2026-06-13..2026-06-13"),
    case(JUNE, "Lookonchain flagged a wallet that withdrew 1,850 BTC from Binance:\n\nA whale "
         "withdrew 1,850 $BTC($198.9M) from #Binance in the past 8 hours.\n\nBitcoin is "
         "trading at $60,000 today, CoinGecko data show.\n\nThe whale has been buying every "
         "dip.https://t.co/Qm4vR8xTz2\n\n— Lookonchain (@lookonchain) June 13, 2026",
         "$60,000", "2026-06-15..2026-06-15"),
]  # fmt: skip


# A headline figure takes the period of the body figure it writes rounded, when it names
# no date of its own and has digits enough to be that figure.
NOV = date(2025, 11, 18)
ROUNDED_HEADLINES = [
    case(NOV, "Ether ETFs bleed $183 million as Grayscale, BlackRock funds lead redemptions\n\n"
         "NEW YORK, Nov 18 (Meridian Wire) - U.S.-listed spot ether ETFs posted net outflows "
         "of $182.7 million on Monday.", "$183 million", "2025-11-17..2025-11-17"),
    case(NOV, "Bitcoin ETFs draw $1.25 billion in best week since July\n\nSpot bitcoin funds "
         "took in $1.247 billion last week.", "$1.25 billion", "2025-11-10..2025-11-16"),
    case(NOV, "Throughout the first half of November, ETFs bought a total of nearly 26,700 BTC."
         "\nFrom Nov. 1 to Nov. 17 they bought 26,729 BTC.", "26,700 BTC",
         "2025-11-01..2025-11-15"),
    # another metric or another fund family's figure is not the headline's
    case(NOV, "Strategy buys $183 million of bitcoin\n\nNEW YORK, Nov 18 (Meridian Wire) - "
         "Ether ETFs posted outflows of $182.7 million on Monday.", "$183 million",
         "2025-11-18..2025-11-18"),
    case(NOV, "Ether ETFs bleed $183 million as funds lead redemptions\n\nNEW YORK, Nov 18 "
         "(Meridian Wire) - Solana ETFs drew $182.7 million on Monday, while ether ETFs lost "
         "$90 million on Tuesday.", "$183 million", "2025-11-18..2025-11-18"),
    case(NOV, "Ether ETFs bleed $183 million\n\nNEW YORK, Nov 18 (Meridian Wire) - Ether ETFs "
         "posted outflows of $183.2 million in the past week.", "$183 million",
         "2025-11-11..2025-11-18"),
]  # fmt: skip


# A scheduled event's day written without a year takes its year from the tense of its
# sentence: told in the past, the latest such day on or before publication; looked forward
# to, the next one; the nearest only when neither is told.
DEC20 = date(2026, 12, 20)
OCT20 = date(2026, 10, 20)
NOV20 = date(2026, 11, 20)
SEP1 = date(2026, 9, 1)
EVENT_TENSE = [
    case(DEC20, "At its June 17 meeting, the Fed held rates at 4.25%.", "4.25%",
         "2026-06-17..2026-06-17"),
    case(DEC20, "At its June 17 meeting, the Fed held rates at 4.25%, and bitcoin fell 3%.",
         "3%", "2026-06-17..2026-06-17"),
    case(DEC20, "The Feb. 13 expiry saw $2.5 billion in bitcoin options settle on Deribit.",
         "$2.5 billion", "2026-02-13..2026-02-13"),
    case(OCT20, "The March 13 expiry saw $2.5 billion in bitcoin options settle on Deribit.",
         "$2.5 billion", "2026-03-13..2026-03-13"),
    case(NOV20, "Deribit settled $3 billion in options at the March 27 expiry.", "$3 billion",
         "2026-03-27..2026-03-27"),
    case(SEP1, "The Fed cut rates by 25 basis points at its Jan. 28 meeting.",
         "25 basis points", "2026-01-28..2026-01-28"),
    case(SEP1, "Bitcoin fell 6% after the Fed's Jan. 28 meeting.", "6%",
         "2026-01-28..2026-01-28"),
    case(OCT20, "Bitcoin fell 4% after the March 13 hearing, where the SEC fined the exchange "
         "$4 million.", "$4 million", "2026-03-13..2026-03-13"),
    case(NOV20, "Traders are positioning for the March 27 expiry, when $14 billion in options "
         "will settle.", "$14 billion", "2027-03-27..2027-03-27"),
    case(date(2026, 4, 20), "Traders are positioning for the March 27 expiry, when $14 billion "
         "in options will settle.", "$14 billion", "2027-03-27..2027-03-27"),
    # twins: a future told, or nothing told, keep the next or the nearest day
    case(DEC20, "The Dec. 26 expiry will see $13 billion in bitcoin options settle on Deribit.",
         "$13 billion", "2026-12-26..2026-12-26"),
    case(date(2026, 2, 10), "About $2.5 billion in bitcoin options are set to expire in the "
         "Feb. 13 expiry on Deribit.", "$2.5 billion", "2026-02-13..2026-02-13"),
    case(date(2026, 3, 12), "Analysts expect the Fed to cut rates to 3% at the June 17 "
         "meeting.", "3%", "2026-06-17..2026-06-17"),
    case(date(2026, 5, 20), "Traders see a 90% chance the Fed holds at its June 17 meeting.",
         "90%", "2026-06-17..2026-06-17"),
]  # fmt: skip


# Guidance told in the past ("guided") forecasts a period it names with its year, but a
# time written without one is of the year the guidance was given, never next year's.
MAY14 = date(2026, 5, 14)
GUIDANCE_TOLD = [
    case(MAY14, "In February, Coinbase guided revenue of $1.8 billion for the first quarter.",
         "$1.8 billion", "2026-01-01..2026-03-31"),
    case(MAY14, "In February, Coinbase guided first-quarter revenue of $1.8 billion; on "
         "Thursday it reported $1.9 billion.", "$1.8 billion", "2026-01-01..2026-03-31"),
    case(date(2026, 3, 12), "The company guided revenue of $50 million in January.",
         "$50 million", "2026-01-01..2026-01-31"),
    case(date(2026, 3, 12), "The company guided for revenue of $50 million in April.",
         "$50 million", "2026-04-01..2026-04-30"),
    case(date(2026, 3, 12), "For the first half of 2026, management guided HPC revenue of "
         "between $175 million and $190 million.", "$175 million", "2026-01-01..2026-06-30"),
    case(date(2026, 3, 12), "Riot reported revenue of $50 million in February.",
         "$50 million", "2026-02-01..2026-02-28"),
]  # fmt: skip


# A forecast noun governs no date when a verb whose past is its base form tells it in the
# past ("cut", "set"), as a regular past form ("lowered") does.
TARGETS_TOLD = [
    case(date(2026, 3, 12), "The bank cut its target to $100,000 in February.", "$100,000",
         "2026-02-01..2026-02-28"),
    case(date(2026, 3, 12), "Bernstein set a target of $200,000 in January.", "$200,000",
         "2026-01-01..2026-01-31"),
    case(date(2026, 3, 12), "In February, the bank cut its target to $100,000.", "$100,000",
         "2026-02-01..2026-02-28"),
    case(date(2026, 3, 12), "Citi has a target for ether of $4,500 by the end of the third "
         "quarter.", "$4,500", "2026-09-30..2026-09-30"),
    case(date(2026, 3, 12), "Standard Chartered has a target of $150,000 by the end of June.",
         "$150,000", "2026-06-30..2026-06-30"),
    known("a past verb after the date ('was missed') is not read: the target is taken as "
          "one still ahead", date(2026, 3, 12),
          "Standard Chartered's target of $100,000 for December was missed.", "$100,000",
          "2025-12-01..2025-12-31"),
    known("'put' has no -ing form in the lemma table, so it is not read as a past move",
          date(2026, 3, 12), "Bernstein put its target at $200,000 in January.", "$200,000",
          "2026-01-01..2026-01-31"),
]  # fmt: skip


# A date carried from an earlier year of the paragraph never lands before the date it
# follows: the next such month after it.
CARRIED_YEARS = [
    case(date(2026, 3, 12), "Bitcoin fell 33% between its October 2025 record and February.",
         "33%", "2026-02-01..2026-02-28"),
    case(date(2026, 3, 12), "Bitcoin hit a record in October 2025. In February, it fell 20%.",
         "20%", "2026-02-01..2026-02-28"),
    case(date(2026, 3, 12), "In November 2024, bitcoin rose 30%; in March, it fell 10%.",
         "10%", "2025-03-01..2025-03-31"),
    case(date(2026, 3, 12), "The beginning of 2024 saw inflows. During January and February, "
         "ETFs drew $4 billion.", "$4 billion", "2024-01-01..2024-02-29"),
]  # fmt: skip


# A recalled date inside a relative clause of another noun than the figure ("to customers
# who ...", "with a promoter who ...") dates that noun's past, not the figure; a date of the
# story's own days there, or one in the figure's own relative clause, still dates it.
THU = date(2026, 11, 19)
OTHER_PARTY_CLAUSES = [
    case(THU, "The exchange said on Wednesday it had agreed to return $48 million to users "
         "whose accounts were frozen in March 2023.", "$48 million", "2026-11-18..2026-11-18"),
    case(THU, "Kraken said Monday it has refunded $9 million to traders who were liquidated "
         "during the outage on Aug. 5, 2024.", "$9 million", "2026-11-16..2026-11-16"),
    case(THU, "The SEC said on Monday it had reached a $1.5 million settlement with a promoter "
         "who touted the token in 2022.", "$1.5 million", "2026-11-16..2026-11-16"),
    case(THU, "Bybit said on Tuesday it would reimburse $14 million to customers whose funds "
         "were stuck during the March 2025 migration.", "$14 million", "2026-11-17..2026-11-17"),
    case(THU, "The CFTC said on Monday it had won $3 million in restitution for investors who "
         "bought the token in 2021.", "$3 million", "2026-11-16..2026-11-16"),
    case(THU, "OKX said on Wednesday it has credited $6 million to traders whom a pricing glitch "
         "liquidated in February 2024.", "$6 million", "2026-11-18..2026-11-18"),
    known("a relative clause opened by 'that' on wallets, not persons: 'that' is left out "
          "because on an event or period noun it tells the figure's own time",
          THU, "Tether said Tuesday it had frozen $12.3 million of USDT held by wallets that "
          "investigators tied to a scam ring in 2023.", "$12.3 million", "2026-11-17..2026-11-17"),
    # twins: the story's own day in the other noun's clause; the figure's own clause
    case(THU, "Spot bitcoin ETFs pulled in $500 million on Tuesday from investors who bought "
         "the dip on Monday.", "$500 million", "2026-11-17..2026-11-17"),
    case(THU, "Customers who deposited $10,000 in 2021 lost most of it.", "$10,000",
         "2021-01-01..2021-12-31"),
    case(THU, "The exchange paid $40 million in March 2025 to users who lost funds.",
         "$40 million", "2025-03-01..2025-03-31"),
    # twins with a statement day: the relative clause tells the figure's own event or time
    # (the agent of a loss or theft, an event or period noun, the thing bought or sold)
    case(THU, "The lender said on Monday it lost $30 million to attackers who emptied its hot "
         "wallet in March 2025.", "$30 million", "2025-03-01..2025-03-31"),
    case(THU, "Prosecutors said Tuesday that roughly $600 million was taken by hackers who broke "
         "into the bridge in March 2022.", "$600 million", "2022-03-01..2022-03-31"),
    case(THU, "The DeFi protocol confirmed on Wednesday it had lost $190 million to an exploit "
         "that struck its bridge in August 2022.", "$190 million", "2022-08-01..2022-08-31"),
    case(THU, "Strategy said Monday it paid $1.1 billion for bitcoin that it bought in the "
         "second quarter.", "$1.1 billion", "2026-04-01..2026-06-30"),
    case(THU, "Blockchain analysts said Wednesday that fraudsters pulled $75 million from "
         "victims who they groomed in 2024.", "$75 million", "2024-01-01..2024-12-31"),
    case(THU, "The exchange said on Monday it sold 5,000 BTC for $400 million to a buyer that "
         "it found in July.", "$400 million", "2026-07-01..2026-07-31"),
    case(THU, "The miner said Tuesday it produced 700 BTC over the 12 months that ended in "
         "June.", "700 BTC", "2026-06-01..2026-06-30"),
]  # fmt: skip


# A date written without a year after a deadline word ("by", "due", "until") is the next
# such date when it lies close ahead and its clause tells no move in the past.
DEADLINES = [
    case(date(2026, 10, 19), "Polymarket bettors put a 35% chance on the token trading back "
         "at $1 by Oct. 31.", "35%", "2026-10-31..2026-10-31"),
    case(date(2026, 11, 12), "The next difficulty adjustment, due around Nov. 19, is expected "
         "to lift difficulty 3%.", "3%", "2026-11-19..2026-11-19"),
    case(date(2026, 11, 25), "Fed funds futures price a 62% probability of a cut by Dec. 10.",
         "62%", "2026-12-10..2026-12-10"),
    # a past year in the headline's line tells nothing of the sentence under it
    case(date(2026, 11, 25), "Rate bets swing after the 2025 easing cycle\nFed funds futures "
         "price a 62% probability of a cut by Dec. 10.", "62%", "2026-12-10..2026-12-10"),
    case(date(2026, 12, 3), "The exchange has until Jan. 15 to return the remaining $40 "
         "million to users.", "$40 million", "2027-01-15..2027-01-15"),
    case(date(2026, 9, 21), "A vote on the $20 million treasury proposal is due on Oct. 2.",
         "$20 million", "2026-10-02..2026-10-02"),
    # twins: a move told in the past, a perfect, a date already past
    case(date(2026, 10, 19), "The token slid 40% by Dec. 20 and never recovered.", "40%",
         "2025-12-20..2025-12-20"),
    case(date(2026, 10, 19), "The fund had raised $5 million by Oct. 3.", "$5 million",
         "2026-10-03..2026-10-03"),
    case(date(2026, 10, 19), "The protocol lost $30 million to an exploit on Dec. 2, its "
         "founder said.", "$30 million", "2025-12-02..2025-12-02"),
    case(THU, "Traders on Kalshi see a 40% chance that bitcoin tops $100,000 by Dec. 31.",
         "$100,000", "2026-12-31..2026-12-31"),
    case(THU, "The $700 million options expiry due Dec. 26 could add volatility.",
         "$700 million", "2026-12-26..2026-12-26"),
    case(THU, "Bettors give 25% odds of a rate cut by the Jan. 28 meeting.", "25%",
         "2027-01-28..2027-01-28"),
    case(THU, "Under the plan, 30% of the tokens stay locked till Feb. 1.", "30%",
         "2027-02-01..2027-02-01"),
    # the year of publication written in the sentence is no past year
    case(THU, "Even after the 2026 rally, options traders price a 20% chance of ether above "
         "$6,000 by Dec. 26.", "$6,000", "2026-12-26..2026-12-26"),
    # twins: the sentence tells a past year, or the verb governing the date is a past one
    case(THU, "Last year, Celsius creditors had until Dec. 1 to file claims, and 1,400 did so "
         "for $90 million.", "1,400", "2025-01-01..2025-12-31"),
    case(THU, "In 2025, traders priced a 30% chance of a rate cut by Dec. 10.", "30%",
         "2025-12-10..2025-12-10"),
    case(THU, "Ether traded near $4,500 until Dec. 5 last year.", "$4,500",
         "2025-01-01..2025-12-31"),
    case(THU, "A year ago the trust held 20,000 BTC by Dec. 1.", "20,000 BTC",
         "2025-12-01..2025-12-01"),
    case(THU, "The exchange kept 4,000 BTC in cold storage until Dec. 3 of last year.",
         "4,000 BTC", "2025-01-01..2025-12-31"),
    case(date(2026, 10, 1), "Last October, bitcoin stayed below $30,000 until Oct. 14 before a "
         "30% rally.", "$30,000", "2025-10-01..2025-10-31"),
    case(date(2026, 10, 1), "The SEC delayed its decision on the $1 billion fund until Oct. "
         "18, then approved it.", "$1 billion", None),
    case(date(2026, 10, 1), "The halving cut the reward to 3.125 BTC, and miners kept selling "
         "until Oct. 20.", "3.125 BTC", None),
    case(date(2026, 10, 1), "Miners kept 5,000 BTC in reserve until Oct. 20.", "5,000 BTC",
         "2026-10-01..2026-10-01"),
    known("a deadline's date ahead is carried as the last figure's period into the next "
          "sentence's forecast, whose own time ('before the end of Q1') is not read",
          date(2026, 11, 12), "The next difficulty adjustment, due around Nov. 19, is "
          "expected to lift difficulty 3%. Analysts expect 3 or 4 small miners to merge "
          "before the end of Q1.", "3", "2026-11-12..2027-03-31"),
]  # fmt: skip


FRIDAY_13 = date(2026, 11, 13)

# A fiscal year ("fiscal 2026", "FY25", "fiscal year 2025") runs the twelve months up to
# the year end its text states, or the US federal year (October to September) where its
# paragraph names a federal body; with neither it stays the calendar year it names.
FISCAL_YEARS = [
    case(FRIDAY_13, "The IRS seized $2.9 billion in crypto in fiscal 2026, the agency said.",
         "$2.9 billion", "2025-10-01..2026-09-30"),
    case(FRIDAY_13, "The SEC brought 46 crypto cases in fiscal year 2025, its enforcement "
         "report shows.", "46", "2024-10-01..2025-09-30"),
    case(FRIDAY_13, "The Justice Department recovered $1.1 billion in FY25, the department "
         "said.", "$1.1 billion", "2024-10-01..2025-09-30"),
    case(FRIDAY_13, "The miner, whose fiscal year ends June 30, mined 5,200 BTC in fiscal "
         "2026.", "5,200 BTC", "2025-07-01..2026-06-30"),
    case(FRIDAY_13, "Fiscal 2026 closed in March for the Tokyo broker. Its crypto unit earned "
         "¥4.1 billion in fiscal 2026.", "¥4.1 billion", "2025-04-01..2026-03-31"),
    case(FRIDAY_13, "IRS officials expect crypto examinations to rise about 30% in fiscal "
         "2027.", "30%", "2026-10-01..2027-09-30"),
    known("no US body named: a customs agency of any country", FRIDAY_13,
          "The customs agency expects seizures to rise 25% in fiscal 2027, officials said.",
          "25%", "2026-10-01..2027-09-30"),
    # twins: a company's fiscal year with no year end told, a federal body beside a calendar
    # year, a year end told as December 31, "by 25 basis points"
    case(FRIDAY_13, "The miner produced 5,200 BTC in fiscal 2026, the company said.",
         "5,200 BTC", "2026-01-01..2026-11-13"),
    case(FRIDAY_13, "The SEC said the exchange paid a $40 million fine in 2025.", "$40 million",
         "2025-01-01..2025-12-31"),
    case(FRIDAY_13, "The lender, whose fiscal year ends December 31, lost $90 million in "
         "fiscal 2025.", "$90 million", "2025-01-01..2025-12-31"),
    case(FRIDAY_13, "The Fed cut rates by 25 basis points, and the FY outlook fell 3%.",
         "25 basis points", None),
    # the body must own the year: a company's year stays its own when a filing, a regulator
    # it speaks to or a customer agency is named beside it
    case(FRIDAY_13, "Bakkt reported fiscal 2025 revenue of $3.5 billion in the annual report "
         "it filed with the SEC.", "$3.5 billion", "2025-01-01..2025-12-31"),
    case(FRIDAY_13, "Marathon said in a filing with the Securities and Exchange Commission that "
         "it mined 9,400 BTC in fiscal 2025.", "9,400 BTC", "2025-01-01..2025-12-31"),
    case(FRIDAY_13, "Bitfarms, whose accounts are reviewed by SEC staff, said FY2025 net loss "
         "narrowed to $42 million.", "$42 million", "2025-01-01..2025-12-31"),
    case(FRIDAY_13, "Bullish told the SEC its fiscal 2025 revenue rose 35% to $250 million.",
         "35%", "2025-01-01..2025-12-31"),
    case(FRIDAY_13, "Core Scientific, which hosts servers for federal agencies, said fiscal "
         "2026 revenue rose 18%.", "18%", "2026-01-01..2026-11-13"),
    # a body that owns the year: after an opening phrase, as a possessor, named back
    case(FRIDAY_13, "In fiscal 2025, the CFTC won $8.2 billion in penalties, most of it from "
         "one exchange.", "$8.2 billion", "2024-10-01..2025-09-30"),
    case(FRIDAY_13, "The SEC opened 40 crypto probes in fiscal 2025. The agency closed 12 of "
         "them in fiscal 2026.", "12", "2025-10-01..2026-09-30"),
    # a stated year end holds for its own company only, and a quarter's end is no year's
    case(FRIDAY_13, "Bitdeer's fiscal year ends June 30.\nMeanwhile, Kraken said fiscal 2025 "
         "revenue climbed 60% to $2.2 billion.", "60%", "2025-01-01..2025-12-31"),
    case(FRIDAY_13, "Bitdeer's fiscal year ends June 30.\nBitdeer said fiscal 2026 revenue "
         "climbed 60% to $520 million.", "60%", "2025-07-01..2026-06-30"),
    case(FRIDAY_13, "In the second quarter of fiscal 2026, which ended March 31, the miner's "
         "revenue rose 25%. The company mined 2,100 BTC in fiscal 2026.", "2,100 BTC",
         "2025-10-01..2026-09-30"),
    # a statement that opens its sentence names no owner: it holds for the article's
    # subject, not for a sentence naming another company; "The agency" is only a body
    case(FRIDAY_13, "The IRS seized $1.2 billion in fiscal 2026. Fiscal 2026 ended on September "
         "30.\n\nAlmost $700 million of the fiscal 2026 seizures came from one case.",
         "$700 million", "2025-10-01..2026-09-30"),
    case(FRIDAY_13, "Fiscal 2026 ended on June 30.\n\nSeparately, Coinbase said fiscal 2026 "
         "revenue rose 20%.", "20%", "2026-01-01..2026-11-13"),
    case(FRIDAY_13, "The agency expects seizures to climb 15% in fiscal 2027, Treasury "
         "Department officials said.", "15%", "2026-10-01..2027-09-30"),
    # a year running at publication is cut there, a plan for it is whole
    case(FRIDAY_13, "The IRS has collected $1.3 billion in crypto penalties so far in fiscal "
         "2027, the agency said.", "$1.3 billion", "2026-10-01..2026-11-13"),
    case(FRIDAY_13, "The miner, whose fiscal year ends June 30, has sold 800 BTC so far in "
         "fiscal 2027.", "800 BTC", "2026-07-01..2026-11-13"),
    case(FRIDAY_13, "The Treasury Department's FY2027 budget asks for $45 million for "
         "digital-asset tracing.", "$45 million", "2026-10-01..2027-09-30"),
    # two digits: the century nearest publication
    case(FRIDAY_13, "The DOJ's FY99 budget set aside $2 million for computer-crime units.",
         "$2 million", "1998-10-01..1999-09-30"),
]  # fmt: skip


# "from the start of" a unit with no end told runs to publication, as "since" does
FROM_THE_START = [
    case(FRIDAY_13, "Ether is down 14% from the start of the year, CoinGecko data show.", "14%",
         "2026-01-01..2026-11-13"),
    case(FRIDAY_13, "From the beginning of the week, the funds have taken in $640 million, "
         "SoSoValue data show.", "$640 million", "2026-11-09..2026-11-13"),
    case(FRIDAY_13, "Inflows from the start of 2026 total $21 billion, Farside data show.",
         "$21 billion", "2026-01-01..2026-11-13"),
    case(FRIDAY_13, "Measured from the start of the quarter, XRP has added 22%.", "22%",
         "2026-10-01..2026-11-13"),
    case(FRIDAY_13, "Dogecoin has shed 31% of its value from the beginning of the month, per "
         "CoinMarketCap.", "31%", "2026-11-01..2026-11-13"),
    case(FRIDAY_13, "The token's supply grew 9% from the start of September, the foundation "
         "said.", "9%", "2026-09-01..2026-11-13"),
    # twins: a range with its end, a level at the start, a move's starting level, "since"
    case(FRIDAY_13, "Bitcoin rose 20% from the start of the year to October.", "20%",
         "2026-01-01..2026-10-31"),
    case(FRIDAY_13, "Bitcoin was at $90,000 at the start of the year.", "$90,000",
         "2026-01-01..2026-01-01"),
    case(FRIDAY_13, "The index climbed from $300 at the start of the month to $500 on "
         "Thursday.", "$300", "2026-11-01..2026-11-01"),
    case(FRIDAY_13, "Solana has gained 30% since the start of the month.", "30%",
         "2026-11-01..2026-11-13"),
    # a past year told in the sentence anchors the window
    case(FRIDAY_13, "In 2025, ether gained 45% from the start of the year, CoinGecko data "
         "show.", "45%", "2025-01-01..2025-12-31"),
    case(FRIDAY_13, "Last year, solana climbed 80% from the beginning of the year.", "80%",
         "2025-01-01..2025-12-31"),
    known("a past year in a heading line leaves the window unset, not that year's", FRIDAY_13,
          "2025 in review\nXRP rose 200% from the start of the year.", "200%",
          "2025-01-01..2025-12-31"),
    known("a level in a participle clause takes the 'last week' of the next phrase", FRIDAY_13,
          "Ether has been flat from the start of the week, changing hands near $3,100, after "
          "a 7% slide last week.", "$3,100", "2026-11-13..2026-11-13"),
]  # fmt: skip


MONDAY_30 = date(2026, 11, 30)

# A forecast's horizon ("stay near 3% through December") runs from publication to the end
# of the next such month, never a month already past
FORECAST_HORIZONS = [
    case(MONDAY_30, "The desk expects funding rates to stay near 0.01% through December.",
         "0.01%", "2026-11-30..2026-12-31"),
    case(MONDAY_30, "We expect the combined ETH reward rate to stay between 2.8% and 3.0% "
         "through December.", "2.8%", "2026-11-30..2026-12-31"),
    case(FRIDAY_13, "Miners are expected to keep selling about 400 BTC a day through November.",
         "400 BTC", "2026-11-13..2026-11-30"),
    known("'see' is no forecast cue: 'we see flows' tells the present too", MONDAY_30,
          "Analysts see staking yields holding above 3% through January, the note said.", "3%",
          "2026-11-30..2027-01-31"),
    known("a price range's low in a forecast takes no period", MONDAY_30,
          "Bitcoin should trade between $88,000 and $95,000 into December, according to the "
          "desk.", "$88,000", "2026-11-30..2026-12-31"),
    # twins: a past month, a past month with its year told, a forecast "in" a month, "until"
    case(MONDAY_30, "Bitcoin fell 12% in December, Glassnode data show.", "12%",
         "2025-12-01..2025-12-31"),
    case(MONDAY_30, "Funding rates held near 0.01% through December last year.", "0.01%",
         "2025-12-01..2025-12-31"),
    case(MONDAY_30, "Yields stayed above 3% through October, the note said.", "3%",
         "2026-10-01..2026-10-31"),
    case(MONDAY_30, "Bitcoin is expected to trade near $90,000 in December.", "$90,000",
         "2026-12-01..2026-12-31"),
    case(MONDAY_30, "The exchange said withdrawals of $40 million were paused until March.",
         "$40 million", None),
    case(MONDAY_30, "Analysts expect ETF inflows of $4 billion through February.",
         "$4 billion", "2026-11-30..2027-02-28"),
    # a month that has passed in a forecast sentence is a past span, and a month with no
    # verb of a lasting state or forecast is the month itself
    case(MONDAY_30, "Analysts expect the $900 million of outflows through September to "
         "continue.", "$900 million", "2026-09-01..2026-09-30"),
    case(MONDAY_30, "Traders expect ether to keep the 12% gain it booked through October.",
         "12%", "2026-10-01..2026-10-31"),
    case(MONDAY_30, "Basis should stay near 8% through January after averaging 11% through "
         "September.", "11%", "2026-09-01..2026-09-30"),
    case(MONDAY_30, "Basis should stay near 8% through January after averaging 11% through "
         "September.", "8%", "2026-11-30..2027-01-31"),
    case(MONDAY_30, "Bitcoin will likely rally 10% into December.", "10%",
         "2026-12-01..2026-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "quote", "period"),
    ATTACHED
    + CLAUSE_SCOPE
    + SCOPE_OF_A_DATE
    + HEADLINE_AND_STORY
    + FORECASTS
    + LEVELS_BESIDE_CHANGES
    + PEAKS
    + REPORT_DAYS
    + CLAUSE_OPENERS
    + STARTING_FLOWS
    + SPANS
    + PARAGRAPH_DAYS
    + POST_PARAGRAPHS
    + ROUNDED_HEADLINES
    + EVENT_TENSE
    + GUIDANCE_TOLD
    + TARGETS_TOLD
    + CARRIED_YEARS
    + OTHER_PARTY_CLAUSES
    + DEADLINES
    + FISCAL_YEARS
    + FROM_THE_START
    + FORECAST_HORIZONS,
)
def test_claim_period(published: date | None, text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=published)


UNDATED_ARTICLE = (
    "Hackers stole $1.46 billion from Bybit on Feb. 21, 2025, the largest theft on record.\n"
    "Bybit later offered a bounty of up to $140 million for the stolen funds."
)


def test_a_posts_signature_is_no_section_heading() -> None:
    """An embedded post's signature line ("— Radiant Capital (@RDNTCapital) October 16,
    2024") dates the post, not the paragraphs after it."""
    text = (
        "Radiant Capital lost $51 million in a hack.\n\nWe are aware of an issue with the "
        "Radiant Lending markets.\n— Radiant Capital (@RDNTCapital) October 16, 2024\nThe RDNT "
        "token fell nearly 10%, from $0.72 to $0.66."
    )
    check(text, "10%", 1, {"period": None}, published=None)


def test_an_undated_article_carries_no_date_across_paragraphs() -> None:
    check(UNDATED_ARTICLE, "$1.46 billion", 1, {"period": "2025-02-21..2025-02-21"}, published=None)
    check(UNDATED_ARTICLE, "$140 million", 1, {"period": None}, published=None)


UNDATED_STORY = (
    "<h2>On February 25, 2025: $1.01 Billion Flees Spot Bitcoin ETFs</h2>\n"
    "<p>Spot bitcoin ETFs lost $1.01 billion on February 25, 2025, the largest single-day "
    "exodus on record.</p>\n"
    "<p>Fidelity's FBTC took the biggest hit with $344.65 million withdrawn. This marks six "
    "straight days of outflows totaling more than $2 billion.</p>\n"
    "<p>Funds now hold $95 billion in outflows-adjusted assets, and redemptions of $50 million "
    "are now pending.</p>"
)

UNDATED_STORY_ROWS = [
    # Without a publication date, a flow takes the day the last figure of its metric was
    # given (the day's total, then its breakdown by fund) ...
    ("$344.65 million", "2025-02-25..2025-02-25"),
    # ... but not over a run of days, or with a time of its own that cannot be resolved.
    ("$2 billion", None),
    ("$50 million", None),
    # An HTML heading tag is no half-year.
    ("$1.01 Billion", "2025-02-25..2025-02-25"),
]


@pytest.mark.parametrize(("quote", "period"), UNDATED_STORY_ROWS)
def test_an_undated_story_gives_its_day_to_its_flows(quote: str, period: str | None) -> None:
    check(UNDATED_STORY, quote, 1, {"period": period}, published=None)


SUMMARY_ROWS = [
    # A bullet under a summary label repeats the body's figure: the body's period.
    ("Bitcoin ETFs Bleed for a Sixth Day\nKey Takeaways:\n"
     "- Spot bitcoin ETFs lost $935 million on Tuesday, pushing weekly losses to $1.5 billion.\n"
     "- Fidelity's FBTC led the redemptions.\n"
     "Spot bitcoin ETFs recorded $935 million of outflows on Tuesday, the largest since launch. "
     "That brought losses this week to $1.5 billion, according to Farside Investors.",
     "$1.5 billion", "2025-02-24..2025-02-26"),
    # So does a bullet between the byline and the first paragraph.
    ("February 26, 2025 by Staff\n"
     "- Spot bitcoin ETFs lost $935 million on Tuesday, pushing weekly losses to $1.5 billion.\n"
     "Spot bitcoin ETFs recorded $935 million of outflows on Tuesday, the largest since launch. "
     "That brought losses this week to $1.5 billion, according to Farside Investors.",
     "$1.5 billion", "2025-02-24..2025-02-26"),
    # A headline's figure read as another metric than the body's still takes its date.
    ("U.S. Treasury calls $3.4B Binance resolution its largest settlement\n"
     "FinCEN's settlement, announced on Tuesday, imposes a $3.4 billion civil penalty on "
     "Binance, which must exit the United States.",
     "$3.4B", "2025-02-25..2025-02-25"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "period"), SUMMARY_ROWS)
def test_a_summary_figure_takes_the_body_period(text: str, quote: str, period: str) -> None:
    check(text, quote, 1, {"period": period}, published=date(2025, 2, 26))
