"""Load the JSONL knowledge files under ``extractor/data``.

Each file is one JSON object a line; each line is validated with a pydantic model
and a bad line raises :class:`LexiconError` naming ``path:line`` and the reason.
Files are read once per process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from extractor.errors import LexiconError
from extractor.models import METRICS, SIDES

DATA_DIR = Path(str(resources.files("extractor") / "data"))

Entry = TypeVar("Entry", bound=BaseModel)


class _Line(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AssetEntry(_Line):
    """An asset: canonical id and every lowercase surface form naming it."""

    id: str = Field(pattern=r"^[A-Z0-9_.]+$")
    kind: Literal["crypto", "stablecoin", "stock", "etf", "commodity", "index", "scope"]
    names: list[str] = Field(min_length=1)
    ambiguous: list[str] = []
    underlying: str | None = None
    issuer: str | None = None  # a company's preferred stock: its figures are the company's

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
    word: str
    factor: float = Field(gt=0)
    attached: bool


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


class UnitWordEntry(_Line):
    """A unit written after a number that is not a currency: "%", "basis points", "sats",
    "tonnes"."""

    form: str
    unit: str
    kind: Literal["percent", "multiple", "crypto", "quantity"]
    factor: float = Field(default=1.0, gt=0)


class QualifierEntry(_Line):
    """A phrase that bounds the amount next to it; a verb lemma covers its inflections."""

    phrase: str
    qualifier: Literal["approx", "more_than", "less_than", "at_least", "at_most"]
    position: Literal["before", "after"] = "before"
    verb: bool = False


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
    (counted: a plural without -s)."""

    word: str
    role: Literal[
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
    ]


class TimeUnitEntry(_Line):
    word: str
    days: float


class MetricTrigger(_Line):
    """A word or phrase that says what an amount measures; weight ranks competing triggers."""

    phrase: str
    metric: str
    weight: float = 1.0
    kinds: list[str] | None = None  # amount kinds it applies to ("bought" + BTC vs + $)

    @field_validator("metric")
    @classmethod
    def _known_metric(cls, metric: str) -> str:
        if metric not in METRICS:
            raise ValueError(f"unknown metric {metric!r}")
        return metric


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


@cache
def load(name: str, model: type[Entry]) -> tuple[Entry, ...]:
    """A data file under ``extractor/data`` by name, validated and cached."""
    return tuple(load_jsonl(DATA_DIR / name, model))


class LemmaException(_Line):
    """A word whose lookup lemma is wrong for news ("rebound" is not the past of "rebind")."""

    form: str = Field(pattern=r"^[a-z][a-z'’-]*$")
    lemma: str = Field(pattern=r"^[a-z][a-z'’-]*$")
    note: str = ""


def lemma_exceptions() -> tuple[LemmaException, ...]:
    return load("lemma_exceptions.jsonl", LemmaException)


def assets() -> tuple[AssetEntry, ...]:
    return load("assets.jsonl", AssetEntry)


def sources() -> tuple[NamedEntry, ...]:
    return load("sources.jsonl", NamedEntry)


def venues() -> tuple[NamedEntry, ...]:
    return load("venues.jsonl", NamedEntry)


def scales() -> tuple[ScaleEntry, ...]:
    return load("scales.jsonl", ScaleEntry)


def currencies() -> tuple[CurrencyEntry, ...]:
    return load("currencies.jsonl", CurrencyEntry)


def unit_words() -> tuple[UnitWordEntry, ...]:
    return load("unit_words.jsonl", UnitWordEntry)


def qualifiers() -> tuple[QualifierEntry, ...]:
    return load("qualifiers.jsonl", QualifierEntry)


def number_context() -> tuple[NumberContextWord, ...]:
    return load("number_context.jsonl", NumberContextWord)


def number_words() -> tuple[NumberWordEntry, ...]:
    return load("number_words.jsonl", NumberWordEntry)


def time_units() -> tuple[TimeUnitEntry, ...]:
    return load("time_units.jsonl", TimeUnitEntry)


def metric_triggers() -> tuple[MetricTrigger, ...]:
    return load("metrics.jsonl", MetricTrigger)


def side_triggers() -> tuple[SideTrigger, ...]:
    return load("sides.jsonl", SideTrigger)


def boilerplate_markers() -> tuple[BoilerplateMarker, ...]:
    return load("boilerplate.jsonl", BoilerplateMarker)


class MetricUnits(_Line):
    """The kinds of amount (money, percent, crypto, ...) a metric can be measured in."""

    metric: str
    kinds: list[Literal["money", "percent", "crypto", "count", "number", "ratio", "multiple"]]
    max_value: float | None = None  # a per-coin price never runs into the hundreds of millions


class UnitBlocker(_Line):
    """A noun after a coin name that makes the coin an attribute ("12 Bitcoin ETFs")."""

    word: str


def unit_blockers() -> tuple[UnitBlocker, ...]:
    return load("unit_blockers.jsonl", UnitBlocker)


def metric_units() -> tuple[MetricUnits, ...]:
    return load("metric_units.jsonl", MetricUnits)


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


@cache
def cue_lists() -> dict[str, CueList]:
    """The lists of ``data/cues.jsonl`` by name (read once)."""
    return read_cue_lists(DATA_DIR / CUES_FILE)


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
        raise LexiconError(f"{DATA_DIR / CUES_FILE}: no list named {name!r}") from None


@cache
def cue_phrases(name: str) -> tuple[str, ...]:
    """The phrases of the named cue list (an error if it has none)."""
    entry = _cue_list(name)
    if not entry.phrases:
        raise LexiconError(f"{DATA_DIR / CUES_FILE}: list {name!r} holds no phrases")
    return tuple(entry.phrases)


ATTRIBUTION_FILE = "attribution_cues.jsonl"


@cache
def attribution_lists() -> dict[str, CueList]:
    """The word lists of ``data/attribution_cues.jsonl`` by name (read once)."""
    return read_cue_lists(DATA_DIR / ATTRIBUTION_FILE)


@cache
def attribution_phrases(name: str) -> tuple[str, ...]:
    """The phrases of the named list of ``data/attribution_cues.jsonl``."""
    entry = attribution_lists().get(name)
    if entry is None or not entry.phrases:
        raise LexiconError(f"{DATA_DIR / ATTRIBUTION_FILE}: no list of phrases named {name!r}")
    return tuple(entry.phrases)


@cache
def attribution_metrics(name: str) -> frozenset[str]:
    """The metrics of the named list of ``data/attribution_cues.jsonl``."""
    entry = attribution_lists().get(name)
    if entry is None or not entry.metrics:
        raise LexiconError(f"{DATA_DIR / ATTRIBUTION_FILE}: no list of metrics named {name!r}")
    return frozenset(entry.metrics)


@cache
def cue_metrics(name: str) -> frozenset[str]:
    """The metrics of the named cue list (an error if it has none)."""
    entry = _cue_list(name)
    if not entry.metrics:
        raise LexiconError(f"{DATA_DIR / CUES_FILE}: list {name!r} holds no metrics")
    return frozenset(entry.metrics)
