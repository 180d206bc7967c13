"""How many of the amounts in other parsers' own test tables cryptoclaims reads.

    python bench/peer_tables.py [--recognizers DIR] [--duckling DIR] [--misses]

Each table is read where it lives, at run time; none is copied into this repository:

    quantulum3    the English test table the installed package ships
                  (quantulum3/_lang/en_US/tests/quantities.json)
    recognizers   Microsoft Recognizers-Text, a checkout given by --recognizers DIR:
                  Specs/NumberWithUnit/English/CurrencyModel.json and
                  Specs/Number/English/{NumberModel,PercentModel}.json
    duckling      Facebook Duckling, a checkout given by --duckling DIR:
                  Duckling/AmountOfMoney/EN/Corpus.hs

Every sentence goes through ``extract_article`` as a user's text would. An expected amount
counts as read when a claim has its value (within 0.5 %) and its unit; the table's unit
names map to ours through ``peer_units.jsonl`` (cents become dollars), and a unit the map
does not know (metres, kelvin) is left out. A number without a unit counts as read by any
claim of that value that is not money or a percentage. NumberModel rows are kept only when
they are sentences (four words or more), not bare number phrases.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from extractor.claims import extract_article
from extractor.models import Article

UNITS_FILE = Path(__file__).with_name("peer_units.jsonl")
Expected = tuple[float, str | None]  # value, our unit (None: a bare number)
Row = tuple[str, list[Expected]]
_MONEY_OR_SHARE = re.compile(r"^(?:[A-Z]{3}|%)$")


@dataclass
class Score:
    table: str
    expected: int = 0
    read: int = 0
    misses: list[str] = field(default_factory=list)


def load_units(path: Path = UNITS_FILE) -> dict[str, tuple[str | None, float]]:
    """A peer's unit name (lowercase) → (our unit or None for a bare number, factor)."""
    units: dict[str, tuple[str | None, float]] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                record = json.loads(line)
                units[record["name"].lower()] = (record["unit"], float(record.get("factor", 1)))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise click.ClickException(f"{path}:{lineno}: {exc}") from None
    return units


def _expect(units: dict[str, tuple[str | None, float]], value: float, name: str) -> Expected | None:
    if name.lower() not in units:
        return None
    unit, factor = units[name.lower()]
    return value * factor, unit


def quantulum_rows(units: dict[str, tuple[str | None, float]]) -> Iterator[Row]:
    import quantulum3

    table = Path(quantulum3.__file__).parent / "_lang/en_US/tests/quantities.json"
    for case in json.loads(table.read_text(encoding="utf-8")):
        found = [_expect(units, float(q["value"]), q["unit"]) for q in case["res"]]
        yield case["req"], [x for x in found if x]


def recognizers_rows(folder: Path, units: dict[str, tuple[str | None, float]]) -> Iterator[Row]:
    specs = folder / "Specs"
    currency = specs / "NumberWithUnit/English/CurrencyModel.json"
    for case in json.loads(_read(currency)):
        found = []
        for result in case.get("Results", []):
            res = result.get("Resolution") or {}
            if res.get("value") not in (None, ""):
                name = res.get("isoCurrency") or res.get("unit") or ""
                found.append(_expect(units, float(res["value"]), name))
        yield case["Input"], [x for x in found if x]
    for name, unit in (("NumberModel", None), ("PercentModel", "%")):
        for case in json.loads(_read(specs / f"Number/English/{name}.json")):
            if len(case["Input"].split()) < 4:
                continue  # a bare phrase, not a sentence
            values = [r["Resolution"]["value"] for r in case.get("Results", [])]
            numbers = [float(str(v).rstrip("%")) for v in values if v not in (None, "", "null")]
            yield case["Input"], [(v, unit) for v in numbers]


def duckling_rows(folder: Path, units: dict[str, tuple[str | None, float]]) -> Iterator[Row]:
    corpus = _read(folder / "Duckling/AmountOfMoney/EN/Corpus.hs")
    block = re.compile(r"examples \((simple|under|above) (\w+) ([\d.e]+)\)\s*\[(.*?)\]", re.S)
    for _, currency, value, body in block.findall(corpus):
        expected = _expect(units, float(value), currency)
        for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', body):
            if expected:
                yield _haskell_string(literal), [expected]


def _haskell_string(literal: str) -> str:
    """A Haskell string literal's text: "\\x20ac" and "\\8364" are "€"; "\\&" ends an
    escape before digits ("\\x00a3\\&10" is "£10")."""

    def escape(m: re.Match[str]) -> str:
        if m[1] or m[2]:
            return chr(int(m[1], 16) if m[1] else int(m[2]))
        return {"&": "", "n": "\n", "t": "\t"}.get(m[3], m[3])

    return re.sub(r"\\(?:x([0-9a-fA-F]+)|(\d+)|(.))", escape, literal)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read the table: {exc.strerror}") from None


def score(table: str, rows: Iterator[Row]) -> Score:
    result = Score(table)
    for i, (text, expected) in enumerate(rows):
        claims = extract_article(Article(id=f"{table}-{i}", text=text)) if expected else []
        for value, unit in expected:
            result.expected += 1
            if any(_same(c.value, c.unit, value, unit) for c in claims):
                result.read += 1
            else:
                got = ", ".join(f"{c.quote}={c.value:g} {c.unit}" for c in claims) or "nothing"
                result.misses.append(f"{text[:80]!r}: {value:g} {unit or ''} (read {got})")
    return result


def _same(value: float, unit: str, want: float, want_unit: str | None) -> bool:
    close = abs(value - want) <= 0.005 * abs(want) if want else abs(value) < 1e-12
    if want_unit is None:
        return close and not _MONEY_OR_SHARE.match(unit)
    return close and unit == want_unit


@click.command()
@click.option("--recognizers", type=click.Path(file_okay=False, path_type=Path))
@click.option("--duckling", type=click.Path(file_okay=False, path_type=Path))
@click.option("--misses", is_flag=True, help="List each expected amount not read.")
def main(recognizers: Path | None, duckling: Path | None, misses: bool) -> None:
    """Share of each peer table's amounts that cryptoclaims reads, value and unit."""
    units = load_units()
    tables = [("quantulum3", quantulum_rows(units))]
    if recognizers:
        tables.append(("recognizers-text", recognizers_rows(recognizers, units)))
    if duckling:
        tables.append(("duckling", duckling_rows(duckling, units)))
    for name, rows in tables:
        result = score(name, rows)
        share = result.read / result.expected if result.expected else 0.0
        click.echo(f"{name:18} {result.read:4d} of {result.expected:4d} amounts read ({share:.0%})")
        if misses:
            for line in result.misses:
                click.echo(f"    {line}")


if __name__ == "__main__":
    main()
