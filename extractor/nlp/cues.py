"""The linker's cues: patterns whose grammar is here and whose words come from
``data/cues.jsonl``, and the metric sets listed there.

Each pattern is compiled once. Phrases are escaped and tried longest first, and every
pattern is case-insensitive, so a list's case and order in the data file do not matter.
"""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon
from extractor.nlp.amount_grammar import MONTHS
from extractor.nlp.tries import alternation


def cue_words(name: str) -> str:
    """The named cue list as one regex group of alternatives, longest phrase first."""
    return alternation(lexicon.cue_phrases(name))


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@per_lexicon
def change_before() -> re.Pattern[str]:
    """A change word ending the text before a money figure ("down about $"); group ``verb``."""
    hedge = rf"(?:(?:{cue_words('approximators')}|over|more than)\s+)?"
    return _compile(rf"\b(?P<verb>{cue_words('change_verbs')})\s+{hedge}$")


@per_lexicon
def change_verb_before() -> re.Pattern[str]:
    """A change verb ending the text before a count, any run of hedges between ("added
    another", "has added a staggering"); group ``verb``."""
    hedges = cue_words("change_size_hedges")
    return _compile(rf"\b(?P<verb>{cue_words('change_verbs')})\s+(?:{hedges}\s+)*$")


@per_lexicon
def change_size_patterns() -> tuple[re.Pattern[str], ...]:
    """Where an amount is the size of a change: after "<change word> [its rate] by", after
    "<change noun> of", or before a change noun ("a $620 million increase", "a 25bps rate
    cut") when a determiner or possessive opens the phrase. Hedges may stand before it."""
    hedge = rf"(?:{cue_words('change_size_hedges')}\s+)*~?"
    # "lowered rates by 25", "cut interest rates for the first time in four years by 50"
    by_before = rf"^\s+(?:[\w'’.-]+\s+){{0,10}}?by\s+{hedge}$"
    of_before = rf"^\s+of\s+{hedge}$"  # "a decrease of around 12,300 BTC"
    # "$620 million increase", "25bps rate cut", "75 basis points in rate cuts"
    noun_after = r"^[\s-]*(?:in\s+)?(?:[a-z]+[\s-]+)?$"
    determined = rf"(?:\b{cue_words('determiners')}\s+|['’]s\s+){hedge}$"
    return tuple(_compile(p) for p in (by_before, of_before, noun_after, determined))


@per_lexicon
def multiple_patterns() -> tuple[re.Pattern[str], ...]:
    """After a multiple: a comparative of rise (group ``up``) or fall (``down``), or a size
    it is compared with ("twice the amount of"); and a multiple written as a growth verb."""
    up, down = cue_words("comparatives_up"), cue_words("comparatives_down")
    sizes = cue_words("compared_sizes")
    # "twice the amount of", "double the prior week", "double the $1.4 billion of": a size,
    # an earlier period's figure, a figure
    compared = (
        rf"^\s+(?:{cue_words('determiners')}\s+(?:(?:[\w$,.'’-]+\s+){{0,2}}?{sizes}\b"
        rf"|{cue_words('compared_periods')}\b|{_MONEY_FIGURE})"
        # "double October's 0.94 million": a month's figure
        rf"|{_MONTHS}['’]s\s)"
    )
    comparative = rf"^[\s-]+(?:(?P<up>{up})|(?P<down>{down}))\b"
    grown = rf"^{cue_words('multiplied_words')}$"
    return tuple(_compile(p) for p in (comparative, compared, grown))


@per_lexicon
def percent_comparative() -> re.Pattern[str]:
    """A comparative right after a percentage ("5% higher"), matched from its end."""
    return _compile(rf"[\s-]+{cue_words('percent_comparatives')}\b")


# a figure opening a compared size, with its currency sign or code ("the R$10.9 billion")
_MONEY_FIGURE = r"(?:[A-Z]{1,3})?[$€£¥₩₹]?\d"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)


@per_lexicon
def percent_than() -> re.Pattern[str]:
    """A comparative and "than" right after a percentage ("37% more than the $30.4 million",
    "38% less than"): the figure is how much larger (group ``up``) or smaller (``down``)."""
    up, down = cue_words("comparatives_up"), cue_words("comparatives_down")
    return _compile(rf"[\s-]+(?:(?P<up>{up})|(?P<down>{down}))\s+than\b")


@per_lexicon
def options_word() -> re.Pattern[str]:
    return _compile(rf"\b{cue_words('options_words')}\b")


@per_lexicon
def unraised() -> re.Pattern[str]:
    """Capacity of a share-sale program still to be used ("still available", "authorized")."""
    return _anywhere("unraised_words")


@per_lexicon
def bounty() -> re.Pattern[str]:
    """A bounty or reward offered in a hack story."""
    return _anywhere("bounty_words")


@per_lexicon
def receiving_before() -> re.Pattern[str]:
    """A verb of receiving shortly before an amount ("received a colossal $225 million")."""
    return _compile(rf"\b{cue_words('receiving_verbs')}\b[^.;:,]{{0,30}}$")


@per_lexicon
def settled_level() -> re.Pattern[str]:
    """A level word right after a settling verb ("settling at"): a level, no settlement."""
    return _compile(rf"\s+{cue_words('settled_level_words')}\b")


@per_lexicon
def copula_before() -> re.Pattern[str]:
    """A verb equating a subject with the amount right after it ("was reportedly", "stood
    at"), hedges allowed."""
    hedges = cue_words("change_size_hedges")
    return _compile(rf"\b{cue_words('copula_words')}\s+(?:{hedges}\s+)*~?$")


@per_lexicon
def from_peak() -> re.Pattern[str]:
    """Right after a percentage, how far a price stands from a peak or a low ("20% below its
    all-time high", "12% above the cycle low"): group ``down`` or ``up``, one word allowed
    before the peak noun."""
    down, up = cue_words("below_peak_words"), cue_words("above_peak_words")
    peak = rf"(?:(?:its|the|their|a|an|this|that)\s+)?(?:[\w-]+\s+)?{cue_words('peak_nouns')}\b"
    return _compile(rf"\s+(?:(?P<down>{down})|(?P<up>{up}))\s+{peak}")


@per_lexicon
def appositive_value() -> re.Pattern[str]:
    """A value word right before an amount, after a comma or not (", valued at about", "a
    USD Reserve valued at"), hedges allowed: the amount sizes the noun phrase before it."""
    hedges = cue_words("change_size_hedges")
    return _compile(rf"(?:,\s*|\s){cue_words('appositive_value_words')}\s+(?:{hedges}\s+)*~?$")


@per_lexicon
def investor_after() -> re.Pattern[str]:
    """Investors named after "from" right after an amount, a short name allowed before the
    investor word (group ``who``): "$70 million from Andreessen Horowitz", "from Framework
    Ventures"."""
    return _compile(
        rf"\s+from\s+(?:the\s+)?[^.;:,()]{{0,40}}?\b(?P<who>{cue_words('investor_words')})\b"
    )


@per_lexicon
def invested_in() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Money put into something: the investment word after the amount, matched from the
    amount's end ("$2 billion investment in", "$2 billion MGX investment": groups ``word``
    and ``into``), or before it ("invested $2.7 billion"), searched in the text before."""
    words = cue_words("investment_words")
    after = rf"^[\s-]+(?:(?P<word>[\w.&-]+)\s+)?{words}\b(?P<into>\s+(?:in|into)\s+)?"
    before = rf"\b{words}\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|over\s+)?$"
    return _compile(after), _compile(before)


@per_lexicon
def investee() -> re.Pattern[str]:
    """Nouns naming companies that receive an investment ("crypto startups")."""
    return _anywhere("investee_nouns")


@per_lexicon
def up_verbs() -> frozenset[str]:
    """Change words that mean a rise."""
    return frozenset(lexicon.cue_phrases("up_verbs"))


@per_lexicon
def macro() -> re.Pattern[str]:
    """A macro-economic quantity (inflation, rates, yields)."""
    return _compile(rf"\b{cue_words('macro_words')}\b")


@per_lexicon
def unknown_ticker() -> re.Pattern[str]:
    """An upper-case word the lexicon may not know that reads as a coin's ticker: a cashtag
    ("$PNUT"), or a word right before "token", "coin" or "price" ("IOST token"); not a
    capital and one digit, the label of a season, layer or version ("the S2 airdrop", "L2
    tokens"). Words that never are tickers (``not_tickers``) are left to the caller: see
    ``is_ticker``."""
    nouns = cue_words("ticker_nouns")
    # each branch reads its first character ($ or a capital) before looking behind it (no
    # word character or $ before that one): most positions fail on one character test,
    # without a look-behind; same matches as the look-behind first
    return re.compile(
        rf"\$(?<![\w$]\$)(?P<cash>[A-Z][A-Z0-9]{{1,9}})\b"
        rf"|(?P<word>[A-Z](?<![\w$][A-Z])(?![0-9]\b)[A-Z0-9]{{1,9}})(?=\s+(?i:{nouns})\b)"
    )


@per_lexicon
def named_coin() -> re.Pattern[str]:
    """An upper-case word the text names as a coin: right after a coin noun ("Solana memecoin
    BONKLE", "the token WOOFY"; group ``after``, the noun in group ``noun``; not the first word of
    a longer name, "the stablecoin GENIUS Act"), set off after one
    as its appositive ("its governance token, CRVN, rose"; group ``apposed``, the noun in
    ``anoun``), or described as
    one in an apposition ("FLOKIX, a cat-themed token launched ..."; group ``described``)."""
    nouns = cue_words("coin_kind_nouns")
    stop = cue_words("apposition_stop_words")  # "FTX, the exchange whose FTT token": no coin
    word = r"[A-Z](?<![\w$][A-Z])[A-Z0-9]{2,9}"
    return re.compile(
        rf"\b(?P<noun>(?i:{nouns}))\s+(?P<after>{word})\b(?!-|\s+[A-Z][a-z])"
        rf"|\b(?P<anoun>(?i:{nouns})),\s+(?P<apposed>{word})(?=,|\)|\s+[—–]\s)"
        rf"|(?P<described>{word}),\s+(?:an?|the)\s+(?:(?!{stop}\b)[\w'’-]+\s+){{0,5}}?"
        rf"(?i:{nouns})\b"
    )


@per_lexicon
def parenthesized_ticker() -> re.Pattern[str]:
    """A ticker in parentheses after a capitalized name ("CoreFlux (CFLX)", "Strategy
    (NASDAQ: MSTR)", "Kizuna Holdings (3962.T)", "(TSE: 3350)": a code of digits only with its
    exchange's suffix or prefix); group ``exchange`` when a stock exchange prefixes it,
    ``suffix`` when the name ends like a company's."""
    exchanges = alternation(lexicon.cue_phrases("stock_exchanges"))
    suffixes = alternation(lexicon.cue_phrases("company_suffixes"))
    return re.compile(
        rf"(?:(?<=\s)(?P<suffix>{suffixes})|(?<=[A-Za-z.]))\s+\("
        rf"(?:(?P<exchange>{exchanges})\s*:\s*)?"
        rf"(?P<ticker>(?=[A-Z0-9]*[A-Z])(?(exchange)[A-Z0-9]{{2,12}}|[A-Z0-9]{{2,5}})"
        rf"(?:\.[A-Z]{{1,2}})?"
        rf"|\d{{3,6}}\.[A-Z]{{1,2}}|(?(exchange)\d{{3,6}}|(?!)))\)"
    )


@per_lexicon
def exchange_code_suffixes() -> dict[str, str]:
    """The suffix a stock exchange's numeric codes take ("TSE" → ".T": "(TSE: 3350)" is
    3350.T)."""
    pairs = (p.split(" ") for p in lexicon.cue_phrases("exchange_code_suffixes"))
    return {exchange: suffix for exchange, suffix in pairs}


@per_lexicon
def _not_tickers() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("not_tickers"))


def is_ticker(word: str) -> bool:
    """An upper-case word that may name a coin ("IOST"), not an acronym ("SEC", "CPI")."""
    return word not in _not_tickers()


@per_lexicon
def attribute_after() -> re.Pattern[str]:
    """A noun right after a coin name that makes the coin an attribute ("Bitcoin holdings")."""
    return _compile(rf"^[\s-]*{cue_words('attribute_nouns')}\b")


@per_lexicon
def issuer_after() -> re.Pattern[str]:
    """A possessive after a provider that makes it an issuer, not a cited source."""
    return _compile(rf"^\s*(?:’s|'s)\s+(?!{cue_words('issuer_possessive_exceptions')})")


@per_lexicon
def cue_before() -> re.Pattern[str]:
    """A citing word ending the text before a provider's name ("according to the")."""
    return _compile(rf"\b{cue_words('citation_cues_before')}\s+(?:the\s+)?$")


@per_lexicon
def filing() -> re.Pattern[str]:
    """A word of announcing or filing ("disclosed", "8-K")."""
    return _compile(rf"\b{cue_words('filing_words')}\b")


@per_lexicon
def issuance() -> re.Pattern[str]:
    """A sale of a company's own securities, verb first or securities first."""
    verbs, nouns = cue_words("issuance_verbs_before"), cue_words("issuance_nouns_after")
    verb_first = rf"\b{verbs}\b.{{0,60}}\b{nouns}\b"  # "sold 6.8 million MSTR shares"
    nouns, verbs = cue_words("issuance_nouns_before"), cue_words("issuance_verbs_after")
    noun_first = rf"\b{nouns}\b.{{0,40}}\b{verbs}\b"  # "preferred stock sales"
    return _compile(f"{verb_first}|{noun_first}")


@per_lexicon
def company_ref() -> re.Pattern[str]:
    """A reference to the company an article reports on ("the firm", "its", "we", "their
    stockpile")."""
    nouns, alone = cue_words("company_nouns"), cue_words("company_self_references")
    return _compile(rf"\b(?:the|its|their|this|that)\s+{nouns}\b|\b{alone}\b")


def _anywhere(name: str) -> re.Pattern[str]:
    return _compile(rf"\b{cue_words(name)}\b")


@per_lexicon
def other_event() -> re.Pattern[str]:
    """A word placing a figure in another event ("previous", "last year", "alone")."""
    return _anywhere("other_event_words")


@per_lexicon
def anaphoric_data() -> re.Pattern[str]:
    """Words pointing back to data already cited ("The data reveals")."""
    return _anywhere("anaphoric_data")


@per_lexicon
def spokesperson() -> re.Pattern[str]:
    """A platform's own voice ("CEO Ben Zhou", "the exchange")."""
    return _anywhere("spokesperson")


@per_lexicon
def combined() -> re.Pattern[str]:
    """A word saying several named things share one figure ("a combined $34.7 million")."""
    return _anywhere("combined_words")


_MONTH_NAMES = frozenset(MONTHS.split("|"))


@per_lexicon
def hypothetical() -> re.Pattern[str]:
    """Conditional or forecast wording ("could slide toward $60,000", "if BTC closes"). A
    cue written in lower case in the list matches in lower case only when it is also a
    month ("may"): capitalised, it is the month ("down 2% since May 1")."""
    phrases = lexicon.cue_phrases("hypothetical")
    months = {p for p in phrases if p in _MONTH_NAMES}
    rest = alternation([p for p in phrases if p not in months])
    modal = "".join(rf"|(?-i:\b{re.escape(p)}\b)" for p in sorted(months))
    return _compile(rf"\b{rest}\b{modal}")


@per_lexicon
def sentiment() -> re.Pattern[str]:
    """A word of market sentiment ("fear", "greed")."""
    return _anywhere("sentiment_words")


@per_lexicon
def breakdown() -> re.Pattern[str]:
    """A word that splits a total told before into parts ("the breakdown of the quarter")."""
    return _anywhere("breakdown_words")


@per_lexicon
def oscillator() -> re.Pattern[str]:
    """An oscillator's name ("RSI", "stochastic")."""
    return _anywhere("oscillator_words")


@per_lexicon
def total() -> re.Pattern[str]:
    """A word making holdings a running total ("bringing", "now", "total")."""
    return _anywhere("total_words")


@per_lexicon
def attribution_cue() -> re.Pattern[str]:
    """A word that makes a named company the source of its sentence ("according to")."""
    return _compile(rf"\b{alternation(lexicon.attribution_phrases('attribution_words'))}\b")


@per_lexicon
def fund_words() -> re.Pattern[str]:
    """A word that shows funds are talked about ("funds", "ETPs")."""
    return _anywhere("fund_context_words")


@per_lexicon
def participant_after() -> re.Pattern[str]:
    """Participants right after a count, one word allowed between ("12,000 liquidated
    traders"), or addresses and wallets, two words allowed ("4 million dormant BTC wallets"):
    group ``addresses``."""
    addresses = rf"(?P<addresses>(?:[\w-]+\s){{0,2}}?{cue_words('active_participant_nouns')})"
    sources = cue_words("anonymous_source_words")  # "three people familiar with the matter"
    participants = rf"(?:[a-z-]+\s)?{cue_words('participant_nouns')}\b(?!\s+{sources}\b)"
    return _compile(rf"^\s(?:{participants}|{addresses}\b)")


@per_lexicon
def destination_before() -> re.Pattern[str]:
    """A word of destination right before a count, hedges allowed ("moved the ETH to 12 new
    wallets", "toward over 40 unfamiliar addresses"): the addresses are where funds went,
    not participants counted."""
    hedges = cue_words("change_size_hedges")
    return _compile(rf"\b{cue_words('destination_words')}\s+(?:{hedges}\s+)*$")


_NOT_COUNTED = r"(?:this|across|less|plus|versus|towards|always|perhaps|unless|thus|times)\b"


@per_lexicon
def participants_of() -> re.Pattern[str]:
    """A noun phrase of participants after "of" ("crypto users", "the traders liquidated"),
    up to three words before the noun ("41% of all crypto users")."""
    return _compile(rf"^(?:[\w-]+\s){{0,3}}?{cue_words('participant_nouns')}\b")


@per_lexicon
def workforce_before() -> re.Pattern[str]:
    """A word of staff shortly before a count of people ("headcount to about 120")."""
    return _compile(rf"\b{cue_words('workforce_words')}\b[^.;:]{{0,30}}$")


@per_lexicon
def coin_value() -> re.Pattern[str]:
    """The words between a coin amount and its dollar value ("617,000 BTC, currently worth
    $37.97 billion", "510,000 ether ($1.1 billion)"), hedges and a short "in ..." allowed."""
    hedges = cue_words("change_size_hedges")
    what = r"(?:\s+(?:in|of)(?:\s+[\w-]+){1,3})?"  # "2,318 ETH in staking rewards, valued at"
    return _compile(rf"^{what}\s*,?\s*{cue_words('coin_value_links')}\s*(?:{hedges}\s+)*~?$")


@per_lexicon
def counted_after() -> re.Pattern[str]:
    """A plural noun right after a count, one word allowed between: the count counts those
    things ("2,941,207 shares", "47 different hacks"), unless they are coins ("6,300 tokens")."""
    coins = cue_words("coin_nouns")
    return _compile(rf"^\s(?:[a-z-]+\s)?(?!{coins}\b|{_NOT_COUNTED})[a-z]{{3,}}s\b")


@per_lexicon
def figure_reference() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure written as a reference to one told before ("The $8.5 billion figure", "this
    $4 trillion milestone"): a determiner ending the text before it (searched), a figure noun
    right after it (matched from its end)."""
    before = r"\b(?:the|this|that)\s+$"
    after = rf"[\s-]+{cue_words('figure_nouns')}\b"
    return _compile(before), _compile(after)


@per_lexicon
def bare_reference() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure standing for one told before with no noun after it ("In this record-setting
    $107 million, transaction fees comprised the largest part"): "this" or "that" (group
    ``det``), up to two modifiers, then the figure, searched in the text before the figure;
    group ``opener`` is a word before it that makes it a determiner, and without one it must
    open its sentence (the caller checks). The end of its phrase after the figure (matched
    from its end). After a noun "that" opens a relative clause ("Liquidations that reached
    $400 million, mostly longs"), which points back to nothing."""
    opener = rf"(?:\b(?P<opener>{cue_words('reference_openers')})\s+)?"
    before = rf"{opener}\b(?P<det>this|that)\s+(?:[a-z]+(?:-[a-z]+)*\s+){{0,2}}$"
    return _compile(before), _compile(r"\s*[,;:]")


@per_lexicon
def pronoun_opening() -> re.Pattern[str]:
    """A sentence whose subject is "it" or "its price" (group 1: the pronoun), after at most
    a linking word ("But it was trading at", "It's trading at", "Its price fell to"),
    matched from the sentence's start."""
    linking = cue_words("pronoun_openers")
    pronoun = r"(it(?=['\u2019]s\s|\s)|its(?=\s+prices?\b))"
    return _compile(rf"[\s\"'\u201c]*(?:{linking},?\s+)?{pronoun}")


@per_lexicon
def shared_noun() -> re.Pattern[str]:
    """The words between two figures that share the noun after the second (matched whole):
    the ends of a range ("20.8 to 23.5 percent higher"), a part and its whole ("$3.3
    billion of the $40 billion backing", "$10 million to a $40 million seed round")."""
    links = cue_words("part_of_whole_links")
    determiner = rf"(?:\s+{cue_words('determiners')})?"
    return _compile(rf"\s*(?:-|\u2013|and|or|{links}{determiner})\s*")


@per_lexicon
def subject_gap() -> re.Pattern[str]:
    """What may stand between a coin and its move with the coin still its subject (matched
    whole): its ticker in brackets ("Bitcoin (BTC)"), its "'s price", an appositive set off
    by commas, adverbs and auxiliaries ("was trading at", "has just fallen")."""
    words = cue_words("subject_gap_words")
    return _compile(
        r"^(?:\s*\(\s*\$?[a-z0-9]{2,10}\s*\))?(?:['\u2019]s(?:\s+prices?)?\b)?\s*(?:,[^,]*,)?"
        rf"\s*(?:[a-z]+ly\s+|{words}\s+)*$"
    )


@per_lexicon
def frequency_word() -> re.Pattern[str]:
    """A count that says how often ("twice"), matched whole against the amount's text."""
    return _compile(rf"{cue_words('frequency_words')}")


@per_lexicon
def level_after_holding() -> re.Pattern[str]:
    """The words between a verb of holding and a figure that make it a level held ("holding
    at", "held above"), matched whole, hedges allowed."""
    hedges = cue_words("change_size_hedges")
    return _compile(rf"\s+{cue_words('level_after_holding')}\s+(?:{hedges}\s+)*~?")


@per_lexicon
def sale_after() -> re.Pattern[str]:
    """A sale of the company's own securities right after money ("$852 million from issuing
    nearly 45 million common shares"), matched from the amount's end."""
    return _compile(rf"\s+(?:from|by|through|via)\s+(?:{issuance().pattern})")


@per_lexicon
def managed_assets() -> re.Pattern[str]:
    """A word of assets a manager runs for clients ("assets under management")."""
    return _compile(rf"{cue_words('managed_asset_words')}")


@per_lexicon
def funds_after() -> re.Pattern[str]:
    """A fund group right after a count, two words allowed between ("12 spot Bitcoin ETFs")."""
    return _compile(rf"\s(?:[a-z-]+\s){{0,2}}?{cue_words('fund_group_nouns')}\b")


def market_wide() -> frozenset[str]:
    """Metrics of the whole crypto market where the sentence names no asset."""
    return lexicon.cue_metrics("market_wide_metrics")


def company_metrics() -> frozenset[str]:
    """Metrics a company reports about itself."""
    return lexicon.cue_metrics("company_metrics")


def stock_metrics() -> frozenset[str]:
    """Levels rather than flows: an undated one holds as of publication."""
    return lexicon.cue_metrics("stock_metrics")


def carried_asset_metrics() -> frozenset[str]:
    """Metrics that take the paragraph's or article's asset where their sentence names none."""
    return lexicon.cue_metrics("carried_asset_metrics")


def directional_metrics() -> frozenset[str]:
    """Metrics whose side is up or down."""
    return lexicon.cue_metrics("directional_metrics")


@per_lexicon
def restated_move_link() -> re.Pattern[str]:
    """The text between a figure and a percentage that restates its move, matched whole: a
    comma or a dash in the same clause run, then a link word or an article, hedges allowed
    (", which represents a", " – or a", ", an", ", up nearly"). Group ``signed`` when the
    link itself says the direction ("up", "down"), ``share`` when it makes the percentage
    the figure's share of a whole (", making up"). A verb with the figure as its subject
    links them without a comma ("The $8.5 billion figure marks a")."""
    hedges = cue_words("change_size_hedges")
    verb = rf"(?:\s+{cue_words('figure_nouns')})?\s+{cue_words('restated_move_verbs')}\s+"
    return _compile(
        rf"^(?:[^.;:!?]{{0,50}}?(?:,|\s[–—-])\s*"
        rf"(?:(?P<signed>up|down)\s+|(?P<share>{cue_words('restated_share_links')})\s+|"
        rf"{cue_words('restated_move_links')}\s+)?|{verb})"
        rf"(?:{hedges}\s+)*~?$"
    )


@per_lexicon
def move_noun_after() -> re.Pattern[str]:
    """A noun of a move right after a percentage, one word allowed before it ("a 52% monthly
    increase")."""
    return _compile(rf"[\s-]+(?:[\w-]+\s+)?{cue_words('move_nouns')}\b")


@per_lexicon
def share_up_before() -> re.Pattern[str]:
    """A verb that makes a following "up" a share of a whole ("making up 31.27%")."""
    return _compile(rf"\b{cue_words('share_up_verbs')}\s+$")
