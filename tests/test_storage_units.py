"""Data sizes written after a number: storage networks, node requirements and chain archives.

Decentralised-storage coverage (capacity pledged, data stored, deals), validator hardware notes
and client release notes give sizes in bytes: "240 TB", "3.4 PB", "2TB", "18 petabytes",
"a 4-terabyte drive". The unit is the size's own symbol, the value as written (as MW or EH/s
are), and a size is never read as a bare count whose letters become a cited name. Twins: the
same capital letters as a currency pair, a valuation ratio or a company's initials.
"""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, doc_of, row

SIZE_ROWS = [
    row("Arweave's permaweb has taken in more than 240 TB of data since its launch.",
        "240 TB", value=240, unit="TB", qualifier="more_than", source=None),
    row("Providers pledged 3.4 PB of fresh capacity to the storage network in Q2, the "
        "foundation said.", "3.4 PB", value=3.4, unit="PB"),
    row("A full validator now needs roughly 2TB of NVMe disk, up from 1TB two years ago.",
        "2TB", value=2, unit="TB", qualifier="approx"),
    row("Version 1.9 of the client shrinks the ledger snapshot to 650 GB, per the release "
        "notes.", "650 GB", value=650, unit="GB"),
    row("Storage demand on the protocol hit 18 petabytes in September.", "18 petabytes",
        value=18, unit="PB"),
    row("Each new rig ships with 512 gigabytes of memory and a 4-terabyte drive.",
        "4-terabyte", value=4, unit="TB"),
    row("Paid deals on Filecoin climbed to 1.9 EiB over the year, a research note showed.",
        "1.9 EiB", value=1.9, unit="EiB"),
    row("Bitcoin's block size limit was raised to 8 MB on the fork, the developers wrote.",
        "8 MB", value=8, unit="MB"),
]  # fmt: skip

SIZE_TWINS = [
    row("The GBP/USD pair slid 0.4% after the rate decision.", "0.4%", unit="%"),
    row("Coinbase shares trade at a PB ratio of 9.1, analysts noted.", "9.1", unit="ratio"),
    row("TB Capital bought 120 BTC on Tuesday, its filing showed.", "120 BTC", unit="BTC"),
    row("GB Miners said its fleet produced 48 BTC in March.", "48 BTC", unit="BTC"),
    # a size per second is a transfer rate, and a lowercase "b" is a bit: no size in bytes
    row("The light client now syncs headers at 120 MB/s, its developers wrote.", "120",
        unit="count"),
    row("Peers gossip blob data at up to 2 GB/sec during busy slots, a research note said.",
        "2", unit="count"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), SIZE_ROWS + SIZE_TWINS)
def test_storage_size(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


def test_bits_are_no_bytes() -> None:
    """A lowercase "b" after the prefix is a bit: "400 Tb" is no size in terabytes."""
    text = "The archive node's disk must hold 18 TB, though its link carries 400 Tb a month."
    quotes = [text[x.amount.start : x.amount.end] for x in doc_of(text)._.links]
    assert "18 TB" in quotes
    assert not any(q.endswith("Tb") for q in quotes), quotes
