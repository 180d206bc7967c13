"""Removing a content coding (gzip, deflate) in bounded steps: HTTP bodies and saved files.

A gzip layer reads every member of its input (``gzip -c a b`` concatenates two) and
ignores padding after the last; a stream that does not end was cut off. Each step inflates
at most ``BLOCK`` bytes, so a caller that counts what comes out stops a bomb early. Errors
are made by the caller's ``fail``, which names the URL or file, and call the bytes what the
caller read ("compressed body" of a response, "gzip file" on disk).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator

GZIP_MAGIC = b"\x1f\x8b"
BLOCK = 64 * 1024  # decompression step: memory per step stays near this size
BODY = "compressed body"  # what an HTTP response's coded bytes are called in errors

Fail = Callable[[str], Exception]  # the error for a reason, naming where the bytes came from


class Layer:
    """One Content-Encoding being removed; a gzip layer reads every member of the body."""

    def __init__(self, coding: str, fail: Fail, what: str = BODY) -> None:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise fail(f"unsupported Content-Encoding {coding!r}")
        self.fail = fail
        self.what = what
        self.gzip = coding != "deflate"
        self.inflate = self._new()
        self.seen_input = False
        self.ended = False  # bytes after the last stream (padding) are ignored
        self.held = b""  # the start of a possible next member split across reads

    def _new(self) -> zlib._Decompress:
        return zlib.decompressobj((16 if self.gzip else 0) + zlib.MAX_WBITS)

    def decode(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            data, self.held = self.held + piece, b""
            while data and not self.ended:
                if self.inflate.eof and not self._next_member(data):
                    break
                self.seen_input = True
                try:
                    out = self.inflate.decompress(data, BLOCK)
                    if out:
                        yield out
                    data = self.inflate.unconsumed_tail or self.inflate.unused_data
                    while len(out) == BLOCK and not self.inflate.unconsumed_tail:
                        out = self.inflate.decompress(b"", BLOCK)  # output still pending
                        if out:
                            yield out
                except zlib.error as exc:
                    raise self.fail(f"corrupt {self.what}: {exc}") from None

    def _next_member(self, data: bytes) -> bool:
        """After a finished stream: True when ``data`` starts another gzip member."""
        if self.gzip and data.startswith(GZIP_MAGIC):
            self.inflate = self._new()
            return True
        if self.gzip and GZIP_MAGIC.startswith(data):
            self.held = data  # one byte of what may be a member header: wait for more
        else:
            self.ended = True
        return False

    def finish(self) -> None:
        """A body whose compressed stream did not end was cut off in transit, and so was
        one ending in the first byte of another member's header."""
        if self.seen_input and (not self.inflate.eof or self.held):
            raise self.fail(f"{self.what} ends before its stream does (cut off)")


class Decoder:
    """Content-Encoding removal in bounded steps (gzip and deflate, stacked in any order)."""

    def __init__(self, header: str, fail: Fail, what: str = BODY) -> None:
        codings = [c.strip().lower() for c in header.split(",") if c.strip()]
        self._layers = [Layer(c, fail, what) for c in reversed(codings) if c != "identity"]

    def feed(self, data: bytes) -> Iterator[bytes]:
        pieces: Iterator[bytes] = iter([data])
        for layer in self._layers:
            pieces = layer.decode(pieces)
        yield from pieces

    def finish(self) -> None:
        for layer in self._layers:
            layer.finish()


def unpack(data: bytes, coding: str, limit: int, fail: Fail, what: str = BODY) -> bytes:
    """``data`` with ``coding`` removed, every gzip member of it; ``fail`` when more than
    ``limit`` bytes would come out (found within one step past the limit). ``what`` names
    the bytes in errors."""
    decoder = Decoder(coding, fail, what)
    parts: list[bytes] = []
    size = 0
    for piece in decoder.feed(data):
        size += len(piece)
        if size > limit:
            raise fail(f"unpacks to more than {limit / 2**20:g} MiB")
        parts.append(piece)
    decoder.finish()
    return b"".join(parts)
