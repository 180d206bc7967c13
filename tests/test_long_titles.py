"""A title repeats its body's figures however long it runs.

A figure in a headline takes the source the body gives the same figure. A headline is a
line without end punctuation, short enough that no line of prose passes for one (110
characters); the text's first line is its title, and a title of two clauses joined by a
semicolon runs longer ("... in October; SEC backs spot bitcoin ETF plan and ..."), up to
150 characters. A long line lower down that lacks end punctuation (a sentence closed by
an emoji, a line cut short) stays prose: its figures keep their own sentence's source.

Rows are a tax agency's year, an exchange regulator's month, a grid operator's cold
snap, a bank's quarterly survey, a shipping index and a lender's loss, on names no corpus
article uses; twins keep what they had.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for, row

LONG_TITLES = [
    row("Revenue service collected R2.1bn from crypto traders last tax year, 61% more than a "
        "year earlier; 148,000 declared holdings\n\nSome 148,000 taxpayers declared crypto "
        "holdings, up from 97,000, the Karoo Revenue Office said on Tuesday.", "148,000",
        source="Karoo Revenue Office"),
    row("Thai crypto turnover jumps to 118 billion baht in October; regulator backs spot "
        "bitcoin ETF plan and zero capital gains window\n\nTurnover on licensed exchanges "
        "reached 118 billion baht in October, according to data from CoinGecko.",
        "118 billion baht", source="CoinGecko"),
    row("Texas miners switch off 3 GW as cold snap pushes grid demand to a November record; "
        "network hashrate drops 14% in a day\n\nNetwork hashrate fell 14% on Tuesday, "
        "according to Hashrate Index.", "14%", source="Hashrate Index"),
    row("Euro-area banks' crypto exposure climbs to €4.2 billion in the third quarter as "
        "custody mandates grow; smaller lenders stay out\n\nBanks in the survey held €4.2 "
        "billion of crypto assets at the end of September, the Eurozone Banking Authority "
        "said.", "€4.2 billion", source="Eurozone Banking Authority"),
    row("Container freight rates fall 12% in a week as Red Sea traffic resumes; Asia-Europe "
        "lane leads the slide, Pacific routes flat\n\nSpot rates fell 12% in the week to "
        "Thursday, according to shipping data firm Tidewell Freight.", "12%",
        source="Tidewell Freight"),
]  # fmt: skip

TWINS = [
    # a long line lower down closed by an emoji is prose: its own sentence cites no one
    row("Bitcoin difficulty news\n\nBitcoin's difficulty has reached an all-time high of "
        "114.7 trillion following a 5.6% upward adjustment over the weekend, according to "
        "CoinWarz. 😱\n\nThe difficulty rose 5.6% in the adjustment, miners said on X and in "
        "forum posts this weekend", "114.7 trillion", source="CoinWarz"),
    # a title whose figure the body does not give: nothing to take
    row("Thai crypto turnover jumps to 118 billion baht in October; regulator backs spot "
        "bitcoin ETF plan and zero capital gains window\n\nThe regulator said accounts rose "
        "to 3.05 million, according to data from CoinGecko.", "118 billion baht",
        source=None),
    # a title longer than any title (a paragraph with its full stop cut off) stays prose
    row("Turnover on licensed exchanges reached 118 billion baht in October, up 29% from "
        "September, as retail traders returned to the market after the holiday and foreign "
        "platforms lost share to domestic ones\n\nTurnover reached 118 billion baht, "
        "according to data from CoinGecko.", "118 billion baht", source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), LONG_TITLES + TWINS)
def test_long_title(text: str, quote: str, occurrence: int, expected: dict) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
