"""CPU time of hostile pages and texts by size class (1x, 10x, 100x): linear costs grow
about tenfold per class, quadratic ones a hundredfold.

    python bench/bench_hostile.py            # every input, three size classes
    python bench/bench_hostile.py --quick    # two size classes
    python bench/bench_hostile.py --only posts   # the inputs whose name holds "posts"
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from extractor.claims import extract_article
from extractor.errors import ExtractionError
from extractor.ingest.html import parse_page
from extractor.models import Article
from extractor.nlp.periods import find_time_expressions

# The inputs are the size tests' own, so the bench times what the tests bound.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from hostile_inputs import (
    bullet_rows,
    figures_list,
    links_in_paragraph,
    nested_divs,
    one_line,
    quoted_posts,
    sections,
    short_sentences,
    table_rows,
)


def page(html: str) -> str:
    try:
        parse_page(html, "https://news.example/a")
    except ExtractionError as exc:
        return "refused: " + str(exc).split(": ", 1)[1][:40]
    return "read"


def article(text: str) -> str:
    try:
        return f"{len(extract_article(Article(id='bench', text=text))):,} claims"
    except ExtractionError as exc:
        return "refused: " + str(exc).split(": ", 1)[1][:40]


CASES: list[tuple[str, Callable[[int], str], Callable[[str], object], int]] = [
    ("nested <div>s", nested_divs, page, 200),
    ("table rows", table_rows, page, 1_000),
    ("links in one paragraph", links_in_paragraph, page, 200),
    ('"1, " x n (text)', figures_list, article, 1_000),
    ("quarter dates (text)", lambda n: "Revenue rose in Q1 2025 and Q2 2025. " * n, article, 100),
    ("short sentences (text)", short_sentences, article, 500),
    (
        "quarter dates (date rules)",
        lambda n: "Revenue rose in Q1 2025 and Q2 2025. " * n,
        lambda t: f"{len(find_time_expressions(t, None, None)):,} dates",
        500,
    ),
    ("bullet rows (text)", bullet_rows, article, 400),
    ("sentences on one line (text)", one_line, article, 100),
    ("sections with captions (text)", sections, article, 120),
    (
        "moves over weeks (date rules)",
        lambda n: "Ether rose 20% over three weeks. It fell on May 3. " * n,
        lambda t: f"{len(find_time_expressions(t, date(2024, 6, 10), None)):,} dates",
        200,
    ),
    (
        "quoted posts (date rules)",
        quoted_posts,
        lambda t: f"{len(find_time_expressions(t, date(2024, 6, 10), None)):,} dates",
        50,
    ),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="only the 1x and 10x classes")
    parser.add_argument("--only", default="", help="only the inputs whose name holds this")
    args = parser.parse_args()
    classes = (1, 10) if args.quick else (1, 10, 100)
    article("Bitcoin rose 3% to $97,400.")  # load the pipeline before timing
    print(f"{'input':<31} {'n':>9} {'chars':>11} {'CPU s':>8} {'x prev':>7}  result")
    for name, make, run, base in CASES:
        if args.only not in name:
            continue
        previous = None
        for factor in classes:
            data = make(base * factor)
            started = time.process_time()
            result = run(data)
            took = time.process_time() - started
            growth = f"{took / previous:.1f}" if previous else ""
            row = f"{name:<31} {base * factor:>9,} {len(data):>11,} {took:>8.2f} {growth:>7}"
            print(f"{row}  {result}")
            previous = max(took, 1e-3)


if __name__ == "__main__":
    main()
