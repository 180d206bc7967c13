"""A table row named by a chain under a header of networks ("Network | Value secured" over
"Base | $17.9B | +14.1%", "| Rank | Chain | TVL |") says where its figures sit, as a row of
exchanges says where its volume traded: the row's chain is their venue, by the name the
article also writes it by ("Arbitrum One" where the text says "Arbitrum", "Ethereum
mainnet" as "Ethereum"; "OP Mainnet" keeps its name where "OP" is only the token's
ticker). A group of chains ("Ethereum L2s (Base, Arbitrum)"), a chain token's own price,
a table by coin and a table's "Other" and "Total" rows give none, and a story's venue does
not reach a chain's row. Rows in the words of a stablecoin desk, a fund administrator's
note, a DEX newsletter, a payments wire, a gaming newsletter, a rollup research note and a
bridged-bitcoin tracker.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

STABLECOIN = (
    "USDC supply by chain\n\n"
    "Chain | USDC supply | Change m/m\n"
    "Ethereum | $38.2B | +2.1%\n"
    "Solana | $9.6B | +11.4%\n"
    "Avalanche | $1.1B | -3.0%\n"
)
FUND = (
    "Tokenized fund report\n\n"
    "Network | Fund shares | Share of fund\n"
    "Stellar | 410.2 million | 51.3%\n"
    "Polygon | 120.4 million | 15.1%\n"
)
DEX = (
    "DEX weekly\n\n"
    "| Rank | Chain | DEX volume | 7d |\n"
    "|---|---|---|---|\n"
    "| 1 | BNB Chain | $21.4bn | +8.2% |\n"
    "| 2 | Arbitrum One | $6.3bn | -1.9% |\n\n"
    "Arbitrum drew the most new wallets."
)
PAYMENTS = (
    "Settlement by chain\n\n"
    "Pampa Pagos, the payment processor, settles merchant payouts on four chains.\n\n"
    "| Chain | Settled ($m) | Share |\n"
    "|---|---|---|\n"
    "| Tron | 18.4 | 52% |\n"
    "| Ethereum mainnet | 4.1 | 12% |\n"
    "| Ethereum L2s (Base, Arbitrum) | 9.0 | 25% |\n\n"
    "Pampa Pagos processed $35 million in the month, and Pampa Pagos expects more."
)
GAMING = (
    "Gaming chains, October\n\n"
    "Network | Active wallets | Share\n"
    "Ronin | 1.21M | 29.4%\n"
    "Immutable | 0.52M | 12.6%\n"
)
# the table's rest and sum under a header of chains
REST = (
    "Bridged bitcoin by network\n\n"
    "Network | Wrapped BTC | Share\n"
    "Ethereum | 152,400 | 61%\n"
    "Aptos | 4,100 | 2%\n"
    "Other | 31,100 | 12%\n"
    "Total | 250,000 | 100%\n"
)
PRICES = (
    "Token moves\n\n"
    "Network | Token price | 7d\n"
    "Solana | $182.40 | +3.1%\n\n"
    "Asset | Price | 24h\n"
    "Avalanche | $31.20 | -2.2%\n"
)

REACH = [
    (STABLECOIN, "$9.6B", "Solana"),
    (STABLECOIN, "-3.0%", "Avalanche"),
    (FUND, "410.2 million", "Stellar"),
    (DEX, "$21.4bn", "BNB Chain"),
    (DEX, "$6.3bn", "Arbitrum"),
    (PAYMENTS, "18.4", "Tron"),
    (PAYMENTS, "12%", "Ethereum"),
    (GAMING, "0.52M", "Immutable"),
]
TWINS = [
    # a group of chains in a story about a processor; a token's price; a table by coin
    (PAYMENTS, "9.0", None),
    (PAYMENTS, "25%", None),
    (PRICES, "$182.40", None),
    (PRICES, "$31.20", None),
    (REST, "31,100", None),
    (REST, "250,000", None),
    (REST, "100%", None),
]

# a chain the venue lexicon lists as the name of its bridge reads as the bridge
KNOWN_GAPS = [
    pytest.param(
        GAMING,
        "1.21M",
        "Ronin",
        marks=pytest.mark.xfail(strict=True, reason="'Ronin' is the lexicon's Ronin Bridge"),
    ),
    # a one-word chain ending in "s" is read as a plural, a group of chains
    pytest.param(
        REST,
        "4,100",
        "Aptos",
        marks=pytest.mark.xfail(strict=True, reason="a name ending in 's' reads as a plural"),
    ),
]


@pytest.mark.parametrize(("text", "quote", "venue"), REACH + TWINS + KNOWN_GAPS)
def test_network_row_venue(text: str, quote: str, venue: str | None) -> None:
    assert link_for(text, quote).venue == venue
