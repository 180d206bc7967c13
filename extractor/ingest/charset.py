"""Decode fetched HTML bytes: BOM, then valid UTF-8, then the declared charset, then detection.

Pages often declare the wrong charset (a template says ``iso-8859-1`` while the CMS writes
UTF-8). Bytes that decode as UTF-8 and contain multi-byte sequences are UTF-8 with
near certainty, so that check comes before any declaration; a declaration is used only
when it decodes the bytes without error, and detection (charset-normalizer) is the last
resort. A UTF-8 page with a stray byte or two (a cp1252 dash pasted into a template) is
still UTF-8: when its valid multi-byte sequences outnumber the invalid ones it is
decoded as UTF-8 with the stray bytes replaced, never handed to detection, which reads
such pages as cp852 and loses every "€" and "—".
"""

from __future__ import annotations

import codecs
import re
from email.message import Message

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# WHATWG: these labels mean windows-1252 in browsers.
_LATIN1_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})
SNIFF_BYTES = 4096


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip().lower() if isinstance(charset, str) else None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta>`` within its first bytes."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def _usable(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup("windows-1252" if label in _LATIN1_LABELS else label).name
    except LookupError:
        return None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Text of an HTML document and the encoding used (BOM > UTF-8 > header > meta > detection)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8"
    for label in (header_charset(content_type), meta_charset(data)):
        declared = _usable(label)
        if declared and declared != "utf-8":
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                continue
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    detected = best.encoding if best is not None else "windows-1252"
    return data.decode(detected, errors="replace"), detected


def _mostly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes with a few invalid sequences (replaced), or None."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for char in text if char >= "\x80") - text.count("\ufffd")
    return text if 0 < invalid <= valid else None
