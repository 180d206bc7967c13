"""A public body's short form in brackets is the name it goes by, whether or not it spells
the initials of the English name written before it: a body abroad is cited by the initials
of its own language's name ("Financial Markets Authority (AMF)", "Financial Services
Authority (OJK)"), and a body has no ticker for the bracket to be. A company's bracket stays
its ticker, the company keeping its name.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import link_for, row

REACH_ROWS = [
    row("France's Financial Markets Authority (AMF) registered 14 more digital-asset service "
        "providers in the first half, the regulator said.", "14", source="AMF"),
    row("Mexico's National Banking and Securities Commission (CNBV) said on Thursday that "
        "crypto platforms handled 38 billion pesos of transfers in the quarter.",
        "38 billion pesos", source="CNBV"),
    row("Spain's National Securities Market Commission (CNMV) warned investors about 27 "
        "unlicensed token sellers. The commission said complaints rose 41% in the year.",
        "41%", source="CNMV"),
    row("Germany's Federal Financial Supervisory Authority (BaFin) has granted 23 crypto "
        "custody licences, the authority said in its annual report.", "23", source="BaFin"),
    row("Covered institutions flagged 6,120 suspicious crypto transfers last year, up from "
        "3,900, according to the Anti-Money Laundering Council (AMLC).", "6,120",
        source="AMLC"),
    row("Exchanges filed 1,450 suspicious transaction reports in the year to March, the "
        "Financial Intelligence Unit (FIU-IND) told lawmakers on Wednesday.", "1,450",
        source="FIU-IND"),
]  # fmt: skip

TWIN_ROWS = [
    # a body's initials in English: cited by them, as before
    row("Kenya's Capital Markets Authority (CMA) said it had approved 3 sandbox firms.", "3",
        source="CMA"),
    # a company's bracket is its ticker: the company keeps its name
    row("Norrcap Mining Corp. (NRM) produced 188 BTC in September, the company said.",
        "188 BTC", source="Norrcap Mining"),
    row("Bank of America (BAC) said its clients moved $2.4 billion into spot bitcoin funds.",
        "$2.4 billion", source="Bank of America"),
    row("Tallow Holdings (TLW) said it now holds 771 BTC after a $25 million raise.",
        "771 BTC", source="Tallow Holdings"),
    # a coin's ticker after a name is no body's short form
    row("Bitcoin (BTC) rose 3% to $90,000 on Monday, according to CoinGecko.", "$90,000",
        source="CoinGecko"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS + TWIN_ROWS)
def test_body_short_name(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    x = link_for(text, quote, occurrence)
    assert {"source": x.source} == expected
