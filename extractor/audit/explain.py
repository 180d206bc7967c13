"""Plain-words explanations of findings, naming quotes, publishers and the supported value."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extractor.audit.wording import amount, fact_words, factor_words, names, percent
from extractor.models import Claim, FactKey

if TYPE_CHECKING:
    from extractor.audit.context import AuditContext
    from extractor.audit.evidence import Evidence


def _who(claims: Sequence[Claim], ctx: AuditContext) -> str:
    return names(ctx.publisher(c) for c in claims)


def _sources(count: int) -> str:
    return f"{count} independent source" + ("" if count == 1 else "s")


def scale_error(
    fact: FactKey, sides: Evidence, factor: float, supported: float | None, ctx: AuditContext
) -> str:
    """Why a figure looks like a slipped scale word, and which value the others support."""
    other, majority = sides.other.reference, sides.majority.reference
    size = factor_words(factor)
    if supported is None:
        return (
            f"“{other.quote}” ({_who(sides.other.claims, ctx)}) and “{majority.quote}” "
            f"({_who(sides.majority.claims, ctx)}) have the same digits but differ by a factor "
            f"of {size} on {fact_words(fact)}: one of them likely slipped a scale word; "
            f"{sides.split_words()}."
        )
    return (
        f"“{other.quote}” ({_who(sides.other.claims, ctx)}) is likely a scale slip: "
        f"{_sources(len(sides.backers))} ({_who(sides.majority.claims, ctx)}) give "
        f"“{majority.quote}” for {fact_words(fact)}. The digits match and the values differ "
        f"by a factor of {size}. Supported value: {amount(supported, fact.unit)}."
    )


def conflict(fact: FactKey, sides: Evidence, gap: float, ctx: AuditContext) -> str:
    """Why two figures for the same fact cannot both be true."""
    other, majority = sides.other.reference, sides.majority.reference
    apart = (
        f"{percent(gap)} apart beyond their written precision "
        f"(tolerance {percent(ctx.settings.tolerance)})"
    )
    if not sides.named:
        return (
            f"Sources disagree on {fact_words(fact)}: “{other.quote}” "
            f"({_who(sides.other.claims, ctx)}) and “{majority.quote}” "
            f"({_who(sides.majority.claims, ctx)}) are {apart}; {sides.split_words()}."
        )
    return (
        f"Sources disagree on {fact_words(fact)}: “{other.quote}” "
        f"({_who(sides.other.claims, ctx)}) against “{majority.quote}” from "
        f"{_sources(len(sides.backers))} ({_who(sides.majority.claims, ctx)}), {apart}."
    )


def part_exceeds_whole(part: Claim, whole: Claim, gap: float, ctx: AuditContext) -> str:
    """Why a part larger than its whole cannot be right."""
    return (
        f"The {part.side} part “{part.quote}” ({ctx.publisher(part)}) exceeds the whole "
        f"“{whole.quote}” ({ctx.publisher(whole)}) of {part.metric.replace('_', ' ')} by "
        f"{percent(gap)}: a part cannot be larger than its total."
    )


def parts_exceed_whole(parts: Sequence[Claim], whole: Claim, gap: float, ctx: AuditContext) -> str:
    """Why parts adding up to more than their whole cannot all be right."""
    quoted = names(f"“{p.quote}” {p.side} ({ctx.publisher(p)})" for p in parts)
    return (
        f"The parts {quoted} add up to more than the whole “{whole.quote}” "
        f"({ctx.publisher(whole)}), by {percent(gap)}."
    )


def share_mismatch(
    share: Claim, part: Claim, whole: Claim, computed: float, ctx: AuditContext
) -> str:
    """Why a stated share disagrees with the part and whole it is a share of."""
    return (
        f"“{share.quote}” of {share.metric.replace('_', ' ')} were {share.side} "
        f"according to {ctx.publisher(share)}, but “{part.quote}” {share.side} "
        f"({ctx.publisher(part)}) of “{whole.quote}” in total ({ctx.publisher(whole)}) "
        f"is {computed:.1f}%."
    )
