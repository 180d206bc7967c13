"""An options book's figures happen where its paragraph says the options trade: a figure a
word of options owns (the nearest figure of its sentence: "max pain sits at $95,000", "a
put/call ratio of 0.91", "$1.9 billion of notional") takes the one venue its paragraph
names, up to its own sentence, in a sentence holding a word of options ("options expire on
Deribit", "Deribit data show"). A spot price beside it, a paragraph naming two venues or a
venue in a sentence of no options word, margin calls, a paragraph that names no venue and
a strike in a paragraph of no options (a walkout) take none. Rows in the words of an
exchange research note, a wire, a newsletter, a Korean business desk and an equity-options
desk.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

NOTE = (
    "Expiry watch\n\n"
    "About 52,000 BTC of options, worth roughly $5.1 billion, expire on the options exchange "
    "Kelvex at 08:00 UTC on Friday. Max pain sits at $97,000, about 2% above Monday's close "
    "of $95,100. The put/call ratio stands at 0.66."
)
WIRE = (
    "Ether options pile up\n\n"
    "Ether options with a notional value of $1.4 billion expire on Friday on derivatives "
    "exchange Aurex, Aurex data show. The largest open strike is $4,000, and the put-call "
    "ratio is 0.93."
)
NEWSLETTER = (
    "Vol corner\n\n"
    "Solana options on the crypto exchange Lindqvist have grown fast this quarter. Implied "
    "volatility for December expiries climbed to 71, and max pain for the month is $180."
)
KOREAN = (
    "Seoul desk\n\n"
    "Won-margined bitcoin options listed on Hanbit Exchange carry ₩620 billion of notional "
    "ahead of Friday's expiry. Max pain is ₩141 million, the exchange said."
)
EQUITY = (
    "Options desk\n\n"
    "Options on the iShares bitcoin fund now trade on Cboe, and calls dominate. Open "
    "interest in the $60 strike reached 412,000 contracts, and the put/call ratio fell to "
    "0.41."
)
# a spot price beside max pain; two venues in the paragraph; margin calls; no venue
TWO_VENUES = (
    "Weekly wrap\n\n"
    "Options worth $3 billion expire on the options exchange Kelvex, and CME's bitcoin "
    "futures open interest rose. Max pain sits at $97,000."
)
MARGIN = (
    "Crash recap\n\n"
    "Options traders on the options exchange Kelvex were hit hard. The slide triggered "
    "1,184 margin calls."
)
NO_VENUE = (
    "Expiry Friday\n\n"
    "About $14 billion of bitcoin options expire on Friday, and max pain sits at $98,000."
)
# "strike" in a paragraph of no options or expiry: a walkout, not an options book
WALKOUT = (
    "Walkout\n\n"
    "Support staff at the crypto exchange Kelvex went on strike on Monday, demanding a 9% "
    "pay rise."
)
LABOUR = (
    "Labour desk\n\n"
    "Clerks at the Tarvik exchange ended their strike on Friday, and the Tarvik exchange said "
    "the strike cost it $40 million."
)

REACH = [
    (NOTE, "$97,000", "Kelvex"),
    (NOTE, "0.66", "Kelvex"),
    (WIRE, "$4,000", "Aurex"),
    (WIRE, "0.93", "Aurex"),
    (NEWSLETTER, "71", "Lindqvist"),
    (NEWSLETTER, "$180", "Lindqvist"),
    (KOREAN, "₩141 million", "Hanbit Exchange"),
    (EQUITY, "0.41", "Cboe"),
]
TWINS = [
    (NOTE, "$95,100", None),
    (NOTE, "2%", None),
    (TWO_VENUES, "$97,000", None),
    (MARGIN, "1,184", None),
    (NO_VENUE, "$98,000", None),
    (WALKOUT, "9%", None),
    (LABOUR, "$40 million", None),
]


@pytest.mark.parametrize(("text", "quote", "venue"), REACH + TWINS)
def test_options_venue(text: str, quote: str, venue: str | None) -> None:
    assert link_for(text, quote).venue == venue
