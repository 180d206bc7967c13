"""Sources by default structure rather than by names: a caption under a chart or a list
("Data: X", "Chart: X", "Source: X, Y"). The topics
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


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    CAPTION_ROWS + CAPTION_TWINS,
)
def test_source_by_default(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    got = fields(text, quote, occurrence)
    assert {k: got[k] for k in expected} == expected
