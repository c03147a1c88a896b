"""The reader's own sync points between two documents, as in Meld: added and rejected pairs.

Kept in ``alignments.json`` in the data folder, keyed by the SHA-256 of both documents, so
they come back whenever the same two texts are opened, wherever the files are. A paragraph is
named by its original start offset, which is stable for the same content.

The window reads the sync points on the analysis worker and changes them on the UI thread,
so every read and change of a store goes through its lock: a worker takes a frozen copy
(:meth:`LinkStore.frozen`), never the live sets.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.formats.stored_json import parse_json
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence
from reader.core.storage import SetAside, atomic_write_text, read_or_set_aside

FILE_NAME = "alignments.json"


@dataclass
class PairLinks:
    """Sync points as ``(left_start, right_start)`` original offsets of paragraphs."""

    added: set[tuple[int, int]] = field(default_factory=set)
    removed: set[tuple[int, int]] = field(default_factory=set)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    def add(self, pair: tuple[int, int]) -> None:
        with self.lock:
            self.removed.discard(pair)
            self.added.add(pair)

    def remove(self, pair: tuple[int, int]) -> None:
        with self.lock:
            if pair in self.added:
                self.added.discard(pair)
            else:
                self.removed.add(pair)

    def frozen(self) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
        """The added and removed pairs, sorted, as they are now (safe from any thread)."""
        with self.lock:
            return tuple(sorted(self.added)), tuple(sorted(self.removed))


class LinkStore:
    """All pairs' sync points; every change is written at once, atomically."""

    def __init__(self, data_dir: str | Path | None) -> None:
        self.path = Path(data_dir) / FILE_NAME if data_dir is not None else None
        self.problem: str | None = None
        self._pairs: dict[str, PairLinks] = {}
        self._lock = threading.Lock()  # the dict of pairs; each PairLinks guards its sets
        self._load()

    @staticmethod
    def key(left_sha: str, right_sha: str) -> str:
        return f"{left_sha}:{right_sha}"

    def _load(self) -> None:
        if self.path is None or not self.path.exists():
            return
        pairs = read_or_set_aside(self.path, _parse_pairs, "sync point")
        if isinstance(pairs, SetAside):
            self.problem = Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Your sync points could not be read ({reason}); the file was kept as {kept} "
                    "and starts empty.",
                ),
                reason=pairs.reason,
                kept=pairs.kept.name,
            )
        else:
            self._pairs = pairs

    def get(self, left_sha: str, right_sha: str) -> PairLinks:
        with self._lock:
            return self._pairs.setdefault(self.key(left_sha, right_sha), PairLinks())

    def save(self) -> None:
        if self.path is None:
            return
        with self._lock:
            pairs = list(self._pairs.items())
        frozen = ((key, links.frozen()) for key, links in pairs)
        payload = {
            "version": 1,
            "pairs": {
                key: {"added": list(added), "removed": list(removed)}
                for key, (added, removed) in frozen
                if added or removed
            },
        }
        atomic_write_text(self.path, json.dumps(payload, indent=1) + "\n")


def _parse_pairs(text: str) -> dict[str, PairLinks]:
    data: Any = parse_json(text)  # any shape: a wrong one raises, and the file is set aside
    return {
        key: PairLinks(
            {(int(a), int(b)) for a, b in value.get("added", [])},
            {(int(a), int(b)) for a, b in value.get("removed", [])},
        )
        for key, value in data["pairs"].items()
    }
