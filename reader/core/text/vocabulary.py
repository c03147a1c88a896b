"""The user's vocabulary: words OpenCC must leave alone or convert differently.

OpenCC is right for most text and wrong for some names: it turns Huawei's 昇騰 into 升腾,
but the brand is 昇腾 in Simplified too. An entry names a word as it appears in the
original text, what to show instead (nothing = keep it as written) and the display scripts
it applies to. Matching is longest-first on the original text; the text between matches
goes to OpenCC as usual.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.formats.stored_json import parse_json
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence
from reader.core.storage import SetAside, atomic_write_text, read_or_set_aside
from reader.core.text.scripts import ScriptMode

FILE_NAME = "vocabulary.json"
_FORMAT = 1


@dataclass(frozen=True)
class VocabularyEntry:
    """``word`` in the original is shown as ``replacement`` (``None``: as written)."""

    word: str
    replacement: str | None = None
    modes: frozenset[ScriptMode] = field(default_factory=frozenset)  # empty: every script

    def applies_to(self, mode: ScriptMode) -> bool:
        return mode is not ScriptMode.ORIGINAL and (not self.modes or mode in self.modes)

    def shown_as(self) -> str:
        return self.word if self.replacement is None else self.replacement

    def to_json(self) -> dict[str, Any]:
        return {
            "word": self.word,
            "replacement": self.replacement,
            "modes": sorted(mode.value for mode in self.modes),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VocabularyEntry:
        word = data["word"]
        replacement = data.get("replacement")
        if not isinstance(word, str) or not word:
            raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "an entry has no word")))
        if replacement is not None and (not isinstance(replacement, str) or not replacement):
            raise ValueError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the entry for {word} has an invalid replacement"
                    ),
                    word=word,
                )
            )
        modes = frozenset(ScriptMode(value) for value in data.get("modes", []))
        return cls(word, replacement, modes)


DEFAULT_ENTRIES: tuple[VocabularyEntry, ...] = (
    # Huawei's Ascend chips: OpenCC's t2s/tw2sp give 升腾; the brand keeps 昇.
    VocabularyEntry("昇腾", None, frozenset({ScriptMode.HANS})),
    VocabularyEntry("昇騰", "昇腾", frozenset({ScriptMode.HANS})),
    # Traditional targets of a Traditional text pass through t2s, which would lose it too.
    VocabularyEntry(
        "昇騰", None, frozenset({ScriptMode.HANT, ScriptMode.TW, ScriptMode.TWP, ScriptMode.HK})
    ),
    # s2twp's Taiwan phrases take 的士 (taxi) first: "团队的士气" became 團隊計程車氣.
    VocabularyEntry("士气", "士氣", frozenset({ScriptMode.TWP})),
    VocabularyEntry("士氣", None, frozenset({ScriptMode.TWP})),
)


class Vocabulary:
    """An ordered set of entries, with the matcher each display script needs."""

    def __init__(self, entries: list[VocabularyEntry] | tuple[VocabularyEntry, ...] = ()) -> None:
        self.entries: list[VocabularyEntry] = list(entries)
        self._patterns: dict[ScriptMode, tuple[re.Pattern[str] | None, dict[str, str]]] = {}

    @classmethod
    def default(cls) -> Vocabulary:
        return cls(DEFAULT_ENTRIES)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vocabulary) and self.entries == other.entries

    def rules(self, mode: ScriptMode) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """A regex matching every word that applies to ``mode`` (longest first) and its map."""
        cached = self._patterns.get(mode)
        if cached is not None:
            return cached
        table = {entry.word: entry.shown_as() for entry in self.entries if entry.applies_to(mode)}
        pattern = None
        if table:
            words = sorted(table, key=len, reverse=True)
            pattern = re.compile("|".join(re.escape(word) for word in words))
        self._patterns[mode] = (pattern, table)
        return pattern, table

    # -- files ---------------------------------------------------------------------------

    def to_json_text(self) -> str:
        data = {"format": _FORMAT, "entries": [entry.to_json() for entry in self.entries]}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | Path) -> None:
        atomic_write_text(path, self.to_json_text())


@dataclass
class LoadedVocabulary:
    """A vocabulary and, when the file could not be read, the sentence saying what happened."""

    vocabulary: Vocabulary
    problem: str | None = None


def load_vocabulary(data_dir: str | Path) -> LoadedVocabulary:
    """Read the vocabulary of ``data_dir``; defaults when there is none yet.

    A file that cannot be read is renamed aside, never overwritten, and the defaults are used.
    """
    path = Path(data_dir) / FILE_NAME
    if not path.exists():
        return LoadedVocabulary(Vocabulary.default())
    entries = read_or_set_aside(path, _parse_entries, "vocabulary")
    if isinstance(entries, SetAside):
        return LoadedVocabulary(
            Vocabulary.default(),
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Your vocabulary file could not be read ({reason}). It was kept as {kept} "
                    "and the default vocabulary is used.",
                ),
                reason=entries.reason,
                kept=entries.kept.name,
            ),
        )
    return LoadedVocabulary(Vocabulary(entries))


def _parse_entries(text: str) -> list[VocabularyEntry]:
    data = parse_json(text)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "it has no list of entries")))
    return [VocabularyEntry.from_json(item) for item in data["entries"]]
