"""Body extraction: cryptoclaims against trafilatura, in one run, on real and crypto pages.

Two page sets:

1. ``../shared/pages`` (when present): real web pages with the snippets their main text
   must contain (``with``) and must not contain (``without``). A ``with`` snippet found
   in the output is a true positive, missing a false negative; a ``without`` snippet found
   is a false positive. A snippet is *found* when every 4-token shingle of it occurs in
   the output (tokens are lowercased runs of letters and digits; the annotations cut
   words at their edges, so an edge token that is no whole word of the output is left
   out). The whitespace-normalized substring match of the benchmark's own script is
   printed beside it. Pages/s is pages over the CPU seconds of the extraction alone
   (imports paid before; CPU time, and candidates taking turns page by page, so that other
   work on the machine does not skew the comparison), best of ``--repeat`` runs.
2. ``tests/fixtures/site`` and its ``heldout/`` pages: crypto news pages with a
   hand-written gold body (cryptoclaims' headline line left out). Word precision/recall/F1
   (multisets of lowercased words),
   figure precision/recall (number tokens), and how many of the gold's "Source: X"
   captions and table rows come out as lines of their own.

Candidates: the project's pipeline (``cryptoclaims``), its own rules alone without
trafilatura (``cryptoclaims own rules``), and trafilatura as the benchmark runs it
(tables on, comments off), plain, ``favor_precision`` and ``favor_recall``.

Usage: ``python bench/bench_body.py [--pages DIR] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "fixtures" / "site"
SHARED_PAGES = ROOT.parent / "shared" / "pages"
TOKEN = re.compile(r"\w+")
WORD = re.compile(r"\w+")
FIGURE = re.compile(r"\d[\d,.]*\d|\d")
SHINGLE = 4
SITE_URL = "https://news.example/{name}.html"

Extractor = Callable[[bytes, str], str]


def cryptoclaims(engine: str) -> Extractor:
    def run(html: bytes, url: str) -> str:
        from extractor.ingest.html import parse_article

        article = parse_article(html, url, engine=engine)  # type: ignore[arg-type]
        return article.text

    return run


def trafilatura_with(**options: bool) -> Extractor:
    def run(html: bytes, url: str) -> str:
        import trafilatura

        text = trafilatura.extract(
            html, url=url, include_tables=True, include_comments=False, **options
        )
        return text or ""

    return run


CANDIDATES: dict[str, Extractor] = {
    "cryptoclaims": cryptoclaims("trafilatura"),
    "cryptoclaims own rules": cryptoclaims("own"),
    "trafilatura": trafilatura_with(),
    "trafilatura precision": trafilatura_with(favor_precision=True),
    "trafilatura recall": trafilatura_with(favor_recall=True),
}


def safely(extract: Extractor, html: bytes, url: str) -> str:
    """The extractor's text; a failure (an extraction error included) is an empty text."""
    try:
        return extract(html, url)
    except Exception:  # a bench scores a failing page as empty and goes on
        return ""


# --- real pages: snippets ----------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def shingles(words: list[str]) -> set[tuple[str, ...]]:
    size = min(SHINGLE, len(words))
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


@dataclass
class Output:
    """An extractor's text, indexed for snippet lookups."""

    text: str

    def __post_init__(self) -> None:
        self.words = tokens(self.text)
        self.vocabulary = set(self.words)
        self.joined = f" {' '.join(self.words)} "
        self.normalized = " ".join(self.text.split())

    def has(self, snippet: str) -> bool:
        """Every 4-token shingle of the snippet occurs here (cut edge words left out)."""
        words = tokens(snippet)
        if len(words) > 2 and words[0] not in self.vocabulary:
            words = words[1:]
        if len(words) > 2 and words[-1] not in self.vocabulary:
            words = words[:-1]
        if not words:
            return False
        if len(words) <= SHINGLE:
            return f" {' '.join(words)} " in self.joined
        own = shingles(words)
        return all(f" {' '.join(s)} " in self.joined for s in own)

    def has_substring(self, snippet: str) -> bool:
        return " ".join(snippet.split()) in self.normalized


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: list[bool], unwanted: list[bool]) -> None:
        self.tp += sum(found)
        self.fn += len(found) - sum(found)
        self.fp += sum(unwanted)

    def scores(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def load_pages(folder: Path) -> list[tuple[str, dict[str, list[str]], bytes]]:
    data = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    return [
        (url, item, gzip.decompress((folder / item["file"]).read_bytes()))
        for url, item in data.items()
    ]


def run_candidates(
    pages: list[tuple[str, dict[str, list[str]], bytes]], repeat: int
) -> dict[str, tuple[list[str], float]]:
    """Each candidate's texts and pages/s. Candidates take turns page by page, so a change
    in the machine's load during the run weighs on all of them alike."""
    for extract in CANDIDATES.values():
        safely(extract, pages[0][2], pages[0][0])  # imports and caches before timing
    texts: dict[str, list[str]] = {name: [] for name in CANDIDATES}
    seconds = {name: [0.0] * repeat for name in CANDIDATES}
    for url, _item, html in pages:
        for run in range(repeat):
            for name, extract in CANDIDATES.items():
                start = time.process_time()
                text = safely(extract, html, url)
                seconds[name][run] += time.process_time() - start
                if run == 0:
                    texts[name].append(text)
    return {name: (texts[name], len(pages) / min(seconds[name])) for name in CANDIDATES}


def score_texts(
    pages: list[tuple[str, dict[str, list[str]], bytes]], texts: list[str]
) -> tuple[Tally, Tally, int]:
    """(shingle tally, substring tally, pages with no text)."""
    shingle, substring, empty = Tally(), Tally(), 0
    for (_url, item, _html), text in zip(pages, texts, strict=True):
        out = Output(text)
        empty += not text.strip()
        shingle.add([out.has(s) for s in item["with"]], [out.has(s) for s in item["without"]])
        substring.add(
            [out.has_substring(s) for s in item["with"]],
            [out.has_substring(s) for s in item["without"]],
        )
    return shingle, substring, empty


def real_pages_table(folder: Path, repeat: int) -> None:
    pages = load_pages(folder)
    print(f"\n== real pages: {folder} ({len(pages)} pages) ==")
    print(f"{'':<26}{'P':>7}{'R':>7}{'F1':>7}{'F1 substr':>11}{'pages/s':>9}{'empty':>7}")
    for name, (texts, speed) in run_candidates(pages, repeat).items():
        shingle, substring, empty = score_texts(pages, texts)
        p, r, f = shingle.scores()
        print(
            f"{name:<26}{p:>7.3f}{r:>7.3f}{f:>7.3f}{substring.scores()[2]:>11.3f}"
            f"{speed:>9.1f}{empty:>7}"
        )


# --- crypto test-site pages: gold bodies ------------------------------------------------


def overlap(got: Counter[str], gold: Counter[str]) -> tuple[float, float]:
    common = sum((got & gold).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(gold.values()) if gold else 1.0
    return precision, recall


def site_scores(text: str, gold: str) -> dict[str, float]:
    wp, wr = overlap(Counter(WORD.findall(text.lower())), Counter(WORD.findall(gold.lower())))
    fp, fr = overlap(Counter(FIGURE.findall(text)), Counter(FIGURE.findall(gold)))
    wf = 2 * wp * wr / (wp + wr) if wp + wr else 0.0
    return {"word P": wp, "word R": wr, "word F1": wf, "fig P": fp, "fig R": fr}


def site_pages(folder: Path) -> list[tuple[str, bytes, str]]:
    return [
        (p.stem, p.read_bytes(), (folder / "gold" / f"{p.stem}.txt").read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.html"))
    ]


def site_table() -> None:
    items = site_pages(SITE) + site_pages(SITE / "heldout")
    gold_lines = [set(gold.splitlines()) for _name, _html, gold in items]
    captions = sum(sum("Source:" in line for line in lines) for lines in gold_lines)
    rows = sum(sum(" | " in line for line in lines) for lines in gold_lines)
    keys = ("word P", "word R", "word F1", "fig P", "fig R")
    print(f"\n== crypto test-site pages ({len(items)} pages, {captions} captions, {rows} rows) ==")
    print(f"{'':<26}" + "".join(f"{k:>8}" for k in keys) + f"{'captions':>10}{'rows':>6}")
    for name, extract in CANDIDATES.items():
        results, kept_captions, kept_rows = [], 0, 0
        for (page, html, gold), wanted in zip(items, gold_lines, strict=True):
            text = safely(extract, html, SITE_URL.format(name=page))
            if name.startswith("cryptoclaims"):  # the gold is the body: drop the headline
                text = text.partition("\n")[2]
            results.append(site_scores(text, gold))
            lines = set(text.splitlines())
            kept_captions += sum("Source:" in line and line in lines for line in wanted)
            kept_rows += sum(" | " in line and line in lines for line in wanted)
        mean = {k: statistics.mean(r[k] for r in results) for k in keys}
        print(
            f"{name:<26}"
            + "".join(f"{mean[k]:>8.3f}" for k in keys)
            + f"{kept_captions:>10}{kept_rows:>6}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=SHARED_PAGES, help="evaldata.json folder")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs (best one counts)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    if (args.pages / "evaldata.json").is_file():
        real_pages_table(args.pages, args.repeat)
    else:
        print(f"{args.pages}: no evaldata.json; real pages skipped", file=sys.stderr)
    site_table()


if __name__ == "__main__":
    main()
