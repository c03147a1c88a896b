"""The one place where Qt's UTF-16 positions meet Python's code-point offsets.

``QTextCursor.position()`` counts UTF-16 code units; a character outside the Basic
Multilingual Plane (𧿼, U+27FFC) counts two. Python ``str`` offsets, and every offset Duidu
stores, count code points. Every conversion between the two goes through this class.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Converts offsets of one text between code points and UTF-16 code units."""

    __slots__ = ("_astral_cp", "_astral_u16", "length", "length_utf16")

    def __init__(self, text: str) -> None:
        self._astral_cp = [match.start() for match in _ASTRAL.finditer(text)]
        # UTF-16 offset of each astral character: one extra unit for each astral one before it.
        self._astral_u16 = [cp + i for i, cp in enumerate(self._astral_cp)]
        self.length = len(text)
        self.length_utf16 = len(text) + len(self._astral_cp)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset``."""
        return offset + bisect_left(self._astral_cp, offset)

    def to_code_point(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position``; the middle of a surrogate pair snaps back."""
        before = bisect_left(self._astral_u16, position)
        if before and self._astral_u16[before - 1] + 1 == position:
            return self._astral_cp[before - 1]  # between the two halves of a pair
        return position - before
