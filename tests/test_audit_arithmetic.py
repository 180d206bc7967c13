"""Within-article arithmetic: each computation on real-style sentences, with twins that round.

Every figure is taken as the interval its writing allows, so a rounded figure is never
flagged; a figure outside everything its article's other figures allow is, with the
computation in words.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from audit_claims import Story, written_bounds
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.audit import audit
from extractor.models import AuditReport, Claim, Finding

DAY = (date(2025, 8, 25), date(2025, 8, 25))
BTC_LEVELS = [("$125,000", 125000.0), ("$113,000", 113000.0)]


def run(story: Story, claims: list[Claim]) -> AuditReport:
    return audit(claims, {story.id: story.info()})


def one_sentence(
    story: Story, figures: list[tuple[str, float, dict[str, Any]]], **shared: Any
) -> AuditReport:
    """A one-sentence story's figures (quote, value, own labels) with the labels they
    share, audited in text order."""
    claims = [story.claim(quote, value, **shared, **own) for quote, value, own in figures]
    return run(story, sorted(claims, key=lambda c: c.start))


def arithmetic(report: AuditReport) -> list[Finding]:
    return [f for f in report.findings if f.verdict == "arithmetic"]


def stated(finding: Finding) -> list[str]:
    return [c.quote for c in finding.claims if c.role == "stated"]


# --- a percent move against its from/to levels ---------------------------------------


def move(sentence: str, percent: str, pct: float, levels: list[tuple[str, float]], **kw):
    story = Story("m", "Markets Brief").say(sentence)
    side = kw.pop("side", "down")
    price = {"metric": "price", "asset": "BTC", "period": DAY}
    claims = [
        story.claim(
            percent, pct, metric="price_change", unit="%", side=side, asset="BTC", period=DAY, **kw
        )
    ]
    claims += [story.claim(q, v, **price) for q, v in levels]
    return story, sorted(claims, key=lambda c: c.start)


@pytest.mark.parametrize(
    ("sentence", "percent", "value", "levels", "flagged"),
    [
        ("Bitcoin fell 12% from $125,000 to $113,000 on Monday.", "12%", 12, BTC_LEVELS, True),
        ("Bitcoin fell 9.6% from $125,000 to $113,000 on Monday.", "9.6%", 9.6, BTC_LEVELS, False),
        (
            "The token fell nearly 10%, from $0.72 to $0.66, after the hack.",
            "10%",
            10,
            [("$0.72", 0.72), ("$0.66", 0.66)],
            False,
        ),
        (
            "Bitcoin dropped 3.4% in 24 hours, falling from $92,000 to a low of $86,140.",
            "3.4%",
            3.4,
            [("$92,000", 92000), ("$86,140", 86140)],
            False,
        ),
        ("Bitcoin slid to $113,000, a 12% drop from $125,000.", "12%", 12, BTC_LEVELS[::-1], False),
    ],
    ids=["wrong percent", "right percent", "rounded and nearly", "another window", "not linked"],
)
def test_percent_move(sentence, percent, value, levels, flagged) -> None:
    story, claims = move(sentence, percent, value, levels)
    found = arithmetic(run(story, claims))
    assert bool(found) is flagged, [f.explanation for f in found]
    if flagged:
        assert stated(found[0]) == [percent]
        assert "9.6%" in found[0].explanation and found[0].computed_value == pytest.approx(9.6)


@pytest.mark.parametrize(
    ("sentence", "percent", "value", "flagged"),
    [
        ("The memecoin increased about 20% to $11.55 from $10.45 the same week.", "20%", 20, True),
        ("The memecoin increased about 10% to $11.55 from $10.45 the same week.", "10%", 10, False),
        ("USDC is trading at $11.55 per unit, up 20% from the low of $10.45.", "20%", 20, True),
    ],
)
def test_percent_move_written_the_other_way_round(sentence, percent, value, flagged) -> None:
    story, claims = move(
        sentence,
        percent,
        value,
        [("$11.55", 11.55), ("$10.45", 10.45)],
        side="up",
        qualifier="approx" if "about" in sentence else "exact",
    )
    assert bool(arithmetic(run(story, claims))) is flagged


# --- parts against their total --------------------------------------------------------


@pytest.mark.parametrize(
    ("longs", "long_value", "flagged"),
    [("$930 million", 930e6, True), ("$1.03 billion", 1.03e9, False)],
)
def test_long_and_short_against_the_total(longs: str, long_value: float, flagged: bool) -> None:
    story = Story("l", "CryptoDesk").say(
        f"Liquidations hit $1.21 billion in 24 hours, with {longs} in longs "
        "and $171.4 million in shorts."
    )
    claims = [
        story.claim("$1.21 billion", 1.21e9),
        story.claim(longs, long_value, side="long"),
        story.claim("$171.4 million", 171.4e6, side="short"),
    ]
    found = arithmetic(run(story, claims))
    assert bool(found) is flagged
    if flagged:
        assert stated(found[0]) == ["$1.21 billion"] and "$1.101 billion" in found[0].explanation


@pytest.mark.parametrize(
    ("total", "value", "flagged"),
    [("$458.6 million", 458.6e6, False), ("$258.6 million", 258.6e6, True)],
)
def test_listed_funds_against_their_total(total: str, value: float, flagged: bool) -> None:
    story = Story("f", "BlockBeat").say(
        f"Spot bitcoin ETFs drew {total} on Tuesday. BlackRock's IBIT led with $312.4 million, "
        "Fidelity's FBTC followed with $98.7 million and ARKB added $27.1 million."
    )
    flow = {"metric": "etf_flow", "side": "inflow", "period": DAY}
    claims = [story.claim(total, value, asset="BTC", **flow)]
    claims += [
        story.claim(q, v, asset=a, **flow)
        for q, v, a in [
            ("$312.4 million", 312.4e6, "IBIT"),
            ("$98.7 million", 98.7e6, "FBTC"),
            ("$27.1 million", 27.1e6, "ARKB"),
        ]
    ]
    assert bool(arithmetic(run(story, claims))) is flagged


def test_one_fund_beside_a_total_is_not_a_sum() -> None:
    story = Story("f", "BlockBeat").say(
        "Spot bitcoin ETFs drew $187.2 million a day earlier. "
        "IBIT took in $312.4 million on its own."
    )
    flow = {"metric": "etf_flow", "side": "inflow", "period": DAY}
    claims = [
        story.claim("$187.2 million", 187.2e6, asset="BTC", **flow),
        story.claim("$312.4 million", 312.4e6, asset="IBIT", **flow),
    ]
    assert arithmetic(run(story, claims)) == []


# --- quantity times average price -------------------------------------------------------


def purchase(sentence: str, total: str, value: float) -> tuple[Story, list[Claim]]:
    story = Story("p", "Bankless").say(sentence)
    kw = {"asset": "MSTR", "period": DAY}
    claims = [
        story.claim("4,225 BTC", 4225, metric="holdings", unit="BTC", **kw),
        story.claim(total, value, metric="transaction_value", **kw),
        story.claim("$111,827", 111827, metric="average_cost", **kw),
    ]
    return story, sorted(claims, key=lambda c: c.start)


@pytest.mark.parametrize(
    ("total", "value", "flagged"),
    [
        ("$472.5 million", 472.5e6, False),
        ("$527.5 million", 527.5e6, True),
        ("$0.47 billion", 0.47e9, False),
    ],
)
def test_quantity_times_average_price(total: str, value: float, flagged: bool) -> None:
    sentence = f"Strategy bought 4,225 BTC for {total} at an average price of $111,827 per bitcoin."
    found = arithmetic(run(*purchase(sentence, total, value)))
    assert bool(found) is flagged
    if flagged:
        assert "4,225 BTC × $111,827 = $472.469 million" in found[0].explanation


@pytest.mark.parametrize(
    ("total", "value", "flagged"), [("$527.5 million", 527.5e6, True), ("$472.5M", 472.5e6, False)]
)
def test_an_evaluative_adjective_does_not_break_the_link(
    total: str, value: float, flagged: bool
) -> None:
    """ "executed at a steep $111,827": the adjective says nothing of the computation."""
    sentence = (
        f"The {total} acquisition of 4,225 BTC, executed at a steep $111,827 per token, was "
        "funded through share sales."
    )
    assert bool(arithmetic(run(*purchase(sentence, total, value)))) is flagged


def test_a_quantity_in_another_clause_is_not_multiplied() -> None:
    sentence = (
        "It paid $527.5 million at an average price of $111,827, bringing holdings to 4,225 BTC."
    )
    assert arithmetic(run(*purchase(sentence, "$527.5 million", 527.5e6))) == []


# --- a coin amount against its dollar value ---------------------------------------------


@pytest.mark.parametrize(
    ("value_quote", "value", "price_quote", "price", "flagged"),
    [
        ("$2.4 million", 2.4e6, "$65,000", 65000, True),
        ("$2.4 billion", 2.4e9, "$65,000", 65000, False),
        ("$2.4 million", 2.4e6, "$0.183", 0.183, False),  # a price of something else
    ],
)
def test_coin_amount_against_its_value_at_the_articles_price(
    value_quote, value, price_quote, price, flagged
) -> None:
    story = Story("v", "Whale Watch").say(f"Bitcoin traded near {price_quote} on Monday.")
    story.say(f"A dormant wallet moved 37,000 BTC ({value_quote}) to Binance.")
    claims = [
        story.claim(price_quote, price, metric="price", asset="BTC", period=DAY, sentence=0),
        story.claim("37,000 BTC", 37000, metric="fund_flow", unit="BTC", asset="BTC", period=DAY),
        story.claim(value_quote, value, metric="fund_flow", asset="BTC", period=DAY),
    ]
    found = arithmetic(run(story, claims))
    assert bool(found) is flagged
    if flagged:
        assert stated(found[0]) == ["$2.4 million"] and "1,000 times more" in found[
            0
        ].explanation.replace("1,002", "1,000").replace("1,001", "1,000")


# --- a stated share against its parts ------------------------------------------------------


@pytest.mark.parametrize(("share", "value", "flagged"), [("82%", 82, True), ("99%", 99, False)])
def test_stated_share_against_the_articles_parts(share: str, value: float, flagged: bool) -> None:
    story = Story("s", "Mitrade").say("The crypto market lost $2.65 billion in the last 24 hours.")
    story.say(f"Longs took a $2.62 billion wipeout, about {share} of the total.")
    claims = [
        story.claim("$2.65 billion", 2.65e9, sentence=0),
        story.claim("$2.62 billion", 2.62e9, side="long"),
        story.claim(share, value, unit="%", side="long", qualifier="approx"),
    ]
    found = arithmetic(run(story, claims))
    assert bool(found) is flagged
    if flagged:
        assert stated(found[0]) == [share] and "98.9%" in found[0].explanation


# --- a total against the parts its sentence lists -------------------------------------


def remedies(sentence: str, figures: list[tuple[str, float]]) -> AuditReport:
    """One sentence: its figures in order, all the same fact's kind (a fine, undated)."""
    story = Story("kwon", "cryptonews.net", date(2024, 6, 13)).say(sentence)
    fines = [(quote, value, {}) for quote, value in figures]
    return one_sentence(story, fines, metric="fine", asset=None, period=None)


KWON = (
    "Kwon must also pay $204.3 million in remedies separate from his liability in Terraform "
    "Labs' payments, including $110 million in disgorgement, prejudgment interest of {i}, "
    "and an additional $80 million in civil penalties."
)


@pytest.mark.parametrize(
    ("interest", "value", "flagged"),
    [
        ("$14.3 billion", 14.3e9, True),  # a part a thousand times too big
        ("$14.3 million", 14.3e6, False),  # the parts add up
        ("$14 million", 14e6, False),  # rounded
    ],
)
def test_listed_parts_against_their_total(interest: str, value: float, flagged: bool) -> None:
    figures = [("$204.3 million", 204.3e6), ("$110 million", 110e6), (interest, value)]
    report = remedies(KWON.format(i=interest), [*figures, ("$80 million", 80e6)])
    found = arithmetic(report)
    assert bool(found) == flagged, [f.explanation for f in report.findings]
    if flagged:
        assert stated(found[0]) == ["$204.3 million"]
        assert "$110 million + $14.3 billion + $80 million" in found[0].explanation


def test_a_total_too_small_for_its_listed_part_is_found() -> None:
    report = remedies(
        "Terraform agreed to pay $4.47 million, including a $3.6 billion disgorgement.",
        [("$4.47 million", 4.47e6), ("$3.6 billion", 3.6e9)],
    )
    assert stated(arithmetic(report)[0]) == ["$4.47 million"]


def test_a_list_that_names_only_some_parts_is_no_finding() -> None:
    report = remedies(
        "The exchange paid $100 million in penalties, including $20 million to the CFTC.",
        [("$100 million", 100e6), ("$20 million", 20e6)],
    )
    assert arithmetic(report) == []


def test_a_figure_after_the_list_ends_is_no_part() -> None:
    """ "bringing" starts another total: $300 million is listed, $2 billion is not."""
    report = remedies(
        "Regulators fined the firm $500 million on Tuesday, including $300 million for "
        "sanctions breaches, bringing its fines this decade to $2 billion.",
        [("$500 million", 500e6), ("$300 million", 300e6), ("$2 billion", 2e9)],
    )
    assert arithmetic(report) == []


def test_parts_of_another_kind_are_not_summed() -> None:
    story = Story("etf", "Markets Brief", date(2025, 8, 25)).say(
        "Spot bitcoin ETFs took in $500 million, including 4,500 BTC bought by IBIT."
    )
    claims = [
        story.claim("$500 million", 500e6, metric="etf_flow", side="inflow", asset="BTC"),
        story.claim("4,500 BTC", 4500, metric="etf_flow", unit="BTC", side="inflow", asset="IBIT"),
    ]
    assert arithmetic(run(story, claims)) == []


# --- property: a changed figure is found, a rounded one is not ---------------------------


def _money(value: float, decimals: int) -> str:
    return f"${value:,.{decimals}f}"


@st.composite
def moves(draw: st.DrawFn) -> tuple[float, float, int]:
    start = draw(st.integers(min_value=2000, max_value=150000))
    change = draw(st.integers(min_value=3, max_value=40)) / 100
    down = draw(st.booleans())
    end = round(start * (1 - change if down else 1 + change))
    decimals = draw(st.integers(min_value=0, max_value=2))
    return float(start), float(end), decimals


def allowed_move(start: float, end: float) -> float:
    """The largest move the two levels allow as written (their rounding included)."""
    (s_lo, s_hi), (e_lo, e_hi) = (written_bounds(_money(v, 0), v, "exact") for v in (start, end))
    assert s_lo and s_hi and e_lo and e_hi
    return max(abs(e_lo / s_hi - 1), abs(e_hi / s_lo - 1)) * 100


@settings(max_examples=60, deadline=None)
@given(move_=moves(), wrong=st.floats(min_value=1.2, max_value=3.0))
def test_a_rounded_percent_is_never_flagged_and_a_changed_one_always(move_, wrong) -> None:
    start, end, decimals = move_
    true = abs(end / start - 1) * 100
    most = allowed_move(start, end)
    changed = round(most * wrong + 1, decimals)
    while (written_bounds(f"{changed:.{decimals}f}%", changed, "exact")[0] or 0) <= most:
        changed += 1  # a round "10%" allows 5-15%: go beyond what it allows too
    for pct, flagged in ((round(true, decimals), False), (changed, True)):
        written = f"{pct:.{decimals}f}%"
        sentence = (
            f"Bitcoin moved {written} from {_money(start, 0)} to {_money(end, 0)} in the session."
        )
        story, claims = move(
            sentence,
            written,
            pct,
            [(_money(start, 0), start), (_money(end, 0), end)],
            side="down" if end < start else "up",
        )
        assert bool(arithmetic(run(story, claims))) is flagged, (sentence, true)


@settings(max_examples=60, deadline=None)
@given(
    quantity=st.integers(min_value=100, max_value=50000),
    average=st.integers(min_value=20000, max_value=120000),
    wrong=st.floats(min_value=1.1, max_value=2.0),
)
def test_a_rounded_total_is_never_flagged_and_a_changed_one_always(
    quantity, average, wrong
) -> None:
    true = quantity * average
    _, q_hi = written_bounds(f"{quantity:,}", quantity, "exact")
    _, a_hi = written_bounds(f"${average:,}", average, "exact")
    assert q_hi and a_hi
    for total, flagged in ((true, False), (q_hi * a_hi * wrong + 1e6, True)):  # beyond rounding
        millions = round(total / 1e6, 1)
        written = f"${millions:,.1f} million"
        q = f"{quantity:,} BTC"
        story = Story("p", "Bankless").say(
            f"Strategy bought {q} for {written} at an average price of ${average:,} per bitcoin."
        )
        kw = {"asset": "MSTR", "period": DAY}
        claims = [
            story.claim(q, quantity, metric="holdings", unit="BTC", **kw),
            story.claim(written, millions * 1e6, metric="transaction_value", **kw),
            story.claim(f"${average:,}", average, metric="average_cost", **kw),
        ]
        assert bool(arithmetic(run(story, claims))) is flagged, (q, written, average)


# --- a premium or discount against the two values it compares ----------------------------


def premium(
    sentence: str, figures: list[tuple[str, float, str, str]], qualifier: str = "approx"
) -> AuditReport:
    """One sentence of a company's figures: (quote, value, metric, unit) in text order."""
    story = Story("mnav", "ainvest.com", date(2025, 8, 25)).say(sentence)
    labelled = [(q, v, {"metric": m, "unit": u}) for q, v, m, u in figures]
    return one_sentence(story, labelled, asset="MSTR", period=None, qualifier=qualifier)


MNAV = (
    "At a market capitalization of approximately {cap} against $70 billion in bitcoin "
    "holdings, Strategy trades at a roughly 1.6x market-to-NAV multiple, or about a {p} "
    "premium to the value of its BTC stash."
)


@pytest.mark.parametrize(
    ("cap", "cap_value", "pct", "flagged"),
    [
        ("$112 million", 112e6, "60%", True),  # the cap a thousand times too small
        ("$112 billion", 112e9, "60%", False),  # 112 ÷ 70 = 1.6
        ("$115 billion", 115e9, "60%", False),  # rounded: about 64%, "about 60%"
        ("$112 billion", 112e9, "16%", True),  # a changed percent
    ],
)
def test_premium_against_the_values_it_compares(cap, cap_value, pct, flagged) -> None:
    report = premium(
        MNAV.format(cap=cap, p=pct),
        [
            (cap, cap_value, "market_cap", "USD"),
            ("$70 billion", 70e9, "holdings", "USD"),
            ("1.6x", 1.6, "other", "x"),
            (pct, float(pct[:-1]), "other", "%"),
        ],
    )
    found = arithmetic(report)
    assert bool(found) is flagged, [f.explanation for f in report.findings]
    if flagged:
        assert stated(found[0]) == [pct]
        assert f"“{cap}” against “$70 billion”" in found[0].explanation


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        (
            "Grayscale's GBTC closed at $25.50, a 35% discount to its net asset value of $39.20.",
            False,
        ),
        (
            "Grayscale's GBTC closed at $25.50, a 53% discount to its net asset value of $39.20.",
            True,
        ),
        (
            "Grayscale's GBTC closed at $25.50, a 35% premium over its net asset value of $39.20.",
            True,
        ),
    ],
    ids=["discount adds up", "changed discount", "a discount called a premium"],
)
def test_discount_to_the_value_named_after_it(sentence: str, flagged: bool) -> None:
    pct = "53%" if "53%" in sentence else "35%"
    report = premium(
        sentence,
        [
            ("$25.50", 25.5, "price", "USD"),
            (pct, float(pct[:-1]), "other", "%"),
            ("$39.20", 39.2, "price", "USD"),
        ],
    )
    assert bool(arithmetic(report)) is flagged, [f.explanation for f in report.findings]


@pytest.mark.parametrize(
    ("pct", "flagged"), [("7%", False), ("17%", True)], ids=["adds up", "changed premium"]
)
def test_a_price_premium_between_two_venues(pct: str, flagged: bool) -> None:
    """The "kimchi premium": one venue's price against another's."""
    report = premium(
        f"Bitcoin traded on Upbit at $68,500, a {pct} premium over the $64,000 it fetched on "
        "Coinbase.",
        [
            ("$68,500", 68500, "price", "USD"),
            (pct, float(pct[:-1]), "other", "%"),
            ("$64,000", 64000, "price", "USD"),
        ],
        qualifier="exact",
    )
    found = arithmetic(report)
    assert bool(found) is flagged, [f.explanation for f in report.findings]
    if flagged:
        assert "1.07, 7.0% above it" in found[0].explanation


@pytest.mark.parametrize(
    "sentence",
    [
        # two values of different things, a premium of a third
        "Bitcoin traded at $64,000 against $3,100 for ether, while the Coinbase premium rose to "
        "a 12% high.",
        # the percent is no premium: another quantity's rise
        "Inflows reached $500 million against $300 million last week, and volume saw a 16% rise.",
        # a premium with nothing compared in figures
        "At a $112B market cap, Strategy trades at roughly a 60% premium to its bitcoin holdings.",
        # the values are not compared with each other
        "Strategy raised $309.9 million and bought $356.9 million of bitcoin, a 60% premium "
        "on shares it sold.",
    ],
    ids=["other words", "no premium word", "one value", "not compared"],
)
def test_figures_that_are_no_premium_are_not_checked(sentence: str) -> None:
    quotes = re.findall(r"\$[\d.,]+(?: million| billion|B|K)?|\d+%", sentence)
    figures = []
    for q in quotes:
        number = float(re.sub(r"[^\d.]", "", q))
        if q.endswith("%"):
            figures.append((q, number, "other", "%"))
        else:
            scale = 1e6 if "million" in q else 1e9 if ("billion" in q or q.endswith("B")) else 1
            figures.append((q, number * scale, "market_cap", "USD"))
    report = premium(sentence, figures)
    assert arithmetic(report) == [], [f.explanation for f in report.findings]


@settings(max_examples=60, deadline=None)
@given(
    nav=st.integers(min_value=20, max_value=900),
    gap=st.integers(min_value=-60, max_value=150).filter(lambda g: abs(g) >= 3),
    wrong=st.floats(min_value=1.5, max_value=3.0),
    decimals=st.integers(min_value=0, max_value=1),
)
def test_a_rounded_premium_is_never_flagged_and_a_changed_one_always(
    nav, gap, wrong, decimals
) -> None:
    """A fund's price against its net asset value per share: the premium (or discount) as
    rounded is never flagged; one beyond everything the two prices allow always is."""
    price = round(nav * (1 + gap / 100), 2)
    word = "premium" if price >= nav else "discount"
    p_lo, p_hi = written_bounds(f"${price:.2f}", price, "exact")
    n_lo, n_hi = written_bounds(f"${nav:.2f}", nav, "exact")
    assert p_lo and p_hi and n_lo and n_hi
    most = max(abs(p_lo / n_hi - 1), abs(p_hi / n_lo - 1)) * 100
    true = abs(price / nav - 1) * 100
    changed = round(most * wrong + 1, decimals)
    while (written_bounds(f"{changed:.{decimals}f}%", changed, "exact")[0] or 0) <= most:
        changed += 1  # a round "10%" allows 5-15%: go beyond what it allows too
    for pct, flagged in ((round(true, decimals), False), (changed, True)):
        written = f"{pct:.{decimals}f}%"
        sentence = (
            f"The trust closed at ${price:.2f}, a {written} {word} to its net asset value of "
            f"${nav:.2f} a share."
        )
        report = premium(
            sentence,
            [
                (f"${price:.2f}", price, "price", "USD"),
                (written, pct, "other", "%"),
                (f"${nav:.2f}", float(nav), "price", "USD"),
            ],
            qualifier="exact",
        )
        assert bool(arithmetic(report)) is flagged, (sentence, true)
