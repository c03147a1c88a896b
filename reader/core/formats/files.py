"""Reading files Duidu did not write, and naming any file in a sentence.

Every byte Duidu reads from disk (documents, notes files, imports, settings of its own)
comes through :func:`read_regular_file`, which opens the path once, checks what it opened
(``fstat``, so a file swapped in between cannot slip past) and reads at most a bound. A
FIFO, a device such as ``/dev/zero``, a socket or a folder is refused by type before a
single byte is read: their ``st_size`` is 0, so a size check alone would let a pipe hang
the command or a device fill the memory.

File names are bytes on POSIX; Python hands over a name that is not UTF-8 (a GBK name from
a shared drive) with its bad bytes as lone surrogates, which open the file fine but cannot
be written as UTF-8. :func:`display_text` is the one place that turns such a name into text
for a person (the bad bytes become U+FFFD); the name itself is kept as it is for opening.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from reader.core.messages import QT_TRANSLATE_NOOP, Sentence

READ_CHUNK = 1 << 20
_SURROGATE = re.compile("[\ud800-\udfff]")


class RefusedFile(OSError):
    """A path that is not a regular file, or a file larger than the reader allows.

    An ``OSError``, so callers that already say "cannot be read: …" for I/O errors say the
    same for these; ``str(error)`` is the reason, without the path.
    """

    FOLDER, SPECIAL, TOO_LARGE = "folder", "special", "too large"
    strerror: str  # always the reason (OSError allows None)

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.strerror = reason

    def __str__(self) -> str:
        return self.strerror


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`RefusedFile` for a folder, pipe, device or socket, or when the file is
    (or grows while being read) larger than ``limit``; other ``OSError`` as the OS says.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)  # O_NONBLOCK: opening a FIFO with no writer does not wait
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise RefusedFile(
                RefusedFile.FOLDER,
                Sentence(QT_TRANSLATE_NOOP("Messages", "it is a folder, not a file")),
            )
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFile(
                RefusedFile.SPECIAL,
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages", "it is not a regular file (a pipe, device or socket)"
                    )
                ),
            )
        if info.st_size > limit:
            raise RefusedFile(RefusedFile.TOO_LARGE, _larger_than(limit))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(READ_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise RefusedFile(RefusedFile.TOO_LARGE, _larger_than(limit))
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_bounded_stream(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of a binary stream (standard input); RefusedFile beyond."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise RefusedFile(RefusedFile.TOO_LARGE, _larger_than(limit))
    return data


def _larger_than(limit: int) -> Sentence:
    if limit >= 1024 * 1024:
        return Sentence(
            QT_TRANSLATE_NOOP("Messages", "it is larger than {size} MB"),
            size=limit // (1024 * 1024),
        )
    return Sentence(QT_TRANSLATE_NOOP("Messages", "it is larger than {size} bytes"), size=limit)


def display_text(text: str) -> str:
    """``text`` as a person can read it and UTF-8 can carry it: a name's undecodable bytes
    (lone surrogates) become U+FFFD. Text without surrogates is returned as it is."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def display_name(path: str | os.PathLike[str]) -> str:
    """The last part of ``path`` for a sentence (the path itself when it has none)."""
    name = Path(path).name or str(path)
    return display_text(name)


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate: not Unicode text, cannot be saved as UTF-8."""
    return not text.isascii() and _SURROGATE.search(text) is not None
