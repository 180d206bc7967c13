"""Within-article arithmetic: an article's own figures that cannot all be true together.

Seven computations, each checked against the figure the article states for it:

- a percent move against the from/to levels the same sentence gives ("fell 12% from
  $125,000 to $113,000" is a fall of 9.6%);
- parts against their total (long plus short liquidations against the total; per-fund
  ETF flows against the funds' total for the day);
- a quantity times its average price against the stated total ("4,225 BTC for $472.5
  million at $111,827 average");
- a coin amount against its dollar value at the article's own price ("37,000 BTC ($2.4
  million)" where the article prices bitcoin at $65,000: a factor of 1,000 out);
- a stated share against its parts ("82% were longs" against $2.62 billion of $2.65
  billion);
- a total against the parts its sentence lists ("$204.3 million in remedies, including
  $110 million in disgorgement, $14.3 million of interest and $80 million in penalties");
- a premium or discount against the two values it compares ("$112 billion against $70
  billion in bitcoin holdings, ... a 60% premium").

Every figure is taken as the interval its written precision allows, and the computation
is done on intervals, so rounding is never flagged: only a result outside everything the
written figures allow is. Figures are linked only when the words between them are
connectors (``audit_arithmetic.jsonl``): "fell 12% from $125,000 to $113,000" links;
"dropped 3.4% in 24 hours, falling from $92,000 to a low of $86,140" does not.
A coin's price moves between the moments an article's figures were taken, and an
article's price labels can be wrong, so a coin amount and its dollar value are checked
only for a slipped scale: a value a factor of 10^3, 10^6 or 10^9 away from what the
article's own price gives (within a factor of two).
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.audit.arithmetic_links import MOVES, NOT_AMOUNTS, in_sentences, is_coin, parted
from extractor.audit.arithmetic_lists import listed_parts, lists_parts
from extractor.audit.arithmetic_moves import percent_moves
from extractor.audit.arithmetic_premiums import mentions_premium, premiums
from extractor.audit.arithmetic_sums import shares, sums
from extractor.audit.arithmetic_values import coin_values, products
from extractor.audit.context import AuditContext
from extractor.audit.readings import Reading
from extractor.models import Finding


def check_article(pairs: Sequence[Reading], ctx: AuditContext) -> list[Finding]:
    """Every arithmetic disagreement among one article's figures.

    Each computation needs figures of certain kinds; an article without them (most) is
    passed over after one look at its units and metrics.
    """
    moves = coins = split = False
    amounts: dict[str, int] = {}  # amounts per sentence: a list needs a total and a part
    premium: dict[str, bool] = {}  # sentences of a percent: may it be a premium or discount?
    split_metrics = parted()
    for r in pairs:
        unit, sentence = r.unit, r.sentence
        if unit == "%":  # a percent is never a coin amount
            moves = moves or r.side in ("up", "down") or r.metric in MOVES
            if sentence not in premium:
                premium[sentence] = mentions_premium(sentence)
        elif not coins:
            coins = is_coin(unit)
        split = split or r.metric in split_metrics
        if unit not in NOT_AMOUNTS:
            amounts[sentence] = amounts.get(sentence, 0) + 1
    listing = {s for s, n in amounts.items() if n > 1 and lists_parts(s)}
    found: list[Finding] = []
    if moves or coins or listing or any(premium.values()):
        sentences = in_sentences([r for r in pairs if r.unit != "count"])
        for figures in sentences:
            sentence = figures[0].reading.sentence
            if sentence in listing:
                found += listed_parts(
                    [f for f in figures if f.reading.unit not in NOT_AMOUNTS], sentence, ctx
                )
            if len(figures) < 3:
                continue
            if premium.get(sentence):
                found += premiums(figures, sentence, ctx)
            if moves:
                found += percent_moves(figures, sentence, ctx)
            if coins:
                found += products(figures, sentence, ctx)
        if coins:
            found += coin_values(sentences, pairs, ctx)
    if split:  # only figures of a metric split into parts take part (and their periods)
        parted_figures = [r for r in pairs if r.metric in split_metrics]
        found += sums(parted_figures, ctx)
        found += shares(parted_figures, ctx)
    return list({f.id: f for f in found}.values())
