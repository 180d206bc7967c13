"""Read one match of the amount grammar into an :class:`Amount`, or decide it is no amount.

Each reader returns the amount (or None) and the offset where the scan goes on: a unit
read after the number ("42,000 dollars") or a score's scale ("76 out of 100") is consumed,
and a run of number words read only in part ("two three") is scanned again after the part.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from extractor.errors import InputError
from extractor.nlp.amount import Amount
from extractor.nlp.amount_grammar import MONTHS, Grammar, names_currency, object_bound
from extractor.nlp.numbers import FRACTIONS, half_step, parse_number
from extractor.nlp.spelled import Reading, read_spelled
from extractor.nlp.time_zones import names_a_zone

Found = tuple[Amount | None, int]
UnitAfter = tuple[str, str, float, int]  # kind, unit, factor, new end

# "May 5", "March, 15", "IconFeb 3" (a month glued to a page's icon label)
_MONTH_BEFORE = re.compile(
    rf"(?:(?i:\b(?:{MONTHS}))|(?<=[a-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)"
    r"\.?,?\s*$"
)
_MONTH_AFTER = re.compile(rf"(?i)^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b")
# the first day of a pair before its month ("14 and 15 October", "21 or 22 Nov"), the second
# after its month and first day ("March 3 and 4"): days, not counts
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_PAIR_JOIN = r"\s+(?:and|or|&|to)\s+|\s?[-–]\s?"
_DAY_PAIR_AFTER = re.compile(
    rf"(?i)^(?:st|nd|rd|th)?(?:{_PAIR_JOIN}){_DAY}\s+(?:of\s+)?(?:{MONTHS})\b"
)
_DAY_PAIR_BEFORE = re.compile(rf"(?i)\b(?:{MONTHS})\.?\s+{_DAY},?(?:{_PAIR_JOIN})$")
_RANK_BEFORE = re.compile(
    r"(?i)(?:#|\bno\.\s?|\btop\s|\brank(?:ed)?\s|\bclass\s|\bphase\s|\bstep\s|\bperiod\s)$"
)
_TIMES_GLUED = re.compile(r"[xX](?![A-Za-z0-9])")
_COIN_AFTER = re.compile(r"^[ -]\$?(?P<w1>[A-Za-z][A-Za-z0-9]*)(?: (?P<w2>[A-Za-z]+))?")
_PER_UNIT = re.compile(r"^/(?:[A-Z]{2,5}|coin|token|share)\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# after a bare number: a time ("9:30", "9 am", "4 min read"), a date or code part ("5/17",
# "2025-02", "8-K", "21Shares"), a decimal of something else
_NOT_AFTER = re.compile(
    r"(?i)^(?::\s?\d|\s?[ap]\.?m\b|\s?(?:UTC|GMT|ET|EST)\b|\s?(?:mins?|hrs?|secs?)\b"
    r"|/\d|-\d{1,2}-\d|\.\d|-?[A-Za-z])"
)
# before a bare number: a time zone offset ("GMT+2"), "Form 8-", a year or date part
_NOT_BEFORE = re.compile(
    r"(?:(?:UTC|GMT)\s?[+−-]?|[A-Za-z]-|\d{4}-|/|\b\d{1,2}-\d{1,2}-|\d: "
    rf"|(?i:\b(?:{MONTHS}))\.? \d{{1,2}}\s?[-–—‑]\s?)$"  # the second day of "February 17‑19"
)
_RANGE_DASH = re.compile(r"[\d%][-–—‑]$")
_DASH_AFTER = re.compile(r"[-–—‑]\$?\d")
# "an analyst at 21 Shares, thinks": a number before a capitalized word inside a sentence is
# a name ("7 Eleven"); a headline capitalizes the words after it too ("12 Straight Days")
_NAME_AFTER = re.compile(r"^ [A-Z][a-z]+(?:[,;:]| (?P<w>[a-z]+)\b)")
# "The Ethereum ETH +0.11% blockchain": a price ticker's change set inside the prose
_TICKER_BEFORE = re.compile(r"\b[A-Z]{2,6} $")
_TICKER_CHANGE = re.compile(r"[+\-−]\d+\.\d\d%")
_WORD_AFTER = re.compile(r" ([a-z]+)")
_COUNTER_AFTER = re.compile(r"[.)/]\s")  # "1.", "2)", "3/ Whales": a section's counter
_LIST_COUNTER = re.compile(r"(?:^|\n)[ \t•*-]*\(?$")  # "1.", "2)", "(3)" opening a line
# a footnote's marker after a label: "Adjusted EBITDA(1) of", "Net revenue (2) rose"; after
# a name's capital ("Klobuchar (17)", "Macy(10)", "Poppy (1)") the bracket counts or ages it
_NOTE_BEFORE = re.compile(r"(?:\b[a-z]{4,} ?|\b[A-Z]{2,})\($")  # "on (2) of its 14": a count
_NOTE_AFTER = re.compile(r"\)(?:[ \t,.;:]|$)")
# a note's number in a bracket of marks: "(3)", "(3, 10)", "(14,15)"
_MARKS = re.compile(r"\((\d{1,2}(?:,\s*\d{1,2})*)\s*\)")
_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_LINE_AFTER = re.compile(r"^[ \t]*(?:\n|$)")
_NAME_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][A-Za-z&.'’-]*)[ \t]$")
# "11/100", "76 out of 100": a reading on a scale; the scale's top is no amount of its own
_SCORE = re.compile(r"(?:/|\s+out\s+of\s+)(?:100|10)\b(?![/.,]\d)")
# "($12.3 million)" as a line's or a predicate's whole value is a negative, not a conversion
_ACCOUNTING_BEFORE = re.compile(r"(?:^|[\n:|=\t]|\b(?:is|was|were|be|been|of|at))[ \t]*$")
_SPACES = str.maketrans('([—–"“', "      ")  # an opening bracket, dash or quote starts a phrase
# "pounds of cocaine", "475 Pounds Of Cocaine", "475 pounds (215.5 kilos) of": a weight
_OF_AFTER = re.compile(r"(?i)\s+(?:\([^()\n]{1,40}\)\s+)?of\b")
# "120 MB/s", "2 GB/sec": a rate of its own, not the size the symbol names
_PER_SECOND = re.compile(r"/\s?s(?:ec(?:ond)?)?\b")
# "four times a week", "ten times in a row", "twice per day": a frequency, not a multiple
_FREQUENCY_AFTER = re.compile(r"(?i)\s+(?:(?:a|an|per|each|every)\s+[a-z]+|in\s+a\s+row)\b")
_AND_A_FRACTION = re.compile(r"[ ]and[ ](?:a|one)[ ]([A-Za-z]+)\b(?!-)")
# "10 000": a space, then a group of three digits that ends the number
_SPACE_GROUP = re.compile(r" \d{3}(?!\d|[,.]\d| \d)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]$")
_COMPOUND_PART = re.compile(
    r"(?P<and>[ ]and)?[ ](?P<n>\d{1,3})(?![\d.,%])(?:[ ](?P<scale>[A-Za-z]+)\b)?"
)
Compound = tuple[float, int, float]  # value, end, factor of the last part
_PLURAL_S = re.compile(r"s(?![A-Za-z0-9])")
_INNER_CAPITAL = re.compile(r"[ \t][A-Z][a-z]")
_ONE = frozenset(("one", "One", "ONE"))
_AT_ONE_POINT = re.compile(r"(?i)\b(?:at|some)\s+$")
_POINT = re.compile(r"(?i)[ \t]+point\b")
_DECIMAL_COMMA = re.compile(r",\d{1,2}(?![\d,])")
_SCALE_AFTER_CODE = re.compile(r"[ ]([A-Za-z]+)\b(?!-)")
_NEXT_WORDS = re.compile(r"[A-Za-z]+|\d{4}")
_PLURAL_NEXT = re.compile(r"^\s([a-z]+s)\b")
_ORDINAL_AFTER = re.compile(r"^[ -][a-z]+ths?\b")
# "jumped by a factor of 10", "fell by a factor of ten": the number after it is a multiple
FACTOR_OF = re.compile(r"(?i)\ba\s+factor\s+of\s+$")
# "a six-analyst average", "the seven-fund group"; "three-pronged" is an adjective
_HYPHEN_NOUN = re.compile(r"^-[a-z]{3,}(?<!ed)\b")


def _and_a_fraction(text: str, end: int, g: Grammar) -> tuple[float, int] | None:
    """The fraction that " and a half" (a quarter, a third) after ``end`` adds, and where
    it ends; None when no such words follow."""
    half = _AND_A_FRACTION.match(text, end)
    if half is None or (part := g.vocabulary.fractions.get(half[1].lower())) is None:
        return None
    return part, half.end()


# a letter and digits going on as a name: "R2D2", "N95-rated"
_NAME_GOES_ON = re.compile(r"[A-Za-z0-9]|-[A-Za-z]")


# a sum with no scale and no thousands writes its cents: "R18.50", not "N2.0" (a version)
_CENTS = re.compile(r"\d+\.\d\d")

# the word after a figure, written in capitals: "ALL 21,000,000 BITCOIN"
_CAPITALS_AFTER = re.compile(r"[ \t]+[A-Z]{2,}(?![a-z])")


def _shouted(text: str, end: int, scale: str) -> bool:
    """Whether a figure stands in a line written in capitals ("ALL 21 MILLION BITCOIN"): its
    scale word in capitals, or, with no scale, the word after it: a code before it is a word
    of that line, not the currency, even where the text names one ("the Albanian
    influencer"); "KES 1.2BN" and "COP 9.4 trillion USDT" keep theirs."""
    if scale:
        return len(scale) > 2 and scale.isupper()
    return _CAPITALS_AFTER.match(text, end) is not None


def read_core(text: str, m: re.Match[str], g: Grammar) -> Found:
    """A number written in digits, with what stands before and after it."""
    num, start, end = m["num"], m.start(), m.end()
    sa, sa1, sw, sa2, sw2 = m.group("sa", "sa1", "sw", "sa2", "sw2")
    scale_word = (sa or sa1 or sw or sa2 or "").lower()
    factor = g.scales.get(scale_word, 1.0)
    if sw2:
        factor *= g.scales.get(sw2.lower(), 1.0)  # "2 lakh crore"
    kind, unit, resume, loose, written_scale = "", "", end, False, False
    if len(num) > 1 and num[0] == "0" and num[1].isdigit():
        return None, end  # "007", the "000" of "10 000 dollars": a code or a group, no amount
    # the character tests come first: they cost no call on the hot path
    spaced = text[end : end + 1] == " " and "0" <= text[end + 1 : end + 2] <= "9"
    spaced = spaced and not scale_word and len(num) <= 3 and num.isdigit()
    if spaced and _SPACE_GROUP.match(text, end) and (joined := _space_grouped(text, m, g)):
        return joined
    if not scale_word and num.isdigit() and (comma := _DECIMAL_COMMA.match(text, end)):
        return _decimal_comma(text, m, comma.end(), g) or (None, comma.end())
    value = parse_number(num, factor)
    compound = False
    if sw and not sw2 and num.isdigit() and text[end : end + 1] == " ":
        value, end, factor = _compound(text, end, value, factor, g)  # "4 thousand 3 hundred"
        compound, resume = end > m.end(), end
    half = _and_a_fraction(text, end, g) if factor >= 1000 and "." not in num else None
    if half is not None:
        value, end = value + half[0] * factor, half[1]  # "3 million and a half"
        resume = end
    # "1,000-plus BTC", "40-odd exchanges": a bound joined by a hyphen, the unit after it
    bound, unit_at = "", end
    if text[end : end + 1] == "-" and (hyphen := g.hyphen_after.match(text, end)):
        bound, unit_at = g.qualifiers.get(hyphen[0].lower(), ""), hyphen.end()
    if m["cur"]:
        lettered = m["cur"][-1].isalpha()  # "R", "Tk", "COP"; not a symbol ("฿", "GH₵")
        if (naming := g.named_by.get(m["cur"])) is not None and (
            not names_currency(text, naming)
            or (
                lettered
                and (
                    _NAME_GOES_ON.match(text, m.end())
                    or not (scale_word or "," in num or _CENTS.fullmatch(num))
                    or (
                        len(m["cur"]) == 3 and _shouted(text, m.end(), sa or sa1 or sw or sa2 or "")
                    )
                )
            )
        ):
            # "R9 rig", "K12 token": no rand or kwacha in the text; and a letter before a
            # small whole number is a model or a name ("the K2 mountain", "N95 masks") even
            # where the text names the currency: the sum is written "R2 billion", "R1,500",
            # "R18.50" ("the N2.0 wallet" is a version);
            # a code in capitals is a word then ("ALL 21 MILLION BITCOIN"): the number after
            # it is read on its own, as is the number after a symbol of a currency the text
            # does not name ("฿0.5" may be bitcoin's old sign)
            return None, m.start("num") if len(m["cur"]) == 3 or not lettered else m.end()
        unit = currency_code(m["cur"], g)
        kind = "crypto" if unit in g.crypto_codes else "money"
        if pm := _PER_UNIT.match(text[end : end + 12]):
            end = resume = end + pm.end()
    elif (
        (found := unit_after(text, unit_at, g, value, bool(scale_word)))
        and not _year_before_name(num, found, text[unit_at : found[3]])
        and not _clock_in_zone(num, text, unit_at)
        and not (text[unit_at : found[3]] in g.glued and _labelled(text, m.start("num"), g))
    ):
        code = text[unit_at : found[3]].strip()
        kind, unit, unit_factor, end = found
        after = _scale_after_code(text, end, g) if kind == "money" and not scale_word else None
        if after and code.isupper() and code.isalpha():  # "75 USD million"
            scale_word, end = after
            unit_factor *= g.scales[scale_word]
        if unit_factor != 1:
            written_scale = written_scale or unit_factor >= 1000  # "30 MUSD"
            factor = factor * unit_factor
            value = value * unit_factor if compound else parse_number(num, factor)
        if text[end : end + 1] == "+" and not text[end + 1 : end + 2].isdigit():
            bound, end = "more_than", end + 1  # "1,000%+"
        resume = end
    if not kind and not scale_word and (score := _SCORE.match(text, end)):
        slash = score[0].startswith("/")
        kind, unit, end, resume = "index", "index", score.end() if slash else end, score.end()
    elif not kind and scale_word:
        if scale_word == "m" and g.timeframe_after.match(text[end : end + 40]):
            return None, end  # "the 6m chart": a timeframe, not six million
        if scale_word in g.money_scales:
            return None, end  # "22mm apart": millimetres; "$22mm" has its currency
        kind, unit = "count", "count"
    elif not kind:
        why = not_a_quantity(text, start, unit_at, num, g)
        if why == "no":
            return None, end
        kind, unit, loose = "number", "count", why == "range end"
        if num in FRACTIONS and _OF_AFTER.match(text, end):  # "¾ of the supply": a share
            kind, unit, value, factor = "percent", "%", value * 100, 100.0
    if kind == "percent" and _not_a_percent(text, start, end, g):
        return None, resume
    # "the $60,000s", "the $70Ks": a round figure in the plural is the span it opens
    plural = bool(m["ks"]) or bool(
        text[end : end + 1] == "s"
        and m["cur"]
        and end == m.end()
        and num[-1] == "0"
        and _PLURAL_S.match(text, end)
    )
    if plural and not m["ks"]:
        end = resume = end + 1
    amount = Amount(start, end, value, unit, kind, step=half_step(num) * factor, factor=factor)
    amount.sign = _sign(text, m, end) or _signed_in_words(text, start, end, kind, g)
    amount.scaled, amount.loose = bool(scale_word) or written_scale, loose
    amount.qualifier = "more_than" if m["plus"] else qualifier(text, start, end, g)
    if bound and amount.qualifier == "exact":
        amount.qualifier = bound
    if plural and amount.qualifier == "exact":
        amount.qualifier, amount.step = "approx", 2 * amount.step  # a whole unit of the figure
    return amount, resume


def _compound(text: str, end: int, value: float, factor: float, g: Grammar) -> Compound:
    """Digits with scale words going on as one number, each part under the scale before it:
    "4 thousand 3 hundred", then "and" with the units after "hundred" ("3 hundred and 21").
    "5 million and 20 staff" stays apart: after a larger scale "and" may join a list."""
    while m := _COMPOUND_PART.match(text, end):
        part, step = int(m["n"]), g.scales.get((m["scale"] or "").lower(), 1.0)
        if step > 1:  # "3 hundred" after "4 thousand"
            if m["and"] or not 100 <= step < factor or part * step >= factor:
                break
            value, end, factor = value + part * step, m.end(), step
        elif m["and"] and factor == 100 and part < 100:  # "and 21" after "3 hundred"
            return value + part, m.end("n"), 1.0
        else:
            break
    return value, end, factor


def _decimal_comma(text: str, m: re.Match[str], comma_end: int, g: Grammar) -> Found | None:
    """ "€1,5 million", "1,5%", "$1,2 billion": a comma before one or two digits is a decimal
    one when a currency, a scale or a unit comes with the number; a bare "1,5" may be a list
    and is no amount."""
    start = m.start()
    point = text.rindex(",", start, comma_end)
    patched = f"{text[:point]}.{text[point + 1 :]}"  # same length: every offset still holds
    again = g.scan.match(patched, start)
    if again is None or again.lastgroup != "core" or again.end("num") != comma_end:
        return None
    found, resume = read_core(patched, again, g)
    if found is None or found.kind == "number":
        return None
    return found, resume


def _space_grouped(text: str, m: re.Match[str], g: Grammar) -> Found | None:
    """ "10 000 dollars", "€12 000", "3 500 BTC": one group of three digits after a space is
    part of the number when a currency or a coin comes with it, unless the first number is
    a label's ("in week 3 500 BTC left", "Day 2 250 ETH", "the top 5 100 wallets")."""
    space = m.end("num")
    if not m["cur"] and _labelled(text, m.start("num"), g):
        return None
    patched = f"{text[:space]}\u00a0{text[space + 1 :]}"  # a no-break space joins the groups
    again = g.scan.match(patched, m.start())
    if again is None or again.lastgroup != "core" or again.end("num") != space + 4:
        return None
    found, resume = read_core(patched, again, g)
    if found is None or found.kind not in ("money", "crypto"):
        return None
    return found, resume


def _labelled(text: str, start: int, g: Grammar) -> bool:
    """The number at ``start`` follows a word that numbers things: a time unit ("week 3"), a
    rank ("top 5", "#3"), a name ("Day 2", "Phase 1")."""
    before = text[max(0, start - 16) : start]
    prev = _WORD_BEFORE.search(before)
    if prev is None:
        return bool(_RANK_BEFORE.search(before))
    word = prev[1]
    return (
        _is_time(word.lower(), g)
        or word.lower() in g.context["rank"]
        or _named(before, "0")
        or bool(_RANK_BEFORE.search(before))
    )


def _scale_after_code(text: str, end: int, g: Grammar) -> tuple[str, int] | None:
    """The scale word after a currency code written after the number ("75 USD million") and
    where it ends; an abbreviated one ("20 USD m") may be another word."""
    m = _SCALE_AFTER_CODE.match(text, end)
    word = m[1].lower() if m and len(m[1]) >= 3 else ""
    return (word, m.end()) if m and g.scales.get(word, 0) >= 1000 else None


def _not_a_percent(text: str, start: int, end: int, g: Grammar) -> bool:
    """ "its 8.00% Series A preferred" names a security; "ETH +0.11% blockchain" is a ticker
    widget's change inside a sentence (a claim would go on "ETH +5.2% on Monday")."""
    if _context_word("", text[end : end + 20], g, ("security",)):
        return True
    ticker = _TICKER_BEFORE.search(text[max(0, start - 9) : start])
    if ticker and _TICKER_CHANGE.fullmatch(text, start, end):
        word = _WORD_AFTER.match(text, end)
        return word is not None and word[1] not in STOP_WORDS
    return False


def _sign(text: str, m: re.Match[str], end: int) -> int:
    sign = m["sign"] or m["sign2"]
    if sign in ("-", "−"):
        return -1
    start = m.start()
    paren = m["cur"] and start and text[start - 1] == "(" and text.startswith(")", end)
    if paren and _ACCOUNTING_BEFORE.search(text[max(0, start - 13) : start - 1]):
        return -1  # "Net loss: ($12.3 million)"
    return 1 if sign == "+" else 0


def _signed_in_words(text: str, start: int, end: int, kind: str, g: Grammar) -> int:
    """-1 after "minus" or "negative" ("returned minus 5%", "negative two percent", an
    index "at minus 0.08"), else 0. Only money, crypto, percentages and bare levels have a
    sign: "negative 4 monthly closes" counts negative things, and "negative 5 of the last
    7 sessions" is a part of a group."""
    if kind not in _SIGNED and kind != "number":
        return 0
    if not g.negative_before.search(text, start - 16 if start > 16 else 0, start):
        return 0
    if kind in _SIGNED:
        return -1
    return 0 if counts_things(text, end, g) or _OF_AFTER.match(text, end) else -1


_SIGNED = frozenset(("money", "crypto", "percent"))
_NEXT_WORD = re.compile(r"[ -]([A-Za-z-]+)")


def counts_things(text: str, end: int, g: Grammar) -> bool:
    """The bare number at ``end`` counts things: a plural or counted noun follows it,
    perhaps after words that describe them ("4 consecutive monthly closes")."""
    for _ in range(3):
        word = _NEXT_WORD.match(text, end)
        if word is None:
            return False
        w = word[1].lower()
        if w in STOP_WORDS:
            return False
        if w.endswith("s") or w in g.context["counted"]:
            return True
        end = word.end()
    return False


def _miscased_bytes(form: str, unit: str) -> bool:
    """A data size's symbol ("TB", "GiB") written in another case ("Tb", "gb"): a "b" is a
    bit, and a byte symbol's case is its meaning ("MW" written "mw" stays sloppy megawatts)."""
    return unit.endswith("B") and form.lower() == unit.lower() and form != unit


def currency_code(form: str, g: Grammar) -> str:
    """The ISO code of a currency form written before a number ("us $" → USD)."""
    form = form.replace(" ", "").upper()
    if code := g.currency_codes.get(form):
        return code
    return g.currency_codes.get(form[:-1], "USD") if form.endswith("$") else "USD"


def unit_after(text: str, end: int, g: Grammar, value: float, scaled: bool) -> UnitAfter | None:
    """(kind, unit, factor, new end) for a unit written after a number, if any."""
    if m := _TIMES_GLUED.match(text, end):
        return "multiple", "x", 1.0, m.end()
    if m := g.units_after.match(text, end):
        form = m[m.lastgroup or 0]
        unit = g.units.get(form) or g.units.get(" ".join(re.split(r"[\s-]+", form.lower())))
        ambiguous = form.lower() in g.ambiguous_units
        if ambiguous and (_OF_AFTER.match(text, m.end()) or not (scaled or value >= 100)):
            unit = None  # "5 won the vote", "lost 70 pounds", "475 pounds of cocaine"
        naming = g.named_by.get(form) or g.named_by.get(form.lower())
        if unit and naming is not None and not names_currency(text, naming):
            unit = None  # "1080p" in a text with no sterling
        if unit and unit[0] == "quantity" and _miscased_bytes(form, unit[1]):
            unit = None  # "6 Tb per square inch" is terabits, not the terabytes of "6 TB"
        if unit and unit[0] == "quantity" and _PER_SECOND.match(text, m.end()):
            unit = None  # "120 MB/s" is a transfer rate
        if unit and unit[0] == "multiple" and _FREQUENCY_AFTER.match(text, m.end()):
            return "count", "count", 1.0, m.end()  # "four times a week" is how often
        if unit:
            return (*unit, m.end())
    if m := _COIN_AFTER.match(text[end : end + 40]):
        for word, stop in ((f"{m['w1']} {m['w2']}", m.end()), (m["w1"], m.end("w1"))):
            if not word or "None" in word:
                continue
            key = word.lower()
            coin = g.coins.get(key)
            # a ticker is written in capitals ("500 SOL", "wETH"): "14 hot" is no HOT
            plain = key not in g.ambiguous_coins and len(key) > 2 and not word.islower()
            plain = plain or (word.islower() and key != coin.lower() if coin else False)
            if plain and coin and _titled_ticker(text, end + stop, word, key, coin):
                continue
            if coin and (plain or word.isupper()):
                small = value < 100 and value == int(value) and not scaled
                if g.blocked_after.match(text, end + stop) or (
                    small and g.blocked_small.match(text, end + stop)
                ):
                    return None  # "12 Bitcoin ETFs": the coin names the funds, not a unit
                return "crypto", coin, 1.0, end + stop
    return None


def _titled_ticker(text: str, stop: int, word: str, key: str, coin: str) -> bool:
    """A ticker written as a capitalized word before another capitalized word is part of a
    title or a name ("Desktop 15 Virtual Machine", "3 Core Risks"); a name ("2 Bitcoin")
    or a ticker in capitals ("40,000 MOVE Tokens") is still the coin."""
    if key != coin.lower() or not word[:1].isupper() or not word[1:].islower():
        return False
    return bool(_CAPITAL_NEXT.match(text, stop))


_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


def _year_before_name(num: str, found: UnitAfter, written: str) -> bool:
    """ "in 2025 Bitcoin rose": a year, not 2,025 bitcoins (a ticker would read as an amount)."""
    word = written.strip(" $")
    return found[0] == "crypto" and bool(_YEAR.match(num)) and not word.isupper()


def _notes_run_to(text: str, n: int) -> bool:
    """Whether the text's bracketed marks number notes from 1 up to ``n``: a footnote's
    marker is one of a run ("EBITDA(1)" ... "revenue (2)"), while a count in a bracket
    stands alone ("in favour (61) and against (39)", "validators (12) of the 40")."""
    if n < 1:
        return False
    found: set[int] = set()
    for m in _MARKS.finditer(text):
        found.update(int(x) for x in m[1].split(","))
    return all(k in found for k in range(1, n))


def not_a_quantity(text: str, start: int, end: int, num: str, g: Grammar) -> str:
    """ "no" for a bare number that is a date, year, time, rank, counter, name or label;
    "range end" for one beside a dash ("$115-120", "10-20 dollars"); "" for a quantity."""
    before, after = text[max(0, start - 16) : start], text[end : end + 40]
    if (
        (_YEAR.match(num) and "." not in num)
        or _MONTH_BEFORE.search(before)
        or _MONTH_AFTER.match(after)
        or _day_of_a_pair(text, start, after, num, g)
        or g.time_unit_after.match(after)
        or _time_range(before, after, _number_or_none(num), g)
        or _NOT_AFTER.match(after)
        or _NOT_BEFORE.search(before)
        or _RANK_BEFORE.search(before)
        or (_LIST_COUNTER.search(before) and _COUNTER_AFTER.match(after))
        or (len(num) > 1 and num[0] == "0" and num[1] != ".")
        or (before.endswith("[") and after.startswith("]"))  # a citation mark "[1]"
        or (
            len(num) <= 2
            and _NOTE_BEFORE.search(before)
            and _NOTE_AFTER.match(after)
            and _notes_run_to(text, int(num))
        )
        or (_LINE_BEFORE.search(before) and _LINE_AFTER.match(after))  # a counter on its own line
        or _named(before, num)
        or _name_after(after, num)
        or _age(text[max(0, start - 80) : start], after, num, g.context["not_a_name"])
        or _aged(text[max(0, start - 40) : start], num)
        or _PHONE_BEFORE.search(before)
        or _PHONE_AFTER.match(after)
        or _PHONE_DASHED.search(before[-8:] + num + after[:9])
        or _REFERENCE_BEFORE.search(before)
        or (before.endswith("(") and after.startswith("):"))
        or (before.endswith("(") and _EXCHANGE_SUFFIX.match(after))  # "(3962.T)": a ticker
        or (_EXCHANGE_PREFIX.search(before) and after.startswith(")"))  # "(TSE: 3350)"
        or _context_word(before, after, g, ("rank", "listicle", "security"))
        or (g.listicle_after.match(after) and _listicle_size(_number_or_none(num)))
        or g.timeframe_after.match(after)  # "the 50 SMA"
        or _clock_in_zone(num, text, end)
    ):
        return "no"
    # "$115-120", "10-20 dollars": an end of a range, kept only if the range is read
    return "range end" if _RANGE_DASH.search(before) or _DASH_AFTER.match(after) else ""


def _clock_in_zone(num: str, text: str, zone_at: int) -> bool:
    """ "at 1400 GMT": four digits of a 24-hour clock before a time zone are a time, not
    1,400 coins of the zone's letters."""
    if len(num) != 4 or not num.isdigit():
        return False
    zone = _ZONE.match(text, zone_at)
    return zone is not None and names_a_zone(text, zone.start(1), zone.end(1))


_ZONE = re.compile(r"[ \t]*([A-Z]{2,4})\b")


def _day_of_a_pair(text: str, start: int, after: str, num: str, g: Grammar) -> bool:
    """A day written beside another day of a month: "14 and 15 October", "March 3 and 4";
    a count after the pair ("March 3 and 4 exchanges") stays a count."""
    if not num.isdigit() or not 1 <= int(num) <= 31:
        return False
    if _DAY_PAIR_AFTER.match(after):
        return True
    return bool(_DAY_PAIR_BEFORE.search(text, max(0, start - 30), start)) and not (
        counts_things(text, start + len(num), g)
    )


def _named(before: str, num: str) -> bool:
    """ "S&P 500", "Chapter 11", "SEAL 911", "Binance 14": a small whole number right after a
    capitalized word that is not a function word names something; it counts nothing. So do
    a version after a name ("Polygon 2.0", "iPhone 15", "zkSync 2") and any number after
    "version"."""
    if _VERSION_BEFORE.search(before):
        return True
    if "," in num or len(num) > 4 or ("." in num and not _VERSION.match(num)):
        return False
    m = _NAME_BEFORE.search(before) or _CAMEL_BEFORE.search(before)
    if m is None:
        return False
    word = m[1].lower()
    if "." in num and (word.endswith(_METRIC_NAME_ENDS) or _TITLE_VERB.match(m[1])):
        return False  # "Ratio Hits 2.0", "Puell Multiple 1.0": a level, not a version
    return word not in STOP_WORDS and not word.endswith("ly")


_VERSION = re.compile(r"\d{1,2}\.0$")  # "2.0", "3.0": a version, not a decimal reading
_VERSION_BEFORE = re.compile(r"(?i)\bversion\s$")
_METRIC_NAME_ENDS = ("ratio", "index", "score", "multiple", "basis")
# a title-case verb of a headline ("Hits", "Reaches", "Tops", "Climbs"): third person -s
_TITLE_VERB = re.compile(r"[A-Z][a-z]+(?<!ss)(?<!u)(?<!i)s$")
_CAMEL_BEFORE = re.compile(r"(?:^|[\s(])([a-z]+[A-Z][A-Za-z]*)[ \t]$")  # "iPhone", "zkSync"


def _age(before: str, after: str, num: str, not_a_name: frozenset[str]) -> bool:
    """ "Do Kwon, 33, was extradited": a person's age set off by commas after the name, the
    sentence going on; a list going on ("Metaplanet, 100, and Semler, 50") keeps its count."""
    return (
        num.isdigit()
        and int(num) <= _OLDEST
        and _AGE_AFTER.match(after) is not None
        and (name := _AGE_BEFORE.search(before)) is not None
        and name[1].lower() not in not_a_name  # "In Texas, 12, in Florida, 8": places
        and _LIST_BEFORE.search(before[:-2]) is None
    )


def _aged(before: str, num: str) -> bool:
    """ "Victims aged 60 and over", "people aged 18-24", "between the ages of 55 and 75", "at
    the age of 30": the age of the people a figure is about, or an end of their age band,
    no quantity."""
    return num.isdigit() and int(num) <= _OLDEST and _AGED_BEFORE.search(before) is not None


_OLDEST = 120
# "aged ", "ages of ", "age ", "aged between 25 and ", "aged 18-", "ages 65 and "
_AGED_BEFORE = re.compile(
    r"(?i)\b(?:aged|ages?(?:[ \t]+of)?)[ \t]+(?:between[ \t]+)?"
    r"(?:\d{1,3}[ \t]*(?:[-–]|to|and)[ \t]*)?$"
)
# a person's name: two capitalized words ("Do Kwon, ", "Changpeng Zhao, "); a single one is
# as often a firm in a list ("Metaplanet, 100, but Semler sold 50")
_AGE_BEFORE = re.compile(r"\b([A-Z][\w.'’-]*)[ \t]+[A-Z][\w.'’-]*,[ \t]$")
# an earlier "Name, N," or "Of the N ..." in the sentence: a list of counts, not an age
_LIST_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*,[ \t]+\d+,|(?i:\bof\s+the\s+\d))[^.;!?]*$")
# "33, was", "41, of Cambridge"; not a list going on ("Metaplanet, 100, and Semler, 50")
_AGE_AFTER = re.compile(r",[ \t]+(?!(?:and|or|nor)\b)[a-z]")
# "0800 138 1016", "+44 1234 567 890": the groups of a telephone number
_PHONE_BEFORE = re.compile(r"(?:\+\d{1,3}|(?<!\d)0\d{2,4})(?:[ ]\d{2,4}){0,3}[ ]$")
_PHONE_AFTER = re.compile(r"^(?:[ ]\d{3,4}){2,}(?!\d)")
_PHONE_DASHED = re.compile(r"(?<![\d.,])\d{3}([-.])\d{3}\1\d{4}(?![\d])")  # "212-306-6794"
# "2019;74(6):3013-31": a journal reference's volume, issue and pages
_REFERENCE_BEFORE = re.compile(r"(?:\d{4};|\):)$")
# a listed company's code with its exchange's suffix, in brackets after its name: Tokyo
# "(3962.T)", Hong Kong "(0700.HK)", Seoul "(005930.KS)", Taipei "(2330.TW)"
_EXCHANGE_SUFFIX = re.compile(r"\.[A-Z]{1,2}\)")
# or with the exchange's name before it: "(TSE: 3350)", "(HKEX: 0700)"
_EXCHANGE_PREFIX = re.compile(r"\([A-Z]{2,6}:\s?$")


def _name_after(after: str, num: str) -> bool:
    """ "an analyst at 21 Shares, thinks": a small number before a capitalized word that ends
    a phrase is part of a name; "its 368,300 Twitter followers" counts the followers."""
    m = _NAME_AFTER.match(after)
    if m is None or "," in num or "." in num or len(num) > 4:
        return False
    return m["w"] is None or m["w"] in STOP_WORDS


def _context_word(before: str, after: str, g: Grammar, roles: tuple[str, ...]) -> bool:
    """A rank word before or after ("top 10", "the 10 largest funds"), a listicle noun after
    ("3 reasons"), a descriptor joined by a hyphen ("six-figure")."""
    prev = re.search(r"([A-Za-z]+)\s$", before)
    nxt = re.match(r"[\s-]([A-Za-z]+)", after)
    before_word = prev[1].lower() if prev else ""
    after_word = nxt[1].lower() if nxt else ""
    for role in roles:
        words = g.context.get(role, frozenset())
        # "these two cohorts" were named before; a rank word stands on either side
        if role in ("anaphora", "rank") and before_word in words:
            return True
        if role != "anaphora" and after_word in words:
            return True
    return False


def qualifier(text: str, start: int, end: int, g: Grammar) -> str:
    """The bound a phrase before ("more than", "surpassing the ... mark") or after ("or more")
    the amount puts on it. A comparison with "the" figure bounds it only at a threshold noun:
    "crossed the $2 trillion mark" is more than it, "less than the $1.5 billion it reported"
    is that figure itself."""
    window = text[max(0, start - 40) : start]
    last = window[-1:]
    if last in g.qualifiers and not last.isalnum() and not window[-2:-1].isalnum():
        return g.qualifiers[last]  # "~$58,000,000", "(>50%"; not "<h3>491,000"
    # a phrase is a word apart: "above (30,850 BTC)" is not bounded by it
    words = window.translate(_SPACES).lower().split()[-7:] if last.isspace() else []
    if not g.qualifier_ends.isdisjoint(words[-3:]):
        for det, body in _without_determiner(words):
            phrase = _phrase_ending(body, g)
            if not phrase:
                continue
            if phrase in g.bare_verbs and body[-len(phrase.split()) - 1 :][:1] in _DETERMINERS:
                return "exact"  # "the top 1% of holders", "a clear 52% majority"
            if phrase in _TIME_ZONES and _CLOCK.fullmatch(" ".join(body[-2:-1])):
                return "exact"  # "9:30 a.m. est. 5% higher": Eastern time, no estimate
            if phrase in g.processing_verbs and _processed(body[: -len(phrase.split())], g):
                return "exact"  # "exchanges cleared $71.8 billion": processed, not passed
            if det.startswith("the") and det[4:] in g.qualifiers:
                return g.qualifiers[det[4:]]  # "fell short of the nearly $6 billion" is about
            if not det.startswith("the") or g.threshold_after.match(text[end : end + 40]):
                return _negated(body, phrase, _outer_bound(body, phrase, g))
            return "exact"
    if last.isspace() and (bound := object_bound(text, start, g)):
        return bound  # "will cap each wallet at $500"
    after = text[end : end + 24]
    if g.qualifier_after_starts.isdisjoint(after.lower().replace("-", " ").split()[:3]):
        return "exact"  # no phrase after the figure either
    if q := g.qualifier_after.match(after):
        if q["q"].lower() in g.the_bound_after and (
            not _THE_BEFORE.search(window) or _NOUN_NEXT.match(after, q.end())
        ):
            return "exact"  # "a $200 club fee", "the $500 club membership" are prices
        return g.qualifiers.get(q["q"].lower(), "exact")
    return "exact"


_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
# a word that is no function word after the bound noun makes it a modifier: "club fee"
_NOUN_NEXT = re.compile(
    r"[ ]+(?!(?:after|as|at|by|for|from|in|into|last|now|on|this|with|when|while|since|"
    r"and|but|to|of|is|was|has|had|have|are|were|earlier|again|too)\b)[a-z]{3,}"
)


def _processed(before: list[str], g: Grammar) -> bool:
    """The words before the verb end in its subject, a market or operator that processes
    ("spot DEXs", "Upbit"); "volume on the venue" is no such subject: a preposition governs
    the venue."""
    if not before or before[-1] not in g.processors:
        return False
    return _PREPOSITIONS.isdisjoint(before[-3:-1])


_PREPOSITIONS = frozenset(("on", "at", "across", "of", "in", "from", "by", "via", "through"))


# a bare verb after a determiner is an adjective or a noun: "the top 1%", "a clear 52%"
_DETERMINERS = (["the"], ["a"], ["an"])
# a bound phrase that is also a time zone after a clock time ("9:30 a.m. est.", "10:00 est.")
_TIME_ZONES = frozenset(("est.",))
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|(?:\d{1,2})?[ap]\.?m\.?|noon|midnight")


# "no fewer than 12", "not more than 5%": a negated strict bound is the other side's bound
_NEGATED_BOUND = {"more_than": "at_most", "less_than": "at_least"}
_NEGATIONS_BEFORE = frozenset(("no", "not"))


def _negated(body: list[str], phrase: str, bound: str) -> str:
    """``bound`` as the phrase ending ``body`` puts it, or its negation's bound when "no"
    or "not" comes right before the phrase."""
    before = body[-len(phrase.split()) - 1 : -len(phrase.split())]
    if bound in _NEGATED_BOUND and before and before[0] in _NEGATIONS_BEFORE:
        return _NEGATED_BOUND[bound]
    return bound


def _outer_bound(body: list[str], phrase: str, g: Grammar) -> str:
    """The bound of ``phrase``, or of a bound phrase right before an approximation: "at
    least around $86.5 billion" is at least, "up to about $5" at most."""
    found = g.qualifiers[phrase]
    if found != "approx":
        return found
    outer = _phrase_ending(body[: -len(phrase.split())], g)
    return g.qualifiers[outer] if outer and g.qualifiers[outer] != "approx" else found


def _phrase_ending(body: list[str], g: Grammar) -> str:
    """The longest qualifier phrase the words end with ("more than", not "than")."""
    if not body:
        return ""
    joined = " ".join(body[-5:])
    for phrase in g.qualifiers_by_end.get(body[-1], ()):
        if joined == phrase or joined.endswith(f" {phrase}"):
            return phrase
    return ""


_ARTICLES = frozenset(("a", "an", "just", "only", "some"))


def _without_determiner(words: list[str]) -> Iterator[tuple[str, list[str]]]:
    """The words before a figure as they are, then less a determiner before it: "more than
    a", "surpassing the", "below the crucial"."""
    yield "", words
    if words and words[-1] in _ARTICLES:
        yield words[-1], words[:-1]
    if words[-1:] == ["the"]:
        yield "the", words[:-1]
    if len(words) > 1 and words[-2] == "the":
        yield f"the {words[-1]}", words[:-2]


def read_words(text: str, m: re.Match[str], g: Grammar) -> Found:
    """A number written in words, counted only where it states a quantity."""
    start = m.start()
    first = re.match(r"[A-Za-z]+", m[0])
    move = _POINT_MOVE_AFTER.search(m[0])  # "two quarter-point cuts": "quarter" sizes the cut
    counted = read_spelled(m[0][: move.start()], g.vocabulary) if move else None
    # "a quarter point" counts no moves: the fraction is the move's size
    reading = counted or read_spelled(m[0], g.vocabulary)
    if reading is None:
        return None, start + (first.end() if first else 1)
    end = start + reading.end
    idiom = first is not None and first[0] in _ONE and _POINT.match(text, start + 3)
    if idiom and _AT_ONE_POINT.search(text, max(0, start - 5), start):
        return None, start + 3  # "at one point two whales sold": the idiom, not 1.2
    if _title_case(text, start, end) or (
        reading.words > 1 and _INNER_CAPITAL.search(text, start + 1, end)
    ):
        return None, end  # "Three Arrows Capital", "Here's Three Reasons Why", "Nine Point Eight"
    found = _words_unit(text, start, end, reading, g)
    if found is None:
        return None, end
    kind, unit, value, end = found
    amount = Amount(start, end, value, unit, kind, step=max(0.5, 0.05 * value) if value else 0.5)
    amount.sign = _signed_in_words(text, start, end, kind, g)
    amount.scaled = reading.scaled
    amount.factor = value / reading.value if reading.value and kind != "percent" else 1.0
    tokens = re.findall(r"[a-z]+", m[0][: reading.end].lower())
    word_qualifier = next((g.word_qualifiers[t] for t in tokens if t in g.word_qualifiers), "")
    amount.qualifier = (
        word_qualifier if word_qualifier not in ("", "exact") else qualifier(text, start, end, g)
    )
    return amount, end


def _words_unit(
    text: str, start: int, end: int, r: Reading, g: Grammar
) -> tuple[str, str, float, int] | None:
    """(kind, unit, value, end) of a written number, or None when it is no quantity."""
    after = text[end : end + 40]
    nxt = _next_words(after, 3)
    if r.multiple:
        prev = _previous_word(text, start)
        if text[:start].rstrip()[-1:].isdigit() or prev in g.vocabulary.cardinals:
            return None  # "two triples", "3 doubles": a count of them, not a multiple
        return _multiple(text, text[start:end].lower(), r, nxt, end, g)
    if r.share:
        return _share(text, start, end, r, nxt, g)
    found = unit_after(text, end, g, r.value, r.scaled)
    level = not found and r.words == 1 and _signed_in_words(text, start, end, "number", g)
    if level and not g.time_unit_after.match(after) and not _OPERATOR_AFTER.match(after):
        return "number", "count", r.value, end  # "dropped to minus two": a level
    if r.value == 1 and r.words == 1 and not (found and found[0] in ("percent", "money")):
        return None  # "one of", "mine one bitcoin": a unit named; "one percent" is a figure
    if found:
        kind, unit, factor, new_end = found
        half = _and_a_fraction(text, new_end, g) if kind == "money" and not r.scaled else None
        if half is not None:
            return kind, unit, (r.value + half[0]) * factor, half[1]  # "two dollars and a half"
        return kind, unit, r.value * factor, new_end
    if _fraction_after(nxt, g) and not _POINT_MOVE_AFTER.match(after):
        # "a hundred thousand trillionths", "one hundred and fifth", "six million and seven
        # halves": the fraction is not read, nor the whole before it
        return None
    if FACTOR_OF.search(text, max(0, start - 20), start) and not counts_things(text, end, g):
        return "multiple", "x", r.value, end  # "fell by a factor of ten"
    if r.scaled:
        return "count", "count", r.value, end
    if g.time_unit_after.match(after) or _ORDINAL_AFTER.match(after):
        return None  # "two days", "one hundred millionth"
    if _time_range(text[max(0, start - 16) : start], after, r.value, g):
        return None  # "four to six weeks": the first end of a duration
    before = text[max(0, start - 16) : start]
    if _context_word(before, after, g, ("listicle", "descriptor", "rank", "anaphora")):
        return None  # "3 reasons", "six-figure", "the top five", "these two"
    if g.listicle_after.match(after) and _listicle_size(r.value):
        return None  # "two significant developments": an article's counter
    if r.value == 0 and not ((w := _PLURAL_NEXT.match(after)) and w[1] not in STOP_WORDS):
        # "below zero" is a sign crossed, "zero-knowledge" a name; "is worth zero", "close to
        # zero" are values whose metric (a token's price, a written-down stake, a queue) the
        # cues do not tell apart yet: none rather than a wrong label; "zero fees" counts
        return None
    if g.counted_word.match(after) or _HYPHEN_NOUN.match(after):
        return "count", "count", r.value, end  # "Thirty-four traders", "a six-analyst average"
    if _OF_OWNED_PLURAL.match(text, end):
        return "count", "count", r.value, end  # "two of the week's rounds"
    if r.words >= 2:
        return "number", "count", r.value, end  # "one hundred and two"
    return None


# "two quarter-point cuts", "three half-point hikes": a count of moves of that size
_POINT_MOVE_AFTER = re.compile(
    r"(?i)\s(?:[a-z]+\s)?(?:quarter|half)[-\s](?:percentage[-\s])?point\b"
)


def _listicle_size(value: float | None) -> bool:
    """An article counts a handful of its points ("5 crucial charts"); "800 key on-chain
    metrics" is a product's size."""
    return value is not None and value <= _LISTICLE_MAX


_LISTICLE_MAX = 30


def _fraction_after(nxt: list[str], g: Grammar) -> bool:
    """The next word, or the one after "and", is a fraction ("halves", "fifth") or a scale's
    ordinal ("trillionths"); "worth", "with" are not."""
    if nxt and nxt[0] == "and":
        nxt = nxt[1:]
    if not nxt:
        return False
    word, v = nxt[0], g.vocabulary
    return word in v.fractions or word.rstrip("s").removesuffix("th") in v.scales


def _multiple(
    text: str, word: str, r: Reading, nxt: list[str], end: int, g: Grammar
) -> tuple[str, str, float, int] | None:
    """ "twice the volume", "more than doubled", "a sevenfold increase" are multiples; "tried
    twice" is a count; "double" without a figure after it ("double top") is no amount."""
    following = nxt[0] if nxt else ""
    if word.endswith("fold") or (word.endswith(("d", "s")) and following not in ("down", "up")):
        return "multiple", "x", r.value, end
    closed = _CLAUSE_MARK_AFTER.match(text, end) is not None  # "warned it twice, the filing"
    timed = len(nxt) > 1 and _is_time(nxt[1], g)
    if following in g.context["determiner"] and not timed and not closed:
        return "multiple", "x", r.value, end  # "twice the volume"; "twice this month" counts
    if (owner := _OWNER_AFTER.match(text, end)) and _measured_against(text, end - len(word), owner):
        return "multiple", "x", r.value, end  # "twice bitcoin's", "twice last year's record"
    if word.endswith("ce") and following == "as":
        return "multiple", "x", r.value, end
    if word.endswith("ce"):  # twice, thrice
        return "count", "count", r.value, end
    return None


def _share(
    text: str, start: int, end: int, r: Reading, nxt: list[str], g: Grammar
) -> tuple[str, str, float, int] | None:
    """ "more than half of all stolen funds", "two-thirds of its assets": a share of a whole,
    as a percentage. "The first half of 2025", "half an hour" are periods."""
    prev = _previous_word(text, start)
    # the word before a bound: "by more than a fifth", "by almost a quarter" change by it
    bound = g.qualifier_before.search(text, max(0, start - 40), start)
    governing = _previous_word(text, bound.start()) if bound else prev
    ending = not nxt and governing != "by"  # "cut fees by half." is the size of a change
    if prev in g.context["portion"] or ending or any(_is_time(w, g) for w in nxt[:2]):
        return None  # "the first half", "half an hour"
    counted = prev in g.vocabulary.cardinals or text[:start].rstrip()[-1:].isdigit()
    size = None if counted else _POINT_SIZE.match(text, end)
    if size and (size["pct"] or size["joined"] == "-" or governing == "by"):
        # "by a quarter point", "a quarter-point cut", "half a percentage point": percentage
        # points; "three half-point hikes" counts the moves; "the index slipped half a
        # point" may be an index's points: no percent without "by", a hyphen or "percentage"
        return "percent", "%", r.value, size.end()
    if text.startswith("-", end):
        return None  # "a third-level hospital", "half-price": part of a compound word
    if nxt and nxt[0] == "of":
        rest = nxt[1:]
        # "of the month's spot volume": a time that owns the whole is no period of it
        owned = _OF_TIMES_OWN.match(text, end) is not None
        if any(_YEAR.match(w) or (_is_time(w, g) and not owned) for w in rest):
            return None
    elif nxt and (
        nxt[0] not in g.context["determiner"]
        and governing not in ("by", "in")
        and nxt[0] not in g.context["comparative"]  # "a fifth higher": a change's size
    ):
        return None
    return "percent", "%", r.value * 100, end


# "of the week's rounds", "of last month's ten largest exploits", "of the exchange's 14
# trading pairs": a number before things a time or a party owns counts some of them
_OF_OWNED_PLURAL = re.compile(
    r"\s+of\s+(?:(?:the|this|that|last|its|their)\s+)?(?:[a-z-]+\s+)?[A-Za-z][\w.&-]*['’]s?"
    r"\s+(?:[\w-]+\s+){0,2}?(?!this\b|does\b)[a-z]{2,}[^\Ws]s\b"
)

_CLAUSE_MARK_AFTER = re.compile(r"\s*[,;:)—–]")
# "twice bitcoin's", "twice last year's", "twice what it was": the figure another one owns
# or had, which the multiple is measured against
_OWNER_AFTER = re.compile(
    r"\s+(?:what\s+(?:it|they)\b|(?:(?:last|this|next)\s+)?[A-Za-z][\w.&-]*['’]s?(?!\w))"
)


def _measured_against(text: str, start: int, owner: re.Match[str]) -> bool:
    """The owned figure is what the multiple measures against where "twice" follows a
    copula, a hedge or a comparison ("is twice", "almost twice", "at twice") or the owner
    stands alone ("twice Solana's, per"); "rejected twice Grayscale's application" and
    "Twice Bitcoin's price dipped" count occasions."""
    if owner[0].lstrip().startswith("what"):
        return True
    if _COMPARED_BEFORE.search(text, max(0, start - 20), start):
        return True
    return _OWNER_ALONE.match(text, owner.end()) is not None


_COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:is|was|are|were|be|been|being|at|than|nearly|almost|about|roughly|around|some|"
    r"approximately|just|over|under|only|barely|to)\s+$"
)
# the owner's figure left unsaid: a clause mark, the end, or a function word after it
_OWNER_ALONE = re.compile(
    r"\s*(?:[,.;:)—–]|$)|\s+(?:in|on|for|at|during|over|per|and|as|according|this|last|"
    r"since|from|by|with|after|before|while|when)\b"
)

# "a quarter point", "half a point", "a quarter of a percentage point", "a half-point cut":
# the fraction sizes a rate move in percentage points, no share of a whole
_POINT_SIZE = re.compile(
    r"(?i)(?:\s+of\s+a|\s+a)?(?P<joined>[-\s])(?P<pct>percentage[-\s])?points?\b"
)

# "of the month's", "of last week's", "of the day’s": a whole a time owns
_OF_TIMES_OWN = re.compile(r"(?i)\s+of\s+(?:(?:the|this|last|that)\s+)?[a-z]+['’]s\b")


def _time_range(before: str, after: str, value: float | None, g: Grammar) -> bool:
    """ "four to six weeks", "3 to 5 business days", "between two and four years": the first
    end of a range whose last end is a duration is no quantity either. The last end must be
    larger ("fell 2,000 to 3-month lows" is a move and a level), and "and" joins a range only
    after "between" ("hit 60,000 and 12 hours later")."""
    m = _RANGE_TO.match(after)
    if m is None or value is None or (m["join"] == "and" and not _BETWEEN_BEFORE.search(before)):
        return False
    end = m["end"].lower()
    last = g.vocabulary.cardinals.get(end, g.vocabulary.tens.get(end)) or _number_or_none(end)
    return last is not None and last > value and bool(g.time_unit_after.match(after[m.end() :]))


def _number_or_none(num: str) -> float | None:
    try:
        return parse_number(num.rstrip(".,"))
    except InputError:
        return None


# " to six", "-10", " or three", " and four": the join and last end of a range
_RANGE_TO = re.compile(r"(?i)^\s?(?P<join>to|or|and|[-–—‑])\s?(?P<end>\d[\d,.]*|[a-z]+)(?=[\s-])")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")


def _is_time(word: str, g: Grammar) -> bool:
    return bool(g.time_unit_after.match(f" {word}"))


def _next_words(after: str, n: int) -> list[str]:
    return [w.lower() for w in _NEXT_WORDS.findall(after)[:n]]


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 20) : start])
    return m[1].lower() if m else ""


def _title_case(text: str, start: int, end: int) -> bool:
    """A capitalized number word before a capitalized word, or inside a sentence, is part
    of a name or a title ("Three Layers of Protection"), not a count."""
    if not text[start].isupper():
        return False
    nxt = re.match(r"[ \t-]+([A-Za-z])", text[end : end + 4])
    if nxt and nxt[1].isupper():
        return True
    prev = text[max(0, start - 3) : start].rstrip()
    return bool(prev) and (prev[-1].isalnum() or prev[-1] == ",")


def read_single(text: str, m: re.Match[str], g: Grammar) -> Amount | None:
    """ "a dollar" is one dollar, "a cent" a hundredth of one; not after a negation ("did
    not lose a dollar") or a number word ("half a dollar" is read as a share, not as one)."""
    start, end = m.start(), m.end()
    words = re.findall(r"[a-z']+", text[max(0, start - 24) : start].lower())[-3:]
    if any(w in _NEGATIONS or w.endswith("n't") for w in words):
        return None
    v = g.vocabulary
    if words and (words[-1] in v.fractions or words[-1] in v.cardinals or words[-1] in v.tens):
        return None
    form = m["single_unit"]
    unit = g.units.get(form) or g.units.get(" ".join(form.lower().split()))
    if unit is None:
        return None
    kind, code, factor = unit
    value = factor
    half = _and_a_fraction(text, end, g)
    if half is not None:
        value, end = factor + half[0] * factor, half[1]  # "a dollar and a half"
    amount = Amount(start, end, value, code, kind, step=0.5 * factor, factor=factor)
    amount.qualifier = qualifier(text, start, end, g)
    return amount


# "negative one over 20", "minus two out of three": the word is part of a longer expression
_OPERATOR_AFTER = re.compile(r"(?i)[ \t]+(?:over|out|of|in|divided|times|plus|minus|point)\b")
_NEGATIONS = frozenset(("not", "no", "never", "nor", "without"))


def _slash_share(m: re.Match[str], g: Grammar) -> Amount | None:
    """ "1/3 of all bitcoin": a share in percent, written to the nearest part (±1/6)."""
    part, parts = int(m["r8"]), int(m["r9"])
    if not 0 < part < parts or m.string[m.start() - 1 : m.start()] == "/":
        return None  # "4/3 of the cap" is no share
    share = Amount(m.start(), m.end(), 100 * part / parts, "%", "percent", step=50 / parts)
    share.qualifier = qualifier(m.string, m.start(), m.end(), g)
    return share


def read_ratio(m: re.Match[str], g: Grammar) -> Amount | None:
    if m["r8"]:
        return _slash_share(m, g)
    a, b = (m["r1"], m["r2"]) if m["r1"] else (m["r3"], m["r4"]) if m["r3"] else (m["r5"], m["r6"])
    num, den = (_share_number(x, g) for x in (a, b))
    if not den or (m["r5"] and num >= den):
        return None  # "3 in 2 cases" is no share
    if m["r7"] and (_is_time(m["r7"].lower(), g) or m["r7"].lower() in g.context["score"]):
        return None  # "moved 1 in 3 days": a count and a time; "76 out of 100 points"
    if m["out"] and m["out"] != "in" and not _share_base(den):
        return None  # "10 out of 12 products", "3 out of 11 keys": a part of a named set
    after = _next_words(m.string[m.end() : m.end() + 20], 1)
    if m["r5"] and m["r6"].isalpha() and _number_word(after, g):
        return None  # "one in five hundred wallets": the whole goes on past "five"
    share = Amount(m.start(), m.end(), num / den, "ratio", "ratio")
    if m["r5"]:
        share.qualifier = qualifier(m.string, m.start(), m.end(), g)
    return share


def _share_number(written: str, g: Grammar) -> float:
    """A number of a share, in digits or one word: "10", "four", "twenty", "a hundred"
    (0 where it is none: "one in a row")."""
    if written.isdigit():
        return float(written)
    v, word = g.vocabulary, written.lower()
    if word.startswith("a "):
        return v.scales.get(word[2:], 0.0)
    return v.cardinals.get(word) or v.tens.get(word) or 0.0


def _number_word(words: list[str], g: Grammar) -> bool:
    """The first of ``words`` goes on a written number ("hundred", "hundreds", "five")."""
    if not words:
        return False
    v, word = g.vocabulary, words[0]
    return word in v.cardinals or word in v.tens or word.removesuffix("s") in v.scales


def _share_base(whole: float) -> bool:
    """A whole a share is stated against: ten or fewer ("two out of three"), or a power of
    ten ("7 out of 10", "99 out of 100")."""
    return whole <= 10 or math.log10(whole).is_integer()
