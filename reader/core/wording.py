"""Shared wording: the same sentence or clause in both articles (reused copy, quotes).

Works on the comparison texts, so a quote in Traditional matches its Simplified copy. Every
run of at least ``min_length`` characters that both texts contain is found with a hash of its
first ``min_length`` characters, then extended as far as the texts agree; the spans map back
to exact original characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.comparison import ComparisonText

MIN_LENGTH = 8  # characters; shorter runs are mostly common phrases (非常重要的)
_MEANINGFUL = 6  # of which letters, digits or CJK characters


@dataclass(frozen=True)
class SharedRun:
    """``left``/``right`` are original-text spans holding the same wording."""

    left: tuple[int, int]
    right: tuple[int, int]
    length: int  # in comparison characters

    def to_json(self) -> dict:
        return {"left_span": list(self.left), "right_span": list(self.right)}


def _meaningful(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def shared_runs(
    left: ComparisonText, right: ComparisonText, min_length: int = MIN_LENGTH
) -> list[SharedRun]:
    """Maximal runs of at least ``min_length`` characters found in both texts, in left order."""
    a, b = left.text, right.text
    if len(a) < min_length or len(b) < min_length:
        return []
    first: dict[str, int] = {}
    for j in range(len(b) - min_length + 1):
        first.setdefault(b[j : j + min_length], j)
    runs: list[SharedRun] = []
    i = 0
    limit = len(a) - min_length + 1
    while i < limit:
        j = first.get(a[i : i + min_length])
        if j is None:
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
