"""A listed company's name that is a person's first name ("Mara Quintero", "Iren Kovacs")
names no company: the lexicon's mention ends inside a name of a person's shape, and the
person speaks for the firm the article ties them to. The company named alone or with its
own words ("Mara said", "Mara Holdings said") still speaks. Rows are a venture newsletter,
a wire, a mining note, a regional site and a research digest on topics no corpus article
covers; twins keep what they had.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

FIRST_NAME_ROWS = [
    row('"Fees will fall to 0.1% by spring," said Mara Quintero, a partner at Halyard Ventures.',
        "0.1%", source="Halyard Ventures"),
    row("Mara Delcourt, head of research at Orlov Capital, expects hashprice to slip to $41 "
        "next month.", "$41", source="Orlov Capital"),
    row('"Demand for block space is up 30% since June," Iren Kovacs, an analyst at Brisk '
        "Research, wrote in a note.", "30%", source="Brisk Research"),
    row("Canaan Whitfield, a strategist at Tollan Securities, said margins could narrow to 12% "
        "in the quarter.", "12%", source="Tollan Securities"),
    row("Tesla Marchetti, chief economist at Verran Bank, said about 18% of savers now hold "
        "some crypto.", "18%", source="Verran Bank"),
]  # fmt: skip

# Twins: the company itself speaking, alone or by its full name.
FIRST_NAME_TWINS = [
    row("Mara Holdings said it mined 702 BTC in October.", "702 BTC", source="Mara Holdings"),
    row("Mara said it mined 702 BTC in October.", "702 BTC", source="Mara Holdings"),
    row("Iren said it energised 3.2 EH/s of new machines in October.", "3.2 EH/s", source="Iren"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), [*FIRST_NAME_ROWS, *FIRST_NAME_TWINS]
)
def test_first_name_is_no_company(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
