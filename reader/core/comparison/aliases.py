"""Different names for one thing: 雪梨 and 悉尼, 賓士 and 奔驰, NVIDIA and 英伟达.

A topic is counted once whatever name each article uses. Duidu ships a table of common names
in the news (``resources/aliases.json``); the reader adds groups of their own, saved as
``aliases.json`` in the data folder. Each group has the name shown (Simplified) and its other
names in any script; they are normalised like the texts before matching.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.formats.stored_json import parse_json
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence
from reader.core.storage import SetAside, atomic_write_text, read_or_set_aside

if TYPE_CHECKING:
    from reader.core.text.opencc_engine import OpenCCEngine

FILE_NAME = "aliases.json"
KINDS = ("company", "person", "place", "organisation", "product", "concept", "other")


@dataclass(frozen=True)
class AliasGroup:
    """One thing and its names; ``term`` is the name shown for all of them."""

    term: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"

    def names(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)

    def to_json(self) -> dict[str, Any]:
        return {"term": self.term, "kind": self.kind, "aliases": list(self.aliases)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AliasGroup:
        term = str(data["term"]).strip()
        if not term:
            raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "a group has an empty name")))
        aliases = tuple(str(name).strip() for name in data.get("aliases", []) if str(name).strip())
        kind = str(data.get("kind", "other"))
        return cls(term, aliases, kind if kind in KINDS else "other")


@dataclass
class AliasTable:
    """Bundled groups plus the reader's own; the reader's win where a name is in both."""

    bundled: list[AliasGroup] = field(default_factory=list)
    user: list[AliasGroup] = field(default_factory=list)

    def groups(self) -> list[AliasGroup]:
        return [*self.user, *self.bundled]

    def lookup(self, *normalize: Callable[[str], str]) -> dict[str, AliasGroup]:
        """Every name, normalised by each of ``normalize``, to its group (first group wins).

        More than one normaliser is for names that texts of different scripts bring to
        different forms: a Traditional text goes through ``tw2sp``, which turns 布林肯 into
        布尔肯 and 应用程序 into 应用进程, while a Simplified text keeps them as they are."""
        table: dict[str, AliasGroup] = {}
        for group in self.groups():
            for name in group.names():
                for each in normalize:
                    key = each(name)
                    if key:
                        table.setdefault(key, group)
        return table

    def save_user(self, data_dir: str | Path) -> None:
        """Write the reader's groups atomically to ``aliases.json`` in ``data_dir``."""
        payload = {"version": 1, "groups": [group.to_json() for group in self.user]}
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
        atomic_write_text(Path(data_dir) / FILE_NAME, text)


class AliasIndex:
    """Every name of a table as texts bring it to the comparison script, to its group.

    A name is indexed both as a 简体 text writes it and as a 繁體 text becomes under
    ``to_comparison`` (OpenCC ``tw2sp`` turns 布林肯 into 布尔肯, while a Simplified text
    keeps 布林肯), so topics, Find and the notes filter meet every form. Building it costs
    a few tens of milliseconds for the shipped table; keep one per table.
    """

    def __init__(
        self, table: AliasTable, to_comparison: Callable[[Sequence[str]], list[str]]
    ) -> None:
        """``to_comparison`` converts many names at once (one OpenCC call for them all)."""
        from reader.core.text.folding import fold

        self.table = table
        names = list(dict.fromkeys(name for group in table.groups() for name in group.names()))
        converted = dict(zip(names, to_comparison(names), strict=True))
        self.groups = table.lookup(
            lambda name: fold(converted[name]).strip(), lambda name: fold(name).strip()
        )

    def names(self, key: str) -> tuple[str, ...]:
        """All names of the group ``key`` (a normalised query) names, or none."""
        group = self.groups.get(key.strip())
        return group.names() if group is not None else ()


_indexes: list[tuple[AliasTable, AliasIndex]] = []  # the tables indexed last, newest last
_indexes_lock = threading.Lock()
KEPT_INDEXES = 4


def comparison_index(
    table: AliasTable,
    engine: OpenCCEngine,
    convert: Callable[[Sequence[str]], list[str]] | None = None,
) -> AliasIndex:
    """``table`` indexed in the comparison script (``tw2sp``), made once per table in this
    process: the analysis and Find share it (2,700 names through OpenCC, which Find made
    again while the window waited for the GIL). ``convert`` converts the names instead of
    ``engine`` (the window has a helper process do it while books are open: 70-90 ms of
    Python on a worker took the GIL from the UI thread during a Find)."""
    with _indexes_lock:
        for known, index in _indexes:
            if known is table:
                return index
        index = AliasIndex(table, convert or (lambda names: engine.convert_each("tw2sp", names)))
        _indexes.append((table, index))
        del _indexes[:-KEPT_INDEXES]
        return index


@dataclass
class LoadedAliases:
    table: AliasTable
    problem: str | None = None


def parse_groups(text: str) -> list[AliasGroup]:
    data = parse_json(text)
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "it has no list of groups")))
    return [AliasGroup.from_json(item) for item in data["groups"]]


def load_aliases(bundled: str | Path | None, data_dir: str | Path | None) -> LoadedAliases:
    """The bundled table and the reader's groups from ``data_dir``.

    A user file that cannot be read is renamed aside, never overwritten; the sentence in
    ``problem`` says so.
    """
    groups = parse_groups(Path(bundled).read_text(encoding="utf-8")) if bundled else []
    table = AliasTable(bundled=groups)
    if data_dir is None:
        return LoadedAliases(table)
    path = Path(data_dir) / FILE_NAME
    if not path.exists():
        return LoadedAliases(table)
    user = read_or_set_aside(path, parse_groups, "alias")
    if isinstance(user, SetAside):
        return LoadedAliases(
            table,
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Your alias file could not be read ({reason}). It was kept as {kept}; only "
                    "the bundled aliases are used.",
                ),
                reason=user.reason,
                kept=user.kept.name,
            ),
        )
    table.user = user
    return LoadedAliases(table)
