"""Company figures: the listed company a figure is about, named in the sentence, by its
exchange ("shares of Coinbase"), by the lead line of a list, or the article's company a
reference points to ("the firm bought").
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.article_tickers import introduced_name
from extractor.nlp.asset_data import asset_words, issuer_of, issuers, listed, venue_companies
from extractor.nlp.context import Context, Span
from extractor.nlp.cues import company_ref, cue_words
from extractor.nlp.layers import Amount
from extractor.nlp.mentions import Mention
from extractor.nlp.owner_clauses import clause_distance, incidental
from extractor.nlp.tries import alternation
from extractor.nlp.venues import lead_of_item

_SHARES_OF = re.compile(r"(?i)\b(?:shares|stock)\s+(?:of|in)\s+$")


def shares_of_venue(ctx: Context, sent: Span) -> list[Mention]:
    """An exchange named as a listed company's shares ("shares of Coinbase rose 8.2%")."""
    companies = venue_companies()
    return [
        Mention(m.start, m.end, "asset", companies[m.value], "stock")
        for m in ctx.in_span("venue", sent)
        if m.value in companies and _SHARES_OF.search(ctx.text, max(0, m.start - 16), m.start)
    ]


def shares_of_referent(ctx: Context, sent: Span) -> list[Mention]:
    """A company's shares named by a reference back to it ("the company's shares rose 3%",
    "its stock gained 5%", "shares of the miner fell"): the listed company named last in the
    same or the sentence before, when no other company or organisation is named between (in
    "Tether, the largest issuer, said its stock of bills ..." the "its" is Tether's)."""
    found = []
    end = len(ctx.text[: sent[0]].rstrip())
    reach = ctx.sentence_of(end - 1)[0] if end else sent[0]
    for ref in _referred_shares().finditer(ctx.text, *sent):
        if _INVENTORY.match(ctx.text, ref.end()):
            continue  # "its stock of Treasury bills": a stock of things, no shares
        before = [
            m
            for m in ctx.in_span("asset", (min(reach, ref.start()), ref.start()))
            if m.asset_kind == "stock" and listed(ctx, m)
        ]
        if before and not _other_named(ctx, before[-1], (sent[0], ref.start())):
            found.append(Mention(ref.start(), ref.end(), "asset", before[-1].value, "stock"))
    return found


_INVENTORY = re.compile(r"\s+of\b")
# a name set off by a comma at the start of the clause ("Kraken, which plans to list, said
# its shares ..."), or any capitalized word before the reference that names no coin
_APPOSED = re.compile(r"[\s\"“]*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s*,")
_CAPITALIZED = re.compile(r"(?<=[\s(\"“])[A-Z][\w&.-]*")


def _other_named(ctx: Context, company: Mention, span: Span) -> bool:
    """Whether the reference's sentence, before the reference, names another organisation
    than ``company``: a name set off by a comma at its start, a venue, a source, or a
    capitalized word inside it that is no coin, month or the company's own name."""
    start, end = max(span[0], company.end), span[1]
    if start >= end:
        return False
    if span[0] > company.end and _APPOSED.match(ctx.text, span[0], end):
        return True
    others = [m for k in ("venue", "source") for m in ctx.in_span(k, (start, end))]
    if any(m.value != company.value for m in others):
        return True
    coins = [(m.start, m.end) for m in ctx.in_span("asset", (start, end))]
    own = set(ctx.text[company.start : company.end].split())
    for word in _CAPITALIZED.finditer(ctx.text, start, end):
        if word.start() == start or any(s <= word.start() < e for s, e in coins):
            continue
        if word.group() in own or word.group().rstrip(".") in _MONTHS_AND_DAYS:
            continue
        return True
    return False


# capitalized for being dates, not names (English names, as calendar gives them)
_MONTHS_AND_DAYS = {
    *calendar.month_name[1:],
    *calendar.month_abbr[1:],
    "Sept",
    *calendar.day_name,
}


@per_lexicon
def _referred_shares() -> re.Pattern[str]:
    owners = cue_words("company_share_owners")
    nouns = cue_words("equity_nouns_after")
    referents = cue_words("company_referents")
    return re.compile(
        rf"(?i)\b(?:(?:{owners})\s+(?:{nouns})|(?:shares|stock)\s+(?:of|in)\s+the\s+"
        rf"(?:{referents}))\b"
    )


def run_by_venue(ctx: Context, a: Amount, sent: Span) -> list[Mention]:
    """A listed company named by its exchange before the figure ("Coinbase reported revenue
    of $1.5 billion"): the company's ticker, where the sentence names no asset."""
    companies = venue_companies()
    found = [
        Mention(m.start, m.end, "asset", companies[m.value], "stock")
        for m in ctx.in_span("venue", (sent[0], a.start))
        if m.value in companies
        and not _LONGER_NAME.match(ctx.text, m.end)
        and not _not_subject_before().search(ctx.text[max(0, m.start - 12) : m.start])
    ]  # not "backed by Paradigm and Coinbase Ventures", "bought on Coinbase"
    return [m for m in found if listed(ctx, m)]


_LONGER_NAME = re.compile(r"\s+[A-Z][a-z]")


@per_lexicon
def _not_subject_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{asset_words('not_subject_before')}\s+$")


def reporting_company(
    ctx: Context, a: Amount, mentions: list[Mention], sent: Span
) -> Mention | None:
    """The company an article reports on: named in the sentence, else the article's most
    named listed company ("the company bought 13,627 BTC")."""
    in_sentence = [m for m in mentions if m.asset_kind == "stock"]
    if in_sentence:  # "preferred shares (STRK, STRF) were sold, but 87% came from MSTR sales"
        return min(in_sentence, key=lambda m: clause_distance(ctx, a, m))
    if any(_crowd_after().match(ctx.text, m.end) for m in mentions):
        return None
    others = [m for m in mentions if m.asset_kind != "stock" and not incidental(ctx, m)]
    referred = ctx.span_has(company_ref(), sent)  # once per sentence, not per figure
    if others and not referred:
        return None
    starts, top = ctx.remember("listed_stocks", None, lambda: _listed_stocks(ctx))
    in_sight = bisect.bisect_left(starts, sent[0] - 1200) < bisect.bisect_left(starts, sent[1])
    if not referred and not in_sight:
        return None  # no company in sight: a figure of someone else's
    if top is not None and top.start >= sent[1] and sent[0] >= _LEAD:
        return None  # past the lead, "the firm" points back, not to a company named later
    if top is not None and not referred and _another_speaks(ctx, top, (sent[0], a.start)):
        return None  # "Rival Greyfield Mining said it spent $44 million": that firm's own
    return top


def _another_speaks(ctx: Context, company: Mention, span: Span) -> bool:
    """Whether, before the figure, another name than the company's is a clause's subject: a
    capitalized name that no coin or date is, right before a company's verb ("Rival Greyfield
    Mining said it spent"); the figure is that one's, not the article's company's."""
    own = {
        w
        for m in ctx.mentions
        if m.kind == "asset" and m.value == company.value
        for w in ctx.text[m.start : m.end].split()
    }
    own.update((introduced_name(ctx.text, company.value) or "").split())
    coins = [(m.start, m.end) for m in ctx.in_span("asset", span)]
    for name in _subject_name().finditer(ctx.text, *span):
        words = name["name"].split()
        if any(s <= name.start("name") < e for s, e in coins) or set(words) <= own:
            continue
        if _person_title().search(ctx.text, span[0], name.end("name") - len(words[-1])):
            continue  # "Chief executive Dalia Brenner said", "CFO Tomas Reyes said": an officer
        if not all(w.rstrip(".") in _MONTHS_AND_DAYS or w.lower() in STOP_WORDS for w in words):
            return True  # not "He said", "On Monday said"
    return False


@per_lexicon
def _person_title() -> re.Pattern[str]:
    """A person's title ending right before a name's last word: the name is a person's."""
    titles = alternation(lexicon.attribution_phrases("person_titles"))
    return re.compile(rf"(?i)\b{titles}\b(?:[ ][A-Z][\w.-]*)*[ ]$")


@per_lexicon
def _subject_name() -> re.Pattern[str]:
    verbs = cue_words("subject_verbs")
    return re.compile(rf"(?<![\w'’-])(?P<name>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*)*)[ ](?:{verbs})\b")


_LEAD = 300  # characters: a lead may name "Trump's media company" before its ticker


def _listed_stocks(ctx: Context) -> tuple[list[int], Mention | None]:
    """Where the article names a listed company, and the first naming of the one it names
    most (counted by issuer), read once per article."""
    stocks = [
        m for m in ctx.mentions if m.kind == "asset" and m.asset_kind == "stock" and listed(ctx, m)
    ]
    if not stocks:
        return [], None
    top = Counter(issuers().get(m.value, m.value) for m in stocks).most_common(1)[0][0]
    first = next(m for m in stocks if issuers().get(m.value, m.value) == top)
    return sorted(m.start for m in stocks), first


@per_lexicon
def _crowd_after() -> re.Pattern[str]:
    """ "Bitcoin miners saw record revenue": a coin's crowd, not a company, owns the figure."""
    return re.compile(rf"(?i)\s+{asset_words('coin_crowd_nouns')}\b")


def lead_company(ctx: Context, a: Amount) -> str | None:
    """The listed company that the lead line of a list or of label lines names alone
    ("Here is how Coinbase Global performed in the quarter:")."""

    def one_company(start: int, end: int) -> str | None:
        named = {
            issuer_of(m, a, "")
            for m in ctx.in_span("asset", (start, end))
            if m.asset_kind == "stock" and listed(ctx, m)
        }
        return named.pop() if len(named) == 1 else None

    return lead_of_item(ctx, a.start, "company", one_company)
