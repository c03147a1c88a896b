"""Atomic writes and setting aside unreadable files: the only way user data reaches disk.

A save writes a temporary file in the same folder, flushes and fsyncs it, renames it over
the target (atomic on POSIX and Windows) and fsyncs the folder, so a crash or power cut
leaves either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from reader.core.errors import StorageError

T = TypeVar("T")


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; raise :class:`StorageError` on failure."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise StorageError(
            f"Could not save {path.name} in {path.parent}: {error.strerror}."
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise StorageError(f"Could not save {path.name}: {error.strerror or error}.") from None
    _fsync_dir(path.parent)


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def set_aside(path: str | Path) -> Path:
    """Rename an unreadable file out of the way (never delete it) and return its new path."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.unreadable-{stamp}-{counter}{path.suffix}")
    os.replace(path, target)
    return target


@dataclass(frozen=True)
class SetAside:
    """A file that could not be read: why, and the name it was kept under."""

    reason: str
    kept: Path


def read_or_set_aside(path: Path, parse: Callable[[str], T], label: str) -> T | SetAside:
    """``parse`` the UTF-8 text of ``path``; a file that cannot be read is set aside.

    Never overwritten: the caller starts afresh and says so with the returned reason and
    name. Raises :class:`StorageError` (a sentence naming the ``label`` file) when the file
    cannot even be moved out of the way.
    """
    try:
        return parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        try:
            kept = set_aside(path)
        except OSError as move_error:
            raise StorageError(
                f"Your {label} file {path} cannot be read ({error}) and could not be "
                f"moved aside ({move_error.strerror}); fix or remove it."
            ) from None
        return SetAside(str(error), kept)
