"""A story about a platform that holds customers' money or trades: its role noun before
its name ("crypto lender Nordhaven Lending", "card issuer Lumacard", "payment processor
Zurinet") or in an appositive after it ("Fjordkrypto, an Oslo-based crypto lender,") makes
the name a venue, a byline between the headline and the lede ("By Maria Keane", "Posted by
...") is no sentence of the story, and the story's venue goes by the name its headline
calls it ("Nordhaven", not "Nordhaven Lending"; "Tallis Digital" keeps its second word, no
word of a trade). Its figures with no venue of their own take it, but not its revenue and
profit (the company's own money), a coin's price or move, or another party's. Rows in the
words of a business desk, a regional payments wire, an earnings desk and a Nordic wire.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

LENDER = (
    "Nordhaven creditors to recover 64% as trust pays $210 million\n\n"
    "By Maria Keane\n\n"
    "The liquidating trust of bankrupt crypto lender Nordhaven Lending paid $210 million to "
    "48,000 creditors on Friday, the trust said in a court filing.\n\n"
    "Nordhaven held $2.1 billion of customer deposits when it froze withdrawals, and "
    "Nordhaven account holders have now recovered 64% of their claims."
)
CARD = (
    "Lumacard spend rises to S$88 million in March\n\n"
    "Straits Fintech Wire | Payments | 4 April 2026\n\n"
    "Crypto debit card issuer Lumacard processed S$88 million of card spend in March, up 7% "
    "from February.\n\n"
    "Lumacard counted 61,000 active cardholders in the month, and Lumacard paid S$1.1 million "
    "of cashback."
)
PROCESSOR = (
    "Zurinet handles 2.4 million payments in the first quarter\n\n"
    "By Amina Otieno | Nairobi\n\n"
    "Nairobi payment processor Zurinet handled 2.4 million payments worth KSh 9.8 billion in "
    "the first quarter.\n\n"
    "Zurinet counted 14,500 merchants at the end of March, and Zurinet expects 20,000 by June."
)
OPERATOR = (
    "Tallis Digital volume climbs 22% in third quarter\n\n"
    "By Carl Meyer | Earnings desk\n\n"
    "Crypto exchange Tallis Digital said 3.2 million customers traded in the quarter.\n\n"
    "Tallis Digital reported revenue of $410 million, and Tallis Digital earned $88 million. "
    "Its custody arm holds 9,400 BTC for clients."
)
NORDIC = (
    "Fjordkrypto freezes withdrawals after 18,000 users rush for the exit\n\n"
    "Posted by Sigrid Aune\n\n"
    "Fjordkrypto, an Oslo-based crypto lender, froze withdrawals on Monday after 18,000 "
    "customers asked for their money back. Fjordkrypto had NOK 4.2 billion of loans out, and "
    "Fjordkrypto's token fell 38% to NOK 1.20."
)
# a lender of no crypto trade, and a headline name the lede after the byline does not name
MORTGAGE = (
    "Brenton expands as loan book tops £4 billion\n\n"
    "By Ian Clarke\n\n"
    "Mortgage lender Brenton Home Loans said its loan book grew to £4 billion. Brenton "
    "approved 9,800 loans, and Brenton hired 120 staff."
)
UNNAMED = (
    "Corvo posts record month\n\n"
    "By Lea Fischer\n\n"
    "Volume on crypto exchanges reached $1.9 trillion in May. Corvo, a crypto lender, lent "
    "$40 million, and Corvo said 2,000 users joined."
)

REACH = [
    (LENDER, "48,000", "Nordhaven"),
    (LENDER, "$2.1 billion", "Nordhaven"),
    (CARD, "61,000", "Lumacard"),
    (CARD, "S$1.1 million", "Lumacard"),
    (PROCESSOR, "14,500", "Zurinet"),
    (PROCESSOR, "20,000", "Zurinet"),
    (OPERATOR, "3.2 million", "Tallis Digital"),
    (NORDIC, "NOK 4.2 billion", "Fjordkrypto"),
]
TWINS = [
    # the company's own money; a coin's move; a lender of no crypto trade; the market's
    # volume in a story whose headline name the lede does not name
    (OPERATOR, "$410 million", None),
    (OPERATOR, "$88 million", None),
    (NORDIC, "38%", None),
    (MORTGAGE, "9,800", None),
    (MORTGAGE, "£4 billion", None),
    (UNNAMED, "$1.9 trillion", None),
]

# a name holding a word of a figure's trade ("Pay") is read as that word, no venue's name
PAY_NAME = PROCESSOR.replace("Zurinet", "Zuri Pay")
# a role noun opening the sentence ("Card issuer Zurinet handled"), in a story its headline
# does not name, is read as part of no name: the role makes no venue there
OPENING_ROLE = (
    "Weekly payments roundup\n\n"
    "Card issuer Vantacard handled $90 million of crypto card spend in June, and Vantacard "
    "counted 31,000 cardholders."
)
KNOWN_GAPS = [
    pytest.param(
        OPENING_ROLE,
        "$90 million",
        "Vantacard",
        marks=pytest.mark.xfail(strict=True, reason="a sentence-opening role noun makes no venue"),
    ),
    pytest.param(
        PAY_NAME,
        "14,500",
        "Zuri Pay",
        marks=pytest.mark.xfail(strict=True, reason="'Pay' is read as a payment cue"),
    ),
]


@pytest.mark.parametrize(("text", "quote", "venue"), REACH + TWINS + KNOWN_GAPS)
def test_story_platform_venue(text: str, quote: str, venue: str | None) -> None:
    assert link_for(text, quote).venue == venue
