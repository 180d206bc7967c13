"""Amount, unit and bound forms of business outlets outside crypto's own press.

African, Indian, British and Australian business desks, exchange notes and trade weeklies
write figures in forms crypto sites rarely use: prices in pence, a currency written as one
letter before the digits, bare multiples of net asset value, a token named once for two
figures, list numbers before a sentence, hedges such as "perhaps". Each class has rows that
must read the form (on topics the corpora lack: mining pools, options expiries, CBDC pilots,
bankruptcy estates, card spending, gaming tokens, carbon credits) and twins that look alike
and must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, row

# A bound or hedge written before the figure.
QUALIFIER_ROWS = [
    # "clear" as a verb: the figure is passed
    row("Weekly card spending could clear $50 million for the first time, analysts said.",
        "$50 million", qualifier="more_than"),
    row("Options volume on the venue cleared 1.2 million contracts on expiry day.",
        "1.2 million", qualifier="more_than"),
    row("Carbon-credit token trades clear 40,000 a day on the registry's new market.",
        "40,000", qualifier="more_than"),
    row("The bankruptcy estate's second payout is clearing $900 million, the trustee said.",
        "$900 million", qualifier="more_than"),
    # a hedge before the figure is an estimate
    row("The mining pool's hashrate is maybe 40 EH/s after the firmware upgrade.",
        "40 EH/s", qualifier="approx"),
    row("The estate could pay perhaps $2.1 billion to creditors by the summer.",
        "$2.1 billion", qualifier="approx"),
    row("Gaming guilds hold perhaps 12% of the token's float, a newsletter estimated.",
        "12%", qualifier="approx"),
    row("CBDC wallets in the pilot number maybe 30,000, officials conceded.",
        "30,000", qualifier="approx"),
    # "cap" and "limit" as verbs with their object between them and the figure
    row("The central bank will cap each eNaira wallet at ₦500,000 a day.", "₦500,000",
        qualifier="at_most"),
    row("- cap any single validator at 5% of the pool's stake", "5%", qualifier="at_most"),
    row("The regulator capped card spending at $10,000 a month for retail users.",
        "$10,000", qualifier="at_most"),
    row("The exchange limits options positions to 2,500 contracts per account.", "2,500",
        qualifier="at_most"),
    row("Withdrawals from the bankruptcy estate are limited to $250 a week.", "$250",
        qualifier="at_most"),
]  # fmt: skip

QUALIFIER_TWINS = [
    # "clear" before the figure as an adjective, or clearing a named threshold
    row("The pool now has a clear 52% majority of the network's hashrate.", "52%",
        qualifier="exact"),
    row("The vote passed, comfortably clearing the 40 million ARB quorum.", "40 million ARB",
        qualifier="exact"),
    row("The registry holds a clear $3 million surplus after fees.", "$3 million",
        qualifier="exact"),
    # a hedge on the whole sentence, not on the figure
    row("Maybe the gaming token's 45% slide is over, traders said.", "45%", qualifier="exact"),
    # "cap" as a noun: a market's capitalisation, not a limit
    row("The token's market cap at $2.1 billion tops the gaming sector.", "$2.1 billion",
        qualifier="exact"),
    row("The fee is a limit order's 0.1%, the venue said.", "0.1%", qualifier="exact"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), QUALIFIER_ROWS + QUALIFIER_TWINS
)
def test_outlet_qualifier(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)
