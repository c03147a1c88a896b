"""The reader's notes on disk: one W3C annotation file per document, never lost.

``<data dir>/annotations/<key>.json`` is a W3C ``AnnotationCollection`` holding every
annotation that targets one document (a note linking two articles is in both files),
plus the trash. ``index.json`` maps each file to the document's path and every SHA-256 its
text has had, so a moved or renamed document finds its notes by hash and an edited one by
path; it is only a cache and is rebuilt from the files when missing or unreadable.

Every change is saved at once. A save takes a lock file, merges whatever another Duidu or
a sync tool wrote since we last looked (per annotation, the later ``modified`` wins; the
trash and emptied-trash records travel the same way), keeps the previous file as a rolling
backup (a hard link, so it costs nothing), and writes atomically. A file that cannot be
read is set aside under a new name, never overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from reader.core.errors import StorageError
from reader.core.formats.files import display_name, display_text
from reader.core.formats.stored_json import parse_json
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence, sentence_of
from reader.core.notes.anchoring import Anchor, anchor, anchor_many
from reader.core.notes.annotations import (
    CONTEXT,
    MAX_ID,
    MAX_PATH,
    Annotation,
    Target,
    checked_text,
    from_w3c,
    keep_newest,
    newest,
    now,
    parse_time,
    path_to_uri,
    to_w3c,
    uri_to_path,
)
from reader.core.storage import (
    SetAside,
    atomic_write_bytes,
    atomic_write_text,
    read_or_set_aside,
    read_stored_text,
)

if TYPE_CHECKING:
    from filelock import BaseFileLock

FOLDER = "annotations"
INDEX = "index.json"
BACKUPS = "backups"
BACKUP_INTERVAL_S = 600  # at most one backup per file every ten minutes …
BACKUP_KEEP = 12  # … and the twelve newest kept
LOCK_TIMEOUT_S = 15
MAX_ANNOTATIONS = 1_000_000  # per notes file: 10,000 is a large notebook
MAX_HASHES = 1000  # SHA-256s remembered per document (one per edit of its text)
# A notes file is named by the first 16, 32 or all 64 hex digits of a digest Duidu computed
# (the document's SHA-256, or the SHA-256 of its path when it has none): never by text read
# from a file. Names from before (16 digits and ``x`` padding) are still read, not made.
_KEY = re.compile(r"[0-9a-f]{16}(?:[0-9a-f]{16}|[0-9a-f]{48})?|[0-9a-f]{16}x{1,48}")
_DIGEST = re.compile(r"[0-9a-f]{64}")


class _Header(TypedDict):
    """A document as a notes file's header or an index entry names it (checked)."""

    path: str
    sha256: list[str]
    opened: bool


@dataclass(frozen=True)
class Located:
    """An annotation with where its passage is in one document now."""

    annotation: Annotation
    target: Target
    anchor: Anchor


def _file_lock(path: Path) -> BaseFileLock:
    from filelock import FileLock

    return FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT_S)


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


class DocumentNotes:
    """The annotations of one document, as held in its file (merged with every save)."""

    def __init__(
        self, file: Path, document_path: str, sha256s: Iterable[str], *, opened: bool = True
    ) -> None:
        self.file = file
        self.document_path = document_path
        self.sha256s: list[str] = list(dict.fromkeys(sha256s))
        # Whether the reader opened this document in Duidu (not only imported notes naming
        # it): only such a path is read when every document's notes are gathered.
        self.opened = opened
        self.annotations: dict[str, Annotation] = {}
        self.purged: dict[str, str] = {}  # emptied from the trash: id -> when
        self.problem: str | None = None  # a sentence for the reader, once
        self._seen: tuple[int, int, int] | None = None
        self._lines: dict[str, tuple[Annotation, bytes]] = {}
        self._lines_lock = threading.Lock()  # prepare() fills the cache from a worker
        self.reload()

    @property
    def key(self) -> str:
        return self.file.stem

    # -- reading -------------------------------------------------------------------------

    def live(self) -> list[Annotation]:
        return [a for a in self.annotations.values() if not a.deleted]

    def trash(self) -> list[Annotation]:
        return [a for a in self.annotations.values() if a.deleted]

    def target_of(self, annotation: Annotation) -> Target:
        """The target of ``annotation`` that points into this document."""
        for target in annotation.targets:
            if target.sha256 in self.sha256s:
                return target
        for target in annotation.targets:
            if target.path == self.document_path:
                return target
        return annotation.targets[0]

    def locate(
        self, text: str, sha256: str, annotations: Iterable[Annotation] | None = None
    ) -> list[Located]:
        """Every live annotation (or those given: a snapshot a worker thread can use while
        the store changes) with its passage found again in ``text``."""
        chosen = list(self.live() if annotations is None else annotations)
        targets = [self.target_of(annotation) for annotation in chosen]
        anchors = anchor_many(text, targets, sha256)
        return [Located(*found) for found in zip(chosen, targets, anchors, strict=True)]

    def locate_one(self, annotation_id: str, text: str, sha256: str) -> Located | None:
        """Where one annotation's passage is in ``text``; None when it is absent or trashed."""
        annotation = self.annotations.get(annotation_id)
        if annotation is None or annotation.deleted:
            return None
        target = self.target_of(annotation)
        return Located(annotation, target, anchor(text, target, sha256))

    def reload(self) -> set[str]:
        """Merge what is on disk now into memory; the ids of the annotations that changed
        (added, replaced or removed), so a view updates only those."""
        seen = _stat(self.file)
        if seen is None or seen == self._seen:
            return set()
        result = read_or_set_aside(self.file, _parse_file, "notes")
        if isinstance(result, SetAside):
            if self.document_path:
                template = QT_TRANSLATE_NOOP(
                    "Messages",
                    "The notes file {file} (notes on {document}) could not be read ({reason}). "
                    "It was kept as {kept}; the notes Duidu still had are saved afresh.",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Messages",
                    "The notes file {file} could not be read ({reason}). "
                    "It was kept as {kept}; the notes Duidu still had are saved afresh.",
                )
            self.problem = Sentence(
                template,
                file=self.file.name,
                document=display_name(self.document_path) if self.document_path else "",
                reason=result.reason,
                kept=result.kept.name,
            )
            self._seen = None
            return set()
        annotations, purged, header = result
        self._seen = seen
        if not self.document_path:
            self.document_path = header["path"]
        for sha in header["sha256"]:
            if sha not in self.sha256s:
                self.sha256s.append(sha)
        return self._merge(annotations, purged)

    def _merge(self, annotations: dict[str, Annotation], purged: dict[str, str]) -> set[str]:
        changed: set[str] = set()
        for key, when in purged.items():
            if when > self.purged.get(key, ""):
                self.purged[key] = when
        for key, theirs in annotations.items():
            ours = self.annotations.get(key)
            if newest(ours, theirs) is not ours:
                self.annotations[key] = theirs
                changed.add(key)
        for key, when in self.purged.items():
            ours = self.annotations.get(key)
            if ours is not None and ours.modified <= when:
                del self.annotations[key]
                changed.add(key)
        return changed

    # -- writing -------------------------------------------------------------------------

    def put(self, *annotations: Annotation) -> None:
        """Add or replace ``annotations`` and save at once."""
        for annotation in annotations:
            self.purged.pop(annotation.id, None)
            self.annotations[annotation.id] = annotation
        self.save()

    def purge(self, *ids: str) -> None:
        """Remove annotations for good (emptying the trash); other copies learn of it."""
        stamp = now()
        for key in ids:
            annotation = self.annotations.pop(key, None)
            self.purged[key] = max(stamp, annotation.modified if annotation else stamp)
        self.save()

    def save(self) -> None:
        """Merge the file's news, back it up, and write it atomically (under the lock)."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        with _file_lock(self.file):
            self.reload()
            self._backup()
            atomic_write_bytes(self.file, self._serialize())
            self._seen = _stat(self.file)

    def prepare(self) -> None:
        """Encode every annotation's line now (a worker thread may call this after loading),
        so the first save after opening a document with 10,000 notes is not the slow one.

        The lines are encoded from a snapshot into a dict of the worker's own, then handed
        over under the lock in one step: the UI thread's save never sees the cache change
        under it. A line made for a version that changed meanwhile is simply not used
        (:meth:`_line` checks the version)."""
        current = list(self.annotations.items())  # one C-level copy: the UI thread may put
        with self._lines_lock:
            snapshot = [
                (key, annotation)
                for key, annotation in current
                if self._lines.get(key, (None,))[0] is not annotation
            ]
        encoded = {key: (annotation, _encode(annotation)) for key, annotation in snapshot}
        with self._lines_lock:
            for key, line in encoded.items():
                if self._lines.get(key, (None,))[0] is not self.annotations.get(key):
                    self._lines[key] = line

    def _line(self, key: str, annotation: Annotation) -> bytes:
        """The annotation's JSON line, encoded once per version of it (under the lock)."""
        cached = self._lines.get(key)
        if cached is None or cached[0] is not annotation:
            cached = (annotation, _encode(annotation))
            self._lines[key] = cached
        return cached[1]

    def _serialize(self) -> bytes:
        """The file's bytes. Each annotation's JSON line is cached (as UTF-8) until that
        annotation changes, so saving one change among 10,000 costs a join, not 10,000
        encodings."""
        live: list[bytes] = []
        trashed: list[bytes] = []
        with self._lines_lock:
            lines = self._lines
            for key, annotation in self.annotations.items():
                (trashed if annotation.deleted else live).append(self._line(key, annotation))
            if len(lines) > len(self.annotations):
                for key in [k for k in lines if k not in self.annotations]:
                    del lines[key]
        path = self.document_path
        header = {
            "@context": CONTEXT,
            "id": f"urn:duidu:notes:{self.key}",
            "type": "AnnotationCollection",
            "label": f"Notes on {display_name(path) if path else self.key}",
            # "path" for people; "uri" keeps a name that is not UTF-8 exactly
            "document": {
                "path": display_text(path),
                "uri": path_to_uri(path) if path else "",
                "sha256": self.sha256s,
            },
            "total": len(live),
            "purged": self.purged,
        }
        head = json.dumps(header, ensure_ascii=False, indent=1)[:-2].encode("utf-8")
        return b"".join(
            (
                head,
                b',\n "trash": [\n',
                b",\n".join(trashed),
                b'\n ],\n "first": {"type": "AnnotationPage", "startIndex": 0, "items": [\n',
                b",\n".join(live),
                b"\n ]}\n}\n",
            )
        )

    def _backup(self) -> None:
        if not self.file.exists():
            return
        folder = self.file.parent / BACKUPS
        existing = sorted(folder.glob(f"{self.key}.*.json"))
        if existing and time.time() - existing[-1].stat().st_mtime < BACKUP_INTERVAL_S:
            return
        folder.mkdir(exist_ok=True)
        target = folder / f"{self.key}.{time.strftime('%Y%m%d-%H%M%S')}.json"
        with contextlib.suppress(FileExistsError):
            try:
                os.link(self.file, target)  # the old inode survives the atomic replace
            except OSError:
                import shutil

                shutil.copy2(self.file, target)
            os.utime(target)  # the backup's time is when it was taken
        for old in sorted(folder.glob(f"{self.key}.*.json"))[:-BACKUP_KEEP]:
            with contextlib.suppress(OSError):
                old.unlink()


def _encode(annotation: Annotation) -> bytes:
    return json.dumps(to_w3c(annotation), ensure_ascii=False).encode()


_NOT_A_PATH = Sentence(QT_TRANSLATE_NOOP("Messages", "its document path is not a path"))


def _document_header(data: object) -> _Header:
    """The ``document`` of a notes file or an index entry, checked: a path (from its
    lossless ``uri`` when there is one) and the document's SHA-256s."""
    if not isinstance(data, dict):
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "its document is not an object")))
    path = ""
    uri = data.get("uri", "")
    if isinstance(uri, str) and uri:
        path = uri_to_path(uri)
    if not path:
        path = data.get("path", "")
        if not isinstance(path, str) or len(path) > MAX_PATH or "\x00" in path:
            raise ValueError(_NOT_A_PATH)
        try:
            os.fsencode(path)
        except UnicodeEncodeError:
            raise ValueError(_NOT_A_PATH) from None
    hashes = data.get("sha256", [])
    if not isinstance(hashes, list) or len(hashes) > MAX_HASHES:
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "its document hashes are not a list"))
        )
    if not all(isinstance(h, str) and _DIGEST.fullmatch(h) for h in hashes):
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "its document hashes are not SHA-256s"))
        )
    opened = data.get("opened", True)
    return {"path": path, "sha256": list(dict.fromkeys(hashes)), "opened": opened is not False}


def _parse_file(text: str) -> tuple[dict[str, Annotation], dict[str, str], _Header]:
    """A notes file's annotations, emptied-trash records and document header.

    Any shape that is not ours is a ValueError, so the file is set aside, never overwritten.
    An id held twice (a sync tool's merge) keeps its newest version.
    """
    data = parse_json(text, check_text=False)  # from_w3c checks every string it keeps
    if not isinstance(data, dict) or data.get("type") != "AnnotationCollection":
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "it is not a Duidu notes file")))
    first = data.get("first", {})
    items = first.get("items", []) if isinstance(first, dict) else None
    trash = data.get("trash", [])
    if not isinstance(items, list) or not isinstance(trash, list):
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "its annotations are not a list")))
    if len(items) + len(trash) > MAX_ANNOTATIONS:
        raise ValueError(
            Sentence(
                QT_TRANSLATE_NOOP("Messages", "it holds more than {count:,} annotations"),
                count=MAX_ANNOTATIONS,
            )
        )
    annotations: dict[str, Annotation] = {}
    for k, item in enumerate(items + trash, 1):
        try:
            annotation = from_w3c(item)
        except ValueError as error:
            raise ValueError(
                Sentence(
                    QT_TRANSLATE_NOOP("Messages", "annotation {number}: {error}"),
                    number=k,
                    error=sentence_of(error),
                )
            ) from None
        keep_newest(annotations, annotation)
    purged = data.get("purged", {})
    if not isinstance(purged, dict):
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "its emptied-trash records are not an object"))
        )
    if len(purged) > 10 * MAX_ANNOTATIONS:
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "it has too many emptied-trash records"))
        )
    checked = {
        checked_text(key, "emptied-trash id", MAX_ID): parse_time(when, "emptied-trash time")
        for key, when in purged.items()
    }
    return annotations, checked, _document_header(data.get("document", {}))


class AnnotationStore:
    """Every notes file under ``<data dir>/annotations``.

    Only files named like a key (:data:`_KEY`) are ours: anything else in the folder (a
    sync tool's ``fromsync.json``, a file set aside as ``….unreadable-DATE.json``, a backup)
    is never read, so it can neither break a command nor be set aside twice.
    """

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / FOLDER
        # The window opens each side's notes file on a worker (a file of 10,000 notes takes
        # 0.4 s to read and check) while the UI thread may ask the store too: one at a time.
        self._lock = threading.RLock()
        self._open: dict[str, DocumentNotes] = {}
        # (what it was read from, index)
        self._cache: tuple[object, dict[str, _Header]] | None = None
        self._batch: dict[str, _Header] | None = None  # index entries to write when a batch ends
        self._by_hash: dict[str, str] = {}
        self._by_path: dict[str, str] = {}

    def notes_for(self, path: str | Path, sha256: str, *, opened: bool = True) -> DocumentNotes:
        """The notes of the document at ``path`` with content hash ``sha256``.

        Found by hash first (the document was moved or renamed), then by path (its text
        was edited); a document without notes gets a file on its first save. ``opened``
        says the reader opened the document (False for notes that only name it, such as
        an import's), which lets its path be read later. Safe to call from any thread: two
        calls for one document get the same object.
        """
        with self._lock:
            return self._notes_for(path, sha256, opened=opened)

    def _notes_for(self, path: str | Path, sha256: str, *, opened: bool) -> DocumentNotes:
        if not str(path):
            path = ""
        elif opened:
            path = str(Path(path).resolve())
        else:  # a path a file names is not looked at, not even to resolve its links
            path = os.path.normpath(path)
        sha256 = sha256 if _DIGEST.fullmatch(sha256 or "") else ""
        if not sha256 and not path:
            raise StorageError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages", "These notes name no document (neither a path nor a SHA-256)."
                    )
                )
            )
        index = self._index()
        key = self._by_hash.get(sha256) if sha256 else None
        if key is None and path:
            key = self._by_path.get(path)
        if key is None:
            key = self._new_key(index, sha256 or _path_digest(path))
        notes = self._open.get(key)
        entry = index.get(key)
        if notes is None:
            known = entry["sha256"] if entry else []
            notes = DocumentNotes(
                self.folder / f"{key}.json",
                entry["path"] if entry and entry["path"] else path,
                [*known, sha256] if sha256 else known,
                opened=opened or bool(entry and entry["opened"]),
            )
            self._open[key] = notes
        if sha256 and sha256 not in notes.sha256s:
            notes.sha256s.append(sha256)
        if path and notes.document_path != path and (opened or not notes.document_path):
            # Only a document the reader opened moves its notes to a new path: a path an
            # import names never replaces the one of a document that was opened here.
            notes.document_path = path
        notes.opened = notes.opened or opened
        if (
            entry is None
            or entry["path"] != notes.document_path
            or (sha256 and sha256 not in entry["sha256"])
            or (opened and not entry["opened"])
        ):
            self._remember(key, notes.document_path, notes.sha256s, notes.opened)
        return notes

    def _new_key(self, index: dict[str, _Header], digest: str) -> str:
        """The shortest of the digest's 16-, 32- and 64-digit prefixes no other document
        has: linear however many digests share a prefix (a crafted import may)."""
        for size in (16, 32, 64):
            key = digest[:size]
            if key not in index and key not in self._open:
                return key
        raise StorageError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The notes index names one key for two documents; remove {path} and try again.",
                ),
                path=display_text(str(self.folder / INDEX)),
            )
        )

    def documents(self) -> list[DocumentNotes]:
        """The notes of every document Duidu has notes on."""
        with self._lock:
            return self._documents()

    def _documents(self) -> list[DocumentNotes]:
        result = []
        index = self._index()
        for key in sorted(index):
            notes = self._open.get(key)
            if notes is None:
                entry = index[key]
                notes = DocumentNotes(
                    self.folder / f"{key}.json",
                    entry["path"],
                    entry["sha256"],
                    opened=entry["opened"],
                )
                self._open[key] = notes
            else:
                notes.reload()
            if notes.file.exists() or notes.problem:
                result.append(notes)
        return result

    def take_problems(self) -> list[str]:
        """Every sentence about a notes file that was set aside since last asked, once."""
        problems = []
        with self._lock:
            for notes in self._open.values():
                if notes.problem:
                    problems.append(notes.problem)
                    notes.problem = None
        return problems

    def find(self, annotation_id: str) -> list[tuple[DocumentNotes, Annotation]]:
        """The files holding an annotation, by full id, bare UUID or a unique prefix."""
        wanted = annotation_id.strip().removeprefix("urn:uuid:")
        hits: list[tuple[DocumentNotes, Annotation]] = []
        for notes in self.documents():
            for annotation in notes.annotations.values():
                if annotation.short_id.startswith(wanted) and wanted:
                    hits.append((notes, annotation))
        return hits

    # -- the index -------------------------------------------------------------------------

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Write the index once, when the block ends, however many documents it adds (an
        import of notes on thousands of documents would otherwise rewrite it each time)."""
        with self._lock:
            if self._batch is not None:
                yield
                return
            self._batch = {}
            try:
                yield
            finally:
                pending, self._batch = self._batch, None
                if pending:
                    self._write_index(pending)

    def _index(self) -> dict[str, _Header]:
        """Key -> {"path", "sha256", "opened"}, read again only when the index file or the
        folder changed; the lookups by hash and by path are built with it."""
        folder_seen = _stat(self.folder)
        seen = (_stat(self.folder / INDEX), folder_seen)
        if self._cache is None or self._cache[0] != seen:
            index = self._read_index(folder_seen is not None)
            self._cache = (seen, index)
            self._by_hash, self._by_path = {}, {}
            for key, entry in index.items():
                for sha in entry["sha256"]:
                    self._by_hash.setdefault(sha, key)
                if entry["path"]:
                    self._by_path.setdefault(entry["path"], key)
            for key, entry in (self._batch or {}).items():  # not on disk until the batch ends
                self._learn(index, key, entry)
        return self._cache[1]

    def _learn(self, index: dict[str, _Header], key: str, entry: _Header) -> None:
        index[key] = entry
        for sha in entry["sha256"]:
            self._by_hash.setdefault(sha, key)
        if entry["path"]:
            self._by_path.setdefault(entry["path"], key)

    def _read_index(self, folder_exists: bool) -> dict[str, _Header]:
        index: dict[str, _Header] = {}
        try:
            raw = parse_json(read_stored_text(self.folder / INDEX))
            if isinstance(raw, dict):
                for key, entry in raw.items():
                    with contextlib.suppress(ValueError):
                        if _KEY.fullmatch(key):
                            index[key] = _document_header(entry)
        except FileNotFoundError:
            pass
        except (OSError, ValueError):
            index = {}  # a cache: rebuilt from the files below
        # Files the index does not know (a sync tool, another machine): read their headers.
        if folder_exists:
            for file in self.folder.glob("*.json"):
                known = file.stem in index or file.stem in self._open
                if known or not _KEY.fullmatch(file.stem):
                    continue
                try:
                    data: Any = parse_json(read_stored_text(file))  # not a dict: AttributeError
                    header = _document_header(data.get("document", {}))
                except (OSError, ValueError, UnicodeDecodeError, AttributeError):
                    # Listed all the same: reading it sets it aside and says so.
                    header = {"path": "", "sha256": [], "opened": False}
                header["opened"] = False  # a path no one opened here is not read
                index[file.stem] = header
        return index

    def _remember(self, key: str, path: str, sha256s: list[str], opened: bool) -> None:
        entry: _Header = {"path": path, "sha256": list(sha256s)[-MAX_HASHES:], "opened": opened}
        if self._batch is not None:
            self._batch[key] = entry
            self._learn(self._index(), key, entry)
            return
        self._write_index({key: entry})

    def _write_index(self, entries: dict[str, _Header]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with _file_lock(self.folder / INDEX):
            self._cache = None
            index = self._index()
            for key, entry in entries.items():
                known = index.get(key, {"path": "", "sha256": [], "opened": False})
                hashes = list(dict.fromkeys([*known["sha256"], *entry["sha256"]]))
                self._learn(
                    index,
                    key,
                    {
                        "path": entry["path"],
                        "sha256": hashes[-MAX_HASHES:],
                        "opened": entry["opened"] or known["opened"],
                    },
                )
            payload = {
                key: {
                    "path": display_text(entry["path"]),
                    "uri": path_to_uri(entry["path"]) if entry["path"] else "",
                    "sha256": entry["sha256"],
                    "opened": entry["opened"],
                }
                for key, entry in index.items()
            }
            atomic_write_text(
                self.folder / INDEX, json.dumps(payload, ensure_ascii=False, indent=1)
            )
            self._cache = ((_stat(self.folder / INDEX), _stat(self.folder)), index)


def _path_digest(path: str) -> str:
    """A digest naming the notes of a document known only by its path."""
    return hashlib.sha256(b"duidu-path\0" + os.fsencode(path)).hexdigest()
