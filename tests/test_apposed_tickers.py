"""A coin's ticker set off as the appositive of a coin noun ("its governance token, CRVN,
rose", "the exchange's own coin, HELIX, slid") is that coin though the lexicon does not know
it, as a ticker right after the noun is ("the token WOOFY"); so are its later mentions in
capitals. A body named after a preposition's noun phrase ("Asked about the token, FINMA,
the Swiss regulator, said") is a party, not the token."""

from __future__ import annotations

import pytest
from nlp_cases import check, known, row

# reach: tickers set off by commas or a dash after the noun, in other outlets' words
REACH_ROWS = [
    row("Lending app Corvane's governance token, CRVN, rose 18% to $0.42 on Tuesday.",
        "$0.42", asset="CRVN"),
    row("The exchange's own coin, HELIX, slid 9% to $1.31 after the outage, the steepest drop "
        "among the top 200.", "9%", asset="HELIX"),
    row("Storage network Filemint's token, MINT, dropped 11% to $0.093 as miners sold.",
        "$0.093", asset="MINT"),
    known("a market value whose sentence opens on another subject ('Shares in the studio') "
          "reads as the whole market's (CRYPTO), though the apposed ticker is read",
          "Shares in the studio are private, but its reward token, QUIX, has a market value of "
          "about $48 million, CoinGecko data show.", "$48 million", asset="QUIX"),
    known("a market value read as the whole market's (CRYPTO) though the ticker set off by "
          "dashes is read", "Its memecoin, ZAPP — launched in May — hit a market value of "
          "$120 million on Friday.", "$120 million", asset="ZAPP"),
    row("TOKYO - The game's utility coin, SAKU, climbed 23% this week. SAKU now trades at "
        "$0.0071.", "$0.0071", asset="SAKU"),
]  # fmt: skip

# twins: a regulator or firm after a preposition's noun phrase, a ticker the lexicon knows,
# an upper-case headline
TWIN_ROWS = [
    row("Asked about the token, FINMA, the Swiss regulator, said it had fined three firms "
        "$1.2 million this year.", "$1.2 million", asset=None),
    row("The protocol's governance token, AAVE, gained 7% to $212.", "$212", asset="AAVE"),
    row("Its native token FLOW rallied 12% to $0.77 over the weekend.", "$0.77", asset="FLOW"),
    row("Bitcoin rose 2% to $97,400, while the token, ETH, lagged at $3,390.", "$97,400",
        asset="BTC"),
    # after any preposition's noun phrase the set-off name is a party, not the token
    row("Besides the token, KLARO, the Swiss lender, said it had repaid $150 million to "
        "clients.", "$150 million", asset=None),
    row("Beyond the coin, BTSE, the exchange, said its derivatives volume rose 20% to $3 "
        "billion.", "$3 billion", venue="BTSE"),
    row("Despite the token, KRAKN, the exchange's parent, posted revenue of $1.5 billion in "
        "2025.", "$1.5 billion", asset=None),
    row("Outside the token, BLKRK, the asset manager, runs a $2 billion money-market fund.",
        "$2 billion", asset=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_apposed_tickers_are_coins(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_parties_and_known_tickers_stay(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
