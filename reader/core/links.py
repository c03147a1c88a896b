"""The reader's own sync points between two documents, as in Meld: added and rejected pairs.

Kept in ``alignments.json`` in the data folder, keyed by the SHA-256 of both documents, so
they come back whenever the same two texts are opened, wherever the files are. A paragraph is
named by its original start offset, which is stable for the same content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.storage import SetAside, atomic_write_text, read_or_set_aside
from reader.core.stored_json import parse_json

FILE_NAME = "alignments.json"


@dataclass
class PairLinks:
    """Sync points as ``(left_start, right_start)`` original offsets of paragraphs."""

    added: set[tuple[int, int]] = field(default_factory=set)
    removed: set[tuple[int, int]] = field(default_factory=set)

    def add(self, pair: tuple[int, int]) -> None:
        self.removed.discard(pair)
        self.added.add(pair)

    def remove(self, pair: tuple[int, int]) -> None:
        if pair in self.added:
            self.added.discard(pair)
        else:
            self.removed.add(pair)


class LinkStore:
    """All pairs' sync points; every change is written at once, atomically."""

    def __init__(self, data_dir: str | Path | None) -> None:
        self.path = Path(data_dir) / FILE_NAME if data_dir is not None else None
        self.problem: str | None = None
        self._pairs: dict[str, PairLinks] = {}
        self._load()

    @staticmethod
    def key(left_sha: str, right_sha: str) -> str:
        return f"{left_sha}:{right_sha}"

    def _load(self) -> None:
        if self.path is None or not self.path.exists():
            return
        pairs = read_or_set_aside(self.path, _parse_pairs, "sync point")
        if isinstance(pairs, SetAside):
            self.problem = (
                f"Your sync points could not be read ({pairs.reason}); the file was kept as "
                f"{pairs.kept.name} and starts empty."
            )
        else:
            self._pairs = pairs

    def get(self, left_sha: str, right_sha: str) -> PairLinks:
        return self._pairs.setdefault(self.key(left_sha, right_sha), PairLinks())

    def save(self) -> None:
        if self.path is None:
            return
        payload = {
            "version": 1,
            "pairs": {
                key: {"added": sorted(links.added), "removed": sorted(links.removed)}
                for key, links in self._pairs.items()
                if links.added or links.removed
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
