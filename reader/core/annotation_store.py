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
import json
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.anchoring import Anchor, anchor
from reader.core.annotations import CONTEXT, Annotation, Target, from_w3c, now, to_w3c
from reader.core.storage import SetAside, atomic_write_bytes, atomic_write_text, read_or_set_aside

FOLDER = "annotations"
INDEX = "index.json"
BACKUPS = "backups"
BACKUP_INTERVAL_S = 600  # at most one backup per file every ten minutes …
BACKUP_KEEP = 12  # … and the twelve newest kept
LOCK_TIMEOUT_S = 15


@dataclass(frozen=True)
class Located:
    """An annotation with where its passage is in one document now."""

    annotation: Annotation
    target: Target
    anchor: Anchor


def _file_lock(path: Path):
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

    def __init__(self, file: Path, document_path: str, sha256s: Iterable[str]) -> None:
        self.file = file
        self.document_path = document_path
        self.sha256s: list[str] = list(dict.fromkeys(sha256s))
        self.annotations: dict[str, Annotation] = {}
        self.purged: dict[str, str] = {}  # emptied from the trash: id -> when
        self.problem: str | None = None  # a sentence for the reader, once
        self._seen: tuple[int, int, int] | None = None
        self._lines: dict[str, tuple[Annotation, bytes]] = {}
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
        located = []
        for annotation in self.live() if annotations is None else annotations:
            target = self.target_of(annotation)
            located.append(Located(annotation, target, anchor(text, target, sha256)))
        return located

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
            self.problem = (
                f"The notes file {self.file.name} could not be read ({result.reason}). It was "
                f"kept as {result.kept.name}; the notes Duidu still had are saved afresh."
            )
            self._seen = None
            return set()
        annotations, purged, header = result
        self._seen = seen
        if not self.document_path:
            self.document_path = header.get("path", "")
        for sha in header.get("sha256", []):
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
            if ours is None or theirs.modified > ours.modified:
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
        so the first save after opening a document with 10,000 notes is not the slow one."""
        for key, annotation in list(self.annotations.items()):  # a snapshot: safe to iterate
            self._line(key, annotation)

    def _line(self, key: str, annotation: Annotation) -> bytes:
        """The annotation's JSON line, encoded once per version of it."""
        cached = self._lines.get(key)
        if cached is None or cached[0] is not annotation:
            cached = (annotation, json.dumps(to_w3c(annotation), ensure_ascii=False).encode())
            self._lines[key] = cached
        return cached[1]

    def _serialize(self) -> bytes:
        """The file's bytes. Each annotation's JSON line is cached (as UTF-8) until that
        annotation changes, so saving one change among 10,000 costs a join, not 10,000
        encodings."""
        live: list[bytes] = []
        trashed: list[bytes] = []
        lines = self._lines
        for key, annotation in self.annotations.items():
            (trashed if annotation.deleted else live).append(self._line(key, annotation))
        if len(lines) > len(self.annotations):  # (list(): ``prepare`` may be adding lines)
            for key in [k for k in list(lines) if k not in self.annotations]:
                lines.pop(key, None)
        header = {
            "@context": CONTEXT,
            "id": f"urn:duidu:notes:{self.key}",
            "type": "AnnotationCollection",
            "label": f"Notes on {Path(self.document_path).name or self.key}",
            "document": {"path": self.document_path, "sha256": self.sha256s},
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


def _parse_file(text: str) -> tuple[dict[str, Annotation], dict[str, str], dict]:
    """A notes file's annotations, emptied-trash records and document header.

    Any shape that is not ours is a ValueError, so the file is set aside, never overwritten.
    """
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("type") != "AnnotationCollection":
        raise ValueError("it is not a Duidu notes file")
    try:
        items = list(data.get("first", {}).get("items", [])) + list(data.get("trash", []))
        annotations = {}
        for item in items:
            annotation = from_w3c(item)
            annotations[annotation.id] = annotation
        purged = {str(k): str(v) for k, v in dict(data.get("purged", {})).items()}
        return annotations, purged, dict(data.get("document", {}))
    except (AttributeError, KeyError, TypeError) as error:
        raise ValueError(f"it is not a Duidu notes file ({error!r})") from None


class AnnotationStore:
    """Every notes file under ``<data dir>/annotations``."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / FOLDER
        self._open: dict[str, DocumentNotes] = {}

    def notes_for(self, path: str | Path, sha256: str) -> DocumentNotes:
        """The notes of the document at ``path`` with content hash ``sha256``.

        Found by hash first (the document was moved or renamed), then by path (its text
        was edited); a document without notes gets a file on its first save.
        """
        path = str(Path(path).resolve()) if str(path) else ""
        index = self._index()
        key = next((k for k, entry in index.items() if sha256 in entry["sha256"]), None)
        if key is None and path:
            key = next((k for k, entry in index.items() if entry["path"] == path), None)
        if key is None:
            key = sha256[:16]
            while key in index and sha256 not in index[key]["sha256"]:
                key += "x"
        notes = self._open.get(key)
        if notes is None:
            notes = DocumentNotes(self.folder / f"{key}.json", path, [sha256])
            self._open[key] = notes
        if sha256 not in notes.sha256s:
            notes.sha256s.append(sha256)
        if path and notes.document_path != path:
            notes.document_path = path
        entry = index.get(key)
        if entry is None or entry["path"] != path or sha256 not in entry["sha256"]:
            self._remember(key, path, notes.sha256s)
        return notes

    def documents(self) -> list[DocumentNotes]:
        """The notes of every document Duidu has notes on."""
        result = []
        index = self._index()
        for key in sorted(index):
            notes = self._open.get(key)
            if notes is None:
                entry = index[key]
                notes = DocumentNotes(self.folder / f"{key}.json", entry["path"], entry["sha256"])
                self._open[key] = notes
            else:
                notes.reload()
            if notes.file.exists():
                result.append(notes)
        return result

    def find(self, annotation_id: str) -> list[tuple[DocumentNotes, Annotation]]:
        """The files holding an annotation, by full id, bare UUID or a unique prefix."""
        wanted = annotation_id.strip().removeprefix("urn:uuid:")
        hits: list[tuple[DocumentNotes, Annotation]] = []
        for notes in self.documents():
            for annotation in notes.annotations.values():
                if annotation.short_id.startswith(wanted) and wanted:
                    hits.append((notes, annotation))
        return hits

    def all_annotations(self) -> Iterator[tuple[DocumentNotes, Annotation]]:
        """Each live annotation once (a linked one under the first file holding it)."""
        seen: set[str] = set()
        for notes in self.documents():
            for annotation in notes.live():
                if annotation.id not in seen:
                    seen.add(annotation.id)
                    yield notes, annotation

    # -- the index -------------------------------------------------------------------------

    def _index(self) -> dict[str, dict]:
        path = self.folder / INDEX
        index: dict[str, dict] = {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            for key, entry in raw.items():
                index[str(key)] = {"path": str(entry["path"]), "sha256": list(entry["sha256"])}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            index = {}  # a cache: rebuilt from the files below
        # Files the index does not know (a sync tool, another machine): read their headers.
        if self.folder.is_dir():
            for file in self.folder.glob("*.json"):
                if file.name == INDEX or file.stem in index:
                    continue
                try:
                    header = json.loads(file.read_text(encoding="utf-8")).get("document", {})
                    index[file.stem] = {
                        "path": str(header.get("path", "")),
                        "sha256": list(header.get("sha256", [])),
                    }
                except (OSError, ValueError, AttributeError):
                    continue  # DocumentNotes sets it aside when its document opens
        return index

    def _remember(self, key: str, path: str, sha256s: list[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with _file_lock(self.folder / INDEX):
            index = self._index()
            entry = index.setdefault(key, {"path": path, "sha256": []})
            entry["path"] = path
            entry["sha256"] = list(dict.fromkeys([*entry["sha256"], *sha256s]))
            atomic_write_text(self.folder / INDEX, json.dumps(index, ensure_ascii=False, indent=1))
