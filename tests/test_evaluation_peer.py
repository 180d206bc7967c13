"""The quantulum3 peer comparison: its unit map and its quantities as scored claims."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extractor.errors import LexiconError
from extractor.evaluation.gold import GoldClaim, PlacedGold, locate_quote
from extractor.evaluation.scoring import score_article
from extractor.models import Article

BENCH = Path(__file__).resolve().parent.parent / "bench" / "peer_quantulum.py"
spec = importlib.util.spec_from_file_location("peer_quantulum", BENCH)
assert spec and spec.loader
peer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(peer)

TEXT = (
    "The crypto market lost $2.65 million in the last 24 hours as roughly 585,000 traders "
    "were liquidated, and 82% of these liquidations came from long traders."
)


def test_unit_map_maps_quantulum_names_to_ours() -> None:
    units = peer.load_unit_map()
    assert (units["dollar"], units["percentage"], units["dimensionless"]) == ("USD", "%", "count")
    assert units["byte tesla coulomb"] == "BTC"


@pytest.mark.parametrize("bad", ['{"quantulum": "dollar"}', "dollar,USD", "[1, 2]"])
def test_bad_unit_map_line_is_named(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "units.jsonl"
    path.write_text('{"quantulum": "euro", "unit": "EUR"}\n' + bad + "\n")
    with pytest.raises(LexiconError, match=r"units\.jsonl:2: "):
        peer.load_unit_map(path)


def test_quantulum_quantities_become_claims_over_their_spans() -> None:
    article = Article(id="seed-000", text=TEXT)
    (claims,) = peer.quantulum_predictions([article])
    by_quote = {c.quote: c for c in claims}
    assert (by_quote["$2.65 million"].value, by_quote["$2.65 million"].unit) == (2_650_000, "USD")
    assert (by_quote["82%"].value, by_quote["82%"].unit) == (82, "%")
    assert by_quote["24 hours"].unit == "?hour"  # unmapped: never a right amount
    for claim in claims:
        assert TEXT[claim.start : claim.end] == claim.quote


def test_quantulum_claims_score_with_the_project_scorer() -> None:
    article = Article(id="seed-000", text=TEXT)
    gold = []
    for quote, value, unit in (("$2.65 million", 2.65e6, "USD"), ("585,000", 585_000, "count")):
        claim = GoldClaim(
            quote=quote,
            occurrence=1,
            value=value,
            unit=unit,
            metric="liquidations",
            side=None,
            asset="CRYPTO",
            period=None,
            source=None,
            venue=None,
            qualifier="exact",
        )
        gold.append(PlacedGold(claim, *(locate_quote(TEXT, quote, 1) or (0, 0))))
    (claims,) = peer.quantulum_predictions([article])
    counts = score_article(article.id, TEXT, gold, claims).counts
    assert (counts.gold, counts.amount_correct) == (2, 2)
    assert counts.predicted == len(claims) > 2  # "24 hours" and "82%" are extras here
