"""The project's own errors.

    CryptoClaimsError
    ├── InputError          bad input file, line or argument (names where and why)
    │   ├── LexiconError    a malformed line in a data file under extractor/data
    │   └── CorpusError     a malformed meta.jsonl / gold.jsonl line or missing article file
    ├── ExtractionError     one article could not be processed
    ├── FetchError          a URL could not be fetched (status, reason)
    ├── StoreError          the SQLite store refused an operation
    └── StoreBusy           another run holds the store's lock

The CLI prints these as one line and exits with the error's ``exit_code`` (the table
below, also in the README); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit statuses of every command (the README's table; cron and scripts rely on them)."""

    OK = 0  # the command did its work; items that failed are listed on stderr
    CHECK_FAILED = 1  # a check the user asked for failed (audit --fail-on, evaluate --min-f1)
    ERROR = 2  # bad usage or input, an unusable store or output, or nothing could be read
    BUSY = 75  # another run holds the store's lock (EX_TEMPFAIL: try again later)
    INTERRUPTED = 130  # stopped by Ctrl-C or SIGTERM; what was stored stays consistent


class CryptoClaimsError(Exception):
    """Base of every error the tool reports to users as one line."""

    exit_code: ExitCode = ExitCode.ERROR


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


class StoreBusy(CryptoClaimsError):
    """Another process holds the store's run lock (an overlapping scheduled run)."""

    exit_code = ExitCode.BUSY
