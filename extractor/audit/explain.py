"""Plain-words explanations of findings, naming quotes, publishers and the supported figure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from extractor.audit.modes import SAME_DIGITS
from extractor.audit.wording import amount, fact_words, factor_words, names, percent

if TYPE_CHECKING:
    from extractor.audit.context import AuditContext
    from extractor.audit.evidence import Evidence
    from extractor.audit.readings import Reading
    from extractor.models import FactKey


def _who(readings: Sequence[Reading], ctx: AuditContext) -> str:
    return names(ctx.publisher(r) for r in readings)


def _sources(count: int) -> str:
    return f"{count} independent source" + ("" if count == 1 else "s")


def _first(readings: Sequence[Reading]) -> Reading:
    """The reading to quote for a side: a value before a bound."""
    return next((r for r in readings if r.bounded), readings[0])


def scale_error(
    fact: FactKey, sides: Evidence, factor: float, supported: Reading | None, ctx: AuditContext
) -> str:
    """Why a figure looks like a slipped scale word, and which figure the others support."""
    other, majority = _first(sides.other), supported or _first(sides.majority)
    size = factor_words(factor)
    alike = abs(other.value * factor - majority.value) <= SAME_DIGITS * abs(majority.value)
    digits = (
        "The digits match"
        if alike
        else f"Times {size} it lands among the others' figures for one fact"
    )
    if supported is None:
        same = "have the same digits" if alike else "are alike once scaled"
        return (
            f"“{other.quote}” ({_who(sides.other, ctx)}) and “{majority.quote}” "
            f"({_who(sides.majority, ctx)}) {same} but differ by a factor "
            f"of {size} on {fact_words(fact)}: one of them likely slipped a scale word; "
            f"{sides.split_words()}."
        )
    doubt = next((r.doubtful for r in sides.other if r.doubtful), None)
    caveat = f" The figure may be misread ({doubt}), so confidence is lowered." if doubt else ""
    if sides.votes_for <= sides.votes_against:  # named by other evidence
        caveat = f" The sources are split, but {sides.told_by}.{caveat}"
    count = len(sides.backers)
    return (
        f"“{other.quote}” ({_who(sides.other, ctx)}) is likely a scale slip: "
        f"{_sources(count)} ({_who(sides.majority, ctx)}) give{'s' if count == 1 else ''} "
        f"“{majority.quote}” for {fact_words(fact)}. {digits}, and the values differ "
        f"by a factor of {size}. Supported value: {amount(supported.value, fact.unit)}.{caveat}"
    )


def conflict(
    fact: FactKey,
    sides: Evidence,
    gap: float,
    supported: Reading | None,
    spread: tuple[float, float],
    ctx: AuditContext,
) -> str:
    """Why a figure for the same fact cannot be true beside the others, with their spread."""
    other, majority = _first(sides.other), supported or _first(sides.majority)
    apart = (
        f"{percent(gap)} apart beyond their written precision "
        f"(tolerance {percent(ctx.settings.tolerance)})"
    )
    low, high = spread
    spread_words = (
        f"; their readings run from {amount(low, fact.unit)} to {amount(high, fact.unit)}"
        if high > low
        else ""
    )
    if supported is None:
        return (
            f"Sources disagree on {fact_words(fact)}: “{other.quote}” "
            f"({_who(sides.other, ctx)}) and “{majority.quote}” "
            f"({_who(sides.majority, ctx)}) are {apart}; {sides.split_words()}."
        )
    return (
        f"Sources disagree on {fact_words(fact)}: “{other.quote}” "
        f"({_who(sides.other, ctx)}) against “{majority.quote}” from "
        f"{_sources(len(sides.backers))} ({_who(sides.majority, ctx)}){spread_words}, {apart}."
    )


def part_exceeds_whole(
    part: Reading, whole: Reading, side: str, fact: FactKey, gap: float, ctx: AuditContext
) -> str:
    """Why a part larger than its whole cannot be right."""
    return (
        f"The {side} part “{part.quote}” ({ctx.publisher(part)}) exceeds the whole "
        f"“{whole.quote}” ({ctx.publisher(whole)}) of {fact_words(fact)} by "
        f"{percent(gap)}: a part cannot be larger than its total."
    )


def parts_exceed_whole(
    parts: Sequence[tuple[Reading, str]], whole: Reading, gap: float, ctx: AuditContext
) -> str:
    """Why parts adding up to more than their whole cannot all be right."""
    quoted = names(f"“{p.quote}” {side} ({ctx.publisher(p)})" for p, side in parts)
    return (
        f"The parts {quoted} add up to more than the whole “{whole.quote}” "
        f"({ctx.publisher(whole)}), by {percent(gap)}."
    )


def share_mismatch(
    share: Reading,
    part: Reading,
    whole: Reading,
    side: str,
    metric: str,
    computed: float,
    ctx: AuditContext,
) -> str:
    """Why a stated share disagrees with the part and whole it is a share of."""
    return (
        f"“{share.quote}” of {metric.replace('_', ' ')} were {side} "
        f"according to {ctx.publisher(share)}, but “{part.quote}” {side} "
        f"({ctx.publisher(part)}) of “{whole.quote}” in total ({ctx.publisher(whole)}) "
        f"is {computed:.1f}%."
    )
