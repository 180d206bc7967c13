"""Telephone and fax numbers, postcodes and street numbers of a contact box or an address
are no quantities: "+1 704-555-0186" is no count of one, "NY 10118" no count of 10,118."""

from __future__ import annotations

import pytest

from extractor.nlp.amounts import find_amounts


def quotes(text: str) -> list[str]:
    return [text[a.start : a.end] for a in find_amounts(text)]


REACH = [
    # a press release's contact line: a country code before a dashed number
    ("For more information, call our desk on +1 704-555-0186 or write to ir@helio.example.", []),
    # a wire's media box: an area code in brackets, a London number with its country code
    ("Media enquiries: (212) 555-0199 or +44 20 7946 0958.", []),
    # an exchange research note's footer: a Singapore line and a Swiss fax of short groups
    ("Investor relations: +65 6123 4567; fax +41 44 123 45 67.", []),
    # a regional site's boxed contacts in one table row
    ("Tel: +61 2 9123 4567 | Fax: +61 2 9123 4568", []),
    # a newsletter's sign-off with a dotted number
    ("Questions? Ring the team at +1.646.555.0178 any weekday.", []),
    # a US address: the street number and the ZIP code after the state
    ("The company is headquartered at 350 Fifth Avenue, New York, NY 10118.", []),
    # a blog's imprint: a street number before a square and a road
    ("Registered office: 1 Canada Square, London; branch at 27 Harbour Road, Wan Chai.", []),
]

TWINS = [
    # a signed change before a figure is a change, not a country code
    ("ETHA (BlackRock) +$164.9M, FETH +$41.2M on the day.", ["+$164.9M", "+$41.2M"]),
    ("Bitcoin rose 1.2% to $91,400 while the index added +3 points.", ["1.2%", "$91,400", "+3"]),
    # a year in brackets before a figure is no area code
    ("Lending deposits (2024) 1,200 BTC, up from 900 BTC.", ["1,200 BTC", "900 BTC"]),
    # a count before "Wall Street" names banks, not an address
    ("5 Wall Street banks have filed for spot ETFs, and 3 more are expected.", ["5", "3"]),
    # a count before a capitalised place in running prose stays
    ("The exchange opened 12 Asia Pacific desks, and 900 BTC were deposited.", ["12", "900 BTC"]),
    # a space-aligned table row keeps its cells
    ("BTC   +2.1%   91,400   1,204", ["+2.1%", "91,400", "1,204"]),
]


@pytest.mark.parametrize(("text", "left"), REACH)
def test_contact_numbers_are_no_amounts(text: str, left: list[str]) -> None:
    assert quotes(text) == left


@pytest.mark.parametrize(("text", "kept"), TWINS)
def test_figures_that_look_like_contacts_stay(text: str, kept: list[str]) -> None:
    assert quotes(text) == kept
