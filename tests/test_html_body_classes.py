"""Body extraction on the page layouts that used to fail, one class of failure a page.

The pages under ``tests/fixtures/pages`` are built like real sites: a Genesis-style theme
whose ``content-sidebar-wrap`` holds the article, an ASP.NET page inside one ``<form>``
with a ``paywall-gate`` class on the marked article body, a story followed by teaser cards
with excerpts, a photo gallery beside a chart, and pages that are nothing but a cookie
banner or a footer. Each is read by the whole pipeline and, where the class is about the
project's own rules (over-pruning), by those rules alone too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.errors import ExtractionError
from extractor.ingest.html import parse_article

PAGES = Path(__file__).parent / "fixtures" / "pages"
ENGINES = ["trafilatura", "own"]


def _text(name: str, engine: str = "trafilatura") -> str:
    html = (PAGES / f"{name}.html").read_bytes()
    return parse_article(html, f"https://news.example/{name}", engine=engine).text


def _lines(name: str, engine: str = "trafilatura") -> list[str]:
    return _text(name, engine).split("\n")


@pytest.mark.parametrize("engine", ENGINES)
def test_article_inside_a_sidebar_named_wrapper_is_kept(engine):
    lines = _lines("sidebar-wrapper", engine)
    assert lines[1].startswith("The queue of ether waiting to enter")
    assert "Why the exit queue emptied" in lines
    assert lines[-1].startswith("“The queue is a sentiment gauge")
    text = "\n".join(lines)
    for boilerplate in ("Most read", "Aave v4 launches", "Sign up free", "Explore our coverage"):
        assert boilerplate not in text


@pytest.mark.parametrize("engine", ENGINES)
def test_page_inside_one_form_with_a_paywall_class_on_the_body_is_kept(engine):
    lines = _lines("aspnet-form", engine)
    assert lines[0] == "Exchange reserves of bitcoin fall to 2.3 million BTC, lowest since 2018"
    assert lines[1].startswith("Bitcoin held on centralized exchanges fell to 2.3 million BTC")
    assert lines[-1] == (
        "The price of bitcoin rose 6% over the week to $71,450, its first weekly gain in a month."
    )
    assert len(lines) == 5  # headline and four paragraphs: no menu, tools, date or footer


@pytest.mark.parametrize("engine", ENGINES)
def test_related_posts_with_excerpts_stay_out(engine):
    text = _text("related-posts", engine)
    assert "Open interest on Hyperliquid" in text
    assert "according to a Dune Analytics dashboard." in text
    for teaser in ("dYdX volume falls", "$18.2 billion", "max pain price", "Keep reading"):
        assert teaser not in text


def test_datelines_advert_labels_and_paywall_stubs_stay_out():
    lines = _lines("related-posts")
    assert not any(line.startswith("Updated:") for line in lines)
    assert "Advert" not in lines
    assert not any("subscriber" in line for line in lines)


@pytest.mark.parametrize("engine", ENGINES)
def test_gallery_controls_and_captions_go_and_the_chart_caption_stays(engine):
    lines = _lines("gallery", engine)
    caption = (
        "Hashprice in dollars per petahash per day since the 2024 halving. "
        "Source: Luxor Hashrate Index"
    )
    index = lines.index(caption)
    assert "$22.4 million of bitcoin it mined" in lines[index - 1]
    text = "\n".join(lines)
    for gallery in ("Previous", "1 of 4", "Expand", "hashboards", "substation", "Photo by"):
        assert gallery not in text
    assert lines[-1].startswith("The company plans to add 150 megawatts")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("cookie-banner-only", r"no article text found"),
        ("footer-only", r"no article text found"),
    ],
)
def test_a_page_of_only_a_cookie_banner_or_footer_raises(name, reason, engine):
    with pytest.raises(ExtractionError, match=rf"news\.example/{name}: {reason}"):
        _text(name, engine)


def test_the_reason_names_the_notice():
    with pytest.raises(ExtractionError, match=r"characters are a notice \(<footer>"):
        _text("footer-only")


CAPTION = (
    "Traders on the floor of the New York Stock Exchange watch a screen showing the price of "
    "bitcoin on Tuesday, when the largest cryptocurrency fell below $60,000 for the first "
    "time since October. Photo: Michael Nagle/Bloomberg via Getty Images"
)


@pytest.mark.parametrize(
    "markup",
    [
        f"<figure><img src='/a.jpg'><figcaption>{CAPTION}</figcaption></figure>",
        # a caption no tag or class names as one: its photo credit gives it away
        f"<div class='hero-image'><img src='/a.jpg'><div class='hero-image__title'>{CAPTION}"
        "</div></div>",
    ],
)
def test_a_page_whose_only_text_is_a_photo_caption_raises(markup):
    html = f"<html><body><div id='app'></div>{markup}</body></html>"
    with pytest.raises(ExtractionError, match="no article text found"):
        parse_article(html, "https://news.example/caption")
