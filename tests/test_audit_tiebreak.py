"""Split sources: which of two figures a scale apart slipped, when the votes are even.

One outlet writes "$1.49 billion", another "$1.49 million" for the same fact: the votes
cannot say which scale word slipped. The evidence beyond the fact's own sources can (its
sentence, the same fact elsewhere in the news, its article's arithmetic, the limit of its
unit, the event's other figures of its metric, a restatement). Each rule has a twin where
that evidence is missing or points both ways, and the finding must stay a dispute.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from audit_claims import Story, roles, run, slip
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.audit.policy import Limit, limit
from extractor.audit.ranks import RankWords
from extractor.audit.supply import Floor, PriceHigh, least_supply, price_high
from extractor.lexicon import LexiconError, load_jsonl
from extractor.models import AuditReport, Claim

WEEK = (date(2025, 1, 24), date(2025, 1, 30))
ETF = {"metric": "etf_flow", "side": "outflow", "asset": "BTC", "period": WEEK}
EVENT = "btc-etf-outflows-2025-01"


def weekly_split(others: list[tuple[str, float]]) -> tuple[list[Claim], list[Story]]:
    """Two outlets give the week's outflow a scale apart; a third reports the funds'
    other flows of the same news (``others``: quote and value, each its own day)."""
    a = Story("etf-a", "tokenaltcoin.com", date(2025, 1, 31), event=EVENT).say(
        "Spot bitcoin ETFs shed $1.49 billion in the week to January 30, the steepest "
        "weekly bleed since launch."
    )
    b = Story("etf-b", "invesloan.com", date(2025, 1, 31), event=EVENT).say(
        "Investors pulled $1.49 million from US spot bitcoin funds in the week to January 30."
    )
    claims = [a.claim("$1.49 billion", 1.49e9, **ETF), b.claim("$1.49 million", 1.49e6, **ETF)]
    stories = [a, b]
    if others:
        c = Story("etf-c", "decryptdaily.com", date(2025, 1, 31), event=EVENT)
        for i, (quote, value) in enumerate(others):
            day = date(2025, 1, 20 + i)
            c.say(f"On January {day.day}, the funds recorded net outflows of {quote}.")
            kw = {**ETF, "period": (day, day)}
            claims.append(c.claim(quote, value, **kw))
        stories.append(c)
    return claims, stories


def test_the_events_other_flows_name_the_figure_far_from_all_of_them() -> None:
    others = [("$420 million", 420e6), ("$310.5 million", 310.5e6), ("$1.1 billion", 1.1e9)]
    finding = slip(run(*weekly_split(others)))
    assert roles(finding)["$1.49 million"] == "suspect"
    assert roles(finding)["$1.49 billion"] == "supported"
    assert "within a factor of ten of “$1.49 billion”" in finding.explanation


def test_flows_on_both_sides_leave_the_split_a_dispute() -> None:
    others = [("$4.2 million", 4.2e6), ("$3.1 million", 3.1e6), ("$2.2 billion", 2.2e9)]
    finding = slip(run(*weekly_split(others)))
    assert set(roles(finding).values()) == {"disputed"}
    assert "split 1 to 1" in finding.explanation


def test_without_other_figures_the_split_stays_a_dispute() -> None:
    finding = slip(run(*weekly_split([])))
    assert set(roles(finding).values()) == {"disputed"}


def test_the_same_fact_in_another_window_names_the_figure_nobody_else_gives() -> None:
    kw = {"metric": "reserves", "asset": "USDC", "venue": "Circle"}
    friday = (date(2023, 3, 10), date(2023, 3, 10))
    a = Story("svb-a", "coindesk.com", date(2023, 3, 11), event="usdc-svb").say(
        "On Friday, Circle said $3.3 million of the reserves backing USDC were at Silicon "
        "Valley Bank."
    )
    b = Story("svb-b", "theblock.co", date(2023, 3, 11), event="usdc-svb").say(
        "Circle confirmed on Friday that $3.3 billion of its USDC reserves sat at the failed bank."
    )
    c = Story("svb-c", "decrypt.co", date(2023, 3, 12), event="usdc-svb").say(
        "Circle has $3.3 billion of USDC reserves stuck at SVB, it said in a blog post."
    )
    claims = [
        a.claim("$3.3 million", 3.3e6, period=friday, **kw),
        b.claim("$3.3 billion", 3.3e9, period=friday, **kw),
        c.claim("$3.3 billion", 3.3e9, period=None, **kw),
    ]
    finding = slip(run(claims, [a, b, c]))
    assert roles(finding)["$3.3 million"] == "suspect"
    assert "for the same fact elsewhere in the news" in finding.explanation


def test_the_same_fact_elsewhere_on_both_sides_leaves_a_dispute() -> None:
    kw = {"metric": "reserves", "asset": "USDC", "venue": "Circle"}
    friday = (date(2023, 3, 10), date(2023, 3, 10))
    a = Story("svb-a", "coindesk.com", date(2023, 3, 11), event="usdc-svb").say(
        "On Friday, Circle said $3.3 million of the reserves backing USDC were at SVB."
    )
    b = Story("svb-b", "theblock.co", date(2023, 3, 11), event="usdc-svb").say(
        "Circle confirmed on Friday that $3.3 billion of its USDC reserves sat at SVB."
    )
    c = Story("svb-c", "decrypt.co", date(2023, 3, 12), event="usdc-svb").say(
        "Circle has $3.3 billion of USDC reserves stuck at SVB, it said."
    )
    d = Story("svb-d", "cryptoslate.com", date(2023, 3, 12), event="usdc-svb").say(
        "Circle still has $3.3 million of USDC reserves stuck at SVB, it said."
    )
    claims = [
        a.claim("$3.3 million", 3.3e6, period=friday, **kw),
        b.claim("$3.3 billion", 3.3e9, period=friday, **kw),
        c.claim("$3.3 billion", 3.3e9, period=None, **kw),
        d.claim("$3.3 million", 3.3e6, period=None, **kw),
    ]
    for finding in run(claims, [a, b, c, d]).findings:
        assert set(roles(finding).values()) == {"disputed"}, finding.explanation


def test_a_figure_its_own_article_adds_up_is_the_supported_one() -> None:
    kw = {"metric": "transaction_value", "venue": "Strategy", "period": None}
    a = Story("mstr-a", "bankless.com", date(2025, 8, 25), event="mstr-holdings").say(
        "As of 8/24/2025, we hodl 632,457 BTC acquired for ~$46.50 billion at ~$73,527 per bitcoin."
    )
    b = Story("mstr-b", "worldbts.com", date(2025, 8, 25), event="mstr-holdings").say(
        "The holdings were acquired for a total of about $46.50 million."
    )
    claims = [
        a.claim("632,457 BTC", 632457, metric="holdings", unit="BTC", period=None),
        a.claim("$46.50 billion", 46.5e9, qualifier="approx", **kw),
        a.claim("$73,527", 73527, metric="average_cost", qualifier="approx", period=None),
        b.claim("$46.50 million", 46.5e6, qualifier="approx", **kw),
    ]
    finding = slip(run(claims, [a, b]))
    assert roles(finding)["$46.50 million"] == "suspect"
    assert "adds up with the other figures of its own article" in finding.explanation


def test_unlinked_figures_vouch_for_nothing() -> None:
    """The twin: the same three figures in separate sentences are no computation."""
    kw = {"metric": "transaction_value", "venue": "Strategy", "period": None}
    a = Story("mstr-a", "bankless.com", date(2025, 8, 25), event="mstr-holdings")
    a.say("As of 8/24/2025, we hodl 632,457 BTC.")
    a.say("They were acquired for ~$46.50 billion.")
    a.say("The average price paid was ~$73,527 per bitcoin.")
    b = Story("mstr-b", "worldbts.com", date(2025, 8, 25), event="mstr-holdings").say(
        "The holdings were acquired for a total of about $46.50 million."
    )
    claims = [
        a.claim("632,457 BTC", 632457, metric="holdings", unit="BTC", period=None, sentence=0),
        a.claim("$46.50 billion", 46.5e9, qualifier="approx", sentence=1, **kw),
        a.claim("$73,527", 73527, metric="average_cost", qualifier="approx", period=None),
        b.claim("$46.50 million", 46.5e6, qualifier="approx", **kw),
    ]
    finding = slip(run(claims, [a, b]))
    assert set(roles(finding).values()) == {"disputed"}


def supply_split(slipped: str, value: float) -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "supply", "unit": "BTC", "asset": "BTC", "period": None}
    a = Story("cap-a", "thenextbigthingintech.com", date(2024, 12, 5), event="btc-100k")
    a.say(f"The creators of Bitcoin have set a maximum cap of {slipped} on its total supply.")
    b = Story("cap-b", "blockinsider.com", date(2024, 12, 5), event="btc-100k").say(
        "Only 21 million bitcoin will ever be mined, a cap written into the protocol."
    )
    return [a.claim(slipped, value, **kw), b.claim("21 million", 21e6, **kw)], [a, b]


def test_more_bitcoin_than_will_ever_exist_is_the_slip() -> None:
    finding = slip(run(*supply_split("21 billion", 21e9)))
    assert roles(finding)["21 billion"] == "suspect"
    assert "no more than 21 million bitcoin will ever exist" in finding.explanation


def test_both_figures_within_the_limit_stay_a_dispute() -> None:
    finding = slip(run(*supply_split("21 thousand", 21e3)))
    assert set(roles(finding).values()) == {"disputed"}


def restated_split(times: int) -> tuple[list[Claim], list[Story]]:
    kw = {"metric": "reserves", "asset": "USDT", "venue": "Tether", "period": None}
    a = Story("usdt-a", "theblock.co", date(2024, 7, 31), event="tether-q2")
    a.say("Tether reveals $72.5B overall exposure in US T-bills")
    a.say("The attestation disclosed $72.5B of exposure to US Treasuries.")
    b = Story("usdt-b", "crypto.news", date(2024, 7, 31), event="tether-q2").say(
        "The attestation disclosed about $72.5 million of exposure to U.S. Treasuries."
    )
    claims = [a.claim("$72.5B", 72.5e9, sentence=i, **kw) for i in range(times)]
    claims.append(b.claim("$72.5 million", 72.5e6, qualifier="approx", **kw))
    return claims, [a, b]


def test_a_figure_its_outlet_states_twice_outweighs_one_stated_once() -> None:
    finding = slip(run(*restated_split(2)))
    assert roles(finding)["$72.5 million"] == "suspect"
    assert "stated again in its own article" in finding.explanation


def test_a_figure_stated_once_on_each_side_stays_a_dispute() -> None:
    finding = slip(run(*restated_split(1)))
    assert set(roles(finding).values()) == {"disputed"}


def test_the_other_sides_figure_in_the_same_sentence_is_no_neighbour() -> None:
    """ "Assets of $86.5 million, liabilities of $83 billion": the slipped figure beside a
    figure of its kind must not make that figure the odd one."""
    kw = {"metric": "reserves", "asset": "USDT", "venue": "Tether", "period": None}
    a = Story("t-a", "theblock.co", date(2024, 7, 31), event="tether-q2").say(
        "Total assets amounted to about $86.5 million, while liabilities stood at $83 billion."
    )
    b = Story("t-b", "crypto.news", date(2024, 7, 31), event="tether-q2").say(
        "Tether's reserves stood at $86.5 billion at the end of June."
    )
    claims = [
        a.claim("$86.5 million", 86.5e6, qualifier="approx", **kw),
        a.claim("$83 billion", 83e9, **kw),
        b.claim("$86.5 billion", 86.5e9, **kw),
    ]
    report = run(claims, [a, b])
    for finding in report.findings:
        assert roles(finding).get("$83 billion") != "suspect", finding.explanation


FLOW_TEMPLATES = [
    "On January {d}, spot bitcoin ETFs saw net outflows of {q}.",
    "Fidelity's FBTC shed {q} on January {d}.",
    "BlackRock's IBIT lost {q} on January {d}, per Farside.",
    "Grayscale's GBTC recorded {q} in redemptions on January {d}.",
]


@st.composite
def split_events(draw: st.DrawFn) -> tuple[float, bool, list[float]]:
    """A weekly figure (10.00–999.99 million), which outlet slipped, and the event's other
    flows: each within a factor of five of the true figure."""
    figure = draw(st.integers(min_value=1000, max_value=99999)) / 100 * 1e6
    first_slipped = draw(st.booleans())
    ratios = draw(st.lists(st.floats(min_value=0.2, max_value=5.0), min_size=2, max_size=6))
    return figure, first_slipped, [figure * r for r in ratios]


@given(split_events())
@settings(max_examples=40, deadline=None)
def test_property_a_split_slip_among_the_events_flows_is_always_named(
    case: tuple[float, bool, list[float]],
) -> None:
    figure, first_slipped, others = case
    words = ["million", "billion"] if first_slipped else ["billion", "million"]
    values = [figure * 1e-3, figure] if first_slipped else [figure, figure * 1e-3]
    claims: list[Claim] = []
    stories: list[Story] = []
    for i, (word, value) in enumerate(zip(words, values, strict=True)):
        quote = f"${figure / 1e6:.2f} {word}"
        story = Story(f"w{i}", ["tokenaltcoin.com", "invesloan.com"][i], event=EVENT)
        story.say(f"Spot bitcoin ETFs lost {quote} in the week to January 30.")
        claims.append(story.claim(quote, value, **ETF))
        stories.append(story)
    c = Story("flows", "farside.co.uk", event=EVENT)
    for i, other in enumerate(others):
        day = date(2025, 1, 20 + i)
        quote = f"${other / 1e6:.1f} million"
        c.say(FLOW_TEMPLATES[i % len(FLOW_TEMPLATES)].format(q=quote, d=day.day))
        claims.append(c.claim(quote, round(other / 1e5) * 1e5, **{**ETF, "period": (day, day)}))
    stories.append(c)
    finding = slip(run(claims, stories))
    slipped = claims[0] if first_slipped else claims[1]
    assert [c.claim_id for c in finding.claims if c.role == "suspect"] == [slipped.id]


def test_a_limit_line_is_checked_when_read(tmp_path: Path) -> None:
    path = tmp_path / "audit_limits.jsonl"
    path.write_text(
        '{"unit": "BTC", "high": 21000000, "why": "the protocol caps bitcoin"}\n'
        '{"metric": "traders", "unit": "count", "high": 1e10, "why": "people on Earth"}\n'
    )
    with pytest.raises(LexiconError, match=r"audit_limits.jsonl:2: metric: .*unknown metric"):
        load_jsonl(path, Limit)


def test_a_metrics_own_limit_comes_before_its_units() -> None:
    people = limit("participants", "count")
    assert people is not None and people.high == 1e10
    assert limit("trading_volume", "count") is None  # no limit on counts of trades
    coins = limit("holdings", "BTC")
    assert coins is not None and coins.high == 21e6


def median_split(totals: int, total: str = "$4.5 billion", value: float = 4.5e9) -> AuditReport:
    """Two outlets write the quarter's median round as "above $10 million" and "above
    $10 billion" under the quarter's labels; ``totals`` of them also give the quarter's
    ``total``."""
    q2 = (date(2025, 4, 1), date(2025, 6, 30))
    kw = {"metric": "funding_raised", "asset": "CRYPTO", "period": q2}
    a = Story("vc-a", "ainvest.com", date(2025, 7, 2), event="vc-q2").say(
        f"Funding totaled {total} in the second quarter."
    )
    a.say("The median round size for the quarter remained above $10 billion.")
    b = Story("vc-b", "althunter.xyz", date(2025, 7, 2), event="vc-q2").say(
        f"Funding totaled {total} during the second quarter."
    )
    b.say("The quarter's median round size remained above $10 million.")
    claims = [
        a.claim("$10 billion", 10e9, qualifier="more_than", sentence=1, **kw),  # type: ignore[arg-type]
        b.claim("$10 million", 10e6, qualifier="more_than", sentence=1, **kw),  # type: ignore[arg-type]
    ]
    for story in [a, b][:totals]:
        claims.append(story.claim(total, value, sentence=0, **kw))  # type: ignore[arg-type]
    return run(claims, [a, b])


def test_a_bound_the_windows_figures_break_is_the_slip() -> None:
    finding = slip(median_split(2))
    assert roles(finding)["$10 billion"] == "suspect"
    assert "break the bound “$10 billion”" in finding.explanation


def test_a_bound_one_source_breaks_stays_a_dispute() -> None:
    finding = slip(median_split(1))
    assert set(roles(finding).values()) == {"disputed"}


def test_a_bound_the_windows_figures_keep_is_not_broken() -> None:
    """ "Above $10 billion" holds for a quarter of $40 billion: nothing breaks it (the
    event's sizes may still speak)."""
    finding = slip(median_split(2, "$40 billion", 40e9))
    assert "break the bound" not in finding.explanation


# --- what a coin's least supply says: market values and prices ----------------------------

FED = "fed-cut-2024-12-18"
DEC19 = (date(2024, 12, 19), date(2024, 12, 19))


def market_split(price_sentence: str | None, price: float = 0.0) -> AuditReport:
    """Two outlets give the crypto market's value a scale apart; a third may price ether."""
    a = Story("cap-a", "coingabbar.com", date(2024, 12, 19), event=FED).say(
        "The global cryptocurrency market capitalization dropped 4.60%, now standing at "
        "$3.68 trillion."
    )
    b = Story("cap-b", "cryptowisser.com", date(2024, 12, 19), event=FED).say(
        "The total cryptocurrency market cap has now dropped to $3.68 billion following "
        "yesterday's bearish run."
    )
    kw = {"metric": "market_cap", "asset": "CRYPTO", "period": DEC19}
    claims = [a.claim("$3.68 trillion", 3.68e12, **kw), b.claim("$3.68 billion", 3.68e9, **kw)]
    stories = [a, b]
    if price_sentence is not None:
        c = Story("eth", "fxstreet.com", date(2024, 12, 19), event=FED).say(price_sentence)
        quote = next(w.rstrip(",.") for w in price_sentence.split() if w.startswith("$"))
        claims.append(c.claim(quote, price, metric="price", asset="ETH", period=DEC19))
        stories.append(c)
    return run(claims, stories)


def test_a_market_value_below_a_coins_least_value_is_the_slip() -> None:
    """Ether at $3,647 and at least 118 million ether: the market is worth $430 billion at
    least, so "$3.68 billion" slipped."""
    finding = slip(market_split("Ether fell 4% to $3,647 after the Fed's decision.", 3647))
    assert roles(finding)["$3.68 billion"] == "suspect"
    assert "$3.68 trillion" in (finding.supported_quote or "")
    assert "the ETH that exist are worth at least" in finding.explanation


@pytest.mark.parametrize(
    ("sentence", "price"),
    [
        (None, 0.0),  # no coin priced in the news
        ("Ether fell 4% to $3.647 after the Fed's decision.", 3.647),  # a misread price
    ],
    ids=["unpriced", "price too small to bound"],
)
def test_without_a_coins_value_above_it_the_market_split_stays_a_dispute(
    sentence: str | None, price: float
) -> None:
    finding = slip(market_split(sentence, price))
    assert set(roles(finding).values()) == {"disputed"}


def price_split(slipped: str, value: float, published: date) -> AuditReport:
    """One outlet's headline and body give bitcoin's price a scale apart."""
    day = (published, published)
    a = Story("mtgox", "cryptonews.com.au", published).say(
        f"Bitcoin Drops Below {slipped} as Mt.Gox Repayments Near"
    )
    a.say("The world's largest cryptocurrency traded at US$59K on Tuesday.")
    claims = [
        a.claim(
            slipped,
            value,
            metric="price",
            asset="BTC",
            period=day,
            sentence=0,
            qualifier="less_than",
        ),
        a.claim("US$59K", 59e3, metric="price", asset="BTC", period=day, sentence=1),
    ]
    return run(claims, [a])


def test_a_price_that_values_every_bitcoin_above_the_worlds_wealth_is_the_slip() -> None:
    """19.7 million bitcoin at $60 million each would be $1.2 quadrillion."""
    finding = slip(price_split("60M", 60e6, date(2024, 6, 25)))
    assert roles(finding)["60M"] == "suspect"
    assert "more than all the wealth in the world" in finding.explanation


def test_a_price_within_the_worlds_wealth_for_its_day_stays_a_dispute() -> None:
    """In 2012, before the first halving, fewer than 10.5 million bitcoin existed."""
    finding = slip(price_split("60M", 60e6, date(2012, 6, 25)))
    assert set(roles(finding).values()) == {"disputed"}


STRATEGY = "strategy-buy-2025-08-25"


def raise_split(cap: str | None, cap_value: float = 0.0) -> AuditReport:
    """Two outlets give one share sale's proceeds a scale apart; a third may give the
    company's market value."""
    kw = {"metric": "funding_raised", "asset": "MSTR", "period": None}
    a = Story("sale-a", "ainvest.com", date(2025, 8, 25), event=STRATEGY).say(
        "Strategy raised $309.9 billion from the sale of 875,301 shares under its ATM program."
    )
    b = Story("sale-b", "particle.news", date(2025, 8, 25), event=STRATEGY).say(
        "The purchase was funded with $309.9 million from MSTR share sales."
    )
    claims = [a.claim("$309.9 billion", 309.9e9, **kw), b.claim("$309.9 million", 309.9e6, **kw)]
    stories = [a, b]
    if cap is not None:
        c = Story("cap", "bankless.com", date(2025, 8, 25), event=STRATEGY).say(
            f"At a {cap} market cap, Strategy trades at roughly a 60% premium to its holdings."
        )
        claims.append(c.claim(cap, cap_value, metric="market_cap", asset="MSTR", period=None))
        stories.append(c)
    return run(claims, stories)


def test_a_raise_above_twice_the_companys_market_value_is_the_slip() -> None:
    finding = slip(raise_split("$112B", 112e9))
    assert roles(finding)["$309.9 billion"] == "suspect"
    assert "more than twice the market value" in finding.explanation


@pytest.mark.parametrize(
    ("cap", "value"), [(None, 0.0), ("$1.12 trillion", 1.12e12)], ids=["no cap", "cap above both"]
)
def test_a_raise_its_companys_market_value_holds_stays_a_dispute(
    cap: str | None, value: float
) -> None:
    finding = slip(raise_split(cap, value))
    assert set(roles(finding).values()) == {"disputed"}


def test_a_supply_line_is_checked_when_read(tmp_path: Path) -> None:
    path = tmp_path / "audit_supply.jsonl"
    path.write_text(
        '{"coin": "BTC", "since": "2012-11-28", "at_least": 10500000, "why": "first halving"}\n'
        '{"coin": "ETH", "since": "2015-07-30", "at_least": -1, "why": "genesis"}\n'
    )
    with pytest.raises(LexiconError, match=r"audit_supply.jsonl:2: at_least: .*greater than 0"):
        load_jsonl(path, Floor)


def test_the_least_supply_is_the_last_floor_reached() -> None:
    assert least_supply("BTC", date(2024, 6, 25)) == 19_687_500
    assert least_supply("BTC", date(2024, 4, 19)) == 18_375_000
    assert least_supply("ETH", None) == 72_000_000  # unknown day: the fewest ever priced
    assert least_supply("BTC", date(2008, 12, 31)) is None  # before the coin existed
    assert least_supply("SOL", date(2024, 6, 25)) is None  # no floors known


def hack_split(published: date) -> AuditReport:
    """One outlet's headline and body give a hack's haul a scale apart; the body counts
    the ether taken, and the news prices no ether."""
    day = (published, published)
    kw = {"metric": "hack_amount", "asset": "ETH", "venue": "Wormhole", "period": day}
    a = Story("wormhole", "coindesk.com", published).say(
        "Jump Trading Backstops Wormhole's $320B Exploit Loss"
    )
    a.say(
        "On Wednesday night, the Wormhole bridge suffered an exploit, with an attacker "
        "fraudulently minting 120,000 ether (ETH) worth over $320 million."
    )
    claims = [
        a.claim("$320B", 320e9, **kw, sentence=0),
        a.claim("120,000 ether", 120000, unit="ETH", **kw, sentence=1),
        a.claim("$320 million", 320e6, **kw, sentence=1, qualifier="more_than"),
    ]
    return run(claims, [a])


def test_a_haul_priced_far_above_the_coins_highest_price_is_the_slip() -> None:
    """$320 billion over 120,000 ether is $2.7 million an ether; ether had never traded
    above about $4,900 by 2022."""
    finding = slip(hack_split(date(2022, 2, 3)))
    assert roles(finding)["$320B"] == "suspect"
    assert "far above the most ETH had ever traded at" in finding.explanation


def test_a_haul_after_the_last_known_high_stays_a_dispute() -> None:
    finding = slip(hack_split(date(2027, 2, 3)))
    assert set(roles(finding).values()) == {"disputed"}


def test_the_price_high_is_the_first_that_holds_on_the_day() -> None:
    early, late = price_high("ETH", date(2019, 5, 1)), price_high("ETH", date(2022, 2, 2))
    assert early is not None and early.at_most == 1500
    assert late is not None and late.at_most == 5000
    assert price_high("ETH", date(2027, 1, 1)) is None  # after the last high known
    assert price_high("ETH", None) is None


def test_a_price_high_line_is_checked_when_read(tmp_path: Path) -> None:
    path = tmp_path / "audit_price_highs.jsonl"
    path.write_text(
        '{"coin": "BTC", "until": "2020-11-30", "at_most": 20000, "why": "2017 high"}\n'
        '{"coin": "ETH", "until": "end of 2025", "at_most": 5000, "why": "2025 high"}\n'
    )
    with pytest.raises(LexiconError, match=r"audit_price_highs.jsonl:2: until: "):
        load_jsonl(path, PriceHigh)


# --- a figure its own sentence calls the least of its kind ---------------------------------

YEAR = (date(2024, 1, 1), date(2024, 12, 31))
VC = "crypto-vc-2024"


def ranked_split(ranked: str) -> AuditReport:
    """Two outlets list 2024's venture funding by sector; their DAO figures are a scale
    apart, and ``ranked`` is how the first outlet words its DAO sentence."""
    kw = {"metric": "funding_raised", "asset": "CRYPTO", "period": YEAR}
    claims: list[Claim] = []
    stories = []
    for sid, publisher, dao in (
        ("vc-a", "funderlyst.com", "$3 billion"),
        ("vc-b", "toolsforinvestors.com", "$3 million"),
    ):
        story = Story(sid, publisher, date(2024, 5, 2), event=VC).say(
            "Blockchain infrastructure firms were the top recipients with $1.7 billion, and "
            "decentralized finance protocols followed with $626 million."
        )
        sentence = (
            ranked.format(dao=dao)
            if sid == "vc-a"
            else "Decentralized autonomous organizations received the least funding, "
            f"totaling only {dao} so far this year."
        )
        story.say(sentence)
        claims += [
            story.claim("$1.7 billion", 1.7e9, **kw, sentence=0),
            story.claim("$626 million", 626e6, **kw, sentence=0),
            story.claim(dao, 3e9 if "billion" in dao else 3e6, **kw, sentence=1),
        ]
        stories.append(story)
    return run(claims, stories)


def test_a_figure_called_the_least_above_its_articles_others_is_the_slip() -> None:
    finding = slip(
        ranked_split(
            "The least-funded group in 2024 was decentralized autonomous organizations "
            "(DAOs), which had received only {dao} so far."
        )
    )
    assert roles(finding)["$3 billion"] == "suspect"
    assert "the least of its kind" in finding.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        # a rank over time, not among the article's figures
        "DAOs raised {dao}, their lowest total since 2019.",
        # a bound, not a rank
        "DAOs raised at least {dao} this year.",
        # a superlative of size names a scope: the largest of DAOs' own rounds
        "DAOs raised {dao}, led by the sector's largest round.",
    ],
    ids=["over time", "at least", "largest"],
)
def test_a_figure_not_ranked_among_its_articles_figures_is_not_judged_by_rank(
    sentence: str,
) -> None:
    """The rank says nothing; the event's other funding figures, all in the hundreds of
    millions or billions, are what is left to weigh."""
    finding = slip(ranked_split(sentence))
    assert "least of its kind" not in finding.explanation
    assert "within a factor of ten" in finding.explanation


def test_a_rank_line_is_checked_when_read(tmp_path: Path) -> None:
    path = tmp_path / "audit_ranks.jsonl"
    path.write_text(
        '{"rank": "least", "words": ["least"], "why": "the smallest"}\n'
        '{"rank": "most", "words": ["largest"], "why": "the largest"}\n'
    )
    with pytest.raises(LexiconError, match=r"audit_ranks.jsonl:2: rank: "):
        load_jsonl(path, RankWords)
