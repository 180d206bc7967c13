"""A figure's metric stays inside the figure's own structure: its line, its label, its
clause. A word on the next line, in another clause or in a definition names nothing of it,
and value moved by transfers or payments is no market's trading. Every class has twins
that must not change."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_cases import check, known, row

# a list line whose label is a thing done to coins ("SOL staked", "Tokens burned") counts no
# people, even when the next line's label does ("- Stakers: 1.1 million")
DONE_LABEL_ROWS = [
    row("Network snapshot, end of quarter:\n- SOL staked: 402 million\n- Stakers: 1.1 million",
        "402 million", metric="other"),
    row("Burn tracker\nTokens burned: 1.2M\nValidators online: 1,510",
        "1.2M", metric="other"),
    row("Treasury update\n- ETH staked with validators: 48,200\n- Staking rewards received: "
        "1,190 ETH",
        "48,200", metric="other"),
    row("Epoch summary: Tokens delegated to validators: 3.1 million",
        "3.1 million", metric="other"),
    row("Weekly digest\n* Coins bridged: 77,300\n* Holders of the new token: 41,000",
        "77,300", metric="other"),
]  # fmt: skip

# twins: labels and prose that do count people keep them
DONE_LABEL_TWINS = [
    row("- Traders liquidated: 241,370", "241,370", metric="participants"),
    row("- Active stakers: 950,000", "950,000", metric="participants"),
    row("Network snapshot, end of quarter:\n- SOL staked: 402 million\n- Stakers: 1.1 million",
        "1.1 million", metric="participants"),
    row("- Unique buyers: 12,400", "12,400", metric="participants"),
    row("The chain added 64,000 new\nholders in October.", "64,000", metric="participants"),
]  # fmt: skip

# value sent by transfers, payments, settlements or remittances is a transaction value, its
# moves in % too, never trading volume
TRANSFER_VOLUME_ROWS = [
    row("Adjusted transfer volume on Ethereum fell 6% to $412 billion in August, an onchain "
        "analytics dashboard shows.",
        "$412 billion", metric="transaction_value"),
    row("Adjusted transfer volume on Ethereum fell 6% to $412 billion in August, an onchain "
        "analytics dashboard shows.",
        "6%", metric="transaction_value", side="down"),
    row("Stablecoin payment volume across merchant processors climbed to $3.1 billion last "
        "quarter, the firm said in a research note.",
        "$3.1 billion", metric="transaction_value"),
    row("- Payments volume (small transfers): $18.4bn, up 9% on the month",
        "$18.4bn", metric="transaction_value"),
    row("Tron's USDT transaction volume topped $610 billion in October.",
        "$610 billion", metric="transaction_value"),
    row("Remittance volume through the Manila corridor hit $720 million, a regional lender "
        "reported.",
        "$720 million", metric="transaction_value"),
]  # fmt: skip

# twins: trading on a market stays trading volume; a count of transfers is no value
TRANSFER_VOLUME_TWINS = [
    row("Spot trading volume on Binance rose 14% to $21 billion on Tuesday.",
        "$21 billion", metric="trading_volume"),
    row("Spot trading volume on Binance rose 14% to $21 billion on Tuesday.",
        "14%", metric="trading_volume"),
    row("The exchange's 24-hour volume for the BTC/USDT pair reached $4.8 billion.",
        "$4.8 billion", metric="trading_volume"),
    row("Bitcoin's on-chain transfer count fell to 410,000 transactions a day.",
        "410,000", metric="other"),
]  # fmt: skip

# a metric word in a condition or concession after the figure ("if", "should", "even as")
# names what the condition is about, not the figure: with nothing else, the figure abstains
CONDITION_ROWS = [
    row("Kovac sees ether reaching $5,000, or roughly €4,300 at current rates, by March if "
        "inflows into spot ETFs pick up again.",
        "€4,300", metric="other", side=None),
    row("Solana could revisit $250, about 30% above today's level, should liquidations of "
        "short positions accelerate.",
        "30%", metric="other"),
    row("Bitcoin held near ¥14.2 million on bitFlyer, even as open interest on offshore "
        "venues kept falling.",
        "¥14.2 million", metric="other"),
    row("The regulator can double the penalty to £8,000 if the breach is found to be "
        "deliberate, the guidance says.",
        "£8,000", metric="fine"),
]  # fmt: skip

# twins: the figure's own clause names the metric, or the word comes before any condition
CONDITION_TWINS = [
    row("Spot ether ETFs could draw another $2 billion of inflows if rates fall, the "
        "analyst said.",
        "$2 billion", metric="etf_flow"),
    row("Liquidations could top $1 billion if bitcoin breaks below $58,000.",
        "$1 billion", metric="liquidations"),
    row("Open interest rose to $38 billion even as prices drifted lower.",
        "$38 billion", metric="open_interest"),
    row("Analysts expect $1.2 billion to flow into spot bitcoin ETFs this month.",
        "$1.2 billion", metric="etf_flow"),
]  # fmt: skip

# a list of funds under a lead or a column headed by a flow: the money of each row is that
# fund's flow (an ETF's where the row names one), its written sign the side
FLOW_LIST_ROWS = [
    row("The flows by fund, per Farside:\n\n  ETHA (BlackRock)      +$88.1M\n"
        "  FETH (Fidelity)       +$41.6M\n  ETHE (Grayscale)      -$9.2M\n",
        "-$9.2M", metric="etf_flow", side="outflow"),
    row("The flows by fund, per Farside:\n\n  ETHA (BlackRock)      +$88.1M\n"
        "  FETH (Fidelity)       +$41.6M\n  ETHE (Grayscale)      -$9.2M\n",
        "+$88.1M", metric="etf_flow", side="inflow"),
    row("Spot bitcoin ETFs took in $412.6 million on Thursday, Farside data show. Net flows "
        "by fund:\n\n  IBIT (BlackRock)      +$288.1M\n  FBTC (Fidelity)       +$97.4M\n"
        "  GBTC (Grayscale)      -$31.2M\n",
        "-$31.2M", metric="etf_flow", side="outflow"),
    row("Net flows by issuer, Tuesday (SoSoValue):\n- IBIT: +$210.4M\n- FBTC: -$96.2M\n"
        "- BITB: +$12.0M\n",
        "-$96.2M", metric="etf_flow", side="outflow"),
    row("Fund | Net flow\nIBIT | +$210M\nFBTC | -$96M",
        "-$96M", metric="etf_flow", side="outflow"),
    row("Fund flows, week to Friday (source: CoinShares):\n- Bitcoin funds: +$1.21bn\n"
        "- Ether funds: -$94m\n",
        "-$94m", metric="fund_flow", side="outflow"),
]  # fmt: skip

# twins: the same lists of prices or holdings, and a price table's signed move
FLOW_LIST_TWINS = [
    row("Prices by fund at the close:\n  IBIT      $52.10\n  FBTC      $80.40\n",
        "$52.10", metric="price"),
    row("Asset | Price | 24h\nBTC | $91,200 | -4.1%",
        "-4.1%", metric="price_change", side="down"),
    row("Bitcoin slid 4%, or -$3,600, on Tuesday as ETF outflows resumed.",
        "-$3,600", metric="price_change"),
    # a signed percentage of a flow is a change of the flows, no inflow or outflow
    row("ETF flows over the week: +12% against the week before.", "+12%", side=None),
    row("Weekly ETF flows: -8% versus the prior week, Farside data show.", "-8%", side=None),
]  # fmt: skip

# liquidations and fund intake told in other words ("forced closed", "washed out",
# "flushed out", "margin-called"; "taking in", "taken in a net")
OTHER_WORDS_ROWS = [
    row("Bitcoin slid to $92,150 during the US morning, and $612 million of positions were "
        "forced closed that day alone.",
        "$612 million", metric="liquidations"),
    row("\"I'd want to see another $2 billion of longs washed out before calling a bottom,\" "
        "the desk head wrote.",
        "$2 billion", metric="liquidations", side="long"),
    row("Roughly $340 million in leveraged longs got flushed out as ether broke below $3,000, "
        "CoinGlass data show.",
        "$340 million", metric="liquidations", side="long"),
    row("The cascade saw $450 million of shorts margin-called on Bybit within an hour.",
        "$450 million", metric="liquidations", side="short"),
    row("ETHA accounted for more than half of the day's total, taking in $164.9 million.",
        "$164.9 million", metric="etf_flow", side="inflow"),
    row("Week to date, the ether funds have taken in a net $241 million, SoSoValue data show.",
        "$241 million", metric="fund_flow", side="inflow"),
]  # fmt: skip

# twins: a move that washed out, money a company took in as revenue
OTHER_WORDS_TWINS = [
    row("Ether's early gains washed out by the close, leaving it at $3,050.",
        "$3,050", metric="price"),
    row("Coinbase took in $1.2 billion in transaction revenue in the quarter.",
        "$1.2 billion", metric="revenue"),
    row("Spot bitcoin ETFs took in $412 million on Friday.",
        "$412 million", metric="etf_flow", side="inflow"),
    # a coin that "washed out to" or "got flushed out at" a figure: the level it reached
    row("Bitcoin washed out to $57,400 before dip buyers stepped in, one desk said.",
        "$57,400", metric="price"),
    row("Longs were liquidated at $57,400 as the order book thinned, a trader said.",
        "$57,400", occurrence=1, metric="other"),
    row("Crypto liquidations near $1.1 billion as bitcoin slides under $90,000",
        "$1.1 billion", metric="liquidations"),
    known("a coin 'flushed out to' a level: no sum closed, but the price is not read either",
          "Ether flushed out to $2,410 on Sunday before buyers returned.",
          "$2,410", metric="price"),
]  # fmt: skip

# a list line whose label is a coin's name alone, money after it and no metric word on the
# line or the list's lead: a price list's row
COIN_ROW_ROWS = [
    row("Snapshot at 0800 UTC:\n- Bitcoin: $91,240 (+1.2%)\n- Ether: $3,115 (-0.4%)",
        "$3,115", metric="price"),
    row("Crypto prices today on WazirX:\n- Bitcoin (BTC): ₹85,12,400 | +1.3%\n"
        "- Dogecoin (DOGE): ₹14.92 | -1.8%",
        "₹14.92", metric="price"),
    row("Crypto prices today on WazirX:\n- Bitcoin (BTC): ₹85,12,400 | +1.3%\n"
        "- Dogecoin (DOGE): ₹14.92 | -1.8%",
        "₹85,12,400", metric="price"),
    row("Where the majors stand this morning\n* Solana: $142.80\n* XRP: $2.61",
        "$2.61", metric="price"),
]  # fmt: skip

# twins: a lead or a label that names the quantity keeps it
COIN_ROW_TWINS = [
    row("Liquidations by coin, past 24 hours:\n- Bitcoin: $412M\n- Ether: $198M",
        "$198M", metric="liquidations"),
    row("Market caps at the close:\n- Bitcoin: $1.81T\n- Ether: $376B",
        "$376B", metric="market_cap"),
    row("- Bitcoin ETF volume: $4.2 billion", "$4.2 billion", metric="trading_volume"),
]  # fmt: skip

# money a court or regulator orders paid back to customers (a remediation scheme or its
# payments) is counted with fines, not a transaction
REMEDIATION_ROWS = [
    known("money paid into or set aside for a remediation scheme: the scheme is the purpose "
          "phrase, not the figure's own noun, and a sentence-wide cue for it also took other "
          "clauses' figures",
          "Under the orders, the exchange must also pay A$7.2 million into a remediation scheme "
          "for affected customers.",
          "A$7.2 million", metric="fine"),
    known("money set aside for a remediation program: a purpose phrase, not the figure's noun",
          "The lender set aside A$12 million for a customer remediation program, its annual "
          "report shows.",
          "A$12 million", metric="fine"),
    row("Remediation payments to affected clients reached $18.5 million by June, the bank said.",
        "$18.5 million", metric="fine"),
    row("The broker agreed to fund a $9 million remediation programme for its clients, the "
        "regulator said.",
        "$9 million", metric="fine"),
    row("Under the court's orders the platform owes about A$640,000 in remediation payments.",
        "A$640,000", metric="fine"),
]  # fmt: skip

# twins: fixing a bug, card payments and a stake bought stay what they are
REMEDIATION_TWINS = [
    row("The protocol spent $3 million on remediation of the smart-contract bug, its "
        "post-mortem says.",
        "$3 million", metric="transaction_value"),
    row("Card payments on the network reached $18.5 million in June.",
        "$18.5 million", metric="transaction_value"),
    row("The exchange paid $7.2 million for a stake in the custody startup.",
        "$7.2 million", metric="transaction_value"),
    # a remediation scheme in another clause sizes nothing of the figure
    row("Clients lost $11 million before the remediation scheme was set up, the report said.",
        "$11 million", metric="loss"),
    row("Investors lost A$2.6 million, and the adviser later started a remediation program.",
        "A$2.6 million", metric="loss"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "occurrence", "expected"),
    DONE_LABEL_ROWS
    + DONE_LABEL_TWINS
    + TRANSFER_VOLUME_ROWS
    + TRANSFER_VOLUME_TWINS
    + CONDITION_ROWS
    + CONDITION_TWINS
    + FLOW_LIST_ROWS
    + FLOW_LIST_TWINS
    + OTHER_WORDS_ROWS
    + OTHER_WORDS_TWINS
    + COIN_ROW_ROWS
    + COIN_ROW_TWINS
    + REMEDIATION_ROWS
    + REMEDIATION_TWINS,
)
def test_metric_within_the_figure(
    text: str, quote: str, occurrence: int, expected: dict[str, Any]
) -> None:
    check(text, quote, occurrence, expected)
