"""How far a speaker reaches, read from the figure's place rather than from cue words.

* A provider in a bracket that closes a list item ("- Open interest: $41.7 billion
  (Coinalyze)") labels that item: the items under it label their own figures or none,
  so it does not carry down the list as a citing lead line or a prose "per X" does.
* A venue named only as the place where something trades ("fell 6% on Kraken", "bought on
  Kraken and Gemini") is no party that "the company said" or "it said" stands for.
* A venue speaking of a market figure its own sentence places on it ("On CME, open
  interest rose to $5.4 billion, the exchange said") states its own book: its source,
  where a venue speaking of another venue's market stays none.
* "He expects ..." after a person tied to a firm ("said Tomasz Wren, an analyst at Kestrel
  Dataworks") is that person forecasting, for the firm; a firm's name of a person's shape
  is their employer there, no second person the pronoun might stand for.
* "it said" in a sentence whose subject is an organisation, an agency too ("The Monetary
  Authority of Singapore has granted 31 licences, it said") is that subject, not the last
  firm or person that spoke before it.

Rows are a derivatives newsletter, a staking digest, a fund-flow bulletin, a card issuer's
month, a wallet start-up's raise, a miner's quarter and exchange wires, on names no
corpus article uses; twins keep what they had.
"""

from __future__ import annotations

import pytest
from nlp_cases import known, link_for, row

LABELLED_ITEMS = [
    row("Funding snapshot\n- Aggregate ETH futures open interest: $41.7 billion (Coinalyze)\n"
        "- Binance share of it: 38% (Coinalyze)\n- 25-delta skew, one-week: 0.64\n"
        "- Expiring Friday on OKX: $2.3 billion", "0.64", source=None),
    row("Funding snapshot\n- Aggregate ETH futures open interest: $41.7 billion (Coinalyze)\n"
        "- Binance share of it: 38% (Coinalyze)\n- 25-delta skew, one-week: 0.64\n"
        "- Expiring Friday on OKX: $2.3 billion", "$2.3 billion", source=None),
    row("By the numbers\n1. Bitcoin held on exchanges fell by 61,300 BTC in October "
        "(Glassnode).\n2. Long-term holders now hold 14.2 million BTC (Glassnode).\n"
        "3. Active addresses averaged 4.6 million a day.", "4.6 million", source=None),
    row("Fund flows at a glance\n- Weekly inflows to crypto funds: $2.2 billion (Kaiko)\n"
        "- Year-to-date share of ether products: 7.1% (Kaiko)\n"
        "- Solana products since launch: $1.9 billion", "$1.9 billion", source=None),
    row("Memecoin Monday — the numbers\n• Total memecoin market cap: $61 billion (CoinGecko)\n"
        "• Number of tokens tracked: 1.8 million (CoinGecko)\n"
        "• Pump.fun's share of new launches: 41%", "41%", source=None),
    row("Desk notes\n- Perp open interest: $12.8 billion (Velo), up from $11.9 billion\n"
        "- Basis on the March contract: 9.4%", "9.4%", source=None),
]  # fmt: skip

LABELLED_TWINS = [
    row("Desk notes\n- Perp open interest: $12.8 billion (source: Velo), up from $11.9 billion\n"
        "- Basis on the March contract: 9.4%", "$11.9 billion", source="Velo"),
    row("Funding snapshot\n- Aggregate ETH futures open interest: $41.7 billion (Coinalyze)\n"
        "- 25-delta skew, one-week: 0.64", "$41.7 billion", source="Coinalyze"),
    row("Derivatives snapshot, per Coinalyze:\n- Aggregate ETH futures open interest: "
        "$41.7 billion\n- 25-delta skew, one-week: 0.64", "0.64", source="Coinalyze"),
    row("- Aggregate ETH futures open interest: $41.7 billion, per Coinalyze\n"
        "- 25-delta skew, one-week: 0.64", "0.64", source="Coinalyze"),
    row("Bitcoin held on exchanges fell by 61,300 BTC in October (Glassnode). Active "
        "addresses averaged 4.6 million a day.", "4.6 million", source="Glassnode"),
]  # fmt: skip

PLACED_VENUES = [
    row("Card issuer Lumio processed €300 million of spend in October. Its token LMO fell 6% "
        "to $0.31 on Kraken after the news.\n\nChief operating officer Dana Hilt said the "
        "company expects spend to reach €5 billion next year. Fee income was €3.7 million in "
        "October, the company said.", "€3.7 million", source="Lumio"),
    row("Wallet startup Fernpay raised $40 million last month. The FRN token jumped 18% on "
        "Bitstamp on Tuesday.\n\nThe company said it will spend $12 million on hiring.",
        "$12 million", source="Fernpay"),
    row("Payments app Quillo launched its stablecoin in March. USDQ trades at $0.998 on "
        "Coinbase.\n\nIt said it now has 2.1 million users.", "2.1 million", source=None),
    row("Shares of miner Vantor Hash climbed. Its BTC holdings, bought mostly on Kraken and "
        "Gemini, rose in value.\n\nThe firm said revenue reached $450 million in the quarter.",
        "$450 million", source="Vantor Hash"),
    row("Neobank Corvi added crypto trading in June, routing orders to Bitstamp. The tokens "
        "are listed on OKX as well.\n\nThe company said 1.2 million customers had traded at "
        "least once.", "1.2 million", source=None),
]  # fmt: skip

PLACED_TWINS = [
    row("Kraken reported $2 billion of trading volume in October. The company said 40% came "
        "from Europe.", "40%", source="Kraken"),
    row("Bitcoin rose 3% on Coinbase. The exchange said spot volume was up 12% on the day.",
        "12%", source="Coinbase"),
    row("Binance grew its user base in the quarter. It said 7 million new users signed up.",
        "7 million", source="Binance"),
    # a venue joined to another subject by "and" shares its role: no place unless the first
    # member is one ("bought on Kraken and Gemini")
    row("Bitrue and Kucoin both added users in June. The company said it now had 9.4 million "
        "accounts.", "9.4 million", source="KuCoin"),
    row("Gate.io and Bitget listed the token on Friday. It said its first-day volume was "
        "$31 million.", "$31 million", source="Bitget"),
]  # fmt: skip

OWN_BOOKS = [
    row("On CME, bitcoin options open interest rose to a record $5.4 billion last week, the "
        "exchange said.", "$5.4 billion", source="CME"),
    row("Open interest in ether perpetuals on Bybit climbed to $18.2 billion on Thursday, the "
        "exchange said in a post.", "$18.2 billion", source="Bybit"),
    row("Hyperliquid said liquidations on the platform reached $640 million over the weekend.",
        "$640 million", source="Hyperliquid"),
    row("OKX's bitcoin funding rate stood at 0.012% on Monday, the platform said, the highest "
        "since March.", "0.012%", source="OKX"),
    row("At Deribit, ether options worth $2.7 billion expire on Friday, the exchange said.",
        "$2.7 billion", source="Deribit"),
]  # fmt: skip

OWN_BOOK_TWINS = [
    row("Bitcoin traded at $97,400 on Coinbase on Monday. The exchange said it would add three "
        "new pairs.", "$97,400", source=None),
    row("Open interest on OKX stood at about $2.1 billion, while Binance said its users opened "
        "40,000 new accounts.", "$2.1 billion", source=None),
    row("Liquidations on Hyperliquid reached $640 million over the weekend, according to "
        "CoinGlass.", "$640 million", source="CoinGlass"),
    row("Coinbase said ether dropped 5% on Kraken after the outage.", "5%", source=None),
]  # fmt: skip

PRONOUN_FORECASTS = [
    row('"Airdrops trade like listings now," said Tomasz Wren, a research analyst at Kestrel '
        "Dataworks. He expects QKA to find support between $0.60 and $0.70.", "$0.60",
        source="Kestrel Dataworks"),
    row("Tomasz Wren, a research analyst at Kestrel Dataworks, said airdrops trade like "
        "listings now. He expects QKA to find support between $0.60 and $0.70.", "$0.70",
        source="Kestrel Dataworks"),
    row('"Dealers are short gamma below the money," said Ruth Okafor, head of trading at '
        "Pelican Prime. She expects bitcoin to trade between $98,000 and $115,000 into the "
        "expiry.", "$98,000", source="Pelican Prime"),
    row("Lena Ortiz, an analyst at Birchway Research, was cautious. She expects daily active "
        "wallets to settle between 150,000 and 170,000 by December.", "170,000",
        source="Birchway Research"),
    row("Mira Sandoval, chief strategist at Orchard Lane Capital, told clients on Monday that "
        "the rally looked stretched. She sees ether at $2,900 by year-end.", "$2,900",
        source="Orchard Lane Capital"),
    row('"Airdrops trade like listings now," said Tomasz Wren, a research analyst at Kestrel '
        "Dataworks. He said the token could slide to $0.40.", "$0.40",
        source="Kestrel Dataworks"),
]  # fmt: skip

PRONOUN_TWINS = [
    row("Ana Kowal of Varda Bank met Dan Cole of Orbis Capital on Tuesday. He expects bitcoin "
        "at $120,000 by June.", "$120,000", source=None),
    row("Traders expect bitcoin to reach $110,000 before the halving.", "$110,000", source=None),
    row("Tomasz Wren, a research analyst at Kestrel Dataworks, left the firm in May. Bitcoin "
        "traded at $97,000 on Tuesday.", "$97,000", source=None),
    # a forecast owns its own clause, not the market's observed figures after its comma
    row("Hana Ito, a strategist at Moss Ridge Partners, spoke on Tuesday. She anticipates two "
        "rate cuts, though ether fell 6% to $3,050 in the session.", "$3,050", source=None),
    row("Rafael Costa, head of research at Quarry Labs, was upbeat. He expects SOL at $260 by "
        "June, after it climbed 9% to $201 on Friday.", "$201", source=None),
    row("Rafael Costa, head of research at Quarry Labs, was upbeat. He expects SOL at $260 by "
        "June, after it climbed 9% to $201 on Friday.", "9%", source=None),
]  # fmt: skip

PRONOUN_GAPS = [
    known("a forecast's own clause is not told from a subordinate clause of observed fact "
          "without a comma (a named forecaster does the same)",
          "Hana Ito, a strategist at Moss Ridge Partners, spoke on Tuesday. She expects more "
          "gains after ether rose 6% to $3,050 in the session.", "$3,050", source=None),
]  # fmt: skip

SUBJECT_TAGS = [
    row('"Most of the disputes are about intent," said Ayanda Ruth, a partner at Durban firm '
        "Ruth Kessel.\n\nThe Financial Sector Conduct Authority has licensed 312 crypto asset "
        "service providers, it said on its website last week.", "312",
        source="Financial Sector Conduct Authority"),
    row("Exchange Orvane opened a Singapore office, said Joel Tan, its head of Asia at Orvane."
        "\n\nThe Monetary Authority of Singapore has granted 31 payment licences so far, it said "
        "on Tuesday.", "31", source="Monetary Authority of Singapore"),
    row("Broker Halden Securities listed two ether funds in Zurich in May.\n\nThe Swiss "
        "Financial Market Supervisory Authority approved 14 crypto funds this year, it said in "
        "a statement.", "14", source="Swiss Financial Market Supervisory Authority"),
    row("Kestrel Pay applied for a licence in Dublin in March, the company said.\n\nThe Central "
        "Bank of Ireland received 47 applications in 2025, it said in its annual report.", "47",
        source="Central Bank of Ireland"),
    row("Luno Malaysia added three tokens in October, said Farid Osman, an analyst at Bukit "
        "Research.\n\nThe Securities Commission Malaysia has registered 9 digital asset "
        "exchanges, it said on Friday.", "9", source="Securities Commission Malaysia"),
]  # fmt: skip

SUBJECT_TWINS = [
    row("Kraken reported $2 billion of trading volume in October. It said 40% came from Europe.",
        "40%", source="Kraken"),
    row("The Financial Sector Conduct Authority fined two brokers last year. Traders said 12 "
        "firms had left the market.", "12", source=None),
    row("The Monetary Authority of Singapore tightened its rules in May. Bitcoin fell 8% on the "
        "day.", "8%", source=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    [
        *LABELLED_ITEMS,
        *LABELLED_TWINS,
        *PLACED_VENUES,
        *PLACED_TWINS,
        *OWN_BOOKS,
        *OWN_BOOK_TWINS,
        *PRONOUN_FORECASTS,
        *PRONOUN_TWINS,
        *PRONOUN_GAPS,
        *SUBJECT_TAGS,
        *SUBJECT_TWINS,
    ],
)
def test_speaker_scope(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
