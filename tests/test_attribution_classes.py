"""Sources by the class of citation: forecasts a bank or broker gives, an organisation cited
by the short form it was given in brackets, "the regulator" and "the bank" pointing back to
the one named before. Each class has rows that must change and twins that must not.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlp_cases import known, link_for, row


def fields(text: str, quote: str, occurrence: int) -> dict[str, Any]:
    x = link_for(text, quote, occurrence)
    return {"source": x.source, "venue": x.venue, "period": x.period}


# A forecast is its forecaster's own figure, a price's as well: a verb of forecasting
# after the name, a target or forecast it sets, or one it owns.
FORECAST_ROWS = [
    row("Standard Chartered has raised its year-end bitcoin price target to $200,000, citing "
        "ETF demand.", "$200,000", source="Standard Chartered"),
    row("Citi expects ether to reach $4,300 by the end of the year, and sees bitcoin at "
        "$135,000.", "$135,000", source="Citi"),
    row("JPMorgan cut its price target on Coinbase to $250 from $300, analysts led by Ken "
        "Worthington wrote.", "$250", source="JPMorgan"),
    row("Cathie Wood's Ark Invest sees bitcoin at $1.5 million by 2030 in its bull case.",
        "$1.5 million", source="ARK Invest"),
    row("Rival broker Pellham Securities has a year-end ether target of $3,800 and warned "
        "of thin summer trading.", "$3,800", source="Pellham Securities"),
    # "the bank" points back to the organisation its name or a noun calls a bank
    row('"The ETF bid is structural," said Anna Berg, a strategist at Harlow Bank. The bank '
        "expects ether to reach $6,000 by December.", "$6,000", source="Harlow Bank"),
    row("Marlow & Co. has trimmed its solana forecast. The bank's base case has SOL at $210 "
        "by June.", "$210", source="Marlow & Co."),
    # a target owned in passing governs its own clause, not the next one
    row("Goldman's year-end target for gold was $3,000; bullion ended the year below $2,700.",
        "$2,700", source=None),
    # an explicit citation must win over a forecast verb whose object is a flow
    known("'expects' after a fund reads as a forecast and drops the sentence's citation",
          "Grayscale's Bitcoin Trust expects $120 million of outflows on Monday, according "
          "to Farside Investors.", "$120 million", source="Farside Investors"),
    # twins: no forecaster, or no forecast of one
    row("Bitcoin is expected to reach $120,000 by year-end, traders said.", "$120,000",
        source=None),
    row("Strategy's guidance walk back allows share sales below a 2.5x mNAV.", "2.5x",
        source=None),
    row("Bitcoin hit the $100,000 target that analysts had flagged for months.", "$100,000",
        source=None),
    row("Ether's price target of $5,000 looks distant after a 20% drop this month.", "$5,000",
        source=None),
    row("JPMorgan cut its stake in Coinbase to 2% from 3% in the quarter.", "2%", source=None),
    row("Binance cut its spot trading fees to 0.05% on Tuesday.", "0.05%", source=None),
    # "sees" with flows or volume as its object tells what happened, no forecast: the
    # clause's own "according to" stands, and a bare fact has no source
    row("Grayscale's Bitcoin Trust sees $120 million of outflows on Monday, according to "
        "Farside Investors.", "$120 million", source="Farside Investors"),
    row("Lido sees $200 million of inflows after the upgrade.", "$200 million", source=None),
    row("Bernstein sees a 60% chance that bitcoin tops $150,000 this year.", "60%",
        source="Bernstein"),
    # an organisation forecasting its own business is still where it happens
    row("Coinbase expects to list 10 new tokens this quarter, its chief executive said.", "10",
        source="Coinbase", venue="Coinbase"),
]  # fmt: skip

# A short form in brackets after a name is the same organisation, cited by either: a body's
# initials are the name it is cited by (as "the SEC said" is the SEC's), a ticker leaves a
# company its name; initials written alone after an agency's full name are the same;
# "the regulator", "the authority", "the association" are the body named before.
ALIAS_ROWS = [
    row("Hong Kong's Securities and Futures Commission (SFC) fined the broker HK$4 million, "
        "the regulator said.\n\nAccording to the SFC, 1,200 clients were affected.", "1,200",
        source="SFC"),
    row("Hong Kong's Securities and Futures Commission (SFC) fined the broker HK$4 million, "
        "the regulator said.", "HK$4 million", source="SFC"),
    row("Hashwell Mining Corp. (HWM) produced 310 BTC in May, the company said. Shares of HWM "
        "rose 4%.", "310 BTC", source="Hashwell Mining"),
    # the acronym spells the whole name, lower-case joining words and all
    row("The Intergovernmental Panel on Climate Change (IPCC) met in March. The IPCC report "
        "states that emissions must fall about 45% by 2030.", "45%", source="IPCC"),
    row("U.S. Customs and Border Protection (CBP) Air and Marine Operations (AMO) seized the "
        "boat. About 1,800 federal agents work in the unit, AMO says.", "1,800", source="AMO"),
    row("The Monetary Authority of Singapore (MAS) fined the broker S$2 million, the "
        "regulator said.", "S$2 million", source="MAS"),
    row("Total deposits at local exchanges reached ₩9.4 trillion in June, the Financial "
        "Supervisory Service (FSS) said on Monday.", "₩9.4 trillion", source="FSS"),
    row("Trading on member platforms rose 18% to ¥1.9 trillion, data from the Japan Virtual "
        "and Crypto Assets Exchange Association (JVCEA) show.", "¥1.9 trillion",
        source="JVCEA"),
    row("Cross-border payments on the platform reached US$41 billion, according to the Bank "
        "for International Settlements (BIS).", "US$41 billion", source="BIS"),
    row("The pilot ran for six months under the Hong Kong Monetary Authority. Offline "
        "payments made up 0.4% of transactions, the authority said. The HKMA plans a second "
        "round.", "0.4%", source="HKMA"),
    row("The Reserve Bank of Sarvia ran the pilot for six months. Offline payments made up "
        "0.6% of transactions, the authority said.", "0.6%", source="Reserve Bank of Sarvia"),
    row("Vendors sold 2.1 million devices, Chainalysis Research (CR) estimated. CR said "
        "another 400,000 were held back.", "400,000", source="Chainalysis"),
    known("a lexicon agency's name after another country's possessive is still read as the "
          "lexicon's", "Nigeria's Securities and Exchange Commission (NSEC) said on Tuesday "
          "that 14 exchanges had applied. The commission said 9 were approved.", "9",
          source="NSEC"),
    known("an association stating market-wide figures is no source of a figure read as a "
          "market cap", "Japan's crypto trade group, the Virtual Exchange Association of "
          "Japan, published its monthly tally. Margin trading, which the association tracks "
          "separately, rose to ¥3.9 trillion.", "¥3.9 trillion",
          source="Virtual Exchange Association of Japan"),
    # a firm's own initials are no body's short name: it keeps the name it is written by,
    # and a word describing it ("Tokyo-listed") is no part of that name
    row("Halvard Capital Group (HCG) said its lending arm owed creditors $740 million.",
        "$740 million", source="Halvard Capital Group"),
    row("Northgate Digital Holdings (NDH) reported that it mined 215 BTC in June.", "215 BTC",
        source="Northgate Digital Holdings"),
    # "its monthly report" is the report of the sentence's subject, the exchange
    row("Kestor, the exchange run by Tokyo-listed Kestor Holdings (KSTH), added five tokens "
        "in May. The exchange cleared ¥96 billion of spot trades that month, its monthly "
        "report shows.", "¥96 billion", source="Kestor"),
    row("Brisa, the exchange owned by NYSE-listed Coincheck Group (CNCK), listed two tokens. "
        "Coincheck Group said the unit handled ¥80 billion in May.", "¥80 billion",
        source="Coincheck"),
    # twins: a coin's ticker, a listed company's, an agency the lexicon names
    row("Bitcoin (BTC) rose 3% to $90,000 on Monday, according to CoinGecko.", "$90,000",
        source="CoinGecko"),
    row("MicroStrategy (MSTR) shares rose 5% after the company said it bought 1,000 BTC.",
        "1,000 BTC", source="Strategy"),
    row("The Securities and Exchange Commission (SEC) fined the exchange $125 million, the "
        "agency said.", "$125 million", source="SEC"),
    row("Ridgeline Digital (RDGL) said it mined 402 BTC in October.", "402 BTC",
        source="Ridgeline Digital"),
    row("The Financial Markets Authority of Ostrava fined two brokers on Monday. Bitcoin fell "
        "3% to $91,000, traders said.", "$91,000", source=None),
    row("The association of Korean exchanges met on Monday. Bitcoin traded at ₩140 million "
        "on Upbit.", "₩140 million", source=None),
    # "the association" and "the body" point back only to a name of their own kind, "the
    # authority" and "the ministry" only to an agency; a commercial bank is no agency
    row("Kraken posted record revenue last quarter. The association said its 40 members "
        "hold $6 billion of client assets.", "$6 billion", source=None),
    row("Gemini widened its losses in the third quarter. The association estimated member "
        "exchanges served 4.2 million users.", "4.2 million", source=None),
    row("Bybit opened an office in Dubai. The body said licensed firms hold $2 billion of "
        "customer money.", "$2 billion", source=None),
    row("Bank of Ningbo sold ¥2 billion of tokenised notes on Monday. The regulator said 14 "
        "lenders hold digital-asset permits.", "14", source=None),
    row("Agricultural Bank of China issued $300 million of blockchain bonds. The authority "
        "said 9 banks joined the pilot.", "9", source=None),
    row("Japan Postal Bank said it issued ¥40 billion of digital bonds. The bank said demand "
        "was strong.", "¥40 billion", source="Japan Postal Bank"),
    row("China Merchants Bank said it would trial a stablecoin. The regulator said 6 firms "
        "had applied for licences.", "6", source=None),
    row("Halden State Bank said it holds $30 billion of tokenised funds. The agency said "
        "custody fees fell to $14 million.", "$14 million", source=None),
    row("Kraken said revenue rose 20%. The authority said exchanges paid $45 million in "
        "licence fees.", "$45 million", source=None),
    row("Wirex said its user base grew. The ministry estimated that 3.1 million residents "
        "hold crypto.", "3.1 million", source=None),
    row("The Korea Blockchain Industry Association met in Seoul on Tuesday. The association "
        "said members processed ₩3.1 trillion in the quarter.", "₩3.1 trillion",
        source="Korea Blockchain Industry Association"),
    row("The Central Bank of Ostravia ended its pilot in June. The authority said offline "
        "payments made up 0.8% of transactions.", "0.8%", source="Central Bank of Ostravia"),
]  # fmt: skip


_FLOWS = (
    "Key figures:\n- Bitcoin ETF inflows: $420 million\n- Ether ETF outflows: $35 million\n"
    "- Solana ETF inflows: $12 million\n- Total net assets: $118 billion\n"
    "- Trading volume: $6.1 billion\n\nSource: SoSoValue\n"
)
_SNAPSHOT = (
    "Options snapshot\n\nBTC put/call ratio: 0.71\nETH implied volatility: 68.2\n"
    "Max pain, Mar. 27 expiry: $82,000\n\nSource: Deribit\n"
)

# A "Source: X" caption under a run of list items or label lines governs the whole run,
# not only the two lines above it; prose, a heading, or an item citing its own source ends
# the run.
CAPTION_ROWS = [
    row(_FLOWS, "$420 million", source="SoSoValue"),
    row(_FLOWS, "$12 million", source="SoSoValue"),
    row(_SNAPSHOT, "0.71", source="Deribit"),
    # twins
    row("Highlights\n• Spot volume: $48 billion\n• Derivatives volume: $190 billion\n\n"
        "Analysts expect activity to stay muted into the holidays, when desks thin out.\n\n"
        "Source: Kaiko\n", "$48 billion", source=None),
    row("Open interest: $31 billion\nFunding rate: 0.01%\nLiquidations: $120 million, per "
        "CoinGlass\nLong/short ratio: 1.12\n\nSource: Coinalyze\n", "$31 billion", source=None),
    row("Revenue: $1.2 billion\nNet income: $220 million\nTrading volume: $290 billion\n\n"
        "Source: company filings\n", "$1.2 billion", source=None),
]  # fmt: skip


# A headline figure takes the source of the body figure its rounding covers, of the same
# metric, unit, side and asset, where the body does not state the headline's figure itself;
# a threshold a level crosses is no rounded reading.
HEADLINE_ROWS = [
    row("Spot Ether ETFs Shed $183M in a Day\n\nSpot ether funds posted net outflows of "
        "$182.7 million on Monday, according to Farside Investors.", "$183M",
        source="Farside Investors"),
    # twins
    row("Ether ETFs Shed $183M\n\nSpot bitcoin funds took in $182.7 million on Monday, "
        "Farside data show.", "$183M", source=None),
    row("Bitcoin Reclaims $108K\n\nBitcoin climbed back above $108,000 on Monday. It traded "
        "at $108,420 later in the day, CoinGecko data show.", "$108K", source=None),
    row("Bitcoin Tops $100K\n\nBitcoin hit $100,400 on Monday, CoinGecko data show.", "$100K",
        source=None),
]  # fmt: skip


# The company's own document and officers: "according to the post-mortem" is the company
# the story opens with (also after the noun describing it); an officer titled with no
# organisation speaks for the company told of; a quotation resuming right after the
# sentence naming its speaker is still theirs.
SPEAKER_ROWS = [
    row("Lending protocol Zephyr Labs published its post-mortem on Monday. According to the "
        "post-mortem, the attacker took 2,000 ETH from three pools.", "2,000 ETH",
        source="Zephyr Labs"),
    row("Hashwell Mining Corp. reported revenue of $40 million on Tuesday. Chief executive Lena "
        'Sorensen said the pivot would continue. "Hosting earns twice what mining does," '
        "Sorensen told analysts.", "twice", source="Hashwell Mining"),
    row('"Liquidity is thin," said Mark Jones, a trader at Wintermute. "Order books are a '
        'third of what they were. We saw $300 million of bids vanish."', "$300 million",
        source="Wintermute"),
    # the outlet a speaker talks to is the listener, never the resumed quotation's source
    row('"We expect more inflows," Richard Teng, CEO of Binance, told Reuters on Monday. '
        '"Volume rose 40% to $90 billion last month."', "$90 billion", source="Binance"),
    row('"Demand is strong," Jeremy Allaire, Circle\'s CEO, told Bloomberg. "USDC supply grew '
        'by $5 billion in March."', "$5 billion", source=None),
    # twins: an auditor named in passing, an officer of the past, a title that is no
    # company's office, a quotation in the next paragraph or after an unnamed voice
    row("Signed by accounting firm Moreau Audit, the attestation showed $72 billion in "
        "Treasuries. The company's bitcoin holdings rose to $1.6 billion, according to the "
        "filing.", "$1.6 billion", source=None),
    row("Kestrel Labs reported revenue of $40 million. Former chief executive Jane Doe owes "
        "$8 million, prosecutors said.", "$8 million", source="Kestrel Labs"),
    row("Binance said deposits rose. President Donald Trump said the U.S. would hold 200,000 "
        "BTC in a reserve.", "200,000 BTC", source=None),
    row('"Liquidity is thin," said Mark Jones, a trader at Wintermute.\n\n"Order books are '
        'a third of what they were," another desk head said. "We saw $300 million of bids '
        'vanish."', "$300 million", source=None),
    row('Bitcoin fell 5% on Monday. "It was a flush," one trader said. "We lost $2 million in '
        'an hour."', "$2 million", source=None),
]  # fmt: skip


# An organisation introduced mid-sentence by the noun describing it and named again bare
# later is the one "according to the filing" or "the company said" points back to; one
# named once in passing is not.
REFERENT_ROWS = [
    row("A bankruptcy court approved the plan of collapsed lender Vantor Credit on Tuesday."
        "\n\nVantor Credit's creditors will recover $1.2 billion, according to the filing.",
        "$1.2 billion", source="Vantor Credit"),
    row("Customers sued derivatives platform Taliro on Monday.\n\nTaliro's revenue rose 40% "
        "to $88 million in the quarter, according to the shareholder letter.", "$88 million",
        source="Taliro"),
    row("The probe targets staking provider Norvane and two rivals.\n\nNorvane secures $3.1 "
        "billion of ether, the company said on Friday.", "$3.1 billion", source="Norvane"),
    row("Investors poured money into wallet maker Kelvar this week. The round valued Kelvar "
        "at $600 million, according to the press release.", "$600 million", source="Kelvar"),
    # "the firm" points back to the organisation a kind noun introduced ("research firm X")
    # while no other organisation is named since
    row("Binance and WazirX lost share in February. Domestic volume fell to ₹9,450 crore, "
        "according to a report by research firm Kred Analytics. The firm estimates that "
        "Indians moved ₹3,000 crore offshore.", "₹3,000 crore", source="Kred Analytics"),
    row("OKX froze the stolen funds after a tip from security firm Blockhold. The firm said "
        "$12 million had been traced.", "$12 million", source="Blockhold"),
    row("Binance traders turned bullish, a survey by research company Tallis Insights found. "
        "The company said 38% of respondents plan to buy more.", "38%",
        source="Tallis Insights"),
    row("Signed by accounting firm Vell Audit, the attestation showed $72 billion in "
        "Treasuries.\n\nTether said its profits exceeded $1 billion. In May, the firm "
        "reported $1.45 billion in net profits.", "$1.45 billion", source="Tether"),
    # twins: named once in passing, or the sentence cites its own provider
    row("Auditor Moss Adams reviewed the reserves on Monday. Bitcoin fell 3% to $97,000 on "
        "Tuesday, according to the filing.", "3%", source=None),
    row("Regulators froze the accounts of crypto exchange Ostrava. Ostrava users sold $5 "
        "million of SOL, according to CoinGecko data.", "$5 million", source="CoinGecko"),
]  # fmt: skip


# A speaker's organisation is written whole, "&" kept ("Shah & Mehta"), and is never the
# city after it ("a strategist at Pereira & Costa in Lisbon").
EMPLOYER_ROWS = [
    row('"Flows are sticky," said Ana Ruiz, a strategist at Pereira & Costa in Lisbon. "We '
        'saw $300 million come in last week."', "$300 million", source="Pereira & Costa"),
    row('"Demand is back," said Tom Hale, head of trading at Marlow Securities in London. '
        '"Volumes rose 40% in March."', "40%", source="Marlow Securities"),
    row('"It is a liquidity story," said Priya Shah, a partner at law firm Shah & Mehta. '
        '"About 2% of users trade daily."', "2%", source="Shah & Mehta"),
    row('"Basis trades are unwinding," said Omar Haddad, a portfolio manager at Qasr Partners '
        'based in Dubai. "Open interest fell 12% this week."', "12%", source="Qasr Partners"),
    # twins
    row("Bitcoin rose 2% on Monday in New York trading.", "2%", source=None),
    row("Johnson & Johnson shares rose 2% on Monday, while bitcoin fell 1%.", "1%",
        source=None),
]  # fmt: skip


# A provider no lexicon lists is cited by a data cue ("on-chain data from Solscope", "Panora
# data show"); a venue's data compiled by a provider is the compiler's.
DATA_ROWS = [
    row("According to on-chain data from Solscope, whales bought 40 million tokens this week.",
        "40 million", source="Solscope"),
    row("The memecoin index fell 9% on Monday, Panora data show.", "9%", source="Panora"),
    row("Ether options worth $2 billion expire Friday, according to OKX data compiled by "
        "Amberlytics.", "$2 billion", source="Amberlytics"),
    row("Bitcoin futures open interest rose to $60 billion, according to CME data aggregated "
        "by Coinalyze.", "$60 billion", source="Coinalyze", venue="CME"),
    # twins
    row("On-chain data showed more than half a million wallets moved funds.",
        "half a million", source=None),
    row("Recent data shows ETF inflows of $1 billion this week.", "$1 billion", source=None),
    row('Mr Shapps said: "Data from Poland shows that test positivity has nearly doubled '
        'increasing from 3.9 per cent to 5.8 per cent."', "3.9 per cent", source=None),
    row("Deribit data show 118,600 contracts expire on Friday.", "118,600", source="Deribit"),
    # a provider's category or rankings page cites it
    row("Gaming tokens are worth $9.4 billion in all, CoinGecko's gaming categories show.",
        "$9.4 billion", source="CoinGecko"),
    row("DeFi lending protocols hold $54 billion, DefiLlama's lending category shows.",
        "$54 billion", source="DefiLlama"),
    row("Solana memecoins lost 7% on Friday, by CoinGecko's rankings.", "7%",
        source="CoinGecko"),
    row("The memecoin category rose 4.8% over the past week to $71.3 billion.", "4.8%",
        source=None),
]  # fmt: skip


# A quoted post whose paragraphs a blank line parts runs up to the line introducing it with
# a colon: its author is the source of its figures, and its day their date (one reading of
# the post's extent for both). Without a colon lead, a blank line ends the post.
_TUESDAY = (date(2026, 2, 3), date(2026, 2, 3))
POST_ROWS = [
    row("Strategy disclosed another purchase on Tuesday:\n\nWe now hold 500 BTC.\n\nMore to "
        "come. https://t.co/xyz123\n\n— Strategy (@Strategy) February 3, 2026\n", "500 BTC",
        source="Strategy", period=_TUESDAY),
    # twins
    row("Bitcoin rose 3% to $90,000 on Monday.\n\nWe now hold 500 BTC. https://t.co/xyz123\n\n"
        "— Strategy (@Strategy) February 3, 2026\n", "$90,000", source=None),
    row("The exchange said its reserves were intact. Analysts at Kaiko put outflows at $1.2 "
        "billion:\n\nWithdrawals are processing normally. https://t.co/abc12\n\n— Kraken "
        "(@krakenfx) February 3, 2026\n", "$1.2 billion", source="Kaiko"),
]  # fmt: skip


# Who stands behind a cited document or page: a provider's category page cites the provider,
# never the sector word ("CoinMarketCap's DePIN category"); "the filing" is the filer's, not
# an adviser's named twice nor a defendant's in a regulator's or court's case; "in <Org>'s
# unit" names the employer, not a city.
OWNER_ROWS = [
    row("CoinMarketCap's DePIN category shows a market cap of $25 billion.", "$25 billion",
        source="CoinMarketCap"),
    row("CoinGecko's RWA category shows a market cap of $12 billion.", "$12 billion",
        source="CoinGecko"),
    row("Bitcoin miner Hashvale mined 412 BTC in February. Its auditor, accounting firm "
        "Marwick, reviewed the accounts, and Marwick declined to comment. The miner holds "
        "2,100 BTC, according to the filing.", "2,100 BTC", source="Hashvale"),
    row("The SEC sued defunct crypto exchange Quadrix on Monday. Quadrix raised $410 million "
        "from investors, according to the filing.", "$410 million", source="SEC"),
    row("Creditors of collapsed lender Nebulon filed suit against auditor Marwick. Nebulon "
        "lost $600 million, according to the filing.", "$600 million", source=None),
    row("A judge froze the assets of defunct exchange Quadrix on Friday. Quadrix moved $60 "
        "million offshore, according to the filing.", "$60 million", source=None),
    row("Ether could fall to $1,800, according to Dana Cole, head of research in Standard "
        "Chartered's digital assets unit.", "$1,800", source="Standard Chartered"),
    row("According to CoinMarketCap's GameFi category, gaming tokens hold $8 billion.",
        "$8 billion", source="CoinMarketCap"),
    row("Bitcoin could reach $150,000, according to Ravi Nair, head of digital assets in "
        "Standard Chartered's Singapore unit.", "$150,000", source="Standard Chartered"),
    row("The CFTC sued crypto broker Novalis on Tuesday. Novalis took in $80 million from "
        "customers, according to the filing.", "$80 million", source="CFTC"),
    row("Crypto lender Opalis filed for bankruptcy on Monday. Its main creditor, Veltra "
        "Capital, objected, and Veltra Capital asked for a trustee. Opalis owes customers "
        "$410 million, according to the filing.", "$410 million", source="Opalis"),
    row("Bitcoin miner Hashvale mined 412 BTC in February. Its adviser, Tallis Partners, set "
        "the terms, and Tallis Partners will be paid in stock. Hashvale holds 2,100 BTC, "
        "according to the filing.", "2,100 BTC", source="Hashvale"),
    row("A report by research firm Kred Analytics looked at Binance order books. The firm "
        "estimates Binance holds 40% of bitcoin depth.", "40%", source="Kred Analytics"),
    row("Crypto research firm Arcane Metrics analysed Coinbase flows. The firm said outflows "
        "hit $1 billion.", "$1 billion", source="Arcane Metrics"),
    row("Analytics company Veltra Labs studied Hyperliquid. The company found whales made "
        "$200 million on the platform.", "$200 million", source="Veltra Labs"),
    # twins
    row("Research firm Kred Analytics studied Binance. JPMorgan expects bitcoin to reach "
        "$150,000. The firm expects ether to hit $5,000.", "$5,000", source="JPMorgan"),
    row("CoinGecko's DeFi category shows a market cap of $90 billion.", "$90 billion",
        source="CoinGecko"),
    row("The DePIN category rose 6% this week.", "6%", source=None),
    row("Bitcoin miner Hashvale filed its annual report on Monday. Hashvale holds 2,000 BTC, "
        "according to the filing.", "2,000 BTC", source="Hashvale"),
    row("Customers sued derivatives platform Taliro on Monday. Taliro's revenue rose 40% to "
        "$88 million in the quarter, according to its filing.", "$88 million",
        source="Taliro"),
    row("Ether could fall to $1,800, according to Dana Cole, head of research at Standard "
        "Chartered in London.", "$1,800", source="Standard Chartered"),
]  # fmt: skip


# A one-word name no lexicon lists is an organisation where the article uses it as one
# (what only a firm has after its possessive, "shares of X", an appositive headed by a
# kind of organisation, "its" after its own verb): its verb of stating cites it for its
# own figures. A surname, a coin or a place stays no source.
USAGE_ROWS = [
    row("Quillon, a Singapore-based crypto lender, expanded its book this year. Quillon "
        "reported loans outstanding of $640 million at the end of September.",
        "$640 million", source="Quillon"),
    row("Shares of Dravik rose after the close. Dravik disclosed that it holds 2,310 BTC on "
        "its balance sheet.", "2,310 BTC", source="Dravik"),
    row("Corvane's board approved the plan on Friday. Corvane said it had bought 1,200 ETH "
        "for its treasury during the week.", "1,200 ETH", source="Corvane"),
    row("Mintaro launched its wallet in May. Mintaro announced on Tuesday that 2.4 million "
        "users had signed up.", "2.4 million", source="Mintaro"),
    row("Custody moved to cold wallets in June, Pellark's auditor confirmed (see pellark.com). "
        "In its latest attestation, Pellark reported reserves of $1.9 billion.",
        "$1.9 billion", source="Pellark"),
    row("Brondix's shareholders approved the merger. Brondix reported a net loss of $38 "
        "million for the quarter.", "$38 million", source="Brondix"),
    # a firm only followed "since its listing" shows no usage of its own, but a name that
    # speaks "in a filing" is a filer's
    row("Analysts have followed Tessaly since its listing. Customer assets on the platform "
        "reached $3.1 billion in October, Tessaly said in a filing.", "$3.1 billion",
        source="Tessaly"),
    # twins
    row("Jerome Powell spoke on Wednesday. Powell said inflation was running at 2.9% in the "
        "latest reading.", "2.9%", source=None),
    row("Ether traded at $3,100 as Quillon, a lender, watched. Ether was last at $3,050.",
        "$3,050", source=None),
    row("Hong Kong said 12 firms had applied for licences, officials noted.", "12",
        source=None),
    row("Lee, a fund manager in Seoul, bought more. Lee said he added 40 BTC in March.",
        "40 BTC", source=None),
    # what a person or a state owns as well (a wallet, a token, a treasury, a platform) and
    # "X-backed" (an owner) make no firm; nor does a surname of a full name in the article,
    # or the last word of a place's name
    row("Halvik's board seat went to a new investor in May. Halvik said the fund bought 900 "
        "BTC for $88 million.", "900 BTC", source=None),
    row("Buterin's wallet moved 2,000 ETH to Kraken on Monday. Buterin said he gave $800,000 "
        "to a research group.", "$800,000", source=None),
    row("Andre Cronje returned on Friday. Cronje's board seat at the foundation lapsed. "
        "Cronje said the protocol holds $90 million in reserves.", "$90 million", source=None),
    row("Trump's memecoin dropped 9% on Thursday. Trump said the stockpile would grow to "
        "150,000 BTC.", "150,000 BTC", source=None),
    row("Trump-backed American Bitmine holds tokens. Trump said the venture earned $300 "
        "million.", "$300 million", source=None),
    row("Justin Sun's network hosts most USDT. Sun's platform lists 900 tokens. Sun said he "
        "holds $1.5 billion of TRX.", "$1.5 billion", source=None),
    row("Michael Saylor spoke in Miami. Saylor's board approved the sale. Saylor said the "
        "company bought 4,200 BTC for $410 million.", "4,200 BTC", source=None),
    row("El Salvador's treasury bought more coins on Tuesday. Salvador said it holds 6,300 "
        "BTC in cold storage.", "6,300 BTC", source=None),
    row("Bhutan's treasury moved coins to Binance. Bhutan disclosed that it still holds 9,800 "
        "BTC.", "9,800 BTC", source=None),
]  # fmt: skip


# A contrast ("..., while ...", "...; ...") parts a sentence: a figure takes the citation of
# its own part first, and a citation of the other part only where its own has none. A
# speaker of its own opening the sentence, even one no lexicon knows, ends a source
# carried from the sentence before.
PART_ROWS = [
    row("Ostia Bridge moved $1.4 billion in November, the team said in a post, while rival "
        "Kelp Bridge handled about $900 million, according to DefiLlama.", "$1.4 billion",
        source="Ostia Bridge"),
    row("Ostia Bridge moved $1.4 billion in November, the team said in a post, while rival "
        "Kelp Bridge handled about $900 million, according to DefiLlama.", "$900 million",
        source="DefiLlama"),
    row("Funding rates stayed near 0.01%, according to Coinalyze.\n\nMeanwhile Kalmar counted "
        "1.1 million active wallets in October, Kalmar's dashboard shows.", "1.1 million",
        source="Kalmar"),
    known("an exchange no lexicon lists and no noun introduced is no referent of 'the "
          "exchange'", "Spot volume on Zorbex rose 12% to $48 billion, the exchange said; "
          "derivatives volume reached $210 billion, CoinGlass data show.", "$48 billion",
          source="Zorbex"),
    # a one-word speaker the article gives no kind speaks of itself as "it processed"
    row("Galvex said it processed 3.2 million transactions in the quarter, whereas "
        "network-wide activity reached 41 million, per Artemis.", "3.2 million",
        source="Galvex"),
    row("Open interest hit $62 billion, according to CoinGlass. Predictra tallied 640,000 "
        "active traders in October.", "640,000", source=None),
    # "counted" is no verb of stating ("traders counted on a rebound"), but "its dashboard
    # shows" cites the organisation that opens the sentence
    row("Open interest hit $62 billion, according to CoinGlass. Predictra counted 640,000 "
        "active traders in October, its dashboard shows.", "640,000", source="Predictra"),
    # a plural noun opening a sentence ("Memecoins", "Shorts") is no speaker, "counted for"
    # is no stating, and a reporter named later in the sentence beats a subject's "counted"
    row("Kaiko said spot volume reached $28 billion on Tuesday. Memecoins tallied $3 billion "
        "of that volume.", "$3 billion", source="Kaiko"),
    row("CoinGlass data show $520 million of longs were wiped out. Shorts counted for $110 "
        "million.", "$110 million", source="CoinGlass"),
    row("Spot volume hit $30 billion, according to Kaiko. Stablecoin pairs counted for 58% "
        "of the total.", "58%", source="Kaiko"),
    row("Open interest rose to $41 billion, CoinGlass data show. Derivatives counted for 74% "
        "of trading.", "74%", source="CoinGlass"),
    row("Kaiko said volume reached $26 billion on Monday. Bithumb counted 1.8 million active "
        "traders, Kaiko added.", "1.8 million", source="Kaiko"),
    row("Kaiko said volume reached $26 billion on Monday. Bithumb counted as the largest "
        "venue with $9 billion.", "$9 billion", source="Kaiko"),
    # twins: one citation for both parts, a part with no citation of its own, a verb that
    # states nothing
    row("Bitcoin ETFs took in $420 million on Monday while ether funds lost $35 million, "
        "according to Farside Investors.", "$420 million", source="Farside Investors"),
    row("According to CoinGlass, longs lost $210 million, while shorts lost $45 million.",
        "$45 million", source="CoinGlass"),
    row("A holder of 1 BTC will receive about $19,800, while bitcoin traded at $112,300 on "
        "Thursday, CoinGecko data show.", "$19,800", source="CoinGecko"),
    row("Open interest hit $62 billion, according to CoinGlass. Traders counted on a rebound "
        "as open interest rose 2%.", "2%", source="CoinGlass"),
    row("Because claims are fixed, a customer will receive about $19,800, while bitcoin "
        "traded at $112,300, CoinGecko data show.", "$19,800", source="CoinGecko"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    FORECAST_ROWS
    + ALIAS_ROWS
    + CAPTION_ROWS
    + HEADLINE_ROWS
    + SPEAKER_ROWS
    + REFERENT_ROWS
    + EMPLOYER_ROWS
    + DATA_ROWS
    + POST_ROWS
    + OWNER_ROWS
    + USAGE_ROWS
    + PART_ROWS,
)
def test_source_by_class(text: str, quote: str, occurrence: int, expected: dict[str, Any]) -> None:
    got = fields(text, quote, occurrence)
    assert {k: got[k] for k in expected} == expected
