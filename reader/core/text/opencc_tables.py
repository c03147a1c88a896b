"""OpenCC's dictionaries as flat tables, for converting a book with its position map fast.

opencc-py converts as OpenCC's C++ code does: at each position, the longest key of a
dictionary that starts there (a group of dictionaries: the first one with any match wins),
one trie node per character, in Python. A 1.2 MB book went through five such passes in 3 s.
These tables give the same answers (tested against opencc-py on OpenCC's own cases and the
corpus) with less work per position:

- each dictionary is a dict of its keys and, per first character, the lengths of the keys
  starting with it, longest first: a match is a few slices and look-ups, not a walk;
- characters no key of a group starts (most text, for the phrase dictionaries) are found
  with one regular expression and passed on with ``str.translate`` over whole runs;
- a pass records only the matches that change the text's length, as the tracker in
  :mod:`reader.core.text.opencc_engine` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Characters a run may hold in the regular expression's class before it gets unwieldy;
# a group whose keys start with more is scanned a position at a time.
_MAX_CLASS = 20_000
TRANSLATE_PIECE = 32_768  # characters translated in one call (about 1 ms holding the GIL)


class Table:
    """One dictionary: its keys and values, and the key lengths per first character."""

    __slots__ = ("lengths", "single", "values")

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self.values: dict[str, str] = {}
        lengths: dict[str, set[int]] = {}
        for key, value in entries:
            if key and key not in self.values:
                self.values[key] = value
                lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}
        self.single = all(len(key) == 1 for key in self.values)

    @classmethod
    def from_trie(cls, trie: Any) -> Table:
        """The entries of an opencc-py ``_Trie`` (walked once, depth first)."""
        entries: list[tuple[str, str]] = []
        stack: list[tuple[str, Any]] = [("", trie.root)]
        while stack:
            prefix, node = stack.pop()
            if node.value is not None and prefix:
                entries.append((prefix, node.value))
            for character, child in node.children.items():
                stack.append((prefix + character, child))
        return cls(entries)

    def match(self, text: str, position: int) -> tuple[int, str | None]:
        """The longest key starting at ``position``: ``(length, value)``, else ``(0, None)``."""
        sizes = self.lengths.get(text[position])
        if sizes is not None:
            values = self.values
            room = len(text) - position  # a longer slice would be cut short, and lie
            for size in sizes:
                if size <= room:
                    value = values.get(text[position : position + size])
                    if value is not None:
                        return size, value
        return 0, None


def _translate_into(
    parts: list[str], text: str, start: int, end: int, translation: dict[int, str]
) -> None:
    """Append ``text[start:end]`` translated character by character, a piece of at most
    :data:`TRANSLATE_PIECE` characters per call: one call over the 900,000 characters
    after a book's last phrase held the GIL for 38 ms, which the window waited out."""
    for piece in range(start, end, TRANSLATE_PIECE):
        parts.append(text[piece : min(end, piece + TRANSLATE_PIECE)].translate(translation))


class Group:
    """Dictionaries tried in order at each position; the first with any match wins (OpenCC's
    ``short_circuit`` policy), or the longest match of any (``union``)."""

    __slots__ = ("_firsts", "_seconds", "_single", "_starts", "_translation", "tables", "union")

    def __init__(self, tables: list[Table], union: bool = False) -> None:
        self.tables = tables
        self.union = union
        # Where a key of two or more characters may start, the outcome depends on what
        # follows: those positions are matched one by one. Anywhere else the first table
        # with the character as a key decides (both policies), whatever follows: a run of
        # such characters is translated at once, unless a value is longer than one
        # character (then the length changes, which a match records).
        starts = {
            first for table in tables for first, sizes in table.lengths.items() if sizes[0] > 1
        }
        translation: dict[int, str] = {}
        for table in tables:
            for first in table.lengths:
                if first in starts or ord(first) in translation:
                    continue
                value = table.values[first]
                if len(value) == 1:
                    translation[ord(first)] = value
                else:
                    starts.add(first)
        self._translation = translation
        self._starts = _character_class(starts)
        self._firsts: re.Pattern[str] | None = None  # made on first use (segmentation)
        # Where a longer key starts, the next character decides whether one can match at
        # all; when none can, the first table with the character itself as a key decides.
        self._seconds: dict[str, set[str]] = {}
        for table in tables:
            for key in table.values:
                if len(key) > 1:
                    self._seconds.setdefault(key[0], set()).add(key[1])
        self._single: dict[str, str] = {}
        for table in tables:
            for key, value in table.values.items():
                if len(key) == 1 and key not in self._single:
                    self._single[key] = value

    def segment(self, text: str) -> list[str]:
        """OpenCC's max-match segmentation of ``text`` with this group's keys: each match
        is a segment, and each run of characters between matches is one."""
        segments: list[str] = []
        firsts = self._firsts
        if firsts is None:
            firsts = self._firsts = _character_class(
                {first for table in self.tables for first in table.lengths}
            )
        search, match = firsts.search, self.match
        seconds, single, empty = self._seconds, self._single, frozenset[str]()
        position = pending = 0  # pending: where the run of unmatched characters began
        n = len(text)
        while position < n:
            if firsts is _EVERY:
                start = position
            else:
                found = search(text, position)
                if found is None:
                    break
                start = found.start()
            character = text[start]
            if text[start + 1 : start + 2] in seconds.get(character, empty):
                size = match(text, start)[0]
            else:
                size = 1 if character in single else 0
            if size:
                if start > pending:
                    segments.append(text[pending:start])
                segments.append(text[start : start + size])
                position = pending = start + size
            else:
                position = start + 1
        if pending < n:
            segments.append(text[pending:])
        return segments

    def match(self, text: str, position: int) -> tuple[int, str | None]:
        if self.union:
            best, best_value = 0, None
            for table in self.tables:
                size, value = table.match(text, position)
                if size > best:
                    best, best_value = size, value
            return best, best_value
        for table in self.tables:
            size, value = table.match(text, position)
            if size:
                return size, value
        return 0, None

    def convert(self, text: str) -> tuple[str, list[tuple[int, int, int]] | None]:
        """``text`` converted, with the ``(start, source length, target length)`` of each
        match whose length changed (None when none did)."""
        parts: list[str] = []
        uneven: list[tuple[int, int, int]] | None = None
        match = self.match
        translation = self._translation
        n = len(text)
        if self._starts is _EVERY:
            i = 0
            while i < n:
                size, value = match(text, i)
                if size:
                    parts.append(value)  # type: ignore[arg-type]
                    if size != len(value):  # type: ignore[arg-type]
                        uneven = uneven or []
                        uneven.append((i, size, len(value)))  # type: ignore[arg-type]
                    i += size
                else:
                    parts.append(text[i])
                    i += 1
            return "".join(parts), uneven
        position = 0
        search = self._starts.search
        seconds, single, empty = self._seconds, self._single, frozenset[str]()
        while position < n:
            found = search(text, position)
            if found is None:
                _translate_into(parts, text, position, n, translation)
                break
            start = found.start()
            if start > position:
                _translate_into(parts, text, position, start, translation)
            character = text[start]
            if text[start + 1 : start + 2] in seconds.get(character, empty):
                size, value = match(text, start)
            else:  # no longer key can start here: the character's own entry, if any
                value = single.get(character)
                size = 0 if value is None else 1
            if size:
                parts.append(value)  # type: ignore[arg-type]
                if size != len(value):  # type: ignore[arg-type]
                    uneven = uneven or []
                    uneven.append((start, size, len(value)))  # type: ignore[arg-type]
                position = start + size
            else:
                parts.append(character)
                position = start + 1
        return "".join(parts), uneven


_EVERY = re.compile(r"(?s).")  # stands for "every position": tried one by one


def _character_class(characters: set[str]) -> re.Pattern[str]:
    """A pattern finding any of ``characters`` (never matching for none; :data:`_EVERY`
    for too many to be worth a class)."""
    if len(characters) > _MAX_CLASS:
        return _EVERY
    if not characters:
        return re.compile(r"(?!)")
    return re.compile("[" + "".join(sorted(re.escape(c) for c in characters)) + "]")


def compile_matcher(matcher: Any) -> Group:
    """A :class:`Group` answering as opencc-py's trie or group ``matcher`` does.

    A group inside a ``short_circuit`` group is its dictionaries in its place (the first
    with a match still wins); a ``union`` group is one dictionary of all its keys (the
    longest key wins, and for the same key the first dictionary's value). A shape these
    cannot express raises ValueError, and the caller keeps opencc-py's own matching."""
    if _policy(matcher) == "union":
        return Group([_union(matcher)])
    return Group(_in_order(matcher))


def _policy(matcher: Any) -> str | None:
    if not hasattr(matcher, "matchers"):
        return None  # a dictionary (trie)
    return str(getattr(matcher, "policy", "short_circuit"))


def _in_order(matcher: Any) -> list[Table]:
    policy = _policy(matcher)
    if policy is None:
        return [Table.from_trie(matcher)]
    if policy == "union":
        return [_union(matcher)]
    if policy != "short_circuit":
        raise ValueError(f"unknown match policy {policy!r}")
    return [table for sub in matcher.matchers for table in _in_order(sub)]


def _union(matcher: Any) -> Table:
    entries: list[tuple[str, str]] = []
    for sub in matcher.matchers:
        if _policy(sub) is None:
            entries += Table.from_trie(sub).values.items()
        elif _policy(sub) == "union":
            entries += _union(sub).values.items()
        else:
            raise ValueError("a short_circuit group inside a union group")
    return Table(entries)
