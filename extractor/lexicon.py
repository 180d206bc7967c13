"""The knowledge the pipeline uses: a :class:`Lexicon` of JSONL data files.

Each file is one JSON object a line; each line is validated with a pydantic model
and a bad line raises :class:`LexiconError` naming ``path:line`` and the reason.
A Lexicon reads a folder of such files (by default ``extractor/data``), each file
once. The pipeline's components receive their Lexicon through their config and make
it the active one while they run; the rules ask the active one (:func:`current`), and
a function that derives something from it (a compiled pattern, a table) is decorated
:func:`per_lexicon` instead of ``functools.cache``, so a component never uses a
pattern derived from another lexicon.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import shutil
import unicodedata
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, ParamSpec, TypeVar, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from extractor.errors import LexiconError
from extractor.models import METRICS, SIDES


def _metric_name(metric: str) -> str:
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}")
    return metric


MetricName = Annotated[str, AfterValidator(_metric_name)]  # one of FORMAT.md's metrics

DATA_DIR = Path(str(resources.files("extractor") / "data"))

Entry = TypeVar("Entry", bound=BaseModel)


class _Line(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AssetEntry(_Line):
    """An asset: canonical id and every lowercase surface form naming it."""

    id: str = Field(pattern=r"^[A-Z0-9_.]+$")
    # index: a stock index or bond yield, the backdrop of a crypto story (its figures take no
    # asset); currency: a currency gauge such as the dollar index, kept like a commodity
    kind: Literal["crypto", "stablecoin", "stock", "etf", "commodity", "currency", "index", "scope"]
    names: list[str] = Field(min_length=1)
    ambiguous: list[str] = []
    underlying: str | None = None
    issuer: str | None = None  # a company's preferred stock: its figures are the company's
    stablecoin: str | None = None  # the stablecoin a company issues: its reserves back that coin
    listed: date | None = None  # first trading day: before it the company has no ticker
    sponsors: list[str] = []  # a fund's sponsors, as sources.jsonl names them ("BlackRock")
    epithets: list[str] = []  # names by rank ("the largest cryptocurrency"), unless a noun follows
    venue: str | None = None  # the exchange this company runs (venues.jsonl name): "Coinbase"

    @field_validator("names", "ambiguous")
    @classmethod
    def _lowercase(cls, names: list[str]) -> list[str]:
        for name in names:
            if name != name.strip().lower() or not name:
                raise ValueError(f"name {name!r} is not lowercase and stripped")
        return names


class NamedEntry(_Line):
    """A data source or venue: canonical display name and its lowercase surface forms."""

    name: str = Field(min_length=1)
    kind: str
    names: list[str] = Field(min_length=1)
    ambiguous: list[str] = []


class ScaleEntry(_Line):
    """A scale word; ``money`` marks one that is a scale only with a currency ("$22mm" is
    22 million dollars, a bare "22mm" is millimetres)."""

    word: str
    factor: float = Field(gt=0)
    attached: bool
    money: bool = False


class CurrencyEntry(_Line):
    """A currency sign, code or name; ``factor`` scales a fractional unit ("cents": 0.01)."""

    form: str
    code: str = Field(pattern=r"^[A-Z]{3}$")
    position: Literal["before", "after", "both"]
    factor: float = Field(default=1.0, gt=0)
    # an ordinary word too: "won" is a currency only after 100 or more, "pounds" not before
    # "of" ("475 pounds of cocaine")
    ambiguous: bool = False
    kind: Literal["money", "crypto"] = "money"  # "₿21,000,000" is an amount of bitcoin
    # only touching the number, in the case written: "43c" is cents, "43 C" is not
    glued: bool = False
    # a name several countries share ("pesos"): the country the article names decides
    by_country: bool = False
    # such a name with no country of its own named before it is no money one can tell
    # ("300 pesos" in a story naming no peso country): the figure stays a count
    only_by_country: bool = False
    # the words that name this form's country ("Argentina", "Argentine"), as written
    country: list[str] = []
    # a form read as this currency only in a text that names it by one of these words (its
    # name, sign or code, as written): "N1.2 billion" is naira where the article says naira,
    # "164p" pence where it writes in sterling; elsewhere the letter is a model or a grade
    named_by: list[str] = []

    @field_validator("country")
    @classmethod
    def _capitalized(cls, words: list[str]) -> list[str]:
        for word in words:
            if word != word.strip() or not word[:1].isupper():
                raise ValueError(f"country word {word!r} is not capitalized and stripped")
        return words


class IsoCurrencyEntry(_Line):
    """A currency of ISO 4217 and the words by which an article names it: its own name
    ("kwanza"), its country, people and capital ("Angola", "Angolan", "Luanda"), and the
    letters written before the number where it is the article's money ("Kz"). A code or a
    sign that ``currencies.jsonl`` does not list is read only in a text that names the
    currency so, and only as a sum is written ("COP 9.4 trillion", "Kz1,500", not "COP 28"
    or "R1"); see :func:`currencies`."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    names: list[str] = []
    countries: list[str] = []
    # letters or a currency symbol before the digits: "Tk4.2 billion", "฿118.4bn", "GH₵12",
    # "TL 2.5 billion", "Fr. 1.5 million"
    signs: list[str] = []
    # letters or a currency symbol written after the number: "500 million TL", "2 billion kr",
    # "50 million Ft", "1.5 million Fr."; one several currencies write ("kr") is read by the
    # country the article names
    after: list[str] = []

    @field_validator("names")
    @classmethod
    def _lowercase_names(cls, names: list[str]) -> list[str]:
        for name in names:
            if name != name.strip().lower() or not name:
                raise ValueError(f"name {name!r} is not lowercase and stripped")
        return names

    @field_validator("countries")
    @classmethod
    def _capitalized_countries(cls, words: list[str]) -> list[str]:
        for word in words:
            if word != word.strip() or not word[:1].isupper():
                raise ValueError(f"country word {word!r} is not capitalized and stripped")
        return words

    @field_validator("signs")
    @classmethod
    def _letter_signs(cls, signs: list[str]) -> list[str]:
        for sign in signs:
            letters, symbol = sign[:-1], sign[-1:]
            if not re.fullmatch(r"[A-Z][A-Za-z]{0,3}\.?", sign) and not (
                unicodedata.category(symbol) == "Sc" and re.fullmatch(r"[A-Z]{0,3}", letters)
            ):
                raise ValueError(
                    f"sign {sign!r} is neither one to four letters, the first a capital (a"
                    " period may end them), nor a currency symbol after at most three capitals"
                )
        return signs

    @field_validator("after")
    @classmethod
    def _after_signs(cls, signs: list[str]) -> list[str]:
        for sign in signs:
            if not re.fullmatch(r"[^\W\d_]{2,4}\.?", sign) and not (
                len(sign) == 1 and unicodedata.category(sign) == "Sc"
            ):
                raise ValueError(
                    f"after-sign {sign!r} is neither two to four letters (a period may end"
                    " them) nor one currency symbol"
                )
        return signs


class UnitWordEntry(_Line):
    """A unit written after a number that is not a currency: "%", "basis points", "sats",
    "tonnes"."""

    form: str
    unit: str
    kind: Literal["percent", "multiple", "crypto", "quantity"]
    factor: float = Field(default=1.0, gt=0)
    glued: bool = False  # only touching the number, in the case written: "5pc", not "5 PC"
    # the only metric a quantity's unit measures ("EH/s": a hashrate, not "MW"); the one
    # list of the units a metric of physical quantities takes
    metric: MetricName | None = None


class QualifierEntry(_Line):
    """A phrase that bounds the amount next to it; a verb lemma covers its inflections."""

    phrase: str
    qualifier: Literal["approx", "more_than", "less_than", "at_least", "at_most"]
    position: Literal["before", "after"] = "before"
    verb: bool = False
    # a verb whose object stands between it and this preposition before the figure: "cap
    # each wallet at", "limits options positions to" (the phrase is the verb's lemma)
    object_then: str | None = None
    # an after-phrase that bounds the figure only after "the": "joins the $1bn club" is a
    # member above it, "a $200 club fee" is a price
    after_the: bool = False
    # a verb that also means "processed": after a market or operator (a word of the cue list
    # processing_subjects or a venue's name) it bounds nothing ("DEXs cleared $71.8 billion")
    processing: bool = False


class NumberWordEntry(_Line):
    """A number written as a word: a cardinal ("four"), a tens word ("forty"), a fraction
    ("thirds"), a multiple ("twice") or a multiplier ("dozen")."""

    word: str
    value: float
    role: Literal["cardinal", "tens", "fraction", "multiple", "multiplier"]
    qualifier: Literal["exact", "approx", "more_than"] = "exact"


class NumberContextWord(_Line):
    """A word next to a number that changes how it is read: "the $100,000 mark" (threshold),
    "the 6m chart" (timeframe), "3 reasons" (listicle), "six-figure" (descriptor), "the 10
    largest funds" (rank), "twice the volume" (determiner), "the first half" (portion),
    "its 8.00% Series A preferred" (security), "these two" (anaphora), "three people"
    (counted: a plural without -s), "minus 5%" (negative: a sign in words), "76 out of 100
    points" (score: the unit of a scale, no group a share is of), "a fifth higher"
    (comparative: a fraction before it is the size of a change), "Bitcoin drops below 60K"
    (price_verb, level_preposition: a coin's move to a bare figure in thousands, its price;
    level_link: "is", "back", words that link the coin to the level without moving it),
    "rose by 850M to $3.3B" (change_verb: the bare size of a change before the level;
    level_gap: the words between it and the level, "to reach", "to a record"), "In Texas,
    12," (not_a_name: a capitalized function word opens a phrase, no person's name), "180.9
    billion tokens" (token_noun: an amount of the coin the sentence names), "wallets holding
    between 1,000 and 10,000 BTC" (cohort: a plural group whose bound defines it), "2 key Ethereum
    price metrics" (listicle_adjective, then up to two words and a listicle or listicle_topic
    noun: an article's counter; "40 metrics" alone still counts). A
    verb is written once, as its lemma: the grammar matches every form the lemma table
    knows ("fall" → falls, fell, fallen, falling)."""

    word: str
    role: Literal[
        "negative",
        "threshold",
        "timeframe",
        "listicle",
        "descriptor",
        "rank",
        "determiner",
        "portion",
        "security",
        "anaphora",
        "counted",
        "score",
        "comparative",
        "price_verb",
        "level_link",
        "level_preposition",
        "change_verb",
        "level_gap",
        "not_a_name",
        "token_noun",
        "cohort",
        "listicle_adjective",
        "listicle_topic",
    ]


class TimeUnitEntry(_Line):
    word: str
    days: float


class HolidayEntry(_Line):
    """A named day: a fixed date (``month``, ``day``), the ``nth`` ``weekday`` of a month
    (-1 the last; 0 is Monday) moved ``offset`` days, or ``easter`` days from Easter Sunday."""

    names: list[str] = Field(min_length=1)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: int | None = Field(default=None, ge=0, le=6)
    nth: int | None = Field(default=None, ge=-1, le=5)
    offset: int = 0
    easter: int | None = None
    note: str = ""

    @model_validator(mode="after")
    def _one_rule(self) -> HolidayEntry:
        fixed = self.month is not None and self.day is not None and self.weekday is None
        nth = self.month is not None and self.weekday is not None and self.nth not in (None, 0)
        moved = self.easter is not None and self.month is None
        if [fixed, nth, moved].count(True) != 1:
            raise ValueError("give month and day, month, weekday and nth, or easter")
        return self


class MetricTrigger(_Line):
    """A word or phrase that says what an amount measures; weight ranks competing triggers."""

    phrase: str
    metric: MetricName
    weight: float = 1.0
    kinds: list[str] | None = None  # amount kinds it applies to ("bought" + BTC vs + $)


class SideTrigger(_Line):
    phrase: str
    side: str

    @field_validator("side")
    @classmethod
    def _known_side(cls, side: str) -> str:
        if side not in SIDES:
            raise ValueError(f"unknown side {side!r}")
        return side


class BoilerplateMarker(_Line):
    """A line that starts boilerplate: ``line`` drops that block, ``tail`` all that follows."""

    pattern: str
    scope: Literal["line", "tail"]
    anywhere: bool = False  # the marker may stand inside the line, not only at its start


def load_jsonl(path: Path, model: type[Entry]) -> list[Entry]:
    """Every line of ``path`` validated as ``model``; errors name ``path:line``."""
    entries: list[Entry] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read: {exc.strerror}") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entries.append(model.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{path}:{lineno}: invalid JSON: {exc.msg}") from None
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"])
            raise LexiconError(f"{path}:{lineno}: {field}: {err['msg']}") from None
    return entries


# A component's config entry for its lexicon (``paths.lexicon`` in config.cfg sets the path).
LEXICON_CONFIG: dict[str, Any] = {"@misc": "cryptoclaims.lexicon.v1", "path": None}

P = ParamSpec("P")
T = TypeVar("T")


class Lexicon:
    """The data files of one folder, each read and validated on first use, and what the
    rules derive from them. Build one with :meth:`from_disk` (every file validated at
    once) or :meth:`bundled`; write a copy with :meth:`to_disk`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._entries: dict[str, tuple[Any, ...]] = {}
        self._derived: dict[Hashable, Any] = {}

    def __repr__(self) -> str:
        return f"Lexicon({str(self.folder)!r})"

    @classmethod
    def bundled(cls) -> Lexicon:
        """The lexicon of the package's ``extractor/data`` (one per process)."""
        return _bundled()

    @classmethod
    def from_disk(cls, path: str | Path) -> Lexicon:
        """The lexicon of a folder; every pipeline file it holds is validated now, and a
        file it lacks is an error."""
        folder = Path(path)
        if not folder.is_dir():
            raise LexiconError(f"{folder}: not a lexicon folder")
        lexicon = cls(folder)
        for name, model in PIPELINE_FILES.items():
            lexicon.entries(name, model)
        for name in CUE_LIST_FILES:
            read_cue_lists(folder / name)
        listed = lexicon.entries("currencies.jsonl", CurrencyEntry)
        _iso_forms(listed, lexicon.entries(ISO_FILE, IsoCurrencyEntry), folder / ISO_FILE)
        return lexicon

    def to_disk(self, path: str | Path) -> None:
        """Write the pipeline's data files of this lexicon to a folder (created)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for name in [*PIPELINE_FILES, *CUE_LIST_FILES]:
            if (self.folder / name).resolve() != (folder / name).resolve():
                shutil.copyfile(self.folder / name, folder / name)

    def entries(self, name: str, model: type[Entry]) -> tuple[Entry, ...]:
        """The validated lines of one data file."""
        found = self._entries.get(name)
        if found is None:
            found = self._entries[name] = tuple(load_jsonl(self.folder / name, model))
        return cast(tuple[Entry, ...], found)

    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """What ``build()`` derives from this lexicon, built once for ``key``."""
        try:
            return cast(T, self._derived[key])
        except KeyError:
            value = self._derived[key] = build()
            return value

    @contextlib.contextmanager
    def active(self) -> Iterator[Lexicon]:
        """Make this the lexicon the rules read while the block runs."""
        token = _ACTIVE.set(self)
        _hold(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)


_ACTIVE: ContextVar[Lexicon | None] = ContextVar("cryptoclaims_lexicon", default=None)


@functools.cache
def _bundled() -> Lexicon:
    lexicon = Lexicon(DATA_DIR)
    _HELD[:] = _HELD or [lexicon]  # what was derived before any lexicon was active is its
    return lexicon


def current() -> Lexicon:
    """The active lexicon: a running component's, else the bundled one."""
    return _ACTIVE.get() or _bundled()


def per_lexicon_value(key: Hashable, build: Callable[[], T]) -> T:
    """``build()`` once per lexicon for ``key``: see :meth:`Lexicon.derived`."""
    return current().derived(key, build)


_CACHES: list[Any] = []
_HELD: list[Lexicon] = []  # the lexicon whose derivations the caches hold


def per_lexicon(fn: Callable[P, T]) -> Callable[P, T]:
    """Like ``functools.cache``, but for derivations of the lexicon (patterns, tables): the
    caches hold one lexicon's at a time and are emptied when a component makes another one
    active, so a process that uses one lexicon pays nothing (the linker asks these for every
    figure); outside a running component they hold the lexicon last made active."""
    cached = functools.cache(fn)
    _CACHES.append(cached)
    return cast(Callable[P, T], cached)


def _hold(lexicon: Lexicon) -> None:
    """Make the derivation caches belong to ``lexicon``."""
    if _HELD and _HELD[0] is lexicon:
        return
    for cached in _CACHES:
        cached.cache_clear()
    _HELD[:] = [lexicon]


def load(name: str, model: type[Entry]) -> tuple[Entry, ...]:
    """A bundled data file by name, validated and read once (the audit's and HTML
    extraction's own files; the pipeline's are read from the active lexicon)."""
    return _bundled().entries(name, model)


class LemmaException(_Line):
    """A word whose lookup lemma is wrong for news ("rebound" is not the past of "rebind")."""

    form: str = Field(pattern=r"^[a-z][a-z'’-]*$")
    lemma: str = Field(pattern=r"^[a-z][a-z'’-]*$")
    note: str = ""


class QuantityNoun(_Line):
    """A noun (or a verb that takes a figure as its object) naming what a figure is, written
    as its lemmas ("value secure", "royalty", "seize"), and the metric it measures; ``other``
    where the metric list has no home for it ("reward rate", "exit queue")."""

    words: str = Field(pattern=r"^[a-z0-9][a-z0-9'’-]*(?: [a-z0-9][a-z0-9'’-]*)*$")
    metric: MetricName
    role: Literal["noun", "verb"] = "noun"
    alone: bool = False  # names the quantity only with no modifier before it ("in trading")
    kinds: list[Literal["money", "crypto", "percent", "count", "number", "quantity"]] | None = None
    note: str = ""


def quantity_nouns() -> tuple[QuantityNoun, ...]:
    return current().entries("quantity_nouns.jsonl", QuantityNoun)


def lemma_exceptions() -> tuple[LemmaException, ...]:
    return current().entries("lemma_exceptions.jsonl", LemmaException)


def assets() -> tuple[AssetEntry, ...]:
    return current().entries("assets.jsonl", AssetEntry)


def sources() -> tuple[NamedEntry, ...]:
    return current().entries("sources.jsonl", NamedEntry)


def venues() -> tuple[NamedEntry, ...]:
    return current().entries("venues.jsonl", NamedEntry)


def scales() -> tuple[ScaleEntry, ...]:
    return current().entries("scales.jsonl", ScaleEntry)


def currencies() -> tuple[CurrencyEntry, ...]:
    """The forms of ``currencies.jsonl`` and, after them, the codes and letter signs of
    ``iso4217.jsonl`` that it does not list, each read only where the article names it."""
    return current().derived("currencies", _all_currencies)


def iso_currencies() -> tuple[IsoCurrencyEntry, ...]:
    return current().entries(ISO_FILE, IsoCurrencyEntry)


ISO_FILE = "iso4217.jsonl"


def _all_currencies() -> tuple[CurrencyEntry, ...]:
    listed = current().entries("currencies.jsonl", CurrencyEntry)
    return listed + _iso_forms(listed, iso_currencies(), current().folder / ISO_FILE)


def _iso_forms(
    listed: tuple[CurrencyEntry, ...], table: tuple[IsoCurrencyEntry, ...], where: Path
) -> tuple[CurrencyEntry, ...]:
    """A form for each code and sign of the ISO table that ``listed`` lacks: the code before
    or after the number, the sign before it, named by the currency's names, its country
    words and the forms ``listed`` has for it ("₦", "naira"); a sign is named by the code
    too ("ZAR"), a code not by itself. After the number: the currency's signs written there
    ("500 million TL") and its names (``lei``), each named so too; a symbol needs no naming
    ("500 ₽"). A code or a sign before the number given twice is an error; a form after it
    that several currencies write ("kr") is read by the country the article names
    (:mod:`extractor.nlp.shared_currencies`)."""
    known = {c.form for c in listed}
    codes: set[str] = set()
    signs: set[str] = set()
    found: list[CurrencyEntry] = []
    for lineno, entry in enumerate(table, 1):
        if entry.code in codes:
            raise LexiconError(f"{where}:{lineno}: code: {entry.code!r} is given twice")
        codes.add(entry.code)
        naming = _iso_naming(listed, entry)
        for sign in entry.signs:
            if sign in signs or sign in known:
                raise LexiconError(f"{where}:{lineno}: signs: {sign!r} is given twice")
            signs.add(sign)
            if naming:
                found.append(
                    CurrencyEntry(
                        form=sign,
                        code=entry.code,
                        position="before",
                        named_by=[*naming, entry.code],
                    )
                )
        if entry.code not in known and naming:
            found.append(
                CurrencyEntry(
                    form=entry.code,
                    code=entry.code,
                    position="both",
                    ambiguous=True,  # in capitals only: "ALL", "PEN", "MAD" are words too
                    named_by=naming,
                )
            )
    return tuple(found) + _after_forms(listed, table)


def _iso_naming(listed: tuple[CurrencyEntry, ...], entry: IsoCurrencyEntry) -> list[str]:
    """The words that name ``entry``'s currency in a text: its names, its country words and
    the forms of ``listed`` for its code."""
    own = [c.form for c in listed if c.code == entry.code and len(c.form) > 1]
    return [*entry.names, *entry.countries, *own]


def after_forms_by_code(table: tuple[IsoCurrencyEntry, ...]) -> dict[str, list[IsoCurrencyEntry]]:
    """Each form the ISO table writes after a number (a sign of ``after`` or a name) and the
    currencies that write it, in the table's order ("kr": SEK, NOK, DKK, ISK)."""
    by_form: dict[str, list[IsoCurrencyEntry]] = {}
    for entry in table:
        for form in dict.fromkeys([*entry.after, *entry.names]):
            by_form.setdefault(form, []).append(entry)
    return by_form


def _after_forms(
    listed: tuple[CurrencyEntry, ...], table: tuple[IsoCurrencyEntry, ...]
) -> tuple[CurrencyEntry, ...]:
    """The forms written after a number that ``listed`` lacks there: one entry each, named
    by every currency that writes it; one that several write is read by country only."""
    known = {c.form.lower() for c in listed if c.position != "before"}
    found: list[CurrencyEntry] = []
    for form, entries in after_forms_by_code(table).items():
        if form.lower() in known:
            continue
        symbol = len(form) == 1 and unicodedata.category(form) == "Sc"
        naming = [] if symbol else [w for e in entries for w in (*_iso_naming(listed, e), e.code)]
        if not symbol and not any(_iso_naming(listed, e) for e in entries):
            continue
        shared = len(entries) > 1
        if shared and " " in form:
            continue  # "cfa franc": a name of two words is read by country by no rule
        found.append(
            CurrencyEntry(
                form=form,
                code=entries[0].code,
                position="after",
                ambiguous=not symbol,  # "lei", "kr", "TL": words or initials too
                by_country=shared,
                only_by_country=shared,
                named_by=[w for w in dict.fromkeys(naming) if w != form],
            )
        )
    return tuple(found)


def unit_words() -> tuple[UnitWordEntry, ...]:
    return current().entries("unit_words.jsonl", UnitWordEntry)


def qualifiers() -> tuple[QualifierEntry, ...]:
    return current().entries("qualifiers.jsonl", QualifierEntry)


def number_context() -> tuple[NumberContextWord, ...]:
    return current().entries("number_context.jsonl", NumberContextWord)


def number_words() -> tuple[NumberWordEntry, ...]:
    return current().entries("number_words.jsonl", NumberWordEntry)


def time_units() -> tuple[TimeUnitEntry, ...]:
    return current().entries("time_units.jsonl", TimeUnitEntry)


def metric_triggers() -> tuple[MetricTrigger, ...]:
    return current().entries("metrics.jsonl", MetricTrigger)


def side_triggers() -> tuple[SideTrigger, ...]:
    return current().entries("sides.jsonl", SideTrigger)


def holidays() -> tuple[HolidayEntry, ...]:
    return current().entries("holidays.jsonl", HolidayEntry)


def boilerplate_markers() -> tuple[BoilerplateMarker, ...]:
    return current().entries("boilerplate.jsonl", BoilerplateMarker)


class MetricUnits(_Line):
    """The kinds of amount (money, percent, crypto, ...) a metric can be measured in; the
    units of its physical quantities are the unit words naming it (unit_words.jsonl)."""

    metric: str
    kinds: list[
        Literal["money", "percent", "crypto", "count", "number", "ratio", "multiple", "quantity"]
    ]
    max_value: float | None = None  # a per-coin price never runs into the hundreds of millions


class UnitBlocker(_Line):
    """A noun after a coin name that makes the coin an attribute ("12 Bitcoin ETFs")."""

    word: str


def unit_blockers() -> tuple[UnitBlocker, ...]:
    return current().entries("unit_blockers.jsonl", UnitBlocker)


def metric_units() -> tuple[MetricUnits, ...]:
    return current().entries("metric_units.jsonl", MetricUnits)


class CueList(_Line):
    """A named list of the linker's cue words (``phrases``) or of metric names (``metrics``)."""

    name: str = Field(pattern=r"^[a-z_]+$")
    note: str = ""
    phrases: list[str] = []
    metrics: list[str] = Field(default=[], validate_default=True)

    @field_validator("phrases")
    @classmethod
    def _clean_phrases(cls, phrases: list[str]) -> list[str]:
        for phrase in phrases:
            if not phrase or phrase != phrase.strip():
                raise ValueError(f"phrase {phrase!r} is empty or not stripped")
        if len(set(phrases)) != len(phrases):
            raise ValueError("a phrase is listed twice")
        return phrases

    @field_validator("metrics")
    @classmethod
    def _known_metrics(cls, metrics: list[str], info: ValidationInfo) -> list[str]:
        for metric in metrics:
            if metric not in METRICS:
                raise ValueError(f"unknown metric {metric!r}")
        if bool(metrics) == bool(info.data.get("phrases")):
            raise ValueError("a list holds either phrases or metrics, not both or neither")
        return metrics


CUES_FILE = "cues.jsonl"


def named_lists(file: str) -> dict[str, CueList]:
    """The named word lists of ``file`` (one of :data:`CUE_LIST_FILES`) in the active
    lexicon, by name (read once per lexicon)."""
    folder = current().folder
    return per_lexicon_value(("named_lists", file), lambda: read_cue_lists(folder / file))


def listed(file: str, name: str, field: Literal["phrases", "metrics"]) -> CueList:
    """The list ``name`` of ``file``; an error naming the file if it is missing or its
    ``field`` is empty."""
    entry = named_lists(file).get(name)
    if entry is None or not getattr(entry, field):
        raise LexiconError(f"{current().folder / file}: no list of {field} named {name!r}")
    return entry


def cue_lists() -> dict[str, CueList]:
    """The lists of the active lexicon's ``cues.jsonl`` by name (read once per lexicon)."""
    return named_lists(CUES_FILE)


def read_cue_lists(path: Path) -> dict[str, CueList]:
    """The cue lists of ``path`` by name; a name given twice is an error at its second line."""
    entries = load_jsonl(path, CueList)
    text = path.read_text(encoding="utf-8")
    linenos = [n for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    by_name: dict[str, CueList] = {}
    for lineno, entry in zip(linenos, entries, strict=True):
        if entry.name in by_name:
            raise LexiconError(f"{path}:{lineno}: name: list {entry.name!r} is given twice")
        by_name[entry.name] = entry
    return by_name


def _cue_list(name: str) -> CueList:
    try:
        return cue_lists()[name]
    except KeyError:
        raise LexiconError(f"{current().folder / CUES_FILE}: no list named {name!r}") from None


@per_lexicon
def cue_phrases(name: str) -> tuple[str, ...]:
    """The phrases of the named cue list (an error if it has none)."""
    entry = _cue_list(name)
    if not entry.phrases:
        raise LexiconError(f"{current().folder / CUES_FILE}: list {name!r} holds no phrases")
    return tuple(entry.phrases)


ATTRIBUTION_FILE = "attribution_cues.jsonl"
TIME_CUES_FILE = "time_cues.jsonl"
ASSET_CUES_FILE = "asset_cues.jsonl"
ENTITY_KINDS_FILE = "entity_kinds.jsonl"


def attribution_lists() -> dict[str, CueList]:
    """The word lists of the active lexicon's ``attribution_cues.jsonl`` by name (read once
    per lexicon)."""
    return named_lists(ATTRIBUTION_FILE)


@per_lexicon
def attribution_phrases(name: str) -> tuple[str, ...]:
    """The phrases of the named list of ``data/attribution_cues.jsonl``."""
    return tuple(listed(ATTRIBUTION_FILE, name, "phrases").phrases)


@per_lexicon
def attribution_metrics(name: str) -> frozenset[str]:
    """The metrics of the named list of ``data/attribution_cues.jsonl``."""
    return frozenset(listed(ATTRIBUTION_FILE, name, "metrics").metrics)


@per_lexicon
def cue_metrics(name: str) -> frozenset[str]:
    """The metrics of the named cue list (an error if it has none)."""
    entry = _cue_list(name)
    if not entry.metrics:
        raise LexiconError(f"{current().folder / CUES_FILE}: list {name!r} holds no metrics")
    return frozenset(entry.metrics)


# The named word lists of a pipeline's lexicon (validated by read_cue_lists).
CUE_LIST_FILES = (
    CUES_FILE,
    ATTRIBUTION_FILE,
    TIME_CUES_FILE,
    ASSET_CUES_FILE,
    ENTITY_KINDS_FILE,
)

# The files a pipeline's lexicon holds (the audit's and HTML extraction's own files are
# read from the bundled data only).
PIPELINE_FILES: dict[str, type[BaseModel]] = {
    "assets.jsonl": AssetEntry,
    "sources.jsonl": NamedEntry,
    "venues.jsonl": NamedEntry,
    "scales.jsonl": ScaleEntry,
    "currencies.jsonl": CurrencyEntry,
    ISO_FILE: IsoCurrencyEntry,
    "qualifiers.jsonl": QualifierEntry,
    "number_words.jsonl": NumberWordEntry,
    "time_units.jsonl": TimeUnitEntry,
    "holidays.jsonl": HolidayEntry,
    "metrics.jsonl": MetricTrigger,
    "quantity_nouns.jsonl": QuantityNoun,
    "sides.jsonl": SideTrigger,
    "boilerplate.jsonl": BoilerplateMarker,
    "unit_blockers.jsonl": UnitBlocker,
    "metric_units.jsonl": MetricUnits,
    "lemma_exceptions.jsonl": LemmaException,
    "unit_words.jsonl": UnitWordEntry,
    "number_context.jsonl": NumberContextWord,
}
