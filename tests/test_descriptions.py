"""The describing run before a name: one reader for the speaker readings (an
organisation's kind) and the citing cues ("per analytics shop X"). Rows are the text right
before a name in wire, newsletter and exchange-note wording; twins end in a word that
describes nothing (a verb of stating, a preposition, a capitalized word)."""

from __future__ import annotations

import pytest

from extractor.nlp.descriptions import describing_run
from extractor.nlp.pipeline import annotate

RUNS = [
    ("Card payments made up 1.4% of checkout volume, according to payments consultancy ",
     ["payments", "consultancy"]),
    ("The coins sit with custodian ", ["custodian"]),
    ("Staking deposits hit 3.2 million ETH, per analytics shop ", ["analytics", "shop"]),
    ("The wallets were flagged by on-chain sleuth ", ["on-chain", "sleuth"]),
    # three words at most: the run stops before "well"
    ("The loans were made by well known venture-backed crypto lender ",
     ["venture-backed", "crypto", "lender"]),
]  # fmt: skip

NO_RUN = [
    "Hashrate rose 4% last month, estimates ",  # a verb of stating
    "Protesters gathered in the sky above ",  # a preposition
    "The lender, backed by Norvik ",  # a capitalized word
    "The fund's assets, said ",  # a verb of stating after a comma
]


@pytest.mark.parametrize(("before", "words"), RUNS)
def test_describing_run(before: str, words: list[str]) -> None:
    assert [w.group() for w in describing_run(before)] == words


@pytest.mark.parametrize("before", NO_RUN)
def test_no_describing_run(before: str) -> None:
    assert describing_run(before) == []


def test_run_ends_where_the_text_before_the_name_ends() -> None:
    """The run's words are spans of the text read, so a cue before the first one can be
    asked for in place ("according to " ends before "payments")."""
    before = "according to payments consultancy "
    run = describing_run(before)
    assert before[: run[0].start()] == "according to "


# One reader for both: a name after a citing cue and a describing run is cited, the same
# name after a verb's object is not.
CITED = [
    ("Stablecoin remittances to the region reached $2.3 billion in the quarter, per "
     "payments consultancy Orrin Vale.", "$2.3 billion", "Orrin Vale"),
    ("Exchange reserves fell to 2.31 million BTC, according to research boutique Glasshook.",
     "2.31 million BTC", "Glasshook"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "source"), CITED)
def test_cited_after_describing_run(text: str, quote: str, source: str) -> None:
    links = annotate(text, None, None)._.links
    (link,) = [x for x in links if text[x.amount.start : x.amount.end] == quote]
    assert link.source == source
