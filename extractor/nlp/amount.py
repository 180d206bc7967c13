"""One amount being read: its span in the text, its value in base units and its bounds
(ranges, scales and bounds are settled after it is found; the pipeline keeps it frozen)."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.nlp import layers
from extractor.nlp.numbers import bounds


@dataclass(slots=True)
class Amount:
    """One amount as written, normalized to a value in base units.

    ``text[start:end]`` is the quote. ``factor`` is what the written number was multiplied
    by (a scale word, "basis points", "cents"): a bare first end of a range borrows it.
    """

    start: int
    end: int
    value: float
    unit: str
    kind: str  # money | crypto | percent | count | ratio | multiple | index | quantity | number
    qualifier: str = "exact"
    step: float = 0.0
    sign: int = 0
    scaled: bool = False
    low: float | None = None
    high: float | None = None
    factor: float = 1.0
    loose: bool = False  # a bare number after a dash: kept only as the second end of a range

    def rescale(self, factor: float) -> None:
        """A bare range end read at its partner's scale ("$1.3" of "$1.3-1.5 billion")."""
        self.value, self.step, self.factor = self.value * factor, self.step * factor, factor

    def finish(self) -> Amount:
        """Set low/high from value, written precision and qualifier."""
        if self.qualifier != "range":
            self.low, self.high = bounds(self.value, self.step, self.qualifier)
        return self

    def frozen(self) -> layers.Amount:
        """The finished amount as the pipeline's frozen record."""
        return layers.Amount(
            self.start,
            self.end,
            self.value,
            self.unit,
            self.kind,
            self.qualifier,
            self.step,
            self.sign,
            self.scaled,
            self.low,
            self.high,
        )
