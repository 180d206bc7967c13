"""The HTML page: self-contained, every text escaped, quotes highlighted in their sentences."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from audit_claims import Story

from extractor.audit import audit
from extractor.models import AuditReport
from extractor.report import render_html
from extractor.report.html import cited_view

HOSTILE = 'Evil & Co <b>"bold"</b>'


def hostile_report() -> AuditReport:
    hack = {"metric": "hack_amount", "asset": "ETH", "period": (date(2026, 3, 1),) * 2}
    a = Story("a", HOSTILE).say(
        "Attackers took $2.65 million <script>alert('x')</script> from the bridge & fled."
    )
    b = Story("b", "Coinpedia").say("The bridge lost $2.65 billion on Sunday, per PeckShield.")
    c = Story("c", "ChainSentry").say("About $2.65 billion was drained from the bridge on Sunday.")
    claims = [
        a.claim("$2.65 million", 2.65e6, **hack),
        b.claim("$2.65 billion", 2.65e9, **hack),
        c.claim("$2.65 billion", 2.65e9, qualifier="approx", **hack),
    ]
    infos = {s.id: s.info() for s in (a, b, c)}
    infos["a"] = infos["a"].__class__(**{**infos["a"].__dict__, "url": "javascript:alert(1)"})
    claims[0] = claims[0].model_copy(update={"url": "javascript:alert(1)"})
    return audit(claims, infos)


class Collector(HTMLParser):
    """Tags, attributes and text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = False if tag == "mark" else self._in_mark

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks.append(data)


def parsed(page: str) -> Collector:
    collector = Collector()
    collector.feed(page)
    return collector


def test_page_is_self_contained_and_escapes_every_text() -> None:
    page = render_html(hostile_report())
    tags = parsed(page).tags
    assert not [t for t, _ in tags if t in ("script", "link", "img", "iframe", "object")]
    assert not [a for _, a in tags if "src" in a]
    assert "<b>" not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "Evil &amp; Co &lt;b&gt;&#34;bold&#34;&lt;/b&gt;" in page
    hrefs = [a["href"] for t, a in tags if t == "a" and not a["href"].startswith("#")]
    assert hrefs == ["https://coinpedia.example/b", "https://chainsentry.example/c"]


def test_each_finding_shows_verdict_quotes_publishers_and_dates() -> None:
    page = render_html(hostile_report())
    collector = parsed(page)
    assert collector.marks == ["$2.65 million", "$2.65 billion", "$2.65 billion"]
    assert "Likely scale slip" in page and "high severity" in page
    assert "Value the other sources support:" in page and "<strong>$2.65 billion</strong>" in page
    assert page.count("2026-02-06") == 3
    consensus_row = (
        r"amount stolen — ethereum, in US dollars, 1 Mar 2026</td>\s*"
        r"<td class=\"value\">\$2\.65 billion"
    )
    assert re.search(consensus_row, page)


SENTENCE = "Attackers took $2.65 million from the bridge."


@pytest.mark.parametrize(
    ("offset", "before", "after"),
    [
        (15, "Attackers took ", " from the bridge."),
        (None, "", f" — {SENTENCE}"),  # quote not found in its sentence
        (3, "", f" — {SENTENCE}"),  # an offset that does not point at the quote
    ],
)
def test_quote_is_split_out_of_its_sentence(offset, before: str, after: str) -> None:
    claim = hostile_report().findings[0].claims[0]
    sentence = SENTENCE
    view = cited_view(claim.model_copy(update={"sentence": sentence, "quote_offset": offset}))
    assert (view.before, view.quote, view.after) == (before, "$2.65 million", after)


def test_page_without_findings_says_so() -> None:
    report = hostile_report().model_copy(update={"findings": [], "consensus": []})
    page = render_html(report)
    assert "No findings: every figure agrees" in page and "No fact is stated by more" in page


def test_summary_index_and_reading_guide_come_first() -> None:
    page = render_html(hostile_report())
    assert page.index("1 × likely scale slip (1 high)") < page.index('id="index"')
    index = page[page.index('id="index"') : page.index('id="reading"')]
    assert 'href="#finding-' in index and "Likely scale slip" in index
    assert "How to read this report" in page and "Confidence" in page


def test_syndicated_copies_share_one_row() -> None:
    wire = "CoinGlass counted $2.65 billion in liquidations over the past day."
    a = Story("fx", "FXStreet").say("The crypto market lost $2.65 million in the last 24 hours.")
    b = Story("cp", "Coinpedia").say("In just 24 hours, $2.65 billion was wiped out.")
    c = Story("wire", "CryptoDesk").say(wire)
    d = Story("copy1", "Mitrade", date(2026, 2, 7)).say(wire)  # copies run a day later
    e = Story("copy2", "bitcoinethereumnews.com", date(2026, 2, 7)).say(wire)
    claims = [a.claim("$2.65 million", 2.65e6)]
    claims += [s.claim("$2.65 billion", 2.65e9) for s in (b, c, d, e)]
    report = audit(claims, {s.id: s.info() for s in (a, b, c, d, e)})
    (finding,) = report.findings
    assert len(finding.claims) == 5
    page = render_html(report)
    assert page.count("<mark>$2.65 billion</mark>") == 2  # Coinpedia, and the wire once
    assert "copied by Mitrade, bitcoinethereumnews.com" in " ".join(page.split())
