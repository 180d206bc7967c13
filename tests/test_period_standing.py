"""A figure with no window of its own takes none from its neighbours when its sentence
states how things stand rather than what happened: a fee a card charges, a cap a protocol
sets, a position limit, what a contract represents. Told in the present, with no time and
nothing in the past in its sentence, it has no period however dated the sentence before
it (the gold's convention: null when the text gives no time). A figure of the story told
in the past keeps the date of the sentence before it, and a level stated without a date
stays as of publication.

Rows give a headline, a dated sentence and the sentence holding the quote, on topics of
their own (mining, options, central-bank digital currency pilots, bankruptcy
distributions, card programmes).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import check

THU = date(2026, 3, 12)
HEADLINE = "Weekly market wrap\n\n"


def case(text: str, quote: str, period: str | None, *marks: Any) -> Any:
    return pytest.param(HEADLINE + text, quote, period, id=f"{quote}|{text[:50]}", marks=marks)


def known(reason: str, text: str, quote: str, period: str | None) -> Any:
    return case(text, quote, period, pytest.mark.xfail(strict=True, reason=reason))


STANDING = [
    case("Miners sent 12,000 BTC to exchanges on Monday. The protocol caps block rewards at "
         "3.125 BTC per block.", "3.125 BTC", None),
    case("Card spending rose 14% last month. The card charges a 1.5% foreign-exchange fee.",
         "1.5%", None),
    case("Options open interest hit $12 billion on Friday. The exchange sets a position limit "
         "of 5,000 contracts per account.", "5,000", None),
    case("Deribit listed new weekly contracts on Monday. Each contract represents 0.1 BTC.",
         "0.1 BTC", None),
    case("The central bank widened its pilot in February. The scheme pays no interest and "
         "limits each user to 20 transfers a day.", "20", None),
    case("The issuer added 18,000 cardholders in the fourth quarter. Spending on each card "
         "is capped at $10,000 a month, according to its terms.", "$10,000", None),
    case("The estate paid out $1.1 billion last week. Each withdrawal from the claims portal "
         "carries a flat $25 fee.", "$25", None),
    known("a verb in its base form after a plural subject ('Merchants pay') is not told "
          "from a noun without a tagger", "The pilot bank onboarded 40,000 merchants in "
          "January. Merchants pay a 0.2% settlement fee on each transaction.", "0.2%", None),
    # twins: the story told in the past keeps the sentence before's date; a level stated
    # without a date holds as of publication
    case("Bitcoin fell 3% on Monday, the day the quarterly options expired. It trades at "
         "$66,000.", "$66,000", "2026-03-12..2026-03-12"),
    case("Card volume rose 12% in February. The issuer said spending was concentrated in "
         "travel, which made up 38% of it.", "38%", "2026-02-01..2026-02-28"),
    case("Spot funds drew $420 million on Tuesday. BlackRock's fund took $300 million of "
         "that.", "$300 million", "2026-03-10..2026-03-10"),
    case("The pool mined 310 blocks last month. Fees made up 9% of its revenue.", "9%",
         "2026-02-01..2026-02-28"),
    case("Card spending rose 14% last month. Cross-border payments accounted for 41% of the "
         "total.", "41%", "2026-02-01..2026-02-28"),
    case("The estate distributed $2.3 billion on Friday. Of that, $1.1 billion went to "
         "retail creditors.", "$1.1 billion", "2026-03-06..2026-03-06"),
    # a figure that points back at the one before ("of that", "That equals") or a rate over
    # a time unit ("per trading day") is a share or an average of the neighbour's window; a
    # plural "fees" is money taken in, not a term
    case("Bitcoin miners earned $1.1 billion in February. Transaction fees make up 6% of that "
         "revenue.", "6%", "2026-02-01..2026-02-28"),
    case("Ether funds drew $2 billion in February. That equals roughly $100 million per "
         "trading day.", "$100 million", "2026-02-01..2026-02-28"),
    case("The venue cleared $90 billion of spot trades last month. That translates into "
         "about $3.2 billion per day.", "$3.2 billion", "2026-02-01..2026-02-28"),
    case("Lightning routing nodes earned $4 million last month. Routing fees bring in "
         "$3.1 million for the largest hubs.", "$3.1 million", "2026-02-01..2026-02-28"),
    known("a flow for each unit ('each token generates') is an average of the window before, "
          "told as a term", "The issuer earned $1.3 billion in February. Each token in "
          "circulation generates about 1 cent of profit for it.", "1 cent",
          "2026-02-01..2026-02-28"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "period"), STANDING)
def test_standing_figure_period(text: str, quote: str, period: str | None) -> None:
    check(text, quote, 1, {"period": period}, published=THU)
