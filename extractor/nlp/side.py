"""Which way a figure goes: inflow or outflow, long or short, up or down."""

from __future__ import annotations

import re
from collections import Counter

from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import grammar
from extractor.nlp.context import Context, Span, boundaries, closest_amount, distance, gap
from extractor.nlp.cues import (
    change_before,
    change_size_patterns,
    change_verb_before,
    combined,
    cue_words,
    directional_metrics,
    from_peak,
    multiple_patterns,
    percent_than,
    total,
    up_verbs,
)
from extractor.nlp.layers import Amount, M
from extractor.nlp.mentions import Mention
from extractor.nlp.metric import caps, crossed_level, listed_after, metric_of, moving_word

_FLOW_SIDES = {M.ETF_FLOW: ("inflow", "outflow"), M.FUND_FLOW: ("inflow", "outflow")}


def side(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    """The side of a flow, a liquidation or a move, from the side words the amount owns;
    an item of a parenthesized list takes the side of the item before it."""
    own = _side(ctx, a, metric, sent)
    if own is None and (listed := listed_after(ctx, a, sent)):
        return ctx.remember("listed_side", listed.start, lambda: side(ctx, listed, metric, sent))
    if own is None and metric == M.LIQUIDATIONS and (partner := _coordinated(ctx, a, sent)):
        return ctx.remember("shared_side", partner.start, lambda: side(ctx, partner, metric, sent))
    return own


def restated(ctx: Context, a: Amount, sent: Span) -> Amount | None:
    """The figure of another kind right before this one that it restates ("81% of the
    losses, or $1.03 billion"): the two are one figure, with one side."""
    before = ctx.amounts_in((sent[0], a.start))
    if not before or before[-1].kind == a.kind:
        return None
    return before[-1] if _RESTATED.match(ctx.text, before[-1].end, a.start) else None


_FACTOR_OF = re.compile(r"(?i)^\s+by(?:\s+a\s+factor\s+of)?(?=\s)")
_RESTATED = re.compile(r"[^,;.]{0,30},\s*or\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$")
_SHARED_REACH = 80  # characters between two liquidation figures that share one side


def _coordinated(ctx: Context, a: Amount, sent: Span) -> Amount | None:
    """The liquidation figure before this one in its sentence that an ellipsis coordinates it
    with ("$188 million in long liquidations, with Ether contributing $96 million"): the same
    kind, close, with no word of a total between them. Called only for a figure that owns
    no side word itself."""
    before = ctx.amounts_in((sent[0], a.start))
    if not before or before[-1].kind != a.kind:
        return None
    previous = before[-1]
    between = ctx.text[previous.end : a.start]
    if len(between) > _SHARED_REACH or total().search(between) or combined().search(between):
        return None
    return previous if metric_of(ctx, previous, sent) == M.LIQUIDATIONS else None


def _side(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    if a.kind == "percent" and (than := percent_than().match(ctx.text, a.end)):
        return "up" if than["up"] else "down"  # "37% more than", "38% less than"
    a_move = a.kind == "percent" and metric in (M.PRICE_CHANGE, M.MARKET_CAP_CHANGE)
    if a_move and (peak := from_peak().match(ctx.text, a.end)):  # "20% below its high"
        return "down" if peak["down"] else "up"
    if metric != M.LIQUIDATIONS and metric in directional_metrics():
        direction = _direction(ctx, a, metric, sent)
        mover = None if direction else moving_word(ctx, a, sent)
        moved = _side_of(ctx, mover) if mover else change_size(ctx, a, metric)
        return direction or moved or _multiplied(ctx, a)
    if metric == M.PARTICIPANTS and a.kind in ("count", "number"):
        return _grown_by(ctx, a)  # "Binance added another 30 million users"
    if metric not in _FLOW_SIDES and metric != M.LIQUIDATIONS:
        if mover := moving_word(ctx, a, sent):  # "CPI rose 0.5%", "funding fell 22%"
            return _direction(ctx, a, M.PRICE_CHANGE, sent) or _side_of(ctx, mover)
        if (a.kind == "money" and a.sign) or (a.kind == "percent" and a.sign > 0):
            return "up" if a.sign > 0 else "down"  # "+$22B", "a surprise of +23.65%"
        if changed := change_size(ctx, a, metric) or _multiplied(ctx, a):
            return changed
    wanted = ("long", "short") if metric == M.LIQUIDATIONS else _FLOW_SIDES.get(metric)
    if not wanted:
        return None
    nearest = _nearest_side(ctx, a, metric, sent, wanted)
    if nearest or metric not in _FLOW_SIDES:
        return nearest
    return _paragraph_side(ctx, a, wanted)


_UP_DOWN = ("up", "down")


def _grown_by(ctx: Context, a: Amount) -> str | None:
    """A count of people right after a change verb is how many came or went ("added another
    30 million users", "lost 2 million users"); a count after "by" takes the change word's
    direction ("grew by 8 million"); any other count is a total, with no side."""
    change = change_verb_before().search(ctx.text, max(0, a.start - 40), a.start)
    if change and change["verb"].lower() != "by":
        return "up" if change["verb"].lower() in up_verbs() else "down"
    return change_size(ctx, a, M.PARTICIPANTS)


def change_size(ctx: Context, a: Amount, metric: str) -> str | None:
    """The direction of a change the amount is the size of, whatever it counts: "lowered
    rates by 25 basis points", "a decrease of around 12,300 BTC", "a $620 million increase".
    A change word that names the amount's own metric ("a loss of $3 million") is no change."""
    sent = ctx.sentence_of(a.start)
    clause = ctx.near(a.start, sent)
    words = [m for m in ctx.in_span("side", clause) if m.value in _UP_DOWN]
    before = [m for m in words if m.end <= a.start]
    by_before, of_before, noun_after, determined_before = change_size_patterns()
    if before and not _bounds(ctx, before[-1], a):
        m = before[-1]
        between = ctx.text[m.end : a.start]
        if (by_before.match(between) or of_before.match(between)) and not boundaries(between):
            return None if _names_metric(ctx, m, metric) else m.value
    after = next((m for m in words if m.start >= a.end), None)
    if after and noun_after.match(ctx.text[a.end : after.start]):
        determined = determined_before.search(ctx.text[max(0, a.start - 40) : a.start])
        if determined and not _names_metric(ctx, after, metric):
            return after.value
    return None


_OWN_QUANTITY = (M.LOSS, M.PROFIT, M.HACK_AMOUNT, M.LIQUIDATIONS)


def _bounds(ctx: Context, word: Mention, a: Amount) -> bool:
    """The side word opens the bound phrase right before the amount ("upward of 10,000
    wallets"): it bounds the figure, it names no direction."""
    if word.end > a.start or a.start - word.start > _LONGEST_BOUND:
        return False
    return " ".join(ctx.text[word.start : a.start].lower().split()) in grammar().qualifiers


_LONGEST_BOUND = 30  # characters of the longest bound phrase that starts with a side word


def _multiplied(ctx: Context, a: Amount) -> str | None:
    """A multiple that compares sizes: "more than doubled", "3x larger than", "twice the
    amount of" (up), "half its all-time high" (down); a multiple right after a change verb
    takes the verb's direction ("surged 3x", "fell tenfold", "grew by a factor of five");
    leverage and ratios have no side."""
    half = a.kind == "percent" and ctx.text[a.start : a.end].lower() == "half"
    if a.kind != "multiple" and not half:
        return None
    comparative, compared, grown = multiple_patterns()
    after = ctx.text[a.end : a.end + 60]
    if grown.match(ctx.text[a.start : a.end]):
        return "up"
    if not half and (verb := _move_before(ctx, a)):
        return verb
    if (match := comparative.match(after)) and not half:
        return "up" if match["up"] else "down"
    if compared.match(after):
        return "down" if half or a.value < 1 else "up"
    return None


def _move_before(ctx: Context, a: Amount) -> str | None:
    """The direction of a rise or fall word right before the figure, a bound ("nearly") or
    "by a factor of" between them at most: "surged 3x", "fell nearly tenfold"."""
    words = [m for m in ctx.in_span("side", (max(0, a.start - 40), a.start)) if m.end <= a.start]
    if not words or words[-1].value not in _UP_DOWN or _setting_after().match(ctx.text, a.end):
        return None  # "cut 100x leverage to 50x": the verb moves the setting, not by 100x
    between = _FACTOR_OF.sub("", ctx.text[words[-1].end : a.start]).lower().split()
    if between and " ".join(between) not in grammar().qualifiers:
        return None
    return words[-1].value


@per_lexicon
def _setting_after() -> re.Pattern[str]:
    """One of the first two words after a multiple makes it a setting ("125x leverage")."""
    return re.compile(rf"(?i)(?:[\s-]+[\w$.-]+)?[\s-]+{cue_words('multiple_settings')}\b")


def _names_metric(ctx: Context, word: Mention, metric: str) -> bool:
    """The change word names a quantity of its own ("a loss of $3 million", "gains of $280
    million") or the amount's metric, rather than a change of something."""
    triggers = ctx.in_span("metric", (word.start - 20, word.end))
    return any(
        t.end == word.end and (t.value == metric or t.value in _OWN_QUANTITY) for t in triggers
    )


def _side_of(ctx: Context, word: Mention) -> str | None:
    """The direction a change word itself names ("sliding" is down), for a figure that shares
    it with the one before ("sliding 10% in January and another 15% in February")."""
    for m in ctx.in_span("side", (word.start, word.end)):
        if m.value in ("up", "down"):
            return m.value
    return None


def _direction(ctx: Context, a: Amount, metric: str, sent: Span) -> str | None:
    """Up or down: the amount's sign, a change verb before a money figure, else a side
    word next to a percentage or a price change."""
    if a.sign:
        return "up" if a.sign > 0 else "down"
    before = ctx.text[max(0, a.start - 40) : a.start]
    change = change_before().search(before)
    if a.kind == "money" and change and change["verb"].lower() != "by":
        return "up" if change["verb"].lower() in up_verbs() else "down"
    if a.kind != "percent" and metric != M.PRICE_CHANGE:
        return None  # "open interest dropped to $95.73 billion" is a level, not a move
    return _nearest_side(ctx, a, metric, sent, ("up", "down"))


def _nearest_side(
    ctx: Context, a: Amount, metric: str, sent: Span, wanted: tuple[str, ...]
) -> str | None:
    """The nearest wanted side word of the sentence that belongs to this amount."""
    best: tuple[float, str] | None = None
    for m in ctx.in_span("side", sent):
        if m.value not in wanted or closest_amount(ctx, m, sent) is not a:
            continue
        if (m.value == "up" and caps(ctx, m)) or _bounds(ctx, m, a):
            continue
        if metric == M.LIQUIDATIONS and boundaries(gap(ctx, a, m)):
            continue  # ", with long traders taking most losses" describes the total, not a side
        if m.value in _UP_DOWN and m.end <= a.start and crossed_level(gap(ctx, a, m)):
            continue  # "fell below 6%": a level the move crossed, not its size
        d = distance(ctx, a, m)
        best = min(best, (d, m.value)) if best else (d, m.value)
    return best[1] if best else None


def _paragraph_side(ctx: Context, a: Amount, wanted: tuple[str, ...]) -> str | None:
    """The side the paragraph names most, for a flow its own sentence gives none."""
    para = ctx.paragraph_of(a.start)
    sides = [m.value for m in ctx.in_span("side", para) if m.value in wanted]
    return Counter(sides).most_common(1)[0][0] if sides else None
