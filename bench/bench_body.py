"""Body extraction: our HTML → text against trafilatura, on the test-site pages.

For each page of ``tests/fixtures/site`` (the pages the extractor was developed on) and
``tests/fixtures/site/heldout`` (pages written afterwards and not tuned on), compare the
extracted body (the headline line left out) with the hand-written gold body text:

- word precision / recall / F1: multiset overlap of lowercased word tokens;
- figure precision / recall: the same over number tokens ("$2.1", "89%", "713,502"),
  since the figures are what the claim extractor reads;
- time per page.

Usage: ``python bench/bench_body.py`` (needs trafilatura, in the ``dev`` extra).
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "fixtures" / "site"
WORD = re.compile(r"\w+")
FIGURE = re.compile(r"\d[\d,.]*\d|\d")
URL = "https://news.example/{name}.html"

Extractor = Callable[[bytes, str], str]


def ours(html: bytes, url: str) -> str:
    from extractor.ingest.html import parse_article

    article = parse_article(html, url)
    lines = article.text.split("\n")
    return "\n".join(lines[1:] if article.title and lines[0] == article.title else lines)


def trafilatura_with(**options: bool) -> Extractor:
    def run(html: bytes, url: str) -> str:
        import trafilatura

        text = trafilatura.extract(
            html, url=url, include_tables=True, include_comments=False, **options
        )
        return text or ""

    return run


EXTRACTORS: dict[str, Extractor] = {
    "cryptoclaims": ours,
    "trafilatura": trafilatura_with(),
    "trafilatura precision": trafilatura_with(favor_precision=True),
    "trafilatura recall": trafilatura_with(favor_recall=True),
}


def overlap(got: Counter[str], gold: Counter[str]) -> tuple[float, float]:
    """(precision, recall) of a token multiset against the gold multiset."""
    common = sum((got & gold).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(gold.values()) if gold else 1.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(text: str, gold: str) -> dict[str, float]:
    wp, wr = overlap(Counter(WORD.findall(text.lower())), Counter(WORD.findall(gold.lower())))
    fp, fr = overlap(Counter(FIGURE.findall(text)), Counter(FIGURE.findall(gold)))
    return {"word P": wp, "word R": wr, "word F1": f1(wp, wr), "fig P": fp, "fig R": fr}


def pages(folder: Path) -> list[tuple[str, bytes, str]]:
    return [
        (p.stem, p.read_bytes(), (folder / "gold" / f"{p.stem}.txt").read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.html"))
    ]


def evaluate(name: str, extract: Extractor, items: list[tuple[str, bytes, str]]) -> list[str]:
    """One row per page and a mean row for one extractor."""
    rows, scores, seconds = [], [], []
    for page, html, gold in items:
        start = time.perf_counter()
        try:
            text = extract(html, URL.format(name=page))
        except Exception as exc:  # a bench reports a failing extractor and goes on
            text = ""
            print(f"  {name} failed on {page}: {exc}", file=sys.stderr)
        seconds.append(time.perf_counter() - start)
        result = score(text, gold)
        scores.append(result)
        rows.append(_row(f"  {page}", result))
    mean = {k: statistics.mean(s[k] for s in scores) for k in scores[0]}
    ms = 1000 * statistics.mean(seconds[1:] or seconds)  # first call includes imports
    return [_row(f"{name} (mean, {ms:.1f} ms/page)", mean), *rows]


def _row(label: str, result: dict[str, float]) -> str:
    return f"{label:<46}" + "".join(f"{result[k]:>9.3f}" for k in result)


def main() -> None:
    header = f"{'':<46}" + "".join(
        f"{k:>9}" for k in ("word P", "word R", "word F1", "fig P", "fig R")
    )
    for title, folder in (("in-sample pages", SITE), ("held-out pages", SITE / "heldout")):
        items = pages(folder)
        print(f"\n== {title} ({len(items)}) ==\n{header}")
        for name, extract in EXTRACTORS.items():
            for line in evaluate(name, extract, items):
                print(line)


if __name__ == "__main__":
    main()
