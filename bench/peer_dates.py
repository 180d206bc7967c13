"""How many of the dates in dateparser's own English test tables cryptoclaims reads.

    python bench/peer_dates.py [--dateparser DIR] [--recognizers DIR] [--misses]

The strings are read at run time from a checkout of scrapinghub/dateparser given by
``--dateparser DIR`` (its ``tests/test_date_parser.py``, ``tests/test_freshness_date_parser.py``
and ``tests/test_search.py``); none is copied into this repository. A string is kept when
dateparser itself reads it as English and it has no time of day (a claim's period is a
span of days). Each goes into a news sentence, "Bitcoin rose 5% <string>.", published
2024-03-15, through ``extract_article`` as a user's text would; it counts as read when the
5% claim's period holds the day dateparser gives for the string from that same base date
(a date written without a year taken as the latest one before it).

``--recognizers DIR`` does the same with Recognizers-Text's English ``DateTimeModel.json``
table (``Specs/DateTime/English``, read at run time): each date or date range it resolves,
as written in its input, goes into the same sentence published on the table's reference
date, and counts as read when the 5% claim's period holds the latest day it resolves to on
or before that date (a range's first day).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import click

from extractor.claims import extract_article
from extractor.models import Article

BASE = date(2024, 3, 15)
TABLES = ("test_date_parser.py", "test_freshness_date_parser.py", "test_search.py")
_STRING = re.compile(r'param\(\s*"([^"\n]{3,60})"')
_ENGLISH = re.compile(r"^[A-Za-z0-9 ,.'/-]+$")
# a time of day, also glued to its hour ("4pm", "8am AEDT")
_CLOCK = re.compile(
    r"(?i)\d:\d|(?:\b|(?<=\d))(?:am|pm|a\.m|p\.m)\b|\b(?:noon|midnight|hours?|hrs?|mins?"
    r"|minutes?|seconds?|secs?|now|[+-]\d{4}|utc|gmt|[a-z]{2}t)\b"
)


def strings(folder: Path) -> list[str]:
    """The distinct English, day-level date strings of dateparser's test tables."""
    found: list[str] = []
    for name in TABLES:
        path = folder / "tests" / name
        if not path.is_file():
            raise click.ClickException(
                f"{path}: not found (is --dateparser a dateparser checkout?)"
            )
        for text in _STRING.findall(path.read_text(encoding="utf-8")):
            text = text.strip()
            if _ENGLISH.match(text) and not _CLOCK.search(text) and text not in found:
                found.append(text)
    return found


def expected(text: str) -> date | None:
    """The day dateparser reads ``text`` as, from the bench's base date, English only."""
    import dateparser

    settings = {
        "RELATIVE_BASE": datetime(BASE.year, BASE.month, BASE.day),
        "PREFER_DATES_FROM": "past",
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def recognized(folder: Path) -> list[tuple[str, date, date]]:
    """Recognizers-Text's English dates and date ranges without a time of day: each as
    written, its reference date, and the latest day it resolves to on or before it."""
    path = folder / "Specs" / "DateTime" / "English" / "DateTimeModel.json"
    if not path.is_file():
        raise click.ClickException(
            f"{path}: not found (is --recognizers a Recognizers-Text checkout?)"
        )
    rows: list[tuple[str, date, date]] = []
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        base = case.get("Context", {}).get("ReferenceDateTime")
        for result in case.get("Results", []) if base else ():
            if result.get("TypeName") not in ("datetimeV2.date", "datetimeV2.daterange"):
                continue
            text = case["Input"][result["Start"] : result["End"] + 1]
            on = datetime.fromisoformat(base).date()
            days = [_first_day(v) for v in result.get("Resolution", {}).get("values", [])]
            past = [d for d in days if d is not None and d <= on]
            row = (text, on, max(past)) if past else None
            if row and not _CLOCK.search(text) and _ENGLISH.match(text) and row not in rows:
                rows.append(row)
    return rows


def _first_day(value: dict[str, str]) -> date | None:
    """The day a resolved value names: a date's, or a range's first."""
    day = value.get("value") if value.get("type") == "date" else value.get("start")
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None  # "not resolved"


def read(text: str, day: date, base: date = BASE) -> bool:
    """Whether the 5% figure of the news sentence around ``text``, published on ``base``, is
    dated to hold ``day``."""
    sentence = f"Bitcoin rose 5% {text}."
    article = Article(id="peer", text=sentence, published=datetime(base.year, base.month, base.day))
    for claim in extract_article(article):
        if claim.quote == "5%" and claim.period_start and claim.period_end:
            return claim.period_start <= day <= claim.period_end
    return False


@click.command()
@click.option("--dateparser", "folder", type=click.Path(path_type=Path))
@click.option("--recognizers", type=click.Path(path_type=Path))
@click.option("--misses", is_flag=True, help="List the strings not read.")
def main(folder: Path | None, recognizers: Path | None, misses: bool) -> None:
    if folder is None and recognizers is None:
        raise click.UsageError("give --dateparser DIR, --recognizers DIR or both")
    if folder is not None:
        rows = [(text, day) for text in strings(folder) if (day := expected(text)) is not None]
        missed = [text for text, day in rows if not read(text, day)]
        click.echo(
            f"dateparser (English, day-level): {len(rows) - len(missed)} of {len(rows)} read"
        )
        for text in missed if misses else ():
            click.echo(f"  missed: {text}")
    if recognizers is not None:
        table = recognized(recognizers)
        lost = [(text, on) for text, on, day in table if not read(text, day, on)]
        click.echo(
            f"Recognizers-Text (English dates): {len(table) - len(lost)} of {len(table)} read"
        )
        for text, on in lost if misses else ():
            click.echo(f"  missed: {text} (on {on})")


if __name__ == "__main__":
    main()
