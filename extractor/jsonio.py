"""JSON from users' files, read strictly: what ``json.loads`` lets through that we do not.

- nesting deeper than Python's recursion (``[[[[…`` × 100,000) is an input error, not a
  RecursionError;
- ``NaN``, ``Infinity`` and numbers too large for a float (``1e999``) are refused: no
  figure is infinite, and NaN compares unequal to everything the audit does;
- strings holding a NUL or a lone surrogate (``"\\ud800"``, valid JSON but not text) are
  refused: they cannot be written out as UTF-8 or used as a file name.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from extractor.errors import InputError

# A NUL or a lone surrogate can only come from an escape once the text itself encodes.
_SUSPECT_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number this tool accepts")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large for a number")
    return value


_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)


def loads(text: str, where: str) -> Any:
    """The JSON value of ``text``; InputError naming ``where`` and why when unusable."""
    try:
        value = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON: {exc.msg} at column {exc.colno}") from None
    except ValueError as exc:
        raise InputError(f"{where}: invalid JSON: {exc}") from None
    except RecursionError:
        raise InputError(f"{where}: invalid JSON: nested too deeply") from None
    if _SUSPECT_ESCAPE.search(text) or not _encodes(text):
        _check_strings(value, where)
    return value


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_strings(value: Any, where: str) -> None:
    """Refuse strings with a NUL or a lone surrogate, anywhere in the value."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _check_text(item, where)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _check_text(text: str, where: str) -> None:
    if "\0" in text:
        raise InputError(f"{where}: a string holds a NUL character: {text[:40]!r}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start]
        raise InputError(
            f"{where}: a string holds a lone surrogate (\\u{ord(bad):04x}), which is not text"
        ) from None
