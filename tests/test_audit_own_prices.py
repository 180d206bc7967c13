"""An article's own price of a coin is one its text states as that coin's price.

A coin amount and its dollar value are checked against the price the article gives the
coin. The extraction may give the coin to a dollar figure that is no price of it (an
average cash gift, a swap's fee, a ticket, a validator's daily tips, a membership fee):
that figure would make a correct value a thousand times too large. A price counts when
its sentence names the coin, calls the figure a price or a market level, or refers to the
priced coin without naming it ("It was last at ...", "quotes were within ...").
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story

from extractor.audit import audit
from extractor.models import AuditReport

DAY = (date(2026, 12, 1), date(2026, 12, 1))


def _audit(
    price: tuple[str, str, float],
    valued: tuple[str, str, float, str, float],
    coin: str,
    extra: tuple[str, str, float] | None = None,
) -> AuditReport:
    """An article of a price sentence (sentence, quote, value: filed as ``coin``'s price),
    a coin amount valued in dollars (sentence, amount quote and value, dollar quote and
    value) and perhaps another price sentence."""
    story = Story("op", "Giving Desk", date(2026, 12, 2)).say(price[0]).say(valued[0])
    claims = [
        story.claim(price[1], price[2], metric="price", asset=coin, period=DAY, sentence=0),
        story.claim(
            valued[1],
            valued[2],
            metric="transaction_value",
            unit=coin,
            asset=coin,
            period=DAY,
            sentence=1,
        ),
        story.claim(
            valued[3], valued[4], metric="transaction_value", asset=coin, period=DAY, sentence=1
        ),
    ]
    if extra is not None:
        story.say(extra[0])
        claims.append(
            story.claim(extra[1], extra[2], metric="price", asset=coin, period=DAY, sentence=2)
        )
    return audit(sorted(claims, key=lambda c: c.start), {story.id: story.info()})


def _arithmetic(report: AuditReport) -> list[list[str]]:
    return [sorted(c.quote for c in f.claims) for f in report.findings if f.verdict == "arithmetic"]


NO_PRICES = [
    pytest.param(
        ("That compares with an average online cash gift of $162 on the same day.", "$162", 162),
        (
            "The largest single gift was 48 BTC, worth about $4.4 million.",
            "48 BTC",
            48,
            "$4.4 million",
            4.4e6,
        ),
        "BTC",
        id="cash-gift",
    ),
    pytest.param(
        ("Swaps cost an average of $3.10 in fees on the day.", "$3.10", 3.10),
        (
            "A whale moved 1,200 ETH (about $3.7 million) to an exchange.",
            "1,200 ETH",
            1200,
            "$3.7 million",
            3.7e6,
        ),
        "ETH",
        id="swap-fee",
    ),
    pytest.param(
        ("Festival passes sold for $95 each.", "$95", 95),
        (
            "The organisers received 2.5 BTC, worth roughly $240,000.",
            "2.5 BTC",
            2.5,
            "$240,000",
            240000,
        ),
        "BTC",
        id="festival-ticket",
    ),
    pytest.param(
        ("Each validator earns about $0.14 a day in tips.", "$0.14", 0.14),
        (
            "The foundation unstaked 50,000 SOL ($7.2 million) on Monday.",
            "50,000 SOL",
            50000,
            "$7.2 million",
            7.2e6,
        ),
        "SOL",
        id="validator-tips",
    ),
    pytest.param(
        ("Annual membership of the club costs $110.", "$110", 110),
        (
            "The club's treasury holds 10 BTC, worth $1.1 million.",
            "10 BTC",
            10,
            "$1.1 million",
            1.1e6,
        ),
        "BTC",
        id="membership-fee",
    ),
    pytest.param(
        ("The median donation to the appeal was $95.", "$95", 95),
        (
            "One donor gave 2.5 BTC, worth roughly $240,000, to the hospital.",
            "2.5 BTC",
            2.5,
            "$240,000",
            240000,
        ),
        "BTC",
        id="median-donation",
    ),
]


@pytest.mark.parametrize(("price", "valued", "coin"), NO_PRICES)
def test_a_figure_no_sentence_states_as_the_coins_price_prices_nothing(
    price: tuple[str, str, float], valued: tuple[str, str, float, str, float], coin: str
) -> None:
    assert _arithmetic(_audit(price, valued, coin)) == []


SLIPPED = ("The largest single gift was 48 BTC, worth about $4.4 billion.", "48 BTC", 48,
           "$4.4 billion", 4.4e9)  # fmt: skip

STATED = [
    ("Bitcoin traded near $91,000 on Tuesday.", "$91,000", 91000),
    ("It was last at $91,000, after falling as low as $88,000.", "$91,000", 91000),
    ("On the weekend, quotes were within $90,000-$92,000.", "$90,000", 90000),
    ("The largest cryptocurrency changed hands at $91,000.", "$91,000", 91000),
]


@pytest.mark.parametrize("price", STATED, ids=["named", "pronoun", "quotes", "epithet"])
def test_a_price_the_text_states_still_prices_a_slipped_value(
    price: tuple[str, str, float],
) -> None:
    assert _arithmetic(_audit(price, SLIPPED, "BTC")) == [
        sorted(["$4.4 billion", "48 BTC", price[1]])
    ]


def test_a_gift_beside_a_stated_price_leaves_the_stated_price_to_price_the_slip() -> None:
    gift = ("That compares with an average online cash gift of $162 on the same day.", "$162", 162)
    report = _audit(
        gift, SLIPPED, "BTC", ("Bitcoin traded near $91,000 on Tuesday.", "$91,000", 91000)
    )
    assert _arithmetic(report) == [sorted(["$4.4 billion", "48 BTC", "$91,000"])]


@pytest.mark.parametrize(
    "price",
    [
        ("SOL itself rose 7.2% to $214 on Tuesday morning.", "$214", 214.0),
        ("Solana gained 7.2% to $214 on Tuesday morning.", "$214", 214.0),
    ],
    ids=["ambiguous-ticker", "name"],
)
def test_a_coin_named_by_an_ambiguous_ticker_still_prices_a_slipped_value(
    price: tuple[str, str, float],
) -> None:
    valued = ("The foundation unstaked 50,000 SOL ($10.7 billion) on Monday.", "50,000 SOL", 50000,
              "$10.7 billion", 1.07e10)  # fmt: skip
    assert _arithmetic(_audit(price, valued, "SOL")) == [
        sorted(["$10.7 billion", "50,000 SOL", "$214"])
    ]
