"""Who is speaking: a name of a person's shape that the article treats as an
organisation ("it", its first word alone, a kind noun before it or in an appositive, "the
X tracker") speaks for itself; one it gives a person's marks (a title, "he"/"she") speaks
only for the firm the article ties it to. Rows are wire, exchange-note, newsletter and
regional-site sentences on topics no corpus article covers; twins must keep no source.
"""

from __future__ import annotations

import pytest
from nlp_cases import known, link_for, row

from extractor.nlp.names import names_in
from extractor.nlp.speakers import Speaker, read_speaker

# A name that reads as an organisation by how the sentence or article goes on.
ORGANISATION_ROWS = [
    row("Stablecoin card payments made up roughly 1.4% of all online checkout volume in "
        "October, according to payments consultancy Tallis Bryce.", "1.4%",
        source="Tallis Bryce"),
    row("The country now hosts 412 bitcoin kiosks, according to tracking website Kiosk Atlas, "
        "up from 260 a year earlier.", "260", source="Kiosk Atlas"),
    row("Tokenised treasury funds now hold $7.4 billion, according to the Meridian tracker.",
        "$7.4 billion", source="Meridian"),
    row("Staking deposits hit 3.2 million ETH in September, per analytics shop Verity Chain.",
        "3.2 million ETH", source="Verity Chain"),
    row("Harbourline Credit Union said on Tuesday it has issued 2,400 crypto-secured loans "
        "since March.", "2,400", source="Harbourline Credit Union"),
    row("LONDON, Oct 3 (Meridian Wire) - Osric Clearing Ltd said it settled 1.2 million "
        "tokenised trades in the quarter.", "1.2 million", source="Osric Clearing"),
    row("The coins are held by custodian Parrow Trust, which said separately that it now "
        "safeguards 7,200 BTC for three lenders.", "7,200 BTC", source="Parrow Trust"),
    row("Harbourline Credit Union said it has issued 2,400 crypto-secured loans since March. "
        "About 58% of them financed a car.", "58%", source="Harbourline Credit Union"),
    row("Kiosk Atlas, a tracking website, said the province has 96 machines. Most charge fees "
        "of 9% to 15% per purchase.", "9%", source="Kiosk Atlas"),
    row("Revenue from node rentals climbed 31% to $4.2 million in the quarter, Strata Nodes "
        "said in its quarterly update.", "$4.2 million", source="Strata Nodes"),
    row("Quarry Rock Minerals has mined 88 BTC since June, the filing shows. Quarry told "
        "investors it expects 40 more by year-end.", "40", source="Quarry Rock Minerals"),
    known("a name of a person's shape with no mark of either kind stays no one's",
          "Monthly active wallets fell to 184,000, Velmont Games reported on Thursday.",
          "184,000", source="Velmont Games"),
    known("a sentence's capitalized opening word that is no firm's word stays in the name",
          "Rival Denholm Lending said it had approved about 450 such loans.", "450",
          source="Denholm Lending"),
]  # fmt: skip

# A firm read so speaks for its own figures, not the market's: a known gap where the coin's
# price is read as an average cost and the firm's "said" is carried to it.
MARKET_PRICE_TWINS = [
    known("'X averaged $N' of a coin reads as an average cost, no market price, so the firm "
          "speaking in the sentence before is carried to it (as for a lexicon firm)",
          "Kestrel Hash said it mined 290 BTC in September. Bitcoin averaged $61,400 during "
          "the month.", "$61,400", source=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), MARKET_PRICE_TWINS)
def test_firm_not_carried_to_market_price(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]


# Twins: a person with a title or "he"/"she", an index that "tracks" assets, an unnamed
# voice "familiar with" a firm: no source.
PERSON_TWINS = [
    row("Revenue rose 12% to $3 million in the quarter, Maria Lopez said.", "$3 million",
        source=None),
    row("Card payments made up roughly 1.4% of online checkout volume, according to payments "
        "researcher Tallis Bryce.", "1.4%", source=None),
    row("Harriet Vance said on Monday she had sold 40 BTC over the summer.", "40 BTC",
        source=None),
    row("Mark Cole said it was too early to judge, though volumes rose 8% in the week.", "8%",
        source=None),
    row("The Coinfolk Market Index, which tracks 134 digital assets, shed 2.9% on the day.",
        "134", source=None),
    row("According to people familiar with Denholm Lending, the firm approved 450 loans.",
        "450", source=None),
    row("Daniel Reyes, a retired teacher, said he lost $48,000 to the kiosk scam.", "$48,000",
        source=None),
    row("The rollout may have cost about $2.8 million, estimates Joran Pelt, a consultant who "
        "advises exchanges.", "$2.8 million", source=None),
    row("Recently, Margit van der Sloot stated that 35% of retail wallets sit idle.", "35%",
        source=None),
]  # fmt: skip


# A caption's provider followed by words on what it gave ("Source: X, company filings")
# is the provider alone; a price list's "Prices: X" line is a caption as "Data: X" is.
CAPTION_ROWS = [
    row("Lending desks at a glance\nLoans originated: $412 million\nActive borrowers: 18,300\n"
        "Source: Quorvane, company filings", "18,300", source="Quorvane"),
    row("Rental revenue by network rose to $9.1 million in October.\nSource: Lumen Index, team "
        "estimates", "$9.1 million", source="Lumen Index"),
    row("Token moves this week:\nKLN: $0.412 (+8.1%)\nVRA: $1.07 (-2.4%)\nPrices: CoinGecko",
        "$0.412", source="CoinGecko"),
    row("Closing levels, Friday:\nORB: $3.18\nMLT: $0.074\nPrice data: CoinMarketCap", "$3.18",
        source="CoinMarketCap"),
]  # fmt: skip

# Twins: a label whose value has lower-case words, a "source code" line.
CAPTION_TWINS = [
    row("Prices: up 4% on the week for the index, which closed at 1,204.", "1,204", source=None),
    row("Source code: the vault contract held 3,000 ETH before the upgrade.", "3,000 ETH",
        source=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), [*CAPTION_ROWS, *CAPTION_TWINS]
)
def test_caption_provider(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]


# "the network's explorer", "per the protocol's dashboard": the organisation of that kind
# the paragraph is about (named before, or opening the paragraph with "its" after it).
OWN_PAGE_ROWS = [
    row("Gridcompute cut its floor price to $1.65 an hour on Monday. Utilisation reached 81% "
        "last week, according to the network's explorer.", "81%", source="Gridcompute"),
    row("Tessel Chain processed 4.1 million transfers in November. Daily fees averaged $38,000, "
        "the chain's explorer shows.", "$38,000", source="Tessel Chain"),
    row("Lendora raised its borrow caps on Friday. Deposits climbed to $612 million, per the "
        "protocol's dashboard.", "$612 million", source="Lendora"),
    row("Orbis Exchange listed the token on Tuesday. Spot volume hit $94 million on day one, "
        "the exchange's own dashboard showed.", "$94 million", source="Orbis Exchange"),
    row("Helvane Network added 1,200 nodes in October. According to the network's block "
        "explorer, 38% of them sit in Europe.", "38%", source="Helvane Network"),
]  # fmt: skip

# Twins: an explorer that is named, an explorer that states nothing.
OWN_PAGE_TWINS = [
    row("Bitcoin hashrate hit a record on Monday, up 4% in a week, according to mempool.space, "
        "the network's most used explorer.", "4%", source="Mempool.space"),
    row("The network's explorer went offline for two hours, and transfers fell 12% on the day.",
        "12%", source=None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"), [*OWN_PAGE_ROWS, *OWN_PAGE_TWINS]
)
def test_kind_owned_page(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), ORGANISATION_ROWS)
def test_speaker_read_as_organisation(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), PERSON_TWINS)
def test_person_speaks_for_no_one(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]


# What reads as an organisation only by a kind or a firm's habit: a kind noun before the
# name, an "it" after it, its first word used alone as it acts ("Keystone keeps").
READ_AS_ORGANISATION = [
    ("Card payments hit 1.4% of checkout volume, according to payments "
     "consultancy Tallis Bryce.", "Tallis Bryce"),
    ("The coins sit with custodian Parrow Trust, which holds 7,200 BTC.", "Parrow Trust"),
    ("Keystone Mutual Home Loans said it had lent $40 million.\nKeystone keeps "
     "the loans on its books.", "Keystone Mutual Home Loans"),
    ("Norvik Exchange listed the token.\nNorvik's desk quoted a spread of 0.4%.",
     "Norvik Exchange"),
    ("In March Strata Nodes said it had leased 4,000 GPUs.", "Strata Nodes"),
    ("Meanwhile, custodian Harlow Vault said 3% of deposits left.", "Harlow Vault"),
    ("Both Kivra and lender Denmoor Credit cut rates by 0.5%.", "Denmoor Credit"),
    ("But Harbourline Credit Union said it has issued 2,400 loans since "
     "March.", "Harbourline Credit Union"),
    ("Kiosk Atlas, a tracking website, said the province has 96 machines.", "Kiosk Atlas"),
    ("Inflows hit $2.1 billion, according to the Harlow Flow dashboard.", "Harlow Flow"),
    ("Days later the Harbor Office announced that fees would rise 2%.", "Harbor Office"),
    ("Turnout was 61%, according to the Kessel Press news agency.", "Kessel Press"),
]  # fmt: skip

# Twins: a verb's object ("and plunged Porto Velho"), a name whose first word is only
# named or told ("told Ellen, ..."), the tail of a longer name ("ETF Flow Monitor"), a
# sentence's opening word that points to another firm ("Rival Ardent Lending"): no
# organisation read, as the name read is no speaker's.
READ_AS_NEITHER = [
    ("The storm cut power to the coast and plunged Porto Velho into darkness on "
     "Tuesday.", "Porto Velho"),
    ("Smoke drifted south, blanketing Santa Rita for a third day.", "Santa Rita"),
    ("Heavy rain swept the valley and flooded Lake Marlow overnight, officials said.",
     "Lake Marlow"),
    ("The sell-off spread to Asia and dragged Harbor Point down 9% by noon.", "Harbor Point"),
    ("Withdrawals stopped on Friday, hours after the exploit drained Torvan "
     "Bridge of $14 million.", "Torvan Bridge"),
    ("Traders piled in on Friday, sending Crescent Vale up 31% in an hour.", "Crescent Vale"),
    ("The founder did, however, use Golden Hour to mock rival studios.", "Golden Hour"),
    ("Bidders came back in June and chased Amber Reach shares up 12%.", "Amber Reach"),
    ("Mara Quinn told the Dan Reyes Hour podcast that 30 wallets were drained.", "Dan Reyes Hour"),
    ("Records show the Lena Ortiz family sold 40 BTC in 2021.", "Lena Ortiz"),
    ("She appeared on The Ellen Marsh Show in a swimsuit.\nIn 2004 she told "
     'Ellen, "I am done with diets."', "Ellen Marsh Show"),
    ('He went on The Jonah Pratt Podcast to explain.\n"It is over, Jonah," he '
     "said a year later.", "Jonah Pratt Podcast"),
    ('She joined The Carmen Ruiz Hour as a guest.\nLater she thanked Carmen.', "Carmen Ruiz Hour"),
    ("ETF Flow Monitor, a data site, estimates inflows of $412 million last week.", "Flow Monitor"),
    ("DeFi Yield Board, a tracking website, puts locked value at $3.1 billion.", "Yield Board"),
    ("Rival Ardent Lending said it had approved about 300 such loans.", "Rival Ardent Lending"),
    ("Competing Corvid Pay said it processed $3 million in May.", "Competing Corvid Pay"),
    ("Another Halcyon Pay said it processed $8 million in stablecoin "
     "payments.", "Another Halcyon Pay"),
]  # fmt: skip


def _read(text: str, name: str) -> Speaker:
    """The speaker reading of ``name`` in ``text`` (one sentence a line, one paragraph)."""
    n = next(n for n in names_in(text, 0, len(text)) if " ".join(n.words) == name)
    start = text.rfind("\n", 0, n.start) + 1
    end = text.find("\n", n.end)
    return read_speaker(text, n, (start, len(text) if end < 0 else end), (0, len(text)))


@pytest.mark.parametrize(("text", "name"), READ_AS_ORGANISATION)
def test_read_as_organisation(text: str, name: str) -> None:
    assert _read(text, name) == Speaker(organisation=True, person=False)


@pytest.mark.parametrize(("text", "name"), READ_AS_NEITHER)
def test_read_as_neither(text: str, name: str) -> None:
    assert _read(text, name) == Speaker(organisation=False, person=False)


# The whole name behind a tail is not read yet: the figure keeps no source.
LONGER_NAME_ROWS = [
    row("ETF Flow Monitor, a data site, estimates inflows of $412 million last week.",
        "$412 million", source=None),
    known("a name whose first word is an acronym is read without it",
          "ETF Flow Monitor, a data site, estimates inflows of $412 million last week.",
          "$412 million", source="ETF Flow Monitor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), LONGER_NAME_ROWS)
def test_longer_name_tail(
    text: str, quote: str, occurrence: int, expected: dict[str, str | None]
) -> None:
    assert link_for(text, quote, occurrence).source == expected["source"]
