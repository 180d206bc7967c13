"""Numbers written in words: "thirty-four", "one hundred and two", "half a million",
"two-thirds", "one and a half billion", "twice", "sevenfold".

The amount finder's pattern matches a run of number words; :func:`read_spelled` reads the
longest prefix of the run that is a well-formed number ("two three" stops after "two") and
says where it ends, so the rest of the run is read again as its own number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# A word of a run: letters (a hyphen or space between them is a separator) or "&".
_TOKEN = re.compile(r"[A-Za-z]+|&")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Number words by role, lowercase: cardinals 0-19, tens, scales (hundred up),
    fractions (half, thirds), multiples (twice, doubled)."""

    cardinals: Mapping[str, float]
    tens: Mapping[str, float]
    scales: Mapping[str, float]
    fractions: Mapping[str, float]
    multiples: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Reading:
    """A written number read from the start of a run."""

    value: float
    end: int  # offset in the run just after the number's last word
    words: int  # number words read ("twenty-six" is two)
    share: bool = False  # a bare fraction ("half", "two-thirds"): a share of a whole
    multiple: bool = False  # "twice", "doubled", "sevenfold"
    scaled: bool = False  # a scale word ends it ("half a million", "three billion")


def _fold(word: str, vocab: Vocabulary) -> float | None:
    """ "sevenfold", "tenfold": the multiple a -fold word names."""
    if word.endswith("fold"):
        stem = word[:-4]
        return vocab.cardinals.get(stem, vocab.tens.get(stem))
    return None


def read_spelled(run: str, vocab: Vocabulary) -> Reading | None:
    """The longest well-formed written number at the start of ``run``, or None."""
    toks = [(m[0].lower(), m.end()) for m in _TOKEN.finditer(run)]
    if not toks:
        return None
    first = toks[0][0]
    if first in vocab.multiples:
        return Reading(vocab.multiples[first], toks[0][1], 1, multiple=True)
    if (fold := _fold(first, vocab)) is not None:
        return Reading(fold, toks[0][1], 1, multiple=True)
    return _Parser(toks, vocab).parse()


class _Parser:
    """Left-to-right reading of cardinals, "hundred", scales, "and" and fractions, keeping
    the last position where the words so far form a whole number."""

    def __init__(self, toks: list[tuple[str, int]], vocab: Vocabulary) -> None:
        self.toks, self.v = toks, vocab
        self.total = 0.0  # completed scale groups ("three million" of "three million two")
        self.group = 0.0  # the group under a thousand being read
        self.last = ""  # role of the previous word
        self.prev_scale = float("inf")
        self.scales = 0  # scale groups read ("three million two thousand" has two)
        self.words = 0
        self.best: Reading | None = None

    def _keep(self, end: int, **flags: bool) -> None:
        self.best = Reading(self.total + self.group, end, self.words, **flags)

    def parse(self) -> Reading | None:
        i, v = 0, self.v
        while i < len(self.toks):
            word, end = self.toks[i]
            nxt = self.toks[i + 1][0] if i + 1 < len(self.toks) else ""
            if word in ("a", "an"):
                if self.last or not (nxt in v.scales or nxt in v.fractions):
                    break
                self.group, self.last = 1.0, "a"
            elif word in v.cardinals or word in v.tens:
                value = v.cardinals.get(word, v.tens.get(word, 0.0))
                unit = word in v.cardinals and value < 10
                if self.last == "tens" and unit and value:
                    self.group += value  # "twenty-one"
                elif self.last in ("", "scale", "hundred", "and"):
                    if self.last in ("hundred", "and") and self.group % 100:
                        break
                    self.group += value
                else:
                    break
                self.last = "tens" if word in v.tens else "card"
                self.words += 1
                self._keep(end)
            elif word in v.scales:
                factor = v.scales[word]
                if factor == 100:
                    if self.last not in ("card", "tens", "a") or self.group >= 100:
                        break
                    self.group *= 100
                    self.last = "hundred"
                elif self.last == "scale" and self.scales == 1 and factor >= self.prev_scale:
                    self.total *= factor  # stacked: "two thousand million", "three lakh crore"
                    self.prev_scale *= factor
                    self.scales += 1
                else:
                    if self.last not in ("card", "tens", "hundred", "a"):
                        break
                    if factor >= self.prev_scale:
                        break  # "one million two thousand", not "two thousand million"
                    self.total += self.group * factor
                    self.group, self.prev_scale, self.last = 0.0, factor, "scale"
                    self.scales += 1
                self.words += 1
                self._keep(end, scaled=self.last == "scale")
            elif word in ("and", "&"):
                after = self.toks[i + 2] if i + 2 < len(self.toks) else ("", 0)
                then = self.toks[i + 3][0] if i + 3 < len(self.toks) else ""
                if (
                    self.last == "scale"
                    and nxt in ("a", "one")
                    and after[0] in v.fractions
                    and then not in v.scales  # "and a half dozen" counts dozens
                ):
                    # "a million and a half": the fraction is of the last scale
                    value = self.total + v.fractions[after[0]] * self.prev_scale
                    return Reading(value, after[1], self.words + 2, scaled=True)
                if (fraction := self._and_fraction(i + 1)) is not None:
                    return fraction  # "six million and two thirds", "two and three quarters"
                if self.last in ("hundred", "scale") and (nxt in v.cardinals or nxt in v.tens):
                    self.last = "and"
                elif self.last in ("card", "tens") and nxt in ("a", "an", "one"):
                    return self._and_a_fraction(i + 1)  # "one and a half (million)"
                else:
                    break
            elif word in v.fractions:
                return self._fraction(i)
            elif word == "point" and self.last in ("card", "tens") and not self.total:
                return self._decimals(i + 1)  # "two point five", "nought point nine eight"
            else:
                break
            i += 1
        return self.best

    def _numerator(self, i: int) -> tuple[float, int]:
        """The count of a fraction starting at token ``i`` ("three", "fifty-four") and the
        index after it; (0, i) when none starts there."""
        v, toks = self.v, self.toks
        word = toks[i][0] if i < len(toks) else ""
        if word in v.cardinals:
            return v.cardinals[word], i + 1
        if word not in v.tens:
            return 0.0, i
        unit = toks[i + 1][0] if i + 1 < len(toks) else ""
        if 0 < v.cardinals.get(unit, 0) < 10:
            return v.tens[word] + v.cardinals[unit], i + 2
        return v.tens[word], i + 1

    def _and_fraction(self, i: int) -> Reading | None:
        """ "and two thirds" after a whole number: a proper fraction of the last scale word
        ("six million and two thirds") or of one ("one hundred and three quarters", "two
        and fifty-four hundredths"); None when no such fraction follows."""
        if self.last not in ("card", "tens", "hundred", "scale"):
            return None
        count, j = self._numerator(i)
        fraction = self.v.fractions.get(self.toks[j][0], 0.0) if j < len(self.toks) else 0.0
        if not (count >= 2 and 0 < count * fraction < 1):
            return None  # "and a half" reads on below; "and thirty fifths" is no fraction
        whole = self.total + self.group
        self.words += j - i + 1
        if self.last == "scale":
            after = self._then_scale(count * fraction, j + 1, self.toks[j][1], share=False)
            if not after.scaled:  # of the last scale: "six million and two thirds"
                value = whole + after.value * self.prev_scale
                return Reading(value, after.end, self.words, scaled=True)
            if after.value >= count * fraction * self.prev_scale:
                return None  # "a billion and three quarters billion" is no number
            # of the scale after it: "one billion and three quarters (of a) million"
            return Reading(whole + after.value, after.end, after.words, scaled=True)
        if self.last == "hundred":
            return Reading(whole + count * fraction, self.toks[j][1], self.words)
        return self._then_scale(whole + count * fraction, j + 1, self.toks[j][1], share=False)

    def _decimals(self, i: int) -> Reading | None:
        """The digits after "point", each a word ("two point five", "nought point nine
        eight"), then maybe a scale ("three point two billion"); without them the number
        is not read at all, as its whole part alone would be a wrong figure."""
        digits = ""
        while i < len(self.toks) and self.toks[i][0] in self.v.cardinals:
            value = self.v.cardinals[self.toks[i][0]]
            if value >= 10:
                return None
            digits, i = digits + str(int(value)), i + 1
        if not digits:
            return None
        self.words += len(digits) + 1
        value = self.group + float(f"0.{digits}")
        return self._then_scale(value, i, self.toks[i - 1][1], share=False)

    def _and_a_fraction(self, i: int) -> Reading | None:
        """ "two and a half", "one and a half billion": the whole plus a fraction."""
        if i + 1 >= len(self.toks) or self.toks[i + 1][0] not in self.v.fractions:
            return self.best
        whole = self.total + self.group
        part = self.v.fractions[self.toks[i + 1][0]]
        self.words += 1
        return self._then_scale(whole + part, i + 2, self.toks[i + 1][1], share=False)

    def _fraction(self, i: int) -> Reading | None:
        """ "half", "a quarter", "two thirds", "three-quarters", then maybe "of a million"."""
        word, end = self.toks[i]
        if self.total or self.group >= 20 or self.last not in ("", "a", "card"):
            return self.best
        nxt = self.toks[i + 1][0] if i + 1 < len(self.toks) else ""
        if self.last == "" and word != "half" and self.v.scales.get(nxt, 0) <= 100:
            return self.best  # "quarter" or "third" alone is a period or a rank; "quarter million"
        if self.last == "" and word.endswith("s"):
            return self.best  # "recent quarters million-strong": a plural fraction needs its count
        numerator = self.group or 1.0
        self.words += 1
        return self._then_scale(numerator * self.v.fractions[word], i + 1, end, share=True)

    def _then_scale(self, value: float, i: int, end: int, share: bool) -> Reading:
        """A fraction may go on with a scale: "half a million", "two thirds of a billion"."""
        j = i
        if j < len(self.toks) and self.toks[j][0] == "of":
            j += 1
        if j < len(self.toks) and self.toks[j][0] in ("a", "an"):
            j += 1
        factor = self.v.scales.get(self.toks[j][0], 0.0) if j < len(self.toks) else 0.0
        if factor > 100:
            return Reading(value * factor, self.toks[j][1], self.words + 1, scaled=True)
        return Reading(value, end, self.words, share=share)
