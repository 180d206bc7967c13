"""Two readings of a report's own furniture that named the wrong provider or none.

An ordinal alone is never a name: "This is our 14th monthly report" cites no one called "14th",
so the figures after it in the paragraph are the report's own (no source) unless a
provider is cited. A caption line under a table or a list may say more than its provider:
the date its data runs to ("Data: Ledgerline, as of March 3"; "Source: Kovalt; data to
June 30") or a note after the name ("Source: Marrow & Co. attestation report. Figures in
coin units."), whose names cite no one. The provider still governs the rows above it.
Rows are an exchange's monthly letter, a fund tracker's table, a custodian's note, a
newsletter's list and a regional site's table, on topics no corpus article covers; twins
keep what they had.
"""

from __future__ import annotations

import pytest
from nlp_cases import known, link_for, row

ORDINAL_ROWS = [
    row("This is our 14th monthly report to clients. Deposits reached $3.2 billion at the end "
        "of the month, up 4% from August.", "$3.2 billion", source=None),
    row("Welcome to the 52nd weekly report from the Quarry desk. Miners sold 1,850 BTC over "
        "the seven days.", "1,850 BTC", source=None),
    row("It is the firm's 3rd annual survey of treasurers, and 61% said they hold stablecoins.",
        "61%", source=None),
    row("The 2nd reserve report of the year shows user balances of $812 million.",
        "$812 million", source=None),
    row("The exchange's 6th proof-of-reserves report put BTC cover at 103.4%.", "103.4%",
        source=None),
    row("In the 40th weekly report, funds drew $310 million of inflows.", "$310 million",
        source=None),
]  # fmt: skip

CAPTION_ROWS = [
    row("| Fund | Net assets | Share |\n|---|---|---|\n| KVLT | $412m | 18% |\n"
        "| ORRX | $260m | 11% |\n\nData: Ledgerline, as of March 3", "$412m", source="Ledgerline"),
    row("| Chain | Deposits | Change |\n|---|---|---|\n| Avenor | $1.9bn | +3% |\n"
        "| Pellis | $640m | -1% |\n\nSource: Kovalt; data to June 30", "$1.9bn", source="Kovalt"),
    row("Largest pools by deposits:\n- Avenor: $1.9 billion\n- Pellis: $640 million\n"
        "Data: Tallgrass Analytics, as at 12:00 UTC on Monday", "$640 million",
        source="Tallgrass Analytics"),
    row("| Asset | Customer balances | Reserves |\n|---|---|---|\n| BTC | 9,120 BTC | 9,410 BTC |\n"
        "| ETH | 88,400 ETH | 91,020 ETH |\n\nSource: Marrow Keane & Co. attestation report. "
        "Balances in coin units.", "91,020 ETH", source="Marrow Keane"),
    row("Token\tHolders\tChange\nZEPH\t48,200\t+4%\nMOLT\t31,900\t-2%\nVARN\t12,050\t+9%\n\n"
        "Data: Orbweaver Labs, as of 1 July 2026", "48,200", source="Orbweaver Labs"),
]  # fmt: skip

# Twins: names that start with digits are names ("21Shares", "3Commas"); a chart's title
# after "Data:" is no provider; a caption with a lower-case description after the
# provider keeps the firm; a caption ends its own table, not the prose above the table;
# a firm whose name opens with an ordinal keeps it; a note naming another firm after the
# provider, and initials' dots inside the provider's name, leave the provider as it is; a
# chart's title before the provider's cue is no note that ends the caption.
TWINS = [
    row("The fund held 4,200 BTC at the end of June, according to 31st Harbor Capital.",
        "4,200 BTC", source="31st Harbor Capital"),
    row("Inflows reached $140 million last week, said Noor Aziz of 2nd Meridian Partners.",
        "$140 million", source="2nd Meridian Partners"),
    row("| Fund | Holdings | Change |\n|---|---|---|\n| KVLT | 4,100 BTC | +2% |\n"
        "| ORRX | 2,600 BTC | -1% |\n| BRNE | 1,900 BTC | +4% |\n\n"
        "Source: Pelham Research. Note: excludes Coinbase custody.", "2,600 BTC",
        source="Pelham Research"),
    row("| Fund | Holdings | Change |\n|---|---|---|\n| KVLT | 4,100 BTC | +2% |\n"
        "| ORRX | 2,600 BTC | -1% |\n| BRNE | 1,900 BTC | +4% |\n\n"
        "Source: R. J. Tolland Advisors", "2,600 BTC", source="R. J. Tolland Advisors"),
    row("Lending deposits on Kovra climbed to $2.7 billion in June.\n\nGraph: deposits by "
        "market, monthly. Data: Tallgrass Analytics", "$2.7 billion", source="Tallgrass Analytics"),
    row("Lending deposits on Kovra climbed to $2.7 billion in June.\n\nChart: deposits by "
        "market. Source: Orbweaver Labs, as of June 30", "$2.7 billion", source="Orbweaver Labs"),
    known("a comma inside a firm's name splits the caption into parts, so the description "
          "after it stays in the provider", "| Fund | Holdings | Change |\n|---|---|---|\n"
          "| KVLT | 4,100 BTC | +2% |\n| ORRX | 2,600 BTC | -1% |\n| BRNE | 1,900 BTC | +4% |"
          "\n\nSource: Greaves, Lamb & Co. reserve attestation. Balances in coin units.",
          "2,600 BTC", source="Greaves, Lamb"),
    row("21Shares said its fund held 4,200 BTC on Friday.", "4,200 BTC", source="21Shares"),
    row("Trading bots ran $90 million of orders last week, 3Commas data show.", "$90 million",
        source="3Commas"),
    row("| Fund | Net assets |\n|---|---|\n| KVLT | $412m |\n\nData: net assets in dollars, as "
        "of March 3", "$412m", source=None),
    row("| Pool | Share |\n|---|---|\n| Avenor | 31% |\n\nSource: Blockmeter, network "
        "dashboards", "31%", source="Blockmeter"),
    row("The exchange held $6.1 billion for clients.\n\n| Asset | Reserves |\n|---|---|\n"
        "| BTC | 9,410 BTC |\n\nSource: Marrow Keane & Co. attestation report. Balances in coin "
        "units.", "$6.1 billion", source=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), [*ORDINAL_ROWS, *CAPTION_ROWS, *TWINS]
)
def test_report_furniture(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
