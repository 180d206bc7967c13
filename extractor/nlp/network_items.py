"""Lists sorted by chain: a list item labelled with a chain's name under a lead line that
sorts the list by chain ("Funds drained per network:" over "- Optimism: $4.2 million",
"USDC supply by chain" over "- Solana: $9.6 billion"). The label is where the figure sits,
not the coin it was read as: like a table row under a "Chain" header, the figure takes the
lead's asset, else the fund's or company's the article is about, else none. Only money
sits on a chain so: a chain token's own readings (its price, move or market value), the
chain's own fees and revenue, and figures in coins, percentages or counts ("Staking yields by
network: Ethereum: 3.1%", "Ethereum: 18,400 ETH") stay the label's coin."""

from __future__ import annotations

import re

from extractor.lexicon import per_lexicon
from extractor.nlp.asset_data import asset_words
from extractor.nlp.context import Context
from extractor.nlp.lines import Line
from extractor.nlp.own_subject import subject_of_article
from extractor.nlp.ownerless import backdrop


def on_network_item(ctx: Context, pos: int, decided: str | None) -> bool:
    """Whether the figure at ``pos`` stands in a list item whose label named the coin
    ``decided`` and whose list's lead line sorts the list by chain or network."""
    line = ctx.line_at(pos)
    if decided is None or line is None or not line.is_item or line.label is None:
        return False
    if pos < line.label[1] or decided not in {m.value for m in ctx.in_span("asset", line.label)}:
        return False
    return sorted_by_network(ctx, line)


def sorted_by_network(ctx: Context, item: Line) -> bool:
    """Whether the list holding ``item`` has a lead line that sorts it by chain or network
    ("Funds drained per network:"): its labels are places, not coins priced."""
    lead = _lead(ctx, item)
    return lead is not None and _by_network().search(ctx.text, *lead) is not None


def network_item_asset(ctx: Context, pos: int) -> str | None:
    """The asset of a figure in a list by chain: the one its lead line names ("USDC supply by
    chain"), else the fund's or company's the article is about, else none."""
    line = ctx.line_at(pos)
    lead = _lead(ctx, line) if line is not None else None
    named = [m.value for m in ctx.in_span("asset", lead) if not m.ambiguous] if lead else []
    if named and not backdrop(named[0]):
        return named[0]
    return subject_of_article(ctx)


def _lead(ctx: Context, item: Line) -> tuple[int, int] | None:
    """The lead line of the list holding ``item`` (lines.ListBlocks)."""
    lead = ctx.list_blocks.lead(item)
    return None if lead is None else lead.span


@per_lexicon
def _by_network() -> re.Pattern[str]:
    """ "by chain", "per network", "across blockchains": a lead that sorts rows by chain."""
    return re.compile(rf"(?i)\b(?:by|per|across)\s+{asset_words('network_column_headers')}\b")
