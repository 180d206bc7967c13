"""One run at a time per store: an advisory lock on ``<store>.lock`` beside the database.

``fcntl.flock`` is released by the kernel when the holding process ends, however it
ends (kill -9 included), so a stale lock file never blocks the next run; the file only
carries who holds it (pid, start time, command) for the message a second run prints.
SQLite's own locking keeps every write safe regardless; this lock keeps two overlapping
scheduled runs from fetching and extracting the same pages twice.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from extractor.errors import StoreBusy, StoreError

POLL_SECONDS = 0.2


def lock_path(db: Path) -> Path:
    """The lock file of a store."""
    return db.with_name(db.name + ".lock")


class StoreLock:
    """Hold a store's run lock for a ``with`` block; StoreBusy when another run holds it.

    ``wait`` is how many seconds to keep trying before giving up (0: give up at once).
    """

    def __init__(self, db: Path | str, wait: float = 0.0) -> None:
        self.db = Path(db)
        self.path = lock_path(self.db)
        self.wait = wait
        self._handle: IO[str] | None = None

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the lock file: {exc.strerror}") from None
        give_up = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= give_up:
                    holder = _holder(handle)
                    handle.close()
                    raise StoreBusy(
                        f"{self.db} is in use by another run ({holder}); nothing was done, "
                        "try again when it has finished"
                    ) from None
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        started = datetime.now(UTC).isoformat(timespec="seconds")
        handle.write(f"pid {os.getpid()} since {started}: {' '.join(sys.argv[:3])}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


def _holder(handle: IO[str]) -> str:
    handle.seek(0)
    text = handle.read(500).strip()
    return text or "holder unknown"
