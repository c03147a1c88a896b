"""Shared wording: the same sentence or clause in both articles (reused copy, quotes).

Works on the comparison texts, so a quote in Traditional matches its Simplified copy. Every
run of at least ``min_length`` characters that both texts contain is found with a hash of its
first ``min_length`` characters, then extended as far as the texts agree; the spans map back
to exact original characters. The index is built half a million characters at a time, so memory
stays bounded however long the texts are.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress, count

from reader.core.text.folding import ComparisonText

MIN_LENGTH = 8  # characters; shorter runs are mostly common phrases (非常重要的)
_MEANINGFUL = 6  # of which letters, digits or CJK characters
CHUNK = 1 << 19  # samples of the left text searched for at a time (about 40 MB of set)


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


def _windows(text: str, start: int, end: int, size: int) -> Iterator[str]:
    """``text[k : k + size]`` for ``k`` in ``range(start, end)``, made in C (no bytecode per
    window: a book has a million)."""
    return map(text.__getitem__, map(slice, range(start, end), range(start + size, end + size)))


def _first_occurrences(a: str, b: str, min_length: int) -> array[int]:
    """For each position of ``a``, where its ``min_length`` characters first occur in ``b``
    (-1: nowhere).

    Two long texts share few such windows, so the search starts from samples: every run of
    ``min_length`` characters of ``a`` holds one of ``a``'s windows of ``half`` characters
    that start at a multiple of ``stride`` (``half + stride - 1 == min_length``). The samples
    found anywhere in ``b`` (one set intersection, in C) give the few positions of ``a``
    whose whole window may be in ``b``, and one pass over ``b``'s windows finds where those
    first occur. Indexing every window of both books instead took a second and 100 MB.
    ``a`` is taken :data:`CHUNK` samples at a time, so memory stays bounded.
    """
    windows = len(a) - min_length + 1
    first = array("i", [-1]) * max(windows, 0)
    if windows <= 0 or len(b) < min_length:
        return first
    half = max(min_length // 2, 1)
    stride = min_length - half + 1
    last_sample = len(a) - half  # the last position a sample may start at
    for base in range(0, windows, CHUNK * stride):
        end = min(base + CHUNK * stride, windows)  # positions of a settled in this round
        start = -(-base // stride) * stride
        stop = min(end + stride - 1, last_sample + 1)
        samples = list(_windows_every(a, start, stop, half, stride))
        present = set(samples).intersection(_windows(b, 0, len(b) - half + 1, half))
        if not present:
            continue
        hits = compress(range(start, stop, stride), map(present.__contains__, samples))
        candidates = sorted(
            {i for p in hits for i in range(max(base, p - stride + 1), min(end, p + 1))}
        )
        grams = {a[i : i + min_length] for i in candidates}
        found: dict[str, int] = {}
        positions = compress(
            count(), map(grams.__contains__, _windows(b, 0, len(b) - min_length + 1, min_length))
        )
        for j in positions:
            found.setdefault(b[j : j + min_length], j)
        for i in candidates:
            first[i] = found.get(a[i : i + min_length], -1)
    return first


def _windows_every(text: str, start: int, stop: int, size: int, step: int) -> Iterator[str]:
    """``text[k : k + size]`` for ``k`` in ``range(start, stop, step)``, made in C."""
    return map(
        text.__getitem__,
        map(slice, range(start, stop, step), range(start + size, stop + size, step)),
    )


def shared_runs(
    left: ComparisonText, right: ComparisonText, min_length: int = MIN_LENGTH
) -> list[SharedRun]:
    """Maximal runs of at least ``min_length`` characters found in both texts, in left order.

    The same runs whichever text is on the left: the scan is greedy from one side (each
    place in it takes the first match in the other), so swapping the panes had found 17
    passages where there had been 16. The texts are scanned in one fixed order (the shorter
    first) and the spans swapped back."""
    if (len(right.text), right.text) < (len(left.text), left.text):
        swapped = (
            SharedRun(run.right, run.left, run.length) for run in _scan(right, left, min_length)
        )
        return sorted(swapped, key=lambda run: (run.left, run.right))
    return _scan(left, right, min_length)


def _scan(left: ComparisonText, right: ComparisonText, min_length: int) -> list[SharedRun]:
    """:func:`shared_runs`, scanning ``left`` for runs that ``right`` holds."""
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
