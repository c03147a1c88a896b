"""Finding an annotated passage again after its document changed.

The order follows Hypothesis: the stored offsets if the quote is still there; else every
exact occurrence of the quote, ranked by how much of the stored prefix and suffix surround
it and by how near it is to the old place; else the best approximate match of the quote
(RapidFuzz's optimal partial alignment, in C++), first near the old place and then in the
whole text. A passage found nowhere is orphaned: kept, with its quote, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reader.core.annotations import Target

FUZZY_MIN_SCORE = 75.0  # RapidFuzz similarity (0–100) of quote and match
FUZZY_MIN_LENGTH = 4  # shorter quotes are too ambiguous to place approximately
MAX_OCCURRENCES = 5000
NEARBY = 4000  # characters either side of the old place searched first


class AnchorStatus(str, Enum):
    ANCHORED = "anchored"  # where it was
    MOVED = "moved"  # found elsewhere, or changed a little
    ORPHANED = "orphaned"  # not found: kept with its quote


@dataclass(frozen=True)
class Anchor:
    status: AnchorStatus
    start: int | None = None
    end: int | None = None


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def anchor(text: str, target: Target, sha256: str | None = None) -> Anchor:
    """Where ``target``'s passage is in ``text`` (the document's current original text)."""
    exact = target.exact
    if not exact:
        return Anchor(AnchorStatus.ORPHANED)
    if text[target.start : target.end] == exact and (
        sha256 == target.sha256
        or (
            text[max(0, target.start - len(target.prefix)) : target.start].endswith(target.prefix)
            or text[target.end : target.end + len(target.suffix)].startswith(target.suffix)
        )
    ):
        return Anchor(AnchorStatus.ANCHORED, target.start, target.end)
    found = _exact(text, target)
    if found is None:
        found = _fuzzy(text, target)
    if found is None:
        return Anchor(AnchorStatus.ORPHANED)
    start, end = found
    status = (
        AnchorStatus.ANCHORED
        if (start, end) == (target.start, target.end) and text[start:end] == exact
        else AnchorStatus.MOVED
    )
    return Anchor(status, start, end)


def _exact(text: str, target: Target) -> tuple[int, int] | None:
    exact, size = target.exact, len(target.exact)
    best: tuple[float, int] | None = None
    position = text.find(exact)
    seen = 0
    while position != -1 and seen < MAX_OCCURRENCES:
        seen += 1
        context = _common_suffix(
            text[max(0, position - len(target.prefix)) : position], target.prefix
        )
        context += _common_prefix(
            text[position + size : position + size + len(target.suffix)], target.suffix
        )
        distance = abs(position - target.start) / max(len(text), 1)
        score = context - distance  # context decides; distance breaks ties
        if best is None or score > best[0]:
            best = (score, position)
        position = text.find(exact, position + 1)
    if best is None:
        return None
    return best[1], best[1] + size


def _fuzzy(text: str, target: Target) -> tuple[int, int] | None:
    from rapidfuzz import fuzz

    exact = target.exact
    if len(exact) < FUZZY_MIN_LENGTH:
        return None
    low = max(0, target.start - NEARBY)
    high = min(len(text), target.end + NEARBY)
    windows = [(low, high)] if (low, high) == (0, len(text)) else [(low, high), (0, len(text))]
    for first, last in windows:
        match = fuzz.partial_ratio_alignment(exact, text[first:last], score_cutoff=FUZZY_MIN_SCORE)
        if match is not None and match.dest_end > match.dest_start:
            return _refine(text, exact, first + match.dest_start, first + match.dest_end)
    return None


def _refine(text: str, exact: str, start: int, end: int) -> tuple[int, int]:
    """Move the match's edges a little to where it is most like the quote.

    The alignment keeps the quote's length, so a passage that lost or gained a character
    would otherwise start or end one character off.
    """
    from rapidfuzz.distance import Levenshtein

    slack = max(1, min(4, len(exact) // 8))
    best = (Levenshtein.distance(exact, text[start:end]), 0, start, end)
    for ds in range(-slack, slack + 1):
        for de in range(-slack, slack + 1):
            a, b = start + ds, end + de
            if 0 <= a < b <= len(text):
                candidate = (Levenshtein.distance(exact, text[a:b]), abs(ds) + abs(de), a, b)
                best = min(best, candidate)
    return best[2], best[3]
