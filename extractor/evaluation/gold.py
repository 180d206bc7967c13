"""Gold claims: load ``gold.jsonl``, validate each line and place each claim in its article.

A gold claim is placed by its ``quote`` and ``occurrence``: the n-th raw substring
occurrence of the quote in the article text (overlapping occurrences count, as a plain
substring search finds them). Every error names ``path:line`` and the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from extractor.corpus import read_text
from extractor.errors import CorpusError
from extractor.models import Metric, Qualifier, Side

GOLD_FILE = "gold.jsonl"


class GoldPeriod(BaseModel):
    """Inclusive date window a gold figure refers to."""

    model_config = ConfigDict(extra="forbid")

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> GoldPeriod:
        if self.start > self.end:
            raise ValueError(f"period start {self.start} is after end {self.end}")
        return self


class GoldClaim(BaseModel):
    """One claim a perfect extractor yields, as written in ``gold.jsonl``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    quote: str = Field(min_length=1)
    occurrence: int = Field(ge=1)
    value: float
    unit: str = Field(min_length=1)
    metric: Metric
    side: Side | None
    asset: str | None
    period: GoldPeriod | None
    source: str | None
    venue: str | None
    qualifier: Qualifier


class GoldArticle(BaseModel):
    """The gold line of one article."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    claims: list[GoldClaim]


@dataclass(frozen=True)
class GoldLine:
    """A gold article and where it was read (``path:line``), for error messages."""

    article: GoldArticle
    where: str


@dataclass(frozen=True)
class PlacedGold:
    """A gold claim with its character span in the article text."""

    claim: GoldClaim
    start: int
    end: int


def _describe(exc: ValidationError, record: dict[str, Any]) -> str:
    """First validation error as 'claims[2] ('$60K').metric: reason'."""
    error = exc.errors()[0]
    parts: list[str] = []
    for item in error["loc"]:
        if isinstance(item, int):
            parts[-1] += f"[{item}]"
        else:
            parts.append(str(item))
    loc = ".".join(parts) or "line"
    claims = record.get("claims")
    index = error["loc"][1] if len(error["loc"]) > 1 else None
    if isinstance(claims, list) and isinstance(index, int) and index < len(claims):
        quote = claims[index].get("quote") if isinstance(claims[index], dict) else None
        if quote:
            loc = loc.replace(f"claims[{index}]", f"claims[{index}] ({quote!r})", 1)
    return f"{loc}: {error['msg']}"


def parse_gold_line(line: str, where: str) -> GoldArticle:
    """Validate one ``gold.jsonl`` line; raise CorpusError naming ``where`` and the reason."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: invalid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise CorpusError(f"{where}: expected a JSON object, got {type(record).__name__}")
    try:
        return GoldArticle.model_validate(record)
    except ValidationError as exc:
        raise CorpusError(f"{where}: {_describe(exc, record)}") from None


def load_gold(path: Path) -> list[GoldLine]:
    """All gold lines of a file, in order; blank lines skipped, duplicate ids refused."""
    if not path.is_file():
        raise CorpusError(f"{path}: no such gold file")
    lines: list[GoldLine] = []
    seen: dict[str, str] = {}
    for lineno, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        article = parse_gold_line(line, where)
        if article.id in seen:
            raise CorpusError(
                f"{where}: duplicate article id {article.id!r} (first at {seen[article.id]})"
            )
        seen[article.id] = where
        lines.append(GoldLine(article, where))
    return lines


def locate_quote(text: str, quote: str, occurrence: int) -> tuple[int, int] | None:
    """Span of the ``occurrence``-th (1-based) raw substring occurrence of ``quote``, or None."""
    position = -1
    for _ in range(occurrence):
        position = text.find(quote, position + 1)
        if position < 0:
            return None
    return position, position + len(quote)


def count_occurrences(text: str, quote: str) -> int:
    """How many raw occurrences of ``quote`` the text holds (counted as ``locate_quote`` does)."""
    count, position = 0, text.find(quote)
    while position >= 0:
        count += 1
        position = text.find(quote, position + 1)
    return count


def place_claims(line: GoldLine, text: str) -> list[PlacedGold]:
    """Place every gold claim of an article in its text; a quote not found is a CorpusError."""
    placed: list[PlacedGold] = []
    for index, claim in enumerate(line.article.claims):
        span = locate_quote(text, claim.quote, claim.occurrence)
        if span is None:
            found = count_occurrences(text, claim.quote)
            raise CorpusError(
                f"{line.where}: claims[{index}]: quote {claim.quote!r} occurrence "
                f"{claim.occurrence} not in article {line.article.id!r} (found {found})"
            )
        placed.append(PlacedGold(claim, *span))
    return placed
