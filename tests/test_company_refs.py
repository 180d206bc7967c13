"""References back to a company or coin named before: a company an article introduced with its
ticker, named again by its short name after "shares of" ("shares of Ridgeline closed up"); its
shares named by a description or "its" ("the company's shares", "its stock", "shares of the
miner"); a sentence opening with "Its" after a sentence whose subject is a coin ("Solana rose
6%. Its market cap climbed 5%"). Twins: coins in the same sentence, shares of a crowd, and
"Its" after a company keep their readings."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, link_for, row

SHARES_OF_NAME_ROWS = [
    row("Bitcoin miner Ridgeline Digital (NASDAQ: RDGL) mined 402 BTC in October. Shares of "
        "Ridgeline closed up 2.3% at $17.85 on Friday.", "2.3%", asset="RDGL"),
    row("Bitcoin miner Ridgeline Digital (NASDAQ: RDGL) mined 402 BTC in October. Shares of "
        "Ridgeline closed up 2.3% at $17.85 on Friday.", "$17.85", asset="RDGL"),
    row("Norrland Hash Inc. (NASDAQ: NHSH) produced 210 BTC in May. The stock of Norrland ended "
        "the session 32% below its March peak.", "32%", asset="NHSH"),
    row("Vantor Mining Corp. (TSX: VNTR) said it sold 150 BTC. Investors sent shares of Vantor "
        "down 7% on the news.", "7%", asset="VNTR"),
    row("Halden Capital Inc. (NASDAQ: HLDN) disclosed a $40 million bitcoin purchase. A 9% surge "
        "in shares of Halden followed.", "9%", asset="HLDN"),
    # twins
    row("Bitcoin miner Ridgeline Digital (NASDAQ: RDGL) mined 402 BTC in October. Shares of "
        "bitcoin miners closed up 2.3% on Friday.", "2.3%", asset="BTC"),
    row("Vantor Mining Corp. (TSX: VNTR) said it sold 150 BTC. Bitcoin fell 3% to $61,200 as "
        "shares of miners slid.", "3%", asset="BTC"),
    # twins: another company whose name starts with the short name
    row("American Hashcore Corp. (NASDAQ: AHSC) mined 190 BTC in November. Elsewhere, shares of "
        "American Airlines fell 3% on fuel costs.", "3%", asset="BTC"),
    row("Galaxy Vault Inc. (NASDAQ: GVLT) bought 300 BTC. Investors also sold stock in Galaxy "
        "Entertainment, which slid 2% in Hong Kong.", "2%", asset="BTC"),
]  # fmt: skip

SHARES_OF_REFERENT_ROWS = [
    row("Bitcoin miner Ridgeline Digital (NASDAQ: RDGL) said it mined 402 BTC. The company's "
        "shares rose 3% while bitcoin fell 1%.", "3%", asset="RDGL"),
    row("Halden Capital Inc. (NASDAQ: HLDN) bought 500 BTC last week. The firm now holds "
        "12,400 BTC, and its stock gained 5%.", "5%", asset="HLDN"),
    row("Cascade Mining Corp. (TSX: CSCD) sold 290 BTC in October to fund new rigs. Shares of "
        "the miner fell 4.1% in Toronto as ether climbed 2%.", "4.1%", asset="CSCD"),
    row("Norrland Hash Inc. (NASDAQ: NHSH) posted a $12 million quarterly loss. The company’s "
        "stock price slid to $6.40 after hours, even as bitcoin held $98,000.", "$6.40",
        asset="NHSH"),
    row("Kizuna Holdings (3962.T), a Tokyo-listed hotel operator, added 120 BTC. Its shares "
        "jumped 14% in Tokyo on Tuesday while bitcoin rose 1%.", "14%", asset="3962.T"),
    row("Vantor Mining Corp. (TSX: VNTR) reported record output. Bitcoin slipped 2%, but the "
        "firm's shares climbed 6% to C$3.10.", "C$3.10", asset="VNTR"),
    # twins: the coin's own moves in the same sentences stay the coin's
    row("Bitcoin miner Ridgeline Digital (NASDAQ: RDGL) said it mined 402 BTC. The company's "
        "shares rose 3% while bitcoin fell 1%.", "1%", asset="BTC"),
    row("Cascade Mining Corp. (TSX: CSCD) sold 290 BTC in October to fund new rigs. Shares of "
        "the miner fell 4.1% in Toronto as ether climbed 2%.", "2%", asset="ETH"),
    row("Halden Capital Inc. (NASDAQ: HLDN) bought 500 BTC last week. Shares of bitcoin miners "
        "rose 3%, and ether gained 2%.", "3%", asset="BTC"),
    row("Ether traded at $3,100 as its staking share rose to 28%.", "28%", asset="ETH"),
    # twins: "its" of another company named in its own sentence, and a stock of things
    known("'its' of the clause's own subject (an issuer) is not read as that issuer's coin",
          "Circle Internet Group (NYSE: CRCL) issues USDC. Tether, the largest issuer, said its "
          "stock of Treasury bills reached $135 billion.", "$135 billion", asset="USDT"),
    row("Strategy (MSTR) holds 640,000 BTC. Kraken, which plans to go public next year, said "
        "its shares would price at $30.", "$30", asset="BTC"),
    row("Halden Capital Inc. (NASDAQ: HLDN) added 500 BTC. The firm's stock of bitcoin "
        "reached 12,900 BTC, worth $1.2 billion.", "$1.2 billion", asset="HLDN"),
]  # fmt: skip

OPENING_ITS_ROWS = [
    row("Solana rose 6% to $182 on Monday. Its market cap climbed 5% to $88 billion.",
        "$88 billion", asset="SOL", metric="market_cap"),
    row("Solana rose 6% to $182 on Monday. Its market cap climbed 5% to $88 billion.", "5%",
        asset="SOL"),
    row("Cardano extended its losing streak to five days. Its market value now stands at "
        "$21 billion.", "$21 billion", asset="ADA"),
    row("The BONKLE token, a Solana memecoin, tripled this week. Its market capitalization "
        "topped $900 million on Friday.", "$900 million", asset="BONKLE"),
    row("Dogecoin jumped 11% after the listing news. Its trading volume doubled to $4.2 billion "
        "in 24 hours.", "$4.2 billion", asset="DOGE"),
    row("XRP slid below $2 for the first time since July. Its open interest fell 8% to "
        "$3.1 billion, CoinGlass data show.", "$3.1 billion", asset="XRP"),
    # twins: a company or an exchange as the subject before, and a named market
    row("Solana rose 6% to $182 on Monday. The crypto market's total capitalization climbed 2% "
        "to $3.3 trillion.", "$3.3 trillion", asset="CRYPTO"),
    row("Bitcoin fell 3% on Friday as ether lost 5%. The total crypto market cap slid 4% to "
        "$3.1 trillion.", "$3.1 trillion", asset="CRYPTO"),
    # twins: "Its" after a sentence whose subject is a platform or company, or two sentences
    # after the coin
    row("Lendora lets clients borrow dollars against bitcoin. Lendora says it has lent $2 billion "
        "since launch. Its average loan-to-value ratio is 45%.", "45%", asset=None),
    row("Lendora's platform lets clients borrow dollars against bitcoin. Its average "
        "loan-to-value ratio is 45%.", "45%", asset=None),
    known("'Its' after a company subject is left to the market, not read as the company's",
          "Strategy (MSTR) bought 4,000 BTC last week. Its market cap climbed 5% to $88 billion.",
          "$88 billion", asset="MSTR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), SHARES_OF_NAME_ROWS)
def test_shares_of_name(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), SHARES_OF_REFERENT_ROWS)
def test_shares_of_referent(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), OPENING_ITS_ROWS)
def test_opening_its(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    check(text, quote, occurrence, expected)


# A name introduced with its ticker at the start of a subordinate clause ("When Velora Mining
# (TSX: VLM) ...", "As Halden Capital (NASDAQ: HLDN) ..."): the opening word is capitalized
# because it opens the sentence and is no part of the name the company is cited by.
# Twin: a name whose first word is its own ("On Holding", a capitalized word mid-sentence).
SENTENCE_LEAD_ROWS = [
    row("As Velora Mining (TSX: VLM) expanded its fleet in the autumn, the miner said it produced "
        "410 BTC in October.", "410 BTC", asset="VLM", source="Velora"),
    row("When Halden Capital (NASDAQ: HLDN) began buying bitcoin in 2024, the pitch was simple. "
        "Halden said it now holds 12,400 BTC.", "12,400 BTC", asset="HLDN",
        source="Halden"),
    row("After Kestrel Payments (LSE: KSTL) cut its card fees, the company said it added 85,000 "
        "cardholders in the third quarter.", "85,000", source="Kestrel Payments"),
    row("Although Brenna Hash Inc. (NASDAQ: BRNH) missed its target, the miner said it produced "
        "290 BTC in November.", "290 BTC", asset="BRNH", source="Brenna Hash"),
    # twins: the capitalized first word is the name's own
    row("Investors in Ridgeline Digital (NASDAQ: RDGL) cheered as the miner said it mined "
        "402 BTC in October.", "402 BTC", asset="RDGL", source="Ridgeline"),
    row("On Holding (NYSE: ONON) sold 40,000 pairs of running shoes for bitcoin, the company said "
        "in a statement.", "40,000", source="On Holding"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), SENTENCE_LEAD_ROWS)
def test_sentence_lead_is_no_part_of_a_name(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


# A press release's or a wire's legal form set off by a comma before the ticker ("Harbor Vale
# Technologies, Inc. (Nasdaq: HVLT)") is no part of the name: the company named again by its
# short name ("Harbor Vale's shares", "Redgum shares", "Solvane said") is that ticker's.
COMMA_SUFFIX_ROWS = [
    row("Harbor Vale Technologies, Inc. (Nasdaq: HVLT), a logistics software company, today "
        "announced it purchased 1,250 BTC for about $118 million. Harbor Vale's shares closed "
        "at $14.20 on Monday.", "$14.20", asset="HVLT"),
    row("PERTH, Australia -- Redgum Mining, Ltd. (ASX: RGM) said on Tuesday it had mined 96 BTC "
        "in November. Redgum shares rose 6% to A$1.42 after the update.", "6%", asset="RGM"),
    row("PERTH, Australia -- Redgum Mining, Ltd. (ASX: RGM) said on Tuesday it had mined 96 BTC "
        "in November. Redgum shares rose 6% to A$1.42 after the update.", "A$1.42",
        asset="RGM"),
    row("Solvane Labs, Inc. (NYSE: SLVL) reported revenue of $42 million for the quarter. "
        "Solvane said it now holds 8,400 ETH.", "8,400 ETH", asset="SLVL", source="Solvane"),
    row("Quillon Digital, Inc. (NASDAQ: QDGT) added 310 BTC last month. Quillon's market "
        "capitalisation rose to $610 million on Friday.", "$610 million", asset="QDGT"),
    # twins: the market's price beside the company, a name without the comma
    row("Bitcoin rose 3% to $91,000 on Tuesday after Harbor Vale Technologies, Inc. (Nasdaq: "
        "HVLT) said it bought 1,250 BTC.", "$91,000", asset="BTC"),
    row("Pinecrest Holdings (NASDAQ: PNCR) holds 4,100 BTC. Pinecrest shares fell 2.2% to "
        "$31.05.", "$31.05", asset="PNCR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), COMMA_SUFFIX_ROWS)
def test_comma_before_legal_form_is_no_part_of_a_name(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)


def test_another_name_sharing_the_first_word_is_not_the_company() -> None:
    text = (
        "Harbor Vale Technologies, Inc. (Nasdaq: HVLT) bought 1,250 BTC in June. Harbor "
        "Freight's sales rose 4% to $2.1 billion, a retail survey showed."
    )
    assert link_for(text, "$2.1 billion").asset != "HVLT"
