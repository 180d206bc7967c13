"""A story about a venue, not by it: the name its headline opens with and its lede names
again, when the article names it as the venue it is about (three times or more, more than
the others together), gives its figures with no venue of their own the venue, except a
coin's market price or move, the whole market's and another venue's. A vote's platform (a
name right before a vote noun, or after "on" a little after one) is the venue of the
figures whose own clause counts the vote, not of what the vote decided. Rows in the words
of a governance wire, a regional exchange story and a derivatives newsletter.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

DAO = (
    "Murex DAO approves $2M treasury swap; Tally vote passes with 71%\n\n"
    "By Ana Lim | Ledgerline | 3 March 2026\n\n"
    "Holders of MRX, the token of derivatives exchange Murex, voted to swap up to $2 million "
    "of the treasury's ether for stablecoins.\n\n"
    "The proposal, which ran on Tally for five days, drew 12.4 million MRX in favour, or 71% "
    "of votes cast, while 0.9 million MRX abstained.\n\n"
    "Murex's treasury held $41 million at the end of February, and open interest on Murex "
    "stood at $96 million. MRX rose 6% to $0.84 on the news."
)
EXCHANGE = (
    "Tarnby Exchange posts record month as users top 800,000\n\n"
    "Lagos desk | Naira Markets | 2 June 2026\n\n"
    "Tarnby Exchange, the country's second-largest local platform, handled ₦310 billion of "
    "trades in May, up 12% from April.\n\n"
    "Referral rewards came to ₦1.2 billion in the month, and 38% of new accounts were opened "
    "on mobile. Quorra Exchange, a rival, reported ₦95 billion. Across all platforms, naira "
    "volume reached ₦520 billion. Bitcoin traded at ₦151 million on Tarnby Exchange, and "
    "Tarnby Exchange is named in 4 filings."
)
# a story about a market whose headline opens with no venue; a headline venue the lede does
# not name; a vote platform's figure that is what the vote decided
MARKET = (
    "Options Weekly: $4bn of BTC options expire Friday\n\n"
    "About $4 billion of bitcoin options expire on Friday on Kelvex, Kelvex data show. The "
    "put/call ratio stands at 0.74, and Kelvex handled 61% of the notional, ahead of CME."
)
HEADLINE_ONLY = (
    "Murex hit by outage as traders pile in\n\n"
    "Perpetual volume across venues reached $31 billion on Tuesday, a record."
)
# a story about a venue reports the penalty imposed on the firm, which happened at no venue
RESULTS = (
    "Kraken: watchdog fines exchange $12 million\n\n"
    "Kraken agreed to pay $12 million to settle the case. Traders pulled $30 million out of "
    "Kraken, analysts said."
)
# names in a row before a comma open a story's sentence, not a report's label
ROW_OF_NAMES = (
    "Quorra, Velmont mint $900 million in new stablecoins\n\n"
    "Quorra minted $600 million on Solana this week. Our figures show net deposits to Quorra "
    "rose to $75 million."
)

ROWS = [
    (DAO, "$41 million", "Ledgerline", "Murex"),
    (DAO, "12.4 million MRX", "Ledgerline", "Tally"),
    (DAO, "0.9 million MRX", "Ledgerline", "Tally"),
    (DAO, "71%", "Ledgerline", "Tally"),
    (EXCHANGE, "₦1.2 billion", "Lagos desk", "Tarnby Exchange"),
    (EXCHANGE, "38%", "Lagos desk", "Tarnby Exchange"),
    # twins: what the vote decided, a coin's move, the whole market, another venue, a story
    # of no venue's headline, a headline venue the lede does not name
    (DAO, "$2 million", "Ledgerline", "Murex"),
    (DAO, "6%", "Ledgerline", None),
    (EXCHANGE, "₦520 billion", "Lagos desk", None),
    (EXCHANGE, "₦95 billion", "Lagos desk", "Quorra Exchange"),
    (MARKET, "0.74", None, None),
    (HEADLINE_ONLY, "$31 billion", None, None),
    (RESULTS, "$12 million", None, None),
    (RESULTS, "$30 million", None, "Kraken"),
    (ROW_OF_NAMES, "$900 million", None, None),
    (ROW_OF_NAMES, "$75 million", None, None),
]


@pytest.mark.parametrize(("text", "quote", "publisher", "venue"), ROWS)
def test_story_venue(text: str, quote: str, publisher: str | None, venue: str | None) -> None:
    assert link_for(text, quote, publisher=publisher).venue == venue
