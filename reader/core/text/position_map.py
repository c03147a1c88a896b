"""An exact, compact map between an original text and its converted form.

OpenCC replaces characters and phrases left to right; most replacements keep the length
(頭髮 → 头发), a few do not (内存 → 記憶體). Between replacements that change the length,
offsets shift by a constant, so the map stores only those *atoms*: ``[s0, s1) → [d0, d1)``.
A position inside an atom has no exact counterpart, so spans snap outwards to whole atoms:
a selection of 記 maps to the whole of 内存, and back to the whole of 記憶體.

Lookups are a binary search; composing two maps (a chain such as t2s then s2twp) merges
the atoms of both, so memory stays proportional to the number of length-changing phrases.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class PositionMap:
    """Monotonic map between ``source`` offsets and ``target`` offsets (code points)."""

    __slots__ = ("_d0", "_d1", "_s0", "_s1", "source_length", "target_length")

    def __init__(
        self,
        source_length: int,
        target_length: int,
        atoms: Iterable[tuple[int, int, int, int]] = (),
    ) -> None:
        self.source_length = source_length
        self.target_length = target_length
        self._s0: list[int] = []
        self._s1: list[int] = []
        self._d0: list[int] = []
        self._d1: list[int] = []
        for s0, s1, d0, d1 in atoms:
            self._s0.append(s0)
            self._s1.append(s1)
            self._d0.append(d0)
            self._d1.append(d1)

    @classmethod
    def identity(cls, length: int) -> PositionMap:
        return cls(length, length)

    @property
    def atoms(self) -> list[tuple[int, int, int, int]]:
        """Length-changing replacements as ``(s0, s1, d0, d1)``, in order."""
        return list(zip(self._s0, self._s1, self._d0, self._d1, strict=True))

    def __len__(self) -> int:
        return len(self._s0)

    def __repr__(self) -> str:
        return f"PositionMap({self.source_length}→{self.target_length}, {len(self)} atoms)"

    # -- point lookups -------------------------------------------------------------------

    @staticmethod
    def _lookup(
        pos: int, end: bool, a0: list[int], a1: list[int], b0: list[int], b1: list[int]
    ) -> int:
        i = bisect_right(a0, pos) - 1
        if i < 0:
            return pos
        if pos >= a1[i]:
            return b1[i] + (pos - a1[i])
        if pos == a0[i]:
            return b0[i]
        return b1[i] if end else b0[i]

    def to_target(self, pos: int, *, end: bool = False) -> int:
        """Target offset of source offset ``pos``; inside an atom, its start (or end if ``end``)."""
        return self._lookup(pos, end, self._s0, self._s1, self._d0, self._d1)

    def to_source(self, pos: int, *, end: bool = False) -> int:
        """Source offset of target offset ``pos``; inside an atom, its start (or end if ``end``)."""
        return self._lookup(pos, end, self._d0, self._d1, self._s0, self._s1)

    # -- spans ---------------------------------------------------------------------------

    def span_to_target(self, start: int, end: int) -> tuple[int, int]:
        """Smallest target span that holds everything ``[start, end)`` was converted into."""
        if start >= end:
            pos = self.to_target(start)
            return pos, pos
        return self.to_target(start), self.to_target(end, end=True)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Exactly the source characters the target span ``[start, end)`` came from."""
        if start >= end:
            pos = self.to_source(start)
            return pos, pos
        return self.to_source(start), self.to_source(end, end=True)

    # -- building ------------------------------------------------------------------------

    def then(self, second: PositionMap) -> PositionMap:
        """The map of converting with ``self`` and then with ``second``."""
        if not len(self):
            return PositionMap(self.source_length, second.target_length, second.atoms)
        if not len(second):
            return PositionMap(self.source_length, second.target_length, self.atoms)
        # Intervals in the middle text: targets of our atoms, sources of the second's.
        intervals = sorted(
            [(d0, d1) for d0, d1 in zip(self._d0, self._d1, strict=True)]
            + [(s0, s1) for s0, s1 in zip(second._s0, second._s1, strict=True)]
        )
        merged: list[list[int]] = []
        for lo, hi in intervals:
            if merged and lo < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        atoms = []
        for lo, hi in merged:
            s0, s1 = self.span_to_source(lo, hi)
            d0, d1 = second.span_to_target(lo, hi)
            atoms.append((s0, s1, d0, d1))
        return PositionMap(self.source_length, second.target_length, atoms)


class MapBuilder:
    """Concatenates pieces (unchanged runs, atoms, whole sub-maps) into one map."""

    __slots__ = ("_atoms", "_dst", "_src")

    def __init__(self) -> None:
        self._src = 0
        self._dst = 0
        self._atoms: list[tuple[int, int, int, int]] = []

    def linear(self, length: int) -> None:
        """``length`` characters that map one to one."""
        self._src += length
        self._dst += length

    def atom(self, source_length: int, target_length: int) -> None:
        """A replacement of ``source_length`` characters by ``target_length`` characters."""
        if source_length == target_length:
            self.linear(source_length)
            return
        self._atoms.append(
            (self._src, self._src + source_length, self._dst, self._dst + target_length)
        )
        self._src += source_length
        self._dst += target_length

    def extend(self, piece: PositionMap) -> None:
        """Append a map of a piece of text that follows what was added so far."""
        src, dst = self._src, self._dst
        self._atoms.extend(
            (s0 + src, s1 + src, d0 + dst, d1 + dst) for s0, s1, d0, d1 in piece.atoms
        )
        self._src += piece.source_length
        self._dst += piece.target_length

    def build(self) -> PositionMap:
        return PositionMap(self._src, self._dst, self._atoms)
