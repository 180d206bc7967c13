"""Figures that name less than their twins: a fine without its firm, flows without a side,
a hack's haul without its coin. Where the news event's figures of that metric fill the
missing label one way only, a slipped scale word is found across it; conflicts never are.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, roles, run, slip

from extractor.models import AuditReport, Claim

SETTLED = (date(2023, 11, 21), date(2023, 11, 21))
TUESDAY = (date(2024, 3, 12), date(2024, 3, 12))
HACK_DAY = (date(2025, 2, 21), date(2025, 2, 21))
EXPLOIT_DAY = (date(2022, 2, 2), date(2022, 2, 2))


def settlement(second: str, value: float) -> AuditReport:
    """One outlet names Binance beside OFAC's fine; its next sentence gives the same fine
    without naming the firm. A second outlet gives both of Binance's penalties."""
    a = Story("fine-a", "htx.com", date(2023, 11, 22), event="binance-settlement")
    a.say("OFAC's settlement imposes a $968 million penalty on Binance.")
    a.say(f"A second {second} fine was also described as OFAC's largest settlement.")
    b = Story("fine-b", "cryptopolitan.com", date(2023, 11, 22), event="binance-settlement")
    b.say("FinCEN's $3.4 billion civil penalty on Binance dwarfs OFAC's $968 million.")
    kw = {"metric": "fine", "asset": None, "period": SETTLED}
    claims = [
        a.claim("$968 million", 968e6, sentence=0, venue="Binance", **kw),  # type: ignore[arg-type]
        a.claim(second, value, sentence=1, **kw),  # type: ignore[arg-type]
        b.claim("$3.4 billion", 3.4e9, venue="Binance", **kw),  # type: ignore[arg-type]
        b.claim("$968 million", 968e6, venue="Binance", **kw),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b])


def test_a_figure_without_its_firm_meets_the_one_firm_the_news_names() -> None:
    finding = slip(settlement("$968 billion", 968e9))
    assert roles(finding) == {"$968 billion": "suspect", "$968 million": "supported"}
    assert "2 independent sources" in finding.explanation
    assert finding.fact.venue == "Binance"


def ibit() -> tuple[list[Claim], list[Story]]:
    """Three outlets on IBIT's record day; the second writes "flows" without a side."""
    a = Story("ibit-a", "businesstimes.com.sg", date(2024, 3, 13), event="btc-ath")
    a.say("BlackRock's IBIT set a record with US$849 million of inflows on Tuesday.")
    b = Story("ibit-b", "techtelegraph.co.uk", date(2024, 3, 13), event="btc-ath")
    b.say("- BlackRock's iShares Bitcoin Trust ETF saw a record $849 billion in flows on Tuesday.")
    c = Story("ibit-c", "cointelegraph.com", date(2024, 3, 13), event="btc-ath")
    c.say("IBIT alone drew $849 million in net inflows on Tuesday, a record for the fund.")
    kw = {"metric": "etf_flow", "asset": "IBIT", "period": TUESDAY}
    claims = [
        a.claim("US$849 million", 849e6, side="inflow", **kw),  # type: ignore[arg-type]
        b.claim("$849 billion", 849e9, side=None, **kw),  # type: ignore[arg-type]
        c.claim("$849 million", 849e6, side="inflow", **kw),  # type: ignore[arg-type]
    ]
    return claims, [a, b, c]


def test_flows_without_a_side_meet_the_one_side_the_news_gives() -> None:
    claims, stories = ibit()
    assert roles(slip(run(claims, stories))) == {
        "$849 billion": "suspect",
        "US$849 million": "supported",
        "$849 million": "supported",
    }


def hack(haul: str, value: float, qualifier: str = "approx") -> AuditReport:
    """Two outlets count the haul in ether; a third names no coin."""
    a = Story("bybit-a", "cryptocademy.net", date(2025, 2, 22), event="bybit-hack")
    a.say("In the largest crypto heist in history, $1.46 billion worth of ETH left Bybit.")
    b = Story("bybit-b", "newz9.com", date(2025, 2, 22), event="bybit-hack")
    b.say("Bybit, a major cryptocurrency exchange, lost a staggering $1.4 billion in Ethereum.")
    c = Story("bybit-c", "techpression.com", date(2025, 2, 23), event="bybit-hack")
    c.say(f"On February 21, Bybit suffered the most significant hack in history, losing {haul}.")
    kw = {"metric": "hack_amount", "venue": "Bybit", "period": HACK_DAY}
    claims = [
        a.claim("$1.46 billion", 1.46e9, asset="ETH", **kw),  # type: ignore[arg-type]
        b.claim("$1.4 billion", 1.4e9, asset="ETH", **kw),  # type: ignore[arg-type]
        c.claim(haul, value, asset=None, qualifier=qualifier, **kw),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b, c])


def test_a_haul_without_its_coin_meets_the_one_coin_the_news_counts() -> None:
    finding = slip(hack("approximately $1.4 million", 1.4e6))
    assert roles(finding)["approximately $1.4 million"] == "suspect"
    assert finding.supported_value == pytest.approx(1.4e9)


def test_a_figure_without_a_label_is_never_a_conflict() -> None:
    """The whole haul without a coin ("about $1.5 billion") beside the ether part: 7% apart,
    yet another fact as far as the labels tell."""
    assert hack("about $1.5 billion", 1.5e9).findings == []


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("$968 million", 968e6),  # the same fine, written alike
        ("$96.8 billion", 96.8e9),  # no factor of 1,000
    ],
)
def test_an_unnamed_figure_that_is_no_slip_is_left_alone(second: str, value: float) -> None:
    assert settlement(second, value).findings == []


def test_a_figure_without_a_label_is_not_matched_outside_its_news_event() -> None:
    """The unnamed fine stands in another event's article: any firm's, as far as we know."""
    a = Story("fine-x", "htx.com", date(2023, 11, 22), event="binance-settlement")
    a.say("OFAC's settlement imposes a $968 million penalty on Binance.")
    b = Story("fine-y", "theblock.co", date(2023, 11, 22), event="sec-enforcement")
    b.say("A $968 billion fine was described as the largest settlement in history.")
    kw = {"metric": "fine", "asset": None, "period": SETTLED}
    claims = [
        a.claim("$968 million", 968e6, venue="Binance", **kw),  # type: ignore[arg-type]
        b.claim("$968 billion", 968e9, **kw),  # type: ignore[arg-type]
    ]
    assert run(claims, [a, b]).findings == []


def test_a_figure_two_facts_could_fill_is_left_alone() -> None:
    """Creations and redemptions of one fund both give "$412 million" on Tuesday: flows
    without a side, a thousand times either, cannot be told apart."""
    a = Story("flow-a", "theblock.co", date(2024, 3, 13), event="etf-week")
    a.say(
        "BlackRock's IBIT took in $412 million of creations on Tuesday, even as $412 million "
        "of redemptions left the fund the same day."
    )
    b = Story("flow-b", "decrypt.co", date(2024, 3, 13), event="etf-week")
    b.say("BlackRock's bitcoin fund saw $412 billion in flows on Tuesday.")
    kw = {"metric": "etf_flow", "asset": "IBIT", "period": TUESDAY}
    claims = [
        a.claim("$412 million", 412e6, side="inflow", **kw),  # type: ignore[arg-type]
        a.claim("$412 million", 412e6, side="outflow", occurrence=2, **kw),  # type: ignore[arg-type]
        b.claim("$412 billion", 412e9, side=None, **kw),  # type: ignore[arg-type]
    ]
    assert run(claims, [a, b]).findings == []


def bybit_loss(quote: str, value: float, venue: str = "Bybit") -> AuditReport:
    """Two outlets give the haul as a hack's, in ether; a third writes it as the exchange's
    loss, naming no coin."""
    a = Story("loss-a", "cryptocademy.net", date(2025, 2, 22), event="bybit-hack")
    a.say("In the largest crypto heist in history, $1.46 billion worth of ETH left Bybit.")
    b = Story("loss-b", "gonews.work", date(2025, 2, 22), event="bybit-hack")
    b.say("Hackers drained about $1.5 billion in ether from Bybit's cold wallet.")
    c = Story("loss-c", "newz9.com", date(2025, 2, 22), event="bybit-hack")
    c.say(f"- CEO Ben Zhou announced a loss of {quote}.")
    kw = {"metric": "hack_amount", "asset": "ETH", "venue": "Bybit", "period": HACK_DAY}
    claims = [
        a.claim("$1.46 billion", 1.46e9, **kw),  # type: ignore[arg-type]
        b.claim("$1.5 billion", 1.5e9, qualifier="approx", **kw),  # type: ignore[arg-type]
        c.claim(quote, value, metric="loss", asset=None, venue=venue, period=HACK_DAY),
    ]
    return run(claims, [a, b, c])


def test_an_exchanges_loss_meets_the_haul_of_its_hack() -> None:
    finding = slip(bybit_loss("$1.5 million", 1.5e6))
    assert roles(finding)["$1.5 million"] == "suspect"
    assert finding.supported_value == pytest.approx(1.5e9)


def test_tethers_treasuries_written_as_holdings_meet_its_reserves() -> None:
    quarter = (date(2023, 4, 1), date(2023, 6, 30))
    a = Story("usdt-a", "theblock.co", date(2023, 7, 31), event="tether-q2")
    a.say("Tether reveals $72.5B overall exposure in US T-Bills.")
    b = Story("usdt-b", "supercoininsider.com", date(2023, 7, 31), event="tether-q2")
    b.say("The amount of Treasuries backing Tether's stablecoins is about $72.5 billion.")
    c = Story("usdt-c", "coindesk.com", date(2023, 7, 31), event="tether-q2")
    c.say("The attestation disclosed about $72.5 million of exposure to U.S. Treasuries.")
    kw = {"asset": "USDT", "period": quarter}
    claims = [
        a.claim("$72.5B", 72.5e9, metric="reserves", **kw),  # type: ignore[arg-type]
        b.claim("$72.5 billion", 72.5e9, metric="reserves", qualifier="approx", **kw),  # type: ignore[arg-type]
        c.claim("$72.5 million", 72.5e6, metric="holdings", qualifier="approx", **kw),  # type: ignore[arg-type]
    ]
    assert roles(slip(run(claims, [a, b, c])))["$72.5 million"] == "suspect"


@pytest.mark.parametrize(
    ("quote", "value", "venue"),
    [
        ("about $1.5 billion", 1.5e9, "Bybit"),  # the haul, written as a loss
        ("$1.2 billion", 1.2e9, "Bybit"),  # what the loss came to after recoveries: no conflict
        ("$1.5 million", 1.5e6, "Binance"),  # another exchange's loss
    ],
)
def test_a_loss_that_is_no_slipped_haul_is_left_alone(quote: str, value: float, venue: str) -> None:
    assert bybit_loss(quote, value, venue).findings == []


def test_a_total_of_a_metric_with_parts_is_no_unnamed_part() -> None:
    """Liquidations without a side are the total, not longs left unnamed: a day's $1.21
    billion total and one exchange's $1.21 million of longs are two facts."""
    window = (date(2025, 4, 6), date(2025, 4, 7))
    a = Story("liq-a", "stockwatchindex.com", date(2025, 4, 7), event="tariff-crash")
    a.say("Over the past 24 hours, $1.21 billion was liquidated across the crypto market.")
    b = Story("liq-b", "coinfomania.com", date(2025, 4, 7), event="tariff-crash")
    b.say("On the smaller venue, long positions worth $1.21 million were wiped out.")
    claims = [
        a.claim("$1.21 billion", 1.21e9, period=window),
        b.claim("$1.21 million", 1.21e6, side="long", period=window),
    ]
    assert run(claims, [a, b]).findings == []


def test_a_loss_naming_no_holder_is_no_hacks_haul() -> None:
    """A trader's own loss in the hack's story names neither coin nor venue: it may be
    anyone's, so it never meets the haul of a kin metric."""
    a = Story("loss-p", "cryptocademy.net", date(2025, 2, 22), event="bybit-hack")
    a.say("Bybit lost $1.4 billion in ether on February 21 in the largest heist on record.")
    b = Story("loss-q", "newz9.com", date(2025, 2, 22), event="bybit-hack")
    b.say("Hackers took $1.4 billion in ETH from Bybit's cold wallet on Friday.")
    b.say("One trader told reporters he lost $1.4 million when withdrawals stalled.")
    kw = {"metric": "hack_amount", "asset": "ETH", "venue": "Bybit", "period": HACK_DAY}
    claims = [
        a.claim("$1.4 billion", 1.4e9, **kw),  # type: ignore[arg-type]
        b.claim("$1.4 billion", 1.4e9, sentence=0, **kw),  # type: ignore[arg-type]
        b.claim("$1.4 million", 1.4e6, sentence=1, metric="loss", asset=None, period=HACK_DAY),
    ]
    assert run(claims, [a, b]).findings == []


def test_a_figure_of_another_period_is_no_slip_of_the_event() -> None:
    """The second outlet recalls last month's smaller exploit in the hack's story: a figure
    without coin or venue, dated weeks before the haul, is another loss."""
    a = Story("bybit-p", "cryptocademy.net", date(2025, 2, 22), event="bybit-hack")
    a.say("Bybit lost $1.4 billion in ether on February 21 in the largest heist on record.")
    b = Story("bybit-q", "newz9.com", date(2025, 2, 22), event="bybit-hack")
    b.say("Hackers took $1.4 billion in ETH from Bybit's cold wallet on Friday.")
    b.say("Last month, a smaller DeFi lender lost $1.4 million to a flash-loan exploit.")
    kw = {"metric": "hack_amount", "period": HACK_DAY}
    claims = [
        a.claim("$1.4 billion", 1.4e9, asset="ETH", venue="Bybit", **kw),  # type: ignore[arg-type]
        b.claim("$1.4 billion", 1.4e9, sentence=0, asset="ETH", venue="Bybit", **kw),  # type: ignore[arg-type]
        b.claim(
            "$1.4 million",
            1.4e6,
            sentence=1,
            metric="hack_amount",
            asset=None,
            period=(date(2025, 1, 10), date(2025, 1, 10)),
        ),
    ]
    assert run(claims, [a, b]).findings == []


def test_a_whole_beside_parts_of_two_coins_is_no_slip_of_either() -> None:
    """The haul's ether part and its USDT part fill the coin two ways: a coinless "about $1.5
    billion" is the whole, not the USDT part a thousand times over."""
    a = Story("bybit-u", "cryptocademy.net", date(2025, 2, 22), event="bybit-hack")
    a.say("The attackers took $1.46 billion in ether and $1.5 million in USDT from Bybit.")
    b = Story("bybit-v", "newz9.com", date(2025, 2, 22), event="bybit-hack")
    b.say("Of the stolen funds, $1.46 billion was ether and $1.5 million was USDT.")
    c = Story("bybit-w", "techpression.com", date(2025, 2, 23), event="bybit-hack")
    c.say("In all, Bybit lost about $1.5 billion in the February 21 attack.")
    kw = {"metric": "hack_amount", "venue": "Bybit", "period": HACK_DAY}
    claims = [
        a.claim("$1.46 billion", 1.46e9, asset="ETH", **kw),  # type: ignore[arg-type]
        a.claim("$1.5 million", 1.5e6, asset="USDT", **kw),  # type: ignore[arg-type]
        b.claim("$1.46 billion", 1.46e9, asset="ETH", **kw),  # type: ignore[arg-type]
        b.claim("$1.5 million", 1.5e6, asset="USDT", **kw),  # type: ignore[arg-type]
        c.claim("about $1.5 billion", 1.5e9, asset=None, qualifier="approx", **kw),  # type: ignore[arg-type]
    ]
    assert run(claims, [a, b, c]).findings == []


def test_a_slip_two_homes_find_alike_is_named() -> None:
    """The haul without its coin meets the ether figures and the exchange's loss (a kin
    metric): whichever fact it is, it is the same figure a thousand times too small."""
    a = Story("both-a", "cryptocademy.net", date(2025, 2, 22), event="bybit-hack")
    a.say("In the largest crypto heist in history, $1.46 billion worth of ETH left Bybit.")
    b = Story("both-b", "newz9.com", date(2025, 2, 22), event="bybit-hack")
    b.say("- CEO Ben Zhou said Bybit had lost about $1.5 billion but remained solvent.")
    c = Story("both-c", "techpression.com", date(2025, 2, 23), event="bybit-hack")
    c.say("On February 21, Bybit suffered the most significant hack in history, $1.4 million.")
    d = Story("both-d", "gonews.work", date(2025, 2, 22), event="bybit-hack")
    d.say("Hackers drained $1.46 billion in ether from Bybit's cold wallet.")
    kw = {"venue": "Bybit", "period": HACK_DAY}
    claims = [
        a.claim("$1.46 billion", 1.46e9, metric="hack_amount", asset="ETH", **kw),  # type: ignore[arg-type]
        b.claim("about $1.5 billion", 1.5e9, metric="loss", asset=None, qualifier="approx", **kw),  # type: ignore[arg-type]
        c.claim("$1.4 million", 1.4e6, metric="hack_amount", asset=None, **kw),  # type: ignore[arg-type]
        d.claim("$1.46 billion", 1.46e9, metric="hack_amount", asset="ETH", **kw),  # type: ignore[arg-type]
    ]
    assert roles(slip(run(claims, [a, b, c, d])))["$1.4 million"] == "suspect"


def bridge_exploit(
    headline: str, value: float, wrapped: str = "WETH", body: str = "$320 million"
) -> AuditReport:
    """One outlet counts the bridge's haul in ether, another in the wrapped ether it left
    unbacked; the first outlet's headline names no coin."""
    a = Story("bridge-a", "theblock.co", date(2022, 2, 3), event="wormhole-exploit")
    a.say(f"Jump Trading Backstops Wormhole's {headline} Exploit Loss")
    a.say(f"An attacker minted 120,000 ether (ETH) worth over {body} on the bridge.")
    b = Story("bridge-b", "forkast.news", None, event="wormhole-exploit")
    b.say("A US$325 million exploit left wrapped Ether (wETH) on Solana unbacked.")
    kw = {"metric": "hack_amount", "venue": "Wormhole", "period": EXPLOIT_DAY}
    claims = [
        a.claim(headline, value, asset=None, sentence=0, **kw),  # type: ignore[arg-type]
        a.claim(
            body,
            320e6 if "million" in body else 320e9,
            asset="ETH",
            qualifier="more_than",
            sentence=1,
            **kw,  # type: ignore[arg-type]
        ),
        b.claim("US$325 million", 325e6, asset=wrapped, **kw),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b])


def test_a_coin_and_its_wrapped_form_fill_the_coin_one_way() -> None:
    """Ether and wrapped ether are one coin for a dollar haul: the headline without a coin
    meets both."""
    assert roles(slip(bridge_exploit("$320B", 320e9)))["$320B"] == "suspect"


def test_a_figure_without_a_coin_that_states_the_fact_backs_its_slip() -> None:
    """The headline's "$320M" names no coin and states the wrapped-ether haul as written:
    it is that haul, so it backs it against the body's slipped "over $320 billion"."""
    finding = slip(bridge_exploit("$320M", 320e6, body="$320 billion"))
    assert roles(finding) == {
        "$320 billion": "suspect",
        "$320M": "supported",
        "US$325 million": "supported",
    }


@pytest.mark.parametrize(
    ("headline", "value", "wrapped"),
    [
        ("$320M", 320e6, "WETH"),  # the same haul
        ("$3.2B", 3.2e9, "WETH"),  # ten times: no scale word slipped
        ("$320B", 320e9, "WBTC"),  # wrapped bitcoin is another coin: two ways, nothing met
    ],
)
def test_a_wrapped_coins_twin_that_is_no_slip_is_left_alone(
    headline: str, value: float, wrapped: str
) -> None:
    assert bridge_exploit(headline, value, wrapped).findings == []


def wrapped_haul(quote: str, value: float, wrapped: str = "WETH") -> AuditReport:
    """Two outlets count the bridge's haul in ether; a third in the wrapped ether."""
    a = Story("haul-a", "theblock.co", date(2022, 2, 3), event="wormhole-exploit")
    a.say("The Wormhole bridge lost $320 million in ether (ETH) to an attacker on Wednesday.")
    b = Story("haul-b", "decrypt.co", date(2022, 2, 3), event="wormhole-exploit")
    b.say("Hackers took some $322 million in ETH from the Solana-Ethereum bridge.")
    c = Story("haul-c", "forkast.news", date(2022, 2, 4), event="wormhole-exploit")
    c.say(f"Jump Crypto replaced the {quote} of wrapped Ether (wETH) the exploit left unbacked.")
    kw = {"metric": "hack_amount", "venue": "Wormhole", "period": EXPLOIT_DAY}
    claims = [
        a.claim("$320 million", 320e6, asset="ETH", **kw),  # type: ignore[arg-type]
        b.claim("$322 million", 322e6, asset="ETH", qualifier="approx", **kw),  # type: ignore[arg-type]
        c.claim(quote, value, asset=wrapped, **kw),  # type: ignore[arg-type]
    ]
    return run(claims, [a, b, c])


def test_a_haul_in_wrapped_ether_meets_the_haul_in_ether() -> None:
    finding = slip(wrapped_haul("US$325 billion", 325e9))
    assert roles(finding)["US$325 billion"] == "suspect"
    assert finding.supported_value == pytest.approx(320e6, rel=0.01)


@pytest.mark.parametrize(
    ("quote", "value", "wrapped"),
    [
        ("US$325 million", 325e6, "WETH"),  # the same haul
        ("US$250 million", 250e6, "WETH"),  # another figure: never a conflict across forms
        ("US$325 billion", 325e9, "WBTC"),  # wrapped bitcoin: another coin, another haul
        ("US$325 billion", 325e9, "SOL"),  # another coin
    ],
)
def test_a_wrapped_haul_that_is_no_slip_is_left_alone(
    quote: str, value: float, wrapped: str
) -> None:
    assert wrapped_haul(quote, value, wrapped).findings == []


def test_a_staked_tokens_own_market_value_is_not_its_coins() -> None:
    """A staked token's market value is the token's own: a thousandth of ether's is
    another figure, not a slip."""
    day = (date(2025, 8, 14), date(2025, 8, 14))
    a = Story("lst-a", "theblock.co", date(2025, 8, 14), event="eth-record")
    a.say("Ether's market value reached $560 billion on Thursday as the rally went on.")
    b = Story("lst-b", "defirate.example", date(2025, 8, 14), event="eth-record")
    b.say("Renzo's restaked ether token had a market value of $562 million on Thursday.")
    kw = {"metric": "market_cap", "period": day}
    claims = [
        a.claim("$560 billion", 560e9, asset="ETH", **kw),  # type: ignore[arg-type]
        b.claim("$562 million", 562e6, asset="EZETH", **kw),  # type: ignore[arg-type]
    ]
    assert run(claims, [a, b]).findings == []


APRIL = (date(2024, 4, 1), date(2024, 4, 30))


def venture_month(aside: str, value: float, fund: str = "$1 billion") -> list[str]:
    """Two outlets give April's venture total; one also names a fund's target and a seed
    round, neither with a coin or a period."""
    a = Story("vc-a", "coindesk.com", date(2024, 5, 2), event="vc-april")
    a.say(
        "Crypto startups raised $1.02 billion in April, the third month in a row above $1 billion."
    )
    b = Story("vc-b", "theblock.co", date(2024, 5, 3), event="vc-april")
    b.say("Venture funding for crypto firms reached $1.02 billion in April.")
    b.say(
        f"Pantera is seeking {fund} for a new fund, while a Berlin wallet startup"
        f" closed a {aside} seed round."
    )
    kw = {"metric": "funding_raised"}
    fund_value = float(fund.strip("$").split()[0]) * 1e9
    claims = [
        a.claim("$1.02 billion", 1.02e9, asset="CRYPTO", period=APRIL, **kw),  # type: ignore[arg-type]
        a.claim("$1 billion", 1e9, asset="CRYPTO", period=APRIL, qualifier="more_than", **kw),  # type: ignore[arg-type]
        b.claim("$1.02 billion", 1.02e9, asset="CRYPTO", period=APRIL, sentence=0, **kw),  # type: ignore[arg-type]
        b.claim(fund, fund_value, asset=None, period=None, sentence=1, **kw),  # type: ignore[arg-type]
        b.claim(aside, value, asset=None, period=None, sentence=1, **kw),  # type: ignore[arg-type]
    ]
    return [f.explanation for f in run(claims, [a, b]).findings]


@pytest.mark.parametrize(
    ("aside", "value", "fund"),
    [
        ("$1.4 million", 1.4e6, "$1 billion"),  # a seed round a thousandth of a coarse target
        ("$1.25 million", 1.25e6, "$1 billion"),
        ("$800,000", 8e5, "$1 billion"),
        ("$1.4 million", 1.4e6, "$1.5 billion"),
    ],
)
def test_a_figure_stating_the_fact_backs_a_slip_only_by_its_digits(
    aside: str, value: float, fund: str
) -> None:
    """A fund's "$1 billion" target, without a coin, states April's total within the
    tolerance; written to one digit it spans $0.5-1.5 billion, but a seed round a
    thousandth of it with other digits is another figure, not a slip."""
    assert venture_month(aside, value, fund) == []
