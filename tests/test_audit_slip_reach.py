"""The cheap test before a window's scale slips are looked for is exact.

The audit frames a window's figures for their agreement, but looks for a scale slip
among them only when two of them are far enough apart to be one (``facts.may_slip``).
That shortcut must never hide a slip: whatever the figures, their hedges and their
sources, a window the cheap test passes over gives no slip when it is looked for anyway.
"""

from __future__ import annotations

import math
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.audit.context import ArticleTable, AuditContext
from extractor.audit.facts import may_slip
from extractor.audit.modes import frame
from extractor.audit.policy import AuditSettings, scale_factors
from extractor.audit.readings import Reading
from extractor.audit.records import ArticleInfo
from extractor.audit.scale import slips
from extractor.models import FactKey

QUALIFIERS = ["exact", "more_than", "less_than", "approx"]


def reading(n: int, value: float, qualifier: str, digits: int) -> Reading:
    """Figure ``n`` of a window, in an article (and source) of its own."""
    quote = f"${value:,.{digits}f}"
    width = 0.5 * 10**-digits if qualifier != "approx" else 0.05 * abs(value)
    low = value - width if qualifier != "less_than" else None
    high = value + width if qualifier != "more_than" else None
    return Reading(
        id=f"c{n}",
        article=n,
        quote=quote,
        start=0,
        end=len(quote),
        sentence=f"Traders moved {quote} through spot bitcoin funds on the day.",
        value=value,
        unit="USD",
        metric="etf_flow",
        side="inflow",
        asset="BTC",
        venue=None,
        low=low,
        high=high,
        qualifier=qualifier,  # type: ignore[arg-type]
        lo=low if low is not None else -math.inf,
        hi=high if high is not None else math.inf,
        period=(date(2026, 3, 2), date(2026, 3, 2)),
        published=date(2026, 3, 2),
        precision=0.0,
        source=n,
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=1e3, max_value=1e10, allow_nan=False),
            st.sampled_from(QUALIFIERS),
            st.integers(min_value=0, max_value=2),
        ),
        min_size=2,
        max_size=7,
    )
)
def test_a_window_the_cheap_test_passes_over_holds_no_slip(
    figures: list[tuple[float, str, int]],
) -> None:
    window = [reading(n, v, q, d) for n, (v, q, d) in enumerate(figures)]
    if may_slip(window, scale_factors("USD")):
        return  # a window the audit looks into: nothing to show here
    table = ArticleTable({})
    table.rows = [ArticleInfo(id=f"a{n}", publisher=f"Outlet {n}") for n in range(len(window))]
    table.events = [None] * len(window)
    ctx = AuditContext(table, AuditSettings())
    fact = FactKey(metric="etf_flow", side="inflow", asset="BTC", unit="USD")
    modes = frame(window, ctx.settings.tolerance, ctx.settings.conflict_max_ratio)
    assert slips(modes, ctx, set(), lambda _: fact) == []
    assert slips(modes, ctx, set(), lambda _: fact, spread=False) == []


def test_figures_a_thousand_apart_are_looked_into() -> None:
    """The twin: $2.4 million beside $2.4 billion is what the shortcut must let through."""
    window = [reading(0, 2.4e6, "exact", 1), reading(1, 2.4e9, "exact", 1)]
    assert may_slip(window, scale_factors("USD"))
