"""Lexicon mentions: assets, pairs, market scopes, data sources and venues.

Ambiguous names that are ordinary words ("SOL", "link", "one", "Strategy", "pi") only
count where the text reads as crypto: a cashtag, an upper-case ticker, a capitalized
name inside a sentence, or a name whose asset the article also names plainly.
"""

from __future__ import annotations

import pytest
from nlp_cases import doc_of


def mentions(text: str, kind: str) -> list[tuple[str, str]]:
    """(surface text, lexicon id) of the mentions of ``kind`` in ``text``."""
    return [(text[m.start : m.end], m.value) for m in doc_of(text)._.mentions if m.kind == kind]


SEED_ASSET_ROWS = [
    ("Crypto market loses $2.65 billion as Bitcoin dips to $60,000 amid bearish sentiment",
     [("Crypto market", "CRYPTO"), ("Bitcoin", "BTC")]),
    ("The cryptocurrency market valuation is down $2.8 trillion as the industry leader, Bitcoin "
     "(BTC), dropped to $60,000.",
     [("cryptocurrency market", "CRYPTO"), ("Bitcoin", "BTC"), ("BTC", "BTC")]),
    ("The largest single liquidation occurred on Binance, with an entity losing $12.02 million "
     "in the BTC-USDT pair.", [("BTC-USDT", "BTC")]),
    ("On the corporate side, Michael Saylor’s Strategy (MSTR) posted a $12.6 billion loss.",
     [("Strategy", "MSTR"), ("MSTR", "MSTR")]),
    ("whereas the altcoin market is below $1 trillion ($900 billion).",
     [("altcoin market", "ALTCOINS")]),
    ("The single largest liquidation happened on Binance, where a BTCUSDT position worth $12 "
     "million was forcibly closed.", [("BTCUSDT", "BTC")]),
    ("Bitcoin miner Reserves now stand near 1.806 million $BTC.",
     [("Bitcoin", "BTC"), ("$BTC", "BTC")]),
]  # fmt: skip

ASSET_ROWS = [
    ("SOL rose 4% to $90 on Friday.", [("SOL", "SOL")]),
    ("Solana (SOL) dropped 8% to $85.", [("Solana", "SOL"), ("SOL", "SOL")]),
    ("$SOL and $LINK led altcoins higher.",
     [("$SOL", "SOL"), ("$LINK", "LINK"), ("altcoins", "ALTCOINS")]),
    ("LINK rallied 6% as Chainlink announced a partnership.",
     [("LINK", "LINK"), ("Chainlink", "LINK")]),
    ("Harmony ONE rallied 12% on Friday.", [("Harmony ONE", "ONE")]),
    ("Pi Network (PI) crashed by over 90%.", [("Pi Network", "PI"), ("PI", "PI")]),
    ("MicroStrategy (MSTR) shares fell 17%.", [("MicroStrategy", "MSTR"), ("MSTR", "MSTR")]),
    ("BlackRock's IBIT saw inflows; FBTC and GBTC saw outflows.",
     [("IBIT", "IBIT"), ("FBTC", "FBTC"), ("GBTC", "GBTC")]),
    ("Gold rose 2% and silver jumped 4% as XAG/USD hit $75.",
     [("Gold", "XAU"), ("silver", "XAG"), ("XAG/USD", "XAG")]),
    ("ETHUSDT perpetuals and the ETH-USD pair led volume.",
     [("ETHUSDT", "ETH"), ("ETH-USD", "ETH")]),
    ("Altcoins lost 8% while the crypto market shed $120 billion.",
     [("Altcoins", "ALTCOINS"), ("crypto market", "CRYPTO")]),
    ("Strategy bought 4,225 BTC for $472.5 million.", [("Strategy", "MSTR"), ("BTC", "BTC")]),
]  # fmt: skip

# Ordinary words that are also tickers or company names: no asset.
NOT_ASSET_ROWS = [
    "Our strategy returned 12% last year.",
    "Strategy is key, the fund manager said.",
    "The link between ETF flows and price is clear.",
    "Click the link below to read more.",
    "One of the biggest pressures is coming from miners.",
    "Pi is the 16th letter of the Greek alphabet.",
    "The sol y sombra restaurant raised prices by 4%.",
    "No one expected the rally to last.",
]


@pytest.mark.parametrize(("text", "expected"), SEED_ASSET_ROWS + ASSET_ROWS)
def test_assets(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text, "asset") == expected


@pytest.mark.parametrize("text", NOT_ASSET_ROWS)
def test_ordinary_words_are_not_assets(text: str) -> None:
    assert mentions(text, "asset") == []


SOURCE_ROWS = [
    ("Crpyto market liquidations data. Source: CoinGlass", [("CoinGlass", "CoinGlass")]),
    ("Crypto Fear and Greed Index. Source: CoinMarketCap",
     [("CoinMarketCap", "CoinMarketCap")]),
    ("Bitcoin ETFs data. Source: Sosovalue", [("Sosovalue", "SoSoValue")]),
    ("Data from SoSoValue and CoinGlass showed outflows, per Glassnode and CryptoQuant.",
     [("SoSoValue", "SoSoValue"), ("CoinGlass", "CoinGlass"), ("Glassnode", "Glassnode"),
      ("CryptoQuant", "CryptoQuant")]),
    ("Arkham, Lookonchain and DefiLlama data; Kaiko and Santiment too.",
     [("Arkham", "Arkham"), ("Lookonchain", "Lookonchain"), ("DefiLlama", "DefiLlama"),
      ("Kaiko", "Kaiko"), ("Santiment", "Santiment")]),
    ("CoinGecko and Farside Investors figures, flagged by Whale Alert.",
     [("CoinGecko", "CoinGecko"), ("Farside Investors", "Farside Investors"),
      ("Whale Alert", "Whale Alert")]),
]  # fmt: skip

VENUE_ROWS = [
    ("The largest single liquidation occurred on Binance.", [("Binance", "Binance")]),
    ("Bybit and OKX saw liquidations; Hyperliquid and Binance too.",
     [("Bybit", "Bybit"), ("OKX", "OKX"), ("Hyperliquid", "Hyperliquid"),
      ("Binance", "Binance")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SOURCE_ROWS)
def test_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text, "source") == expected


@pytest.mark.parametrize(("text", "expected"), VENUE_ROWS)
def test_venues(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text, "venue") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Bitcoin dropped 8% on Friday.", [("dropped", "down")]),
     ("Spot ETFs saw net outflows.", [("net outflows", "outflow")]),
     pytest.param("The largest liquidation was in the BTC-USDT pair.", [])],
)  # fmt: skip
def test_sides(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text, "side") == expected


# The parenthesized-ticker scan searches only from before each opening parenthesis that
# follows a space; it must find what the pattern finds over the whole text.
PARENTHESIZED_ROWS = [
    (
        "CoreFlux (CFLX) rose 12%, while Strategy (NASDAQ: MSTR) and Acme Holdings Inc  (ACME) "
        "fell; Kestrel Labs(KSTL) wrote no space and (BTC) opens a line.",
        ["CFLX", "MSTR", "ACME", "BTC"],
    ),
    (
        "Shares of Coinbase Global Inc. (COIN) and Bitfarms Ltd.\n(BITF) slid, per filings (see "
        "note) (Q3) — Galaxy Digital (TSX: GLXY.U) held.",
        ["COIN", "BITF", "GLXY.U"],
    ),
    (
        "(ETH) first, then  Ethena   (ENA), Ondo (ONDO ) and Pendle (PENDLE) after (12) and (A1).",
        ["ENA", "A1"],
    ),
    ("No parentheses at all: Bitcoin traded at $60,000.", []),
]


@pytest.mark.parametrize(("text", "tickers"), PARENTHESIZED_ROWS)
def test_parenthesized_tickers_match_the_whole_text_scan(text: str, tickers: list[str]) -> None:
    from extractor.lexicon import Lexicon
    from extractor.nlp.cues import parenthesized_ticker
    from extractor.nlp.mentions import parenthesized_tickers

    with Lexicon.bundled().active():
        whole = [(m.span(), m.groupdict()) for m in parenthesized_ticker().finditer(text)]
        found = [(m.span(), m.groupdict()) for m in parenthesized_tickers(text)]
    assert found == whole
    assert [groups["ticker"] for _, groups in found] == tickers
