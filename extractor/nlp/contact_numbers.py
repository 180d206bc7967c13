"""Numbers of a contact box or an address: telephone and fax numbers, postcodes and street
numbers. They state no quantity ("+1 704-555-0186" is no count of one, "NY 10118" no count
of 10,118), so the amount scan skips them whole.

A telephone number is read by its shape alone where it opens with a country code ("+44")
or an area code in brackets ("(212)") and goes on in digit groups set apart by single
spaces, dashes or dots, eight digits or more in all; a number with a unit, a scale, a
decimal or a thousands comma after a group is a figure. A postcode is the five digits
after a US state's two capitals and a comma before them ("New York, NY 10118"). A street
number is one before capitalised words that end in a street word and close the address
("350 Fifth Avenue,"); "5 Wall Street banks" counts banks.
"""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.lexicon import per_lexicon

Span = tuple[int, int]

_MIN_DIGITS = 8  # "+1 212 555 0199" has 11; no signed figure and count pair comes near
_PHONE = re.compile(
    r"(?<![\w.,$€£¥%+-])"
    r"(?:\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?)?|\(\d{2,4}\))"  # "+44", "+1 (212)", "(212)"
    r"(?:[ .-]\d{2,4}){1,4}"  # "20 7946 0958", "555-0199", "44 123 45 67"
    r"(?![\d%A-Za-z]|[.,]\d|[ ]?[%$€£¥])"  # no decimal, comma group or glued unit after
)
# groups of three digits alone are a figure's thousands ("+12 500 000 tokens")
_THOUSANDS = re.compile(r"^(?:\+\d{1,3}|\(\d{2,4}\))(?:[ .]\d{3})+$")
_US_POSTCODE = re.compile(r"(?<=, )[A-Z]{2} (?P<zip>\d{5}(?:-\d{4})?)(?!\d|[.,]\d)")


# a number, then up to four capitalised words, the last closing the address
_ADDRESS = re.compile(
    r"(?<![\w.,$€£¥%+-])(?P<num>\d{1,5})(?P<name>(?:[ ][A-Z][\w'’-]*){1,4})\.?(?=[,;:)\n]|$)"
)


@per_lexicon
def _street_words() -> frozenset[str]:
    return frozenset(lexicon.cue_phrases("street_words"))


def contact_spans(text: str) -> list[Span]:
    """The spans of telephone numbers, postcodes and street numbers in ``text``."""
    spans = [
        m.span()
        for m in _PHONE.finditer(text)
        if sum(ch.isdigit() for ch in m[0]) >= _MIN_DIGITS and not _THOUSANDS.match(m[0])
    ]
    spans += [m.span("zip") for m in _US_POSTCODE.finditer(text)]
    streets = _street_words()
    spans += [
        m.span("num")
        for m in _ADDRESS.finditer(text)
        if m["name"].rsplit(None, 1)[-1].lower() in streets
    ]
    return spans
