"""Byte streams of a WARC file that survive damage: plain, or gzip member by member.

Neither WARC library recovers from a damaged record: both stop at a bad gzip member or
header, and both hand back a record cut short by the end of the file as if it were whole.
So the framing is ours. A stream reads bytes and says where a record starts (the byte
offset of a plain file; the offset of the gzip member, as CDX indexes give it), raises
:class:`Broken` where the bytes cannot be decoded, and ``resync`` moves past the damage to
the next place a record can start (the next gzip member, or the next ``WARC/1.`` line).
Only one read buffer is held at a time, so memory does not grow with the file.
"""

from __future__ import annotations

import zlib
from abc import ABC, abstractmethod
from typing import BinaryIO, Protocol

CHUNK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_LINE = b"WARC/1."


class Broken(Exception):
    """Bytes that cannot be decoded at ``offset``, and why."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(reason)
        self.offset = offset
        self.reason = reason


class ByteStream(Protocol):
    """What the record reader needs of a (decoded) WARC byte stream."""

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes; fewer only at the end of the file."""

    def readline(self, limit: int) -> bytes:
        """Bytes up to and including the next LF, or ``limit`` bytes, or the end."""

    def peek(self, size: int) -> bytes:
        """Up to ``size`` next bytes, left unread."""

    def location(self) -> int:
        """The offset to report for a record starting at the next byte."""

    def resync(self, after: int) -> None:
        """Skip to the next place a record can start after file offset ``after``."""


def open_stream(handle: BinaryIO) -> ByteStream:
    """A plain or gzip stream over ``handle``, chosen by the file's first bytes."""
    head = handle.read(3)
    handle.seek(0)
    if head == GZIP_MAGIC:
        return GzipStream(handle)
    return PlainStream(handle)


class _Buffered(ABC):
    """A read buffer over ``_fill``; subclasses say how bytes are produced."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._pos = 0

    @abstractmethod
    def _fill(self) -> bool:
        """Append decoded bytes to the buffer; False at the end of the file."""

    def _compact(self) -> None:
        if self._pos > CHUNK:
            del self._buf[: self._pos]
            self._pos = 0

    def read(self, size: int) -> bytes:
        while len(self._buf) - self._pos < size and self._fill():
            pass
        data = bytes(self._buf[self._pos : self._pos + size])
        self._pos += len(data)
        self._compact()
        return data

    def peek(self, size: int) -> bytes:
        while len(self._buf) - self._pos < size and self._fill():
            pass
        return bytes(self._buf[self._pos : self._pos + size])

    def readline(self, limit: int) -> bytes:
        start = self._pos
        while True:
            end = self._buf.find(b"\n", start, self._pos + limit)
            if end >= 0:
                size = end + 1 - self._pos
                break
            if len(self._buf) - self._pos >= limit:
                size = limit
                break
            start = len(self._buf)
            if not self._fill():
                size = len(self._buf) - self._pos
                break
        return self.read(size)


class PlainStream(_Buffered):
    """An uncompressed WARC file; offsets are byte positions."""

    def __init__(self, handle: BinaryIO) -> None:
        super().__init__()
        self._handle = handle
        self._base = 0  # file offset of self._buf[0]

    def _fill(self) -> bool:
        chunk = self._handle.read(CHUNK)
        self._buf += chunk
        return bool(chunk)

    def _compact(self) -> None:
        if self._pos > CHUNK:
            self._base += self._pos
            super()._compact()

    def location(self) -> int:
        return self._base + self._pos

    def resync(self, after: int) -> None:
        self._handle.seek(after + 1)
        self._buf, self._pos, self._base = bytearray(), 0, after + 1
        while True:
            found = self._buf.find(b"\n" + WARC_LINE)
            if found >= 0:
                self._pos = found + 1
                return
            keep = len(self._buf) - len(WARC_LINE)
            if keep > 0:
                self._base += keep
                del self._buf[:keep]
            if not self._fill():
                self._pos = len(self._buf)
                return


class GzipStream(_Buffered):
    """A gzip file read member by member; a record is located by its member's offset."""

    def __init__(self, handle: BinaryIO) -> None:
        super().__init__()
        self._handle = handle
        self._raw = b""  # compressed bytes read from the file but not yet decompressed
        self._raw_at = 0  # file offset of self._raw[0]
        self._member: zlib._Decompress | None = None
        self._member_at = 0
        self._starts: list[tuple[int, int]] = []  # (buffer index, member offset)

    def _fill(self) -> bool:
        while True:
            if not self._raw:
                self._raw = self._handle.read(CHUNK)
                if not self._raw:
                    if self._member is not None:
                        at, self._member = self._member_at, None
                        raise Broken(at, "truncated: the file ends inside this gzip member")
                    return False
            if self._member is None:
                self._member = zlib.decompressobj(wbits=31)
                self._member_at = self._raw_at
                self._starts.append((len(self._buf), self._member_at))
            fed = self._raw
            try:
                out = self._member.decompress(fed)
            except zlib.error as exc:
                at, self._member = self._member_at, None
                raise Broken(at, f"corrupt gzip member: {exc}") from None
            rest = self._member.unused_data
            self._raw_at += len(fed) - len(rest)
            self._raw = rest
            if self._member.eof:
                self._member = None
            if out:
                self._buf += out
                return True

    def _compact(self) -> None:
        if self._pos > CHUNK:
            shift = self._pos
            super()._compact()
            starts: list[tuple[int, int]] = []
            for index, member in self._starts:
                starts = [(0, member)] if index <= shift else [*starts, (index - shift, member)]
            self._starts = starts

    def location(self) -> int:
        if self._pos >= len(self._buf):
            # all output read: the next byte comes from this member, or the next one
            return self._member_at if self._member is not None else self._raw_at
        at = self._starts[0][1] if self._starts else 0
        for index, member in self._starts:
            if index > self._pos:
                break
            at = member
        return at

    def resync(self, after: int) -> None:
        self._handle.seek(after + 1)
        self._buf, self._pos, self._starts, self._member = bytearray(), 0, [], None
        at = after + 1
        window = b""
        while True:
            chunk = self._handle.read(CHUNK)
            if not chunk:
                self._raw, self._raw_at = b"", at + len(window)
                return
            window += chunk
            found = window.find(GZIP_MAGIC)
            if found >= 0:
                self._raw, self._raw_at = window[found:], at + found
                return
            keep = max(0, len(window) - len(GZIP_MAGIC) + 1)
            at += keep
            window = window[keep:]
