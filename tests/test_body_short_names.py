"""A public body's short form in brackets is the name it goes by, whether or not it spells
the initials of the English name written before it: a body abroad is cited by the initials
of its own language's name ("Financial Markets Authority (AMF)", "Financial Services
Authority (OJK)"), and a body has no ticker for the bracket to be. A company's bracket stays
its ticker, the company keeping its name.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import known, link_for, row

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
    row("Switzerland's Financial Market Supervisory Authority (FINMA) said it had 17 open "
        "enforcement cases involving crypto firms.", "17", source="FINMA"),
    row("Portugal's Securities Market Commission (CMVM) received 212 complaints about crypto "
        "platforms in 2025, according to its annual report.", "212", source="CMVM"),
    row("Poland's Financial Supervision Authority (KNF) added 64 crypto websites to its "
        "warning list in the first half, the watchdog said.", "64", source="KNF"),
    row("Italy's Companies and Exchange Commission (CONSOB) blocked 12 more crypto websites "
        "on Friday, the authority said.", "12", source="CONSOB"),
    row("Italy's Companies and Exchange Commission (Consob) blocked 12 more crypto websites "
        "on Friday, the authority said.", "12", source="Consob"),
    known("the long name is the US regulator's in the source list, which wins over the "
          "bracket", "Brazil's Securities and Exchange Commission (CVM) approved 9 crypto "
          "exchange-traded funds this year, the regulator said.", "9", source="CVM"),
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
    row("Solana (SOL) fell 4% to $140 on Wednesday, according to CoinMarketCap data.", "$140",
        source="CoinMarketCap"),
    row("Velmora Energy (VLMR) mined 140 BTC in April, the company said.", "140 BTC",
        source="Velmora Energy"),
    row("Kestrel Pay (KsPy) processed $310 million of stablecoin payments in May, the company "
        "said.", "$310 million", source="Kestrel Pay"),
    row("Austria's Financial Market Authority (FMA) registered 41 crypto service providers, "
        "the regulator said.", "41", source="FMA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS + TWIN_ROWS)
def test_body_short_name(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    x = link_for(text, quote, occurrence)
    assert {"source": x.source} == expected
