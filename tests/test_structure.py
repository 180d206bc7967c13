"""Text structure: sentences, "Source: X" captions, headings and boilerplate blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_cases import quotes

from extractor.nlp.structure import analyse

SEED_000 = Path("corpus/000_6b4f3791dd6f0a68.txt")

SENTENCE_ROWS = [
    ("On February 6, the crypto market saw a sharp crash as Bitcoin plunged nearly 15%, wiping "
     "out around $350 billion in total market value in a single day. Bitcoin’s price fell to "
     "$60,030, erasing gains made since its October peak near $126,000.",
     ["On February 6, the crypto market saw a sharp crash as Bitcoin plunged nearly 15%, wiping "
      "out around $350 billion in total market value in a single day.",
      "Bitcoin’s price fell to $60,030, erasing gains made since its October peak near $126,000."]),
    ("The U.S. spot Bitcoin ETFs saw $258 million in outflows. Inflows were $100 million on Feb. "
     "4. BTC fell 5%.",
     ["The U.S. spot Bitcoin ETFs saw $258 million in outflows.",
      "Inflows were $100 million on Feb. 4.", "BTC fell 5%."]),
    ("Bitcoin fell 5%. 82% of liquidations were longs. $12 million was liquidated on Binance.",
     ["Bitcoin fell 5%.", "82% of liquidations were longs.",
      "$12 million was liquidated on Binance."]),
    ("Bitcoin fell 5%! Is this the bottom? “It is,” he said.",
     ["Bitcoin fell 5%!", "Is this the bottom?", "“It is,” he said."]),
    ("Bitcoin fell 5%.\nEther fell 8%", ["Bitcoin fell 5%.", "Ether fell 8%"]),
    pytest.param("Strategy paid approx. $48 billion for its bitcoin.",
          ["Strategy paid approx. $48 billion for its bitcoin."]),
    # a footnote's stop glued to the next sentence ends the sentence; other glued stops
    # (tickers, versions, letters in brackets) do not
    ("Its holdings are valued at over $70 billion [1].The purchases were funded by share "
     "sales [12].Analysts expect more.",
     ["Its holdings are valued at over $70 billion [1].",
      "The purchases were funded by share sales [12].", "Analysts expect more."]),
    ("The upgrade ships in v2.1.The team said so in Exhibit [A].B of the filing.",
     ["The upgrade ships in v2.1.The team said so in Exhibit [A].B of the filing."]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sentences"), SENTENCE_ROWS)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in analyse(text).sentences] == sentences


CAPTION_ROWS = [
    ("Crpyto market liquidations data. Source: CoinGlass", "CoinGlass"),
    ("Bitcoin ETFs data. Source: Sosovalue", "Sosovalue"),
    ("Sources: Farside Investors", "Farside Investors"),
    ("Data source - CryptoQuant", "CryptoQuant"),
    ("Source: CoinGlass.", "CoinGlass"),
    ("Source Fxstreet", None),  # a byline, not a caption
    ("Crypto market valuation.", None),
]


@pytest.mark.parametrize(("line", "source"), CAPTION_ROWS)
def test_captions(line: str, source: str | None) -> None:
    text = f"Liquidations hit $1.2 billion on Friday.\n{line}\n"
    captions = analyse(text).captions
    assert [src for _span, src in captions] == ([source] if source else [])


HEADING_ROWS = [
    ("Bitcoin ETFs Record Heavy Outflows", True),
    ("## Another major liquidation wave hits the crypto market", True),
    ("Michael Saylor’s Strategy In Big Losses", True),
    ("Bitcoin fell 5% on Friday.", False),
    ("Bitcoin fell 5% on Friday, as liquidations rose", True),  # no end punctuation
]


@pytest.mark.parametrize(("line", "heading"), HEADING_ROWS)
def test_headings(line: str, heading: bool) -> None:
    text = f"{line}\nThe crypto market lost $2.65 billion on Friday.\n"
    assert (analyse(text).headings[:1] == [(0, len(line))]) is heading


BODY = (
    "Bitcoin fell 5% to $60,000 on Friday as liquidations topped $2.6 billion.\n"
    "Spot bitcoin ETFs recorded $258 million in outflows on Thursday.\n"
    "Ether dropped 8% to $1,800, while Solana lost 12%.\n"
    "The Fear and Greed Index fell to 5, its lowest reading on record.\n"
)

BODY_AMOUNTS = ["5%", "$60,000", "$2.6 billion", "$258 million", "8%", "$1,800", "12%", "5"]
CFD = (
    "CFDs are complex instruments and come with a high risk of losing money rapidly due to "
    "leverage. 74% of retail investor accounts lose money when trading CFDs with this provider.\n"
)

# (text, how many lines are boilerplate); every row must leave exactly BODY's amounts.
BOILERPLATE_ROWS = [
    pytest.param(CFD + BODY, 1, id="cfd-risk-warning"),
    pytest.param(BODY + "Disclaimer: This article is for informational purposes only. Crypto "
                 "assets can lose 100% of their value.\nRead our guide to 5 top coins.\n", 2,
                 id="disclaimer-to-the-end"),
    pytest.param(BODY + "Related articles\nSolana jumps 20% as ETF hopes rise\nXRP falls 10% "
                 "after ruling\n", 3, id="related-articles-teasers"),
    pytest.param("Read more: Ethereum ETFs see $300 million inflows\n" + BODY, 1, id="read-more"),
    pytest.param("Subscribe to our daily newsletter for 3 stories a day.\n" + BODY, 1,
                 id="newsletter"),
    pytest.param(BODY + "This article is for informational purposes only. 70% of traders lose "
                 "money.\n", 1, id="informational-purposes"),
    pytest.param(BODY + "This article is not investment advice. 70% of traders lose money.\n", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lines"), BOILERPLATE_ROWS)
def test_boilerplate_yields_no_claims(text: str, lines: int) -> None:
    spans = analyse(text).boilerplate
    assert sum(text[s:e].strip().count("\n") + 1 for s, e in spans) == lines
    assert quotes(text) == BODY_AMOUNTS


def test_seed_000_risk_warning_and_disclaimer_are_boilerplate() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    spans = analyse(text).boilerplate
    texts = [text[s:e] for s, e in spans]
    assert texts[0].startswith("CFDs are complex instruments")
    assert "74% of retail investor accounts lose money" in texts[0]
    disclaimer = text.index("Disclaimer: The content available on Mitrade")
    assert (disclaimer, len(text)) in spans  # the disclaimer and the teasers after it
    teaser = text.index("Pi Network (PI) crashed by over 90%")
    assert any(s <= teaser < e for s, e in spans)
