"""The amount grammar: one combined pattern over the text, and the word tables behind it.

Everything the grammar knows (scales, currencies, unit words, qualifiers, number words,
time units, coin names and the words around a number that change its reading) comes
from the data files under ``extractor/data``; this module only compiles it. The finder
runs one scan of :attr:`Grammar.scan`, whose three branches are a ratio ("3:1",
"one-to-one"), a number in digits with its currency and scale ("-$2.65 billion",
"US$ 1.5bn", "Rs 28,95,454") and a run of number words ("thirty-four", "half a million").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import lexicon
from extractor.errors import LexiconError
from extractor.lexicon import per_lexicon
from extractor.nlp import lemmas, tries
from extractor.nlp.numbers import FRACTIONS
from extractor.nlp.scale_slips import slipped_scales
from extractor.nlp.spelled import Vocabulary
from extractor.price_highs import highest_price

# Full names before abbreviations, so "5 February" is not read as "5 Feb".
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
VULGAR = "".join(FRACTIONS)
NUM = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"  # Indian grouping: "28,95,454" (lakh, crore)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?"  # no-break or thin space groups
    r"|\d{1,3}(?: \d{3}){2,}(?!\d|[,.]\d)"  # "1 414 021 100": space groups, two or more
    rf"|\d+(?:\.\d+|[ ]?[{VULGAR}])?"  # a vulgar fraction after the whole: "2½", "12 ½"
    rf"|[{VULGAR}]"  # alone: "¾"
)


_DIGIT_PART = r"\d{1,2}|[Oo]ne"  # the first number of a share the scan itself reads


def _ratio_pattern(counted: Iterable[str], part: str) -> str:
    """ "3:1", "one-to-one", a share of a group and "1/3 of". The share ("1 in 5 holders",
    "one in every four Americans", "7 out of 10 investors", "three in 10 people", "one in
    twenty owners", "one in a hundred wallets") stands before the group's noun, a plural or
    a word counted like one, which a word may qualify ("five American adults"); ``part`` is
    the pattern of its first number."""
    group = rf"[A-Za-z]+s|{alternation(counted)}"
    return (
        r"(?<!:)(?P<r1>\d):(?P<r2>\d)\b(?!\s?(?:[ap]\.?m\.?|UTC|GMT|ET))"
        r"|(?P<r3>\d|[Oo]ne)-to-(?P<r4>\d|one)\b"
        rf"|(?P<r5>{part})[ ](?P<out>out[ ]of|in)[ ](?:every[ ])?"
        rf"(?P<r6>\d{{1,3}}|(?:a[ ])?[a-z]+)(?=[ ](?:[A-Za-z][a-z]+[ ])?(?P<r7>{group})\b)"
        # "1/3 of all bitcoin": a share, as "a third of" is ("5/17 of" is a date's)
        r"|(?P<r8>\d)/(?P<r9>[2-9])(?=[ ]of\b)"
    )


Unit = tuple[str, str, float]  # kind, unit, factor


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns and word tables the finder uses."""

    scan: re.Pattern[str]
    # "Seven out of 10 investors", "two in five": a share whose first number is a word,
    # tried where the scan finds a written number (the scan itself tries digits and "one")
    word_share: re.Pattern[str]
    scales: Mapping[str, float]
    money_scales: frozenset[str]  # a scale only with a currency: "$22mm", not "22mm apart"
    units_after: re.Pattern[str]
    glued: frozenset[str]  # unit forms read only touching the number ("43c", "5pc")
    units: Mapping[str, Unit]  # unit word or sign after a number, exact and lowercase keys
    ambiguous_units: frozenset[str]  # "won": a currency only after a large number
    # a form read as its currency only where the text names it ("N", "164p"): the words
    named_by: Mapping[str, re.Pattern[str]]
    currency_codes: Mapping[str, str]  # a currency form written before the number → code
    crypto_codes: frozenset[str]  # codes of coin signs ("₿")
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    the_bound_after: frozenset[str]  # after-phrases that bound only after "the": "club"
    processing_verbs: frozenset[str]  # every form of a verb that also means "processed"
    processors: frozenset[str]  # "exchanges", "upbit": a subject that processes an amount
    hyphen_after: re.Pattern[str]  # a bound joined by a hyphen: "1,000-plus BTC", "40-odd"
    qualifiers: Mapping[str, str]
    object_bounds: tuple[tuple[re.Pattern[str], str], ...]  # "cap each wallet at "
    bare_verbs: frozenset[str]  # "top": after "the" a noun or adjective ("the top 1%")
    qualifier_ends: frozenset[str]  # last words of the phrases before: a fast first check
    qualifier_after_starts: frozenset[str]  # first words of the phrases after ("or", "was")
    qualifiers_by_end: Mapping[str, tuple[str, ...]]  # last word → phrases, longest first
    time_unit_after: re.Pattern[str]
    counted_word: re.Pattern[str]
    vocabulary: Vocabulary
    word_qualifiers: Mapping[str, str]
    coins: Mapping[str, str]
    ambiguous_coins: frozenset[str]
    blocked_after: re.Pattern[str]
    blocked_small: re.Pattern[str]  # "11 bitcoin ETF": a singular noun after a small count
    context: Mapping[str, frozenset[str]]  # role → words (threshold, timeframe, ...)
    threshold_after: re.Pattern[str]
    negative_before: re.Pattern[str]  # "minus 5%", "negative two percent"; not "plus or minus"
    timeframe_after: re.Pattern[str]
    # "Bitcoin drops below ", "BTC's price is back above ": a coin with a known dearest
    # price moving, right before a bare figure; group ``coin`` is its name
    coin_level_before: re.Pattern[str]
    # "increase by ", "rose about ": a change verb or "by" right before a bare figure
    change_before: re.Pattern[str]
    # " to reach ", " to a record ": between the size of a change and the level it reached
    to_level: re.Pattern[str]
    # "BTC/USD traded at ": a coin's pair with a currency moving, right before a bare figure;
    # groups ``coin`` and ``code``
    pair_level_before: re.Pattern[str]
    # "USDT tops ", "USDC stood at ": a stablecoin's ticker moving, right before a bare
    # figure; group ``coin``
    stable_level_before: re.Pattern[str]
    # "wallets holding between ", "claims of ", "entities with more than ": a plural group
    # whose members the bound after it defines
    cohort_before: re.Pattern[str]
    # " key Ethereum price metrics", " significant developments": an article's counter
    listicle_after: re.Pattern[str]


def alternation(words: Iterable[str]) -> str:
    """Longest first, so "million" is tried before "m"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def trie(words: Iterable[str]) -> str:
    """An alternation as a prefix tree ("t(?:en|h(?:irty|ree)|wo)"): the scan tries a few
    first letters at each word instead of every word, and longer words still win."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# function words ("is", "in", "and"): a currency sign spaced after a number may stand before one
_FUNCTION_WORDS = trie(w for w in STOP_WORDS if w.isalpha() and w.islower())


def _phrase_trie(words: Iterable[str]) -> str:
    """Like :func:`_phrase` for a case-insensitive pattern tried at every number: the
    lowercase words as a prefix tree where one matches what the alternation matches, so
    the scan tries a few first letters instead of every word."""
    return tries.alternation({w.lower() for w in words}, space=r"[\s-]")


def _phrase(words: Iterable[str]) -> str:
    """Like :func:`alternation`, a space inside a phrase matching a space or a hyphen."""
    return alternation(words).replace(r"\ ", r"[\s-]")


def _currency_before(form: str, ambiguous: bool) -> str:
    """A sign or code written before the number, in any case unless it is an ordinary word
    too ("try"); "US$" and "HK$" also as "us $" and "hk$", "C$" also as "c$" ("a $5 million
    deal" and "Thursday's $231 million" stay dollars)."""
    prefix = form[:-1]
    if form.endswith("$") and prefix.replace(".", "").isalpha() and prefix != "A":
        space = "" if len(prefix.replace(".", "")) == 1 else "[ ]?"
        return rf"(?<!['’.])(?i:{re.escape(prefix)}){space}\$"
    if form.isalpha() and form.isupper() and not ambiguous:
        return rf"(?i:{re.escape(form)})"
    return re.escape(form)


def _first_character(patterns: Mapping[str, str]) -> str:
    """A look-ahead for the first character of every currency form's pattern (in any case
    where the pattern ignores case): where none can start, most often at the digits
    themselves, one test skips the alternation of every form."""
    folded = {f[0] for f, p in patterns.items() if p.startswith(("(?i:", "(?<!['’.])(?i:"))}
    exact = {f[0] for f in patterns} - folded

    def chars(found: set[str]) -> str:
        return "".join(re.escape(c) for c in sorted(found))

    tests = [f"(?i:[{chars(folded)}])"] if folded else []
    tests += [f"[{chars(exact)}]"] if exact else []
    return f"(?={'|'.join(tests)})" if tests else ""


_CODE = re.compile(r"[A-Z]{3}")


def _core_pattern(spaced: str, slipped: str) -> str:
    """[sign][currency]number[scale][+]: "-$2.65 billion", "$2B+", "€3.4m", "USD 258.8 million",
    "US$ 1.5 billion", "2.3billion", "$70Ks"."""
    scales = lexicon.scales()
    attached = alternation(s.word for s in scales if s.attached)
    # abbreviations of two letters or more may stand apart from the number ("$3.8 bn"), "m" not
    attached_words = alternation(s.word for s in scales if s.attached and len(s.word) > 1)
    currencies = lexicon.currencies()
    ambiguous = {c.form for c in currencies if c.ambiguous}
    forms = sorted(
        {c.form for c in currencies if c.position != "after"}
        | {f"{c.code}$" for c in currencies if c.position == "both" and not c.named_by},
        key=len,
        reverse=True,
    )
    named = {c.form for c in currencies if c.named_by}
    patterns = {
        # a letter read as a currency touches the digits: "N1.2 billion", not "N 12"; a code
        # read so is a whole word in capitals, apart or not: "COP 9.4 trillion", "KZT1.2bn",
        # as are signs of more letters or a symbol: "TL 2.5 billion", "GH₵ 1.2 trillion"
        f: (
            rf"(?<![A-Za-z]){f}(?=[ ]?\d)"
            if _CODE.fullmatch(f)
            else rf"(?<![A-Za-z]){re.escape(f)}(?=[ ]?\d)"
            if len(f) > 1
            else rf"{re.escape(f)}(?=\d)"
        )
        if f in named
        else _currency_before(f, f in ambiguous)
        for f in forms
    }
    before = "|".join(patterns.values())
    return (
        # not inside a date, a ratio or a time ("5/17", "3:1"); a currency sign may follow a
        # slash: a price in a second currency ("$15/£13.49")
        rf"(?:(?<![.,/:%])|(?<=/)(?=[$€£¥₹]))(?P<sign>[+\-−](?=[$€£¥₹\d]))?"
        # a currency form is at most six characters before the digits: skip every other word
        # (the run of other characters is never given back: the digit is none of them)
        rf"(?=[^\d\n]{{0,6}}+\d|[{VULGAR}])"
        rf"(?:{_first_character(patterns)}(?P<cur>{before})[ \t]?(?P<sign2>[\-−](?=\d))?)?"
        rf"(?P<num>{NUM})(?!\d)"
        rf"(?:[ ]?(?P<sa>(?i:{attached_words}))(?![A-Za-z0-9])"
        rf"|(?P<sa1>(?i:{attached}))(?P<ks>(?<=[kK])s)?(?![A-Za-z0-9])"
        # a scale word in any case; its slip only in lowercase ("3 Billon coins" is a name)
        rf"|(?:[ \t]|-(?=[a-z]))?(?P<sw>(?i:{spaced})|{slipped})\b"
        rf"(?:[ \t](?P<sw2>(?i:{spaced})|{slipped})\b)?"
        # a capital letter apart ends the figure: "difficulty hits 114.7 T, rising 5.6%"
        rf"|[ ](?P<sa2>[KMBT])(?=[,.;:)!?]|[ \t]*\n|[ \t]*\Z))?"
        rf"(?P<plus>\+(?!\d))?"
    )


def vocabulary() -> Vocabulary:
    words = lexicon.number_words()

    def role(name: str) -> dict[str, float]:
        return {w.word: w.value for w in words if w.role == name}

    scales = {s.word.lower(): s.factor for s in lexicon.scales() if not s.attached}
    return Vocabulary(
        cardinals=role("cardinal"),
        tens=role("tens"),
        scales={**scales, **role("multiplier")},
        fractions=role("fraction"),
        multiples=role("multiple"),
    )


def _spelled_pattern(v: Vocabulary) -> str:
    """A run of number words: "one hundred and two", "twenty-six", "half a million",
    "two-thirds of a billion", "one and a half", "twice", "sevenfold"."""
    numbers = [*v.cardinals, *v.tens]
    words = [*numbers, *(f"{n}fold" for n in numbers), *v.scales, *v.fractions, *v.multiples]
    sep = r"(?:[ \t]*-[ \t]*|[ \t]+(?:(?:and|&)[ \t]+)?(?:(?:of[ \t]+)?an?[ \t]+)?)"
    # bounded: a run of number words that reads as one number is short, and the part of a
    # longer run left unread is scanned again, which must not make a long run quadratic;
    # "point" goes on a run ("two point five"), it never starts one
    return rf"(?i:(?:an?[ \t]+)?(?:{trie(words)})(?:{sep}(?:{trie([*words, 'point'])})){{0,15}}\b)"


def _single_pattern() -> str:
    """ "a dollar", "an euro": one of a currency whose table has its plural too ("dollars"),
    where it ends the phrase or comes before a function word ("above a dollar and 42
    cents", "to a dollar in four months"); "a dollar value", "a dollar-based index" name
    the currency."""
    forms = {c.form for c in lexicon.currencies() if c.position == "after"}
    singular = [f for f in forms if f.replace(" ", "").isalpha() and f"{f}s" in forms]
    return (
        rf"[Aa]n?[ \t]+(?P<single_unit>(?i:{_phrase_trie(singular)}))"
        rf"(?=[ \t]*(?:[,.;:!?)]|\n|\Z)|[ \t]+(?:{_FUNCTION_WORDS})(?![\w-]))"
    )


def _units_after() -> tuple[str, dict[str, Unit], frozenset[str], frozenset[str]]:
    """Units written after a number: signs ("85,000$", "5 %"), codes ("5 million CHF") and
    words ("42,000 dollars", "50 basis points", "25-basis-point", "2200 sats"); with the
    pattern, the units by form, the ambiguous forms and the forms read only glued."""
    units: dict[str, Unit] = {}
    signs: list[str] = []
    codes: list[str] = []
    words: list[str] = []
    glued: list[str] = []
    for u in lexicon.unit_words():
        units[u.form] = (u.kind, u.unit, u.factor)
        (glued if u.glued else words if u.form.isalpha() or " " in u.form else signs).append(u.form)
    ambiguous = set()
    currency_signs = []
    named: list[str] = []
    for c in lexicon.currencies():
        if c.position == "before":
            continue
        units[c.form] = ("money", c.code, c.factor)
        if c.glued:
            glued.append(c.form)
            continue
        if c.ambiguous and not c.form.isupper():
            ambiguous.add(c.form)
        if c.named_by and c.ambiguous and c.form.replace(".", "").isalpha():
            named.append(c.form)
        elif c.form.isupper() and c.form.isalpha():
            (codes if c.ambiguous else words).append(c.form)
        elif c.form.replace(" ", "").replace(".", "").isalpha():
            words.append(c.form)
        else:
            currency_signs.append(c.form)
    # a currency sign after the number is glued to it ("85,000$"), ends the phrase ("10 €.")
    # or comes before a function word ("10 $ is", "60,000 $ in Asia"); "1 $ python3" is a prompt
    pattern = (
        rf"(?P<glued>{alternation(glued)})(?![A-Za-z0-9]|\.[A-Za-z])"
        rf"|(?P<cur>{alternation(currency_signs)})(?![ \t]?\d|[A-Za-z])"
        rf"|[ \t](?P<spaced>{alternation(currency_signs)})"
        rf"(?=[,.;:!?)]|[ \t]*(?:\n|\Z)|[ \t]+(?:{_FUNCTION_WORDS})(?![\w-]))"
        rf"|(?:[ \t]|-(?=[A-Za-z]))?(?:(?P<sign>{alternation(signs)})"
        rf"|(?P<code>{alternation(codes)})(?![A-Za-z0-9])"
        # a currency's sign, code or name read where the text names it, as written and ending
        # its noun phrase: "30 million lei from", "2 billion kr.", "500 million TL in"; not
        # "500 real estate deals", "40 TL engineers"
        rf"|(?P<named>{alternation(named)})(?![A-Za-z0-9])"
        rf"(?![ \t]+(?!(?:{_FUNCTION_WORDS}|worth)\b)[a-z])"
        rf"|(?P<word>(?i:{_phrase_trie(words)}))(?![A-Za-z0-9]))"
    )
    return pattern, units, frozenset(ambiguous), frozenset(glued)


def _inflections(lemma: str) -> set[str]:
    """A verb's forms: those the lemma table knows ("overtake" → overtook), less adjective
    forms ("nearer"), and the regular ones it may lack ("cross" → crosses)."""
    known = {f for f in lemmas.inflections([lemma]) if not f.endswith(("er", "est"))}
    if lemma.endswith("e"):
        return known | {lemma, f"{lemma}s", f"{lemma}d", f"{lemma[:-1]}ing"}
    es = "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s"
    stem = lemma + lemma[-1] if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma) else lemma
    return known | {lemma, lemma + es, f"{stem}ed", f"{stem}ing"}


def _phrasal_forms(phrase: str) -> set[str]:
    """A verb phrase's forms, its first word inflected ("top out at" → "topped out at")."""
    verb, _, rest = phrase.partition(" ")
    return {f"{form} {rest}".rstrip() for form in _inflections(verb)}


def _verb_forms(context: Mapping[str, frozenset[str]], role: str) -> frozenset[str]:
    """Every form of each verb of ``role``, as the lemma table knows them ("fall" → falls,
    fell, fallen, falling); its adjective forms ("nearer", "clearest") are no verbs. An
    entry that is not its own lemma would match only some of its forms: a data error."""
    verbs = context[role]
    if wrong := sorted(v for v in verbs if lemmas.lemma(v) != v):
        path = lexicon.current().folder / "number_context.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines()
        listed = (n for n, line in enumerate(lines, 1) if f'"{wrong[0]}"' in line and role in line)
        at = next(listed, 0)
        raise LexiconError(
            f"{path}:{at}: word: {role} entries must be lemmas, not {wrong[0]!r}"
            f" ({lemmas.lemma(wrong[0])!r})"
        )
    forms = lemmas.inflections(verbs)
    return frozenset(f for f in forms if f in verbs or not f.endswith(("er", "est")))


def _processors() -> frozenset[str]:
    """The words of the cue list processing_subjects and the one-word names of venues (not
    those that are also ordinary words): subjects that process the amount their verb takes."""
    venues = {n for v in lexicon.venues() for n in v.names if " " not in n and n not in v.ambiguous}
    return frozenset(lexicon.cue_phrases("processing_subjects")) | venues


_AUXILIARIES = ("was", "were", "has been", "have been", "had been", "is", "are")


def _qualifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], set[str]]:
    quals: dict[str, str] = {}
    bare_verbs: set[str] = set()
    after: list[str] = []
    for q in lexicon.qualifiers():
        if q.object_then:
            continue  # read by :func:`_object_bounds`: "cap" alone is a noun as often
        if q.position == "after":
            after.append(q.phrase)
            quals[q.phrase] = q.qualifier
            continue
        forms = _phrasal_forms(q.phrase) if q.verb else {q.phrase}
        quals.update(dict.fromkeys(forms, q.qualifier))
        if q.verb:
            bare_verbs.add(q.phrase)
            # "the first ten million was surpassed": the passive after the amount
            for past in (f for f in forms if f.endswith("ed")):
                for aux in _AUXILIARIES:
                    after.append(f"{aux} {past}")
                    quals[f"{aux} {past}"] = q.qualifier
    before = re.compile(
        rf"(?i)(?:^|(?<=[\s(—–]))(?P<q>{trie(quals.keys() - set(after))})\s*"
        rf"(?P<det>(?:a|an|just|only|some)\s+|the\s+(?:[a-z-]+\s+)?)?$"
    )
    # "3% or more", "280 characters or less", "$60K-ish"
    after_pattern = re.compile(
        rf"(?i)^(?:\s+[a-z]+){{0,2}}?(?:\s*,?\s+|(?=-))(?P<q>{alternation(after)})\b"
    )
    return before, after_pattern, quals, bare_verbs


# the object between a verb and its preposition: a determiner or a word that is no function
# word ("cap each eNaira wallet at", "limits options positions to"; not "cap of the token at")
_OBJECT_WORD = rf"(?:each|any|all|every|its|their|the|a|an|(?!(?:{_FUNCTION_WORDS})\b)[\w'’-]+)"
# a word before the verb that makes it a noun: "the market cap", "its cap", "a limit"
_NOUN_BEFORE = re.compile(r"(?i)(?:\b(?:market|the|a|an|its|their|daily|monthly)|['’]s)\s+$")


def _object_bounds() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Verbs bounding a figure across their object ("will cap each wallet at ", "limits
    options positions to "), each as a pattern ending where the figure starts, with its
    bound."""
    found = []
    for q in lexicon.qualifiers():
        if q.object_then:
            forms = alternation(_inflections(q.phrase))
            found.append(
                (
                    re.compile(
                        rf"(?i)(?<![\w'’-])(?:{forms})\s+(?:{_OBJECT_WORD}\s+){{1,4}}"
                        rf"{re.escape(q.object_then)}\s+$"
                    ),
                    q.qualifier,
                )
            )
    return tuple(found)


def object_bound(text: str, start: int, g: Grammar) -> str:
    """The bound a verb puts on the figure at ``start`` across its object, or ""."""
    window = text[max(0, start - 60) : start]
    for pattern, bound in g.object_bounds:
        if (m := pattern.search(window)) and not _NOUN_BEFORE.search(window, 0, m.start()):
            return bound
    return ""


def _naming(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the words naming a currency, as written ("naira", "₦", "NGN"); a lowercase
    name also capitalized ("Naira P2P volumes"), a word whole, a sign anywhere ("£48")."""
    names = {w for w in words if w.isalpha()}
    cased = names | {w.capitalize() for w in names if w.islower()}
    signs = [w for w in words if w not in names]
    either = [rf"(?<!\w)(?:{alternation(cased)})(?!\w)"] if cased else []
    return re.compile("|".join(either + ([alternation(signs)] if signs else [])))


@lru_cache(maxsize=32)
def names_currency(text: str, naming: re.Pattern[str]) -> bool:
    """Whether ``text`` names the currency ``naming`` finds (once per text and currency)."""
    return naming.search(text) is not None


def _by_last_word(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    by_end: dict[str, list[str]] = {}
    for phrase in phrases:
        by_end.setdefault(phrase.split()[-1], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_end.items()}


def _coin_names() -> tuple[dict[str, str], frozenset[str]]:
    """Coin and stablecoin names written after a number ("46,000 bitcoin"), and which of
    them are ordinary words (counted as a unit only in upper case: "500 SOL")."""
    coins: dict[str, str] = {}
    ambiguous: set[str] = set()
    for asset in lexicon.assets():
        if asset.kind in ("crypto", "stablecoin"):
            for name in asset.names:
                coins.setdefault(name.lstrip("$"), asset.id)
            ambiguous.update(n.lstrip("$") for n in asset.ambiguous)
    return coins, frozenset(ambiguous)


def _context() -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for w in lexicon.number_context():
        roles.setdefault(w.role, set()).add(w.word)
    return {k: frozenset(v) for k, v in roles.items()}


@per_lexicon
def grammar() -> Grammar:
    """Build the grammar from the active lexicon's data files (once per lexicon)."""
    scales = {s.word.lower(): s.factor for s in lexicon.scales()}
    # "$3.7 milion": a slip of a scale word is that scale, not a figure without one
    slipped = slipped_scales({w: f for w, f in scales.items() if w in vocabulary().scales})
    scales |= slipped
    # prefix trees: the slips multiply the words tried after every number
    spaced = trie(s.word.lower() for s in lexicon.scales() if not s.attached)
    vocab = vocabulary()
    context = _context()
    # every branch starts a word: one look behind skips the inside of words, and one look
    # ahead the spaces between them, where no branch starts
    scan = re.compile(
        rf"(?<!\w)(?!\s)(?:(?P<ratio>{_ratio_pattern(context['counted'], _DIGIT_PART)})"
        rf"|(?P<core>{_core_pattern(spaced, trie(slipped))})"
        rf"|(?P<spelled>{_spelled_pattern(vocab)})|(?P<single>{_single_pattern()}))"
    )
    units_after, units, ambiguous_units, glued = _units_after()
    parts = trie(w for w, value in vocab.cardinals.items() if 1 <= value < 20)
    before, after, quals, bare_verbs = _qualifier_patterns()
    after_phrases = {q.phrase for q in lexicon.qualifiers() if q.position == "after"}
    after_phrases |= {p for p in quals if any(p.startswith(f"{a} ") for a in _AUXILIARIES)}
    time_units = alternation(u.word for u in lexicon.time_units())
    coins, ambiguous = _coin_names()
    words_before_times = [*context["portion"], *context["determiner"], *vocab.cardinals]
    not_adjectives = alternation(["past", "per", "a", "an", *words_before_times, *vocab.tens])
    # plural blockers always; a singular one ("treasury") only before a plural noun
    blockers = [b.word for b in lexicon.unit_blockers()]
    plural = [b for b in blockers if b.endswith("s")]
    singular = [b for b in blockers if not b.endswith("s")]
    return Grammar(
        scan=scan,
        word_share=re.compile(_ratio_pattern(context["counted"], f"(?i:{parts})")),
        scales=scales,
        money_scales=frozenset(s.word.lower() for s in lexicon.scales() if s.money),
        units_after=re.compile(units_after),
        glued=glued,
        units=units | {k.lower(): v for k, v in units.items()},
        ambiguous_units=ambiguous_units,
        named_by={c.form: _naming(c.named_by) for c in lexicon.currencies() if c.named_by},
        currency_codes={
            c.form.upper(): c.code for c in lexicon.currencies() if c.position != "after"
        },
        crypto_codes=frozenset(c.code for c in lexicon.currencies() if c.kind == "crypto"),
        qualifier_before=before,
        qualifier_after=after,
        the_bound_after=frozenset(q.phrase for q in lexicon.qualifiers() if q.after_the),
        processing_verbs=frozenset(
            form for q in lexicon.qualifiers() if q.processing for form in _phrasal_forms(q.phrase)
        ),
        processors=_processors(),
        hyphen_after=re.compile(
            rf"(?i)(?:{alternation(p for p in after_phrases if p.startswith('-'))})\b"
        ),
        qualifiers={k.lower(): v for k, v in quals.items()},
        object_bounds=_object_bounds(),
        bare_verbs=frozenset(bare_verbs),
        qualifier_ends=frozenset(
            p.split()[-1].lower() for p, q in quals.items() if p not in after_phrases
        ),
        qualifiers_by_end=_by_last_word(p.lower() for p in quals if p not in after_phrases),
        qualifier_after_starts=frozenset(
            p.replace("-", " ").split()[0].lower() for p in after_phrases
        ),
        # "24 hours", "3 straight days"; not "68 last week", "53,551 the day after"
        time_unit_after=re.compile(
            rf"(?i)^[\s-](?:(?!(?:{not_adjectives})\s)[a-z]+\s)?(?:{time_units})s?\b"
            r"(?![-\s](?:point|percentage))"  # "two quarter-point cuts": a count of moves
        ),
        counted_word=re.compile(
            rf"(?i)^\s(?:[a-z-]+\s){{0,2}}?(?:[a-z]+s|{alternation(context['counted'])})\b"
        ),
        vocabulary=vocab,
        word_qualifiers={w.word: w.qualifier for w in lexicon.number_words()},
        coins=coins,
        ambiguous_coins=ambiguous,
        blocked_after=re.compile(
            rf"(?i)[ -](?:{alternation(plural)}|(?:{alternation(singular)})\s[a-z]+s)\b"
        ),
        blocked_small=re.compile(rf"(?i)[ -](?:{alternation(singular)})\b"),
        context=context,
        negative_before=re.compile(
            rf"(?i)(?<!\bor )\b(?:{alternation(context['negative'])})[ \t]+$"
        ),
        threshold_after=re.compile(
            rf"(?i)^\s+(?:[a-z-]+\s+)?(?:{alternation(context['threshold'])})\b"
        ),
        timeframe_after=re.compile(
            r"(?i)^(?:\s*(?:,|and|or|/|&)\s*\d+[a-z]{1,2})*\s+(?:[a-z]+\s+)?"
            rf"(?:{_phrase(context['timeframe'])})\b"
        ),
        coin_level_before=_coin_level_before(coins, context),
        pair_level_before=_pair_level_before(context),
        stable_level_before=_stable_level_before(ambiguous, context),
        change_before=re.compile(
            rf"(?i)\b(?:{alternation(_verb_forms(context, 'change_verb'))})\s+(?:by\s+)?"
            rf"(?:(?:{alternation(p.lower() for p in quals if p not in after_phrases)})\s+)?$"
        ),
        to_level=re.compile(rf"(?i)\s+to\s+(?:(?:{alternation(context['level_gap'])})\s+){{0,3}}"),
        listicle_after=re.compile(
            rf"(?i)^\s(?:{alternation(context['listicle_adjective'])})\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternation(context['listicle'] | context['listicle_topic'])})\b"
        ),
        cohort_before=re.compile(
            rf"(?i)\b(?:{alternation(context['cohort'])})"
            r"\s+(?P<link>(?:that|who|which)\s+(?:hold|held|own|owned|have|had)|holding|owning"
            r"|owed|with|of)"
            r"\s+(?:(?:balances?|holdings|stakes?)\s+(?:of\s+)?)?(?:[a-z]+\s+){0,2}[$€£₹]?$"
        ),
    )


# the size of a move between the verb and the level it reached: "fell 3K to ", "slid 5% to ",
# "rallied from 2,800 to "; or a first move the subject made: "drops 2K, then reclaims "
_MOVE_SIZE = r"\$?\d[\d,.]*(?:[kK]|\s?%|\s(?:percent|per\s+cent))?"


def _moved_to(context: Mapping[str, frozenset[str]]) -> str:
    """The move of a price's subject up to the number: "'s price slips to ", " reclaims ",
    " fell 3K to ", " drops 2K, then reclaims "."""
    verbs = alternation(_verb_forms(context, "price_verb") | context["level_link"])
    preps = alternation(context["level_preposition"])
    size = rf"(?:by\s+|from\s+)?{_MOVE_SIZE}\s+(?=(?:to|from)\s)"
    first = rf"(?:{verbs})\s+(?:by\s+)?{_MOVE_SIZE},?\s+(?:then|and|but|before)\s+"
    return (
        rf"(?:['\u2019]s)?(?:\s+price)?\s+(?:[a-z]+ly\s+)?(?:{first})?"
        rf"(?:(?:(?:{verbs})\s+){{1,2}}(?:{size})?(?:(?:{preps})\s+)?|(?:{preps})\s+)$"
    )


def _coin_level_before(
    coins: Mapping[str, str], context: Mapping[str, frozenset[str]]
) -> re.Pattern[str]:
    """A coin whose dearest price is known, as the subject of a move that ends right before
    a number: "Bitcoin drops below ", "BTC reclaims ", "Ethereum price slips to "."""
    names = alternation(n for n, coin in coins.items() if highest_price(coin) is not None)
    return re.compile(rf"(?i)(?<![\w$/])(?P<coin>{names}){_moved_to(context)}")


def _stable_level_before(
    ambiguous: frozenset[str], context: Mapping[str, frozenset[str]]
) -> re.Pattern[str]:
    """A stablecoin written as its ticker, the subject of a move that ends right before a
    number: "USDT tops ", "USDC stood at ". Its issuer's name ("Tether holds 80 billion")
    may be counting dollars, and is left out."""
    tickers = alternation(
        name
        for asset in lexicon.assets()
        if asset.kind == "stablecoin"
        for name in asset.names
        if name == asset.id.lower() and name not in ambiguous
    )
    return re.compile(rf"(?i)(?<![\w$/])(?P<coin>{tickers}){_moved_to(context)}")


def _pair_level_before(context: Mapping[str, frozenset[str]]) -> re.Pattern[str]:
    """A coin's pair with a currency, as the subject of a move that ends right before a
    number: "BTC/USD traded at ", "SOL/EUR slipped below "."""
    codes = alternation(
        c.code for c in lexicon.currencies() if c.form == c.code and c.kind != "crypto"
    )
    return re.compile(
        rf"(?i)(?<![\w$/])(?P<coin>[a-z]{{2,6}})/(?P<code>{codes})\b(?:\s+(?:pair|cross))?"
        rf"{_moved_to(context)}"
    )
