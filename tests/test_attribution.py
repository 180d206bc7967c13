"""Sources and their scope: who a figure is attributed to, found by the citation's wording.

Providers that no lexicon lists, people speaking for their firm, companies and agencies
stating their own figures, the scope of a citation (its sentence and the rest of its
paragraph, a quotation, a caption), and the outlet that is never its own source.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import known, link_for, row

from extractor.nlp.names import names_in, org_shaped, person_shaped
from extractor.nlp.pipeline import annotate


def source_of(text: str, quote: str, occurrence: int = 1, publisher: str | None = None) -> Any:
    return link_for(text, quote, occurrence, publisher=publisher).source


# A provider no lexicon lists is cited by the wording around its name.
UNLISTED_ROWS = [
    row("According to ChainBeacon, crypto venture funding reached $1.4 billion in May.",
        "$1.4 billion", source="ChainBeacon"),
    row("The validator exit queue grew to 22,000, according to data from exitwatch.io.",
        "22,000", source="exitwatch.io"),
    row("Miner revenue hit a record $98 million on Saturday, as reported by Hashboard Analytics.",
        "$98 million", source="Hashboard Analytics"),
    row("Analysts at Brightwater Capital estimate the funds took in $310 million last week.",
        "$310 million", source="Brightwater Capital"),
    row("Inflows into spot bitcoin funds reached $2.2 billion, according to Kestrel Markets data.",
        "$2.2 billion", source="Kestrel Markets"),
    row("TokenTally data showed 4,923 new tokens were created in the first day.", "4,923",
        source="TokenTally"),
    row("Revenue of $2.27 billion beat the Zacks Consensus Estimate of $1.84 billion.",
        "$1.84 billion", source="Zacks"),
    # A domain form of a listed provider takes the lexicon's name.
    row("The memecoin rose about 10% to $11.55, according to data from Nansen.ai.", "$11.55",
        source="Nansen"),
    # A sentence's first word is capitalized whatever it is: no provider named "Recent".
    row("Recent data shows exchange balances fell to 2.4 million BTC.", "2.4 million BTC",
        source=None),
]  # fmt: skip

# A person speaks for the organisation the article ties them to; an untied one is no source.
PEOPLE_ROWS = [
    row("According to Marta Lind, head of security research at Kestrel Labs, the hackers still "
        "control about $41 million.", "$41 million", source="Kestrel Labs"),
    row("“Weekly issuance of 6,300 coins is dwarfed by ETF demand,” said Ravi Menon, digital "
        "assets analyst at private bank Halden Frey.", "6,300", source="Halden Frey"),
    row("Ravi Menon, an analyst at Halden Frey, tracks the funds. Demand reached about 40,000 "
        "coins a week, Menon said.", "40,000", source="Halden Frey"),
    row("Bybit CEO Ben Zhou said the exchange processed over 580,000 withdrawals.", "580,000",
        source="Bybit"),
    row("“Bitcoin can reach $150,000 this year,” said John Reyes.", "$150,000", source=None),
    # A citing word after the speaker ("via email") does not hide the verb before it.
    row("“Funding has reset, and we could see $5 trillion by year-end,” said Kestrel Labs "
        "founder Lena Park via email.", "$5 trillion", source="Kestrel Labs"),
    row("“We could see $5 trillion by year-end,” said Lena Park, founder of Kestrel Labs, per "
        "an emailed note.", "$5 trillion", source="Kestrel Labs"),
    # A lone surname, an honorific, a name in apposition, a former employer: no firm speaks.
    row("According to Russell, only 91 miners quit that year.", "91", source=None),
    row("“Fill the pot to eight inches,” McEnaney says.", "eight", source=None),
    row("Peak demand reached 44,947 megawatts, according to Mr. Marcus.", "44,947 megawatts",
        source=None),
    row("Chi Onwurah, the Labour MP for Newcastle Central, who backs the report, said 67,000 "
        "staff were on fixed-term contracts.", "67,000", source=None),
    row("David Marcus, a former adviser at the California Energy Commission, said reserves "
        "stood at 12 percent.", "12 percent", source=None),
]  # fmt: skip

# A company, regulator or court stating its own figure is its source; a bare fact has none.
STATEMENT_ROWS = [
    row("Tether said it had a net profit of $850 million in the second quarter.",
        "$850 million", source="Tether"),
    row("Stablecoin issuer Tether, which runs USDT, has also disclosed a share buyback worth "
        "$115 million.", "$115 million", source="Tether"),
    row("Trump Media and Technology Group Corp. (DJT) revealed on Monday that it holds about "
        "$2 billion in bitcoin.", "$2 billion", source="Trump Media"),
    row("Northwind Holdings announced on Monday that it bought 500 BTC. The company now holds "
        "12,400 BTC.", "12,400 BTC", source="Northwind Holdings"),
    row("SharpLink now holds 360,807 ETH, according to a filing with the SEC.", "360,807 ETH",
        source="SharpLink"),
    row("The SEC said Terraform agreed to pay $4.47 billion to settle the case.", "$4.47 billion",
        source="SEC"),
    row("Galaxy Digital said it has $76.8 million in FTX accounts.", "$76.8 million",
        source="Galaxy Digital"),
    row("Zephyr Labs has raised $42 million, the company said. Zephyr says it has originated "
        "$2 billion in loans since launch.", "$2 billion", source="Zephyr Labs"),
    row("Rival CoreFlux (CFLX) reported revenue of $61.2 million for the month.",
        "$61.2 million", source="CoreFlux"),
    row("Strategy bought 4,225 BTC for $472.5 million.", "$472.5 million", source=None),
    # A company or agency speaking is no source of the market's prices.
    row("Bitcoin fell below $100,000 after the Federal Reserve announced a quarter-point cut.",
        "$100,000", source=None),
    row("Top traders on Binance show a long-short ratio of 1.95.", "1.95", source=None),
    row("Grayscale’s GBTC has lost $20 billion in assets since January.", "$20 billion",
        source=None),
]  # fmt: skip

# A citation governs its sentence and the rest of its paragraph, until another voice speaks.
SCOPE_ROWS = [
    row("According to CoinGlass, liquidations hit $1.2 billion. Longs made up $900 million.",
        "$900 million", source="CoinGlass"),
    row("According to CoinGlass, liquidations hit $1.2 billion.\nBitcoin fell 5% to $60,000.",
        "$60,000", source=None),
    # It carries past sentences that cite no one; a price passes over a company speaking
    # to the provider before it, and the company's figures take the company.
    row("According to CoinGlass, liquidations hit $1.2 billion. Longs made up $900 million. "
        "Shorts made up $300 million.", "$300 million", source="CoinGlass"),
    row("Glassnode data shows bitcoin's realized price at $45,000. Coinbase said its trading "
        "volume rose to $90 billion. Bitcoin fell 5% to $60,000.", "$60,000", source="Glassnode"),
    row("Coinbase said its trading volume rose to $90 billion in the quarter. Bitcoin fell 5% "
        "to $60,000. Its revenue reached $2.1 billion.", "$2.1 billion", source="Coinbase"),
    row("According to CoinGlass, liquidations hit $1.2 billion. And analysts warn: if bitcoin "
        "breaks below $77,500, it could slide further.", "$77,500", source=None),
    row("Market value rose to $4.1 trillion, according to CoinGecko. “We could see $5 trillion "
        "by year-end,” said Lena Park, chief analyst at Orbital Research. Bitcoin rose 2% to "
        "$120,000.", "$5 trillion", source="Orbital Research"),
    row("Market value rose to $4.1 trillion, according to CoinGecko. “We could see $5 trillion "
        "by year-end,” said Lena Park, chief analyst at Orbital Research. Bitcoin rose 2% to "
        "$120,000.", "$120,000", source="CoinGecko"),
    row("Ether open interest hit $8.5 billion on Thursday.\n\nCME's ether futures held $355 "
        "million.\n\nEther futures open interest. Source: Bybt\n", "$8.5 billion", source="Bybt"),
    # A company's statement does not carry into a sentence about someone else; an agency's
    # does ("the SEC said ... Kwon must pay").
    row("Binance admitted to the violations, the company said. Changpeng Zhao, who has "
        "amassed a fortune of more than $23 billion, pled guilty.", "$23 billion", source=None),
    row("The SEC said Terraform agreed to pay $4.47 billion. Kwon must pay a civil fine of $80 "
        "million.", "$80 million", source="SEC"),
    row("The round was led by a16z, with RootData reporting 161 deals in April.", "161",
        source="RootData"),
    row("Eigen Labs secured $70 million, and Hypernative, which raised $40 million, hired "
        "staff.", "$40 million", source=None),
    # A list item takes its lead line's citation, not another item's.
    row("Liquidations by coin, according to CoinGlass:\n• BTC: $420 million\n• ETH: $310 "
        "million\n", "$310 million", source="CoinGlass"),
    row("Key points:\n- As Strategy announced on Monday, it bought 3,081 BTC.\n- Its "
        "holdings now stand at 632,457 BTC.\n", "632,457 BTC", source=None),
    # A "source:" line that names no one is no caption.
    row("The port touched 3,000 files.\nsource: transforming the importer was slow\n", "3,000",
        source=None),
    row("Our hot wallet received 703,174 transfers in one day.\n— 0xScope (@ScopeProtocol) "
        "September 22, 2023\n", "703,174", source="0xScope"),
    # A headline takes the source the body gives the same figure.
    row("Bitcoin Miners Earn Record $107.8M in One Day\nMiner revenue reached $107.8 million on "
        "Saturday, as reported by YCharts.\n", "$107.8M", source="YCharts"),
    known("a court speaks through its judge: no rule yet maps a judge to the court",
          "Judge Torres concluded that $728 million of institutional sales were securities.",
          "$728 million", source="Judge Torres"),
    known("a founder's own post speaks for his company: nothing in the text ties the two",
          "We now hold 632,457 BTC.\n— Michael Saylor (@saylor) August 25, 2025\n",
          "632,457 BTC", source="Strategy"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    UNLISTED_ROWS + PEOPLE_ROWS + STATEMENT_ROWS + SCOPE_ROWS,
)
def test_source(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    assert source_of(text, quote, occurrence) == expected["source"]


@pytest.mark.parametrize(
    ("publisher", "expected"), [("theblock.co", None), ("www.coindesk.com", "The Block")]
)
def test_the_outlet_is_never_its_own_source(publisher: str, expected: str | None) -> None:
    text = (
        "There are 29 million ETH staked, according to The Block's data dashboard. That is "
        "roughly 24% of the supply."
    )
    assert source_of(text, "29 million ETH", publisher=publisher) == expected
    assert source_of(text, "24%", publisher=publisher) == expected


NAME_CASES = [
    ("said Manuel Villegas, digital assets analyst at Swiss private bank Julius Baer.",
     ["Manuel Villegas", "Swiss", "Julius Baer"]),
    ("said Kronos Research CIO Vincent Liu.", ["Kronos Research", "Vincent Liu"]),
    ("the US Bureau of Labor Statistics reported", ["Bureau of Labor Statistics"]),
    ("Trump Media and Technology Group Corp. (DJT) revealed", ["Trump Media and Technology "
     "Group Corp", "DJT"]),
    ("referred to blockchaincenter.net’s Altcoin Season Index", ["blockchaincenter.net",
     "Altcoin Season Index"]),
    ("Tom Wan, an analyst at 21 Shares, thinks", ["Tom Wan", "21 Shares"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_names_in_running_text(text: str, expected: list[str]) -> None:
    assert [n.text for n in names_in(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Kronos Research", True, False),
        ("RootData", True, False),
        ("LSEG", True, False),
        ("blockchaincenter.net", True, False),
        ("Tony Ke", False, True),
        ("Julius Baer", False, True),  # told apart by its role: "at Julius Baer"
        ("Fuzzland", False, False),
    ],
)
def test_organisation_or_person_by_shape(text: str, org: bool, person: bool) -> None:
    (name,) = names_in(text, 0, len(text))
    assert (org_shaped(name), person_shaped(name)) == (org, person)


def test_published_date_is_kept_apart_from_the_outlet() -> None:
    doc = annotate("Bitcoin rose 5% on Friday, according to CoinGecko.", date(2026, 2, 6), "x.com")
    (link,) = doc._.links
    assert link.source == "CoinGecko"
    assert link.period is not None
