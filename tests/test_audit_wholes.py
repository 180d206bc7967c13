"""Split sources settled by a whole and its parts, and by a price per coin.

One outlet writes the quarter's venture funding as "$4.5 billion", another as "$4.5
million": the votes cannot say which slipped. The quarter's own months and rounds can: a
quarter's market-wide total holds June's $2.5 billion. A company's "$29 billion" round
cannot fit in the quarter's $4.5 billion. A holder's "$512 billion" of bitcoin over its
4,710 BTC is $109 million a coin where the news gives $108,800. Each rule has twins where
the evidence is missing or cannot decide, and the finding stays a dispute.
"""

from __future__ import annotations

from datetime import date

from audit_claims import Story, roles, run, slip
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.models import AuditReport

Q2 = (date(2025, 4, 1), date(2025, 6, 30))
JUNE = (date(2025, 6, 1), date(2025, 6, 30))
EVENT = "crypto-vc-q2-2025"
VC = "funding_raised"


Figure = tuple[str, float]


def quarter(
    total_a: str, a_value: float, *, june: Figure | None, round_: Figure | None
) -> AuditReport:
    """Two outlets give the quarter's total; the first also gives June's total and one
    company's round of the quarter when asked."""
    a = Story("vc-a", "ainvest.com", date(2025, 7, 2), event=EVENT).say(
        f"Venture capital funding for crypto startups totaled {total_a} in the second quarter."
    )
    b = Story("vc-b", "althunter.xyz", date(2025, 7, 2), event=EVENT).say(
        "Venture capital funding directed towards crypto startups totaled $4.5 billion during "
        "the second quarter, down 22% versus the previous three months."
    )
    claims = [
        a.claim(total_a, a_value, asset="CRYPTO", period=Q2, metric=VC),
        b.claim("$4.5 billion", 4.5e9, asset="CRYPTO", period=Q2, metric=VC),
    ]
    if june is not None:
        a.say(f"June saw {june[0]} in funding, more than four times the amount raised in May.")
        claims.append(a.claim(*june, asset="CRYPTO", period=JUNE, metric=VC))
    if round_ is not None:
        a.say(f"The largest round of the quarter went to Twenty One Capital, with {round_[0]}.")
        claims.append(a.claim(*round_, asset=None, period=Q2, metric=VC))
    return run(claims, [a, b])


def test_a_quarters_total_below_its_own_month_is_the_slip() -> None:
    finding = slip(quarter("$4.5 million", 4.5e6, june=("$2.5 billion", 2.5e9), round_=None))
    assert roles(finding)["$4.5 million"] == "suspect"
    assert "takes in a part of at least $2.45 billion" in finding.explanation


def test_a_quarters_total_below_one_of_its_rounds_is_the_slip() -> None:
    finding = slip(quarter("$4.5 million", 4.5e6, june=None, round_=("$585 million", 585e6)))
    assert roles(finding)["$4.5 million"] == "suspect"


def test_parts_that_fit_under_both_figures_leave_a_dispute() -> None:
    """The twin: a $2.5 million round fits in $4.5 million and in $4.5 billion."""
    finding = slip(quarter("$4.5 million", 4.5e6, june=None, round_=("$2.5 million", 2.5e6)))
    assert set(roles(finding).values()) == {"disputed"}


def test_without_parts_the_split_stays_a_dispute() -> None:
    finding = slip(quarter("$4.5 million", 4.5e6, june=None, round_=None))
    assert set(roles(finding).values()) == {"disputed"}


def test_honest_rounding_of_the_total_is_no_finding() -> None:
    """ "$4.46 billion" against "$4.5 billion", June's $2.5 billion inside: nothing to say."""
    report = quarter(
        "$4.46 billion", 4.46e9, june=("$2.5 billion", 2.5e9), round_=("$585 million", 585e6)
    )
    assert report.findings == []


def rounds(symbiotic_a: str, a_value: float, total: Figure | None) -> AuditReport:
    """Two outlets give one company's round; a third gives the quarter's total."""
    a = Story("r-a", "ainvest.com", date(2025, 7, 2), event=EVENT).say(
        f"Symbiotic also attracted {symbiotic_a} in funding."
    )
    b = Story("r-b", "althunter.xyz", date(2025, 7, 2), event=EVENT).say(
        "Other significant funding rounds from the second quarter include Symbiotic's $29 million."
    )
    claims = [
        a.claim(symbiotic_a, a_value, asset=None, period=Q2, metric=VC),
        b.claim("$29 million", 29e6, asset=None, period=Q2, metric=VC),
    ]
    stories = [a, b]
    if total is not None:
        c = Story("r-c", "cryptobriefing.com", date(2025, 7, 3), event=EVENT).say(
            f"Crypto startups raised {total[0]} in the second quarter, DefiLlama data show."
        )
        claims.append(c.claim(*total, asset="CRYPTO", period=Q2, metric=VC))
        stories.append(c)
    return run(claims, stories)


def test_one_companys_round_above_the_markets_total_is_the_slip() -> None:
    finding = slip(rounds("$29 billion", 29e9, ("$4.5 billion", 4.5e9)))
    assert roles(finding)["$29 billion"] == "suspect"
    assert "a total that takes in “$29 billion” is $4.55 billion at most" in finding.explanation


def test_a_total_both_figures_fit_in_leaves_a_dispute() -> None:
    finding = slip(rounds("$29 billion", 29e9, ("$45 billion", 45e9)))
    assert set(roles(finding).values()) == {"disputed"}


def test_a_sector_read_as_the_market_is_no_whole() -> None:
    """An article giving several figures for the market's year (its sectors: "$1.7
    billion", "$626 million", "$3 million") says of none of them that it is the total."""
    year = (date(2024, 1, 1), date(2024, 12, 31))
    march = (date(2024, 3, 1), date(2024, 3, 31))
    a = Story("s-a", "toolsforinvestors.com", date(2024, 5, 3), event="vc-2024").say(
        "Blockchain infrastructure firms took $1.7 billion, DeFi protocols $626 million and "
        "DAOs only $3 million in 2024."
    )
    a.say("March alone brought $1.09 billion.")
    b = Story("s-b", "funderlyst.com", date(2024, 5, 2), event="vc-2024").say(
        "Decentralized autonomous organizations received only $3 billion in 2024."
    )
    claims = [
        a.claim("$1.7 billion", 1.7e9, period=year, sentence=0, metric=VC, asset="CRYPTO"),
        a.claim("$626 million", 626e6, period=year, sentence=0, metric=VC, asset="CRYPTO"),
        a.claim("$3 million", 3e6, period=year, sentence=0, metric=VC, asset="CRYPTO"),
        a.claim("$1.09 billion", 1.09e9, period=march, sentence=1, metric=VC, asset="CRYPTO"),
        b.claim("$3 billion", 3e9, period=year, metric=VC, asset="CRYPTO"),
    ]
    finding = slip(run(claims, [a, b]))
    assert "takes in a part" not in finding.explanation


def gamestop(
    value_a: str,
    a_value: float,
    *,
    price: str | None,
    coins: bool,
    published: date = date(2025, 5, 28),
) -> AuditReport:
    a = Story("g-a", "cointrackdaily.com", published, event="gme-btc").say(
        f"GameStop bought 4,710 bitcoins, valued at approximately {value_a}."
    )
    b = Story("g-b", "marketnewsboard.com", published, event="gme-btc").say(
        "GameStop has purchased bitcoin currently worth about $512 million."
    )
    claims = [
        a.claim(value_a, a_value, qualifier="approx", metric="holdings", asset="GME", period=None),
        b.claim(
            "$512 million", 512e6, qualifier="approx", metric="holdings", asset="GME", period=None
        ),
    ]
    if coins:
        claims.append(
            a.claim("4,710", 4710, unit="BTC", metric="holdings", asset="GME", period=None)
        )
    if price is not None:
        a.say(f"Bitcoin was priced around {price} at the time.")
        value = float(price.strip("$").replace(",", ""))
        claims.append(
            a.claim(price, value, metric="price", asset="BTC", qualifier="approx", period=None)
        )
    return run(claims, [a, b])


def test_holdings_worth_a_price_per_coin_far_from_the_news_are_the_slip() -> None:
    finding = slip(gamestop("$512 billion", 512e9, price="$108,800", coins=True))
    assert roles(finding)["$512 billion"] == "suspect"
    assert "is $109 million a BTC" in finding.explanation
    assert "“$512 million” is $109,000" in finding.explanation


# a day after the last price high known (audit_price_highs.jsonl): only the news prices
LATER = date(2027, 5, 28)


def test_without_a_price_the_split_stays_a_dispute() -> None:
    finding = slip(gamestop("$512 billion", 512e9, price=None, coins=True, published=LATER))
    assert set(roles(finding).values()) == {"disputed"}


def test_without_a_price_the_coins_highest_price_by_then_names_the_slip() -> None:
    """$109 million a bitcoin in May 2025, when bitcoin had never traded above $130,000."""
    finding = slip(gamestop("$512 billion", 512e9, price=None, coins=True))
    assert roles(finding)["$512 billion"] == "suspect"
    assert "far above the most BTC had ever traded at" in finding.explanation


def test_without_a_coin_amount_the_split_stays_a_dispute() -> None:
    finding = slip(gamestop("$512 billion", 512e9, price="$108,800", coins=False))
    assert set(roles(finding).values()) == {"disputed"}


def test_a_price_neither_figure_fits_leaves_a_dispute() -> None:
    """At "$3,000" (an ether price read as bitcoin's) neither figure gives it."""
    finding = slip(gamestop("$512 billion", 512e9, price="$3,000", coins=True, published=LATER))
    assert set(roles(finding).values()) == {"disputed"}


def test_honest_rounding_of_the_value_is_no_finding() -> None:
    report = gamestop("$512.79 million", 512.79e6, price="$108,800", coins=True)
    assert report.findings == []


def test_a_round_read_as_the_markets_quarter_bounds_nothing() -> None:
    """A company's "$29 million" read as the market's quarter, beside the quarter's own
    "$4.5 billion" in the same article: neither is the total June must fit in."""
    a = Story("m-a", "ainvest.com", date(2025, 7, 2), event=EVENT)
    a.say("Funding totaled $4.5 billion in the second quarter. Symbiotic attracted $29 million.")
    a.say("June saw $2.5 billion in funding, more than four times May's.")
    b = Story("m-b", "althunter.xyz", date(2025, 7, 2), event=EVENT).say(
        "June's $2.5 million was over 4x larger than May's funding."
    )
    claims = [
        a.claim("$4.5 billion", 4.5e9, period=Q2, sentence=0, metric=VC, asset="CRYPTO"),
        a.claim("$29 million", 29e6, period=Q2, sentence=0, metric=VC, asset="CRYPTO"),
        a.claim("$2.5 billion", 2.5e9, period=JUNE, sentence=1, metric=VC, asset="CRYPTO"),
        b.claim("$2.5 million", 2.5e6, period=JUNE, metric=VC, asset="CRYPTO"),
    ]
    finding = slip(run(claims, [a, b]))
    assert roles(finding)["$2.5 billion"] != "suspect", finding.explanation


def market_values(btc: tuple[str, float] | None, total_a: str = "$3.2 billion") -> AuditReport:
    """Two outlets give the crypto market's value, written without a date; a third gives
    bitcoin's on the same day when asked."""
    day = date(2024, 12, 19)
    a = Story("mc-a", "coingabbar.com", day, event="fed-cut").say(
        f"The global cryptocurrency market capitalization dropped 4.6%, now standing at {total_a}."
    )
    b = Story("mc-b", "cryptowisser.com", day, event="fed-cut").say(
        "The total cryptocurrency market cap has now dropped to $3.2 trillion."
    )
    value_a = 3.2e9 if "billion" in total_a else 3.2e12
    claims = [
        a.claim(total_a, value_a, metric="market_cap", asset="CRYPTO", period=None),
        b.claim("$3.2 trillion", 3.2e12, metric="market_cap", asset="CRYPTO", period=None),
    ]
    stories = [a, b]
    if btc is not None:
        c = Story("mc-c", "decrypt.co", day, event="fed-cut").say(
            f"Bitcoin's market value slipped to {btc[0]} as the Fed signalled fewer cuts."
        )
        claims.append(c.claim(*btc, metric="market_cap", asset="BTC", period=None))
        stories.append(c)
    return run(claims, stories)


def test_the_markets_value_below_bitcoins_of_the_same_day_is_the_slip() -> None:
    finding = slip(market_values(("$1.9 trillion", 1.9e12)))
    assert roles(finding)["$3.2 billion"] == "suspect"
    assert "takes in a part of at least $1.85 trillion" in finding.explanation


def test_a_coins_value_both_figures_hold_leaves_a_dispute() -> None:
    finding = slip(market_values(("$1.9 billion", 1.9e9)))
    assert set(roles(finding).values()) == {"disputed"}


def test_without_a_coins_value_the_market_split_stays_a_dispute() -> None:
    finding = slip(market_values(None))
    assert set(roles(finding).values()) == {"disputed"}


def test_honest_market_values_are_no_finding() -> None:
    assert market_values(("$1.9 trillion", 1.9e12), total_a="$3.2 trillion").findings == []


def test_a_venues_total_takes_in_only_that_venues_figures() -> None:
    """Binance's liquidations of all coins are no whole of bitcoin's across every venue:
    the market-wide $311.4 million of bitcoin longs and shorts says nothing of "$120
    million" against "$120 billion" at Binance."""
    day = (date(2025, 4, 7), date(2025, 4, 7))
    kw = {"metric": "liquidations", "period": day}
    a = Story("v-a", "coinfomania.com", date(2025, 4, 7), event="tariff-crash").say(
        "Binance alone saw $120 million of positions liquidated on Monday."
    )
    b = Story("v-b", "stockwatchindex.com", date(2025, 4, 7), event="tariff-crash").say(
        "On Binance, $120 billion of positions were liquidated on Monday."
    )
    c = Story("v-c", "coinglass.news", date(2025, 4, 7), event="tariff-crash").say(
        "Bitcoin liquidations across all exchanges reached $311.4 million on Monday."
    )
    claims = [
        a.claim("$120 million", 120e6, asset="CRYPTO", venue="Binance", **kw),  # type: ignore[arg-type]
        b.claim("$120 billion", 120e9, asset="CRYPTO", venue="Binance", **kw),  # type: ignore[arg-type]
        c.claim("$311.4 million", 311.4e6, asset="BTC", **kw),  # type: ignore[arg-type]
    ]
    finding = slip(run(claims, [a, b, c]))
    assert "takes in a part" not in finding.explanation


@st.composite
def quarters(draw: st.DrawFn) -> tuple[float, list[float], bool]:
    """A quarter's total (100 million to 9.99 billion, three digits), its months (each a
    fifth to a third of it) and which outlet slipped."""
    total = draw(st.integers(min_value=100, max_value=999)) * 10 ** draw(st.integers(6, 7))
    shares = draw(st.lists(st.floats(min_value=0.2, max_value=0.33), min_size=1, max_size=3))
    return float(total), [total * s for s in shares], draw(st.booleans())


def _money(value: float) -> Figure:
    """A dollar figure written to three significant digits, and the value as written."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if value >= scale:
            digits = f"{value / scale:.3g}"
            return f"${digits} {word}", float(digits) * scale
    return f"${value:.3g}", float(f"{value:.3g}")


@given(quarters())
@settings(max_examples=40, deadline=None)
def test_property_a_slipped_total_below_its_months_is_always_named(
    case: tuple[float, list[float], bool],
) -> None:
    total, months, first_slipped = case
    written, slipped = _money(total), _money(total / 1000)
    a = Story("p-a", "ainvest.com", date(2025, 7, 2), event=EVENT)
    b = Story("p-b", "althunter.xyz", date(2025, 7, 2), event=EVENT)
    claims = []
    for story, (quote, value) in zip(
        (a, b), (slipped, written) if first_slipped else (written, slipped), strict=True
    ):
        story.say(f"Crypto startups raised {quote} in the second quarter.")
        claims.append(story.claim(quote, value, asset="CRYPTO", period=Q2, metric=VC))
    for i, month in enumerate(months):
        quote, value = _money(month)
        a.say(f"Month {i + 1} of the quarter brought {quote}.")
        period = (date(2025, 4 + i, 1), date(2025, 4 + i, 28))
        claims.append(a.claim(quote, value, asset="CRYPTO", period=period, metric=VC))
    finding = slip(run(claims, [a, b]))
    assert roles(finding)[slipped[0]] == "suspect", finding.explanation


@given(
    coins=st.integers(min_value=100, max_value=900_000),
    price=st.integers(min_value=20_000, max_value=150_000),
    first_slipped=st.booleans(),
)
@settings(max_examples=40, deadline=None)
def test_property_holdings_a_thousand_times_their_coins_worth_are_always_named(
    coins: int, price: int, first_slipped: bool
) -> None:
    """Any holder, any bitcoin count and price: the dollar figure written a thousand times
    off what its coins are worth at the news's price is named when the outlets split."""
    written = _money(coins * price)
    slipped = _money(written[1] * 1000)
    a = Story("h-a", "cointrackdaily.com", date(2025, 5, 28), event="treasury-buy")
    b = Story("h-b", "marketnewsboard.com", date(2025, 5, 28), event="treasury-buy")
    a.say(f"The company now holds {coins:,} BTC, with bitcoin priced around ${price:,}.")
    claims = [
        a.claim(f"{coins:,} BTC", coins, unit="BTC", metric="holdings", asset="ACME", period=None),
        a.claim(f"${price:,}", price, metric="price", asset="BTC", qualifier="approx", period=None),
    ]
    for story, (quote, value) in zip(
        (a, b), (slipped, written) if first_slipped else (written, slipped), strict=True
    ):
        story.say(f"Its bitcoin is worth about {quote}.")
        claims.append(
            story.claim(
                quote, value, metric="holdings", asset="ACME", qualifier="approx", period=None
            )
        )
    finding = slip(run(claims, [a, b]))
    assert roles(finding)[slipped[0]] == "suspect", finding.explanation
