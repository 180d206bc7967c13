"""An organisation's own report cited with "its": "according to its monthly report", "in its
latest payments survey", "its factsheet shows" cite the organisation that opens the sentence
as its subject (a company, a regulator or a central bank alike), as "its explorer shows"
does; the subject may follow its owner ("Dubai's Virtual Assets Regulatory Authority") or
the noun describing it ("Staking provider Lumera Labs"). A company is still no source of a
market price, and "a report by X" is X's.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import link_for, row

REACH_ROWS = [
    row("Fintrac received 48,000 large virtual currency transaction reports in the year to "
        "March, according to its annual report.", "48,000", source="Fintrac"),
    row("Ridgewater Mining produced 512 BTC in October, according to its monthly report.",
        "512 BTC", source="Ridgewater Mining"),
    row("Card issuer Tessaline processed €96 million of payments in September, according to "
        "its monthly bulletin.", "€96 million", source="Tessaline"),
    row("Dubai's Virtual Assets Regulatory Authority (VARA) licensed 31 firms in the first "
        "half, according to its half-year review.", "31", source="VARA"),
    row("Staking provider Lumera Labs held $1.9 billion of delegated stake at the end of "
        "September, its monthly report shows.", "$1.9 billion", source="Lumera Labs"),
    row("The Internal Revenue Service audited 3,700 returns reporting digital assets in "
        "fiscal 2025, according to its annual report.", "3,700", source="IRS"),
    row("The Monetary Authority of Singapore granted 13 payment licences in 2025, according "
        "to its annual report.", "13", source="Monetary Authority of Singapore"),
    row("Bitcoin miner Corvex Digital mined 412 BTC in November, according to its monthly "
        "production report.", "412 BTC", source="Corvex Digital"),
    row("Payments firm Zelvra handled $740 million of stablecoin transfers in the quarter, "
        "according to its quarterly review.", "$740 million", source="Zelvra"),
    row("Canada's Fintrac levied 9 penalties on crypto dealers in 2025, according to its "
        "enforcement bulletin.", "9", source="Fintrac"),
    # the IRS by its other names, cited by a citation's wording
    row("The U.S. Internal Revenue Service said 2.6 million taxpayers reported digital-asset "
        "income last year.", "2.6 million", source="IRS"),
    row("IRS-CI said it seized $2.1 billion of crypto in fiscal 2025, up from $1.4 billion.",
        "$2.1 billion", source="IRS"),
]  # fmt: skip

TWIN_ROWS = [
    row("Ridgewater Mining said in its monthly report that it mined 512 BTC in October.",
        "512 BTC", source="Ridgewater Mining"),
    row("Hollin Digital mined 300 BTC in May, according to its annual report.", "300 BTC",
        source="Hollin Digital"),
    row("Bitcoin's hashrate rose to 1,100 EH/s, according to a report by Hashrate Index.",
        "1,100 EH/s", source="Hashrate Index"),
    # a company's report is no source of its share price, nor of the coin's earlier price
    row("Ridgewater Mining's shares fell 7% to $4.10 on Tuesday after the company cut its "
        "output forecast in its monthly report.", "$4.10", source=None),
    row("Bitcoin traded at $91,000 on Tuesday. Ridgewater Mining mined 512 BTC in October, "
        "according to its monthly report.", "$91,000", source=None),
    row("The Central Bank of Kenya counted 2.3 million mobile wallets linked to exchanges in "
        "its latest financial stability report.", "2.3 million",
        source="Central Bank of Kenya"),
    row("The National Revenue Agency flagged 2,310 crypto traders for audit this year, "
        "according to its enforcement review.", "2,310", source="National Revenue Agency"),
    row("According to a CoinShares report, digital asset funds took in $1.2 billion last week.",
        "$1.2 billion", source="CoinShares"),
    row("Corvex Digital shares rose 9% to $12.40 on Monday after the miner published its "
        "monthly report.", "$12.40", source=None),
    row("Ether traded at $3,100 on Monday. Corvex Digital mined 412 BTC in November, according "
        "to its monthly report.", "$3,100", source=None),
    row("Stablecoin issuer Ondrix Finance held $3.2 billion of Treasury bills at the end of "
        "June, its latest attestation report shows.", "$3.2 billion", source="Ondrix Finance"),
    # the IRS named as a recipient cites nothing
    row("Coinbase will send 1099 forms to the IRS for 8 million users, the exchange said.",
        "8 million", source="Coinbase"),
    row("Traders who made more than $600 must report it to the IRS, Koinly said in a blog "
        "post.", "$600", source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS + TWIN_ROWS)
def test_own_report(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    x = link_for(text, quote, occurrence)
    assert {"source": x.source} == expected
