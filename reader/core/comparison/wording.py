"""Shared wording: the same sentence or clause in both articles (reused copy, quotes).

Works on the comparison texts, so a quote in Traditional matches its Simplified copy. Every
run of at least ``min_length`` characters that both texts contain is found with a hash of its
first ``min_length`` characters, then extended as far as the texts agree; the spans map back
to exact original characters. The index is built half a million characters at a time, so memory
stays bounded however long the texts are.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from reader.core.text.folding import ComparisonText

MIN_LENGTH = 8  # characters; shorter runs are mostly common phrases (非常重要的)
_MEANINGFUL = 6  # of which letters, digits or CJK characters
CHUNK = 1 << 19  # windows of the right text indexed at a time (about 80 MB of dict)


@dataclass(frozen=True)
class SharedRun:
    """``left``/``right`` are original-text spans holding the same wording."""

    left: tuple[int, int]
    right: tuple[int, int]
    length: int  # in comparison characters

    def to_json(self) -> dict[str, list[int]]:
        return {"left_span": list(self.left), "right_span": list(self.right)}


def _meaningful(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def _first_occurrences(a: str, b: str, min_length: int) -> array[int]:
    """For each position of ``a``, where its ``min_length`` characters first occur in ``b``
    (-1: nowhere).

    ``b`` is indexed :data:`CHUNK` positions at a time, in order, so memory stays bounded
    (a dict of every window of a 20 MB book would take gigabytes) and the first chunk that
    holds a window gives its first occurrence, exactly as one index of all of ``b`` would.
    """
    windows = len(a) - min_length + 1
    first = array("i", [-1]) * windows
    unresolved = windows
    for chunk in range(0, len(b) - min_length + 1, CHUNK):
        index: dict[str, int] = {}
        for j in range(chunk, min(chunk + CHUNK, len(b) - min_length + 1)):
            index.setdefault(b[j : j + min_length], j)
        get = index.get
        for i in range(windows):
            if first[i] < 0:
                found = get(a[i : i + min_length])
                if found is not None:
                    first[i] = found
                    unresolved -= 1
        del index
        if not unresolved:
            break
    return first


def shared_runs(
    left: ComparisonText, right: ComparisonText, min_length: int = MIN_LENGTH
) -> list[SharedRun]:
    """Maximal runs of at least ``min_length`` characters found in both texts, in left order."""
    a, b = left.text, right.text
    if len(a) < min_length or len(b) < min_length:
        return []
    first = _first_occurrences(a, b, min_length)
    runs: list[SharedRun] = []
    i = 0
    limit = len(a) - min_length + 1
    while i < limit:
        j = first[i]
        if j < 0:
            i += 1
            continue
        length = min_length
        while i + length < len(a) and j + length < len(b) and a[i + length] == b[j + length]:
            length += 1
        offset = 0
        for line in a[i : i + length].split("\n"):  # a run never crosses a paragraph
            stripped = line.strip()
            if len(stripped) >= min_length and _meaningful(stripped) >= _MEANINGFUL:
                lead = offset + len(line) - len(line.lstrip())
                size = len(stripped)
                runs.append(
                    SharedRun(
                        left.to_original(i + lead, i + lead + size),
                        right.to_original(j + lead, j + lead + size),
                        size,
                    )
                )
            offset += len(line) + 1
        i += length
    return runs
