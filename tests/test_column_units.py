"""A table column whose header names its currency or percent ("Supply (USD)", "Volume, US$m",
"Revenue (in $bn)", "Change (%)") gives its bare cells that unit, and its scale where the
cell writes none: "88.4bn" under "(USD)" is $88.4 billion, "41,250" under "US$m" is $41.25
billion. A cell that writes its own unit, a column of another header, and prose keep theirs.
"""

from __future__ import annotations

import pytest

from extractor.nlp.amounts import find_amounts


def read(text: str) -> dict[str, tuple[float, str]]:
    return {text[a.start : a.end]: (a.value, a.unit) for a in find_amounts(text)}


# a research note's markdown table: a bracketed code, the cells with their own scale
_STABLES = (
    "Dollar stablecoins by supply, end of October:\n"
    "| Stablecoin | Issuer | Supply (USD) | 30d change |\n"
    "|---|---|---|---|\n"
    "| USDT | Tether | 186.1bn | +1.2% |\n"
    "| USDC | Circle | 88.4bn | +5.9% |\n"
)
# a wire's bar table: the currency and scale after a comma
_VENUES = "Exchange | Volume, US$m | Share\nBinance | 41,250 | 38%\nOKX | 12,400 | 11%\n"
# a company release: "in $bn"
_RESULTS = (
    "| Quarter | Revenue (in $bn) | Net income (in $bn) |\n"
    "| --- | --- | --- |\n"
    "| Q3 2026 | 2.4 | 0.61 |\n"
    "| Q2 2026 | 2.1 | 0.48 |\n"
)
# a newsletter's tab-separated flow table
_FLOWS = "Fund\tNet flow (USD m)\tHolders\nIBIT\t164.9\t1,204\nFBTC\t41.2\t388\n"
# a European treasury report in euros, a percent column
_TREASURY = (
    "| Asset | Treasury (EUR) | Weight (%) |\n"
    "| --- | --- | --- |\n"
    "| ETH | 12,400,000 | 61.5 |\n"
    "| USDC | €3.1m | 15.4 |\n"
)

# a bridge dashboard's table under a lead line that names the currency at its end
_DEPOSITS = (
    "Bridge deposits by chain, Nov 30 (US$)\n"
    "Chain | Deposits | Share\nArbitrum | 2.41bn | 38%\nBase | 1.9bn | 30%\n"
)
# a perp-venue leaderboard: the rank column stays a count
_LEADERBOARD = (
    "Top perp venues, 24h volume (USD)\n"
    "| Rank | Venue | Volume |\n|---|---|---|\n| 1 | Hyperliquid | 9.8bn |\n| 2 | Aster | 4.1bn |\n"
)
# an L2 dashboard: a lead's currency, but a column that counts wallets and one of users
_ACTIVITY = (
    "Layer-2 activity, week to Nov 30 (USD)\n"
    "Network | Bridged value | Active addresses | Daily users\n"
    "Arbitrum | 2.41bn | 1.2m | 410k\nBase | 3.3bn | 3.4m | 1.1m\n"
)

# a caption that declares the table's currency and scale once: every bare cell is at it
# a Swiss issuer's factsheet: "(CHF m)" after a date, the change and fee columns in percent
_ETP_AUM = (
    "Assets by fund, as at 31.10.2026 (CHF m)\n\n"
    "| Fund | Ticker | AuM | Change m/m | Fee p.a. |\n|---|---|---|---|---|\n"
    "| Core Bitcoin | XBTC | 1,204.7 | +4.1% | 0.89% |\n"
    "| Core Ether | XETH | 388.2 | -1.0% | 0.89% |\n"
)
# a sterling stablecoin's attestation: the scale in words, a note after a comma
_GILTS = (
    "Reserve breakdown (GBP million, as at 30 Nov)\n"
    "| Holding | Amount | Share | Prior month |\n|---|---|---|---|\n"
    "| UK gilts | 412.5 | 71 | 398.0 |\n| Cash at banks | 168.0 | 29 | 171.4 |\n"
)
# a treasury tracker: the currency, then the scale after a comma; a column of holders
_TREASURIES = (
    "Listed bitcoin treasuries, Q3 (USD, millions)\n"
    "| Company | Cost basis | Market value | Holders |\n|---|---|---|---|\n"
    "| Strive Capital | 9,210 | 12,400 | 1,840 |\n| Nordlys Mining | 640.5 | 702.9 | 212 |\n"
)
# a Japanese exchange's results: "in ¥bn" closing the caption
_SEGMENTS = (
    "Revenue by segment, fiscal first half in ¥bn\n"
    "| Segment | Revenue | Growth |\n|---|---|---|\n| Spot trading | 48.2 | 12 |\n"
    "| Staking | 9.7 | 40 |\n"
)
# a weekly flow sheet in tab-separated columns, Australian dollars
_AUD_FLOWS = (
    "Net flows by issuer, week to Nov 14 (AUD, millions)\n"
    "Issuer\tNet flow\tShare of total\tTrades\nKestrel Funds\t41.0\t61\t1,210\n"
    "BetaShares\t17.5\t26\t388\n"
)

# a custodian's half-year report: euros in millions, a count of clients and a share beside
_CUSTODY = (
    "Custody assets by client type, as at 30.06.2026 (EUR m)\n\n"
    "| Client | Assets | Clients | Share |\n|---|---|---|---|\n"
    "| Banks | 2,318.4 | 41 | 58 |\n| Family offices | 640.2 | 310 | 16 |\n"
)
# a Singapore issuer's reserves, the scale after a comma, a yield column
_SGD_RESERVES = (
    "Treasury reserves (SGD, millions)\n"
    "| Item | Balance | Yield |\n|---|---|---|\n| T-bills | 512.0 | 3.4 |\n"
    "| Deposits | 88.5 | 2.1 |\n"
)
# a Canadian miner's quarters, a note after the scale, a margin column
_MINER_LINES = (
    "Quarterly revenue by line (CAD million, unaudited)\n"
    "| Line | Q2 | Q3 | Margin |\n|---|---|---|---|\n| Mining | 61.3 | 74.8 | 22 |\n"
    "| Hosting | 9.4 | 11.0 | 15 |\n"
)
# a token's top wallets: a rank column beside the holdings
_TOP_WALLETS = (
    "Top holders of the token (USD m)\n"
    "| Wallet | Holdings | Rank |\n|---|---|---|\n| Treasury | 420.5 | 1 |\n"
    "| Foundation | 215.0 | 2 |\n"
)
# ETF flows with a column of days, and miners' output with a column of coins
_ETF_STREAKS = (
    "ETF flows (USD m)\n| Fund | Flow | Days of inflow |\n|---|---|---|\n"
    "| IBIT | 523.1 | 9 |\n| FBTC | 87.4 | 4 |\n"
)
_MINED = (
    "Bitcoin mined by company, October (USD m)\n| Company | BTC mined | Revenue |\n"
    "|---|---|---|\n| Riot | 412 | 28.9 |\n| CleanSpark | 587 | 40.2 |\n"
)

REACH = [
    (_ETP_AUM, "1,204.7", (1.2047e9, "CHF")),
    (_ETP_AUM, "388.2", (388.2e6, "CHF")),
    (_GILTS, "412.5", (412.5e6, "GBP")),
    (_GILTS, "171.4", (171.4e6, "GBP")),
    (_TREASURIES, "9,210", (9.21e9, "USD")),
    (_TREASURIES, "702.9", (702.9e6, "USD")),
    (_SEGMENTS, "48.2", (48.2e9, "JPY")),
    (_AUD_FLOWS, "41.0", (41e6, "AUD")),
    (_ACTIVITY, "2.41bn", (2.41e9, "USD")),
    (_DEPOSITS, "2.41bn", (2.41e9, "USD")),
    (_LEADERBOARD, "9.8bn", (9.8e9, "USD")),
    (_STABLES, "186.1bn", (186.1e9, "USD")),
    (_STABLES, "88.4bn", (88.4e9, "USD")),
    (_VENUES, "41,250", (41.25e9, "USD")),
    (_RESULTS, "2.4", (2.4e9, "USD")),
    (_RESULTS, "0.48", (0.48e9, "USD")),
    (_FLOWS, "164.9", (164.9e6, "USD")),
    (_TREASURY, "12,400,000", (12.4e6, "EUR")),
    (_TREASURY, "61.5", (61.5, "%")),
    (_CUSTODY, "2,318.4", (2318.4e6, "EUR")),
    (_SGD_RESERVES, "512.0", (512e6, "SGD")),
    (_MINER_LINES, "61.3", (61.3e6, "CAD")),
    (_TOP_WALLETS, "420.5", (420.5e6, "USD")),
    (_ETF_STREAKS, "523.1", (523.1e6, "USD")),
    (_MINED, "28.9", (28.9e6, "USD")),
]

TWINS = [
    (_DEPOSITS, "30%", (30, "%")),
    (_STABLES, "+5.9%", (5.9, "%")),  # a cell's own unit under a header of none
    (_FLOWS, "1,204", (1204, "count")),  # another column's header
    (_TREASURY, "€3.1m", (3.1e6, "EUR")),  # the cell writes its own currency
    (_VENUES, "38%", (38, "%")),
    # a lead's currency is no unit of counted wallets or people
    (_ACTIVITY, "1.2m", (1.2e6, "count")),
    (_ACTIVITY, "1.1m", (1.1e6, "count")),
    # a caption's money is no unit of a share, a growth rate, holders or trades
    (_ETP_AUM, "+4.1%", (4.1, "%")),
    (_GILTS, "71", (71, "count")),
    (_SEGMENTS, "40", (40, "count")),
    (_TREASURIES, "1,840", (1840, "count")),
    (_AUD_FLOWS, "1,210", (1210, "count")),
    (_CUSTODY, "41", (41, "count")),
    (_CUSTODY, "58", (58, "count")),
    (_SGD_RESERVES, "3.4", (3.4, "count")),
    (_MINER_LINES, "22", (22, "count")),
    # nor of a rank, a count of days or a column of coins
    (_TOP_WALLETS, "1", (1, "count")),
    (_ETF_STREAKS, "9", (9, "count")),
    (_MINED, "412", (412, "count")),
    # a caption's currency with no scale gives it to no bare cell: "3" may count listings
    (
        "Top venues by open interest (US$)\n| Venue | Open interest | Listed pairs |\n"
        "|---|---|---|\n| Deribit | 31.2bn | 3 |\n| CME | 14.8bn | 2 |\n",
        "3",
        (3, "count"),
    ),
    # prose under the table keeps its own reading
    (_VENUES + "\nBinance handled 41,250 trades an hour at the peak.", "41,250", (41250, "count")),
]


@pytest.mark.parametrize(("text", "quote", "expected"), REACH + TWINS)
def test_column_units(text: str, quote: str, expected: tuple[float, str]) -> None:
    value, unit = read(text)[quote]
    assert (unit, value) == pytest.approx((expected[1], expected[0]))


def test_a_rank_under_a_leads_currency_is_no_figure() -> None:
    # the rank column counts the rows up by one (row_numbers.py): no count, no dollars
    assert "2" not in read(_LEADERBOARD)
    assert "1" not in read(_LEADERBOARD)
