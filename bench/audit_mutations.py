"""Mutation benchmark of the audit on the real multi-outlet clusters of a corpus with gold.

    python bench/audit_mutations.py [CORPUS] [--claims gold|extracted|both] [--misses]

Clusters are the corpus's news events (``event`` in ``meta.jsonl``) reported by more than
one publisher. Each is audited as it is (the clean run: every finding is listed, to be
checked by hand), then once per planted slip:

- **scale**: every figure written with a scale word (million, billion, K, M, bn, ...)
  gets the neighbouring word, a factor of 1,000 ("$2.65 billion" → "$2.65 million",
  "$60K" → "$60M"). A slip is *checkable* when another statement of the cluster (another
  sentence, in the same or another article) gives the same figure (within its written
  precision and 5%, and within 10% of it; an open bound counts as its own value) for the
  same metric, side, asset, venue and unit. It is *found* when a ``scale_error`` cites
  the slipped figure, and *named* when that finding calls it the suspect.
- **arithmetic**: every place in every article where its own figures must add up
  (``bench/arithmetic_sites.py``: a percent move against its from/to levels, parts
  against their total, quantity times average price, a coin amount against its dollar
  value, a share against its parts, a premium or discount against the two values it
  compares) gets a changed percent or a changed total. It is
  found when an ``arithmetic`` finding cites the changed figure (or a ``scale_error``
  names it: the report gives one slip once, and a value out by 1,000 is a scale slip).

``--claims gold`` audits the gold claims (the extraction a perfect extractor gives),
``extracted`` the project's own extraction, re-run on each mutated article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click
from arithmetic_sites import changed, sites
from audit_corpus import GoldCorpus, extracted_claims, gold_claims, load_gold_corpus

from extractor.audit import audit
from extractor.evaluation.gold import PlacedGold
from extractor.models import Article, AuditReport, Claim, Finding

TOLERANCE = 0.05
SCALE_WORD = re.compile(
    r"(?<=[\d\s$])(thousand|million|billion|trillion|bn|mn|[kmbt])(?![a-z])", re.IGNORECASE
)
# Each scale word and its neighbour a factor of 1,000 away, with that factor.
SWAPS = {
    "thousand": ("million", 1e3),
    "million": ("billion", 1e3),
    "billion": ("million", 1e-3),
    "trillion": ("billion", 1e-3),
    "k": ("m", 1e3),
    "m": ("b", 1e3),
    "b": ("m", 1e-3),
    "t": ("b", 1e-3),
    "bn": ("mn", 1e-3),
    "mn": ("bn", 1e3),
}


@dataclass(frozen=True)
class Plant:
    """A slip planted in one article: its new text and where the changed figure stands."""

    kind: str  # "scale", or the arithmetic site's kind
    article: Article
    index: int  # the gold claim changed
    old_quote: str
    new_quote: str
    factor: float
    start: int
    witness: Claim | None  # scale: another statement of the same figure

    @property
    def checkable(self) -> bool:
        return self.kind != "scale" or self.witness is not None


def plant(
    corpus: GoldCorpus,
    article_id: str,
    index: int,
    new_quote: str,
    factor: float,
    kind: str,
    seen: Claim | None = None,
) -> Plant:
    """The article with one gold figure rewritten."""
    article = corpus.articles[article_id]
    placed = corpus.gold[article_id][index]
    text = article.text[: placed.start] + new_quote + article.text[placed.end :]
    mutated = Article.model_validate({**article.model_dump(), "text": text, "text_hash": ""})
    return Plant(kind, mutated, index, placed.claim.quote, new_quote, factor, placed.start, seen)


@dataclass
class Outcome:
    """What the audit said of the plants of one kind."""

    planted: int = 0
    checkable: int = 0
    misread: int = 0
    found: int = 0
    named: int = 0
    wrong: int = 0  # the slipped figure called the supported one
    found_unchecked: int = 0
    misses: list[str] = field(default_factory=list)
    disputed: list[str] = field(default_factory=list)


def swap_scale(quote: str) -> tuple[str, float] | None:
    """The quote with its scale word swapped for its neighbour, and the factor; None if none."""
    match = SCALE_WORD.search(quote)
    if match is None:
        return None
    word = match.group(1)
    new, factor = SWAPS[word.lower()]
    if word.isupper() and (len(word) > 1 or len(new) == 1):
        new = new.upper()
    elif word[0].isupper():
        new = new.capitalize()
    return quote[: match.start(1)] + new + quote[match.end(1) :], factor


def _interval(claim: Claim) -> tuple[float, float]:
    """The values a figure's digits allow; an open bound stands for its own value."""
    low = claim.low if claim.low is not None else claim.value
    high = claim.high if claim.high is not None else claim.value
    return min(low, claim.value), max(high, claim.value)


def _agree(a: Claim, b: Claim) -> bool:
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    if ahi >= blo and bhi >= alo:
        return True
    near, far = (ahi, blo) if ahi < blo else (bhi, alo)
    return (far - near) / max(abs(near), abs(far)) <= TOLERANCE


def _close(a: Claim, b: Claim) -> bool:
    """The figures themselves within 10% (a coarse "$3 billion" is not "$2.44 billion")."""
    return abs(a.value - b.value) <= 0.1 * max(abs(a.value), abs(b.value))


def _same_fact(a: Claim, b: Claim) -> bool:
    return (a.metric, a.side, a.asset, a.venue, a.unit) == (
        b.metric,
        b.side,
        b.asset,
        b.venue,
        b.unit,
    )


def witness(claim: Claim, cluster: Sequence[Claim]) -> Claim | None:
    """Another statement of the cluster giving the same figure for the same fact, if any."""
    return next(
        (
            other
            for other in cluster
            if (other.article_id, other.sentence) != (claim.article_id, claim.sentence)
            and _same_fact(claim, other)
            and _agree(claim, other)
            and _close(claim, other)
        ),
        None,
    )


def scale_plants(corpus: GoldCorpus, ids: Sequence[str]) -> list[Plant]:
    """One plant per gold figure of a cluster written with a scale word."""
    golds = {i: corpus.gold_claims(corpus.articles[i]) for i in ids}
    cluster = [c for i in ids for c in golds[i]]
    plants = []
    for article_id in ids:
        for index, placed in enumerate(corpus.gold.get(article_id, [])):
            swapped = swap_scale(placed.claim.quote)
            if swapped is None or placed.claim.metric == "other":
                continue
            new_quote, factor = swapped
            seen = witness(golds[article_id][index], cluster)
            plants.append(plant(corpus, article_id, index, new_quote, factor, "scale", seen))
    return plants


def arithmetic_plants(corpus: GoldCorpus) -> list[Plant]:
    """One plant per arithmetic site of every article (its stated figure changed)."""
    plants = []
    for article_id, article in corpus.articles.items():
        claims = corpus.gold_claims(article)
        for site in dict.fromkeys(sites(article_id, claims)):
            new_quote = changed(claims[site.index].quote, site.factor)
            if new_quote is not None:
                plants.append(
                    plant(corpus, article_id, site.index, new_quote, site.factor, site.kind)
                )
    return plants


def shifted_gold(corpus: GoldCorpus, plant: Plant) -> list[Claim]:
    """The mutated article's gold claims: the changed one rescaled, later ones shifted."""
    delta = len(plant.new_quote) - len(plant.old_quote)
    placed: list[PlacedGold] = []
    for index, item in enumerate(corpus.gold[plant.article.id]):
        if index == plant.index:
            claim = item.claim.model_copy(
                update={"quote": plant.new_quote, "value": item.claim.value * plant.factor}
            )
            placed.append(PlacedGold(claim, item.start, item.start + len(plant.new_quote)))
        elif item.start >= plant.start + len(plant.old_quote):
            placed.append(PlacedGold(item.claim, item.start + delta, item.end + delta))
        else:
            placed.append(item)
    return gold_claims(plant.article, placed)


ClaimSource = Callable[[Article], list[Claim]]


def run_cluster(
    claims_of: dict[str, list[Claim]], articles: dict[str, Article], ids: Sequence[str]
) -> AuditReport:
    cluster = [c for i in ids for c in claims_of[i]]
    return audit(cluster, {i: articles[i] for i in ids})


def planted_claim(claims: Sequence[Claim], plant: Plant) -> Claim | None:
    """The claim read at the changed figure, if its value is the slipped one."""
    end = plant.start + len(plant.new_quote)
    for claim in claims:
        if claim.start < end and plant.start < claim.end:
            return claim
    return None


def _cites(finding: Finding, claim_id: str, roles: tuple[str, ...]) -> bool:
    return any(c.claim_id == claim_id and c.role in roles for c in finding.claims)


def judge(
    plants: Sequence[Plant],
    corpus: GoldCorpus,
    mode: str,
    base: dict[str, list[Claim]],
) -> Outcome:
    """Audit each plant's cluster (or its article alone) and count what was found."""
    outcome = Outcome()
    home = {i: ids for ids in corpus.clusters().values() for i in ids}
    for planted in plants:
        outcome.planted += 1
        outcome.checkable += planted.checkable
        if mode == "gold":
            mutated = shifted_gold(corpus, planted)
        else:
            mutated = extracted_claims([planted.article])[planted.article.id]
        target = planted_claim(mutated, planted)
        gold_value = corpus.gold[planted.article.id][planted.index].claim.value * planted.factor
        if target is None or abs(target.value - gold_value) > 0.005 * abs(gold_value):
            outcome.misread += 1
            outcome.checkable -= planted.checkable
            continue
        ids = home.get(planted.article.id, [planted.article.id])
        claims_of = {**base, planted.article.id: mutated}
        articles = {i: corpus.articles[i] for i in ids}
        articles[planted.article.id] = planted.article
        report = run_cluster(claims_of, articles, ids)
        slips = [f for f in report.findings if f.verdict == "scale_error"]
        found = any(_cites(f, target.id, ("suspect", "disputed")) for f in slips)
        named = any(_cites(f, target.id, ("suspect",)) for f in slips)
        if any(_cites(f, target.id, ("supported",)) for f in slips):
            outcome.wrong += 1
            outcome.disputed.append("WRONG " + _unnamed(planted, target, slips, ("supported",)))
        if planted.kind != "scale":  # the report gives a slip once: as arithmetic or scale
            sums = [f for f in report.findings if f.verdict == "arithmetic"]
            found = found or any(_cites(f, target.id, ("stated", "operand")) for f in sums)
            named = named or any(_cites(f, target.id, ("stated",)) for f in sums)
        if planted.checkable:
            outcome.found += found
            outcome.named += named
            if found and not named and planted.kind == "scale":
                outcome.disputed.append(_unnamed(planted, target, slips))
            if not found:
                seen = f"; witness {w.article_id} “{w.quote}”" if (w := planted.witness) else ""
                outcome.misses.append(
                    f"{planted.kind} {planted.article.id}: “{planted.new_quote}” "
                    f"(was “{planted.old_quote}”{seen}) — {target.sentence[:120]}"
                )
        else:
            outcome.found_unchecked += found
    return outcome


def _unnamed(
    planted: Plant,
    target: Claim,
    slips: Sequence[Finding],
    roles: tuple[str, ...] = ("suspect", "disputed"),
) -> str:
    """A slip cited but not named (or called supported): the finding's roles and why."""
    finding = next(f for f in slips if _cites(f, target.id, roles))
    cited = "; ".join(f"{c.article_id} “{c.quote}” ({c.role})" for c in finding.claims[:6])
    return (
        f"{planted.article.id}: “{planted.new_quote}” (was “{planted.old_quote}”) — "
        f"{target.sentence[:100]}\n        cited: {cited}\n        {finding.explanation}"
    )


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "0/0"


def print_findings(title: str, report: AuditReport) -> None:
    click.echo(f"  {title}: {len(report.findings)} findings")
    for finding in report.findings:
        quotes = "; ".join(f"{c.article_id} “{c.quote}” ({c.role})" for c in finding.claims[:6])
        click.echo(f"    - {finding.verdict} [{finding.severity}] {quotes}")
        click.echo(f"      {finding.explanation}")


@click.command()
@click.argument(
    "corpus",
    default="../shared/corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--claims", "modes", type=click.Choice(["gold", "extracted", "both"]), default="both")
@click.option("--misses", is_flag=True, help="List every checkable slip that was not found.")
@click.option("--unnamed", is_flag=True, help="List every slip cited but not named.")
@click.option("--quiet", is_flag=True, help="Do not list the clean clusters' findings.")
def main(corpus: Path, modes: str, misses: bool, unnamed: bool, quiet: bool) -> None:
    """Plant slips in every multi-outlet cluster of CORPUS and report what the audit finds."""
    data = load_gold_corpus(corpus)
    clusters = data.clusters()
    click.echo(
        f"{len(clusters)} multi-outlet clusters, {sum(len(i) for i in clusters.values())} articles"
    )
    chosen = ["gold", "extracted"] if modes == "both" else [modes]
    extracted: dict[str, list[Claim]] | None = None
    for mode in chosen:
        if mode == "gold":
            base = {i: data.gold_claims(a) for i, a in data.articles.items()}
        else:
            extracted = extracted or extracted_claims(data.articles.values())
            base = extracted
        click.echo(f"\n== {mode} claims ==")
        clean = Counter[str]()
        for event, ids in sorted(clusters.items()):
            report = run_cluster(base, data.articles, ids)
            clean.update(f.verdict for f in report.findings)
            if report.findings and not quiet:
                print_findings(event, report)
        whole = audit([c for claims in base.values() for c in claims], data.articles)
        click.echo(f"clean clusters: {dict(clean) or 'no findings'}")
        click.echo(
            f"whole corpus ({len(data.articles)} articles) audited at once: "
            f"{dict(Counter(f.verdict for f in whole.findings)) or 'no findings'}"
        )
        if not quiet:
            print_findings("whole corpus", whole)
        plants = [p for _, ids in sorted(clusters.items()) for p in scale_plants(data, ids)]
        outcome = judge(plants, data, mode, base)
        checkable, unchecked = (
            outcome.checkable,
            outcome.planted - outcome.misread - outcome.checkable,
        )
        click.echo(
            f"scale slips planted: {outcome.planted}, misread by the extraction: "
            f"{outcome.misread}, checkable: {checkable}"
        )
        click.echo(f"  found (scale_error cites the slip): {_share(outcome.found, checkable)}")
        click.echo(f"  named (the slip is the suspect):     {_share(outcome.named, checkable)}")
        click.echo(f"  slip called the supported figure: {outcome.wrong}")
        click.echo(f"  found without a witness: {_share(outcome.found_unchecked, unchecked)}")
        if unnamed:
            for line in outcome.disputed:
                click.echo(f"    unnamed: {line}")
        misses_of = list(outcome.misses)
        arithmetic = arithmetic_plants(data)
        click.echo(f"arithmetic slips planted: {len(arithmetic)}")
        for kind in sorted({p.kind for p in arithmetic}):
            result = judge([p for p in arithmetic if p.kind == kind], data, mode, base)
            click.echo(
                f"  {kind:<8} planted {result.planted:>3}, misread {result.misread:>2}, "
                f"found {_share(result.found, result.checkable)}"
            )
            misses_of += result.misses
        total = judge(arithmetic, data, mode, base) if arithmetic else Outcome()
        click.echo(f"  all      found {_share(total.found, total.checkable)}")
        if misses:
            for line in misses_of:
                click.echo(f"    miss: {line}")


if __name__ == "__main__":
    main()
