"""What an amount measures: the metric its trigger words name, and the unit it is counted in.

Triggers in the amount's sentence compete by weight over distance; a few patterns
("3% of Bitcoin's supply", "12,000 traders", "plunged 15%") decide outright, and the
winner is refined by the words around the amount ("down $2 billion" is a change,
"at $115,829 each" a cost basis).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import MONTHS, alternation
from extractor.nlp.amounts import COMPARED
from extractor.nlp.asset_data import underlying_coins
from extractor.nlp.context import (
    OF_AFTER,
    Context,
    Span,
    boundaries,
    clause_of,
    coin_amount_at,
    coin_at,
    distance,
    gap,
)
from extractor.nlp.cues import (
    appositive_value,
    bare_reference,
    bounty,
    change_before,
    change_verb_before,
    coin_value,
    company_ref,
    copula_before,
    counted_after,
    cue_words,
    destination_before,
    figure_reference,
    frequency_word,
    from_peak,
    fund_words,
    funds_after,
    invested_in,
    investee,
    investor_after,
    issuance,
    level_after_holding,
    managed_assets,
    move_noun_after,
    multiple_patterns,
    options_word,
    oscillator,
    participant_after,
    participants_of,
    percent_comparative,
    pronoun_opening,
    receiving_before,
    restated_move_link,
    sale_after,
    settled_level,
    share_up_before,
    shared_noun,
    subject_gap,
    unraised,
    workforce_before,
)
from extractor.nlp.layers import Amount, M
from extractor.nlp.lemmas import lemma, lemma_phrase, trigger_key
from extractor.nlp.lines import Line, line_bounds
from extractor.nlp.mentions import Mention
from extractor.nlp.named_ratios import earlier_value, named_ratio, naming_ratio
from extractor.nlp.network_items import sorted_by_network
from extractor.nlp.own_noun import Head, OwnNoun, own_noun, span_noun
from extractor.nlp.per_denominators import counted_per
from extractor.nlp.physical_rates import physical_rate
from extractor.nlp.service_price import service_price
from extractor.nlp.unknown_noun import bound_figure, unknown_head
from extractor.nlp.valuations import company_valuation
from extractor.nlp.venues import hacked_venue
from extractor.price_highs import highest_price


@per_lexicon
def _level_before() -> re.Pattern[str]:
    """A preposition or a verb of reaching a price right before a money figure ("slid to",
    "as low as", "revisit", "tagging")."""
    words = cue_words("level_verbs")
    hedge = (
        rf"(?:the\s+|a\s+|an\s+|(?:{cue_words('approximators')})\s+|"
        r"just\s+(?:over\s+|under\s+|above\s+|below\s+)?|"
        r"an?\s+(?:new\s+)?(?:record|combined)\s+)?(?:~\s?)?$"
    )
    return re.compile(
        r"(?i)\b(?:to|at|near|above|below|around|under|over|of|from|toward|towards|past|"
        rf"beyond|between|as\s+(?:low|high)\s+as|(?:low|high|peak|top|bottom)\s+of|{words})\s+"
        + hedge
    )


_LEVEL_AFTER = re.compile(
    r"(?i)^\s*(?:mark|level|support|resistance|handle|threshold|zone|area|range|barrier|"
    r"ceiling|floor)\b"
)
_EACH_AFTER = re.compile(r"(?i)^\s*(?:each|apiece|per\s+(?:token|coin|bitcoin|btc|unit))\b")
_AT_PRICE = re.compile(r"(?i)\bat\s+(?:an?\s+)?(?:average\s+(?:price\s+)?(?:of\s+)?)?~?\s?$")


@per_lexicon
def _for_before() -> re.Pattern[str]:
    """ "for" and a hedge right before a figure: what something cost ("for about $")."""
    return re.compile(rf"(?i)\bfor\s+(?:(?:{cue_words('approximators')})\s+|~\s?)?$")


@per_lexicon
def _tokens_after() -> re.Pattern[str]:
    """ "tokens", "coins" after a number, perhaps after one word ("2 million governance
    tokens")."""
    nouns = alternation(w.word for w in lexicon.number_context() if w.role == "token_noun")
    return re.compile(rf"(?i)(?:[ \t]+[a-z-]+)?[ \t]+(?:{nouns})\b")


# "45 new tokens" counts kinds of token listed; a stablecoin's own tokens run far higher
_TOKEN_AMOUNT = 10_000
# kinds of token counted market-wide: launched, listed, tracked, competing, existing
_TOKEN_KINDS = re.compile(
    r"(?i)\b(?:launch|creat|deploy|list|host|issu|track|compet|exist)[a-z]*\b"
)
# where coins live: "on Tron", "across chains", and "from Tron to Ethereum" after a move or
# bridge verb only ("rotated from Bitcoin to Ether" names the coin bought)
_CHAIN_BEFORE = re.compile(
    r"(?i)(?:\b(?:on|across|via)\s+(?:the\s+)?"
    r"|\b(?:mov|bridg|transferr?|sen[dt]|shift|migrat)[a-z]*\s+(?:\S+\s+){0,5}?"
    r"(?:from\s+(?:\S+\s+){1,2}?)?(?:from|to)\s+(?:the\s+)?)$"
)
# a coin in another clause is not the tokens' coin: "tracks 17,000 coins while Bitcoin ..."
_OTHER_CLAUSE = re.compile(r"(?i)\b(?:while|whereas)\b")


def _compared_with_tokens(ctx: Context, a: Amount, sent: Span) -> bool:
    """ "180.9 billion tokens in circulation, up from 140 billion": the figure compared with
    the one just before it in the sentence counts the same tokens."""
    if COMPARED.search(ctx.text, max(sent[0], a.start - 30), a.start) is None:
        return False
    before = [b for b in ctx.amounts_in((sent[0], a.start)) if b.end <= a.start]
    return bool(before) and _tokens_after().match(ctx.text, before[-1].end) is not None


@per_lexicon
def _limits() -> dict[str, tuple[set[str], float | None, frozenset[str]]]:
    units: dict[str, set[str]] = {}
    for w in lexicon.unit_words():
        if w.metric is not None:
            units.setdefault(w.metric, set()).add(w.unit)
    return {
        m.metric: (set(m.kinds), m.max_value, frozenset(units.get(m.metric, ())))
        for m in lexicon.metric_units()
    }


def _measured_in(unit: str) -> str | None:
    """The metric a physical unit measures only ("EH/s": a hashrate), if any."""
    return next((metric for metric, (_, _, units) in _limits().items() if unit in units), None)


@per_lexicon
def _triggers() -> dict[tuple[str, str], tuple[float, set[str] | None]]:
    return {
        (trigger_key(t.phrase), t.metric): (t.weight, set(t.kinds) if t.kinds else None)
        for t in lexicon.metric_triggers()
    }


def _trigger(ctx: Context, m: Mention) -> tuple[float, set[str] | None]:
    """The weight and amount kinds of the lexicon entry a trigger matched (by its lemmas)."""
    return _triggers().get((m.key, m.value), (1.0, None))


def metric(ctx: Context, a: Amount, sent: Span) -> tuple[str, float]:
    """The metric and how sure the choice is (special patterns count as sure)."""
    chosen, score = _metric(ctx, a, sent)
    if (
        a.kind == "money"
        and chosen in _NOT_YET
        and any(p().search(ctx.text, *clause_of(ctx, a, sent)) for p in _NOT_YET[chosen])
    ):
        return M.OTHER, 1.0  # "$1.4 billion still available", "a $2.5 million bounty"
    if chosen == M.PRICE_CHANGE and a.kind == "percent" and _moved_level(ctx, a, sent):
        return M.OTHER, 1.0  # "cashback falls to 1% from 1.5%": a rate's levels, no move
    return chosen, score


@per_lexicon
def _level_of_move() -> re.Pattern[str]:
    """ "to" or "from" right before a percentage, hedges allowed ("falls to 1% from 1.5%",
    "rose to about 11.2%", "up from 9.6%"), with the one or two words before a "to"."""
    hedges = cue_words("approximators")
    return re.compile(
        rf"(?i)(?:\b(?P<words>[a-z]+(?:\s+[a-z]+)?)\s+to|\bfrom)\s+(?:(?:{hedges})\s+)?~?\s?$"
    )


def _moved_level(ctx: Context, a: Amount, sent: Span) -> bool:
    """A percentage a move ended at or started from ("short interest rose to 11.2% of its
    free float, up from 9.6%"): a level of the subject's own rate, share or ratio, never a
    price move, which is told as the size of the move ("rose 4%"); "from" always, "to" after a
    verb of moving ("falls to", "rose further to")."""
    found = _level_of_move().search(ctx.text, max(sent[0], a.start - 40), a.start)
    if found is None or from_peak().match(ctx.text, a.end):
        return False  # "could slide to 10% below its March low": how far from a peak, a move
    start = clause_of(ctx, a, sent)[0]
    if _move_named().search(ctx.text, max(start, a.start - 60), a.start):
        return False  # "extended its gain to 5.2%": the level of a move is a move
    if found["words"] is None:
        return True
    if found["words"].lower().endswith("up"):
        return False  # "could rally up to 25%": the most a move may reach, still a move
    moves = lexicon.cue_phrases("figure_move_links")
    return any(lemma(w.lower()) in moves for w in found["words"].split())


@per_lexicon
def _move_named() -> re.Pattern[str]:
    """A move named as a noun, after a determiner or an owner and at most one modifier, a
    measure of time included ("its daily gains", "Solana's gain", "the decline", "the 7-day
    change", "its 24-hour gain"), not a verb of moving ("falls to")."""
    return re.compile(
        r"(?i)\b(?:its|their|the|his|her|[a-z]+['’]s)\s+(?:[\w-]+\s+)?"
        rf"(?:{cue_words('move_nouns')})s?\b"
    )


def metric_of(ctx: Context, a: Amount, sent: Span) -> str:
    """The metric of another amount of the sentence, asked once per amount."""
    return ctx.remember("metric_of", a.start, lambda: metric(ctx, a, sent)[0])


def _sentence_triggers(ctx: Context, sent: Span) -> list[Mention]:
    """The sentence's metric triggers that are what they say (no "settled at" fine, no
    "up to" rise), read once per sentence for all its figures."""
    return ctx.remember(
        "metric_triggers",
        sent,
        lambda: [
            m
            for m in ctx.in_span("metric", sent)
            if not (m.value == M.FINE and _settled_at(ctx, m))
            and not (m.value == M.PRICE_CHANGE and caps(ctx, m))
        ],
    )


_NOT_YET = {
    M.FUNDING_RAISED: (unraised,),
    M.TRANSACTION_VALUE: (unraised, bounty),  # "a $10 million bounty for the return of"
    M.HACK_AMOUNT: (bounty,),
    M.PRICE: (bounty,),
}


@per_lexicon
def _funding_interval() -> re.Pattern[str]:
    """A percentage's interval of a number of hours right after it ("per eight hours", "every
    8 hours", "per 8-hour period", "per 8h", "/8h", "per funding interval"): what perpetual
    futures' funding is quoted per. A number is needed: a bare "an hour" is mostly a time."""
    leads, lengths = cue_words("funding_interval_leads"), cue_words("funding_interval_lengths")
    hours = rf"(?:{lengths})(?:[\s-]*hours?\b|\s?hrs?\b|h\b)"
    return re.compile(
        rf"(?i)(?:\s*/\s*{hours}|\s+(?:{leads})\s+(?:{hours}|funding\s+(?:interval|period|window)))"
    )


@per_lexicon
def _funding_per_hour() -> re.Pattern[str]:
    """A bare hour after a percentage ("0.0125% an hour", "0.01% each hour"), not a time after
    it ("fell 2% an hour after the decision", "an hour later", "per hour of trading")."""
    leads, not_interval = cue_words("funding_interval_leads"), cue_words("hour_not_interval")
    return re.compile(rf"(?i)\s+(?:{leads})\s+hour\b(?!\s+(?:{not_interval})\b)")


@per_lexicon
def _funding_talk() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{cue_words('funding_context_words')})\b")


@per_lexicon
def _borrow_talk() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{cue_words('borrow_rate_words')})\b")


def _funding_rate(ctx: Context, a: Amount, sent: Span) -> bool:
    """A percentage charged per interval of hours: a numbered interval anywhere; a bare hour
    only in a sentence that talks of funding or perpetuals and not of borrowing."""
    if _funding_interval().match(ctx.text, a.end):
        return True
    if not _funding_per_hour().match(ctx.text, a.end):
        return False
    said = ctx.text[sent[0] : sent[1]]
    return bool(_funding_talk().search(said)) and not _borrow_talk().search(said)


@per_lexicon
def _annualised() -> re.Pattern[str]:
    return re.compile(rf"(?i)\s+(?:{cue_words('annualised_words')})\b")


def _annualised_funding(ctx: Context, a: Amount, sent: Span) -> bool:
    """A percentage restated per year ("79% annualised", "33% on an annualized basis") after a
    funding rate in its sentence is that funding rate, annualised."""
    if not _annualised().match(ctx.text, a.end):
        return False
    before = [x for x in ctx.amounts_in((sent[0], a.start)) if x.kind == "percent"]
    return any(metric_of(ctx, x, sent) == M.FUNDING_RATE for x in before)


def _destination(ctx: Context, a: Amount, own: OwnNoun, sent: Span) -> bool:
    """A count of wallets or addresses right after a word of destination ("to", "through",
    "across"): where funds went."""
    if a.kind not in ("count", "number") or own.start < a.end:
        return False
    noun = lemma_phrase(ctx.text[own.start : own.end]).split()[-1]
    before = ctx.text[max(sent[0], a.start - 40) : a.start]
    return noun in lexicon.cue_phrases("destination_nouns") and bool(
        destination_before().search(before)
    )


def _cue_in_clause(
    ctx: Context, a: Amount, sent: Span, triggers: list[Mention], head: Head
) -> bool:
    """A metric word in the figure's own clause, other than its unknown head, that can name
    it: only such a word may still decide what a figure of an unknown noun is."""
    start, end = clause_of(ctx, a, sent)
    return any(
        start <= m.start
        and m.end <= end
        and not (m.start < head.end and head.start < m.end)
        and m.value != M.OTHER
        and not (head.moved and m.value == M.PRICE_CHANGE)  # the verb that moves the head
        and _applies(ctx, a, m)
        and fits(m.value, a)
        for m in triggers
    )


def _metric(ctx: Context, a: Amount, sent: Span) -> tuple[str, float]:
    triggers = [m for m in _sentence_triggers(ctx, sent) if not (a.start <= m.start < a.end)]
    if previous := listed_after(ctx, a, sent):  # "EZBC ($31.4 million), BTCO ($12.2 million)"
        return ctx.remember("listed_metric", previous.start, lambda: metric(ctx, previous, sent))
    if a.kind == "ratio" and counted_per(ctx.text, a.start, a.end):
        return M.OTHER, 1.0  # "41.9 AVAX per 1,000 shares": a concentration, no market ratio
    if named_ratio_metric := named_ratio(ctx, a, sent, _gauge(ctx)):
        return named_ratio_metric, 1.0  # "the MVRV ratio slid to 1.82": no long/short ratio
    if a.kind == "ratio":
        named = any(m.value == M.LONG_SHORT_RATIO for m in triggers)
        return (M.LONG_SHORT_RATIO if named else M.RESERVES), 1.0
    if a.kind == "multiple":
        compared = _compared(ctx, a, triggers)
        return compared, (1.0 if compared != M.OTHER else 0.0)
    if a.kind == "percent" and _funding_rate(ctx, a, sent):
        return M.FUNDING_RATE, 1.0  # "-0.04% per eight hours": funding is charged by the hour
    if a.kind == "percent" and _annualised_funding(ctx, a, sent):
        return M.FUNDING_RATE, 1.0  # "0.009% an hour, or about 79% annualised"
    if a.kind == "quantity" and (measured := _measured_in(a.unit)):
        return measured, 1.0  # "reached 32 EH/s": the unit names the hashrate
    if a.kind == "percent" and (share := _share_of(ctx, a, triggers)):
        before = ctx.text[max(sent[0], a.start - 40) : a.start]
        if share == M.MARKET_CAP and change_before().search(before):
            return M.MARKET_CAP_CHANGE, 1.0  # "has lost more than 6% of its market cap"
        return share, 1.0
    if a.kind == "number" and (partner := _coordinated(ctx, a, sent)):
        return ctx.remember("coordinated", partner.start, lambda: metric(ctx, partner, sent))
    if physical_rate(ctx, a, sent) and not _earned_per_unit(ctx, a, sent, triggers):
        return M.OTHER, 1.0  # "$14.80 per terahash", "5.2 cents per kWh": no metric of ours
    if service_price(ctx, a, sent) and not bound_figure(ctx, a, sent):
        own = own_noun(ctx, a, sent)  # "a floor price of $1.65 an hour", "costs $2.15 an hour"
        if own is None or own.metric in (M.PRICE, M.AVERAGE_COST, M.FEES):
            return M.FEES, 1.0  # what users pay a provider per unit of its service
    if company_valuation(ctx, a, sent):
        return M.OTHER, 1.0  # "at a $750 million valuation": a company's price, none of ours
    own = own_noun(ctx, a, sent)  # "$41 million in sales volume", "fees totalled $9.8M"
    if own and not _not_moved(ctx, a, own, sent, triggers):
        if own.metric == M.PARTICIPANTS and _destination(ctx, a, own, sent):
            return M.OTHER, 1.0  # "moved coins through 14 self-custody wallets": where funds went
        if own.moved:
            return _change_metric(own.metric, a, ctx.text[own.start : own.end]), 1.0
        return named_flow(ctx, a, own.metric), 1.0
    if bound_figure(ctx, a, sent):
        return M.OTHER, 1.0  # "a $10,000 reporting threshold", "may spend no more than $2,000"
    if (head := unknown_head(ctx, a, sent)) and not _cue_in_clause(ctx, a, sent, triggers, head):
        # "$1.1 billion in distributions ... as the price sank 8%"; what refines a figure of
        # no metric still does ("invested $2.7 billion in crypto companies" was raised)
        return refine(ctx, a, M.OTHER, triggers), 1.0
    if a.kind == "count" and frequency_word().fullmatch(ctx.text, a.start, a.end):
        return M.OTHER, 1.0  # "a spike in active users twice this month": two occasions
    if a.kind in ("count", "number"):
        after = ctx.text[a.end : a.end + 30]
        before = ctx.text[max(sent[0], a.start - 40) : a.start]
        staff = workforce_before().search(before)
        people = participant_after().match(after)
        if people and people["addresses"] and destination_before().search(before):
            people = None  # "moved the ETH to 12 new wallets": where funds went
        if people and _other_line(ctx, a.start, a.end + people.end() - 1):
            people = None  # "- Tokens burned: 1.2M" over "- Validators: 1,510": another item
        if staff:
            return M.OTHER, 1.0  # "grow its headcount to about 120 people": staff, none of ours
        if people or _participant_label(ctx, a):
            return M.PARTICIPANTS, 1.0
        stack = _coin_stack(ctx, a, triggers, sent)
        counted = counted_after().match(after)
        if counted and not (stack and "\n" in counted.group()):
            return M.OTHER, 1.0  # a count of shares, rounds or hacks measures none of ours
        if a.kind == "number" and (flow := _coin_flow(ctx, a, triggers, sent)):
            return flow, 1.0  # "Bitcoin inflows were 76,823": coins, the unit left unwritten
        if stack:  # the next line's words are no noun of a count of coins held
            return M.HOLDINGS, 1.0  # "added 3,081 bitcoin, bringing stack to nearly 632.5k"
    if labelled := _label_quantity(ctx, a, triggers):
        return refine(ctx, a, labelled, triggers), 1.0  # "• Holdings: 687,410 BTC (~3.3% ...)"
    if _coin_row_price(ctx, a, triggers):
        return M.PRICE, 1.0  # "- Dogecoin (DOGE): ₹14.92 | -1.8%": a price list's row
    if a.kind == "percent" and percent_comparative().match(ctx.text, a.end):
        # "traded over 5% higher": a move, of what the clause names by a noun
        noun, _ = _clause_quantity(
            ctx, a.start, [m for m in triggers if not _money_only(ctx, a, m)]
        )
        if noun is None:
            return M.PRICE_CHANGE, 1.0
        return _change_metric(noun.value, a, ctx.text[noun.start : noun.end]), 1.0
    if a.kind == "percent" and (restated := _restated_move(ctx, a, sent)):
        return restated, 1.0  # "totaling $4.5 billion, which represents a 22% decrease"
    if mover := moving_word(ctx, a, sent):
        return _moved(ctx, a, mover, triggers), 1.0
    if a.kind == "percent" and from_peak().match(ctx.text, a.end):
        return refine(ctx, a, M.PRICE_CHANGE, triggers), 1.0  # "20% below its all-time high"
    if a.kind == "percent" and _market_losses(ctx, a, triggers, before_only=True):
        # "intraday losses deepened to 9% as liquidations mounted": how far a coin fell
        return refine(ctx, a, M.PRICE_CHANGE, triggers), 1.0
    if a.kind == "money" and (verb := _money_moved_by(ctx, a, triggers)):
        return _moved(ctx, a, verb, triggers), 1.0  # "Bitcoin plummets $9k as tariffs bite"
    if a.kind == "money" and a.value < 1e6 and _coin_changed_by(ctx, a, sent):
        return M.PRICE_CHANGE, 1.0  # "Ether lost $300 in value overnight"
    if a.kind == "money" and (valued := _valued_coins(ctx, a, sent)):
        return valued, 1.0
    if a.kind in ("money", "crypto") and (level := _level_after_move(ctx, a, sent)):
        return level, 1.0
    if _paid_per_coin(ctx, a, triggers):
        return M.AVERAGE_COST, 1.0  # "Strategy invests $1.25B in Bitcoin at $91M"
    if (
        _price_level(ctx, a, triggers)
        and not _costs_named(ctx, triggers)
        and not _named_quantity(ctx, a, triggers)
        and not _unit_price(ctx, a, triggers)
    ):
        return M.PRICE, 1.0
    if subject := _copula_subject(ctx, a, triggers):
        return refine(ctx, a, subject.value, triggers), 1.0
    if referred := _referred_figure(ctx, a, sent):
        return referred, 1.0  # "The $8.5 billion figure marks a 52% monthly increase"
    scored = [(_score(ctx, a, m), m.value, m) for m in triggers if _applies(ctx, a, m)]
    scored = _own_part(ctx, a, scored)
    if not scored:
        if a.kind == "percent" and (level := _level_moved(ctx, a, a.start)):
            return level, 1.0  # "Total card spend reached $1.04 billion, up 38%"
        if a.kind == "percent" and a.sign:
            return refine(ctx, a, M.PRICE_CHANGE, triggers), _SURE  # a table row's "-12.8%"
        if cap := _moved_cap(ctx, a, triggers):
            return cap, _SURE  # "the memecoin sector surged to $68 billion"
        return refine(ctx, a, M.OTHER, triggers), 0.0
    score, chosen, cue = max(scored, key=lambda x: (x[0], x[1]))
    if chosen in (M.PRICE, M.PRICE_CHANGE) and (level := _level_of_named(ctx, a, cue, triggers)):
        return level, score  # "the average cash cost ... has climbed to about $84,300"
    if chosen == M.PRICE_CHANGE and a.kind == "percent":
        # a change word further off moves what its clause names ("Core CPI ... was higher
        # than the month prior at 0.4%"), like one right beside the figure
        return _moved(ctx, a, cue, triggers), score
    return refine(ctx, a, chosen, triggers), score


_EARNED = (M.REVENUE, M.FEES)


def _earned_per_unit(ctx: Context, a: Amount, sent: Span, triggers: list[Mention]) -> bool:
    """The sentence's subject, its first quantity noun before the figure, names what a unit
    earns ("Hashprice, the expected daily revenue per petahash, slumped to $38.40 per PH/s"):
    revenue, not the price of a unit."""
    named = [
        m for m in triggers if sent[0] <= m.start and m.end <= a.start and names_quantity(ctx, m)
    ]
    return bool(named) and named[0].value in _EARNED


def _not_moved(ctx: Context, a: Amount, own: OwnNoun, sent: Span, triggers: list[Mention]) -> bool:
    """Coins a verb of moving takes as object are a transfer's value, unless the word is a
    noun ("the transfer of 141,686 BTC": the rules of its sentence read the figure) or the
    clause tells a theft ("the attacker moved 9,300 ETH stolen in the exploit") or a fund's
    flow ("investors moved 4,200 BTC out of spot bitcoin ETFs": coins leaving a fund)."""
    if not own.by_verb or own.metric != M.TRANSACTION_VALUE or own.end > a.start:
        return False
    if _OF_FIRST.match(ctx.text, own.end, a.start):
        return True
    start, end = clause_of(ctx, a, sent)
    return any(m.value in _KEPT_READINGS and start <= m.start < end for m in triggers)


_OF_FIRST = re.compile(r"(?i)\s+of\b")
_KEPT_READINGS = (M.HACK_AMOUNT, M.ETF_FLOW)  # a clause's theft or fund flow reads moved coins


def _referred_figure(ctx: Context, a: Amount, sent: Span) -> str | None:
    """What a figure written as a reference to one told before measures ("The $4 trillion
    milestone comes amid a wider rally"): what the same figure measured where it was told
    with a cue, else the quantity the sentence before names ("... so did its futures open
    interest. The $8.5 billion figure marks a 52% monthly increase")."""
    end = _reference_end(ctx, a, sent)
    if end is None:
        return None
    told_before = [
        x for x in reversed(ctx.amounts_in((0, a.start))) if x.unit == a.unit and x.start != a.start
    ]
    same = [x for x in told_before if x.value == a.value]
    # the same figure, else, where none has its value and the figure names no quantity of
    # its own ("the $4 billion milestone for the stablecoin supply"), its digits told a
    # scale word away ("the $4 billion milestone" after "$4 trillion": a slip of scale
    # still points back to the figure it repeats)
    own = _OWN_QUANTITY.match(ctx.text, end)
    slipped = [] if same or own else [x for x in told_before if scale_apart(x, a)]
    for x in same or slipped:
        told, score = ctx.remember("told_metric", x.start, partial(_told, ctx, x))
        if told != M.OTHER and score >= _SURE:
            return told
    if same:
        return None  # it repeats a figure told without a quantity of its own
    end = len(ctx.text[: sent[0]].rstrip())
    previous = ctx.sentence_of(end - 1) if end else None
    if previous is None or previous[1] > sent[0] or previous[1] - previous[0] <= 1:
        return None
    named = [
        m
        for m in ctx.in_span("metric", previous)
        if names_quantity(ctx, m) and not ranks(ctx, m) and _applies(ctx, a, m)
    ]
    return max(named, key=lambda m: (_trigger(ctx, m)[0], m.end)).value if named else None


def refers_back(ctx: Context, a: Amount, sent: Span) -> bool:
    """The figure is written as a reference to one told before ("The $8.5 billion figure",
    "Of this $4.9 billion, ..."): it takes that figure's reading and lends it no coin."""
    return _reference_end(ctx, a, sent) is not None


def _reference_end(ctx: Context, a: Amount, sent: Span) -> int | None:
    """Where a figure written as a reference ends: after its figure noun ("The $8.5 billion
    figure"), or right after the figure that "this" or "that" points back to with no noun
    ("In this record-setting $107 million, fees comprised ..."); None for any other figure."""
    before, after = figure_reference()
    if before.search(ctx.text, max(sent[0], a.start - 8), a.start):
        noun = after.match(ctx.text, a.end)
        if noun:
            return noun.end()
    bare_before, bare_after = bare_reference()
    if not bare_after.match(ctx.text, a.end):
        return None  # the phrase's end first: few figures have a comma right after them
    start = max(sent[0], a.start - _BARE_REACH)
    bare = bare_before.search(ctx.text, start, a.start)
    if bare is None:
        return None
    opens = not ctx.text[sent[0] : bare.start("det")].strip(_OPENING_MARKS)
    return a.end if bare["opener"] or opens else None


_BARE_REACH = 60  # characters: a word before "this", "this" and two modifiers
_OPENING_MARKS = " \t\n\"'\u201c\u2018("


_OWN_QUANTITY = re.compile(r"(?i)\s+(?:for|of|in)\s")  # "the $4 billion milestone for ..."


def scale_apart(x: Amount, a: Amount) -> bool:
    """The two figures have the same digits a factor of a thousand or a million apart."""
    if not x.value or not a.value:
        return False
    ratio = max(x.value, a.value) / min(x.value, a.value)
    return any(abs(ratio - factor) < factor * 1e-9 for factor in (1e3, 1e6))


def _told(ctx: Context, a: Amount) -> tuple[str, float]:
    return metric(ctx, a, ctx.sentence_of(a.start))


def _own_part(
    ctx: Context, a: Amount, scored: list[tuple[float, str, Mention]]
) -> list[tuple[float, str, Mention]]:
    """The cues of the amount's own part of a sentence split by semicolons, where that part
    has any: a semicolon joins two statements, and a quantity the next one names ("ETFs bled
    $4.4B; AUM near $1B is down") measures its own figures, not this one."""
    if len(scored) < 2 or ";" not in ctx.text[slice(*ctx.sentence_of(a.start))]:
        return scored
    own = [x for x in scored if ";" not in gap(ctx, a, x[2])]
    return own or scored


def _costs_named(ctx: Context, triggers: list[Mention]) -> bool:
    """A cost basis or a mining cost is named ("a low of $0.877 per coin" is a price)."""
    return any(
        m.value in (M.AVERAGE_COST, M.MINING_COST)
        and _trigger(ctx, m)[0] >= 1
        and not lemma_phrase(m.key).startswith("per ")
        for m in triggers
    )


_AND_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")


def _coordinated(ctx: Context, a: Amount, sent: Span) -> Amount | None:
    """The figure a bare number is coordinated with, whose reading it shares: the coin
    amount right after it that lends it its unit ("bought back 30,052 and 26,729 BTC"), or
    the bare number right before it ("inflows were 76,823 and 71,570")."""
    after = ctx.amounts_in((a.end, sent[1]))[:1]
    if after and after[0].kind == "crypto" and _AND_BETWEEN.match(ctx.text, a.end, after[0].start):
        return after[0]
    before = ctx.amounts_in((sent[0], a.start))[-1:]
    if (
        before
        and before[0].kind == "number"
        and _AND_BETWEEN.match(ctx.text, before[0].end, a.start)
    ):
        return before[0]
    return None


_FLOWS = (M.FUND_FLOW, M.ETF_FLOW)


def _coin_flow(ctx: Context, a: Amount, triggers: list[Mention], sent: Span) -> str | None:
    """A bare number that a flow word governs, in a sentence that names a coin, counts coins
    that flowed ("Bitcoin inflows were 76,823"); a fund named nearby makes it an ETF's."""
    if not any(m.value in _FLOWS for m in ctx.in_span("metric", clause_of(ctx, a, sent))):
        return None
    if _PART_OF.match(ctx.text, a.end) or funds_after().match(ctx.text, a.end):
        return None  # "inflows on 12 of the last 15 days", "from the 11 spot ETFs" count
    flows = [m for m in triggers if m.value in _FLOWS and _flow_word(ctx, m)]
    near = [
        m
        for m in flows
        if m.end <= a.start and a.start - m.end <= _FLOW_REACH and not boundaries(gap(ctx, a, m))
    ]
    if not near or not _coins_named(ctx, sent):
        return None
    return M.ETF_FLOW if _etf_context(ctx, a) else M.FUND_FLOW


_PART_OF = re.compile(r"(?i)\s+(?:of|out\s+of)\b")


def _coin_stack(ctx: Context, a: Amount, triggers: list[Mention], sent: Span) -> bool:
    """A bare count right after a noun of holdings, in a sentence that names a coin, counts
    the coins held ("bringing stack to nearly 632.5k", "its holdings to 687,410")."""
    held = [
        m
        for m in triggers
        if m.value == M.HOLDINGS
        and names_quantity(ctx, m)
        and m.end <= a.start
        and a.start - m.end <= _FLOW_REACH
        and not boundaries(gap(ctx, a, m))
    ]
    return bool(held) and _coins_named(ctx, sent)


_FLOW_REACH = 25  # characters from a flow word to its figure: "inflows were", "outflows of"


def _coins_named(ctx: Context, span: Span) -> bool:
    return any(m.asset_kind in ("crypto", "stablecoin") for m in ctx.in_span("asset", span))


def _copula_subject(ctx: Context, a: Amount, triggers: list[Mention]) -> Mention | None:
    """The quantity the subject of "<subject> was $X" names by its head noun, the first
    quantity word of the clause ("The average price per Bitcoin in this purchase was
    $91,519" is an average price, not a purchase): nouns of the phrases attached to the
    head do not measure the amount."""
    copula = copula_before().search(ctx.text, max(0, a.start - 40), a.start)
    if copula is None:
        return _appositive_subject(ctx, a, triggers)
    start = clause_of(ctx, a, ctx.sentence_of(a.start))[0]
    named = [
        m
        for m in triggers
        if start <= m.start
        and m.end <= copula.start()
        and names_quantity(ctx, m)
        and _applies(ctx, a, m)
    ]
    return named[0] if named else None


_APPOSITIVE_REACH = 50  # characters of the noun phrase before ", valued at"


def _appositive_subject(ctx: Context, a: Amount, triggers: list[Mention]) -> Mention | None:
    """The quantity named by a strong noun in the phrase an appositive value sizes ("The most
    significant single liquidation order, valued at $16.38 million"), unless a figure stands
    in that phrase (coins valued: "13,600 Bitcoin, valued at over $1.2 billion")."""
    link = appositive_value().search(ctx.text, max(0, a.start - 40), a.start)
    if link is None:
        return None
    sent = ctx.sentence_of(a.start)
    start = max(sent[0], link.start() - _APPOSITIVE_REACH)
    if ctx.amounts_in((start, link.start())):
        return None
    named = [
        m
        for m in triggers
        if start <= m.start
        and m.end <= link.start()
        and _trigger(ctx, m)[0] >= _NAMES_OTHER
        and names_quantity(ctx, m)
        and _applies(ctx, a, m)
        and not boundaries(ctx.text[m.end : link.start()])
    ]
    return named[-1] if named else None


def _settled_at(ctx: Context, m: Mention) -> bool:
    """ "Bitcoin settled at $67,000": a level a price settled at, no legal settlement."""
    return settled_level().match(ctx.text, m.end) is not None


_LIST_ITEM = re.compile(r"^\)\s*,?\s*(?:and\s+|or\s+)?[^()\n.;:]{1,50}\(\s*$")


def listed_after(ctx: Context, a: Amount, sent: Span) -> Amount | None:
    """The figure before this one in a list of parenthesized figures after names ("Franklin's
    EZBC ($31.4 million), Invesco's BTCO ($12.2 million) and ..."), of the same kind: the
    items share one reading."""
    if ctx.text[a.start - 1 : a.start] != "(":
        return None
    before = ctx.amounts_in((sent[0], a.start))
    if not before or before[-1].kind != a.kind or ctx.text[before[-1].start - 1] != "(":
        return None
    return before[-1] if _LIST_ITEM.match(ctx.text[before[-1].end : a.start]) else None


@per_lexicon
def _to_level() -> re.Pattern[str]:
    """ "to" and a hedge between a percentage move and the level it led to."""
    return re.compile(
        rf"(?i)^\s+to\s+(?:(?:{cue_words('approximators')}|over)\s+)?"
        r"(?:an?\s+(?:combined\s+|total\s+(?:of\s+)?|record\s+))?~?$"
    )


_LEVEL_OF_CHANGE = {M.PRICE_CHANGE: M.PRICE, M.MARKET_CAP_CHANGE: M.MARKET_CAP}


def _level_after_move(ctx: Context, a: Amount, sent: Span) -> str | None:
    """The level a percentage move ended at is a level of what moved ("volume rose 12.4% to
    $8.2 million", "market cap fell 2.4% to $2.3 trillion"), however far its change word
    stands ("volume surging by an impressive 289% to $60 billion")."""
    before = ctx.amounts_in((sent[0], a.start))
    if not before or before[-1].kind != "percent":
        return None
    move = before[-1]
    if not _to_level().match(ctx.text[move.end : a.start]):
        return None
    moved = ctx.remember("moved_metric", move.start, lambda: metric(ctx, move, sent)[0])
    level = _LEVEL_OF_CHANGE.get(moved, moved)
    if level == M.PRICE and _too_big_for_price(a):
        return M.MARKET_CAP  # "DeFi tokens surged 12% to a combined $95 billion"
    return level if level != M.OTHER and fits(level, a) else None


def _restated_move(ctx: Context, a: Amount, sent: Span) -> str | None:
    """A percentage set after a figure as its move (", which represents a 22% decrease",
    ", an 121% increase in four weeks", "in digital assets, up nearly 30%") is a move of
    what that figure measures, and one set after it as its share (", making up 31.27%") is a
    share of a whole of that kind; a price or other figure before it leaves the usual rules."""
    before = ctx.amounts_in((sent[0], a.start))
    if not before or before[-1].kind == "percent":
        return None
    link = restated_move_link().match(ctx.text[before[-1].end : a.start])
    noun = move_noun_after().match(ctx.text, a.end)
    if not link or not (link["signed"] or link["share"] or noun):
        return None
    if noun and (of := _MOVED_AFTER.match(ctx.text, noun.end())):
        named = ctx.in_span("metric", (of.end(), of.end() + 1))
        if any(m.start == of.end() and names_quantity(ctx, m) for m in named):
            return None  # "a 22% decrease in funding" names what moved itself
    figure = before[-1]
    measured = ctx.remember("restated_metric", figure.start, lambda: metric(ctx, figure, sent)[0])
    if measured in (M.OTHER, M.PRICE, M.PRICE_CHANGE, *_PRICE_LIKE, *_EVENTS):
        return None
    if link["share"] and not noun:
        # "524 million XRP contracts, making up 31.27%": its share of a whole of its kind
        return measured if measured != M.HOLDINGS and fits(measured, a) else None
    if measured == M.HOLDINGS:
        return measured  # holdings move by a percentage only when one restates them
    changed = _change_metric(measured, a)
    return changed if changed != M.OTHER else None


_VALUED_LIKE_COINS = (
    M.FUND_FLOW,
    M.ETF_FLOW,
    M.HACK_AMOUNT,
    M.LIQUIDATIONS,
    M.RESERVES,
    M.REVENUE,
    M.FEES,
    M.TRANSACTION_VALUE,  # "moved 6,450 BTC, worth roughly $710 million": the transfer's value
)


def _valued_coins(ctx: Context, a: Amount, sent: Span) -> str | None:
    """The dollar value written right after coins that flowed, were stolen, earned, moved or
    are an exchange's reserves measures what the coins measure ("617,000 BTC, currently worth
    $37.97 billion, have moved out of exchanges"); held or bought coins keep the rules for
    holdings and purchases."""
    coins = [x for x in ctx.amounts_in((sent[0], a.start)) if x.kind == "crypto"]
    if not coins or not coin_value().match(ctx.text[coins[-1].end : a.start]):
        return None
    c = coins[-1]
    measured = ctx.remember("coin_metric", c.start, lambda: metric(ctx, c, sent)[0])
    return measured if measured in _VALUED_LIKE_COINS else None


_SURE = 0.15  # a score from which a metric is taken as named, not guessed
_LABEL = re.compile(r"[•*▪◦·‣–-]?\s*(?P<label>[A-Za-z][^:\n]{0,50}?)\s?:\s*[~≈<>+]?\s*$")


def _label_quantity(ctx: Context, a: Amount, triggers: list[Mention]) -> str | None:
    """The quantity a label line names for the figure right after its colon ("• Holdings:
    687,410 BTC (~3.3% of total supply)"): the label's strongest quantity noun that fits
    the figure decides, whatever the words after it say."""
    label = _label_of(ctx, a)
    if label is None:
        return None
    if own := span_noun(ctx, label, a):
        return own  # the label's own head noun first ("Stakers: 950,000"), as a header's
    start, end = label
    named = [
        m
        for m in triggers
        if start <= m.start
        and m.end <= end
        and names_quantity(ctx, m)
        and m.value != M.OTHER
        and fits(m.value, a)
        and _applies(ctx, a, m)
    ]
    return max(named, key=lambda m: _trigger(ctx, m)[0]).value if named else None


def _participant_label(ctx: Context, a: Amount) -> bool:
    """A count under a label that names participants ("• Traders liquidated: 241,370")."""
    label = _label_of(ctx, a)
    return (
        label is not None and participant_after().search(" " + ctx.text[slice(*label)]) is not None
    )


_TICKER_IN_BRACKETS = re.compile(r"\s*\([A-Z0-9$]{2,10}\)\s*")


def _coin_row_price(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """Money after a label that is a coin's name alone ("- Dogecoin (DOGE): ₹14.92"), no
    metric word on its line nor on the lead line above its list: a price list's row. A
    lead that names a quantity ("Liquidations by coin:") leaves the row to it."""
    if a.kind != "money" or not fits(M.PRICE, a):
        return False
    label = _label_of(ctx, a)
    line = ctx.line_at(a.start)
    if label is None or line is None:
        return False
    coins = [m for m in ctx.in_span("asset", label) if m.asset_kind in ("crypto", "stablecoin")]
    name = _TICKER_IN_BRACKETS.sub(" ", ctx.text[label[0] : label[1]]).strip()
    if (
        len({m.value for m in coins}) != 1
        or name.lower() != ctx.text[coins[0].start : coins[0].end].lower()
    ):
        return False
    if any(line.start <= m.start < line.end for m in triggers):
        return False
    if sorted_by_network(ctx, line):
        return False  # "Funds drained per network:" over "- Optimism: $4.2 million": a place
    lead = _lead_of_list(ctx, line)
    return lead is None or not any(
        names_quantity(ctx, m) for m in ctx.in_span("metric", lead) if m.value != M.PRICE
    )


def _lead_of_list(ctx: Context, line: Line) -> Span | None:
    """The lead line of the list holding ``line`` ("Prices at 10 am IST:", lines.ListBlocks)."""
    lead = ctx.list_blocks.lead(line)
    return None if lead is None else lead.span


def _other_line(ctx: Context, here: int, there: int) -> bool:
    """``there`` is on another line than ``here`` and one of the two stands in a list or a
    table (an item, a label line, a row): a word there belongs to another entry. Prose
    wrapped over two lines reads on."""
    own, other = ctx.line_at(here), ctx.line_at(there)
    if own is None or other is None or own.start == other.start:
        return False
    return any(line.is_item or line.kind == "row" for line in (own, other))


def _label_of(ctx: Context, a: Amount) -> Span | None:
    """The label a figure stands right after on its line ("• Holdings: 687,410 BTC", an
    indented bullet too), by its span."""
    if ":" not in ctx.text[max(0, a.start - 8) : a.start]:
        return None  # no label's colon right before the figure
    line_start = line_bounds(ctx.text, ctx.lines).start(a.start)
    while line_start < a.start and ctx.text[line_start] in " \t":
        line_start += 1  # an indented bullet
    label = _LABEL.fullmatch(ctx.text, line_start, a.start)
    return label.span("label") if label else None


_MOVED_AFTER = re.compile(r"(?i)\s*(?:in|of)\s+(?:the\s+|its\s+|their\s+)?")  # used with match()
_NAMES_A_QUANTITY = 0.8  # weaker triggers are verbs and particles ("for", "saw"), not nouns


def _moved(ctx: Context, a: Amount, mover: Mention, triggers: list[Mention]) -> str:
    """What a percentage move is a move of: the quantity named in the mover's clause ("CPI
    rose 0.5%" is no price change, "funding dropped 22%" is funding, "open interest climbed
    8%" open interest); an asset, or nothing named, makes it a price change."""
    first = min(mover.start, a.start)
    # a word meant for money amounts only names no quantity a percentage moves ("down 1.5%
    # ahead of Friday's options expiry" is the coin's move, the expiry's figure is money)
    triggers = [m for m in triggers if not _money_only(ctx, a, m)]
    after = _MOVED_AFTER.match(ctx.text, max(mover.end, a.end))  # "a 22% decrease in funding"
    if after:
        if coin_at(ctx, after.end()):  # "a 30% jump in Bitcoin's price"
            return refine(ctx, a, M.PRICE_CHANGE, triggers)
        named = [m for m in triggers if m.start == after.end() and names_quantity(ctx, m)]
        if named:
            return _change_metric(named[0].value, a, ctx.text[named[0].start : named[0].end])
    nearest, _ = _clause_quantity(ctx, first, triggers)
    if nearest:
        return _change_metric(nearest.value, a, ctx.text[nearest.start : nearest.end])
    if level := _level_moved(ctx, a, first):
        return level  # "Card spend reached $1.04 billion, up 38%": the spend moved
    return refine(ctx, a, M.PRICE_CHANGE, triggers)


@per_lexicon
def _right_after_level() -> re.Pattern[str]:
    """ "$1.04 billion, up 38%", "$3.1 million, a 5% drop": a comma and a link word."""
    return re.compile(rf"(?i)\s*,\s*(?:(?:{cue_words('level_move_links')})\s+)?~?")


def _level_moved(ctx: Context, a: Amount, first: int) -> str | None:
    """A move set right after a level figure whose own noun names its quantity is a move of
    that quantity ("Total card spend reached $1.04 billion, up 38% from a year earlier"); a
    price level leaves it to the price rules."""
    sent = ctx.sentence_of(a.start)
    before = [x for x in ctx.amounts_in((sent[0], first)) if x.end <= first]
    if not before or not _right_after_level().fullmatch(ctx.text, before[-1].end, first):
        return None
    own = own_noun(ctx, before[-1], sent)
    if own is None or own.metric in (M.PRICE, M.OTHER) or not fits(own.metric, before[-1]):
        return None
    moved = _change_metric(own.metric, a, ctx.text[own.start : own.end])
    return own.metric if moved == M.OTHER else moved  # a move in % keeps its whole's metric


def _level_of_named(ctx: Context, a: Amount, mover: Mention, triggers: list[Mention]) -> str | None:
    """A money level a move led to ("has climbed to about $84,300") is a level of the
    quantity the mover's clause names before it ("the average cash cost to produce one
    bitcoin") by a strong noun, when that is one a money level can be; a coin or nothing
    named leaves it a price."""
    before = ctx.text[max(0, a.start - 40) : a.start]
    if a.kind != "money" or mover.end > a.start or not _level_before().search(before):
        return None
    start = clause_of(ctx, a, ctx.sentence_of(a.start))[0]
    # a price noun as strong as the word before it names the level itself ("raised its price
    # target on Coinbase to $410"): the verb before it names no other quantity
    floor = max(_NAMES_OTHER, _trigger(ctx, mover)[0])
    named = [
        m
        for m in triggers
        if start <= m.start
        and m.end <= mover.start
        and m.value not in (M.PRICE, M.PRICE_CHANGE, M.MARKET_CAP)
        and _trigger(ctx, m)[0] >= floor
        and fits(m.value, a)
        and _kind_fits(ctx, a, m)
        and not ranks(ctx, m)
    ]
    return max(named, key=lambda m: _trigger(ctx, m)[0]).value if named else None


def _clause_quantity(
    ctx: Context, first: int, triggers: list[Mention]
) -> tuple[Mention | None, bool]:
    """The quantity named before ``first`` in its clause (the head noun, the strongest word,
    first: "trading volume for spot ETFs"; then the nearest), unless an asset named after it
    is what moved; and whether the clause names an asset at all."""
    clause_start = first
    sent = ctx.sentence_of(first)
    opener = None
    for match in _CLAUSE_START.finditer(ctx.text, sent[0], first):
        clause_start, opener = match.end(), match
    if clause_start == first:
        clause_start, opener = sent[0], None
    assets = [m for m in ctx.in_span("asset", (clause_start, first)) if m.asset_kind != "scope"]
    quantities = [
        m
        for m in triggers
        if clause_start <= m.start
        and m.end <= first
        and names_quantity(ctx, m)
        and not ranks(ctx, m)
        and not any(x.start <= m.start < x.end for x in assets)  # "Dow Jones Industrial Average"
    ]
    nearest = max(quantities, key=lambda m: (_trigger(ctx, m)[0], m.end), default=None)
    if nearest is None and opener and _THAT_OF.match(ctx.text, clause_start):
        # "the DeFi market cap increased 7.26% while that of stablecoins rose 0.14%"
        return _clause_quantity(ctx, opener.start(), triggers)
    if nearest and not (
        assets and assets[-1].end > nearest.end and not _qualifies(ctx, nearest, assets[-1])
    ):
        return nearest, True
    return None, bool(assets)


_THAT_OF = re.compile(r"(?i)\s*(?:that|those)\s+of\b")
_QUALIFIER_LINK = re.compile(r"(?i)\s+(?:for|of|on|in)\s+(?:the\s+|all\s+)?")


def _qualifies(ctx: Context, quantity: Mention, asset: Mention) -> bool:
    """The asset after a quantity noun is what the quantity is of, not what moved: a
    preposition links them directly ("the funding rate for ether perpetual futures")."""
    return _QUALIFIER_LINK.fullmatch(ctx.text, quantity.end, asset.start) is not None


def _compared(ctx: Context, a: Amount, triggers: list[Mention]) -> str:
    """What a multiple that compares two sizes is a change of ("more than doubled", "a
    fivefold increase", "4x larger than May's funding", "could rally 10x"): the quantity
    named right after it ("than May's funding"), else the one its clause names before it,
    else a coin's price where its clause names a coin. A leverage or a ratio to a value
    ("50x leverage", "1.6x its holdings") compares nothing and measures none of ours."""
    if not _compares(ctx, a, triggers):
        return M.OTHER
    end = clause_of(ctx, a, ctx.sentence_of(a.start))[1]
    after = [m for m in triggers if a.end <= m.start < end and names_quantity(ctx, m)]
    if after:
        return _compared_metric(after[0].value)
    before, coin = _clause_quantity(ctx, a.start, triggers)
    if before:
        return _compared_metric(before.value)
    return M.PRICE_CHANGE if coin else M.OTHER


def _compares(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """The multiple is the size of a rise or fall: a growth verb ("tripled"), a comparative
    or a compared size after it ("larger than", "the amount of"), or a change word beside
    it ("surge 100X", "a fivefold increase")."""
    comparative, compared, grown = multiple_patterns()
    after = ctx.text[a.end : a.end + 60]
    return bool(
        grown.match(ctx.text[a.start : a.end])
        or comparative.match(after)
        or compared.match(after)
        or any(_moves(ctx, a, m) for m in triggers)
    )


def _compared_metric(quantity: str) -> str:
    """The change of a compared quantity: a market cap's is a market cap change, a price's
    a price change; other quantities (volume, fees, funding) are their own changes."""
    if quantity == M.MARKET_CAP:
        return M.MARKET_CAP_CHANGE
    return M.PRICE_CHANGE if quantity in _PRICE_LIKE else quantity


_CLAUSE_START = re.compile(
    r"[;:–—]|,\s(?=(?:while|whereas|but|and|as|which|who)\b)|\b(?:while|whereas|which|who)\b"
)


_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+|its\s+|their\s+)?$")


def ranks(ctx: Context, m: Mention) -> bool:
    """A quantity named after "by" ranks what it follows ("the largest token by market cap",
    "the biggest exchange by volume"): no quantity that moves or is measured there."""
    return _BY_BEFORE.search(ctx.text, max(0, m.start - 12), m.start) is not None


def names_quantity(ctx: Context, m: Mention) -> bool:
    """A trigger that names what moved (a noun such as "funding" or M.PRICE), not how it
    moved or a weak particle ("for", "saw", "fell to")."""
    return m.value not in _EVENTS and _trigger(ctx, m)[0] >= _NAMES_A_QUANTITY


_PRICE_LIKE = (M.PRICE, M.AVERAGE_COST, M.MINING_COST)
_EVENTS = (M.PRICE_CHANGE, M.HACK_AMOUNT)  # a move or an attack is no quantity that moves


def _change_metric(quantity: str, a: Amount, named: str = "") -> str:
    """The metric of a move of ``quantity`` (``named``: the words naming it): a market cap's
    move is a market cap change, a price's (or a cost basis's) a price change."""
    if quantity == M.MARKET_CAP:
        return M.MARKET_CAP_CHANGE
    if quantity in _PRICE_LIKE:
        return M.PRICE_CHANGE
    if a.kind == "percent" and quantity == M.TRANSACTION_VALUE and _value_words().search(named):
        return quantity  # "transfer volume fell 6%" moved a value; "transactions fell 6%" a count
    return quantity if fits(quantity, a) else M.OTHER


def change_metric(quantity: str, a: Amount, named: str) -> str:
    """The metric of ``a`` as a move of ``quantity`` (``named``: the words naming it, a
    table's column header or row label beside a change column)."""
    return _change_metric(quantity, a, named)


@per_lexicon
def _value_words() -> re.Pattern[str]:
    """A word naming a sum of money moved ("volume", "spending"), not a count of moves."""
    return re.compile(rf"(?i)\b(?:{cue_words('moved_value_words')})\b")


_NAMES_OTHER = 1.2  # a trigger this strong is a noun naming the quantity ("transaction fees")


def _named_quantity(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """A quantity other than a price is named before the amount in its clause ("transaction
    fees hit a record average of $127.97"): the level is that quantity's, not a price."""
    return any(
        m.end <= a.start
        and m.value not in _PRICE_LIKE
        and m.value != M.PRICE_CHANGE
        and _trigger(ctx, m)[0] >= _NAMES_OTHER
        and fits(m.value, a)
        and _kind_fits(ctx, a, m)
        and not boundaries(gap(ctx, a, m))
        for m in triggers
    )


def _price_level(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """A per-unit price level: money written as a level ("slid to $66,400", "as low as
    $66,350", "the $2,000 mark", "between $60,000 and $65,000") under a million dollars, or,
    short of a market cap's size, one a coin itself is at ("Bitcoin briefly hits $61M")."""
    if a.kind != "money":
        return False
    before = ctx.text[max(0, a.start - 40) : a.start]
    after = ctx.text[a.end : a.end + 20]
    level = bool(_level_before().search(before) or _LEVEL_AFTER.match(after)) or (
        a.qualifier == "range"
    )
    if not level:
        return False
    if a.value < 1e6:
        return fits(M.PRICE, a)
    return not _too_big_for_price(a) and _coin_at_level(ctx, a, triggers)


def _coin_at_level(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """A coin is what reached a money level, a price written at the wrong scale: the coin
    (or its "'s price") is the subject of the price move, with at most an appositive or
    adverbs between them; no other quantity or event is named in the clause, the figure
    sizes no sum ("of", "worth" after it), and a thousand times the most the coin ever
    cost reaches the figure ("Bitcoin dropped below the $100m mark" is a price;
    "Ether's staking deposits climbed to $600 million", "Bitcoin fell to $400 million worth
    of sell orders", "Dogecoin surged past $900 million" and "Bitcoin miners' revenue slid
    to $30 million" are not)."""
    sent = ctx.sentence_of(a.start)
    coins = _coins_in(ctx, (sent[0], a.start)) or _coin_of_pronoun(ctx, sent)
    if not coins or _SUM_AFTER.match(ctx.text[a.end : a.end + 20]):
        return False
    moves = [
        m
        for m in triggers
        if m.start < a.start
        and m.value in (M.PRICE, M.PRICE_CHANGE)
        and not caps(ctx, m)
        and not ranks(ctx, m)
    ]
    subject: tuple[Mention, Mention] | None = None
    for coin in reversed(coins):  # the last coin whose move follows it as its subject's
        move = next((m for m in moves if m.start >= coin.end), None)
        if move is not None and subject_gap().match(ctx.text[coin.end : move.start]):
            subject = coin, move
            break
    if subject is None:
        return False
    coin, move = subject
    highest = highest_price(coin.value, underlying_coins().get(coin.value))
    if highest is None or a.value > _SLIP * highest:
        return False
    end = clause_of(ctx, a, sent)[1]
    return not any(
        m.value not in (*_PRICE_LIKE, M.PRICE_CHANGE) and not ranks(ctx, m)
        for m in triggers
        if move.start <= m.start < end
    )


def _coinless_millions(ctx: Context, a: Amount) -> bool:
    """Money of a million or more in a sentence that names no coin: no price moves by it
    (only a coin's price written at the wrong scale does: "Bitcoin plummets $9M")."""
    return a.kind == "money" and a.value >= 1e6 and not _coins_in(ctx, ctx.sentence_of(a.start))


def _coins_in(ctx: Context, span: Span) -> list[Mention]:
    """The coins named in ``span``, not as a figure's unit."""
    return [
        m
        for m in ctx.in_span("asset", span)
        if m.asset_kind == "crypto" and not ctx.amounts_in((m.start, m.end))
    ]


def _coin_of_pronoun(ctx: Context, sent: Span) -> list[Mention]:
    """The coin a sentence's opening "it" stands for: the one coin the sentence before it,
    in the same paragraph, names ("Bitcoin's price fell to as low as $59K ... But it was
    trading at over $60.3M"), placed at the pronoun; none when that sentence names several."""
    opening = pronoun_opening().match(ctx.text, sent[0], sent[1])
    if opening is None:
        return []
    last = len(ctx.text[: sent[0]].rstrip()) - 1  # the previous sentence's last character
    if last < 0:
        return []
    before = ctx.sentence_of(last)
    if ctx.paragraph_of(before[0]) != ctx.paragraph_of(sent[0]):
        return []
    named = _coins_in(ctx, before)
    if len({m.value for m in named}) != 1 or not _moved_subject(ctx, named, before):
        return []
    return [replace(named[0], start=opening.start(1), end=opening.end(1))]


def _moved_subject(ctx: Context, coins: list[Mention], sent: Span) -> bool:
    """One of ``coins`` is the subject of a price move in ``sent`` ("Bitcoin's price fell
    to $59K"), not a word of another subject ("Bitcoin miner Marathon Digital reported
    earnings", "its bitcoin position") or an object ("bought another 487 bitcoin")."""
    moves = [
        m
        for m in ctx.in_span("metric", sent)
        if m.value in (M.PRICE, M.PRICE_CHANGE) and not caps(ctx, m) and not ranks(ctx, m)
    ]
    return any(
        subject_gap().match(ctx.text[coin.end : move.start])
        for coin in coins
        for move in moves
        if move.start >= coin.end
    )


_SLIP = 1_500  # a thousand times the coin's dearest price, with room for a new high
_SUM_AFTER = re.compile(r"(?i)^\s*(?:of|worth)\b")


def _share_of(ctx: Context, a: Amount, triggers: list[Mention]) -> str | None:
    """A percentage "of" something: the metric named right there ("5% of the open
    interest"), or a share of a coin ("of Bitcoin’s market cap", "of all Bitcoin")."""
    of = OF_AFTER.match(ctx.text[a.end : a.end + 30])
    if not of:
        return None
    pos = a.end + of.end()
    for m in triggers:
        kinds = _trigger(ctx, m)[1]  # "86% of the losses" is no share of a flow (money only)
        named = m.start == pos and m.value != M.PRICE_CHANGE and fits(m.value, a)
        if named and (kinds is None or a.kind in kinds):
            return m.value
        if m.start == pos and _moved_value_share(ctx, a, m):
            return m.value  # "38% of TPV", "63% of merchant payouts": a share of money moved
    if participants_of().match(ctx.text[pos : pos + 50]):
        return M.PARTICIPANTS  # "41% of all crypto users", "18% of the traders liquidated"
    if coin_at(ctx, pos) or coin_amount_at(ctx, pos):
        whose = [m for m in triggers if pos < m.start <= pos + 30 and fits(m.value, a)]
        return whose[0].value if whose else M.SUPPLY  # "of Bitcoin’s market cap"
    return None


def _moved_value_share(ctx: Context, a: Amount, m: Mention) -> bool:
    """A percentage of a sum of money moved by payments ("of TPV", "of merchant payouts",
    "of payment volume"): the share keeps the whole's metric, as FORMAT.md's shares do,
    though a transaction value is otherwise told in money only."""
    return (
        a.kind == "percent"
        and m.value == M.TRANSACTION_VALUE
        and bool(_value_words().search(ctx.text, m.start, m.end))
    )


def _kind_fits(ctx: Context, a: Amount, m: Mention) -> bool:
    """A word meant for some kinds of figure names no other ("a 40% chance" names the
    percentage, not the "$150,000" bitcoin may end the year above)."""
    kinds = _trigger(ctx, m)[1]
    return kinds is None or a.kind in kinds


def _money_only(ctx: Context, a: Amount, m: Mention) -> bool:
    """The word names money amounts only, and this figure is none."""
    return a.kind != "money" and _trigger(ctx, m)[1] == {"money"}


def _applies(ctx: Context, a: Amount, m: Mention) -> bool:
    """The trigger can govern this amount: its metric fits the amount, and the word fits it
    ("bought" + BTC is holdings, "bought" + $ a transaction); flows need a fund nearby."""
    kinds = _trigger(ctx, m)[1]
    if kinds is not None and a.kind not in kinds:
        return False
    if caps(ctx, m):
        return False  # "up to 10%" is a bound, not a rise
    if _sized_noun(m) and not _sizes(ctx, a, m):
        return False  # "a resolution to spend $12 million" is no "$4.3 billion resolution"
    if m.value == M.HOLDINGS and _held_level(ctx, a, m):
        return False  # "holding at 70", "held above $60,000": a level, no holdings
    if m.value == M.FUND_FLOW and not _flow_word(ctx, m) and not _fund_context(ctx, a):
        return False  # "added", "lost": flows only where funds are talked about
    if m.value in (M.FUND_FLOW, M.LOSS) and _trigger(ctx, m)[0] < 1 and _topical(ctx, a, m):
        return False  # "lost $2.65 million ... as traders were liquidated": the topic decides
    if m.value == M.PRICE_CHANGE and a.kind == "money" and _apart_from_move(ctx, a, m):
        return False  # "Despite the rebound, ... the $6 million invested": no move's size
    if m.value == M.PRICE_CHANGE and _coinless_millions(ctx, a):
        return False  # "trailing only March's $3.5 million surge": no coin's price moved
    if _sufficed_for(ctx, a, m):
        return False  # "$20 billion, enough to cover the theft losses": not what it measures
    if m.start >= a.end and _condition_between().search(ctx.text, a.end, m.start):
        return False  # "nearly $89,000 if inflows into ETFs resume": the flow is the condition's
    if _level_reached(ctx, a, m):
        return False  # "Bitcoin washed out to $57,000": the level it fell to, no sum closed
    if _named_for_next(ctx, a, m):
        return False  # "for $1.25 million at an average price of $91,519": the price's word
    if m.value == M.OPEN_INTEREST and not _open_options(ctx, m):
        return False  # "futures traded $12 billion in notional": a measure of the volume
    return fits(m.value, a)


_LEVEL_REACHED = re.compile(
    r"\s+(?:to|at|near|around|below|under|above)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?"
)
_CLOSING_VERB = re.compile(r"(?i)(?:ed|out)$")  # "liquidated", "washed out", "margin-called"


def _level_reached(ctx: Context, a: Amount, m: Mention) -> bool:
    """A verb of forced closing right before "to", "at" or "below" and the figure: the figure
    is a level the market reached ("flushed out to $2,410", "liquidated at $58,300"), no sum
    that was closed. The noun keeps its figure ("Liquidations near $1 billion")."""
    return (
        m.value == M.LIQUIDATIONS
        and bool(_CLOSING_VERB.search(ctx.text[m.start : m.end]))
        and _LEVEL_REACHED.fullmatch(ctx.text, m.end, a.start) is not None
    )


@per_lexicon
def _condition_between() -> re.Pattern[str]:
    """A condition or concession opened between a figure and a later word ("if", "even as",
    ", should"): the word belongs to that clause, not to the figure."""
    return re.compile(rf"(?i)(?:(?<!\w)|(?=,))(?:{cue_words('trailing_conditions')})\b")


def _open_options(ctx: Context, m: Mention) -> bool:
    """The options' money a word names ("options worth", "in notional") is their open
    interest where its sentence names no trading volume ("Options worth $3 billion changed
    hands", "Deribit's daily options volume reached $4.5 billion in notional"), and, for
    a notional value, where its paragraph talks of options or their expiry."""
    if _trigger(ctx, m)[1] != {"money"}:
        return True  # "open interest", "contracts": no options money word
    sent = ctx.sentence_of(m.start)
    if any(t.value == M.TRADING_VOLUME for t in ctx.in_span("metric", sent)):
        return False
    return "notional" not in m.key or bool(
        options_word().search(ctx.text, *ctx.paragraph_of(m.start))
    )


_PER_UNIT = re.compile(r"(?i)\s*per\s+\S+")


@per_lexicon
def _names_next() -> re.Pattern[str]:
    """The words between a quantity word and the figure it names ("price of", "was about")."""
    return re.compile(rf"(?i)\s*(?:of|at|was|is|near|{cue_words('approximators')}|~)?\s*$")


def _named_for_next(ctx: Context, a: Amount, m: Mention) -> bool:
    """A quantity word after the figure right before another figure of its kind, or a "per"
    word right after one, names that figure ("for $1.25 million at an average price of
    $91,519 per bitcoin"; not "manages $57 billion, holding roughly
    812,000 BTC", where both are holdings); so does a noun a later figure of its kind
    sizes, only modifiers between them ("a $3.5 billion month driven by a $2 billion
    investment")."""
    if m.start < a.end:
        return False
    between = [x for x in ctx.amounts_in((a.end, m.start)) if x.kind == a.kind][-1:]
    if between and _PER_UNIT.fullmatch(ctx.text, between[0].end, m.end):
        return True  # "per bitcoin" prices the figure right before it
    if (
        between
        and _sizes(ctx, between[0], m)
        and not shared_noun().fullmatch(ctx.text, a.end, between[0].start)
    ):
        return True  # "... driven by Binance's $2 billion MGX investment": that figure's noun
    later = ctx.amounts_in((m.end, m.end + 16))[:1]
    return (
        bool(later)
        and later[0].kind == a.kind
        and _names_next().fullmatch(ctx.text, m.end, later[0].start) is not None
    )


_HOLDING_VERBS = ("hold", "held")  # word starts of holding, which buys nothing


@per_lexicon
def _sized_nouns() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.cue_phrases("sized_nouns"))


def _sized_noun(m: Mention) -> bool:
    """A noun that names what a figure measures only where the figure sizes it."""
    return _sized_key(m.key)


@per_lexicon
def _sized_key(key: str) -> bool:
    # one lemma reading per trigger key, not one per figure and trigger it is tried for
    return lemma_phrase(key) in _sized_nouns()


_SIZED_REACH = 30  # characters from the figure to the noun it sizes ("$3.4B Binance resolution")


def _sizes(ctx: Context, a: Amount, m: Mention) -> bool:
    """The figure stands right before the noun, only modifiers between ("a $4.3 billion
    resolution", "$3.1B exchange resolution"; not "$30 million of tokens under the
    resolution")."""
    between = ctx.text[a.end : m.start]
    return (
        a.end <= m.start
        and len(between) <= _SIZED_REACH
        and _MODIFIERS.fullmatch(between) is not None
        and not any(w.lower() in _FUNCTION_WORDS for w in re.findall(r"[A-Za-z]+", between))
    )


_MODIFIERS = re.compile(r"[\s\w-]*")
# Words that end a figure's modifiers before its noun; not spaCy's stop words, which also
# hold modifiers ("a $4.3 billion full resolution", "a $3.4B first resolution").
_FUNCTION_WORDS = frozenset(
    {"of", "under", "in", "for", "to", "the", "a", "an", "with", "by", "on", "at", "from"}
    | {"its", "their", "his", "her", "as", "and", "or", "over", "into", "after", "per"}
)


def _apart_from_move(ctx: Context, a: Amount, m: Mention) -> bool:
    """A change word across a clause boundary that sizes no move of the figure: it stands
    in a fronted subordinate clause ("Despite the rebound, ... the $6 million"), or the
    figure's clause has a verb of its own right after it ("the $6 million invested"); a
    move told in pieces ("plunged on Tuesday, dropping, by late afternoon, nearly $300")
    still sizes it."""
    if not boundaries(gap(ctx, a, m)):
        return False
    sent = ctx.sentence_of(a.start)
    fronted = _fronted().match(ctx.text, sent[0], m.start)
    return bool(fronted and m.end <= a.start) or _OWN_VERB.match(ctx.text, a.end) is not None


@per_lexicon
def _fronted() -> re.Pattern[str]:
    """A fronted subordinate clause up to the change word ("Despite the rebound")."""
    return re.compile(rf"(?i)\s*(?:{cue_words('fronted_clauses')})\b[^,]*$")


def _sufficed_for(ctx: Context, a: Amount, m: Mention) -> bool:
    """The trigger names what the figure covers, in a clause set after it ("assets exceed
    $20 billion, enough to cover the theft losses", "..., easily covering the losses")."""
    return m.start >= a.end and _suffices().match(ctx.text, a.end, m.start) is not None


@per_lexicon
def _suffices() -> re.Pattern[str]:
    """After the figure (and what holds it, "in its SAFU fund"): a comma or dash, or a
    copula ("which is", "are"), a hedge and a word of sufficiency, then a verb of covering;
    or a comma or dash, a hedge and a verb of covering; then the clause up to the trigger.
    A clause of what the sum lets happen ("$2 million, enough for attackers to drain the
    vault") is not one: it names the sum."""
    hedge = rf"(?:{cue_words('sufficiency_hedges')}\s+)?"
    covering = rf"\b{cue_words('covering_verbs')}\b"
    held = r"(?:\s+(?:in|of)\s+[^,.;\u2014\u2013]{1,40}?)?"  # "$1 billion in its SAFU fund, ..."
    comma = rf"{held}\s*(?:,|\u2014|\u2013|--)\s*"
    copula = r"(?:(?:which|that)\s+)?(?:is|was|are|were|(?:would|should|will)\s+be)\s+"
    enough = rf"(?:{comma}(?:{copula})?|\s+{copula}){hedge}{cue_words('sufficiency_words')}"
    return re.compile(rf"(?i)(?:{enough}\b[^,.;]*?|{comma}{hedge}){covering}[^,.;]*$")


_OWN_VERB = re.compile(r"(?i)\s+(?:\w+ed|stolen|taken|spent|paid|sold|held|lost)\b")


def _held_level(ctx: Context, a: Amount, m: Mention) -> bool:
    """A verb of holding with a level preposition between it and the figure."""
    word = ctx.text[m.start : m.end].lower()
    return (
        m.end <= a.start
        and word.startswith(_HOLDING_VERBS)
        and level_after_holding().fullmatch(ctx.text, m.end, a.start) is not None
    )


def _flow_word(ctx: Context, m: Mention) -> bool:
    """A word that names a flow by itself ("outflows", "withdrawals", "exit queue"), unlike a
    verb that is a flow only when funds move ("added", "lost", "took in")."""
    weight, kinds = _trigger(ctx, m)
    return weight >= 1 and kinds is None


def _topical(ctx: Context, a: Amount, weak: Mention) -> bool:
    """The sentence names a strong trigger of another metric."""
    sent = ctx.sentence_of(a.start)
    return any(
        m.value != weak.value and _trigger(ctx, m)[0] >= 1.5 and fits(m.value, a)
        for m in ctx.in_span("metric", sent)
    )


def fits(metric: str, a: Amount) -> bool:
    """The amount's kind and size are ones the metric can be measured in."""
    if metric == M.OTHER:
        return True
    kinds, max_value, units = _limits().get(metric, (set(), None, frozenset()))
    if a.kind == "quantity" and a.unit not in units:
        return False  # "180 MW" is no hashrate, "1,000 EH/s" is
    return a.kind in kinds and (max_value is None or a.value <= max_value)


def _score(ctx: Context, a: Amount, m: Mention) -> float:
    """Trigger weight over distance; a trigger right after the amount binds tightly
    ("$258 million outflow", "$2.62 billion wipeout")."""
    weight = _trigger(ctx, m)[0]
    score = weight / (1 + distance(ctx, a, m) / 25)
    between = ctx.text[a.end : m.start]
    tight = a.end <= m.start and m.start - a.end <= 14 and not boundaries(between)
    if tight and not _PURPOSE.fullmatch(between):  # "raised $425 million to buy ETH": an aim
        score *= 2
    return score


_PURPOSE = re.compile(r"(?i)\s+(?:in\s+order\s+)?to\s+")


_LEVEL_GAP = re.compile(r"(?i)\b(?:to|at|near|around|from)\s*(?:~\s?)?$")
# "fell below 6%" crosses a level; "up from 3.5%" names the level a move started from
_CROSSED_GAP = re.compile(r"(?i)\b(?:below|above|under|beneath|from)\s*(?:~\s?)?$")


def moving_word(ctx: Context, a: Amount, sent: Span) -> Mention | None:
    """The change word a percentage is a move by ("plunged nearly 15%"), or that it shares
    with the percentage before it ("sliding 10% in January and another 15% in February")."""
    if a.kind != "percent":
        return None
    triggers = [
        m for m in ctx.in_span("metric", sent) if m.value != M.PRICE_CHANGE or not caps(ctx, m)
    ]
    own = next((m for m in triggers if _moves(ctx, a, m)), None)
    if own:
        return own
    before = [x for x in ctx.amounts_in((sent[0], a.start)) if x.kind == "percent"]
    if not before:
        return None
    previous = before[-1]
    between = ctx.text[previous.end : a.start]
    if len(between) > _SHARED_REACH or not _COORDINATED.search(between):
        return None
    if any(previous.end <= m.start < a.start for m in triggers):
        return None  # a word of its own stands between: "up 5%, while volume fell 3%"
    return next((m for m in triggers if _moves(ctx, previous, m)), None)


def caps(ctx: Context, m: Mention) -> bool:
    """An "up" that is no rise: "up to" caps the figure after it ("rewards of up to 10%",
    "fines of up to $1 million"; a "run-up to" is a noun of its own), and "making up" is a
    share of a whole ("Long positions made up about 86% of the $1.1 billion liquidated").
    A fact of the word, read once whichever figure or rule asks."""
    if m.end - m.start != 2 or ctx.text[m.start : m.end].lower() != "up":
        return False
    return ctx.remember("caps", m.start, lambda: _caps(ctx, m))


def _caps(ctx: Context, m: Mention) -> bool:
    if _CAP_TO.match(ctx.text, m.end) and ctx.text[m.start - 1 : m.start] != "-":
        return True
    return share_up_before().search(ctx.text, max(0, m.start - 12), m.start) is not None


_CAP_TO = re.compile(r"(?i)\s+to\b")
_SHARED_REACH = 60  # characters between two percentages that share one change word
_COORDINATED = re.compile(r"(?i),|\band\b|\bthen\b")


def crossed_level(between: str) -> bool:
    """The words between a change word and a percentage make it a level the move crossed
    ("fell below 6%", "climbed above 61%"), not the size of the move."""
    return _CROSSED_GAP.search(between) is not None


@per_lexicon
def _bare_gap() -> re.Pattern[str]:
    """Nothing but a hedge between a change verb and the size of a move."""
    return re.compile(rf"(?i)^\s+(?:(?:{cue_words('approximators')}|over)\s+)?$")


def _money_moved_by(ctx: Context, a: Amount, triggers: list[Mention]) -> Mention | None:
    """A change verb right before a money figure of a price move's size, nothing but a
    hedge between ("plummets $9k", "tumbled nearly $400"): the figure is the size of the
    move. A preposition between or a level word after makes it a level ("dropped below
    $90,000", "loses $67,000 support"); the change words any quantity takes ("lost",
    "added", "down") leave the sentence's other words to decide what moved; so does a sum
    of things after it ("losing approximately $1.4 million in digital assets"), unlike a
    time ("plunged $9k in an hour")."""
    if not fits(M.PRICE_CHANGE, a) or _LEVEL_AFTER.match(ctx.text[a.end : a.end + 20]):
        return None
    if (held := _IN_AFTER.match(ctx.text, a.end)) and _sum_of(ctx, held.end()):
        return None
    general = _general_change_words()
    return next(
        (
            m
            for m in triggers
            if m.value == M.PRICE_CHANGE
            and m.end <= a.start
            and ctx.text[m.start : m.end].lower() not in general
            and _bare_gap().match(ctx.text[m.end : a.start])
        ),
        None,
    )


def _coin_changed_by(ctx: Context, a: Amount, sent: Span) -> bool:
    """A change word any quantity takes ("lost", "shed", "added", "gained") right before a
    money figure, with a coin as its subject: the coin's price moved by it ("Ether lost
    $300 in value overnight"), unless the figure sizes a sum named after it ("lost $2
    million in ETH"), a level word follows ("loses $67,000 support") or it is more than
    the coin ever cost ("Dogecoin lost $300" is no move of its price)."""
    coins = _coins_in(ctx, (sent[0], a.start))  # the cheap test first: most figures fail it
    if not coins or _LEVEL_AFTER.match(ctx.text[a.end : a.end + 20]):
        return False  # "BTC Loses $67,000 Support": a level
    if _EACH_AFTER.match(ctx.text[a.end : a.end + 20]):
        return False  # "lost $300 per coin for buyers at the top": a loss of each holder
    change = change_before().search(ctx.text, max(sent[0], a.start - 30), a.start)
    if change is None or change["verb"].lower() == "by":
        return False
    if (held := _IN_AFTER.match(ctx.text, a.end)) and _sum_of(ctx, held.end()):
        return False
    verb = change.start("verb")
    coin = next(
        (
            m
            for m in reversed(coins)
            if m.end <= verb and subject_gap().match(ctx.text[m.end : verb])
        ),
        None,
    )
    if coin is None:
        return False
    highest = highest_price(coin.value, underlying_coins().get(coin.value))
    return highest is None or a.value <= highest


_IN_AFTER = re.compile(r"(?i)\s+in\s+")
_ONE_WORD = re.compile(r"[A-Za-z][\w-]*\s+")  # an adjective before the noun ("digital")


def _sum_of(ctx: Context, pos: int) -> bool:
    """A quantity or an asset is named right after "in", at most one word between: the
    figure is a sum of it ("in digital assets", "in ETH"; not "in an hour as tariffs ...");
    a price or a value named there is what moved ("jumped $2,500 in price")."""
    word = _ONE_WORD.match(ctx.text, pos)
    starts = {pos, word.end()} if word else {pos}
    metrics = [m for m in ctx.in_span("metric", (pos, pos + 40)) if m.value not in _MOVED]
    named = [*metrics, *ctx.in_span("asset", (pos, pos + 40))]
    return any(m.start in starts for m in named)


_MOVED = (*_PRICE_LIKE, M.PRICE_CHANGE, M.MARKET_CAP, M.MARKET_CAP_CHANGE)


@per_lexicon
def _general_change_words() -> frozenset[str]:
    return frozenset(p.lower() for p in lexicon.cue_phrases("change_verbs"))


def _moves(ctx: Context, a: Amount, m: Mention) -> bool:
    """A change word in the percentage's own clause, right next to it ("plunged nearly 15%");
    not the level a move ended at ("eased to 58.4%")."""
    between = gap(ctx, a, m)
    if m.end <= a.start and (_LEVEL_GAP.search(between) or crossed_level(between)):
        return False
    return m.value == M.PRICE_CHANGE and len(between) <= 12 and not boundaries(between)


def refine(ctx: Context, a: Amount, metric: str, triggers: list[Mention]) -> str:
    """Turn a change word into the change of the thing it moves; name ETF flows as such.
    A refinement the amount cannot be measured in (a share count "raised") is dropped."""
    refined = _change_of(ctx, a, metric, triggers) or _kind_of(ctx, a, metric, triggers)
    if fits(refined, a):
        return refined
    return metric if fits(metric, a) else M.OTHER


def _change_of(ctx: Context, a: Amount, metric: str, triggers: list[Mention]) -> str | None:
    """What a change word moves ("market cap fell by $200 billion"), or a level the change
    word led to ("plunged to $60,000"); None where no change word decides."""
    before = ctx.text[max(0, a.start - 40) : a.start]
    in_clause = {m.value for m in triggers if not boundaries(gap(ctx, a, m)) and not ranks(ctx, m)}
    if a.kind == "money" and change_verb_before().search(before):
        if metric == M.MARKET_CAP or M.MARKET_CAP in in_clause:
            return M.MARKET_CAP_CHANGE
        if metric == M.PRICE:
            return M.PRICE_CHANGE
    if metric == M.PRICE_CHANGE:
        if a.kind == "money" and _level_before().search(before) and fits(M.PRICE, a):
            return M.PRICE
        for base, changed in (
            (M.MARKET_CAP, M.MARKET_CAP_CHANGE),
            (M.TRADING_VOLUME, M.TRADING_VOLUME),
            (M.OPEN_INTEREST, M.OPEN_INTEREST),
        ):
            if base in in_clause:
                return changed
        if _cap_level(ctx, a):
            return M.MARKET_CAP  # "the memecoin sector surged to $68 billion"
    return None


def _moved_cap(ctx: Context, a: Amount, triggers: list[Mention]) -> str | None:
    """Money too big for a price after a move or a price word of its clause: the level it
    led to is a market cap ("surged to $68 billion", "rebounded to just over $50 billion"),
    the size of the move ("dipped by over $100 billion") a market cap change."""
    moved = _too_big_for_price(a) and any(
        m.value in (M.PRICE, M.PRICE_CHANGE) and m.end <= a.start and not boundaries(gap(ctx, a, m))
        for m in triggers
    )
    if not moved:
        return None
    if _by_size().search(ctx.text[max(0, a.start - 40) : a.start]):
        return M.MARKET_CAP_CHANGE
    return M.MARKET_CAP if _cap_level(ctx, a) else None


@per_lexicon
def _by_size() -> re.Pattern[str]:
    """ "by" and a hedge right before the size of a move ("dipped by over $100 billion")."""
    return re.compile(rf"(?i)\bby\s+(?:(?:{cue_words('approximators')}|over|more\s+than)\s+)?~?$")


_CAP_SIZE = 1e9  # dollars: a level a coin or a sector moved to this high is its market cap


def _too_big_for_price(a: Amount) -> bool:
    return a.kind == "money" and a.value >= _CAP_SIZE


def _cap_level(ctx: Context, a: Amount) -> bool:
    """Money too big for a price written as a level ("surged to $68 billion"): a market cap's
    level, whichever rule found the move (a level a percentage move led to is told by its
    "to" alone, in ``_level_after_move``)."""
    before = ctx.text[max(0, a.start - 40) : a.start]
    return _too_big_for_price(a) and _level_before().search(before) is not None


def _kind_of(ctx: Context, a: Amount, metric: str, triggers: list[Mention]) -> str:
    """The specific kind of a flow, loss, holding or purchase the sentence describes."""
    before = ctx.text[max(0, a.start - 40) : a.start]
    if metric == M.FUND_FLOW and _etf_context(ctx, a):
        return M.ETF_FLOW
    sentence = ctx.text[slice(*ctx.sentence_of(a.start))]
    if metric == M.HACK_AMOUNT and _funds_drained(ctx, a, triggers):
        return M.ETF_FLOW if _etf_context(ctx, a) else M.FUND_FLOW  # "drained $4B from ETFs"
    hacked = any(m.value == M.HACK_AMOUNT and not _sufficed_for(ctx, a, m) for m in triggers)
    if hacked and metric in (M.LOSS, M.HOLDINGS, M.TRANSACTION_VALUE, M.FUND_FLOW, M.OTHER):
        return M.HACK_AMOUNT  # "hacked, resulting in a loss of $1.5 billion"
    if metric == M.LOSS and a.kind == "money" and _plain_loss_of_hack(ctx, a, triggers):
        return M.HACK_AMOUNT  # a hack story: "CEO Ben Zhou announced a loss of about $1.5B"
    priced = metric in (M.PRICE, M.TRANSACTION_VALUE, M.HOLDINGS) or (
        a.kind == "money" and _EACH_AFTER.match(ctx.text[a.end : a.end + 20]) is not None
    )
    if priced and _unit_price(ctx, a, triggers):
        return M.AVERAGE_COST  # "executed at a steep $91,519 per token", whatever funded it
    if metric in (M.HOLDINGS, M.MARKET_CAP) and a.kind == "money" and a.value < 1e6:
        return M.PRICE if fits(M.PRICE, a) else metric  # "BTC, valued at over $91,000"
    sold_own = metric in (M.TRANSACTION_VALUE, M.HOLDINGS, M.REVENUE) or (
        metric == M.OTHER and a.kind == "money"  # "issued $250 million in convertible notes"
    )
    if sold_own and issuance().search(sentence):
        return M.FUNDING_RAISED  # "sold 6,827,695 MSTR shares for $1.13 billion"
    if a.kind == "money" and metric == M.PROFIT and sale_after().match(ctx.text, a.end):
        return M.FUNDING_RAISED  # "gained $852 million from issuing 45 million shares"
    if metric == M.LOSS and a.kind == "percent" and _market_losses(ctx, a, triggers):
        return M.PRICE_CHANGE  # "intraday losses approached 7%", "near 16% losses"
    liquidated = any(m.value == M.LIQUIDATIONS for m in triggers)
    if metric == M.LOSS and a.kind == "money" and liquidated and _market_losses(ctx, a, triggers):
        return M.LIQUIDATIONS  # "$450 million in losses piled up as liquidations mounted"
    if metric in (M.TRANSACTION_VALUE, M.OTHER) and _received_investment(ctx, a, triggers):
        return M.FUNDING_RAISED  # "Monad received a colossal $225 million investment"
    if metric in (M.TRANSACTION_VALUE, M.OTHER) and _invested_in_company(ctx, a):
        return M.FUNDING_RAISED  # "Binance's $2 billion investment in MGX"
    if a.kind == "money" and metric == M.HOLDINGS and _for_before().search(before):
        return M.TRANSACTION_VALUE  # "bought 13,627 BTC for $1.25 billion"
    if a.kind == "money" and metric in (M.HOLDINGS, M.RESERVES) and _paid_for(ctx, a, triggers):
        return M.TRANSACTION_VALUE  # "added 3,081 BTC to its Bitcoin reserve for $356.9 million"
    if metric == M.TVL and a.kind != "money" and _holder(ctx, a) == "fund":
        return M.HOLDINGS  # "ETFs locked a record 938.7M XRP": what the funds hold
    if metric == M.HOLDINGS:
        holder = _holder(ctx, a)
        managed = managed_assets().search(ctx.text, a.end, a.end + _MANAGED_REACH)
        if holder == "custodian" and not managed:
            return M.RESERVES  # "Bybit manages $20 billion in assets": an exchange's reserves
        if holder == "fund" and a.kind == "crypto" and _bought(ctx, a, triggers):
            return M.ETF_FLOW if _etf_context(ctx, a) else M.FUND_FLOW  # "ETFs bought 26,700 BTC"
    return metric


def plain_losses(ctx: Context, sent: Span) -> bool:
    """The sentence speaks of plain "losses" (no named loss such as "unrealized losses"):
    in a paragraph of liquidations they are what the liquidations took ("Long traders bore
    roughly 81% of the losses, or $1.03 billion")."""
    return any(_plain_loss(ctx, m) for m in ctx.in_span("metric", sent))


def _bare_loss(ctx: Context, m: Mention, plural: bool) -> bool:
    """A loss trigger that is the bare noun, singular or plural as asked ("loss", "losses"),
    not a named loss ("operating loss", "net losses")."""
    bare = _BARE_LOSS.fullmatch(ctx.text, m.start, m.end)
    return m.value == M.LOSS and bare is not None and bool(bare[1]) == plural


_BARE_LOSS = re.compile(r"(?i)loss(es)?")


def _plain_loss(ctx: Context, m: Mention) -> bool:
    """A loss trigger that is the bare word "losses"."""
    return _bare_loss(ctx, m, plural=True)


def _plain_loss_of_hack(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """In a story of a hacked venue, a plain "loss" told right before the money is what the
    hack took when the loss's paragraph tells of the hack ("CEO Ben Zhou announced a loss of
    about $1.5 billion"); a named loss ("an operating loss of $25 million"), a reporting
    period's ("a loss of $25 million for the quarter"), a position's ("a loss of $12
    million on a leveraged ether position") or one beside another party's hack ("the hack
    at a DeFi protocol") is not the hack's."""
    plain = any(
        _bare_loss(ctx, m, plural=False) and m.end <= a.start and a.start - m.end <= 20
        for m in triggers
    )
    if not plain or hacked_venue(ctx) is None:
        return False
    if _NOT_A_HACK_LOSS.match(ctx.text, a.end, min(len(ctx.text), a.end + 40)):
        return False
    paragraph = ctx.paragraph_of(a.start)
    return any(
        m.value == M.HACK_AMOUNT and not _OTHER_PARTY.match(ctx.text, m.end, paragraph[1])
        for m in ctx.in_span("metric", paragraph)
    )


# After the figure: a reporting period's result or a position's loss.
_NOT_A_HACK_LOSS = re.compile(
    r"(?i)\s*(?:(?:for|in|during|over)\s+(?:the|its|a)\s+(?:\w+\s+)?"
    r"(?:quarter|year|half|period|fiscal)|"
    r"on\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}"
    r"(?:position|trade|bet|long|short)s?\b)"
)
_OTHER_PARTY = re.compile(r"(?i)\s*(?:at|of|on|against)\s+(?:a|an|another)\b")


def _funds_drained(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """Money drained from funds is an outflow, not a theft: the sentence's only hack word is
    "drain" and it names funds or ETFs ("a slide that has drained nearly $4 billion from
    the products")."""
    hack = [m for m in triggers if m.value == M.HACK_AMOUNT]
    if not hack or any(lemma_phrase(m.key) != "drain" for m in hack):
        return False
    sent = ctx.sentence_of(a.start)
    named = any(m.value == M.ETF_FLOW for m in triggers) or any(
        m.asset_kind == "etf" for m in ctx.in_span("asset", sent)
    )
    return named or fund_words().search(ctx.text, *sent) is not None


def _market_losses(
    ctx: Context, a: Amount, triggers: list[Mention], *, before_only: bool = False
) -> bool:
    """A percentage of plain "losses" in its clause is how far a coin or an index fell
    ("daily losses exceeding 4%"), and money of them in a sentence of liquidations is what
    the liquidations took; a loss in the singular ("an average loss of 10%") or a named one
    ("unrealized losses") is what holders lost."""
    return any(
        _plain_loss(ctx, m)
        and not boundaries(gap(ctx, a, m))
        and (m.end <= a.start or not before_only)
        for m in triggers
    )


def _received_investment(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """An investment the sentence's subject receives is money it raised: a receiving verb
    before the amount, and "investment" right after it or investors named after "from"
    ("received $70 million from Andreessen Horowitz"). Money received from an exchange, a
    sale or an estate is a transfer."""
    invested = any(
        lemma_phrase(m.key) == "investment" and 0 <= m.start - a.end <= 3 for m in triggers
    )
    if not invested and a.kind == "money":
        backed = investor_after().match(ctx.text, a.end, a.end + 80)
        # an exchange named there sent the money, unless it names its venture arm
        # ("from Coinbase Ventures")
        invested = backed is not None and all(
            backed.start("who") - v.end <= 1 for v in ctx.in_span("venue", backed.span())
        )
    before = ctx.text[max(0, a.start - 40) : a.start]
    return invested and receiving_before().search(before) is not None


_INTO = re.compile(r"^\s+(?:in|into)\s+")
_INVESTEE_END = re.compile(r"[,.;:()]|\s(?:and|to|for|as|that|which|while)\s")
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|two|three|several|other)\s+", re.IGNORECASE)


def _invested_in_company(ctx: Context, a: Amount) -> bool:
    """Money invested in a company, not in a coin, is money that company raised: no coin is
    named with the investment, and a name ("investment in MGX", "$2 billion MGX
    investment") or a company noun ("invested in crypto startups") receives it. Money
    invested in a coin or a fund of it is a purchase."""
    if a.kind != "money":
        return False
    after, verb_before = invested_in()
    tail = ctx.text[a.end : a.end + 80]
    found = after.match(tail)
    if found is None and verb_before.search(ctx.text[max(0, a.start - 30) : a.start]):
        found = _INTO.match(tail)  # "invested $2.7 billion in crypto companies"
        if found is None:
            return False
        start = a.end + found.end()
    elif found is None:
        return False
    else:
        start = a.end + found.end()
        word = found["word"]
        if word and _coin_named(ctx, (a.end + found.start("word"), a.end + found.end("word"))):
            return False  # "a $0.25 billion Bitcoin investment"
        if not found["into"]:
            return bool(word) and _is_name(word)  # "Binance's $2 billion MGX investment"
    end = _INVESTEE_END.search(ctx.text, start, start + 40)
    span = (start, end.start() if end else min(len(ctx.text), start + 40))
    if _coin_named(ctx, span):
        return False  # "investment in bitcoin", "invested in spot ether ETFs"
    named = _DETERMINER.sub("", ctx.text[span[0] : span[1]])
    first = named.split(maxsplit=1)[0] if named.strip() else ""
    return _is_name(first) or investee().search(named) is not None


def _coin_named(ctx: Context, span: Span) -> bool:
    return any(m.asset_kind != "scope" for m in ctx.in_span("asset", span))


def _is_name(word: str) -> bool:
    """A capitalized word that is no month ("MGX", not "August")."""
    return word[:1].isupper() and not _MONTH.fullmatch(word)


_MONTH = re.compile(rf"(?i)(?:{MONTHS})\.?")


def _holder(ctx: Context, a: Amount) -> str | None:
    """Who holds what the sentence says is held, by the nearest name before the amount: an
    exchange or a stablecoin issuer ("custodian"), a fund ("fund"), or someone else. A
    sentence that names nobody but refers to "the company" or "the firm" means the last name
    given shortly before it."""
    sent = ctx.sentence_of(a.start)
    names = _names(ctx, (sent[0], a.start))
    if not names and company_ref().search(ctx.text, sent[0], a.start):
        names = _names(ctx, (max(0, sent[0] - _REFERENT_REACH), sent[0]))
    if not names:
        return None
    _, kind, what = max(names)
    if (kind == "venue" and what == "exchange") or what == "stablecoin":
        return "custodian"
    return "fund" if what == "etf" else None


_MANAGED_REACH = 30  # characters after money to "in assets under management"
_REFERENT_REACH = 800  # characters before a sentence where "the company" was named


def _names(ctx: Context, span: Span) -> list[tuple[int, str, str]]:
    """The holders named in ``span``: assets, venues and fund groups, by position."""
    names = [
        (m.start, m.kind, m.asset_kind)
        for m in [*ctx.in_span("asset", span), *ctx.in_span("venue", span)]
        if m.asset_kind != "scope"
    ]
    names += [(m.start, "fund", "etf") for m in ctx.in_span("metric", span)
              if m.value == M.ETF_FLOW and _trigger(ctx, m)[0] >= 0.8]  # fmt: skip
    return names


def _bought(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """A purchase word governs the amount ("bought", "adding", "acquired")."""
    return any(
        m.value in (M.HOLDINGS, M.TRANSACTION_VALUE)
        and lemma_phrase(m.key) in _PURCHASE
        and m.end <= a.start
        for m in triggers
    )


def _paid_for(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """The money is what coins just bought cost: it follows them in their clause after "for"
    or a value link ("the purchase of approximately 13,600 Bitcoin, valued at over $1.2
    billion", "added 3,081 BTC to its Bitcoin reserve for $356.9 million"), and a purchase
    word stands right before the coins; coins a total was brought to are no purchase."""
    sent = ctx.sentence_of(a.start)
    coins = [x for x in ctx.amounts_in((sent[0], a.start)) if x.kind == "crypto"][-1:]
    if not coins:
        return False
    c = coins[0]
    between = ctx.text[c.end : a.start]
    valued = coin_value().match(between)  # ", valued at over": a tight link, comma and all
    paid = _for_before().search(between) and not boundaries(between)
    if len(between) > _PAID_REACH or not (valued or paid):
        return False
    return any(
        lemma_phrase(m.key) in _PURCHASE
        and m.end <= c.start
        and c.start - m.end <= _PAID_REACH
        and _purchase_to_coins().fullmatch(ctx.text, m.end, c.start)
        for m in triggers
    )


_PAID_REACH = 40  # characters between coins and what they cost, or a purchase word and them


@per_lexicon
def _purchase_to_coins() -> re.Pattern[str]:
    """The words between a purchase word and the coins it bought ("acquired an additional
    about 13,600")."""
    return re.compile(
        r"(?i)\s+(?:(?:of|another|an?\s+additional|a\s+further|"
        rf"{cue_words('approximators')}|over|more\s+than|some|~)\s*)*"
    )


_PURCHASE = frozenset(
    {"buy", "add", "acquire", "purchase", "accumulate", "bought", "adds", "added"}
)


def _unit_price(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """ "bought 3,081 BTC ... at $115,829": a per-coin price paid, not the market price."""
    before = ctx.text[max(0, a.start - 30) : a.start]
    after = ctx.text[a.end : a.end + 20]
    priced = _AT_PRICE.search(before) or _EACH_AFTER.match(after)
    return (
        a.kind == "money"
        and fits(M.AVERAGE_COST, a)
        and _bought_word(ctx, triggers)
        and bool(priced)
    )


def _bought_word(ctx: Context, triggers: list[Mention]) -> bool:
    """A word of buying (not of holding) names a purchase or holdings in the sentence."""
    return bool(_buying_words(ctx, triggers))


def _buying_words(ctx: Context, triggers: list[Mention]) -> list[Mention]:
    """The words of buying (not of holding) that name a purchase or holdings."""
    return [
        m
        for m in triggers
        if m.value in (M.HOLDINGS, M.TRANSACTION_VALUE)
        and _trigger(ctx, m)[0] >= 0.6
        and not ctx.text[m.start : m.end].lower().startswith(_HOLDING_VERBS)
    ]


def _paid_per_coin(ctx: Context, a: Amount, triggers: list[Mention]) -> bool:
    """A price paid per coin written at a scale no coin costs, short of a market cap's: a
    purchase word, and the money right after the coin bought ("invests $1.25B in Bitcoin at
    $91M") or after a number of coins and before "each" ("bought 1,000 BTC at $105M each");
    after a number of coins without "each" it may be their total, and is left to the usual
    rules; things that are no coins ("three data centers at $25 million each") or a coin
    that is not what was bought ("bought exposure to Bitcoin at $50 million") are no cost
    per coin."""
    if a.kind != "money" or a.value < 1e6 or _too_big_for_price(a):
        return False
    buying = _buying_words(ctx, triggers)
    at = _AT_COIN.search(ctx.text, max(0, a.start - 12), a.start)
    if not buying or not at:
        return False
    coins = ctx.in_span("asset", (max(0, a.start - 40), a.start))
    counted = ctx.amounts_in((max(0, a.start - 60), a.start))
    if _EACH_AFTER.match(ctx.text[a.end : a.end + 20]):
        return any(x.kind == "crypto" and x.end == at.start() for x in counted) or any(
            m.end == at.start() and m.asset_kind == "crypto" for m in coins
        )
    return any(
        m.end == at.start()
        and m.asset_kind == "crypto"
        and not any(x.start <= m.start < x.end for x in counted)
        and _bought_object(ctx, m, buying)
        for m in coins
    )


def _bought_object(ctx: Context, coin: Mention, buying: list[Mention]) -> bool:
    """The coin is what a purchase word before it bought: only figures, determiners and
    "in", "into", "on" or "of" stand between ("invests $1.25B in Bitcoin", "pumps $1.25
    billion into Bitcoin", "bought more bitcoin")."""
    word = max((m for m in buying if m.end <= coin.start), key=lambda m: m.end, default=None)
    if word is None:
        return False
    gap = ctx.text[word.end : coin.start]
    for x in sorted(ctx.amounts_in((word.end, coin.start)), key=lambda x: -x.start):
        gap = gap[: x.start - word.end] + gap[x.end - word.end :]
    return _OBJECT_GAP.fullmatch(gap) is not None


_OBJECT_GAP = re.compile(
    r"(?i)\s*(?:(?:a|an|the|its|their|more|additional|another|some|of|in|into|on|worth)\s+)*"
)
_AT_COIN = re.compile(r"(?i)\s+at\s+~?$")


def _fund_context(ctx: Context, a: Amount) -> bool:
    """Flows are fund flows only where funds are talked about (asked once per amount)."""
    start, end = _context_window(ctx, a)
    return ctx.remember(
        "fund_context",
        a.start,
        lambda: _etf_context(ctx, a) or bool(fund_words().search(ctx.text, start, end)),
    )


def named_flow(ctx: Context, a: Amount, metric: str) -> str:
    """A fund flow named by its noun alone ("Est. flow", "$1.2 billion in flows") is an ETF
    flow where ETFs are named around it, as the cue rules name it."""
    return M.ETF_FLOW if metric == M.FUND_FLOW and _etf_context(ctx, a) else metric


def _etf_context(ctx: Context, a: Amount) -> bool:
    """ETFs are named within a few paragraphs of the amount (asked once per amount)."""
    window = _context_window(ctx, a)
    return ctx.remember(
        "etf_context",
        a.start,
        lambda: (
            any(m.value == M.ETF_FLOW for m in ctx.in_span("metric", window))
            or any(m.asset_kind == "etf" for m in ctx.in_span("asset", window))
        ),
    )


def _context_window(ctx: Context, a: Amount) -> Span:
    """The few paragraphs around an amount where funds or ETFs would be named."""
    return max(0, a.start - 700), min(len(ctx.text), a.end + 200)


_INDEX_WORD = re.compile(r"(?i)\bindex\b")
# "correlation with the Nasdaq 100 tends to jump above 0.6": the index is no subject
_INDEX_AS_OBJECT = re.compile(r"(?i)\b(?:with|to|against|versus|vs\.?|of|than)\s+(?:the\s+)?$")
_POINTS_AFTER = re.compile(r"(?i)\s*(?:index\s+)?(?:points?|pts?)\b")


def _index_level(ctx: Context, a: Amount, sent: Span) -> bool:
    """A bare number whose clause names a stock or volatility index last before it ("the
    Nasdaq Composite closed at 18,204.6", "the VIX spiked to 27.5") is the index's reading;
    a move in points ("dropped 400 points") is none."""
    clause = clause_of(ctx, a, sent)
    named = ctx.in_span("asset", (clause[0], a.start))
    return (
        bool(named)
        and named[-1].asset_kind == "index"
        and not _INDEX_AS_OBJECT.search(
            ctx.text, max(sent[0], named[-1].start - 20), named[-1].start
        )
        and bool(_index_level_word().search(ctx.text, max(clause[0], a.start - 40), a.start))
        and not _POINTS_AFTER.match(ctx.text, a.end)
    )


def _counts_members(ctx: Context, a: Amount) -> bool:
    """A number right before a plural noun other than points counts things, whatever index
    its sentence names ("the index's 20 constituents", "its 12 members")."""
    return not _POINTS_AFTER.match(ctx.text, a.end) and bool(
        _plural_noun_after().match(ctx.text, a.end)
    )


@per_lexicon
def _plural_noun_after() -> re.Pattern[str]:
    """A plural noun right after the number ("20 constituents", "12 members"); a verb after
    a figure takes no "s"."""
    others = cue_words("s_final_function_words")
    return re.compile(rf"[ \t]+(?!(?:{others}|points)\b)[a-z]{{3,}}s\b")


@per_lexicon
def _index_level_word() -> re.Pattern[str]:
    qualifiers = r"(?:(?:about|around|roughly|nearly|almost|some|just|over|above)\s+)?"
    return re.compile(rf"(?i)\b{cue_words('index_level_words')}\s+{qualifiers}$")


def _gauge(ctx: Context) -> Callable[[Mention], bool]:
    """A metric word strong enough to name a figure by itself: a ratio's figure is the nearest
    such word's ("the put-call ratio for ether options rose to 1.2")."""
    return lambda m: m.value not in (M.PRICE, M.PRICE_CHANGE) and _trigger(ctx, m)[0] >= 1


def counts_tokens(ctx: Context, a: Amount, unit: str) -> bool:
    """ "180.9 billion tokens" read as coins of ``unit``: the figure counts that coin, so the
    coin is its asset too, not the chain named beside it ("USDT on Tron")."""
    return (
        a.kind in ("number", "count")
        and unit not in (a.unit, "count")
        and a.value >= _TOKEN_AMOUNT
        and bool(_tokens_after().match(ctx.text, a.end))
    )


def unit(ctx: Context, a: Amount, metric: str, sent: Span) -> str:
    """The unit a plain number is counted in: coins, a ratio, an index, or a count."""
    if a.kind not in ("number", "count"):
        return a.unit
    if a.kind == "number" and _index_level(ctx, a, sent):
        return "index"  # before the coin rules: "the Nasdaq closed at 18,204.6 while bitcoin held"
    if (
        a.kind == "number"
        and _fractional(ctx, a)
        and _ratio_noun_before().search(ctx.text, max(sent[0], a.start - 40), a.start)
    ):
        return "ratio"  # "at an mNAV of 1.31, selling stock still adds bitcoin"
    # a stablecoin's bare figure may be dollars ("Tether holds 80 billion in T-bills");
    # "tokens" after it says it counts the coins ("a supply of 180.9 billion tokens"), whatever
    # the figure measures ("XRP ETFs lock a record 938.7M tokens")
    named = a.value >= _TOKEN_AMOUNT and bool(_tokens_after().match(ctx.text, a.end))
    holds = metric in (M.HOLDINGS, M.SUPPLY, M.RESERVES, *_FLOWS)
    tokens = named or (holds and a.value >= _TOKEN_AMOUNT and _compared_with_tokens(ctx, a, sent))
    # "Solana hosts 20 million tokens", "600,000 tokens deployed": kinds of token, counted
    tokens = tokens and (holds or not _TOKEN_KINDS.search(ctx.text, sent[0], sent[1]))
    if tokens or holds:
        kinds = ("crypto", "stablecoin") if tokens else ("crypto",)
        coins = [m for m in ctx.in_span("asset", sent) if m.asset_kind in kinds]
        if tokens:  # "minted 1 billion USDT on Tron, ... 180.9 billion tokens": Tron is the chain
            coins = [
                m
                for m in coins
                if not _CHAIN_BEFORE.search(ctx.text, sent[0], m.start)
                and not _OTHER_CLAUSE.search(ctx.text, min(m.end, a.end), max(m.start, a.start))
            ]
        if coins:  # "bringing total holdings near 687,410" counts the bitcoins named before
            return min(coins, key=lambda m: distance(ctx, a, m)).value
    if a.kind != "number":
        return a.unit
    if metric == M.LONG_SHORT_RATIO or naming_ratio(ctx, a, sent, _gauge(ctx)):
        return "ratio"
    if _earlier_ratio(ctx, a, metric, sent):
        return "ratio"
    if (
        metric == M.SENTIMENT_INDEX
        or ctx.sentence_has(oscillator(), sent)
        or ctx.sentence_has(_INDEX_WORD, sent)
    ) and not _counts_members(ctx, a):
        return "index"
    # a bare figure with decimals up to one counts nothing: a gauge's reading ("luck fell to
    # 0.87"), while a larger one with no gauge noun is as often a rate, a version or a reading
    # on a scale of its own ("now at 20.4", "pH of 5.5", "as well as 3.7");
    # "3.1 per block" is a rate of something unnamed and "USDT fell to 0.998" an asset's level
    # in an unwritten currency: both are left as they were read
    if (
        _fractional(ctx, a)
        and metric != M.PRICE
        and not _PER_AFTER.match(ctx.text, a.end)
        and not ctx.in_span("asset", (sent[0], a.start))
        and a.value <= 1
        and _stands_alone(ctx.text, a, sent)
    ):
        return "ratio"
    return "count"


def _earlier_ratio(ctx: Context, a: Amount, metric: str, sent: Span) -> bool:
    """A bare figure the figure right before it is compared with ("MVRV at 1.61, down from
    1.74", "fell to 0.82 from 0.91") is that figure's earlier value: a ratio when it is one."""
    compared = earlier_value(ctx, a, sent)
    return compared is not None and unit(ctx, compared, metric, sent) == "ratio"


def _stands_alone(text: str, a: Amount, sent: Span) -> bool:
    """A bare figure a verb or preposition links to the sentence, with no word of its own:
    "fell to 0.87 on Monday" is a gauge's reading, while a name or noun glued to it ("Geth
    1.14", "grade 9.5", "2.5 stars", "a 3.2 magnitude", "10.15 (Catalina)"), a degree sign
    ("1.5 °C") or a software word in the sentence ("upgraded to version 1.2") make it a label
    or a measure of something else. A figure in a list or range takes the words around the
    whole list: "Python 3.5, 3.6 and 3.7", "1.5 to 2 degrees"."""
    first, last = a.start, a.end
    while link := _LIST_BEFORE.search(text, max(sent[0], first - 30), first):
        first = link.start()
    while link := _LIST_AFTER.match(text, last):
        last = link.end()
    before = _WORD_BEFORE.search(text, max(sent[0], first - 30), first)
    if not before or not _links(before[1].lower()):
        return False
    if _version_word().search(text, sent[0], sent[1]):
        return False
    after = _WORD_AFTER_FIGURE.match(text, last)
    return not after or (after[1] is not None and after[1].lower() in STOP_WORDS)


def _links(word: str) -> bool:
    """A word that links a figure to its clause: a function word or a verb of reaching."""
    return word in STOP_WORDS or word in _linking_verbs()


@per_lexicon
def _linking_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.cue_phrases("level_verbs"))


@per_lexicon
def _version_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{cue_words('version_words')})\b")


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# what follows a figure: a degree sign or letters glued to it, or the next word
_WORD_AFTER_FIGURE = re.compile(r"(?:\s?°|[A-Za-z]|\s*\([A-Z]|\s+([A-Za-z]+))")
# figures joined in a list or a range: "3.5, 3.6, and 3.7", "1.5 to 2", "1.5-2"
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+|\s*[-–]\s*)"
_LIST_BEFORE = re.compile(rf"\d[\d.,]*{_LIST_JOIN}$")
_LIST_AFTER = re.compile(rf"{_LIST_JOIN}\d+(?:[.,]\d+)*")


_PER_AFTER = re.compile(r"(?i)\s+(?:per|a|an|each|every)\s")


def _fractional(ctx: Context, a: Amount) -> bool:
    """A bare figure written with decimals ("1.31", "1.0"), not a whole count."""
    return not a.scaled and "." in ctx.text[a.start : a.end]


@per_lexicon
def _ratio_noun_before() -> re.Pattern[str]:
    """A ratio's noun a few words before its value: "an mNAV of ", "mNAV falls below "."""
    return re.compile(rf"(?i)\b(?:{cue_words('ratio_nouns')})(?:\s+[a-z]+){{1,3}}\s+$")
