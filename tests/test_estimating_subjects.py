"""A provider as the subject of its own estimate: the verbs are a class (counting, valuing,
reckoning, forecasting: "counts", "puts ... at", "reckons", "clocks ... at", "sizes ... at",
"anticipates"), and the provider is the subject of its CLAUSE, not only of its sentence
("Estimates differ: X counts ..., and Y puts the share at 18%"); an inverted tag names the
speaker after the figures, its kind between ("..., estimates analytics site X"); a name the
article once calls by a kind noun ("analytics site X") is an organisation where it is named
again ("X expects ..."). Rows are wire, newsletter, exchange-note, research-blog and
regional-site sentences in wordings no corpus article uses; twins keep what they had.
"""

from __future__ import annotations

import pytest
from nlp_cases import known, link_for, row

# The provider opens a later clause of its sentence: it states the figures of that clause,
# and the earlier clause keeps its own speaker.
CLAUSE_ROWS = [
    row("Outside counts are lower; analytics firm Tidelens tallies roughly 41,000 active wallets "
        "on the game.", "41,000", source="Tidelens"),
    row("The exchange gave no figure, but data site Orbitrace counts about 12,400 BTC leaving its "
        "wallets since Monday.", "12,400 BTC", source="Orbitrace"),
    row("Fees stayed low, and mempool watcher Blockgauge clocks the median transfer fee at $0.42 "
        "this week.", "$0.42", source="Blockgauge"),
    row("Open loans rose; credit tracker Harrowgate computes the book at $2 billion, up from $1.6 "
        "billion in March.", "$2 billion", source="Harrowgate"),
    row("Farming was rife: onchain analytics firm Sablemetrics sizes the airdrop's farmed share "
        "at 22%.", "22%", source="Sablemetrics"),
    row("Redemptions slowed, but fund tracker Vaultwatch anticipates another $90 million of "
        "outflows before the month ends.", "$90 million", source="Vaultwatch"),
    row("Estimates of the haul differ: analytics firm Chainprobe reckons the thieves took $61 "
        "million, while rival tracker Vaultwatch pins losses at $58 million.", "$58 million",
        source="Vaultwatch"),
    row("Estimates of the haul differ: analytics firm Chainprobe reckons the thieves took $61 "
        "million, while rival tracker Vaultwatch pins losses at $58 million.", "$61 million",
        source="Chainprobe"),
    row("Independent tallies run higher: Nansen counts about $4.1 million of the week's volume as "
        "self-trades, and Kestrel Analytics gauges the share at 14%.", "$4.1 million",
        source="Nansen"),
    row("Independent tallies run higher: Nansen counts about $4.1 million of the week's volume as "
        "self-trades, and Kestrel Analytics gauges the share at 14%.", "14%",
        source="Kestrel Analytics"),
    known("a kind noun that is as often a person's ('sleuth') makes no organisation at a "
          "clause's start", "Estimates of the haul differ: blockchain sleuth Chainprobe reckons "
          "the thieves took $61 million.", "$61 million", source="Chainprobe"),
    known("a one-word name set off by an appositive after a clause's 'and' is not yet read as "
          "the clause's speaker", "Volumes cooled, and Depthline, a market-data vendor, "
          "estimates spot turnover fell 11% over the week.", "11%", source="Depthline"),
]  # fmt: skip

# The tag after the figures names its speaker's kind between the verb and the name.
INVERTED_ROWS = [
    row("Fee revenue for the quarter reached roughly $18 million, calculates blockchain analytics "
        "firm Ledgerbeam.", "$18 million", source="Ledgerbeam"),
    row("Stablecoin remittances into the Philippines hit $410 million in the quarter, reckons "
        "Manila-based research outfit Pesolink Analytics.", "$410 million",
        source="Pesolink Analytics"),
    row("Token unlocks will release about $640 million of supply next month, projects research "
        "site Unlockwise.", "$640 million", source="Unlockwise"),
    row("The rollup kept about $3.2 million of its fees last week, said analytics site Kestrel "
        "Analytics.", "$3.2 million", source="Kestrel Analytics"),
    # the outlet's words, inverted: the tag cites them as "Paylane estimates" would, the
    # figures after it and the next sentence's as well
    row("Stablecoin payroll volume hit $212 million in October, estimates research firm Paylane, "
        "based on fees of about 0.4% per transfer. That would put the sector on pace for $2.5 "
        "billion a year.", "0.4%", source="Paylane"),
    row("Stablecoin payroll volume hit $212 million in October, estimates research firm Paylane, "
        "based on fees of about 0.4% per transfer. That would put the sector on pace for $2.5 "
        "billion a year.", "$2.5 billion", source="Paylane"),
    # named again after the article called it by its kind
    row("Kalshi took in about $5.1 million in fees, estimates odds-tracking site Betwise. "
        "Betwise expects weekly volume to stay above $900 million into December.",
        "$900 million", source="Betwise"),
]  # fmt: skip

# Twins: a class of people, a market move, a person (no firm), a company setting its own
# figure, a provider stating no figure, a name that is told or a verb's object.
TWINS = [
    row("Bitcoin fell 3% to $61,000 while traders reckon the Fed will hold rates.", "$61,000",
        source=None),
    row("Traders are cautious: analysts put the odds of a cut at 70%.", "70%", source=None),
    row("Prices steadied, and Kessler puts fair value at $64,000.", "$64,000", source=None),
    row("The sell-off put bitcoin at $58,000, a level Vaultwatch had flagged.", "$58,000",
        source=None),
    row("Estimates differ: Lina Osei, a trader in Lagos, reckons the book will double to $4 "
        "billion.", "$4 billion", source=None),
    row("Bitcoin slid 4% to $58,200 on Friday, and fund tracker Vaultwatch said outflows eased.",
        "4%", source=None),
    row("Withdrawals resumed, and exchange Orbex put its daily limit at $50,000.", "$50,000",
        source=None),
    row("Depthline counted on a rebound after prices slid 8% last week.", "8%", source=None),
    # a person's inverted tag, and a quotation's, govern their own words only
    row("There are more than 4,000 kiosks in the state, said Okafor, of the trade group. Before "
        "the ban, operators ran 6,200 machines.", "6,200", source=None),
    row("\u201cFees will double this year,\u201d said research firm Paylane. Bitcoin fell 2% to "
        "$60,100 on Monday.", "$60,100", source=None),
    row("Deposits rose 6% to $1.3 billion, and custodian Harrowgate placed sell orders at "
        "$61,500.", "$61,500", source=None),
]  # fmt: skip


# A sentence that cites an origin of its own by a capitalized name keeps the source carried
# from the sentence before out, even when the origin is not read as a name ("World Bank"):
# the figure is left unsourced. A reference back ("according to the firm", "its data") and a
# time ("Monday's update") name no other origin: the carry stands.
ORIGIN_ROWS = [
    row("Payroll volume in stablecoins reached $410 million, estimates research firm Fundlens. "
        "That is small beside the $2.3 billion in deposits lost, according to World Bank data.",
        "$2.3 billion", source=None),
    row("Gold-backed tokens grew to $2.6 billion, said analytics site Vaultmark. Bullion ETFs took "
        "in $9 billion in October, according to the World Gold Council.", "$9 billion",
        source=None),
    row("Perpetual volume reached $96 billion, reports research house Tidalcap. Retail brokers "
        "handled $4 trillion, according to World Federation of Exchanges figures.", "$4 trillion",
        source=None),
    row("Exchange reserves fell to 2.3 million BTC, notes analytics firm Reservia. Inflation ran "
        "at 2.9% in November, data from Eurostat show.", "2.9%", source=None),
    row("Payroll volume in stablecoins reached $410 million, estimates research firm Fundlens. "
        "That is small beside the $2.3 billion in deposits lost, according to the firm.",
        "$2.3 billion", source="Fundlens"),
    row("Gold-backed tokens grew to $2.6 billion, said analytics site Vaultmark. Bullion ETFs took "
        "in $9 billion in October, according to its data.", "$9 billion", source="Vaultmark"),
    row("Stablecoin transfers hit $800 million in the quarter, reckons data firm Rupiahscan. Card "
        "spending was $30 billion, according to Monday's update.", "$30 billion",
        source="Rupiahscan"),
    row("Exchange reserves fell to 2.3 million BTC, notes analytics firm Reservia. The drop since "
        "January is 11%, according to Reservia.", "11%", source="Reservia"),
    known("an origin named in lower case ('central bank figures') is not seen as the sentence's "
          "own, and the provider before still carries", "Stablecoin transfers hit $800 million, "
          "reckons data firm Rupiahscan. Card spending was $30 billion, according to central "
          "bank figures.", "$30 billion", source=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    [*CLAUSE_ROWS, *INVERTED_ROWS, *TWINS, *ORIGIN_ROWS],
)
def test_estimating_subject(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
