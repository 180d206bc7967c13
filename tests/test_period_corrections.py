"""A correction note at the foot of a story ("Correction, Nov. 20: An earlier version of
this article said the stock closed at C$23.16. It closed at C$23.61.") tells of the body's
figures, not of the day it was written: the right figure takes the period the body gives
the same figure, the wrong one that of the right one beside it, or, with none beside it,
that of the one body figure of the same unit and metric.

Rows give a story of a day before publication, the quote in its note and the period its
claim must take. Twins: a paragraph opened by "Update:" that tells news, a market
"correction", and an earlier version told in the body.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check

PUBLISHED = date(2026, 11, 20)


def case(text: str, quote: str, occurrence: int, period: str | None) -> Any:
    return pytest.param(text, quote, occurrence, period, id=f"{quote}|{text[:40]}")


STOCK = (
    "Maplechain shares jump in TSX debut\n\n"
    "Maplechain shares closed at C$23.61 on Wednesday, their first day of trading.\n\n"
    "Correction, Nov. 20: An earlier version of this article said the stock closed at "
    "C$23.16. It closed at C$23.61.\n"
)
LEAGUE = (
    "Club posts record matchday revenue\n\n"
    "The club took in £4.8 million on Saturday, its biggest matchday ever.\n\n"
    "Correction (November 20, 09:00 GMT): An earlier version of this story gave the "
    "matchday revenue as £8.4 million. The correct figure is £4.8 million.\n"
)
TURNOUT = (
    "County certifies results\n\n"
    "Turnout in the county reached 61.2% in the November 3 election, officials said.\n\n"
    "Clarification, November 20: An earlier version of this article put turnout at 62.1%.\n"
)
OUTFLOWS = (
    "Fund outflows deepen\n\n"
    "The gold funds lost $212 million on Tuesday, the data showed.\n\n"
    "Updated November 20, 14:30 UTC: An earlier version gave the outflows as $221 million. "
    "The correct figure is $212 million.\n"
)
HACK = (
    "Bridge drained\n\n"
    "Attackers took 3,150 ETH from the bridge on Monday, the team said.\n\n"
    "Updated November 20, 15:00 UTC: This story has been updated to correct the amount taken, "
    "which was first reported as 3,510 ETH.\n"
)
UPDATE_NEWS = (
    "Exchange raises funds\n\n"
    "The exchange raised $40 million on Monday.\n\n"
    "Update: The exchange said on Thursday it had raised a further $5 million.\n"
)
MARKET_CORRECTION = (
    "Bitcoin slides\n\n"
    "Bitcoin fell to $88,000 on Monday.\n\n"
    "Correction deepens: bitcoin dropped another 4% on Thursday, analysts said.\n"
)
UPDATE_PREVIOUSLY = (
    "Exchange raises funds\n\n"
    "The exchange raised $40 million on Monday.\n\n"
    "Update: The exchange, which previously reported revenue of $12 million, said on Thursday "
    "it had raised a further $5 million.\n"
)
UPDATE_FIRST_SAID = (
    "Lender hit by fraud\n\n"
    "The lender lost $3 million to the fraud on Monday.\n\n"
    "Updated: The lender, which initially said its losses were contained, said on Thursday "
    "they had reached $4.5 million.\n"
)
SHIPPING = (
    "Shipping rates slump\n\n"
    "Container rates on the Shanghai-Rotterdam lane fell to $2,140 per box on Thursday, the "
    "index showed.\n\n"
    "Correction, Nov. 20: An earlier version of this story said rates fell to $2,410. They "
    "fell to $2,140.\n"
)
BODY_VERSION = (
    "Protocol cuts fees\n\n"
    "The protocol charged 0.25% on swaps on Monday.\n\n"
    "An earlier version of the protocol charged 0.3% per swap until 2024.\n"
)

ROWS = [
    case(STOCK, "C$23.16", 1, "2026-11-18..2026-11-18"),
    case(STOCK, "C$23.61", 2, "2026-11-18..2026-11-18"),
    case(LEAGUE, "£8.4 million", 1, "2026-11-14..2026-11-14"),
    case(LEAGUE, "£4.8 million", 2, "2026-11-14..2026-11-14"),
    case(TURNOUT, "62.1%", 1, "2026-11-03..2026-11-03"),
    case(OUTFLOWS, "$221 million", 1, "2026-11-17..2026-11-17"),
    case(HACK, "3,510 ETH", 1, "2026-11-16..2026-11-16"),
    case(SHIPPING, "$2,410", 1, "2026-11-19..2026-11-19"),
    # twins: news told under "Update:", a market correction, an earlier version in the body
    case(UPDATE_NEWS, "$5 million", 1, "2026-11-19..2026-11-19"),
    case(MARKET_CORRECTION, "4%", 1, "2026-11-19..2026-11-19"),
    case(BODY_VERSION, "0.3%", 1, "2026-11-16..2026-11-16"),
    # a figure "previously reported" or a forecast "initially said" under "Update:" is news
    case(UPDATE_PREVIOUSLY, "$5 million", 1, "2026-11-19..2026-11-19"),
    case(UPDATE_FIRST_SAID, "$4.5 million", 1, "2026-11-19..2026-11-19"),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "period"), ROWS)
def test_correction_note_period(text: str, quote: str, occurrence: int, period: str | None) -> None:
    check(text, quote, occurrence, {"period": period}, published=PUBLISHED)
