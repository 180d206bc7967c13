"""Tokenizer fixes so every amount starts and ends on a token boundary.

spaCy's English rules keep "1.07bn", "2B+", "60,000–$65,000" and "10x" as single
tokens; amounts found on the text would then fall inside tokens. We split a scale
suffix or multiplier off a number, a trailing "+", and dashes or tildes between
numbers and currency signs.
"""

from __future__ import annotations

from typing import cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from extractor.nlp.apostrophes import POSSESSIVE_SUFFIXES

# After a digit: scale abbreviations (bn, m, K, B...), multipliers (x), hours (24h).
SCALE_SUFFIX = r"(?<=[0-9])(?:bn|mn|mln|bln|tn|[kKmMbBtTxXh])"
PLUS_SUFFIX = r"(?<=[0-9A-Za-z%])\+"
# A full stop after a scaled number ends the sentence: "$2.6B.", "10x.", "$1.07bn."
STOP_AFTER_SCALE = r"(?<=[0-9][A-Za-z])\.|(?<=[0-9][a-z]{2})\."
PER_UNIT_SUFFIX = r"(?<=[0-9])/"
# Between numbers (and before a currency sign): ranges like 60,000–$65,000 or 2,500-3,200.
RANGE_INFIX = r"(?<=[0-9])[-–—~](?=[$€£0-9])"
SIGN_AFTER_DASH = r"(?<=[0-9][-–—~])[$€£]"
APPROX_PREFIXES = [r"~", r"≈", r">", r"<", r"\+", r"−"]


_SCALE_STOPS = {"b.", "k.", "m.", "t.", "x.", "h."}


def fix_tokenizer(nlp: Language) -> None:
    """Extend the language's tokenizer rules in place for financial text."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    defaults = nlp.Defaults
    prefixes = list(defaults.prefixes or []) + APPROX_PREFIXES
    suffixes = [
        STOP_AFTER_SCALE,
        SCALE_SUFFIX,
        PLUS_SUFFIX,
        PER_UNIT_SUFFIX,
        *POSSESSIVE_SUFFIXES,  # "Bitcoin‘s" splits like "Bitcoin’s"
        *list(defaults.suffixes or []),
    ]
    infixes = [RANGE_INFIX, SIGN_AFTER_DASH, *list(defaults.infixes or [])]
    # "b." "k." "m." "t." "x." are special cases (initials) that would re-join "$5m." after the
    # full stop is split off; a lowercase scale letter before a stop is a scale, not an initial.
    rules = {k: v for k, v in (tokenizer.rules or {}).items() if k not in _SCALE_STOPS}
    # Each affix setter reloads every special case with the affixes of the moment: with
    # none to reload, the rules are loaded once, with the final affixes (as the last reload
    # would have left them), which halves the pipeline's build time.
    tokenizer.rules = {}
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.rules = rules
