"""A stretch phrase dates the clause it stands in, not every figure of its sentence.

"Ether funds took in $1.05 million on the day, bringing this year's total to $11.2
billion": the year is the second figure's stretch; the first is a day's figure and may
still be the slipped twin of a day's "$1.05 billion". A stretch phrase that opens the
sentence ("This year, ...", "Since their launch, ...") governs every clause after it, and
a figure whose own clause names a stretch keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest
from audit_claims import Story, run, suspects

from extractor.audit.stretches import counts_a_stretch, names_a_stretch
from extractor.models import AuditReport

TUESDAY = (date(2025, 3, 11), date(2025, 3, 11))
ETH_IN = {"metric": "etf_flow", "side": "inflow", "asset": "ETH"}


def _audit(sentence: str, quote: str, published: date | None) -> AuditReport:
    """Two dated outlets give a day's $1.05 billion; a third page gives ``quote`` as
    $1.05 million in ``sentence``, filed without a period."""
    stories, claims = [], []
    for n, (publisher, said) in enumerate(
        [
            (
                "coindesk.com",
                "Spot ether ETFs took in $1.05 billion on Tuesday, Farside data show.",
            ),
            ("theblock.co", "US ether ETFs drew net inflows of $1.05 billion on Tuesday."),
        ]
    ):
        story = Story(f"eth-{n}", publisher, date(2025, 3, 12), event="eth-day").say(said)
        stories.append(story)
        claims.append(story.claim("$1.05 billion", 1.05e9, period=TUESDAY, **ETH_IN))  # type: ignore[arg-type]
    page = Story("eth-page", "cryptonewsz.com", published, event="eth-day").say(sentence)
    stories.append(page)
    claims.append(page.claim(quote, 1.05e6, period=None, **ETH_IN))  # type: ignore[arg-type]
    return run(claims, stories)


# Each: the day's figure in one clause, a longer stretch's total in another.
REACH = [
    "Ether funds took in $1.05 million on the day, bringing this year's total to $11.2 billion.",
    "Spot ether products saw $1.05 million of inflows; year-to-date flows stand at $3.1 billion.",
    "Ether ETFs logged $1.05 million in net inflows, while cumulative inflows since launch "
    "reached $9.4 billion.",
    "Ether ETFs add $1.05 million — the year-to-date haul tops $11 billion",
    "Ether funds drew $1.05 million, taking their total over the past twelve months to $12 "
    "billion.",
    "Net inflows into the ether funds were $1.05 million, but February's outflows still "
    "totalled $2 billion.",
]

# Each: the figure's own clause names the stretch, or the stretch opens the sentence.
TWINS = [
    "Ether funds took in $1.05 million this year, a fraction of last year's haul.",
    "This year, bitcoin funds took $30 billion, while ether funds have drawn $1.05 million.",
    "Since their launch, ether funds have taken in $1.05 million, and the pace is slowing.",
    "Ether funds took in $1.05 million in March alone, bringing the quarter's total to $2 billion.",
    "So far this year, bitcoin products took $30 billion; ether products gathered $1.05 million.",
]


@pytest.mark.parametrize("published", [None, date(2025, 3, 12)], ids=["undated", "dated"])
@pytest.mark.parametrize("sentence", REACH)
def test_a_days_figure_beside_a_longer_stretchs_total_is_named(
    sentence: str, published: date | None
) -> None:
    assert names_a_stretch(sentence)
    assert not names_a_stretch(sentence, "$1.05 million")
    assert not counts_a_stretch(sentence, "$1.05 million")
    assert suspects(_audit(sentence, "$1.05 million", published)) == ["$1.05 million"]


@pytest.mark.parametrize("published", [None, date(2025, 3, 12)], ids=["undated", "dated"])
@pytest.mark.parametrize("sentence", TWINS)
def test_a_figure_in_its_stretchs_clause_is_no_days_figure(
    sentence: str, published: date | None
) -> None:
    assert names_a_stretch(sentence, "$1.05 million")
    assert _audit(sentence, "$1.05 million", published).findings == []


def test_a_total_in_the_later_clause_keeps_its_stretch() -> None:
    sentence = REACH[0]
    assert counts_a_stretch(sentence, "$11.2 billion")
    assert names_a_stretch(sentence, "$11.2 billion")


def test_a_quote_written_twice_is_judged_by_its_whole_sentence() -> None:
    sentence = "Funds took $1 million on Tuesday, bringing this year's total past $1 million."
    assert counts_a_stretch(sentence, "$1 million")


# A clause with no time of its own shares the stretch told before it, or after it in
# words about it; so does a sentence opened by a stretch holding a year or a count.
SHARED = [
    "Spot bitcoin ETFs have amassed $36 billion since their launch, while ether funds have "
    "drawn $1.05 million.",
    "Spot ether ETFs have taken in $1.05 million — all of it since their July 2024 debut.",
    "Bitcoin funds have drawn $36 billion this year, and ether funds $1.05 million.",
    "In 2025, bitcoin funds took in $30 billion, while ether funds drew $1.05 million.",
    "Since their 2024 launch, bitcoin funds have drawn $36 billion, while ether funds have "
    "taken $1.05 million.",
    "Over the past 12 months, bitcoin funds took in $30 billion, while ether funds drew $1.05 "
    "million.",
]


@pytest.mark.parametrize("published", [None, date(2025, 3, 12)], ids=["undated", "dated"])
@pytest.mark.parametrize("sentence", SHARED)
def test_a_clause_sharing_the_sentences_stretch_is_no_days_figure(
    sentence: str, published: date | None
) -> None:
    assert names_a_stretch(sentence, "$1.05 million")
    assert _audit(sentence, "$1.05 million", published).findings == []
