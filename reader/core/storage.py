"""Atomic writes and setting aside unreadable files: the only way user data reaches disk.

A save writes a temporary file in the same folder, flushes and fsyncs it, renames it over
the target (atomic on POSIX and Windows) and fsyncs the folder, so a crash or power cut
leaves either the old file or the new one, never a torn one.

A save that was killed leaves its temporary file behind. Each temporary name carries the
writer's process id (``.notes.json.4242-k3j2.tmp``), so the next Duidu to save into the
same folder removes those whose writer is gone (once per folder and run: listing a folder
of thousands of notes files on every save would make a big import quadratic), and never
one another process is still writing.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from reader.core.errors import StorageError
from reader.core.formats.files import display_name, display_text, read_regular_file
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence, sentence_of

T = TypeVar("T")

MAX_STORED_BYTES = 256 * 1024 * 1024  # a notes file of 10,000 notes is about 11 MB
STALE_TEMP_AGE_S = 600  # a temporary file whose writer cannot be asked is stale after this

_writing: set[str] = set()  # this process's temporary files still being written
_writing_lock = threading.Lock()
_cleaned: set[Path] = set()  # folders whose leftovers this process has removed


def atomic_write_bytes(
    path: str | Path, data: bytes, *, create_folders: bool = True, private: bool = True
) -> None:
    """Replace ``path`` with ``data`` atomically; raise :class:`StorageError` on failure.

    A file that is replaced keeps its permissions. A new one is readable by its owner only
    (``private``, for notes and settings) or as the umask allows (an export the reader
    chose). Missing folders are made only when ``create_folders`` says so. A path that
    exists but is not a regular file (a device, a pipe, a folder) is never replaced.
    """
    path = Path(path)
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise StorageError(_could_not_save(path, error)) from None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise StorageError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages", "Could not save {path}: it exists and is not a regular file."
                ),
                path=display_text(str(path)),
            )
        )
    try:
        if create_folders:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise StorageError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Could not save {name}: the folder {folder} does not exist."
                    ),
                    name=display_name(path),
                    folder=display_text(str(path.parent)),
                )
            )
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise StorageError(_could_not_save(path, error)) from None
    with _writing_lock:
        _writing.add(tmp_name)
    try:
        if existing is not None:
            os.chmod(tmp_name, stat.S_IMODE(existing.st_mode))
        elif not private:
            os.chmod(tmp_name, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise StorageError(_could_not_save(path, error)) from None
    finally:
        with _writing_lock:
            _writing.discard(tmp_name)
    _fsync_dir(path.parent)
    if path.parent not in _cleaned:  # once per folder and run: listing a big one costs
        _cleaned.add(path.parent)
        remove_stale_temps(path.parent)


def atomic_write_text(path: str | Path, text: str, **options: bool) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), **options)


def _could_not_save(path: Path, error: OSError) -> Sentence:
    return Sentence(
        QT_TRANSLATE_NOOP("Messages", "Could not save {path}: {reason}."),
        path=display_text(str(path)),
        reason=error.strerror or sentence_of(error),
    )


def _umask() -> int:
    """The process's umask, read without changing it where the OS tells (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def remove_stale_temps(folder: str | Path) -> list[str]:
    """Remove the temporary files that killed saves left in ``folder``; their names.

    A temporary file (``.NAME.PID-XXXX.tmp``) is stale when its writer process no longer
    runs (this process's own only when no thread is writing it), or, where that cannot be
    asked (Windows, or a name from before process ids were in it), when it is older than
    :data:`STALE_TEMP_AGE_S`.
    """
    removed: list[str] = []
    try:
        entries = [e for e in os.scandir(folder) if e.name[:1] == "." and e.name[-4:] == ".tmp"]
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.is_file(follow_symlinks=False):
            continue
        full = os.path.join(folder, entry.name)
        with _writing_lock:
            if full in _writing:
                continue
        pid = _writer_pid(entry.name[:-4].rpartition(".")[2])
        if pid is not None and os.name == "posix":
            stale = pid == os.getpid() or not _process_exists(pid)
        else:
            try:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_AGE_S
            except OSError:
                continue
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(full)
                removed.append(entry.name)
    return removed


def _writer_pid(rest: str) -> int | None:
    head, dash, _ = rest.partition("-")
    return int(head) if dash and head.isdigit() and len(head) <= 10 else None


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # POSIX only: signal 0 asks, sends nothing
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but is not ours to signal
    return True


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


def read_stored_text(path: Path, limit: int = MAX_STORED_BYTES) -> str:
    """The UTF-8 text of a file Duidu keeps (bounded, regular files only)."""
    return read_regular_file(path, limit).decode("utf-8")


def read_or_set_aside(path: Path, parse: Callable[[str], T], label: str) -> T | SetAside:
    """``parse`` the UTF-8 text of ``path``; a file that cannot be read is set aside.

    Never overwritten: the caller starts afresh and says so with the returned reason and
    name. Raises :class:`StorageError` (a sentence naming the ``label`` file) when the file
    cannot even be moved out of the way.
    """
    try:
        return parse(read_stored_text(path))
    except (
        OSError,
        UnicodeDecodeError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,  # a value nested as deep as the parser allowed, then walked
    ) as error:
        try:
            kept = set_aside(path)
        except OSError as move_error:
            template = _CANNOT_SET_ASIDE.get(label, _CANNOT_SET_ASIDE[""])
            raise StorageError(
                Sentence(
                    template,
                    label=label,
                    path=display_text(str(path)),
                    error=sentence_of(error),
                    reason=move_error.strerror,
                )
            ) from None
        return SetAside(sentence_of(error), kept)


# The files read_or_set_aside is asked to read, by ``label``: one whole sentence each.
_CANNOT_SET_ASIDE = {
    "notes": QT_TRANSLATE_NOOP(
        "Messages",
        "Your notes file {path} cannot be read ({error}) and could not be moved aside "
        "({reason}); fix or remove it.",
    ),
    "vocabulary": QT_TRANSLATE_NOOP(
        "Messages",
        "Your vocabulary file {path} cannot be read ({error}) and could not be moved aside "
        "({reason}); fix or remove it.",
    ),
    "alias": QT_TRANSLATE_NOOP(
        "Messages",
        "Your alias file {path} cannot be read ({error}) and could not be moved aside "
        "({reason}); fix or remove it.",
    ),
    "sync point": QT_TRANSLATE_NOOP(
        "Messages",
        "Your sync point file {path} cannot be read ({error}) and could not be moved aside "
        "({reason}); fix or remove it.",
    ),
    "": QT_TRANSLATE_NOOP(
        "Messages",
        "Your {label} file {path} cannot be read ({error}) and could not be moved aside "
        "({reason}); fix or remove it.",
    ),
}
