"""The pipeline's layers: what each component writes on a Doc, as typed records.

    cc_structure  doc._.structure  Structure (paragraphs, sentences, captions, boilerplate)
                  doc._.clauses    tuple[ClauseBreak, ...] (where clauses break, in text order)
    cc_periods    doc._.times      list[TimeExpr]
    cc_amounts    doc._.amounts    list[Amount]  (frozen)
    cc_mentions   doc._.mentions   list[Mention]
                  doc._.entities   tuple[Entity, ...] (named things typed by what the text says)
    cc_linker     doc._.links      list[Link]    (frozen)

The names a record may take (metric, side, qualifier, unit kind) are ``Literal`` types
shared with :mod:`extractor.models`; the data files are checked against them on load.
Records and dates are registered with spaCy's serializer (srsly's msgpack), so a Doc
with its layers goes through ``Doc.to_bytes`` and ``DocBin`` and comes back equal.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from datetime import date
from typing import Any, Final, Literal

Span = tuple[int, int]
"""A character span ``(start, end)`` of the Doc's text: the one span type of the layers."""

Period = tuple[date, date]

Metric = Literal[
    "price",
    "price_change",
    "market_cap",
    "market_cap_change",
    "liquidations",
    "open_interest",
    "funding_rate",
    "long_short_ratio",
    "trading_volume",
    "etf_flow",
    "fund_flow",
    "holdings",
    "reserves",
    "supply",
    "mining_cost",
    "average_cost",
    "hashrate",
    "loss",
    "profit",
    "revenue",
    "fees",
    "tvl",
    "hack_amount",
    "funding_raised",
    "fine",
    "sentiment_index",
    "participants",
    "transaction_value",
    "other",
]
Side = Literal["long", "short", "inflow", "outflow", "up", "down"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"]
UnitKind = Literal[
    "money", "crypto", "percent", "count", "number", "ratio", "multiple", "index", "quantity"
]
MentionKind = Literal["asset", "source", "venue", "metric", "side"]
ClauseBreakKind = Literal["mark", "conjunction", "opener"]
EntityKind = Literal["network", "collection", "agency", "company"]


class M:
    """The metric names as constants for the rules: a typo is an error, not a silent miss."""

    PRICE: Final = "price"
    PRICE_CHANGE: Final = "price_change"
    MARKET_CAP: Final = "market_cap"
    MARKET_CAP_CHANGE: Final = "market_cap_change"
    LIQUIDATIONS: Final = "liquidations"
    OPEN_INTEREST: Final = "open_interest"
    FUNDING_RATE: Final = "funding_rate"
    LONG_SHORT_RATIO: Final = "long_short_ratio"
    TRADING_VOLUME: Final = "trading_volume"
    ETF_FLOW: Final = "etf_flow"
    FUND_FLOW: Final = "fund_flow"
    HOLDINGS: Final = "holdings"
    RESERVES: Final = "reserves"
    SUPPLY: Final = "supply"
    MINING_COST: Final = "mining_cost"
    AVERAGE_COST: Final = "average_cost"
    HASHRATE: Final = "hashrate"
    LOSS: Final = "loss"
    PROFIT: Final = "profit"
    REVENUE: Final = "revenue"
    FEES: Final = "fees"
    TVL: Final = "tvl"
    HACK_AMOUNT: Final = "hack_amount"
    FUNDING_RAISED: Final = "funding_raised"
    FINE: Final = "fine"
    SENTIMENT_INDEX: Final = "sentiment_index"
    PARTICIPANTS: Final = "participants"
    TRANSACTION_VALUE: Final = "transaction_value"
    OTHER: Final = "other"


METRICS: Final[tuple[str, ...]] = Metric.__args__  # type: ignore[attr-defined]
SIDES: Final[tuple[str, ...]] = Side.__args__  # type: ignore[attr-defined]
QUALIFIERS: Final[tuple[str, ...]] = Qualifier.__args__  # type: ignore[attr-defined]
UNIT_KINDS: Final[tuple[str, ...]] = UnitKind.__args__  # type: ignore[attr-defined]


@dataclasses.dataclass(frozen=True, slots=True)
class Amount:
    """One amount as written, normalized to a value in base units; ``text[start:end]`` is
    the quote. ``sign`` is the sign written before it (-1, 0, +1)."""

    start: int
    end: int
    value: float
    unit: str
    kind: str  # one of UNIT_KINDS
    qualifier: str = "exact"
    step: float = 0.0
    sign: int = 0
    scaled: bool = False
    low: float | None = None
    high: float | None = None

    @property
    def span(self) -> Span:
        return self.start, self.end

    def amount_digits(self) -> str:
        """Significant digits of the value, whatever its scale: 2.65e9 → "265"."""
        return _digits(self.value)

    def negated(self) -> tuple[float, float | None, float | None]:
        """Value and bounds of the level below zero this amount writes ("-0.0051%")."""
        return (
            -self.value,
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
        )


@functools.lru_cache(maxsize=4096)  # the linker asks for a figure's digits many times
def _digits(value: float) -> str:
    mantissa = f"{abs(value):.6e}".split("e")[0]
    return mantissa.replace(".", "").rstrip("0") or "0"


@dataclasses.dataclass(frozen=True, slots=True)
class Choice:
    """Why a linked field got its value: the rule or fallback that decided (``reason``) and
    the cue word it went by, with the cue's distance from the amount (characters, doubled
    per clause boundary crossed)."""

    field: str  # metric, side, asset, period, source, venue
    value: str | None
    reason: str
    cue: Span | None = None
    distance: float | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Link:
    """What one amount was linked to; ``value``/``low``/``high`` are the claim's (a negative
    level keeps its sign here, the amount record stays as written)."""

    amount: Amount
    sentence: Span
    metric: str
    side: str | None
    asset: str | None
    period: Period | None
    source: str | None
    venue: str | None
    unit: str
    sure: bool
    value: float
    low: float | None
    high: float | None
    reasons: tuple[Choice, ...] = ()  # filled when the linker traces (``explain``)


@dataclasses.dataclass(frozen=True, slots=True)
class ClauseBreak:
    """Where one clause of a sentence ends and another begins. A ``mark`` (comma, semicolon,
    colon, dash) or a ``conjunction`` ("and", "but", "while", "which", "with") ends the
    clause a figure stands in; an ``opener`` (a subordinator or a verb of saying that takes
    a clause: "after traders pulled", "said US funds took in") gives what follows a subject
    of its own. ``text[start:end]`` is the word or mark (an opener with its "that")."""

    start: int
    end: int
    kind: ClauseBreakKind

    @property
    def splits(self) -> bool:
        """Whether it ends the clause a figure stands in."""
        return self.kind != "opener"


@dataclasses.dataclass(frozen=True, slots=True)
class Entity:
    """A named thing the text itself types (an appositive, a descriptor, the end of its name):
    ``text[start:end]`` is the name (with an acronym in brackets after it); ``aside_end`` is
    where the words describing it end (``end`` when none do)."""

    start: int
    end: int
    kind: str  # one of EntityKind
    aside_end: int


# --- serialization -------------------------------------------------------------------

_TAG = "__cryptoclaims__"
_RECORDS: dict[str, type[Any]] = {}


def serializable(cls: type[Any]) -> type[Any]:
    """Register a dataclass record with the Doc serializer (as a class decorator)."""
    _RECORDS[cls.__name__] = cls
    return cls


for _cls in (Amount, Choice, Link, ClauseBreak, Entity):
    serializable(_cls)


def encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack encoder: records and dates as tagged maps."""
    if isinstance(obj, date):
        return {_TAG: "date", "v": obj.isoformat()}
    name = type(obj).__name__
    if _RECORDS.get(name) is type(obj):
        values = [getattr(obj, f.name) for f in dataclasses.fields(obj)]
        return {_TAG: name, "v": values}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack decoder: the inverse of :func:`encode` (lists of spans back to tuples)."""
    tag = obj.get(_TAG) if isinstance(obj, dict) else None
    if tag == "date":
        return date.fromisoformat(obj["v"])
    if tag in _RECORDS:
        cls = _RECORDS[tag]
        kinds = [f.type for f in dataclasses.fields(cls)]
        return cls(*(_restore(v, k) for v, k in zip(obj["v"], kinds, strict=True)))
    return obj if chain is None else chain(obj)


def _pair(value: Any) -> Any:
    return None if value is None else tuple(value)


# msgpack writes tuples as lists: the fields typed as tuples are turned back, by annotation.
_RESTORE: dict[str, Callable[[Any], Any]] = {
    "Span": tuple,
    "Period | None": _pair,
    "list[Span]": lambda spans: [tuple(s) for s in spans],
    "list[tuple[Span, str]]": lambda items: [(tuple(s), name) for s, name in items],
    "Span | None": _pair,
    "tuple[Span, ...]": lambda spans: tuple(tuple(s) for s in spans),
}


def _restore(value: Any, annotation: Any) -> Any:
    kind = str(annotation)
    convert = _RESTORE.get(kind) or (_pair if kind.startswith("tuple[") else None)
    return value if convert is None else convert(value)


def register_serializers() -> None:
    """Make srsly (and so spaCy's Doc.to_bytes and DocBin) read and write the records."""
    import srsly

    srsly.msgpack_encoders.register("cryptoclaims", func=encode)
    srsly.msgpack_decoders.register("cryptoclaims", func=decode)
