"""Sources by default structure rather than by names: a caption under a chart or a list
("Data: X", "Chart: X", "Source: X, Y"), a company speaking through its stock-exchange
filing, "its explorer shows" pointing back to the organisation named before. The topics
are ones no corpus article covers (won exchanges, options expiries, CBDC pilots, gaming
marketplaces, carbon registries, bankruptcy estates); each class has rows that must
change and twins that must not.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import link_for, row


def fields(text: str, quote: str, occurrence: int) -> dict[str, Any]:
    x = link_for(text, quote, occurrence)
    return {"source": x.source, "venue": x.venue}


# A caption line names the provider of the figures just above it, whatever its word
# ("Source:", "Sources:", "Data:", "Data source:", "Chart:") and however the provider
# is written (a domain, "mempool.space"). Of two names, a row that names one of them
# takes it ("Payments settled through Hanmi Bank"), any other the first one.
CAPTION_ROWS = [
    row("Expiry watch\n\nAbout $2.1 billion in ether options expire on Friday, with a max "
        "pain price of $3,100.\nData: Laevitas", "$2.1 billion", source="Laevitas"),
    row("Card spending with crypto debit cards rose 18% in November to $310 million.\n\n"
        "Chart: Allium", "$310 million", source="Allium"),
    row("Weekly pool share\nFoundry USA: 31%\nAntPool: 18%\nViaBTC: 12%\n"
        "Source: Hashrate Index, mempool.space", "31%", source="Hashrate Index"),
    row("Pilot at a glance\nWallets opened: 88,000\nPayments settled through Hanmi Bank: "
        "1.4 million\nSource: Bank of Korea, Hanmi Bank", "1.4 million", source="Hanmi Bank"),
    row("Pilot at a glance\nWallets opened: 88,000\nPayments settled through Hanmi Bank: "
        "1.4 million\nSource: Bank of Korea, Hanmi Bank", "88,000", source="Bank of Korea"),
    row("Registry snapshot\nCredits retired: 1.2 million tonnes\nBuyers: 4,300\n"
        "Sources: Toucan and KlimaDAO", "4,300", source="Toucan"),
    row("The estate has paid out $1.9 billion, and 72% of claims are settled.\n"
        "Data source: Kroll", "72%", source="Kroll"),
]  # fmt: skip

# Twins: a chart's title or a data label is no caption; a photo credit cites nothing.
CAPTION_TWINS = [
    row("Chart: Won volume on Korean exchanges since January\nUpbit handled 3.1 trillion won "
        "on Monday.", "3.1 trillion won", source=None),
    row("Data: 4,300 buyers in the first week of the season pass.", "4,300", source=None),
    row("Source code: the bridge contract held 3,000 ETH before the upgrade.", "3,000 ETH",
        source=None),
    row("The pool mined 1,204 blocks worth 3.1 BTC in fees in October.\nPhoto: Getty Images",
        "3.1 BTC", source=None),
]  # fmt: skip


# A name that states a figure in a filing to a stock exchange or in the forms of a
# securities regulator, or says "it"/"its" of itself, is an organisation speaking for
# itself, whatever its name's words ("Hanwa Mining" could be a person's name).
FILER_ROWS = [
    row("Hanwa Mining said in a filing to the Tokyo Stock Exchange that it now holds 1,850 "
        "BTC.", "1,850 BTC", source="Hanwa Mining"),
    row("Nordhavn Gaming disclosed in an 8-K on Monday that it bought back $45 million of "
        "its own token.", "$45 million", source="Nordhavn Gaming"),
    row("Brightwater Minerals told the ASX in a stock-exchange announcement that it mined 96 "
        "bitcoin in November.", "96 bitcoin", source="Brightwater Minerals"),
    row("Runeforge, which runs the largest skins marketplace, said it settled 52,000 item "
        "sales on Sunday.", "52,000", source="Runeforge"),
    row("The country's second-largest won exchange, Hanbit, said its registered users "
        "passed 4 million this month.", "4 million", source="Hanbit"),
    # a filing as the subject of a verb of stating speaks for the company named before
    row("Seorin Holdings added to its treasury again. A regulatory filing shows the company "
        "bought 240 BTC last week.", "240 BTC", source="Seorin Holdings"),
    row("Nordhavn Group has been buying ether since July. An 8-K reports the firm now holds "
        "18,400 ETH.", "18,400 ETH", source="Nordhavn Group"),
    row("Brightwater Capital kept mining through the winter. A stock-exchange announcement "
        "says it produced 96 bitcoin in November.", "96 bitcoin", source="Brightwater Capital"),
    # a name of a person's shape that an appositive calls an app and that says "its"
    row("Solano Remit, the remittance app, said its card users spent $18 million through the "
        "CBDC pilot in its first month.", "$18 million", source="Solano Remit"),
    # a word of the article's own before the name: the name is whole and speaks
    row("Meanwhile Quorra said it settled $4.2 million of card payments in its first "
        "month.", "$4.2 million", source="Quorra"),
]  # fmt: skip

# Twins: a person saying "it" of a thing, a court filing by a person, a company's shares
# trading on an exchange.
FILER_TWINS = [
    row("Mina Park said it would take $40 million to finish the pilot.", "$40 million",
        source=None),
    row("Daniel Varga said in a court filing that the estate owes him $2.1 million.",
        "$2.1 million", source=None),
    row("Shares of Hanwa Mining rose 6% on the Tokyo Stock Exchange on Tuesday.", "6%",
        source=None),
    row("Tessaro Holdings, which filed for a listing last year, raised $120 million.",
        "$120 million", source=None),
    row("Seorin Holdings added to its treasury again. A report shows spot ETFs took in $240 "
        "million last week.", "$240 million", source=None),
    row("Varga Lending collapsed in 2023. A court filing shows the estate owes creditors $2.1 "
        "billion.", "$2.1 billion", source=None),
    # a product whose first word is a chain or a coin: the name is cut, its tail no speaker
    row("Solana Pay said it processed $200 million in card payments at Tokyo cafes.",
        "$200 million", source=None),
    row("Bitcoin Core said it patched a bug that had frozen $2 million in a wallet.",
        "$2 million", source=None),
]  # fmt: skip

# "Its explorer shows", "according to its own dashboard": the organisation the pronoun
# points back to publishes the figure on its own page.
OWN_PAGE_ROWS = [
    row("Helix Chain grew quickly in November. Its block explorer shows daily fees of "
        "$41,000 on Sunday.", "$41,000", source="Helix Chain"),
    row("Kivra Markets runs the largest won order book. Its dashboard shows 18,400 traders "
        "opened positions on Monday.", "18,400", source="Kivra Markets"),
    row("Arbor Pool, the third-largest mining pool, mined 212 BTC last month, its "
        "statistics page shows.", "212 BTC", source="Arbor Pool"),
    row("Gemstone Exchange sold 92,000 skins in October, according to its own dashboard.",
        "92,000", source="Gemstone Exchange"),
]  # fmt: skip

# Twins: "its" owning the figure's own noun, another provider's data about the
# organisation.
OWN_PAGE_TWINS = [
    row("Kivra Markets runs the largest won order book. Its traders opened 18,400 positions "
        "on Monday.", "18,400", source=None),
    row("Helix Chain grew quickly. Its fees rose to $41,000 a day.", "$41,000", source=None),
    row("Data from Dune shows Helix Chain processed 540,000 transactions, and its fees rose "
        "12%.", "540,000", source="Dune"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    CAPTION_ROWS + CAPTION_TWINS + FILER_ROWS + FILER_TWINS + OWN_PAGE_ROWS + OWN_PAGE_TWINS,
)
def test_source_by_default(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    got = fields(text, quote, occurrence)
    assert {k: got[k] for k in expected} == expected
