"""A coin's wrapped or staked forms (stETH, JitoSOL, tokenized gold) are the coin only for
figures of a holding or a haul that may be counted in either form: a hack's haul, a loss,
holdings, a transaction. Trading volume, value locked, market value and its change, open
interest and supply measure the token itself, and an article that gives figures for both
forms counts them as separate parts. Such pairs are often about a thousand times apart, so
their digits match by chance: never a slip.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import LAST_24H, Story, roles, run, slip

THURSDAY = date(2025, 8, 14)
DAY = (THURSDAY, THURSDAY)
HACK_DAY = (date(2025, 2, 21), date(2025, 2, 21))


def _coin_and_form(
    metric: str,
    coin: str,
    form: str,
    coin_sentences: tuple[str, str],
    coin_quotes: tuple[tuple[str, float], tuple[str, float]],
    form_sentence: str,
    form_quote: tuple[str, float],
    period: tuple[date, date] | str | None,
    form_venue: str | None = None,
) -> list[str]:
    """Two outlets give the coin's figure, a third the form's (of the same metric): the
    findings' explanations."""
    stories = [
        Story(f"{metric}-{n}", p, THURSDAY, event=f"{coin}-day")
        for n, p in enumerate(("coindesk.com", "theblock.co", "defirate.example"))
    ]
    for story, sentence in zip(stories, (*coin_sentences, form_sentence), strict=True):
        story.say(sentence)
    claims = [
        story.claim(quote, value, metric=metric, asset=coin, period=period)
        for story, (quote, value) in zip(stories, coin_quotes, strict=False)
    ]
    quote, value = form_quote
    claims.append(
        stories[2].claim(quote, value, metric=metric, asset=form, venue=form_venue, period=period)
    )
    return [f.explanation for f in run(claims, stories).findings]


VOLUME = (
    "trading_volume",
    "ETH",
    "STETH",
    (
        "Ether's 24-hour trading volume climbed to $24.6 billion as the token hit $4,700.",
        "Ether trading volume reached $24.5 billion over the past day, CoinGecko data show.",
    ),
    (("$24.6 billion", 24.6e9), ("$24.5 billion", 24.5e9)),
    "Lido staked ether (stETH) saw $24.4 million in 24-hour trading volume on Curve and Uniswap.",
    ("$24.4 million", 24.4e6),
    LAST_24H,
)
SOL_VOLUME = (
    "trading_volume",
    "SOL",
    "JITOSOL",
    (
        "Solana's trading volume rose to $5.2 billion in the past 24 hours.",
        "SOL volume hit $5.21 billion on the day.",
    ),
    (("$5.2 billion", 5.2e9), ("$5.21 billion", 5.21e9)),
    "JitoSOL, Jito's liquid staking token, traded $5.2 million over the same 24 hours.",
    ("$5.2 million", 5.2e6),
    LAST_24H,
)
GOLD_VOLUME = (
    "trading_volume",
    "XAU",
    "XAUT",
    (
        "Gold traded $213 billion a day in London as bullion hit a record.",
        "Daily gold trading volume reached $212 billion.",
    ),
    (("$213 billion", 213e9), ("$212 billion", 212e9)),
    "Tether Gold (XAUT) volume jumped to $213 million in 24 hours as gold hit a record.",
    ("$213 million", 213e6),
    LAST_24H,
)
VALUE_SHED = (
    "market_cap_change",
    "ETH",
    "EZETH",
    (
        "Ether's market value shed $56 billion on Thursday.",
        "Ether lost some $56.3 billion in market capitalization.",
    ),
    (("$56 billion", 56e9), ("$56.3 billion", 56.3e9)),
    "Renzo's restaked ether (ezETH) market value fell $56 million in the sell-off.",
    ("$56 million", 56e6),
    DAY,
)
LOCKED = (
    "tvl",
    "ETH",
    "RETH",
    (
        "Total value locked on Ethereum rose to $91 billion.",
        "Ethereum's TVL stands at $91.4 billion, DefiLlama data show.",
    ),
    (("$91 billion", 91e9), ("$91.4 billion", 91.4e9)),
    "The new rETH vault on Morpho holds $91 million in deposits.",
    ("$91 million", 91e6),
    None,
)
OPEN_INTEREST = (
    "open_interest",
    "BTC",
    "WBTC",
    (
        "Bitcoin futures open interest stood at $70 billion on Thursday.",
        "Open interest in bitcoin futures rose to $70.2 billion.",
    ),
    (("$70 billion", 70e9), ("$70.2 billion", 70.2e9)),
    "Perpetuals on wrapped bitcoin (WBTC) at Aave-linked venues had $70 million in open interest.",
    ("$70 million", 70e6),
    None,
)


@pytest.mark.parametrize(
    "cluster",
    [VOLUME, SOL_VOLUME, GOLD_VOLUME, VALUE_SHED, LOCKED, OPEN_INTEREST],
    ids=[
        "eth-steth-volume",
        "sol-jitosol-volume",
        "gold-xaut-volume",
        "eth-ezeth-value-shed",
        "eth-reth-tvl",
        "btc-wbtc-open-interest",
    ],
)
@pytest.mark.parametrize("form_venue", [None, "Curve"])
def test_a_tokens_own_figure_is_no_slip_of_its_coins(
    cluster: tuple[object, ...], form_venue: str | None
) -> None:
    assert _coin_and_form(*cluster, form_venue=form_venue) == []  # type: ignore[arg-type, misc]


def test_a_pools_value_locked_is_no_slip_of_the_staking_contracts() -> None:
    a = Story("pool-a", "dlnews.com", THURSDAY, event="eth-week")
    a.say("Uniswap's largest WETH pool holds $36 million in liquidity.")
    b = Story("pool-b", "coindesk.com", THURSDAY, event="eth-week")
    b.say("Ethereum's staking contract holds ETH worth $36 billion.")
    claims = [
        a.claim("$36 million", 36e6, metric="tvl", asset="WETH", venue="Uniswap", period=None),
        b.claim("$36 billion", 36e9, metric="tvl", asset="ETH", period=None),
    ]
    assert run(claims, [a, b]).findings == []


def two_part_haul(steth: str, value: float) -> list[str]:
    """One outlet gives the haul in ether; another gives the ether and the staked-ether
    parts apart."""
    a = Story("parts-a", "coindesk.com", date(2025, 2, 22), event="bybit-hack")
    a.say("The attacker took 401,347 ETH worth about $1.12 billion from Bybit's cold wallet.")
    b = Story("parts-b", "theblock.co", date(2025, 2, 22), event="bybit-hack")
    b.say(f"Some $1.12 billion in ETH and {steth} in stETH left Bybit's wallet.")
    kw = {"metric": "hack_amount", "venue": "Bybit", "period": HACK_DAY}
    claims = [
        a.claim("$1.12 billion", 1.12e9, asset="ETH", **kw),  # type: ignore[arg-type]
        b.claim("$1.12 billion", 1.12e9, asset="ETH", **kw),  # type: ignore[arg-type]
        b.claim(steth, value, asset="STETH", **kw),  # type: ignore[arg-type]
    ]
    return [f.explanation for f in run(claims, [a, b]).findings]


@pytest.mark.parametrize(("steth", "value"), [("$1.13 million", 1.13e6), ("$1.12 million", 1.12e6)])
def test_an_article_giving_both_forms_counts_them_as_parts(steth: str, value: float) -> None:
    assert two_part_haul(steth, value) == []


def btc_prices(token_quote: str, token_value: float, wrapped: bool) -> list[str]:
    a = Story("px-a", "coindesk.com", THURSDAY, event="btc-high")
    a.say("Bitcoin climbed to $112,400 while wrapped bitcoin (WBTC) changed hands at $112,350.")
    b = Story("px-b", "theblock.co", THURSDAY, event="btc-high")
    b.say(
        f"Bitcoin traded at $112,450 on Thursday; the newly listed XYZ token rose to {token_quote}."
    )
    kw = {"metric": "price", "period": None}
    claims = [
        a.claim("$112,400", 112400, asset="BTC", **kw),  # type: ignore[arg-type]
        b.claim("$112,450", 112450, asset="BTC", **kw),  # type: ignore[arg-type]
        b.claim(token_quote, token_value, asset=None, **kw),  # type: ignore[arg-type]
    ]
    if wrapped:
        claims.append(a.claim("$112,350", 112350, asset="WBTC", **kw))  # type: ignore[arg-type]
    return [f.explanation for f in run(claims, [a, b]).findings]


def test_a_price_without_a_coin_beside_a_coin_and_its_wrapped_form_is_left_alone() -> None:
    """Bitcoin's and wrapped bitcoin's prices fill the coin two ways: a token's price
    without a coin is no slip of either."""
    assert btc_prices("$112.40", 112.4, wrapped=True) == []


def test_a_haul_in_staked_ether_still_meets_the_haul_in_ether() -> None:
    """A haul opts in: one outlet counts it in ether, another in staked ether; a
    slipped scale word in the staked-ether count is named."""
    a = Story("lst-a", "coindesk.com", date(2025, 2, 22), event="bybit-hack")
    a.say("The attacker took some $1.12 billion in ether from Bybit's cold wallet.")
    b = Story("lst-b", "decrypt.co", date(2025, 2, 22), event="bybit-hack")
    b.say("Hackers drained $1.12 billion in ether from Bybit on Friday.")
    c = Story("lst-c", "theblock.co", date(2025, 2, 23), event="bybit-hack")
    c.say("Bybit lost $1.12 million of staked ether (stETH) in the attack.")
    kw = {"metric": "hack_amount", "venue": "Bybit", "period": HACK_DAY}
    claims = [
        a.claim("$1.12 billion", 1.12e9, asset="ETH", **kw),  # type: ignore[arg-type]
        b.claim("$1.12 billion", 1.12e9, asset="ETH", **kw),  # type: ignore[arg-type]
        c.claim("$1.12 million", 1.12e6, asset="STETH", **kw),  # type: ignore[arg-type]
    ]
    assert roles(slip(run(claims, [a, b, c])))["$1.12 million"] == "suspect"


@pytest.mark.parametrize(
    ("quote", "value"),
    [("$112.40", 112.4), ("$112.4", 112.4), ("$0.1124", 0.1124), ("$112.5", 112.5)],
)
def test_a_price_without_a_coin_beside_the_news_one_coin_is_left_alone(
    quote: str, value: float
) -> None:
    """A price's size depends on its coin: a token's price that names none may be any
    token's, a thousandth of bitcoin's as often as not."""
    assert btc_prices(quote, value, wrapped=False) == []


def test_a_slipped_price_naming_its_coin_is_still_named() -> None:
    a = Story("pxc-a", "coindesk.com", THURSDAY, event="btc-high")
    a.say("Bitcoin climbed to $112,400 on Thursday.")
    b = Story("pxc-b", "theblock.co", THURSDAY, event="btc-high")
    b.say("Bitcoin traded at $112,450 on Thursday.")
    c = Story("pxc-c", "cryptoslate.com", THURSDAY, event="btc-high")
    c.say("Bitcoin rose to $112.40 on Thursday, its highest in a month.")
    kw = {"metric": "price", "period": None, "asset": "BTC"}
    claims = [
        a.claim("$112,400", 112400, **kw),  # type: ignore[arg-type]
        b.claim("$112,450", 112450, **kw),  # type: ignore[arg-type]
        c.claim("$112.40", 112.4, **kw),  # type: ignore[arg-type]
    ]
    assert roles(slip(run(claims, [a, b, c])))["$112.40"] == "suspect"
