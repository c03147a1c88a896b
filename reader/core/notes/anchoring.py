"""Finding an annotated passage again after its document changed.

The order follows Hypothesis: the stored offsets if the quote is still there; else every
exact occurrence of the quote, ranked by how much of the stored prefix and suffix surround
it and by how near it is to the old place; else the best approximate match of the quote
(RapidFuzz's optimal partial alignment, in C++), first near the old place and then in the
whole text. A passage found nowhere is orphaned: kept, with its quote, never dropped.

A long quote (:data:`LONG_QUOTE` characters or more) is not searched that way: the partial
alignment slides a window of the quote's length over the text, which grows with the square
of the quote (a 20,000-character passage took minutes). It is found by seed and extend
instead (:func:`_long`), in time linear in the quote and in the text: a few short pieces
of the quote are looked up exactly and vote for where it starts; from each of the few best
places (and the old one) the quote is aligned block by block along the text; the place
whose alignment keeps enough of the quote wins. Every loop has a named bound, so no stored
quote can make the search run unbounded, and a match it is unsure of is orphaned.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import cast

from reader.core.notes.annotations import Target

FUZZY_MIN_SCORE = 75.0  # RapidFuzz similarity (0–100) of quote and match
FUZZY_MIN_LENGTH = 4  # shorter quotes are too ambiguous to place approximately
MAX_OCCURRENCES = 5000
NEARBY = 4000  # characters either side of the old place searched first

# Long quotes (seed and extend, see _long). The partial alignment of the short path costs
# about the square of the quote; below this length it stays under ~0.2 s on a 1 MB book.
LONG_QUOTE = 1024
SEED_LENGTH = 4  # a seed is this many characters of the quote, looked up exactly
SEEDS = 64  # seeds taken evenly along the quote: each costs one pass of str.find at most
MAX_SEED_HITS = 16  # a seed found more often is too common to say where the quote is
MIN_VOTES = 2  # seeds that must agree on a place (the old place is tried regardless)
VOTE_SPREAD = 256  # votes this close (in characters) are for the same place
MAX_CANDIDATES = 4  # places aligned at most, besides the old one
BLOCK = 2048  # quote characters aligned at a time: the cost is BLOCK × (BLOCK + 2 SLACK)
BLOCK_SLACK = 512  # text either side of where a block is expected: the drift one absorbs
EDGE = 64  # quote characters at each end used to place its first and last character
EDGE_SLACK = 32  # how far (in characters) those ends may move while being placed

# A Levenshtein opcode as ``Opcodes.as_list()`` gives it: (tag, src_start, src_end,
# dest_start, dest_end). RapidFuzz's stubs call the items ``Opcode``; they are plain tuples.
_Opcode = tuple[str, int, int, int, int]


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
        found = _long(text, target) if len(exact) >= LONG_QUOTE else _fuzzy(text, target)
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


# -- long quotes: seed and extend ----------------------------------------------------------


def _long(text: str, target: Target) -> tuple[int, int] | None:
    """Where a long quote is in ``text``, in time linear in both; None when unsure.

    Each candidate place (:func:`_candidates`: at most :data:`MAX_CANDIDATES` voted for by
    seeds, and the old place) is aligned with :func:`_extend`; the best similarity wins
    (nearest the old place on a tie) if it reaches :data:`FUZZY_MIN_SCORE`.
    """
    best: tuple[tuple[float, int], int, int] | None = None
    tried: set[tuple[int, int]] = set()
    for guess in _candidates(text, target):
        found = _extend(text, target.exact, guess)
        if found is None or found[1:] in tried:
            continue
        tried.add(found[1:])
        score, start, end = found
        key = (score, -abs(start - target.start))
        if best is None or key > best[0]:
            best = (key, start, end)
    if best is None or best[0][0] < FUZZY_MIN_SCORE:
        return None
    return best[1], best[2]


def _candidates(text: str, target: Target) -> list[int]:
    """Where the quote may start: the places most seeds agree on, then the old place.

    :data:`SEEDS` pieces of :data:`SEED_LENGTH` characters, evenly spaced along the quote,
    are looked up with ``str.find``; a piece found at ``p`` that sits at ``offset`` in the
    quote votes for a start at ``p - offset``. A piece found more than
    :data:`MAX_SEED_HITS` times is dropped (it would only add noise), so the look-ups cost
    at most ``SEEDS`` passes over the text whatever the quote. Votes within
    :data:`VOTE_SPREAD` of each other form one place, worth the number of different seeds
    in it; an edit inside the passage shifts the later votes a little, and a changed
    character only loses the seeds that contain it.
    """
    quote, size = target.exact, len(target.exact)
    step = (size - SEED_LENGTH) / (SEEDS - 1)
    votes: list[tuple[int, int]] = []  # (start voted for, seed number)
    for number in range(SEEDS):
        offset = round(number * step)
        seed = quote[offset : offset + SEED_LENGTH]
        hits: list[int] = []
        position = text.find(seed)
        while position != -1 and len(hits) <= MAX_SEED_HITS:
            hits.append(position - offset)
            position = text.find(seed, position + 1)
        if len(hits) <= MAX_SEED_HITS:
            votes.extend((hit, number) for hit in hits)
    votes.sort()
    places: list[tuple[int, int]] = []  # (-number of seeds, start from the first seed)
    group: list[tuple[int, int]] = []
    for vote in [*votes, None]:
        if group and (vote is None or vote[0] - group[-1][0] > VOTE_SPREAD):
            seeds = {number for _, number in group}
            if len(seeds) >= MIN_VOTES:
                places.append((-len(seeds), min(group, key=lambda v: v[1])[0]))
            group = []
        if vote is not None:
            group.append(vote)
    places.sort()
    guesses: list[int] = []
    for _, start in places:
        if len(guesses) == MAX_CANDIDATES:
            break
        if all(abs(start - other) > VOTE_SPREAD for other in guesses):
            guesses.append(start)
    old = min(max(target.start, 0), max(len(text) - 1, 0))
    if all(abs(old - other) > VOTE_SPREAD for other in guesses):
        guesses.append(old)
    return guesses


def _extend(text: str, quote: str, guess: int) -> tuple[float, int, int] | None:
    """Align ``quote`` along ``text`` from ``guess``: (similarity, start, end), or None.

    The quote is aligned :data:`BLOCK` characters at a time (RapidFuzz's bit-parallel
    Levenshtein opcodes) against the text where the block is expected, with
    :data:`BLOCK_SLACK` either side; a block's last :data:`EDGE` characters are aligned
    again at the start of the next, which begins where the alignment put them, so the path
    follows insertions and deletions inside the passage. The work is linear in the quote:
    ``len(quote) / (BLOCK - EDGE)`` alignments of fixed size. The first and last characters
    are placed by :func:`_head` and :func:`_tail`, as an alignment in a wider window pulls
    its ends towards stray matching characters, and every place taken from an alignment
    goes through :func:`_steady`.

    The similarity is RapidFuzz's ratio (as the short path's), 200 × common characters /
    total length, with the common characters summed over the pieces the blocks paired
    (each piece's longest common subsequence): together a common subsequence of quote and
    passage, so the similarity never overstates the true one. Alignment stops as soon as
    the ratio can no longer be reached.
    """
    from rapidfuzz.distance import LCSseq, Levenshtein

    size, length = len(quote), len(text)
    # The most quote characters that may go unmatched while the ratio can still be reached:
    # with m matched, the ratio is at most 200 m / (size + m).
    floor = FUZZY_MIN_SCORE / 100
    allowed = size - floor * size / (2 - floor)
    begin, at, lower = 0, guess, guess  # quote[begin] is expected at text[at]; matches count
    # from text[lower] (where the previous block's counted matches stop)
    matched = 0
    start = end = 0
    while begin < size:
        stop = begin + BLOCK
        if size - stop < 2 * EDGE:  # the last block keeps room for its EDGE
            stop = size
        low = max(0, at - BLOCK_SLACK)
        high = min(length, at + (stop - begin) + BLOCK_SLACK)
        if high - low < EDGE:
            return None
        opcodes = cast(
            "list[_Opcode]", Levenshtein.opcodes(quote[begin:stop], text[low:high]).as_list()
        )
        ops = [
            op
            for op in opcodes
            if op[2] > op[1]  # skip text-only runs: every quote character is in one op
        ]

        firsts = [op[1] for op in ops]

        def where(
            offset: int,
            ops: list[_Opcode] = ops,
            firsts: list[int] = firsts,
            base: int = begin,
            low: int = low,
        ) -> int:
            """The text position the alignment gives quote[offset]."""
            relative = offset - base
            tag, first, _, dest, dest_end = ops[bisect_right(firsts, relative) - 1]
            return low + (dest if tag == "delete" else min(dest + relative - first, dest_end))

        def place(
            offset: int, where: Callable[[int], int] = where, base: int = begin, at: int = at
        ) -> int:
            """Where quote[offset] is: the alignment's answer or, if as good, the diagonal."""
            return _steady(text, quote, offset, where(offset), at + offset - base)

        if begin == 0:
            start = lower = _head(text, quote, place(EDGE))
        if stop == size:
            end = _tail(text, quote, place(size - EDGE))
            upto, upto_text = size, max(end, lower)
        else:
            upto = stop - EDGE
            upto_text = max(place(upto), lower)
        matched += LCSseq.similarity(quote[begin:upto], text[lower:upto_text])
        if upto - matched > allowed:
            return None
        begin, at, lower = upto, upto_text, upto_text
    if end <= start:
        return None
    return 200 * matched / (size + end - start), start, end


def _steady(text: str, quote: str, offset: int, aligned: int, diagonal: int) -> int:
    """Where quote[offset] is: ``aligned`` (the block's alignment says so) unless a place
    near ``diagonal`` (no insertion or deletion since the block began) fits as well.

    An alignment in a window wider than its block may slide along a text that repeats
    itself (a chant, the same phrase many times) at no cost, by whole repetitions, and the
    slides would add up from block to block. So when the alignment moved more than
    :data:`EDGE_SLACK` off the diagonal, the places within EDGE_SLACK of the diagonal are
    compared with it on the next :data:`EDGE` characters of the quote, and the nearest of
    the best is kept if it is as good: at most 2·EDGE_SLACK+2 distances of EDGE characters.
    """
    from rapidfuzz.distance import Levenshtein

    if abs(aligned - diagonal) <= EDGE_SLACK:
        return aligned
    piece = quote[offset : offset + EDGE]
    moved = Levenshtein.distance(piece, text[aligned : aligned + EDGE])
    near = range(max(0, diagonal - EDGE_SLACK), min(len(text), diagonal + EDGE_SLACK) + 1)
    best = min(
        ((Levenshtein.distance(piece, text[p : p + EDGE]), abs(p - diagonal), p) for p in near),
        default=(moved + 1, 0, aligned),
    )
    return best[2] if best[0] <= moved else aligned


def _head(text: str, quote: str, after: int) -> int:
    """Where ``quote`` starts, given that ``quote[EDGE]`` is at ``after``.

    The start closest to ``after - EDGE`` among those whose text is most like the quote's
    first :data:`EDGE` characters, within :data:`EDGE_SLACK`: 2·EDGE_SLACK+1 distances of
    EDGE characters.
    """
    from rapidfuzz.distance import Levenshtein

    expected = after - EDGE
    head = quote[:EDGE]
    best = (EDGE + 1, 0, max(0, min(expected, after)))
    for start in range(max(0, expected - EDGE_SLACK), min(after, expected + EDGE_SLACK) + 1):
        best = min(
            best, (Levenshtein.distance(head, text[start:after]), abs(start - expected), start)
        )
    return best[2]


def _tail(text: str, quote: str, before: int) -> int:
    """Where ``quote`` ends, given that ``quote[-EDGE]`` is at ``before`` (as :func:`_head`)."""
    from rapidfuzz.distance import Levenshtein

    expected = before + EDGE
    tail = quote[-EDGE:]
    best = (EDGE + 1, 0, min(len(text), max(expected, before)))
    for end in range(max(before, expected - EDGE_SLACK), min(len(text), expected + EDGE_SLACK) + 1):
        best = min(best, (Levenshtein.distance(tail, text[before:end]), abs(end - expected), end))
    return best[2]
