"""Names in running text: the capitalized phrases news uses for firms, agencies and people.

The pipeline has no entity recognizer, and no lexicon lists every data provider an
outlet may cite. A name is read off the text's own shape instead: a run of capitalized
words ("Scope Protocol", "US Bureau of Labor Statistics"), a word with inner capitals
or digits ("RootData", "0xScope"), an acronym ("LSEG", "SC&P") or a domain
("blockchaincenter.net"). A run stops at punctuation, at a possessive and at a
lowercase word other than a connector ("of", "&"). Role words split a run: in
"Kronos Research CIO Vincent Liu" the organisation comes before the title, the
person after it.

Whether a name is an organisation or a person is told by its words (an organisation
word last: "Kronos Research", "Jump Crypto"), its shape (inner capitals, digits,
acronyms, domains) and the roles the article gives it elsewhere; the word lists are
in ``data/attribution_cues.jsonl``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractor import lexicon
from extractor.lexicon import per_lexicon

# "Line.2" is two words; a lone "&" between spaces joins a firm's name ("Nair & Rao")
_WORD = re.compile(r"[A-Za-z0-9][\w&+'’@-]*(?:\.[A-Za-z][\w&+'’@-]*)*\.?|&(?=[ \t])")
_INITIALISM = re.compile(r"^(?:[A-Z]\.)+[A-Z]?\.?$")
_DOMAIN = re.compile(
    r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|io|ai|org|co|xyz|info|fi|app|space|"
    r"guru|live|me|gg|finance|money|news|so|in|tech|exchange|markets)$",
    re.IGNORECASE,
)
_CAMEL = re.compile(
    r"^(?!Ma?c[A-Z])[A-Za-z0-9]*[a-z0-9][A-Z]|^\d+[A-Za-z]|[A-Za-z]\d"
)  # not "McEnaney"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_PERSONAL = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_CONNECTORS = frozenset({"of", "for", "&", "de", "van", "von", "der"})
_ABBREVIATIONS = frozenset({"mt", "st", "jr", "sr", "dr", "mr", "ms", "mrs"})
_TRAILING = ".,;:!?)]}”\"'’…"
# a capitalized word describing the name after it ("Nasdaq-listed Coincheck", "Tokyo-based
# Zaif"), no part of it
DESCRIBING = re.compile(r"-(?:listed|based|owned|backed|run|registered|headquartered)$")


@dataclass(frozen=True, slots=True)
class Name:
    """A capitalized phrase: its span, its words, and whether a possessive ends it."""

    start: int
    end: int
    words: tuple[str, ...]
    possessive: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(slots=True)
class _Token:  # made by the thousand an article: a plain slotted record is built fastest
    start: int
    end: int
    word: str
    closes: bool  # punctuation or a possessive right after it ends the run
    possessive: bool
    key: str  # the word lowercased without a final dot, as the word lists hold it
    name_like: bool  # whether the word may be part of a name (see ``_name_like``)


@per_lexicon
def word_list(name: str) -> frozenset[str]:
    """A list of ``data/attribution_cues.jsonl`` as lowercase words."""
    return frozenset(p.lower() for p in lexicon.attribution_phrases(name))


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    tokens: list[_Token] = []
    for m in _WORD.finditer(text, start, end):
        word, closes, possessive = m.group(), False, False
        # a possessive ending (’s, 's, ’, ') is cut off the word and closes the run
        if len(word) > 2 and word[-1] in _POSSESSIVE_LAST:
            cut = 2 if word.endswith(("’s", "'s")) else 1 if word[-1] in "’'" else 0
            if cut:
                word, closes, possessive = word[:-cut], True, True
        if word and word[-1] in _TRAILING:
            stripped = word.rstrip(_TRAILING)
            dot_kept = _INITIALISM.match(word) or stripped.lower() in _ABBREVIATIONS
            word = word if dot_kept else stripped
            closes = closes or not dot_kept
        after = m.end()
        closes = closes or (after < len(text) and text[after] not in " \t")
        if word:
            begin, key = m.start(), word.lower().rstrip(".")
            like = _name_like(word)
            tokens.append(_Token(begin, begin + len(word), word, closes, possessive, key, like))
    return tokens


_POSSESSIVE_LAST = "s’'"


def _name_like(word: str) -> bool:
    if _ORDINAL.fullmatch(word):
        return False  # "our 14th monthly report": a count of editions, no one's name
    return word[:1].isupper() or bool(_CAMEL.match(word)) or bool(_DOMAIN.match(word))


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def names_in(text: str, start: int, end: int) -> list[Name]:
    """The capitalized name runs between ``start`` and ``end``, in text order. Stretches
    that may hold one are found by one scan; only they are read word by word. A stretch
    of the text read last is read once: the citation, venue and source readers ask for
    the names of the same sentences."""
    held = _last_read()
    state = held[0]  # the (text, stretches) pair, read and replaced in one step
    if state[0] is not text:
        state = held[0] = (text, {})
    found = state[1].get((start, end))
    if found is None:
        found = state[1][start, end] = tuple(_read_names(text, start, end))
    return list(found)


@per_lexicon
def _last_read() -> list[tuple[str | None, dict[tuple[int, int], tuple[Name, ...]]]]:
    """The names of each stretch of the text read last (one text at a time, so an article's
    stretches are all that is kept; per lexicon, as the words that drop a name are)."""
    return [(None, {})]


def _read_names(text: str, start: int, end: int) -> list[Name]:
    found: list[Name] = []
    dropped = _dropped_words()
    for m in _CANDIDATE.finditer(text, start, end):
        word = m.group()
        if _PLAIN_WORD.fullmatch(word):
            # most stretches are one plain capitalized word ("Bitcoin", "The"): the name
            # itself unless a role, common, connector or legal-form word drops it
            if word.lower() not in dropped:
                found.append(Name(m.start(), m.end(), (word,)))
        else:
            found.extend(_names_at(text, *m.span()))
    return found


_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")


@per_lexicon
def _dropped_words() -> frozenset[str]:
    """Words that are no name on their own: what :func:`_split` and :func:`_trim` drop
    from a run of one word."""
    lists = ("person_titles", "not_names", "legal_suffixes")
    return frozenset().union(*(word_list(n) for n in lists), _CONNECTORS)


# A word that may start or continue a name (capitalized, inner capitals or digits, a
# domain), and runs of them joined by spaces, connectors and a leading small number.
# (A run of letters and digits is never given back: the letter or dot after it is none.)
_SEED = r"(?:[A-Z]|\d++[A-Za-z]|[a-z][a-z0-9]*+[A-Z]|[a-z0-9][a-z0-9-]*+\.[a-z])\S*"
_JOIN = r"[ \t]+(?:(?:of|for|&|de|van|von|der|and)[ \t]+)?"
_CANDIDATE = re.compile(rf"(?<![\w.,$€£#@'’-])(?:\d{{1,2}}[ \t]+)?{_SEED}(?:{_JOIN}{_SEED})*")


def _names_at(text: str, start: int, end: int) -> list[Name]:
    tokens = _tokens(text, start, end)
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        connector = (
            current
            and not current[-1].closes
            and nxt is not None
            and nxt.name_like
            and (tok.key in _CONNECTORS or (tok.word == "and" and _org_follows(tokens, i)))
        )
        small_number = (
            (tok.word.isdigit() and len(tok.word) <= 2) or bool(_ORDINAL.fullmatch(tok.word))
        ) and (nxt is not None and nxt.word[:1].isupper())  # "21st Capital", no "14th" alone
        if tok.name_like or connector or small_number:
            if current and current[-1].closes:
                runs.append(current)
                current = []
            current.append(tok)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [n for run in runs for n in _split(run)]


def _org_follows(tokens: list[_Token], i: int) -> bool:
    """ "Trump Media and Technology Group": an "and" inside one organisation's name,
    whose capitalized words after it end in an organisation word."""
    last = None
    for tok in tokens[i + 1 :]:
        if not tok.word[:1].isupper():
            break
        last = tok
        if tok.closes:
            break
    return last is not None and last.word.lower() in word_list("org_words")


def _split(run: list[_Token]) -> list[Name]:
    """A run cut at role words ("CEO"), with connectors and common words trimmed."""
    titles = word_list("person_titles")
    parts: list[list[_Token]] = [[]]
    for tok in run:
        if tok.key in titles:
            parts.append([])
        else:
            parts[-1].append(tok)
    names = []
    for part in parts:
        trimmed = _trim(part)
        if trimmed:
            names.append(
                Name(
                    trimmed[0].start,
                    trimmed[-1].end,
                    tuple(t.word for t in trimmed),
                    trimmed[-1].possessive,
                )
            )
    return names


def _trim(part: list[_Token]) -> list[_Token]:
    described = [i for i, t in enumerate(part) if DESCRIBING.search(t.key)]
    if described:
        part = part[described[-1] + 1 :]  # "Rival Nasdaq-listed Coincheck" → Coincheck
    common = word_list("not_names")
    while part and (part[0].key in common or part[0].key in _CONNECTORS):
        if _agency_of_place(part):
            break  # "Korea Securities Depository": the place is part of the agency's name
        part = part[1:]
    while part and (part[-1].key in _CONNECTORS or part[-1].word.isdigit()):
        part = part[:-1]
    legal = word_list("legal_suffixes")
    return [] if all(t.key in legal for t in part) else part


def _agency_of_place(part: list[_Token]) -> bool:
    """A place word opening a name of two words or more that ends in an agency's word or
    a bank's ("China Construction Bank")."""
    kinds = word_list("regulator_words") | word_list("agency_kind_words")
    return (
        len(part) > 2
        and part[0].key in word_list("place_words")
        and part[-1].key in kinds | word_list("place_named_kinds")
    )


def is_domain(word: str) -> bool:
    return bool(_DOMAIN.match(word))


def org_shaped(name: Name) -> bool:
    """Read as an organisation from its words alone: an organisation word last, inner
    capitals or digits, an acronym, a domain."""
    last = name.words[-1].lower()
    if len(name.words) > 1 and (
        last in word_list("org_words") or last in word_list("legal_suffixes")
    ):
        return True  # "Kronos Research"; "Council" alone is a common noun
    if _ACRONYM.match(name.words[-1]):
        return True  # "LSEG", "BTC Markets"; not "Labour MP for Newcastle Central"
    return any(_CAMEL.match(w) or _DOMAIN.match(w) for w in name.words)


def person_shaped(name: Name) -> bool:
    """Two or three plain capitalized words that do not read as an organisation
    ("Tony Ke", "Sam Bankman-Fried")."""
    plain = 2 <= len(name.words) <= 3 and all(_PERSONAL.match(w) for w in name.words)
    return plain and not org_shaped(name)


def clean(name: Name) -> str:
    """The name as cited: legal-form words and a leading "the" dropped."""
    words = list(name.words)
    suffixes = word_list("legal_suffixes")
    while len(words) > 1 and (
        words[-1].lower().rstrip(".") in suffixes or words[-1].lower() in _CONNECTORS
    ):
        words.pop()  # "Haldane Rusk & Co." is cited as "Haldane Rusk", no "&" left over
    return " ".join(words)


_HEADLINE_MAX = 300  # characters: a longer line is prose
_LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z’']*")  # no look-around: the same words in place


def _title_case(text: str, start: int, end: int, longest: int | None) -> bool:
    if longest is not None and end - start > longest:
        return False
    long_words = [w for w in _LETTER_WORD.findall(text, start, end) if len(w) > 3]
    if len(long_words) < 3:
        return False
    capitalized = [w for w in long_words if w[0] <= "Z"]  # an ASCII letter: upper case
    return len(capitalized) / len(long_words) > 0.7


class TitleCaseLines:
    """Whether the line holding a position of one text is a headline in title case, which
    capitalizes ordinary words too: no names are read off it. A line longer than
    ``longest`` characters is a paragraph of prose (None: any length). Each line is judged
    once and found by bisection: a text of one long line is read once, not once a name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self._judged: dict[tuple[int, int | None], bool] = {}

    def line(self, pos: int) -> tuple[int, int]:
        """The start and end of the line holding ``pos`` (its newline not included)."""
        i = bisect.bisect_left(self._breaks, pos)  # the first line break at or after pos
        start = self._breaks[i - 1] + 1 if i else 0
        return start, self._breaks[i] if i < len(self._breaks) else len(self.text)

    def __call__(self, pos: int, longest: int | None = _HEADLINE_MAX) -> bool:
        start, end = self.line(pos)
        judged = self._judged.get((start, longest))
        if judged is None:
            judged = self._judged[start, longest] = _title_case(self.text, start, end, longest)
        return judged


_NEWLINE = re.compile(r"\n")
