"""A masthead line under a headline ("Chainwire Daily | Layer 2 | Friday, February 6, 2026")
holds the page's date stamp in a cell of its own: it is the day the page was printed, not a
day the story tells. An undated figure of the story then takes the first day the story
tells ("a sequencer outage on Thursday"), as it does under a stamp alone on its line; a
figure whose own sentence or paragraph names a time keeps that time."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import PUBLISHED, check, row

from extractor.nlp.periods import find_time_expressions

# published 2026-02-06, a Friday (nlp_cases.PUBLISHED)


def story(masthead: str, lede: str, body: str) -> str:
    return f"Headline of the day\n\n{masthead}\n\n{lede}\n\n{body}\n"


ROWS: list[Any] = [
    # reach: the masthead's date is the page's; the lede's day dates the story's figures
    row(
        story(
            "Chainwire Daily | Layer 2 | Friday, February 6, 2026",
            "A sequencer outage on Thursday halted Arbitrum One for 78 minutes.",
            "Bridges paused $41 million of withdrawals during the halt, according to L2Beat.",
        ),
        "$41 million",
        period="2026-02-05..2026-02-05",
    ),
    row(
        story(
            "Baltic Fintech Wire | Payments | 6 February 2026, 09:40 CET",
            "Lithuania's central bank fined payment firm Vaultis on Wednesday.",
            "The regulator found that Vaultis processed €2.4 million for sanctioned wallets.",
        ),
        "€2.4 million",
        period="2026-02-04..2026-02-04",
    ),
    row(
        story(
            "The Basis Letter | Issue 44 | Feb. 6, 2026 (Friday)",
            "Solana validators voted on Tuesday to cut the inflation schedule.",
            "About 68% of staked SOL took part in the vote.",
        ),
        "68%",
        period="2026-02-03..2026-02-03",
    ),
    row(
        story(
            "Andes Market Journal | Crypto | Fri 6 Feb 2026",
            "A hacker drained the Cumbre bridge on Monday night.",
            "Cumbre said the attacker took 1,850 ETH before the contracts were paused.",
        ),
        "1,850 ETH",
        period="2026-02-02..2026-02-02",
    ),
    row(
        story(
            "Gulf Digital Review | Exchanges | February 6, 2026 | 4 min read",
            "Dubai exchange Rimal halted withdrawals on Wednesday after a wallet fault.",
            "Users had queued 3,200 withdrawal requests when the halt began.",
        ),
        "3,200",
        period="2026-02-04..2026-02-04",
    ),
    # twins: no other day in the story (the masthead's day stays), a figure with a day of
    # its own, a date that is a table's cell and a cell that tells more than the date (the
    # day a recording was made, a day the story tells)
    row(
        story(
            "Chainwire Daily | Layer 2 | Friday, February 6, 2026",
            "Arbitrum One halted for 78 minutes after a sequencer fault.",
            "Bridges paused $41 million of withdrawals during the halt, according to L2Beat.",
        ),
        "$41 million",
        period="2026-02-06..2026-02-06",
    ),
    row(
        story(
            "Baltic Fintech Wire | Payments | 6 February 2026",
            "Lithuania's central bank fined payment firm Vaultis on Wednesday.",
            "In January, Vaultis processed €2.4 million for sanctioned wallets.",
        ),
        "€2.4 million",
        period="2026-01-01..2026-01-31",
    ),
    row(
        "Weekly flows\n\n| Day | Net flow |\n|---|---|\n"
        "| Thursday, February 5, 2026 | $120 million |\n"
        "| Friday, February 6, 2026 | $85 million |\n",
        "$85 million",
        period="2026-02-06..2026-02-06",
    ),
    row(
        story(
            "Episode notes | 41 min | Recorded Tuesday, Feb. 3",
            "The hosts discuss ether's slide.",
            "Ether lost 9% over the episode's week.",
        ),
        "9%",
        period="2026-02-03..2026-02-03",
    ),
]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ROWS)
def test_a_masthead_date_is_the_page_stamp(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(
    ("line", "date_text", "role"),
    [("Chainwire Daily | Layer 2 | Friday, February 6, 2026", "Friday, February 6, 2026",
      "stamp"),
     ("Helmfield Research | 6 February 2026 | For professional investors", "6 February 2026",
      "stamp"),
     ("Street Ticker | Earnings | Feb. 6, 2026 5:12 AM ET", "Feb. 6, 2026", "stamp"),
     # a cell that tells more than the date, and a table's row
     ("Episode notes | 41 min | Recorded Tuesday, Feb. 3", "Tuesday, Feb. 3", "date"),
     ("| BTC | February 5, 2026 | $71,200 |\n| ETH | February 5, 2026 | $2,100 |",
      "February 5, 2026", "date")],
)  # fmt: skip
def test_the_role_of_a_date_in_a_masthead_cell(line: str, date_text: str, role: str) -> None:
    text = f"Headline of the day\n\n{line}\n\nBitcoin rose 2% to $71,200.\n"
    roles = {text[t.start : t.end]: t.role for t in find_time_expressions(text, PUBLISHED, None)}
    assert roles[date_text] == role
