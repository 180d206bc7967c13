"""A stablecoin the lexicon does not know, named by the noun ("the euro stablecoin EURQ",
"its Swiss franc stablecoin, CHFX,"), is a coin of the stablecoin kind wherever the article
writes its ticker: its own reserves and circulation take the ticker, in its sentence and,
for reserves, where a later sentence names no owner (its issuer's reserves back it), while
its issuer's results (income, profit) stay an unlisted company's, no coin's."""

from __future__ import annotations

import pytest
from nlp_cases import check, row

# reach: stablecoins named by the noun, in other outlets' words, currencies and issuers
REACH_ROWS = [
    row("Frankfurt-based Mainwert, issuer of the euro stablecoin EUMW, held reserves of "
        "€412 million at the end of June.", "€412 million", asset="EUMW"),
    row("The Singapore dollar stablecoin XSGDT had S$96 million in circulation on Monday, "
        "according to its issuer.", "S$96 million", asset="XSGDT"),
    row("Reserves backing the stablecoin AUDX rose to A$1.1 billion in May, its attestation "
        "shows.", "A$1.1 billion", asset="AUDX"),
    row("Zurich lender Bergbank launched the Swiss franc stablecoin CHFB in March. Reserves "
        "stood at CHF 188 million at the end of September, the bank said.",
        "CHF 188 million", asset="CHFB"),
    row("Seoul fintech Hanul's won stablecoin, KRWH, is backed by deposits. The issuer held "
        "reserves of ₩310 billion on Friday, according to an auditor's letter.",
        "₩310 billion", asset="KRWH"),
    row("Osaka startup Kibou said its yen stablecoin YENK had ¥4.2 billion in circulation at "
        "the end of October.", "¥4.2 billion", asset="YENK"),
    row("The Brazilian real stablecoin BRLV reached R$310 million in circulation in September, "
        "its issuer said.", "R$310 million", asset="BRLV"),
    row("Mexican exchange Bitnova launched the peso stablecoin MXNV in May. Reserves reached MXN "
        "920 million by September, an attestation showed.", "MXN 920 million", asset="MXNV"),
    row("Nordic bank Fjell's krona stablecoin, SEKF, is fully backed. The bank held SEK 640 "
        "million in reserves on Friday, its report showed.", "SEK 640 million", asset="SEKF"),
]  # fmt: skip

# twins: a stablecoin the lexicon knows, an issuer's own results, a sector figure
TWIN_ROWS = [
    row("Circle's stablecoin USDC had $61 billion of reserves at the end of May.",
        "$61 billion", asset="USDC"),
    row("The issuer of the euro stablecoin EUMW earned net interest income of €22 million in "
        "2026, it said.", "€22 million", asset=None),
    row("Mainwert issues the euro stablecoin EUMW. The issuer said it earned net interest "
        "income of €19 million last year.", "€19 million", asset=None),
    row("The stablecoin market grew 3% to $310 billion in October, DefiLlama data show.",
        "$310 billion", asset=None),
    # the first word of a longer name is no ticker
    row("Under the stablecoin GENIUS Act, issuers must hold reserves of at least 100% of the "
        "tokens in circulation.", "100%", asset=None),
    row("Under the stablecoin CLARITY Act, issuers would need reserves worth at least 100% of "
        "tokens outstanding.", "100%", asset=None),
    row("The issuer of the Swiss franc stablecoin CHFB posted a net profit of CHF 3.1 million "
        "for the half, it said.", "CHF 3.1 million", asset=None),
    row("Tether's stablecoin USDT had $184 billion in circulation on Monday.", "$184 billion",
        asset="USDT"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), REACH_ROWS)
def test_named_stablecoins_take_their_figures(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)


@pytest.mark.parametrize(("text", "quote", "occurrence", "expected"), TWIN_ROWS)
def test_known_stablecoins_and_issuers_stay(
    text: str, quote: str, occurrence: int, expected: dict[str, object]
):
    check(text, quote, occurrence, expected)
