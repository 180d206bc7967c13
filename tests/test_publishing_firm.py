"""An article published by a firm's own arm ("Kestrel Exchange", "Norvane Research",
"Quarrow Investor Relations") speaks in that firm's voice: its staff's words and forecasts
("said Ana Ruiz, Kestrel's head of custody", "Greer expects") are the publisher's own
figures and cite no one, as the outlet itself is never a source. Rows are an exchange's
blog, a research house's note, a miner's investor letter, a payments firm's newsroom, a
fund manager's market update and a broker's weekly, on topics no corpus article covers.
"""

from __future__ import annotations

import pytest
from nlp_cases import link_for

CASES = [
    # the publisher's short name speaking through its staff
    ("Net deposits were 2,400 BTC in March, said Ana Ruiz, Kestrel's head of custody.",
     "2,400 BTC", "Kestrel Exchange", None),
    ("\"Funding has normalised,\" said Tomas Greer, strategist at Norvane.\n\nGreer expects "
     "bitcoin to reach $150,000 by the end of the year.", "$150,000", "Norvane Research", None),
    ("Hashrate averaged 19.4 EH/s, Quarrow's chief executive Ines Dahl wrote in the letter.",
     "19.4 EH/s", "Quarrow Investor Relations", None),
    ("\"We settled 41% of merchant payments in stablecoins,\" said Mira Lund, chief executive "
     "of Varrow.", "41%", "Varrow Newsroom", None),
    ("Stablecoin reserves stood at $880 million, according to Olu Bassey, chief economist at "
     "Fenwick.", "$880 million", "Fenwick Capital", None),
    ("The fund took in $64 million last week, said Rhea Moss, a portfolio manager at Aldane.",
     "$64 million", "Aldane Asset Management", None),
    # twins: another provider; a longer name that is another firm; a publisher's name whose
    # tail is no arm of the firm; a firm the lexicon knows as a party of its own;
    ("Open interest hit $31 billion, according to Kaiko.", "$31 billion", "Kestrel Exchange",
     "Kaiko"),
    ("Net deposits were 2,400 BTC in March, said Ana Ruiz, Norvane Capital's head of custody.",
     "2,400 BTC", "Norvane Research", "Norvane Capital"),
    ("Net deposits were 2,400 BTC in March, said Ana Ruiz, Kestrel's head of custody.",
     "2,400 BTC", "Kestrel Daily", "Kestrel"),
    ("Coinbase said its users traded $4 billion in March.", "$4 billion", "Coinbase Research",
     "Coinbase"),
    # a research arm citing its firm's exchange or desk for data cites a source of its own
    ("Net inflows reached 4,200 BTC in March, according to exchange data from Kestrel.",
     "4,200 BTC", "Kestrel Research", "Kestrel"),
    ("Exchange data from Norvane put net inflows at 2,900 BTC last week.", "2,900 BTC",
     "Norvane Research", "Norvane"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "publisher", "source"), CASES)
def test_publishing_firm(text: str, quote: str, publisher: str, source: str | None) -> None:
    assert link_for(text, quote, publisher=publisher).source == source
