"""The project's own errors.

    CryptoClaimsError
    ├── InputError          bad input file, line or argument (names where and why)
    │   ├── LexiconError    a malformed line in a data file under extractor/data
    │   └── CorpusError     a malformed meta.jsonl / gold.jsonl line or missing article file
    ├── ExtractionError     one article could not be processed
    ├── FetchError          a URL could not be fetched (status, reason)
    └── StoreError          the SQLite store refused an operation

The CLI prints these as one line and exits non-zero; anything else is a bug.
"""

from __future__ import annotations


class CryptoClaimsError(Exception):
    """Base of every error the tool reports to users as one line."""


class InputError(CryptoClaimsError):
    """Input that cannot be read or parsed; the message names the file/line/URL and why."""


class LexiconError(InputError):
    """A data-file line that does not validate."""


class CorpusError(InputError):
    """A corpus folder, meta.jsonl or gold.jsonl that cannot be used."""


class ExtractionError(CryptoClaimsError):
    """An article whose claims could not be extracted."""


class FetchError(CryptoClaimsError):
    """A URL that could not be fetched."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        self.url = url
        self.reason = reason
        self.status = status
        where = f"{url}: HTTP {status}: " if status is not None else f"{url}: "
        super().__init__(where + reason)


class StoreError(CryptoClaimsError):
    """The article store refused an operation."""
