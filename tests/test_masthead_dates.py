"""A masthead line under a headline ("Chainwire Daily | Layer 2 | Friday, February 6, 2026")
holds the page's date stamp in a cell of its own: it is the day the page was printed, not a
day the story tells. An undated figure of the story then takes the first day the story
tells ("a sequencer outage on Thursday"), as it does under a stamp alone on its line; a
figure whose own sentence or paragraph names a time keeps that time."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import PUBLISHED, check, known, row

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
    row(
        story(
            "CoinWeek Asia | Regulation | 6 Feb 2026 08:15 SGT",
            "Singapore's central bank revoked the licence of token firm Orchid Pay on Thursday.",
            "Orchid Pay had 42,000 customers, the regulator said.",
        ),
        "42,000",
        period="2026-02-05..2026-02-05",
    ),
    row(
        story(
            "Lagos Ledger | Stablecoins | February 6, 2026 (Friday)",
            "Nigeria's securities regulator suspended a naira stablecoin pilot on Wednesday.",
            "The pilot had issued ₦4.1 billion of tokens to 19 banks.",
        ),
        "₦4.1 billion",
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
    row(
        story(
            "Nordic Crypto Post | DeFi | Fri, 6 Feb 2026",
            "Aave governance approved a proposal on Tuesday to widen its wstETH market.",
            "Deposits reached 900,000 wstETH on Monday, according to the proposal.",
        ),
        "900,000 wstETH",
        period="2026-02-02..2026-02-02",
    ),
    row(
        story(
            "Yen Desk | Markets | 2026-02-06",
            "Bitcoin traded flat in Tokyo as exporters sold dollars.",
            "Zaif held ¥9.6 billion of customer crypto assets, the regulator said.",
        ),
        "¥9.6 billion",
        period="2026-02-06..2026-02-06",
    ),
    row(
        "Daily flows\n\n| Fund | Date | Net flow |\n|---|---|---|\n"
        "| IBIT | 6 Feb 2026 | $210 million |\n| FBTC | 6 Feb 2026 | $45 million |\n",
        "$45 million",
        period="2026-02-06..2026-02-06",
    ),
    # gaps of any stamp, on its own line or in a masthead: a later sentence's figure does
    # not take the lede's day
    known(
        "the lede's day does not reach a later sentence's own clause",
        story(
            "Nordic Crypto Post | DeFi | Fri, 6 Feb 2026",
            "Aave governance approved a proposal on Tuesday to widen its wstETH market.",
            "The proposal lifted the supply cap to 1.2 million wstETH.",
        ),
        "1.2 million wstETH",
        period="2026-02-03..2026-02-03",
    ),
    known(
        "the lede's day does not reach a later sentence's own clause",
        story(
            "Yen Desk | Markets | 2026-02-06",
            "Japan's Financial Services Agency ordered exchange Zaif to halt sign-ups on Monday.",
            "Zaif held ¥9.6 billion of customer crypto assets when the order came.",
        ),
        "¥9.6 billion",
        period="2026-02-02..2026-02-02",
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
     ("Nordic Crypto Post | DeFi | Fri, 6 Feb 2026", "Fri, 6 Feb 2026", "stamp"),
     ("Yen Desk | Markets | 2026-02-06", "2026-02-06", "stamp"),
     # a cell that tells more than the date, and a table's row
     ("Episode notes | 41 min | Recorded Tuesday, Feb. 3", "Tuesday, Feb. 3", "date"),
     ("Podcast | Episode 212 | Taped on Feb. 4", "Feb. 4", "date"),
     # a cell of a span, not a day: an issue's week
     ("Weekly outlook | Week of February 2, 2026 | Rates", "Week of February 2, 2026", "date"),
     ("| BTC | February 5, 2026 | $71,200 |\n| ETH | February 5, 2026 | $2,100 |",
      "February 5, 2026", "date")],
)  # fmt: skip
def test_the_role_of_a_date_in_a_masthead_cell(line: str, date_text: str, role: str) -> None:
    text = f"Headline of the day\n\n{line}\n\nBitcoin rose 2% to $71,200.\n"
    roles = {text[t.start : t.end]: t.role for t in find_time_expressions(text, PUBLISHED, None)}
    assert roles[date_text] == role
