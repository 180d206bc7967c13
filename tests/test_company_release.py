"""A listed company's own release or letter (a wire dateline, "today announced", "Dear
shareholders" in its lead): every figure it states as bare fact is the
company's own, whether or not the sentence refers back to it, and so is every table in it.
Its issuer is found past a legal form set off by a comma ("Harrowgate Pay, Inc. (NASDAQ:
HGPY)"). A coin's market, another party and a news story about the company keep their
figures; an abbreviation the release defines ("gross payment volume (GPV)") names no party."""

from __future__ import annotations

import pytest
from nlp_cases import check, known, row

_WIRE = (
    "Harrowgate Pay Reports Record Third Quarter; Card Volume Up 52%\n\n"
    "SAN FRANCISCO, Nov. 5, 2026 (GLOBE NEWSWIRE) -- Harrowgate Pay, Inc. (NASDAQ: HGPY), a "
    "provider of crypto-linked debit cards, today announced results for the quarter ended "
    "September 30, 2026.\n\n"
)
_LETTER = (
    "Quarry Ledger Q3 shareholder letter: funded accounts top 600,000\n\n"
    "Quarry Ledger Inc. (NYSE: QLDG) | Investor Relations | November 4, 2026\n\n"
    "Dear shareholders,\n\nThe quarter was our strongest since we listed.\n\n"
)
_BUSINESS_WIRE = (
    "Vellum Brokerage Announces Second Quarter 2026 Financial Results\n\n"
    "NEW YORK--(BUSINESS WIRE)--Aug. 6, 2026-- Vellum Brokerage Holdings, Inc. (NASDAQ: VLMB) "
    "reported financial results for the second quarter of 2026.\n\n"
)
_ACCESSWIRE = (
    "Lumen Hash Announces November Production and Operations Update\n\n"
    "HONG KONG, Dec. 2, 2026 (ACCESSWIRE) -- Lumen Hash, Ltd. (NASDAQ: LHSH) today published "
    "its unaudited operating update for November 2026.\n\n"
)
_NEWS = (
    "Harrowgate Pay shares climb after earnings\n\n"
    "By Dana Whitlock | Ledger Street | Nov. 6, 2026\n\n"
    "Harrowgate Pay (NASDAQ: HGPY) reported third-quarter revenue of $88 million on "
    "Wednesday.\n\n"
)
_NEWS_TODAY = (
    "Lumen Hash lifts output as hashprice sinks\n\n"
    "By Tomas Arkwright | Hashwire Daily | Dec. 3, 2026\n\n"
    "Lumen Hash (NASDAQ: LHSH) today announced it produced 406 BTC in November.\n\n"
)
_NEWS_VIA_WIRE = (
    "Lumen Hash lifts output as hashprice sinks\n\n"
    "By Tomas Arkwright | Hashwire Daily | Dec. 3, 2026\n\n"
    "In an update distributed over Globe Newswire, Lumen Hash (NASDAQ: LHSH) said it produced "
    "406 BTC in November.\n\n"
)
_UNLISTED = (
    "Brisk Exchange Reports October Reserves\n\n"
    "SINGAPORE, Nov. 5, 2026 /PRNewswire/ -- Brisk Exchange, a digital asset trading platform, "
    "today announced its October reserve figures.\n\n"
)

# reach: the release's bare figures, its list items and its tables
RELEASE_ROWS = [
    row(_WIRE + "Customer balances held in custody came to $740 million at quarter-end.",
        "$740 million", asset="HGPY"),
    row(_WIRE + "- Active cardholders of 912,000, up from 805,000 a year earlier.",
        "912,000", asset="HGPY"),
    row(_WIRE + "Operating data\n\n| | Q3 2026 | Q3 2025 |\n|---|---|---|\n"
        "| Card volume ($ millions) | 2,140 | 1,408 |\n"
        "| Active cardholders (thousands) | 912 | 805 |", "912", asset="HGPY"),
    row(_LETTER + "Spending funded by stablecoins was $318 million, or 29% of gross payment "
        "volume (GPV).", "29%", asset="QLDG"),
    row(_BUSINESS_WIRE + "Monthly transacting users averaged 1.3 million in the quarter.",
        "1.3 million", asset="VLMB"),
    row(_BUSINESS_WIRE + "Crypto-funded trades were $2.7 billion, or 31% of notional volume "
        "traded (NVT).", "$2.7 billion", asset="VLMB"),
    row(_BUSINESS_WIRE + "Client assets held at the custodian totaled $9.6 billion.",
        "$9.6 billion", asset="VLMB"),
    row(_ACCESSWIRE + "Self-mining hashrate averaged 14.2 EH/s, and fleet efficiency improved "
        "to 19.8 J/TH.", "14.2 EH/s", asset="LHSH"),
    row(_ACCESSWIRE + "Daily active wallets on the hosting portal reached 6,100.", "6,100",
        asset="LHSH"),
]  # fmt: skip

# twins: the coin's market, another party, a news story and an unlisted issuer's release
RELEASE_TWINS = [
    row(_WIRE + "Bitcoin rose 24% during the quarter.", "24%", asset="BTC"),
    row(_BUSINESS_WIRE + "Rival Fernwick Markets reported 2.1 million users in the same "
        "quarter.", "2.1 million", asset=None),
    row(_NEWS + "Monthly transacting users averaged 1.3 million in the quarter.",
        "1.3 million", asset=None),
    row(_UNLISTED + "Customer balances held in custody came to $740 million at month-end.",
        "$740 million", asset=None),
    row(_ACCESSWIRE + "Ether fell 8% in November.", "8%", asset="ETH"),
    row(_ACCESSWIRE + "The stablecoin market grew to $310 billion in November, according to "
        "DefiLlama.", "$310 billion", asset=None),
    # a news story writes "today announced" of the company too: it is no release
    row(_NEWS_TODAY + "Hashprice has slid 38% since April's halving.", "38%", asset=None),
    # a wire's name in a story's prose is no dateline
    row(_NEWS_VIA_WIRE + "Hashprice has slid 38% since April's halving.", "38%",
        asset=None),
    # a bare move in a release is no quote of the company's own share price
    row(_ACCESSWIRE + "Hashprice has slid 38% since April's halving.", "38%", asset=None),
    known("a count of people the world over in a release is read as the company's users",
          _WIRE + "Some 580 million adults worldwide now hold a digital asset.", "580 million",
          asset="CRYPTO"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), RELEASE_ROWS)
def test_a_release_states_the_company_own_figures(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), RELEASE_TWINS)
def test_other_owners_keep_their_figures_in_a_release(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
