"""Analyses kept on disk, so a pair opened again shows its topics at once.

An analysis depends only on the two texts, the vocabulary, the alias table, the reader's sync
points and the method itself, so it is saved under a digest of all of them
(:func:`analysis_key`): ``<data dir>/cache/analyses/<digest>.json``. Opening the same pair
again, with nothing of that changed, reads it back instead of analysing (tens of
milliseconds instead of half a second for two articles, seconds for two books).

The folder is a cache: Duidu alone writes it, keeps the :data:`KEEP` pairs used last, and
anything in it may be deleted at any time. What is read from it is checked like any stored
file (bounded size, strict JSON, every span and index inside the documents it is read for);
a file that fails is ignored, and replaced by the next analysis of that pair.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import math
import os
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import __version__
from reader.core.comparison.alignment import AlignedPair, Passage
from reader.core.comparison.topics import Analysis, Topic
from reader.core.comparison.wording import SharedRun
from reader.core.formats.stored_json import parse_json
from reader.core.storage import atomic_write_text, read_stored_text
from reader.core.text.folding import ComparisonText
from reader.core.text.position_map import PositionMap

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reader.core.comparison.aliases import AliasTable
    from reader.core.text.document import Document
    from reader.core.text.vocabulary import Vocabulary

FORMAT = 1  # bump when what an analysis finds changes: older files are then never read
FOLDER = Path("cache") / "analyses"
KEEP = 24  # pairs whose analyses are kept
MAX_BYTES = 256 * 1024 * 1024
_KINDS = frozenset({"entity", "concept"})
_MAX_TERM = 200
_MAX_FORMS = 16


# The modules whose code decides what an analysis finds.
METHOD_MODULES = (
    "reader.core.comparison.topics",
    "reader.core.comparison.alignment",
    "reader.core.comparison.sentences",
    "reader.core.comparison.wording",
    "reader.core.comparison.aliases",
    "reader.core.comparison.transliteration",
    "reader.core.text.folding",
    "reader.core.text.segmenter",
)
_method_digest: str | None = None


def method_digest() -> str:
    """:func:`code_digest` of :data:`METHOD_MODULES` (once a process), part of every
    analysis key: a change of the method is a change of the key, so an analysis the old
    code saved is never shown as the new one's, even when nobody remembered to bump
    :data:`FORMAT`."""
    global _method_digest
    if _method_digest is None:
        _method_digest = code_digest(METHOD_MODULES)
    return _method_digest


def code_digest(modules: Sequence[str]) -> str:
    """A digest of the source files of ``modules``. A frozen build without the sources
    digests their names only and relies on its version, which is in the key too."""
    digest = hashlib.sha256()
    for name in modules:
        origin = getattr(importlib.util.find_spec(name), "origin", None)
        try:
            digest.update(Path(origin).read_bytes() if origin else name.encode())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:16]


def folder_of(data_dir: str | Path) -> Path:
    """Where a data folder keeps its saved analyses."""
    return Path(data_dir) / FOLDER


def path_of(folder: Path, key: str) -> Path:
    """The file an analysis saved under ``key`` is kept in."""
    return folder / f"{key}.json"


def analysis_key(
    left: Document,
    right: Document,
    vocabulary: Vocabulary | None,
    aliases: AliasTable | None,
    links: Sequence[tuple[int, int]],
    unlinks: Sequence[tuple[int, int]],
    method: str = "",
) -> str:
    """The digest an analysis of this pair, with these inputs, is saved under. ``method``
    names what else it depends on (the engines and their versions)."""
    parts = {
        "format": FORMAT,
        "version": __version__,
        "method": method,
        "left": left.sha256,
        "right": right.sha256,
        "vocabulary": vocabulary.to_json_text() if vocabulary is not None else None,
        "aliases": None
        if aliases is None
        else [[g.to_json() for g in aliases.bundled], [g.to_json() for g in aliases.user]],
        "links": sorted(map(list, links)),
        "unlinks": sorted(map(list, unlinks)),
    }
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- writing ---------------------------------------------------------------------------------


def save(folder: Path, key: str, analysis: Analysis) -> None:
    """Keep ``analysis`` under ``key`` (atomically), then forget all but the :data:`KEEP`
    pairs used last. A cache that cannot be written is no error: nothing is lost."""
    data = {
        "format": FORMAT,
        "key": key,
        "lengths": [len(analysis.left_text.original), len(analysis.right_text.original)],
        "shared": [_topic(t) for t in analysis.shared],
        "left_only": [_topic(t) for t in analysis.left_only],
        "right_only": [_topic(t) for t in analysis.right_only],
        "passages": [
            [value for p in analysis.left_passages for value in (p.start, p.end)],
            [value for p in analysis.right_passages for value in (p.start, p.end)],
        ],
        "aligned": [_pair(p) for p in analysis.aligned],
        "chain": [_pair(p) for p in analysis.chain],
        "wording": [[*run.left, *run.right, run.length] for run in analysis.wording],
        "texts": [_text(analysis.left_text), _text(analysis.right_text)],
    }
    with contextlib.suppress(OSError, ValueError):  # StorageError is an OSError or ValueError
        atomic_write_text(path_of(folder, key), json.dumps(data, ensure_ascii=False))
        _forget_old(folder)


def _topic(topic: Topic) -> list[Any]:
    return [
        topic.term,
        topic.kind,
        topic.score,
        [value for span in topic.left for value in span],
        [value for span in topic.right for value in span],
        list(topic.left_forms),
        list(topic.right_forms),
    ]


def _pair(pair: AlignedPair) -> list[Any]:
    return [pair.left, pair.right, pair.score, pair.manual]


def _text(text: ComparisonText) -> dict[str, Any]:
    return {"text": text.text, "atoms": [list(atom) for atom in text.map.atoms]}


def _forget_old(folder: Path) -> None:
    files = sorted(
        (entry for entry in os.scandir(folder) if entry.name.endswith(".json")),
        key=lambda entry: entry.stat().st_mtime,
        reverse=True,
    )
    for entry in files[KEEP:]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


# -- reading ---------------------------------------------------------------------------------


class _Unfit(ValueError):
    """The file is not an analysis of these documents."""


def load(folder: Path, key: str, left: Document, right: Document) -> Analysis | None:
    """The analysis saved under ``key`` for ``left`` and ``right``, else None (none saved,
    or a file that is not an analysis of these very texts)."""
    path = path_of(folder, key)
    try:
        data = parse_json(read_stored_text(path, MAX_BYTES))
        analysis = _analysis(data, key, left.text, right.text)
    except (OSError, ValueError, UnicodeDecodeError, TypeError, KeyError, IndexError):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # used now: among the last kept
    return analysis


def _analysis(data: Any, key: str, left: str, right: str) -> Analysis:
    _check(isinstance(data, dict) and data.get("format") == FORMAT and data.get("key") == key)
    _check(data["lengths"] == [len(left), len(right)])
    sizes = (len(left), len(right))
    left_passages, right_passages = (
        _passages(flat, size) for flat, size in zip(_list(data["passages"], 2), sizes, strict=True)
    )
    counts = (len(left_passages), len(right_passages))
    texts = [_comparison(item, original) for item, original in zip(
        _list(data["texts"], 2), (left, right), strict=True
    )]  # fmt: skip
    return Analysis(
        shared=[_read_topic(item, sizes) for item in _list(data["shared"])],
        left_only=[_read_topic(item, sizes) for item in _list(data["left_only"])],
        right_only=[_read_topic(item, sizes) for item in _list(data["right_only"])],
        left_passages=left_passages,
        right_passages=right_passages,
        aligned=[_read_pair(item, counts) for item in _list(data["aligned"])],
        chain=[_read_pair(item, counts) for item in _list(data["chain"])],
        wording=[_read_run(item, sizes) for item in _list(data["wording"])],
        left_text=texts[0],
        right_text=texts[1],
    )


def _check(condition: bool) -> None:
    if not condition:
        raise _Unfit("not an analysis of these documents")


def _list(value: Any, length: int | None = None) -> list[Any]:
    _check(isinstance(value, list) and (length is None or len(value) == length))
    return value  # type: ignore[no-any-return]


def _integer(value: Any, low: int, high: int) -> int:
    _check(type(value) is int and low <= value <= high)
    return value  # type: ignore[no-any-return]


def _spans(flat: Any, size: int) -> tuple[tuple[int, int], ...]:
    """``[s0, e0, s1, e1, …]`` of non-empty spans inside a text of ``size`` characters."""
    values = _list(flat)
    _check(len(values) % 2 == 0)
    spans = tuple(zip(values[0::2], values[1::2], strict=True))
    for start, end in spans:
        _integer(start, 0, size)
        _integer(end, start + 1, size)
    return spans


def _passages(flat: Any, size: int) -> list[Passage]:
    spans = _spans(flat, size)
    _check(all(a[1] <= b[0] for a, b in pairwise(spans)))  # in order, apart
    return [Passage(start, end, ()) for start, end in spans]


def _string(value: Any, limit: int) -> str:
    _check(isinstance(value, str) and 0 < len(value) <= limit)
    return value  # type: ignore[no-any-return]


def _score(value: Any) -> float:
    _check(type(value) in (int, float) and math.isfinite(value))
    return float(value)


def _read_topic(item: Any, sizes: tuple[int, int]) -> Topic:
    term, kind, score, left, right, left_forms, right_forms = _list(item, 7)
    _check(kind in _KINDS)
    return Topic(
        _string(term, _MAX_TERM),
        kind,
        _spans(left, sizes[0]),
        _spans(right, sizes[1]),
        _score(score),
        tuple(_string(form, _MAX_TERM) for form in _list(left_forms)[:_MAX_FORMS]),
        tuple(_string(form, _MAX_TERM) for form in _list(right_forms)[:_MAX_FORMS]),
    )


def _read_pair(item: Any, counts: tuple[int, int]) -> AlignedPair:
    left, right, score, manual = _list(item, 4)
    _check(type(manual) is bool)
    return AlignedPair(
        _integer(left, 0, counts[0] - 1), _integer(right, 0, counts[1] - 1), _score(score), manual
    )


def _read_run(item: Any, sizes: tuple[int, int]) -> SharedRun:
    values = _list(item, 5)
    (left,) = _spans(values[0:2], sizes[0])
    (right,) = _spans(values[2:4], sizes[1])
    return SharedRun(left, right, _integer(values[4], 1, max(sizes)))


def _comparison(item: Any, original: str) -> ComparisonText:
    """A comparison text and its map, checked: the atoms in order, inside both texts, and
    the stretches between them of the same length on both sides."""
    _check(isinstance(item, dict))
    text = item["text"]
    _check(isinstance(text, str) and len(text) <= 4 * len(original) + 64)
    atoms = [tuple(_list(atom, 4)) for atom in _list(item["atoms"])]
    source = target = 0
    for s0, s1, d0, d1 in atoms:
        _integer(s0, source, len(original))
        _integer(s1, s0, len(original))
        _integer(d0, target, len(text))
        _integer(d1, d0, len(text))
        _check(s0 - source == d0 - target)
        source, target = s1, d1
    _check(len(original) - source == len(text) - target)
    return ComparisonText(original, text, PositionMap(len(original), len(text), atoms))
