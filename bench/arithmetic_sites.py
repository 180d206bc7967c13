"""Where an article's own figures must add up, found from its gold claims, and slips to plant.

A *site* is a set of gold figures of one article whose labels say they are one
computation and whose values, as written, agree with it (so the clean text is right):

- ``percent``: a percent move (``price_change``/``market_cap_change``, or a side up/down)
  and two levels of one unit in the same sentence, which holds the word "from", the
  percent equal to the move between them;
- ``product``: a coin quantity, an average price (``average_cost``) and the money total
  paid (``transaction_value``) in the same sentence, the total equal to quantity × price;
- ``sum``: long, short and total liquidations of one asset and period in one article, the
  total equal to long + short;
- ``share``: a long or short share of liquidations and the article's own part and total,
  the share equal to part ÷ total;
- ``value``: a coin amount and a money amount side by side in one sentence (nothing but
  a parenthesis or "worth"/"valued at" between them) in an article that prices the coin,
  the value within a factor of two of the amount at that price;
- ``premium``: a percent followed by the word "premium" or "discount" and two amounts of
  one unit in the same sentence, one that much above (or below) the other.

The planted slip changes the stated figure: a percent (a move or a premium) is at least
doubled (to twice the most its levels allow, as they are written), a share halved, a
total raised by a fifth, a coin's money value multiplied by 1,000 (the only change the
article's own price, which moves during a day, can show). The changed figure is written
with as many decimals as the original, and its value is what it says as written.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extractor.audit.arithmetic_links import NOT_AMOUNTS
from extractor.models import Claim

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
MONEY = {"USD", "EUR", "GBP", "JPY", "AUD", "CAD", "INR"}
NOT_COINS = MONEY | NOT_AMOUNTS
LINK = re.compile(r"^\s*(?:\(|,?\s*(?:worth|valued at|currently worth)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Site:
    """One computation of an article: the gold figure to change and by how much."""

    kind: str
    article_id: str
    index: int  # the gold claim whose figure is changed
    factor: float


def _span(claim: Claim) -> tuple[float, float]:
    low = claim.low if claim.low is not None else claim.value
    high = claim.high if claim.high is not None else claim.value
    return min(low, claim.value), max(high, claim.value)


def _meets(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _move(x: Claim, y: Claim) -> tuple[float, float]:
    """The percent moves between two levels, either way round, as written."""
    (xl, xh), (yl, yh) = _span(x), _span(y)
    moves = [abs(yl / xh - 1), abs(yh / xl - 1), abs(xl / yh - 1), abs(xh / yl - 1)]
    return min(moves) * 100, max(moves) * 100


def sites(article_id: str, claims: Sequence[Claim]) -> Iterator[Site]:
    """Every computation the gold claims of one article say holds."""
    by_sentence: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        by_sentence[claim.sentence].append(i)
    for sentence, members in by_sentence.items():
        yield from _percent_sites(article_id, claims, members, sentence)
        yield from _product_sites(article_id, claims, members)
        yield from _value_sites(article_id, claims, members)
        yield from _premium_sites(article_id, claims, members, sentence)
    yield from _sum_sites(article_id, claims)


def _priced(claims: Sequence[Claim], coin: Claim, money: Claim) -> bool:
    """Whether the article prices the coin near what the pair implies (a factor of two)."""
    implied = money.value / coin.value if coin.value else 0.0
    return any(
        c.metric == "price"
        and c.asset == coin.unit
        and c.unit == money.unit
        and c.value > 0
        and 0.5 <= implied / c.value <= 2
        for c in claims
    )


def _percent_sites(
    article_id: str, claims: Sequence[Claim], members: list[int], sentence: str
) -> Iterator[Site]:
    if " from " not in f" {sentence.lower()} ":
        return
    for i in members:
        p = claims[i]
        moving = p.metric in ("price_change", "market_cap_change") or p.side in ("up", "down")
        if p.unit != "%" or not moving:
            continue
        levels = [claims[j] for j in members if claims[j].unit not in ("%",) and j != i]
        for a in range(len(levels)):
            for b in range(a + 1, len(levels)):
                x, y = levels[a], levels[b]
                if x.unit != y.unit or x.value <= 0 or y.value <= 0 or p.value <= 0:
                    continue
                move = _move(x, y)
                if _meets(_span(p), move):
                    # at least double, and twice the most the levels allow as written
                    yield Site("percent", article_id, i, max(2.0, 2 * move[1] / p.value))
                    return


def _product_sites(article_id: str, claims: Sequence[Claim], members: list[int]) -> Iterator[Site]:
    coins = [j for j in members if claims[j].unit not in NOT_COINS]
    prices = [j for j in members if claims[j].metric == "average_cost" and claims[j].unit in MONEY]
    totals = [
        j for j in members if claims[j].unit in MONEY and claims[j].metric == "transaction_value"
    ]
    for q in coins:
        for a in prices:
            for t in totals:
                (ql, qh), (al, ah) = _span(claims[q]), _span(claims[a])
                if _meets(_span(claims[t]), (ql * al, qh * ah)):
                    yield Site("product", article_id, t, 1.2)
                    return


def _value_sites(article_id: str, claims: Sequence[Claim], members: list[int]) -> Iterator[Site]:
    ordered = sorted(members, key=lambda j: claims[j].start)
    for a, b in itertools.pairwise(ordered):
        coin, money = claims[a], claims[b]
        if coin.unit in NOT_COINS or money.unit not in MONEY:
            continue
        at = coin.sentence.find(coin.quote)
        gap_end = coin.sentence.find(money.quote, at + len(coin.quote))
        if at < 0 or gap_end < 0:
            continue
        gap = coin.sentence[at + len(coin.quote) : gap_end]
        if LINK.match(gap) and not NUMBER.search(gap) and _priced(claims, coin, money):
            yield Site("value", article_id, b, 1000.0)


PREMIUM = re.compile(r"^\s*(premium|discount)\b", re.IGNORECASE)


def _premium_sites(
    article_id: str, claims: Sequence[Claim], members: list[int], sentence: str
) -> Iterator[Site]:
    amounts = [claims[j] for j in members if claims[j].unit not in NOT_AMOUNTS]
    for i in members:
        p = claims[i]
        at = sentence.find(p.quote)
        cue = PREMIUM.match(sentence[at + len(p.quote) :]) if at >= 0 else None
        if p.unit != "%" or cue is None or p.value <= 0:
            continue
        sign = 1 if cue.group(1).lower() == "premium" else -1
        for x, y in itertools.permutations(amounts, 2):
            if x.unit != y.unit or x.value <= 0 or y.value <= 0:
                continue
            (xl, xh), (yl, yh) = _span(x), _span(y)
            moves = (sign * (xl / yh - 1) * 100, sign * (xh / yl - 1) * 100)
            if _meets(_span(p), (min(moves), max(moves))):
                yield Site("premium", article_id, i, max(2.0, 2 * max(moves) / p.value))
                return


def _sum_sites(article_id: str, claims: Sequence[Claim]) -> Iterator[Site]:
    groups: dict[tuple[object, ...], dict[str | None, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for i, c in enumerate(claims):
        if c.metric == "liquidations":
            groups[c.asset, c.venue, c.unit, c.period_start, c.period_end][c.side].append(i)
    for sides in groups.values():
        totals, longs, shorts = sides.get(None, []), sides.get("long", []), sides.get("short", [])
        money = [i for i in totals if claims[i].unit in MONEY]
        for t in money:
            for lg in longs:
                for sh in shorts:
                    if claims[lg].unit != claims[t].unit or claims[sh].unit != claims[t].unit:
                        continue
                    (ll, lh), (sl, shh) = _span(claims[lg]), _span(claims[sh])
                    if _meets(_span(claims[t]), (ll + sl, lh + shh)):
                        yield Site("sum", article_id, t, 1.2)
        for side in ("long", "short"):
            shares = [i for i in sides.get(side, []) if claims[i].unit == "%"]
            parts = [i for i in sides.get(side, []) if claims[i].unit in MONEY]
            for s in shares:
                for p in parts:
                    for t in money:
                        (pl, ph), (tl, th) = _span(claims[p]), _span(claims[t])
                        if tl > 0 and _meets(_span(claims[s]), (pl / th * 100, ph / tl * 100)):
                            yield Site("share", article_id, s, 0.5)


def changed(quote: str, factor: float) -> str | None:
    """The quote with its number times ``factor``, written as precisely and in the same style
    ("12%" → "18%", "$472.5 million" → "$567.0 million", "$2.39 million" → "$2,390.00
    million")."""
    match = NUMBER.search(quote)
    if match is None:
        return None
    text = match.group(0)
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    value = float(text.replace(",", "")) * factor
    grouped = "," in text or value >= 10_000
    written = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    return quote[: match.start()] + written + quote[match.end() :]


def written_factor(old: str, new: str) -> float:
    """How much the number written in ``new`` is of the one in ``old`` (after rounding)."""
    a, b = NUMBER.search(old), NUMBER.search(new)
    assert a is not None and b is not None
    return float(b.group(0).replace(",", "")) / float(a.group(0).replace(",", ""))
