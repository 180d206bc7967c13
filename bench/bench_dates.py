"""Publication dates of real pages: htmldate against the first ``<time datetime>``.

On the pages of ``../shared/pages`` that declare a date in JSON-LD or a meta tag, that
declaration is taken as right, and two fallbacks for pages without one are scored
against it by day: htmldate (``original_date``, no free-text search), as cryptoclaims
uses it, and the first ``<time datetime>`` of the article (the fallback before it). On
the pages that declare nothing, how many each fallback dates at all.

Usage: ``python bench/bench_dates.py [--pages DIR]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import warnings
from collections import Counter
from datetime import date
from pathlib import Path

from htmldate import find_date

from extractor.ingest.charset import decode_html
from extractor.ingest.html import html_tree
from extractor.ingest.html_meta import from_json_ld, from_meta_tags, parse_date

SHARED_PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "pages"


def first_time_tag(tree) -> date | None:
    scope = next(tree.iter("article"), tree)
    for tag in [*scope.iter("time"), *tree.iter("time")]:
        value = parse_date(tag.get("datetime"))
        if value is not None:
            return value.date()
    return None


def htmldate_day(tree, url: str) -> date | None:
    found = parse_date(find_date(tree, url=url, original_date=True, extensive_search=False))
    return found.date() if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=SHARED_PAGES, help="evaldata.json folder")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    if not (args.pages / "evaldata.json").is_file():
        sys.exit(f"{args.pages}: no evaldata.json")
    data = json.loads((args.pages / "evaldata.json").read_text(encoding="utf-8"))
    declared, undeclared = Counter[str](), Counter[str]()
    for url, item in data.items():
        html = gzip.decompress((args.pages / item["file"]).read_bytes())
        tree = html_tree(decode_html(html)[0])
        stated = from_json_ld(tree).merged(from_meta_tags(tree)).published
        guesses = {"htmldate": htmldate_day(tree, url), "<time>": first_time_tag(tree)}
        if stated is None:
            undeclared["pages"] += 1
            for name, day in guesses.items():
                undeclared[name] += day is not None
            continue
        declared["pages"] += 1
        for name, day in guesses.items():
            verdict = "none" if day is None else "right" if day == stated.date() else "wrong"
            declared[f"{name} {verdict}"] += 1
    print(f"pages declaring a date (JSON-LD or meta): {declared['pages']}")
    for name in ("htmldate", "<time>"):
        right, wrong, none = (declared[f"{name} {v}"] for v in ("right", "wrong", "none"))
        print(f"  {name:<9} right {right:>4}  wrong {wrong:>4}  no date {none:>4}")
    print(f"pages declaring none: {undeclared['pages']}")
    for name in ("htmldate", "<time>"):
        print(f"  {name:<9} dated {undeclared[name]:>4}")


if __name__ == "__main__":
    main()
