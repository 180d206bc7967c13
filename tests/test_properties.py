"""Properties of extraction on any text: it never crashes, every claim points at its quote,
bounds hold the value, and ids are stable.

Arbitrary Unicode finds crashes; text assembled from crypto-news fragments (numbers,
currency signs, scale words, qualifiers, dates, captions, newlines) reaches the grammar's
corners far more often than random characters do.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.claims import extract_article
from extractor.models import Article, Claim

FRAGMENTS = [
    "$", "€", "£", "US$", "USD ", "-", "+", "~", "–", "/", "(", ")", "%", "x", " ", "  ", "\n",
    "\n\n", ". ", ", ", "; ", ": ", "0", "5", "06:19", "1.5", "2.65", "12.02", "60,000",
    "0.9594", "1,806.5", "2026", "3rd", " billion", " million", " trillion", "bn", "m", "K",
    "B+", " percent", " BTC", " $BTC", " bitcoin", " ETH", " SOL", " link", " one", "Strategy",
    " traders", " liquidations", " outflows", " open interest", " long", " short",
    " more than ", " about ", " nearly ", " up to ", " below ", " between ", " and ", " to ",
    " half a ", " on Friday", " Thursday", " February 5", " a day earlier", " Q4 2025",
    " in the last 24 hours", " this week", " this month", "Yesterday ", " Dec 19, 2025",
    "Source: CoinGlass", " according to SoSoValue", " on Binance", "Disclaimer: ",
    "Fear and Greed Index at ", "CFDs are complex instruments. ", "Read more: ",
]  # fmt: skip

news_text = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
published = st.none() | st.just(datetime(2026, 2, 6))
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def extract(text: str, when: datetime | None) -> list[Claim]:
    return extract_article(Article(id="prop", text=text, published=when))


def check_claims(text: str, claims: list[Claim]) -> None:
    """What every claim of ``text`` must satisfy."""
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.quote.strip() == claim.quote
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.value <= claim.high, claim
        if claim.period_start is not None:
            assert claim.period_end is not None and claim.period_start <= claim.period_end
    assert len({c.id for c in claims}) == len(claims)


@SETTINGS
@given(st.text(max_size=300), published)
def test_arbitrary_text(text: str, when: datetime | None) -> None:
    check_claims(text, extract(text, when))


@SETTINGS
@given(news_text, published)
def test_news_like_text(text: str, when: datetime | None) -> None:
    check_claims(text, extract(text, when))


@settings(max_examples=50, deadline=None)
@given(news_text)
def test_same_input_same_claims(text: str) -> None:
    first = extract(text, datetime(2026, 2, 6))
    again = extract(text, datetime(2026, 2, 6))
    assert [c.model_dump() for c in first] == [c.model_dump() for c in again]
