"""A figure whose scale word a cut broke off is no claim ("$1.46 billi" of a truncated
headline): read unscaled it would be audited as a scale slip of the full figure."""

from __future__ import annotations

import pytest

from extractor.claims import extract_article
from extractor.models import Article
from extractor.nlp.amounts import find_amounts

BODY = (
    "More than $1.46 billion of leveraged positions were liquidated over 24 hours, "
    "CoinGlass data show, as bitcoin slid below $64,000."
)


def quotes(text: str) -> list[str]:
    return [text[a.start : a.end] for a in find_amounts(text)]


@pytest.mark.parametrize(
    ("cut", "left"),
    [
        ("Crypto liquidations top $1.46 billi", []),
        ("Crypto liquidations top $1.46 billi…", []),
        ("Crypto liquidations top $1.46 bi...", []),
        ("Crypto liquidations top $1.46 bil...", ["$1.46 bil"]),  # "bil": a word, as "mil"
        ("Spot ether ETFs shed $434 mill", []),
        ("Strategy adds 4,225 BTC worth $472.5 mill…", ["4,225 BTC"]),
        ("Strategy adds 4,225 BTC worth $472.5 mil…", ["4,225 BTC", "$472.5 mil"]),  # "mil": a word
        ("Tether mints another 1 tril\nUSDT supply keeps growing", []),
    ],
)
def test_a_number_whose_scale_word_was_cut_is_not_an_amount(cut, left):
    assert quotes(cut) == left


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Crypto liquidations top $1.46 billion", "$1.46 billion"),
        ("Fees were $12 bi in the report", "$12"),  # not at a cut: left to the grammar
        ("Bitcoin miners sold 1,200 BTC; hashrate hit 800 EH/s", "1,200 BTC"),
        ("Solana traded at $145 billionaire Novogratz said", "$145"),
    ],
)
def test_whole_words_and_words_that_go_on_are_left_alone(text, kept):
    assert kept in quotes(text)


def test_a_cut_headline_makes_no_claim_and_no_slip():
    article = Article(id="cut", text="Crypto liquidations top $1.46 billi…\n" + BODY)
    claims = extract_article(article)
    assert [c.quote for c in claims if c.quote.startswith("$1.46")] == ["$1.46 billion"]
